"""The period a report covers, so that its year-less dates fall inside it.

A quarterly or half-yearly report states its period once ("Periode: 1 januari tot 31 maart 2025",
"Kwartaalrapportage Sem – 1e kwartaal 2025", "Q3 2024", "Periode: januari t/m juni 2025") and then
writes "op 12 maart" or "Dinsdag 19/11". The nearest-day rule reads such a date against the report's
only other date, often an early one, and can put it a year off. A file that holds several reports
(every quarter in one export) has each period from its statement on. Written by hand: the date
libraries read single dates, not Dutch statements of a period; the vocabulary is data
(``dates_nl.json``, ``period``).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from audit.resources import resource_cache, resource_json
from audit.structure.dates import alternation, find_dates, month_number, with_year
from audit.types import DateMention, Period

MAX_DAYS = 731  # a longer "period" is no report's period


@dataclass(frozen=True)
class _Vocab:
    label: re.Pattern[str]
    range_word: re.Pattern[str]
    month_end: re.Pattern[str]
    quarter: re.Pattern[str]
    half: re.Pattern[str]
    report: re.Pattern[str]
    year_report: re.Pattern[str]
    ordinals: dict[str, int]
    max_title: int


@resource_cache
def _vocab() -> _Vocab:
    data = resource_json("dates_nl.json")
    v = data["period"]
    year = r"(?P<y>(?:19|20)\d{2})(?!\d)"
    ordinal = rf"(?P<n>{alternation(v['ordinals'])})"
    return _Vocab(
        label=re.compile(rf"(?i)^[^\w\n]*(?:{alternation(v['labels'])})(?![\w])[ \t]*[:|]?[ \t]*"),
        range_word=re.compile(rf"(?i)(?:^|(?<=\s)|(?<=\d))(?:{alternation(v['range_words'])})\s*$"),
        month_end=re.compile(rf"(?i)(?<![^\W\d_])({alternation(data['months'])})\.?\s*$"),
        quarter=re.compile(rf"(?i)(?<![\w])(?:{ordinal}[ \t]*(?:{alternation(v['quarter_words'])})\.?|q(?P<q>[1-4]))"
                           rf"[ \t\-/,]*(?:van[ \t]+)?{year}"
                           rf"|(?<![\w])(?P<y2>(?:19|20)\d{{2}})[ \t\-/]*q(?P<q2>[1-4])(?!\w)"),
        half=re.compile(rf"(?i)(?<![\w]){ordinal}[ \t]*(?:{alternation(v['half_words'])})[ \t]*(?:van[ \t]+)?{year}"),
        report=re.compile(rf"(?i)(?:{alternation(v['report_words'])})"),
        year_report=re.compile(rf"(?i)(?:{alternation(v['year_report_words'])})"),
        ordinals={k.lower(): int(n) for k, n in v["ordinals"].items()},
        max_title=int(v["max_title_chars"]),
    )


def month_last(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _range(statement: str, v: _Vocab) -> tuple[dt.date, dt.date] | None:
    """"1 januari tot 31 maart 2025", "januari t/m juni 2025", "01-07-2024 - 30-09-2024"."""
    for end in find_dates(statement):
        if end.precision not in ("day", "month"):
            continue
        word = v.range_word.search(statement, 0, end.start)
        if word is None:
            continue
        before = statement[: word.start()].rstrip()
        first = _start(before, end, v)
        if first is None:
            continue
        last = end.date if end.precision == "day" else month_last(end.date.year, end.date.month)
        if first > last:
            first = first.replace(year=first.year - 1) if not (first.month == 2 and first.day == 29) else first
        if first <= last and (last - first).days <= MAX_DAYS:
            return first, last
    return None


def _start(before: str, end: DateMention, v: _Vocab) -> dt.date | None:
    """The date the range opens with, right before its range word; year-less ones take the end's year."""
    found = [m for m in find_dates(before, context_date=end.date) if m.end == len(before)]
    if found and found[-1].precision in ("day", "month"):
        m = found[-1]
        if not re.search(r"\d{4}|'\d{2}", m.text) and m.date > end.date:
            return with_year(m.date, m.date.year - 1)
        return m.date
    month = v.month_end.search(before)
    if month is None:
        return None
    number = month_number(month.group(1))
    return dt.date(end.date.year if number <= end.date.month else end.date.year - 1, number, 1)


def _quarter_or_half(statement: str, v: _Vocab) -> tuple[dt.date, dt.date] | None:
    m = v.quarter.search(statement)
    if m is not None:
        year = int(m.group("y") or m.group("y2"))
        n = int(m.group("q") or m.group("q2")) if (m.group("q") or m.group("q2")) else v.ordinals[m.group("n").lower()]
        if 1 <= n <= 4:
            return dt.date(year, 3 * n - 2, 1), month_last(year, 3 * n)
    m = v.half.search(statement)
    if m is not None and v.ordinals[m.group("n").lower()] in (1, 2):
        year, n = int(m.group("y")), v.ordinals[m.group("n").lower()]
        return dt.date(year, 6 * n - 5, 1), month_last(year, 6 * n)
    return None


def _alone(line: str, v: _Vocab) -> bool:
    """A line that is only a quarter or half year ("3e kwartaal 2024", "== Q1 2025 =="): a heading."""
    m = v.quarter.search(line) or v.half.search(line)
    return m is not None and not re.search(r"\w", line[: m.start()] + line[m.end() :])


_TIME_PHRASE = re.compile(r"(?i)(?<!\w)(?:in|na|voor|vóór|tot|vanaf|per|uiterlijk|eind|begin|medio|het)\s*$")


def _title(line: str, v: _Vocab) -> bool:
    """A report's title ("Kwartaalrapportage Sem – 1e kwartaal 2025"), not a sentence that names a
    quarter ("Evaluatie in het 3e kwartaal 2025 met PO."): no closing punctuation, no preposition
    before the quarter."""
    m = v.quarter.search(line) or v.half.search(line)
    return m is not None and not line.rstrip().endswith((".", "?", "!", ";")) and not _TIME_PHRASE.search(line[: m.start()])


_ONE_YEAR = re.compile(r"(?<![\w-])((?:19|20)\d{2})(?![\w-])")


def _year_title(line: str) -> tuple[dt.date, dt.date] | None:
    """A report's title over one calendar year ("Jaarverslag 2023", "Jaarevaluatie 2024 – Sem"): that year.
    Not a sentence ("Zie het jaarverslag 2023."), a time phrase ("Evaluatie in 2025") or a school year."""
    m = _ONE_YEAR.search(line)
    if m is None or len(re.findall(r"\d+", line)) != 1 or line.rstrip().endswith((".", "?", "!", ";", ":")) \
            or _TIME_PHRASE.search(line[: m.start()]):
        return None  # the year must be the line's only number
    year = int(m.group(1))
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def periods_of(text: str) -> list[Period]:
    """Every period the text states, in order .

    A statement counts after a period label ("Periode: ...", or the label alone on the line before);
    a quarter or half year also on a short line that names a report or holds nothing else (a title
    or heading); a calendar year on a report's title line ("Jaarverslag 2023"). A range without a
    label does not count: "geldig 01-01-2024 t/m 31-12-2024"."""
    v = _vocab()
    out: list[Period] = []
    pending_label: int | None = None  # a label alone on its line: the statement is on the next line
    offset = 0
    for line in text.splitlines(keepends=True):
        here, offset = offset, offset + len(line)
        body = line.strip()
        if not body:
            continue
        found = None
        label = v.label.match(body)
        if label is not None and not body[label.end():].strip():
            pending_label = here
            continue
        labelled = label is not None or pending_label is not None
        statement = body[label.end():] if label is not None else body
        if any(c.isdigit() for c in statement):
            if labelled:
                found = _range(statement, v) or _quarter_or_half(statement, v)
            elif len(body) <= v.max_title and (_alone(body, v) or (v.report.search(body) and _title(body, v))):
                found = _quarter_or_half(statement, v)
            elif len(body) <= v.max_title and v.year_report.search(body):  # not "Evaluatie hulpverleningsplan 2024"
                found = _year_title(body)
        if found is not None:
            out.append(Period(pending_label if pending_label is not None else here, *found))
        pending_label = None
    return out
