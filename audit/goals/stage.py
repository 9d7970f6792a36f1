"""The goals stage for one dossier: goals with their scores and the goal-adjustment signal.

Returns typed results; the JSON contract for them is built in ``audit.report.contract``.
"""
from __future__ import annotations

from dataclasses import dataclass

from audit.goals.changes import GoalAdjustment, goal_changes
from audit.goals.extract import Goal, extract_goals
from audit.goals.score import GoalScore, score_goals
from audit.types import Dossier

@dataclass
class GoalResults:
    goals: list[tuple[Goal, GoalScore]]
    adjustment: GoalAdjustment


def goals_for_dossier(dossier: Dossier) -> GoalResults:
    """The dossier's goals with their scores, and the goal-adjustment signal."""
    goals = extract_goals(dossier)
    scores = score_goals([(g.text, g.termijn, g.wie) for g in goals])
    return GoalResults(list(zip(goals, scores)), goal_changes(goals))
