"""Spans of a few days that head the lines under them (on-call logs, weekend notes).

An on-call service's log is kept per shift: "--- dienst vr 08-03-2024 17:00 t/m ma 11-03-2024 08:30 ---",
then lines such as "za 23:40 Kevin belt zelf de BD". The shift line names two days; the lines under it
name only a weekday and a time. Written by hand because no date library reads a weekday against a span
given a few lines up; the words are data (``dates_nl.json``: ``day_range``, ``weekdays``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from audit.resources import resource_cache, resource_json
from audit.structure.dates import alternation, find_dates, weekday_names
from audit.types import DateMention

_TIME = r"\d{1,2}[:.]\d{2}(?:\s*u(?:ur)?\.?)?"


@dataclass(frozen=True)
class DayRange:
    """The span a heading names: its first day (the heading's own date) and its last day."""

    first: DateMention
    last: dt.date
    cursor: dt.date | None = None  # the day of the last weekday line read under the span
    bare_weekday: bool = False  # a week's heading: a line opening with a weekday alone ("do Tygo ...") is that day

    def holds(self, date: dt.date) -> bool:
        """Whether ``date`` lies in the span."""
        return self.first.date <= date <= self.last

    def weekday(self, day: int) -> dt.date | None:
        """The first day in the span on weekday ``day`` (0 = Monday), on or after the day of the weekday
        line before it (in a span of two weeks the second "za" is the second Saturday), if any."""
        for start in (self.cursor or self.first.date, self.first.date):  # a late-added line: from the start
            for offset in range((self.last - start).days + 1):
                date = start + dt.timedelta(days=offset)
                if date.weekday() == day:
                    return date
        return None


@resource_cache
def _vocab() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int], int, int]:
    data = resource_json("dates_nl.json")
    rule = data["day_range"]
    weekdays = {k.lower(): int(v) for k, v in data["weekdays"].items()}
    days = alternation(weekday_names())
    # what may stand between the two days: a time, the range word, a weekday
    joint = re.compile(rf"(?i)^\s*(?:{_TIME})?\s*(?:{alternation(rule['range_words'])})\s*(?:(?:{days})\.?,?\s*)?$")
    # a time, not a dotted date ("zo 16.02.2025" is a day of its own)
    line = re.compile(rf"(?i)^\s*[-•*]?\s*({days})\.?,?\s+(?:{_TIME})(?![\d:]|[./-]\d)")
    return joint, line, weekdays, int(rule["max_days"]), int(rule["max_chars"])


@resource_cache
def _bare_weekday_line() -> re.Pattern[str]:
    """A note that opens with a weekday's abbreviation and then a word, not a day's number ("do Tygo apart
    gesproken", "di: HB"; not "ma 30/12: ..." which carries its own day). A weekday written out ("Maandag belde
    oma. Daarna woensdag ...") opens prose about the week, whose days its sentences tell."""
    short = [w for w in weekday_names() if len(w) <= 2]
    # in lower case, or with its full stop: "Ma van Sem belde" is his mother, "Zo nu en dan ..." no day
    return re.compile(rf"^\s*[-•*]?\s*((?:{alternation(short)})(?=[\s:,–-])|(?i:{alternation(short)})\.)\s*[:,–-]?\s+"
                      r"(?!(?i:nu\s+en\s+dan|snel|goed|veel|lang|als|van|en\s+pa)\b)(?=[^\W\d])")


def day_range(text: str, context: DateMention | None) -> DayRange | None:
    """A short line whose only two day dates are joined as a span of a few days (see module docstring)."""
    joint, _, _, max_days, max_chars = _vocab()
    if len(text) > max_chars:
        return None
    days = [m for m in find_dates(text, context_date=context.date if context else None) if m.precision == "day"]
    if len(days) != 2 or not joint.match(text[days[0].end : days[1].start]):
        return None
    if not 1 <= (days[1].date - days[0].date).days <= max_days:
        return None
    return DayRange(days[0], days[1].date)


def weekday_line_date(text: str, span: DayRange | None) -> tuple[DateMention | None, DayRange | None]:
    """A line that opens with a weekday and a time under a span ("za 23:40 ..."): that weekday in the span,
    on or after the day of the weekday line before it; and the span with its cursor on that day."""
    if span is None:
        return None, None
    _, line, weekdays, _, _ = _vocab()
    m = line.match(text) or (_bare_weekday_line().match(text) if span.bare_weekday else None)
    date = span.weekday(weekdays[m.group(1).lower().rstrip(".")]) if m is not None else None
    if m is None or date is None:
        return None, span
    return DateMention(date, "day", m.start(1), m.end(1), m.group(1)), replace(span, cursor=date)
