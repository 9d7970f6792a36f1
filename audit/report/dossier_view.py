"""What one dossier's HTML page shows, taken from its audit dict (the JSON contract).

The template only lays out; every choice of words and every lookup in the audit is
made here, so the page and the tests read the same facts. Review fields appear only
when the audit is a reviewed export (``review_status`` present).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from audit.norms import NA, NORM_NAMES, in_window, parse_partial
from audit.report.labels import (CRITERIA_HELP, CRITERIA_NL, FINDING_SECTIONS, NORM_TITLE, NORMS_OF_SECTION,
                                 PLACEMENT_NL, PRECISION_NL, UNREADABLE_MARK, VERDICT_CLASS, date_nl, dates_in_text_nl, decimal_nl,
                                 location_nl, norm_question, period_nl, verdict_nl, yes_no)
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
    groups: list[FindingGroup]
    matching: FindingView | None
    matching_documented: bool
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


def _counted_ids(audit: dict[str, Any], section: str) -> set[str]:
    details = audit.get("norm_details", {})
    return {fid for name in NORMS_OF_SECTION[section] for fid in details.get(name, {}).get("findings", [])}


def _quotes(item: dict[str, Any]) -> list[Quote]:
    quotes = [Quote(e.get("sentence", ""), location_nl(e)) for e in item.get("evidence", [])]
    if not quotes and item.get("quote"):
        quotes = [Quote(item["quote"], str(item.get("file") or "?"))]
    return quotes


def _extra(section: str, f: dict[str, Any]) -> list[str]:
    out = []
    if section == "safety_checks":
        out.append(f"kind zelf gesproken: {yes_no(f.get('child_spoken'))}")
        if f.get("copied_from"):
            out.append(f"tekst lijkt gekopieerd van de check van {date_nl(f['copied_from'])}")
    if "confidence" in f and f.get("detector") != "reviewer":
        out.append(f"zekerheid van de tool: {round(float(f['confidence']) * 100)}%")
    if f.get("detector") == "reviewer":
        out.append("toegevoegd door beoordelaar")
    return out


def why_not_counted(date: str | None, as_of: dt.date, window_days: int) -> str:
    """Why a finding the norm did not count is left out: its date, or the tool's doubt."""
    span = parse_partial(date)
    if span is None:
        return "telt niet mee: geen datum"
    if span[1] > as_of:
        return "telt niet mee: na de peildatum"
    if not in_window(date, as_of, window_days):
        return f"telt niet mee: buiten {period_nl(window_days)}"
    return "telt niet mee: de tool is niet zeker genoeg"


def finding_groups(audit: dict[str, Any]) -> list[FindingGroup]:
    as_of = dt.date.fromisoformat(audit["reference_date"])
    window = int(norm_config(audit).get("window_days", 365))
    groups = []
    for section, heading, _ in FINDING_SECTIONS:
        counted = _counted_ids(audit, section)
        views = []
        for f in sorted(audit.get(section, []), key=lambda f: f.get("date") or ""):
            is_counted = f.get("finding_id") in counted
            views.append(FindingView(
                f"f-{f.get('finding_id', '')}", date_nl(f.get("date")),
                PRECISION_NL.get(f.get("date_precision", "day"), ""), _quotes(f), is_counted, _extra(section, f),
                f.get("review_status"), "" if is_counted else why_not_counted(f.get("date"), as_of, window)))
        groups.append(FindingGroup(heading, views))
    return groups


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


def _matching(audit: dict[str, Any]) -> FindingView | None:
    m = audit.get("matching_rationale") or {}
    quotes = _quotes(m)
    if not quotes:
        return None
    return FindingView(f"f-{m.get('finding_id', 'm1')}", "", "", quotes, bool(m.get("documented")),
                       _extra("matching_rationale", m), m.get("review_status"))


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
        na_by_errors(audit, rows), timeline(audit, int(cfg.get("window_days", 365))), finding_groups(audit),
        _matching(audit), bool((audit.get("matching_rationale") or {}).get("documented")), goal_views(audit),
        decimal_nl(cfg.get("goal_concreteness_min", 0.6)), (audit.get("goal_changes") or {}).get("summary", ""),
        prov.get("files", []), _review(audit), str(prov.get("tool_version", "")))
