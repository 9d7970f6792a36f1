"""Tables as the readers write them into the text: a run of lines whose cells are joined by " | ".

The PDF and DOCX readers render a table row as one line ("12-06-2024 | school | PK | Jesse
gesproken ..."), the first line of a run being the table's header when it names columns. A
plain-text export of a spreadsheet or an ECD register separates its cells by tabs instead
("12-06-2024<TAB>school<TAB>PK<TAB>..."): a run of such lines is a table too. The detectors ask
which table a row belongs to (an action list's task, a contact register's row).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from audit.resources import resource_cache, resource_json
from audit.structure.dates import find_dates
from audit.types import DateMention

if TYPE_CHECKING:
    from audit.types import AnalysedDocument

SEPARATOR = " | "
TAB = "\t"
ALIGNMENT = re.compile(r"[\s|:-]*")  # a markdown table's "|---|:---:|" under its header (nothing but borders)


def separator_of(line: str) -> str | None:
    """The cell separator of a table line: " | ", or a tab between two pieces of text (a tab that
    only indents the line separates nothing); None for a line that is no table row."""
    if SEPARATOR in line:
        return SEPARATOR
    return TAB if TAB in line.strip() else None


@dataclass(frozen=True)
class TextRow:
    start: int  # offsets of the line in the text (without its line break)
    end: int
    cells: tuple[tuple[int, int], ...]  # (start, end) of each cell's text, stripped


@dataclass(frozen=True)
class TextTable:
    header: TextRow
    rows: tuple[TextRow, ...]  # the lines under the header

    def header_cells(self, text: str) -> list[str]:
        return [text[a:b] for a, b in self.header.cells]


_PIPE = re.compile(r"(?<=\s)\|(?=\s)")  # a cell border: a pipe with space on both sides (shared by an empty cell)


def _row(text: str, start: int, end: int, separator: str = SEPARATOR) -> TextRow:
    """The row's cells: the text between its borders, stripped ("a |  | b", a markdown "| a | | b |": an
    empty cell between)."""
    border = _PIPE if separator == SEPARATOR else re.compile(re.escape(separator))
    borders = [(m.start(), m.end()) for m in border.finditer(text, start, end)]
    cells = []
    at = start
    for a, b in [*borders, (end, end)]:
        part = text[at:a]
        lo = at + len(part) - len(part.lstrip())
        hi = at + len(part.rstrip())
        cells.append((lo, max(lo, hi)))
        at = b
    return TextRow(start, end, tuple(cells))


def text_tables(text: str) -> list[TextTable]:
    """Every run of two or more lines with the same cell separator, its first line as the header (a
    markdown table's alignment row under it is skipped)."""
    tables: list[TextTable] = []
    run: list[TextRow] = []
    kind: str | None = None
    start = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        sep = separator_of(body)
        if run and sep == kind and ALIGNMENT.fullmatch(body):
            start += len(line)  # the header's alignment row: no row, and the table goes on
            continue
        if sep is None or sep != kind:
            if len(run) >= 2:
                tables.append(TextTable(run[0], tuple(run[1:])))
            run = []
        kind = sep
        if sep is not None:
            run.append(_row(text, start, start + len(body), sep))
        start += len(line)
    if len(run) >= 2:
        tables.append(TextTable(run[0], tuple(run[1:])))
    return tables


def tables_of(adoc: "AnalysedDocument") -> list[TextTable]:
    """The file's tables (``text_tables`` and ``aligned_tables``), found once per file (kept on it): the
    contact register, a shared log's author column, the action lists and a planning sheet are read from
    the same tables."""
    found = adoc.__dict__.get("_tables")
    if found is None:
        text = adoc.document.text
        found = adoc.__dict__["_tables"] = sorted(text_tables(text) + aligned_tables(text), key=lambda t: t.header.start)
    return found


_SEGMENT = re.compile(r"\S+(?: \S+)*")  # a cell of a fixed-width line: words with single spaces, two or more around
_RULE = re.compile(r"[ \t]*[-=_]{10,}[ \t]*")  # "-------" under a header
ALIGNED_MIN_COLUMNS = 4
ALIGNED_MIN_STATUS_COLUMNS = 3  # "datum   wat   status": a header that names its date and status columns
ALIGNED_SLACK = 1  # characters a cell may start off its column


def aligned_tables(text: str) -> list[TextTable]:
    """Tables of a fixed-width text export, columns aligned by spaces ("Datum       Mdw   Cliënt    Min
    Code   Activiteit ..." over "04-10-2023  NKo   40688      30  CC-K   Cliëntcontact kind   school"): a
    header of at least four cells two or more spaces apart (three when it names a date and a status column:
    ``_status_header``), an optional rule, then two or more lines whose
    every cell starts where a header cell does. A cell is its column's stretch of the line, stripped."""
    tables: list[TextTable] = []
    lines = list(_lines(text))
    i = 0
    while i < len(lines):
        start, body = lines[i]
        segments = list(_SEGMENT.finditer(body))
        columns = [m.start() for m in segments]
        least = ALIGNED_MIN_STATUS_COLUMNS if _status_header([m.group(0) for m in segments]) else ALIGNED_MIN_COLUMNS
        if len(columns) < least or separator_of(body) is not None:
            i += 1
            continue
        j = i + 1
        if j < len(lines) and _RULE.fullmatch(lines[j][1]):
            j += 1
        rows = []
        while j < len(lines) and _aligned(lines[j][1], columns):
            rows.append(_aligned_row(lines[j][0], lines[j][1], columns))
            j += 1
        if len(rows) >= 2:
            tables.append(TextTable(_aligned_row(start, body, columns), tuple(rows)))
            i = j
        else:
            i += 1
    return tables


def _lines(text: str):
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, line.rstrip("\r\n")
        start += len(line)


def _aligned(body: str, columns: list[int]) -> bool:
    """Every cell of the line starts at a column (the first at the first), and it has two cells or more."""
    starts = [m.start() for m in _SEGMENT.finditer(body)]
    return len(starts) >= 2 and separator_of(body) is None and abs(starts[0] - columns[0]) <= ALIGNED_SLACK \
        and all(any(abs(s - c) <= ALIGNED_SLACK for c in columns) for s in starts)


def _aligned_row(start: int, body: str, columns: list[int]) -> TextRow:
    cells = []
    for k, col in enumerate(columns):
        lo = max(0, col - ALIGNED_SLACK) if k else 0
        hi = columns[k + 1] - ALIGNED_SLACK if k + 1 < len(columns) else len(body)
        part = body[lo:hi] if lo < len(body) else ""
        a = lo + len(part) - len(part.lstrip())
        b = lo + len(part.rstrip())
        cells.append((start + min(a, len(body)), start + max(min(a, len(body)), min(b, len(body)))))
    return TextRow(start, start + len(body), tuple(cells))


def row_at(tables: list[TextTable], offset: int) -> tuple[TextTable, TextRow] | None:
    """The table and the row (not the header) ``offset`` lies in, if any."""
    for table in tables:
        if table.rows and table.rows[0].start <= offset <= table.rows[-1].end:
            rows = table.rows
            i = bisect_right([r.start for r in rows], offset) - 1
            if i >= 0 and offset <= rows[i].end:
                return table, rows[i]
    return None


@resource_cache
def _planning_columns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = resource_json("dates_nl.json")
    return (re.compile(data["planned_column"], re.IGNORECASE), re.compile(data["realised_column"], re.IGNORECASE),
            re.compile(data["realised_not"]))


LEADING_DAY_CHARS = 3  # a realised cell that opens with a day ("11-03-2025 (verschoven)") took place on it


def realised_reading(cell_text: str, context: dt.date | None = None) -> tuple[str, DateMention | None]:
    """What a planning sheet's realised cell says: ("day", its day) when it opens with a day or names one
    without saying the activity did not take place; ("not", None) when it says so ("vervallen", "verschoven
    naar 5-3") or is empty; ("unknown", None) for "ja", "behaald" or a month (the row is dated as any)."""
    days = [m for m in find_dates(cell_text, context_date=context) if m.precision == "day"]
    lead = len(cell_text) - len(cell_text.lstrip())
    if days and days[0].start <= lead + LEADING_DAY_CHARS:
        return "day", days[0]
    if _planning_columns()[2].search(cell_text) or not cell_text.strip(" -–—.\t"):
        return "not", None
    return ("day", days[0]) if days else ("unknown", None)


def realised_cell(adoc: "AnalysedDocument", offset: int) -> tuple[int, int] | None:
    """In a planning sheet's row (a table with a planned and a realised column whose planned cells hold
    days: "Activiteit | Gepland | Gerealiseerd | Toelichting"), the (start, end) of the row's realised cell:
    the day the activity took place, or the words that say it did not. None elsewhere."""
    found = planning_row(adoc, offset)
    return found[0].cells[found[1]] if found is not None and found[1] < len(found[0].cells) else None


def planning_row(adoc: "AnalysedDocument", offset: int) -> tuple[TextRow, int] | None:
    """The planning sheet's row ``offset`` lies in, with the sheet's realised column; None elsewhere."""
    sheets = _planning_sheets(adoc)
    found = row_at([table for table, _ in sheets], offset) if sheets else None
    if found is None:
        return None
    return found[1], next(c for t, c in sheets if t is found[0])


def _planning_sheets(adoc: "AnalysedDocument") -> list[tuple[TextTable, int]]:
    """The file's planning sheets with their realised column, found once per file (kept on it): the
    detectors ask for every sentence they read."""
    found = adoc.__dict__.get("_planning_sheets")
    if found is None:
        found = adoc.__dict__["_planning_sheets"] = _find_planning_sheets(tables_of(adoc), adoc.document.text)
    return found


def _find_planning_sheets(tables: list[TextTable], text: str) -> list[tuple[TextTable, int]]:
    planned, realised, _ = _planning_columns()
    out = []
    for table in tables:
        heads = table.header_cells(text)
        plan_col = next((i for i, h in enumerate(heads) if planned.match(h)), None)
        col = next((i for i, h in enumerate(heads) if realised.match(h)), None)
        if plan_col is not None and col is not None and _planned_days(table, plan_col, text):
            out.append((table, col))
    return out


def _planned_days(table: TextTable, col: int, text: str) -> bool:
    """The table's planned cells hold days (a plan's "Planning: voor de zomer" is no sheet; an unplanned
    activity's "—" among days is)."""
    return any(m.precision == "day" for r in table.rows if col < len(r.cells)
               for m in find_dates(text[r.cells[col][0] : r.cells[col][1]]))


@resource_cache
def _status_columns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = resource_json("dates_nl.json")
    return re.compile(data["status_date_column"]), re.compile(data["status_column"])


def _status_header(cells: list[str]) -> bool:
    """The header names a date column and a status column ("datum | wat | status")."""
    date, status = _status_columns()
    return any(date.match(c) for c in cells) and any(status.match(c) for c in cells)


def status_not_done(adoc: "AnalysedDocument", offset: int) -> bool:
    """``offset`` lies in a row of a status sheet whose status cell says the row's activity did not take place
    (yet): "03-09-2025   gesprek Noor apart   verzet", "ZT-bijeenkomst 2 | vervallen" (``dates_nl.json``
    status_sheet): the cell opens with it, so "uitgevoerd, verslag volgt" is done. A trigger in the status cell
    itself is no activity of the row."""
    sheets = adoc.__dict__.get("_status_sheets")
    if sheets is None:
        text = adoc.document.text
        _, status = _status_columns()
        sheets = adoc.__dict__["_status_sheets"] = [
            (table, next(i for i, h in enumerate(heads) if status.match(h)))
            for table in tables_of(adoc) if _status_header(heads := table.header_cells(text))]
    found = row_at([table for table, _ in sheets], offset) if sheets else None
    if found is None:
        return False
    col = next(c for t, c in sheets if t is found[0])
    if col >= len(found[1].cells):
        return False
    a, b = found[1].cells[col]
    # the cell's own status opens it: "verzet", "vervallen"; not "uitgevoerd, verslag volgt" or "gedaan; vervolg gepland"
    return not a <= offset < b and _planning_columns()[2].match(adoc.document.text[a:b].lstrip(" -–—(*")) is not None
