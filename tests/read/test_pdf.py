"""PDF reader on PDFs built with fpdf2 (core Helvetica font, so latin-1 text only)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from fpdf import FPDF

from audit.read import ReadError, check_document, read_file

LONG = ("Sanne is op 12-03-2024 apart gesproken door de pleegzorgbegeleider, zonder pleegouders erbij. "
        "Zij vertelt dat het goed gaat op school en dat ze zich veilig voelt in het gezin. Ze wil graag "
        "vaker naar haar moeder, maar begrijpt dat dat nu nog begeleid moet gebeuren in het bezoekcentrum.")
GOAL = "Sanne fietst zelfstandig naar school en weer terug naar huis, PM fietst de eerste weken mee"


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    return pdf


def _assert_exact(doc) -> None:
    assert check_document(doc) == []
    assert doc.text == "\n".join(doc.text[b.start:b.end] for b in doc.blocks)


def _two_page_report(tmp_path: Path) -> Path:
    pdf = _pdf()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Veiligheidscheck pleeggezin", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "Datum: 12-03-2024", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Afgenomen door: J. de Wit, pleegzorgbegeleider", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 5, LONG, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Doelen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(90, 40, 40)) as t:
        for r in [("Doel", "Termijn", "Wie"), (GOAL, "vóór 1 juni 2025", "PM"), ("Contact moeder", "", "JB")]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Na de tabel volgt nog een korte alinea.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Conclusie", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "- eerste afspraak\n- tweede afspraak", new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(False)
    pdf.set_y(-15)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 5, "pagina 2 van 2", align="C")
    path = tmp_path / "check.pdf"
    pdf.output(str(path))
    return path


def test_pdf_two_pages_paragraphs_headings(tmp_path: Path) -> None:
    path = _two_page_report(tmp_path)
    doc = read_file(path)
    assert doc.reader == "pypdfium2"  # every page mapped by PDFium (read.pdf_fast = 1, the default)
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    _assert_exact(doc)
    got = [(b.kind, b.level, b.page, doc.text[b.start:b.end]) for b in doc.blocks if b.kind != "table_row"]
    assert got == [
        ("heading", 1, 1, "Veiligheidscheck pleeggezin"),
        ("paragraph", None, 1, "Datum: 12-03-2024"),
        ("paragraph", None, 1, "Afgenomen door: J. de Wit, pleegzorgbegeleider"),
        ("paragraph", None, 1, LONG),  # several wrapped lines joined into one block
        ("heading", 2, 1, "Doelen"),
        ("paragraph", None, 1, "Na de tabel volgt nog een korte alinea."),
        ("heading", 2, 2, "Conclusie"),
        ("list_item", 1, 2, "- eerste afspraak"),
        ("list_item", 1, 2, "- tweede afspraak"),
        ("paragraph", None, 2, "pagina 2 van 2"),
    ]
    assert len(doc.page_starts) == 2 and doc.page_starts[0] == 0
    conclusie = next(b for b in doc.blocks if doc.text[b.start:b.end] == "Conclusie")
    assert doc.page_starts[1] == conclusie.start
    assert doc.page_at(conclusie.start) == 2 and doc.page_at(conclusie.start - 1) == 1
    assert all(doc.page_at(b.start) == b.page for b in doc.blocks)


def test_pdf_table_rows_cells_headers(tmp_path: Path) -> None:
    doc = read_file(_two_page_report(tmp_path))
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [(b.table, b.row, b.page) for b in rows] == [(0, 0, 1), (0, 1, 1), (0, 2, 1)]
    cells = [[(doc.text[c.start:c.end], c.header) for c in b.cells] for b in rows]
    assert cells == [
        [("Doel", None), ("Termijn", None), ("Wie", None)],
        [(GOAL, "Doel"), ("vóór 1 juni 2025", "Termijn"), ("PM", "Wie")],  # wrapped cell text on one line
        [("Contact moeder", "Doel"), ("", "Termijn"), ("JB", "Wie")],
    ]
    # Tables sit between the heading before and the paragraph after them.
    kinds = [b.kind for b in doc.blocks]
    i = kinds.index("table_row")
    assert doc.text[doc.blocks[i - 1].start:doc.blocks[i - 1].end] == "Doelen"
    assert doc.text[doc.blocks[i + 3].start:doc.blocks[i + 3].end].startswith("Na de tabel")


def test_pdf_table_continued_on_next_page(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(100, 70)) as t:
        row = t.row()
        row.cell("Doel")
        row.cell("Wie")
        for i in range(60):
            row = t.row()
            row.cell(f"Doel nummer {i} wordt behaald")
            row.cell("PZB")
    path = tmp_path / "lang.pdf"
    pdf.output(str(path))
    doc = read_file(path)
    _assert_exact(doc)
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert {b.table for b in rows} == {0}
    assert max(b.page for b in rows) >= 2
    data = [b for b in rows if b.cells[0].header == "Doel"]
    assert [doc.text[b.cells[0].start:b.cells[0].end] for b in data] == \
        [f"Doel nummer {i} wordt behaald" for i in range(60)]
    # fpdf2 repeats the header row on the new page; it is kept as a header (no header on its cells)
    headers = [b for b in rows if b.cells[0].header is None]
    assert all(doc.text[b.start:b.end] == "Doel | Wie" for b in headers)


def test_pdf_lowercase_continuation_and_field_lines(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.set_font("Helvetica", "", 10)
    for line in ["Naam: Sanne", "Pleeggezin: De Vries", "Het gesprek vond plaats in de keuken", "en duurde een uur.",
                 "Volgende regel.", "12-03-2024 | Huisbezoek | PZB", "De ouder-", "kindrelatie is goed."]:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "velden.pdf"
    pdf.output(str(path))
    doc = read_file(path)
    _assert_exact(doc)
    assert [doc.text[b.start:b.end] for b in doc.blocks] == [
        "Naam: Sanne",
        "Pleeggezin: De Vries",
        "Het gesprek vond plaats in de keuken en duurde een uur.",
        "Volgende regel.",
        "12-03-2024 | Huisbezoek | PZB",
        "De ouder-kindrelatie is goed.",
    ]


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.rect(20, 20, 100, 50, style="F")  # a page with only graphics, like a scan
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(ReadError, match="geen tekstlaag"):
        read_file(path)


def test_pdf_corrupt(tmp_path: Path) -> None:
    good = _two_page_report(tmp_path).read_bytes()
    p = tmp_path / "kapot.pdf"
    p.write_bytes(good[:300])
    with pytest.raises(ReadError):
        read_file(p)
    q = tmp_path / "nep.pdf"
    q.write_bytes(b"dit is geen pdf")
    with pytest.raises(ReadError, match="geen geldig PDF"):
        read_file(q)


def test_pdf_encrypted(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "geheim")
    pdf.set_encryption(owner_password="eigenaar", user_password="gebruiker")
    path = tmp_path / "geheim.pdf"
    pdf.output(str(path))
    with pytest.raises(ReadError, match="versleuteld"):
        read_file(path)
