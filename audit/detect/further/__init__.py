"""Schema-version-2 detectors: the inspection's further gaps (SCHEMA.md "Further norms").

Events (home visits, care-team meetings, attention to sexual development, goal
evaluations, rescreenings and the changes that call for one) go the way of the
version-1 events: triggers -> candidates with signals -> decision layer -> merged by
date. The support figure and the VGB are facts about the whole file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from audit.detect.candidates import Candidate
from audit.detect.further.care_team import care_team_candidates
from audit.detect.further.child_age import YOUNG_CHILD_YEARS, child_birth_date, young_child
from audit.detect.further.facts import FactResult
from audit.detect.further.goal_evaluation import goal_evaluation_candidates
from audit.detect.further.home_visit import home_visit_candidates
from audit.detect.further.rescreening import change_candidates, rescreening_candidates
from audit.detect.further.sexual_development import sexual_development_candidates
from audit.detect.further.support_figure import detect_support_figure
from audit.detect.further.vgb import detect_vgb
from audit.types import DossierContext, Finding

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

# output field -> (finding kind, candidate maker), in output order
EVENTS: dict[str, tuple[str, Callable[[DossierContext, "SentenceModels"], list[Candidate]]]] = {
    "home_visits": ("home_visit", home_visit_candidates),
    "care_team_meetings": ("care_team_meeting", care_team_candidates),
    "sexual_development": ("sexual_development", sexual_development_candidates),
    "goal_evaluations": ("goal_evaluation", goal_evaluation_candidates),
    "rescreenings": ("rescreening", rescreening_candidates),
    "household_changes": ("household_change", change_candidates),
}


@dataclass
class FurtherDetections:
    """What the version-2 detectors found in one dossier."""

    events: dict[str, list[Finding]] = field(default_factory=dict)
    support_figure: FactResult = field(default_factory=lambda: FactResult(False))
    vgb: FactResult = field(default_factory=lambda: FactResult(None))
    child_birth_date: str | None = None
    birth_date_source: str | None = None  # "file", or "estimated" from a toddler's world


def detect_facts(ctx: DossierContext) -> FurtherDetections:
    """The file-level facts (support figure, VGB, the child's birth date); events are added by the caller."""
    birth, source = child_birth_date(ctx), "file"
    if birth is None and young_child(ctx):
        birth, source = ctx.as_of.replace(year=ctx.as_of.year - YOUNG_CHILD_YEARS, month=1, day=1), "estimated"
    return FurtherDetections(support_figure=detect_support_figure(ctx), vgb=detect_vgb(ctx),
                             child_birth_date=birth.isoformat() if birth else None,
                             birth_date_source=source if birth else None)
