"""The reviewed audit: the tool's findings with the reviewers' decisions applied.

The result keeps the output contract (``report/output.schema.json``) so everything
that reads an audit reads a reviewed one. Decisions are matched to findings by
``input_hash``, not by finding id: ids are renumbered by re-runs, the hash only
changes when the evidence or its file does. A decision that matches nothing in the
current audit is not applied but listed under ``review.stale``. How the decisions
on one finding combine is :mod:`audit.review.fold`.

Each finding, goal, file-level fact (matching rationale, support figure, VGB) and norm
detail gets a ``review_status``, and
so does the audit (:mod:`audit.review.status`). A finding on which reviewers
disagree (their current decisions differ) is ``betwist``: it stays as the tool found
it, none of the decisions is applied, and it is listed under ``review.disputed``.
``reviewed`` is true only when every item has a decision and none is disputed.

Household changes and rescreenings live inside ``rescreening``; once they are
reviewed, the change that is judged and the rescreening after it (``change`` /
``rescreened``) are paired again, as the tool pairs them (``pair_rescreening``).
"""
from __future__ import annotations

import copy
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from audit.review.agreement import open_dispute
from audit.review.contract import (EVENT_FIELDS, EVENT_KINDS, FACT_KINDS, GOAL_CRITERIA, events_of, has_section,
                                   precision_of, set_events)
from audit.review.fold import Folded, fold
from audit.review.goal_review import concreteness
from audit.review.identity import file_shas, finding_input_hash, iter_reviewable
from audit.review.record import AnnotationRecord
from audit.review.replay import ReplayState
from audit.review.status import DISPUTED, NOT_REVIEWED, REVIEWED, overall_status

REVIEW_DETECTOR = "reviewer"
COUNT_FIELDS = ("confirmed", "rejected", "corrected", "added", "overridden", "disputed", "unreviewed",
                "stale_decisions")
#: what an added event carries for the fields of its kind the reviewer left out
EVENT_FIELD_DEFAULT: dict[str, Any] = {"child_spoken": None, "copied_from": None, "unannounced": False}
#: a rejected fact that says "documented" is not documented, and quotes nothing
FACT_REJECTED: dict[str, Any] = {"documented": False, "evidence": [], "file": None, "quote": None}


def _mark(item: dict[str, Any], folded: Folded, decision: str | None = None) -> None:
    item["decision"] = decision or folded.decision
    item["reviewed_by"] = folded.reviewers
    if folded.notes:
        item["review_notes"] = folded.notes
    item["review_status"] = DISPUTED if decision == "disputed" else REVIEWED


def _human_confidence(item: dict[str, Any]) -> None:
    """A finding a reviewer stood behind counts for the norms whatever the model thought."""
    if "confidence" in item and "model_confidence" not in item:
        item["model_confidence"] = item["confidence"]
    item["confidence"] = 1.0


def _apply_event(f: dict[str, Any], c: dict[str, Any]) -> None:
    if "date" in c:
        f["date"] = c["date"]
        f["date_precision"] = c.get("date_precision", precision_of(c["date"]))
    elif "date_precision" in c:
        f["date_precision"] = c["date_precision"]
    for key in EVENT_FIELD_DEFAULT:
        if key in c:
            f[key] = c[key]


def _apply_goal(g: dict[str, Any], c: dict[str, Any]) -> None:
    changed = False
    for crit in GOAL_CRITERIA:
        if crit in c and g.get(crit) != c[crit]:
            g[crit], changed = c[crit], True
    if "text" in c and c["text"] != g.get("text"):
        g["text"], changed = c["text"], True
    g["concreteness"] = concreteness(g)
    if changed:
        g.pop("hint", None)  # written for the tool's criteria; would now mislead


def _apply_fact(m: dict[str, Any], c: dict[str, Any]) -> None:
    """A fact as corrected; a VGB said to be complete misses nobody unless the reviewer says who."""
    for key in ("documented", "complete", "missing"):
        if key in c:
            m[key] = copy.deepcopy(c[key])
    if c.get("complete") is True and "missing" not in c:
        m["missing"] = []
    if "evidence" in c:
        ev = c["evidence"] if isinstance(c["evidence"], list) else [c["evidence"]]
        m["evidence"] = copy.deepcopy(ev)
        m["file"] = ev[0]["file"] if ev else None
        m["quote"] = ev[0]["sentence"] if ev else None


def _stale(r: AnnotationRecord, why: str) -> dict[str, Any]:
    return {"finding_id": r.finding_id, "kind": r.finding_kind, "decision": r.decision, "reviewer": r.reviewer,
            "timestamp": r.timestamp, "record_id": r.record_id, "why": why}


def _added_event(r: AnnotationRecord, folded: Folded, taken: set[str]) -> dict[str, Any]:
    c = folded.correction
    fid = r.finding_id if r.finding_id not in taken else f"r-{r.record_id[:10]}"
    f: dict[str, Any] = {
        "finding_id": fid, "kind": r.finding_kind, "date": c.get("date"),
        "date_precision": c.get("date_precision", precision_of(c.get("date"))),
        "evidence": copy.deepcopy(r.evidence), "confidence": 1.0, "detector": REVIEW_DETECTOR,
        "file": r.evidence[0]["file"], "quote": r.evidence[0]["sentence"],
    }
    for key in EVENT_FIELDS.get(r.finding_kind, ()):
        f[key] = c.get(key, EVENT_FIELD_DEFAULT[key])
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


@dataclass
class _Pass:
    """One export of one dossier: the audit being rewritten and what happened to each decision."""

    out: dict[str, Any]
    records: list[AnnotationRecord]
    items: list[tuple[str, str, str, dict[str, Any]]]
    by_hash: dict[str, list[AnnotationRecord]] = field(default_factory=dict)
    folds: dict[tuple[str, str], Folded] = field(default_factory=dict)
    disputes: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    status: dict[tuple[str, str], str] = field(default_factory=dict)
    disputed: list[dict[str, Any]] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    counts: Counter[str] = field(default_factory=Counter)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    stale: list[dict[str, Any]] = field(default_factory=list)
    overrides: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def start(cls, out: dict[str, Any], state: ReplayState) -> "_Pass":
        """Group the dossier's decisions by identity and fold those that match a current item."""
        p = cls(out, state.decisions_for(out["dossier_id"]), list(iter_reviewable(out)))
        for r in p.records:
            p.by_hash.setdefault(r.input_hash, []).append(r)
        for kind, fid, ihash, _ in p.items:
            recs = [r for r in p.by_hash.get(ihash, []) if r.finding_kind == kind]
            if recs:
                p.folds[(kind, fid)] = fold(recs)
                p.used.add(ihash)
                labels = open_dispute(recs)
                if labels:
                    p.disputes[(kind, fid)] = labels
            p.status[(kind, fid)] = DISPUTED if (kind, fid) in p.disputes else REVIEWED if recs else NOT_REVIEWED
        return p

    def reject(self, kind: str, fid: str, folded: Folded, item: dict[str, Any]) -> None:
        self.counts["rejected"] += 1
        self.rejected.append({"kind": kind, "finding_id": fid, "reviewed_by": folded.reviewers,
                              "notes": folded.notes, "review_status": REVIEWED, "finding": copy.deepcopy(item)})

    def unreviewed(self, item: dict[str, Any]) -> None:
        self.counts["unreviewed"] += 1
        item["review_status"] = NOT_REVIEWED

    def dispute(self, kind: str, fid: str, folded: Folded, item: dict[str, Any]) -> None:
        """Reviewers disagree: the item stays as the tool found it, marked and listed, nothing applied."""
        labels = self.disputes[(kind, fid)]
        self.counts["disputed"] += 1
        _mark(item, folded, "disputed")
        item["review_decisions"] = labels
        self.disputed.append({"kind": kind, "finding_id": fid, "decisions": labels})

    def decide(self, kind: str, fid: str, item: dict[str, Any]) -> bool:
        """Apply decisions to one detector item; False when it was rejected."""
        folded = self.folds.get((kind, fid))
        if folded is None:
            self.unreviewed(item)
            return True
        if (kind, fid) in self.disputes:
            self.dispute(kind, fid, folded, item)
            return True
        if folded.rejected:
            self.reject(kind, fid, folded, item)
            return False
        self.counts["corrected" if folded.correction else "confirmed"] += 1
        if kind in EVENT_KINDS:
            _apply_event(item, folded.correction)
        elif kind == "goal":
            _apply_goal(item, folded.correction)
        if kind != "goal":  # goals carry no confidence in the contract
            _human_confidence(item)
        _mark(item, folded)
        return True

    def apply_detected(self) -> None:
        """Events and goals the detectors found: rejected ones leave their list, the rest are corrected."""
        out = self.out
        for kind in EVENT_KINDS:
            set_events(out, kind, [f for f in events_of(out, kind) if self.decide(kind, f["finding_id"], f)])
        goal_ids = {id(g): fid for kind, fid, _, g in self.items if kind == "goal"}
        out["goals"] = [g for g in out.get("goals", []) if self.decide("goal", goal_ids[id(g)], g)]

    def apply_facts(self) -> None:
        """Matching rationale, support figure and VGB stay in the audit; a reject makes one undocumented."""
        for kind in FACT_KINDS:
            fact = self.out.get(kind)
            key = next(((k, f) for k, f, _, _ in self.items if k == kind), None)
            if fact is not None:
                self.apply_fact(kind, fact, key)

    def apply_fact(self, kind: str, fact: dict[str, Any], key: tuple[str, str] | None) -> None:
        if key is None or key not in self.folds:
            self.unreviewed(fact)
            return
        folded = self.folds[key]
        if key in self.disputes:
            self.dispute(*key, folded, fact)
            return
        if folded.rejected:
            self.reject(kind, key[1], folded, fact)
            fact.update(copy.deepcopy(FACT_REJECTED))
        else:
            self.counts["corrected" if folded.correction else "confirmed"] += 1
            _apply_fact(fact, folded.correction)
        _human_confidence(fact)
        _mark(fact, folded)

    def added_outcome(self, ihash: str, recs: list[AnnotationRecord], shas: dict[str, str]) -> Folded | None:
        """The standing reviewer-added finding of these decisions, or None (stale ones are listed)."""
        adds = [r for r in recs if r.decision == "add"]
        if not adds:
            self.stale.extend(_stale(r, "bevinding niet (meer) in deze audit; bestand gewijzigd of opnieuw getoetst")
                              for r in recs)
            return None
        first = adds[0]
        if finding_input_hash(self.out["dossier_id"], first.finding_kind, first.evidence, shas) != ihash:
            self.stale.extend(_stale(r, "bewijs hoort bij een andere versie van het bestand") for r in recs)
            return None
        folded = fold(recs)
        if folded.rejected or folded.added is None:
            return None  # added, then withdrawn
        return folded

    def apply_added(self) -> None:
        """Reviewer-added findings whose identity still matches the current files, then date order."""
        out, shas = self.out, file_shas(self.out)
        taken = {fid for _, fid, _, _ in self.items}
        for ihash, recs in self.by_hash.items():
            if ihash in self.used:
                continue
            folded = self.added_outcome(ihash, recs, shas)
            if folded is None:
                continue
            r = folded.added
            assert r is not None
            if r.finding_kind in EVENT_KINDS and not has_section(out, r.finding_kind):
                self.stale.extend(_stale(x, "deze audit heeft geen plek voor deze soort (eerdere versie van de tool)")
                                  for x in recs)
                continue
            self.counts["added"] += 1
            self.status[("added", ihash)] = REVIEWED
            if r.finding_kind in EVENT_KINDS:
                finding = _added_event(r, folded, taken)
                taken.add(finding["finding_id"])
                events_of(out, r.finding_kind).append(finding)
            else:
                out["goals"].append(_added_goal(r, folded))
        for kind in EVENT_KINDS:
            events_of(out, kind).sort(key=lambda f: (f.get("date") or "", f["finding_id"]))

    def pair_rescreening(self) -> None:
        """The change that is judged and the rescreening after it, paired again on the reviewed findings."""
        from audit.norms.further import pair_rescreening

        r = self.out.get("rescreening")
        if not (has_section(self.out, "household_change") and has_section(self.out, "rescreening")):
            return
        start = (self.out.get("placement") or {}).get("start")
        r["change"], r["rescreened"] = pair_rescreening(r["changes"], r["rescreenings"], start)

    def apply_norms(self, as_of: dt.date, config: Any) -> None:
        """Judge the norms again on the reviewed findings, then let the reviewers' overrides win."""
        from audit.norms import judge

        out = self.out
        verdicts = judge(out, as_of, config.norms, config.detect.min_confidence)
        out["norms"] = {name: v.verdict for name, v in verdicts.items()}
        out["norm_details"] = {name: v.to_json() for name, v in verdicts.items()}
        for detail in out["norm_details"].values():
            detail["review_status"] = NOT_REVIEWED
        for kind, name, _, _ in self.items:
            folded = self.folds.get((kind, name))
            if kind != "norm" or folded is None or name not in out["norm_details"]:
                continue
            if (kind, name) in self.disputes:
                self.dispute(kind, name, folded, out["norm_details"][name])
                continue
            _mark(out["norm_details"][name], folded)
            if folded.override is not None:
                self.override(name, folded.override)

    def override(self, name: str, o: AnnotationRecord) -> None:
        self.counts["overridden"] += 1
        detail = self.out["norm_details"][name]
        verdict = o.correction["verdict"]
        detail.update({"tool_verdict": detail["verdict"], "verdict": verdict, "reason": o.reason,
                       "overridden_by": o.reviewer,
                       "explanation": f"Oordeel aangepast door {o.reviewer}: {o.reason}"})
        self.out["norms"][name] = verdict
        self.overrides.append({"norm": name, "verdict": verdict, "tool_verdict": detail["tool_verdict"],
                               "reviewer": o.reviewer, "reason": o.reason, "timestamp": o.timestamp})

    def review_block(self, state: ReplayState) -> dict[str, Any]:
        """The ``review`` field of the reviewed audit."""
        self.counts["stale_decisions"] = len(self.stale)
        return {
            "reviewers": state.reviewers(self.out["dossier_id"]),
            "decisions": len(self.records),
            "counts": {k: self.counts.get(k, 0) for k in COUNT_FIELDS},
            "items": len(self.status),  # findings, goals, matching rationale, norms and added findings
            "undecided_items": sum(s == NOT_REVIEWED for s in self.status.values()),
            "rejected": self.rejected,
            "overrides": self.overrides,
            "disputed": self.disputed,
            "stale": self.stale,
            "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        }


def apply_annotations(
    audit: dict[str, Any], state: ReplayState, *, config: Any = None, as_of: dt.date | None = None
) -> dict[str, Any]:
    """The reviewed audit of one dossier (a new dict; ``audit`` is not changed).

    Rejected findings leave their list and are kept under ``review.rejected``
    (a rejected matching rationale or support figure stays, undocumented);
    corrections, reviewer-added findings (``detector: "reviewer"``) and goal criteria
    are applied; the norms are judged again on the result (``config`` and the
    audit's reference date unless given) and the reviewers' overrides win. Findings
    the reviewers disagree on stay as the tool found them (``review_status: "betwist"``).
    """
    if config is None:
        from audit.config import load_config

        config = load_config()
    out = copy.deepcopy(audit)
    as_of = as_of or dt.date.fromisoformat(out["reference_date"])
    run = _Pass.start(out, state)
    run.apply_detected()
    run.apply_facts()
    run.apply_added()
    run.pair_rescreening()
    run.apply_norms(as_of, config)
    out["review_status"] = overall_status(run.status.values())
    out["reviewed"] = out["review_status"] == REVIEWED
    out["review"] = run.review_block(state)
    return out
