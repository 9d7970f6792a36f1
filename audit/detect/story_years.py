"""The running year of a narrative report: "Op 15 januari 2024 ben ik bij het gezin geweest. ... Op 16 mei
... Op 19 november ... Op 8 januari 2025 ... Vandaag, 4 februari ..." names its year once and then tells
on in time order, so a year-less day is read from the last day told before it (up to 120 days back, else in
the next year when that stays near the years the file writes, never before the placement the story opens with),
not as the day nearest the report's latest written date.

Hand-written because it is a narrative's own habit. It applies only to a file with no dated entries and
no date of its own (a journal's entries and a report's date give their own context, ``dating``); a day
before any written year keeps the old reading. Worked out once per file, kept on the analysed document.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from audit.detect.told_later import told_day_at
from audit.structure.dates import find_dates, with_year
from audit.types import AnalysedDocument, DateMention

STORY_START_REACH_DAYS = 400  # a story's start is followed by a year it writes within this many days
ROLL_REACH_DAYS = 92  # a day read in the next year stays within a quarter of the latest year the file writes
STEP_BACK_DAYS = 120  # how far before the last day told a year-less day may still fall ("ons gesprek van 30 september", told after 19 november)
_SINCE = re.compile(r"(?i)\b(?:sinds|vanaf|per)\s*$")
EXPLICIT_YEAR = re.compile(r"\d{4}|'\d{2}|\d[-/.]\d{1,2}[-/.]\d{2}\b")  # a date that writes its year


@dataclass(frozen=True)
class Story:
    """A narrative file's dates read in its running year."""

    days: dict[int, dt.date]  # offset of a date in the file -> its day (or month's first day)
    told: tuple[tuple[int, dt.date], ...]  # (offset, day) of the days the story tells, in text order
    until: dt.date | None = None  # the audit's reference date: the story tells nothing after it
    latest: dt.date | None = None  # the latest date with a year the file writes

    def last_told(self, offset: int) -> dt.date | None:
        """The last day the story told before ``offset``."""
        i = bisect_left(self.told, (offset,)) - 1
        return self.told[i][1] if i >= 0 else None


def story_years(adoc: AnalysedDocument) -> Story | None:
    """The running year of a narrative file; None for a file with dated entries or a date of its own, or
    one that never writes a year."""
    if "_story_years" not in adoc.__dict__:
        adoc.__dict__["_story_years"] = _read(adoc)
    return adoc.__dict__["_story_years"]


def running_day(month_or_day: dt.date, last: dt.date, until: dt.date | None = None,
                latest: dt.date | None = None, first: dt.date | None = None) -> dt.date:
    """``month_or_day`` in ``last``'s year; in the next year when that puts it more than a step before ``last``
    and the next year's day stays near the latest year the file writes (``latest``; "Op 16 december 2024 ...
    Op 20 januari"), never after ``until`` (the audit's reference date). Otherwise the story looks back ("Op 3
    december 2024 ... Op 12 juni heb ik ...", "net als in ons gesprek van 30 september")."""
    day = with_year(month_or_day, last.year)
    if day < last - dt.timedelta(days=STEP_BACK_DAYS):
        ahead = with_year(month_or_day, last.year + 1)
        near = max(last, latest or last) + dt.timedelta(days=ROLL_REACH_DAYS)
        # and never before the story's first day ("Roos is op 4 september 2023 geplaatst. ... Op 12 juni ...")
        if (ahead <= near or (first is not None and day < first)) and (until is None or ahead <= until):
            day = ahead
    return with_year(day, day.year - 1) if until is not None and day > until else day


def _read(adoc: AnalysedDocument) -> Story | None:
    structure = adoc.structure
    if structure.entries or structure.doc_date is not None:
        return None
    text = adoc.document.text
    written = [m.date for m in find_dates(text) if EXPLICIT_YEAR.search(m.text)]
    if not written:
        return None
    # as ``dating`` reads the file (so a weekday fixes a year alike)
    mentions = [m for m in find_dates(text, context_date=max(written)) if m.precision in ("day", "month")]
    if any(_WRITTEN_ON.search(text, max(0, m.start - 80), m.start) for m in mentions):
        return None  # "Geschreven door ... op 18 november 2024": a report looking back from its own date
    told_written = [(m.start, m.date) for m in mentions
                    if (EXPLICIT_YEAR.search(m.text) or m.weekday_year) and _tells_on(text, m.start)]
    days: dict[int, dt.date] = {}
    told: list[tuple[int, dt.date]] = []
    last: dt.date | None = None
    placed: dt.date | None = None  # the placement's day when the story opens with it, read once its first day is told
    for m in mentions:
        is_told = _tells_on(text, m.start)
        if EXPLICIT_YEAR.search(m.text) or m.weekday_year:
            if is_told or _story_starts(text, m, told_written):
                last = m.date
                told.append((m.start, m.date))
                placed = _placed_on(text, told) if len(told) == 1 else placed
            continue
        if last is None:
            continue
        days[m.start] = day = running_day(m.date, last, adoc.as_of, max(written), placed)
        if is_told:
            last = day
            told.append((m.start, day))
    return Story(days, tuple(told), adoc.as_of, max(written)) if told else None


def _tells_on(text: str, start: int) -> bool:
    """The story goes on to the date ("Op 9 april 2024 ben ik ...", "is op maandag 26 mei 2025 geplaatst"),
    unless it names an earlier thing by its date ("de laatste afgeronde check van mei 2024", "het verslag uit
    2023"), or is no story's day at all (a birth date, a deadline, a plan: ``told_day_at``)."""
    return _REFERENCE.search(text, max(0, start - 6), start) is None and told_day_at(text, start)


_WRITTEN_ON = re.compile(r"(?i)\b(?:geschreven|opgesteld|ondertekend|verzonden|gedateerd|vastgesteld)\b[^.\n]{0,60}\bop\s+$")
_REFERENCE = re.compile(r"(?i)\b(?:van|uit)\s+$")


def _placed_on(text: str, told: list[tuple[int, dt.date]]) -> dt.date | None:
    """The story's first day (``told[0]``) when it is the placement's ("Roos is op 4 september 2023 geplaatst", "woont sinds
    12 juni 2023 bij ..."): nothing the story tells is before it. A report that tells back in time from its first
    day ("Op 3 december 2024 ... Op 12 juni ...") has none."""
    if not told:
        return None
    at, day = told[0]
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, at) for c in ".!?\n") if i >= 0]
    return day if _PLACED.search(text, start, min(ends) if ends else len(text)) else None


_PLACED = re.compile(r"(?i)\b(?:geplaatst|plaatsing|sinds|woont|komen\s+wonen|gekomen)\b")


def _story_starts(text: str, m: DateMention, told_written: list[tuple[int, dt.date]]) -> bool:
    """"woont sinds 12 juni 2023 bij opa en oma. ... Op 26 september ... Op 9 april 2024": where the story
    starts sets its year, when the next year the story writes follows within a year (not "woont sinds september
    2022" in a report over 2024, whose days run on from there without a year)."""
    if not _SINCE.search(text, max(0, m.start - 8), m.start):
        return False
    after = next((d for at, d in told_written if at > m.start), None)
    return after is not None and m.date <= after <= m.date + dt.timedelta(days=STORY_START_REACH_DAYS)
