"""Issue 14's done-when in one batch: a 2,000-page PDF, a 20 MB one-date journal, a PDF Flate bomb,
a DOCX zip bomb and a FIFO beside good dossiers, audited by two workers. Each bad file ends at its
cap with a clear Dutch error; the good dossiers' outputs are the same as without them.
(Peak memory of such a batch is measured by ``benchmarks/hostile_batch.py``.)"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from audit.cli import main
from tests.batch.conftest import audits, run_args
from tests.robustness.hostile import hostile_dossier

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIFO and forked workers")


def test_hostile_files_beside_good_dossiers(tmp_path: Path) -> None:
    good, mixed = tmp_path / "good", tmp_path / "mixed"
    shutil.copytree(ROOT / "examples", good)
    shutil.copytree(ROOT / "examples", mixed)
    hostile_dossier(mixed / "BAD-1")
    assert main(run_args(good, tmp_path / "o1", "--workers", "2")) == 0
    start = time.monotonic()
    assert main(run_args(mixed, tmp_path / "o2", "--workers", "2")) == 1
    seconds = time.monotonic() - start
    assert seconds < 120, f"{seconds:.0f} s"
    ok, mixed_out = audits(tmp_path / "o1"), audits(tmp_path / "o2")
    assert {k: v for k, v in mixed_out.items() if k != "BAD-1"} == ok
    errors = {e["file"]: e["message"] for e in mixed_out["BAD-1"]["errors"]}
    assert "2000 pagina's" in errors["lang.pdf"] and "read.max_pdf_pages" in errors["lang.pdf"]
    assert "read.max_text_mb" in errors["journaal.txt"]
    assert "read.max_unpacked_mb" in errors["bom.pdf"]
    assert "read.max_unpacked_mb" in errors["bom.docx"]
    assert "geen gewoon bestand" in errors["pijp.txt"]
    assert set(mixed_out["BAD-1"]["norms"].values()) == {"n/a"}
