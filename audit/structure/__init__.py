"""Structure stage: sections, document type, dated entries and the dates a file gives itself."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator

from audit.resources import resource_cache, resource_json
from audit.types import DateMention, Document, DocumentStructure
from audit.structure.dates import find_dates
from audit.structure.entries import entries_of
from audit.structure.lookup import IndexedStructure
from audit.structure.period import periods_of
from audit.structure.sections import document_type, foster_parent_authored, lexicon, sections_of

DATE_WINDOW = 40  # characters after a label searched for its date


@dataclass(frozen=True)
class _DateLabel:
    """A label that introduces a date, and how close after it the date must start."""

    label: re.Pattern[str]  # the label and whatever may stand between it and the date
    max_start: int  # the date may start this many characters after the label's match
    day_only: bool  # only a full date counts, not "maart 2024"


@resource_cache
def _document_date_label() -> _DateLabel:
    """Labels of ``date_labels`` ("Datum afname: 08-10-2024", "opgesteld 02-09-2024 door ...")."""
    labels = "|".join(re.escape(label) for label in lexicon().date_labels)
    # "(?!\w)", not "\b": a label that ends in a full stop ("Consultatie d.d. 15-04-2025") has no word boundary after it;
    # the label may name its event at some length ("Datum huisbezoek herscreening: 19-11-2024")
    # but not a next one ("Datum volgende zorgteambespreking: 10-06-2025"), nor one planned
    return _DateLabel(re.compile(rf"(?i)(?<!\w)(?:{labels})(?!\w)(?![^\n\d]{{0,32}}?(?:volgend|gepland|planning))"
                                 rf"[^\n\d]{{0,32}}"), max_start=0, day_only=True)


@resource_cache
def _plan_date_label() -> _DateLabel:
    """Labels of ``plan_date_labels`` ("Datum: 12-03-2024", "Datum evaluatie | 1 september 2024")."""
    labels = "|".join(re.escape(label) for label in lexicon().plan_date_labels)
    return _DateLabel(re.compile(rf"(?i)(?<![\wÀ-ÿ])(?:{labels})\s*[:|]?\s*"), max_start=2, day_only=False)


def _labelled_dates(text: str, kind: _DateLabel) -> Iterator[DateMention]:
    """Each date that follows a label of ``kind`` in ``text``, offsets into ``text``."""
    for m in kind.label.finditer(text):
        found = find_dates(text[m.end() : m.end() + DATE_WINDOW])
        if found and found[0].start <= kind.max_start and (found[0].precision == "day" or not kind.day_only):
            first = found[0]
            s = m.end() + first.start
            yield DateMention(first.date, first.precision, s, s + len(first.text), first.text)


def labelled_date(doc: Document, max_chars: int = 2500) -> DateMention | None:
    """The date a form or plan gives itself ("Datum afname: 08-10-2024", "opgesteld 02-09-2024").

    Looks in the first part of the file only: that is where forms and plans put it. A date of writing or
    approval ("vastgesteld op ...") gives way to a later label of the form's own event ("Datum check"); of a
    file that keeps its versions, the latest adopted version's (``in_force_start``).
    """
    start = in_force_start(doc.text)
    found = [DateMention(m.date, m.precision, start + m.start, start + m.end, m.text)
             for m in _labelled_dates(doc.text[start : start + max_chars], _document_date_label())]
    if not found:
        return None
    # "Status: vastgesteld op 17-02-2026" over "Datum check | 10-02-2026": the form's own day is the check's (not
    # "Datum plaatsing: 01-03-2022" or "Datum volgende check: ...", which never date the form)
    approval, event = _label_before("date_label_approval"), _label_before("date_label_event")
    if approval.search(doc.text, max(0, found[0].start - APPROVAL_REACH), found[0].start):
        return next((m for m in found[1:] if event.search(doc.text, max(0, m.start - APPROVAL_REACH), m.start)),
                    found[0])
    return found[0]


@resource_cache
def _versions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = resource_json("goal_structure.json")
    return re.compile(data["version_heading"]), re.compile(data["concept_version"])


MIN_VERSION_LINES = 3  # lines from one version's heading to the next when the file holds the versions themselves


def in_force_start(text: str) -> int:
    """Where the latest version that is no concept begins, in a file that keeps its versions ("Status: concept |
    Versie 0.1" over "Status: vastgesteld op 20-10-2025 | Versie 1.0", ``goal_structure.json`` version_heading):
    that version's own fields date the file, not the concept's. 0 for a file of one version or only concepts."""
    heading, concept = _versions()
    matches = list(heading.finditer(text))
    if len({version_number(m.group(1)) for m in matches}) < 2:
        return 0
    if any(text.count("\n", a.start(), b.start()) < MIN_VERSION_LINES for a, b in zip(matches, matches[1:])):
        return 0  # "Versie 1 (aangemaakt ...) - concept" over "Versie 2 (gewijzigd ...)": a version history, no parts
    live = [(version_number(m.group(1)), m.start()) for m in matches if not concept.search(m.group(0))]
    return max(live)[1] if live else 0


def version_number(text: str) -> tuple[int, ...]:
    """ "3" -> (3,), "0.2" -> (0, 2): a version's number, in order."""
    return tuple(int(part) for part in re.split(r"[.,]", text))


APPROVAL_REACH = 40  # characters before a date where its approval label stands ("vastgesteld op ", "opgesteld door X op ")


@resource_cache
def _label_before(key: str) -> re.Pattern[str]:
    """A date label of ``sections.json`` ``key`` right before a date: an approval ("vastgesteld op 17-02-2026") or
    the form's own event ("Datum check | ")."""
    return re.compile(resource_json("sections.json")[key])


TITLE_CHARS = 300
_BIRTH_BEFORE = re.compile(r"(?i)\b(?:geb(?:oren)?|geboortedatum|dob)\b\.?\s*:?\s*$|\*\s*$")


def title_date(doc: Document) -> DateMention | None:
    """The one day-date of a file's title line ("Vergadernotities – Teams – 22 januari 2025 – Deelnemers:
    ..."): the date of the meeting or report the file holds, when no label gives one. Not a birth date."""
    stripped = doc.text.lstrip()
    start = len(doc.text) - len(stripped)
    line = stripped.split("\n", 1)[0][:TITLE_CHARS]
    days = [m for m in find_dates(line) if m.precision == "day"]
    if len({m.date for m in days}) != 1 or _BIRTH_BEFORE.search(line[: days[0].start]):
        return None
    m = days[0]
    return DateMention(m.date, m.precision, start + m.start, start + m.end, m.text)


def plan_date(text: str) -> DateMention | None:
    """The date of a plan's date field in one line or block of text, offsets into ``text``.

    "Datum: 12-03-2024", "Datum evaluatie | 1 september 2024", "vastgesteld op 3 mei 2024":
    the date must start right after the label (and a ':' or '|'); any precision counts.
    """
    return next(_labelled_dates(text, _plan_date_label()), None)


def structure_document(doc: Document, undated_until: dt.date | None = None) -> DocumentStructure:
    """``undated_until``: the day a journal that names no year at all is read as running up to."""
    sections = sections_of(doc)
    entries = entries_of(doc, undated_until)
    doc_type = document_type(doc, sections)
    if doc_type == "other" and len(entries) >= 3:
        doc_type = "journal"
    doc_date = labelled_date(doc) or (title_date(doc) if not entries else None)  # a journal's first line is its first entry
    return IndexedStructure(doc, doc_type, doc_date=doc_date, sections=sections, entries=entries,
                            periods=periods_of(doc.text), foster_parent_log=foster_parent_authored(doc, sections))
