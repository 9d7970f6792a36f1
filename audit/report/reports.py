"""All reports of one run in one call: summary.csv, samenvatting.csv, audit.xlsx and the HTML pages.

``dossier-audit run`` calls :func:`write_reports` once after auditing every dossier;
anything else holding audit dicts (a reviewed export, a notebook) can call it too.
The per-dossier JSON is written as each dossier is done (:func:`audit.report.write.write_audit`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from audit.report.csv_nl import write_samenvatting
from audit.report.html import write_dossier_page, write_overview
from audit.report.write import write_summary
from audit.report.xlsx import write_workbook


@dataclass
class ReportPaths:
    """Where the reports went; ``index`` is the page to open first."""

    index: Path
    summary: Path
    samenvatting: Path
    workbook: Path
    pages: list[Path] = field(default_factory=list)


def write_reports(audits: Iterable[dict[str, Any]], out_dir: Path, as_of: dt.date | None = None, *,
                  private: bool = False) -> ReportPaths:
    """Write every report of these audits into ``out_dir`` (0600 files when ``private``).

    ``as_of`` names the peildatum on an overview without dossiers; otherwise each audit's
    own ``reference_date`` is shown.
    """
    given = list(audits)  # summary.csv keeps the run's order, as it always has
    audits = sorted(given, key=lambda a: a["dossier_id"])
    out_dir = Path(out_dir)
    pages = [write_dossier_page(a, out_dir, private=private) for a in audits]
    return ReportPaths(
        index=write_overview(audits, out_dir, as_of=as_of, private=private),
        summary=write_summary(given, out_dir, private=private),
        samenvatting=write_samenvatting(audits, out_dir, private=private),
        workbook=write_workbook(audits, out_dir, private=private),
        pages=pages,
    )
