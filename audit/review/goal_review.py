"""A goal as the reviewer left it: criteria after corrections, concreteness, rewrite hint.

The hint is the goal scorer's own wording, asked for the criteria as they stand
after review. This module is the one place that reaches into the scorer for it.
"""
from __future__ import annotations

from typing import Any, Iterable

from audit.goals.score import Criterion, rewrite_hint
from audit.review.contract import GOAL_CRITERIA
from audit.review.record import AnnotationRecord



def goal_effective_criteria(goal: dict[str, Any], records: Iterable[AnnotationRecord]) -> dict[str, bool]:
    """The goal's criteria with the criteria corrections in ``records`` applied in order."""
    crit = {k: bool(goal.get(k)) for k in GOAL_CRITERIA}
    for r in records:
        if r.decision in ("goal_criteria", "correct", "add"):
            for k in GOAL_CRITERIA:
                if k in r.correction:
                    crit[k] = bool(r.correction[k])
    return crit


def concreteness(criteria: dict[str, Any]) -> float:
    """Share of the five criteria met, as the scorer rounds it."""
    return round(sum(bool(criteria.get(k)) for k in GOAL_CRITERIA) / len(GOAL_CRITERIA), 2)


def goal_hint(goal: dict[str, Any], criteria: dict[str, bool]) -> str:
    """The rewrite hint for the criteria as they stand now (the scorer's wording, the tool's cues)."""
    cues = goal.get("criteria") or {}
    crit = {k: Criterion(bool(criteria.get(k)), list((cues.get(k) or {}).get("cues") or [])) for k in GOAL_CRITERIA}
    return rewrite_hint(crit)
