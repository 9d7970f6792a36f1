"""`run --pseudonymize` end to end: no name of the example dossiers in any output file, event dates kept."""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from tests.report.test_pseudonymize import FIRST_NAMES, PLACES, SURNAMES

ROOT = Path(__file__).resolve().parents[2]
EVENT_SECTIONS = ("one_on_one_contacts", "safety_checks", "behavioural_scientist_advice")


def _run(out: Path, *extra: str) -> None:
    from audit.cli import main

    assert main(["run", str(ROOT / "examples"), "--out", str(out), "--as-of", "2025-06-01", "--no-progress",
                 *extra]) == 0


def _texts(out: Path) -> dict[str, str]:
    """Every output file as text (the workbook: every XML part of the zip)."""
    texts = {}
    for path in sorted(out.rglob("*")):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                texts[path.name] = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        elif path.is_file():
            texts[path.name] = path.read_text("utf-8", "replace")
    return texts


def _event_dates(out: Path) -> list[tuple]:
    dates = []
    for path in sorted(out.glob("*.json")):
        a = json.loads(path.read_text("utf-8"))
        dates.append((a["reference_date"], a["norms"],
                      [tuple(f.get("date") for f in a.get(s) or []) for s in EVENT_SECTIONS]))
    return sorted(dates, key=repr)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> tuple[Path, Path]:
    plain, pseudo = tmp_path_factory.mktemp("plain"), tmp_path_factory.mktemp("pseudo")
    _run(plain)
    _run(pseudo, "--pseudonymize")
    return plain, pseudo


def test_no_name_survives_in_any_output_file(outputs) -> None:
    plain, pseudo = outputs
    names = FIRST_NAMES + SURNAMES + PLACES
    seen_plain = {n for text in _texts(plain).values() for n in names if re.search(rf"(?<!\w){n}(?!\w)", text)}
    assert len(seen_plain) >= 8, "the plain run must contain the names, or this test proves nothing"
    texts = _texts(pseudo)
    assert {"index.html", "audit.xlsx", "summary.csv", "samenvatting.csv"} <= set(texts)
    assert sum(name.endswith(".html") for name in texts) >= 5 and sum(name.endswith(".json") for name in texts) == 4
    for name, text in texts.items():
        left = [n for n in names if re.search(rf"(?<!\w){n}(?!\w)", text)]
        assert not left, f"{name}: {left}"
        assert "VLD-01" not in text, f"{name}: dossier folder name"


def test_event_dates_and_verdicts_are_unchanged(outputs) -> None:
    plain, pseudo = outputs
    assert _event_dates(plain) == _event_dates(pseudo)
