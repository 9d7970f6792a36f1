"""The child's own informal support figure or confidant, or a record that the child was asked.

Documented: a clear sentence naming a support figure ("steunfiguur", "vertrouwenspersoon",
"JIM", "bij wie ze terecht kan"), or the child's answer that she wants nobody. Not:
pending ("nog niet besproken", "wordt nog uitgezocht"), an empty form field, a support
figure of a foster parent or parent, policy or plans. Hand-written because which
sentence *names* a figure is dossier language; the phrases are data (``further_nl.json``).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from audit.detect.base import ANY_WORD, all_triggers, evidence_for
from audit.detect.dating import span_text
from audit.detect.candidates import is_checklist
from audit.detect.form_fields import unticked_box
from audit.detect.further.facts import FactResult
from audit.detect.further.lexicon import hit, lexicon, rx
from audit.detect.participants import about_other_child, without_leading_date, written_names
from audit.types import AnalysedDocument, DossierContext

KIND = "support_figure"
DETECTOR = "support_figure:triggers+context"
FOUND, ABSENT_WITH_EVIDENCE, ABSENT = 0.85, 0.7, 0.6
CONFIDANT = "vertrouweling"  # the trigger cue of a confidant written without a support-figure word
LABEL_WORDS = 3  # "Netwerk / steunfiguur", "Steunfiguur: -": a label, not a record


def _next_sentence(adoc: AnalysedDocument, sent: Span) -> Span | None:
    doc = adoc.doc
    return doc[sent.end].sent if sent.end < len(doc) else None


def _is_label(text: str) -> bool:
    """"Steunfiguur |", "Netwerk / steunfiguur": a field label whose value comes next."""
    return len(ANY_WORD.findall(text)) <= LABEL_WORDS


def _question(text: str) -> bool:
    """"Weet de jeugdige bij wie hij terecht kan? |": a question, also as a table's cell or a reviewer's remark
    ("[Opmerking TL: wie is de steunfiguur van Daan?]")."""
    return text.rstrip().rstrip("|])\"”'’").rstrip().endswith("?")


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


def _not_the_childs_own(text: str) -> bool:
    """The organisation's confidential adviser or complaints route, a volunteer programme's buddy, a trusted
    adult as an escort at visits: none is the child's own informal figure."""
    return hit("support_institutional", text) or hit("support_program", text) or hit("support_program_named", text) \
        or hit("support_escort", text)


_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:en|maar|terwijl)\s")


def _own_clause(adoc: AnalysedDocument, span: Span) -> str:
    """The trigger's own clause: "Sara kiest Frau Kaya als vertrouwenspersoon op school en tante Mirthe als steunfiguur
    buiten school" names the school's adviser in one clause and her own figure in the other."""
    text, sent = adoc.document.text, span.sent
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, sent.start_char, span.start_char)]
    after = _CLAUSE_BREAK.search(text, span.end_char, sent.end_char)
    return text[before[-1] if before else sent.start_char : after.start() if after else sent.end_char]


def _other_childs(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> bool:
    """Another child's figure: she is the sentence's subject ("Lina noemt oma ...", "Pleegzus Sophie kan bij oma
    alles kwijt") or the figure is hers ("steunfiguur van Lina"). Named as the figure ("Hij noemt zijn broer
    Yusuf als degene ...") she is not."""
    others = ctx.facts.get("other_child_names", set())
    if not others or not about_other_child(span.sent, span, ctx, True, text):
        return False
    words = ANY_WORD.findall(without_leading_date(text))
    after = ANY_WORD.findall(adoc.document.text[span.end_char : span.end_char + 40])
    return any(w in others for w in words[:2]) or (len(after) > 1 and after[0] in ("van", "voor") and after[1] in others)


def _names_someone(ctx: DossierContext, text: str) -> bool:
    """A confidant sentence names its person: by role ("tante", "buurman", "trainer") or by a name that is
    not the child's or a foster parent's ("gaat hij naar Ahmed", not "gaat Fleur naar haar kamer")."""
    own = ctx.facts.get("child_names", set()) | ctx.facts.get("foster_parent_names", set()) \
        | ctx.facts.get("scientist_names", set())
    names = written_names(ctx)  # a capital the file also writes in lower case is no name ("Netflix" may be)
    return hit("support_role", text) or any(m.group(0) not in own and m.group(0) in names
                                            for m in rx("support_name").finditer(text))


def _confides_in_someone(ctx: DossierContext, adoc: AnalysedDocument, span: Span, text: str) -> bool:
    """A confidant sentence about the child: it names the person, and the one confiding is not a parent or
    foster parent ("Moeder noemt haar buurvrouw als de persoon op wie zij kan terugvallen", "Bij Wendy kan
    Marieke alles kwijt": the adult's confidant), unless the child is named as the one confiding
    ("Pleegmoeder vertelt dat Lotte bij haar oma alles kwijt kan")."""
    lead = adoc.document.text[span.sent.start_char : span.start_char]
    # a quote or a colon inside the parsed sentence ends a clause of its own ("... bij Ingrid en Marco is: 'Het is
    # daar rustig.' Gevraagd of er iemand is bij wie hij ..."): who confides is told after the last one
    lead = _CLAUSE_END.split(lead)[-1]
    before = ANY_WORD.findall(without_leading_date(lead))
    words = before + ANY_WORD.findall(span.text)  # the phrase may hold its subject ("kan Marieke alles kwijt")
    kids = ctx.facts.get("child_names", set())
    # "Tijdens het gesprek vertelde moeder dat ze ...": who tells, and who the clause after "dat" is about
    cut = max((i for i, w in enumerate(before) if w.lower() in lexicon()["support_clause_words"]), default=-1)
    main, clause = before[: cut + 1], before[cut + 1 :]
    after_modal = [b for a, b in zip(words, words[1:]) if a.lower() in lexicon()["support_modals"]]
    adult = any(_adult(ctx, w) for w in (main or clause)[:1] + after_modal) \
        or any(w[:1].isupper() and w not in kids for w in after_modal) \
        or cut >= 0 and any(_adult(ctx, w) for w in main) and not any(w in kids for w in clause)
    return _names_someone(ctx, text) and not (adult and not any(w in kids for w in clause or before[1:]))


_CLAUSE_END = re.compile(r"[.!?]['’\"]\s+(?=[A-Z])|:\s+['’\"]")  # a quote closed or opened, not "mevr. De Groot"


def _adult(ctx: DossierContext, word: str) -> bool:
    """A foster parent by name or a parent word ("moeder", "PM")."""
    return word in ctx.facts.get("foster_parent_names", set()) or bool(rx("support_parent_subject").fullmatch(word))


def _asked_without_answer(ctx: DossierContext, text: str) -> bool:
    """A reported question that holds no answer: no colon after it, nobody named, no refusal."""
    return hit("support_asked", text) and ":" not in text and not hit("support_declined", text) \
        and not _names_someone(ctx, text)


def _verdict(ctx: DossierContext, adoc: AnalysedDocument, span: Span) -> tuple[bool | None, Span]:
    """(True: documented, False: a mention that does not document one, None: not about this child;
    the sentence that says so). A question ("Bij wie kun je terecht?") is answered by the next
    sentence ("Antwoord: oma Jannie"); a bare label ("Netwerk / steunfiguur") documents nothing."""
    sent = span.sent
    text = span_text(adoc, sent)
    quals = span._.qualifiers or set()
    if hit("support_of_adult", text) or _other_childs(ctx, adoc, span, text) or hit("subject_line", text) \
            or is_checklist(adoc) or _not_the_childs_own(_own_clause(adoc, span)) \
            or hit("generic", text):  # "Ieder pleegkind heeft een steunfiguur": policy, not this child
        return None, sent
    if unticked_box(adoc.document.text, span.start_char, span.end_char):
        return False, sent  # "[ ] steunfiguur bespreken met Yusuf": a task not done, a box not ticked
    if _question(text) or _is_label(text):
        answer = _answer(adoc, sent, text)
        if answer is None:
            return False, sent
        sent, text, quals = answer, span_text(adoc, answer), set()
    elif _asked_without_answer(ctx, text):
        answer = _next_sentence(adoc, sent)  # "Hij wil niemand, 'ik red me wel'." under the question
        if answer is None or not (_names_someone(ctx, span_text(adoc, answer))
                                  or hit("support_declined", span_text(adoc, answer))):
            return False, sent
        sent, text, quals = answer, span_text(adoc, answer), set()
    elif not (hit("support_context", span.text) or hit("support_declined", text)
              or _confides_in_someone(ctx, adoc, span, text)):
        # "als het moeilijk wordt, gaat ze naar haar kamer", "besproken bij wie ze met vragen terecht kan": a
        # confidant phrase without a support-figure word names nobody to confide in
        return None if span._.cue == CONFIDANT else False, sent
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
