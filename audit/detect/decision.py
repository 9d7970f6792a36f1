"""The decision layer: which candidates are real events, by a learned model over the rules' signals.

Candidates come from broad, recall-oriented triggers (``candidates.py``); the rules'
verdict, the context qualifiers, the cue, the document type, the date source, the
entry header and the sentence itself (names and digits masked, so the model learns
shapes, not people) become one text per candidate for ``audit.ml.decision_model``.
Its probability is the finding's confidence, which the reviewer uses for ordering.
Without a model (or with ``detect.decision_layer = 0``) the rules decide alone.
"""
from __future__ import annotations

import re
from typing import Any

from audit.detect.candidates import Candidate
from audit.ml.decision_model import DecisionModel
from audit.resources import resource_cache, resource_json
from audit.types import Finding

_DIGITS = re.compile(r"\d")
# A form's question about the event answered yes ("Is de jeugdige apart gesproken? | Ja, in haar kamer"): the
# model, trained on prose, reads the question as doubt; the file answers it, so the rules' confidence stands.
ASKED_YES = "form=asked_yes"


def _mask(text: str, facts: dict[str, Any]) -> str:
    """The sentence with the dossier's names replaced by their role and digits by 0."""
    for key, role in (("child_names", "KIND"), ("other_child_names", "ANDERKIND"), ("scientist_names", "GWNAAM")):
        for name in sorted(facts.get(key, ()), key=len, reverse=True):
            text = re.sub(rf"\b{re.escape(name)}\b", role, text)
    return _DIGITS.sub("0", text)


def features_text(candidate: Candidate, facts: dict[str, Any]) -> str:
    """One text per candidate: signal tokens, then the masked entry header and sentence."""
    signals = " ".join(s.replace(" ", "_") for s in candidate.signals)
    rule = "rule=ok" if candidate.rule_ok else "rule=no"
    return f"{rule} {signals} || kop: {_mask(candidate.header, facts)} || {_mask(candidate.sentence, facts)}"


@resource_cache
def hard_vetoes() -> frozenset[str]:
    """Filters the model may not overrule (``decision_nl.json``)."""
    return frozenset(resource_json("decision_nl.json")["hard_vetoes"])


@resource_cache
def hard_accepts() -> frozenset[str]:
    """Readings the model may not overrule when the rules accept them (``decision_nl.json``)."""
    return frozenset(resource_json("decision_nl.json")["hard_accepts"])


def decide(kind: str, candidates: list[Candidate], facts: dict[str, Any], model: DecisionModel | None,
           thresholds: tuple[float, float]) -> list[Candidate]:
    """The candidates taken as events: by the model when it knows ``kind``, else by the rules.

    ``thresholds``: (for a candidate the rules reject, for one they accept).
    """
    probs = model.probabilities(kind, [features_text(c, facts) for c in candidates]) if model else None
    if probs is None:
        return [c for c in candidates if c.rule_ok]
    kept = []
    for c, p in zip(candidates, probs):
        if accepted(p, c.rule_ok, is_hard_vetoed(c.signals), thresholds, is_hard_accepted(c.signals)):
            if not (c.rule_ok and ASKED_YES in c.signals):  # the file's own question answered yes: the rules' word
                _rescore(c.finding, p, c.rule_ok)
            kept.append(c)
    return kept


def is_hard_vetoed(signals: list[str]) -> bool:
    """A filter fired whose verdict the model may not overrule (``hard_vetoes``)."""
    return not hard_vetoes().isdisjoint(signals)


def is_hard_accepted(signals: list[str]) -> bool:
    """The reading is definitional: kept when the rules accept it, whatever the model says (``hard_accepts``)."""
    return not hard_accepts().isdisjoint(signals)


def accepted(probability: float, rule_ok: bool, hard_vetoed: bool, thresholds: tuple[float, float],
             hard_accepted: bool = False) -> bool:
    """The decision rule itself (also what training's ablation applies): no hard veto, and either the
    rules accept a reading that is definitional (a hard accept) or the probability is above the
    threshold for the rules' verdict."""
    return not hard_vetoed and ((rule_ok and hard_accepted) or probability >= thresholds[rule_ok])


def _rescore(finding: Finding, probability: float, rule_ok: bool) -> None:
    """The model's probability is the confidence; where the rules agree, their confidence counts half.

    So every event kept by the thresholds reaches ``detect.min_confidence`` (0.5) and counts for the
    norms: a rule-accepted event needs P >= 0.3, and (0.3 + 0.85) / 2 > 0.5. A hard accept below that
    stays listed, as evidence the reviewer sees, with a confidence under the norms' minimum: on the
    annotated corpora the model's doubt about such readings was right more often than not (a coded line
    that only says a request was sent, a register row), so the norms do not count them (review 19, left).
    """
    finding.confidence = round((probability + finding.confidence) / 2 if rule_ok else probability, 3)
    finding.detector += "+decision"
