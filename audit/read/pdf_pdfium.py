"""PDF pages through PDFium (pypdfium2): the PDF reader's fast path, a text line at a time.

pdfminer (under pdfplumber) interprets every content stream in Python and makes an object
per character: ~45 ms of CPU per dense export page even with ``pdf_fast``. PDFium does the same
in C; asked for a page's text once (``get_text_range``) and for a few characters' boxes, sizes,
fonts and text objects per *line*, a page costs ~5 ms. Per-character calls through ctypes would
cost ~7 us each and give most of that back: a line drawn by one text object (one font, size and
baseline) is told by its first and last characters, other lines by ``_SAMPLES`` characters (a
short one that may be a bold heading by all of them).

The page becomes the same ``Page`` of ``Line``s and ``Table``s the pdfplumber path makes
(``pdf_layout``), so headings, paragraph joining, tables and offsets are decided by the same code:

* lines are PDFium's text lines, regrouped the way pdfplumber groups them (tops within 3 pt
  form one line, pieces left to right, joined by one space), whitespace runs as one space
  (pdfplumber splits words at blank characters and joins them with one space); a space PDFium
  makes up between text objects closer than 3 pt is dropped, as pdfplumber sees no gap there;
* geometry as pdfminer's ``LTChar``: ``x0`` the first glyph's origin, ``x1`` the last glyph's
  advance, ``bottom`` the baseline plus the font's descent, ``top`` the bottom plus the size;
* tables: pdfplumber's own finder (``merge_edges`` ... ``cells_to_tables``, default settings) on
  the horizontal and vertical stretches of PDFium's path objects; each word goes to the cell
  its middle lies in, as pdfplumber assigns characters, and the words outside every table are
  the page's text;
* ``page_or_none`` returns None, and pdfplumber reads the page, where this mapping is not safe:
  curves or Form XObjects in the drawing, rotated text, a shifted or rotated page box, text
  whose indexes do not line up, a line-end hyphen PDFium joined to the next line, a word over
  two table cells.

Checked against pdfplumber's path on every annotated corpus and the benchmark sample: the same
lines and table cells on every page, but for three lines where pdfplumber interleaves an
overlapping label and value ("GedragswetenschapAp. Bero:uwer") and PDFium does not.

Why not PyMuPDF: AGPL, which providers cannot always accept. pypdfium2 is BSD-3/Apache-2.0
and already installed with pdfplumber.
"""
from __future__ import annotations

import ctypes
import re
import statistics
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as R

from audit.read.pdf_layout import BOLD as _BOLD, LIGATURES as _LIGATURES, Line as _Line, Page as _Page, Table as _Table
from audit.read.pdf_lines import TOLERANCE, clusters

_SAMPLES = 5  # characters per line whose size and font are read (first, last and evenly between)
_LINE = re.compile(r"[^\r\n]+")
_HEADING_WORDS = 12  # a bold line this short can be a heading (pdf._assign_headings): its boldness is read in full


class _PageText:
    """One page's text and the few per-character answers the lines need (ctypes out-parameters reused)."""

    def __init__(self, textpage: Any, height: float) -> None:
        self.raw = textpage.raw
        self.height = height
        self.rect = R.FS_RECTF()
        self.font_buf = ctypes.create_string_buffer(256)
        self.flags = ctypes.c_int()
        self.fonts: dict[bytes, bool] = {}

    def box(self, i: int) -> tuple[float, float, float]:
        """(left, right, bottom) of character i's loose box, in PDF space (y up)."""
        R.FPDFText_GetLooseCharBox(self.raw, i, self.rect)
        return self.rect.left, self.rect.right, self.rect.bottom

    def size(self, i: int) -> float:
        return float(R.FPDFText_GetFontSize(self.raw, i))

    def bold(self, i: int) -> bool:
        n = R.FPDFText_GetFontInfo(self.raw, i, self.font_buf, 256, self.flags)
        name = self.font_buf.raw[: max(0, n - 1)]
        known = self.fonts.get(name)
        if known is None:
            known = self.fonts[name] = bool(_BOLD.search(name.decode("latin-1")))
        return known

    def object(self, i: int) -> int:
        """The text object character i was drawn by (its address: one font, size and baseline)."""
        return ctypes.cast(R.FPDFText_GetTextObject(self.raw, i), ctypes.c_void_p).value or 0

    def angle(self, i: int) -> float:
        return float(R.FPDFText_GetCharAngle(self.raw, i))


Piece = tuple[str, float, float, float, float, list[float], list[bool]]  # text, x0, x1, top, bottom, sizes, bolds
Word = tuple[str, float, float, float, float, float, int, int]  # text, x0, x1, top, bottom, size, first/last char


def _edges(page: Any, height: float) -> list[dict[str, Any]] | None:
    """pdfplumber's page edges (every horizontal or vertical stretch of a drawn path, top-down
    coordinates) from PDFium's path objects; None when the drawing has what this does not map
    (curves, Form XObjects), so that pdfplumber reads the page."""
    raw = page.raw
    edges: list[dict[str, Any]] = []
    matrix = R.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    for k in range(R.FPDFPage_CountObjects(raw)):
        obj = R.FPDFPage_GetObject(raw, k)
        kind = R.FPDFPageObj_GetType(obj)
        if kind == R.FPDF_PAGEOBJ_FORM:
            return None
        if kind != R.FPDF_PAGEOBJ_PATH:
            continue
        R.FPDFPageObj_GetMatrix(obj, matrix)
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        points: list[tuple[float, float]] = []
        start: tuple[float, float] | None = None
        for s in range(R.FPDFPath_CountSegments(obj)):
            seg = R.FPDFPath_GetPathSegment(obj, s)
            kind = R.FPDFPathSegment_GetType(seg)
            if kind == R.FPDF_SEGMENT_BEZIERTO or kind == R.FPDF_SEGMENT_UNKNOWN:
                return None
            R.FPDFPathSegment_GetPoint(seg, x, y)
            pt = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
            if kind == R.FPDF_SEGMENT_MOVETO:
                start = pt
            elif points:
                _edge(edges, points[-1], pt)
            points.append(pt)
            if R.FPDFPathSegment_GetClose(seg) and start is not None:
                _edge(edges, pt, start)
    return edges


def _edge(edges: list[dict[str, Any]], p0: tuple[float, float], p1: tuple[float, float]) -> None:
    (x0, t0), (x1, t1) = p0, p1
    if abs(x0 - x1) < 0.01:
        orientation = "v"
    elif abs(t0 - t1) < 0.01:
        orientation = "h"
    else:
        return  # a slanted stroke is no table rule
    left, right, top, bottom = min(x0, x1), max(x0, x1), min(t0, t1), max(t0, t1)
    if orientation == "v":
        left = right = (x0 + x1) / 2
    else:
        top = bottom = (t0 + t1) / 2
    edges.append({"x0": left, "x1": right, "top": top, "bottom": bottom, "width": right - left,
                  "height": bottom - top, "orientation": orientation, "object_type": "curve_edge"})


def _find_tables(edges: list[dict[str, Any]]) -> list[Any]:
    """``page.find_tables()`` with the default settings, on edges already made (pdfplumber's steps)."""
    from pdfplumber import utils
    from pdfplumber.table import (Table, TableSettings, cells_to_tables, edges_to_intersections,
                                  intersections_to_cells, merge_edges)

    s = TableSettings.resolve(None)
    base = (utils.filter_edges(edges, "v", min_length=s.edge_min_length_prefilter)
            + utils.filter_edges(edges, "h", min_length=s.edge_min_length_prefilter))
    merged = merge_edges(base, snap_x_tolerance=s.snap_x_tolerance, snap_y_tolerance=s.snap_y_tolerance,
                         join_x_tolerance=s.join_x_tolerance, join_y_tolerance=s.join_y_tolerance)
    merged = utils.filter_edges(merged, min_length=s.edge_min_length)
    points = edges_to_intersections(merged, s.intersection_x_tolerance, s.intersection_y_tolerance)
    return [Table(None, group) for group in cells_to_tables(intersections_to_cells(points))]


_HYPHEN_JOIN = "\ufffe"  # PDFium's mark of a line-end hyphen it joined to the next line
_LONE_SPACE = re.compile(r"(?<=\S) (?=\S)")
_GLUE = "\x00"  # stands for a space PDFium made up where pdfplumber sees none (kept: indexes stay aligned)


def _glue(pt: _PageText, text: str) -> str:
    """PDFium puts a generated space between text objects whose gap it finds wide; pdfplumber
    starts a new word only beyond 3 pt ("Datum:" in bold, then the date 2 pt on). Such a space
    becomes ``_GLUE``, which the line and word texts drop."""
    glued = [i for i in (m.start() for m in _LONE_SPACE.finditer(text))
             if R.FPDFText_IsGenerated(pt.raw, i) and pt.box(i + 1)[0] - pt.box(i - 1)[1] <= TOLERANCE]
    if not glued:
        return text
    chars = list(text)
    for i in glued:
        chars[i] = _GLUE
    return "".join(chars)


def _visible(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(first, last) index of text[start:end] that is not blank, or None."""
    chunk = text[start:end]
    if not chunk.strip():
        return None
    return start + (len(chunk) - len(chunk.lstrip())), start + len(chunk.rstrip()) - 1


def _piece(pt: _PageText, text: str, start: int, end: int) -> Piece | None:
    """(text, x0, x1, top, bottom, sizes, bolds) of the characters text[start:end], or None when blank.

    A piece drawn by one text object has one font, size and baseline: its first character tells
    them. Otherwise ``_SAMPLES`` characters spread over it do, and a short piece that may be a
    bold heading has every character's font read (pdfplumber's test: 90% of the characters bold).
    """
    span = _visible(text, start, end)
    if span is None:
        return None
    first, last = span
    chunk = text[first : last + 1]
    words = chunk.replace(_GLUE, "").split()
    n_visible = sum(map(len, words))
    h = pt.height
    x0, _, first_bottom = pt.box(first)
    x1 = pt.box(last)[1]
    obj = pt.object(first)
    if obj and obj == pt.object(last):
        size, bottom = pt.size(first), h - first_bottom
        return " ".join(words), x0, x1, bottom - size, bottom, [size] * n_visible, [pt.bold(first)] * n_visible
    visible = [i for i in range(first, last + 1) if not text[i].isspace() and text[i] != _GLUE]
    every = visible
    if len(visible) > _SAMPLES:
        step = (len(visible) - 1) / (_SAMPLES - 1)
        visible = [visible[round(k * step)] for k in range(_SAMPLES)]
    bolds = [pt.bold(i) for i in visible]
    if sum(bolds) >= len(bolds) - 1 and len(every) > len(visible) and len(words) <= _HEADING_WORDS:
        bolds = [pt.bold(i) for i in every]  # may be a bold heading: every character counts
    sizes, tops, bottoms = [], [], []
    for i in visible:
        size = pt.size(i)
        _, _, b = pt.box(i)
        sizes.append(size)
        bottoms.append(h - b)
        tops.append(h - b - size)
    return " ".join(words), x0, x1, min(tops), max(bottoms), sizes, bolds


def _words(pt: _PageText, text: str, start: int, end: int) -> list[Word]:
    """The blank-separated words of text[start:end] with their boxes (first and last character)."""
    out = []
    h = pt.height
    for m in re.finditer(r"\S+", text[start:end]):
        first, last = start + m.start(), start + m.end() - 1
        x0, _, b = pt.box(first)
        _, x1, _ = pt.box(last)
        size = pt.size(first)
        out.append((m.group().replace(_GLUE, ""), x0, x1, h - b - size, h - b, size, first, last))
    return out


def _cell_of(x: float, y: float, cells: list[tuple[float, float, float, float]]) -> int | None:
    for k, (x0, top, x1, bottom) in enumerate(cells):
        if x0 <= x < x1 and top <= y < bottom:
            return k
    return None


def _cell_text(words: list[Word]) -> str:
    """pdfplumber's cell text: words in lines by clustered tops (chained within 3 pt), spaces and newlines."""
    cluster = clusters([w[3] for w in words])
    lines: dict[int, list[Word]] = {}
    for w in words:  # words keep their reading order within a line, as pdfplumber's do
        lines.setdefault(cluster[w[3]], []).append(w)
    return "\n".join(" ".join(w[0].translate(_LIGATURES) for w in lines[g]) for g in sorted(lines))


def _bold_word(pt: _PageText, w: Word) -> bool:
    return pt.bold(w[6]) and pt.bold(w[7])


def _piece_of_words(pt: _PageText, words: list[Word]) -> Piece:
    return (" ".join(w[0] for w in words), words[0][1], words[-1][2], min(w[3] for w in words),
            max(w[4] for w in words), [w[5] for w in words], [_bold_word(pt, w) for w in words])


CellWords = list[list[list[Word]]]  # per row, per cell: the words in it


Grid = list[tuple[float, float, list[tuple[float, float, float, float]]]]  # per row: top, bottom, cells


def _grid(t: Any) -> Grid:
    """A table's rows as (top, bottom, cell boxes); a spanned (None) cell as an empty box."""
    out = []
    for r in t.rows:
        cells = [c if c is not None else (0.0, 0.0, 0.0, 0.0) for c in r.cells]
        _, top, _, bottom = r.bbox
        out.append((top, bottom, cells))
    return out


def _place(w: Word, boxes: list[Any], grids: list[Grid], cell_words: list[CellWords]) -> bool | None:
    """Put a word in the table cell its middle lies in (True), leave it to the body text (False), or
    None when it straddles two cells. A word inside a table's box but in no cell is dropped, as
    pdfplumber's cell extraction drops it."""
    cx, mid = (w[1] + w[2]) / 2, (w[3] + w[4]) / 2
    for ti, (x0, t0, x1, b0) in enumerate(boxes):
        if not (x0 <= cx <= x1 and t0 <= mid <= b0):
            continue
        for ri, (top, bottom, cells) in enumerate(grids[ti]):
            if not top <= mid < bottom:
                continue
            k = _cell_of(cx, mid, cells)
            if k is None:
                continue
            if _cell_of(w[1] + 0.01, mid, cells) != k or _cell_of(w[2] - 0.01, mid, cells) != k:
                return None  # pdfplumber would split this word between the cells, character by character
            cell_words[ti][ri][k].append(w)
            return True
        return True
    return False


def _tables_and_body(pt: _PageText, text: str, spans: list[tuple[int, int]], pieces: list[Piece],
                     found: list[Any]) -> tuple[list[_Table], list[Piece]] | None:
    """The page's tables (rows of cell texts) and the text pieces outside them, as pdfplumber
    assigns characters: by the middle of their box. None when a word straddles two cells."""
    boxes = [t.bbox for t in found]
    grids = [_grid(t) for t in found]
    cell_words: list[CellWords] = [[[[] for _ in cells] for _, _, cells in grid] for grid in grids]
    body: list[Piece] = []
    for (start, end), piece in zip(spans, pieces):
        if not any(b[1] - 1 <= piece[4] and piece[3] <= b[3] + 1 for b in boxes):
            body.append(piece)  # nowhere near a table: the line as PDFium gave it
            continue
        outside: list[Word] = []
        for w in _words(pt, text, start, end):
            placed = _place(w, boxes, grids, cell_words)
            if placed is None:
                return None
            if not placed:
                outside.append(w)
        if outside:
            body.append(_piece_of_words(pt, outside))
    tables = []
    for t, words in zip(found, cell_words):
        table = _table(pt, t, words)
        if table is None:  # a box around text, not a table: its words are body text after all
            body += [_piece_of_words(pt, ws) for row in words for ws in row if ws]
        else:
            tables.append(table)
    return tables, body


def _table(pt: _PageText, t: Any, words: CellWords) -> _Table | None:
    """The table as ``pdf._table_from`` makes it, or None for a single-cell box."""
    rows: list[list[str | None]] = [[None if c is None else (_cell_text(ws) if ws else "") for c, ws in zip(r.cells, row)]
                                    for r, row in zip(t.rows, words)]
    ncols = max((len(r) for r in rows), default=0)
    if not rows or (len(rows) == 1 and ncols <= 1):
        return None
    first = [w for ws in words[0] for w in ws] if words else []
    bold_first = bool(first) and all(_bold_word(pt, w) for w in first)
    return _Table(top=t.bbox[1], bottom=t.bbox[3], rows=rows, bold_first_row=bold_first, ncols=ncols,
                  x0=t.bbox[0], x1=t.bbox[2])


def page_or_none(pdf: Any, index: int) -> _Page | None:
    """Page ``index`` (0-based) as a ``_Page`` read through PDFium, or None when pdfplumber must read it."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        left, bottom = page.get_mediabox()[:2]
        if left or bottom or page.get_rotation():
            return None  # shifted or rotated page space: pdfplumber's own arithmetic
        edges = _edges(page, height)
        if edges is None:
            return None
        found = _find_tables(edges) if edges else []
        textpage = page.get_textpage()
        try:
            pt = _PageText(textpage, height)
            n = R.FPDFText_CountChars(pt.raw)
            text = textpage.get_text_range() if n > 0 else ""
            if len(text) != n or _HYPHEN_JOIN in text:
                # indexes that do not line up give no safe geometry; PDFium joins a line that ends in a
                # hyphen to the next one and cannot tell "-" from a soft hyphen: pdfplumber reads those
                return None
            text = _glue(pt, text)
            pieces, spans = [], []
            for m in _LINE.finditer(text):
                piece = _piece(pt, text, m.start(), m.end())
                if piece is None:
                    continue
                span = _visible(text, m.start(), m.end())
                if span is None or pt.angle(span[0]) != 0.0:
                    return None  # rotated text: pdfplumber's own handling
                pieces.append(piece)
                spans.append((m.start(), m.end()))
            tables: list[_Table] = []
            if found:
                split = _tables_and_body(pt, text, spans, pieces, found)
                if split is None:
                    return None
                tables, pieces = split
        finally:
            textpage.close()
        p = _Page(number=index + 1, width=float(width), height=float(height))
        p.lines = _group(pieces)
        p.tables = tables
        return p
    finally:
        page.close()


def _group(pieces: list[Piece]) -> list[_Line]:
    """Pieces whose tops lie within the tolerance (chained, as pdfplumber clusters) form one line, left to right."""
    if not pieces:
        return []
    cluster = clusters([p[3] for p in pieces])
    by_line: dict[int, list[Piece]] = {}
    for p in pieces:
        by_line.setdefault(cluster[p[3]], []).append(p)
    lines = []
    for g in sorted(by_line):
        parts = sorted(by_line[g], key=lambda p: p[1])
        raw_text = " ".join(p[0] for p in parts)
        size = statistics.median(s for p in parts for s in p[5])
        bolds = [b for p in parts for b in p[6]]
        text = raw_text.translate(_LIGATURES).strip()
        if not text:
            continue
        lines.append(_Line(text=text, x0=min(p[1] for p in parts), x1=max(p[2] for p in parts),
                           top=min(p[3] for p in parts), bottom=max(p[4] for p in parts), size=size,
                           bold=sum(bolds) >= 0.9 * len(bolds), ends_soft_hyphen=raw_text.rstrip().endswith("\u00ad"),
                           parts=[(p[0].translate(_LIGATURES).strip(), p[1], p[2]) for p in parts]))
    return lines


def open_document(data: bytes) -> Any:
    """A PDFium document of the bytes, or None when PDFium cannot open it (pdfplumber then reports why)."""
    try:
        return pdfium.PdfDocument(data)
    except Exception:  # broken or encrypted: the pdfplumber path raises the reader's own error
        return None
