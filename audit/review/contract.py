"""The log's vocabulary: finding kinds, decisions, and which decision fits which kind.

Kept here (not taken from the detectors or the goal scorer) because it is the
storage contract of the annotation log: it must not drift when other stages change.
"""
from __future__ import annotations

LOG_VERSION = 1
#: "undo" withdraws one earlier record of the same reviewer (the log stays append-only)
DECISIONS = ("confirm", "reject", "correct", "add", "override", "goal_criteria", "undo")
EVENT_KINDS = ("one_on_one_contact", "safety_check", "behavioural_scientist_advice")
FINDING_KINDS = (*EVENT_KINDS, "matching_rationale", "goal", "norm")
#: output field of the audit JSON that holds each event kind
SECTION_OF_KIND = {
    "one_on_one_contact": "one_on_one_contacts",
    "safety_check": "safety_checks",
    "behavioural_scientist_advice": "behavioural_scientist_advice",
}
GOAL_CRITERIA = ("specific", "measurable", "time_bound", "actor", "development_oriented")
VERDICTS = ("meets", "fails", "n/a")

ALLOWED_DECISIONS: dict[str, tuple[str, ...]] = {
    **{k: ("confirm", "reject", "correct", "add", "undo") for k in EVENT_KINDS},
    "matching_rationale": ("confirm", "reject", "correct", "undo"),
    "goal": ("confirm", "reject", "correct", "goal_criteria", "add", "undo"),
    "norm": ("confirm", "override", "undo"),
}


def precision_of(date: str | None) -> str | None:
    """Precision of a partial ISO date in a correction ("2024" year, "2024-03" month, else day)."""
    if not date:
        return None
    return {1: "year", 2: "month", 3: "day"}[len(date.split("-"))]
