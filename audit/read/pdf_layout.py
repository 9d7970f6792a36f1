"""The layout both PDF paths read a page into (pdfplumber's in ``pdf``, PDFium's in ``pdf_pdfium``):
text lines with their box, size and boldness, and ruled tables as rows of cell texts."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

BOLD = re.compile(r"bold|black|heavy|semibold|demibold|extrabold", re.I)  # a font name that is bold
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st",
                           "ﬆ": "st", "\u00ad": None})


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    ends_soft_hyphen: bool = False
    heading_level: int | None = None
    parts: list[tuple[str, float, float]] = field(default_factory=list)  # the runs the line joins: text, x0, x1
    column: int = 0  # 0: across the page; 1 / 2: the left / right one of two columns (``pdf_columns``)
    block_top: float | None = None  # the top of the two-column block the line is in: its place in reading order


@dataclass
class Table:
    top: float
    bottom: float
    rows: list[list[str | None]]  # None = spanned (merged) cell
    bold_first_row: bool
    ncols: int
    headers: dict[int, str] | None = None
    ordinal: int = -1
    first_row: int = 0  # row number of rows[0] (tables continued from the previous page)
    x0: float = 0.0
    x1: float = 0.0


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
