"""Matching rationale: does the file record *why* this child was placed with this family?

A bare "kind is geplaatst bij fam. X" is not a rationale; a sentence that weighs the
child's needs against what the family offers, names risks or alternatives is. The
sentence must also be a clear matching trigger (not negated: "matching niet mogelijk";
not a pointer elsewhere: "zie het matchingsverslag") and about this child's match.
Without a rationale the bare placement statement is kept as evidence of the absence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from spacy.tokens import Span

from audit.detect.base import (all_triggers, clear_triggers, evidence_for, first_sentence_with, has_phrase,
                               record_matches)
from audit.detect.batch import prime
from audit.resources import resource_json
from audit.structure.dates import alternation
from audit.types import AnalysedDocument, DossierContext, Evidence

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

DETECTOR = "matching:triggers+context"
CONTEXT_CUE = "matching section prose"
ABSENT_WITH_EVIDENCE, ABSENT = 0.7, 0.6  # confidence of "not documented", with and without a placement sentence
RULE_SCORE = 0.6 + 0.2  # a rationale sentence by the rules; in a matching section or document 0.15 more
IN_SECTION_SCORE = RULE_SCORE + 0.15


@dataclass
class MatchingResult:
    documented: bool
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = ABSENT
    detector: str = DETECTOR
    cue: str | None = None


def _lexicon() -> dict[str, Any]:
    return resource_json("matching_nl.json")


def _names_rx(names: set[str]) -> str:
    """The names as one regex group; one that never matches when there are none."""
    return f"(?:{alternation(names)})" if names else "(?!)"


def _about_this_match(text: str, names: set[str], foster: set[str] = frozenset()) -> bool:
    child, parents = _names_rx(names), _names_rx(set(foster))
    return any(re.search(p.replace("{child}", child).replace("{foster}", parents), text)
               for p in _lexicon()["specific_markers"])


def _rationale_score(adoc: AnalysedDocument, sent: Span, names: set[str], in_context: bool = False,
                     foster: set[str] = frozenset()) -> float | None:
    """Rule score of a rationale sentence, or None when it is none (pointer, no reason, not this match).

    ``in_context``: the sentence stands in a matching section or document, where softer cues
    (``context_reason_markers``) count too, but a bare placement statement does not.
    """
    lex = _lexicon()
    if re.search(lex["pointer"], sent.text) or _asks_or_denies(adoc, sent):
        return None
    if re.match(lex["composition_field"], sent.text) and has_phrase(sent.text, lex["reason_markers"]) is None \
            and not re.search(rf"\b{_names_rx(names)}\b", sent.text):
        return None  # "Gezinssamenstelling: Esther (41), alleenstaand": who lives there, not why it fits the child
    if (adoc.structure.doc_type == "matching_report" and re.match(lex["reason_field"], sent.text)
            or re.match(lex["match_reason_field"], sent.text)) \
            and not re.match(lex["empty_field"], sent.text) and (has_phrase(sent.text, lex["bare_statement"]) is None
                                                             or has_phrase(sent.text, lex["reason_markers"]) is not None):
        return IN_SECTION_SCORE  # "waarom: pm Vos is kinderverpleegkundige ...", "Onderbouwing koppeling: ...": its reasons
    if not _about_this_match(sent.text, names, foster):
        return None
    if has_phrase(sent.text, lex["reason_markers"]) is None:
        soft = in_context and has_phrase(sent.text, lex["context_reason_markers"]) is not None
        # "Bij de matching is bewust gekozen voor het gezin X. Jasmijn had toen vooral behoefte aan ...":
        # the trigger's sentence, its reasons in the sentences after it
        told_after = not in_context and has_phrase(_following(adoc, sent), lex["told_after_markers"]) is not None
        if not (soft or told_after) or has_phrase(sent.text, lex["bare_statement"]) is not None:
            return None
    section = adoc.structure.section_at(sent.start_char)
    in_section = adoc.structure.doc_type == "matching_report" or (
        section is not None and section.kind in ("matching", "placement"))
    return RULE_SCORE + 0.15 * in_section


def _asks_or_denies(adoc: AnalysedDocument, sent: Span) -> bool:
    """The sentence asks for the rationale or says it is missing ("onderbouwing van de match ontbreekt: waarom
    opa en oma, welke risico's zijn afgewogen?"): a reviewer's question, no rationale."""
    if re.search(_lexicon()["asked"], sent.text):
        return True
    return any("NEGATED" in (s._.qualifiers or ()) for s in all_triggers(adoc, "matching_rationale")
               if sent.start_char <= s.start_char < sent.end_char)


FOLLOWING_SENTENCES = 2


def _following(adoc: AnalysedDocument, sent: Span) -> str:
    """The sentences right after ``sent`` in its paragraph (no blank line between)."""
    text = adoc.document.text
    out, end = [], sent.end_char
    at = bisect_left(adoc.sentence_starts, sent.end_char)
    for nxt in adoc.sentences[at : at + FOLLOWING_SENTENCES]:
        if "\n\n" in text[end : nxt.start_char] or re.search(_lexicon()["story_moves_on"], nxt.text):
            break  # "Kort daarna kreeg Sara een verwijzing ...": the story has moved on
        out.append(nxt.text)
        end = nxt.end_char
    return " ".join(out)


def _context_sentences(adoc: AnalysedDocument) -> list[Span]:
    """Sentences of a matching document, a matching/placement section or a journal record typed as the
    matching ("Type: Matching"): there a rationale may be plain prose without a trigger word ("Bij de Jonkers kan Iris op haar eigen school blijven, ...")."""
    if adoc.structure.doc_type == "matching_report":
        return list(adoc.sentences)
    typed = _lexicon()["entry_typed_matching"]
    out = []
    for sent in adoc.sentences:
        section = adoc.structure.section_at(sent.start_char)
        if (section is not None and section.kind in ("matching", "placement")) \
                or record_matches(adoc, sent.start_char, typed):
            out.append(sent)
    return out


def _candidates(adoc: AnalysedDocument, names: set[str], foster: set[str]) -> list[tuple[Span, str | None]]:
    """(sentence, cue) pairs to weigh: clear trigger sentences, then matching-context prose, then placement
    statements anywhere that give a reason about the family."""
    found = [(span.sent, span._.cue) for span in clear_triggers(adoc, "matching_rationale")]
    seen = {sent.start for sent, _ in found}
    found += [(sent, CONTEXT_CUE) for sent in _context_sentences(adoc) if sent.start not in seen]
    seen = {sent.start for sent, _ in found}
    placed = _placement_reader(names, foster)
    return found + [(sent, PLACEMENT_CUE) for sent in adoc.sentences if sent.start not in seen and placed(sent.text)]


PLACEMENT_CUE = "placement with its reason"
_WORD = re.compile(r"[^\W\d_]{3,}")


def _placement_reader(names: set[str], foster: set[str]) -> Callable[[str], bool]:
    """Whether a sentence is a placement statement of this child (named before the reason) whose reason is
    about the family it names ("bij oom en tante geplaatst omdat hij een sterke band heeft met oom"), not
    about why the child left home ("... omdat het thuis niet veilig was"), a brother's placement, or a
    place that was free (``matching_nl.json`` placement_reason*); the patterns are made once per dossier."""
    lex = _lexicon()
    child = re.compile(rf"\b{_names_rx(names)}\b")
    parents = re.compile(rf"\b{_names_rx(set(foster))}\b")
    subject = re.compile(lex["family_reason_subject"].replace("{child}", _names_rx(names)))
    minor = frozenset(lex["family_minor_words"])

    def about_the_family(m: re.Match[str], text: str) -> bool:
        why = m.group("why")
        if not child.search(text, 0, m.start("why")) or re.search(lex["placement_reason_not"], why):
            return False
        family = {w.lower() for w in _WORD.findall(m.group("family"))} - minor
        return bool(family & {w.lower() for w in _WORD.findall(why)}) or bool(re.search(lex["family_reason_words"], why)) \
            or bool(parents.search(why)) or bool(subject.search(why))

    return lambda text: any(about_the_family(m, text) for rx in lex["placement_reason"] for m in re.finditer(rx, text))


def _best_rationale(ctx: DossierContext, models: "SentenceModels") -> tuple[float, AnalysedDocument, Span, str] | None:
    names, foster = ctx.facts.get("child_names", set()), ctx.facts.get("foster_parent_names", set())
    scored = [(adoc, sent, cue, score) for adoc in ctx.documents for sent, cue in _candidates(adoc, names, foster)
              if (score := _rationale_score(adoc, sent, names, cue == CONTEXT_CUE, foster)) is not None]
    prime(models, "matching_rationale", (sent.text for _, sent, _, _ in scored))
    best = None
    for adoc, sent, cue, score in scored:
        prob = models.probability("matching_rationale", sent.text)
        if prob is not None and prob < models.veto:
            continue
        conf = score if prob is None else 0.5 * score + 0.5 * prob
        if best is None or conf > best[0]:
            best = (conf, adoc, sent, cue)
    return best


def _placement_statement(ctx: DossierContext) -> Evidence | None:
    """The bare placement statement (or a negated/pointer rationale) that shows what the file does say."""
    bare = _lexicon()["bare_statement"]
    for adoc in ctx.documents:
        triggers = all_triggers(adoc, "matching_rationale")
        first = triggers[0].sent if triggers else first_sentence_with(adoc, bare)
        if first is not None:
            return evidence_for(adoc, first)
    return None


def detect_matching(ctx: DossierContext, models: "SentenceModels") -> MatchingResult:
    best = _best_rationale(ctx, models)
    if best is not None:
        conf, adoc, sent, cue = best
        detector = DETECTOR + ("+classifier" if models.models else "")
        return MatchingResult(True, [evidence_for(adoc, sent)], round(min(conf, 1.0), 3), detector, cue)
    statement = _placement_statement(ctx)
    if statement is not None:
        return MatchingResult(False, [statement], ABSENT_WITH_EVIDENCE)
    return MatchingResult(False)
