"""A provider's own words for events get the triggers of what the file says they mean.

"Dijkschouw – de jaarlijkse veiligheidscheck in het pleeggezin" in a box of terms (``audit.structure.glossary``)
makes "12-11-2024 · DIJKSCHOUW · TK" and "Jaarlijkse dijkschouw bij de Dijkstra's thuis" a safety check: the
meaning is run through the same pipeline and every trigger it has is put on each use of the term in the
dossier (its compounds too: "Loodsbericht" after "Loods"), where the detectors judge it with the sentence's
own date and words, as a code's meaning is put on its journal line (``coded_lines``). The box's own lines
name kinds of events, not events (``in_glossary``: a legend-line veto).

Runs after the coded lines, before any detector (``audit.pipeline.analyse``). Dossier-specific, hence
hand-written; what a box looks like is data (``glossary_nl.json``).
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from audit.nlp.coded_lines import place_spans
from audit.nlp.components.triggers import SPANS_KEY
from audit.resources import resource_json
from audit.structure.glossary import Term, glossary, in_glossary, ordinary
from audit.types import AnalysedDocument

_BRACKETS = re.compile(r"[()\[\]]")
HEAD_WORDS = int(resource_json("glossary_nl.json")["head_words"])


def dossier_glossary(analysed: list[AnalysedDocument]) -> dict[str, str]:
    """term (lower case) -> meaning, over every file's boxes (the first definition wins), each meaning with the
    other terms in it spelled out ("de stuurman spreekt het kind alleen" -> "... de pleegzorgbegeleider ...")."""
    terms: dict[str, str] = {}
    for a in analysed:
        for t in _terms_of(a):
            if not ordinary(t.term):  # "Gedragswetenschapper – ...": explained, not renamed
                terms.setdefault(t.term.lower(), t.meaning)
    if not terms:
        return {}
    words = re.compile(r"(?i)\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    return {t: words.sub(lambda m: terms.get(m.group(1).lower(), m.group(1)) if m.group(1).lower() != t else m.group(1), meaning)
            for t, meaning in terms.items()}


def _terms_of(adoc: AnalysedDocument) -> list[Term]:
    if "_glossary" not in adoc.__dict__:
        adoc.__dict__["_glossary"] = glossary(adoc.document.text)
    return adoc.__dict__["_glossary"]


def glossary_line(adoc: AnalysedDocument, offset: int) -> bool:
    """``offset`` lies on a line of the file's box of terms."""
    return in_glossary(_terms_of(adoc), offset)


def add_glossary_triggers(analysed: list[AnalysedDocument], nlp: Language,
                          on_stage: Callable[[str, str], None] = lambda stage, name: None) -> None:
    """Put on every use of a term the dossier defines the triggers of its meaning."""
    terms = dossier_glossary(analysed)
    if not terms:
        return
    meanings = {t: nlp(" ".join(_BRACKETS.sub(" ", m).split())) for t, m in terms.items()}
    # a word the pipeline reads already ("Huisbezoek") keeps its own reading
    meanings = {t: m for t, m in meanings.items() if not nlp(t).spans.get(SPANS_KEY)}
    if not meanings:
        return
    # a term or a compound that starts with one ("Loodsbericht" after "Loods"); the longest term first
    use = re.compile(r"(?i)(?<![\w-])(" + "|".join(re.escape(t) for t in sorted(meanings, key=len, reverse=True)) + r")\w*")
    for a in analysed:
        on_stage("analyse", a.document.name)
        _add_to_document(a, use, meanings, nlp)


def _add_to_document(adoc: AnalysedDocument, use: re.Pattern[str], meanings: dict[str, Doc], nlp: Language) -> None:
    text, doc = adoc.document.text, adoc.doc
    existing = {(s.start_char, s.end_char, s.label_) for s in doc.spans.get(SPANS_KEY, [])}
    added: list[tuple[Span, frozenset[str]]] = []
    for m in use.finditer(text):
        if glossary_line(adoc, m.start()):
            continue  # the box's own line names a kind of event
        meaning = meanings[m.group(1).lower()]
        labels: set[str] = set()
        for trigger in meaning.spans.get(SPANS_KEY, []):
            if trigger.label_ in labels or trigger.start >= HEAD_WORDS:
                continue  # one span a kind on the term; only what the definition names first
            labels.add(trigger.label_)
            span = doc.char_span(m.start(), m.end(), label=trigger.label_, alignment_mode="expand")
            if span is None or (span.start_char, span.end_char, span.label_) in existing:
                continue
            span._.cue, span._.structural, span._.own_term = trigger._.cue, True, True
            existing.add((span.start_char, span.end_char, span.label_))
            # the sentence judges it; a definition's own words ("jaarlijks", "bij de start") qualify no event
            added.append((span, frozenset()))
    if added:
        place_spans(adoc, nlp, added, [])
