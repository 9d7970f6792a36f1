"""Norms judged per dossier against the reference date (peildatum).

Each verdict is ``meets``, ``fails`` or ``n/a`` with the findings it rests on and a
short Dutch explanation (``core``: the shared parts; ``further``: the norms of schema
version 2). An unreadable file can hide the evidence a norm needs, so a verdict that
would be ``fails`` becomes ``n/a`` when any file of the dossier could not be read; a
``meets`` backed by evidence stands.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from audit.config import NormConfig
from audit.norms.core import (FAILS, MEETS, NA, NormInput, NormVerdict, advice, child_spoken, goals_concrete,
                              in_window, matching, one_on_one, parse_partial, safety_check)
from audit.norms.further import FURTHER_NORMS

__all__ = ["FAILS", "MEETS", "NA", "NORMS", "NORM_NAMES", "NormVerdict", "in_window", "judge", "parse_partial"]

# The norms of SCHEMA.md, in output order: name -> judge.
NORMS: dict[str, Callable[[NormInput], NormVerdict]] = {
    "one_on_one_min3_last12m": one_on_one,
    "safety_check_last12m": safety_check,
    "safety_check_child_spoken": child_spoken,
    "matching_rationale_documented": matching,
    "behavioural_scientist_advice_documented": advice,
    "goals_concrete": goals_concrete,
    **FURTHER_NORMS,
}
NORM_NAMES = tuple(NORMS)


def judge(audit: dict[str, Any], as_of: dt.date, cfg: NormConfig, min_confidence: float = 0.0) -> dict[str, NormVerdict]:
    """All norms of SCHEMA.md for one audit (the JSON dict being built)."""
    n = NormInput(audit, as_of, cfg, min_confidence)
    return {name: rule(n) for name, rule in NORMS.items()}
