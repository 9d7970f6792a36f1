"""Were goals adjusted between successive plans? (inspection: "onvoldoende bijstelling van doelen").

Plans are told apart by ``plan_date`` per goal location (see ``extract.py``).
Between two successive dated plans a goal is *unchanged* (same normalised
text), *reworded* (a removed and an added goal whose token agreement is at
least ``REWORD_MIN``), *added* or *removed*. A dossier whose later plan repeats
every goal unchanged is the signal the inspection asks about.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from audit.goals.evaluate import agreement
from audit.goals.extract import Goal
from audit.types import Evidence

REWORD_MIN = 0.5
ChangeKind = Literal["added", "removed", "reworded", "unchanged"]


@dataclass
class GoalChange:
    kind: ChangeKind
    before: str | None
    after: str | None
    from_date: str
    to_date: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class GoalAdjustment:
    """Changes between each pair of successive plans; ``adjusted`` is None with fewer than two dated plans."""

    plan_dates: list[str]
    changes: list[GoalChange]
    adjusted: bool | None

    def summary_nl(self) -> str:
        if self.adjusted is None:
            return "Minder dan twee gedateerde plannen: bijstelling van doelen niet te beoordelen."
        counts = {k: sum(c.kind == k for c in self.changes) for k in ("added", "removed", "reworded", "unchanged")}
        span = f"{self.plan_dates[0]} → {self.plan_dates[-1]}"
        if not self.adjusted:
            return f"Doelen niet bijgesteld tussen de plannen ({span}): alle {counts['unchanged']} doelen ongewijzigd."
        return (f"Doelen bijgesteld ({span}): {counts['added']} toegevoegd, {counts['removed']} vervallen, "
                f"{counts['reworded']} herschreven, {counts['unchanged']} ongewijzigd.")


def goal_changes(goals: list[Goal]) -> GoalAdjustment:
    """Compare the goal sets of successive plan dates."""
    plans: dict[str, dict[int, Evidence]] = {}
    for gi, g in enumerate(goals):
        dates = g.plan_dates or [g.plan_date] * len(g.locations)
        for ev, d in zip(g.locations, dates):
            if d:
                plans.setdefault(d, {}).setdefault(gi, ev)
    dates = sorted(plans)
    if len(dates) < 2:
        return GoalAdjustment(plan_dates=dates, changes=[], adjusted=None)
    changes: list[GoalChange] = []
    for a, b in zip(dates, dates[1:]):
        ga, gb = plans[a], plans[b]
        for gi in ga.keys() & gb.keys():
            changes.append(GoalChange("unchanged", goals[gi].text, goals[gi].text, a, b, [ga[gi], gb[gi]]))
        removed = [gi for gi in ga if gi not in gb]
        added = [gi for gi in gb if gi not in ga]
        pairs = sorted(((agreement(goals[r].text, goals[n].text), r, n) for r in removed for n in added), reverse=True)
        used_r: set[int] = set()
        used_n: set[int] = set()
        for score, r, n in pairs:
            if score < REWORD_MIN or r in used_r or n in used_n:
                continue
            used_r.add(r)
            used_n.add(n)
            changes.append(GoalChange("reworded", goals[r].text, goals[n].text, a, b, [ga[r], gb[n]]))
        changes += [GoalChange("removed", goals[r].text, None, a, b, [ga[r]]) for r in removed if r not in used_r]
        changes += [GoalChange("added", None, goals[n].text, a, b, [gb[n]]) for n in added if n not in used_n]
    adjusted = any(c.kind != "unchanged" for c in changes)
    return GoalAdjustment(plan_dates=dates, changes=changes, adjusted=adjusted)
