"""Events dated by the day told before them: "Op 4 juni hebben we de check gedaan. Twee weken later ben ik
weer langs geweest. De maandag daarna ..." is 18 June, then the Monday after it.

Hand-written because it is a dossier narrative's own habit: a report written as a story gives few
dates and dates the rest by steps from the last one (``dates_nl.json``: ``told_later``). The day a
step counts from is the day told last before its sentence in the same file: the last day-date there
(not a birth date, a deadline or a plan), unless a sentence after that date opens with a step or a
feast, whose own day then counts (so steps chain). Only the latest such sentence is followed back, and
each position is worked out once per text (memoised), so a long chain costs one pass, not a search.
Offsets: ``told_later`` and ``feast_date`` give them from the sentence's start, ``stepped_since``
from the text's start (as ``dating`` uses a sentence's and a passage's dates).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from audit.resources import resource_cache, resource_json
from audit.structure.dates import alternation, find_dates
from audit.structure.entries import plan_named_before
from audit.types import DateMention

LOOKBACK = 25  # characters before a date that may say it is no event's date ("geb.", "tot", "volgende afspraak")


@dataclass(frozen=True)
class _Rules:
    step: re.Pattern[str]
    feast: re.Pattern[str]
    units: dict[str, Any]
    day_words: dict[str, int]
    weekdays: dict[str, int]
    feasts: dict[str, str]
    reach: int
    max_days: int
    max_chain: int
    week_before: int
    not_event: re.Pattern[str]
    not_told: re.Pattern[str]


@resource_cache
def _rules() -> _Rules:
    data = resource_json("dates_nl.json")
    rules = data["told_later"]
    later, units = alternation(rules["later_words"]), alternation(rules["count_units"])
    days = alternation(list(data["day_words"]))
    weekdays = {w: n for w, n in data["weekdays"].items() if len(w) > 3}
    wd = alternation(weekdays)
    # opening the sentence (after quotes or an opener word, never a list's bullet), not an agenda item's label
    opening = rf"(?i)[ \t\"'‘“(]*(?:(?:{alternation(rules['openers'])})\s+)?"
    step = re.compile(
        rf"{opening}(?:(?P<n>\d{{1,2}}|{days})\s+(?P<unit>{units})\s+(?:{later})"
        rf"|de\s+(?P<the_unit>{units})\s+(?:{later})|(?:op\s+)?de\s+(?P<weekday>{wd})\s+(?:{later})"
        rf"|(?P<next>{alternation(rules['next_day'])})|(?P<same>{alternation(rules['same_day'])})"
        rf"|(?:{rules['same_week']}),?\s+op\s+(?P<week_day>{wd}))(?!\w)(?!\s*:)")
    feast = re.compile(
        rf"{opening}(?:(?:op\s+)?de\s+(?P<weekday>{wd})\s+(?P<dir>na|voor|vóór)\s+|op\s+)"
        rf"(?P<feast>{alternation(rules['feasts'])})(?!\w)(?!\s*:)")
    return _Rules(step, feast, rules["count_units"], data["day_words"], weekdays,
                  {k.lower(): v for k, v in rules["feasts"].items()}, rules["reach"], rules["max_days"],
                  rules["max_chain"], rules["same_week_before_days"],
                  not_event_before(), re.compile(rules["not_told_before"]))


@resource_cache
def not_event_before() -> re.Pattern[str]:
    """Words just before a date that make it another date than the event's (``facts_nl.json``
    not_event_date_before), or the care plan it dates ("(plan 01-07-2025)": ``plan_named_before``)."""
    plan = plan_named_before().pattern.removeprefix("(?i)")
    return re.compile(f"{resource_json('facts_nl.json')['not_event_date_before']}|{plan}")


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by calendar months, kept within the month ("31 januari" + 1 -> 29 February)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def _stepped(m: re.Match[str], day: dt.date) -> dt.date:
    """The day the step ``m`` leads to from ``day``."""
    r = _rules()
    if m.group("same"):
        return day
    if m.group("next"):
        return day + dt.timedelta(days=1)
    if m.group("week_day"):  # "Diezelfde week, op donderdag": that weekday in the week of the day told before
        return day + dt.timedelta(days=r.weekdays[m.group("week_day").lower()] - day.weekday())
    if m.group("weekday"):
        ahead = (r.weekdays[m.group("weekday").lower()] - day.weekday()) % 7
        return day + dt.timedelta(days=ahead or 7)
    unit = r.units[(m.group("unit") or m.group("the_unit")).lower()]
    word = m.group("n") or "1"
    n = int(word) if word.isdigit() else r.day_words[word.lower()]
    return _add_months(day, n) if unit == "month" else day + dt.timedelta(days=n * unit)


def told_later(text: str, start: int, end: int, context: dt.date | None) -> DateMention | None:
    """The day a step that opens ``text[start:end]`` (one sentence) tells its event on, counted from the day
    told before it; None when the sentence opens with no step or nothing before it is dated."""
    r = _rules()
    m = r.step.match(text, start, end)
    if m is None:
        return None
    told = day_told_before(text, start, context)
    if told is None:
        return None
    day = _stepped(m, told)
    if not -r.week_before <= (day - told).days <= r.max_days:
        return None
    return DateMention(day, "day", m.start() - start, m.end() - start, m.group(0).strip())


def _easter(year: int) -> dt.date:
    """Easter Sunday (the anonymous Gregorian computus): a few lines, no dependency for it."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _feast_day(name: str, year: int) -> dt.date:
    """The feast's day in ``year``: days after Easter ("easter+49") or a fixed "MM-DD" ("sunday-1": a day
    earlier when that is a Sunday, as Koningsdag)."""
    rule, *extra = _rules().feasts[name.lower()].split()
    if rule.startswith("easter"):
        return _easter(year) + dt.timedelta(days=int(rule[len("easter"):]))
    day = dt.date(year, int(rule[:2]), int(rule[3:]))
    return day - dt.timedelta(days=1) if "sunday-1" in extra and day.weekday() == 6 else day


def feast_date(text: str, start: int, end: int, context: dt.date | None) -> DateMention | None:
    """A day named by a feast that opens ``text[start:end]`` ("Op de dinsdag na Pinksteren"), in the year that
    puts it nearest the day told before (else ``context``), never after ``context`` (a report tells what
    happened by its date); None when the sentence opens with no feast."""
    r = _rules()
    m = r.feast.match(text, start, end)
    if m is None:
        return None
    near = day_told_before(text, start, context) or context
    if near is None:
        return None
    days = []
    for year in (near.year - 1, near.year, near.year + 1):
        day = _feast_day(m.group("feast"), year)
        if m.group("weekday"):
            wd = r.weekdays[m.group("weekday").lower()]
            after = m.group("dir").lower() == "na"
            day += dt.timedelta(days=((wd - day.weekday()) % 7 or 7) if after else -((day.weekday() - wd) % 7 or 7))
        if context is None or day <= context:
            days.append(day)
    if not days:
        return None
    day = min(days, key=lambda d: abs((d - near).days))
    return DateMention(day, "day", m.start() - start, m.end() - start, m.group(0).strip())


def _told_days(window: str, context: dt.date | None) -> list[DateMention]:
    """Day-dates in ``window`` that may be a story's day: not a birth date, a deadline, a plan or the
    document's own date or period ("Datum verslag: 15-05-2024", "Verslagperiode: 01-11-2023 t/m ...")."""
    return [d for d in find_dates(window, context_date=context) if d.precision == "day" and told_day_at(window, d.start)]


# "Pleegkind | Sem Baarslag (03-06-2019)": a date in brackets right after a name is a birth date, no story's day
_NAMED_BIRTH = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+[ \t]*\([ \t]*$")


def told_day_at(text: str, start: int) -> bool:
    """May the date at ``start`` be a story's day, by the words just before it (not "geboren", "tot",
    "volgende afspraak", "Datum verslag:", a name's brackets)?"""
    r = _rules()
    lo = max(0, start - LOOKBACK)
    before = text[lo:start]
    return not (r.not_event.search(before) or r.not_told.search(before) or _NAMED_BIRTH.search(text, lo, start))


def _sentence_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where a sentence may open in ``text[lo:hi]``: after a line break, or after ".", "!" or "?" followed by
    a space and a capital (not after "i.v.m." or "o.a. de dag erna")."""
    out = []
    for i in range(lo, hi - 1):
        c = text[i]
        if c == "\n" or (c in ".!?" and text[i + 1] in " \t" and i + 2 < hi and text[i + 2].isupper()):
            out.append(i + 1)
    return out


def _sentence_end(text: str, start: int, limit: int) -> int:
    ends = [i for i in (text.find(c, start, limit) for c in ".!?\n") if i >= 0]
    return min(ends) + 1 if ends else limit


def _latest_step(text: str, lo: int, pos: int) -> int | None:
    """The start of the last sentence in ``text[lo:pos]`` that opens with a step or a feast."""
    r = _rules()
    return next((p for p in reversed(_sentence_starts(text, lo, pos))
                 if r.step.match(text, p, pos) or r.feast.match(text, p, pos)), None)


def _step_day(text: str, at: int, pos: int, context: dt.date | None) -> DateMention | None:
    return told_later(text, at, pos, context) or feast_date(text, at, _sentence_end(text, at, pos), context)


def stepped_since(text: str, lo: int, pos: int, context: dt.date | None) -> DateMention | None:
    """The day the last step or feast in ``text[lo:pos]`` told of, when one follows the last day-date there
    ("Op 4 juni ... Twee weken later ben ik langs geweest. Levi en ik ..." : the third sentence is on 18
    June); None when none does. Offsets from the text's start."""
    at = _latest_step(text, lo, pos)  # cheap first: most passages take no step at all
    if at is None or _told_days(text[at:pos], context):  # a day-date after the step's opening is the later one
        return None
    told = _step_day(text, at, pos, context)
    return None if told is None else DateMention(told.date, told.precision, at + told.start, at + told.end, told.text)


def day_told_before(text: str, pos: int, context: dt.date | None) -> dt.date | None:
    """The last day told before ``pos`` in the same file (a day-date, or the day a step or feast told of)."""
    return _day_told(text, pos, context, 0)


_MEMO: dict[str, Any] = {"text": None, "days": {}}  # the days worked out for the one text being read


def _day_told(text: str, pos: int, context: dt.date | None, chain: int) -> dt.date | None:
    """Memoised per position for the text at hand (a narrative asks for the same days again and again; only
    one text's days are kept, so a batch does not hold on to every file). Only the latest step after the
    last day-date is followed back; when it cannot be dated, no day is guessed (None)."""
    if _MEMO["text"] is not text:
        _MEMO["text"], _MEMO["days"] = text, {}
    key = (pos, context)
    if key not in _MEMO["days"]:
        _MEMO["days"][key] = _work_out_day(text, pos, context, chain)
    return _MEMO["days"][key]


def _work_out_day(text: str, pos: int, context: dt.date | None, chain: int) -> dt.date | None:
    lo = max(0, pos - _rules().reach)
    days = _told_days(text[lo:pos], context)
    at = _latest_step(text, lo + days[-1].end if days else lo, pos)
    if at is None:
        return days[-1].date if days else None
    if chain >= _rules().max_chain:
        return None
    m = _rules().step.match(text, at, pos)
    if m is not None:
        told = _day_told(text, at, context, chain + 1)
        day = _stepped(m, told) if told is not None else None
        return day if day is not None and -_rules().week_before <= (day - told).days <= _rules().max_days else None
    feast = feast_date(text, at, _sentence_end(text, at, pos), context)
    return feast.date if feast is not None else None
