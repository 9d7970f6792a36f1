"""DOCX reader on documents built with python-docx."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from audit.read import ReadError, check_document, read_file


def _texts(doc):
    return [(b.kind, b.level, doc.text[b.start:b.end]) for b in doc.blocks]


def _assert_exact(doc) -> None:
    assert check_document(doc) == []
    assert doc.text == "\n".join(doc.text[b.start:b.end] for b in doc.blocks)


def _plan(tmp_path: Path, bold_header: bool = True) -> Path:
    d = docx.Document()
    d.add_heading("Hulpverleningsplan", level=0)
    d.add_heading("Doelen", level=1)
    d.add_paragraph("Sanne woont sinds 2022 in het pleeggezin.")
    d.add_paragraph("")  # empty: no block
    d.add_paragraph("Sanne slaapt door.", style="List Bullet")
    d.add_paragraph("Subdoel met diepte 2.", style="List Number 2")
    p = d.add_paragraph()
    p.add_run("Afspraken").bold = True
    p = d.add_paragraph("Naam: Sanne")
    p.add_run().add_break()
    p.add_run("Datum: 12-03-2024")

    t = d.add_table(rows=4, cols=3)
    for i, h in enumerate(["Doel", "Termijn", "Wie"]):
        cell = t.rows[0].cells[i]
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = bold_header
    t.rows[1].cells[0].text = "Sanne gaat zelf naar school; PM fietst mee."
    t.rows[1].cells[1].text = "vóór 1 maart 2025"
    t.rows[1].cells[2].text = "PM"
    # row 2: a cell with two paragraphs and a horizontal merge of Termijn+Wie
    c = t.rows[2].cells[0]
    c.text = "Contact met moeder"
    c.add_paragraph("eens per 3 weken.")
    merged = t.cell(2, 1).merge(t.cell(2, 2))
    merged.text = "juni 2025, JB"
    # row 3: an empty cell stays as an empty column
    t.rows[3].cells[0].text = "Pleegouders volgen training."
    t.rows[3].cells[1].text = ""
    t.rows[3].cells[2].text = "PO"
    d.add_paragraph("Na de tabel.")
    path = tmp_path / "plan.docx"
    d.save(path)
    return path


def test_docx_blocks_headings_lists(tmp_path: Path) -> None:
    doc = read_file(_plan(tmp_path))
    assert doc.reader == "python-docx"
    _assert_exact(doc)
    got = _texts(doc)
    assert got[:8] == [
        ("heading", 0, "Hulpverleningsplan"),
        ("heading", 1, "Doelen"),
        ("paragraph", None, "Sanne woont sinds 2022 in het pleeggezin."),
        ("list_item", 1, "Sanne slaapt door."),
        ("list_item", 2, "Subdoel met diepte 2."),
        ("heading", 9, "Afspraken"),  # bold-only short paragraph
        ("paragraph", None, "Naam: Sanne"),  # manual line break splits a paragraph
        ("paragraph", None, "Datum: 12-03-2024"),
    ]
    assert doc.blocks[0].style == "Title"
    assert doc.blocks[1].style == "Heading 1"
    assert got[-1] == ("paragraph", None, "Na de tabel.")


@pytest.mark.parametrize("bold_header", [True, False])
def test_docx_goal_table(tmp_path: Path, bold_header: bool) -> None:
    doc = read_file(_plan(tmp_path, bold_header=bold_header))
    _assert_exact(doc)
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [b.row for b in rows] == [0, 1, 2, 3]
    assert {b.table for b in rows} == {0}
    cells = [[(doc.text[c.start:c.end], c.header) for c in b.cells] for b in rows]
    assert cells[0] == [("Doel", None), ("Termijn", None), ("Wie", None)]
    assert cells[1] == [
        ("Sanne gaat zelf naar school; PM fietst mee.", "Doel"),
        ("vóór 1 maart 2025", "Termijn"),
        ("PM", "Wie"),
    ]
    # multi-paragraph cell -> one line; merged cell appears once, under its first column
    assert cells[2] == [("Contact met moeder eens per 3 weken.", "Doel"), ("juni 2025, JB", "Termijn")]
    assert cells[3] == [("Pleegouders volgen training.", "Doel"), ("", "Termijn"), ("PO", "Wie")]
    assert doc.text[rows[0].start:rows[0].end] == "Doel | Termijn | Wie"
    assert doc.text.count("juni 2025, JB") == 1


def test_docx_vertical_merge_and_nested_table(tmp_path: Path) -> None:
    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Onderdeel", "Bevindingen"
    top = t.cell(1, 0).merge(t.cell(2, 0))
    top.text = "Afweging"
    t.cell(1, 1).text = "Gezin past omdat PM thuis is."
    inner = t.cell(2, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "binnen", "tabel"
    path = tmp_path / "m.docx"
    d.save(path)
    doc = read_file(path)
    _assert_exact(doc)
    assert doc.text.count("Afweging") == 1
    rows = [(b.table, b.row, doc.text[b.start:b.end]) for b in doc.blocks]
    assert rows[0] == (0, 0, "Onderdeel | Bevindingen")
    assert rows[1] == (0, 1, "Afweging | Gezin past omdat PM thuis is.")
    assert (1, 0, "binnen | tabel") in rows  # nested table flattened as its own table


def test_docx_key_value_table_has_no_header(tmp_path: Path) -> None:
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    for i, (k, v) in enumerate([("Jeugdige", "Yara B., 15 jaar"), ("Pleeggezin", "Brandsma")]):
        t.cell(i, 0).paragraphs[0].add_run(k).bold = True
        t.cell(i, 1).paragraphs[0].add_run(v).bold = i == 0
    path = tmp_path / "kv.docx"
    d.save(path)
    doc = read_file(path)
    assert all(c.header is None for b in doc.blocks for c in b.cells or [])


def test_docx_numbering_and_content_control(tmp_path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph("Genummerd via numPr")
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'))
    body = d.element.body
    sdt = parse_xml(
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtContent>'
        '<w:p><w:r><w:t>In een inhoudsbesturingselement.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    body.insert(len(body) - 1, sdt)
    path = tmp_path / "n.docx"
    d.save(path)
    doc = read_file(path)
    _assert_exact(doc)
    assert _texts(doc) == [("list_item", 2, "Genummerd via numPr"),
                           ("paragraph", None, "In een inhoudsbesturingselement.")]


def test_docx_corrupt_and_encrypted(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.docx"
    bad.write_bytes(b"PK\x03\x04 dit is geen docx")
    with pytest.raises(ReadError, match="beschadigd"):
        read_file(bad)
    src = _plan(tmp_path)
    trunc = tmp_path / "half.docx"
    trunc.write_bytes(src.read_bytes()[:2000])
    with pytest.raises(ReadError, match="beschadigd"):
        read_file(trunc)
    enc = tmp_path / "geheim.docx"
    enc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(ReadError, match="versleuteld"):
        read_file(enc)
    old = tmp_path / "oud.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ReadError, match=r"\.doc"):
        read_file(old)


def test_docx_without_text(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("")
    path = tmp_path / "leeg.docx"
    d.save(path)
    with pytest.raises(ReadError, match="geen tekst"):
        read_file(path)
