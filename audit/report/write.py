"""Writing outputs: per-dossier JSON and summary.csv, each atomically (temp file + rename)."""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

from audit.norms import NORM_NAMES


def atomic_write(path: Path, text: str) -> None:
    """Write via a temp file + rename so a crash never leaves half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def safe_filename(dossier_id: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_. " else "_" for c in dossier_id).strip(" .")
    return keep or "dossier"


def write_audit(audit: dict[str, Any], out_dir: Path) -> Path:
    path = Path(out_dir) / f"{safe_filename(audit['dossier_id'])}.json"
    atomic_write(path, json.dumps(audit, ensure_ascii=False, indent=2) + "\n")
    return path


SUMMARY_FIELDS = (
    "dossier_id", "reference_date", "placement_type", *NORM_NAMES,
    "one_on_one_contacts_12m", "safety_checks", "goals", "mean_concreteness", "file_errors",
)


def summary_row(audit: dict[str, Any]) -> dict[str, Any]:
    goals = audit.get("goals", [])
    details = audit.get("norm_details", {})
    counted = details.get("one_on_one_min3_last12m", {}).get("findings", [])
    mean = round(sum(g["concreteness"] for g in goals) / len(goals), 2) if goals else ""
    return {
        "dossier_id": audit["dossier_id"],
        "reference_date": audit["reference_date"],
        "placement_type": (audit.get("placement") or {}).get("type") or "",
        **{name: audit["norms"].get(name, "n/a") for name in NORM_NAMES},
        "one_on_one_contacts_12m": len(counted),
        "safety_checks": len(audit.get("safety_checks", [])),
        "goals": len(goals),
        "mean_concreteness": mean,
        "file_errors": "; ".join(f"{e['file']}: {e['message']}" for e in audit.get("errors", [])),
    }


def write_summary(audits: Iterable[dict[str, Any]], out_dir: Path) -> Path:
    path = Path(out_dir) / "summary.csv"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=SUMMARY_FIELDS)
    writer.writeheader()
    for audit in audits:
        writer.writerow(summary_row(audit))
    atomic_write(path, buf.getvalue())
    return path
