"""Norms judged per dossier against the reference date (peildatum).

Each verdict is ``meets``, ``fails`` or ``n/a`` with the findings it rests on and a
short Dutch explanation. An unreadable file can hide the evidence a norm needs, so
a verdict that would be ``fails`` becomes ``n/a`` when any file of the dossier could
not be read; a ``meets`` backed by evidence stands.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from audit.config import NormConfig

MEETS, FAILS, NA = "meets", "fails", "n/a"


@dataclass
class NormVerdict:
    verdict: str
    explanation: str
    findings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "explanation": self.explanation, "findings": self.findings}


def parse_partial(date: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a (possibly month- or year-precision) ISO date can mean."""
    if not date:
        return None
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        d = dt.date(*parts)
        return d, d
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def in_window(date: str | None, as_of: dt.date, days: int) -> bool:
    """Within the ``days`` days up to and including ``as_of`` (a partial date: fully inside)."""
    span = parse_partial(date)
    if span is None:
        return False
    first_day = as_of - dt.timedelta(days=days - 1)
    return span[0] >= first_day and span[1] <= as_of


def _counted(findings: list[dict], as_of: dt.date, cfg: NormConfig, min_conf: float) -> list[dict]:
    hits = [f for f in findings if f.get("confidence", 1.0) >= min_conf and in_window(f.get("date"), as_of, cfg.window_days)]
    return sorted(hits, key=lambda f: f["date"])


def _guard(verdict: NormVerdict, has_errors: bool, what: str) -> NormVerdict:
    if verdict.verdict == FAILS and has_errors:
        return NormVerdict(NA, f"Niet te beoordelen: een bestand kon niet gelezen worden en kan {what} bevatten.", verdict.findings)
    return verdict


def _dates(findings: list[dict]) -> str:
    return ", ".join(f["date"] for f in findings)


def judge(audit: dict[str, Any], as_of: dt.date, cfg: NormConfig, min_confidence: float = 0.0) -> dict[str, NormVerdict]:
    """All six norms of SCHEMA.md for one audit (the JSON dict being built)."""
    errors = bool(audit.get("errors"))
    window = f"de {cfg.window_days} dagen tot en met {as_of.isoformat()}"
    out: dict[str, NormVerdict] = {}

    talks = _counted(audit["one_on_one_contacts"], as_of, cfg, min_confidence)
    distinct = sorted({f["date"] for f in talks})
    ids = [f["finding_id"] for f in talks]
    if len(distinct) >= cfg.one_on_one_min:
        v = NormVerdict(MEETS, f"{len(distinct)} gesprekken zonder pleegouders in {window} ({_dates(talks)}); minimaal {cfg.one_on_one_min}.", ids)
    else:
        v = NormVerdict(FAILS, f"{len(distinct)} gesprek(ken) zonder pleegouders in {window}; minimaal {cfg.one_on_one_min} vereist.", ids)
    out["one_on_one_min3_last12m"] = _guard(v, errors, "gesprekken")

    checks = _counted(audit["safety_checks"], as_of, cfg, min_confidence)
    ids = [f["finding_id"] for f in checks]
    if len(checks) >= cfg.safety_check_min:
        v = NormVerdict(MEETS, f"Veiligheidscheck uitgevoerd in {window} ({_dates(checks)}).", ids)
    else:
        v = NormVerdict(FAILS, f"Geen veiligheidscheck gevonden in {window}.", ids)
    out["safety_check_last12m"] = _guard(v, errors, "een veiligheidscheck")

    if not checks:
        v = NormVerdict(NA, "Geen veiligheidscheck in de periode, dus niet te beoordelen.", [])
    else:
        last = checks[-1]
        if last.get("child_spoken"):
            v = NormVerdict(MEETS, f"Bij de laatste veiligheidscheck ({last['date']}) is de jeugdige zelf gesproken.", [last["finding_id"]])
        else:
            v = NormVerdict(FAILS, f"Bij de laatste veiligheidscheck ({last['date']}) blijkt niet dat de jeugdige zelf is gesproken.", [last["finding_id"]])
        v = _guard(v, errors, "de visie van de jeugdige")
    out["safety_check_child_spoken"] = v

    matching = audit["matching_rationale"]
    ids = [matching["finding_id"]] if matching.get("finding_id") else []
    if matching.get("documented"):
        v = NormVerdict(MEETS, "De afweging voor dit pleeggezin is vastgelegd.", ids)
    else:
        v = NormVerdict(FAILS, "Geen onderbouwing gevonden waarom de jeugdige bij dit gezin is geplaatst.", ids)
    out["matching_rationale_documented"] = _guard(v, errors, "het matchingsverslag")

    advice = _counted(audit["behavioural_scientist_advice"], as_of, cfg, min_confidence)
    ids = [f["finding_id"] for f in advice]
    if len(advice) >= cfg.advice_min:
        v = NormVerdict(MEETS, f"Advies of consultatie gedragswetenschapper vastgelegd in {window} ({_dates(advice)}).", ids)
    else:
        v = NormVerdict(FAILS, f"Geen vastgelegd advies van de gedragswetenschapper in {window}.", ids)
    out["behavioural_scientist_advice_documented"] = _guard(v, errors, "een advies")

    goals = audit["goals"]
    vague = [g for g in goals if g["concreteness"] < cfg.goal_concreteness_min]
    ids = [g.get("finding_id", "") for g in goals if g.get("finding_id")]
    if not goals:
        v = _guard(NormVerdict(FAILS, "Geen doelen gevonden in het plan.", []), errors, "het plan met doelen")
    elif vague:
        v = NormVerdict(
            FAILS,
            f"{len(vague)} van {len(goals)} doelen onder concreetheid {cfg.goal_concreteness_min}.",
            [g.get("finding_id", "") for g in vague if g.get("finding_id")],
        )
    else:
        v = NormVerdict(MEETS, f"Alle {len(goals)} doelen zijn voldoende concreet.", ids)
        if errors:  # other goals may hide in the unreadable file
            v = NormVerdict(NA, "Gevonden doelen zijn concreet, maar een bestand kon niet gelezen worden.", ids)
    out["goals_concrete"] = v
    return out
