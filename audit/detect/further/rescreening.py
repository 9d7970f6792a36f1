"""Rescreening of the foster family, and the changes that call for one.

A change (a new adult resident, a partner leaving or arriving, a birth or a new
foster child, a move, a serious life event, signs of unsafety) counts only when the
sentence is about the foster home (``household_foster``), not the child's own move
to it or the birth parents' lives. The norm compares the first change with the
rescreenings after it (``audit.norms``).
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

RESCREENING, CHANGE = "rescreening", "household_change"


def _no_vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> dict[str, bool]:
    return {}


def _change_vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> dict[str, bool]:
    return {"veto=not_foster_home": not hit("household_foster", text), "veto=not_a_change": hit("change_not", text)}


def rescreening_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return event_candidates(ctx, models, RESCREENING, "rescreening", _no_vetoes, header_ok=True)


def change_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return event_candidates(ctx, models, CHANGE, "household_change", _change_vetoes)
