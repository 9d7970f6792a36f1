"""Every Dutch word the review shows for the log's vocabulary, in one place.

Kinds, decisions, verdicts, norms, goal criteria and yes/no/unknown: the app, the
agreement report and the audit trail all take their labels from here. The goal
criteria names belong to the goal scorer and are re-exported, not copied.
"""
from __future__ import annotations

from typing import Any

from audit.goals.score import CRITERIA_NL

__all__ = [
    "CHILD_SPOKEN_OPTIONS", "CRITERIA_NL", "DECISION_NL", "KIND_NL", "KIND_NL_LOWER", "NORM_NL", "VERDICT_NL",
    "child_spoken_label", "value_nl",
]

#: finding kinds as headings (capitalised); :data:`KIND_NL_LOWER` for use inside a sentence or table
KIND_NL = {
    "one_on_one_contact": "Gesprek zonder pleegouders",
    "safety_check": "Veiligheidscheck",
    "behavioural_scientist_advice": "Advies gedragswetenschapper",
    "matching_rationale": "Onderbouwing matching",
    "goal": "Doel",
    "norm": "Normoordeel",
}
KIND_NL_LOWER = {k: v.lower() for k, v in KIND_NL.items()}
DECISION_NL = {
    "confirm": "bevestigd",
    "reject": "afgewezen",
    "correct": "gecorrigeerd",
    "add": "toegevoegd",
    "override": "oordeel aangepast",
    "goal_criteria": "criteria aangepast",
}
VERDICT_NL = {"meets": "voldoet", "fails": "voldoet niet", "n/a": "n.v.t."}
NORM_NL = {
    "one_on_one_min3_last12m": "≥ 3 gesprekken zonder pleegouders (12 mnd)",
    "safety_check_last12m": "Veiligheidscheck (12 mnd)",
    "safety_check_child_spoken": "Kind gesproken bij veiligheidscheck",
    "matching_rationale_documented": "Onderbouwing matching vastgelegd",
    "behavioural_scientist_advice_documented": "Advies gedragswetenschapper vastgelegd",
    "goals_concrete": "Doelen concreet",
}
#: the choices for "kind gesproken" and the value each one logs
CHILD_SPOKEN_OPTIONS = {"ja": True, "nee": False, "onbekend": None}


def child_spoken_label(value: Any) -> str:
    """The option of :data:`CHILD_SPOKEN_OPTIONS` that shows ``value``."""
    return {True: "ja", False: "nee"}.get(value, "onbekend")


def value_nl(v: Any) -> str:
    """A corrected field's value in words: ja / nee / onbekend, else the value itself."""
    if v is True:
        return "ja"
    if v is False:
        return "nee"
    if v is None:
        return "onbekend"
    return str(v)
