"""Attention to the child's sexual development that took place.

A topic (puberty, relationships, sexuality, boundaries, online safety, ...) *and*
attention to it in the sentence (a talk, information, an explanation). A school
lesson, a form field "geen bijzonderheden" and talks about another child are not.
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

KIND = "sexual_development"
# The context component reads "ongesteld worden" as a plan, "geen foto's delen" as a negation and "hoe ze het
# kan uitleggen" as a hypothesis; here
# plans and "niet besproken" are judged on the sentence (``planned``, ``sexual_not_attention``).
BLOCKING = frozenset({"CANCELLED", "QUESTION", "POLICY", "OTHER_CHILD"})  # "hoe zij ... kan beantwoorden" is no hypothesis


def _vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> dict[str, bool]:
    return {"veto=no_attention": not hit("sexual_talk", text), "veto=not_attention": hit("sexual_not_attention", text)}


def sexual_development_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return event_candidates(ctx, models, KIND, "sexual_development", _vetoes, blocking=BLOCKING,
                            about_the_child=True)
