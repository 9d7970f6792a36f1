"""Retractions: a later line of the same entry that takes a finding back.

Files kept by a team correct each other in place: "Correctie PZB (02-09-2024): het gesprek met
Jinthe was niet apart, PM zat erbij", "dit was alleen de voorbespreking van de veiligheidscheck,
het formulier is niet ingevuld". The earlier sentence still reads as a talk alone or a check done;
what it recorded is undone by the correction, and a correction that names the event itself is no
new event. The wording per event kind and the correction markers are data (``retracted`` in
``decision_nl.json``).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span

from audit.detect.participants import names_in
from audit.resources import resource_cache, resource_json
from audit.structure.dates import find_dates
from audit.types import AnalysedDocument, DossierContext

REACH = 1500  # characters after the trigger's sentence a retraction is looked for, within its entry


@resource_cache
def _retraction_rules() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(rx) for kind, rx in resource_json("decision_nl.json")["retracted"].items()}


def retracted(ctx: DossierContext, adoc: AnalysedDocument, span: Span) -> bool:
    """Whether a later line of the trigger's entry (of its paragraph where the file has no dated entries)
    retracts what the trigger's sentence says for its event kind, or the sentence is itself a marked
    correction that does ("Correctie PZB (05-12-2024): dit was alleen de voorbespreking van de
    veiligheidscheck"). A line about another day ("Op 11 maart 2025 was het gesprek niet apart") or one
    that names another child only ("Het gesprek met Sem was niet apart") says nothing of this talk."""
    rules = _retraction_rules()
    rx = rules.get(span.label_)
    if rx is None:
        return False
    text = adoc.document.text
    sent = span.sent
    if rules["_marker"].match(_sentence(adoc, sent.start_char)) and rx.search(text, sent.start_char, sent.end_char):
        return True
    entry = adoc.structure.entry_at(span.start_char)
    if entry is not None:
        end = entry.end
    else:
        end = text.find("\n\n", sent.end_char)
        end = len(text) if end < 0 else end
    own = ctx.facts.get("child_names", set())
    others = ctx.facts.get("other_child_names", set()) - own
    for m in rx.finditer(text, sent.end_char, min(end, sent.end_char + REACH)):
        said = _sentence(adoc, m.start())
        if names_in(said, others) and not names_in(said, own):
            continue  # about another child
        if not rules["_marker"].match(said) and any(d.precision == "day" for d in find_dates(said)):
            continue  # about a talk on another day
        return True
    return False


def _sentence(adoc: AnalysedDocument, offset: int) -> str:
    """The text of the sentence holding ``offset``."""
    i = bisect_right(adoc.sentence_starts, offset) - 1
    return adoc.document.text[adoc.sentences[i].start_char : adoc.sentences[i].end_char] if i >= 0 else ""
