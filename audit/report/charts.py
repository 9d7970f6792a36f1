"""The sample overview's charts as inline SVG: shares with their Wilson interval, and histograms."""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from audit.report import svg
from audit.report.labels import percent_nl


@dataclass
class ShareRow:
    """One bar: a norm's share meeting it (None: nothing judged) and its interval."""

    label: str
    share: float | None
    interval: tuple[float, float] | None
    judged: int


LABEL_W, PLOT_W, VALUE_W, ROW_H = 250, 560, 230, 44


def _share_axis(top: int, bottom: int) -> list[str]:
    out = []
    for pct in (0, 25, 50, 75, 100):
        x = LABEL_W + PLOT_W * pct / 100
        out.append(svg.line(x, top, x, bottom, stroke=svg.GRID))
        out.append(svg.text(x, bottom + 16, f"{pct}%", size=12, anchor="middle", fill=svg.SOFT))
    return out


def _share_row(row: ShareRow, y: float) -> list[str]:
    mid = y + ROW_H / 2
    out = [svg.text(LABEL_W - 12, mid + 5, row.label, size=14, anchor="end")]
    if row.share is None:
        out.append(svg.text(LABEL_W + 6, mid + 5, "geen oordeel mogelijk", fill=svg.SOFT))
        return out
    x0 = LABEL_W
    out.append(svg.rect(x0, mid - 12, PLOT_W * row.share, 24, fill="#8fb8de",
                        tip=f"{row.label}: {percent_nl(row.share)} voldoet"))
    if row.interval:
        lo, hi = (x0 + PLOT_W * v for v in row.interval)
        out += [svg.line(lo, mid, hi, mid, width=2), svg.line(lo, mid - 7, lo, mid + 7, width=2),
                svg.line(hi, mid - 7, hi, mid + 7, width=2)]
        band = f"{percent_nl(row.interval[0])}–{percent_nl(row.interval[1])}"
    else:
        band = ""
    out.append(svg.text(LABEL_W + PLOT_W + 14, mid - 2, percent_nl(row.share), size=15, weight="bold"))
    out.append(svg.text(LABEL_W + PLOT_W + 72, mid - 2, f"marge {band}", size=13, fill=svg.SOFT))
    out.append(svg.text(LABEL_W + PLOT_W + 14, mid + 15, f"van {row.judged} dossiers", size=13, fill=svg.SOFT))
    return out


def share_chart(rows: list[ShareRow]) -> Markup:
    """Horizontal bars (share meeting the norm) with the 95% interval as a whisker."""
    top = 10
    bottom = top + ROW_H * len(rows)
    body = _share_axis(top, bottom)
    for i, row in enumerate(rows):
        body += _share_row(row, top + i * ROW_H)
    return svg.svg(LABEL_W + PLOT_W + VALUE_W, bottom + 26,
                   "Deel van de dossiers dat voldoet, per norm, met marge", body)


def histogram(bins: list[tuple[str, int]], ok_from: int, x_title: str, label: str) -> Markup:
    """Vertical bars with their count on top; bins from index ``ok_from`` on are green, the rest red."""
    width, height, left, bottom_pad = 420, 230, 36, 46
    plot_h = height - bottom_pad - 24
    step = (width - left - 10) / max(len(bins), 1)
    peak = max((n for _, n in bins), default=0) or 1
    base = height - bottom_pad
    body = [svg.line(left, base, width - 10, base, stroke=svg.SOFT)]
    for i, (name, n) in enumerate(bins):
        h = plot_h * n / peak
        x = left + i * step + step * 0.15
        colour = svg.OK if i >= ok_from else svg.BAD
        body.append(svg.rect(x, base - h, step * 0.7, h, fill=colour, tip=f"{name}: {n}"))
        body.append(svg.text(x + step * 0.35, base - h - 5, str(n), size=12, anchor="middle"))
        body.append(svg.text(x + step * 0.35, base + 17, name, size=12, anchor="middle"))
    body.append(svg.text(left + (width - left) / 2, height - 6, x_title, size=12, anchor="middle", fill=svg.SOFT))
    return svg.svg(width, height, label, body)
