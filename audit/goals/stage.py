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
    """The goals of the care plan in force with their scores, and the goal-adjustment signal (which compares
    every plan, older ones and a report's account of the goals included)."""
    found = extract_goals(dossier)
    goals = [g for g in found if g.current]
    scores = score_goals([(g.text, g.termijn, g.wie) for g in goals])
    return GoalResults(list(zip(goals, scores)), goal_changes(found))
