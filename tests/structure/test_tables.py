"""Tables written into the text as " | " lines: runs, headers, cell offsets."""
from audit.structure.tables import text_tables


def test_runs_of_cell_lines_are_tables_with_exact_cell_offsets():
    text = ("Contactregister\nDatum | Met wie |  Verslag \n12-02-2025 | PK | Gesproken.\n"
            "Los regeltje | zonder tabel\n\nActie | Wie\nBellen | PZB\n")
    tables = text_tables(text)
    assert [t.header_cells(text) for t in tables] == [["Datum", "Met wie", "Verslag"], ["Actie", "Wie"]]
    first = tables[0]
    assert [[text[a:b] for a, b in r.cells] for r in first.rows] == [["12-02-2025", "PK", "Gesproken."],
                                                                     ["Los regeltje", "zonder tabel"]]
    assert text[first.rows[0].start : first.rows[0].end] == "12-02-2025 | PK | Gesproken."
    assert text_tables("één | regel\n") == []  # one line is no table


def test_tab_separated_lines_are_tables_too_but_indented_lines_are_not():
    """A spreadsheet or register exported as text separates its cells by tabs."""
    text = ("Legenda: C02 = individueel contact\n"
            "Datum\tTijd\tAanwezig\tToelichting\n"
            "12-02-2025\t15:30\tPK\tOp haar kamer gesproken.\n"
            "19-02-2025\t\tPK, PM\t\n"
            "\tingesprongen regel\n"
            "\tnog een\n"
            "Actie | Wie\nBellen | PZB\n")
    tables = text_tables(text)
    assert [t.header_cells(text) for t in tables] == [["Datum", "Tijd", "Aanwezig", "Toelichting"], ["Actie", "Wie"]]
    rows = [[text[a:b] for a, b in r.cells] for r in tables[0].rows]
    assert rows == [["12-02-2025", "15:30", "PK", "Op haar kamer gesproken."], ["19-02-2025", "", "PK, PM", ""]]
    mixed = "Datum\tWie\n12-02-2025 | PK\n"  # one line of each kind: no table of two lines
    assert text_tables(mixed) == []
