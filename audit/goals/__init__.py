"""Goals stage: extract every care-plan goal, score its concreteness, and signal goal adjustment."""
from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from audit.types import DossierContext

CRITERIA = ("specific", "measurable", "time_bound", "actor", "development_oriented")


def goals_for_dossier(ctx: "DossierContext") -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The dossier's goals in the output contract, and the goal-adjustment signal."""
    from audit.goals.changes import goal_changes
    from audit.goals.extract import extract_goals
    from audit.goals.score import score_goals

    goals = extract_goals(ctx.dossier)
    scores = score_goals([(g.text, g.termijn, g.wie) for g in goals])
    out = []
    for i, (goal, score) in enumerate(zip(goals, scores), 1):
        item: dict[str, Any] = {
            "finding_id": f"g{i}",
            "kind": "goal",
            "text": goal.text,
            "file": goal.file,
            **{c: score.criteria[c].value for c in CRITERIA},
            "concreteness": score.concreteness,
            "criteria": {c: asdict(score.criteria[c]) for c in CRITERIA},
            "hint": score.hint,
            "termijn": goal.termijn,
            "wie": goal.wie,
            "plan_date": goal.plan_date,
            "evidence": [asdict(e) for e in goal.locations],
        }
        out.append(item)
    adjustment = goal_changes(goals)
    changes = {
        "adjusted": adjustment.adjusted,
        "plan_dates": adjustment.plan_dates,
        "summary": adjustment.summary_nl(),
        "changes": [
            {"kind": c.kind, "before": c.before, "after": c.after, "from_date": c.from_date, "to_date": c.to_date,
             "evidence": [asdict(e) for e in c.evidence]}
            for c in adjustment.changes
        ],
    }
    return out, changes
