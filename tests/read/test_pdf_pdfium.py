"""PDF pages read through PDFium give what the pdfplumber path gives, and the pages it cannot
map are left to pdfplumber (``audit.read.pdf_pdfium``, ``read.pdf_fast``)."""
from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from audit.read import document_to_json, read_file
from audit.read import pdf as pdf_reader
from audit.read.pdf_pdfium import open_document, page_or_none
from tests.read.test_pdf_fast import _export, _fonts


def _reference_pages(data: bytes) -> list:
    plumber = pdf_reader._Plumber(data)
    try:
        return pdf_reader._load_pages(plumber)[0]
    finally:
        plumber.close()


def _same_page(ref, new) -> None:
    assert [ln.text for ln in new.lines] == [ln.text for ln in ref.lines]
    for a, b in zip(ref.lines, new.lines):
        assert (a.bold, a.ends_soft_hyphen) == (b.bold, b.ends_soft_hyphen), a.text
        assert abs(a.size - b.size) < 0.05, a.text
        for key in ("x0", "x1", "top", "bottom"):
            assert abs(getattr(a, key) - getattr(b, key)) < 1.0, (a.text, key)
    assert [(t.rows, t.bold_first_row, t.ncols) for t in new.tables] == \
        [(t.rows, t.bold_first_row, t.ncols) for t in ref.tables]
    for a, b in zip(ref.tables, new.tables):
        assert abs(a.top - b.top) < 1.0 and abs(a.bottom - b.bottom) < 1.0


def _plumber_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pdf_reader._settings, "fast", False)


@pytest.mark.parametrize("unicode_font", _fonts())
def test_pages_equal_the_pdfplumber_path(tmp_path: Path, unicode_font: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Headings, wrapped paragraphs, running header/footer, a goals table and a journal table over pages."""
    data = _export(tmp_path, unicode_font).read_bytes()
    _plumber_only(monkeypatch)
    reference = _reference_pages(data)
    doc = open_document(data)
    mapped = 0
    try:
        for i, ref in enumerate(reference):
            new = page_or_none(doc, i)
            if new is None:
                continue
            mapped += 1
            _same_page(ref, new)
    finally:
        doc.close()
    assert mapped >= len(reference) - 1  # all but the page with rotated text
    assert sum(len(p.tables) for p in reference) >= 3


@pytest.mark.parametrize("unicode_font", _fonts())
def test_document_equals_the_pdfplumber_path(tmp_path: Path, unicode_font: bool,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = _export(tmp_path, unicode_font)
    fast = read_file(path)
    with monkeypatch.context() as m:
        _plumber_only(m)
        slow = read_file(path)
    assert fast.reader == "pypdfium2+pdfplumber"  # the rotated-text page went to pdfplumber
    assert slow.reader == "pdfplumber"
    assert {**document_to_json(fast), "reader": "-"} == {**document_to_json(slow), "reader": "-"}


def _one_page(tmp_path: Path, draw) -> Path:
    pdf = FPDF(format="A4")
    pdf.add_page()
    draw(pdf)
    path = tmp_path / "pagina.pdf"
    pdf.output(str(path))
    return path


def test_a_label_and_its_value_close_together_stay_one_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFium puts a space between two text objects 2 pt apart; pdfplumber (3 pt tolerance) does not."""
    def draw(pdf: FPDF) -> None:
        for y, gap in ((30, 0.7), (40, 5.0)):
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(20, y, "Rapportagedatum:")
            width = pdf.get_string_width("Rapportagedatum:")
            pdf.set_font("Helvetica", "", 10)
            pdf.text(20 + width + gap, y, "17-06-2024 10:30")

    path = _one_page(tmp_path, draw)
    fast = read_file(path)
    assert fast.reader == "pypdfium2"
    with monkeypatch.context() as m:
        _plumber_only(m)
        slow = read_file(path)
    assert fast.text == slow.text
    assert "Rapportagedatum:17-06-2024 10:30" in fast.text  # 0.7 mm = 2 pt: one word, as pdfplumber reads it
    assert "Rapportagedatum: 17-06-2024 10:30" in fast.text  # 5 mm: two words


@pytest.mark.parametrize("what", ["hyphen at line end", "curved drawing", "rotated text"])
def test_pages_pdfium_cannot_map_go_to_pdfplumber(tmp_path: Path, what: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def draw(pdf: FPDF) -> None:
        pdf.set_font("Helvetica", "", 10)
        for line in ["Gesprek met Sanne alleen; de ouder-", "kindrelatie is besproken.", "Volgende regel."]:
            pdf.cell(0, 5, line if what == "hyphen at line end" else line.replace("-", ""),
                     new_x="LMARGIN", new_y="NEXT")
        if what == "curved drawing":
            pdf.ellipse(20, 60, 40, 20)
        if what == "rotated text":
            with pdf.rotation(90, x=100, y=150):
                pdf.text(100, 150, "Gedraaide tekst")

    path = _one_page(tmp_path, draw)
    data = path.read_bytes()
    doc = open_document(data)
    try:
        assert page_or_none(doc, 0) is None
    finally:
        doc.close()
    fast = read_file(path)
    assert fast.reader == "pdfplumber"
    with monkeypatch.context() as m:
        _plumber_only(m)
        assert document_to_json(read_file(path)) == document_to_json(fast)
    if what == "hyphen at line end":
        assert "de ouder-kindrelatie is besproken." in fast.text


def test_read_pdf_fast_0_reads_every_page_with_pdfplumber(tmp_path: Path) -> None:
    from audit.config import load_config
    from audit.read.file import apply_read_config

    path = _one_page(tmp_path, lambda pdf: (pdf.set_font("Helvetica", "", 10), pdf.text(20, 30, "Huisbezoek.")))
    try:
        apply_read_config(load_config(overrides=["read.pdf_fast=0"]).read)
        assert read_file(path).reader == "pdfplumber"
    finally:
        apply_read_config(load_config().read)
    assert read_file(path).reader == "pypdfium2"


def test_pdfplumber_is_opened_only_for_a_page_pdfium_leaves(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening the file in pdfminer parses every page object: skipped when PDFium reads every page."""
    import pdfplumber

    opened: list[int] = []
    real_open = pdfplumber.open

    def counting_open(*args, **kwargs):
        opened.append(1)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(pdfplumber, "open", counting_open)
    plain = _one_page(tmp_path, lambda pdf: (pdf.set_font("Helvetica", "", 10), pdf.text(20, 30, "Huisbezoek.")))
    assert read_file(plain).reader == "pypdfium2" and not opened
    mixed = _export(tmp_path, _fonts()[0])  # one page with rotated text
    assert read_file(mixed).reader == "pypdfium2+pdfplumber" and len(opened) == 1
