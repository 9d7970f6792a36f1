"""The PDF reader's fast path gives what pdfplumber gives: page objects, text lines, table cells, blocks.

PDFs made here with fpdf2: a running page header and footer, headings, wrapped paragraphs,
list items, a ruled goals table, a journal table that runs over several pages, rotated
text, and (when DejaVu is installed) a TrueType font embedded as a CID font.
"""
from __future__ import annotations

import io
import random
from pathlib import Path

import pdfplumber
import pytest
from fpdf import FPDF
from pdfplumber.utils.text import chars_to_textmap, extract_text

from audit.read import check_document, document_to_json, read_file
from audit.read import pdf as pdf_reader
from audit.read.pdf_fast import fill_objects
from audit.read.pdf_lines import cell_text, table_rows, text_lines

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ENTRY = ("Gesprek met Liv alleen, zonder pleegouders. Liv vertelt dat het op school beter gaat en dat ze "
         "graag vaker naar haar moeder wil; dat neem ik mee naar de JB. PM geeft aan dat de avonden rustiger zijn.")
KINDS = ("char", "line", "rect", "curve")


class _Export(FPDF):
    def __init__(self, family: str) -> None:
        super().__init__(format="A4")
        self.family = family
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=20)

    def header(self) -> None:
        self.set_font(self.family, "", 8)
        self.cell(0, 5, "Zorgbureau X · ECD-export · Cliënt 12345 · Vertrouwelijk", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(self.family, "", 8)
        self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="C")


def _export(tmp_path: Path, unicode_font: bool = False) -> Path:
    family = "Helvetica"
    pdf = _Export(family)
    if unicode_font:
        pdf.family = family = "DejaVu"
        pdf.add_font("DejaVu", "", str(DEJAVU))
        pdf.add_font("DejaVu", "B", str(DEJAVU.with_name("DejaVuSans-Bold.ttf")))
    pdf.add_page()
    pdf.set_font(family, "B", 15)
    pdf.cell(0, 8, "Dossierexport pleegzorg", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    pdf.multi_cell(0, 5, "Cliënt: Liv B. (12345)\nPlaatsingsdatum: 17-05-2021", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "B", 11)
    pdf.cell(0, 7, "Doelen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9)
    with pdf.table(col_widths=(110, 40, 20), text_align="LEFT") as table:
        for r in [("Doel", "Termijn", "Wie"), ("Liv fietst vóór de zomer zelfstandig naar school en weer terug.",
                                               "vóór 1 juli 2025", "PM"), ("Contact moeder", "", "JB")]:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.set_font(family, "", 10)
    pdf.multi_cell(0, 5, "- eerste afspraak\n- tweede afspraak", new_x="LMARGIN", new_y="NEXT")
    with pdf.rotation(90, x=100, y=150):
        pdf.text(100, 150, "Gedraaide tekst in de marge")
    for i in range(12):
        pdf.set_font(family, "B", 10)
        pdf.cell(0, 6, f"{i + 1:02d}-03-2024 | Huisbezoek | PZB J. de Wit", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 10)
        pdf.multi_cell(0, 5, ENTRY, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9)
    with pdf.table(col_widths=(22, 30, 118), text_align="LEFT") as table:
        for r in [("Datum", "Type", "Verslag")] + [(f"{i % 28 + 1:02d}-04-2024", "Gesprek", ENTRY) for i in range(40)]:
            row = table.row()
            for c in r:
                row.cell(c)
    path = tmp_path / ("export_dejavu.pdf" if unicode_font else "export.pdf")
    pdf.output(str(path))
    return path


def _fonts() -> list[bool]:
    return [False, True] if DEJAVU.exists() else [False]


@pytest.mark.parametrize("unicode_font", _fonts())
def test_page_objects_equal_pdfplumbers(tmp_path: Path, unicode_font: bool) -> None:
    data = _export(tmp_path, unicode_font).read_bytes()
    with pdfplumber.open(io.BytesIO(data)) as slow, pdfplumber.open(io.BytesIO(data)) as fast:
        assert len(fast.pages) > 3
        glyphs: dict = {}
        for ps, pf in zip(slow.pages, fast.pages):
            assert fill_objects(fast, pf, glyphs)
            expected = {k: v for k, v in ps.objects.items() if k in KINDS}
            assert pf.objects == expected  # every key of every char, line, rect and curve
        assert any(not c["upright"] for p in fast.pages for c in p.chars)  # the rotated text went through


@pytest.mark.parametrize("unicode_font", _fonts())
def test_lines_and_cells_equal_pdfplumbers(tmp_path: Path, unicode_font: bool) -> None:
    rng = random.Random(7)
    with pdfplumber.open(_export(tmp_path, unicode_font)) as pdf:
        tables = 0
        for page in pdf.pages:
            chars = page.chars
            for subset in (chars, [c for c in chars if rng.random() < 0.7]):
                expected = chars_to_textmap(subset, layout_bbox=page.bbox, layout_width=page.width,
                                            layout_height=page.height).extract_text_lines(strip=True, return_chars=True)
                got = text_lines(subset)
                assert got == expected
                assert [[id(c) for c in line["chars"]] for line in got] == \
                       [[id(c) for c in line["chars"]] for line in expected]
                assert cell_text(subset) == extract_text(subset)
            for t in page.find_tables():
                tables += 1
                assert table_rows(t, chars) == t.extract()
        assert tables >= 3


def _pdfplumber_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader as it was: pdfplumber's own objects, text lines and Table.extract (no PDFium)."""
    monkeypatch.setitem(pdf_reader._settings, "fast", False)
    monkeypatch.setattr(pdf_reader, "fill_objects", lambda pdf, page, glyphs: False)
    monkeypatch.setattr(pdf_reader, "table_rows", lambda t, chars, index=None: t.extract())
    monkeypatch.setattr(pdf_reader, "text_lines", lambda chars: chars_to_textmap(
        chars, layout_bbox=(0, 0, 1, 1)).extract_text_lines(strip=True, return_chars=True))


@pytest.mark.parametrize("unicode_font", _fonts())
def test_reader_blocks_equal_pdfplumber_path(tmp_path: Path, unicode_font: bool,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = _export(tmp_path, unicode_font)
    fast = read_file(path)
    assert check_document(fast) == []
    with monkeypatch.context() as m:
        _pdfplumber_only(m)
        slow = read_file(path)
    assert {**document_to_json(fast), "reader": "-"} == {**document_to_json(slow), "reader": "-"}
    rows = [b for b in fast.blocks if b.kind == "table_row"]
    assert {b.table for b in rows} == {0, 1}  # goals table; the journal table continued over its pages
    assert len({b.page for b in rows if b.table == 1}) > 1
    header = "Zorgbureau X · ECD-export · Cliënt 12345 · Vertrouwelijk"
    assert sum(fast.text[b.start:b.end] == header for b in fast.blocks) == len(fast.page_starts)


def test_page_the_device_cannot_make_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pdf_reader._settings, "fast", False)  # pdfminer's device reads every page
    path = _export(tmp_path)
    expected = document_to_json(read_file(path))

    def broken(self, *args, **kwargs):
        raise RuntimeError("not for this device")

    monkeypatch.setattr("audit.read.pdf_fast.ObjectsDevice.render_string", broken)
    assert document_to_json(read_file(path)) == expected  # pdfplumber parsed the pages itself
