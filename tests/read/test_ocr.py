"""Scanned PDFs: "OCR nodig" without --ocr; with it (and tesseract with Dutch data) the text is
recognised and every piece of evidence from it is marked ``"ocr": true``."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from audit.read import ReadError, read_file
from audit.read import ocr

ROOT = Path(__file__).resolve().parents[2]
LINES = ["12-03-2024 Huisbezoek", "Met Liv alleen gesproken op haar kamer,",
         "de pleegouders waren niet aanwezig. Liv vertelde", "dat het goed gaat op school."]


def scan(path: Path, lines: list[str] = LINES) -> Path:
    """A PDF holding only a picture of ``lines`` (no text layer), as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=36)
    image = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((100, 150 + i * 64), line, fill=0, font=font)
    image.save(path, resolution=150)
    return path


@pytest.fixture
def ocr_on():
    ocr.set_ocr(True)
    yield
    ocr.set_ocr(False)


def test_scan_without_ocr_says_ocr_is_needed(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="geen tekstlaag — OCR nodig"):
        read_file(scan(tmp_path / "scan.pdf"))


def test_ocr_asked_but_not_installed_says_what_to_install(tmp_path: Path, ocr_on, monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ReadError, match="OCR gevraagd, maar tesseract is niet geïnstalleerd"):
        read_file(scan(tmp_path / "scan.pdf"))


def test_paragraphs_end_at_short_lines_and_sentence_ends() -> None:
    text = "12-03-2024 Huisbezoek\nMet Liv alleen gesproken op haar kamer,\nde pleegouders niet.\n\nNieuw stuk"
    assert ocr._paragraphs(text) == ["12-03-2024 Huisbezoek",
                                     "Met Liv alleen gesproken op haar kamer, de pleegouders niet.", "Nieuw stuk"]


needs_tesseract = pytest.mark.skipif(ocr.unavailable() is not None,
                                     reason=f"OCR niet beschikbaar: {ocr.unavailable()}")


@needs_tesseract
def test_scan_is_recognised_with_pages_and_exact_offsets(tmp_path: Path, ocr_on) -> None:
    from audit.read import check_document

    doc = read_file(scan(tmp_path / "scan.pdf"))
    assert doc.reader == ocr.READER
    assert doc.page_starts == [0]
    assert "Liv alleen gesproken" in doc.text and "12-03-2024" in doc.text
    check_document(doc)


@needs_tesseract
def test_run_with_ocr_marks_the_evidence(tmp_path: Path) -> None:
    from audit.cli import main

    dossier = tmp_path / "in" / "SCAN-1"
    shutil.copytree(ROOT / "examples" / "VLD-0101", dossier)
    scan(dossier / "journaal_scan.pdf")
    args = ["run", str(tmp_path / "in"), "--as-of", "2024-06-01", "--no-progress", "--workers", "1"]
    assert main([*args, "--out", str(tmp_path / "zonder")]) == 1  # the scan is an unread file
    audit = json.loads((tmp_path / "zonder" / "SCAN-1.json").read_text("utf-8"))
    assert any("OCR nodig" in e["message"] for e in audit["errors"])
    assert main([*args, "--out", str(tmp_path / "met"), "--ocr"]) == 0
    audit = json.loads((tmp_path / "met" / "SCAN-1.json").read_text("utf-8"))
    files = {f["file"]: f for f in audit["provenance"]["files"]}
    assert files["journaal_scan.pdf"]["reader"] == ocr.READER
    evidence = list(_evidence(audit))
    from_scan = [e for e in evidence if e["file"] == "journaal_scan.pdf"]
    assert any("alleen gesproken" in e["sentence"] for e in from_scan)
    assert all(e.get("ocr") is True for e in from_scan)
    others = [e for e in evidence if e["file"] != "journaal_scan.pdf"]
    assert others and not any("ocr" in e for e in others)


def _evidence(value):
    """Every evidence object anywhere in an audit (findings, goals, norm details)."""
    if isinstance(value, dict):
        if "sentence" in value and "file" in value:
            yield value
        for item in value.values():
            yield from _evidence(item)
    elif isinstance(value, list):
        for item in value:
            yield from _evidence(item)
