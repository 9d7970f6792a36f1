"""Tables as the readers write them into the text: a run of lines whose cells are joined by " | ".

The PDF and DOCX readers render a table row as one line ("12-06-2024 | school | PK | Jesse
gesproken ..."), the first line of a run being the table's header when it names columns. A
plain-text export of a spreadsheet or an ECD register separates its cells by tabs instead
("12-06-2024<TAB>school<TAB>PK<TAB>..."): a run of such lines is a table too. The detectors ask
which table a row belongs to (an action list's task, a contact register's row).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from audit.resources import resource_cache, resource_json

if TYPE_CHECKING:
    from audit.types import AnalysedDocument

SEPARATOR = " | "
TAB = "\t"
_ALIGNMENT = re.compile(r"[\s|:-]*-{2,}[\s|:-]*")  # a markdown table's "|---|:---:|" under its header


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


def _row(text: str, start: int, end: int, separator: str = SEPARATOR) -> TextRow:
    cells = []
    at = start
    for part in text[start:end].split(separator):
        a = at + len(part) - len(part.lstrip())
        b = at + len(part.rstrip())
        cells.append((a, max(a, b)))
        at += len(part) + len(separator)
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
        if run and sep == kind and _ALIGNMENT.fullmatch(body):
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
    """The file's tables (``text_tables``), found once per file (kept on it): the contact register, a
    shared log's author column, the action lists and a planning sheet are read from the same tables."""
    found = adoc.__dict__.get("_tables")
    if found is None:
        found = adoc.__dict__["_tables"] = text_tables(adoc.document.text)
    return found


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


def realised_not(cell_text: str) -> bool:
    """A realised cell's words say the activity did not take place on its row ("verschoven naar 5-3")."""
    return _planning_columns()[2].search(cell_text) is not None


def realised_cell(adoc: "AnalysedDocument", offset: int) -> tuple[int, int] | None:
    """In a planning sheet's row (a table with a planned and a realised column: "Activiteit | Gepland |
    Gerealiseerd | Toelichting"), the (start, end) of the row's realised cell: the day the activity took
    place, or the words that say it did not ("vervallen", "verschoven naar 5-3"). None elsewhere."""
    found = row_at(tables_of(adoc), offset)
    if found is None:
        return None
    table, row = found
    planned, realised, _ = _planning_columns()
    heads = table.header_cells(adoc.document.text)
    if not any(planned.match(h) for h in heads):
        return None
    col = next((i for i, h in enumerate(heads) if realised.match(h)), None)
    return row.cells[col] if col is not None and col < len(row.cells) else None
