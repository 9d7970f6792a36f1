"""Evaluations of the care-plan goals: progress judged per goal, goals kept, adjusted or closed.

"Doel 2 niet behaald" is an evaluation, so negation is judged here ("doelen zijn niet
geëvalueerd", "geen evaluatie"), not by the context component; plans ("evaluatie
gepland", "wordt in het volgende overleg besproken") and evaluations of a training
are not.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from audit.detect.candidates import Candidate
from audit.detect.further.events import event_candidates
from audit.detect.further.lexicon import hit
from audit.types import AnalysedDocument, DossierContext

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "goal_evaluation"


def _vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> dict[str, bool]:
    return {"veto=negated": hit("goal_eval_negated", text), "veto=planned": hit("goal_eval_planned", text),
            "veto=training": hit("goal_eval_not", text)}


def goal_evaluation_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return event_candidates(ctx, models, KIND, "goal_evaluation", _vetoes, header_ok=True, own_negation=True)
