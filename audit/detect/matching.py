"""Matching rationale: does the file record *why* this child was placed with this family?

A bare "kind is geplaatst bij fam. X" is not a rationale; a sentence that weighs the
child's needs against what the family offers, names risks or alternatives is. The
sentence must also be a clear matching trigger (not negated: "matching niet mogelijk";
not a pointer elsewhere: "zie het matchingsverslag").
"""
from __future__ import annotations

import re
from typing import Any

from audit.detect.base import all_triggers, clear_triggers, evidence_for
from audit.detect.classifier import SentenceModels
from audit.resources import resource_json
from audit.types import DossierContext

_POINTER = re.compile(r"(?i)\bzie\b.{0,40}\b(?:matchingsverslag|verslag|bijlage)|\bniet in (?:het )?dossier\b")


def _lexicon() -> dict[str, Any]:
    return resource_json("matching_nl.json")


def _has(text: str, phrases: list[str]) -> str | None:
    low = text.lower()
    for p in phrases:
        if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", low):
            return p
    return None


def _about_this_match(text: str, names: set[str]) -> bool:
    child = "(?:" + "|".join(re.escape(n) for n in sorted(names)) + ")" if names else "(?!)"
    return any(re.search(p.replace("{child}", child), text) for p in _lexicon()["specific_markers"])


def detect_matching(ctx: DossierContext, models: SentenceModels) -> dict[str, Any]:
    lex = _lexicon()
    names = ctx.facts.get("child_names", set())
    best: tuple[float, Any, Any, str] | None = None
    for adoc in ctx.documents:
        in_matching_doc = adoc.structure.doc_type == "matching_report"
        for span in clear_triggers(adoc, "matching_rationale"):
            sent = span.sent
            if _POINTER.search(sent.text):
                continue
            marker = _has(sent.text, lex["reason_markers"])
            if not _about_this_match(sent.text, names):
                continue  # a general statement about matching, not this child's match
            section = adoc.structure.section_at(sent.start_char)
            in_matching_section = in_matching_doc or (section is not None and section.kind in ("matching", "placement"))
            if marker is None:
                continue
            prob = models.probability("matching_rationale", sent.text)
            if prob is not None and prob < models.veto:
                continue
            score = 0.6 + 0.2 * (marker is not None) + 0.15 * in_matching_section
            conf = score if prob is None else 0.5 * score + 0.5 * prob
            if best is None or conf > best[0]:
                best = (conf, adoc, sent, span._.cue)
    if best is not None:
        conf, adoc, sent, cue = best
        ev = evidence_for(adoc, sent)
        return {
            "finding_id": "m1", "documented": True, "file": ev.file, "quote": ev.sentence,
            "evidence": [ev.__dict__], "confidence": round(min(conf, 1.0), 3),
            "detector": "matching:triggers+context" + ("+classifier" if models.models else ""), "cue": cue,
        }
    # No rationale: show the bare placement statement (or the negated/pointer sentence) as evidence.
    for adoc in ctx.documents:
        candidates = [s.sent for s in all_triggers(adoc, "matching_rationale")]
        candidates += [s for s in adoc.doc.sents if _has(s.text, lex["bare_statement"])]
        if candidates:
            ev = evidence_for(adoc, candidates[0])
            return {
                "finding_id": "m1", "documented": False, "file": ev.file, "quote": ev.sentence,
                "evidence": [ev.__dict__], "confidence": 0.7, "detector": "matching:triggers+context",
            }
    return {"finding_id": "m1", "documented": False, "file": None, "quote": None, "evidence": [],
            "confidence": 0.6, "detector": "matching:triggers+context"}
