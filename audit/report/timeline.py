"""A dossier's timeline as inline SVG: the 24 months before the peildatum, one row per kind of finding.

One-on-one talks, safety checks (filled when the child was heard, open when not), the
behavioural scientist's advice, and (schema version 2) home visits, zorgteam meetings,
attention to sexual development, goal evaluations, household changes and rescreenings,
one row each; the norm window (the last 12 months) is shaded. A
finding known only to the month is drawn as a bar over that month. Each mark links to
its quote lower on the page.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from audit.norms import parse_partial
from audit.report import svg
from audit.report.labels import FINDING_SECTIONS, MONTHS_NL, date_nl
from audit.report.sections import NESTED, findings_of

MONTHS_SHOWN = 24
LEFT, RIGHT, WIDTH, ROW_H, TOP = 250, 20, 1040, 48, 50
#: rows every audit has; the others only when the audit carries their field (schema version 2)
FIRST_ROWS = ("one_on_one_contacts", "safety_checks", "behavioural_scientist_advice")
BAND_TOP = 22  # the shaded window and the peildatum line start here; the peildatum label sits above


@dataclass
class Timeline:
    svg: Markup
    hidden: int  # findings without a date or outside the 24 months


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (clipped to the month's last day)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(y, m + 1, d)
        except ValueError:
            continue
    raise ValueError(day)


class _Scale:
    def __init__(self, start: dt.date, end: dt.date) -> None:
        self.start, self.end = start, end
        self.days = max((end - start).days, 1)

    def x(self, day: dt.date) -> float:
        return LEFT + (WIDTH - LEFT - RIGHT) * (day - self.start).days / self.days

    def inside(self, first: dt.date, last: dt.date) -> bool:
        return first >= self.start and last <= self.end


def _window(sc: _Scale, bottom: float, window_days: int) -> list[str]:
    """The shaded norm window with its label inside, and the peildatum line with its label above."""
    x0, x_end = sc.x(max(sc.end - dt.timedelta(days=window_days - 1), sc.start)), sc.x(sc.end)
    what = "laatste 12 maanden" if window_days == 365 else f"laatste {window_days} dagen"
    return [svg.rect(x0, BAND_TOP, x_end - x0, bottom - BAND_TOP, fill=svg.BAND),
            svg.text(x0 + 6, BAND_TOP + 16, f"{what}: telt mee voor de normen", size=12, fill="#6b5900"),
            svg.line(x_end, BAND_TOP - 6, x_end, bottom, stroke=svg.INK, width=2),
            svg.text(x_end, BAND_TOP - 10, f"peildatum {date_nl(sc.end.isoformat())}", size=13, anchor="end",
                     weight="bold")]


def _axis(sc: _Scale, bottom: float, window_days: int) -> list[str]:
    out = _window(sc, bottom, window_days)
    day = dt.date(sc.start.year, sc.start.month, 1)
    while day <= sc.end:
        if day >= sc.start:
            x = sc.x(day)
            out.append(svg.line(x, TOP - 6, x, bottom, stroke=svg.GRID))
            out.append(svg.text(x + 2, bottom + 15, MONTHS_NL[day.month - 1], size=11, fill=svg.SOFT))
            if day.month == 1:
                out.append(svg.text(x + 2, bottom + 31, str(day.year), size=12, weight="bold"))
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


def _shape(section: str, finding: dict[str, Any], x: float, y: float) -> str:
    if section == "safety_checks":
        heard = finding.get("child_spoken")
        colour = svg.OK if heard else svg.BAD if heard is False else svg.NA
        fill = colour if heard else "#ffffff"
        return (f'<rect x="{x - 7:.1f}" y="{y - 7:.1f}" width="14" height="14" fill="{fill}" stroke="{colour}" '
                f'stroke-width="2.5"/>')
    if section == "behavioural_scientist_advice":
        return (f'<path d="M{x:.1f} {y - 9:.1f} L{x + 9:.1f} {y:.1f} L{x:.1f} {y + 9:.1f} L{x - 9:.1f} {y:.1f} Z" '
                f'fill="{svg.PURPLE}"/>')
    colour = svg.BLUE if section == "one_on_one_contacts" else svg.TEAL
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{colour}"/>'


def _mark(section: str, single: str, finding: dict[str, Any], sc: _Scale, y: float) -> str | None:
    span = parse_partial(finding.get("date"))
    if span is None or not sc.inside(*span):
        return None
    tip = f"<title>{svg.escape(single)}, {svg.escape(date_nl(finding.get('date')))}</title>"
    x0, x1 = sc.x(span[0]), sc.x(span[1])
    month_bar = svg.rect(x0, y - 3, x1 - x0, 6, fill=svg.SOFT) if span[0] != span[1] else ""
    inner = f"<g>{tip}{month_bar}{_shape(section, finding, (x0 + x1) / 2, y)}</g>"
    fid = finding.get("finding_id")
    return svg.link(f"f-{fid}", inner) if fid else inner


def _rows(audit: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The kinds the audit carries (an audit of schema version 1 has only the first three rows)."""
    return [row for row in FINDING_SECTIONS
            if audit.get(NESTED[row[0]][0] if row[0] in NESTED else row[0]) is not None or row[0] in FIRST_ROWS]


def timeline(audit: dict[str, Any], window_days: int = 365) -> Timeline:
    """The timeline of one audit up to its peildatum."""
    end = dt.date.fromisoformat(audit["reference_date"])
    sc = _Scale(months_before(end, MONTHS_SHOWN), end)
    rows = _rows(audit)
    bottom = TOP + ROW_H * len(rows)
    body, hidden = _axis(sc, bottom, window_days), 0
    for i, (section, heading, single) in enumerate(rows):
        y = TOP + ROW_H * i + ROW_H / 2
        body.append(svg.text(LEFT - 12, y + 5, heading, anchor="end"))
        body.append(svg.line(LEFT, y, WIDTH - RIGHT, y, stroke=svg.GRID, dash="2 4"))
        for finding in findings_of(audit, section):
            mark = _mark(section, single, finding, sc, y)
            hidden += mark is None
            body.append(mark or "")
    label = f"Tijdlijn van de 24 maanden voor de peildatum {date_nl(end.isoformat())}"
    return Timeline(svg.svg(WIDTH, bottom + 40, label, body), hidden)
