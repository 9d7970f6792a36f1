"""Text made safe for the app's HTML and Markdown.

Every piece of dossier text that goes into HTML passes through :func:`escape_text`
(``html.escape`` plus numeric references for the characters Markdown, LaTeX and
emoji short codes would act on), so a sentence such as ``<script>`` or
``![x](http://…)`` is shown, never executed or fetched. Short strings of our own
(ids, file names, reviewer names) go through :func:`md_plain`.
"""
from __future__ import annotations

import html
import re
from typing import Iterable

from audit.review.labels_nl import VERDICT_NL

VERDICT_COLOR = {"meets": "green", "fails": "red", "n/a": "gray"}

# html.escape leaves these alone; Markdown (links, images, emphasis, code), LaTeX ($),
# emoji / icon short codes (:smile:, :material/...:) and tables (|) would act on them.
_MD_SPECIAL = str.maketrans({c: f"&#{ord(c)};" for c in "[]()!*_`~$:|\\{}+-=#^/@."})
_MD_PLAIN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:<>&])")
_MARK = '<mark style="background:#ffe066;padding:0 2px">'
_BOX = ('<div class="da-context" style="white-space:pre-wrap;font-size:0.92rem;line-height:1.45;'
        'border-left:3px solid #ccc;padding:0.3rem 0.7rem;background:#fafafa">')


def escape_text(text: str) -> str:
    """Dossier text made inert for ``st.markdown(..., unsafe_allow_html=True)``.

    ``html.escape`` first (``<``, ``>``, ``&``, quotes), then the Markdown-active
    characters as numeric references, then line breaks as ``<br>`` so the whole
    fragment stays one HTML block (Markdown is never parsed inside it).
    """
    # '#' and ';' occur in html.escape's own references (&#x27;): escape char by char,
    # translating only the characters html.escape leaves alone.
    out: list[str] = []
    for ch in text:
        e = html.escape(ch, quote=True)
        if e == ch:
            e = ch.translate(_MD_SPECIAL)
        out.append(e)
    escaped = "".join(out)
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def _merged(spans: Iterable[tuple[int, int]], w0: int, w1: int) -> list[list[int]]:
    """``spans`` clipped to ``[w0, w1)``, sorted, overlapping ones merged."""
    clipped = sorted((max(s, w0), min(e, w1)) for s, e in spans if e > w0 and s < w1 and e > s)
    merged: list[list[int]] = []
    for s, e in clipped:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return merged


def highlight_html(text: str, window: tuple[int, int], spans: Iterable[tuple[int, int]], *,
                   prefix_ellipsis: bool | None = None, suffix_ellipsis: bool | None = None) -> str:
    """``text[window]`` as escaped HTML with ``spans`` (absolute offsets) in ``<mark>``.

    Spans are clipped to the window and merged when they overlap. Returns one
    ``<div>`` without raw newlines.
    """
    w0, w1 = max(0, window[0]), min(len(text), window[1])
    parts: list[str] = []
    if prefix_ellipsis if prefix_ellipsis is not None else w0 > 0:
        parts.append("…")
    pos = w0
    for s, e in _merged(spans, w0, w1):
        parts.append(escape_text(text[pos:s]))
        parts.append(_MARK + escape_text(text[s:e]) + "</mark>")
        pos = e
    parts.append(escape_text(text[pos:w1]))
    if suffix_ellipsis if suffix_ellipsis is not None else w1 < len(text):
        parts.append("…")
    return _BOX + "".join(parts) + "</div>"


def plain_html(text: str) -> str:
    """All of ``text`` escaped in the context box, nothing marked, no ellipses."""
    return highlight_html(text, (0, len(text)), [], prefix_ellipsis=False, suffix_ellipsis=False)


def md_plain(text: str) -> str:
    """Short non-dossier strings (ids, file names, reviewer names) made literal for Markdown labels."""
    return _MD_PLAIN.sub(r"\\\1", " ".join(str(text).split()))


def verdict_md(verdict: str) -> str:
    """A verdict as coloured Markdown (our own words only)."""
    return f":{VERDICT_COLOR.get(verdict, 'gray')}[**{VERDICT_NL.get(verdict, md_plain(verdict))}**]"
