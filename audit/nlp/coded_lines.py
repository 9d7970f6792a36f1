"""Journal lines that carry only a code the file defines: the code gets the triggers of its meaning.

Some workers open every journal line with a contact code and define the codes once, in a legend
above the journal or in a separate code list of the file ("CG = cliëntgesprek pleegkind (zonder
pleegouders)", "NB = niet doorgegaan"), and then write "14-03-25 CG – Sem na school opgehaald".
The words that tell the event are in the legend, not on the line. So the meaning of each code is
run through the same pipeline, and every trigger it has is put on the code in the line (label, cue
and context qualifiers of the meaning), where the detectors judge it with the line's own date and
words. What a code means is the file's own business: a code is read only as a legend of this
dossier defines it (``audit.structure.legend.in_legend``: not "KG = 1x per 6 weken" in a note),
the definition in force where the line stands (a new worker may redefine "KG" halfway), else a code
list in another file of the dossier. A code that means the contact did not take place ("NB = niet
doorgegaan") marks the other codes of its line cancelled. A register row ("04-03-25 | C02 | PK, PM")
is the register reader's (``audit.detect.one_on_one``), with its participants column.

This runs after the pipeline and before any detector (``audit.pipeline.analyse``): the triggers it
adds are there when the detectors first read them. Dossier-specific, hence hand-written; the line
shape and the words are data (``legend_nl.json``).
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from audit.nlp.components.triggers import SPANS_KEY
from audit.resources import resource_cache, resource_json
from audit.structure.legend import in_legend, is_code, legend_items
from audit.types import AnalysedDocument

CONTEXT = "dossier_audit_context"
_BRACKETS = re.compile(r"[()\[\]]")
# what the line's own triggers say of its event; a code's own context is its meaning's
_FROM_THE_LINE = frozenset({"NEGATED", "FOSTER_PARENT_PRESENT", "CANCELLED", "PLANNED", "HYPOTHETICAL"})


@dataclass(frozen=True)
class Definition:
    """One ``code = meaning`` item of a legend, where the file gives it (a later one may redefine the code)."""

    offset: int
    code: str
    meaning: str


@dataclass(frozen=True)
class _Rules:
    line: re.Pattern[str]  # a dated line that opens with codes
    body_line: re.Pattern[str]  # a line of an entry's body that opens with codes
    body_not: re.Pattern[str]  # such a line's words that say the contact is to come or did not happen
    not_held: re.Pattern[str]  # a meaning that says the contact did not take place
    planned: re.Pattern[str]  # a meaning that says it is planned
    not_alone: re.Pattern[str]  # words on the line that say the talk was not alone after all


@resource_cache
def _rules() -> _Rules:
    data = resource_json("legend_nl.json")
    return _Rules(re.compile(data["coded_line"], re.MULTILINE), re.compile(data["coded_body_line"], re.MULTILINE),
                  re.compile(data["coded_body_not"]),
                  re.compile(data["code_not_held"], re.IGNORECASE),
                  re.compile(data["code_planned"], re.IGNORECASE), re.compile(data["code_line_not_alone"], re.IGNORECASE))


def definitions(text: str) -> list[Definition]:
    """The ``code = meaning`` items of a file's legends, in text order (codes only: "CG", "1op1", "KG")."""
    return [Definition(start, code, meaning) for start, code, meaning in legend_items(text)
            if is_code(code) and not meaning[:1].isdigit() and in_legend(text, start)]  # not "KG = 1x per 6 weken"


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


def add_coded_triggers(analysed: list[AnalysedDocument], nlp: Language,
                       on_stage: Callable[[str, str], None] = lambda stage, name: None) -> None:
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
        if own[id(a)] or shared:
            on_stage("analyse", a.document.name)  # a time limit names the file this step reads
            _add_to_document(a, own[id(a)], shared, meanings, nlp)


def _read_codes(text: str, m: re.Match[str], own: list[Definition], starts: list[int],
                shared: dict[str, str]) -> list[tuple[int, str, str]]:
    """(offset, code, meaning) of the leading run of codes of a coded line ("GW NB – GW ziek": both)."""
    read = []
    for c in re.finditer(r"[^\s/+]+", m.group("codes")):
        meaning = _meaning_at(own, starts, shared, c.group(0), m.start())
        if meaning is None:
            break  # "14-03-25 Sem ...": a word, not a code of this file
        read.append((c.start() + m.start("codes"), c.group(0), meaning))
    return read


def _add_to_document(adoc: AnalysedDocument, own: list[Definition], shared: dict[str, str],
                     meanings: dict[str, Doc], nlp: Language) -> None:
    """The triggers of the codes' meanings on one file's coded lines; a pipeline trigger already on the code
    ("VC" is a trigger word itself) keeps its cue and gets the meaning's and the line's qualifiers."""
    rules = _rules()
    text, doc = adoc.document.text, adoc.doc
    starts = [d.offset for d in own]
    existing = {(s.start_char, s.end_char, s.label_): s for s in doc.spans.get(SPANS_KEY, [])}
    added: list[tuple[Span, frozenset[str]]] = []
    merged: list[tuple[Span, frozenset[str]]] = []
    for m in _coded_lines(adoc, rules):
        line_end = len(text) if (e := text.find("\n", m.end())) < 0 else e
        if "\t" in text[m.start() : line_end] or text.count("|", m.start(), line_end) >= 2:
            continue  # a register row: its participants column tells who was there
        read = _read_codes(text, m, own, starts, shared)
        if not read:
            continue
        extra = ({"CANCELLED"} if any(rules.not_held.search(x) for _, _, x in read) else set()) \
            | ({"PLANNED"} if any(rules.planned.search(x) for _, _, x in read) else set()) \
            | ({"FOSTER_PARENT_PRESENT"} if rules.not_alone.search(text, m.end(), line_end) else set())
        for start, code, meaning in read:
            if meaning not in meanings:  # "cliëntgesprek pleegkind (zonder pleegouders)": its brackets are the definition too
                meanings[meaning] = nlp(" ".join(_BRACKETS.sub(" ", meaning).split()))
            labels: set[str] = set()
            for trigger in meanings[meaning].spans.get(SPANS_KEY, []):
                if trigger.label_ in labels:
                    continue  # one span a kind on the code (its extensions are keyed by offsets and label)
                labels.add(trigger.label_)
                quals = frozenset(trigger._.qualifiers or ()) | extra
                same = existing.get((start, start + len(code), trigger.label_))
                if same is not None:
                    same._.structural = True  # the code's meaning, read by the file's legend
                    merged.append((same, quals))
                    continue
                span = doc.char_span(start, start + len(code), label=trigger.label_, alignment_mode="expand")
                if span is not None and (span.start_char, span.end_char, span.label_) not in existing:
                    span._.cue, span._.structural = trigger._.cue, True
                    existing[(span.start_char, span.end_char, span.label_)] = span
                    added.append((span, quals))
    if added or merged:
        place_spans(adoc, nlp, added, merged)


def _coded_lines(adoc: AnalysedDocument, rules: _Rules) -> list[re.Match[str]]:
    """The dated lines that open with codes, and the lines of entries' bodies that do ("KG op school, apart")."""
    text, structure = adoc.document.text, adoc.structure
    body = [m for m in rules.body_line.finditer(text)
            if (entry := structure.entry_at(m.start())) is not None and m.start() >= entry.body_start
            and not rules.body_not.search(text, m.end(), _line_end(text, m.end()))]  # "KG na de kerst"
    return sorted([*rules.line.finditer(text), *body], key=lambda m: m.start())


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def place_spans(adoc: AnalysedDocument, nlp: Language, added: list[tuple[Span, frozenset[str]]],
           merged: list[tuple[Span, frozenset[str]]]) -> None:
    """Add the new code spans, qualify them by their own sentence (the rest of the file keeps its
    qualifiers), drop a code read as a context word from the line's triggers ("GA" is not "ga", I go)
    and give each code span the qualifiers of its meaning and of the line's own triggers. Also for the
    terms of a file's box of terms (``glossary_terms``)."""
    text, doc = adoc.document.text, adoc.doc
    doc.spans[SPANS_KEY] = sorted([*doc.spans.get(SPANS_KEY, []), *(s for s, _ in added)],
                                  key=lambda s: (s.start_char, s.end_char))
    if CONTEXT in nlp.pipe_names:  # the line's own words too: "KG – aan tafel, niet apart", "PM schoof aan"
        nlp.get_pipe(CONTEXT).qualify(doc, [s for s, _ in added])
    codes = {text[s.start_char : s.end_char] for s, _ in [*added, *merged]}
    by_line: dict[int, list[Span]] = defaultdict(list)
    for span in doc.spans[SPANS_KEY]:
        by_line[text.rfind("\n", 0, span.start_char)].append(span)
    coded_lines = {text.rfind("\n", 0, s.start_char) for s, _ in [*added, *merged]}
    for line in coded_lines:
        for span in by_line[line]:
            if span._.qualifier_evidence and any(t in codes for _, t in span._.qualifier_evidence):
                kept = [(q, t) for q, t in span._.qualifier_evidence if t not in codes]
                span._.qualifier_evidence, span._.qualifiers = kept, frozenset(q for q, _ in kept)
    own = {(s.start_char, s.end_char, s.label_) for s, _ in added}
    for span, extra in [*added, *merged]:
        line = by_line[text.rfind("\n", 0, span.start_char)]
        extra = extra | _line_qualifiers(span, line, own)
        new = extra - frozenset(span._.qualifiers or ())
        span._.qualifiers = frozenset(span._.qualifiers or ()) | extra
        span._.qualifier_evidence = list(span._.qualifier_evidence or []) + [(q, "code") for q in sorted(new)]


def _line_qualifiers(code: Span, line: list[Span], own: set[tuple[int, int, str]]) -> frozenset[str]:
    """The blocking qualifiers of the line's own triggers of the code's kind after it (not other codes')."""
    return frozenset(q for s in line if s.start_char >= code.end_char and s.label_ == code.label_
                     and (s.start_char, s.end_char, s.label_) not in own
                     for q in (s._.qualifiers or ()) if q in _FROM_THE_LINE)
