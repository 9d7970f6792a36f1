"""Journal lines that carry only a code the file defines: the code gets the triggers of its meaning.

Some workers open every journal line with a contact code and define the codes once, in a legend
above the journal or in a separate code list of the file ("CG = cliëntgesprek pleegkind (zonder
pleegouders)", "NB = niet doorgegaan"), and then write "14-03-25 CG – Sem na school opgehaald".
The words that tell the event are in the legend, not on the line. So the meaning of each code is
run through the same pipeline, and every trigger it has is put on the code in the line (label, cue
and context qualifiers of the meaning), where the detectors judge it with the line's own date and
words. What a code means is the file's own business: a code is read only as a legend of this
dossier defines it, the definition in force where the line stands (a new worker may redefine
"KG" halfway), else a code list in another file of the dossier. A code that means the contact did
not take place ("NB = niet doorgegaan") marks the other codes of its line cancelled.
Dossier-specific, hence hand-written; the line shape and the words are data (``legend_nl.json``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from audit.nlp.components.triggers import SPANS_KEY
from audit.resources import resource_cache, resource_json
from audit.structure.legend import is_code, legend_items
from audit.types import AnalysedDocument


@dataclass(frozen=True)
class Definition:
    offset: int  # where the legend defines the code
    code: str
    meaning: str


@resource_cache
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a dated line that opens with codes, a meaning that says it did not take place, one that says planned,
    words on the line that say the talk was not alone)."""
    data = resource_json("legend_nl.json")
    return (re.compile(data["coded_line"], re.MULTILINE), re.compile(data["code_not_held"], re.IGNORECASE),
            re.compile(data["code_planned"], re.IGNORECASE), re.compile(data["code_line_not_alone"], re.IGNORECASE))


def definitions(text: str) -> list[Definition]:
    """The ``code = meaning`` items of a file's legends, in text order (codes only: "CG", "1op1", "KG")."""
    return [Definition(start, code, meaning) for start, code, meaning in legend_items(text) if is_code(code)]


def _meaning_at(own: list[Definition], starts: list[int], shared: dict[str, str], code: str, offset: int) -> str | None:
    """The meaning of ``code`` for a line at ``offset``: the file's own latest definition before it, else the
    code list of another file, else the file's first definition after it (a legend at the foot; a code the
    file redefines later, for a new worker, is not what it meant before)."""
    i = bisect.bisect_right(starts, offset)
    before = [d for d in own[:i] if d.code == code]
    if before:
        return before[-1].meaning
    if code in shared:
        return shared[code]
    after = next((d for d in own[i:] if d.code == code), None)
    return after.meaning if after is not None else None


def add_coded_triggers(analysed: list[AnalysedDocument], nlp: Language) -> None:
    """Put on every code that opens a dated journal line the triggers of the code's meaning."""
    own = {id(a): definitions(a.document.text) for a in analysed}
    if not any(own.values()):
        return
    meanings: dict[str, Doc] = {}
    for a in analysed:
        shared: dict[str, str] = {}  # the code lists of the dossier's other files
        for other in analysed:
            for d in own[id(other)] if other is not a else ():
                shared.setdefault(d.code, d.meaning)
        _add_to_document(a, own[id(a)], shared, meanings, nlp)


def _add_to_document(adoc: AnalysedDocument, own: list[Definition], shared: dict[str, str],
                     meanings: dict[str, Doc], nlp: Language) -> None:
    line, not_held, planned, not_alone = _rules()
    text, doc = adoc.document.text, adoc.doc
    starts = [d.offset for d in own]
    added: list[Span] = []
    for m in line.finditer(text):
        read = []
        for c in re.finditer(r"[^\s/+]+", m.group("codes")):  # the leading run of codes: "GW NB – GW ziek"
            meaning = _meaning_at(own, starts, shared, c.group(0), m.start())
            if meaning is None:
                break  # "14-03-25 Sem ...": a word, not a code of this file
            read.append((c.start() + m.start("codes"), c.group(0), meaning))
        if not read:
            continue
        cancelled = any(not_held.search(meaning) for _, _, meaning in read)
        is_planned = any(planned.search(meaning) for _, _, meaning in read)
        end = text.find("\n", m.end())
        together = not_alone.search(text, m.end(), len(text) if end < 0 else end) is not None
        for start, code, meaning in read:
            if meaning not in meanings:  # "cliëntgesprek pleegkind (zonder pleegouders)": its brackets are the definition too
                meanings[meaning] = nlp(" ".join(_BRACKETS.sub(" ", meaning).split()))
            labels: set[str] = set()
            for trigger in meanings[meaning].spans.get(SPANS_KEY, []):
                if trigger.label_ in labels:
                    continue  # one span a kind on the code (its extensions are keyed by offsets and label)
                labels.add(trigger.label_)
                span = doc.char_span(start, start + len(code), label=trigger.label_, alignment_mode="expand")
                if span is None:
                    continue
                span._.cue = trigger._.cue
                quals = set(trigger._.qualifiers or ()) | ({"CANCELLED"} if cancelled else set()) \
                    | ({"PLANNED"} if is_planned else set()) | ({"FOSTER_PARENT_PRESENT"} if together else set())
                added.append((span, frozenset(quals)))
    if not added:
        return
    doc.spans[SPANS_KEY] = sorted([*doc.spans.get(SPANS_KEY, []), *(s for s, _ in added)],
                                  key=lambda s: (s.start_char, s.end_char))
    if CONTEXT in nlp.pipe_names:  # the line's own words too: "KG – aan tafel, niet apart", "PM schoof aan"
        nlp.get_pipe(CONTEXT)(doc)
    own = {(s.start_char, s.end_char, s.label_): q for s, q in added}
    spans = list(doc.spans[SPANS_KEY])
    codes = {text[s.start_char : s.end_char] for s, _ in added}
    lines = {text.rfind("\n", 0, s.start_char) for s, _ in added}
    for span in spans:  # a code is no context word: "GA" (gesprek alleen) is not "ga" (I will)
        if text.rfind("\n", 0, span.start_char) in lines and span._.qualifier_evidence:
            kept = [(q, t) for q, t in span._.qualifier_evidence if t not in codes]
            span._.qualifier_evidence = kept
            span._.qualifiers = frozenset(q for q, _ in kept)
    for span in spans:
        extra = own.get((span.start_char, span.end_char, span.label_))
        if extra is not None:
            # what the line's own words say of its event: "KG – aan tafel, niet apart (...)"
            extra = extra | _line_qualifiers(text, span, spans, own)
            span._.qualifiers = frozenset(span._.qualifiers or ()) | extra
            span._.qualifier_evidence = list(span._.qualifier_evidence or []) + [(q, "code") for q in sorted(extra)]
    adoc.__dict__.pop("_triggers_by_label", None)


CONTEXT = "dossier_audit_context"
_BRACKETS = re.compile(r"[()\[\]]")
_FROM_THE_LINE = frozenset({"NEGATED", "FOSTER_PARENT_PRESENT", "CANCELLED", "PLANNED", "HYPOTHETICAL"})


def _line_qualifiers(text: str, code: Span, spans: list[Span], own: dict) -> frozenset[str]:
    """The blocking qualifiers of the line's own triggers of the code's kind (not other codes')."""
    end = text.find("\n", code.end_char)
    end = len(text) if end < 0 else end
    return frozenset(q for s in spans if code.end_char <= s.start_char < end and s.label_ == code.label_
                     and (s.start_char, s.end_char, s.label_) not in own
                     for q in (s._.qualifiers or ()) if q in _FROM_THE_LINE)
