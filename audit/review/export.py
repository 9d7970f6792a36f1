"""The reviewed audit: the tool's findings with the reviewers' decisions applied.

The result keeps the output contract (``report/output.schema.json``) so everything
that reads an audit reads a reviewed one. Decisions are matched to findings by
``input_hash``, not by finding id: ids are renumbered by re-runs, the hash only
changes when the evidence or its file does. A decision that matches nothing in the
current audit is not applied but listed under ``review.stale``.

Decisions on one finding are folded in log order, across reviewers: a correction
stays until a reject (a later confirm means "right as now corrected"), a reject is
undone by a later confirm or correction, a norm override by a later confirm.
"""
from __future__ import annotations

import copy
import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.report import atomic_write
from audit.review.annotations import (
    EVENT_KINDS,
    GOAL_CRITERIA,
    SECTION_OF_KIND,
    AnnotationRecord,
    ReplayState,
    file_shas,
    finding_input_hash,
    iter_reviewable,
)

REVIEW_DETECTOR = "reviewer"
COUNT_FIELDS = ("confirmed", "rejected", "corrected", "added", "overridden", "unreviewed", "stale_decisions")


@dataclass
class Folded:
    """All decisions on one finding reduced to what the export applies."""

    records: list[AnnotationRecord]
    rejected: bool = False
    added: AnnotationRecord | None = None
    correction: dict[str, Any] = field(default_factory=dict)
    override: AnnotationRecord | None = None

    @property
    def reviewers(self) -> list[str]:
        return sorted({r.reviewer for r in self.records})

    @property
    def notes(self) -> list[str]:
        return [r.note for r in self.records if r.note]

    @property
    def decision(self) -> str:
        if self.rejected:
            return "reject"
        if self.added is not None:
            return "add"
        if self.override is not None:
            return "override"
        if self.correction:
            only_criteria = all(k in GOAL_CRITERIA for k in self.correction)
            return "goal_criteria" if self.records[-1].finding_kind == "goal" and only_criteria else "correct"
        return "confirm"


def fold(records: list[AnnotationRecord]) -> Folded:
    out = Folded(records)
    for r in records:
        if r.decision == "reject":
            out.rejected = True
        elif r.decision == "add":
            out.added, out.rejected = r, False
            out.correction.update(r.correction)
        elif r.decision == "override":
            out.override = r
        elif r.decision == "confirm":
            out.rejected = False
            out.override = None
        else:  # correct, goal_criteria
            out.rejected = False
            out.correction.update(r.correction)
    return out


def _precision(date: str | None) -> str | None:
    if not date:
        return None
    return {1: "year", 2: "month", 3: "day"}[len(date.split("-"))]


def _mark(item: dict[str, Any], folded: Folded) -> None:
    item["decision"] = folded.decision
    item["reviewed_by"] = folded.reviewers
    if folded.notes:
        item["review_notes"] = folded.notes


def _human_confidence(item: dict[str, Any]) -> None:
    """A finding a reviewer stood behind counts for the norms whatever the model thought."""
    if "confidence" in item and "model_confidence" not in item:
        item["model_confidence"] = item["confidence"]
    item["confidence"] = 1.0


def _apply_event(f: dict[str, Any], c: dict[str, Any]) -> None:
    if "date" in c:
        f["date"] = c["date"]
        f["date_precision"] = c.get("date_precision", _precision(c["date"]))
    elif "date_precision" in c:
        f["date_precision"] = c["date_precision"]
    for key in ("child_spoken", "copied_from"):
        if key in c:
            f[key] = c[key]


def _apply_goal(g: dict[str, Any], c: dict[str, Any]) -> None:
    changed = False
    for crit in GOAL_CRITERIA:
        if crit in c and g.get(crit) != c[crit]:
            g[crit], changed = c[crit], True
    if "text" in c and c["text"] != g.get("text"):
        g["text"], changed = c["text"], True
    g["concreteness"] = round(sum(bool(g.get(k)) for k in GOAL_CRITERIA) / len(GOAL_CRITERIA), 2)
    if changed:
        g.pop("hint", None)  # written for the tool's criteria; would now mislead


def _stale(r: AnnotationRecord, why: str) -> dict[str, Any]:
    return {"finding_id": r.finding_id, "kind": r.finding_kind, "decision": r.decision, "reviewer": r.reviewer,
            "timestamp": r.timestamp, "record_id": r.record_id, "why": why}


def _added_event(r: AnnotationRecord, folded: Folded, taken: set[str]) -> dict[str, Any]:
    c = folded.correction
    fid = r.finding_id if r.finding_id not in taken else f"r-{r.record_id[:10]}"
    f: dict[str, Any] = {
        "finding_id": fid, "kind": r.finding_kind, "date": c.get("date"),
        "date_precision": c.get("date_precision", _precision(c.get("date"))),
        "evidence": copy.deepcopy(r.evidence), "confidence": 1.0, "detector": REVIEW_DETECTOR,
        "file": r.evidence[0]["file"], "quote": r.evidence[0]["sentence"],
    }
    if r.finding_kind == "safety_check":
        f["child_spoken"] = c.get("child_spoken")
        f["copied_from"] = c.get("copied_from")
    _mark(f, folded)
    return f


def _added_goal(r: AnnotationRecord, folded: Folded) -> dict[str, Any]:
    c = folded.correction
    g: dict[str, Any] = {"text": c.get("text") or r.evidence[0]["sentence"], "file": r.evidence[0]["file"],
                         **{k: bool(c.get(k, False)) for k in GOAL_CRITERIA},
                         "evidence": copy.deepcopy(r.evidence), "detector": REVIEW_DETECTOR, "finding_id": r.finding_id}
    _apply_goal(g, {})
    _mark(g, folded)
    return g


def apply_annotations(
    audit: dict[str, Any], state: ReplayState, *, config: Any = None, as_of: dt.date | None = None
) -> dict[str, Any]:
    """The reviewed audit of one dossier (a new dict; ``audit`` is not changed).

    Rejected findings leave their list and are kept under ``review.rejected``;
    corrections, reviewer-added findings (``detector: "reviewer"``) and goal criteria
    are applied; the norms are judged again on the result (``config`` and the
    audit's reference date unless given) and the reviewers' overrides win.
    """
    from audit.norms import judge

    if config is None:
        from audit.config import load_config

        config = load_config()
    out = copy.deepcopy(audit)
    did = out["dossier_id"]
    as_of = as_of or dt.date.fromisoformat(out["reference_date"])
    records = state.decisions_for(did)
    by_hash: dict[str, list[AnnotationRecord]] = {}
    for r in records:
        by_hash.setdefault(r.input_hash, []).append(r)

    counts: Counter[str] = Counter()
    rejected: list[dict[str, Any]] = []
    stale: list[dict[str, Any]] = []
    used: set[str] = set()
    items = list(iter_reviewable(out))
    folds: dict[tuple[str, str], Folded] = {}
    for kind, fid, ihash, _ in items:
        recs = [r for r in by_hash.get(ihash, []) if r.finding_kind == kind]
        if recs:
            folds[(kind, fid)] = fold(recs)
            used.add(ihash)

    def decide(kind: str, fid: str, item: dict[str, Any]) -> bool:
        """Apply decisions to one detector item; False when it was rejected."""
        folded = folds.get((kind, fid))
        if folded is None:
            counts["unreviewed"] += 1
            return True
        if folded.rejected:
            counts["rejected"] += 1
            rejected.append({"kind": kind, "finding_id": fid, "reviewed_by": folded.reviewers,
                             "notes": folded.notes, "finding": copy.deepcopy(item)})
            return False
        counts["corrected" if folded.correction else "confirmed"] += 1
        if kind in EVENT_KINDS:
            _apply_event(item, folded.correction)
        elif kind == "goal":
            _apply_goal(item, folded.correction)
        if kind != "goal":  # goals carry no confidence in the contract
            _human_confidence(item)
        _mark(item, folded)
        return True

    for kind, section in SECTION_OF_KIND.items():
        out[section] = [f for f in out.get(section, []) if decide(kind, f["finding_id"], f)]
    goal_ids = {id(g): fid for kind, fid, _, g in items if kind == "goal"}
    out["goals"] = [g for g in out.get("goals", []) if decide("goal", goal_ids[id(g)], g)]

    matching = out.get("matching_rationale")
    m_key = next(((k, f) for k, f, _, item in items if k == "matching_rationale"), None)
    if matching is not None and m_key is not None and m_key in folds:
        folded = folds[m_key]
        if folded.rejected:
            counts["rejected"] += 1
            rejected.append({"kind": "matching_rationale", "finding_id": m_key[1], "reviewed_by": folded.reviewers,
                             "notes": folded.notes, "finding": copy.deepcopy(matching)})
            matching.update({"documented": False, "evidence": [], "file": None, "quote": None})
        else:
            counts["corrected" if folded.correction else "confirmed"] += 1
            c = folded.correction
            if "documented" in c:
                matching["documented"] = c["documented"]
            if "evidence" in c:
                ev = c["evidence"] if isinstance(c["evidence"], list) else [c["evidence"]]
                matching["evidence"] = copy.deepcopy(ev)
                matching["file"] = ev[0]["file"] if ev else None
                matching["quote"] = ev[0]["sentence"] if ev else None
        _human_confidence(matching)
        _mark(matching, folded)
    elif matching is not None:
        counts["unreviewed"] += 1

    # reviewer-added findings: identity must still match the current files
    shas = file_shas(out)
    taken = {fid for _, fid, _, _ in items}
    for ihash, recs in by_hash.items():
        if ihash in used:
            continue
        adds = [r for r in recs if r.decision == "add"]
        if not adds:
            stale.extend(_stale(r, "bevinding niet (meer) in deze audit; bestand gewijzigd of opnieuw getoetst")
                         for r in recs)
            continue
        first = adds[0]
        if finding_input_hash(did, first.finding_kind, first.evidence, shas) != ihash:
            stale.extend(_stale(r, "bewijs hoort bij een andere versie van het bestand") for r in recs)
            continue
        folded = fold(recs)
        if folded.rejected or folded.added is None:
            continue  # added, then withdrawn
        counts["added"] += 1
        r = folded.added
        if r.finding_kind in EVENT_KINDS:
            finding = _added_event(r, folded, taken)
            taken.add(finding["finding_id"])
            out[SECTION_OF_KIND[r.finding_kind]].append(finding)
        else:
            out["goals"].append(_added_goal(r, folded))
    for section in SECTION_OF_KIND.values():
        out[section].sort(key=lambda f: (f.get("date") or "", f["finding_id"]))

    # norms: judged again on the reviewed findings, then the reviewers' overrides
    verdicts = judge(out, as_of, config.norms, config.detect.min_confidence)
    out["norms"] = {name: v.verdict for name, v in verdicts.items()}
    out["norm_details"] = {name: v.to_json() for name, v in verdicts.items()}
    overrides = []
    for kind, name, ihash, _ in items:
        folded = folds.get((kind, name))
        if kind != "norm" or folded is None or name not in out["norm_details"]:
            continue
        detail = out["norm_details"][name]
        _mark(detail, folded)
        if folded.override is None:
            continue
        o = folded.override
        counts["overridden"] += 1
        verdict = o.correction["verdict"]
        detail.update({"tool_verdict": detail["verdict"], "verdict": verdict, "reason": o.reason,
                       "overridden_by": o.reviewer,
                       "explanation": f"Oordeel aangepast door {o.reviewer}: {o.reason}"})
        out["norms"][name] = verdict
        overrides.append({"norm": name, "verdict": verdict, "tool_verdict": detail["tool_verdict"],
                          "reviewer": o.reviewer, "reason": o.reason, "timestamp": o.timestamp})

    counts["stale_decisions"] = len(stale)
    out["reviewed"] = True
    out["review"] = {
        "reviewers": state.reviewers(did),
        "decisions": len(records),
        "counts": {k: counts.get(k, 0) for k in COUNT_FIELDS},
        "rejected": rejected,
        "overrides": overrides,
        "stale": stale,
        "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    return out


# --------------------------------------------------------------------------- files

def review_row(reviewed: dict[str, Any]) -> dict[str, Any]:
    """One CSV row per dossier: norm verdicts after review and what the reviewers did."""
    from audit.report import NORM_NAMES

    review = reviewed.get("review", {})
    return {
        "dossier_id": reviewed["dossier_id"],
        "reference_date": reviewed["reference_date"],
        **{name: reviewed["norms"].get(name, "n/a") for name in NORM_NAMES},
        **{k: review.get("counts", {}).get(k, 0) for k in COUNT_FIELDS},
        "reviewers": ";".join(review.get("reviewers", [])),
    }


def write_review_csv(rows: list[dict[str, Any]], path: Path) -> Path:
    from audit.report import NORM_NAMES

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["dossier_id", "reference_date", *NORM_NAMES, *COUNT_FIELDS, "reviewers"])
    writer.writeheader()
    writer.writerows(rows)
    atomic_write(path, buf.getvalue())
    return path
