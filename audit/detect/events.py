"""Event detectors: one-on-one talks, safety checks, behavioural-scientist advice.

Each works the same way: trigger spans (``detect/triggers.py``) that the context
component (``detect/context.py``) leaves clear, filtered by dossier knowledge
(other children by name, policy-only documents), optionally confirmed by a
sentence classifier (``detect/classifier.py``), then dated and merged by date.
"""
from __future__ import annotations

import difflib
import re
from typing import Any

from spacy.tokens import Span

from audit.detect.base import Dated, all_triggers, clear_triggers, evidence_for, merge_by_date, sentence_date
from audit.detect.classifier import SentenceModels
from audit.detect.facts import informal_speaker
from audit.resources import resource_json
from audit.types import Finding
from audit.types import AnalysedDocument, DossierContext

# Documents whose text is mostly plans and agreements: an event there counts only
# when the sentence itself dates it ("Laatste check 20-06-2024, Sanne apart bevraagd").
PLAN_TYPES = {"care_plan", "matching_report"}
_WORD = re.compile(r"\w+", re.UNICODE)


_KIN_OF = re.compile(r"(?i)\b(?:(?:pleeg|half|stief)?(?:broer|zus)(?:je|tje)?|zoon|dochter|neef|nicht)(?:je)?\s+van\s+[A-Z]\w+")


def _names_in(text: str, names: set[str]) -> set[str]:
    """Names mentioned in ``text``; "het zusje van Joep" does not mention Joep as a participant."""
    text = _KIN_OF.sub(" ", text)
    return {n for n in names if re.search(rf"\b{re.escape(n)}(?:'s|’s|s)?\b", text)}


_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:en|maar|terwijl|want|daarna|toen)\b")


def _trigger_clause(sent: Span, span: Span) -> str:
    """The clause holding the trigger: the sentence cut at commas and conjunctions around it."""
    text = sent.text
    lo, hi = span.start_char - sent.start_char, span.end_char - sent.start_char
    left = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, lo)]
    right = _CLAUSE_BREAK.search(text, hi)
    return text[(left[-1] if left else 0) : (right.start() if right else len(text))]


def _about_other_child(sent: Span, span: Span, ctx: DossierContext, whole_sentence: bool = False) -> bool:
    """The event is about another child of the household, not ours.

    For talks the participant is named in the trigger's clause or before it
    ("Yusuf, de oudere broer, wilde ook even zonder PO praten"); for advice and
    checks anywhere in the sentence ("Advies GW over Sophie (eigen dochter van PO)").
    """
    if whole_sentence:
        text = sent.text
    else:
        clause = _trigger_clause(sent, span)
        text = sent.text[: sent.text.index(clause) + len(clause)] if clause in sent.text else sent.text
    others = _names_in(text, ctx.facts.get("other_child_names", set()))
    own = _names_in(text, ctx.facts.get("child_names", set()))
    return bool(others) and not own


def _date_fields(dated: Dated) -> tuple[str | None, str | None]:
    if dated.mention is None:
        return None, None
    return dated.mention.iso(), dated.mention.precision


def _confidence(base: float, prob: float | None) -> float:
    """Rules decide; the classifier (if any) moves confidence within [0.75, 1] x base."""
    conf = base if prob is None else base * (0.75 + 0.25 * prob)
    return round(min(max(conf, 0.0), 1.0), 3)


def _classifier_vetoes(models: SentenceModels, kind: str, text: str) -> tuple[bool, float | None]:
    """The classifier's probability for the sentence, and whether it is below the veto."""
    prob = models.probability(kind, text)
    return (prob is not None and prob < models.veto), prob


def _event(kind: str, detector: str, adoc: AnalysedDocument, sent: Span, span: Span, dated: Dated,
           prob: float | None, **attributes: Any) -> Finding:
    """A dated event finding with the sentence as evidence."""
    date, precision = _date_fields(dated)
    return Finding(
        kind=kind, date=date, date_precision=precision,
        evidence=[evidence_for(adoc, sent)], confidence=_confidence(0.85, prob),
        detector=f"{detector}:triggers+context" + ("+classifier" if prob is not None else ""),
        attributes={"cue": span._.cue, "date_source": dated.source, **attributes},
    )


def _dated_ok(adoc: AnalysedDocument, dated: Dated) -> bool:
    """In plans an event needs its own date in the sentence; elsewhere any date source will do."""
    if adoc.structure.doc_type in PLAN_TYPES:
        return dated.source == "sentence"
    return True


def detect_one_on_one(ctx: DossierContext, models: SentenceModels) -> list[Finding]:
    findings: list[Finding] = []
    for adoc in ctx.documents:
        seen_sents: set[tuple[int, object]] = set()  # one finding per sentence and date
        for span in clear_triggers(adoc, "one_on_one_contact"):
            sent = span.sent
            if in_entry_header(adoc, sent) or _about_other_child(sent, span, ctx):
                continue
            if informal_speaker(adoc.document.text[sent.start_char : span.start_char]):
                continue
            dated = sentence_date(adoc, sent, anchor=span.start_char)
            key = (sent.start, dated.mention.date if dated.mention else None)
            if key in seen_sents or not _dated_ok(adoc, dated):
                continue
            vetoed, prob = _classifier_vetoes(models, "one_on_one_contact", sent.text)
            if vetoed:
                continue
            seen_sents.add(key)
            findings.append(_event("one_on_one_contact", "one_on_one", adoc, sent, span, dated, prob))
    return merge_by_date(findings)


def _safety_lexicon() -> dict[str, Any]:
    return resource_json("safety_nl.json")


def _child_pattern(names: set[str]) -> str:
    words = [re.escape(w) for w in _safety_lexicon()["child_words"]] + [re.escape(n) for n in names]
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def child_spoken(adoc: AnalysedDocument, start: int, end: int, names: set[str]) -> tuple[bool, str | None]:
    """Did the check in ``text[start:end]`` ask the child's own view? Negative cues win.

    Returns the decision and the cue text it rests on.
    """
    text = adoc.document.text[start:end]
    child = _child_pattern(names)
    lex = _safety_lexicon()
    for pat in lex["negative"]:
        m = re.search(pat.replace("{child}", child), text, re.IGNORECASE)
        if m:
            return False, m.group(0)
    for span in all_triggers(adoc, "one_on_one_contact"):
        if start <= span.start_char < end and "NEGATED" in span._.qualifiers:
            return False, span.sent.text
    for span in clear_triggers(adoc, "one_on_one_contact"):
        if start <= span.start_char < end:
            return True, span.sent.text
    for pat in lex["positive"]:
        m = re.search(pat.replace("{child}", child), text, re.IGNORECASE)
        if m:
            return True, m.group(0)
    return False, None


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


_HEADER_CELL_MAX_WORDS = 6


def in_entry_header(adoc: AnalysedDocument, sent: Span) -> bool:
    """A journal header cell ("12-03-2024 | Veiligheidscheck | PZB") names a type, not what happened.

    Some house styles write the entry on its header line ("18 juli – huisbezoek: Fenna
    apart gesproken ..."): a longer sentence there is content, not a cell.
    """
    entry = adoc.structure.entry_at(sent.start_char)
    if entry is None or sent.start_char >= entry.body_start or entry.body_start >= entry.end:
        return False
    return len(_ANY_WORD.findall(sent.text)) <= _HEADER_CELL_MAX_WORDS


def _has_any(text: str, phrases: list[str]) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", low) for p in phrases)


def form_completed(adoc: AnalysedDocument) -> bool:
    """A safety-check form shows it was carried out: a completion field, and not a concept."""
    lex = _safety_lexicon()
    text = adoc.document.text
    if any(re.search(p, text, re.IGNORECASE) for p in lex["form_not_done"]):
        return False
    return _has_any(text[:3000], lex["form_completion_labels"])


def carried_out(adoc: AnalysedDocument, sent: Span, dated: Dated) -> bool:
    """A check mentioned in a journal or plan counts when the sentence says it was done or dates it,
    and is not a copy of an earlier check or a check in another household."""
    lex = _safety_lexicon()
    if any(re.search(p, sent.text, re.IGNORECASE) for p in lex["not_this_check"]):
        return False
    return dated.source == "sentence" or _has_any(sent.text, lex["completion_verbs"])


def detect_safety_checks(ctx: DossierContext, models: SentenceModels) -> list[Finding]:
    findings: list[Finding] = []
    names = ctx.facts.get("child_names", set())
    for adoc in ctx.documents:
        seen_regions: set[tuple[int, int]] = set()
        is_form = adoc.structure.doc_type == "safety_form"
        if is_form and not form_completed(adoc):
            continue
        for span in clear_triggers(adoc, "safety_check"):
            sent = span.sent
            if in_entry_header(adoc, sent) or _about_other_child(sent, span, ctx, True):
                continue
            region = _check_region(adoc, sent)
            if region in seen_regions and is_form:
                continue
            dated = sentence_date(adoc, sent, anchor=span.start_char)
            if is_form and adoc.structure.doc_date is not None and dated.source != "sentence":
                dated = Dated(adoc.structure.doc_date, "document")
            if not _dated_ok(adoc, dated) or (not is_form and not carried_out(adoc, sent, dated)):
                continue
            vetoed, prob = _classifier_vetoes(models, "safety_check", sent.text)
            if vetoed:
                continue
            seen_regions.add(region)
            spoken, cue = child_spoken(adoc, *region, names)
            findings.append(_event(
                "safety_check", "safety_check", adoc, sent, span, dated, prob,
                child_spoken=spoken, child_spoken_cue=cue, copied_from=None,
                _region_text=adoc.document.text[region[0] : region[1]],
            ))
    merged = merge_by_date(findings)
    _flag_copies(merged, ctx.config.detect.copied_similarity)
    for f in merged:
        f.attributes.pop("_region_text", None)
    return merged


def _flag_copies(checks: list[Finding], threshold: float) -> None:
    """Flag a check whose text repeats the previous one (copy-paste instead of a real check)."""
    previous: Finding | None = None
    for f in checks:
        if previous is not None and f.date is not None:
            if _similar(previous.attributes.get("_region_text", ""), f.attributes.get("_region_text", "")) >= threshold:
                f.attributes["copied_from"] = previous.date
        previous = f


# An advice must say what was advised or discussed, not only that a consultation exists.
_SUBSTANCE_MIN_WORDS = 3
_COLON_REACH = 25  # a colon this close after the trigger introduces the advice itself
# A bare "Advies:" counts only inside an entry (or sentence) that names the behavioural scientist.
_GW = re.compile(r"\b(?:GW|gedragswetenschapper|orthopedagoog|psycholoog|gedragsdeskundige)\b", re.IGNORECASE)


# "Advies: ..." as a line of its own: the entry (e.g. "Overleg GW") says whose advice it is.
_ADVICE_LINE = re.compile(r"(?i)advie[sz]\w*(?:\s+[\w'-]+){0,2}\s*:")
_ANY_WORD = re.compile(r"[^\W\d_][\w'-]*")
_NEGATED_CONTENT = re.compile(
    r"^\W*(?:(?:nog\s+)?(?:niet|geen)\s+(?:gevraagd|gegeven|ontvangen|nodig|beschikbaar|bekend|uitgebracht|advies)\b"
    r"|n\.?v\.?t\.?(?!\w))",
    re.IGNORECASE,
)
_FILLER = {"besproken", "met", "overleg", "overlegd", "gesproken", "de", "het", "een", "van", "en", "aan", "bij", "over",
           "casus", "advies", "adviseert", "geadviseerd", "gw", "gedragswetenschapper", "orthopedagoog", "psycholoog",
           "consult", "consultatie", "telefonisch", "mail", "per", "via"}


def _has_substance(adoc: AnalysedDocument, sent: Span, span: Span) -> bool:
    """Does the sentence say what was advised or discussed, beyond "Besproken met psycholoog X"?

    The content is what follows the trigger (after its colon, if any), or what precedes
    it when the trigger closes the sentence ("..., aldus de GW"); an inline journal
    header ("13 januari – bezoek ouder:") is not content, and content that opens with
    a negation ("Advies GW: niet gevraagd") is no advice.
    """
    text = adoc.document.text
    after = text[span.end_char : sent.end_char]
    colon = after.find(":")
    if 0 <= colon <= _COLON_REACH:  # "Advies GW: ...", "Carla Wessels adviseert: ..."
        after = after[colon + 1 :]
    if _NEGATED_CONTENT.match(after):
        return False
    before = text[sent.start_char : span.start_char]
    if before[:1].isdigit() and ":" in before:
        before = before.split(":", 1)[1]
    return max(_content_words(after), _content_words(before)) >= _SUBSTANCE_MIN_WORDS


def _content_words(text: str) -> int:
    return sum(1 for w in _ANY_WORD.findall(text) if len(w) > 1 and w.lower() not in _FILLER)


def _not_our_scientist(text: str) -> bool:
    """A psychologist or therapist of a parent ("psycholoog van moeder") is not the GW for this child."""
    return any(re.search(p, text, re.IGNORECASE) for p in _advice_lexicon()["not_our_scientist"])


def _advice_lexicon() -> dict[str, Any]:
    return resource_json("advice_nl.json")


def _names_scientist(adoc: AnalysedDocument, sent: Span, in_entry: bool, names: set[str]) -> bool:
    """Is the behavioural scientist named in the sentence (or, for an "Advies:" line, its entry),
    by role or by the name the dossier gives the GW ("Advies Henk:", "Rutger adviseert")?"""
    entry = adoc.structure.entry_at(sent.start_char) if in_entry else None
    start, end = (entry.start, entry.end) if entry else (sent.start_char, sent.end_char)
    text = adoc.document.text[start:end]
    return bool(_GW.search(text)) or any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def detect_advice(ctx: DossierContext, models: SentenceModels) -> list[Finding]:
    findings: list[Finding] = []
    for adoc in ctx.documents:
        seen: set[int] = set()
        for span in clear_triggers(adoc, "behavioural_scientist_advice"):
            sent = span.sent
            if sent.start in seen or in_entry_header(adoc, sent) or _about_other_child(sent, span, ctx, True) \
                    or _not_our_scientist(sent.text):
                continue
            cue = span._.cue or ""
            advice_line = bool(_ADVICE_LINE.match(adoc.document.text[span.start_char : sent.end_char]))
            if cue.startswith("advies") and cue != "advies GW" and not _names_scientist(
                    adoc, sent, advice_line, ctx.facts.get("scientist_names", set())):
                continue
            if not _has_substance(adoc, sent, span):
                continue
            dated = sentence_date(adoc, sent, anchor=span.start_char)
            if not _dated_ok(adoc, dated):
                continue
            vetoed, prob = _classifier_vetoes(models, "behavioural_scientist_advice", sent.text)
            if vetoed:
                continue
            seen.add(sent.start)
            findings.append(_event("behavioural_scientist_advice", "advice", adoc, sent, span, dated, prob))
    return merge_by_date(findings)
