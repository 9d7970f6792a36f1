"""The norms of schema version 2 (SCHEMA.md "Further norms"): the inspection's other gaps."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from audit.norms.core import FAILS, MEETS, NA, NormInput, NormVerdict, _at_least, _guard


def _ref(finding: dict[str, Any] | None) -> dict[str, Any] | None:
    if finding is None:
        return None
    return {k: finding.get(k) for k in ("finding_id", "date", "file", "quote")}


def _usable(findings: list[dict], min_conf: float, after: str | None, as_of: dt.date | None) -> list[dict]:
    """Dated findings of enough confidence after ``after`` (exclusive) and up to ``as_of``, by date; a
    month-only mention ("het verslag van juni 2024") gives way to a dated one in that month."""
    last = as_of.isoformat() if as_of else None
    kept = [f for f in findings if f.get("date") and f.get("confidence", 1.0) >= min_conf
            and (after is None or f["date"] > after) and (last is None or f["date"][: len(last)] <= last)]
    days = {f["date"][:7] for f in kept if len(f["date"]) == 10}
    return sorted((f for f in kept if len(f["date"]) == 10 or f["date"] not in days), key=lambda f: f["date"])


def pair_rescreening(changes: list[dict], rescreenings: list[dict], placement_start: str | None,
                     min_conf: float = 0.0, as_of: dt.date | None = None) -> tuple[dict | None, dict | None]:
    """(the change that is judged, the rescreening after it) as ``{finding_id, date, file, quote}``.

    Only the first change after the last screening is judged (SCHEMA.md): a change after
    the latest rescreening has none yet; else the first change since the placement began,
    with the first rescreening on or after it. Changes before the placement came before
    the family's own screening.
    """
    ch = _usable(changes, min_conf, placement_start, as_of)
    rs = _usable(rescreenings, min_conf, None, as_of)
    if not ch:
        return None, _ref(rs[0]) if rs else None
    # After the last rescreening, a change told only by a later report's date ("Het incident in januari ...")
    # is a look back, not a new change.
    after_last = [c for c in ch if not rs or (c["date"] > rs[-1]["date"] and c.get("date_source") != "document")]
    if after_last:
        return _ref(after_last[0]), None
    change = ch[0]
    return _ref(change), _ref(next((r for r in rs if r["date"] >= change["date"]), None))


def home_visit(n: NormInput) -> NormVerdict:
    return _at_least(n, "home_visits", n.cfg.home_visit_min,
                     "{count} huisbezoek(en) in {window} ({dates}); minimaal {min}.",
                     "{count} huisbezoek(en) gevonden in {window}; minimaal {min} vereist.", "een huisbezoek",
                     since_placement=True)


def support_figure(n: NormInput) -> NormVerdict:
    found = n.audit["support_figure"]
    ids = [found["finding_id"]] if found.get("evidence") else []
    if found.get("documented"):
        return NormVerdict(MEETS, "Een steunfiguur of vertrouwenspersoon van de jeugdige is vastgelegd "
                                  "(of dat de jeugdige er geen wil).", ids)
    return _guard(NormVerdict(FAILS, "Niet vastgelegd wie de steunfiguur of vertrouwenspersoon van de jeugdige is.",
                              ids), n.errors, "de steunfiguur")


def care_team(n: NormInput) -> NormVerdict:
    start = n.audit["placement"].get("start")
    hits = _usable(n.audit["care_team_meetings"], n.min_confidence, None, n.as_of)
    hits = [f for f in hits if start is None or f["date"] >= start[: len(f["date"])]]
    ids = [f["finding_id"] for f in hits]
    since = f"sinds de start van de plaatsing ({start})" if start else "in het dossier"
    if len(hits) >= n.cfg.care_team_min:
        return NormVerdict(MEETS, f"Zorgteam bijeengekomen {since}: {', '.join(f['date'] for f in hits)}.", ids)
    return _guard(NormVerdict(FAILS, f"Geen overleg van het zorgteam gevonden {since}.", ids), n.errors,
                  "een zorgteamoverleg")


def vgb(n: NormInput) -> NormVerdict:
    found = n.audit["vgb"]
    ids = [found["finding_id"]] if found.get("evidence") else []
    if found.get("complete") is None:
        return NormVerdict(NA, "Het dossier noemt geen huishouden van het pleeggezin, dus niet te beoordelen.", ids)
    if found["complete"]:
        return NormVerdict(MEETS, "Voor alle volwassenen in het pleeggezin is een VGB vastgelegd "
                                  f"({', '.join(found.get('adults', []))}).", ids)
    missing = ", ".join(found.get("missing", [])) or "onbekend"
    return _guard(NormVerdict(FAILS, f"Geen VGB vastgelegd voor: {missing}.", ids), n.errors, "een VGB")


def rescreening(n: NormInput) -> NormVerdict:
    r = n.audit["rescreening"]
    change, done = pair_rescreening(r["changes"], r["rescreenings"], n.audit["placement"].get("start"),
                                    n.min_confidence, n.as_of)
    ids = [x["finding_id"] for x in (change, done) if x]
    if change is None and done is None:
        return NormVerdict(NA, "Geen verandering in het pleeggezin gevonden die om een herscreening vraagt.", [])
    if done is not None:
        why = f"na de verandering van {change['date']}" if change else "(aanleiding niet herkend)"
        return NormVerdict(MEETS, f"Herscreening uitgevoerd op {done['date']} {why}.", ids)
    return _guard(NormVerdict(FAILS, f"Na de verandering in het pleeggezin van {change['date']} is geen "
                                     "herscreening gevonden.", ids), n.errors, "een herscreening")


def sexual_development(n: NormInput) -> NormVerdict:
    birth = (n.audit.get("child") or {}).get("birth_date")
    if birth:
        b = dt.date.fromisoformat(birth)
        age = n.as_of.year - b.year - ((n.as_of.month, n.as_of.day) < (b.month, b.day))
        if age < n.cfg.sexual_development_min_age:
            about = "ongeveer " if (n.audit.get("child") or {}).get("birth_date_source") == "estimated" else ""
            return NormVerdict(NA, f"De jeugdige is {about}{age} jaar (jonger dan {n.cfg.sexual_development_min_age}): "
                                   "niet van toepassing.", [])
    return _at_least(n, "sexual_development", n.cfg.sexual_development_min,
                     "Aandacht voor de seksuele ontwikkeling in {window} ({dates}).",
                     "Geen aandacht voor de seksuele ontwikkeling vastgelegd in {window}.",
                     "aandacht voor de seksuele ontwikkeling")


def goals_evaluated(n: NormInput) -> NormVerdict:
    return _at_least(n, "goal_evaluations", n.cfg.goal_evaluation_min,
                     "Doelen geëvalueerd in {window} ({dates}).",
                     "Geen evaluatie van de doelen gevonden in {window}.", "een evaluatie van de doelen")


def _needs(field_name: str, judge: Callable[[NormInput], NormVerdict]) -> Callable[[NormInput], NormVerdict]:
    """An audit written before schema version 2 (reopened in the reviewer) has no such field: n/a."""
    def judged(n: NormInput) -> NormVerdict:
        if field_name not in n.audit:
            return NormVerdict(NA, "Niet beoordeeld: deze audit is gemaakt met een eerdere versie van de tool "
                                   "(schemaversie 1).", [])
        return judge(n)
    judged.__doc__ = judge.__doc__
    return judged


FURTHER_NORMS: dict[str, Callable[[NormInput], NormVerdict]] = {
    "home_visit_last12m": _needs("home_visits", home_visit),
    "support_figure_documented": _needs("support_figure", support_figure),
    "care_team_formed": _needs("care_team_meetings", care_team),
    "vgb_complete": _needs("vgb", vgb),
    "rescreening_after_change": _needs("rescreening", rescreening),
    "sexual_development_addressed_last12m": _needs("sexual_development", sexual_development),
    "goals_evaluated_last12m": _needs("goal_evaluations", goals_evaluated),
}
