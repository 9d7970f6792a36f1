"""Two text columns side by side (a report with a side bar of boxes): each column is read on its own.

pdfplumber's lines join a left-column line and the right-column line at the same height into
one text line ("... sprak ik Amir apart in de tuin, over school en voetbal. Daarna 17-12
huisbezoek + evaluatie doelen"), which mixes the boxes' dates into the story. The pages here
are made with fpdf2, every sentence written for this test.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from audit.read import check_document, read_file
from tests.read.test_pdf_fast import _pdfplumber_only

LEFT = [
    "2. Gesprekken met Amir",
    "Op 2 juli sprak ik Amir apart in de tuin, over school en",
    "voetbal. Daarna heb ik met de pleegouders gesproken over",
    "zijn dagritme en over de zomervakantie bij zijn oma.",
    "Op 15 oktober sprak de jeugdbeschermer Amir alleen op",
    "school. Hij vertelde dat het goed gaat in zijn nieuwe klas",
    "en dat hij elke zaterdag traint bij de voetbalclub.",
    "Op 17 december heb ik Amir opnieuw alleen gesproken.",
]
RIGHT = [
    "Kader: kerngegevens",
    "Geboren: 05-10-2016",
    "Geplaatst: 15-11-2021",
    "Contactmomenten",
    "01-10 MDO met GW",
    "17-12 huisbezoek",
]


def _page(pdf: FPDF) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(20, 20)
    pdf.cell(170, 8, "Halfjaarrapportage pleegzorg 2025 - Amir H. (9 jaar) - dossier 13008")
    pdf.set_font("Helvetica", "", 10)
    for i, text in enumerate(LEFT):
        pdf.set_xy(20, 40 + 6 * i)
        pdf.cell(110, 6, text)
    for i, text in enumerate(RIGHT):
        pdf.set_xy(140, 46 + 6 * i)
        pdf.cell(55, 6, text)
    pdf.set_font("Helvetica", "", 8)
    pdf.set_xy(20, 280)
    pdf.cell(170, 5, "Pleegzorg Gelderse Poort - Halfjaarrapportage - pagina 1 van 1")


def _report(tmp_path: Path) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    _page(pdf)
    path = tmp_path / "rapportage.pdf"
    pdf.output(str(path))
    return path


def _form(tmp_path: Path) -> Path:
    """Labels and values in two aligned columns: a form, not two columns of text."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    rows = [("Naam pleegkind:", "Amir Haddad"), ("Geboortedatum:", "05-10-2016"), ("Pleeggezin:", "Terpstra"),
            ("Soort plaatsing:", "bestandspleegzorg"), ("Datum check:", "14-05-2025"), ("Afgenomen door:", "PZB"),
            ("Kind gesproken:", "ja, apart"), ("Aanwezig:", "PM, PZB")]
    for i, (label, value) in enumerate(rows):
        pdf.set_xy(20, 30 + 7 * i)
        pdf.cell(60, 7, label)
        pdf.set_xy(120, 30 + 7 * i)
        pdf.cell(60, 7, value)
    path = tmp_path / "formulier.pdf"
    pdf.output(str(path))
    return path


def _boxed(tmp_path: Path) -> Path:
    """The side bar as framed boxes (a header cell over a body cell), beside a left column of running text."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for i, text in enumerate(LEFT):
        pdf.set_xy(20, 40 + 6 * i)
        pdf.cell(110, 6, text)
    pdf.rect(140, 38, 55, 8)
    pdf.rect(140, 46, 55, 6 * (len(RIGHT) - 1) + 4)
    pdf.set_xy(142, 39)
    pdf.cell(50, 6, RIGHT[0])
    for i, text in enumerate(RIGHT[1:]):
        pdf.set_xy(142, 48 + 6 * i)
        pdf.cell(50, 6, text)
    path = tmp_path / "kaders.pdf"
    pdf.output(str(path))
    return path


def _lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


def _assert_columns_apart(text: str) -> None:
    lines = _lines(text)
    # no line mixes the two columns, and the story reads on without the side bar's dates
    assert not any("Geboren" in ln and "Amir" in ln for ln in lines)
    assert not any("MDO" in ln and "school" in ln for ln in lines)
    assert "Op 2 juli sprak ik Amir apart in de tuin, over school en voetbal." in text
    assert "Geplaatst: 15-11-2021" in lines and "01-10 MDO met GW" in lines  # the side bar's items stay apart
    # reading order: the title, the whole left column, then the right column, then the footer
    at = [text.index(s) for s in ("Halfjaarrapportage pleegzorg", "Op 17 december heb ik Amir",
                                  "Kader: kerngegevens", "17-12 huisbezoek", "pagina 1 van 1")]
    assert at == sorted(at)


def test_two_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    doc = read_file(_report(tmp_path))
    assert check_document(doc) == []
    _assert_columns_apart(doc.text)


def test_the_pdfplumber_path_reads_the_columns_apart_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _report(tmp_path)
    fast = read_file(path).text
    _pdfplumber_only(monkeypatch)
    slow = read_file(path).text
    _assert_columns_apart(slow)
    assert _lines(slow) == _lines(fast)


def test_a_form_of_labels_and_values_stays_one_line_per_field(tmp_path: Path) -> None:
    text = read_file(_form(tmp_path)).text
    assert "Naam pleegkind: Amir Haddad" in text
    assert "Kind gesproken: ja, apart" in text


def test_a_framed_box_beside_the_story_is_read_after_its_paragraph_one_item_a_line(tmp_path: Path) -> None:
    doc = read_file(_boxed(tmp_path))
    assert check_document(doc) == []
    lines = _lines(doc.text)
    assert "Geboren: 05-10-2016" in lines and "01-10 MDO met GW" in lines
    # the box does not cut the paragraph it stands beside
    assert "Op 2 juli sprak ik Amir apart in de tuin, over school en voetbal." in doc.text
    assert doc.text.index("zomervakantie bij zijn oma.") < doc.text.index("Kader: kerngegevens")


def test_a_journal_of_dates_and_notes_keeps_each_row_on_one_line(tmp_path: Path) -> None:
    """A date column beside a wide note column (no table lines): rows, not two columns of text."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    rows = [("12-03-2025 JdV", "Huisbezoek bij Anja en Ton. Lotte alleen gesproken op haar kamer"),
            ("", "over school en over haar vriendinnen, zij voelt zich veilig."),
            ("16-04-2025 JdV", "Telefoon met Anja over de vakantie en de logeerweekenden bij oma."),
            ("", "Afspraak gemaakt voor het volgende huisbezoek in mei."),
            ("21-05-2025 JdV", "Huisbezoek, Lotte apart gesproken in de tuin over de omgang met mama."),
            ("", "Ze wil graag vaker bellen met haar moeder, dat wordt besproken."),
            ("18-06-2025 JdV", "Zorgteam op kantoor met Anja, Ton, moeder en de mentor van school."),
            ("", "Afspraken over de zomer en over het huiswerk gemaakt.")]
    for i, (date, note) in enumerate(rows):  # the date column written first, then the notes
        if date:
            pdf.set_xy(20, 30 + 6 * i)
            pdf.cell(35, 6, date)
    for i, (_, note) in enumerate(rows):
        pdf.set_xy(60, 30 + 6 * i)
        pdf.cell(135, 6, note)
    path = tmp_path / "journaal.pdf"
    pdf.output(str(path))
    text = read_file(path).text
    assert "12-03-2025 JdV Huisbezoek bij Anja en Ton." in text
    assert "21-05-2025 JdV Huisbezoek, Lotte apart gesproken" in text
