"""What every norm shares: verdicts, the window, counting findings, the unreadable-file guard.

Each verdict is ``meets``, ``fails`` or ``n/a`` with the findings it rests on and a
short Dutch explanation. An unreadable file can hide the evidence a norm needs, so
a verdict that would be ``fails`` becomes ``n/a`` when any file of the dossier could
not be read; a ``meets`` backed by evidence stands.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable

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


@dataclass
class NormInput:
    """What every norm looks at: the audit being built, the peildatum and the thresholds."""

    audit: dict[str, Any]
    as_of: dt.date
    cfg: NormConfig
    min_confidence: float

    @property
    def errors(self) -> bool:
        return bool(self.audit.get("errors"))

    @property
    def window(self) -> str:
        return f"de {self.cfg.window_days} dagen tot en met {self.as_of.isoformat()}"

    def counted(self, field_name: str) -> list[dict]:
        return _counted(self.audit[field_name], self.as_of, self.cfg, self.min_confidence)


def _at_least(n: NormInput, field_name: str, minimum: int, met: str, failed: str, what: str,
              since_placement: bool = False) -> NormVerdict:
    """"At least ``minimum`` findings in the window": ``met``/``failed`` get the count, window and dates.
    ``since_placement``: only findings from the placement's start on (a visit to the family before the
    child came is a screening of a prospective home, not a visit of this placement)."""
    hits = n.counted(field_name)
    start = (n.audit.get("placement") or {}).get("start") if since_placement else None
    if start:
        hits = [f for f in hits if f["date"] >= start[: len(f["date"])]]
    ids = [f["finding_id"] for f in hits]
    fill = {"count": len(hits), "window": n.window, "dates": _dates(hits), "min": minimum}
    verdict = NormVerdict(MEETS, met.format(**fill), ids) if len(hits) >= minimum \
        else NormVerdict(FAILS, failed.format(**fill), ids)
    return _guard(verdict, n.errors, what)


def one_on_one(n: NormInput) -> NormVerdict:
    talks = n.counted("one_on_one_contacts")
    distinct = sorted({f["date"] for f in talks})
    ids = [f["finding_id"] for f in talks]
    minimum = n.cfg.one_on_one_min
    if len(distinct) >= minimum:
        v = NormVerdict(MEETS, f"{len(distinct)} gesprekken zonder pleegouders in {n.window} ({_dates(talks)}); "
                               f"minimaal {minimum}.", ids)
    else:
        v = NormVerdict(FAILS, f"{len(distinct)} gesprek(ken) zonder pleegouders in {n.window}; "
                               f"minimaal {minimum} vereist.", ids)
    return _guard(v, n.errors, "gesprekken")


def safety_check(n: NormInput) -> NormVerdict:
    return _at_least(n, "safety_checks", n.cfg.safety_check_min,
                     "Veiligheidscheck uitgevoerd in {window} ({dates}).",
                     "Geen veiligheidscheck gevonden in {window}.", "een veiligheidscheck")


def child_spoken(n: NormInput) -> NormVerdict:
    checks = n.counted("safety_checks")
    if not checks:
        return NormVerdict(NA, "Geen veiligheidscheck in de periode, dus niet te beoordelen.", [])
    last = checks[-1]
    if last.get("child_spoken"):
        v = NormVerdict(MEETS, f"Bij de laatste veiligheidscheck ({last['date']}) is de jeugdige zelf gesproken.",
                        [last["finding_id"]])
    else:
        v = NormVerdict(FAILS, f"Bij de laatste veiligheidscheck ({last['date']}) blijkt niet dat de jeugdige "
                               "zelf is gesproken.", [last["finding_id"]])
    return _guard(v, n.errors, "de visie van de jeugdige")


def matching(n: NormInput) -> NormVerdict:
    found = n.audit["matching_rationale"]
    ids = [found["finding_id"]] if found.get("finding_id") else []
    text = {MEETS: "De afweging voor dit pleeggezin is vastgelegd.",
            FAILS: "Geen onderbouwing gevonden waarom de jeugdige bij dit gezin is geplaatst."}
    verdict = MEETS if found.get("documented") else FAILS
    return _guard(NormVerdict(verdict, text[verdict], ids), n.errors, "het matchingsverslag")


def advice(n: NormInput) -> NormVerdict:
    return _at_least(n, "behavioural_scientist_advice", n.cfg.advice_min,
                     "Advies of consultatie gedragswetenschapper vastgelegd in {window} ({dates}).",
                     "Geen vastgelegd advies van de gedragswetenschapper in {window}.", "een advies")


def goals_concrete(n: NormInput) -> NormVerdict:
    goals = n.audit["goals"]
    minimum = n.cfg.goal_concreteness_min
    vague = [g for g in goals if g["concreteness"] < minimum]
    ids = [g.get("finding_id", "") for g in goals if g.get("finding_id")]
    if not goals:
        return _guard(NormVerdict(FAILS, "Geen doelen gevonden in het plan.", []), n.errors, "het plan met doelen")
    if vague:
        return NormVerdict(FAILS, f"{len(vague)} van {len(goals)} doelen onder concreetheid {minimum}.",
                           [g.get("finding_id", "") for g in vague if g.get("finding_id")])
    if n.errors:  # other goals may hide in the unreadable file
        return NormVerdict(NA, "Gevonden doelen zijn concreet, maar een bestand kon niet gelezen worden.", ids)
    return NormVerdict(MEETS, f"Alle {len(goals)} doelen zijn voldoende concreet.", ids)
