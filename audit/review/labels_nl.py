"""Every Dutch word the review shows for the log's vocabulary, in one place.

Kinds, decisions, verdicts, norms, goal criteria and yes/no/unknown: the app, the
agreement report and the audit trail all take their labels from here. The goal
criteria names belong to the goal scorer and are re-exported, not copied.
"""
from __future__ import annotations

from typing import Any

from audit.goals.score import CRITERIA_NL

__all__ = [
    "CHILD_SPOKEN_OPTIONS", "COUNT_NL", "CRITERIA_NL", "DECISION_NL", "FACT_NL", "FIELD_NL", "KIND_HEADING_NL", "KIND_NL",
    "KIND_NL_LOWER", "NORM_NL", "PRECISION_NL", "UNANNOUNCED_OPTIONS", "VERDICT_NL", "YES_NO_OPTIONS",
    "child_spoken_label", "names_nl", "parse_names", "value_nl",
]

#: finding kinds as headings (capitalised); :data:`KIND_NL_LOWER` for use inside a sentence or table
KIND_NL = {
    "one_on_one_contact": "Gesprek zonder pleegouders",
    "safety_check": "Veiligheidscheck",
    "behavioural_scientist_advice": "Advies gedragswetenschapper",
    "home_visit": "Huisbezoek",
    "care_team_meeting": "Zorgteamoverleg",
    "sexual_development": "Aandacht seksuele ontwikkeling",
    "goal_evaluation": "Evaluatie van doelen",
    "household_change": "Verandering in het pleeggezin",
    "rescreening": "Herscreening",
    "matching_rationale": "Onderbouwing matching",
    "support_figure": "Steunfiguur",
    "vgb": "VGB",
    "goal": "Doel",
    "norm": "Normoordeel",
}
KIND_NL_LOWER = {k: (v if v.isupper() else v.lower()) for k, v in KIND_NL.items()}
#: a group of findings of one kind, as a heading in the work list
KIND_HEADING_NL = {
    "one_on_one_contact": "Gesprekken zonder pleegouders",
    "safety_check": "Veiligheidschecks",
    "behavioural_scientist_advice": "Adviezen gedragswetenschapper",
    "home_visit": "Huisbezoeken",
    "care_team_meeting": "Zorgteamoverleg",
    "sexual_development": "Aandacht seksuele ontwikkeling",
    "goal_evaluation": "Evaluaties van doelen",
    "household_change": "Veranderingen in het pleeggezin",
    "rescreening": "Herscreeningen",
    "matching_rationale": "Onderbouwing matching",
    "support_figure": "Steunfiguur",
    "vgb": "VGB",
    "goal": "Doelen",
    "norm": "Normoordelen",
}
#: a file-level fact: (what the tool says it found, what it says is missing), and the correction's question
FACT_NL = {
    "matching_rationale": ("afweging vastgelegd", "Afweging is vastgelegd"),
    "support_figure": ("steunfiguur vastgelegd", "Steunfiguur of vertrouwenspersoon is vastgelegd "
                                                 "(of dat het kind er geen wil)"),
    "vgb": ("VGB voor alle volwassenen", "VGB voor alle volwassenen in het pleeggezin"),
}
DECISION_NL = {
    "confirm": "bevestigd",
    "reject": "afgewezen",
    "correct": "gecorrigeerd",
    "add": "toegevoegd",
    "override": "oordeel aangepast",
    "goal_criteria": "criteria aangepast",
    "undo": "ongedaan gemaakt",
}
VERDICT_NL = {"meets": "voldoet", "fails": "voldoet niet", "n/a": "n.v.t."}
NORM_NL = {
    "one_on_one_min3_last12m": "≥ 3 gesprekken zonder pleegouders (12 mnd)",
    "safety_check_last12m": "Veiligheidscheck (12 mnd)",
    "safety_check_child_spoken": "Kind gesproken bij veiligheidscheck",
    "matching_rationale_documented": "Onderbouwing matching vastgelegd",
    "behavioural_scientist_advice_documented": "Advies gedragswetenschapper vastgelegd",
    "goals_concrete": "Doelen concreet",
    "home_visit_last12m": "Huisbezoek (12 mnd)",
    "support_figure_documented": "Steunfiguur vastgelegd",
    "care_team_formed": "Zorgteam gevormd",
    "vgb_complete": "VGB voor alle volwassenen",
    "rescreening_after_change": "Herscreening na verandering",
    "sexual_development_addressed_last12m": "Aandacht seksuele ontwikkeling (12 mnd)",
    "goals_evaluated_last12m": "Doelen geëvalueerd (12 mnd)",
}
#: the export's review counts, in words
COUNT_NL = {"confirmed": "bevestigd", "rejected": "afgewezen", "corrected": "gecorrigeerd", "added": "toegevoegd",
            "overridden": "oordeel aangepast", "unreviewed": "niet beoordeeld", "disputed": "betwist",
            "stale_decisions": "beslissingen op een eerdere versie"}
#: how precise a date is, as "(op dag nauwkeurig)"
PRECISION_NL = {"day": "de dag", "month": "de maand", "year": "het jaar"}
#: corrected fields, in words (the log keeps the field names)
FIELD_NL = {"date": "datum", "date_precision": "nauwkeurigheid", "child_spoken": "kind gesproken",
            "copied_from": "kopie van", "documented": "vastgelegd", "verdict": "oordeel",
            "specific": "specifiek", "measurable": "meetbaar", "time_bound": "tijdgebonden", "actor": "wie",
            "development_oriented": "gericht op ontwikkeling", "text": "tekst", "unannounced": "onaangekondigd",
            "complete": "VGB compleet", "missing": "zonder VGB"}
#: the choices for "kind gesproken" and the value each one logs
CHILD_SPOKEN_OPTIONS = {"ja": True, "nee": False, "onbekend": None}
#: the choices for "onaangekondigd" (a home visit) and the value each one logs
UNANNOUNCED_OPTIONS = {"nee": False, "ja": True}
#: the choices for a yes / no / unknown fact (VGB complete) and the value each one logs
YES_NO_OPTIONS = {"ja": True, "nee": False, "onbekend": None}


def child_spoken_label(value: Any) -> str:
    """The option of :data:`CHILD_SPOKEN_OPTIONS` that shows ``value``."""
    return {True: "ja", False: "nee"}.get(value, "onbekend")


def parse_names(text: str) -> list[str]:
    """Names typed by a reviewer, one per line or separated by ';' or ',' (order kept, repeats dropped)."""
    parts = (p.strip() for line in text.splitlines() for chunk in line.split(";") for p in chunk.split(","))
    return list(dict.fromkeys(p for p in parts if p))


def names_nl(names: list[str]) -> str:
    """Names in one line for the reviewer ("geen" for an empty list)."""
    return ", ".join(names) if names else "geen"


def value_nl(v: Any) -> str:
    """A corrected field's value in words: ja / nee / onbekend, a list as its number of names, else the value."""
    if isinstance(v, list):
        return f"{len(v)} {'naam' if len(v) == 1 else 'namen'}"
    if v is True:
        return "ja"
    if v is False:
        return "nee"
    if v is None:
        return "onbekend"
    return str(v)
