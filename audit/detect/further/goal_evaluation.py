"""Evaluations of the care-plan goals: progress judged per goal, goals kept, adjusted or closed.

"Doel 2 niet behaald" is an evaluation, so negation is judged here ("doelen zijn niet
geëvalueerd", "geen evaluatie"), not by the context component; plans ("evaluatie
gepland", "wordt in het volgende overleg besproken") and evaluations of a training
are not.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from audit.detect.candidates import Candidate
from audit.detect.dating import Dated
from audit.detect.further.events import event_candidates
from audit.structure.dates import find_dates
from audit.detect.further.lexicon import hit
from audit.types import AnalysedDocument, DateMention, DossierContext

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "goal_evaluation"


def _vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> dict[str, bool]:
    return {"veto=negated": hit("goal_eval_negated", text), "veto=planned": hit("goal_eval_planned", text),
            "veto=training": hit("goal_eval_not", text)}


_EVALUATION_LABEL = re.compile(r"(?i)^\W*evaluatie\w*\s*:?\s*(?:op\s+)?")


def _evaluation_date(adoc: AnalysedDocument, sent: Span, text: str, dated: Dated) -> Dated:
    """"Evaluatie 8-7-2025: doel 1 is behaald": the label's date is the evaluation's when results follow
    (elsewhere "evaluatie <date>" names a planned one, so the date finder leaves it out)."""
    label = _EVALUATION_LABEL.match(text)
    if dated.source == "sentence" or label is None or not hit("goal_eval_result", text):
        return dated
    found = find_dates(text[label.end() : label.end() + 24])
    if not found or found[0].start != 0:
        return dated
    m, shift = found[0], label.end()  # offsets within the sentence, as every Dated has them
    return Dated(DateMention(m.date, m.precision, m.start + shift, m.end + shift, m.text), "sentence")


def goal_evaluation_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return event_candidates(ctx, models, KIND, "goal_evaluation", _vetoes, header_ok=True, own_negation=True,
                            dating=_evaluation_date)
