"""The log's vocabulary: finding kinds, decisions, and which decision fits which kind.

Kept here (not taken from the detectors or the goal scorer) because it is the
storage contract of the annotation log: it must not drift when other stages change.
Kinds are only ever added, never renamed, so every older log still replays.
"""
from __future__ import annotations

from typing import Any

LOG_VERSION = 1
#: "undo" withdraws one earlier record of the same reviewer (the log stays append-only)
DECISIONS = ("confirm", "reject", "correct", "add", "override", "goal_criteria", "undo")
EVENT_KINDS = ("one_on_one_contact", "safety_check", "behavioural_scientist_advice",
               # schema version 2
               "home_visit", "care_team_meeting", "sexual_development", "goal_evaluation",
               "household_change", "rescreening")
#: file-level facts: one per audit, judged as a whole (documented / complete), never added
FACT_KINDS = ("matching_rationale", "support_figure", "vgb")
FINDING_KINDS = (*EVENT_KINDS, *FACT_KINDS, "goal", "norm")
#: where each event kind's findings live in the audit JSON: a top-level list, or a list inside an object
SECTION_PATH: dict[str, tuple[str, ...]] = {
    "one_on_one_contact": ("one_on_one_contacts",),
    "safety_check": ("safety_checks",),
    "behavioural_scientist_advice": ("behavioural_scientist_advice",),
    "home_visit": ("home_visits",),
    "care_team_meeting": ("care_team_meetings",),
    "sexual_development": ("sexual_development",),
    "goal_evaluation": ("goal_evaluations",),
    "household_change": ("rescreening", "changes"),
    "rescreening": ("rescreening", "rescreenings"),
}
#: output field of the audit JSON that holds each top-level event kind (kept for older callers)
SECTION_OF_KIND = {k: path[0] for k, path in SECTION_PATH.items() if len(path) == 1}
#: the fields besides the date a reviewer may correct, per event kind
EVENT_FIELDS: dict[str, tuple[str, ...]] = {"safety_check": ("child_spoken", "copied_from"),
                                            "home_visit": ("unannounced",)}
#: the fields a reviewer may correct, per fact kind ("evidence" replaces what the tool quoted)
FACT_FIELDS: dict[str, tuple[str, ...]] = {
    "matching_rationale": ("documented", "evidence"),
    "support_figure": ("documented", "evidence"),
    "vgb": ("complete", "missing"),
}
#: the finding id a fact has when the audit leaves it out
FACT_ID = {"matching_rationale": "m1", "support_figure": "sf1", "vgb": "v1"}
GOAL_CRITERIA = ("specific", "measurable", "time_bound", "actor", "development_oriented")
VERDICTS = ("meets", "fails", "n/a")

ALLOWED_DECISIONS: dict[str, tuple[str, ...]] = {
    **{k: ("confirm", "reject", "correct", "add", "undo") for k in EVENT_KINDS},
    "matching_rationale": ("confirm", "reject", "correct", "undo"),
    "support_figure": ("confirm", "reject", "correct", "undo"),
    # a VGB finding is a list of the household; "wrong" is said by correcting that list
    "vgb": ("confirm", "correct", "undo"),
    "goal": ("confirm", "reject", "correct", "goal_criteria", "add", "undo"),
    "norm": ("confirm", "override", "undo"),
}


def precision_of(date: str | None) -> str | None:
    """Precision of a partial ISO date in a correction ("2024" year, "2024-03" month, else day)."""
    if not date:
        return None
    return {1: "year", 2: "month", 3: "day"}[len(date.split("-"))]


def has_section(audit: dict[str, Any], kind: str) -> bool:
    """Whether the audit carries this event kind at all (an audit of schema version 1 has no home visits)."""
    node: Any = audit
    for key in SECTION_PATH[kind]:
        if not isinstance(node, dict) or key not in node:
            return False
        node = node[key]
    return isinstance(node, list)


def events_of(audit: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The findings of one event kind (empty when the audit does not carry the kind)."""
    if not has_section(audit, kind):
        return []
    node: Any = audit
    for key in SECTION_PATH[kind]:
        node = node[key]
    return node


def set_events(audit: dict[str, Any], kind: str, findings: list[dict[str, Any]]) -> None:
    """Replace the findings of one event kind; only where the audit carries the kind."""
    if not has_section(audit, kind):
        return
    *parents, last = SECTION_PATH[kind]
    node: Any = audit
    for key in parents:
        node = node[key]
    node[last] = findings
