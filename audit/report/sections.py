"""Where each kind of finding sits in an audit: most in a list of their own, two inside ``rescreening``.

Every report (page, timeline, workbook) reads findings through :func:`findings_of`, so
the nesting of schema version 2 is known in one place. An audit of schema version 1
has none of the newer kinds: it reads as "nothing found".
"""
from __future__ import annotations

from typing import Any

#: sections of :data:`audit.report.labels.FINDING_SECTIONS` that live inside another field
NESTED = {"household_changes": ("rescreening", "changes"), "rescreenings": ("rescreening", "rescreenings")}


def findings_of(audit: dict[str, Any], section: str) -> list[dict[str, Any]]:
    """The findings of one section (a new list; empty when the audit does not carry it)."""
    if section in NESTED:
        parent, key = NESTED[section]
        return list((audit.get(parent) or {}).get(key) or [])
    return list(audit.get(section) or [])


def counted_ids(audit: dict[str, Any], norms: tuple[str, ...]) -> set[str]:
    """The findings the given norms rest on (their ``norm_details``)."""
    details = audit.get("norm_details") or {}
    return {fid for name in norms for fid in (details.get(name) or {}).get("findings") or []}
