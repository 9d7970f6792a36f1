"""The JSON contract of one audit (``output.schema.json``): the only place it is built.

Field names and meanings follow the gold schema (SCHEMA.md): findings carry
``finding_id``, ``kind``, ``date``, ``date_precision``, ``evidence``, ``confidence``,
``detector`` and, for compatibility with ``gold.json``, ``file``/``quote`` of their
first evidence.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from audit.detect import Detections
from audit.detect.further import FurtherDetections
from audit.detect.further.facts import FactResult
from audit.detect.matching import MatchingResult
from audit.norms.further import pair_rescreening
from audit.goals.stage import GoalResults
from audit.ml.goal_model import CRITERIA
from audit.types import Finding

SCHEMA_VERSION = 2
FINDING_PREFIX = {"one_on_one_contacts": "o", "safety_checks": "s", "behavioural_scientist_advice": "a",
                  # schema version 2
                  "home_visits": "h", "care_team_meetings": "t", "sexual_development": "x", "goal_evaluations": "e",
                  "rescreenings": "r", "household_changes": "c"}
SUPPORT_ID, VGB_ID = "sf1", "v1"
MATCHING_ID, GOAL_PREFIX = "m1", "g"


def findings_json(findings: list[Finding], prefix: str) -> list[dict[str, Any]]:
    """Number the findings (``o1``, ``o2`` ...) and serialise them."""
    out = []
    for i, f in enumerate(findings, 1):
        f.finding_id = f"{prefix}{i}"
        d = f.to_json()
        if f.evidence:
            d.setdefault("file", f.evidence[0].file)
            d.setdefault("quote", f.evidence[0].sentence)
        out.append(d)
    return out


def matching_json(m: MatchingResult) -> dict[str, Any]:
    first = m.evidence[0] if m.evidence else None
    out: dict[str, Any] = {
        "finding_id": MATCHING_ID, "documented": m.documented,
        "file": first.file if first else None, "quote": first.sentence if first else None,
        "evidence": [asdict(e) for e in m.evidence], "confidence": m.confidence, "detector": m.detector,
    }
    if m.cue is not None:
        out["cue"] = m.cue
    return out


def fact_json(fact: FactResult, finding_id: str, value_key: str) -> dict[str, Any]:
    """A file-level fact (support figure, VGB) in the shape of ``matching_rationale``."""
    first = fact.evidence[0] if fact.evidence else None
    return {"finding_id": finding_id, value_key: fact.documented, **fact.attributes,
            "file": first.file if first else None, "quote": first.sentence if first else None,
            "evidence": [asdict(e) for e in fact.evidence], "confidence": fact.confidence,
            "detector": fact.detector, "cue": fact.cue}


def further_json(further: FurtherDetections, placement_start: str | None) -> dict[str, Any]:
    """The schema-version-2 fields (SCHEMA.md "Further norms")."""
    ev = {name: findings_json(found, FINDING_PREFIX[name]) for name, found in further.events.items()}
    change, rescreened = pair_rescreening(ev["household_changes"], ev["rescreenings"], placement_start)
    return {
        "child": {"birth_date": further.child_birth_date, "birth_date_source": further.birth_date_source},
        "home_visits": ev["home_visits"],
        "support_figure": fact_json(further.support_figure, SUPPORT_ID, "documented"),
        "care_team_meetings": ev["care_team_meetings"],
        "vgb": fact_json(further.vgb, VGB_ID, "complete"),
        "rescreening": {"change": change, "rescreened": rescreened,
                        "changes": ev["household_changes"], "rescreenings": ev["rescreenings"]},
        "sexual_development": ev["sexual_development"],
        "goal_evaluations": ev["goal_evaluations"],
    }


def goals_json(results: GoalResults) -> list[dict[str, Any]]:
    out = []
    for i, (goal, score) in enumerate(results.goals, 1):
        out.append({
            "finding_id": f"{GOAL_PREFIX}{i}", "kind": "goal", "text": goal.text, "file": goal.file,
            **{c: score.criteria[c].value for c in CRITERIA},
            "concreteness": score.concreteness,
            "criteria": {c: asdict(score.criteria[c]) for c in CRITERIA},
            "hint": score.hint, "termijn": goal.termijn, "wie": goal.wie, "plan_date": goal.plan_date,
            "evidence": [asdict(e) for e in goal.locations],
        })
    return out


def goal_changes_json(results: GoalResults) -> dict[str, Any]:
    adj = results.adjustment
    return {
        "adjusted": adj.adjusted, "plan_dates": adj.plan_dates, "summary": adj.summary_nl(),
        "changes": [
            {"kind": c.kind, "before": c.before, "after": c.after, "from_date": c.from_date, "to_date": c.to_date,
             "evidence": [asdict(e) for e in c.evidence]}
            for c in adj.changes
        ],
    }


def audit_json(dossier_id: str, as_of: dt.date, found: Detections, goals: GoalResults,
               errors: list[dict[str, str]]) -> dict[str, Any]:
    """The audit without its verdicts and provenance (``norms`` judges this dict)."""
    start = found.placement.start
    audit: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "dossier_id": dossier_id,
        "reference_date": as_of.isoformat(),
        "placement": {"type": found.placement.type, "start": start.date.isoformat() if start else None},
    }
    for name in ("one_on_one_contacts", "safety_checks"):
        audit[name] = findings_json(getattr(found, name), FINDING_PREFIX[name])
    audit["matching_rationale"] = matching_json(found.matching_rationale)
    audit["behavioural_scientist_advice"] = findings_json(
        found.behavioural_scientist_advice, FINDING_PREFIX["behavioural_scientist_advice"])
    audit["goals"] = goals_json(goals)
    audit["goal_changes"] = goal_changes_json(goals)
    audit.update(further_json(found.further, audit["placement"]["start"]))
    audit["errors"] = errors
    return audit
