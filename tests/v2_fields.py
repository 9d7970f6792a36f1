"""The schema-version-2 fields of an audit with nothing found, for hand-made test audits."""
from __future__ import annotations

import copy
from typing import Any

_EMPTY: dict[str, Any] = {
    "child": {"birth_date": None},
    "home_visits": [],
    "support_figure": {"finding_id": "sf1", "documented": False, "file": None, "quote": None, "evidence": [],
                       "confidence": 0.6, "detector": "test", "cue": None},
    "care_team_meetings": [],
    "vgb": {"finding_id": "v1", "complete": None, "missing": [], "adults": [], "file": None, "quote": None,
            "evidence": [], "confidence": 0.6, "detector": "test", "cue": None},
    "rescreening": {"change": None, "rescreened": None, "changes": [], "rescreenings": []},
    "sexual_development": [],
    "goal_evaluations": [],
}


def empty_v2() -> dict[str, Any]:
    return copy.deepcopy(_EMPTY)
