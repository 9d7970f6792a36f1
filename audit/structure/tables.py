"""Tables as the readers write them into the text: a run of lines whose cells are joined by " | ".

The PDF and DOCX readers render a table row as one line ("12-06-2024 | school | PK | Jesse
gesproken ..."), the first line of a run being the table's header when it names columns. The
detectors ask which table a row belongs to (an action list's task, a contact register's row).
"""
from __future__ import annotations

from dataclasses import dataclass

SEPARATOR = " | "


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


def _row(text: str, start: int, end: int) -> TextRow:
    cells = []
    at = start
    for part in text[start:end].split(SEPARATOR):
        a = at + len(part) - len(part.lstrip())
        b = at + len(part.rstrip())
        cells.append((a, max(a, b)))
        at += len(part) + len(SEPARATOR)
    return TextRow(start, end, tuple(cells))


def text_tables(text: str) -> list[TextTable]:
    """Every run of two or more " | " lines, its first line as the header."""
    tables: list[TextTable] = []
    run: list[TextRow] = []
    start = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if SEPARATOR in body:
            run.append(_row(text, start, start + len(body)))
        else:
            if len(run) >= 2:
                tables.append(TextTable(run[0], tuple(run[1:])))
            run = []
        start += len(line)
    if len(run) >= 2:
        tables.append(TextTable(run[0], tuple(run[1:])))
    return tables
