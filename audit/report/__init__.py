"""Outputs: the JSON contract (``contract``), its shipped JSON Schema (``schema``), the files (``write``)
and the reports for people (``reports``: HTML pages, Excel workbook, Dutch CSV)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from audit.norms import NORM_NAMES
from audit.report.schema import output_schema, validate
from audit.report.write import (SUMMARY_FIELDS, atomic_write, page_name, safe_filename, summary_row, write_audit,
                                write_summary)

if TYPE_CHECKING:
    from audit.report.reports import ReportPaths

__all__ = ["NORM_NAMES", "SUMMARY_FIELDS", "atomic_write", "output_schema", "page_name", "safe_filename",
           "summary_row", "validate", "write_audit", "write_reports", "write_summary"]


def write_reports(audits: Iterable[dict[str, Any]], out_dir: Path, as_of: dt.date | None = None, *,
                  private: bool = False) -> "ReportPaths":
    """All reports of a run (see :mod:`audit.report.reports`); imported on use, since XlsxWriter
    and Jinja2 would slow every ``import audit.report`` (the review app's too) by a quarter second."""
    from audit.report.reports import write_reports as write

    return write(audits, out_dir, as_of, private=private)
