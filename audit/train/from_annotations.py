"""Reviewer decisions as training sentences: the inspector's corrections teach the classifiers.

A confirmed finding's sentence is a positive of its kind, a rejected one a negative,
a finding corrected to another kind a negative of the old kind and a positive of
the new one, and a finding the reviewer added a positive. Decisions are matched to
findings by input hash, so only decisions on the finding as it stands now count.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from audit.ml.sentence_classifier import KINDS
from audit.review import AnnotationLog, iter_reviewable


def _sentence(item: dict[str, Any]) -> str | None:
    ev = item.get("evidence") or []
    return ev[0].get("sentence") if ev else None


def sentence_records(annotations: Path, audits: Path | None = None) -> list[dict[str, Any]]:
    """Training records from the annotation log; ``audits`` is the `run` output the decisions were made on."""
    state = AnnotationLog(Path(annotations)).replay()
    out: list[dict[str, Any]] = []
    for path in sorted(Path(audits).glob("*.json")) if audits else []:
        audit = json.loads(path.read_text("utf-8"))
        did = audit["dossier_id"]
        for kind, fid, ihash, item in iter_reviewable(audit):
            if kind not in KINDS:
                continue
            rec = state.current(did, fid, input_hash=ihash)
            text = _sentence(item)
            if rec is None or not text:
                continue
            new_kind = (rec.correction or {}).get("kind")
            if rec.decision == "reject" or (rec.decision == "correct" and new_kind and new_kind != kind):
                out.append({"text": text, "kind": kind, "label": False, "why": "reviewer", "source": "annotation"})
                if new_kind in KINDS:
                    out.append({"text": text, "kind": new_kind, "label": True, "why": "", "source": "annotation"})
            elif rec.decision in ("confirm", "correct"):
                out.append({"text": text, "kind": kind, "label": True, "why": "", "source": "annotation"})
    for did in state.dossier_ids():
        for rec in state.added_findings(did):
            if rec.finding_kind in KINDS:
                for ev in rec.evidence:
                    if ev.get("sentence"):
                        out.append({"text": ev["sentence"], "kind": rec.finding_kind, "label": True, "why": "",
                                    "source": "annotation"})
    return out
