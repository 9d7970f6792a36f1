"""Runs over several dossiers (issues 13 and 14): worker processes, limits, reuse, staging."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A copy of the shipped example dossiers (four folders of small TXT files)."""
    dest = tmp_path / "dossiers"
    shutil.copytree(EXAMPLES, dest)
    return dest


def run_args(src: Path, out: Path, *extra: str) -> list[str]:
    return ["run", str(src), "--out", str(out), "--as-of", "2025-06-01", "--no-progress", "--pipeline", "embedded",
            *extra]


def audits(out: Path) -> dict[str, dict]:
    """Each JSON in ``out`` without its wall-clock field."""
    got = {}
    for path in sorted(out.glob("*.json")):
        audit = json.loads(path.read_text("utf-8"))
        audit["provenance"].pop("generated_at", None)
        got[path.stem] = audit
    return got
