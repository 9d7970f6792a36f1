"""On which date did an event in a sentence happen?

Dossier-specific by nature, hence hand-written: an event's date is the date in its
own clause when it names one ("heeft Yara op 18-12 alleen gesproken"), else the
journal entry's header date (shifted by "gisteren" and the like), else the date a
form gives itself ("Datum afname"). A date after "tot", "gepland", "geboren" ... is
another date than the event's (``facts_nl.json``: ``not_event_date_before``).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any
from dataclasses import dataclass, replace

from spacy.tokens import Span

from audit.resources import resource_cache, resource_json
from audit.structure.dates import (YEAR_WORD, alternation, find_dates, listed_day_starts, month_names, month_number,
                                   parse_date, weekday_names, with_year)
from audit.detect.story_years import EXPLICIT_YEAR as _EXPLICIT_YEAR, Story, running_day, story_years
from audit.detect.form_fields import line_at
from audit.detect.told_later import day_told_before, feast_date, not_event_before, stepped_since, told_later
from audit.structure.month_grid import grid_day_at
from audit.structure.tables import realised_cell, realised_reading
from audit.types import AnalysedDocument, DateMention, Entry, Period

_LOOKBACK = 25  # characters before a date that may say it is not the event's date


@dataclass
class Dated:
    mention: DateMention | None
    source: str  # "sentence" | "entry" | "paragraph" | "document" | "none"

    def fields(self) -> tuple[str | None, str | None]:
        """(ISO date, precision) for a finding."""
        if self.mention is None:
            return None, None
        return self.mention.iso(), self.mention.precision


def span_text(adoc: AnalysedDocument, span: Span) -> str:
    """``span.text``, sliced from the file's text (the Doc was made from it, so the offsets are its
    own): spaCy joins the text token by token, which the detectors paid for several times a sentence."""
    return adoc.document.text[span.start_char : span.end_char]


def _not_event_date() -> re.Pattern[str]:
    return not_event_before()


@resource_cache
def _relative_day_patterns() -> tuple[tuple[re.Pattern[str], int], ...]:
    """(whole-word pattern, shift) per relative day of ``dates_nl.json``, in its order.

    ``(?<!\\w)word(?!\\w)`` written with the word first, so ``re`` can jump to its occurrences:
    the lookbehind after it looks one character further back, to the one before the word.
    """
    return tuple((re.compile(rf"{re.escape(word)}(?<!\w(?s:.){{{len(word)}}})(?!\w)"), shift)
                 for word, shift in resource_json("dates_nl.json").get("relative_days", {}).items())


def _relative_days(text: str) -> list[int]:
    """The shifts of every day relative to the entry the text names ("vandaag" 0, "gisteren" -1), in list order."""
    low = text.lower()
    return [shift for pattern, shift in _relative_day_patterns() if pattern.search(low)]


def _relative_shift(text: str) -> int:
    """Days relative to the entry date a sentence names ("gisteren" -> -1); 0 when none."""
    return next((shift for shift in _relative_days(text) if shift), 0)


def _context_date(adoc: AnalysedDocument, entry: Entry | None, offset: int | None = None) -> dt.date | None:
    """The date year-less dates in a sentence are read against: its entry's, else the document's own,
    else the latest date with a year the document names (a report looks back from when it was written:
    "Voortgangsverslag ... juni 2025 ... Op 17 december")."""
    if entry is not None:
        return entry.date.date
    if adoc.structure.doc_date is not None:
        return adoc.structure.doc_date.date
    return _latest_dated(adoc) if offset is not None else None




def _latest_dated(adoc: AnalysedDocument) -> dt.date | None:
    """The latest date with an explicit year in the document (found once per document, kept on it)."""
    if "_latest_dated" not in adoc.__dict__:
        text = adoc.document.text
        found = [m.date for m in find_dates(text) if YEAR_WORD.search(m.text)] if YEAR_WORD.search(text) else []
        adoc.__dict__["_latest_dated"] = max(found) if found else None
    return adoc.__dict__["_latest_dated"]


def since_date(text: str, context: dt.date | None) -> DateMention | None:
    """The date after "sinds"/"vanaf"/"per" ("Sinds 1 juni 2024 woont Kasper ..."): when a change began.
    Those words keep a date from being an event's own date elsewhere (``not_event_date_before``)."""
    for m in find_dates(text, context_date=context):
        if m.precision in ("day", "month") and re.search(r"(?i)\b(?:sinds|vanaf|per)\s*$", text[max(0, m.start - 8) : m.start]):
            return m
    return _since_month(text, context)


def _since_month(text: str, context: dt.date | None) -> DateMention | None:
    """ "Oma woont sinds juni in de aanbouw" (a note of October): the month's first day, the latest such month
    up to the note's date; after "vanaf" a later month of the note's year ("vanaf september", a May note)."""
    m = _since_month_rx().search(text) if context is not None else None
    month = month_number(m.group(2).lower()) if m else None
    if month is None:
        return None
    ahead = m.group(1).lower() == "vanaf"  # "vanaf september woont Bas op kamers" (a May note): a coming month
    year = context.year if month <= context.month or ahead else context.year - 1
    return DateMention(dt.date(year, month, 1), "month", m.start(2), m.end(2), m.group(2))


@resource_cache
def _since_month_rx() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(sinds|vanaf)\s+(?:begin\s+|half\s+|medio\s+)?({alternation(month_names())})\b(?!\s+\d)")


def _own_dates(text: str, context: dt.date | None, precision: str, looking_back: bool = False,
               period: Period | None = None, story: tuple[Story, int] | None = None) -> list[DateMention]:
    """Dates of ``precision`` in ``text`` that are not deadlines, plans or birth dates. ``looking_back``:
    the context is the latest date a report names, so a year-less date is read as past of it. ``period``:
    the report period that holds for ``text``; a year-less date that falls inside it is read in it.
    ``story``: a narrative's running year (``story_years``) and where ``text`` starts in the file."""
    mentions = [m for m in find_dates(text, context_date=context) if m.precision == precision]
    if not mentions:  # most sentences: no tense to read
        return []
    not_event = _not_event_date()
    past = looking_back or bool(_PAST_TENSE.search(text))
    out = []
    for m in mentions:
        if not_event.search(text[max(0, m.start - _LOOKBACK) : m.start]):
            continue
        dated = _last_year(m, text, context)
        inside = _in_period(m, period) if dated is m else None
        # a narrative's running year, unless the weekday already fixed it ("Donderdag 11/7")
        running = story[0].days.get(story[1] + m.start) if story and dated is m and inside is None \
            and not m.weekday_year else None
        out.append(inside or (replace(m, date=running) if running else _in_the_past(dated, context, past)))
    return out


def _story(adoc: AnalysedDocument, start: int) -> tuple[Story, int] | None:
    """The running year of a narrative file (``story_years``) for a text that starts at ``start``."""
    story = story_years(adoc)
    return (story, start) if story is not None else None


@resource_cache
def _month_phrase() -> re.Pattern[str]:
    """"begin juli", "half mei": a month without its year (full names only). "in april" is left out: in a
    report it often dates what the sentence looks back on ("heeft in april haar diploma gehaald; dat
    doel is afgesloten"), not the event it records."""
    return re.compile(rf"(?i)(?<!\w)(?:begin|half|medio|halverwege|eind|rond)\s+({alternation(month_names())})(?!\w)(?!\s*'?\d)")


def _period_month(text: str, period: Period | None) -> list[DateMention]:
    """A month named without a year ("Half mei ben ik bij het gezin geweest") in a report over a stated
    period: that month of the period, when only one year puts it there; month precision."""
    if period is None:
        return []
    m = _month_phrase().search(text)
    if m is None:
        return []
    day = _month_in_period(month_number(m.group(1)), period)
    return [DateMention(day, "month", m.start(), m.end(), m.group(0))] if day is not None else []


def _month_in_period(month: int, period: Period) -> dt.date | None:
    """The first of ``month`` in the one year of ``period`` that holds it; None when none or two do."""
    inside = [dt.date(y, month, 1) for y in range(period.first.year, period.last.year + 1)
              if period.first.replace(day=1) <= dt.date(y, month, 1) <= period.last]
    return inside[0] if len(inside) == 1 else None


@resource_cache
def _fronted_month_phrase() -> re.Pattern[str]:
    return re.compile(rf"(?i)^\W*(?:in|begin|half|medio|halverwege|eind)\s+({alternation(month_names())})(?!\w)(?!\s*'?\d)")


def _fronted_month(text: str, period: Period | None, context: dt.date | None) -> list[DateMention]:
    """A sentence that opens with its month ("In mei is Mila ingebracht in het MDO; ... adviseerde ...") in a
    report over a stated period tells what happened that month, whatever its tense, when that month of the
    period lies before the report's own date (a plan ahead names its year or stands in the outlook)."""
    m = _fronted_month_phrase().search(text)
    if m is None or period is None or context is None:
        return []
    day = _month_in_period(month_number(m.group(1)), period)
    if day is None or day >= context.replace(day=1):
        return []
    return [DateMention(day, "month", m.start(1), m.end(1), m.group(1))]


def _month_in_report(text: str, period: Period | None, context: dt.date | None) -> list[DateMention]:
    """A year-less month in a report over a stated period: "Half mei ben ik ... geweest" told in the past,
    or a sentence that opens with its month ("In mei is Mila ingebracht ..."), whatever its tense.
    A past sentence that opens with "eind oktober" outside the period (or without one) is dated too."""
    if not told_in_past(text):
        return _fronted_month(text, period, context)
    return _period_month(text, period) or _past_month(text, period, context)


def _past_month(text: str, period: Period | None, context: dt.date | None) -> list[DateMention]:
    """"Eind oktober, net voor deze verslagperiode, heb ik Levi ... gesproken" in a report over November to
    April: the October nearest the period; without a period, the last October up to the text's date. Only
    a month that opens the sentence ("... dat hij eind mei zijn diploma had gehaald" dates something else)."""
    m = _month_phrase().match(text.lstrip())
    if m is None or (period is None and context is None):
        return []
    month = month_number(m.group(1))
    if period is not None:
        options = [dt.date(y, month, 1) for y in range(period.first.year - 1, period.last.year + 2)]
        day = min(options, key=lambda d: max((period.first.replace(day=1) - d).days, (d - period.last).days, 0))
    else:
        day = dt.date(context.year if month <= context.month else context.year - 1, month, 1)
    offset = len(text) - len(text.lstrip())
    return [DateMention(day, "month", offset + m.start(), offset + m.end(), m.group(0))]


def _in_period(m: DateMention, period: Period | None) -> DateMention | None:
    """A year-less day read in the report's period, when exactly one year puts it there ("op 12 maart"
    in a report over "1 januari tot 31 maart 2025"); None otherwise."""
    if period is None or m.precision != "day" or m.weekday_year or _EXPLICIT_YEAR.search(m.text):
        return None
    inside = []
    for year in range(period.first.year, period.last.year + 1):
        try:
            day = m.date.replace(year=year)
        except ValueError:  # 29 February
            continue
        if period.first <= day <= period.last:
            inside.append(day)
    if len(inside) != 1:
        return None
    return DateMention(inside[0], m.precision, m.start, m.end, m.text)


FUTURE_SLACK_DAYS = 31


_PAST_TENSE = re.compile(r"(?i)\b(?:heb|hebben|had|hadden|was|waren|werd|werden|ging|gingen|kwam|kwamen|sprak|spraken)\b")


_BEEN = re.compile(r"(?i)\b(?:\w*geweest|\w*gegaan|\w*gekomen)\b")  # "ben ik bij het gezin geweest"


def told_in_past(text: str) -> bool:
    """Does the sentence tell something done ("heb", "kwam", "waren", "ben ... geweest")?"""
    return _PAST_TENSE.search(text) is not None or _BEEN.search(text) is not None


def _in_the_past(m: DateMention, context: dt.date | None, past: bool) -> DateMention:
    """A year-less date that the nearest-day rule put months after the entry or report, in a sentence
    told in the past ("Op 11 maart heb ik ..." in a report of October), is the one before it. Without a
    past tense it stays ahead: "Zorgteam in december" is a plan."""
    if context is None or _EXPLICIT_YEAR.search(m.text) or m.weekday_year \
            or m.date <= context + dt.timedelta(days=FUTURE_SLACK_DAYS) or not past:
        return m
    return DateMention(with_year(m.date, m.date.year - 1), m.precision, m.start, m.end, m.text)


_LAST_YEAR = re.compile(r"\s+vorig(?:e)?\s+jaar\b", re.IGNORECASE)


def _last_year(m: DateMention, text: str, context: dt.date | None) -> DateMention:
    """"op 20 juni vorig jaar": the year before the context's, whatever day is nearest."""
    if context is None or not _LAST_YEAR.match(text, m.end):
        return m
    return DateMention(with_year(m.date, context.year - 1), m.precision, m.start, m.end, m.text)


@resource_cache
def _past_weekday() -> tuple[re.Pattern[str], dict[str, int]]:
    """A weekday named as the past without a date ("afgelopen zaterdag", "sinds zaterdag", "Erwin is
    zaterdag ingetrokken", "vrijdag jl.", "tijdens het huisbezoek van woensdag", "dat zij Amina woensdag ... heeft
    gesproken"): in a report or e-mail it is the last such day up to the
    entry's date. A bare weekday is often a habit or a plan ("de omgang op woensdag"), so it needs
    one of these past markers; full names only ("za" is too ambiguous)."""
    days = {w: d for w, d in resource_json("dates_nl.json")["weekdays"].items() if len(w) > 3}
    names = "|".join(sorted(days, key=len, reverse=True))
    day = rf"({names})(?:avond|middag|ochtend|nacht|morgen)?(?!\w)"
    # a subordinate clause that opens just before the day and tells it done after it ("dat zij Amina woensdag
    # ... heeft gesproken")
    told = r"(?=[^.;\n]{0,60}?\b(?:heeft|hebben|is|zijn)\s+(?:[\w.]+\s+)?ge[a-zà-ÿ]{2,}(?:d|t|en)\b)"
    return re.compile(rf"(?<!\w)(?:afgelopen|vorige|sinds|(?:tijdens|bij)\s+het\s+(?:huis)?bezoek\s+van|"
                      rf"(?:is|zijn|ben|was|waren|heeft|hebben|heb|had|hadden)"
                      rf"(?:\s+(?!op\b|om\b|elke\b|iedere\b|volgende\b|komende\b)[\w.]+){{0,2}})\s+{day}"
                      rf"|(?<!\w){day}\s+(?:jl\.?|j\.l\.|jongstleden)"
                      rf"|(?<!\w)(?:dat|omdat|nadat|toen)\s+(?:[\w.]+\s+){{1,3}}{day.replace('(', '(?P<sub>', 1)}{told}"
                      # a note that opens with the day and tells it done in a participle ("Donderdag alsnog met Jesse
                      # apart gesproken"), not a plan ("Donderdag gesprek gepland", "Donderdag komt PM")
                      rf"|^\W*{day.replace('(', '(?P<opens>', 1)}\s+(?!(?:kom|komt|komen|ga|gaat|gaan|wordt|worden|zal|zullen|"
                      rf"zou|om|weer)\b)(?:[\w.'’]+\s+){{0,6}}?(?!gepland\b|ingepland\b|afgesproken\b|gevraagd\b)"
                      rf"ge[a-zà-ÿ]{{2,}}(?:d|t|en)\b",
                      re.IGNORECASE), days


def _day_group(m: re.Match[str]) -> int | str:
    """Which of ``_past_weekday``'s alternatives named the day: its group."""
    return next(g for g in (1, 2, "sub", "opens") if m.group(g))


_LAST_WEEK = re.compile(r"(?<!\w)vorige\s+week\s+(?:op\s+)?(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)",
                        re.IGNORECASE)


def _weekday_shift(entry_day: dt.date, text: str) -> int:
    pattern, days = _past_weekday()
    last_week = _LAST_WEEK.search(text)  # "vorige week donderdag": that day of the week before
    if last_week:
        day = entry_day - dt.timedelta(days=entry_day.weekday() + 7) + dt.timedelta(days=days[last_week.group(1).lower()])
        return (day - entry_day).days
    m = pattern.search(text)
    if m is None:
        return 0
    back = (entry_day.weekday() - days[m.group(_day_group(m)).lower()]) % 7
    # "afgelopen dinsdag" written on a Tuesday is a week ago (today would be "vandaag")
    return -(back or (7 if _LAST_MARKER.search(m.group(0)) or m.group(2) else 0))


_LAST_MARKER = re.compile(r"(?i)\b(?:afgelopen|vorige)\b")


def _shifted_from(date: DateMention, text: str, source: str) -> Dated | None:
    """``date`` moved by the day ``text`` names relative to it ("gisteren", "afgelopen dinsdag")."""
    shift = _relative_shift(text) or _weekday_shift(date.date, text)
    if not shift:
        return None
    day = date.date + dt.timedelta(days=shift)
    return Dated(DateMention(day, "day", date.start, date.end, date.text), source)


_WEEKDAY_LABEL = re.compile(r"(?i)[ \t]*(ma|di|wo|do|vr|za|zo)[ \t]*[:.][ \t]")  # a line under a week opened by its day
_WEEK_HEADER = re.compile(r"(?im)^\W*(?:wk|week)\.?\s*\d{1,2}\b")
_WEEKDAY = re.compile(r"(?i)(?<![\w-])(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
                      r"(?:avond|middag|ochtend|nacht|morgen)?(?![\w-])")
_NOT_THIS_WEEK = re.compile(r"(?i)(?<!\w)(?:vorige\s+week|volgende(?:\s+week)?|komende|aanstaande|elke|iedere|om\s+de|tot|"
                            r"vanaf|voor|na|afgelopen)\s*$")
# a weekday told as past by someone else ("PV heeft zaterdag een infarct gehad", "zaterdag jl."), not the
# writer's own deed in the week ("Ik heb donderdag met Daan gesproken")
_FIRST_PERSON_AUX = re.compile(r"(?i)^(?:heb|ben|had)\b")


def _weekday_in_week(adoc: AnalysedDocument, entry: Entry, sent: Span, anchor: int | None) -> Dated | None:
    """Under a week's heading ("Week 37 (9 t/m 15 september 2024)"), the weekday the paragraph last named
    before the trigger ("Dinsdag consult met de GW ... Advies: ...", "Ik heb donderdag met Daan gesproken")
    is the day: that day of the heading's week. Not "vorige week vrijdag", "elke dinsdag", "voor woensdag
    gepland" (another week, a habit, a plan), nor a past told by another ("PV heeft zaterdag ... gehad",
    "zaterdag jl."), which is dated as in any entry."""
    text = adoc.document.text
    if not _WEEK_HEADER.match(text, entry.start, entry.body_start):
        return None
    start = max(entry.body_start, text.rfind("\n", entry.body_start, sent.start_char) + 1)
    region = text[start : anchor if anchor is not None else sent.end_char]
    days = [m for m in _WEEKDAY.finditer(region) if not _NOT_THIS_WEEK.search(region, 0, m.start())]
    past = {m.start(_day_group(m)) for m in _past_weekday()[0].finditer(region)
            if not _FIRST_PERSON_AUX.match(m.group(0)) and _day_group(m) != "opens"}  # "Donderdag heb ik ...": in the week
    monday = entry.date.date - dt.timedelta(days=entry.date.date.weekday())
    short = _WEEKDAY_LABEL.match(text, start, sent.end_char)
    if short is not None and not days:  # "wo: Jesse na school opgehaald ...": the line's own weekday
        day = monday + dt.timedelta(days=_weekday_index(short.group(1)))
        return Dated(DateMention(day, "day", entry.date.start, entry.date.end, entry.date.text), "entry")
    if not days or days[-1].start() in past:  # told as past: as in any entry (_weekday_shift)
        return None
    day = monday + dt.timedelta(days=_past_weekday()[1][days[-1].group(1).lower()])
    # "Maandag belde oma: ... is afgelopen zaterdag ingetrokken": the past told on that day
    day += dt.timedelta(days=_weekday_shift(day, region[days[-1].end() :]))
    return Dated(DateMention(day, "day", entry.date.start, entry.date.end, entry.date.text), "entry")


def _narrative_before(adoc: AnalysedDocument, entry: Entry, sent: Span) -> str:
    """The entry's body before ``sent`` in the same paragraph: "Gisteren was ik bij jullie. Samen hebben we
    de checklist ingevuld." dates the second sentence to yesterday too. A sentence that opens with a next
    step ("Afgelopen woensdag huisbezoek gedaan. Eerst met tante ...\nDaarna Roos alleen gesproken") goes on
    with the story before it over its line breaks, not over a blank line."""
    text = adoc.document.text
    step = re.match(_story_rules()["next_step"], text[sent.start_char : sent.end_char])
    # "... afgenomen met Hanneke en Ruud;" / "Noor heb ik daarna apart gesproken": the line before goes on
    goes_on = _after_line_ending_in(text, sent.start_char, (";", ","))
    start = max(entry.body_start, text.rfind("\n\n", entry.body_start, sent.start_char) + 2) if step or goes_on \
        else max(entry.body_start, text.rfind("\n", entry.body_start, sent.start_char) + 1)
    return text[start : sent.start_char]


def ends_in(text: str, end: int, chars: tuple[str, ...]) -> bool:
    """Does ``text[:end]``, spaces aside, end in one of ``chars``? Read backwards, without copying the text before
    ``end`` (a long file asks this for every sentence)."""
    i = end - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i >= 0 and text[i] in chars


def _after_line_ending_in(text: str, start: int, ends: tuple[str, ...]) -> bool:
    """Does ``start`` open a line (spaces aside) right after a line that ends in one of ``ends``?"""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i > 0 and text[i - 1] == "\n" and ends_in(text, i - 1, ends)


def _story_day(base: DateMention, story: str) -> Dated | None:
    """The day the story before a sentence is on: the last day it names relative to the entry's ``base`` day
    ("Gisteren was ik bij jullie."; "vandaag" brings it back to the entry's own day), when the sentence that names
    it tells the story of the day (``_story_of_the_day``)."""
    told = _last_relative_day(story)
    if told is None or not _story_of_the_day(*_sentence_around(story, *told)):
        return None
    return _shifted_from(base, story[told[0] : told[1]], "entry")


_SUBJECT_LINE = re.compile(r"(?i)^\W*(?:onderwerp|betreft|subject)\s*:")
SUBJECT_AFTER_SENT = 400  # characters between a mail's "Verzonden:" line and its subject line


def _relative_base(adoc: AnalysedDocument, entry: Entry) -> DateMention:
    """The day "gisteren" and "afgelopen dinsdag" count from in an entry: its own day; but under a mail's subject
    line that names a day ("Onderwerp: verslag bezoek 3 oktober") the day the mail was sent, on the header line just
    above it ("Verzonden: vrijdag 4 oktober 2024"): "Dank voor het huisbezoek gisteren" is the 3rd. (What the mail
    tells without such a word stays on the subject's day.)"""
    if not _SUBJECT_LINE.match(entry.header):
        return entry.date
    entries = adoc.structure.entries
    i = next((k for k, e in enumerate(entries) if e is entry), 0)
    before = entries[i - 1] if i > 0 else None
    if before is None or entry.start - before.start > SUBJECT_AFTER_SENT or before.date.precision != "day" \
            or before.date.date < entry.date.date:
        return entry.date
    return before.date


@resource_cache
def _amendment_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = resource_json("dates_nl.json")
    return (re.compile(data["amendment_stamp"]), re.compile(data["amendment_new_event"]),
            re.compile(data["form_date_header"]))


def _without_amendment_stamps(text: str, mentions: list[DateMention], entry: Entry | None) -> list[DateMention]:
    """The sentence's days without the stamp of a later addition in a journal's entry ("Aanvulling 09-07: gesprek
    was zonder PO": it tells more of the entry's event), unless the addition tells a new one ("Aanvulling 05-06:
    Roos alsnog apart gesproken"); under a form's date field ("Datum afgerond: 03-03-2025") there is no record
    to add to: "Aanvulling 17-03-2025: Fenna apart gesproken" is that day's."""
    stamp, new_event, form_date = _amendment_rules()
    if entry is None or not mentions or form_date.match(entry.header):
        return mentions
    return [m for m in mentions if not (stamp.match(text[: m.start]) and m.date > entry.date.date
                                        and not new_event.search(text, m.end))]


@resource_cache
def _report_label() -> re.Pattern[str]:
    return re.compile(resource_json("dates_nl.json")["report_label"], re.MULTILINE)


def _report_label_day(adoc: AnalysedDocument, entry: Entry, sent: Span) -> Dated | None:
    """A label before the sentence in its entry's paragraph that says what follows reports an earlier day
    ("14-4-2025 | Huisbezoek | Nagekomen verslag huisbezoek van 8-4-2025:\nLiv alleen gesproken ..."): that day,
    when it is not after the entry's own."""
    text = adoc.document.text
    start = max(entry.start, text.rfind("\n\n", entry.start, sent.start_char) + 2)
    found = [m for m in _report_label().finditer(text, start, sent.start_char) if text[m.end() : m.end() + 1] == "\n"]
    if not found:  # (the label ends its line: "$" also matches where the search stops)
        return None
    m = found[-1]
    days = find_dates(m.group(1), context_date=entry.date.date)
    if not days or days[0].precision != "day" or days[0].date > entry.date.date:
        return None
    return Dated(DateMention(days[0].date, "day", m.start(1), m.end(1), m.group(1)), "entry")


def _sentence_around(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence of ``text`` that holds ``text[start:end]`` (cut at ".", "!", "?" and line breaks), and where
    in it the span starts."""
    opens = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    closes = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[opens : min(closes) if closes else len(text)], start - opens


_SINCE_WORD = re.compile(r"(?i)\b(?:sinds|vanaf|tot|t/m)\b")


def _last_relative_day(text: str) -> tuple[int, int] | None:
    """(start, end) of the last day ``text`` names relative to its entry, by position: a relative day word
    ("gisteren", "vandaag") or a past weekday ("afgelopen woensdag", "vorige week donderdag")."""
    found = [(m.start(), m.end()) for rx, _ in _relative_day_patterns() for m in rx.finditer(text.lower())]
    # not a note that opens with its weekday ("Donderdag heb ik ... gehaald"): under a week's heading that day is
    # in the week (``_weekday_in_week``), not the last such day before the entry's
    # nor a state since that day ("Hij is sinds zaterdag weer thuis": "is ... zaterdag" matched over its "sinds")
    found += [(m.start(), m.end()) for m in _past_weekday()[0].finditer(text)
              if _day_group(m) != "opens" and not _SINCE_WORD.search(m.group(0))]
    found += [(m.start(), m.end()) for m in _LAST_WEEK.finditer(text)]
    return max(found) if found else None


def _story_rules() -> dict[str, str]:
    return resource_json("dates_nl.json")["story"]


def _story_of_the_day(sentence: str, at: int) -> bool:
    """Does the sentence that names a day (at ``at``) tell what happened on it, so the sentences after it are
    on that day ("Gisteren was ik bij jullie.", "Dank voor gisteren.")? Not a state since then ("Milan is er
    sinds gisteravond"), another's words about it ("Hodan heeft verteld dat PV haar gisteren heeft
    geslagen"), nor another's life event without a contact of the writer's ("Het gezin is afgelopen zondag
    verhuisd.")."""
    rules = _story_rules()
    before = sentence[:at]
    # "zit sinds maandag in groep 1": the weekday's own match may open with "sinds"
    if re.search(rules["since"], before) or re.match(rules["since_lead"], sentence[at:]) \
            or re.search(rules["reported"], before):
        return False
    # "Afgelopen maandag heeft ze een naaktfoto doorgestuurd gekregen": what another did that day, no contact
    other = re.search(rules["other_event"], sentence) or re.match(rules["others_act"], sentence[at:])
    return not other or bool(re.search(rules["contact"], sentence))


def realised_day(adoc: AnalysedDocument, offset: int, context: dt.date | None) -> Dated | None:
    """A planning sheet's row ("Individueel contact PK | 24-02-2025 | 05-03-2025 | onder vier ogen ..."): the
    event is on the realised cell's day, not the planned one nor the sheet's; a realised cell that says it did
    not take place ("vervallen", "verschoven naar 5-3") gives no date (and ``candidates.not_realised`` vetoes
    the row); one that only says yes or a month leaves the row to be dated as any sentence."""
    cell = realised_cell(adoc, offset)
    if cell is None:
        return None
    state, day = realised_reading(adoc.document.text[cell[0] : cell[1]], context)
    if state == "unknown":
        return None
    if day is None:
        return Dated(None, "none")
    # offsets relative to the row's first cell, as a sentence's date is to its sentence
    return Dated(replace(day, start=cell[0] + day.start - offset, end=cell[0] + day.end - offset), "sentence")


def sentence_date(adoc: AnalysedDocument, sent: Span, anchor: int | None = None, month_by_trigger: bool = True) -> Dated:
    """The date an event in ``sent`` happened on (see module docstring). ``month_by_trigger``: a year-less
    month in the trigger's clause may date the event (not for a goal's evaluation: "Behaald in juni" is
    when the goal was reached, not when the plan was evaluated). A planning sheet's row: its realised day."""
    # The trigger's entry: a sentence that runs on from the previous line into a new entry header
    # ("... school\nwk 33 PO verhuisd") belongs, for the event, to the entry the trigger is in.
    entry = adoc.structure.entry_at(sent.start_char if anchor is None else anchor)
    context = _context_date(adoc, entry, sent.start_char)
    return grid_date(adoc, sent, anchor) or realised_day(adoc, sent.start_char, context) \
        or _told_date(adoc, sent, anchor, month_by_trigger, entry, context)


def grid_date(adoc: AnalysedDocument, sent: Span, anchor: int | None) -> Dated | None:
    """A day of a month grid ("Huisbezoek | 11 | — | 21"): its column's month of the sheet's year."""
    day = grid_day_at(adoc, sent.start_char if anchor is None else anchor)
    if day is None:
        return None
    start = day.start - sent.start_char  # offsets relative to the sentence, as a sentence's own date
    return Dated(DateMention(day.date, "day", start, start + day.end - day.start,
                             adoc.document.text[day.start : day.end]), "sentence")


def _told_date(adoc: AnalysedDocument, sent: Span, anchor: int | None, month_by_trigger: bool, entry: Entry | None,
               context: dt.date | None) -> Dated:
    """``sentence_date`` of a sentence outside a planning sheet, in its ``entry`` read against ``context``."""
    text = span_text(adoc, sent)
    looking_back = entry is None and adoc.structure.doc_date is None
    period = adoc.structure.period_at(sent.start_char)
    story = _story(adoc, sent.start_char)
    mentions = _own_dates(text, context, "day", looking_back, period, story)
    mentions = _without_amendment_stamps(text, mentions, entry) or _listed_days(adoc, sent, context)  # "Aanvulling 09-07:"
    mentions = _own_clause_days(text, mentions, anchor - sent.start_char if anchor is not None else None)
    # A date that is the entry header itself is the entry date, not a sentence date.
    own = _own_day(entry, sent, text, mentions, anchor) or _stepped_day(adoc, sent, mentions, context) \
        or _day_of_month(adoc, entry, sent, text, anchor)
    if own is not None:
        return _written_today(adoc, sent, text, own, context) or own
    if entry is not None and entry.date.precision == "day":
        base = _relative_base(adoc, entry)
        shifted = _weekday_in_week(adoc, entry, sent, anchor) or _shifted_from(base, text, "entry") \
            or _report_label_day(adoc, entry, sent)
        if shifted is None and not _relative_days(text) and not re.match(_story_rules()["written_now"], text):
            shifted = _story_day(base, _narrative_before(adoc, entry, sent))  # the day the paragraph's story is on
        if shifted is not None:
            return shifted
    # "In maart 2024 heeft de GW geadviseerd ...": the sentence's own month beats the entry date
    months = _own_dates(text, context, "month", period=period, story=story)
    if months and anchor is not None:  # "het bezoek van januari kon niet doorgaan; het laatste was in april": its own
        months = sorted(months, key=lambda m: abs(sent.start_char + m.start - anchor))
    if months and (entry is None or months[0].date < entry.date.date.replace(day=1)):
        return Dated(months[0], "sentence")
    # "Half mei ben ik bij het gezin geweest" in a report over the second quarter: May of that quarter,
    # whatever dated paragraph came before it
    in_period = [] if months else _month_in_report(text, period, context)
    if in_period:
        return Dated(in_period[0], "sentence")
    by_trigger = None if months or anchor is None or not month_by_trigger \
        else _month_by_trigger(text, anchor - sent.start_char, context, entry, period, story)
    if by_trigger is not None:
        return Dated(by_trigger, "sentence")
    long_entry = _long_entry(adoc, entry, sent, text)
    # The line's own opening day, unless it is the entry's header ("16-10-2023 09:20 | Contactmoment d.d. 14-10-2023")
    header_line = entry is not None and adoc.document.text.rfind("\n", 0, sent.start_char) + 1 == entry.start
    bullet = None if header_line and entry.date.start > entry.start else _bullet_date(adoc, sent, context)
    if bullet is not None:
        return bullet
    if (visit := _letter_visit(adoc, entry, sent, text, context)) is not None:
        return visit
    if entry is not None and not long_entry:
        return Dated(entry.date, "entry")
    # "Hij is dit jaar ... apart gesproken" sums up the report's year: not on a day told before it
    told = None if _period_summary().search(text) else _paragraph_date(adoc, sent, context)
    if told is None and entry is None:  # "Tijdens dit huisbezoek ...": the visit told under another heading
        told = _referred_date(adoc, sent, text, context)
    if told is None and long_entry:
        return Dated(entry.date, "entry")
    if told is not None:
        return told
    if adoc.structure.doc_date is not None:  # "afgelopen dinsdag" in meeting notes dated 24 April: that Tuesday
        return (_shifted_from(adoc.structure.doc_date, text, "document") if adoc.structure.doc_date.precision == "day"
                else None) or Dated(adoc.structure.doc_date, "document")
    return Dated(None, "none")


_YEARLESS_DAY = re.compile(r"\d{1,2}[-/]\d{1,2}")


_OF_A_DAY = re.compile(r"(?i)\bvan\s+(?:gisteren|eergisteren|vandaag|vanochtend|gisteravond|vorige\s+week|afgelopen\s+\w+)\b")


def semicolon_bounds(text: str, at: int, end_at: int | None = None, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """Where the clause between the semicolons around ``text[at:end_at]`` starts and ends, within ``lo``..``hi``:
    "Huisbezoek; moeder ziet Liv niet" tells the visit in one clause and the parent in the next."""
    hi = len(text) if hi is None else hi
    end = text.find(";", at if end_at is None else end_at, hi)
    return text.rfind(";", lo, max(at, lo)) + 1 or lo, end if end >= 0 else hi


def _own_clause_days(text: str, mentions: list[DateMention], rel: int | None) -> list[DateMention]:
    """The trigger's own clause tells its day by a relative word while another clause holds a date ("De
    herscreening na de verhuizing van 03-03-2025 is afgerond; het huisbezoek in de nieuwe woning was gisteren"):
    that date is the other clause's event's, so only the trigger's clause's own dates count."""
    if rel is None or not mentions:
        return mentions
    lo, hi = semicolon_bounds(text, rel)
    if (lo == 0 and hi == len(text)) or not _relative_days(_OF_A_DAY.sub(" ", text[lo:hi])):
        return mentions  # "over de ruzie van gisteren": the word dates the quarrel, not the talk
    return [m for m in mentions if lo <= m.start < hi]


def _listed_days(adoc: AnalysedDocument, sent: Span, context: dt.date | None) -> list[DateMention]:
    """A listed clause's own year-less day, which only its line shows to be one ("Inhalen registratie: 30/5
    gesprek met Roos alleen, 13/6 telefonisch pleegvader": each clause a sentence of its own, one day in each is
    no list). Offsets relative to the sentence, as ``_own_dates`` gives them. The line's listed days are read
    once per line (a long unbroken line holds many sentences)."""
    text = adoc.document.text
    if _YEARLESS_DAY.search(text, sent.start_char, sent.end_char) is None:
        return []
    if any(m.precision == "day" for m in find_dates(span_text(adoc, sent), context_date=context)):
        return []  # the sentence's own days were read, and some left out for a reason ("Aanvulling 09-07:", "voor 10-01")
    start = line_at(text, sent.start_char)[0]
    lines = adoc.__dict__.setdefault("_listed_line_days", {})
    if start not in lines:
        lines[start] = sorted(start + at for at in listed_day_starts(text[start : line_at(text, sent.end_char)[1]]))
    out = []
    for at in lines[start]:
        day = _YEARLESS_DAY.match(text, at) if sent.start_char <= at < sent.end_char else None
        found = parse_date(day.group(0), context_date=context) if day else None
        if found is not None and found.precision == "day":
            rel = at - sent.start_char
            out.append(DateMention(found.date, "day", rel, rel + len(day.group(0)), day.group(0)))
    return out


def _written_today(adoc: AnalysedDocument, sent: Span, text: str, own: Dated, context: dt.date | None) -> Dated | None:
    """"Vandaag, 4 februari, belde de JB: hij heeft Noor gisteren alleen gesproken" (or a note's date after its
    label, "Domein Wonen — 17-11-2025: gisteren ..."): the date set beside "vandaag" is the day of writing, on or after every day told before it (so its year is the first that
    puts it there), and "gisteren" or "afgelopen dinsdag" after it counts back from it."""
    m = own.mention
    label, not_label = _note_label()
    if own.source == "sentence" and m is not None and label.match(text[: m.start]) and not not_label.search(text[: m.start]) \
            and _NOTE_DATE_AFTER.match(text, m.end):  # "Domein Sociaal netwerk — 17-11-2025: afgelopen zaterdag ..."
        return _shifted_from(m, text[m.end :], "sentence")
    if own.source != "sentence" or m is None or _EXPLICIT_YEAR.search(m.text) or not _TODAY_BESIDE.search(text[: m.start]):
        return None
    before = day_told_before(adoc.document.text, sent.start_char + m.start, context)
    day = m.date
    if before is not None:
        day = next((d for d in (with_year(day, before.year), with_year(day, before.year + 1)) if d >= before), day)
    today = DateMention(day, m.precision, m.start, m.end, m.text)
    return _shifted_from(today, text[m.end :], "sentence") or Dated(today, "sentence")


_TODAY_BESIDE = re.compile(r"(?i)\bvandaag\s*[,(]?\s*$")
_NOTE_DATE_AFTER = re.compile(r"\s*:")


@resource_cache
def _note_label() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A note's own date after a short label ("Domein Wonen — 17-11-2025: gisteren ..."), and labels that name
    another day ("Deadline verslag - ..."): ``dates_nl.json`` note_label, not_note_label."""
    data = resource_json("dates_nl.json")
    return re.compile(data["note_label"]), re.compile(data["not_note_label"])


_ASIDE_LABEL = re.compile(r"[^\W\d_]{3,}")
_ASIDE_OPEN_WORDS = frozenset({"op", "d.d", "dd", "per", "sinds", "vanaf", "datum"})


def _stepped_day(adoc: AnalysedDocument, sent: Span, mentions: list[DateMention], context: dt.date | None) -> Dated | None:
    """"Twee weken later ben ik weer langs geweest": a step from the day told before; "Op de dinsdag na
    Pinksteren": a feast in the year nearest it (``told_later``)."""
    if mentions:
        return None
    text = adoc.document.text
    later = told_later(text, sent.start_char, sent.end_char, context) or feast_date(
        text, sent.start_char, sent.end_char, context)
    if later is not None:
        return Dated(later, "sentence")
    # a step earlier on the sentence's own line, after its last date ("Op 2 april belde oma. Op de dinsdag na
    # Pinksteren ben ik langs geweest. Het eerste half uur ..."): before the line's opening date dates it all
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    return _story_step(text, line_start, sent, context) if line_start < sent.start_char else None


def _story_step(text: str, start: int, sent: Span, context: dt.date | None) -> Dated | None:
    """The day of the last step in ``text[start:sent]`` when its sentence tells what happened ("Twee weken
    later ben ik langs geweest."), not what was to come ("De volgende dag zou Levi op kamp gaan.", "Een
    week later begint de zomervakantie."): the sentences after it are on that day."""
    stepped = stepped_since(text, start, sent.start_char, context)
    if stepped is None:
        return None
    step_sentence = text[stepped.start : sent.start_char]
    return Dated(stepped, "paragraph") if told_in_past(step_sentence) and not _WOULD.search(step_sentence) else None


_WOULD = re.compile(r"(?i)\b(?:zou|zouden|zal|zullen)\b")


@resource_cache
def _day_of_month_rules() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(v) for k, v in resource_json("dates_nl.json")["day_of_month"].items()}


def _day_of_month(adoc: AnalysedDocument, entry: Entry | None, sent: Span, text: str, anchor: int | None) -> Dated | None:
    """In a month's entry ("Maandrapportage maart 2025"), a day told without its month ("op de 14e", "op di 21",
    "Wo 14"): that day of the month, or of the month before after "vorige maand". The one nearest the trigger,
    else the last the story before it told ("Op de 14e huisbezoek. Daarna heb ik Noor alleen gesproken"); a
    weekday that does not fall on that day, or a day the month does not have, makes none (``day_of_month``)."""
    if entry is not None and entry.date.precision == "day":
        return _earlier_day_of_month(entry, text)
    if entry is None or entry.date.precision != "month":
        return None
    found = _days_of_month(text)
    if found:
        rel = None if anchor is None else anchor - sent.start_char
        m = min(found, key=lambda x: abs(x.start() - rel)) if rel is not None else found[0]
        day = _month_day(entry, text, m)
        return None if day is None else Dated(DateMention(day, "day", m.start(), m.end(), m.group(0)), "sentence")
    story = _narrative_before(adoc, entry, sent)
    # the last day the story told: of the month ("Op de 14e huisbezoek.") or in full ("Huisbezoek op 20 maart
    # gedaan."), told as the writer's own contact
    told = [(m.start(), m.end(), _month_day(entry, story, m)) for m in _days_of_month(story)]
    told += [(d.start, d.end, d.date) for d in find_dates(story, context_date=entry.date.date) if d.precision == "day"]
    if not told:
        return None
    start, end, day = max(told, key=lambda t: t[0])
    if day is None or not _story_of_the_day(*_sentence_around(story, start, end)):
        return None
    return Dated(DateMention(day, "day", entry.date.start, entry.date.end, entry.date.text), "paragraph")


def _earlier_day_of_month(entry: Entry, text: str) -> Dated | None:
    """In a dated entry ("19.11.25"), a sentence that opens with an ordinal day without its month ("Op de 12e
    met Sara alleen naar de stad"): that day of the entry's month, or of the month before after "vorige
    maand"; a day after the entry's is still to come, no event's day."""
    rules = _day_of_month_rules()
    m = rules["ordinal"].match(text, len(text) - len(text.lstrip(" -–•*\t")))
    if m is None or not m.group(0).lower().startswith("op"):
        return None  # only a sentence that opens with it ("Op de 12e ..."), not "ze gaat op de 28e naar ..."
    first = entry.date.date.replace(day=1)
    if rules["previous_month"].search(text):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    elif int(m.group("day")) > entry.date.date.day:
        return None  # a day still to come in the entry's month: a plan
    day = _day_in_month(first, m)
    return None if day is None else Dated(DateMention(day, "day", m.start(), m.end(), m.group(0)), "sentence")


def _days_of_month(text: str) -> list[re.Match[str]]:
    rules = _day_of_month_rules()
    found = [m for rx in (rules["ordinal"], rules["weekday_number"]) for m in rx.finditer(text)]
    return sorted((m for m in found if not _not_event_date().search(text[max(0, m.start() - _LOOKBACK) : m.start()])),
                  key=lambda m: m.start())


def _month_day(entry: Entry, text: str, m: re.Match[str]) -> dt.date | None:
    """The day ``m`` names in the entry's month (the month before after "vorige maand")."""
    rules = _day_of_month_rules()
    first = entry.date.date.replace(day=1)
    if rules["previous_month"].search(text, 0, m.start()):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return _day_in_month(first, m)


def _day_in_month(first: dt.date, m: re.Match[str]) -> dt.date | None:
    """The day ``m`` names in the month that starts on ``first``; None when the month has no such day or the
    weekday ``m`` names does not fall on it."""
    try:
        day = first.replace(day=int(m.group("day")))
    except ValueError:
        return None
    weekday = m.groupdict().get("wd") or m.groupdict().get("wd2")
    return None if weekday and _weekday_index(weekday) != day.weekday() else day


def _weekday_index(word: str) -> int:
    """0 for "maandag" or "ma", ... 6 for "zondag" or "zo"."""
    return ("ma", "di", "wo", "do", "vr", "za", "zo").index(word.lower()[:2])


def _own_day(entry: Entry | None, sent: Span, text: str, mentions: list[DateMention], anchor: int | None) -> Dated | None:
    """The day the sentence itself gives the event: its date nearest the trigger. The entry's own header date
    is no sentence date, unless the trigger is the bracketed label right after it, in a line that lists events
    each beside its date ("12 maart 2025 (veiligheidscheck) en 21 mei 2025 (evaluatie doelen)")."""
    header = None
    if entry is not None:
        header = next((m for m in mentions if sent.start_char + m.start == entry.date.start), None)
        mentions = [m for m in mentions if m is not header]
        # "doel 2 deels behaald (aanmelding gedaan, intake 19-11)": the aside's date is its intake's
        rel = None if anchor is None else anchor - sent.start_char
        mentions = [m for m in mentions if not _labelled_aside(text, m, rel)]
    if not mentions:
        return None
    if anchor is None:
        return Dated(mentions[0], "sentence")
    rel = anchor - sent.start_char
    best = min(mentions, key=lambda m: abs(m.start - rel))
    if entry is not None and _far_beside_header(entry.date.start - sent.start_char, best.start, rel):
        return Dated(entry.date, "entry")
    if entry is not None and header is not None and (
            _labels_event(text, header, rel)
            # ... or the nearer other date is a bracketed aside: "herscreening na verhuizing (28-10-2023)"
            or (text[: best.start].rstrip().endswith("(") and abs(header.start - rel) < abs(best.start - rel))):
        return Dated(entry.date, "entry")
    return Dated(best, "sentence")


_OPEN_LABEL = re.compile(r"[ \t]*\(")
FAR_DATE_CHARS = 80


def _far_beside_header(header: int, other: int, trigger: int) -> bool:
    """"20-1 hb bij oma ... 'mama auto weg' vorige veiligheidscheck 24-10-24 ...": the entry's own day opens the
    sentence beside the trigger, the other day is told far on in a line run on into it: the note's day wins."""
    return 0 <= header < trigger and abs(header - trigger) < abs(other - trigger) and abs(other - trigger) > FAR_DATE_CHARS


def _labels_event(text: str, m: DateMention, anchor: int) -> bool:
    """The date is followed by a bracketed label that holds the trigger: "12 maart 2025 (veiligheidscheck)"."""
    label = _OPEN_LABEL.match(text, m.end)
    return label is not None and label.end() <= anchor < text.find(")", label.end())


def _labelled_aside(text: str, m: DateMention, anchor: int | None) -> bool:
    """The date stands in brackets after words of its own ("(aanmelding gedaan, intake 19-11)") and the
    trigger is outside them: the date of what the aside tells, not the sentence's event."""
    open_, close = text.rfind("(", 0, m.start), text.find(")", m.end)
    if open_ < 0 or close < 0 or ")" in text[open_ : m.start]:
        return False
    if anchor is not None and open_ < anchor < close:
        return False
    words = _ASIDE_LABEL.findall(text[open_ + 1 : m.start])
    # "Mail van Marloes (vrijdag 20-09) ...": a weekday that opens the brackets is the date's own, no label of
    # another event ("(volgend bezoek dinsdag 24-09)" is the next visit's date)
    if words and words[-1].lower() in weekday_names() and (len(words) == 1 or words[-2].lower() == "op"):
        return False
    return bool(words) and words[-1].lower() not in _ASIDE_OPEN_WORDS


@resource_cache
def _period_summary() -> re.Pattern[str]:
    return re.compile(resource_json("dates_nl.json")["period_summary"])


PARAGRAPH_REACH = 600
# A note or paragraph that opens with its own day ("- (IV) Wo 28/2 ...", "12-07: ...", "Op 12-12-2023 belde ...",
# "Dinsdag 3 december 2024 heb ik ..."): every sentence of it is on that day
_BULLET_DATE = re.compile(r"^\W*(?:\([A-Za-z]{1,5}\)\s*)?(?:op\s+)?(?:(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|"
                          r"donderdag|vrijdag|zaterdag|zondag)\.?\s+)?(?:\d{1,2}[-/]\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mrt|maa|apr|mei|"
                          r"jun|jul|aug|sep|okt|nov|dec)[a-z]*\b)", re.IGNORECASE | re.MULTILINE)  # matched at a line's start


def opens_with_date(text: str, line_start: int) -> bool:
    """Does the line at ``line_start`` open with its own day ("Op 05-11-2024 vond ...", "- (IV) Wo 28/2 ...")?"""
    return _BULLET_DATE.match(text, line_start) is not None


def _bullet_date(adoc: AnalysedDocument, sent: Span, context: dt.date | None) -> Dated | None:
    """The day a note's line opens with, for the later sentences of that line."""
    text = adoc.document.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    if start == sent.start_char or not _BULLET_DATE.match(text, start):
        return None
    days = _own_dates(text[start : sent.start_char], context, "day", period=adoc.structure.period_at(start),
                      story=_story(adoc, start))
    if not days or days[0].start >= BULLET_DATE_WITHIN:
        return None
    # A line that tells on past its opening day ("Op 15 januari 2024 ben ik ... Op 16 mei ben ik weer bij het
    # gezin geweest. Noor wilde eerst niet praten, maar daarna ..."): the sentence is on the day told last, by a
    # sentence that opens with that day and tells it in the past (a step counts too); not a day inside a
    # sentence ("We hebben afgesproken dat ik op 3 april weer kom", "Ilse vertelde dat Roos op 2 maart ziek was").
    told = [m for m in days[1:] if _opens_told_sentence(text, start + m.start, start + m.end)]
    return _story_step(text, start, sent, context) or _told_at((told or days[:1])[-1], start)


BULLET_DATE_WITHIN = 40  # characters into its line a note's opening date may stand


def _opens_told_sentence(text: str, start: int, end: int) -> bool:
    """The date opens its sentence ("Op 16 mei ben ik weer ... geweest.", "Dinsdag 3/12 heb ik ...") and the
    sentence tells it in the past, not as a plan."""
    sentence, at = _sentence_around(text, start, end)
    lead = re.findall(r"[\w']+", sentence[:at])  # "Op", "Ik ben op", "Daarna ben ik op", "Vervolgens, op"
    return len(lead) <= OPENING_WORDS and not any(w.lower() in _NOT_TOLD_LEAD for w in lead) \
        and told_in_past(sentence) and not _WOULD.search(sentence)


OPENING_WORDS = 4  # a date this far into its sentence still opens it ("Daarna ben ik op 16 mei ...")
_NOT_TOLD_LEAD = frozenset({"dat", "afgesproken", "vertelde", "vertelt", "zei", "zegt", "gepland", "volgende", "tot",
                            "voor", "vóór", "uiterlijk", "afspraak", "sinds", "vanaf", "geboren"})


# "We hebben toen ...", "In dat gesprek ...": the sentence points back to the event told just before it
_ANAPHORA = re.compile(r"(?i)\b(?:toen|daarbij|die\s+dag|in\s+dat\s+(?:gesprek|overleg|bezoek)|tijdens\s+dat\s+(?:gesprek|bezoek|overleg)"
                       r"|bij\s+die\s+gelegenheid)\b")
SALUTATION_WITHIN = 600


@resource_cache
def _letter_rules() -> dict[str, Any]:
    """``letter`` in dates_nl.json, its patterns compiled."""
    data = resource_json("dates_nl.json")["letter"]
    return {k: re.compile(v) if isinstance(v, str) else v for k, v in data.items()}


def _told_at(m: DateMention, start: int) -> Dated:
    """A day found in the text from ``start`` on, as the date a sentence's story is told on."""
    return Dated(DateMention(m.date, m.precision, start + m.start, start + m.end, m.text), "paragraph")


def _letter(adoc: AnalysedDocument, entry: Entry) -> bool:
    """The entry is a letter: a dateline for its header and a salutation near its top ("Beste Ellen en Frank,").
    Worked out once per entry (every sentence of a long entry asks)."""
    known = adoc.__dict__.setdefault("_letters", {})
    if entry.start not in known:
        rules = _letter_rules()
        known[entry.start] = rules["dateline"].match(entry.header) is not None and rules["salutation"].search(
            adoc.document.text, entry.start, min(entry.end, entry.start + SALUTATION_WITHIN)) is not None
    return known[entry.start]


REPORT_ENTRY_CHARS = 1500  # longer than a journal entry: a report or letter dated once, told in passages


_HEADING_LINE = re.compile(r"[ \t]*[^\W\d_][^\n.!?\d]{0,40}?:?[ \t]*")  # a few words, no sentence's end nor a date


def _paragraph_date(adoc: AnalysedDocument, sent: Span, context: dt.date | None) -> Dated | None:
    """Outside dated entries (a report, a letter), a sentence without a date of its own continues the
    story of its passage: "Op 11 maart heb ik met Saskia gesproken. We hadden het over ..." is on
    11 March, not on the report's date. The last day-date earlier in the same passage."""
    text = adoc.document.text
    start, end = line_at(text, sent.start_char)
    if _HEADING_LINE.fullmatch(text, start, end):
        return None  # "Advies" over its text: a heading opens a passage, it does not go on with the one above
    # Back over earlier prose lines of the same passage (a report keeps a paragraph per line), up to a
    # heading or a form field (a line that does not end a sentence) or a blank line.
    while start > 0 and sent.start_char - start < PARAGRAPH_REACH:
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start : start - 1].rstrip()
        wrapped = prev and prev[-1].isalnum() and text[start : start + 1].islower()  # a hard-wrapped line
        if not prev or (prev[-1] not in ".!?" and not wrapped):
            break
        start = prev_start
    before = text[start : sent.start_char]
    stepped = _story_step(text, start, sent, context) if before.strip() else None
    if stepped is not None:  # "Twee weken later ..." or "Op de dinsdag na Pasen ...", then this sentence
        return stepped
    period = adoc.structure.period_at(start)
    month = _month_told_before(before, start, sent, text, period, context) if before.strip() else None
    if month is not None:
        return month
    days = _own_dates(before, context, "day", period=period, story=_story(adoc, start)) if before.strip() else []
    if not days:
        return None
    m = days[-1]
    if _letter_rules()["today"].search(text, start + m.end, sent.end_char):
        return None  # "Op 3 februari belde de school. Vandaag was ik bij jullie ...": the story moved to today
    return _told_at(m, start)


def _month_told_before(before: str, start: int, sent: Span, text: str, period: Period | None,
                       context: dt.date | None) -> Dated | None:
    """"Eind augustus hebben we de check gedaan. Demi heb ik daarbij apart gesproken.": a sentence that points
    back ("daarbij", "toen") to the one before it, which names only its month, is in that month."""
    if not _ANAPHORA.search(text[sent.start_char : sent.end_char]):
        return None
    last = before.rstrip()
    cut = max(last.rfind(".", 0, len(last) - 1), last.rfind("\n")) + 1
    months = _month_in_report(last[cut:], period, context)
    if not months:
        return None
    # a story moves forward: "Op 4 juni ... Eind augustus ..." is the August after the day told before
    told = day_told_before(before, cut, context)
    m = months[0]
    year = m.date.year + 1 if period is None and told is not None and m.date < told.replace(day=1) else m.date.year
    return Dated(DateMention(m.date.replace(year=year), m.precision, start + cut + m.start, start + cut + m.end,
                             m.text), "paragraph")  # offsets in the file, as a passage's date has them


def _long_entry(adoc: AnalysedDocument, entry: Entry | None, sent: Span, text: str) -> bool:
    """A whole report or letter under one date, and the sentence is not the entry's own dated header line."""
    return entry is not None and bool(entry.end - entry.start > REPORT_ENTRY_CHARS or _ANAPHORA.search(text)
                                      or _letter(adoc, entry)) and not sent.start_char <= entry.date.start < sent.end_char


def _letter_visit(adoc: AnalysedDocument, entry: Entry | None, sent: Span, text: str, context: dt.date | None) -> Dated | None:
    """In a letter, "die middag" or "tijdens dit bezoek" is the day of the visit it told of before (in the
    passage, else earlier in the letter, within a year), not the day it was written (``letter`` in dates_nl.json)."""
    rules = _letter_rules()
    if entry is None or not rules["that_visit"].search(text) or not _letter(adoc, entry):
        return None
    told = _paragraph_date(adoc, sent, context) or _earlier_in_entry(adoc, entry, sent, context)
    if told is None or told.mention is None or not 0 < (entry.date.date - told.mention.date).days <= rules["max_days"]:
        return None
    # "Op 3 februari belde de school ... Vandaag was ik bij jullie thuis. Tijdens dit bezoek ...": today's visit
    return None if rules["today"].search(adoc.document.text, told.mention.end, sent.end_char) else told


def _earlier_in_entry(adoc: AnalysedDocument, entry: Entry, sent: Span, context: dt.date | None) -> Dated | None:
    """The last day-date before ``sent`` in its entry, past the entry's own header date and before that day:
    a letter of 12 February that says "Zoals besproken op 6 februari bij jullie thuis" and, a paragraph
    later, "hebben we die middag de veiligheidscheck opnieuw ingevuld" tells a check of 6 February."""
    text = adoc.document.text
    start = max(entry.date.end, entry.body_start)
    before = text[start : sent.start_char]
    days = [d for d in _own_dates(before, context, "day", period=adoc.structure.period_at(start))
            if d.date < entry.date.date] if before.strip() else []
    if not days:
        return None
    m = days[-1]
    return _told_at(m, start)


# "Tijdens dit huisbezoek", "bij dat gesprek": the sentence points at a visit or talk the file told before
_BACK_REFERENCE = re.compile(r"(?i)\b(?:tijdens|bij|na|in|op)\s+(?:dit|dat|datzelfde|ditzelfde|hetzelfde|het\s+genoemde)\s+"
                             r"(huisbezoek|bezoek|gesprek|overleg|zorgteamoverleg|zorgteam|evaluatiegesprek)\b")
REFERENCE_REACH = 3000


def _referred_date(adoc: AnalysedDocument, sent: Span, text: str, context: dt.date | None) -> Dated | None:
    """Outside dated entries, a sentence that refers back to "dit huisbezoek" is on the day of the last
    paragraph before it that names that visit with a day-date ("Op 24 september 2024 is het jaarlijkse
    huisbezoek afgelegd."), across headings ("Huisbezoek" ... "Veiligheid")."""
    m = _BACK_REFERENCE.search(text)
    if m is None:
        return None
    noun = m.group(1).lower()
    full = adoc.document.text
    start = max(0, sent.start_char - REFERENCE_REACH)
    end = sent.start_char
    while end > start:
        line_start = full.rfind("\n", start, end - 1) + 1
        line = full[line_start:end]
        if noun in line.lower():
            days = _own_dates(line, context, "day", period=adoc.structure.period_at(line_start))
            if days:
                d = days[0]
                return _told_at(d, line_start)
        end = line_start - 1 if line_start > start else start
    return None


@resource_cache
def _trigger_month() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\d )(?<!\d)(?<!\w)(?:(?:in|begin|half|medio|halverwege|eind|rond)\s+)?"
                      rf"({alternation(month_names())})(?!\w)(?!\s*'?\d)")


_CLAUSE_BREAK = re.compile(r"[,;:!?()]|\.(?:\s|$)|\b(?:maar|terwijl|omdat|nadat|want|toen|waarna|daarna)\b", re.IGNORECASE)
# after the trigger: a new clause ("gedaan en Noor gaat in juni op kamp") or the talk's topic ("gesproken over het
# kamp in juni"); before it, names joined ("In oktober hebben Els en ik ...") or the topic the trigger is ("In
# september heb ik met Fenna gesproken over haar relatie")
_AND = re.compile(r"(?i)\b(?:en|of|over|voor)\b")
_OF_MONTH = re.compile(r"(?i)\bvan\s*$")  # "het plan van februari": the month of a thing, not of the event
# a participle of something done: "gedaan", "ingevuld", "afgenomen", "besproken" (not "bespreken")
_DONE = re.compile(r"(?i)\b(?:\w*ge\w+[dt]|\w*(?:ge|be|ver|ont)(?:sproken|nomen|houden|keken|lopen|gaan|daan|voerd|zocht|bracht))\b")
_TRIGGER_MONTH_REACH = 40  # characters between the month and the trigger, within one clause


def _month_by_trigger(text: str, at: int, context: dt.date | None, entry: Entry | None,
                      period: Period | None = None, story: tuple[Story, int] | None = None) -> DateMention | None:
    """A month without its year in the trigger's own clause of a sentence that tells something done ("De
    veiligheidscheck is in september gedaan", "In oktober hebben we ook de check gedaan", "veiligheidscheck
    juni gedaan"): the event is in the latest such month up to the report's date (in a report over a
    stated period: that month of the period), month precision; in a journal entry only a month before
    the entry's own. Farther off, or in another clause, the month dates something else ("heeft in april
    haar diploma gehaald; dat doel is afgesloten"); "sinds september", "het plan van februari" date no event."""
    if context is None or not _DONE.search(text):  # "rondt de check in juli af", "evaluatie in oktober": ahead, or a plan
        return None
    found = []
    for m in _trigger_month().finditer(text):
        between = text[m.end() : at] if m.end() <= at else text[at : m.start()]
        if len(between) > _TRIGGER_MONTH_REACH or _CLAUSE_BREAK.search(between) \
                or (m.start() > at and _AND.search(between)):
            continue
        before = text[max(0, m.start() - _LOOKBACK) : m.start()]
        if _OF_MONTH.search(before) or _not_event_date().search(before):  # "sinds september", "per juni"
            continue
        month = month_number(m.group(1))
        day = _month_in_period(month, period) if period is not None else None
        last = story[0].last_told(story[1]) if story is not None and day is None else None
        if last is not None:  # a narrative's running year: the month the story has come to
            day = running_day(dt.date(last.year, month, 1), last.replace(day=1), story[0].until, story[0].latest)
        if day is None:  # no stated period holds it: the latest such month up to the context
            day = dt.date(context.year if month <= context.month else context.year - 1, month, 1)
            if entry is not None and day >= entry.date.date.replace(day=1):
                continue
        found.append((len(between), DateMention(day, "month", m.start(1), m.end(1), m.group(1))))
    return min(found, key=lambda f: f[0])[1] if found else None


_LIST_GLUE = re.compile(r"^\s*(?:,|;|&|/|en|of|\+)?\s*(?:(?:op|in)\s+)?$", re.IGNORECASE)


@resource_cache
def _bare_month() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\d )(?<!\w)({alternation(month_names())})(?!\w)(?!\s*'?\d)")


def _bare_months(text: str, period: Period | None, days: list[DateMention]) -> list[DateMention]:
    """Months named alone in a report over a stated period ("vier keer alleen gesproken (februari, mei en
    12 november)"): that month of the period, for an enumeration; not the month of a day already read."""
    if period is None:
        return []
    out = []
    for m in _bare_month().finditer(text):
        if any(d.start <= m.start() < d.end for d in days):
            continue
        day = _month_in_period(month_number(m.group(1)), period)
        if day is not None:
            out.append(DateMention(day, "month", m.start(1), m.end(1), m.group(1)))
    return out


def enumerated_dates(adoc: AnalysedDocument, sent: Span, dated: Dated) -> list[DateMention]:
    """The other dates of an enumeration that holds the event's date ("drie keer alleen gesproken:
    12-3, 4-6 en 9-10"): a summary is evidence of an event on each listed day."""
    if dated.source != "sentence" or dated.mention is None:
        return []
    text = span_text(adoc, sent)
    period = adoc.structure.period_at(sent.start_char)
    days = _own_dates(text, _context_date(adoc, adoc.structure.entry_at(sent.start_char)), "day", period=period)
    days = sorted(days + _bare_months(text, period, days), key=lambda m: m.start)
    chain: list[DateMention] = []
    for m in days:
        if chain and not _LIST_GLUE.match(text[chain[-1].end : m.start]):
            if any(c.start == dated.mention.start for c in chain):
                break
            chain = []
        chain.append(m)
    if len(chain) < 2 or not any(c.start == dated.mention.start for c in chain):
        return []
    return [c for c in chain if c.start != dated.mention.start]  # offsets within the sentence, as in Dated
