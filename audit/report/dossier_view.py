"""What one dossier's HTML page shows, taken from its audit dict (the JSON contract).

The template only lays out; every choice of words and every lookup in the audit is
made here, so the page and the tests read the same facts. Review fields appear only
when the audit is a reviewed export (``review_status`` present). The evidence comes in
two parts: that of the first six norms, then that of the further norms of schema
version 2 (left out for an older audit, which carries none of their fields).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from audit.norms import NA, NORM_NAMES, in_window, parse_partial
from audit.report.labels import (CRITERIA_HELP, CRITERIA_NL, EVIDENCE_ORDER, FACT_STATUS_NL, JUDGED_NL,
                                 NOT_COUNTED_NL, NORM_TITLE, NORMS_OF_SECTION, PLACEMENT_NL, PRECISION_NL,
                                 SECTION_HEADING, UNREADABLE_MARK, UNWINDOWED_SECTIONS, VERDICT_CLASS, VGB_NAMES_NL,
                                 date_nl, dates_in_text_nl, decimal_nl, home_visit_nl, location_nl, norm_question,
                                 period_nl, rescreening_nl, verdict_nl, yes_no)
from audit.report.sections import NESTED, counted_ids, findings_of
from audit.report.timeline import Timeline, timeline


@dataclass
class VerdictRow:
    name: str
    title: str
    question: str
    verdict: str
    css: str
    explanation: str
    tool_verdict: str | None = None  # set when a reviewer changed the verdict
    review_status: str | None = None


@dataclass
class Quote:
    sentence: str
    location: str


@dataclass
class FindingView:
    anchor: str
    date: str
    precision: str
    quotes: list[Quote]
    counted: bool
    extra: list[str] = field(default_factory=list)  # e.g. "kind gesproken: ja"
    review_status: str | None = None
    not_counted: str = ""  # why a finding does not count for its norm


@dataclass
class FindingGroup:
    heading: str
    findings: list[FindingView]
    anchor: str = ""
    counts_for: str = ""  # the norms these findings count for
    summary: str = ""  # e.g. which household change is judged and what followed
    is_fact: bool = False


@dataclass
class FactView:
    """A file-level fact (matching rationale, support figure, VGB): one finding about the whole file."""

    heading: str
    status: str
    css: str
    finding: FindingView
    anchor: str = ""
    counts_for: str = ""
    names: list[tuple[str, str]] = field(default_factory=list)  # (label, names) of a VGB
    is_fact: bool = True


@dataclass
class GoalView:
    anchor: str
    text: str
    file: str
    criteria: list[tuple[str, bool, str]]  # (Dutch name, met, question)
    score: str
    points: int
    concrete_enough: bool
    hint: str
    plan_date: str
    review_status: str | None = None


@dataclass
class DossierView:
    dossier_id: str
    as_of: str
    placement: str
    verdicts: list[VerdictRow]
    errors: list[dict[str, str]]
    na_by_errors: list[str]
    timeline: Timeline
    groups: list[FindingGroup | FactView]  # the first six norms' evidence
    further: list[FindingGroup | FactView]  # the further norms' evidence (empty for an older audit)
    goals: list[GoalView]
    goal_min: str
    goal_changes: str
    files: list[dict[str, Any]]
    review: dict[str, Any] | None
    tool_version: str


def norm_config(audit: dict[str, Any]) -> dict[str, Any]:
    return audit.get("provenance", {}).get("config", {}).get("norms", {})


def verdict_rows(audit: dict[str, Any]) -> list[VerdictRow]:
    cfg, rows = norm_config(audit), []
    for name in NORM_NAMES:
        d = audit.get("norm_details", {}).get(name, {})
        v = audit.get("norms", {}).get(name, d.get("verdict", NA))
        before = d.get("tool_verdict")
        rows.append(VerdictRow(name, NORM_TITLE[name], norm_question(name, cfg), verdict_nl(v),
                               VERDICT_CLASS.get(v, "na"), dates_in_text_nl(d.get("explanation", "")),
                               verdict_nl(before) if before and before != v else None, d.get("review_status")))
    return rows


def _quotes(item: dict[str, Any]) -> list[Quote]:
    quotes = [Quote(e.get("sentence", ""), location_nl(e)) for e in item.get("evidence", [])]
    if not quotes and item.get("quote"):
        quotes = [Quote(item["quote"], str(item.get("file") or "?"))]
    return quotes


def _judged(audit: dict[str, Any], section: str, f: dict[str, Any]) -> list[str]:
    """For a household change or rescreening: whether it is the one the norm judges."""
    r = audit.get("rescreening") or {}
    ref = r.get("change") if section == "household_changes" else r.get("rescreened") if section == "rescreenings" else None
    return [JUDGED_NL[section]] if ref and ref.get("finding_id") == f.get("finding_id") else []


def _extra(section: str, f: dict[str, Any], audit: dict[str, Any] | None = None) -> list[str]:
    out = []
    if section == "safety_checks":
        out.append(f"kind zelf gesproken: {yes_no(f.get('child_spoken'))}")
        if f.get("copied_from"):
            out.append(f"tekst lijkt gekopieerd van de check van {date_nl(f['copied_from'])}")
    if section == "home_visits":
        out.append(home_visit_nl(f.get("unannounced")))
    out += _judged(audit or {}, section, f)
    if "confidence" in f and f.get("detector") != "reviewer":
        out.append(f"zekerheid van de tool: {round(float(f['confidence']) * 100)}%")
    if f.get("detector") == "reviewer":
        out.append("toegevoegd door beoordelaar")
    return out


def why_not_counted(date: str | None, as_of: dt.date, window_days: int) -> str:
    """Why a finding the norm did not count is left out: its date, or the tool's doubt."""
    span = parse_partial(date)
    if span is None:
        return NOT_COUNTED_NL["no_date"]
    if span[1] > as_of:
        return NOT_COUNTED_NL["after"]
    if not in_window(date, as_of, window_days):
        return f"telt niet mee: buiten {period_nl(window_days)}"
    return NOT_COUNTED_NL["doubt"]


def not_counted(audit: dict[str, Any], section: str, f: dict[str, Any], as_of: dt.date, window_days: int) -> str:
    """Why a finding is left out; a zorgteam meeting counts since the placement, a change only when it is judged."""
    if section not in UNWINDOWED_SECTIONS:
        return why_not_counted(f.get("date"), as_of, window_days)
    date, span = f.get("date"), parse_partial(f.get("date"))
    if span is None or span[1] > as_of:
        return NOT_COUNTED_NL["no_date" if span is None else "after"]
    start = (audit.get("placement") or {}).get("start")
    if section != "rescreenings" and start and str(date) < start[: len(str(date))]:
        return NOT_COUNTED_NL["before_placement"]
    return NOT_COUNTED_NL[{"care_team_meetings": "doubt", "household_changes": "not_first_change",
                           "rescreenings": "not_after_change"}[section]]


def _counts_for(section: str) -> str:
    return ", ".join(NORM_TITLE[n] for n in NORMS_OF_SECTION.get(section, ()))


def finding_group(audit: dict[str, Any], section: str) -> FindingGroup:
    """One kind of dated finding, by date, each marked as counted or why not."""
    as_of = dt.date.fromisoformat(audit["reference_date"])
    window = int(norm_config(audit).get("window_days", 365))
    counted = counted_ids(audit, NORMS_OF_SECTION[section])
    views = []
    for f in sorted(findings_of(audit, section), key=lambda f: f.get("date") or ""):
        is_counted = f.get("finding_id") in counted
        views.append(FindingView(
            f"f-{f.get('finding_id', '')}", date_nl(f.get("date")),
            PRECISION_NL.get(f.get("date_precision", "day"), ""), _quotes(f), is_counted, _extra(section, f, audit),
            f.get("review_status"), "" if is_counted else not_counted(audit, section, f, as_of, window)))
    r = audit.get("rescreening") or {}
    summary = rescreening_nl(r.get("change"), r.get("rescreened")) if section == "household_changes" else ""
    return FindingGroup(SECTION_HEADING[section], views, f"s-{section}", _counts_for(section), summary)


def _carries(audit: dict[str, Any], section: str) -> bool:
    """Whether the audit has the field at all (an audit of schema version 1 has no home visits)."""
    return audit.get(NESTED[section][0] if section in NESTED else section) is not None


def fact_view(audit: dict[str, Any], section: str) -> FactView:
    """Matching rationale, support figure or VGB: what the tool concluded, its quotes, and for a VGB the names."""
    m = audit.get(section) or {}
    value = m.get("complete") if section == "vgb" else m.get("documented")
    found, not_found, unknown = FACT_STATUS_NL[section]
    status = found if value else unknown if value is None else not_found
    css = VERDICT_CLASS["meets" if value else "n/a" if value is None and section == "vgb" else "fails"]
    view = FindingView(f"f-{m.get('finding_id') or section}", "", "", _quotes(m), bool(value), _extra(section, m),
                       m.get("review_status"))
    names = [(label, ", ".join(str(n) for n in m.get(key) or [])) for key, label in VGB_NAMES_NL.items()
             if section == "vgb" and m.get(key)]
    return FactView(SECTION_HEADING[section], status, css, view, f"s-{section}", _counts_for(section), names)


def evidence_blocks(audit: dict[str, Any], sections: tuple[str, ...]) -> list[FindingGroup | FactView]:
    """The page's evidence in the given order, leaving out what the audit does not carry."""
    out: list[FindingGroup | FactView] = []
    for section in sections:
        if section in FACT_STATUS_NL:
            if audit.get(section) is not None or section == "matching_rationale":
                out.append(fact_view(audit, section))
        elif _carries(audit, section):
            out.append(finding_group(audit, section))
    return out


def goal_views(audit: dict[str, Any]) -> list[GoalView]:
    minimum = float(norm_config(audit).get("goal_concreteness_min", 0.6))
    out = []
    for i, g in enumerate(audit.get("goals", []), 1):
        crit = [(nl, bool(g.get(key)), CRITERIA_HELP[key]) for key, nl in CRITERIA_NL.items()]
        score = float(g.get("concreteness", 0))
        out.append(GoalView(f"f-{g.get('finding_id', f'g{i}')}", g.get("text", ""), g.get("file") or "",
                            crit, decimal_nl(score), sum(met for _, met, _ in crit), score >= minimum,
                            g.get("hint") or "", date_nl(g["plan_date"]) if g.get("plan_date") else "",
                            g.get("review_status")))
    return out


def na_by_errors(audit: dict[str, Any], rows: list[VerdictRow]) -> list[str]:
    """Norms that are n.v.t. because a file could not be read (their reason says so)."""
    if not audit.get("errors"):
        return []
    return [r.title for r in rows if r.css == VERDICT_CLASS[NA] and UNREADABLE_MARK in r.explanation]


def _placement(audit: dict[str, Any]) -> str:
    p = audit.get("placement") or {}
    kind = PLACEMENT_NL.get(p.get("type") or "", "soort plaatsing niet gevonden")
    return f"{kind}, sinds {date_nl(p['start'])}" if p.get("start") else kind


def _review(audit: dict[str, Any]) -> dict[str, Any] | None:
    if "review_status" not in audit:
        return None
    block = audit.get("review") or {}
    return {"status": audit["review_status"], "reviewers": ", ".join(block.get("reviewers") or []),
            "counts": block.get("counts") or {}, "reviewed": bool(audit.get("reviewed"))}


def dossier_view(audit: dict[str, Any]) -> DossierView:
    rows = verdict_rows(audit)
    cfg = norm_config(audit)
    prov = audit.get("provenance", {})
    return DossierView(
        audit["dossier_id"], date_nl(audit["reference_date"]), _placement(audit), rows, audit.get("errors", []),
        na_by_errors(audit, rows), timeline(audit, int(cfg.get("window_days", 365))),
        evidence_blocks(audit, EVIDENCE_ORDER[0]), evidence_blocks(audit, EVIDENCE_ORDER[1]), goal_views(audit),
        decimal_nl(cfg.get("goal_concreteness_min", 0.6)), (audit.get("goal_changes") or {}).get("summary", ""),
        prov.get("files", []), _review(audit), str(prov.get("tool_version", "")))
