"""Detect stage: findings with evidence, from the analysed documents of one dossier."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from audit.types import DossierContext


def run_detectors(ctx: "DossierContext") -> dict[str, Any]:
    """Run every detector; returns the finding lists keyed by output field."""
    from audit.detect import facts
    from audit.detect.classifier import SentenceModels
    from audit.detect.events import detect_advice, detect_one_on_one, detect_safety_checks
    from audit.detect.matching import detect_matching

    texts = [a.document.text for a in ctx.documents]
    own = facts.child_names(texts)
    ctx.facts["child_names"] = own
    ctx.facts["other_child_names"] = facts.other_child_names(texts, own)
    ctx.facts["scientist_names"] = facts.scientist_names(texts) - own
    models = SentenceModels.load(veto=ctx.config.detect.classifier_veto)
    ptype, start, _ = facts.placement(texts)
    return {
        "placement": {"type": ptype, "start": start.date.isoformat() if start else None},
        "one_on_one_contacts": detect_one_on_one(ctx, models),
        "safety_checks": detect_safety_checks(ctx, models),
        "behavioural_scientist_advice": detect_advice(ctx, models),
        "matching_rationale": detect_matching(ctx, models),
        "models": {"sentence_classifiers": models.source},
    }
