"""A finding's decisions as the app lists them: one line each, and who else decided what.

Lines name fields and values only, never dossier text (goal text and evidence in a
correction are left out).
"""
from __future__ import annotations

from audit.review.labels_nl import DECISION_NL, FIELD_NL, VERDICT_NL, value_nl
from audit.review.record import AnnotationRecord


def describe_record(r: AnnotationRecord) -> str:
    """One line about a decision, for the audit trail (no dossier text: corrections show fields only)."""
    when = r.timestamp[:16].replace("T", " ")
    text = f"{when} · {r.reviewer}: {DECISION_NL.get(r.decision, r.decision)}"
    shown = {k: v for k, v in r.correction.items() if k not in ("text", "evidence", "date_precision", "undoes")}
    if r.decision == "override":
        text += f" → {VERDICT_NL.get(shown.get('verdict'), shown.get('verdict'))}"
    elif shown and r.decision != "confirm":
        text += " (" + ", ".join(f"{FIELD_NL.get(k, k)}: {value_nl(v)}" for k, v in shown.items()) + ")"
    return text


def latest_by_reviewer(records: list[AnnotationRecord], skip: str = "") -> dict[str, AnnotationRecord]:
    """Each reviewer's last decision among ``records`` (log order), leaving out reviewer ``skip``."""
    out: dict[str, AnnotationRecord] = {}
    for r in records:
        if r.reviewer != skip:
            out[r.reviewer] = r
    return out
