"""Evaluations of the care-plan goals: progress judged per goal, goals kept, adjusted or closed.

"Doel 2 niet behaald" is an evaluation, so negation is judged here ("doelen zijn niet
geëvalueerd", "geen evaluatie"), not by the context component; plans ("evaluatie
gepland", "wordt in het volgende overleg besproken") and evaluations of a training
are not.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from audit.detect.base import structural_span
from audit.detect.candidates import Candidate
from audit.detect.dating import Dated
from audit.detect.further.events import event_candidates
from audit.structure.dates import find_dates
from audit.detect.further.lexicon import hit, lexicon, rx
from audit.resources import resource_cache
from audit.structure.entries import plan_named_before
from audit.types import AnalysedDocument, DateMention, DossierContext

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "goal_evaluation"


def _vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> dict[str, bool]:
    vetoes = {"veto=negated": hit("goal_eval_negated", text), "veto=planned": hit("goal_eval_planned", text),
              "veto=training": hit("goal_eval_not", text)}
    vetoes["veto=blank_verdicts"] = _blank_verdicts(adoc, span)
    if _labelled_result(text) is not None:
        vetoes["veto=future"] = False  # "Evaluatie 10-09-2024: doel 1 loopt" added to a plan of 2023: a result told
    if span._.cue == RESULT_CUE:  # a result field is neither a record's type cell nor a heading ("Resultaat: Loopt.")
        vetoes.update({"veto=header_cancelled": False, "veto=heading": False})
        # a plan's or evaluation report's line that names a goal and judges it ("Doel voetbal: behaald.") is the
        # evaluation the document records, where a plan's other sentences need a date of their own (a plan's
        # result column is not: "AVI E4 gehaald" there may be the plan's starting point)
        if _in_verdict_line(adoc, span.sent):
            vetoes["veto=plan_undated"] = False
    return vetoes


_BOXED_GOAL = re.compile(r"(?im)^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:doel|werkdoel|subdoel)\b[^:\n]{0,80}:[ \t]*[☐□☑☒■][^\n]*")
_TICK = re.compile(r"[☑☒■]")


def _blank_verdicts(adoc: AnalysedDocument, span: Span) -> bool:
    """An evaluation record whose goals' verdict boxes are all left empty ("Doel 1 (school): ☐ Behaald ☐ Deels
    behaald ☐ Niet behaald"): a form made for an evaluation, not one held (the record's other lines are fields)."""
    entry = adoc.structure.entry_at(span.start_char)
    if entry is None:
        return False
    lines = _BOXED_GOAL.findall(adoc.document.text, entry.start, entry.end)
    return bool(lines) and not any(_TICK.search(line) for line in lines)


_EVALUATION_LABEL = re.compile(r"(?i)(?:^\W*|\b(?:bij|tijdens|in)\s+de\s+)evaluatie\w*\s*:?\s*(?:op\s+|van\s+)?")


def _evaluation_date(adoc: AnalysedDocument, sent: Span, text: str, dated: Dated) -> Dated:
    """"Evaluatie 8-7-2025: doel 1 is behaald", "Bij de evaluatie op 12-09-2024 zijn de doelen besproken: ... is
    behaald": the evaluation's date when results follow (elsewhere "evaluatie <date>" names a planned one, so
    the date finder leaves it out)."""
    verdict = _in_verdict_line(adoc, sent)
    labelled = _labelled_result(text)
    if labelled is not None:  # "Evaluatie 17-06-2025 met ...: doel 2 behaald, diploma op 14-06-2025": the 17th
        return labelled
    if verdict:  # "Evaluatie op 17 maart 2026 bij tante thuis." over "Doel 1: behaald.": that meeting's day
        held = _evaluation_line_date(adoc, sent.start_char)
        if held is not None:
            return Dated(held, "entry")
    if dated.source == "sentence" and verdict:
        # "Zwemdiploma C: behaald in oktober 2023" under "Evaluatie doelen": October is when the goal was
        # reached; the evaluation is the report's, on its date
        structure = adoc.structure
        entry = structure.entry_at(sent.start_char)
        if entry is not None:
            return Dated(entry.date, "entry")
        if structure.doc_date is not None:
            return Dated(structure.doc_date, "document")
        return dated
    return dated


def _labelled_result(text: str) -> Dated | None:
    """"Evaluatie 8-7-2025: doel 1 behaald", "Bij de evaluatie op 12-09-2024 ... doel 2 loopt": the day after the
    evaluation's label, when results follow (elsewhere "evaluatie <date>" names a planned one, so the date finder
    leaves it out; ``goal_verdict_by_number``)."""
    if not (hit("goal_eval_result", text) or hit("goal_verdict_by_number", text)):
        return None
    for label in _EVALUATION_LABEL.finditer(text):
        found = find_dates(text[label.end() : label.end() + 24])
        if found and found[0].start == 0:
            m, shift = found[0], label.end()  # offsets within the sentence, as every Dated has them
            return Dated(DateMention(m.date, m.precision, m.start + shift, m.end + shift, m.text), "sentence")
    return None


def _evaluation_line_date(adoc: AnalysedDocument, start: int) -> DateMention | None:
    """The day of the nearest line above ``start`` (within VERDICT_AFTER and its journal entry) that tells an
    evaluation held ("Evaluatie op 17 maart 2026 bij tante Linda thuis.", "Datum evaluatie: 26-08-2025"), in
    document offsets; not a period, a moment planned or agreed ("Evaluatieperiode: ...", "Evaluatie afgesproken
    op ...": ``goal_evaluation_held_line``)."""
    text = adoc.document.text
    entry = adoc.structure.entry_at(start)
    lowest = max(0, start - VERDICT_AFTER, entry.start if entry is not None else 0)
    for m in reversed(list(rx("goal_evaluation_held_line").finditer(text, lowest, start))):
        line = m.group(0)  # not the date of the plan it names ("Evaluatie doelen (plan 01-07-2025)")
        days = [d for d in find_dates(line) if d.precision == "day" and not plan_named_before().search(line[: d.start])]
        if days:
            d = days[0]
            return DateMention(d.date, d.precision, m.start() + d.start, m.start() + d.end, d.text)
    return None


def goal_evaluation_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return event_candidates(ctx, models, KIND, "goal_evaluation", _vetoes, header_ok=True, own_negation=True,
                            dating=_evaluation_date, more_spans=result_spans, month_by_trigger=False)


RESULT_CUE = "doelresultaat"
GOAL_BEFORE = 600  # how far before a result line its goal ("Doel 2", "Doelen") may stand


@resource_cache
def _result_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a 'Resultaat: ...' field at a line start or after a sentence, a result column's header)."""
    labels = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon()["goal_result_labels"])
    field = re.compile(rf"(?im)(?:^|(?<=[.!?] ))[ \t]*(?:{labels})[ \t]*:[ \t]*(?P<value>\S[^\n]*)")
    return field, re.compile(rf"(?i)^\W*(?:{labels})\W*$")


def _results(adoc: AnalysedDocument) -> list[tuple[int, int]]:
    """Where goal results are written: 'Resultaat:' fields after a goal, cells of a goal table's result
    column ('Doel | Resultaat | Vervolg'); their values' offsets, empty ones ('Nieuw doel') left out."""
    text = adoc.document.text
    field, column = _result_patterns()
    found = [(m.start("value"), m.end("value")) for m in field.finditer(text)
             if rx("goal_result_goal").search(text[max(0, m.start() - GOAL_BEFORE) : m.start()])]
    found += _verdict_lines(text)
    for block in adoc.document.blocks:
        cells = block.cells or []
        headers = [c.header or "" for c in cells]
        if block.kind == "table_row" and any(rx("goal_result_goal").match(h) for h in headers):
            found += [(c.start, c.end) for c, h in zip(cells, headers) if column.match(h)]
    return [(a, b) for a, b in found if _judges(text[a:b])]


VERDICT_AFTER = 1500  # how far after an evaluation heading ('Evaluatie doelen') its verdict lines may run
_VERDICT_LINE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*)?[^:\n]{2,90}:[ \t]*(?P<value>\S[^\n]*)")


def _in_verdict_line(adoc: AnalysedDocument, sent: Span) -> bool:
    return any(sent.start_char <= a < sent.end_char for a, _ in _verdict_lines(adoc.document.text))


@lru_cache(maxsize=4)  # asked per dated sentence of the same document
def _verdict_lines(text: str) -> list[tuple[int, int]]:
    """'1. Thuis voelen: behaald.' lines under an evaluation heading and 'Doel voetbal: behaald.' lines anywhere:
    their values' offsets (sorted, each once)."""
    out = [(m.start("value"), m.end("value")) for m in rx("goal_verdict_label").finditer(text)
           if rx("goal_verdict_label_value").search(m.group("value"))]
    for heading in rx("goal_verdict_heading").finditer(text):
        end = min(len(text), heading.end() + VERDICT_AFTER)
        for m in _VERDICT_LINE.finditer(text, heading.end(), end):
            if rx("goal_verdict_value").search(m.group("value")):
                out.append((m.start("value"), m.end("value")))
    return sorted(set(out))


RESULT_SENTENCE_WORDS = 3


def _judges(value: str) -> bool:
    """A result that says how the goal went ("Deels; opa vindt het lastig.", "Ja."), not an empty one or the
    measure the plan names ("aanwezigheidsregistratie")."""
    value = value.strip(" |\t")
    if not value or rx("goal_result_empty").search(value):
        return False
    sentence = value.endswith((".", "!")) and len(re.findall(r"[^\W\d_]+", value)) >= RESULT_SENTENCE_WORDS
    return sentence or rx("goal_result_judgment").search(value) is not None


def result_spans(adoc: AnalysedDocument) -> list[Span]:
    """Goal results as trigger spans of this kind (no context qualifies a form's field)."""
    spans = (structural_span(adoc, start, end, KIND, RESULT_CUE) for start, end in _results(adoc))
    return [span for span in spans if span is not None]
