"""One-on-one contacts: the worker spoke with the foster child without foster parents present."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audit.detect.base import all_triggers
from audit.detect.batch import prime
from audit.detect.candidates import Candidate, candidate, shared_vetoes
from audit.detect.dating import Dated, enumerated_dates, sentence_date, span_text
from audit.detect.participants import informal_speaker, names_in
from audit.resources import resource_cache, resource_json
from audit.types import DossierContext

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "one_on_one_contact"


@resource_cache
def _definitional() -> dict[str, re.Pattern[str]]:
    data = resource_json("decision_nl.json")
    return {name: re.compile(data[name]) for name in ("attempt", "form_no", "meeting_without_child", "habit")}


def definitional_vetoes(text: str) -> dict[str, bool]:
    """A talk only tried, a form field answered no, a meeting of professionals without the child, a
    habit told in the present: none is a talk with the child on a day, whatever else the sentence says (hard vetoes, ``decision_nl.json``)."""
    return {f"veto={name}": bool(rx.search(text)) for name, rx in _definitional().items()}


@resource_cache
def _child_subject_cues() -> frozenset[str]:
    """Cues whose trigger names its subject, which must be the child ("belde Noor mij"; ``subject_is_child``)."""
    return frozenset(t["cue"] for t in resource_json("event_triggers.json")["triggers"] if t.get("subject_is_child"))


def one_on_one_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    """Every talk trigger with its signals; ``rule_ok`` is the rules' own decision."""
    out: list[Candidate] = []
    for adoc in ctx.documents:
        seen_sents: set[tuple[int, object]] = set()  # the rules make one finding per sentence and date
        spans = all_triggers(adoc, KIND)
        prime(models, KIND, (span_text(adoc, span.sent) for span in spans))
        for span in spans:
            sent = span.sent
            dated = sentence_date(adoc, sent, anchor=span.start_char)
            vetoes, prob = shared_vetoes(ctx, adoc, span, dated, models)
            vetoes["veto=informal"] = informal_speaker(adoc.document.text[sent.start_char : span.start_char])
            vetoes.update(definitional_vetoes(span_text(adoc, sent)))
            if span._.cue in _child_subject_cues():  # "belde Marieke mij": the foster mother, not the child
                vetoes["veto=not_the_child"] = not names_in(span_text(adoc, span), ctx.facts.get("child_names", set()))
            key = (sent.start, dated.mention.date if dated.mention else None)
            rule_ok = not any(vetoes.values()) and key not in seen_sents
            if rule_ok:
                seen_sents.add(key)
            out.append(candidate("one_on_one", adoc, span, dated, prob, rule_ok, vetoes))
            for other in enumerated_dates(adoc, sent, dated):  # a summary of several talks: one candidate a day
                out.append(candidate("one_on_one", adoc, span, Dated(other, "sentence"), prob, False, vetoes,
                                     ["date=enumerated"]))
    return out
