"""Attention to the child's sexual development that took place.

A topic (puberty, relationships, sexuality, boundaries, online safety, ...) *and*
attention to it in the sentence (a talk, information, an explanation). A school
lesson, a form field "geen bijzonderheden" and talks about another child are not.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from audit.detect.candidates import Candidate
from audit.detect.form_fields import line_at
from audit.detect.further.events import event_candidates
from audit.detect.further.lexicon import hit, lexicon, rx
from audit.types import AnalysedDocument, DossierContext

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "sexual_development"
# The context component reads "ongesteld worden" as a plan, "geen foto's delen" as a negation and "hoe ze het
# kan uitleggen" as a hypothesis; here
# plans and "niet besproken" are judged on the sentence (``planned``, ``sexual_not_attention``).
BLOCKING = frozenset({"CANCELLED", "QUESTION", "POLICY", "OTHER_CHILD"})  # "hoe zij ... kan beantwoorden" is no hypothesis


def _vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> dict[str, bool]:
    """No attention word, a lesson or 'niet besproken', or only the child's own question."""
    rest = _line_rest(adoc, span)
    return {"veto=no_attention": not hit("sexual_talk", text) and not _attention_next(rest),
            "veto=not_attention": hit("sexual_not_attention", text),
            "veto=child_question": _child_question_only(ctx, text, rest)}


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _attention_next(rest: str) -> bool:
    """The record's next sentence on the line gives the attention the topic's sentence only raised ("Finn en
    Lieve spelen doktertje. Besproken wat bij deze leeftijd past en hoe Joyce grenzen kan stellen."), and is
    no plan and no 'niet besproken'."""
    following = _SENTENCE_END.split(rest.strip(), maxsplit=1)[0] if rest.strip() else ""
    return bool(following) and bool(_ATTENTION_OPENS.search(following)) and hit("sexual_talk", following) \
        and not hit("planned", following) and not hit("sexual_not_attention", following)


# the next sentence gives that attention when it opens with it or refers back ("Besproken wat ...", "Daarover ...");
# "Verder gesproken over het rapport" is about something else
_ATTENTION_OPENS = re.compile(r"(?i)^\W*(?:besproken|uitgelegd|gesproken\s+(?:over\s+)?(?:wat|hoe|dit|dat|daarover)|tips|info|"
                              r"informatie|voorlichting|advies\s+gegeven|samen\s+besproken)\b|\b(?:hierover|daarover|erover)\b")


def _line_rest(adoc: AnalysedDocument, span: Span) -> str:
    """The rest of the line after the sentence: a record's next sentence may tell the answer
    ("Finn stelt vragen over ... Besproken: uitleg op zijn niveau"). A sentence that ends its line in a dated
    entry is followed by the entry's next line, when no blank line parts them (a note written line by line:
    "zoe en luuk speelden doktertje op zolder" / "besproken: past bij leeftijd, ...")."""
    text = adoc.document.text
    last = span.sent.start_char + len(text[span.sent.start_char : span.sent.end_char].rstrip()) - 1
    _, end = line_at(text, max(last, span.sent.start_char))  # the sentence's own line, not the next one
    if text[span.sent.end_char : end].strip():
        return text[span.sent.end_char:end]
    entry = adoc.structure.entry_at(span.start_char)
    if entry is None or end + 1 >= entry.end or not text[end + 1 : end + 2].strip():
        return ""
    following = text[end + 1 : line_at(text, end + 1)[1]]
    # the next line answers the topic line only when it opens as an answer ("besproken: ...") or refers back to it
    # ("daarover ..."); "Besproken hoe het gaat met de zwemles" is another topic
    return following if _ANSWER_OPENS.search(following) else ""


_ANSWER_OPENS = re.compile(r"(?i)^\W*(?:besproken|uitgelegd|tips|info|informatie|advies\s+gegeven)\s*:|"
                           r"\b(?:hierover|daarover|erover)\b")


def _child_question_only(ctx: DossierContext, text: str, rest: str = "") -> bool:
    """"Jayden vroeg hoe de baby in de buik was gekomen": the child's question (at home, to a foster
    parent) tells no attention by the worker; the sentence must tell more than the asking ("...;
    in eenvoudige woorden uitgelegd"). A foster parent who asks the worker ("Oma vroeg ...") is a talk, and
    so is the child asking the writer ("Lotte vroeg mij ...")."""
    if hit("sexual_talk", rx("sexual_question").sub(" ", text)) or (hit("sexual_talk", rest) and not hit("planned", rest)):
        return False
    names = "|".join(re.escape(n) for n in sorted(ctx.facts.get("child_names") or ()))
    pronouns = "|".join(re.escape(w) for w in lexicon()["sexual_askers"])
    verbs = rx("sexual_ask_verbs").pattern
    # "Jayden vroeg ...", "Aan tafel vroeg Jayden ..."; "hij vroeg waar ..." only before an open question
    # ("zij vroeg om tips" is a foster mother asking); never "Jayden vroeg mij ..." (a talk with the writer)
    forms = ([rf"(?:{names})\s+(?:\w+\s+)?{verbs}", rf"{verbs}\s+(?:{names})\b"] if names else []) \
        + ([rf"(?:{pronouns})\s+(?:\w+\s+)?{verbs}(?=\s+(?:\w+\s+)?(?:hoe|waar|waarom|wat|wanneer|wie)\b)"] if pronouns else [])
    for m in re.finditer(rf"(?i)\b(?:{'|'.join(forms)})", text) if forms else ():
        if not rx("sexual_asked_worker").search(text[m.end():]):
            return True
    return False


def sexual_development_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return event_candidates(ctx, models, KIND, "sexual_development", _vetoes, blocking=BLOCKING,
                            about_the_child=True)
