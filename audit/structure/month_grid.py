"""A year overview kept as a grid: activities in rows, months in columns, days in the cells.

Some teams keep a yearly contact sheet instead of (or beside) a journal:

    Jaaroverzicht 2024
    Activiteit | jan | feb | mrt | ...
    Huisbezoek | 11 | — | 21 | ...
    Gesprek pleegkind alleen | — | — | 21 | ...

The event of a cell is its row's activity on the day in the cell, in its column's month of the sheet's year.
No sentence says so: the detectors see a lone "21". This module reads the grid's layout (a table of
``audit.structure.tables`` whose header names months in calendar order) and gives every day cell its date,
its row's label, the remark beside the day ("25 (afgezegd)") and the note under the table its mark points to
("12*" and "* Ingrid was bij het gesprek aanwezig"). ``audit.nlp.grid_cells`` puts the label's triggers on
the day; ``audit.detect.dating`` dates it here. Dossier-specific layout, hence hand-written; the words are
data (``dates_nl.json`` ``month_grid``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from audit.resources import resource_cache, resource_json
from audit.structure.tables import TextTable, text_tables

if TYPE_CHECKING:
    from audit.types import AnalysedDocument

# a day in a cell: not a week ("wk 3", "week 12"), an ordinal ("3e week") or a frequency ("2x/wk")
_NUMBER = re.compile(r"(?<![\d/.,:-])(?<!\bwk\s)(?<!\bwk)(?<!\bweek\s)(?<!\bweek)(~~)?\s*(\d{1,2})"
                     r"(?![\d/:]|[.,]\d|\s*x\b|x/|\s*(?:e|ste|de)\b)\s*(~~)?", re.IGNORECASE)
# a year on its own ("Jaaroverzicht 2024"), not one inside a date ("13-03-2023") or after a month ("juni 2025")
_YEAR = re.compile(r"(?<![\d/.-])(?<!\d[-/.])\b((?:19|20)\d{2})\b(?![-/.]\d)")
_CELL_YEAR = re.compile(r"(?:'(\d{2})|\b((?:19|20)\d{2}))\s*$")


@dataclass(frozen=True)
class GridDay:
    start: int  # the day's figures in the text
    end: int
    date: dt.date
    label: tuple[int, int]  # the row's activity cell
    remark: str  # the day's own words in its cell ("3 (afgezegd)", "gepl. 14"), "" when none
    struck: bool  # "~~16~~": crossed out
    note: str  # the note under the table that the day's mark points to, "" when none


@dataclass(frozen=True)
class _Rules:
    months: dict[str, int]
    min_months: int
    year_reach: int
    marks: str
    title: re.Pattern[str]  # a line that names the sheet ("Jaaroverzicht 2025", "Contactoverzicht ... 2025")
    not_sheet_year: re.Pattern[str]  # words before a year that make it no sheet's ("geboren 2014", "sinds 2022")
    count_words: re.Pattern[str]  # a table of counts, not days ("aantal contacten per maand")


@resource_cache
def _rules() -> _Rules:
    data = resource_json("dates_nl.json")
    grid = data["month_grid"]
    return _Rules({k.lower(): int(v) for k, v in data["months"].items()}, int(grid["min_months"]),
                  int(grid["year_reach"]), grid["marks"], re.compile(grid["title"]),
                  re.compile(grid["not_sheet_year"]), re.compile(grid["count_words"]))


def _column_month(cell: str, months: dict[str, int]) -> tuple[int, int | None] | None:
    """(month, year or None) of a header cell that names a month ("mrt", "Maart", "dec '24"); None otherwise."""
    words = cell.strip().lower().rstrip(".").split()
    if not words:
        return None
    month = months.get(words[0].rstrip("."))
    if month is None or len(words) > 2:
        return None
    year = _CELL_YEAR.search(cell.strip())
    if len(words) == 2 and year is None:
        return None
    if year is None:
        return month, None
    return month, int(year.group(2)) if year.group(2) else 2000 + int(year.group(1))


def _month_columns(table: TextTable, text: str) -> dict[int, tuple[int, int]] | None:
    """Column index -> (month, years after the sheet's year: 0, or 1 past a school year's new year; a column's own
    year as -year) when the header names enough months in calendar order, once wrapping at most ("sep ... jul")."""
    rules = _rules()
    found = {i: m for i, cell in enumerate(table.header_cells(text)) if (m := _column_month(cell, rules.months))}
    if len(found) < rules.min_months:
        return None
    out: dict[int, tuple[int, int]] = {}
    wraps, last = 0, 0
    for i, (month, own) in sorted(found.items()):
        if own is not None:
            out[i] = (month, -own)
            continue
        if month <= last:
            wraps += 1
        last = month
        out[i] = (month, wraps)
    return out if wraps <= 1 else None


def _year_of(column: tuple[int, int], year: int | None, span: bool) -> int | None:
    """A column's year: its own, else the sheet's (the second of a school year's span after it wraps)."""
    month, shift = column
    if shift < 0:
        return -shift
    if year is None or (shift and not span):
        return None
    return year + shift


_TITLE_YEAR = re.compile(r"(?<![\d/.-])\b((?:19|20)\d{2})(?:\s*[-/–]\s*((?:19|20)\d{2}))?\b(?![-/.]\d)")


def _sheet_year(text: str, table: TextTable, since: int) -> tuple[int | None, bool]:
    """(year, whether it opens a span of two years) of a grid: its header's corner cell ("2025 | jan | ..."), else its
    title's ("Jaaroverzicht 2025", "Contactoverzicht januari t/m december 2025", "schooljaar 2024-2025"), else the
    last year written on its own before it, not a birth year or a start ("geboren 2014", "sinds 2022")."""
    rules = _rules()
    corner = _TITLE_YEAR.search(text[slice(*table.header.cells[0])]) if table.header.cells else None
    if corner is not None:
        return int(corner.group(1)), corner.group(2) is not None
    lo = max(since, table.header.start - rules.year_reach)
    lines = text[lo : table.header.start].split("\n")
    for line in lines:
        m = _TITLE_YEAR.search(line) if rules.title.search(line) else None
        if m is not None:
            return int(m.group(1)), m.group(2) is not None
    before = "\n".join(lines)
    month_words = "|".join(sorted(rules.months, key=len, reverse=True))
    after_month = re.compile(rf"(?i)\b(?:{month_words})\.?\s*$")
    years = [m for m in _YEAR.finditer(before) if not after_month.search(before, 0, m.start())
             and not rules.not_sheet_year.search(before, 0, m.start())]
    return (int(years[-1].group(1)), False) if years else (None, False)


def _counts(table: TextTable, text: str, columns: dict[int, tuple[int, int]]) -> bool:
    """A table of counts per month ("Huisbezoeken | 1 | 0 | 2"), not of days: a cell that says 0, or a title or
    header that says it counts ("aantal contacten per maand")."""
    cells = [text[slice(*row.cells[i])].strip() for row in table.rows for i in columns if i < len(row.cells)]
    head = text[max(0, table.header.start - 200) : table.header.end]
    return any(c == "0" for c in cells) or _rules().count_words.search(head) is not None


def _notes(text: str, end: int, marks: str) -> dict[str, str]:
    """The notes right under a table, by the mark they open with ("* ...", "** ...", "‡ ...")."""
    notes: dict[str, str] = {}
    pattern = re.compile(rf"^[ \t]*([{re.escape(marks)}]+)[ \t]*(\S[^\n]*)", re.MULTILINE)
    for m in pattern.finditer(text, end, min(len(text), end + 1500)):
        notes.setdefault(m.group(1), m.group(2).strip())
    return notes


def _cell_days(text: str, a: int, b: int, year: int, month: int, label: tuple[int, int],
               notes: dict[str, str]) -> list[GridDay]:
    cell = text[a:b]
    marks = _rules().marks
    days = []
    found = list(_NUMBER.finditer(cell))
    for k, m in enumerate(found):
        day = int(m.group(2))
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        mark = re.match(rf"[{re.escape(marks)}]+", cell[m.end():])
        # its own remark: after it up to the next day ("3 (afgezegd), 17"), and before it for the first ("gepl. 14")
        own = (cell[: m.start()] if k == 0 else "") + " " + cell[m.end() : found[k + 1].start() if k + 1 < len(found) else len(cell)]
        remark = re.sub(rf"[\d\s,;/&{re.escape(marks)}~()]+|\ben\b", " ", own).strip()
        days.append(GridDay(a + m.start(2), a + m.end(2), date, label, remark, bool(m.group(1) and m.group(3)),
                            notes.get(mark.group(0), "") if mark else ""))
    return days


@dataclass(frozen=True)
class _Grid:
    table: TextTable
    days: list[GridDay]
    dated: bool  # its year could be told (else it gives no days)
    label_at: int  # the column of the rows' activity labels


def grid_days(text: str) -> list[GridDay]:
    """Every day in the file's month grids, in text order."""
    return _days(_grids(text))


def grid_labels(text: str) -> list[tuple[int, int]]:
    """The cells of the headers and activity labels of the grids whose year is known: names of kinds, no events,
    also in a row without days ("Gesprek pleegkind alleen | — | — | n.v.t."); a grid that cannot be dated keeps
    its words."""
    return _labels(_grids(text))


def _days(grids: list[_Grid]) -> list[GridDay]:
    return [day for grid in grids for day in grid.days]


def _labels(grids: list[_Grid]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for grid in grids:
        if grid.dated:
            out.append((grid.table.header.start, grid.table.header.end))
            out.extend(row.cells[grid.label_at] for row in grid.table.rows if grid.label_at < len(row.cells))
    return out


def _grids(text: str) -> list[_Grid]:
    """The file's month grids with their days."""
    out: list[_Grid] = []
    since = 0
    for table in text_tables(text):
        columns = _month_columns(table, text)
        if columns is None or min(columns) == 0 or _counts(table, text, columns):
            continue
        year, span = _sheet_year(text, table, since)
        since = table.rows[-1].end
        notes = _notes(text, table.rows[-1].end, _rules().marks)
        label_at = min(columns) - 1  # the activity's cell: the one before the months (a markdown row's first is empty)
        days: list[GridDay] = []
        for row in table.rows:
            if label_at >= len(row.cells) or row.cells[label_at][1] <= row.cells[label_at][0]:
                continue
            for i, column in columns.items():
                at = _year_of(column, year, span)
                if i < len(row.cells) and at is not None:
                    days += _cell_days(text, *row.cells[i], at, column[0], row.cells[label_at], notes)
        out.append(_Grid(table, days, year is not None or any(shift < 0 for _, shift in columns.values()), label_at))
    return out


def _grids_of(adoc: "AnalysedDocument") -> list[_Grid]:
    """``_grids`` of a file, found once per file (kept on it): its days and its labels are read from the same grids."""
    found = adoc.__dict__.get("_month_grids")
    if found is None:
        found = adoc.__dict__["_month_grids"] = _grids(adoc.document.text)
    return found


def grid_days_of(adoc: "AnalysedDocument") -> list[GridDay]:
    """``grid_days`` of a file, from its grids read once (kept on it: dating asks for every sentence)."""
    found = adoc.__dict__.get("_grid_days")
    if found is None:
        found = adoc.__dict__["_grid_days"] = _days(_grids_of(adoc))
    return found


def grid_labels_of(adoc: "AnalysedDocument") -> list[tuple[int, int]]:
    """``grid_labels`` of a file, from its grids read once."""
    return _labels(_grids_of(adoc))


def grid_day_at(adoc: "AnalysedDocument", offset: int) -> GridDay | None:
    """The grid day whose figures ``offset`` lies in (a day cell's sentence starts at its day)."""
    return next((d for d in grid_days_of(adoc) if d.start <= offset < d.end), None)
