"""pdfplumber's page objects, built straight from pdfminer's interpreter (the PDF reader's fast path).

``pdfplumber.Page.objects`` is where the PDF reader's time went: pdfminer builds a layout
object per character (``LTChar``), then pdfplumber turns each into a dict by walking its
attributes through ``resolve_all`` (~85% of the reader's time on generated 60-page exports).
``ObjectsDevice`` is a pdfminer device that makes those dicts directly: the same
interpreter (``PDFPageInterpreter``: operators, text state, fonts, Form XObjects), the
same arithmetic as ``LTChar``/``LTCurve`` and pdfplumber's ``process_object``, and the
same marked-content tags as ``PDFPageAggregatorWithMarkedContent``. The result is put in
the page's object cache (``fill_objects``), so every pdfplumber method the reader uses
(``find_tables``, ``filter``, ``extract_text_lines``, ``chars``) runs unchanged on it:
the reader's output is the same by construction (``tests/read/test_pdf_fast.py``
compares the dicts key by key with pdfplumber's own).

Left out: image objects and pdfminer's layout analysis (``laparams``), which the reader
does not use. A page this device cannot make (any exception) is parsed by pdfplumber as
before.

Used for the pages PDFium does not map (``pdf_pdfium``) and with ``read.pdf_fast = 0``.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from pdfminer.pdfdevice import PDFDevice
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter, PDFTextState
from pdfminer.utils import apply_matrix_pt, get_bound, mult_matrix
from pdfplumber.utils.pdfinternals import decode_text, resolve_all, resolve_and_decode

_SUBPATH = re.compile(r"m[^m]+")


_OPAQUE = object()  # the last object drawn is one pdfplumber does not report (an image, a figure)


Glyphs = dict[PDFFont, dict[int, tuple[str, float]]]  # per font, cid -> (text, width in text space)


class ObjectsDevice(PDFDevice):
    """Collects pdfplumber-style object dicts for one ``pdfplumber.Page`` while pdfminer interprets it.

    ``glyphs`` caches each font's ``to_unichr`` and ``char_width`` answers (pure lookups that cost
    more than everything else per character); share it between the pages of one document.
    """

    def __init__(self, rsrcmgr: Any, page: Any, glyphs: Glyphs | None = None) -> None:
        super().__init__(rsrcmgr)
        self.glyphs: Glyphs = {} if glyphs is None else glyphs
        self.page_number = page.page_number
        self.height = page.height
        self.mb_x0, self.mb_top = page.mediabox[0], page.mediabox[1]
        self.initial_doctop = page.initial_doctop
        # Objects by kind in drawing order, which is pdfplumber's order (a Form XObject's objects are
        # drawn between its begin and end, where pdfplumber reports them).
        self.by_kind: dict[str, list[dict[str, Any]]] = {}
        self.chars = self.by_kind["char"] = []
        # The last object drawn in the current container (page or figure), which a marked-content
        # tag goes to (PDFPageAggregatorWithMarkedContent.tag_cur_item); one per open figure.
        self.last: Any = None
        self.stack: list[Any] = []
        self.cur_tag: str | None = None
        self.cur_mcid: Any = None

    # -- structure: figures, images, marked content ------------------------------------
    def begin_figure(self, name: str, bbox: Any, matrix: Any) -> None:
        self.stack.append(self.last)
        self.last = None

    def end_figure(self, name: str) -> None:
        self.stack.pop()
        self.last = _OPAQUE  # the figure itself is now the last object of its parent

    def render_image(self, name: str, stream: Any) -> None:
        self.last = _OPAQUE
        self._tag_last()

    def begin_tag(self, tag: Any, props: Any = None) -> None:
        self.cur_tag = decode_text(tag.name)
        self.cur_mcid = props["MCID"] if isinstance(props, dict) and "MCID" in props else None

    def end_tag(self) -> None:
        self.cur_tag = None
        self.cur_mcid = None

    def _tag_last(self) -> None:
        if isinstance(self.last, dict):
            self.last["mcid"] = resolve_all(self.cur_mcid)
            self.last["tag"] = self.cur_tag

    def objects(self) -> dict[str, list[dict[str, Any]]]:
        """The objects by kind, in drawing order (kinds without objects left out, as pdfplumber does)."""
        return {kind: objs for kind, objs in self.by_kind.items() if objs}

    # -- coordinates as pdfplumber's process_object makes them ---------------------------
    def _place(self, obj: dict[str, Any]) -> dict[str, Any]:
        obj["top"] = (self.height - obj["y1"]) + self.mb_top
        obj["bottom"] = (self.height - obj["y0"]) + self.mb_top
        obj["doctop"] = self.initial_doctop + obj["top"]
        if self.mb_x0 != 0:
            obj["x0"] = obj["x0"] + self.mb_x0
            obj["x1"] = obj["x1"] + self.mb_x0
        return obj

    def _coord(self, pt: tuple[float, float]) -> tuple[float, float]:
        return (self.mb_x0 + pt[0], self.mb_top + self.height - pt[1])

    # -- paths (PDFLayoutAnalyzer.paint_path) -------------------------------------------
    def paint_path(self, gstate: PDFGraphicState, stroke: bool, fill: bool, evenodd: bool,
                   path: Sequence[Any]) -> None:
        self._paint(gstate, stroke, fill, evenodd, path)
        self._tag_last()

    def _paint(self, gstate: PDFGraphicState, stroke: bool, fill: bool, evenodd: bool, path: Sequence[Any]) -> None:
        shape = "".join(x[0] for x in path)
        if shape[:1] != "m":
            return
        if shape.count("m") > 1:
            for m in _SUBPATH.finditer(shape):
                self.paint_path(gstate, stroke, fill, evenodd, path[m.start(0) : m.end(0)])
            return
        ctm = self.ctm
        pts = [apply_matrix_pt(ctm, p[-2:] if p[0] != "h" else path[0][-2:]) for p in path]
        transformed = [(str(op[0]), *[apply_matrix_pt(ctm, (float(a), float(b))) for a, b in zip(op[1::2], op[2::2])])
                       for op in path]
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts.pop()
        kind, points = "curve", pts
        if shape in {"mlh", "ml"}:
            kind, points = "line", [pts[0], pts[1]]
        elif shape in {"mlllh", "mllll"}:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
            if pts[0] == pts[4] and square:
                (rx0, ry0), (rx1, ry1) = pts[0], pts[2]
                kind, points = "rect", [(rx0, ry0), (rx1, ry0), (rx1, ry1), (rx0, ry1)]
        obj = self.last = self._path_object(kind, points, gstate, stroke, fill, evenodd, transformed)
        self.by_kind.setdefault(kind, []).append(obj)

    def _path_object(self, kind: str, points: list[Any], gstate: PDFGraphicState, stroke: bool, fill: bool,
                     evenodd: bool, transformed: list[Any]) -> dict[str, Any]:
        x0, y0, x1, y1 = get_bound(points)
        obj = {
            "x0": x0, "y0": y0, "x1": x1, "y1": y1, "width": x1 - x0, "height": y1 - y0,
            "pts": [self._coord(p) for p in resolve_all(points)], "linewidth": resolve_all(gstate.linewidth),
            "stroke": stroke, "fill": fill, "evenodd": evenodd, "stroking_color": resolve_all(gstate.scolor),
            "non_stroking_color": resolve_all(gstate.ncolor), "object_type": kind, "page_number": self.page_number,
            "path": [(cmd, *map(self._coord, pts)) for cmd, *pts in transformed], "dash": gstate.dash,
        }
        return self._place(obj)

    # -- text (PDFTextDevice.render_string, LTChar, process_object) ---------------------
    def render_string(self, textstate: PDFTextState, seq: Any, ncs: Any, graphicstate: PDFGraphicState) -> None:
        font = textstate.font
        assert self.ctm is not None and font is not None
        scaling = textstate.scaling * 0.01
        run = _Run(self, font, mult_matrix(textstate.matrix, self.ctm), textstate.fontsize, scaling,
                   textstate.rise, ncs, graphicstate)
        charspace = textstate.charspace * scaling
        wordspace = 0 if font.is_multibyte() else textstate.wordspace * scaling
        dxscale = 0.001 * textstate.fontsize * scaling
        textstate.linematrix = run.show(seq, textstate.linematrix, charspace, wordspace, dxscale)


class _Run:
    """One shown string (PDFTextDevice.render_string_horizontal / _vertical): what its characters
    share -- font, size, matrix, colours, marked-content tag, page placement -- and its characters."""

    def __init__(self, device: ObjectsDevice, font: PDFFont, matrix: Any, fontsize: float, scaling: float,
                 rise: float, ncs: Any, gs: PDFGraphicState) -> None:
        self.device, self.font, self.matrix = device, font, matrix
        self.fontsize, self.scaling, self.rise = fontsize, scaling, rise
        self.vertical = font.is_vertical()
        fontname = resolve_all(font.fontname)
        if isinstance(fontname, bytes):
            from pdfplumber.page import fix_fontname_bytes

            fontname = fix_fontname_bytes(fontname)
        self.fontname = fontname
        self.ncs = resolve_and_decode(ncs.name)
        self.scolor = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        self.ncolor = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        self.descent = None if self.vertical else font.get_descent() * fontsize
        self.glyphs = device.glyphs.setdefault(font, {})
        self.mcid, self.tag = resolve_all(device.cur_mcid), device.cur_tag
        (a, b, c, d, _e, _f) = matrix
        self.upright = a * d * scaling > 0 and b * c <= 0
        # Horizontal text without rotation or skew: two of the four box corners give the box.
        self.axis_aligned = not self.vertical and b == 0 and c == 0

    def show(self, seq: Any, pos: tuple[float, float], charspace: float, wordspace: float,
             dxscale: float) -> tuple[float, float]:
        """Add the characters of the TJ array ``seq`` from ``pos``; returns the position after them."""
        if self.axis_aligned:
            return self._show_axis_aligned(seq, pos, charspace, wordspace, dxscale)
        (x, y) = pos
        vertical = self.vertical
        char = self.char
        needcharspace = False
        for obj in seq:
            if isinstance(obj, (int, float)):
                if vertical:
                    y -= obj * dxscale
                else:
                    x -= obj * dxscale
                needcharspace = True
            elif isinstance(obj, bytes):
                for cid in self.font.decode(obj):
                    if vertical:
                        if needcharspace:
                            y += charspace
                        y += char(x, y, cid)
                        if cid == 32 and wordspace:
                            y += wordspace
                    else:
                        if needcharspace:
                            x += charspace
                        x += char(x, y, cid)
                        if cid == 32 and wordspace:
                            x += wordspace
                    needcharspace = True
        return (x, y)

    def _glyph(self, cid: int) -> tuple[str, float]:
        """(text, width) of ``cid`` as ``PDFLayoutAnalyzer.render_char`` finds them."""
        try:
            text = self.font.to_unichr(cid)
            assert isinstance(text, str), str(type(text))
        except PDFUnicodeNotDefined:
            text = f"(cid:{cid})"
        glyph = self.glyphs[cid] = (text, self.font.char_width(cid))
        return glyph

    def _bbox(self, cid: int, adv: float) -> tuple[float, float, float, float]:
        fontsize, rise = self.fontsize, self.rise
        if self.vertical:
            (vx, vy) = self.font.char_disp(cid)  # type: ignore[misc]
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            return (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
        descent = self.descent
        return (0, descent + rise, adv, descent + rise + fontsize)

    def char(self, x: float, y: float, cid: int) -> float:
        """Add the character ``cid`` drawn at (x, y) of the string; returns its advance."""
        a, b, c, d, e, f = self.matrix
        e, f = x * a + y * c + e, x * b + y * d + f  # pdfminer.utils.translate_matrix
        text, textwidth = self.glyphs.get(cid) or self._glyph(cid)
        adv = textwidth * self.fontsize * self.scaling
        bx0, by0, bx1, by1 = self._bbox(cid, adv)
        # pdfminer.utils.apply_matrix_rect, corner by corner in its order
        l1, b1 = a * bx0 + c * by0 + e, b * bx0 + d * by0 + f
        r1, b2 = a * bx1 + c * by0 + e, b * bx1 + d * by0 + f
        r2, t1 = a * bx1 + c * by1 + e, b * bx1 + d * by1 + f
        l2, t2 = a * bx0 + c * by1 + e, b * bx0 + d * by1 + f
        x0, y0, x1, y1 = min(l1, l2, r1, r2), min(b1, b2, t1, t2), max(l1, l2, r1, r2), max(b1, b2, t1, t2)
        self._add(text, (a, b, c, d, e, f), adv, x0, x1, y0, y1)
        return adv

    def _show_axis_aligned(self, seq: Any, pos: tuple[float, float], charspace: float, wordspace: float,
                           dxscale: float) -> tuple[float, float]:
        """``show`` for horizontal text with b == c == 0, with ``char``'s arithmetic inlined: the box
        corners (0, by0) and (adv, by1) give the box (the other two repeat their values)."""
        (x, y) = pos
        a, b, c, d, e0, f0 = self.matrix
        glyphs, decode, new_glyph = self.glyphs, self.font.decode, self._glyph
        size_scale, by0 = self.fontsize, self.descent + self.rise
        by1, scaling = by0 + self.fontsize, self.scaling
        add = self._add
        needcharspace = False
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * dxscale
                needcharspace = True
            elif isinstance(obj, bytes):
                for cid in decode(obj):
                    if needcharspace:
                        x += charspace
                    e, f = x * a + y * c + e0, x * b + y * d + f0  # pdfminer.utils.translate_matrix
                    text, textwidth = glyphs.get(cid) or new_glyph(cid)
                    adv = textwidth * size_scale * scaling
                    left, right = a * 0 + c * by0 + e, a * adv + c * by0 + e
                    bottom, top = b * 0 + d * by0 + f, b * 0 + d * by1 + f
                    add(text, (a, b, c, d, e, f), adv, *((left, right) if left <= right else (right, left)),
                        *((bottom, top) if bottom <= top else (top, bottom)))
                    x += adv
                    if cid == 32 and wordspace:
                        x += wordspace
                    needcharspace = True
        return (x, y)

    def _add(self, text: str, matrix: Any, adv: float, x0: float, x1: float, y0: float, y1: float) -> None:
        dev = self.device
        width, height = x1 - x0, y1 - y0
        top = (dev.height - y1) + dev.mb_top
        if dev.mb_x0 != 0:
            x0, x1 = x0 + dev.mb_x0, x1 + dev.mb_x0
        dev.last = obj = {
            "matrix": matrix, "fontname": self.fontname, "adv": adv, "upright": self.upright,
            "x0": x0, "y0": y0, "x1": x1, "y1": y1, "width": width, "height": height,
            "size": width if self.vertical else height, "mcid": self.mcid, "tag": self.tag,
            "object_type": "char", "page_number": dev.page_number, "ncs": self.ncs, "text": text,
            "stroking_color": self.scolor, "non_stroking_color": self.ncolor,
            "top": top, "bottom": (dev.height - y0) + dev.mb_top, "doctop": dev.initial_doctop + top,
        }
        dev.chars.append(obj)


def fill_objects(pdf: Any, page: Any, glyphs: Glyphs | None = None) -> bool:
    """Put the objects of ``page`` (a ``pdfplumber.Page`` of ``pdf``) in its cache; False when this
    device could not make them (pdfplumber then parses the page itself)."""
    if hasattr(page, "_objects"):
        return True
    device = ObjectsDevice(pdf.rsrcmgr, page, glyphs)
    try:
        PDFPageInterpreter(pdf.rsrcmgr, device).process_page(page.page_obj)
    except Exception:  # any trouble: the page is parsed the old way (and fails there if it is broken)
        return False
    page._objects = device.objects()
    return True
