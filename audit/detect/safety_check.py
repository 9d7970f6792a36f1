"""Safety checks: a carried-out yearly check, whether the child was heard in it, and copies.

A check counts when a completed form records it, or when a journal/plan sentence
says it was done or dates it; a concept form, a copied form or a check in another
household is none. Whether the child was heard is decided over the check's whole
region (its journal entry, or the whole form): negative cues win.
"""
from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from audit.detect.base import (
    all_triggers, classifier_vetoes, clear_triggers, dated_ok, event_finding, has_phrase, in_entry_header,
    merge_by_date,
)
from audit.detect.dating import Dated, sentence_date
from audit.detect.participants import about_other_child
from audit.resources import resource_json
from audit.types import AnalysedDocument, DossierContext, Finding

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "safety_check"
_WORD = re.compile(r"\w+", re.UNICODE)


def _lexicon() -> dict[str, Any]:
    return resource_json("safety_nl.json")


def _child_pattern(names: set[str]) -> str:
    words = [re.escape(w) for w in _lexicon()["child_words"]] + [re.escape(n) for n in names]
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def _first_match(patterns: list[str], child: str, text: str) -> str | None:
    for pat in patterns:
        m = re.search(pat.replace("{child}", child), text, re.IGNORECASE)
        if m:
            return m.group(0)
    return None


def child_spoken(adoc: AnalysedDocument, start: int, end: int, names: set[str]) -> tuple[bool, str | None]:
    """Did the check in ``text[start:end]`` ask the child's own view? Negative cues win.

    Returns the decision and the cue text it rests on.
    """
    text = adoc.document.text[start:end]
    child = _child_pattern(names)
    cue = _first_match(_lexicon()["negative"], child, text)
    if cue is not None:
        return False, cue
    for span in all_triggers(adoc, "one_on_one_contact"):
        if start <= span.start_char < end and "NEGATED" in span._.qualifiers:
            return False, span.sent.text
    for span in clear_triggers(adoc, "one_on_one_contact"):
        if start <= span.start_char < end:
            return True, span.sent.text
    cue = _first_match(_lexicon()["positive"], child, text)
    return (True, cue) if cue is not None else (False, None)


def _check_region(adoc: AnalysedDocument, sent: Span) -> tuple[int, int]:
    """The text a check's details live in: its journal entry, or the whole form."""
    if adoc.structure.doc_type == "safety_form":
        return 0, len(adoc.document.text)
    entry = adoc.structure.entry_at(sent.start_char)
    if entry is not None:
        return entry.start, entry.end
    return sent.start_char, sent.end_char


def _similar(a: str, b: str) -> float:
    wa, wb = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio() if wa and wb else 0.0


def form_completed(adoc: AnalysedDocument) -> bool:
    """A safety-check form shows it was carried out: a completion field, and not a concept."""
    lex = _lexicon()
    text = adoc.document.text
    if any(re.search(p, text, re.IGNORECASE) for p in lex["form_not_done"]):
        return False
    return has_phrase(text[:3000], lex["form_completion_labels"]) is not None


def carried_out(sent: Span, dated: Dated) -> bool:
    """A check mentioned in a journal or plan counts when the sentence says it was done or dates it,
    and is not a copy of an earlier check or a check in another household."""
    lex = _lexicon()
    if any(re.search(p, sent.text, re.IGNORECASE) for p in lex["not_this_check"]):
        return False
    return dated.source == "sentence" or has_phrase(sent.text, lex["completion_verbs"]) is not None


def _check_date(adoc: AnalysedDocument, sent: Span, span: Span, is_form: bool) -> Dated:
    dated = sentence_date(adoc, sent, anchor=span.start_char)
    if is_form and adoc.structure.doc_date is not None and dated.source != "sentence":
        return Dated(adoc.structure.doc_date, "document")
    return dated


def _document_checks(ctx: DossierContext, adoc: AnalysedDocument, models: "SentenceModels",
                     regions: dict[int, str]) -> list[Finding]:
    """The checks one file records; ``regions`` receives each finding's region text (for copies)."""
    is_form = adoc.structure.doc_type == "safety_form"
    if is_form and not form_completed(adoc):
        return []
    found: list[Finding] = []
    seen_regions: set[tuple[int, int]] = set()
    for span in clear_triggers(adoc, KIND):
        sent = span.sent
        if in_entry_header(adoc, sent) or about_other_child(sent, span, ctx, True):
            continue
        region = _check_region(adoc, sent)
        if region in seen_regions and is_form:
            continue
        dated = _check_date(adoc, sent, span, is_form)
        if not dated_ok(adoc, dated) or (not is_form and not carried_out(sent, dated)):
            continue
        vetoed, prob = classifier_vetoes(models, KIND, sent.text)
        if vetoed:
            continue
        seen_regions.add(region)
        spoken, cue = child_spoken(adoc, *region, ctx.facts.get("child_names", set()))
        finding = event_finding(KIND, "safety_check", adoc, sent, span, dated, prob,
                                child_spoken=spoken, child_spoken_cue=cue, copied_from=None)
        regions[id(finding)] = adoc.document.text[region[0] : region[1]]
        found.append(finding)
    return found


def detect_safety_checks(ctx: DossierContext, models: "SentenceModels") -> list[Finding]:
    regions: dict[int, str] = {}
    findings = [f for adoc in ctx.documents for f in _document_checks(ctx, adoc, models, regions)]
    merged = merge_by_date(findings)
    _flag_copies(merged, regions, ctx.config.detect.copied_similarity)
    return merged


def _flag_copies(checks: list[Finding], regions: dict[int, str], threshold: float) -> None:
    """Flag a check whose text repeats the previous one (copy-paste instead of a real check)."""
    previous: Finding | None = None
    for f in checks:
        if previous is not None and f.date is not None:
            if _similar(regions.get(id(previous), ""), regions.get(id(f), "")) >= threshold:
                f.attributes["copied_from"] = previous.date
        previous = f
