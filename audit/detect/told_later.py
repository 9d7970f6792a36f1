"""Events dated by the day told before them: "Op 4 juni hebben we de check gedaan. Twee weken later ben ik
weer langs geweest. De maandag daarna ..." is 18 June, then the Monday after it.

Hand-written because it is a dossier narrative's own habit: a report written as a story gives few
dates and dates the rest by steps from the last one (``dates_nl.json``: ``told_later``). The day a
step counts from is the last day-date before the sentence in the same file, or the day an earlier
step was told on, so steps chain.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from audit.resources import resource_cache, resource_json
from audit.structure.dates import alternation, find_dates, weekday_names
from audit.types import DateMention


@dataclass(frozen=True)
class _Rules:
    step: re.Pattern[str]
    units: dict[str, Any]
    day_words: dict[str, int]
    weekdays: dict[str, int]
    reach: int
    max_days: int
    feast: re.Pattern[str]
    feasts: dict[str, str]


@resource_cache
def _rules() -> _Rules:
    data = resource_json("dates_nl.json")
    rules = data["told_later"]
    later = alternation(rules["later_words"])
    units = alternation(rules["count_units"])
    days = alternation(list(data["day_words"]))
    full_weekdays = {w: n for w, n in data["weekdays"].items() if len(w) > 3}
    # only at the opening of a sentence: a step inside it ("... horen Noor de dag erna niet uit", "zodat ze de
    # volgende ochtend ...") tells of a habit or a consequence, not of the day the sentence's event is on
    step = re.compile(
        rf"(?i)[\s\W]*(?:(?:en|maar|toen|pas|ook)\s+)?(?:"
        rf"(?P<n>\d{{1,2}}|{days})\s+(?P<unit>{units})\s+(?:{later})"
        rf"|de\s+(?P<the_unit>{units})\s+(?:{later})"
        rf"|(?:op\s+)?de\s+(?P<weekday>{alternation(full_weekdays)})\s+(?:{later})"
        rf"|(?P<next>{alternation(rules['next_day'])})"
        rf"|(?P<same>{alternation(rules['same_day'])})"
        rf"|(?:{rules['same_week']}),?\s+op\s+(?P<week_day>{alternation(full_weekdays)}))(?!\w)")
    # "Op de dinsdag na Pinksteren", "De woensdag voor pakjesavond", "Op Koningsdag": opening the sentence, as
    # a step does ("... om Saar op eerste kerstdag mee te nemen" is what was asked, not when)
    feast = re.compile(
        rf"(?i)[\s\W]*(?:(?:en|maar|toen|pas|ook)\s+)?(?:(?:op\s+)?de\s+(?P<weekday>{alternation(full_weekdays)})\s+(?P<dir>na|voor|vóór)\s+|op\s+)"
        rf"(?P<feast>{alternation(rules['feasts'])})(?!\w)")
    return _Rules(step, rules["count_units"], data["day_words"], full_weekdays, rules["reach"], rules["max_days"],
                  feast, {k.lower(): v for k, v in rules["feasts"].items()})


def _easter(year: int) -> dt.date:
    """Easter Sunday (the anonymous Gregorian computus): hand-written, a few lines, no dependency for it."""
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
    rule = _rules().feasts[name.lower()]
    if rule.startswith("easter"):
        return _easter(year) + dt.timedelta(days=int(rule[len("easter"):]))
    day = dt.date(year, int(rule[:2]), int(rule[3:]))
    return day - dt.timedelta(days=1) if rule == "04-27" and day.weekday() == 6 else day  # Koningsdag on a Sunday


def feast_date(text: str, start: int, end: int, near: dt.date | None) -> DateMention | None:
    """A day named by a feast that opens ``text[start:end]`` ("Op de dinsdag na Pinksteren"), in the year that puts it
    nearest ``near`` (the day told before, else the text's date); None when there is none or no ``near``."""
    r = _rules()
    m = r.feast.match(text, start, end)
    if m is None or near is None:
        return None
    days = []
    for year in (near.year - 1, near.year, near.year + 1):
        day = _feast_day(m.group("feast"), year)
        if m.group("weekday"):
            wd = r.weekdays[m.group("weekday").lower()]
            if m.group("dir").lower() == "na":
                day += dt.timedelta(days=(wd - day.weekday()) % 7 or 7)
            else:
                day -= dt.timedelta(days=(day.weekday() - wd) % 7 or 7)
        days.append(day)
    day = min(days, key=lambda d: abs((d - near).days))
    return DateMention(day, "day", m.start() - start, m.end() - start, m.group(0))


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def _stepped(m: re.Match[str], day: dt.date) -> dt.date:
    """The day ``m`` steps to from ``day``."""
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
    n = 1 if m.group("the_unit") else int(m.group("n")) if m.group("n").isdigit() else r.day_words[m.group("n").lower()]
    return _add_months(day, n) if unit == "month" else day + dt.timedelta(days=n * unit)


def told_later(text: str, start: int, end: int, context: dt.date | None, depth: int = 0) -> DateMention | None:
    """The day a step that opens ``text[start:end]`` (one sentence) tells its event on, counted from the day
    told before it; None when the sentence opens with no step or nothing before it is dated. The mention's
    offsets are from ``start``."""
    r = _rules()
    m = r.step.match(text, start, end)
    if m is None or depth > 8:
        return None
    told = _day_before(text, start, context, depth)
    if told is None:
        return None
    day = _stepped(m, told)
    if not -6 <= (day - told).days <= r.max_days:  # (a weekday of the same week may lie before it)
        return None
    return DateMention(day, "day", m.start() - start, m.end() - start, m.group(0))


def stepped_since(text: str, lo: int, pos: int, context: dt.date | None) -> DateMention | None:
    """The day the last step or feast in ``text[lo:pos]`` told of, when one follows the last day-date there
    ("Op 4 juni ... Twee weken later ben ik langs geweest. Levi en ik ..." : the third sentence is on
    18 June; "Op de dinsdag na Pasen ben ik langs geweest. Het eerste half uur ..."); None when none does."""
    days = _told_days(text[lo:pos], context)
    after = lo + days[-1].end if days else lo
    starts = _sentence_starts(text, after, pos)
    step_at = next((p for p in reversed(starts) if _rules().step.match(text, p, pos)
                    or _rules().feast.match(text, p, pos)), None)
    if step_at is None:
        return None
    told = told_later(text, step_at, pos, context) or feast_date(
        text, step_at, _sentence_end(text, step_at, pos), (days[-1].date if days else None) or context)
    return None if told is None else DateMention(told.date, told.precision, step_at + told.start,
                                                 step_at + told.end, told.text)


@resource_cache
def _not_event_date() -> re.Pattern[str]:
    """Words before a date that make it another date than an event's ("geb.", "tot", "gepland", ...)."""
    return re.compile(resource_json("facts_nl.json")["not_event_date_before"])


def _told_days(window: str, context: dt.date | None) -> list[DateMention]:
    """Day-dates in ``window`` that may be a story's day: not a birth date, a deadline or a plan."""
    not_event = _not_event_date()
    return [d for d in find_dates(window, context_date=context) if d.precision == "day"
            and not not_event.search(window[max(0, d.start - 25) : d.start])]


def _day_before(text: str, pos: int, context: dt.date | None, depth: int) -> dt.date | None:
    """The last day told before ``pos``: a day-date written there, or the day an earlier step or a feast
    ("Op de dinsdag na Pasen ben ik langs geweest.") was told on."""
    lo = max(0, pos - _rules().reach)
    days = _told_days(text[lo:pos], context)
    last_date_at = lo + days[-1].end if days else lo
    # an earlier step after that date: its own day counts from the one before it (steps chain)
    for at in reversed(_sentence_starts(text, last_date_at, pos)):
        chained = told_later(text, at, pos, context, depth + 1)
        if chained is None and depth < 8:
            end = _sentence_end(text, at, pos)
            chained = feast_date(text, at, end, (days[-1].date if days else None) or context)
        if chained is not None:
            return chained.date
    return days[-1].date if days else None


def _sentence_end(text: str, start: int, limit: int) -> int:
    ends = [i for i in (text.find(c, start, limit) for c in ".!?\n") if i >= 0]
    return min(ends) + 1 if ends else limit


def _sentence_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where sentences may open in ``text[lo:hi]``: after a full stop, "!", "?" or a line break."""
    return [i + 1 for i in range(lo, hi - 1) if text[i] in ".!?\n"]


def day_told_before(text: str, pos: int, context: dt.date | None) -> dt.date | None:
    """The last day told before ``pos`` in the same file (a day-date, or the day a step told of)."""
    return _day_before(text, pos, context, 0)
