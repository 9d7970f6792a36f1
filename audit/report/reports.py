"""All reports of one run: summary.csv, samenvatting.csv, audit.xlsx and the HTML pages.

``dossier-audit run`` feeds each audit to :class:`SampleReports` as it arrives: the dossier's
page is written at once, and what the sample reports need of it is kept as a small
:func:`digest` (verdicts, counts, the ids of findings). At the end the findings and goals
of every audit are read back from its JSON, one at a time in dossier order, into the
workbook. So the parent's memory does not grow with the sample (a run over thousands of
dossiers holds digests, not audits), and most of the page rendering is done while the
workers are still busy. :func:`write_reports` does the same for audits held in memory.
The per-dossier JSON is written as each dossier is done (:func:`audit.report.write.write_audit`).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from audit.report.csv_nl import write_samenvatting
from audit.report.html import write_dossier_page, write_overview
from audit.report.write import write_summary
from audit.report.xlsx import WorkbookStream


@dataclass
class ReportPaths:
    """Where the reports went; ``index`` is the page to open first."""

    index: Path
    summary: Path
    samenvatting: Path
    workbook: Path
    pages: list[Path] = field(default_factory=list)


#: top-level fields the sample reports read whole (small: verdicts, placement, file errors, review state)
DIGEST_FIELDS = ("dossier_id", "reference_date", "placement", "norms", "errors", "review_status", "reviewed")
#: lists of findings the sample reports only count (or, for goals, read the score of)
COUNTED_LISTS = ("one_on_one_contacts", "safety_checks", "behavioural_scientist_advice", "goals")


def digest(audit: dict[str, Any]) -> dict[str, Any]:
    """What the overview, the two CSVs and the workbook's first two sheets read of an audit, in the
    audit's own shape (so the same code reads a digest and a whole audit): verdicts with the ids
    of the findings they rest on, findings reduced to their ids, goals to id and score."""
    small = {k: audit[k] for k in DIGEST_FIELDS if k in audit}
    small["norm_details"] = {name: {k: v for k, v in detail.items() if k != "explanation"}
                             for name, detail in (audit.get("norm_details") or {}).items()}
    for name in COUNTED_LISTS:
        if name in audit:
            keep = ("finding_id", "concreteness") if name == "goals" else ("finding_id",)
            small[name] = [{k: f[k] for k in keep if k in f} for f in audit[name] or []]
    prov = audit.get("provenance") or {}
    small["provenance"] = {"tool_version": prov.get("tool_version", ""),
                           "config": {"norms": (prov.get("config") or {}).get("norms", {})}}
    return small


class SampleReports:
    """The reports of a run, written as its audits arrive (see the module docstring).

    ``add(audit, order, stored)``: ``order`` places the audit in summary.csv (which keeps the
    input order); ``stored`` is the audit's JSON, read back for the workbook (without it the
    audit itself is kept until :meth:`finish`). Nothing but the pages is written before
    :meth:`finish`; :meth:`discard` drops what a failed run began.
    """

    def __init__(self, out_dir: Path, as_of: dt.date | None = None, *, private: bool = False) -> None:
        self.out_dir, self.as_of, self.private = Path(out_dir), as_of, private
        # per order: (digest, the page, the audit or the JSON to read it from)
        self.kept: dict[int, tuple[dict[str, Any], Path, dict[str, Any] | Path]] = {}

    def add(self, audit: dict[str, Any], order: int, stored: Path | None = None) -> None:
        page = write_dossier_page(audit, self.out_dir, private=self.private)
        self.kept[order] = (digest(audit), page, stored if stored is not None else audit)

    @staticmethod
    def _whole(kept: dict[str, Any] | Path) -> dict[str, Any]:
        return json.loads(kept.read_text("utf-8")) if isinstance(kept, Path) else kept

    def finish(self) -> ReportPaths:
        runs = [self.kept[order] for order in sorted(self.kept)]  # summary.csv: the run's order
        by_id = sorted(runs, key=lambda k: k[0]["dossier_id"])
        given, ordered = [k[0] for k in runs], [k[0] for k in by_id]
        book = WorkbookStream(self.out_dir, private=self.private)
        try:
            for _, _, whole in by_id:
                book.add(self._whole(whole))
            workbook = book.close(ordered)
        except BaseException:
            book.discard()
            raise
        return ReportPaths(
            index=write_overview(ordered, self.out_dir, as_of=self.as_of, private=self.private),
            summary=write_summary(given, self.out_dir, private=self.private),
            samenvatting=write_samenvatting(ordered, self.out_dir, private=self.private),
            workbook=workbook,
            pages=[page for _, page, _ in by_id],
        )


def write_reports(audits: Iterable[dict[str, Any]], out_dir: Path, as_of: dt.date | None = None, *,
                  private: bool = False) -> ReportPaths:
    """Write every report of these audits into ``out_dir`` (0600 files when ``private``).

    ``as_of`` names the peildatum on an overview without dossiers; otherwise each audit's
    own ``reference_date`` is shown.
    """
    reports = SampleReports(out_dir, as_of, private=private)
    for order, audit in enumerate(audits):
        reports.add(audit, order)
    return reports.finish()
