"""The days of a month grid get the triggers of their row's activity.

In a year overview kept as a grid ("Gesprek pleegkind alleen | — | 8 | 14 | ...",
``audit.structure.month_grid``) the words that name the event are in the row's first cell and the day stands
alone in its month's column. The row's label is run through the same pipeline, and each trigger it has is put
on every day of the row, where the detectors judge it with the day's own date (``audit.detect.dating``
reads it from the grid) and words: a crossed-out day, or one with a remark that calls it off ("25 (afgezegd)")
or plans it ("gepl. 14"), is qualified so; a day marked for a note under the table ("12*") takes that note's
qualifiers too ("* geen zorgteam: alleen intern MDO"). The labels and the header name kinds of activity, not
events: their own triggers are dropped.

Runs with the coded lines, before any detector (``audit.pipeline.analyse``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from audit.nlp.coded_lines import place_spans
from audit.nlp.components.triggers import SPANS_KEY
from audit.resources import resource_cache, resource_json
from audit.structure.month_grid import GridDay, grid_days_of, grid_labels_of
from audit.types import AnalysedDocument

# what a note under the table may say of the day's event
_FROM_THE_NOTE = frozenset({"NEGATED", "FOSTER_PARENT_PRESENT", "CANCELLED", "PLANNED", "HYPOTHETICAL", "OTHER_CHILD"})


@dataclass(frozen=True)
class _Words:
    cancelled: re.Pattern[str]  # a remark or note that calls the day's event off ("25 (afgezegd)")
    planned: re.Pattern[str]  # ... that says it is to come ("gepl. 14")
    not_held: re.Pattern[str]  # ... that says it was no new event ("14 (concept)", "kopie formulier 2024")
    present: re.Pattern[str]  # a note that says someone sat in ("Ingrid was bij het gesprek aanwezig")
    no_day_kinds: frozenset[str]  # kinds no day can show (the scientist's advice is its content)


@resource_cache
def _words() -> _Words:
    grid = resource_json("dates_nl.json")["month_grid"]
    return _Words(re.compile(grid["cancelled"]), re.compile(grid["planned"]), re.compile(grid["not_held"]),
                  re.compile(grid["present"]), frozenset(grid["no_day_kinds"]))


def _day_qualifiers(day: GridDay) -> set[str]:
    """What the day's own remark, its crossing out and its note say of its event."""
    words = _words()
    said = f"{day.remark} {day.note}"
    out = set()
    if day.struck or words.cancelled.search(said) or words.not_held.search(said):
        out.add("CANCELLED")
    if words.planned.search(day.remark):
        out.add("PLANNED")
    if words.present.search(day.note):
        out.add("FOSTER_PARENT_PRESENT")
    return out


def add_grid_triggers(analysed: list[AnalysedDocument], nlp: Language,
                      on_stage: Callable[[str, str], None] = lambda stage, name: None) -> None:
    """Put on every day of a month grid the triggers of its row's label."""
    meanings: dict[str, Doc] = {}
    for adoc in analysed:
        days = grid_days_of(adoc)
        if not days:
            continue
        on_stage("analyse", adoc.document.name)
        _drop_label_triggers(adoc)
        added = [item for day in days for item in _day_spans(adoc, day, meanings, nlp)]
        if added:
            place_spans(adoc, nlp, added, [])


def _drop_label_triggers(adoc: AnalysedDocument) -> None:
    """No event in the grid's header and row labels ("Huisbezoek |" names the row, not a visit)."""
    labels = grid_labels_of(adoc)
    doc = adoc.doc
    doc.spans[SPANS_KEY] = [s for s in doc.spans.get(SPANS_KEY, [])
                            if not any(a <= s.start_char and s.end_char <= b for a, b in labels)]


def _meaning(text: str, meanings: dict[str, Doc], nlp: Language) -> Doc:
    if text not in meanings:
        meanings[text] = nlp(text)
    return meanings[text]


def _day_spans(adoc: AnalysedDocument, day: GridDay, meanings: dict[str, Doc],
               nlp: Language) -> list[tuple[Span, frozenset[str]]]:
    text, doc = adoc.document.text, adoc.doc
    label = " ".join(text[day.label[0] : day.label[1]].split())
    extra = _day_qualifiers(day)
    note = _meaning(f"{label}: {day.note}", meanings, nlp) if day.note else None
    out: list[tuple[Span, frozenset[str]]] = []
    labels: set[str] = set()
    for trigger in _meaning(label, meanings, nlp).spans.get(SPANS_KEY, []):
        if trigger.label_ in labels or trigger.label_ in _words().no_day_kinds:
            continue  # one span a kind on the day
        labels.add(trigger.label_)
        quals = set(trigger._.qualifiers or ()) | extra
        if note is not None:
            quals |= {q for s in note.spans.get(SPANS_KEY, []) if s.label_ == trigger.label_
                      for q in (s._.qualifiers or ()) if q in _FROM_THE_NOTE}
        span = doc.char_span(day.start, day.end, label=trigger.label_, alignment_mode="expand")
        if span is not None:
            span._.cue, span._.structural = trigger._.cue, True
            out.append((span, frozenset(quals)))
    return out
