"""Detect stage: typed findings with evidence, from the analysed documents of one dossier.

One module per detector (``one_on_one``, ``safety_check``, ``advice``, ``matching``)
on shared parts (``base``: triggers, evidence, merging; ``dating``; ``participants``;
``facts``: who the child is). The JSON contract is built from these results in
``audit.report.contract``, nowhere else.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from audit.detect import cases, facts
from audit.detect.advice import advice_candidates
from audit.detect.base import merge_by_date
from audit.detect.batch import batched
from audit.detect.candidates import Candidate
from audit.detect.corrections import Correction, apply_corrections, find_corrections
from audit.detect.decision import decide
from audit.detect.further import EVENTS as FURTHER_EVENTS, FurtherDetections, detect_facts
from audit.detect.further.child_age import named_child_birth_date
from audit.detect.matching import MatchingResult, detect_matching
from audit.detect.one_on_one import one_on_one_candidates
from audit.detect.safety_check import flag_copies, heard_on_same_day, safety_check_candidates
from audit.ml.decision_model import DecisionModel
from audit.nlp.glossary_terms import dossier_glossary
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
    further: FurtherDetections = field(default_factory=FurtherDetections)  # schema version 2


def learn_facts(ctx: DossierContext) -> None:
    """Names of the child, of other children and of the behavioural scientist, for the detectors."""
    texts = [a.document.text for a in ctx.documents]
    # a name in a running header ("Pleegkind: Senna Wolters" on every page) is masked out of the text
    headers = ["\n".join(a.document.furniture) for a in ctx.documents if a.document.furniture]
    own = (facts.child_names(texts + headers)
           or facts.child_names_from_file_names([a.document.name for a in ctx.documents], texts)
           or facts.child_names_from_titles(texts) or facts.child_names_from_living(texts))
    own = own | facts.nicknames(texts + headers, own)  # "Yasmina (Mina) Amrani": either name is hers
    ctx.facts["child_names"] = own
    files = " ".join(a.document.name for a in ctx.documents)  # "plan_yara.pdf": a name the files bear is the child's
    aged_all, born = facts.aged_minor_names(texts, own), facts.born_minor_names(texts)
    aged = {n for n in aged_all if not re.search(rf"(?i)\b{re.escape(n)}\b", files)}
    # a family file's paragraphs per child ("Mila: ...", "Ravi: Ravi apart gesproken ..."): the others are children
    single, surnames = facts.foster_family_names(texts, own)
    fosters, scientists = facts.foster_parent_names(texts, own) | single, facts.scientist_names(texts)
    labelled = facts.labelled_child_names(texts, own, born | aged_all) - fosters - (scientists - born)
    ctx.facts["other_child_names"] = facts.other_child_names(texts, own) | aged | labelled
    ctx.facts["scientist_names"] = (scientists | _scientist_terms(ctx, texts)) - own - ctx.facts["other_child_names"]
    ctx.facts["foster_parent_names"] = fosters - ctx.facts["other_child_names"]
    ctx.facts["foster_surnames"] = surnames - ctx.facts["other_child_names"]
    ctx.facts["foster_family_sibling"] = facts.foster_family_sibling(texts)  # "Pleeggezin: ... bij haar halfzus Sanne"
    ctx.facts["birth_parent_names"] = facts.birth_parent_names(texts) - own - fosters
    # other grown-ups written with their age ("Jeroen (zoon van opa en oma, 33)"): "apart met Jeroen" is no talk with
    # the child; not the foster or birth parents, whose absence a talk's sentence often tells ("Ilse was weg, ...")
    ctx.facts["adult_names"] = facts.adult_names(texts, own) - ctx.facts["other_child_names"] - surnames - fosters \
        - ctx.facts["birth_parent_names"]
    ctx.facts["child_surname_initials"] = cases.surname_initials(texts, own)  # "Noor H." in a round of cases
    ctx.facts["child_birth_date"] = named_child_birth_date(ctx)  # a baby's time alone with the worker is no talk
    ctx.facts["placement"] = facts.placement(texts, own)  # (type, start, ...): a network family's "opa" is its carer


def _scientist_terms(ctx: DossierContext, texts: list[str]) -> set[str]:
    """The file's own word for the behavioural scientist, as it writes it ("Loods", "Loodsbericht",
    "LOODSBERICHT"), when its box of terms says so ("Loods – onze gedragswetenschapper")."""
    terms = [t for t, meaning in dossier_glossary(ctx.documents).items() if facts.scientist_role(meaning, head=True)]
    if not terms:
        return set()
    rx = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(t) for t in terms) + r")\w*")
    return {m.group(0) for text in texts for m in rx.finditer(text)}


CANDIDATES = {
    "one_on_one_contacts": ("one_on_one_contact", one_on_one_candidates),
    "safety_checks": ("safety_check", safety_check_candidates),
    "behavioural_scientist_advice": ("behavioural_scientist_advice", advice_candidates),
    **FURTHER_EVENTS,
}
V1_EVENTS = ("one_on_one_contacts", "safety_checks", "behavioural_scientist_advice")


def all_candidates(ctx: DossierContext, models: "SentenceModels") -> dict[str, list[Candidate]]:
    """Every event candidate per output field (for the decision layer and its training)."""
    models = batched(models)  # one classifier call per kind and batch of sentences
    return {name: make(ctx, models) for name, (_, make) in CANDIDATES.items()}


def _events(ctx: DossierContext, name: str, candidates: list[Candidate], model: DecisionModel | None,
            corrections: list[Correction], moved: dict) -> list[Finding]:
    kind = CANDIDATES[name][0]
    kept = decide(kind, candidates, ctx.facts, model, ctx.config.detect.decision_thresholds)
    merged = apply_corrections(kind, merge_by_date([c.finding for c in kept]), corrections, ctx.as_of, moved)
    birth = ctx.facts.get("child_birth_date")  # "Jeugdige: Yara (12-02-2010) GW: ...": the birth date, no event's
    merged = [f for f in merged if birth is None or f.date != birth.isoformat()]
    if name == "safety_checks":
        heard_on_same_day(merged, candidates)
        flag_copies(merged, {id(c.finding): c.region for c in kept}, ctx.config.detect.copied_similarity)
    return merged


def run_detectors(ctx: DossierContext, models: "SentenceModels", decision: DecisionModel | None = None) -> Detections:
    """Run every detector on one dossier; ``decision`` (if any) decides which candidates are events."""
    learn_facts(ctx)
    models = batched(models)
    ptype, start, _ = ctx.facts["placement"]
    corrections, moved = find_corrections(ctx), {}  # "Correctie: het gesprek was niet op 14-4 maar op 15-4"
    # a visit last: a correction that moves a check or a talk moves the visit it was on (``apply_corrections``)
    ordered = sorted(all_candidates(ctx, models).items(), key=lambda item: item[0] == "home_visits")
    found = {name: _events(ctx, name, cands, decision, corrections, moved) for name, cands in ordered}
    further = detect_facts(ctx)
    further.events = {name: found.pop(name) for name in FURTHER_EVENTS}
    if start is not None:  # a screening visit before the placement is no home visit of this placement
        first = start.iso()
        further.events["home_visits"] = [f for f in further.events["home_visits"] if f.date[: len(first)] >= first[: len(f.date)]]
    return Detections(placement=Placement(ptype, start), matching_rationale=detect_matching(ctx, models),
                      further=further, **found)
