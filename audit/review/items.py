"""The reviewable items of an audit as the app lists them, and whether each has a decision.

Decisions are matched to items by ``input_hash`` (as the export does), so a re-run
that renumbers findings does not carry decisions to the wrong finding.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from audit.review.contract import EVENT_KINDS, FACT_KINDS
from audit.review.identity import iter_reviewable
from audit.review.labels_nl import KIND_NL, NORM_NL
from audit.review.record import AnnotationRecord
from audit.review.replay import ReplayState

#: display order of the kinds on a dossier page: dated events (schema version 1 first), facts, goals, norms
KIND_ORDER = (*EVENT_KINDS, *FACT_KINDS, "goal", "norm")


@dataclass
class Item:
    """One reviewable item of an audit (event finding, file-level fact, goal or norm)."""

    kind: str
    finding_id: str
    input_hash: str
    data: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.finding_id}"

    @property
    def confidence(self) -> float | None:
        c = self.data.get("confidence") if self.kind != "norm" else None
        return float(c) if isinstance(c, (int, float)) and not isinstance(c, bool) else None

    @property
    def date(self) -> str | None:
        return self.data.get("date") if self.kind in EVENT_KINDS else None

    @property
    def evidence(self) -> list[dict[str, Any]]:
        return list(self.data.get("evidence") or []) if self.kind != "norm" else []

    @property
    def number(self) -> str:
        """The finding's number for people ("nr. 2" for o2); the id itself stays in the log and export."""
        digits = self.finding_id.lstrip("abcdefghijklmnopqrstuvwxyz")
        return f"nr. {digits}" if digits.isdigit() else self.finding_id

    def title(self, decision: AnnotationRecord | None = None) -> str:
        """A label without dossier text (safe as a widget label); a correction in ``decision`` shows in it."""
        bits = [KIND_NL.get(self.kind, self.kind), self.number]
        if self.kind == "norm":
            bits = [KIND_NL["norm"], NORM_NL.get(self.finding_id, self.finding_id)]
        elif self.kind in EVENT_KINDS:
            corrected = decision.correction if decision is not None and decision.decision == "correct" else {}
            if "date" in corrected:
                bits.append(f"{corrected['date'] or 'datum onbekend'} (gecorrigeerd, was {self.date or 'onbekend'})")
            else:
                bits.append(self.date or "datum onbekend")
            if self.kind == "home_visit" and corrected.get("unannounced", self.data.get("unannounced")):
                bits.append("onaangekondigd")
        if self.confidence is not None:
            bits.append(f"zekerheid {self.confidence:.2f}")
        return " · ".join(bits)


def audit_items(audit: dict[str, Any], *, low_confidence_first: bool = False) -> list[Item]:
    """The items of an audit in display order (kind, then date / position)."""
    items = [Item(k, fid, h, d) for k, fid, h, d in iter_reviewable(audit)]
    rank = {k: i for i, k in enumerate(KIND_ORDER)}
    pos = {id(it): i for i, it in enumerate(items)}

    def key(it: Item) -> tuple:
        base = (rank.get(it.kind, 99), it.date or "", pos[id(it)])
        if low_confidence_first:
            c = it.confidence
            return (0 if c is not None else 1, c if c is not None else 0.0, *base)
        return base

    return sorted(items, key=key)


def decision_of(state: ReplayState, dossier_id: str, item: Item, reviewer: str | None) -> AnnotationRecord | None:
    """The latest decision on this version of the item (by ``reviewer``, or anyone when None)."""
    return state.current(dossier_id, item.finding_id, reviewer or None, input_hash=item.input_hash)


def is_reviewed(state: ReplayState, dossier_id: str, item: Item, reviewer: str | None) -> bool:
    return decision_of(state, dossier_id, item, reviewer) is not None
