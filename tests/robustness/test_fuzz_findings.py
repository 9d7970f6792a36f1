"""What the bounded fuzz run of the readers (benchmarks/fuzz_readers.py) found, kept as regressions.

Each input is built here; every one must end in a Dutch ``ReadError`` or a document, quickly.
"""
from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document as DocxDocument

from audit.read import ReadError, iter_dossiers, read_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_with(tmp_path: Path, replace: tuple[str, str]) -> Path:
    """A python-docx file (a table and a numbered list) with one XML snippet swapped in document.xml."""
    doc = DocxDocument()
    doc.add_paragraph("Doel 1: Liv gaat naar school.", style="List Number")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Doel", "Termijn"
    table.cell(1, 0).text, table.cell(1, 1).text = "Zwemdiploma A", "juni 2025"
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    path = tmp_path / "plan.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                old, new = replace
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode(), 1)
            out.writestr(item, data)
    return path


@pytest.mark.parametrize("replace", [
    ("<w:tr>", '<w:tr><w:trPr><w:gridBefore w:val="continue"/></w:trPr>'),
    ("<w:tr>", '<w:tr><w:trPr><w:gridBefore w:val="-3"/></w:trPr>'),
])
def test_docx_row_with_a_grid_offset_that_is_not_a_number(tmp_path: Path, replace) -> None:
    doc = read_file(_docx_with(tmp_path, replace))
    assert "Zwemdiploma A" in doc.text


def test_docx_list_level_that_is_not_a_number(tmp_path: Path) -> None:
    path = _docx_with(tmp_path, ("<w:pPr>", f'<w:pPr><w:numPr><w:ilvl w:val="é"/><w:numId w:val="1"/></w:numPr>'))
    doc = read_file(path)
    assert "Liv gaat naar school" in doc.text


def test_pdf_with_many_unterminated_streams_is_refused_at_once(tmp_path: Path) -> None:
    """pdfium repairs such a file in time quadratic in its size (8,000 streams: 35 s); refused before."""
    head = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    junk = b"4 0 obj\n<< /Length 826 >>\nstream\nBT (x) Tj ET\n" * 8000
    path = tmp_path / "kapot.pdf"
    path.write_bytes(head + junk + b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\n%%EOF\n")
    t0 = time.perf_counter()
    with pytest.raises(ReadError, match="datastromen zonder einde"):
        read_file(path)
    assert time.perf_counter() - t0 < 5


def test_input_that_is_a_link_to_itself(tmp_path: Path) -> None:
    loop = tmp_path / "lus.pdf"
    os.symlink(loop, loop)
    (dossier,) = list(iter_dossiers(loop))
    assert not dossier.documents
    assert "verwijst naar zichzelf" in dossier.errors[0].message
