"""The order in which a dossier's items are reviewed: what the verdicts rest on first.

An inspector's time goes furthest on the findings a verdict depends on: for each norm
the findings its verdict names (``norm_details[norm]["findings"]``: for "voldoet" the
findings in the window that carry it, for "voldoet niet" what was found), then the
norm itself. Then the other findings of the 12-month window (and undated ones, which
the tool could not place), then everything older than the window, which cannot change
a verdict at this peildatum and is shown apart. Only kinds whose norm counts the window
are ever "older than the window": a zorgteam meeting counts since the placement began,
and a household change or rescreening at any date before the peildatum.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from audit.norms import in_window
from audit.review.items import Item, audit_items

CARRIES, WINDOW, OUTSIDE = "carries", "window", "outside"
#: event kinds whose norm counts only the window before the peildatum (SCHEMA.md)
WINDOWED_KINDS = ("one_on_one_contact", "safety_check", "behavioural_scientist_advice", "home_visit",
                  "sexual_development", "goal_evaluation")
SECTION_NL = {
    CARRIES: "Waar de normoordelen op rusten",
    WINDOW: "Overige bevindingen (binnen 12 maanden of zonder datum)",
    OUTSIDE: "Buiten het venster: ouder dan 12 maanden vóór de peildatum (verandert geen oordeel)",
}


@dataclass
class Section:
    """One group of the work list, in review order."""

    key: str
    items: list[Item]

    @property
    def title(self) -> str:
        return SECTION_NL[self.key]


def window_days(audit: dict[str, Any]) -> int:
    """The window the audit was judged with (its provenance), else the default."""
    days = ((audit.get("provenance") or {}).get("config") or {}).get("norms", {}).get("window_days")
    if isinstance(days, int) and days > 0:
        return days
    from audit.config import load_config

    return load_config().norms.window_days


def _window_start(audit: dict[str, Any]) -> tuple[dt.date, int] | None:
    """(peildatum, window days) of the audit, or None when it has no usable peildatum."""
    try:
        return dt.date.fromisoformat(str(audit.get("reference_date"))), window_days(audit)
    except ValueError:
        return None


def _outside(item: Item, window: tuple[dt.date, int] | None) -> bool:
    if window is None or item.kind not in WINDOWED_KINDS or not item.date:
        return False
    return not in_window(item.date, *window)


def outside_window(audit: dict[str, Any], item: Item) -> bool:
    """A dated event of a windowed kind before the window (undated events stay in: the tool could not place them)."""
    return _outside(item, _window_start(audit))


def review_sections(audit: dict[str, Any], *, low_confidence_first: bool = False) -> list[Section]:
    """The dossier's items in review order, grouped (empty groups left out)."""
    items = audit_items(audit, low_confidence_first=low_confidence_first)
    details = audit.get("norm_details") or {}
    carries: list[Item] = []
    seen: set[str] = set()
    for norm in (it for it in items if it.kind == "norm"):
        named = set((details.get(norm.finding_id) or {}).get("findings") or [])
        for it in items:
            if it.kind != "norm" and it.finding_id in named and it.key not in seen:
                carries.append(it)
                seen.add(it.key)
        carries.append(norm)
        seen.add(norm.key)
    rest = [it for it in items if it.key not in seen]
    span = _window_start(audit)  # once per dossier: the default config is read only without provenance
    outside = [it for it in rest if _outside(it, span)]
    window = [it for it in rest if not _outside(it, span)]
    return [s for s in (Section(CARRIES, carries), Section(WINDOW, window), Section(OUTSIDE, outside)) if s.items]


def review_order(audit: dict[str, Any], *, low_confidence_first: bool = False) -> list[Item]:
    """Every item of the dossier, in the order of :func:`review_sections`."""
    return [it for s in review_sections(audit, low_confidence_first=low_confidence_first) for it in s.items]
