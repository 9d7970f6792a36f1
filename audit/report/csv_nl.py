"""``samenvatting.csv``: the summary for Dutch Excel (``;`` separator, UTF-8 with BOM, Dutch headers).

``summary.csv`` stays the machine-readable contract; this file is for people who
double-click it. Dutch Excel splits on ``;`` and reads ``0,95`` and ``01-06-2025`` as
number and date; the BOM makes it read UTF-8 (é, ë) correctly. Text cells are
neutralised against formula injection.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Iterable

from audit.norms import NORM_NAMES
from audit.report.cells import neutralise
from audit.report.labels import NORM_TITLE, PLACEMENT_NL, decimal_nl, verdict_nl
from audit.report.stats import counted_talks
from audit.report.write import atomic_write

SAMENVATTING = "samenvatting.csv"
BOM = "\ufeff"
HEADERS = ("Dossier", "Peildatum", "Soort plaatsing", "Start plaatsing", *(NORM_TITLE[n] for n in NORM_NAMES),
           "Gesprekken zonder pleegouders (12 mnd)", "Veiligheidschecks", "Doelen", "Gemiddelde concreetheid",
           "Niet gelezen bestanden")


def dutch_date(iso: str | None) -> str:
    """'2025-06-01' -> '01-06-2025' (how Dutch Excel reads a date); partial dates stay as they are."""
    if not iso:
        return ""
    parts = iso.split("-")
    return "-".join(reversed(parts)) if len(parts) == 3 else iso


def samenvatting_row(audit: dict[str, Any]) -> list[Any]:
    place = audit.get("placement") or {}
    goals = audit.get("goals", [])
    mean = sum(float(g.get("concreteness", 0)) for g in goals) / len(goals) if goals else None
    return [audit["dossier_id"], dutch_date(audit["reference_date"]), PLACEMENT_NL.get(place.get("type") or "", ""),
            dutch_date(place.get("start")), *[verdict_nl(audit.get("norms", {}).get(n)) for n in NORM_NAMES],
            counted_talks(audit), len(audit.get("safety_checks", [])), len(goals), decimal_nl(mean, 2),
            "; ".join(f"{e['file']}: {e['message']}" for e in audit.get("errors", []))]


def samenvatting_text(audits: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for audit in sorted(audits, key=lambda a: a["dossier_id"]):
        writer.writerow([neutralise(v) for v in samenvatting_row(audit)])
    return BOM + buf.getvalue()


def write_samenvatting(audits: Iterable[dict[str, Any]], out_dir: Path, *, private: bool = False) -> Path:
    path = Path(out_dir) / SAMENVATTING
    atomic_write(path, samenvatting_text(audits), private=private)
    return path
