"""The child's own informal support figure or confidant, or a record that the child was asked.

Documented: a clear sentence naming a support figure ("steunfiguur", "vertrouwenspersoon",
"JIM", "bij wie ze terecht kan"), or the child's answer that she wants nobody. Not:
pending ("nog niet besproken", "wordt nog uitgezocht"), an empty form field, a support
figure of a foster parent or parent, policy or plans. Hand-written because which
sentence *names* a figure is dossier language; the phrases are data (``further_nl.json``).
"""
from __future__ import annotations

from spacy.tokens import Span

from audit.detect.base import ANY_WORD, all_triggers, evidence_for
from audit.detect.dating import span_text
from audit.detect.candidates import is_checklist
from audit.detect.form_fields import unticked_box
from audit.detect.further.facts import FactResult
from audit.detect.further.lexicon import hit
from audit.detect.participants import about_other_child
from audit.types import AnalysedDocument, DossierContext

KIND = "support_figure"
DETECTOR = "support_figure:triggers+context"
FOUND, ABSENT_WITH_EVIDENCE, ABSENT = 0.85, 0.7, 0.6
LABEL_WORDS = 3  # "Netwerk / steunfiguur", "Steunfiguur: -": a label, not a record


def _next_sentence(adoc: AnalysedDocument, sent: Span) -> Span | None:
    doc = adoc.doc
    return doc[sent.end].sent if sent.end < len(doc) else None


def _is_label(text: str) -> bool:
    """"Steunfiguur |", "Netwerk / steunfiguur": a field label whose value comes next."""
    return len(ANY_WORD.findall(text)) <= LABEL_WORDS


def _question(text: str) -> bool:
    """"Weet de jeugdige bij wie hij terecht kan? |": a question, also as a table's cell."""
    return text.rstrip().rstrip("|").rstrip().endswith("?")


def _answer(adoc: AnalysedDocument, sent: Span, text: str) -> Span | None:
    """The value of a label on the same line, or the answer line to a question ("Antwoord: ...")."""
    nxt = _next_sentence(adoc, sent)
    if nxt is None:
        return None
    between = adoc.document.text[sent.end_char : nxt.start_char]
    if _question(text) and text.rstrip().endswith("|"):  # a table's question cell: its answer is the row's next
        line_end = adoc.document.text.find("\n", sent.start_char)  # cell on the same line, or none
        return nxt if line_end < 0 or nxt.start_char < line_end else None
    if _question(text):  # "Antwoord: ...", or the paragraph under a question heading
        answer = span_text(adoc, nxt)
        # "Bij buurvrouw Tineke.": a short answer is no label, a label has no full stop
        label = _is_label(answer) and not answer.rstrip().endswith(".")
        return nxt if hit("support_answer", answer) or not (_question(answer) or label) else None
    inline = "\n" not in between and "\n" not in text  # "Steunfiguur | oma Jannie", not a heading line
    if inline:
        return nxt if not _is_label(span_text(adoc, nxt)) else None
    # a "Steunfiguur" heading over its paragraph ("Bram noemt zijn oom Hans ..."): the paragraph's first
    # sentence, when it is one ("Netwerk / steunfiguur" heads a network list, a form's next label is none)
    answer = span_text(adoc, nxt).rstrip()
    gap = text[len(text.rstrip()):] + between  # the line break may end the label's own sentence
    heading = gap.count("\n") == 1 and hit("support_heading", text.strip())
    return nxt if heading and answer.endswith(".") and len(ANY_WORD.findall(answer)) > LABEL_WORDS + 1 else None


def _verdict(ctx: DossierContext, adoc: AnalysedDocument, span: Span) -> tuple[bool | None, Span]:
    """(True: documented, False: a mention that does not document one, None: not about this child;
    the sentence that says so). A question ("Bij wie kun je terecht?") is answered by the next
    sentence ("Antwoord: oma Jannie"); a bare label ("Netwerk / steunfiguur") documents nothing."""
    sent = span.sent
    text = span_text(adoc, sent)
    quals = span._.qualifiers or set()
    if hit("support_of_adult", text) or about_other_child(sent, span, ctx, True, text) or hit("subject_line", text) \
            or is_checklist(adoc) \
            or hit("generic", text):  # "Ieder pleegkind heeft een steunfiguur": policy, not this child
        return None, sent
    if unticked_box(adoc.document.text, span.start_char, span.end_char):
        return False, sent  # "[ ] steunfiguur bespreken met Yusuf": a task not done, a box not ticked
    if _question(text) or _is_label(text):
        answer = _answer(adoc, sent, text)
        if answer is None:
            return False, sent
        sent, text, quals = answer, span_text(adoc, answer), set()
    if hit("support_professional", text) or hit("generic", text):
        return None, sent
    # "bij wie hij terecht kan als ..." is no hypothesis, "wil ook een JIM" no plan for the figure named:
    # only policy text and the pending phrases ("nog niet besproken") keep a mention from counting.
    if "POLICY" in quals or hit("support_pending", text) or not hit("support_person", text):
        return False, sent  # "Ook de steunfiguur krijgt aandacht": nobody named, no child in it
    if "NEGATED" in quals and not hit("support_declined", text):
        return False, sent
    return True, sent


def detect_support_figure(ctx: DossierContext) -> FactResult:
    """The first sentence that documents a support figure, else the first that shows its absence."""
    absent = None
    for adoc in ctx.documents:
        for span in all_triggers(adoc, KIND):
            verdict, sent = _verdict(ctx, adoc, span)
            if verdict:
                return FactResult(True, [evidence_for(adoc, sent)], FOUND, DETECTOR, span._.cue)
            if verdict is False and absent is None:
                absent = evidence_for(adoc, sent)
    if absent is not None:
        return FactResult(False, [absent], ABSENT_WITH_EVIDENCE, DETECTOR)
    return FactResult(False, [], ABSENT, DETECTOR)
