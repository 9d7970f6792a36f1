"""What the sample overview (``index.html``) shows: per norm the counts, the share and its margin.

As with the dossier page, the words and figures are chosen here and the template only
lays them out. Review figures appear only when the audits are reviewed exports.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from audit.norms import NORM_NAMES
from audit.report.charts import ShareRow, histogram, share_chart
from audit.report.dossier_view import norm_config
from audit.report.labels import (NORM_TITLE, REVIEWED_STATUS, VERDICT_CLASS, date_nl, decimal_nl, norm_question,
                                 percent_nl, verdict_nl)
from audit.report.stats import (NormFigures, changed_verdicts, concreteness_histogram, counted_talks, has_review,
                                norm_figures, talks_histogram)
from audit.report.write import page_name


# a soft hyphen lets the narrow column header of the dossier table break this word
LONG_WORD, SPLIT_WORD = "gedragswetenschapper", "gedrags\u00adwetenschapper"


@dataclass
class NormRow:
    name: str
    title: str
    question: str
    meets: int
    fails: int
    na: int
    judged: int
    share: str
    margin: str
    failing: list[tuple[str, str]]  # (dossier id, link)


@dataclass
class DossierRow:
    dossier_id: str
    href: str
    cells: list[tuple[str, str]]  # (css class, Dutch verdict) per norm
    talks: int
    goals: int
    errors: int


@dataclass
class ReviewFigures:
    statuses: list[tuple[str, int]]
    changed: list[tuple[str, str, str, str, str]]  # (dossier, link, norm title, before, after)
    reviewed_rows: list[NormRow]
    reviewed_chart: Markup | None


@dataclass
class OverviewView:
    as_of: str
    dossiers: int
    with_errors: int
    rows: list[NormRow]
    chart: Markup
    talks_chart: Markup
    talk_min: int
    goals: int
    concreteness_chart: Markup
    goal_min: str
    table: list[DossierRow]
    norm_titles: list[str]
    review: ReviewFigures | None


def href(dossier_id: str) -> str:
    """Relative link to a dossier's page in the same folder."""
    return quote(page_name(dossier_id))


def _margin(fig: NormFigures) -> str:
    return f"{percent_nl(fig.interval[0])} – {percent_nl(fig.interval[1])}" if fig.interval else "–"


def norm_rows(audits: list[dict[str, Any]]) -> tuple[list[NormRow], list[NormFigures]]:
    cfg = norm_config(audits[0]) if audits else {}
    figs = norm_figures(audits)
    rows = [NormRow(f.name, NORM_TITLE[f.name], norm_question(f.name, cfg), len(f.meets), len(f.fails), len(f.na),
                    f.judged, percent_nl(f.share), _margin(f), [(d, href(d)) for d in f.fails]) for f in figs]
    return rows, figs


def _chart(figs: list[NormFigures]) -> Markup:
    return share_chart([ShareRow(NORM_TITLE[f.name], f.share, f.interval, f.judged) for f in figs])


def _as_of(audits: list[dict[str, Any]], fallback: dt.date | None) -> str:
    dates = sorted({a["reference_date"] for a in audits}) or ([fallback.isoformat()] if fallback else [])
    if len(dates) == 1:
        return date_nl(dates[0])
    return "verschillende peildata: " + ", ".join(date_nl(d) for d in dates) if dates else "–"


def dossier_rows(audits: list[dict[str, Any]]) -> list[DossierRow]:
    out = []
    for a in sorted(audits, key=lambda a: a["dossier_id"]):
        verdicts = [a.get("norms", {}).get(n) for n in NORM_NAMES]
        out.append(DossierRow(a["dossier_id"], href(a["dossier_id"]),
                              [(VERDICT_CLASS.get(v or "n/a", "na"), verdict_nl(v)) for v in verdicts],
                              counted_talks(a), len(a.get("goals", [])), len(a.get("errors", []))))
    return out


def review_figures(audits: list[dict[str, Any]]) -> ReviewFigures | None:
    if not has_review(audits):
        return None
    statuses: dict[str, int] = {}
    for a in audits:
        status = a.get("review_status", "niet beoordeeld")
        statuses[status] = statuses.get(status, 0) + 1
    changed = [(d, href(d), NORM_TITLE.get(n, n), verdict_nl(b), verdict_nl(v)) for d, n, b, v in changed_verdicts(audits)]
    done = [a for a in audits if a.get("reviewed") or a.get("review_status") == REVIEWED_STATUS]
    rows, figs = norm_rows(done) if done else ([], [])
    return ReviewFigures(sorted(statuses.items()), changed, rows, _chart(figs) if done else None)


def overview_view(audits: list[dict[str, Any]], as_of: dt.date | None = None) -> OverviewView:
    rows, figs = norm_rows(audits)
    cfg = norm_config(audits[0]) if audits else {}
    talk_min = int(cfg.get("one_on_one_min", 3))
    goal_min = float(cfg.get("goal_concreteness_min", 0.6))
    n_goals = sum(len(a.get("goals", [])) for a in audits)
    talks = histogram(talks_histogram(audits), talk_min, "aantal gesprekken zonder pleegouders (laatste 12 maanden)",
                      "Aantal dossiers per aantal gesprekken zonder pleegouders")
    concrete = histogram(concreteness_histogram(audits), round(goal_min * 5), "score voor concreetheid (0 tot 1)",
                         "Aantal doelen per score voor concreetheid")
    return OverviewView(_as_of(audits, as_of), len(audits), sum(bool(a.get("errors")) for a in audits), rows, _chart(figs),
                        talks, talk_min, n_goals, concrete, decimal_nl(goal_min), dossier_rows(audits),
                        [NORM_TITLE[n].replace(LONG_WORD, SPLIT_WORD) for n in NORM_NAMES], review_figures(audits))
