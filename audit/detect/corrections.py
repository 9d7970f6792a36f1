"""Corrections across entries: a later note that moves an earlier event to another day or takes it back.

Journals are amended after the fact, in a new entry rather than in place: "Correctie: het gesprek met Jesse
vond niet op 14-4 plaats maar op 15-4", "Correctie op notitie van 30-04: de VC is niet op 30-04 afgenomen
maar op 7-5", "Let op: eerder verslag van 03-04 was onjuist, PM was wel aanwezig. Geen apart gesprek
geweest." The earlier entry still reads as an event on its own day, and so may an annual report that copied
it; an inspector reading the whole file dates the event by the correction. These statements are specific to
dossier keeping, so they are read here by hand; their wording is data (``corrections`` in
``decision_nl.json``). A correction inside the entry it corrects is ``retraction``'s job.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span

from audit.detect.base import entry_header, evidence_for, written_on
from audit.resources import resource_cache, resource_json
from audit.structure.dates import find_dates, with_year
from audit.types import AnalysedDocument, DossierContext, Evidence, Finding

REACH = 400  # characters after a "verslag van ... was onjuist" sentence that may say what was wrong


@dataclass(frozen=True, eq=False)  # keyed by identity: each statement is its own correction
class Correction:
    """The events of ``kinds`` an earlier note put on ``wrong`` happened on ``right`` (None: not at all)."""

    kinds: frozenset[str]
    wrong: str
    right: str | None
    evidence: Evidence


@resource_cache
def _rules() -> dict:
    data = resource_json("decision_nl.json")["corrections"]
    return {"moved": re.compile(data["moved"]), "wrong_report": re.compile(data["wrong_report"]),
            "wrong_file": re.compile(data["wrong_file"]), "planned": re.compile(data["planned"]),
            "marker": re.compile(data["marker"]), "full_year": re.compile(data["full_year"]),
            "kinds": {k: re.compile(v) for k, v in data["kinds"].items() if not k.startswith("_")},
            "undone": {k: re.compile(v) for k, v in data["undone"].items() if not k.startswith("_")},
            "generic": re.compile(data["generic"])}


def find_corrections(ctx: DossierContext) -> list[Correction]:
    """Every correction statement in the dossier's files, in file order."""
    rules = _rules()
    found: list[Correction] = []
    for adoc in ctx.documents:
        text = adoc.document.text
        if not any(rx.search(text) for rx in (rules["moved"], rules["wrong_report"], rules["wrong_file"])):
            continue  # most files correct nothing: one scan, no sentence walk
        for sent in adoc.sentences:
            found.extend(_read(adoc, sent, rules))
    return found


def _read(adoc: AnalysedDocument, sent: Span, rules: dict) -> list[Correction]:
    """The corrections one sentence states."""
    text = adoc.document.text[sent.start_char : sent.end_char]
    context = written_on(adoc, sent.start_char)  # the day the correction was written
    out: list[Correction] = []
    marked = rules["marker"].search(text) is not None or rules["marker"].search(entry_header(adoc, sent.start_char)) is not None
    for m in rules["moved"].finditer(text) if marked else ():  # "Correctie: ...", an entry typed "Correctie"
        clause = text[: m.end()] + text[m.end() :].split(",")[0][:40]
        kinds = _kinds(text[: m.start()], rules)  # what the corrected note was: the words before "niet op"
        wrong, right = _day(m.group("wrong"), context, rules), _day(m.group("right"), context, rules)
        if kinds and wrong and right and wrong != right and not rules["planned"].search(clause):
            out.append(Correction(kinds, wrong, right, evidence_for(adoc, sent)))
    m = rules["wrong_file"].search(text)
    if m and (wrong := _day(m.group("wrong"), context, rules)):
        out.append(Correction(frozenset(rules["kinds"]), wrong, None, evidence_for(adoc, sent)))
        return out
    m = rules["wrong_report"].search(text)
    if m and (wrong := _day(m.group("wrong"), context, rules)):
        told = adoc.document.text[sent.start_char : _told_end(adoc, sent.end_char)]
        undone = frozenset(k for k, rx in rules["undone"].items() if rx.search(told))
        if undone:
            out.append(Correction(undone, wrong, None, evidence_for(adoc, sent)))
    return out


def _kinds(clause: str, rules: dict) -> frozenset[str]:
    """The event kinds a correction's clause names; every kind when it names only a note or a contact."""
    named = frozenset(k for k, rx in rules["kinds"].items() if rx.search(clause))
    return named or (frozenset(rules["kinds"]) if rules["generic"].search(clause) else frozenset())


def _told_end(adoc: AnalysedDocument, offset: int) -> int:
    """Where what a correction goes on to say ends: its entry's end, or its paragraph's, within ``REACH``."""
    entry = adoc.structure.entry_at(offset)
    end = entry.end if entry is not None else adoc.document.text.find("\n\n", offset)
    return min(len(adoc.document.text) if end < 0 else end, offset + REACH)


def _day(written: str, context: dt.date | None, rules: dict) -> str | None:
    """The ISO day a correction names; a year-less day is on or before the day the correction was written (in
    a file without any day to read it against, only a day with its year)."""
    days = [m for m in find_dates(written, context_date=context) if m.precision == "day"]
    if not days:
        return None
    day = days[0].date
    if context is not None and day > context and not rules["full_year"].search(written):
        day = with_year(day, day.year - 1)
    return day.isoformat()


def apply_corrections(kind: str, findings: list[Finding], corrections: list[Correction], as_of: dt.date,
                      moved: dict[Correction, set[tuple[str, int]]] | None = None) -> list[Finding]:
    """``findings`` of ``kind`` (one per date) after the corrections: an event moved to the day a correction
    gives (with the correction as its first evidence), or dropped when a correction takes it back.

    ``moved`` (shared over the kinds, filled in their order) records the sentences each correction moved: an
    event of a kind the correction does not name moves with it when it rests on those sentences only ("VC
    afgenomen bij Ilse thuis" is also the home visit the check was on)."""
    moved = {} if moved is None else moved
    by_date = {f.date: f for f in findings}
    for c in corrections:
        event = by_date.get(c.wrong)
        if event is None or not (kind in c.kinds or _rests_on(event, moved.get(c))):
            continue
        del by_date[c.wrong]
        if c.right is None or c.right > as_of.isoformat():
            continue  # taken back: a visit the talk was on still took place, so nothing else goes with it
        moved.setdefault(c, set()).update((e.file, e.start) for e in event.evidence)
        kept = by_date.get(c.right)
        if kept is not None:  # the right day's event is known already: the correction joins it
            kept.evidence.insert(0, c.evidence)
            continue
        event.date, event.date_precision = c.right, "day"
        event.evidence.insert(0, c.evidence)
        event.attributes["corrected_from"] = c.wrong
        by_date[c.right] = event
    return sorted(by_date.values(), key=lambda f: f.date or "")


def _rests_on(event: Finding, sentences: set[tuple[str, int]] | None) -> bool:
    """Whether every piece of ``event``'s evidence is among ``sentences``."""
    return bool(sentences) and all((e.file, e.start) in sentences for e in event.evidence)


def void_entry(ctx: DossierContext, adoc: AnalysedDocument, offset: int) -> bool:
    """Whether the entry holding ``offset`` says of itself that it does not count: entered under the wrong
    child ("deze notitie hoort bij dossier Sem Oldenhof, ten onrechte bij Jesse ingevoerd"), or withdrawn
    ("dit verslag vervalt", "niet meetellen"). Not "hoort bij dossier Jesse" of the child's own file. An export's
    overview row that repeats the words of a void entry's note ("21-06-2025  Huisbezoek  SR  Huisbezoek
    weekendpg, Roos laat ...…" over the full note and its "notitie hoorde bij ander dossier") is void with it;
    not so the first of two entries of which the second says it was entered twice ("dubbel ingevoerd")."""
    return _void_at(ctx, adoc, offset, twin=False) \
        or any(_void_at(ctx, adoc, at, twin=True) for at in _twins(adoc.document.text, offset))


def _void_at(ctx: DossierContext, adoc: AnalysedDocument, offset: int, twin: bool) -> bool:
    entry = adoc.structure.entry_at(offset)
    if entry is None:
        return False
    own = ctx.facts.get("child_names", set())
    return any((m.group("name") is None or m.group("name") not in own) and not (twin and _DOUBLE.search(m.group(0)))
               for m in _void_entry().finditer(adoc.document.text, entry.start, entry.end))


_DOUBLE = re.compile(r"(?i)\b(?:dubbel|twee\s+keer)\b")
_ROW_DATE = re.compile(r"[ \t]*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b")  # "14-10-2026 | Veiligheid | NB | ..."
_TRUNCATED = re.compile(r"\s*(?:…|\.\.\.)\s*$")
TWIN_CHARS = 40  # the end of a row's text that must be written again, word for word, elsewhere in the file


def _twins(text: str, offset: int) -> list[int]:
    """Where else the file writes the end of the line holding ``offset`` word for word (its last 40 characters,
    before a cut-off "…"), when that line is an overview's row (cut off, or opening with its date): the row's
    full note."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    if not (_TRUNCATED.search(line) or _ROW_DATE.match(line)):
        return []  # a note's own line, not an overview's row: a sentence written in many notes stays theirs
    line = _TRUNCATED.sub("", line).rstrip()
    chunk = line[-TWIN_CHARS:]
    if len(chunk) < TWIN_CHARS or len(chunk.split()) < 4:
        return []
    out, at = [], text.find(chunk)
    while at >= 0:
        if not start <= at < start + len(line):
            out.append(at)
        at = text.find(chunk, at + 1)
    return out


@resource_cache
def _void_entry() -> re.Pattern[str]:
    return re.compile(resource_json("decision_nl.json")["void_entry"])
