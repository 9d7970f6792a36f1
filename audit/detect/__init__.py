"""Detect stage: typed findings with evidence, from the analysed documents of one dossier.

One module per detector (``one_on_one``, ``safety_check``, ``advice``, ``matching``)
on shared parts (``base``: triggers, evidence, merging; ``dating``; ``participants``;
``facts``: who the child is). The JSON contract is built from these results in
``audit.report.contract``, nowhere else.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from audit.detect import facts
from audit.detect.advice import detect_advice
from audit.detect.matching import MatchingResult, detect_matching
from audit.detect.one_on_one import detect_one_on_one
from audit.detect.safety_check import detect_safety_checks
from audit.types import DateMention, DossierContext, Finding

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels


@dataclass
class Placement:
    type: str | None
    start: DateMention | None


@dataclass
class Detections:
    """Everything the detectors found in one dossier."""

    placement: Placement
    one_on_one_contacts: list[Finding] = field(default_factory=list)
    safety_checks: list[Finding] = field(default_factory=list)
    behavioural_scientist_advice: list[Finding] = field(default_factory=list)
    matching_rationale: MatchingResult = field(default_factory=lambda: MatchingResult(False))


def learn_facts(ctx: DossierContext) -> None:
    """Names of the child, of other children and of the behavioural scientist, for the detectors."""
    texts = [a.document.text for a in ctx.documents]
    own = facts.child_names(texts)
    ctx.facts["child_names"] = own
    ctx.facts["other_child_names"] = facts.other_child_names(texts, own)
    ctx.facts["scientist_names"] = facts.scientist_names(texts) - own


def run_detectors(ctx: DossierContext, models: "SentenceModels") -> Detections:
    """Run every detector on one dossier."""
    learn_facts(ctx)
    ptype, start, _ = facts.placement([a.document.text for a in ctx.documents])
    return Detections(
        placement=Placement(ptype, start),
        one_on_one_contacts=detect_one_on_one(ctx, models),
        safety_checks=detect_safety_checks(ctx, models),
        behavioural_scientist_advice=detect_advice(ctx, models),
        matching_rationale=detect_matching(ctx, models),
    )
