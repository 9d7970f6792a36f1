"""DOCX reader (python-docx for the package, own walk over the body XML).

We walk ``w:body`` ourselves instead of ``Document.iter_inner_content()`` because
that only yields direct ``w:p``/``w:tbl`` children: paragraphs inside block-level
content controls (``w:sdt``) or ``w:customXml`` would be lost. Likewise paragraph
text is collected from the run XML so text in tracked insertions, smart tags,
simple fields and inline content controls is kept, while deleted text, field
codes and text boxes (drawing content, often duplicated in a fallback) are skipped.

Decisions:
* Headings: style "Title" -> level 0; "Heading N" / "Kop N" (or the style's
  outline level) -> level N. A short paragraph whose runs are all bold (<= 12
  words, not ending in '.') is a heading of level 9, i.e. below every styled
  heading; forms and home-made plans often use bold lines as section titles.
* List items: "List ..." / "Lijst ..." styles or numbering (``w:numPr``, on the
  paragraph or its style); level = ``w:ilvl`` + 1 (or the style's trailing digit).
* A manual line break (``w:br``) inside an ordinary paragraph splits it into
  separate paragraph blocks (field lines such as "Naam: ...<br>Datum: ..."); in
  headings, list items and table cells it becomes a space so they stay one unit.
* Tables: one table_row block per row, cells joined by " | ". Horizontally
  merged cells appear once (one ``w:tc`` with ``gridSpan``); vertically merged
  continuation cells are empty, so the text is never duplicated. A nested table
  is emitted as its own table (next ordinal) right after the row holding it.
  The first row is a header when it is marked as repeating header row, or all
  its text is bold, or -- without formatting -- it looks like labels (short,
  no ',', ';' or closing '.') while some later row does not; its cells get
  ``header=None`` and the later rows' cells get the header text of their
  starting grid column.
* Empty paragraphs yield no block; headers/footers, footnotes and comments are skipped.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Iterator

from audit.types import Document
from audit.read.base import ReadError, TextBuilder, one_line, sha256_bytes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_SKIP_SUBTREES = {
    W + "delText", W + "instrText", W + "txbxContent", W + "pPr", W + "rPr",
    W + "del", W + "moveFrom", W + "footnoteReference", W + "endnoteReference",
    MC + "Fallback", W + "tbl",
}
_HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*(\d)$", re.I)
_LIST_STYLE = re.compile(r"^(?:list|lijst)", re.I)
_TRAILING_DIGIT = re.compile(r"(\d)$")



def _int_val(el, default: int | None = None) -> int | None:
    """An element's ``w:val`` as a whole number, or ``default`` when it is missing or not a number
    (a damaged or hand-edited file may hold ``continue`` or ``é`` where Word writes digits)."""
    if el is None:
        return default
    try:
        return int(el.get(W + "val"))
    except (TypeError, ValueError):
        return default

def _local(tag: object) -> str:
    return tag.split("}", 1)[1] if isinstance(tag, str) and "}" in tag else str(tag)


def _para_text(p) -> str:
    """Text of a ``w:p`` element; breaks as '\\n', tabs as '\\t'."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_SUBTREES:
                continue
            if tag == W + "t":
                out.append(child.text or "")
            elif tag == W + "tab" or tag == W + "ptab":
                out.append("\t")
            elif tag == W + "br" or tag == W + "cr":
                out.append("\n")
            elif tag == W + "noBreakHyphen":
                out.append("-")
            elif tag == W + "sym":
                continue
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _on(el) -> bool:
    """A WordprocessingML on/off property (``<w:b/>``, ``<w:b w:val="0"/>``)."""
    if el is None:
        return False
    return el.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


class _Styles:
    """Paragraph style lookup by id, with basedOn inheritance for the bits we need."""

    def __init__(self, doc) -> None:
        self.by_id: dict[str, object] = {}
        try:
            root = doc.styles.element
        except Exception:  # pragma: no cover - styles part missing
            return
        for s in root.findall(W + "style"):
            sid = s.get(W + "styleId")
            if sid:
                self.by_id[sid] = s

    def _chain(self, sid: str | None) -> Iterator[object]:
        seen = set()
        while sid and sid not in seen and sid in self.by_id:
            seen.add(sid)
            s = self.by_id[sid]
            yield s
            based = s.find(W + "basedOn")
            sid = based.get(W + "val") if based is not None else None

    def name(self, sid: str | None) -> str | None:
        if not sid:
            return None
        s = self.by_id.get(sid)
        if s is None:
            return sid
        n = s.find(W + "name")
        if n is None:
            return sid
        from docx.styles import BabelFish  # "heading 1" -> "Heading 1", as Word shows it
        return BabelFish.internal2ui(n.get(W + "val") or sid)

    def outline_level(self, sid: str | None) -> int | None:
        for s in self._chain(sid):
            ol = s.find(f"{W}pPr/{W}outlineLvl")
            if ol is not None:
                try:
                    v = int(ol.get(W + "val"))
                except (TypeError, ValueError):
                    return None
                return v + 1 if v < 9 else None
        return None

    def has_numbering(self, sid: str | None) -> tuple[bool, int | None]:
        for s in self._chain(sid):
            num = s.find(f"{W}pPr/{W}numPr")
            if num is not None:
                num_id = num.find(W + "numId")
                if num_id is not None and num_id.get(W + "val") == "0":
                    return False, None
                return True, _int_val(num.find(W + "ilvl"))
        return False, None

    def bold(self, sid: str | None) -> bool:
        for s in self._chain(sid):
            b = s.find(f"{W}rPr/{W}b")
            if b is not None:
                return _on(b)
        return False


def _style_id(p) -> str | None:
    ps = p.find(f"{W}pPr/{W}pStyle")
    return ps.get(W + "val") if ps is not None else None


def _all_bold(p, styles: _Styles, para_bold: bool) -> bool:
    """True when every run carrying visible text is bold (directly, via char style or para style)."""
    seen_text = False
    for r in p.iter(W + "r"):
        if any(a.tag in (W + "del", W + "txbxContent") for a in r.iterancestors()):
            continue
        text = "".join(t.text or "" for t in r.findall(W + "t"))
        if not text.strip():
            continue
        seen_text = True
        rpr = r.find(W + "rPr")
        b = rpr.find(W + "b") if rpr is not None else None
        if b is not None:
            if not _on(b):
                return False
            continue
        rstyle = rpr.find(W + "rStyle") if rpr is not None else None
        if rstyle is not None and styles.bold(rstyle.get(W + "val")):
            continue
        if not para_bold:
            return False
    return seen_text


def _classify(p, styles: _Styles, text: str) -> tuple[str, int | None, str | None]:
    """(kind, level, style name) for a paragraph."""
    sid = _style_id(p)
    sname = styles.name(sid) or "Normal"
    low = sname.strip().lower()
    if low in ("title", "titel"):
        return "heading", 0, sname
    m = _HEADING_STYLE.match(low) or _HEADING_STYLE.match((sid or "").lower())
    if m:
        return "heading", int(m.group(1)), sname
    ppr = p.find(W + "pPr")
    num = ppr.find(W + "numPr") if ppr is not None else None
    if num is not None:
        num_id = num.find(W + "numId")
        if num_id is None or num_id.get(W + "val") != "0":
            level = (_int_val(num.find(W + "ilvl"), 0) or 0) + 1
            return "list_item", max(1, level), sname
    numbered, ilvl_style = styles.has_numbering(sid)
    if numbered or _LIST_STYLE.match(low):
        if ilvl_style is not None:
            level = ilvl_style + 1
        else:
            d = _TRAILING_DIGIT.search(low)
            level = int(d.group(1)) if d else 1
        return "list_item", level, sname
    ol = ppr.find(W + "outlineLvl") if ppr is not None else None
    if ol is not None:
        try:
            v = int(ol.get(W + "val"))
            if v < 9:
                return "heading", v + 1, sname
        except (TypeError, ValueError):
            pass
    ol_style = styles.outline_level(sid)
    if ol_style is not None:
        return "heading", ol_style, sname
    words = text.split()
    if (0 < len(words) <= 12 and len(text) <= 100 and not text.rstrip().endswith(".")
            and _all_bold(p, styles, styles.bold(sid))):
        return "heading", 9, sname
    return "paragraph", None, sname


def _iter_body(el) -> Iterator[object]:
    """Block-level ``w:p`` / ``w:tbl`` in document order, looking through sdt/customXml wrappers."""
    for child in el:
        tag = child.tag
        if tag == W + "p" or tag == W + "tbl":
            yield child
        elif tag in (W + "sdt", W + "customXml", W + "ins", W + "moveTo"):
            inner = child.find(W + "sdtContent") if tag == W + "sdt" else child
            if inner is not None:
                yield from _iter_body(inner)


_LABEL_BAD = re.compile(r"[,;]|\.\s*$")


def _label_like(s: str) -> bool:
    return bool(s) and len(s) <= 40 and len(s.split()) <= 5 and not _LABEL_BAD.search(s)


class _DocxBuilder:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.b = TextBuilder()
        self.n_tables = 0

    def paragraph(self, p) -> None:
        raw = _para_text(p)
        if not raw.strip():
            return
        kind, level, sname = _classify(p, self.styles, one_line(raw))
        if kind == "paragraph":
            for line in raw.split("\n"):
                line = line.strip()
                if line:
                    self.b.add("paragraph", line, style=sname)
        else:
            self.b.add(kind, one_line(raw), level=level, style=sname)

    def _cell(self, tc) -> tuple[int, str, list[object], bool]:
        """(grid span, text, nested tables, all its paragraphs bold) of one cell; merged-away cells are empty."""
        tcpr = tc.find(W + "tcPr")
        span, vmerge_continue = 1, False
        if tcpr is not None:
            gs = tcpr.find(W + "gridSpan")
            if gs is not None:
                try:
                    span = max(1, int(gs.get(W + "val", "1")))
                except ValueError:
                    span = 1
            vm = tcpr.find(W + "vMerge")
            vmerge_continue = vm is not None and vm.get(W + "val", "continue") == "continue"
        texts: list[str] = []
        inner: list[object] = []
        bold = True
        if not vmerge_continue:
            for el in _iter_body(tc):
                if el.tag != W + "p":
                    inner.append(el)
                    continue
                t = one_line(_para_text(el))
                if t:
                    texts.append(t)
                    bold = bold and _all_bold(el, self.styles, self.styles.bold(_style_id(el)))
        return span, " ".join(texts), inner, bold

    def _row(self, tr, r_i: int) -> tuple[list[tuple[int, str, object]], list[object], bool, bool]:
        """(cells as (grid column, text, tc), nested tables, row all bold, row marked as header)."""
        trpr = tr.find(W + "trPr")
        col, header_flag = 0, False
        if trpr is not None:
            gb = trpr.find(W + "gridBefore")
            if gb is not None:
                col = max(0, _int_val(gb, 0) or 0)
            header_flag = r_i == 0 and _on(trpr.find(W + "tblHeader"))
        cells: list[tuple[int, str, object]] = []
        nested: list[object] = []
        all_bold, any_text = True, False
        for tc in _iter_cells(tr):
            span, text, inner, bold = self._cell(tc)
            nested.extend(inner)
            if not bold:
                all_bold = False
            any_text = any_text or bool(text)
            cells.append((col, text, tc))
            col += span
        return cells, nested, all_bold and any_text, header_flag

    def table(self, tbl) -> None:
        table_no = self.n_tables
        self.n_tables += 1
        parsed = [self._row(tr, r_i) for r_i, tr in enumerate(tbl.findall(W + "tr"))]
        rows = [p[0] for p in parsed]
        header_texts = _header_texts(rows, [p[2] for p in parsed], any(p[3] for p in parsed))
        for r_i, cells in enumerate(rows):
            texts = [t for _, t, _ in cells]
            if any(texts):
                headers = None
                if header_texts is not None and r_i > 0:
                    headers = [header_texts.get(c) or None for c, _, _ in cells]
                self.b.add_row(texts, headers, table=table_no, row=r_i)
            for inner in parsed[r_i][1]:
                self.table(inner)


def _header_texts(rows: list[list[tuple[int, str, object]]], bold_rows: list[bool],
                  header_flag: bool) -> dict[int, str] | None:
    """Column headers by grid column when the first row is a header row (marked, or bold/label-like)."""
    if len(rows) < 2 or not rows[0]:
        return None
    first = [t for _, t, _ in rows[0]]
    nonempty = [t for t in first if t]
    labels = bool(nonempty) and all(_label_like(t) for t in nonempty)
    later_not_labels = any(t and not _label_like(t) for row in rows[1:] for _, t, _ in row)
    if header_flag or (labels and (bold_rows[0] and not all(bold_rows[1:])
                                   or (len(nonempty) == len(first) and later_not_labels))):
        return {c: t for c, t, _ in rows[0]}
    return None


def _iter_cells(tr) -> Iterator[object]:
    for child in tr:
        if child.tag == W + "tc":
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            inner = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if inner is not None:
                yield from _iter_cells(inner)


def read_docx(data: bytes, name: str, path: Path) -> Document:
    """Read a .docx into blocks in document order."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise ReadError("DOCX is versleuteld (met wachtwoord beveiligd)")
        raise ReadError("geen geldig DOCX-bestand (oud Word-formaat .doc met .docx-extensie?)")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadError("DOCX is beschadigd (geen geldig zip-bestand)")
    try:
        import docx  # python-docx
        d = docx.Document(io.BytesIO(data))
        body = d.element.body
    except Exception as e:  # python-docx raises assorted errors for broken packages
        raise ReadError(f"DOCX is beschadigd of onvolledig ({type(e).__name__})") from None
    builder = _DocxBuilder(_Styles(d))
    for el in _iter_body(body):
        if el.tag == W + "p":
            builder.paragraph(el)
        else:
            builder.table(el)
    b = builder.b
    return Document(name=name, path=path, sha256=sha256_bytes(data), reader="python-docx",
                    text=b.text, blocks=b.blocks)
