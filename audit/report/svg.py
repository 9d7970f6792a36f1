"""The few SVG pieces the charts are drawn with: escaped text, shapes, a wrapper.

Hand-written SVG instead of matplotlib: the charts are simple (bars, whiskers, dots
on a time axis), the output is small and self-contained (no fonts, no images, text
stays text for screen readers and search), and the tests and CLI stay fast without a
50 MB plotting dependency. Every piece of text goes through ``html.escape``.
"""
from __future__ import annotations

from html import escape

from markupsafe import Markup

OK, BAD, NA = "#2e7d32", "#c62828", "#757575"
INK, GRID, SOFT = "#1f2933", "#d9dee3", "#5f6b76"
BLUE, PURPLE, BAND, TEAL = "#1565c0", "#6a1b9a", "#fff4cc", "#00796b"


def text(x: float, y: float, s: str, *, size: int = 13, anchor: str = "start", fill: str = INK,
         weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}" '
            f'font-weight="{weight}">{escape(s)}</text>')


def line(x1: float, y1: float, x2: float, y2: float, *, stroke: str = INK, width: float = 1,
         dash: str | None = None) -> str:
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{stroke}" '
            f'stroke-width="{width}"{extra}/>')


def rect(x: float, y: float, w: float, h: float, *, fill: str, stroke: str = "none", width: float = 1,
         tip: str | None = None) -> str:
    body = f"<title>{escape(tip)}</title>" if tip else ""
    return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{max(h, 0):.1f}" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="{width}">{body}</rect>')


def link(anchor: str, inner: str) -> str:
    """A link to an element of the same page (``#id``): never a network address."""
    return f'<a href="#{escape(anchor)}">{inner}</a>'


def svg(width: int, height: int, label: str, body: list[str]) -> Markup:
    """The chart as inline SVG markup, with ``label`` for screen readers.

    No ``xmlns``: inline SVG in HTML does not need it, and the page stays free of any URL.
    """
    head = (f'<svg viewBox="0 0 {width} {height}" width="100%" '
            f'style="max-width:{width}px" role="img" aria-label="{escape(label)}">'
            f"<title>{escape(label)}</title>")
    return Markup(head + "".join(body) + "</svg>")
