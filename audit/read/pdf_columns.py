"""Two text columns side by side on a PDF page, read one after the other.

A report made in a design template runs its story in a wide left column and keeps boxes
("Kerngegevens", "Contactmomenten", "Advies gedragswetenschapper") in a narrow right one.
Text lines are made per height, so each story line is joined to the box line beside it
("Op 2 juli sprak ik Amir apart in de tuin ... Geboren: 05-10-2016"), which puts the boxes'
dates into the story. Here a page's lines are split at the gutter and given their reading
order: per block between lines that run across the page, the left column, then the right.

Hand-written because neither reader offers it: pdfplumber's lines have no column notion (its
``layout`` mode keeps positions, not order), and pdfminer's layout analysis (``LAParams``
boxes) is what the fast path leaves out. It is deliberately narrow: a page is split only when
several lines share one gap and its left side is the wider one and reads as running text, not as a
form's labels ("Naam pleegkind:      Amir") or a journal's date column ("12-03-2025 JdV      Huisbezoek").
"""
from __future__ import annotations

import re
import statistics

from audit.read.pdf_layout import Line, Page

COLUMN_GAP = 10.0  # pt: the least gap between the end of a left-column line and the right column
MIN_SPLIT_LINES = 4  # lines with text on both sides of one gap
PROSE_SHARE = 0.55  # the median left part fills at least this share of the left column's width
LABEL_SHARE = 0.3  # at most this share of the left parts end in ':' (a form's labels)
PROSE_WORDS = 3  # the median left part holds at least this many words
WIDE_LEFT = 0.8  # the left column is at least this share of the right one's width
GUTTER_RANGE = (0.25, 0.8)  # where on the page's width a gutter may lie
RUN_ON = 1.5  # the widest blank (in font sizes) over which a column runs on above or below the side bar


_DATED = re.compile(r"\s*\d{1,4}[-/.]\d{1,2}")  # a part that opens with a date: a journal's date column


def split_columns(page: Page) -> None:
    """Replace lines that hold both columns by one line per column, each with ``column`` (1 left, 2 right)
    and ``block_top``; lines across the gutter and lines above or below the columns stay as they are."""
    x = gutter(page)
    if x is None:
        return
    lines = sorted(page.lines, key=lambda ln: ln.top)
    inside = _column_zone(lines, x)
    out: list[Line] = []
    block: float | None = None
    for i, ln in enumerate(lines):
        if i not in inside:
            out.append(ln)  # above, below or across the columns: it ends a block
            block = None
            continue
        block = ln.top if block is None else block
        for column, parts in ((1, [p for p in ln.parts if p[2] <= x]), (2, [p for p in ln.parts if p[1] >= x])):
            if parts:
                out.append(_part_line(ln, parts, column, block))
    page.lines = out


def _crosses(ln: Line, x: float) -> bool:
    return not ln.parts or any(p[1] < x < p[2] for p in ln.parts)


def _column_zone(lines: list[Line], x: float) -> set[int]:
    """The lines (by index, top to bottom) that belong to the columns: from the first to the last line with
    text right of the gutter, widened over lines beside it that do not cross the gutter and follow on
    without a wide blank (the left column runs on below the side bar; a page footer does not)."""
    right = [i for i, ln in enumerate(lines) if not _crosses(ln, x) and any(p[1] >= x for p in ln.parts)]
    zone = set(range(right[0], right[-1] + 1))
    for step, start in ((1, right[-1]), (-1, right[0])):
        i = start
        while 0 <= i + step < len(lines):
            nxt, cur = lines[i + step], lines[i]
            blank = (nxt.top - cur.bottom) if step == 1 else (cur.top - nxt.bottom)
            if _crosses(nxt, x) or blank > RUN_ON * nxt.size:
                break
            i += step
            zone.add(i)
    return {i for i in zone if not _crosses(lines[i], x)}


def _part_line(ln: Line, parts: list[tuple[str, float, float]], column: int, block: float) -> Line:
    text = " ".join(p[0] for p in parts if p[0])
    return Line(text=text, x0=min(p[1] for p in parts), x1=max(p[2] for p in parts), top=ln.top, bottom=ln.bottom,
                size=ln.size, bold=ln.bold, ends_soft_hyphen=ln.ends_soft_hyphen and parts[-1] is ln.parts[-1],
                parts=parts, column=column, block_top=block)


def gutter(page: Page) -> float | None:
    """The x between two text columns, or None: the middle of the gap most lines share, when enough lines
    have text on both sides of it and the left side reads as running text."""
    gaps = [(a[2], b[1]) for ln in page.lines for a, b in zip(ln.parts, ln.parts[1:]) if b[1] - a[2] >= COLUMN_GAP]
    if len(gaps) < MIN_SPLIT_LINES:
        return None
    shared = max(({(a + b) / 2 for a, b in gaps}),
                 key=lambda x: sum(1 for a, b in gaps if a <= x <= b))
    common = [(a, b) for a, b in gaps if a <= shared <= b]
    x = (max(a for a, _ in common) + min(b for _, b in common)) / 2
    if len(common) < MIN_SPLIT_LINES or not GUTTER_RANGE[0] * page.width <= x <= GUTTER_RANGE[1] * page.width:
        return None
    return x if _prose_on_the_left(page, x) else None


def _prose_on_the_left(page: Page, x: float) -> bool:
    """Do the lines left of ``x`` (beside the right column) fill their column as running text does?"""
    beside = [ln for ln in page.lines if any(p[1] >= x for p in ln.parts) and any(p[2] <= x for p in ln.parts)]
    if not beside:
        return False
    lefts = [[p for p in ln.parts if p[2] <= x] for ln in beside]
    margin = min(ln.x0 for ln in page.lines)
    right_edge = max(ln.x1 for ln in page.lines)
    widths = [ps[-1][2] - ps[0][1] for ps in lefts]
    texts = [" ".join(p[0] for p in ps) for ps in lefts]
    labels = sum(1 for t in texts if t.rstrip().endswith(":") or _DATED.match(t))  # "Naam:", "12-03-2025 JdV"
    return (x - margin >= WIDE_LEFT * (right_edge - x)  # the story's column is the wide one
            and statistics.median(widths) >= PROSE_SHARE * (x - margin)
            and statistics.median(len(t.split()) for t in texts) >= PROSE_WORDS
            and labels <= LABEL_SHARE * len(lefts))
