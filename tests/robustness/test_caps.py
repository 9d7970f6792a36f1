"""Caps checked before parsing: a 2,000-page PDF and a DOCX zip bomb are refused quickly and cheaply,
and the good dossier beside them gives the same output as without them."""
from __future__ import annotations

import json
import resource
import time
import zipfile
from pathlib import Path

import pytest

from audit.read.base import ReadError
from tests.robustness.hostile import docx_bomb, flate_bomb_pdf, one_date_journal

ROOT = Path(__file__).resolve().parents[2]


def _long_pdf(path: Path, pages: int) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for i in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"Pagina {i + 1}")
    pdf.output(str(path))


def test_pdf_page_cap_refuses_before_parsing(tmp_path: Path) -> None:
    from audit.read.file import read_file, set_read_limits

    path = tmp_path / "lang.pdf"
    _long_pdf(path, 60)
    set_read_limits(150, 50, 200)
    try:
        t0 = time.perf_counter()
        with pytest.raises(ReadError, match="60 pagina's, meer dan 50"):
            read_file(path)
        assert time.perf_counter() - t0 < 2
    finally:
        set_read_limits(150, 1500, 200)
    assert read_file(path).text.count("Pagina") == 60  # under the default cap it is read


def test_docx_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    from audit.read.file import read_file, set_read_limits

    path = tmp_path / "bom.docx"
    docx_bomb(path, 300)
    assert path.stat().st_size < 2 * 1024 * 1024
    set_read_limits(150, 1500, 200)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ReadError, match="pakt uit tot 300 MB"):
        read_file(path)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100, f"RSS grew {grown_mb:.0f} MB"


def test_capped_files_beside_a_good_dossier(tmp_path: Path) -> None:
    """The good dossier's output is the same with the capped files beside it; they are reported."""
    import shutil

    from audit.cli import main

    good, mixed = tmp_path / "good", tmp_path / "mixed"
    shutil.copytree(ROOT / "examples" / "VLD-0101", good / "VLD-0101")
    shutil.copytree(ROOT / "examples" / "VLD-0101", mixed / "VLD-0101")
    (mixed / "BAD-1").mkdir()
    _long_pdf(mixed / "BAD-1" / "lang.pdf", 30)
    docx_bomb(mixed / "BAD-1" / "bom.docx", 250)
    base = ["--as-of", "2025-06-01", "--no-progress", "--set", "read.max_pdf_pages=20"]
    assert main(["run", str(good), "--out", str(tmp_path / "o1"), *base]) == 0
    assert main(["run", str(mixed), "--out", str(tmp_path / "o2"), *base]) == 1
    a = json.loads((tmp_path / "o1" / "VLD-0101.json").read_text("utf-8"))
    b = json.loads((tmp_path / "o2" / "VLD-0101.json").read_text("utf-8"))
    for audit in (a, b):
        audit["provenance"].pop("generated_at", None)
    assert a == b
    bad = json.loads((tmp_path / "o2" / "BAD-1.json").read_text("utf-8"))
    messages = " ".join(e["message"] for e in bad["errors"])
    assert "read.max_pdf_pages" in messages and "read.max_unpacked_mb" in messages
    assert set(bad["norms"].values()) == {"n/a"}


def test_text_cap_bounds_a_huge_one_date_journal(tmp_path: Path) -> None:
    """A 20 MB journal of one-on-one entries on one date would take minutes: refused at once."""
    from audit.read.file import read_file

    path = one_date_journal(tmp_path / "journaal.txt", 20)
    t0 = time.perf_counter()
    with pytest.raises(ReadError, match="read.max_text_mb"):
        read_file(path)
    assert time.perf_counter() - t0 < 10


def test_pdf_flate_bomb_is_refused_while_inflating(tmp_path: Path) -> None:
    from audit.read.file import read_file, set_read_limits

    path = tmp_path / "bom.pdf"
    flate_bomb_pdf(path, 600)
    assert path.stat().st_size < 2 * 1024 * 1024
    set_read_limits(150, 1500, 200)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    with pytest.raises(ReadError, match="read.max_unpacked_mb"):
        read_file(path)
    assert time.perf_counter() - t0 < 10
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100, f"RSS grew {grown_mb:.0f} MB"


def test_a_pdf_with_ordinary_streams_passes_the_stream_check(tmp_path: Path) -> None:
    from audit.read.file import check_pdf_streams

    small = tmp_path / "klein.pdf"
    flate_bomb_pdf(small, 5)
    check_pdf_streams(small.read_bytes())  # 5 MB inflated: under the cap
    for pdf in sorted((ROOT / "examples").rglob("*.pdf")):
        check_pdf_streams(pdf.read_bytes())


def test_split_zip_bomb_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    """Many members each just under the per-member ratio check: refused on the archive's total."""
    from audit.read import iter_dossiers

    archive = tmp_path / "dossiers.zip"
    member = b"\x00" * (9_900_000)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for n in range(30):
            zf.writestr(f"D{n:02d}/journaal.txt", member)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    import tempfile

    old = tempfile.tempdir
    tempfile.tempdir = str(tmp)
    try:
        dossiers = list(iter_dossiers(archive))
        leftovers = list(tmp.iterdir())
    finally:
        tempfile.tempdir = old
    assert len(dossiers) == 1 and "verdachte compressie" in dossiers[0].errors[0].message
    assert leftovers == []
