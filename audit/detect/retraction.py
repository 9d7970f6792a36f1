"""Retractions: a later line of the same entry that takes a finding back.

Files kept by a team correct each other in place: "Correctie PZB (02-09-2024): het gesprek met
Jinthe was niet apart, PM zat erbij", "dit was alleen de voorbespreking van de veiligheidscheck,
het formulier is niet ingevuld". The earlier sentence still reads as a talk alone or a check done;
what it recorded is undone by the correction, and the correction itself is no new event. The
wording of a retraction per event kind is data (``retracted`` in ``decision_nl.json``).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from audit.detect.participants import names_in
from audit.resources import resource_cache, resource_json
from audit.types import AnalysedDocument, DossierContext

REACH = 1500  # characters after the trigger's sentence a retraction is looked for, within its entry


@resource_cache
def _retraction_rules() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(rx) for kind, rx in resource_json("decision_nl.json")["retracted"].items()
            if not kind.startswith("_")}


def retracted(ctx: DossierContext, adoc: AnalysedDocument, span: Span) -> bool:
    """Whether the trigger's sentence, or a later one of its entry (of its paragraph where the file has no
    dated entries), retracts what it says for the trigger's event kind, and does not name another child
    only ("Het gesprek met Sem was niet apart" says nothing of Daan's talk)."""
    rx = _retraction_rules().get(span.label_)
    if rx is None:
        return False
    text = adoc.document.text
    start = span.sent.start_char
    entry = adoc.structure.entry_at(span.start_char)
    if entry is not None:
        end = entry.end
    else:
        end = text.find("\n\n", span.sent.end_char)
        end = len(text) if end < 0 else end
    own = ctx.facts.get("child_names", set())
    others = ctx.facts.get("other_child_names", set()) - own
    for m in rx.finditer(text, start, min(end, span.sent.end_char + REACH)):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        clause = text[line_start : len(text) if line_end < 0 else line_end]
        if not (names_in(clause, others) and not names_in(clause, own)):
            return True
    return False
