"""All decisions on one finding reduced to what the export applies.

Decisions on one finding are folded in log order, across reviewers: a correction
stays until a reject (a later confirm means "right as now corrected"), a reject is
undone by a later confirm or correction, a norm override by a later confirm.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from audit.review.contract import GOAL_CRITERIA
from audit.review.record import AnnotationRecord


@dataclass
class Folded:
    """The outcome of every decision on one finding."""

    records: list[AnnotationRecord]
    rejected: bool = False
    added: AnnotationRecord | None = None
    correction: dict[str, Any] = field(default_factory=dict)
    override: AnnotationRecord | None = None

    @property
    def reviewers(self) -> list[str]:
        return sorted({r.reviewer for r in self.records})

    @property
    def notes(self) -> list[str]:
        return [r.note for r in self.records if r.note]

    @property
    def decision(self) -> str:
        if self.rejected:
            return "reject"
        if self.added is not None:
            return "add"
        if self.override is not None:
            return "override"
        if self.correction:
            only_criteria = all(k in GOAL_CRITERIA for k in self.correction)
            return "goal_criteria" if self.records[-1].finding_kind == "goal" and only_criteria else "correct"
        return "confirm"


def fold(records: list[AnnotationRecord]) -> Folded:
    """Fold ``records`` (one finding, log order) into their combined outcome."""
    out = Folded(records)
    for r in records:
        if r.decision == "reject":
            out.rejected = True
        elif r.decision == "add":
            out.added, out.rejected = r, False
            out.correction.update(r.correction)
        elif r.decision == "override":
            out.override = r
        elif r.decision == "confirm":
            out.rejected = False
            out.override = None
        else:  # correct, goal_criteria
            out.rejected = False
            out.correction.update(r.correction)
    return out
