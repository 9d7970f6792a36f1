"""PDF reader (pdfplumber).

Per page: ruled tables from ``page.find_tables()`` become table_row blocks; the
characters outside the table boxes are grouped into lines
(``extract_text_lines``) and the lines into paragraphs. Tables and paragraphs are
interleaved by vertical position. Two text columns side by side (a report with a
side bar) are read one after the other (``pdf_columns``); other lines top to bottom.

Headings: body size = the most common font size (by characters) outside tables.
A line is a heading when its font is clearly larger (>= body + 1pt) or when it
is entirely bold at body size or larger and short (<= 12 words, not ending in
'.'). Larger sizes rank first (level 1, 2, ...); bold body-size headings come
one level below the smallest larger size.

Soft-wrap heuristic -- a line continues the previous line's paragraph when all hold:
* same page, same font size (+-0.6pt), same heading status, no table between;
* vertical gap (top - previous bottom) <= 0.9 x font size;
* the line does not start a list item, a journal entry header ("12-03-2024 |")
  or a new field ("Naam: ..." after a field line);
* and either the previous line is *full* (the next line's first word would not
  have fitted before the right text edge, so the writer's software wrapped it)
  or the line starts in lower case and the previous one does not end with
  '.', ':', ';', '!' or '?'.
The right text edge per page is the largest line end on the page, unless no
line reaches 75% of the symmetric margin (then page width - left margin).
Wrapped lines are joined with one space; a soft hyphen at the end of a line is
dropped, and "woord-" + lower-case continuation is joined without space.

Tables: a single-cell box is treated as text. A table's first row is a header
when its text is all bold, or when its cells look like labels while a later
row does not; header cells get ``header=None``, later rows get the header of
their column. A table that starts a page right after a table that ended the
previous page, with the same column count, continues that table (same
``table`` ordinal, rows numbered on, same header).

Speed. Each page is first offered to PDFium (``pdf_pdfium``, through pypdfium2): its text lines,
boxes, sizes, fonts and ruled tables (pdfplumber's table finder run on PDFium's drawn paths), the
same ``_Page`` this module makes, at ~5 ms of CPU per dense export page. A page PDFium cannot map
(curved or Form XObject drawing, rotated text, a hyphen it joins across lines, a word over two
table cells) is read by pdfplumber as before; ``read.pdf_fast = 0`` sends every page there. On
pdfplumber's side, its own ``page.objects`` (a pdfminer ``LTChar`` per character, then a dict per
object through ``resolve_all``) took ~85% of the time; its ``dedupe_chars()`` was replaced by a
linear de-duplication because it took ~90%. The page objects come from ``pdf_fast`` (a pdfminer
device that makes pdfplumber's dicts directly, the same values key by key), the text lines and
table cells from ``pdf_lines`` (pdfplumber's algorithms with less overhead, the same results),
each page's objects are dropped once it is read (flat memory) and the cyclic garbage collector
pauses while a file is parsed (~45 ms of CPU per export page). Both paths give the same blocks
(``tests/read/test_pdf_fast.py``, ``tests/read/test_pdf_pdfium.py``; on every annotated corpus the
same text but for three lines where pdfplumber interleaves overlapping label and value).
"""
from __future__ import annotations

import bisect
import gc
import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.types import Document
from audit.read.ocr import ocr_pdf
from audit.read.base import ReadError, TextBuilder, one_line, sha256_bytes
from audit.read.pdf_fast import Glyphs, fill_objects
from audit.read.pdf_columns import COLUMN_GAP, split_columns
from audit.read.pdf_layout import BOLD as _BOLD, LIGATURES as _LIGATURES, Line as _Line, Page as _Page, Table as _Table
from audit.read.pdf_pdfium import open_document, page_or_none
from audit.read.pdf_lines import CharIndex, char_index, table_rows, text_lines
from audit.read.text import LIST_ITEM
from audit.resources import resource_cache, resource_json

_ENTRY_HEADER = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s*[|:–-]")
_FIELD = re.compile(r"^[A-ZÀ-Ý][^:|]{0,30}:(\s|$)")
_RULER = re.compile(r"^\s*[-=_*~·.]{5,}\s*$")  # a line of dashes between an export's records: no prose
SIDE_BOX = 3  # the sort key's column for a box beside text lines (after the lines' own columns 0, 1, 2)
SHORT_IN_COLUMN = 0.8  # a column line shorter than this share of the column's width was not wrapped
_NO_JOIN_AFTER_HYPHEN = {"en", "of", "tot", "t/m"}


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _line_from(raw: dict[str, Any]) -> _Line | None:
    chars = [c for c in raw.get("chars", []) if c.get("text", "").strip()]
    text = raw["text"]
    soft = text.rstrip().endswith("\u00ad")
    text = text.translate(_LIGATURES).strip()
    if not chars or not text:
        return None
    size = statistics.median(c["size"] for c in chars)
    bold = sum(1 for c in chars if _BOLD.search(c.get("fontname", ""))) >= 0.9 * len(chars)
    return _Line(text=text, x0=raw["x0"], x1=raw["x1"], top=raw["top"], bottom=raw["bottom"],
                 size=size, bold=bold, ends_soft_hyphen=soft, parts=_parts(chars, size))


def _parts(chars: list[dict[str, Any]], size: float) -> list[tuple[str, float, float]]:
    """The runs of a line's characters a wide gap separates (text, x0, x1), as PDFium gives its pieces:
    what ``pdf_columns`` splits two columns by. Words inside a run are joined by one space."""
    out: list[tuple[str, float, float]] = []
    run: list[dict[str, Any]] = []
    text = ""
    for c in sorted(chars, key=lambda c: c["x0"]):
        if run and c["x0"] - run[-1]["x1"] >= COLUMN_GAP:
            out.append((text.translate(_LIGATURES), run[0]["x0"], run[-1]["x1"]))
            run, text = [], ""
        if run and c["x0"] - run[-1]["x1"] > 0.15 * size:
            text += " "
        run.append(c)
        text += c["text"]
    if run:
        out.append((text.translate(_LIGATURES), run[0]["x0"], run[-1]["x1"]))
    return out


def _table_from(page, t, index: CharIndex | None = None) -> _Table | None:
    rows = table_rows(t, page.chars, index)  # = t.extract(), with an index instead of a scan per row
    ncols = max((len(r) for r in rows), default=0)
    if not rows or (len(rows) == 1 and ncols <= 1):
        return None  # a box around text, not a table
    bold_first = False
    if t.rows:
        x0, top, x1, bottom = t.rows[0].bbox
        chars = [c for c in page.chars if c.get("text", "").strip()
                 and x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
        bold_first = bool(chars) and all(_BOLD.search(c.get("fontname", "")) for c in chars)
    return _Table(top=t.bbox[1], bottom=t.bbox[3], rows=rows, bold_first_row=bold_first, ncols=ncols,
                  x0=t.bbox[0], x1=t.bbox[2])


_LABEL_BAD = re.compile(r"[,;]|\.\s*$")


def _label_like(s: str) -> bool:
    return bool(s) and len(s) <= 40 and len(s.split()) <= 5 and not _LABEL_BAD.search(s)


def _detect_header(t: _Table) -> dict[int, str] | None:
    if len(t.rows) < 2:
        return None
    first = [one_line(c) if c is not None else None for c in t.rows[0]]
    nonempty = [c for c in first if c]
    if not nonempty or not all(_label_like(c) for c in nonempty):
        return None
    later_not_labels = any(c and not _label_like(one_line(c)) for r in t.rows[1:] for c in r)
    if not (t.bold_first_row or (len(nonempty) == len([c for c in first if c is not None]) and later_not_labels)):
        return None
    headers: dict[int, str] = {}
    last = ""
    for i, c in enumerate(first):
        if c is not None:
            last = c
        headers[i] = last  # a spanned header cell covers the columns to its right
    return headers


def _body_chars(chars: list[dict[str, Any]], boxes: list[tuple[float, float, float, float]]) -> list[dict[str, Any]]:
    """The characters outside the table boxes, without fake-bold doubles (what the lines are made of)."""
    seen: dict[tuple[str, int], list[float]] = {}

    def keep(o: dict[str, Any]) -> bool:
        if boxes and _inside(o, boxes):
            return False
        # Fake bold (the same glyph painted twice, slightly offset) would double letters.
        # pdfplumber's dedupe_chars() does this too but is quadratic (~90% of run time).
        if not o["text"].strip():
            return True
        xs = seen.setdefault((o["text"], round(o["top"])), [])  # sorted
        tol = min(1.0, 0.5 * (o["x1"] - o["x0"]))
        x0 = o["x0"]
        i = bisect.bisect_left(xs, x0)  # the nearest earlier glyphs are the neighbours in xs
        if (i < len(xs) and abs(x0 - xs[i]) < tol) or (i and abs(x0 - xs[i - 1]) < tol):
            return False
        xs.insert(i, x0)
        return True

    return [c for c in chars if keep(c)]


def _load_page(pdf, page, glyphs: Glyphs) -> _Page:
    fill_objects(pdf, page, glyphs)  # the page's objects without pdfminer's layout objects (pdf_fast)
    p = _Page(number=page.page_number, width=float(page.width), height=float(page.height))
    tables = []
    found = page.find_tables()
    index = char_index(page.chars) if found else None
    for t in found:
        tt = _table_from(page, t, index)
        if tt is not None:
            tables.append((t.bbox, tt))
    p.tables = [tt for _, tt in tables]
    # = page.filter(keep).extract_text_lines(return_chars=True), computed by pdf_lines
    for raw in text_lines(_body_chars(page.chars, [bbox for bbox, _ in tables])):
        line = _line_from(raw)
        if line is not None:
            p.lines.append(line)
    page.close()  # drop the page's objects: memory stays flat over long files
    return p


_settings = {"fast": True}


def set_pdf_fast(enabled: bool) -> None:
    """Apply ``read.pdf_fast`` for this process: PDFium where it maps a page (``pdf_pdfium``), or pdfplumber only."""
    _settings["fast"] = bool(enabled)


class _Plumber:
    """pdfplumber's view of the file, opened only when a page needs it: PDFium reads most pages, and
    opening the file in pdfminer (parsing every page object) cost ~40 ms a dossier for nothing."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pdf = data, None

    def pages(self) -> Any:
        import pdfplumber

        if self.pdf is None:
            self.pdf = pdfplumber.open(io.BytesIO(self.data))
        return self.pdf.pages

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _load_pages(plumber: _Plumber, fast: Any = None) -> tuple[list[_Page], int]:
    """Every page, through PDFium (``fast``: its document) where it maps the page, else pdfplumber's
    path; and how many pages PDFium read. When pdfplumber counts other pages than PDFium, pdfplumber
    reads them all (its page numbers are the ones the evidence has always used)."""
    glyphs: Glyphs = {}  # each font's text and widths per character code, shared by the pages
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived dicts and no cycles worth chasing: the cyclic GC cost ~15%
    pages: list[_Page] = []
    n_fast = 0
    try:
        total = len(fast) if fast is not None else len(plumber.pages())
        for i in range(total):
            p = page_or_none(fast, i) if fast is not None else None
            if p is None:
                theirs = plumber.pages()
                if len(theirs) != total:
                    return _load_pages(plumber, None)
                p = _load_page(plumber.pdf, theirs[i], glyphs)
            else:
                n_fast += 1
            pages.append(p)
        return pages, n_fast
    finally:
        if collecting:
            gc.enable()


def _assign_headings(pages: list[_Page]) -> None:
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            sizes[round(ln.size * 2) / 2] += len(ln.text)
    if not sizes:
        return
    body = sizes.most_common(1)[0][0]
    big: set[float] = set()
    candidates: list[tuple[_Line, float | None]] = []
    for p in pages:
        for ln in p.lines:
            s = round(ln.size * 2) / 2
            short = len(ln.text.split()) <= 12 and not ln.text.endswith(".")
            if s >= body + 1.0 and len(ln.text) <= 200:
                big.add(s)
                candidates.append((ln, s))
            elif ln.bold and s >= body - 0.25 and short:
                candidates.append((ln, None))
    ranked = sorted(big, reverse=True)
    for ln, s in candidates:
        ln.heading_level = ranked.index(s) + 1 if s is not None else len(ranked) + 1


def _right_edge(p: _Page) -> float:
    if not p.lines:
        return p.width
    left = min(ln.x0 for ln in p.lines)
    symmetric = p.width - left
    widest = max(ln.x1 for ln in p.lines)
    return widest if widest >= left + 0.75 * (symmetric - left) else symmetric


def _continues(prev: _Line, ln: _Line, edge: float) -> bool:
    if abs(prev.size - ln.size) > 0.6 or prev.heading_level != ln.heading_level:
        return False
    gap = ln.top - prev.bottom
    if gap > 0.9 * ln.size or gap < -0.5 * ln.size:
        return False
    if LIST_ITEM.match(ln.text) or _ENTRY_HEADER.match(ln.text) or _RULER.match(ln.text) or _RULER.match(prev.text):
        return False
    if _FIELD.match(ln.text) and _FIELD.match(prev.text):
        return False
    first_word = ln.text.split()[0]
    avg = (ln.x1 - ln.x0) / max(len(ln.text), 1)
    full = prev.x1 + avg * (len(first_word) + 0.6) > edge - 1.0
    left = min(prev.x0, ln.x0)
    if ln.column and prev.x1 - left < SHORT_IN_COLUMN * (edge - left):
        full = False  # in a narrow column a short item ("Geboren: 05-10-2016") is a line of its own
    lower = first_word[:1].islower() and not prev.text.endswith((".", ":", ";", "!", "?"))
    return full or lower


def _join(prev_text: str, ln: _Line, prev: _Line) -> str:
    nxt = ln.text
    if prev.ends_soft_hyphen:
        return prev_text + nxt
    first = nxt.split()[0]
    if (re.search(r"[^\W\d_]-$", prev_text) and first[:1].islower()
            and first.lower() not in _NO_JOIN_AFTER_HYPHEN):
        return prev_text + nxt
    return prev_text + " " + nxt


_WORD_BEFORE_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-$")


def _broken_word_end(text: str) -> bool:
    """``text`` ends in a word a typesetter broke with a hyphen ("Ad-", "pleegou-"), not in an abbreviation ("GW-"),
    a single letter ("e-") or a part that keeps its hyphen ("ex-", ``sentences_nl.json`` hyphen_prefixes)."""
    m = _WORD_BEFORE_HYPHEN.search(text)
    if m is None:
        return False
    word = m.group(1)
    return len(word) >= 2 and word[-1].islower() and word.lower() not in _hyphen_prefixes()


@resource_cache
def _hyphen_prefixes() -> frozenset[str]:
    return frozenset(resource_json("sentences_nl.json")["hyphen_prefixes"])


def _list_levels(pages: list[_Page]) -> dict[float, int]:
    xs = sorted({round(ln.x0 / 6) * 6 for p in pages for ln in p.lines if LIST_ITEM.match(ln.text)})
    return {x: i + 1 for i, x in enumerate(xs)}


@dataclass
class _Writer:
    """Writes pages into a ``TextBuilder``: paragraphs from continued lines, tables row by row.

    A table that opens a page (only header lines above it) with the same columns as
    the table that closed the previous page continues it (same ordinal, rows counted on).
    """

    list_levels: dict[float, int]
    b: TextBuilder = field(default_factory=TextBuilder)
    page_starts: list[int] = field(default_factory=list)
    n_tables: int = 0
    prev_table: _Table | None = None  # last element of the previous page, if it was a table
    para: list[_Line] = field(default_factory=list)
    para_text: str = ""
    para_hyphens: list[int] = field(default_factory=list)  # in ``para_text``: hyphens of words joined over lines
    broken_words: list[int] = field(default_factory=list)  # the same, as offsets in the document's text
    boxes: list[_Table] = field(default_factory=list)  # side boxes waiting for the paragraph beside them to end

    def flush(self, page: int) -> None:
        if not self.para:
            return
        head, text = self.para[0], self.para_text
        self.broken_words += [self.b.next_start() + at for at in self.para_hyphens]
        if head.heading_level is not None:
            self.b.add("heading", text, page=page, level=head.heading_level)
        elif LIST_ITEM.match(text):
            self.b.add("list_item", text, page=page, level=self.list_levels.get(round(head.x0 / 6) * 6, 1))
        else:
            self.b.add("paragraph", text, page=page)
        self.para, self.para_text, self.para_hyphens = [], "", []

    def table(self, el: _Table, page: int, opens_page: bool) -> None:
        self.flush(page)
        prev = self.prev_table
        start_row = 0
        if prev is not None and opens_page and prev.ncols == el.ncols:
            el.ordinal, el.headers = prev.ordinal, prev.headers
            el.first_row = prev.first_row + len(prev.rows)
            if el.headers is not None and [one_line(c or "") for c in el.rows[0]] == \
                    [one_line(c or "") for c in prev.rows[0]]:
                start_row = 1  # header row repeated on the new page
                _add_row(self.b, el, 0, None, page)
        else:
            el.ordinal = self.n_tables
            self.n_tables += 1
            el.headers = _detect_header(el)
            if el.headers is not None:
                start_row = 1
                _add_row(self.b, el, 0, None, page)
        for r_i in range(start_row, len(el.rows)):
            _add_row(self.b, el, r_i, el.headers, page)

    def line(self, ln: _Line, page: int, edge: float) -> None:
        if self.para and _continues(self.para[-1], ln, edge):
            before = self.para_text
            self.para_text = _join(before, ln, self.para[-1])
            if self.para_text[len(before) : len(before) + 1] not in (" ", "") and _broken_word_end(before):
                self.para_hyphens.append(len(before) - 1)  # "Ad-" + "vies": a word broken at the line's end
            self.para.append(ln)
        else:
            self.flush(page)
            self.side_boxes(page)
            self.para, self.para_text = [ln], ln.text

    def side_boxes(self, page: int) -> None:
        boxes, self.boxes = self.boxes, []
        for box in boxes:
            self.table(box, page, False)

    def page(self, p: _Page) -> None:
        self.page_starts.append(self.b.next_start())
        edges = {0: _right_edge(p)} | {c: max(ln.x1 for ln in p.lines if ln.column == c)
                                       for c in {ln.column for ln in p.lines} - {0}}
        if 2 in edges:  # the right column ends at the page's right margin (as wide as its left one)
            edges[2] = max(edges[2], p.width - min(ln.x0 for ln in p.lines))
        body_top, body_bottom = p.height * 0.08, p.height * 0.92
        # two columns: the block's left column, then its right one, where the block starts on the page
        elements: list[tuple[tuple[float, int, int, float], object]] = [
            ((ln.top if ln.block_top is None else ln.block_top, 1, ln.column, ln.top), ln) for ln in p.lines]
        elements += [(_table_place(t, p.lines), t) for t in p.tables]
        elements.sort(key=lambda e: e[0])
        # Was anything besides page-header lines above the first table?
        first_body = next((e[1] for e in elements if not (isinstance(e[1], _Line) and e[1].bottom < body_top)), None)
        last_body: object | None = None  # last element above the page-footer zone
        for key, el in elements:
            if isinstance(el, _Table) and key[2] == SIDE_BOX:
                self.boxes.append(el)  # read once the paragraph beside it ends
                continue
            if isinstance(el, _Table):
                self.table(el, p.number, first_body is el)
                last_body = el
                continue
            assert isinstance(el, _Line)
            if el.top <= body_bottom:
                last_body = el
            self.line(el, p.number, edges[el.column])
        self.flush(p.number)
        self.side_boxes(p.number)
        self.prev_table = last_body if isinstance(last_body, _Table) else None


def _table_place(t: _Table, lines: list[_Line]) -> tuple[float, int, int, float]:
    """Where a table is read: at its top, or, for a box beside text lines (a side bar next to the story),
    right after the last of the lines beside it, so the story is not cut by the box."""
    beside = [ln for ln in lines if t.top < (ln.top + ln.bottom) / 2 < t.bottom and (ln.x1 < t.x0 or ln.x0 > t.x1)]
    if t.x1 <= t.x0 or not beside:
        return (t.top, 0, 0, t.top)
    last = max(beside, key=lambda ln: (ln.top if ln.block_top is None else ln.block_top, ln.column, ln.top))
    return (last.top if last.block_top is None else last.block_top, 1, SIDE_BOX, last.top)


def _build(pages: list[_Page]) -> tuple[TextBuilder, list[int], list[int]]:
    """The text, the page starts and the hyphens of words joined over lines."""
    for p in pages:
        split_columns(p)
    _assign_headings(pages)
    writer = _Writer(_list_levels(pages))
    for p in pages:
        writer.page(p)
    return writer.b, writer.page_starts, writer.broken_words


_ITEM_START = re.compile(rf"{_FIELD.pattern}|\d{{1,2}}[-/.]\d{{1,2}}\b|{LIST_ITEM.pattern}")


def _items(cell: str) -> list[str]:
    """A box's lines, one item each ("Geboren: 05-10-2016", "01-10 MDO met GW"); a line that opens no item
    continues the one before ("Pleegouders: Ingrid en Kees Terpstra," / "Zandwijk-Oost")."""
    items: list[str] = []
    for line in (part.strip() for part in cell.replace("\r", "\n").split("\n")):
        if items and line and not _ITEM_START.match(line):
            items[-1] += " " + line
        elif line:
            items.append(line)
    return items


def _add_row(b: TextBuilder, t: _Table, r_i: int, headers: dict[int, str] | None, page: int) -> None:
    row = t.rows[r_i]
    if t.ncols == 1 and row and row[0] and len(_items(row[0])) > 1:  # a framed box of items: a row per item
        for item in _items(row[0]):
            b.add_row([item], [headers.get(0)] if headers is not None else None, page=page, table=t.ordinal,
                      row=t.first_row + r_i)
        return
    texts: list[str] = []
    hs: list[str | None] = []
    for c_i, c in enumerate(row):
        if c is None:
            continue
        texts.append(one_line(c))
        hs.append((headers.get(c_i) or None) if headers is not None else None)
    if any(texts):
        b.add_row(texts, hs if headers is not None else None, page=page, table=t.ordinal,
                  row=t.first_row + r_i)


def _is_encryption_error(e: BaseException) -> bool:
    """pdfplumber wraps pdfminer errors (PdfminerException(PDFPasswordIncorrect())): look inside."""
    seen: set[int] = set()
    todo: list[object] = [e]
    while todo:
        x = todo.pop()
        if not isinstance(x, BaseException) or id(x) in seen:
            continue
        seen.add(id(x))
        n = type(x).__name__.lower()
        if "password" in n or "encrypt" in n:
            return True
        todo += [*x.args, x.__cause__, x.__context__]
    return False


def _broken(e: BaseException) -> ReadError:
    if _is_encryption_error(e):
        return ReadError("PDF is versleuteld")
    inner = e.args[0] if type(e).__name__ == "PdfminerException" and e.args else e
    return ReadError(f"PDF is beschadigd ({type(inner).__name__})")


def read_pdf(data: bytes, name: str, path: Path) -> Document:
    """Read a PDF into paragraph, heading, list and table-row blocks: each page through PDFium where
    it maps the page (``pdf_pdfium``), else through pdfplumber."""
    if b"%PDF-" not in data[:1024]:
        raise ReadError("geen geldig PDF-bestand")
    fast = open_document(data) if _settings["fast"] else None  # None: pdfplumber reads and says what is wrong
    plumber = _Plumber(data)
    try:
        pages, n_fast = _load_pages(plumber, fast)
    except ReadError:
        raise
    except Exception as e:  # pdfminer raises many types for broken files
        raise _broken(e) from None
    finally:
        plumber.close()
        if fast is not None:
            fast.close()
    if not pages:
        raise ReadError("PDF bevat geen pagina's")
    if not any(p.lines or p.tables for p in pages):
        return ocr_pdf(data, name, path)  # a scan: recognised with --ocr, else "OCR nodig"
    b, page_starts, broken = _build(pages)
    text = b.text
    page_starts = [min(s, len(text)) for s in page_starts]
    reader = "pdfplumber" if not n_fast else "pypdfium2" if n_fast == len(pages) else "pypdfium2+pdfplumber"
    return Document(name=name, path=path, sha256=sha256_bytes(data), reader=reader,
                    text=text, blocks=b.blocks, page_starts=page_starts, broken_words=tuple(broken))
