"""Writing outputs: per-dossier JSON and summary.csv, each atomically (temp file + rename).

Files get the permissions the user's umask asks for (as ``open`` would give them), or
owner-only (0600) with ``private=True``: ``mkstemp`` alone would always make them 0600.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

from audit.norms import NORM_NAMES
from audit.read.dossier import output_stem
from audit.report.cells import neutralise_row


PRIVATE_MODE = 0o600


def current_umask() -> int:
    """The process umask (POSIX has no call that only reads it: set it and put it back)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def file_mode(private: bool = False) -> int:
    """0600 for private output, else what a plain ``open`` would create under the umask."""
    return PRIVATE_MODE if private else 0o666 & ~current_umask()


def atomic_write(path: Path, data: str | bytes, *, private: bool = False) -> None:
    """Write via a temp file + rename so a crash never leaves half a report."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, file_mode(private))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def safe_filename(dossier_id: str) -> str:
    """The stem of a dossier's output files: the one rule, shared with the reader that makes ids
    unique per run (``audit.read.dossier.output_stem``: two ids of one run never share a stem)."""
    return output_stem(dossier_id)


#: names the reports take in the output folder; a dossier page never overwrites one
RESERVED_STEMS = ("index",)


def page_name(dossier_id: str) -> str:
    """The HTML page of a dossier: the JSON's stem, unless that is the overview's name (index.html)."""
    stem = safe_filename(dossier_id)
    return f"{stem}_dossier.html" if stem.lower() in RESERVED_STEMS else f"{stem}.html"


def write_audit(audit: dict[str, Any], out_dir: Path, *, private: bool = False) -> Path:
    path = Path(out_dir) / f"{safe_filename(audit['dossier_id'])}.json"
    atomic_write(path, json.dumps(audit, ensure_ascii=False, indent=2) + "\n", private=private)
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


def write_summary(audits: Iterable[dict[str, Any]], out_dir: Path, *, private: bool = False) -> Path:
    """The machine-readable summary (English field names, fixed contract); text cells neutralised."""
    path = Path(out_dir) / "summary.csv"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=SUMMARY_FIELDS)
    writer.writeheader()
    for audit in audits:
        writer.writerow(neutralise_row(summary_row(audit)))
    atomic_write(path, buf.getvalue(), private=private)
    return path
