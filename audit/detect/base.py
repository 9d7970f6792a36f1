"""What every event detector shares: trigger spans, evidence, the event finding, merging by date.

Each detector works the same way: trigger spans (``nlp/components/triggers.py``)
that the context component (``nlp/components/context.py``) leaves clear, filtered
by dossier knowledge (other children by name, plans, header cells), optionally
scored by a sentence classifier, then dated (``dating.py``) and merged by date.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from audit.detect.dating import Dated, span_text
from audit.nlp.components.context import is_clear
from audit.nlp.components.triggers import SPANS_KEY
from audit.structure.sections import document_role
from audit.resources import resource_cache, resource_json
from audit.types import AnalysedDocument, Evidence, Finding

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

# Documents whose text is mostly plans and agreements: an event there counts only
# when the sentence itself dates it ("Laatste check 20-06-2024, Sanne apart bevraagd").
PLAN_TYPES = {"care_plan", "matching_report"}
EVENT_CONFIDENCE = 0.85
HEADER_CELL_MAX_WORDS = 6
ANY_WORD = re.compile(r"[^\W\d_][\w'-]*")
CELL_SEPARATOR = re.compile(r"[|\t]|\s{3,}")  # "12-03-2024 | Veiligheidscheck | PZB J. de Wit"


def evidence_for(adoc: AnalysedDocument, span: Span) -> Evidence:
    """Evidence for a sentence (or any span): file, page, exact offsets and its text."""
    return evidence_at(adoc, span.start_char, span.end_char)


def evidence_at(adoc: AnalysedDocument, start: int, end: int) -> Evidence:
    """``evidence_for`` of the analysed text between ``start`` and ``end`` (a table row, a line)."""
    document = adoc.document
    text = document.text[start:end]
    stripped = text.rstrip()
    end -= len(text) - len(stripped)
    start += len(stripped) - len(stripped.lstrip())
    start, end = document.shown_span(start, end)  # offsets in the file as written
    return Evidence(file=document.name, page=document.page_at(start), start=start, end=end,
                    sentence=(document.shown or document.text)[start:end])


def written_on(adoc: AnalysedDocument, offset: int) -> dt.date | None:
    """The day the text at ``offset`` was written: its journal entry's day, else the file's own date; None when
    neither is known to the day."""
    entry = adoc.structure.entry_at(offset)
    if entry is not None and entry.date.precision == "day":
        return entry.date.date
    own = adoc.structure.doc_date
    return own.date if own is not None and own.precision == "day" else None


def clear_triggers(adoc: AnalysedDocument, label: str) -> list[Span]:
    return [s for s in all_triggers(adoc, label) if is_clear(s)]


# a foster parent said to be away ("Sanne was beneden"): the time alone, not a talk itself
ABSENT_CUE = "PO afwezig (breed)"


def all_triggers(adoc: AnalysedDocument, label: str) -> list[Span]:
    """The trigger spans of one kind, in document order.

    Grouped by kind once per file: reading ``doc.spans`` makes a new ``Span`` for every trigger
    each time, and the detectors ask for their kinds a dozen times per file. The pipeline has
    set the triggers before any detector runs, and no detector changes them."""
    by_label = adoc.__dict__.get("_triggers_by_label")
    if by_label is None:
        by_label = adoc.__dict__["_triggers_by_label"] = {}
        for span in adoc.doc.spans.get(SPANS_KEY, []):
            by_label.setdefault(span.label_, []).append(span)
    return list(by_label.get(label, ()))


@lru_cache(maxsize=256)
def _phrase_patterns(phrases: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(?<!\\w)phrase(?!\\w)`` with the phrase first, so ``re`` jumps to its occurrences (the
    lookbehind, after it, looks one character further back: to the one before the phrase)."""
    return tuple((p, re.compile(rf"{re.escape(p)}(?<!\w(?s:.){{{len(p)}}})(?!\w)")) for p in phrases)


def has_phrase(text: str, phrases: list[str]) -> str | None:
    """The first of ``phrases`` that occurs in ``text`` as whole words (case-insensitive)."""
    low = text.lower()
    return next((p for p, pattern in _phrase_patterns(tuple(phrases)) if pattern.search(low)), None)


def record_matches(adoc: AnalysedDocument, offset: int, pattern: str) -> bool:
    """The dated record (journal entry) at ``offset`` matches ``pattern`` ("Type: VC", "Soort contact:
    Matching"): asked once per record and pattern, however many of its sentences ask."""
    entry = adoc.structure.entry_at(offset)
    if entry is None:
        return False
    known: dict[tuple[str, int], bool] = adoc.__dict__.setdefault("_record_matches", {})
    key = (pattern, entry.start)
    if key not in known:
        known[key] = re.search(pattern, adoc.document.text[entry.start : entry.end]) is not None
    return known[key]


def structural_span(adoc: AnalysedDocument, start: int, end: int, label: str, cue: str) -> Span | None:
    """A trigger span the detector found by the file's structure (a form's answer or result field), not
    by trigger words: labelled and cued like the pipeline's, with no context qualifier on it."""
    span = adoc.doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None or not len(span):
        return None
    span._.cue, span._.structural = cue, True
    span._.qualifiers, span._.qualifier_evidence = frozenset(), []
    return span


def first_sentence_with(adoc: AnalysedDocument, phrases: list[str]) -> Span | None:
    """The first sentence of ``adoc`` in which one of ``phrases`` occurs as whole words (``has_phrase``).

    The phrases are found in the file's text once and placed in their sentences, rather than
    sought sentence by sentence (each sentence's text made anew was a share of long journals).
    """
    text = adoc.document.text
    low = text.lower()
    sents = adoc.sentences
    if len(low) != len(text):  # lower-casing moved offsets (a rare letter): sentence by sentence
        return next((s for s in sents if has_phrase(s.text, phrases)), None)
    hits = sorted((m.start(), m.end()) for _, rx in _phrase_patterns(tuple(phrases)) for m in rx.finditer(low))
    starts = adoc.sentence_starts
    for start, end in hits:
        i = bisect_right(starts, start) - 1
        if i >= 0 and end <= sents[i].end_char:
            return sents[i]
    return None


def confidence(base: float, prob: float | None) -> float:
    """Rules decide; the classifier (if any) moves confidence within [0.75, 1] x base."""
    conf = base if prob is None else base * (0.75 + 0.25 * prob)
    return round(min(max(conf, 0.0), 1.0), 3)


def classifier_vetoes(models: "SentenceModels", kind: str, text: str) -> tuple[bool, float | None]:
    """The classifier's probability for the sentence, and whether it is below the veto."""
    prob = models.probability(kind, text)
    return (prob is not None and prob < models.veto), prob


def event_finding(kind: str, detector: str, adoc: AnalysedDocument, sent: Span, span: Span, dated: Dated,
                  prob: float | None, **attributes: Any) -> Finding:
    """A dated event finding with the sentence as evidence."""
    date, precision = dated.fields()
    return Finding(
        kind=kind, date=date, date_precision=precision,
        evidence=[evidence_for(adoc, sent)], confidence=confidence(EVENT_CONFIDENCE, prob),
        detector=f"{detector}:triggers+context" + ("+classifier" if prob is not None else ""),
        attributes={"cue": span._.cue, "date_source": dated.source, **attributes},
    )


def dated_ok(adoc: AnalysedDocument, dated: Dated, sent: Span | None = None, kind: str = "") -> bool:
    """In plans an event needs its own date in the sentence, or a dated section on a meeting held
    (``_meeting_entry``); elsewhere any date source will do. A date
    that heads an entry from within the sentence ("Datum: woensdag 13 december 2023, bij het pleeggezin
    thuis.") is the sentence's own."""
    if adoc.structure.doc_type in PLAN_TYPES:
        own = sent is not None and dated.mention is not None and sent.start_char <= dated.mention.start < sent.end_char
        return dated.source == "sentence" or (dated.source == "entry" and (own or _meeting_entry(adoc, sent))) \
            or (dated.source in ("document", "entry") and _meeting_report(adoc, kind))
    return True


MEETING_DATE_CHARS = 600  # the meeting's date field stands near the report's top


def _meeting_report(adoc: AnalysedDocument, kind: str = "") -> bool:
    """A care plan's evaluation that records the meeting it was held in ("Evaluatie zorgplan per domein" with
    "Datum evaluatie: 16-06-2025, zorgteambijeenkomst ..." near its top): its events are on that meeting's day,
    as a journal's are (``structure.sections.document_role``); not a plan. Of a matching report that records its
    matching meeting ("Datum matchingsoverleg: 15-02-2021", not one still planned), only the scientist's advice
    (``kind``): what she advised there, she advised then; its history of earlier talks is no event of that day."""
    doc_type, head = adoc.structure.doc_type, adoc.document.text[:MEETING_DATE_CHARS]
    field = _meeting_date().search(head) if doc_type in PLAN_TYPES else None
    if field is None:
        return False
    if doc_type == "matching_report":
        line = head[field.start() : (head.find("\n", field.end()) + 1 or len(head))]
        return kind == "behavioural_scientist_advice" and _PLANNED_FIELD.search(line) is None
    return document_role(adoc.document)[0] == "report"


_PLANNED_FIELD = re.compile(r"(?i)\b(?:gepland\w*|volgend\w*|planning|voorlopig)\b")


@resource_cache
def _meeting_date() -> re.Pattern[str]:
    return re.compile(resource_json("dates_nl.json")["meeting_date_field"])


def _meeting_entry(adoc: AnalysedDocument, sent: Span | None) -> bool:
    """The sentence is in a plan's dated section on a meeting held ("Evaluatie via Teams – 04-06-2024")."""
    entry = adoc.structure.entry_at(sent.start_char) if sent is not None else None
    return entry is not None and re.search(_plan_meeting_entry(), entry.header) is not None


@resource_cache
def _plan_meeting_entry() -> re.Pattern[str]:
    return re.compile(resource_json("dates_nl.json")["plan_meeting_entry"])


def entry_header(adoc: AnalysedDocument, offset: int) -> str:
    """The header line of the entry ``offset`` stands in ("" outside entries)."""
    entry = adoc.structure.entry_at(offset)
    return entry.header if entry is not None else ""


def in_entry_header(adoc: AnalysedDocument, sent: Span) -> bool:
    """A journal header cell ("12-03-2024 | Veiligheidscheck | PZB") names a type, not what happened.

    Some house styles write the entry on its header line ("18 juli – huisbezoek: Fenna
    apart gesproken ..."): a longer sentence there is content, not a cell.
    """
    entry = adoc.structure.entry_at(sent.start_char)
    if entry is None or sent.start_char >= entry.body_start or entry.body_start >= entry.end:
        return False
    after = adoc.document.text[sent.end_char : entry.body_start]  # the header line's text after the sentence
    if len(ANY_WORD.findall(after)) >= 3 and not CELL_SEPARATOR.search(after):
        return False  # "20-05-2025 hb, check met PO. Femke niet gevraagd.": a note on its header line
    return len(ANY_WORD.findall(span_text(adoc, sent))) <= HEADER_CELL_MAX_WORDS


def merge_by_date(findings: list[Finding]) -> list[Finding]:
    """One finding per distinct date: evidence of the same event in several files is merged.

    A finding without any date (no entry, no date in the sentence, no form date) is
    dropped: events recorded in a dossier are dated, while undated sentences are
    policy, templates or plans, and an undated event could never count for a norm. A finding
    dated to a month only joins a finding on a day of that month: the same event, told vaguely.
    """
    by_date: dict[str, Finding] = {}
    seen: dict[str, set[tuple[str, int]]] = {}  # per date, the evidence kept so far (linear, not rebuilt per merge)
    for f in findings:
        if f.date is None:
            continue
        kept = by_date.get(f.date)
        if kept is None:
            by_date[f.date] = f
            continue
        kept_seen = seen.get(f.date)
        if kept_seen is None:
            kept_seen = seen[f.date] = {(e.file, e.start) for e in kept.evidence}
        new = [e for e in f.evidence if (e.file, e.start) not in kept_seen]
        kept.evidence.extend(new)
        kept_seen.update((e.file, e.start) for e in new)
        kept.confidence = max(kept.confidence, f.confidence)
        for key, value in f.attributes.items():
            if key not in kept.attributes or (kept.attributes[key] in (None, False) and value):
                kept.attributes[key] = value
    # "Laatste veiligheidscheck maart 2024" beside the check of 12-03-2024: the month names that day's event
    for month in [d for d, f in by_date.items() if f.date_precision == "month"]:
        day = next((d for d in sorted(by_date) if d.startswith(month + "-")), None)
        if day is not None:
            vague = by_date.pop(month)
            known = {(e.file, e.start) for e in by_date[day].evidence}
            by_date[day].evidence.extend(e for e in vague.evidence if (e.file, e.start) not in known)
    return sorted(by_date.values(), key=lambda f: f.date)
