"""What every event detector shares: dating a sentence, building evidence, merging by date.

Dossier-specific by nature, hence hand-written: an event's date is the date in its
own clause when it names one ("heeft Yara op 18-12 alleen gesproken"), else the
journal entry's header date, else the date a form gives itself ("Datum afname").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span

from audit.resources import resource_json
from audit.types import DateMention, Evidence, Finding
from audit.types import AnalysedDocument
from audit.structure.dates import find_dates

TRIGGER_KEY = "dossier_audit_triggers"

# Words before an in-sentence date that make it something other than the event's date.
_NOT_EVENT_DATE = re.compile(
    r"(?i)\b(?:tot|voor|vóór|uiterlijk|volgende|gepland|verzet naar|nieuwe afspraak|afspraak|sinds|geboren|geb\.?|"
    r"vanaf|per|t/m|tot en met|verlengd|machtiging|evaluatie)\s*(?:op|de|het|:)?\s*$"
)


def _relative_words() -> dict[str, int]:
    return resource_json("dates_nl.json").get("relative_days", {})


def _relative_shift(text: str) -> int:
    """Days relative to the entry date a sentence names ("gisteren" -> -1); 0 when none."""
    low = text.lower()
    for word, shift in _relative_words().items():
        if shift and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low):
            return shift
    return 0


@dataclass
class Dated:
    mention: DateMention | None
    source: str  # "sentence" | "entry" | "document" | "none"


def evidence_for(adoc: AnalysedDocument, span: Span) -> Evidence:
    """Evidence for a sentence (or any span): file, page, exact offsets and its text."""
    document = adoc.document
    start, end = span.start_char, span.end_char
    text = document.text[start:end]
    stripped = text.rstrip()
    end -= len(text) - len(stripped)
    lead = len(stripped) - len(stripped.lstrip())
    start += lead
    return Evidence(file=document.name, page=document.page_at(start), start=start, end=end, sentence=document.text[start:end])


def sentence_date(adoc: AnalysedDocument, sent: Span, anchor: int | None = None) -> Dated:
    """The date an event in ``sent`` happened on (see module docstring)."""
    structure = adoc.structure
    entry = structure.entry_at(sent.start_char)
    context = entry.date.date if entry else (structure.doc_date.date if structure.doc_date else None)
    text = sent.text
    mentions = [
        m for m in find_dates(text, context_date=context)
        if m.precision == "day" and not _NOT_EVENT_DATE.search(text[max(0, m.start - 25) : m.start])
    ]
    # A date that is the entry header itself is the entry date, not a sentence date.
    if entry is not None:
        mentions = [m for m in mentions if sent.start_char + m.start != entry.date.start]
    if not mentions and entry is not None and entry.date.precision == "day":
        shift = _relative_shift(text)
        if shift:
            day = entry.date.date + dt.timedelta(days=shift)
            return Dated(DateMention(day, "day", entry.date.start, entry.date.end, entry.date.text), "entry")
    if not mentions:
        # "In maart 2024 heeft de GW geadviseerd ...": the sentence's own month beats the entry date
        months = [m for m in find_dates(text, context_date=context) if m.precision == "month"
                  and not _NOT_EVENT_DATE.search(text[max(0, m.start - 25) : m.start])]
        if months and (entry is None or months[0].date < entry.date.date.replace(day=1)):
            return Dated(months[0], "sentence")
    if mentions:
        if anchor is not None:
            best = min(mentions, key=lambda m: abs(sent.start_char + m.start - anchor))
        else:
            best = mentions[0]
        return Dated(best, "sentence")
    if entry is not None:
        return Dated(entry.date, "entry")
    if structure.doc_date is not None:
        return Dated(structure.doc_date, "document")
    return Dated(None, "none")


def clear_triggers(adoc: AnalysedDocument, label: str) -> list[Span]:
    from audit.nlp.components.context import is_clear

    return [s for s in adoc.doc.spans.get(TRIGGER_KEY, []) if s.label_ == label and is_clear(s)]


def all_triggers(adoc: AnalysedDocument, label: str) -> list[Span]:
    return [s for s in adoc.doc.spans.get(TRIGGER_KEY, []) if s.label_ == label]


def merge_by_date(findings: list[Finding]) -> list[Finding]:
    """One finding per distinct date: evidence of the same event in several files is merged.

    A finding without any date (no entry, no date in the sentence, no form date) is
    dropped: events recorded in a dossier are dated, while undated sentences are
    policy, templates or plans, and an undated event could never count for a norm.
    """
    by_date: dict[str, Finding] = {}
    for f in findings:
        if f.date is None:
            continue
        kept = by_date.get(f.date)
        if kept is None:
            by_date[f.date] = f
            continue
        seen = {(e.file, e.start) for e in kept.evidence}
        kept.evidence.extend(e for e in f.evidence if (e.file, e.start) not in seen)
        if f.confidence > kept.confidence:
            kept.confidence = f.confidence
        for key, value in f.attributes.items():
            if key not in kept.attributes or (kept.attributes[key] in (None, False) and value):
                kept.attributes[key] = value
    return sorted(by_date.values(), key=lambda f: f.date)
