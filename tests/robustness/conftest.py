"""Hostile and broken input (issue 14): every test builds its own bad input under tmp_path."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "VLD-0101"  # a small, readable dossier (three .txt files and gold.json)


@pytest.fixture
def good_dossier():
    """Copy the readable example dossier to ``dest`` and return the copy."""
    def make(dest: Path) -> Path:
        shutil.copytree(EXAMPLE, dest)
        return dest
    return make
