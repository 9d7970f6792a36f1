"""Safety checks: a carried-out yearly check, whether the child was heard in it, and copies.

A check counts when a completed form records it, or when a journal/plan sentence
says it was done or dates it; a concept form, a copied form or a check in another
household is none. Whether the child was heard is decided over the check's whole
region (its journal entry, or the whole form): negative cues win.
"""
from __future__ import annotations

import bisect
import datetime as dt
import difflib
from functools import lru_cache
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from audit.detect.base import ABSENT_CUE, all_triggers, clear_triggers, has_phrase, record_matches, structural_span
from audit.detect.batch import prime
from audit.detect.candidates import Candidate, appointment, candidate, cues_with, in_quotation, shared_vetoes, title_lines
from audit.detect.dating import Dated, ends_in, sentence_date, span_text
from audit.detect.decision import hard_vetoes
from audit.detect.facts import same_family, siblings_home
from audit.detect.form_fields import answer, heard_fields, line_at, next_line
from audit.detect.participants import names_in
from audit.structure import in_force_start
from audit.structure.dates import day_at, find_dates
from audit.resources import resource_cache, resource_json
from audit.types import AnalysedDocument, DateMention, DossierContext, Finding

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "safety_check"
_WORD = re.compile(r"\w+", re.UNICODE)


def _lexicon() -> dict[str, Any]:
    return resource_json("safety_nl.json")


def _child_pattern(names: set[str], others: frozenset[str] = frozenset()) -> str:
    """The child's words and names, and a name's initial as hasty notes write it ("D. apart gevraagd"), unless a
    foster parent's or another child's name shares it ("R. niet gesproken" may be Ruud)."""
    taken = {n[:1].upper() for n in others if n}
    initials = {re.escape(n[0]) + r"\." for n in names if n[:1].isupper() and n[0] not in taken}
    words = [re.escape(w) for w in _lexicon()["child_words"]] + [re.escape(n) for n in names] + sorted(initials)
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def _first_match(patterns: list[str], child: str, text: str, unquoted: bool = False) -> str | None:
    """The first cue of ``patterns`` in ``text``; ``unquoted``: not one inside someone's quoted words
    (a toddler's proud "Sem zelf!" is no sign that he was asked his view)."""
    for pat in patterns:
        for m in _child_regex(pat, child).finditer(text):
            if not (unquoted and in_quotation(text, m.start())):
                return m.group(0)
    return None


@lru_cache(maxsize=1024)
def _child_regex(pattern: str, child: str) -> re.Pattern[str]:
    """``pattern`` with the child's words, compiled once per dossier (``re``'s own cache of 512
    is too small for the lexicon's patterns times the files' children, so it compiled again)."""
    return re.compile(pattern.replace("{child}", child), re.IGNORECASE)


class _Talks:
    """The talk triggers of one document, found by character offset (a region asks for its own in O(log n))."""

    def __init__(self, adoc: AnalysedDocument) -> None:
        # a foster parent away ("Jayden was aan het werk" is the child, "PM in de keuken") tells no talk itself
        # nor does time with someone named ("met Petra de check gedaan", ``not_heard_evidence``)
        skip = cues_with("not_heard_evidence") | {ABSENT_CUE}
        self.all = [s for s in all_triggers(adoc, "one_on_one_contact") if s._.cue not in skip]
        self.clear = [s for s in clear_triggers(adoc, "one_on_one_contact") if s._.cue not in skip]
        self._starts = ([s.start_char for s in self.all], [s.start_char for s in self.clear])

    def within(self, start: int, end: int) -> tuple[list[Span], list[Span]]:
        """(all, clear) talk triggers that start in ``[start, end)``, in document order."""
        (a, c) = self._starts
        return (self.all[bisect.bisect_left(a, start) : bisect.bisect_left(a, end)],
                self.clear[bisect.bisect_left(c, start) : bisect.bisect_left(c, end)])


def child_spoken(adoc: AnalysedDocument, start: int, end: int, names: set[str],
                 talks: _Talks | None = None, skip: list[tuple[int, int]] = (),
                 others: set[str] = frozenset(), adults: frozenset[str] = frozenset()) -> tuple[bool, str | None]:
    """Did the check in ``text[start:end]`` ask the child's own view? Returns the decision and its cue.

    A form field that says no decides; then negative cues; then a field that says yes; then the
    talk triggers and positive cues of the text, with the form's child-heard labels left out
    (an unfilled "Jeugdige gesproken: ☐ ja ☐ nee" is no cue). Evidence that the child was not
    spoken *apart* ("Kind apart gesproken: nee", "niet apart gesproken") is weak: SCHEMA counts a
    view asked with a foster parent present, so it says no only when nothing says the child spoke.
    ``skip``: spans about another check (a form's "Vorige check: ..." line), no evidence either way.
    ``others``: the household's other children; a talk whose sentence names one of them and not our child
    ("Sem apart gesproken." in the sister's file) is his. ``adults``: the foster parents' names (whose initials are
    not the child's).
    """
    text, own = _own_child_only(_blanked(adoc.document.text, start, end, skip), names, others)
    if own is not None and own[0] is False:  # "Noah (4) nee, te jong" on a per-child line
        return False, own[1]
    fields = heard_fields(text)
    said = [f for f in fields if f.value is not None]
    no = next((f for f in said if f.value is False and not f.apart), None)
    if no is not None:
        return False, text[no.start : no.end]
    weak = [text[f.start : f.end] for f in said if f.value is False]  # "Kind apart gesproken: nee"
    for f in fields:  # the labels themselves are no evidence either way
        text = _blank(text, f.start, f.value_start)
    child = _child_pattern(names, frozenset(others) | adults)
    text, item = _unticked_items(text, child)
    if item is not None:
        unticked = adoc.document.text[start + item[0] : start + item[1]].strip()
        if not _apart(unticked):
            return False, unticked
        weak.append(unticked)  # "☐ Jeugdige apart gesproken (zonder pleegouders)"
    cue = _first_match(_lexicon()["negative"], child, text)
    if cue is not None:
        return False, cue
    yes = next((f for f in said if f.value is True), None)
    if yes is not None:
        return True, adoc.document.text[start + yes.start : start + yes.end]
    if own is not None and own[0] is True:
        return True, own[1]
    full = adoc.document.text
    def ticked_or_plain(span: Span) -> bool:  # a talk on an unticked line ("☐ Kind apart gesproken") is none
        # nor one in another child's answer of a per-child line (blanked by _own_child_only), nor in a skipped span
        a, b = span.start_char - start, span.end_char - start
        if text[a:b] != full[span.start_char : span.end_char]:
            return False
        if others and names_in(span.sent.text, others) and not names_in(span.sent.text, names):
            return False
        return _UNTICKED.match(full, full.rfind("\n", 0, span.start_char) + 1) is None
    every, clear = (talks or _Talks(adoc)).within(start, end)
    spoken, cue = _from_talks_and_cues(([s for s in every if ticked_or_plain(s)], [s for s in clear if ticked_or_plain(s)]),
                                       text, child)
    return (spoken, cue if spoken or cue is not None or not weak else weak[0])


def _unticked_items(text: str, child: str) -> tuple[str, tuple[int, int] | None]:
    """``text`` with its unticked items blanked, and the offsets of the first unticked item that asks the child's view in a
    form that ticks other items ("☐ Mening jeugdige gevraagd" beside ticked ones: the child was not asked).
    In a blank form an unticked item says nothing either way; nor does an unticked negative option
    ("☐ pleegkind niet gesproken (reden invullen)" beside "☒ pleegkind apart gesproken"), nor an unticked
    option inside a line ("Manier van bevragen ☒ picto's ☐ niet bevraagd")."""
    ticked = _TICKED.search(text) is not None
    found = None
    for m in list(_UNTICKED.finditer(text)):
        item = m.group("item")
        if found is None and ticked and _first_match(_lexicon()["positive"], child, item) is not None \
                and _first_match(_lexicon()["negative"], child, item) is None:
            found = (m.start(), m.end())
        text = _blank(text, m.start(), m.end())
    for m in list(_inline_unticked().finditer(text)):
        text = _blank(text, m.start(), m.end())
    return text, found


@resource_cache
def _inline_unticked() -> re.Pattern[str]:
    """An unticked option inside a line, up to the next box: "☐ niet bevraagd" in "☒ picto's ☐ niet bevraagd"
    (the marks of ``safety_nl.json``)."""
    lex = _lexicon()
    marks = sorted(lex["checked_marks"] + lex["unchecked_marks"], key=len, reverse=True)
    unticked = "|".join(re.escape(m) for m in sorted(lex["unchecked_marks"], key=len, reverse=True))
    return re.compile(rf"(?:{unticked})[ \t]*(?:(?!{'|'.join(re.escape(m) for m in marks)})[^\n])*")


def _apart(cue: str) -> bool:
    """Does the cue only say the talk was not *apart* from the foster parents?"""
    return re.search(_lexicon()["apart_words"], cue, re.IGNORECASE) is not None


def _blanked(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with the ``skip`` spans in it blanked (same length: offsets stay)."""
    out = text[start:end]
    for a, b in skip:
        a, b = max(a, start) - start, min(b, end) - start
        if a < b:
            out = _blank(out, a, b)
    return out


def _blank(text: str, a: int, b: int) -> str:
    """``text`` with ``text[a:b]`` replaced by spaces (same length: offsets stay)."""
    return text[:a] + " " * (b - a) + text[b:]


# "Gesproken met: Evi (7) ja, alleen; Noah (4) nee, te jong": one answer per child of the home
_PER_CHILD = re.compile(r"(?P<who>(?P<name>[A-Z][a-zà-ÿ]+)[ \t]*\(\d{1,2}(?:[ \t]*j(?:aa)?r)?\))[^;\n]*")


def _own_child_only(text: str, names: set[str], others: set[str] = frozenset()) -> tuple[str, tuple[bool | None, str] | None]:
    """A line that answers per child ("Evi (7) ja, alleen; Noah (4) nee, te jong") keeps only the
    answer about our child, without her name, so that the field's value is that answer ("nee, te
    jong"); the rest is blanked (same length: offsets stay). Also (the answer's yes/no, the part)
    for our child when the line gives one."""
    if not names:
        return text, None
    out, own = text, None
    groups = [list(_PER_CHILD.finditer(text, line.start(), line.end())) for line in re.finditer(r"[^\n]*;[^\n]*", text)]
    # lines of their own only where the others are children the file names ("Jordy:"), not labels ("Gesprek:")
    lines = [run for run in _per_child_lines(text) if all(p.group("name") in names | others for p in run)]
    for parts in groups + lines:
        if len(parts) < 2 or not any(p.group("name") in names for p in parts):
            continue
        for p in parts:
            ours = p.group("name") in names
            if not ours and names_in(p.group(0), names):  # "Conclusie: Noor apart gesproken": about her after all
                continue
            a, b = (p.start("who"), p.end("who")) if ours else (p.start(), p.end())
            out = _blank(out, a, b)
            if ours and own is None:
                own = (answer(text[p.end("who") : p.end()]), p.group(0))
    return out, own


# "Fenna: n.v.t. i.v.m. leeftijd" over "Jordy: apart gevraagd, voelt zich veilig": a line per child
_CHILD_LINE = re.compile(r"(?m)^[ \t]*(?P<who>(?P<name>[A-Z][a-zà-ÿ]+)[ \t]*(?:\(\d{1,2}[^)\n]{0,12}\))?[ \t]*:)[^\n]*")


def _per_child_lines(text: str) -> list[list[re.Match[str]]]:
    """Runs of consecutive lines that each open with a different first name and a colon."""
    runs: list[list[re.Match[str]]] = []
    for m in _CHILD_LINE.finditer(text):
        run = runs[-1] if runs else None
        if run and m.start() == run[-1].end() + 1 and m.group("name") not in {p.group("name") for p in run}:
            run.append(m)
        else:
            runs.append([m])
    return [run for run in runs if len(run) >= 2]


_TICKED = re.compile(r"(?m)^[ \t]*(?:☒|☑|\[[xX]\])")
_UNTICKED = re.compile(r"(?m)^[ \t]*(?:☐|\[ ?\])[ \t]*(?P<item>[^\n]*)$")


def _from_talks_and_cues(talks: tuple[list[Span], list[Span]], text: str, child: str) -> tuple[bool, str | None]:
    every, clear = talks
    weak = None
    for span in every:
        if "NEGATED" in span._.qualifiers:
            if not _apart(span.sent.text):
                return False, span.sent.text
            weak = weak or span.sent.text  # "niet apart gesproken": not alone, maybe heard with them
    clear = [span for span in clear if "NEGATED" not in span._.qualifiers]
    if clear:
        return True, clear[0].sent.text
    cue = _first_match(_lexicon()["positive"], child, text, unquoted=True)
    return (True, cue) if cue is not None else (False, weak)


def _check_region(adoc: AnalysedDocument, sent: Span, dated: Dated) -> tuple[int, int]:
    """The text a check's details live in: the whole form; for a check the sentence dates itself to
    another day than its entry (a report about an earlier check: "Vorige check 12/10/2023: ...") the
    text from that sentence up to the next sentence about another day, within its paragraph; else its
    journal entry, else the sentence."""
    if adoc.structure.doc_type == "safety_form":
        form_day = adoc.structure.doc_date
        if not (dated.source == "sentence" and dated.mention is not None and form_day is not None
                and dated.mention.date != form_day.date):
            return 0, len(adoc.document.text)
        # the form's field about another check ("Vorige check: 14-11-2023 (kantoor)"): its own line only
        return sent.start_char, sent.end_char
    entry = adoc.structure.entry_at(sent.start_char)
    own_day = dated.source == "sentence" and dated.mention is not None
    if entry is not None and not (own_day and dated.mention.date != entry.date.date):
        return entry.start, entry.end
    limit = entry.end if entry is not None else len(adoc.document.text)
    # a report tells a check in its paragraph (the reader's block: wrapped lines stay one), not in the rest
    block = adoc.document.block_at(sent.start_char)
    if block is not None:
        text = adoc.document.text
        limit = min(limit, max(_line_goes_on_end(text, block.end), _field_lines_end(text, block.end), sent.end_char))
    return sent.start_char, _story_end(adoc, sent, dated, limit)


def _field_lines_end(text: str, end: int) -> int:
    """The end of the field lines right under a check's line ("Afname veiligheidscheck op 19-11-2025 ..." over
    "Uitkomst: ..." and "Stem van het kind: ..."): a check's own fields tell its details (``field_lines_labels``; not
    "School: ..."), up to a blank line or another line (at most FIELD_LINES; a line naming another day ends the
    story, ``_story_end``)."""
    labels, stop = re.compile(_lexicon()["field_lines_labels"]), re.compile(_lexicon()["field_lines_stop"])
    for _ in range(FIELD_LINES):
        if not text.startswith("\n", end) or labels.match(text, end + 1) is None or stop.match(text, end + 1):
            break
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return end


FIELD_LINES = 6  # how many field lines under a check's line may tell its details


def _line_goes_on_end(text: str, end: int) -> int:
    """The end of the paragraph a line ending at ``end`` opens: lines that end in ';' or ',' go on in the next
    ("Veiligheidscheck gisteren (9 juli) afgenomen met Hanneke en Ruud;" / "Noor heb ik daarna apart gesproken.")."""
    for _ in range(GOES_ON_LINES):  # a few lines: a list of lines each ending in a comma is no one paragraph
        if not (ends_in(text, end, (";", ",")) and text.startswith("\n", end) and text[end + 1 : end + 2].strip()):
            break
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return end


GOES_ON_LINES = 3  # how many lines a line ending in ";" or "," may carry its check on into


def _story_end(adoc: AnalysedDocument, sent: Span, dated: Dated, limit: int) -> int:
    """Where the text about this check ends: before the next sentence that names another day."""
    end = sent.end_char
    for nxt in adoc.doc[sent.end :].sents if sent.end < len(adoc.doc) else ():
        if nxt.start_char >= limit:
            break
        days = [m.date for m in find_dates(nxt.text) if m.precision == "day"]
        if days and dated.mention is not None and dated.mention.date not in days:
            break
        end = nxt.end_char
    return min(end, limit)


def _similar(a: str, b: str) -> float:
    wa, wb = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio() if wa and wb else 0.0


def form_completed(adoc: AnalysedDocument) -> bool:
    """A safety-check form shows it was carried out: a completion field, and not a concept. Of a file that keeps
    its versions, the adopted version tells (a concept above it is history)."""
    text = adoc.document.text
    return form_text_completed(text[in_force_start(text) :])


def form_text_completed(text: str) -> bool:
    """``form_completed`` of a form's text (a whole file, or a form inside one)."""
    lex = _lexicon()
    # "Mening kind: niet afgenomen (Roos was bij voetbal)": the child's part not done, not the form (child_spoken)
    rest = text
    for f in heard_fields(text):
        rest = _blank(rest, f.start, f.end)
    if any(re.search(p, rest, re.IGNORECASE) for p in lex["form_not_done"]):
        return False
    head = text[:3000]  # "Datum afname: ...", or said in words: "Afgenomen bij het pleeggezin thuis", "is met oma ingevuld"
    # also "Status: definitief", a signature with a name, or a child-heard field answered either way
    return has_phrase(head, lex["form_completion_labels"]) is not None \
        or any(re.search(p, head, re.IGNORECASE) for p in lex["form_completion_patterns"]) \
        or any(f.value is not None for f in heard_fields(head))


def _title_like(line: str) -> bool:
    """A form's title line: a few words, in capitals ("VEILIGHEIDSCHECK PLEEGGEZIN - form. VC-3"), or
    naming the form and not ending as a sentence does ("Veiligheidscheck pleeggezin (formulier V-2)";
    not "Veiligheidscheck met de pleegouders gedaan (zie formulier).")."""
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) >= 0.6 * len(letters) if letters else False
    named = re.search(_lexicon()["form_title_line"], line) is not None and not line.rstrip().endswith((".", "!", "?"))
    return 0 < len(words) <= 14 and (capitals or named)


def _short_title(line: str) -> bool:
    """The check's own title of a few words, no field and no sentence ("Veiligheidsinstrument pleegzorg"; the
    caller asks on a check trigger's line), or a longer one that opens with the check's name ("Veiligheidscheck
    pleeggezin Terlouw (2) - start verlengde pleegzorg"): a form's title only with its date field right under it."""
    words = line.split()
    limit = OPENING_TITLE_WORDS if _TITLE_WORD.match(line.strip()) else SHORT_TITLE_WORDS
    return 0 < len(words) <= limit and ":" not in line and "|" not in line \
        and not line.rstrip().endswith((".", "!", "?"))


SHORT_TITLE_WORDS = 4
OPENING_TITLE_WORDS = 10


def embedded_form(adoc: AnalysedDocument, sent: Span) -> tuple[DateMention, int, int] | None:
    """A check form inside a longer file, its title at ``sent``: (the check's date from its date field,
    where the form starts, where it ends: the next line with the same title or the next form's date field
    with another day, else the file's end)."""
    text = adoc.document.text
    start, end = line_at(text, sent.start_char)
    title = text[start:end]
    lex = _lexicon()
    if _title_like(title):
        lines = int(lex["form_date_lines"])
    elif _short_title(title):
        lines = 1
    else:
        return None
    field = re.compile(lex["form_date_field"])
    at = end + 1
    for _ in range(lines):
        if at >= len(text):
            return None
        line_end = line_at(text, at)[1]
        m = field.match(text, at, line_end)
        if m is not None:
            days = [d for d in find_dates(text[m.end() : line_end]) if d.precision == "day" and d.start == 0]
            if not days:
                return None
            d = days[0]
            mention = replace(d, start=m.end() + d.start, end=m.end() + d.end)
            key = " ".join(title.split()).lower()
            stop = len(text)
            nxt = line_end + 1
            while nxt < len(text):  # the form ends where the next one starts: its title, or its date field
                a, b = line_at(text, nxt)
                if " ".join(text[a:b].split()).lower() == key or _other_day_field(text, a, b, field, m.group(0), d.date):
                    stop = a
                    break
                nxt = b + 1
            return mention, start, stop
        at = line_end + 1
    return None


def _other_day_field(text: str, start: int, end: int, field: "re.Pattern[str]", label: str, day: dt.date) -> bool:
    """The line ``text[start:end]`` is a date field of the same ``label`` as the form's own ("Datum:") with another
    day than ``day``: the next form of a bundle ("Datum gesprek: ..." under "Datum: ..." is the same form's)."""
    m = field.match(text, start, end)
    if m is None or " ".join(m.group(0).split()).lower() != " ".join(label.split()).lower():
        return False
    days = find_dates(text[m.end() : end])
    return bool(days) and days[0].start == 0 and days[0].precision == "day" and days[0].date != day


def not_a_new_check(text: str) -> bool:
    """The text records no new check: a copy, last year's answers, a concept, one left unfinished."""
    return any(re.search(p, text, re.IGNORECASE) for p in _lexicon()["not_a_new_check"])


FORM_HEAD_LINES = 4  # the lines of a form's head where its title stands
COPIED_NOTE_WITHIN = 2000  # characters from the top of a form where it says it is a copy


def copied_form_match(text: str) -> "re.Match[str] | None":
    """Where a form says its answers are an earlier form's ("antwoorden overgenomen uit ...", "geen nieuw
    gesprek"), or None (``copied_form``)."""
    return _copy_rules()[0].search(text)


@resource_cache
def _copy_rules() -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """``copied_form`` (a note of any kind) and ``copied_form_whole`` (about the whole form), compiled once."""
    lex = _lexicon()
    return re.compile(lex["copied_form"]), re.compile(lex["copied_form_whole"])


_DATE_FIELD = re.compile(r"(?i)^[ \t]*datum\w*(?:[ \t]+\w+)?[ \t]*[:|]")  # "Datum | 2-11-2022", "Datum afname: ..."


def form_copied(text: str, start: int = 0) -> bool:
    """The form from ``start`` says it is a copy before a date field moves on to a check on another day
    (a birth date is no such field): in a file of yearly checks ("2022 ... Datum | 2-11-2022 ... 2024 ... antwoorden overgenomen uit 2023") the note
    belongs to its own year only."""
    first: dt.date | None = None
    pos = start
    whole = _copy_rules()[1]
    referred, lex = 0, _lexicon()  # "Samenstelling huishouden | zie vorig jaar": answers that point back
    titles, head_end = _form_titles(text, start)
    while pos < min(len(text), start + COPIED_NOTE_WITHIN):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if pos >= head_end and _next_form(line, titles):
            return False  # "Veiligheidschecklist pleeggezin - 2026 (kopie)" under "Veiligheidschecklist pleeggezin"
        referred += bool(re.match(lex["referred_answer"], line))
        if whole.search(line) or referred >= lex["referred_min"]:
            return True
        days = [m.date for m in find_dates(line) if m.precision == "day"] if _DATE_FIELD.match(line) else []
        if days and first is None:
            first = days[0]
        elif days and first not in days:
            return False
        pos = end + 1
    return False


def _copy_veto(adoc: AnalysedDocument, sent: Span, dated: Dated, as_form: bool, inner: Any, region: tuple[int, int],
               elsewhere: list[tuple[int, int]]) -> bool:
    """No new check: the sentence says so, or the form says near its top its answers are copied (no new check on its
    date; its line on the one it copies is), or the rest of a mention's paragraph does; not the line that names the
    check a copy was made from by its day (``_copy_source``)."""
    if _copy_source(sent.text, dated):
        return False
    text = adoc.document.text
    return not_a_new_check(sent.text) \
        or (as_form and not _earlier_check_line(adoc, inner, region, elsewhere) and form_copied(text, region[0])) \
        or (not as_form and _copy_told_after(text, sent.end_char))


def _copy_source(text: str, dated: Dated) -> bool:
    """The sentence names the earlier check a copy was made from, by its day, and the candidate is dated by it
    ("antwoorden overgenomen uit de veiligheidscheck van 05-11-2024"): that earlier check is told, on its own day
    (``safety_nl.json`` copy_source)."""
    m = re.search(_lexicon()["copy_source"], text)
    if m is None or dated.source != "sentence" or dated.mention is None:
        return False
    day = day_at(text, m.end())
    return day is not None and dated.mention.date == day.date


def _form_titles(text: str, start: int) -> tuple[list[str], int]:
    """The title lines among the form's first lines (not a running header of fields: "X | Veiligheidschecklist
    | vertrouwelijk"), and where those first lines end: a second title line under the first ("VEILIGHEIDSCHECK
    PLEEGGEZIN" over "Veiligheidscheck pleeggezin Mulder 2025") is the same form's."""
    lines, pos = [], start
    while len(lines) < FORM_HEAD_LINES and pos < min(len(text), start + 400):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            lines.append(text[pos:end].strip())
        pos = end + 1
    return [ln for ln in lines if len(ln.split()) >= 2 and len(ln) >= 12 and _heading_like(ln)], pos


def _heading_like(line: str) -> bool:
    """A short line that is no field and no sentence ("Veiligheidschecklist pleeggezin - 2026 (kopie)")."""
    return len(line.split()) <= 14 and "|" not in line and ":" not in line and not line.endswith((".", "!", "?", ","))


def _next_form(line: str, titles: list[str]) -> bool:
    """Does ``line`` open the next form of a file of forms: its title again with more to it ("... - 2026 (kopie)",
    "... 2025"), where a page's repeated header would be the same line?"""
    line = line.strip()
    return _heading_like(line) and any(len(line) > len(t) and line.lower().startswith(t.lower())
                                       and not line[len(t)].isalnum() for t in titles)


def _copy_told_after(text: str, end: int) -> bool:
    """The rest of the check's paragraph says its answers are an earlier check's ("Veiligheidscheck 2026
    ingevuld, zie formulier. Antwoorden overgenomen uit 2025 i.v.m. drukte"): no new check (``copied_form_whole``)."""
    stop = text.find("\n", end)
    return _copy_rules()[1].search(text, end, len(text) if stop < 0 else stop) is not None


def _not_this_familys_check(text: str) -> bool:
    """No new check in this foster family: ``not_a_new_check``, or a check of another home ("bij moeder")."""
    return not_a_new_check(text) or _other_household(text) or _other_home_named(text)


def _other_household(text: str) -> bool:
    """A check, taxation or safety plan of another household (``other_household``: a parent's home, a respite
    family's, another authority's assessment)."""
    return any(re.search(p, text, re.IGNORECASE) for p in _lexicon()["other_household"])


def _parents_home(text: str) -> bool:
    """A taxation the sentence says is of a parent's home (``assessed_household``)."""
    return re.search(_lexicon()["assessed_household"], text, re.IGNORECASE) is not None


def _another_home(text: str, facts: dict[str, Any]) -> bool:
    """Another child's foster home, another team's check or the previous foster family's."""
    return _another_childs_home(text, facts) or _other_home_named(text)


def _other_home_named(text: str) -> bool:
    """Another team's check, or the previous foster family's (``other_home_named``): definitional."""
    return any(re.search(p, text, re.IGNORECASE) for p in _lexicon()["other_home_named"])


def _another_childs_home(text: str, facts: dict[str, Any]) -> bool:
    """"Veiligheidscheck gedaan bij opa en oma Lammers, het pleeggezin van Tijn": the foster home of a child the
    file names as another child (a sibling placed elsewhere), not of ours ("het pleeggezin van Sem en Noor"); or
    one the sentence calls a sibling's ("bij fam. Hazelaar (weekendgezin van broertje Stijn)")."""
    if siblings_home(text, facts):  # "bij fam. Hazelaar (weekendgezin van broertje Stijn)"
        return True
    own, others = facts.get("child_names", set()), facts.get("other_child_names", set())
    for m in _FOSTER_HOME_OF.finditer(text):
        named = set(_NAMES.findall(m.group(1)))
        if named and named <= others and not named & own:
            return True
    return False


_FOSTER_HOME_OF = re.compile(r"\bpleeggezin\s+van\s+([A-ZÀ-Ý][a-zà-ÿ]+(?:\s*(?:,|en|&)\s*[A-ZÀ-Ý][a-zà-ÿ]+)*)")
_NAMES = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+")



def carried_out(sent: Span, dated: Dated, adoc: AnalysedDocument | None = None, start: int | None = None) -> bool:
    """A check mentioned in a journal or plan counts when the sentence says it was done or dates it,
    or when its journal record is typed as the check ("Type: VC") and was not called off; not a copy
    of an earlier check or a check in another household. ``start``: where the trigger is."""
    lex = _lexicon()
    if _not_this_familys_check(sent.text):
        return False
    if dated.source == "sentence" or has_phrase(sent.text, lex["completion_verbs"]) is not None:
        return True
    if adoc is not None and start is not None and _noted_at_its_date(adoc.document.text, dated, start):
        return True
    if dated.source == "entry" and re.match(lex["telegraphic_check"], sent.text):
        return True  # "Veiligheidscheck met Annemiek en Bart; ..." in a dated record
    if dated.source == "entry" and adoc is not None and start is not None and _term_opens(adoc, sent, start):
        return True  # "Dijkschouw met opa en oma op kantoor." where the file's box of terms makes it the check
    return adoc is not None and dated.source == "entry" and _typed_record(adoc, sent.start_char)


def _term_opens(adoc: AnalysedDocument, sent: Span, start: int) -> bool:
    """The check's trigger is a word the file's box of terms defines ("Dijkschouw") and opens its sentence, after
    "Jaarlijkse" at most: a dated record that names the check, as ``telegraphic_check`` reads "Veiligheidscheck
    met ...". Not a code ("VC met papa via Teams"): a legend's code keeps the reading it had."""
    span = next((t for t in all_triggers(adoc, KIND) if t.start_char == start), None)
    return span is not None and bool(span._.own_term) and not _AHEAD.search(sent.text) \
        and _TERM_LEAD.fullmatch(adoc.document.text, sent.start_char, start) is not None


_AHEAD = re.compile(r"(?i)\b(?:volgende|komende|gepland|ingepland|straks|binnenkort|zal|zullen|gaan)\b")


_TERM_LEAD = re.compile(r"(?i)[\s\W]*(?:(?:jaarlijkse?|eerste|de|het|onze)\s+)*")


_FIELD_LEAD = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?:datum[ \t]+)?", re.IGNORECASE)
_FIELD_COLON = re.compile(r"[^:|\n.!?]{0,30}[:|][ \t]*")  # "Vorige check: 12-01-2024", a form's row "Vorige check | 14-05-2025"
_VALUE_NAMES_CHECK = re.compile(r"(?i)[^:|\n.!?\d]{0,40}?(?:check\w*|screening|inschatting|taxatie)\b[^:|\n.!?\d]{0,30}[:|][ \t]*")


def dated_field(text: str, span: Span, dated: Dated) -> bool:
    """The trigger is a field's label whose value is a date ("Vorige check: 12-01-2024 (toen zonder
    Noor)", "Laatste check: 24-09-2023"): the form states an event on that date, a
    retrospective record a broad cue may not otherwise carry."""
    mention = dated.mention
    if dated.source != "sentence" or mention is None:
        return False
    line_start, _ = line_at(text, span.start_char)
    colon = _FIELD_COLON.match(text, span.end_char)  # (a sentence's date has offsets in its sentence)
    if _FIELD_LEAD.fullmatch(text, line_start, span.start_char) is None or colon is None:
        return False
    # the value may name the check before its day ("Eerdere check: Snelle veiligheidsinschatting bij plaatsing:
    # 15-04-2024 (...)")
    named = _VALUE_NAMES_CHECK.match(text, colon.end())
    return text.startswith(mention.text, colon.end()) or named is not None and text.startswith(mention.text, named.end())


_NOTE_OPENS = re.compile(r"[ \t]*\([ \t]*")


def _noted_at_its_date(text: str, dated: Dated, start: int) -> bool:
    """The check is what a list notes in brackets right after the date it is dated by ("Huisbezoeken:
    ..., 12 maart 2025 (veiligheidscheck met Sem en pleegouders) en 21 mei 2025 (...)"): a record of what
    happened that day, even when the date opens the line and so reads as the entry's."""
    mention = dated.mention
    if mention is None:
        return False
    opens = text.rfind("(", max(0, start - 40), start)  # (a date's offsets may be its sentence's, so by its text)
    return opens >= 0 and _NOTE_OPENS.fullmatch(text, opens, start) is not None \
        and text[:opens].rstrip(" \t").endswith(mention.text)


def _typed_record(adoc: AnalysedDocument, offset: int) -> bool:
    """The check's journal record is typed as the check: a type field, or the header naming the check
    right after its date ("2 juli - veiligheidscheck met Anouk")."""
    entry = adoc.structure.entry_at(offset)
    if entry is None:
        return False
    text = adoc.document.text
    record = text[entry.start : entry.end]
    lex = _lexicon()
    after_date = text[entry.date.end : max(entry.date.end, entry.body_start)]
    typed = record_matches(adoc, offset, lex["entry_typed_check"]) or (
        (re.match(lex["header_check"], after_date, re.IGNORECASE) is not None or _header_term(adoc, entry))
        and not _not_this_familys_check(record))  # its body may say otherwise: "... bij moeder thuis"
    if not typed or _record_cancelled(adoc, offset):
        return False
    return not any(re.search(p, record, re.IGNORECASE) for p in lex["form_not_done"])  # "Concept ... niet afgerond"


def _header_term(adoc: AnalysedDocument, entry) -> bool:
    """The record's header names the check by the file's own word right after its date ("12-11-2024 · DIJKSCHOUW ·
    TK"): a check trigger read from the file's box of terms there."""
    lo, hi = entry.date.end, max(entry.date.end, entry.body_start)
    return any(t._.own_term and lo <= t.start_char < hi and _TERM_LEAD.fullmatch(adoc.document.text, lo, t.start_char)
               for t in all_triggers(adoc, KIND))


def _record_cancelled(adoc: AnalysedDocument, offset: int) -> bool:
    """The journal record ``offset`` lies in says its contact was called off or moved (``record_cancelled``): a
    header that names the planned check ("04-03-2025 | Veiligheidscheck | PZB") over "PM belde af, nieuwe datum
    volgt." records none."""
    entry = adoc.structure.entry_at(offset)
    return entry is not None and re.search(_lexicon()["record_cancelled"],
                                           adoc.document.text[entry.start : entry.end]) is not None


def _check_date(adoc: AnalysedDocument, sent: Span, span: Span, is_form: bool) -> Dated:
    dated = sentence_date(adoc, sent, anchor=span.start_char)
    if is_form and dated.source != "sentence":
        dated = _row_value_date(adoc, sent, span) or dated
    if is_form and adoc.structure.doc_date is not None and dated.source != "sentence":
        return Dated(adoc.structure.doc_date, "document")
    return dated


def _row_value_date(adoc: AnalysedDocument, sent: Span, span: Span) -> Dated | None:
    """A form's row that labels an earlier check and gives its day in the next cell ("Vorige check | 14-05-2025"):
    that day, as a field's (``dated_field``); offsets in the sentence, as a sentence's date has them."""
    text = adoc.document.text
    if re.search(_lexicon()["earlier_check_line"], text[sent.start_char : span.end_char]) is None:
        return None
    sep = _FIELD_COLON.match(text, span.end_char)
    if sep is None or "|" not in sep.group(0):
        return None
    days = [m for m in find_dates(text[sep.end() : sep.end() + 40]) if m.start == 0 and m.precision == "day"]
    if not days:
        return None
    start = sep.end() - sent.start_char
    return Dated(DateMention(days[0].date, "day", start, start + len(days[0].text), days[0].text), "sentence")


ANSWERED_CUE = "vraag beantwoord"


def answered_questions(adoc: AnalysedDocument) -> list[Span]:
    """A form's question about the check answered yes with the check's date on the next line ("Is de
    veiligheidscheck uitgevoerd?" / "☒ ja ☐ nee, datum: 14-11-2023"): the answer, as a check span."""
    spans = []
    for question in all_triggers(adoc, KIND):
        if "QUESTION" not in (question._.qualifiers or ()) or not span_text(adoc, question.sent).rstrip().endswith("?"):
            continue
        start, line = next_line(adoc.document.text, question.end_char)
        if not line.strip() or answer(line) is not True or not any(m.precision == "day" for m in find_dates(line)):
            continue
        span = structural_span(adoc, start, start + len(line.rstrip()), KIND, ANSWERED_CUE)
        if span is not None:
            spans.append(span)
    return spans


FORM_DATE_CUE = "datumveld formulier"


def form_date_span(adoc: AnalysedDocument, spans: list[Span] = ()) -> list[Span]:
    """A check form whose title is a running header on every page ("Veiligheidsscreening pleeggezin" over
    both pages, so masked as page furniture) names the check nowhere else: its first date field with a day
    ("Datum: 28/11/2024 - bij het pleeggezin thuis") stands for the form, as its title would. In a file of such
    forms (``form_sections``), so does each form's field, where none of ``spans`` names that form's check (a line
    about the check before it, "Vorige check: 29-11-2023", names another); also in a check form's file of several
    forms whose title is in the text (a form whose own title a scan broke, "VEILIGHEI DSCHECKS", names none)."""
    several = adoc.structure.doc_type == "safety_form" and len(form_sections(adoc)) > 1
    if not several and not any(_TITLE_WORD.search(line) for line in adoc.document.furniture):
        return []  # the title is in the text (and names no check there) or there is none
    text, start, fields = adoc.document.text, 0, []
    for line in text.splitlines(keepends=True):
        if _date_field_at(line)[0] is not None and any(d.precision == "day" for d in find_dates(line)) and not _PLANNED.search(line):
            fields.append((start, start + len(line.rstrip()), line))
        start += len(line)
    out = []
    for a, b, _ in form_sections(adoc) or [(0, len(text), None)]:
        if any(a <= s.start_char < b and not re.search(_lexicon()["earlier_check_line"], s.sent.text) for s in spans):
            continue
        # "Datum gesprek: 16-09-2024" says when the check was held; a bare "Datum:" may be when the form was made
        own = sorted((f for f in fields if a <= f[0] < b), key=lambda f: not _LABELLED.match(f[2]))
        span = structural_span(adoc, own[0][0], own[0][1], KIND, FORM_DATE_CUE) if own else None
        out += [span] if span is not None else []
    return out


def _date_field_at(line: str) -> tuple[re.Match[str] | None, str]:
    """The form's date field the line opens with, also after a form's number ("CHECK 2 Datum: ..."), and that
    number's word ("check"; "" without one); (None, "") when the line opens with no date field."""
    field, number = re.compile(_lexicon()["form_date_field"]), re.compile(_lexicon()["form_number"])
    m = field.match(line)
    if m is not None:
        return m, ""
    numbered = number.match(line)
    if numbered is None:
        return None, ""
    m = field.match(line, numbered.end())
    return (m, numbered.group("word").lower()) if m is not None else (None, "")


_TITLE_WORD = re.compile(r"(?i)veiligheids\w*|safety|check|screening|toets")
_PLANNED = re.compile(r"(?i)\b(?:gepland\w*|planning|volgende|uiterlijk)\b")
_LABELLED = re.compile(r"(?i)\s*datum\s+\w+")


def _household(ctx: DossierContext) -> tuple[set[str], frozenset[str]]:
    """(the other children, the foster parents) of the household, by name."""
    return ctx.facts.get("other_child_names", set()), frozenset(ctx.facts.get("foster_parent_names", set()))


def _document_checks(ctx: DossierContext, adoc: AnalysedDocument, models: "SentenceModels") -> list[Candidate]:
    """Every check trigger of one file with its signals; ``rule_ok`` is the rules' own decision."""
    is_form = adoc.structure.doc_type == "safety_form"
    form_ok = not is_form or form_completed(adoc)
    not_a_check = re.search(_lexicon()["document_not_a_check"], adoc.document.text) is not None
    others = other_authority_document(adoc)
    elsewhere_form = is_form and _form_of_another_home(adoc)
    out: list[Candidate] = []
    seen_regions: set[tuple[int, int]] = set()
    heard: dict[tuple[int, int], tuple[bool, str | None]] = {}  # child_spoken per region, computed once
    talks = _Talks(adoc)
    spans, placed = _spans_placed(adoc, is_form)
    prime(models, KIND, (span.sent.text for span in spans))
    sections, elsewhere = _regions(adoc, placed, is_form)
    repeated = _repeated_sections(adoc) if sections else set()
    other_homes = _sections_of_another_home(adoc, ctx.facts) if sections else set()
    for span, (inner, dated, region) in zip(spans, placed):
        sent = span.sent
        as_form = is_form or inner is not None
        vetoes, prob = shared_vetoes(ctx, adoc, span, dated, models, whole_sentence=False)
        if span._.cue == FORM_DATE_CUE:
            vetoes["veto=header"] = False  # the form's own date field, not a journal's entry header
        field = bool(vetoes.get("veto=broad_cue")) and dated_field(adoc.document.text, span, dated)
        if field:
            vetoes["veto=broad_cue"] = False  # "Vorige check: 12-01-2024 (...)": a check on that date, read by its field
        vetoes.update({
            # "Vorige check: 16-02-2023 (...)" in this year's form tells an earlier check, whatever this form's state
            "veto=form_not_completed": not field and (not form_ok if inner is None and region not in sections
                                                      else not form_text_completed(adoc.document.text[region[0] : region[1]])),
            "veto=form_region_seen": as_form and region in seen_regions,
            "veto=not_carried_out": not as_form and not carried_out(sent, dated, adoc, span.start_char),
            # "Risicotaxatie ARIJ thuissituatie moeder, uitgevoerd door JB" inside the family's form file: a parent's home
            "veto=other_household": (elsewhere_form and inner is None) or _another_home(sent.text, ctx.facts)
            or _parents_home(sent.text) or region in other_homes,
            "veto=document_not_a_check": not_a_check,
            "veto=other_authority": others and not _names_foster_family(sent.text, ctx.facts),
            "veto=not_a_new_check": _copy_veto(adoc, sent, dated, as_form, inner, region, elsewhere) or region in repeated,
            # "Risicotaxatie weglopen ingevuld": the child's own risk, no check of the family
            "veto=child_risk": re.search(_lexicon()["child_risk_assessment"], sent.text) is not None,
            # "Ik kom graag langs op 9 juni voor ... de check", "Betreft: uitnodiging jaarlijkse veiligheidscheck"
            "veto=appointment": appointment(span, sent.text) or _plan_title(adoc, span),
            "veto=not_happened": bool(vetoes.get("veto=header")) and _record_cancelled(adoc, span.start_char),
        })
        _copy_source_vetoes(span, vetoes)
        rule_ok = not any(vetoes.values())
        if rule_ok:
            seen_regions.add(region)
        if region not in heard:
            heard[region] = child_spoken(adoc, *region, ctx.facts.get("child_names", set()), talks,
                                         [r for r in elsewhere if r != region], *_household(ctx))
        spoken, cue = heard[region]
        c = candidate("safety_check", adoc, span, dated, prob, rule_ok, vetoes,
                      ["form" if as_form else "mention"] + (["read=structure"] if field else []),
                      child_spoken=spoken, child_spoken_cue=cue, copied_from=None)
        c.region = adoc.document.text[region[0] : region[1]]
        out.append(c)
    _entries_not_a_check(adoc, out)
    return out


def _spans_placed(adoc: AnalysedDocument, is_form: bool) -> tuple[list[Span], list[tuple[Any, Dated, tuple[int, int]]]]:
    """The file's check triggers (a form's date field too, and the checks a copy names as its source) and, per
    trigger, (the form it titles, its date, its region) (``_placed``)."""
    spans = all_triggers(adoc, KIND) + answered_questions(adoc)
    if is_form:
        spans += form_date_span(adoc, spans)
    placed = [_placed(adoc, span, is_form) for span in spans]
    # a copy's source: on its own day, heard as the answers the copy took from it say (the copy's form)
    sources = [(s, Dated(day, "sentence"), _copy_region(adoc, s, is_form)) for s, day in copy_sources(adoc)]
    return spans + [s for s, _, _ in sources], placed + [(None, dated, region) for _, dated, region in sources]


def _copy_region(adoc: AnalysedDocument, span: Span, is_form: bool) -> tuple[int, int]:
    """The text that holds the answers a copy took from its source: the form (of a file of forms, its own), else
    the sentence's region as a check's (``_placed``)."""
    if not is_form:
        return _placed(adoc, span, is_form)[2]
    parts = form_sections(adoc)
    start, end = next(((a, b) for a, b, _ in parts if a <= span.start_char < b), (0, len(adoc.document.text)))
    # a file of forms not told apart (another date label below, "Datum afname: ..."): up to the next date field
    later = [at for at, _, _, _ in _form_date_fields(adoc.document.text) if span.end_char < at < end]
    return start, (later[0] if later else end)


COPY_SOURCE_CUE = "bron van een kopie"


def copy_sources(adoc: AnalysedDocument) -> list[tuple[Span, DateMention]]:
    """The earlier checks a copied form names as its answers' source ("antwoorden overgenomen uit de check van
    16-01-2024", "de antwoorden van de check van 04-03-2025 zijn overgenomen"): each held on its day, whatever the
    copy is (``safety_nl.json`` copy_source_*). A span over the words and the day, and the day."""
    text, lex, out = adoc.document.text, _lexicon(), []
    for name in ("copy_source_before", "copy_source_named"):
        for m in re.finditer(lex[name], text):
            day = day_at(text, m.end())
            if day is None:
                continue
            end = m.end() + day.end
            if name == "copy_source_named" and re.match(lex["copy_source_after"], text[end : end + 60]) is None:
                continue
            span = structural_span(adoc, m.start(), end, KIND, COPY_SOURCE_CUE)
            if span is not None:
                out.append((span, replace(day, start=m.end(), end=end)))
    return out


def _copy_source_vetoes(span: Span, vetoes: dict[str, bool]) -> None:
    """A check a copy names as its source was held, though the copy around it is none and says so ("geen nieuw
    gesprek gevoerd"): the copy's vetoes do not reach it."""
    if span._.cue == COPY_SOURCE_CUE:
        for name in ("veto=broad_cue", "veto=not_carried_out", "veto=not_a_new_check", "veto=form_not_completed",
                     "veto=form_region_seen", "veto=context", "veto=header"):
            vetoes[name] = False


def _regions(adoc: AnalysedDocument, placed: list[tuple[Any, Dated, tuple[int, int]]],
             is_form: bool) -> tuple[set[tuple[int, int]], list[tuple[int, int]]]:
    """(the forms of a file of forms, ``form_sections``; the regions of a form's lines about another check, "Vorige
    check: 23-01-2024 (toen zonder Lotte)", each its own region)."""
    sections = {(a, b) for a, b, _ in form_sections(adoc)} if is_form and len(form_sections(adoc)) > 1 else set()
    whole = {(0, len(adoc.document.text))} | sections
    return sections, [region for (_, _, region) in placed if is_form and region not in whole]


def _repeated_sections(adoc: AnalysedDocument) -> set[tuple[int, int]]:
    """The forms of a file of forms that repeat the form before them line for line, their numbers aside (this year's
    form filled in with last year's answers, only its date changed): a copy, no new check. One answer of its own
    ("niet gesproken, Roos was op schoolkamp") makes it a form of its own, however long the template around it."""
    text, out = adoc.document.text, set()
    parts = form_sections(adoc)
    for (a0, b0, _), (a1, b1, _) in zip(parts, parts[1:]):
        if _lines(text[a0:b0]) == _lines(text[a1:b1]):
            out.add((a1, b1))
    return out


def _sections_of_another_home(adoc: AnalysedDocument, facts: dict[str, Any]) -> set[tuple[int, int]]:
    """The forms after the first of a file of forms whose head, up to their date field, says they check another
    home ("Veiligheidscheck pleeggezin - respijtgezin Jansen - 2024", a parent's home): ``_not_this_familys_check``;
    or names a family that is not this foster family ("... - weekendpleeggezin De Boer - 2024")."""
    text, sections = adoc.document.text, form_sections(adoc)
    if not sections:
        return set()
    first = text[sections[0][0] : sections[0][2].start]
    return {(a, b) for a, b, day in sections[1:]
            if _not_this_familys_check(text[a : day.start]) or _another_family_in_head(text[a : day.start], first, facts)}


def _another_family_in_head(head: str, first: str, facts: dict[str, Any]) -> bool:
    """A later form's head names a family ("weekendpleeggezin De Boer") that is none of the foster family's known
    surnames nor named in the first form's head, and names no foster parent: it checks another family's home
    (``family_in_head``). Unknown surnames tell nothing."""
    ours = facts.get("foster_surnames", set())
    if not ours or names_in(head, facts.get("foster_parent_names", set())):
        return False
    named = [m.group("sur") for m in re.finditer(_lexicon()["family_in_head"], head)]
    # the core of a name, its particles aside, and each part of a double name ("Jansen-Mulder")
    cores = {part.lower() for s in ours for part in s.split()[-1].split("-")}
    return any(not same_family(n, ours) and not ({p.lower() for p in n.split()[-1].split("-")} & cores)
               and n.split()[-1] not in first for n in named)


def _lines(text: str) -> list[str]:
    """A form's lines as compared for a copy: numbers (days, years, pages) and spacing aside, blank lines left out."""
    return [" ".join(_NUMBER.sub("#", line).split()) for line in text.split("\n") if line.strip()]


_NUMBER = re.compile(r"\d+")


def _earlier_check_line(adoc: AnalysedDocument, inner: Any, region: tuple[int, int], elsewhere: list[tuple[int, int]]) -> bool:
    """A form's line about the check before it ("Vorige check: 11-03-2025, Fenna apart gesproken"): it tells that
    check, even in a form that copies its answers from it (``safety_nl.json`` earlier_check_line)."""
    line, lex = adoc.document.text[region[0] : region[1]], _lexicon()
    return inner is None and region in elsewhere and re.search(lex["earlier_check_line"], line) is not None \
        and re.search(lex["earlier_check_not_done"], line) is None


#: what an entry's own words may say of the check it names: a copy of an earlier one, an unfinished form
ENTRY_NOT_A_CHECK = ("veto=not_a_new_check", "veto=form_not_completed", "veto=document_not_a_check")


def _entries_not_a_check(adoc: AnalysedDocument, out: list[Candidate]) -> None:
    """An entry whose own words say its check is a copy or a concept ("## 2026-01-27 · veiligheidscheck",
    "ingevuld met de antwoorden van vorig jaar (formulier gekopieerd)", "Zie [[Veiligheidscheck 2026]]"):
    its header and its other mentions of the check are no check either (veto=entry_not_a_check), unless a
    sentence of the entry tells a check the rules accept."""
    entries: dict[int, list[Candidate]] = {}
    for c in out:
        entry = adoc.structure.entry_at(c.finding.evidence[0].start) if c.finding.evidence else None
        # the entry's header cell too ("06-11-2025 | Veiligheidscheck |" over "... de antwoorden van 2024 overgenomen")
        if entry is not None and ("date=entry" in c.signals and "mention" in c.signals or "veto=header" in c.signals):
            entries.setdefault(entry.start, []).append(c)
    for group in entries.values():
        if any(c.rule_ok for c in group) or not any(v in c.signals for c in group for v in ENTRY_NOT_A_CHECK):
            continue
        for c in group:
            c.signals.append("veto=entry_not_a_check")


def other_authority_document(adoc: AnalysedDocument) -> bool:
    """The file is another authority's (a Veilig Thuis report, a jeugdreclassering report): its title
    line says so (``safety_nl.json`` other_authority_title)."""
    lex = _lexicon()
    return any(re.search(lex["other_authority_title"], line) and not re.search(lex["other_authority_own"], line)
               for line in title_lines(adoc))


FORM_TITLE_LINES, FORM_TITLE_CHARS = 3, 400  # where a form names whose home it checks


def _form_of_another_home(adoc: AnalysedDocument) -> bool:
    """A form for a second family around the child: its title lines say so ("Check veiligheid in het
    pleeggezin – respijtgezin"), or a field near its top that says what it checks ("Soort check |
    Veiligheidscheck thuissituatie moeder"; ``form_kind_field``)."""
    top = adoc.document.text[:FORM_TITLE_CHARS].splitlines()
    fields = [line for line in top if re.match(_lexicon()["form_kind_field"], line)]
    return any(_not_this_familys_check(line) for line in top[:FORM_TITLE_LINES] + fields)


def _names_foster_family(text: str, facts: dict[str, Any]) -> bool:
    """The sentence names the foster family: its words ("pleeggezin", "PO") or the foster parents' names."""
    return re.search(_lexicon()["foster_family_words"], text) is not None \
        or bool(names_in(text, facts.get("foster_parent_names", set())))


def _placed(adoc: AnalysedDocument, span: Span, is_form: bool) -> tuple[Any, Dated, tuple[int, int]]:
    """(the form inside a longer file the trigger titles, or None; the check's date; its region)."""
    # a form inside a scanned or merged file, or one of several in a file of forms (each dated by its own field)
    inner = embedded_form(adoc, span.sent) if not is_form or _form_parts(adoc) else None
    if inner is not None:
        return inner, Dated(inner[0], "document"), (inner[1], inner[2])
    dated = _check_date(adoc, span.sent, span, is_form)
    region = _check_region(adoc, span.sent, dated)
    parts = form_sections(adoc) if is_form else []
    if len(parts) > 1 and region == (0, len(adoc.document.text)):
        # one of a file's forms, each under its own title with its own date field ("... - 2023", "... - herhaling")
        start, end, day = next(p for p in parts if p[0] <= span.start_char < p[1])
        return None, (Dated(day, "document") if dated.source == "document" else dated), (start, end)
    return None, dated, region


FORM_HEAD_SCAN = 7  # lines above a form's date field where its title stands


def form_sections(adoc: AnalysedDocument) -> list[tuple[int, int, DateMention]]:
    """A file of check forms, one after the other: (start, end, the form's date) per form. A form starts at its
    title, repeated from the first form's head but for a year or a word added ("Jaarlijkse veiligheidscheck - 2023"
    after "... - 2022"; "Veiligheidscheck crisispleeggezin - herhaling"), above a date field of the first form's
    label with another day. A date field without such a title above it (a signature's "Datum: ...") splits nothing."""
    found = adoc.__dict__.get("_form_sections")
    if found is not None:
        return found
    text = adoc.document.text
    fields = _form_date_fields(text)
    parts: list[tuple[int, int, DateMention]] = []
    if fields:
        # the title stands above the first form's date field ("Veiligheidscheck 2021" is ["veiligheidscheck"])
        titles = [_title_words(t) for t in _form_titles(text[: fields[0][0]], 0)[0]]
        # a title repeated on every page is page furniture, masked: each page then opens a form, when the fields of
        # the first form's head come again above its date ("Pleegkind: ..."; not "Voor akkoord: ..." over "Datum:")
        pages = set() if titles else set(adoc.document.page_starts)
        labels = _head_labels(text, 0, fields[0][0])
        start, day, floor = 0, fields[0][1], fields[0][0]
        for at, mention, label, number in fields[1:]:
            if label != fields[0][2] or mention.date == day.date:
                continue
            # a numbered form opens on its field's line ("CHECK 2 Datum: ..." after "CHECK 1 Datum: ...")
            head = at if number and number == fields[0][3] else _form_head(text, at, floor, titles, pages)
            if head is not None and head in pages and not labels & _head_labels(text, head, at):
                head = None
            if head is not None:
                parts.append((start, head, day))
                start, day = head, mention
            floor = at
        parts.append((start, len(text), day))
    adoc.__dict__["_form_sections"] = parts
    return parts


def _form_date_fields(text: str) -> list[tuple[int, DateMention, str, str]]:
    """Every line that opens with a form's date field and a day: (line start, the day, the field's label, the word
    of a form number before the field on its line, "CHECK 2 Datum: ..." -> "check", else "")."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        m, word = _date_field_at(line)
        if m is not None and not _PLANNED.search(line):
            days = [d for d in find_dates(line[m.end():]) if d.precision == "day" and d.start == 0]
            if days:
                at, label = pos + m.end(), " ".join(re.findall(r"\w+", m.group(0).lower()))
                out.append((pos, replace(days[0], start=at, end=at + len(days[0].text)), label, word))
        pos += len(line)
    return out


def _form_head(text: str, at: int, floor: int, titles: list[list[str]], pages: set[int]) -> int | None:
    """Where the form whose date field opens at ``at`` starts: the topmost of the lines above it (no higher than
    ``floor``, the previous field) that repeats one of the first form's titles, or that opens one of ``pages``;
    None when none does."""
    head, pos = None, at
    for _ in range(FORM_HEAD_SCAN):
        if pos <= floor:
            break
        start = text.rfind("\n", 0, pos - 1) + 1
        line = text[start : pos - 1]
        words = _title_words(line)
        if start in pages or len(line.split()) >= 2 and words and any(words[: len(t)] == t or t[: len(words)] == words
                                                                      for t in titles if t):
            head = start
        pos = start
    return head


_FIELD_LABEL = re.compile(r"(?m)^[ \t]*([^\W\d_][\w .'/-]{0,30}?)[ \t]*[:|]")


FORM_HEAD_BELOW = 4  # lines under a form's date field that still belong to its head ("Pleeggezin: ...")


def _head_labels(text: str, start: int, at: int) -> set[str]:
    """The labels of the field lines of a form's head ("Pleegkind: ..." -> "pleegkind"): the lines from ``start`` (at
    most FORM_HEAD_SCAN) above its date field at ``at``, and the FORM_HEAD_BELOW lines under it."""
    above = text[start:at].rstrip("\n").split("\n")[-FORM_HEAD_SCAN:]
    below = text[at : at + 2000].split("\n", FORM_HEAD_BELOW + 1)[1 : FORM_HEAD_BELOW + 1]
    return {" ".join(m.group(1).lower().split()) for line in above + below if (m := _FIELD_LABEL.match(line)) is not None}


def _title_words(line: str) -> list[str]:
    """A title's words without its numbers and marks ("Jaarlijkse veiligheidscheck - 2023" as the one of 2022)."""
    return re.findall(r"[^\W\d_]+", line.lower())


def _form_parts(adoc: AnalysedDocument) -> bool:
    """A file of several parts (this year's check form, last year's attached, a reminder or the foster parents'
    preparation form before them): a check form's title line whose date field names another day than the
    file's own date. Each form is then dated by its own field, not by the file's first date."""
    found = adoc.__dict__.get("_form_parts")
    if found is None:
        own = adoc.structure.doc_date.date if adoc.structure.doc_date else None
        forms = (embedded_form(adoc, span.sent) for span in all_triggers(adoc, KIND))
        found = adoc.__dict__["_form_parts"] = any(f is not None and f[0].date != own for f in forms)
    return found


def _plan_title(adoc: AnalysedDocument, span: Span) -> bool:
    """The trigger's line is a title or subject that names paperwork before a check ("Betreft: uitnodiging jaarlijkse
    veiligheidscheck", "Formulier KVC-0 — Voorbereiding veiligheidscheck"): ``plan_form_title``."""
    start, end = line_at(adoc.document.text, span.start_char)
    line = adoc.document.text[start:end]
    short = len(line.split()) <= PLAN_TITLE_WORDS and not line.rstrip().endswith((".", "!", "?"))
    # "11-03-2025 hb, veiligheidscheck gedaan, planning besproken" is a journal line, not a title
    return short and not find_dates(line[:12]) and re.search(_lexicon()["plan_form_title"], line) is not None


PLAN_TITLE_WORDS = 12  # a title or subject line, not a sentence that tells the check and mentions its planning


def safety_check_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    return [c for adoc in ctx.documents for c in _document_checks(ctx, adoc, models)]


# a record of the check that the decision did not take as its own event still tells whether the
# child was heard in it, unless it is ruled out for what it is: planned, negated or hypothetical
# (context), about another child, a copy, ... (the hard vetoes, but for a form found incomplete)
_HEARD_DESPITE = frozenset({"veto=form_not_completed"})
_NOT_THIS_CHECK = frozenset({"veto=context", "veto=other_child", "veto=plan_undated", "veto=invitation"})


def heard_on_same_day(checks: list[Finding], candidates: list[Candidate]) -> None:
    """One check, several records of it: the journal line, the form, the workflow record. The child
    was heard in the check when any record of that day says so (as ``merge_by_date`` joins the
    kept ones), also a record the decision left out (a form it found incomplete, a record header
    it saw as no event); a planned check, or one about another child or a copy, tells nothing."""
    hard = (hard_vetoes() - _HEARD_DESPITE) | _NOT_THIS_CHECK
    heard = {c.finding.date: c.finding for c in candidates
             if c.finding.attributes.get("child_spoken") and hard.isdisjoint(c.signals)}
    for check in checks:
        found = heard.get(check.date)
        if found is not None and not check.attributes.get("child_spoken"):
            check.attributes["child_spoken"] = True
            check.attributes["child_spoken_cue"] = found.attributes.get("child_spoken_cue")


def flag_copies(checks: list[Finding], regions: dict[int, str], threshold: float) -> None:
    """Flag a check whose text repeats the previous one (copy-paste instead of a real check)."""
    previous: Finding | None = None
    for f in checks:
        if previous is not None and f.date is not None:
            if _similar(regions.get(id(previous), ""), regions.get(id(f), "")) >= threshold:
                f.attributes["copied_from"] = previous.date
        previous = f
