"""The reviewer's work list: progress per dossier, the overview's filters, the next item to judge."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from audit.review.items import Item, audit_items, is_reviewed
from audit.review.labels_nl import NORM_NL, VERDICT_NL
from audit.review.replay import ReplayState


def progress(audit: dict[str, Any], state: ReplayState, reviewer: str | None) -> tuple[int, int]:
    """(reviewed, total) items of one dossier."""
    items = audit_items(audit)
    done = sum(is_reviewed(state, audit["dossier_id"], it, reviewer) for it in items)
    return done, len(items)


def min_confidence(audit: dict[str, Any], state: ReplayState | None = None, reviewer: str | None = None) -> float | None:
    """Lowest confidence among the (unreviewed, when ``state`` is given) findings of a dossier."""
    vals = [it.confidence for it in audit_items(audit)
            if it.confidence is not None
            and (state is None or not is_reviewed(state, audit["dossier_id"], it, reviewer))]
    return min(vals) if vals else None


@dataclass
class OverviewRow:
    """One dossier on the overview page."""

    dossier_id: str
    reviewed: int
    total: int
    norms: dict[str, str]
    min_confidence: float | None
    errors: int = 0
    overridden: list[str] = field(default_factory=list)

    @property
    def unreviewed(self) -> int:
        return self.total - self.reviewed

    def as_table_row(self) -> dict[str, Any]:
        row: dict[str, Any] = {
            "dossier": self.dossier_id,
            "beoordeeld": f"{self.reviewed}/{self.total}",
            "voortgang": round(self.reviewed / self.total, 3) if self.total else 1.0,
            "laagste zekerheid": None if self.min_confidence is None else round(self.min_confidence, 2),
            "leesfouten": self.errors,
        }
        for name, verdict in self.norms.items():
            mark = " (aangepast)" if name in self.overridden else ""
            row[NORM_NL.get(name, name)] = f"{VERDICT_NL.get(verdict, verdict)}{mark}"
        return row


def overview_rows(audits: dict[str, dict[str, Any]], state: ReplayState, reviewer: str | None) -> list[OverviewRow]:
    """One row per audit, in dossier order."""
    rows = []
    for did, audit in sorted(audits.items()):
        done, total = progress(audit, state, reviewer)
        overridden = sorted({r.finding_id for r in state.decisions_for(did) if r.decision == "override"})
        rows.append(OverviewRow(did, done, total, dict(audit.get("norms", {})), min_confidence(audit, state, reviewer),
                                len(audit.get("errors") or []), overridden))
    return rows


def filter_rows(rows: list[OverviewRow], *, unreviewed_only: bool = False, norm: str | None = None,
                verdict: str | None = None, low_confidence_first: bool = False) -> list[OverviewRow]:
    """The overview's filters: only dossiers with unreviewed items, one norm's verdict, order."""
    out = [r for r in rows if not unreviewed_only or r.unreviewed > 0]
    if norm and verdict:
        out = [r for r in out if r.norms.get(norm) == verdict]
    elif verdict:  # any norm with this verdict
        out = [r for r in out if verdict in r.norms.values()]
    if low_confidence_first:
        out.sort(key=lambda r: (r.min_confidence is None, r.min_confidence if r.min_confidence is not None else 0.0,
                                r.dossier_id))
    return out


def next_unreviewed(
    order: list[str],
    items_of: Callable[[str], list[Item]],
    reviewed: Callable[[str, Item], bool],
    current: tuple[str, str] | None = None,
) -> tuple[str, Item] | None:
    """The first unreviewed item after ``current`` (dossier id, item key), wrapping around.

    ``order`` is the dossier order (the overview's, after its filters); within a
    dossier the items come in ``items_of`` order. Returns None when all is done.
    """
    if not order:
        return None
    flat: list[tuple[str, Item]] = [(did, it) for did in order for it in items_of(did)]
    if not flat:
        return None
    start = 0
    if current is not None:
        did, key = current
        idx = next((i for i, (d, it) in enumerate(flat) if d == did and it.key == key), None)
        if idx is not None:
            start = idx + 1
        elif did in order:  # dossier known but item not (or no item): from that dossier's start
            start = next((i for i, (d, _) in enumerate(flat) if d == did), 0)
    for i in range(len(flat)):
        did, it = flat[(start + i) % len(flat)]
        if not reviewed(did, it):
            return did, it
    return None
