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


def _one_page() -> FPDF:
    """A blank A4 page, Helvetica 10, no page breaks: each test places its own cells."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    return pdf


def _column(pdf: FPDF, x: float, top: float, step: float, width: float, texts: list[str]) -> None:
    """One cell a line, ``step`` mm apart, from ``top`` down (an empty text leaves its line blank)."""
    for i, text in enumerate(texts):
        if text:
            pdf.set_xy(x, top + step * i)
            pdf.cell(width, step, text)


def _save(pdf: FPDF, path: Path) -> Path:
    pdf.output(str(path))
    return path


def _report(tmp_path: Path) -> Path:
    pdf = _one_page()
    pdf.set_font("Helvetica", "B", 14)
    _column(pdf, 20, 20, 8, 170, ["Halfjaarrapportage pleegzorg 2025 - Amir H. (9 jaar) - dossier 13008"])
    pdf.set_font("Helvetica", "", 10)
    _column(pdf, 20, 40, 6, 110, LEFT)
    _column(pdf, 140, 46, 6, 55, RIGHT)
    pdf.set_font("Helvetica", "", 8)
    _column(pdf, 20, 280, 5, 170, ["Pleegzorg Gelderse Poort - Halfjaarrapportage - pagina 1 van 1"])
    return _save(pdf, tmp_path / "rapportage.pdf")


def _form(tmp_path: Path) -> Path:
    """Labels and values in two aligned columns: a form, not two columns of text."""
    pdf = _one_page()
    rows = [("Naam pleegkind:", "Amir Haddad"), ("Geboortedatum:", "05-10-2016"), ("Pleeggezin:", "Terpstra"),
            ("Soort plaatsing:", "bestandspleegzorg"), ("Datum check:", "14-05-2025"), ("Afgenomen door:", "PZB"),
            ("Kind gesproken:", "ja, apart"), ("Aanwezig:", "PM, PZB")]
    _column(pdf, 20, 30, 7, 60, [label for label, _ in rows])
    _column(pdf, 120, 30, 7, 60, [value for _, value in rows])
    return _save(pdf, tmp_path / "formulier.pdf")


def _boxed(tmp_path: Path) -> Path:
    """The side bar as framed boxes (a header cell over a body cell), beside a left column of running text."""
    pdf = _one_page()
    _column(pdf, 20, 40, 6, 110, LEFT)
    pdf.rect(140, 38, 55, 8)
    pdf.rect(140, 46, 55, 6 * (len(RIGHT) - 1) + 4)
    _column(pdf, 142, 39, 6, 50, RIGHT[:1])
    _column(pdf, 142, 48, 6, 50, RIGHT[1:])
    return _save(pdf, tmp_path / "kaders.pdf")


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
    rows = [("12-03-2025 JdV", "Huisbezoek bij Anja en Ton. Lotte alleen gesproken op haar kamer"),
            ("", "over school en over haar vriendinnen, zij voelt zich veilig."),
            ("16-04-2025 JdV", "Telefoon met Anja over de vakantie en de logeerweekenden bij oma."),
            ("", "Afspraak gemaakt voor het volgende huisbezoek in mei."),
            ("21-05-2025 JdV", "Huisbezoek, Lotte apart gesproken in de tuin over de omgang met mama."),
            ("", "Ze wil graag vaker bellen met haar moeder, dat wordt besproken."),
            ("18-06-2025 JdV", "Zorgteam op kantoor met Anja, Ton, moeder en de mentor van school."),
            ("", "Afspraken over de zomer en over het huiswerk gemaakt.")]
    pdf = _one_page()
    _column(pdf, 20, 30, 6, 35, [date for date, _ in rows])  # the date column written first, then the notes
    _column(pdf, 60, 30, 6, 135, [note for _, note in rows])
    path = _save(pdf, tmp_path / "journaal.pdf")
    text = read_file(path).text
    assert "12-03-2025 JdV Huisbezoek bij Anja en Ton." in text
    assert "21-05-2025 JdV Huisbezoek, Lotte apart gesproken" in text
