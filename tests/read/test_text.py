"""TXT / Markdown reader: encodings, line normalisation, block kinds and offsets."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from audit.read import ReadError, check_document, document_to_json, read_file

JOURNAL = (
    "JOURNAAL cliënt Sanne\r\n"
    "\r\n"
    "12-03-2024 | Huisbezoek | PZB\r\n"
    "  Sanne apart gesproken vóór het eten.  \r\n"
    "- eerste punt\r"
    "1. genummerd\n"
    "a) letter\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(
    "data, encoding",
    [
        (JOURNAL.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + JOURNAL.encode("utf-8"), "utf-8"),
        (JOURNAL.encode("cp1252"), "cp1252"),
        (b"\xff\xfe" + JOURNAL.encode("utf-16-le"), "utf-16"),
        (JOURNAL.encode("utf-16-le"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16-bom", "utf16-no-bom"],
)
def test_encodings_and_normalisation(tmp_path: Path, data: bytes, encoding: str) -> None:
    doc = read_file(_write(tmp_path, "journaal.txt", data))
    assert doc.reader == f"text/{encoding}"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert not doc.text.startswith("\ufeff")
    assert "\r" not in doc.text
    assert doc.text == JOURNAL.replace("\r\n", "\n").replace("\r", "\n")
    assert "cliënt" in doc.text and "vóór" in doc.text
    assert check_document(doc) == []
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert texts == [
        "JOURNAAL cliënt Sanne",
        "12-03-2024 | Huisbezoek | PZB",
        "Sanne apart gesproken vóór het eten.",
        "- eerste punt",
        "1. genummerd",
        "a) letter",
    ]
    assert [b.kind for b in doc.blocks] == ["line", "line", "line", "list_item", "list_item", "list_item"]
    assert [b.index for b in doc.blocks] == list(range(6))


def test_latin1_fallback(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252, so only latin-1 decodes this.
    doc = read_file(_write(tmp_path, "x.txt", b"caf\xe9 \x81 ok\n"))
    assert doc.reader == "text/latin-1"
    assert doc.text.startswith("café")


def test_markdown_headings(tmp_path: Path) -> None:
    src = "# Hulpverleningsplan\n\n## Doelen\n* Sanne slaapt door\n  - subpunt\n#geen kop\n"
    doc = read_file(_write(tmp_path, "plan.md", src.encode()))
    assert doc.text == src
    assert check_document(doc) == []
    got = [(b.kind, b.level, doc.text[b.start:b.end]) for b in doc.blocks]
    assert got == [
        ("heading", 1, "Hulpverleningsplan"),
        ("heading", 2, "Doelen"),
        ("list_item", 1, "* Sanne slaapt door"),
        ("list_item", 2, "- subpunt"),
        ("line", None, "#geen kop"),
    ]
    js = document_to_json(doc)
    assert js["blocks"][0]["text"] == "Hulpverleningsplan"
    assert set(js["blocks"][0]) >= {"kind", "page", "index", "level", "table", "row", "cells", "start", "end", "text"}


def test_empty_and_blank_files(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="leeg"):
        read_file(_write(tmp_path, "leeg.txt", b""))
    with pytest.raises(ReadError, match="geen tekst"):
        read_file(_write(tmp_path, "wit.txt", b"  \r\n\t\n"))


def test_binary_content_in_txt(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="binaire"):
        read_file(_write(tmp_path, "x.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))


@pytest.mark.parametrize("name", ["oud.doc", "plan.odt", "scan.jpg", "README"])
def test_unsupported_suffix(tmp_path: Path, name: str) -> None:
    with pytest.raises(ReadError, match="bestandstype niet ondersteund") as ei:
        read_file(_write(tmp_path, name, b"whatever"))
    assert str(ei.value).startswith("Bestand kan niet gelezen worden:")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError):
        read_file(tmp_path / "weg.txt")


def test_name_is_kept(tmp_path: Path) -> None:
    doc = read_file(_write(tmp_path, "j.txt", b"x\n"), name="sub/j.txt")
    assert doc.name == "sub/j.txt"
