"""Dutch date recognition for journal headers, form fields and running text.

Why hand-written regexes rather than ``dateparser``: dateparser's ``search_dates``
is slow on long dossier text, fires on times, scores and case numbers
("11.40u", "3-4x", "24-0117"), silently repairs impossible dates, and returns
no character offsets. Evidence in the report must quote ``text[start:end]``
exactly, so every mention here comes straight from a regex match and is
validated with ``datetime.date`` (an impossible date such as 31-02-2024 is
rejected, never moved to a nearby valid one).

Supported forms (all case-insensitive; vocabulary in ``resources/dates_nl.json``):

* numeric day-month-year with ``-``, ``/`` or ``.`` (one separator throughout):
  ``12-03-2024``, ``12-3-2024``, ``2-3-24``, ``12/03/24``, ``12.03.2024``, ``11-7-'24``;
* ISO ``2024-03-12`` (also ``2024/03/12``);
* day + month name or abbreviation + optional year: ``12 maart 2024``,
  ``12 mrt 2024``, ``12 mrt. '24``, ``1e maart 2024``;
* month + year, month precision: ``maart 2024``, ``mrt 2024``, ``sept. '25``,
  ``03-2024``, ``09/2025`` (a month name alone, "in juni", is not a date mention);
* year-less ``12 maart``, ``12-03``, ``12/3``: only with ``context_date`` (the
  year that puts the date nearest the context date wins). A numeric year-less
  form must be zero-padded on both sides ("22-10"), follow a cue word such as
  "op", "voor", "per", "d.d." or a weekday ("op 28-1"), or head a line
  ("2-3 | tel"), so ratios and scores like "2-3" stay out;
* a bare year (``sinds 2019``) only directly after a temporal preposition.

Numbers followed by a unit ("10-12 jaar", "6-8 weken", "tot 2000 euro") and
numbers after a reference word ("versie 3.10.24", "zaaknr. 11-2024") are never dates.

A weekday ("di 12 mrt 2024", "dinsdag 12-03-2024") and "d.d." before a date are
tolerated but are not part of the mention: the span is the date itself, which is
what ``structure.entries`` expects when it skips such prefixes.

Two-digit years: ``yy <= (current year % 100) + 5`` means 20yy, otherwise 19yy
(in 2025: '00-'30 -> 2000-2030, '31-'99 -> 1931-1999). Birth dates of
foster children are recent and plans look a few years ahead; older parents'
dates in the 1930s-1990s still come out right.

Four-digit years outside 1900-2100 are rejected.
"""
from __future__ import annotations

import bisect

import datetime as dt
import re
from dataclasses import dataclass, make_dataclass, replace
from typing import Iterator

from audit.resources import resource_cache, resource_json
from audit.types import DateMention, Precision

MIN_YEAR = 1900
MAX_YEAR = 2100
PIVOT_AHEAD = 5  # two-digit years up to this many years ahead of today are 20xx

YEAR_WORD = re.compile(r"\b(?:19|20)\d{2}\b")  # a four-digit year written out ("2024")
_DIGIT = re.compile(r"\d")  # every date form but a written-out day has a digit (the same ``\d`` as the patterns)
_DE_DAY = re.compile(r"(?i)\bde[ \t\u00a0]+\d")  # a cheap test before the weekday-ordinal pattern
_BLOCK = object()  # a candidate that is a date in form but impossible: it claims its span, emits nothing
#: what stands between the dates of one enumeration ("op 21 februari, 3 juli en 18 september 2024")
_LIST_JOIN = re.compile(r"^(?:\s*(?:,|;|en|of|t/m|t\.?e\.?m\.?|tot(?:\s+en\s+met)?|-|–)\s*)+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Vocab:
    months: dict[str, int]
    weekdays: dict[str, int]
    day_month_cues: frozenset[str]
    day_month_event_cues: frozenset[str]  # "Veiligheidscheck 12-3 gedaan": an event's word right before its day
    year_prepositions: tuple[str, ...]
    units: tuple[str, ...]
    code_cues: frozenset[str]
    full_months: frozenset[str]  # the longest name of each month; the others are abbreviations
    day_words: dict[str, int]  # "twee" -> 2: a day written out before a month name


# The compiled patterns, one attribute each (built from these names so the list is written once).
# Those in DIGIT_FIRST match nothing but a digit first (their lookbehinds take no characters).
DIGIT_FIRST = ("iso", "dmy", "dm", "my", "text_dmy")
_PATTERN_NAMES = ("iso", "dmy", "dm", "my", "text_dmy", "word_dm", "month_year", "year", "unit_after", "prev_token", "line_start", "header_sep", "parse_prefix", "parse_suffix", "bare_year", "weekday_ordinal", "ordinal_month")
_Patterns = make_dataclass("_Patterns", [(n, re.Pattern) for n in _PATTERN_NAMES], frozen=True)


@resource_cache
def _vocab() -> _Vocab:
    data = resource_json("dates_nl.json")
    months = {k.lower(): int(v) for k, v in data["months"].items()}
    full = {n: max((k for k, v in months.items() if v == n), key=len) for n in set(months.values())}
    return _Vocab(
        months=months,
        weekdays={k.lower(): int(v) for k, v in data["weekdays"].items()},
        day_month_cues=frozenset(w.lower() for w in data["day_month_cues"]),
        day_month_event_cues=frozenset(w.lower() for w in data["day_month_event_cues"]),
        year_prepositions=tuple(w.lower() for w in data["year_prepositions"]),
        units=tuple(w.lower() for w in data["units"]),
        code_cues=frozenset(w.lower() for w in data["code_cues"]),
        full_months=frozenset(full.values()),
        day_words={k.lower(): int(v) for k, v in data["day_words"].items()},
    )


_LETTER = re.compile(r"[^\W\d_]")


def alternation(words: object) -> str:
    """Regex alternation of literal words, longest first so 'sept' wins over 'sep'."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


# Whitespace between the parts of a written date; one line break allowed (PDF wrapping).
_SP = r"(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)"
_APOS = r"['\u2019\u2018`\u00b4]"
# A numeric date must not continue a number, code or path ("24-0117", "RIV/NW/21-04", "1.12-03"),
# except a second date right after a four-digit year ("12-03-2024/13-03-2024").
_LB_NUM = r"(?:(?<=\d{4}[-/])|(?<![\w/\-+\u20ac$]))(?<!\d[.,:])"
# ... nor run on into one ("06-12-34-56", "12-03-24.5"). After a four-digit year only
# letters and decimals count, so "12-03-2024-13-03-2024" still gives two dates.
_RB_NUM = r"(?!\w|[-/.,:]\d)"
_RB_Y4 = r"(?!\w|[.,:]\d)"
_LB_TXT = r"(?<!\w)(?<!\d[.,])"


def _numeric_patterns() -> dict[str, re.Pattern[str]]:
    """All-digit forms: ISO, day-month-year, year-less day-month, month-year."""
    flags = re.IGNORECASE
    return {
        "iso": re.compile(
            rf"{_LB_NUM}(?P<y>\d{{4}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})"
            r"(?!(?!T\d\d)\w|[.,:]\d)",
            flags,
        ),
        "dmy": re.compile(
            rf"{_LB_NUM}(?P<d>\d{{1,2}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)"
            rf"(?:(?P<y>\d{{4}}){_RB_Y4}|(?P<y2>{_APOS}?\d{{2}}){_RB_NUM})",
            flags,
        ),
        "dm": re.compile(rf"{_LB_NUM}(?P<d>\d{{1,2}})(?P<sep>[-/])(?P<m>\d{{1,2}}){_RB_NUM}", flags),
        "my": re.compile(rf"{_LB_NUM}(?P<m>\d{{1,2}})[-/](?P<y>\d{{4}}){_RB_Y4}", flags),
    }


def _written_patterns(v: _Vocab) -> dict[str, re.Pattern[str]]:
    """Forms with a month name, and a bare year after a temporal preposition."""
    flags = re.IGNORECASE
    # A full month name takes no dot (a dot after "mei" ends the sentence); an abbreviation may.
    full = alternation(v.full_months)
    abbr = alternation(set(v.months) - v.full_months)
    month = rf"(?P<mon>(?:{full})(?![^\W\d_])|(?:{abbr})(?![^\W\d_])\.?)"
    return {
        "text_dmy": re.compile(
            rf"{_LB_TXT}(?P<d>\d{{1,2}})(?:ste|de|e)?{_SP}{month}"
            rf"(?:(?:{_SP}|(?<=\.))(?:(?P<y>\d{{4}}){_RB_Y4}|(?P<y2>{_APOS}?\d{{2}}){_RB_NUM}))?",
            flags,
        ),
        # "vrijdag twee augustus", "op vijftien juni 2024": the day written out, before a full month name
        "word_dm": re.compile(
            rf"(?<![^\W\d_])(?P<dw>{alternation(v.day_words)})[ \t\u00a0]+(?P<mon>{full})(?![^\W\d_]|-[^\W\d_])"
            rf"(?:[ \t\u00a0]+(?P<y>\d{{4}}){_RB_Y4})?",
            flags,
        ),
        "month_year": re.compile(
            rf"{_LB_TXT}{month}(?:{_SP}|(?<=\.))(?:(?P<y>\d{{4}}){_RB_Y4}|(?P<y2>{_APOS}\d{{2}}){_RB_NUM})",
            flags,
        ),
        "year": re.compile(
            rf"(?<![\w/])(?:{alternation(v.year_prepositions)}){_SP}(?P<y>(?:19|20)\d\d)(?!\w|[-/.,:]\d|{_APOS})",
            flags,
        ),
    }


def _context_patterns(v: _Vocab) -> dict[str, re.Pattern[str]]:
    """What stands around a candidate: units, the word before it, line headers, a date field's frame."""
    flags = re.IGNORECASE
    return {
        # a one-letter unit only in lower case: "21/4 M. apart gesproken" has an initial after its day, no metres
        "unit_after": re.compile(rf"[ \t\u00a0]*(?:{alternation(u for u in v.units if not _LETTER.fullmatch(u))}"
                                 rf"|(?-i:{alternation(u for u in v.units if _LETTER.fullmatch(u))}))(?![^\W\d_])", flags),
        "prev_token": re.compile(r"(\S+)[ \t\u00a0]+$"),
        "line_start": re.compile(r"(?:^|\n)[ \t\u00a0]*(?:[-\u2022*][ \t\u00a0]*)?$"),
        "header_sep": re.compile(r"[ \t\u00a0]*(?:$|\n|[|:;\t\u2013\u2014]|-\s)"),
        "parse_prefix": re.compile(
            rf"^[\s\W]*(?:(?:d\.\s?d\.|datum)[\s:]*)?(?:(?:{alternation(v.weekdays)})(?![^\W\d_])\.?,?\s*)?$", flags
        ),
        "parse_suffix": re.compile(
            r"^[\s.,;:)\]|\-\u2013]*(?:(?:om\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:u|uur))?\.?[\s.,;:)\]|]*)?$", flags
        ),
        "bare_year": re.compile(r"^\s*(?P<y>(?:19|20)\d\d)\s*$"),
        # "dinsdag de 24e", "op zaterdag de 15de": a day of the month the context names
        # (full weekday names only: "zo de 2e keer" is no date)
        "weekday_ordinal": re.compile(
            rf"(?<![^\W\d_])(?P<wd>{alternation(w for w in v.weekdays if len(w) > 3)})[ \t\u00a0]+de[ \t\u00a0]+"
            rf"(?P<d>[1-9]|[12]\d|3[01])(?:e|ste|de)(?![^\W\d_])",
            flags,
        ),
        # "op de 29e (maart)", "Eind mei, op de 27e": a day of the month named right by it ("in mei de 2e
        # keer", "mei, op de 2e plaats" are counts)
        "ordinal_month": re.compile(
            rf"(?<![^\W\d_])de[ \t\u00a0]+(?P<d>[1-9]|[12]\d|3[01])(?:e|ste|de)[ \t\u00a0]*\((?P<mon>{alternation(v.full_months)})\)"
            rf"|(?<![^\W\d_])(?P<mon2>{alternation(v.full_months)}),?[ \t\u00a0]+op[ \t\u00a0]+de[ \t\u00a0]+"
            rf"(?P<d2>[1-9]|[12]\d|3[01])(?:e|ste|de)(?![^\W\d_])(?![ \t\u00a0]+(?:keer|maal|plaats|week|dag|ronde|poging)\b)",
            flags,
        ),
    }


@resource_cache
def _word_day_gate() -> re.Pattern[str]:
    """A full month name after a blank: the cheap test before looking for a written-out day ("twee augustus")."""
    return re.compile(rf"(?i)[ \t\u00a0](?:{alternation(_vocab().full_months)})(?![^\W\d_])")


@resource_cache
def _patterns() -> _Patterns:
    v = _vocab()
    return _Patterns(**_numeric_patterns(), **_written_patterns(v), **_context_patterns(v))


def weekday_names() -> tuple[str, ...]:
    """Weekday names and abbreviations of ``dates_nl.json`` ("maandag", "ma", "woe"), longest first."""
    return tuple(sorted(_vocab().weekdays, key=len, reverse=True))


def weekday_number(word: str) -> int:
    """0 for "maandag" or "ma", ... 6 for "zondag" or "zo": a name or abbreviation of ``weekday_names``."""
    return _vocab().weekdays[word.lower()]


def month_number(name: str) -> int | None:
    """The month a name or abbreviation of ``dates_nl.json`` stands for ("juli" -> 7), or None."""
    return _vocab().months.get(name.lower().rstrip("."))


def month_names() -> frozenset[str]:
    """The full month names of ``dates_nl.json`` ("januari" ... "december"), without abbreviations."""
    return _vocab().full_months


def expand_two_digit_year(yy: int, today: dt.date | None = None) -> int:
    """20yy when yy is at most five years past today's two-digit year, else 19yy."""
    today = today or dt.date.today()
    pivot = min(today.year % 100 + PIVOT_AHEAD, 99)
    return 2000 + yy if yy <= pivot else 1900 + yy


def _year(raw: str) -> int:
    digits = raw.lstrip("'\u2019\u2018`\u00b4")
    return expand_two_digit_year(int(digits)) if len(digits) == 2 else int(digits)


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_date(month: int, day: int, context: dt.date, weekday: int | None = None) -> dt.date | None:
    """The valid date with this day and month nearest to ``context`` (within a year either side; ties
    go to the earlier one). With ``weekday`` only a date on that weekday: "dinsdag 11 februari" in a
    report of spring 2025 is 11 February 2025, a Tuesday, even where another year's lies nearer."""
    options = [d for y in (context.year - 1, context.year, context.year + 1)
               if (d := _make(y, month, day)) and (weekday is None or d.weekday() == weekday)]
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - context).days), d))


WEEKDAY_YEARS_BACK = 3  # how far back a weekday that fits no nearer year may move a year-less day


def weekday_date_before(month: int, day: int, context: dt.date, weekday: int) -> dt.date | None:
    """The latest date with this day, month and weekday in the years before ``nearest_date``'s reach (a running
    journal's day of two or three years ago, its weekday written: "wo 8/11" above a first entry of 2025 is 8 November
    2023); None when the weekday fits none of them. Only where nothing else gave the year: elsewhere a weekday that
    fits no near year is the writer's slip."""
    for back in range(2, 2 + WEEKDAY_YEARS_BACK):
        d = _make(context.year - back, month, day)
        if d is not None and d.weekday() == weekday:
            return d
    return None


def with_year(date: dt.date, year: int) -> dt.date:
    """``date`` in ``year``; 29 February becomes the 28th where that year has none."""
    try:
        return date.replace(year=year)
    except ValueError:  # 29 February
        return date.replace(year=year, day=28)


def _ordinal_day(day: int, weekday: int, context: dt.date) -> dt.date | None:
    """"dinsdag de 24e" under "Juni 2025": the 24th of the context's month, or of the month before or
    after when only there the 24th is a Tuesday (a note written early in the next month); None when
    none of the three has that weekday on that day."""
    options = []
    for shift in (0, -1, 1):
        month0 = context.month - 1 + shift
        date = _make(context.year + month0 // 12, month0 % 12 + 1, day)
        if date is not None:
            options.append(date)
    return next((d for d in options if d.weekday() == weekday), None)  # a contradicting weekday: no date


def _day_month_possible(month: int, day: int) -> bool:
    return _make(2000, month, day) is not None  # 2000 is a leap year: 29-02 is possible


# A short weekday heading a notebook's line ("wo 26/2") moves a year-less day to the year it names when that
# year lies before the nearest one (notes are written after the fact) or the nearest one is far from the day
# before it; a later year beside a near day is more likely the writer's slip ("wo 16 april" in a 2024 logbook).
SHORT_WEEKDAY_TRUST_DAYS = 90


@resource_cache
def _listed_day() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A clause that opens with its year-less day: at a line's start or after a colon, comma or semicolon, then a
    word, after a dash, a colon or a weekday in brackets ("9/7 - huisbezoek", "5/8 (di) huisbezoek"), that is no
    list's link ("4-6 en 9-10": ``sentences_nl.json`` dated_item_links, as the sentencizer); and what names a
    contact (``listed_contact``)."""
    links = alternation(resource_json("sentences_nl.json")["dated_item_links"])
    day = re.compile(rf"(?:^|(?<=\n)|(?<=[,;:])[ \t]+)[ \t]*(\d{{1,2}}[-/]\d{{1,2}})"
                     rf"(?=(?:[ \t]*[-–:]|[ \t]+\([a-z]{{2,3}}\.?\))?[ \t]+[^\W\d_]{{2}})"
                     rf"(?!(?:[ \t]*[-–:])?[ \t]+(?:{links})(?!\w))", re.IGNORECASE)
    return day, re.compile(resource_json("dates_nl.json")["listed_contact"])


_CLAUSE_END = re.compile(r"[,;\n]")
_LEAD_TOKEN = re.compile(r"(\S+)\s*$")  # the word before a listed day ("Score: 2/3 ...": a score's)


def listed_day_starts(text: str) -> set[int]:
    """Starts of the year-less days that open listed clauses naming contacts, two or more on a line ("Inhalen
    registratie: 30/5 gesprek met Roos alleen, 13/6 telefonisch pleegvader, 20/6 ..."); none after a score's or a
    code's word. The sentencizer splits such a line at them, and each is its clause's day."""
    day, contact = _listed_day()
    vocab = _vocab()
    out: set[int] = set()
    line_start = 0
    for line in text.split("\n"):
        found = []
        for m in day.finditer(line):
            end = _CLAUSE_END.search(line, m.end(1))
            clause = line[m.end(1) : end.start() if end else len(line)]
            lead = _LEAD_TOKEN.search(line, 0, m.start(1))
            word = lead.group(1).lower().rstrip(":,") if lead else ""
            if contact.search(clause) and word not in vocab.code_cues and word not in vocab.units:
                found.append(line_start + m.start(1))
        if len(found) > 1:
            out.update(found)
        line_start += len(line) + 1
    return out


class _Finder:
    """One pass over one text; collects candidates, then keeps the non-overlapping ones."""

    def __init__(self, text: str, context: dt.date | None, strict: bool) -> None:
        self.text = text
        self.context = context
        self.strict = strict  # False in parse_date: the whole string is known to be a date field
        self.p = _patterns()
        self.v = _vocab()
        self.cands: list[tuple[int, int, int, object]] = []  # start, end, rank, DateMention | _BLOCK
        self.digits: list[int] | None = None  # where the text has a digit (``from_digits``)
        self.written_yearless: set[int] = set()  # starts of "21 februari", "3-7" read against the context
        self.listed: set[int] | None = None  # starts of the days that open listed clauses (``day_month_cue``)

    def add(self, start: int, end: int, rank: int, value: object) -> None:
        self.cands.append((start, end, rank, value))

    def mention(self, date: dt.date, precision: Precision, start: int, end: int, weekday_year: bool = False) -> DateMention:
        return DateMention(date, precision, start, end, self.text[start:end], weekday_year)

    def nearest(self, month: int, day: int, start: int) -> tuple[dt.date | None, bool]:
        """The year-less date read against the context, and whether a weekday before it chose the year
        (full weekday names, or a short one heading its line as in a notebook's "wo 13/11": elsewhere
        "di", "zo" are also other words)."""
        assert self.context is not None
        word = self.prev_token(start).rstrip(":,.")
        weekday = self.v.weekdays.get(word) if len(word) > 3 or self.heads_line(start, word) else None
        plain = nearest_date(month, day, self.context)
        if weekday is not None:
            date = nearest_date(month, day, self.context, weekday)
            if date is not None and (len(word) > 3 or plain is None or date <= plain
                                     or abs((plain - self.context).days) > SHORT_WEEKDAY_TRUST_DAYS):
                return date, True
        return plain, False

    def heads_line(self, start: int, word: str) -> bool:
        """Only the weekday word stands before ``start`` on its line ("wo 13/11 HB")."""
        before = self.text[max(0, start - 24):start].rstrip(" \t\u00a0").rstrip(":,.")
        if not before.lower().endswith(word):
            return False
        return self.p.line_start.search(before, 0, len(before) - len(word)) is not None

    def prev_token(self, start: int) -> str:
        m = self.p.prev_token.search(self.text, max(0, start - 24), start)
        return m.group(1).lower().lstrip("([{'\"") if m else ""

    def after_code_cue(self, start: int) -> bool:
        """Preceded by a word that introduces a version or reference number ("versie", "nr.")."""
        return self.prev_token(start).rstrip(":") in self.v.code_cues

    def day_month_cue(self, start: int, end: int) -> bool:
        """A year-less "2-3" is a date only after a cue word or weekday, as a line header ("2-3 | tel"), or as
        one of two or more clauses that each open with their day ("Inhalen registratie: 30/5 gesprek met Roos,
        13/6 telefonisch pleegvader")."""
        raw = self.prev_token(start)
        prev = raw.rstrip(":,")
        if prev in self.v.day_month_cues or prev.rstrip(".") in self.v.weekdays:
            return True
        if raw.rstrip(":") in self.v.day_month_event_cues and self.text[start:end] != "1-1":
            return True  # "Veiligheidscheck 12-3 gedaan"; not "HB, 1-1" nor "gesprek 1-1" (one-on-one)
        if self.listed is None:
            self.listed = listed_day_starts(self.text)
        if start in self.listed:
            return True
        return (
            self.p.line_start.search(self.text, max(0, start - 8), start) is not None
            and self.p.header_sep.match(self.text, end) is not None
        )

    def unit_follows(self, end: int) -> bool:
        return self.p.unit_after.match(self.text, end) is not None

    def yearless(self, month: int, day: int, start: int, end: int, rank: int) -> None:
        if not _day_month_possible(month, day):
            self.add(start, end, rank, _BLOCK)
        elif self.context is not None:
            date, by_weekday = self.nearest(month, day, start)
            if date is not None:
                self.add(start, end, rank, self.mention(date, "day", start, end, by_weekday))
                self.written_yearless.add(start)

    def from_digits(self, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``rx.finditer(self.text)`` for a pattern whose matches start with a digit (after its
        lookbehinds: ``DIGIT_FIRST``): tried only at digits, so not at every character."""
        if self.digits is None:
            self.digits = [m.start() for m in _DIGIT.finditer(self.text)]
        resume = 0
        for place in self.digits:
            if place < resume:
                continue  # finditer resumes at the end of the previous match
            m = rx.match(self.text, place)  # what finditer finds here: lookbehinds see the text before
            if m is not None:
                resume = m.end()  # never empty: it holds a digit
                yield m

    def word_days(self) -> None:
        """"op vrijdag twee augustus", "sinds maandag drie februari": a day written out before its month
        ("een" only after a weekday: "een mei-vakantie" is none); year-less ones read as ``yearless``."""
        for m in self.p.word_dm.finditer(self.text):
            word = m["dw"].lower()
            if word == "een" and self.prev_token(m.start()).rstrip(",") not in self.v.weekdays:
                continue
            day, month = self.v.day_words[word], self.v.months[m["mon"].lower()]
            if m["y"]:
                date = _make(int(m["y"]), month, day)
                self.add(m.start(), m.end(), 1, self.mention(date, "day", m.start(), m.end()) if date else _BLOCK)
            else:
                self.yearless(month, day, m.start(), m.end(), 1)

    def run(self) -> list[DateMention]:
        text, p, v = self.text, self.p, self.v
        for m in self.from_digits(p.iso):
            date = _make(int(m["y"]), int(m["m"]), int(m["d"]))
            self.add(m.start(), m.end(), 0, self.mention(date, "day", m.start(), m.end()) if date else _BLOCK)
        for m in self.from_digits(p.dmy):
            if m["sep"] == "." and self.after_code_cue(m.start()):
                self.add(m.start(), m.end(), 0, _BLOCK)
                continue
            date = _make(_year(m["y"] or m["y2"]), int(m["m"]), int(m["d"]))
            self.add(m.start(), m.end(), 0, self.mention(date, "day", m.start(), m.end()) if date else _BLOCK)
        for m in self.from_digits(p.text_dmy):
            day, month = int(m["d"]), v.months[m["mon"].rstrip(".").lower()]
            y = m["y"] or m["y2"]
            if m["y2"] and self.unit_follows(m.end()):
                y = None  # "3 juni 10 uur": the number is a quantity, not a year
            if y:
                date = _make(_year(y), month, day)
                self.add(m.start(), m.end(), 1, self.mention(date, "day", m.start(), m.end()) if date else _BLOCK)
            else:
                self.yearless(month, day, m.start(), m.end("mon"), 1)
        if _word_day_gate().search(text):
            self.word_days()
        for m in p.month_year.finditer(text):
            date = _make(_year(m["y"] or m["y2"]), v.months[m["mon"].rstrip(".").lower()], 1)
            self.add(m.start(), m.end(), 2, self.mention(date, "month", m.start(), m.end()) if date else _BLOCK)
        for m in self.from_digits(p.my):
            if self.after_code_cue(m.start()) or self.unit_follows(m.end()):
                continue
            date = _make(int(m["y"]), int(m["m"]), 1)
            if date:  # "13-2024" is not a month: leave it, it is more likely a code than a date
                self.add(m.start(), m.end(), 2, self.mention(date, "month", m.start(), m.end()))
        for m in self.from_digits(p.dm):
            d, mo = m["d"], m["m"]
            if self.unit_follows(m.end()) or self.after_code_cue(m.start()):
                continue
            if self.strict and not (len(d) == 2 and len(mo) == 2) and not self.day_month_cue(m.start(), m.end()):
                continue
            if self.context is not None:
                date, by_weekday = self.nearest(int(mo), int(d), m.start())
                if date is not None:
                    self.add(m.start(), m.end(), 3, self.mention(date, "day", m.start(), m.end(), by_weekday))
                    self.written_yearless.add(m.start())
        if self.context is not None and _DE_DAY.search(text):
            for m in p.weekday_ordinal.finditer(text):
                date = _ordinal_day(int(m["d"]), v.weekdays[m["wd"].lower()], self.context)
                if date is not None:
                    self.add(m.start(), m.end(), 1, self.mention(date, "day", m.start(), m.end()))
            for m in p.ordinal_month.finditer(text):
                month = v.months[(m["mon"] or m["mon2"]).lower()]
                if (date := nearest_date(month, int(m["d"] or m["d2"]), self.context)) is not None:
                    self.add(m.start(), m.end(), 1, self.mention(date, "day", m.start(), m.end()))
        for m in p.year.finditer(text):
            if self.unit_follows(m.end()):
                continue
            date = _make(int(m["y"]), 1, 1)
            if date:
                self.add(m.start("y"), m.end(), 4, self.mention(date, "year", m.start("y"), m.end()))
        return self.select()

    def select(self) -> list[DateMention]:
        """Earliest start first, then longest, then most specific form; no overlaps."""
        out: list[DateMention] = []
        last_end = -1
        for start, end, _rank, value in sorted(self.cands, key=lambda c: (c[0], -c[1], c[2])):
            if start < last_end:
                continue
            last_end = end
            if isinstance(value, DateMention):
                out.append(value)
        return self.shared_years(out) if self.written_yearless else out

    def shared_years(self, found: list[DateMention]) -> list[DateMention]:
        """"te weten op 21 februari, 3 juli en 18 september 2024": the year written once, at the end of an
        enumeration of dates, is the year of each of them (not the one nearest the context)."""
        out = list(found)
        for i in range(len(out) - 2, -1, -1):
            m, nxt = out[i], out[i + 1]
            if m.start not in self.written_yearless or m.weekday_year or nxt.precision != "day":
                continue  # "vrijdag 21 februari": the weekday chose the year
            if nxt.start in self.written_yearless and nxt is found[i + 1]:
                continue  # the next one has no written year of its own
            if _LIST_JOIN.match(self.text[m.end:nxt.start]):
                moved = _make(nxt.date.year, m.date.month, m.date.day)
                if moved is not None and moved <= nxt.date:
                    out[i] = DateMention(moved, m.precision, m.start, m.end, m.text, m.weekday_year)
        return out




class _DateMemo:
    """``find_dates`` of short texts by (text, context, today): the detectors date one sentence
    several times. Mentions are immutable; a change of rules (new pattern objects) starts afresh."""

    MAX_TEXT = 2000
    MAX_ENTRIES = 8192

    def __init__(self) -> None:
        self.rules: tuple[object, object] | None = None
        self.found: dict[tuple[str, dt.date | None, dt.date], tuple[DateMention, ...]] = {}

    def dates(self, text: str, context: dt.date | None) -> list[DateMention]:
        p, v = _patterns(), _vocab()
        if self.rules is None or self.rules[0] is not p or self.rules[1] is not v or len(self.found) >= self.MAX_ENTRIES:
            self.rules, self.found = (p, v), {}
        key = (text, context, dt.date.today())  # two-digit years are read against today
        hit = self.found.get(key)
        if hit is None:
            hit = self.found[key] = tuple(_stated_year(text, _Finder(text, context, strict=True).run()))
        return list(hit)


_MEMO = _DateMemo()


def find_dates(text: str, *, context_date: dt.date | None = None) -> list[DateMention]:
    """Every date mentioned in ``text``, in order, non-overlapping, with exact offsets.

    ``context_date`` (usually the journal entry's date) lets year-less dates
    ("12 maart", "op 28-1") resolve to the nearest such day; without it they are skipped.
    """
    if _DIGIT.search(text) is None and _word_day_gate().search(text) is None:
        return []
    if len(text) > _DateMemo.MAX_TEXT:
        return _stated_year(text, _Finder(text, context_date, strict=True).run())
    return _MEMO.dates(text, context_date)


_WRITTEN_YEAR = re.compile(r"(?:19|20)\d\d|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}\b")


@resource_cache
def _stated_year_rule() -> tuple[re.Pattern[str], int]:
    data = resource_json("dates_nl.json")
    words = "|".join(re.escape(w) for w in data["stated_year_words"])
    return re.compile(rf"(?i)(?<!\w)(?:{words})\s+$"), int(data["stated_year_reach"])


def _stated_year(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Year-less days after "In 2023 ..." in the same line take that year (``dates_nl.json`` stated_year);
    other year-less days inside a period written with its years on the line take the period's
    (``_beside_written``)."""
    words, reach = _stated_year_rule()
    out, year = [], None
    written = [w for w in mentions if w.precision == "day" and _WRITTEN_YEAR.search(w.text)]
    starts = [w.start for w in written]
    for m in mentions:
        if m.precision == "year" and words.search(text[max(0, m.start - 12) : m.start]):
            year = m
        elif (year is not None and m.precision == "day" and not m.weekday_year and m.date.year != year.date.year
              and m.start - year.end <= reach and "\n" not in text[year.end : m.start]
              and not _WRITTEN_YEAR.search(m.text)):
            day = _make(year.date.year, m.date.month, m.date.day)
            m = replace(m, date=day) if day is not None else m
        elif year is None:
            m = _beside_written(text, written, starts, m, reach)
        out.append(m)
    return out


_RANGE_JOIN = re.compile(r"[ \t]*(?:tot(?:[ \t]+en[ \t]+met)?|t/m|t\.m\.|[-–])[ \t]*")


def _beside_written(text: str, written: list[DateMention], starts: list[int], m: DateMention,
                    reach: int) -> DateMention:
    """A year-less day inside a period written with its years on the same line ("tijdens het verblijf in
    de JJI (14-01-2025 tot 04-02-2025) heeft JR hem op 21 januari alleen gesproken") is a day of that
    period, whatever year the file's date would give it. Only inside the period: beside a single written
    date ("Vorig jaar op 20-04-2024 ..., dit jaar op 15 april", a birth date) the day keeps its year.
    ``written``: the text's days written with their year, in order, and ``starts`` their offsets (looked up
    by position, not scanned: a long file has thousands)."""
    if m.precision != "day" or m.weekday_year or _WRITTEN_YEAR.search(m.text):
        return m
    near = [w for w in written[bisect.bisect_left(starts, m.start - reach) : bisect.bisect_right(starts, m.start + reach)]
            if "\n" not in text[min(w.end, m.end) : max(w.start, m.start)]]
    for first, last in zip(near, near[1:]):
        if not _RANGE_JOIN.fullmatch(text, first.end, last.start) or last.date < first.date:
            continue
        if first.date <= m.date <= last.date:
            return m  # the file's date already puts it inside the period
        for year in range(first.date.year, last.date.year + 1):
            day = _make(year, m.date.month, m.date.day)
            if day is not None and first.date <= day <= last.date:
                return replace(m, date=day)
    return m


def day_at(text: str, pos: int, reach: int = 30) -> DateMention | None:
    """The day-precision date that starts right at ``pos`` of ``text`` (read within ``reach`` characters), its offsets
    relative to ``pos``: the value after a label or a phrase ("Plaatsingsdatum: 12-03-2022", "de check van 04-03-2025")."""
    found = find_dates(text[pos : pos + reach])
    return found[0] if found and found[0].start == 0 and found[0].precision == "day" else None


def parse_date(s: str, *, context_date: dt.date | None = None) -> DateMention | None:
    """The one date that makes up ``s`` (a table cell or field value), or None.

    Tolerates surrounding punctuation, a leading "d.d."/"Datum:" or weekday, and a
    trailing time ("12-03-2024 10:30"). Because the string is known to be a date
    field, a year-less numeric "2-3" and a bare year "2019" are accepted here.
    Offsets refer to ``s``.
    """
    p = _patterns()
    bare = p.bare_year.match(s)
    if bare:
        date = _make(int(bare["y"]), 1, 1)
        return DateMention(date, "year", bare.start("y"), bare.end("y"), bare["y"]) if date else None
    mentions = _Finder(s, context_date, strict=False).run()
    if not mentions:
        return None
    first = mentions[0]
    if p.parse_prefix.match(s[: first.start]) and p.parse_suffix.match(s[first.end :]):
        return first
    return None
