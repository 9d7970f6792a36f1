"""The export's overview: one CSV row per reviewed dossier."""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from audit.report import NORM_NAMES, atomic_write
from audit.review.export import COUNT_FIELDS


def review_row(reviewed: dict[str, Any]) -> dict[str, Any]:
    """One CSV row per dossier: norm verdicts after review and what the reviewers did."""
    review = reviewed.get("review", {})
    return {
        "dossier_id": reviewed["dossier_id"],
        "reference_date": reviewed["reference_date"],
        "review_status": reviewed.get("review_status", ""),
        **{name: reviewed["norms"].get(name, "n/a") for name in NORM_NAMES},
        **{k: review.get("counts", {}).get(k, 0) for k in COUNT_FIELDS},
        "reviewers": ";".join(review.get("reviewers", [])),
    }


def write_review_csv(rows: list[dict[str, Any]], path: Path) -> Path:
    """Write the rows of :func:`review_row` atomically to ``path``."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["dossier_id", "reference_date", "review_status", *NORM_NAMES, *COUNT_FIELDS, "reviewers"])
    writer.writeheader()
    writer.writerows(rows)
    atomic_write(path, buf.getvalue())
    return path
