"""Tables as the readers write them into the text: a run of lines whose cells are joined by " | ".

The PDF and DOCX readers render a table row as one line ("12-06-2024 | school | PK | Jesse
gesproken ..."), the first line of a run being the table's header when it names columns. A
plain-text export of a spreadsheet or an ECD register separates its cells by tabs instead
("12-06-2024<TAB>school<TAB>PK<TAB>..."): a run of such lines is a table too. The detectors ask
which table a row belongs to (an action list's task, a contact register's row).
"""
from __future__ import annotations

from dataclasses import dataclass

SEPARATOR = " | "
TAB = "\t"


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
    """Every run of two or more lines with the same cell separator, its first line as the header."""
    tables: list[TextTable] = []
    run: list[TextRow] = []
    kind: str | None = None
    start = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        sep = separator_of(body)
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
