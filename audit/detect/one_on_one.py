"""One-on-one contacts: the worker spoke with the foster child without foster parents present."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span

from audit.detect.base import ABSENT_CUE, all_triggers, clear_triggers, evidence_for, structural_span
from audit.detect.batch import prime
from audit.detect.candidates import Candidate, appointment, broad_cues, candidate, cues_with, decision_rx, shared_vetoes
from audit.detect.dating import Dated, enumerated_dates, sentence_date, span_text
from audit.detect.form_fields import field_remark, label_answer, label_answered_no
from audit.detect.safety_check import COPIED_NOTE_WITHIN, copied_form_match
from audit.detect.participants import (FIRST_PERSON, addressed_subject, informal_owner, informal_speaker, informal_teller,
                                       subjectless,
                                       initial_of, names_in, trigger_clause, writer_is_subject)
from audit.resources import resource_cache, resource_json
from audit.structure.dates import alternation, find_dates, month_names, with_year
from audit.structure.legend import legend, spelled_out
from audit.structure.sections import document_role
from audit.structure.tables import TextRow, TextTable, planning_row, tables_of
from audit.types import AnalysedDocument, DossierContext

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "one_on_one_contact"


@resource_cache
def _definitional() -> dict[str, re.Pattern[str]]:
    data = resource_json("decision_nl.json")
    return {name: re.compile(data[name]) for name in ("attempt", "form_no", "meeting_without_child", "two_workers_visit",
                                                       "no_show", "door_shut", "habit", "other_authority", "count_summary", "advice_line")}


def definitional_vetoes(text: str) -> dict[str, bool]:
    """A talk only tried, a form field answered no, a meeting of professionals without the child, a home
    visit made by two ("We zijn met z'n tweeën op huisbezoek geweest"), an appointment nobody turned up to, a door
    nobody opened, a habit
    told in the present, a hearing by a judge or the police, an appointment for a later day, a count that opens a
    list of the talks ("vier keer zonder pleegouders gesproken:"), an advice ("Advies GW: ... tijd alleen op haar
    kamer"): none is a talk with the child's worker on a day, whatever else the sentence says (hard vetoes,
    ``decision_nl.json``)."""
    return {f"veto={name}": bool(rx.search(text)) for name, rx in _definitional().items()}


REGISTER_CUE = "met wie: alleen het kind"
_WITH_FAMILY = re.compile(r"(?i)\balleen\s+met\s+(?:de\s+|zijn\s+|haar\s+)?(?:moeder|vader|ouders?|mama|papa|oma|opa|"
                          r"grootouders?|broer\w*|zus\w*|stiefvader|stiefmoeder|familie)\b")
ELSEWHERE_CUE = "samen bezig, PO elders"  # an activity with the child while the foster parents were elsewhere
_AWAY_CLAUSE = re.compile(r"(?i)\bterwijl\b.*?(?=[,;]|\b(?:heb|had|hebben)\s+(?:ik|we|wij)\b|$)|^[^;]*;")
_LEFT_ALONE = re.compile(r"(?i)\bliet\b")  # "Ellen liet Daan en mij alleen": the foster parent who left


def _elsewhere_vetoes(ctx: DossierContext, text: str) -> dict[str, bool]:
    """The foster parent (and maybe another child) are the ones away: who took part is judged by the
    activity's own words. "met Ellen de foto's bekeken terwijl Daan boven sliep": with a foster parent."""
    activity = _activity_part(text)
    own = names_in(activity, ctx.facts.get("child_names", set()))
    return {"veto=informal": False,
            "veto=other_child": bool(names_in(activity, ctx.facts.get("other_child_names", set()))) and not own,
            "veto=with_foster_parent": bool(names_in(activity, ctx.facts.get("foster_parent_names", set())))
            and _LEFT_ALONE.search(text) is None}


def _activity_part(text: str) -> str:
    """The trigger's text without its clause on where the foster parents were ("terwijl pleegmoeder
    beneden met Lieke huiswerk maakte", "Monique zat boven met Tim;"): who did the activity."""
    return _AWAY_CLAUSE.sub(" ", text)


def copied_note(adoc: AnalysedDocument) -> int | None:
    """Where a form (no journal) says near its top that its answers are copied ("Let op: antwoorden
    overgenomen uit de check van 29-04-2025; er is geen nieuw gesprek gevoerd"), or None."""
    if adoc.structure.doc_type == "journal":
        return None
    m = copied_form_match(adoc.document.text[:COPIED_NOTE_WITHIN])
    return m.start() if m else None


def _in_copied_form(adoc: AnalysedDocument, span: Span, dated: Dated, copied: int | None) -> bool:
    """A form copied from last year's: its talk is last year's, unless the line gives that day itself
    ("Jeugdige gesproken (16-01-2024): ja, alleen": evidence of the talk on 16 January 2024). Above the note
    only in the same form: a form's own date field between them ("Datum afname: -") or the note on a later
    page opens another form (a file of this year's check and next year's copied from it)."""
    if copied is None or dated.source == "sentence" or _own_record(adoc, span.start_char, copied):
        return False
    if document_role(adoc.document)[0] == "report" and _apart(adoc, span.start_char, copied):
        return False  # a report's part on the check says it is copied: "2. Jaarlijks huisbezoek" is its own
    if span.start_char > copied:
        return True
    page = adoc.document.page_at
    return _form_date_field().search(adoc.document.text, span.end_char, copied) is None \
        and page(span.start_char) == page(copied)


def _apart(adoc: AnalysedDocument, offset: int, other: int) -> bool:
    """``offset`` and ``other`` lie in two different sections of the file."""
    a, b = adoc.structure.section_at(offset), adoc.structure.section_at(other)
    return a is not None and b is not None and a is not b


@resource_cache
def _form_date_field() -> re.Pattern[str]:
    return re.compile(resource_json("dates_nl.json")["form_date_field"])


def _own_record(adoc: AnalysedDocument, offset: int, note: int) -> bool:
    """``offset`` lies in a dated record that begins after the copied form's note: an e-mail bundled
    behind the form ("Verzonden: woensdag 21 januari 2026 ... Gisteren heb ik Jayden gesproken") tells
    its own day, not the copied form's."""
    entry = adoc.structure.entry_at(offset)
    return entry is not None and entry.start > note


@resource_cache
def _register_rules() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(v) for k, v in resource_json("decision_nl.json")["contact_register"].items()}


@dataclass(frozen=True)
class RegisterRow:
    """A row of a contact register and what its cells say, codes spelled out by the file's legend."""

    row: TextRow
    who: tuple[int, int]  # (start, end) of its participants cell
    child_alone: bool  # the participants cell names the child and no one else, or besides only workers
    not_done: bool  # its status cell: planned, cancelled, did not happen
    others: bool  # its participants cell names foster parents or parents too
    with_workers: bool = False  # the child named beside workers only ("PZB, Lieke"), not alone


def register_rows(adoc: AnalysedDocument, child_names: set[str]) -> list[RegisterRow]:
    """Every row of every contact register in the file (a table with a date column and a column of who
    took part: "Datum | Vorm | Met wie | Kort verslag", or tab-separated), in text order."""
    text = adoc.document.text
    rules = _register_rules()
    codes: dict[str, str] | None = None
    out: list[RegisterRow] = []
    for table in tables_of(adoc):
        names = [n.strip() for n in table.header_cells(text)]
        who = next((i for i, n in enumerate(names) if rules["participants_column"].match(n)), None)
        if who is None and any(rules["date_column"].match(n) for n in names):
            out += _activity_rows(text, table, names)  # "Datum | ... | Activiteit | Locatie": no who column
        rows = table.rows
        headerless = who is None or not any(rules["date_column"].match(n) for n in names)
        if headerless:
            who = _headerless_participants(text, table, child_names)
            if who is None:
                continue
            rows = (table.header, *table.rows)  # no header: its first line is a row too
        status = next((i for i, n in enumerate(names) if rules["status_column"].match(n)), None)
        if codes is None:
            codes = legend(text)  # "G = gepland": the file's own codes, read once
        for row in rows:
            if who >= len(row.cells):
                continue
            cells = spelled_out([text[a:b] for a, b in row.cells], codes)
            raw = text[slice(*row.cells[who])]
            alone = _child_only(raw, child_names)
            workers = not alone and _child_and_workers(raw, child_names)
            # without a header the column is a guess: the row's note naming others there ("huisbezoek, PO aanwezig")
            if headerless and rules["others"].search(" ".join(c for i, c in enumerate(cells) if i not in (0, who))):
                alone = workers = False
            not_done = status is not None and status < len(cells) and bool(rules["status_not_done"].search(cells[status]))
            out.append(RegisterRow(row, row.cells[who], alone or workers, not_done, bool(rules["others"].search(cells[who])),
                                   workers))
    return out


def _activity_rows(text: str, table: TextTable, names: list[str]) -> list[RegisterRow]:
    """The rows of a register without a column of who took part whose activity is a contact with the child
    only ("Cliëntcontact kind | school"): alone at a place its place column names away from the foster home,
    or wherever the row's remark says so ("alleen met kind, PO in tuin"); empty when the table has no such
    activity column."""
    rules = _register_rules()
    act = next((i for i, n in enumerate(names) if rules["activity_column"].match(n)), None)
    place = next((i for i, n in enumerate(names) if rules["place_column"].match(n)), None)
    remarks = [i for i, n in enumerate(names) if rules["remark_column"].match(n)]
    if act is None:
        return []
    # an export selected for one client ("Selectie: cliënt 40688") may hold a row of another's ("41829")
    client = next((i for i, n in enumerate(names) if rules["client_column"].match(n)), None)
    selected = rules["client_selection"].search(text, 0, table.header.start)
    ours = selected.group(1) if selected and client is not None else None
    out = []
    for row in table.rows:
        if act >= len(row.cells) or not rules["child_contact"].match(text[slice(*row.cells[act])].strip()):
            continue
        if ours is not None and client < len(row.cells) and text[slice(*row.cells[client])].strip() != ours:
            continue
        where = text[slice(*row.cells[place])] if place is not None and place < len(row.cells) else ""
        rest = " ".join(text[slice(*row.cells[i])] for i in remarks if i < len(row.cells))
        said_alone = bool(rules["alone_remark"].search(rest))  # "alleen met kind, PO in tuin"
        others = bool(rules["others"].search(rest)) and not said_alone  # "observatie, PM aanwezig"
        # away from the foster home only when a place column says where (no place: anyone may have been there)
        alone = said_alone or bool(where.strip(" -")) and not (rules["foster_home_place"].search(where) or others)
        out.append(RegisterRow(row, row.cells[act], alone, False, others))
    return out


HEADERLESS_MIN_ROWS = 4
HEADERLESS_MIN_COLUMNS = 4  # date, kind, who and a note: a who column beside a note of its own
_PARTY_CELL = 40  # characters: a cell of who took part is a short list


def _headerless_participants(text: str, table: TextTable, child_names: set[str]) -> int | None:
    """A register kept without a header line ("30-09-2025 | school | Fenna | alleen, gaat goed"): every line
    opens with a day-date, and one column holds, in most lines, a short list of who took part (the child,
    parents, foster parents, workers): that column's index, else None."""
    rows = (table.header, *table.rows)
    columns = max(len(r.cells) for r in rows)
    if len(rows) < HEADERLESS_MIN_ROWS or columns < HEADERLESS_MIN_COLUMNS \
            or not all(r.cells and _DAY_CELL.match(text[slice(*r.cells[0])]) for r in rows):
        return None
    rules = _register_rules()
    best, best_hits = None, 0
    for col in range(1, columns):
        cells = [text[slice(*r.cells[col])].strip() for r in rows if col < len(r.cells)]
        hits = sum(1 for c in cells if 0 < len(c) <= _PARTY_CELL and (
            rules["others"].search(c) or rules["child_only"].match(c) or _child_and_workers(c, child_names)
            or any(p.strip() in child_names for p in _PARTIES.split(c))))
        if hits > best_hits:
            best, best_hits = col, hits
    return best if best_hits * 2 >= len(rows) else None


_DAY_CELL = re.compile(r"^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s*$")
_PARTIES = re.compile(r"\s*(?:[,;/&+]|\s-\s|\ben\b)\s*")


def _child_only(cell: str, child_names: set[str]) -> bool:
    """A participants cell or field that names the child and no one else ("PK", "jeugdige alleen", "Lieke")."""
    return bool(_register_rules()["child_only"].match(cell) or cell.rstrip(".") in child_names)


def _child_and_workers(cell: str, child_names: set[str]) -> bool:
    """A participants cell that names the child and, besides, only the provider's workers ("PZB, Lieke",
    "Lieke en PZB J. Vos"): the child without foster parents or parents."""
    rules = _register_rules()
    parties = [p.strip().rstrip(".") for p in _PARTIES.split(cell) if p.strip()]
    child = [p for p in parties if p in child_names or rules["child_only"].match(p)]
    rest = [p for p in parties if p not in child]
    return bool(child) and bool(rest) and all(rules["worker_author"].match(p) for p in rest)


def other_author_rows(adoc: AnalysedDocument) -> list[TextRow]:
    """The rows of a jointly kept log ("Datum | Wie schrijft | Verslag") written by someone who is no
    worker ("Karin (PM)", "Erik (vriend Karin)"): what they tell is their own time with the child."""
    text = adoc.document.text
    rules = _register_rules()
    out: list[TextRow] = []
    for table in tables_of(adoc):
        names = [n.strip() for n in table.header_cells(text)]
        author = next((i for i, n in enumerate(names) if rules["author_column"].match(n)), None)
        if author is None:
            continue
        out += [row for row in table.rows
                if author < len(row.cells) and row.cells[author][1] > row.cells[author][0]
                and not rules["worker_author"].search(text[slice(*row.cells[author])])]
    return out


def register_spans(adoc: AnalysedDocument, rows: list[RegisterRow],
                   child_names: set[str] = frozenset()) -> list[tuple[Span, TextRow | None]]:
    """The participants cells of a contact register's rows that name the child alone ("12-06-2024 |
    school | PK | Jesse gesproken in een lege klas"), each with its row: a contact without the foster
    parents, found by the table's structure rather than by words in the note (``contact_register`` in
    decision_nl.json)."""
    text = adoc.document.text
    rules = _register_rules()
    written = rules["written"]
    spans: list[tuple[Span, TextRow]] = []
    triggers = [t.start_char for t in all_triggers(adoc, KIND)]
    for info in rows:
        row_text = text[info.row.start : info.row.end]
        if not info.child_alone or written.search(row_text):
            continue  # others there, or a mail or an app: no talk
        # "PZB, Lieke": the child with workers is a talk when the row tells one, and the row's own trigger, if
        # any, judges it (its date: "Vorige week donderdag met Zoë alleen ..."; its context: "is gepland")
        if info.with_workers and (not rules["row_talk"].search(row_text)
                                  or any(info.row.start <= t < info.row.end for t in triggers)):
            continue
        span = structural_span(adoc, *info.who, KIND, REGISTER_CUE)
        if span is not None:
            spans.append((span, info.row))
    return spans + [(span, None) for span in record_header_spans(adoc, child_names)]


def record_header_spans(adoc: AnalysedDocument, child_names: set[str]) -> list[Span]:
    """An entry whose header is a record of fields ("Datum: 22-11-2023 | Soort contact: apart contact |
    Aanwezig: Youssef | Consulent: DH"): its participants field naming the child alone, or beside workers
    only when the header tells a talk, is a contact without the foster parents, read by its structure as a
    register row is; not a mail or app, nor a contact that did not take place, nor one whose note has a talk
    trigger of its own."""
    text = adoc.document.text
    rules = _register_rules()
    spans: list[Span] = []
    triggers = [t.start_char for t in clear_triggers(adoc, KIND)]  # not "volgende maand weer alleen spreek"
    for entry in adoc.structure.entries:
        header = text[entry.start : max(entry.start, entry.body_start - 1)]
        if "|" not in header or rules["written"].search(header) or rules["not_held"].search(header):
            continue
        if any(entry.body_start <= t < entry.end for t in triggers):
            continue  # the note's own words judge the talk and its day ("Afgelopen woensdag Fenna alleen gesproken")
        pos = entry.start
        for part in header.split("|"):
            label, colon, value = part.partition(":")
            raw = value.strip()
            if colon and raw and rules["participants_column"].match(label.strip()) and (
                    _child_only(raw, child_names)
                    or (_child_and_workers(raw, child_names) and rules["row_talk"].search(header))):
                start = pos + len(label) + 1 + len(value) - len(value.lstrip())
                span = structural_span(adoc, start, start + len(raw), KIND, REGISTER_CUE)
                spans.extend([span] if span is not None else [])
            pos += len(part) + 1
    return spans


def _row_at(rows: list[RegisterRow], starts: list[int], offset: int) -> RegisterRow | None:
    """The register row ``offset`` lies in, if any."""
    i = bisect_right(starts, offset) - 1
    return rows[i] if i >= 0 and rows[i].row.start <= offset <= rows[i].row.end else None


def _register_vetoes(adoc: AnalysedDocument, info: RegisterRow | None) -> dict[str, bool]:
    """A register row is its own record (its date cell is no entry header over it); a row that says the
    contact did not take place ("hij nam niet op", "afgezegd", status "G = gepland") records none, and
    one whose participants include foster parents or parents no talk with the child alone (for a broad
    cue: "samen gespeeld en gegeten" at a supervised contact with the mother)."""
    if info is None:
        return {}
    row_text = adoc.document.text[info.row.start : info.row.end]
    return {"veto=not_happened": info.not_done or bool(_register_rules()["not_held"].search(row_text)),
            "veto=register_others": info.others}


def _foster_parent_there(adoc: AnalysedDocument, span: Span, foster_names: frozenset[str]) -> bool:
    """A foster parent took part, as the sentence of a cue that names nobody else says ("Met Fenna gepraat, PM
    erbij.", ``present_veto``), the remark of a form field answered yes ("Pleegkind apart gesproken: ja —
    pleegmoeder was er de hele tijd bij") or the remark of the planning sheet's row the trigger is in."""
    if span._.cue in cues_with("present_veto") and _present(span_text(adoc, span.sent), foster_names):
        return True
    text = adoc.document.text  # a form field answered yes whose remark names a foster parent there
    if label_answer(text, span.start_char, span.end_char) and _present(field_remark(text, span.start_char, span.end_char),
                                                                       foster_names):
        return True
    found = planning_row(adoc, span.start_char)
    if found is None:
        return False
    row = text[found[0].start : found[0].end]
    return decision_rx("planning_row_not_alone").search(row) is not None or _present(row, foster_names)


def _present(text: str, foster_names: frozenset[str]) -> bool:
    """``text`` names a foster parent (by role or by name) as there ("PM erbij", "Marieke zat ernaast", "in het
    bijzijn van PV"), not as met afterwards ("daarna samen met PM de afspraken doorgenomen")."""
    for m in _presence_rx(foster_names).finditer(text):
        if decision_rx("afterwards").search(text, max(0, m.start() - AFTERWARDS_REACH), m.start()) is None:
            return True
    return False


AFTERWARDS_REACH = 30  # characters before a foster parent's mention that may say it came after the talk


@lru_cache(maxsize=64)
def _presence_rx(foster_names: frozenset[str], key: str = "foster_parent_there") -> re.Pattern[str]:
    """``decision_nl.json``'s ``key`` pattern with {who}: the foster parents' roles and names."""
    data = resource_json("decision_nl.json")
    names = "|".join(re.escape(n) for n in sorted(foster_names, key=len, reverse=True) if len(n) > 2)
    who = data["foster_parent_roles"] + (f"|{names}" if names else "")
    return re.compile(data[key].replace("{who}", who))


def _row_sentences(adoc: AnalysedDocument, span: Span, row: TextRow) -> list[Span]:
    """The sentences of ``row`` after ``span`` (its note)."""
    starts = adoc.sentence_starts
    return adoc.sentences[bisect_left(starts, span.end_char) : bisect_left(starts, row.end)]


def _definitional_at(adoc: AnalysedDocument, span: Span) -> dict[str, bool]:
    """``definitional_vetoes`` of the trigger's sentence; also a form field whose label names the talk and
    that answers no or is left open ("Gesprek met pleegkind zonder pleegouders: - ja X nee")."""
    text = span_text(adoc, span.sent)
    out = definitional_vetoes(text)
    out["veto=appointment"] = appointment(span, text)
    # "... vier keer zonder pleegouders gesproken:" counts the talks only when their list follows
    line_end = adoc.document.text.find("\n", span.start_char)
    out["veto=count_summary"] = out["veto=count_summary"] and line_end >= 0 and _LIST_ITEM.match(
        adoc.document.text, line_end + 1) is not None
    out["veto=form_no"] = out["veto=form_no"] or label_answered_no(adoc.document.text, span.start_char, span.end_char)
    # "Luuk is dit jaar drie keer apart gesproken.": talks counted, not one on this day, also when only their
    # months follow ("drie keer alleen gesproken: in januari, in mei en in oktober"); a count whose days follow,
    # "vier keer alleen gesproken: op 2 februari, op 14 mei, ...", is read by its enumeration
    count = decision_rx("count_undated").search(text)
    rest = text[count.end():] if count is not None else ""
    listed_months = ":" in rest and _months_named(rest)  # "...: in januari, in mei en in oktober" (no days)
    # a year before the count ("In 2023 is Noor meerdere keren apart gesproken") dates no talk of them
    dated = any(d.precision != "year" for d in find_dates(text[: count.end()])) if count is not None else False
    out["veto=count_undated"] = count is not None and not _DIGIT.search(rest) and not dated \
        and (":" not in rest or listed_months)
    # "naar het gezin gebracht, met alleen een luiertas": every "alleen" of the sentence means "only"
    alone = len(_ALONE.findall(text))
    out["veto=only_not_alone"] = alone > 0 and len(decision_rx("only_not_alone").findall(text)) >= alone
    return out


_ALONE = re.compile(r"(?i)\balleen\b")


@resource_cache
def _month_word() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(month_names())})\b")


def _months_named(text: str) -> bool:
    return _month_word().search(text) is not None


_DIGIT = re.compile(r"[0-9]")  # a day's number, not a footnote mark ("gesproken.⁴")


_LIST_ITEM = re.compile(r"[ \t]*(?:[-–•*▪]|\d{1,2}[-/.]\d{1,2}|\d{1,2}\s+[a-z]+\s+\d{4})")  # the next line opens a list


def not_the_child(ctx: DossierContext, text: str, span: Span) -> bool:
    """Whether a cue that names its subject ("belde Noor mij", "Daarna Roos apart:") names someone else,
    or names a foster parent besides the child.

    With the child's name known, the name must be hers ("Je belde mij" is the child too). When no file
    names the child, for a cue that takes the child aside (``unknown_child_counts``) a capitalised name
    counts unless the files know it as a foster parent's, another child's or the scientist's; whoever
    "belde mij" may be a parent ("Mama belde mij"), so there it does not.
    """
    own = ctx.facts.get("child_names", set())
    if names_in(text, ctx.facts.get("foster_parent_names", set()) - own):  # "met Daan ..., Ruben vertaalde, ..."
        return True
    if _CHILD_WORD.match(span.text):  # "PK daarna apart:", "Pleegkind alleen gesproken": the child by her role
        return False
    if own:
        return not (names_in(text, own, True) or addressed_subject(span))
    if addressed_subject(span):
        return False
    if span._.cue not in cues_with("unknown_child_counts"):
        return True
    others = (ctx.facts.get("foster_parent_names", set()) | ctx.facts.get("other_child_names", set())
              | ctx.facts.get("scientist_names", set()))
    # "Pleegmoeder apart:", "Daarna Mama apart": a family word is no name
    capitalised = [t for t in span if t.is_title and not t.is_stop and not _FAMILY_WORD.match(t.text)]
    return not capitalised or bool(names_in(text, others))


_FAMILY_WORD = re.compile(r"(?i)^(?:(?:pleeg|stief|groot|netwerk)?(?:moeder|vader|ouders?|mama|papa|mam|pap|zus\w*|broer\w*)|"
                          r"oma|opa|tante|oom|mentor|juf|meester|PO|PM|PV)$")


def _record_text_says_not(adoc: AnalysedDocument, span: Span, foster_names: frozenset[str]) -> bool:
    """A record's field ticks the talk apart ("Pleegkind apart gesproken: ☑ Ja") and the record's own prose (its
    lines after the field that are no fields: the report) says otherwise ("pm zat ernaast, bleef er het hele
    gesprek bij"): the text decides, unless it tells a talk alone itself (``record_text_not_alone``)."""
    text = adoc.document.text
    entry = adoc.structure.entry_at(span.start_char)
    if entry is None or not label_answer(text, span.start_char, span.end_char):
        return False
    at = text.find("\n", span.end_char, entry.end)
    if at < 0:
        return False  # the field is the record's last line: no report under it
    prose = [(a, b) for a, b in _lines(text, at + 1, entry.end) if not _RECORD_FIELD.match(text, a, b)]
    if any(a <= t.start_char < b for t in clear_triggers(adoc, KIND) for a, b in prose):
        return False
    rx = _presence_rx(foster_names, "record_text_not_alone")
    return any(rx.search(text, a, b) for a, b in prose)


# a record's field line ("Onderwerp: Voortgang", "Status: ☑ Uitgevoerd ☐ Gepland"), not its report's prose
_RECORD_FIELD = re.compile(r"[ \t]*(?:[^\W\d_][\w ()/.-]{0,30}:(?:[ \t]|$)|[^\n]*[☐☑☒■□])")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, at = [], start
    while 0 <= at < end:
        nl = text.find("\n", at, end)
        stop = end if nl < 0 else nl
        if text[at:stop].strip():
            out.append((at, stop))
        at = stop + 1
    return out


def _previous_sentence(adoc: AnalysedDocument, sent: Span, child_names: set[str]) -> str:
    """The sentence before ``sent`` on its line or paragraph (who a pronoun at its start may be); none when it
    names the child ("Roos kwam net terug van de omgang bij moeder. Ze vertelde ...": she is Roos)."""
    if sent.start == 0:
        return ""
    prev = adoc.doc[sent.start - 1].sent
    text = adoc.document.text
    told = text[prev.start_char : prev.end_char]
    return "" if "\n\n" in text[prev.end_char : sent.start_char] or names_in(told, child_names) else told


def _with_adult(ctx: DossierContext, sent: Span, span: Span) -> bool:
    """The one the trigger's clause is with ("apart met Jeroen", "Jeroen apart gesproken") is a grown-up the files
    write with his age ("Jeroen (zoon van opa en oma, 33)": ``adult_names``), and the clause names no child of ours."""
    adults = ctx.facts.get("adult_names", set())
    if not adults:
        return False
    clause = trigger_clause(sent, span)
    trigger = re.escape(span.text)  # "Jeroen apart gesproken": the grown-up right before the trigger, too
    return any(re.search(rf"\bmet\s+(?:[a-z]+\s+){{0,2}}{re.escape(a)}\b|\b{re.escape(a)}\s+(?:[a-z]+\s+){{0,2}}{trigger}",
                         clause) for a in adults) and not names_in(clause, ctx.facts.get("child_names", set()))


def _who_vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, foster_names: frozenset[str]) -> dict[str, bool]:
    """Who the trigger's talk or activity was with: an informal person, the foster parents' own "we",
    a definitional filter, or a named subject who is not the child."""
    sent = span.sent
    before = adoc.document.text[sent.start_char : span.start_char]
    vetoes = (_elsewhere_vetoes(ctx, span_text(adoc, span)) if span._.cue == ELSEWHERE_CUE
              else {"veto=informal": informal_speaker(before, foster_names)
                    or informal_owner(adoc.document.text[span.end_char : sent.end_char], foster_names,
                                      span.text.lower().endswith(" met"))})
    # "Vader vertelde dat hij zelf met Roos alleen ...": the trigger's own words too ("met Nadia apart")
    previous = _previous_sentence(adoc, sent, ctx.facts.get("child_names", set()))
    vetoes["veto=teller_did"] = informal_teller(before + span.text, foster_names, previous)
    # the foster parents' own logbook: its "we" are they, a note without a subject its writer's ("Met Noor naar ...")
    vetoes["veto=foster_parent_log"] = adoc.structure.foster_parent_log and (
        writer_is_subject(before) or span._.cue in cues_with("subjectless") or subjectless(before))
    vetoes.update(_definitional_at(adoc, span), **{"veto=record_text_says_not": _record_text_says_not(adoc, span, foster_names)})
    sentence = span_text(adoc, sent)
    vetoes["veto=with_family"] = bool(_WITH_FAMILY.search(sentence)) or _with_adult(ctx, sent, span)  # "alleen met moeder"
    # "Lieke was er niet bij": the absent one is the child, not a foster parent
    vetoes["veto=child_absent"] = span._.cue == ABSENT_CUE and (bool(
        names_in(span_text(adoc, span), ctx.facts.get("child_names", set()))) or _absent_not_a_parent(ctx, span))
    if span._.cue == ABSENT_CUE:  # "Daan en Jesse samen gesproken ..., Marloes was beneden": two children
        vetoes["veto=with_other_child"] = _other_child_joined(_paragraph_before(adoc, span), ctx.facts)
        # "Pv was aan het werk.": the absence alone, no time with the child in its sentence or the one before
        # "Kort HB op zaterdag, PM was boodschappen doen.": no time with the child told, here or just before
        outside = span_text(adoc, sent).replace(span_text(adoc, span), " ", 1)  # "PO waren weg, ruim een uur met Lieke"
        vetoes["veto=no_talk_before"] = not _child_or_talk(ctx, outside) and not _child_next_to(ctx, adoc, span)
        # "Gesprek met Daan, oom hielp mee, tante was in de keuken": someone else of the family was there
        away = " ".join(t.text for t in all_triggers(adoc, KIND)
                        if t._.cue == ABSENT_CUE and sent.start_char <= t.start_char < sent.end_char)
        vetoes["veto=with_family"] = vetoes["veto=with_family"] or _family_there(before, away, foster_names) \
            or bool(decision_rx("within_earshot").search(adoc.document.text, span.end_char, sent.end_char)) \
            or bool(_presence_rx(foster_names, "worker_with_foster_parent").search(sentence))
    # "Gesprek met pleegmoeder Ineke op kantoor, alleen.": a talk marked alone after the fact, with a foster parent
    vetoes["veto=with_foster_parent"] = vetoes.get("veto=with_foster_parent", False) or _foster_parent_there(
        adoc, span, foster_names) or (
        span.text[:1] in ",(" and (bool(_FOSTER_BEFORE.search(before)) or bool(names_in(before, foster_names, True))))
    vetoes["veto=with_foster_parent"] = vetoes["veto=with_foster_parent"] or _foster_parent_company(
        ctx, adoc, span, before, foster_names)
    # "gesprek met Ilse alleen in de keuken": "alleen" right after a foster parent the talk was with
    # (not "Na het gesprek met PM alleen gesproken met Sem": a talk with someone after it)
    vetoes["veto=with_foster_parent"] = vetoes["veto=with_foster_parent"] or (
        _alone_with_foster_parent(before, foster_names)
        and not _PARTNER_AFTER.match(adoc.document.text, span.end_char, sent.end_char))
    if span._.cue == ATTENDANCE_CUE:  # "Aanwezig: Sem en ik. Pleegmoeder Anouk zat er de hele tijd bij."
        vetoes["veto=with_foster_parent"] = vetoes["veto=with_foster_parent"] or _joined_later(adoc, span, foster_names)
    if span._.cue in cues_with("ride"):  # "in de auto vertelde hij ...": the worker drove the child
        vetoes.update(_ride_vetoes(ctx, adoc, span, foster_names))
    if span._.cue in cues_with("subject_is_child"):  # "belde Marieke mij": the foster mother, not the child
        vetoes["veto=not_the_child"] = not_the_child(ctx, span_text(adoc, span), span)
    # "vanwege de leeftijd van Finn alleen met de verzorgers gesproken", "Alleen met Wendy en Marco gesproken",
    # "Daarna heb ik vader alleen gesproken": alone with someone else than the child
    if span.text.lower() in ("alleen", "apart") and _alone_with_another(ctx, adoc, span, before, foster_names):
        vetoes["veto=not_the_child"] = True
    # "Lina geobserveerd op het kinderdagverblijf, zonder crisispleegouders": watched, no talk
    vetoes["veto=observed_only"] = bool(_OBSERVED.search(sentence)) and not _TALKED.search(sentence)
    if decision_rx("talk_noun").search(span.text):  # "Individueel contact met Marjolein": with someone else
        vetoes["veto=not_the_child"] = vetoes.get("veto=not_the_child", False) or _partner_not_the_child(
            ctx, adoc.document.text[span.end_char : sent.end_char])
    return vetoes


_FOSTER_ROLES = r"pleeg(?:ouders?|moeder|vader)|PO|PM|PV"
# not a note's "Observatie:" label; "heb ik Mees even alleen in de zandbak zien spelen": watched at play
_OBSERVED = re.compile(r"(?i)\b(?:geobserveerd|observeren|bekeken\s+hoe|(?:zien|zag|gezien)\s+spelen)\b")
# talk or play with the child: "apart geobserveerd en met haar gespeeld" is time with her
_TALKED = re.compile(r"(?i)\b(?:gesproken|gepraat|gesprek\w*|praten|sprak|verteld|vertelde|vroeg|gevraagd|zei|gespeeld|"
                     r"(?:ik|we|wij)\s+speelde\w*|speelde\w*\s+(?:ik|we|wij)|(?<!zien\s)(?<!zag\s)spelen|gekletst|samen|"
                     r"getekend|gelezen|gezeten|onder\s+vier\s+ogen|"
                     r"alleen\s+met)\b")
_PARENT_WORD = frozenset({"vader", "moeder", "papa", "mama", "pleegvader", "pleegmoeder", "pleegouders", "ouders", "po",
                          "pm", "pv", "oma", "opa"})


def _alone_with_another(ctx: DossierContext, adoc: AnalysedDocument, span: Span, before: str,
                        foster_names: frozenset[str]) -> bool:
    """"alleen" or "apart" with someone else than the child: right after it "met de verzorgers" or a foster
    parent by name, or right before it a parent or foster parent ("heb ik vader alleen gesproken", "Sandra apart")."""
    text = adoc.document.text
    if _ALONE_WITH_OTHER.match(text, span.end_char) or _foster_rx(
            foster_names, r"(?i)[ \t]+met[ \t]+(?:(?:de[ \t]+)?(?:{roles}){names})\b").match(text, span.end_char):
        return True
    last = re.search(r"([\w'’]+)[ \t]*$", before)
    if last is None or _PARTNER_AFTER.match(text, span.end_char):
        return False  # "met PM alleen gesproken met Sem": the talk's partner follows
    if names_in(before[-40:], ctx.facts.get("child_names", set())):
        return False  # "Zowel Roos als Ilse apart gesproken": the child too
    word = last.group(1)
    children = ctx.facts.get("child_names", set()) | ctx.facts.get("other_child_names", set())
    adults = (ctx.facts.get("birth_parent_names", set()) | {n.title() for n in foster_names}) - children
    return word.lower() in _PARENT_WORD or word in adults
_ALONE_WITH_OTHER = re.compile(r"(?i)[ \t]+met[ \t]+(?:de[ \t]+|het[ \t]+|haar[ \t]+|zijn[ \t]+|beide[ \t]+)?(?:verzorgers?|opvoeders?|"
                               r"pleeg(?:ouders?|moeder|vader)|PO|PM|PV|ouders?|moeder|vader|mama|papa|oma|opa|tante|oom)\b")


@lru_cache(maxsize=64)
def _foster_rx(foster_names: frozenset[str], template: str) -> re.Pattern[str]:
    """``template`` with {who}: the foster parents by role or by the file's names for them (longest name first).
    One place for the three readings below, compiled once per dossier's names rather than per candidate."""
    names = "|".join(re.escape(n) for n in sorted(foster_names, key=len, reverse=True))
    return re.compile(template.replace("{roles}", _FOSTER_ROLES).replace("{names}", f"|{names}" if names else ""))


def _talked_with_foster_parent(before: str, foster_names: frozenset[str]) -> bool:
    """The talk the cue closes was with a foster parent ("Ik heb met pleegouders gesproken met de deur dicht",
    "met Nadia gesproken, deur dicht")."""
    return _foster_rx(foster_names, r"(?i)\bmet\s+(?:(?:de\s+|beide\s+)?(?:{roles}){names})\b").search(before) is not None


def _opens_with_foster_parent(before: str, foster_names: frozenset[str]) -> bool:
    """The words before the cue are only "met" and a foster parent, and a step word or two ("Met pm daarna
    nog apart gesproken"): the one the worker spoke with apart."""
    return _foster_rx(foster_names, r"(?i)^\W*met\s+(?:(?:de\s+|beide\s+)?(?:{roles}){names})"
                      r"(?:\s+(?:daarna|nog|ook|even|vervolgens|toen|eerst|kort)){0,3}\s*$").match(before) is not None


def _foster_parent_company(ctx: DossierContext, adoc: AnalysedDocument, span: Span, before: str,
                           foster_names: frozenset[str]) -> bool:
    """The talk or the time was with a foster parent, as the words around the cue say: the sentence opens with
    whom the talk apart was ("Met pm daarna nog apart gesproken over ... Noor"), a foster parent is in an
    activity's company ("Met Demi en Ellen samen naar de huisarts"), the cue is followed by whom it was with and the
    child is not named ("Kort gesproken met pv in de tuin"), or a foster parent read as away is the talk's partner
    ("gesproken met | pv in de tuin")."""
    sentence = span_text(adoc, span.sent)
    if span._.cue in cues_with("partner_before") and _talked_with_foster_parent(before, foster_names):
        return True  # "met pleegouders gesproken met de deur dicht"
    return _opens_with_foster_parent(before, foster_names) \
        or (span._.cue in broad_cues() and _company_with_foster_parent(before, foster_names)) \
        or (_foster_parent_after(adoc.document.text[span.end_char : span.sent.end_char], foster_names)
            and not names_in(sentence, ctx.facts.get("child_names", set()))) \
        or (span._.cue == ABSENT_CUE and decision_rx("with_before").search(before) is not None)


def _foster_parent_after(after: str, foster_names: frozenset[str]) -> bool:
    """The words right after the cue name whom the talk was with, a foster parent ("gesproken met pv in de tuin")."""
    return _foster_rx(foster_names, r"(?i)^[ \t]*(?:\w+[ \t]+)?met[ \t]+(?:(?:de[ \t]+|beide[ \t]+)?(?:{roles}){names})\b"
                      ).match(after) is not None


def _company_with_foster_parent(before: str, foster_names: frozenset[str]) -> bool:
    """The words before an activity's cue end with its company, and a foster parent is in it ("Met Demi en
    Ellen samen naar de huisarts", "met PM en Sem samen"): not the worker's time alone with the child."""
    return _foster_rx(foster_names, r"(?i)\bmet\s+(?:[\w'-]+\s*(?:,|\ben\b|&)\s*){0,3}(?:(?:de\s+)?(?:{roles}){names})"
                      r"(?:\s*(?:,|\ben\b|&)\s*[\w'-]+){0,3}\s*$").search(before) is not None


ATTENDANCE_CUE = "aanwezig: kind en werker"  # an attendance field of the child and the worker (event_triggers.json)
ATTENDANCE_REACH = 300  # the record the attendance field heads, up to its paragraph's end
_PRESENT_VERB = re.compile(r"(?i)\b(?:schoof|schoven|aangeschoven|sloot|sloten|aangesloten|zat|zaten|bleef|bleven|"
                           r"kwam|kwamen|was|waren)\b(?:(?!\b(?:niet|geen)\b)[^.;\n]){0,40}?\b(?:aan(?!\s+het\b)|bij|erbij|"
                           r"aanwezig|mee)\b")  # not "was aan het werk", "bleef binnen" (away)


def _joined_later(adoc: AnalysedDocument, span: Span, foster_names: frozenset[str]) -> bool:
    """After an attendance field of the child and the worker, the record says a foster parent was there after
    all ("Anouk schoof na tien minuten aan", "Pleegmoeder zat er de hele tijd bij"), not that one was away."""
    text = adoc.document.text
    end = text.find("\n\n", span.end_char)
    rest = text[span.end_char : min(end if end >= 0 else len(text), span.end_char + ATTENDANCE_REACH)]
    who = _foster_rx(foster_names, r"(?i)\b(?:{roles}{names})\b")
    for clause in re.split(r"[.;!?\n]", rest):
        found = who.search(clause)
        if found is not None and _PRESENT_VERB.search(clause, found.end()) and not re.search(r"(?i)\b(?:niet|geen)\b", clause):
            return True
    return False


_PARTNER_AFTER = re.compile(r"(?i)\s*(?:gesproken|gepraat|gesprek)?\s*met\b")


def _alone_with_foster_parent(before: str, foster_names: frozenset[str]) -> bool:
    """The cue follows "met" and a foster parent at once ("gesprek met Ilse alleen", "met pleegmoeder apart"):
    the one alone with the worker was the foster parent."""
    return _foster_rx(foster_names, r"(?i)\bmet\s+(?:(?:de\s+|beide\s+)?(?:{roles}){names})\s*$").search(before) is not None


RIDE_REACH_WORDS = 3  # the talk's speaker follows its verb: "in de auto vertelde Ellen"


def _ride_vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, foster_names: frozenset[str]) -> dict[str, bool]:
    """A talk in the car is one with the child alone when no one else of the family is named before it or as its
    speaker (the one the child was driven to was not in the car), and the child or a pronoun for her is."""
    text, sent = adoc.document.text, span.sent
    after = text[span.end_char : sent.end_char].split()[:RIDE_REACH_WORDS + 1]
    region = decision_rx("ride_destination").sub(" ", text[sent.start_char : span.end_char]) + " " + " ".join(after)
    others = bool(decision_rx("ride_others").search(region)) or bool(names_in(region, foster_names, True)) \
        or bool(names_in(region, ctx.facts.get("other_child_names", set())))
    child = bool(names_in(region, ctx.facts.get("child_names", set()))) or bool(decision_rx("ride_child").search(region))
    around = " ".join(span_text(adoc, s) for s in [*_neighbours(adoc, sent), sent])  # "PM reed mee", "samen in de auto"
    return {"veto=ride_with_others": others or bool(decision_rx("ride_along").search(around)),
            "veto=ride_no_child": not child}


def _sentence_before(adoc: AnalysedDocument, sent: Span) -> Span | None:
    """The sentence just before ``sent`` in its paragraph (no blank line between), if any."""
    if sent.start == 0:
        return None
    prev = adoc.doc[sent.start - 1].sent
    return None if "\n\n" in adoc.document.text[prev.end_char : sent.start_char] else prev


def _sentence_after(adoc: AnalysedDocument, sent: Span) -> Span | None:
    """The sentence just after ``sent`` in its paragraph (no blank line between), if any."""
    if sent.end >= len(adoc.doc):
        return None
    nxt = adoc.doc[sent.end].sent
    return None if "\n\n" in adoc.document.text[sent.end_char : nxt.start_char] else nxt


def _neighbours(adoc: AnalysedDocument, sent: Span) -> list[Span]:
    """The sentences just before and after ``sent`` in its paragraph (no blank line between)."""
    return [s for s in (_sentence_before(adoc, sent), _sentence_after(adoc, sent)) if s is not None]


def _partner_not_the_child(ctx: DossierContext, after: str) -> bool:
    """After a cue that names the talk, its partner is someone else than the child ("met moeder van Sara",
    "met Sara's pleegmoeder", "met Marjolein"), or it is a part of something ("deel van het plan")."""
    if decision_rx("talk_part_of").match(after):
        return True
    partner = decision_rx("talk_partner").match(after)
    if partner is None:
        return False
    target = after[partner.end() :]
    own = ctx.facts.get("child_names", set())
    named = bool(own) and re.match(rf"(?:{alternation(own)})\b(?!['’])", target) is not None  # not "Iris' pleegmoeder"
    return not (named or decision_rx("child_partner_words").match(target) or (not own and target[:1].isupper()))


def _family_there(before: str, away: str, foster_names: frozenset[str]) -> bool:
    """Before an absence cue, a relative or a foster parent by name takes part ("Gesprek met Daan in de
    woonkamer, Ruben vertaalde, ..."; "oom hielp mee"), not only mentioned as away ("zonder oma")."""
    lex = resource_json("facts_nl.json")
    # only after the last step ("Eerst met Erik en Marieke koffie gedronken, daarna met Noor ...": they were left
    # behind) and before the cue's own clause ("Sandra en Rob bleven thuis" sends both away)
    steps = list(re.finditer(lex["step_words"], before))
    region = before[steps[-1].end() if steps else 0 :]
    # "Gesprek met Iris en pleegmoeder ... terwijl Daan buiten speelde": a "terwijl" clause is the cue's own
    cut = len(region) if away.lower().startswith("terwijl") else max(region.rfind(","), region.rfind(";"))
    words = re.findall(r"[\w'-]+", region[: max(cut, 0)].lower())
    gone = set(re.findall(r"[\w'-]+", away.lower()))  # "Na een kop thee met Sandra ...; Sandra bleef thuis"
    return any((w in lex["informal_persons"] or w in foster_names) and w not in gone
               and (i == 0 or words[i - 1] not in ("zonder", "behalve")) for i, w in enumerate(words))


def _absent_not_a_parent(ctx: DossierContext, span: Span) -> bool:
    """The one an absence cue sends away is written by a capitalised word that is no foster parent: a pronoun
    or other function word ("Ze zat boven te gamen": the child), or another child or the scientist."""
    first = span[1] if span[0].lower_ == "terwijl" and len(span) > 1 else span[0]  # "terwijl Daan buiten speelde"
    if not first.is_title or _FAMILY_WORD.match(first.text):
        return False
    if first.lower_ in resource_json("facts_nl.json")["absent_not_a_person"]:
        return True
    if first.lower_ in FIRST_PERSON:  # "Ik bleef thuis": the writer, a foster parent in her own log
        return False
    # someone the files know as no foster parent (the foster parents' own names are often not learned)
    others = ctx.facts.get("other_child_names", set()) | ctx.facts.get("scientist_names", set())
    return first.text in others


def _child_next_to(ctx: DossierContext, adoc: AnalysedDocument, span: Span) -> bool:
    """The sentence before or after, in the same paragraph, is about the child and names no foster parent
    ("Mees liet me zijn Lego-stad zien op zijn kamer." before "Gerda bleef beneden."; "Pm was boodschappen doen.
    Met Kyan op zijn kamer gezeten."): the absence is told of that time."""
    for other in _neighbours(adoc, span.sent):
        words = span_text(adoc, other)
        if _NOT_OR_FOSTER.search(words) or names_in(words, ctx.facts.get("foster_parent_names", set())):
            continue  # "Huisbezoek bij fam. Kramer, Noa en pm aanwezig. Pv was aan het werk."
        if _child_or_talk(ctx, words):  # "toen zijn ze samen een rondje naar de Jumbo gelopen. Ik bleef thuis."
            return True
    return False


def _child_or_talk(ctx: DossierContext, text: str) -> bool:
    """``text`` names the child (by name, initial or a child word) or tells a talk or time together."""
    own = ctx.facts.get("child_names", set())
    return bool(names_in(text, own, True) or initial_of(text, own) or _CHILD_WORDS.search(text)
                or _TOGETHER.search(text) or _TALK_BEFORE.search(text))


_TOGETHER = re.compile(r"(?i)(?<!\w)(?:samen|met\s+z['’]?n\s+tweeën)(?!\w)")


_FOSTER_BEFORE = re.compile(r"(?i)(?<!\w)(?:pleeg(?:ouders?|moeder|vader)|PO|PM|PV)(?!\w)")


def _paragraph_before(adoc: AnalysedDocument, span: Span) -> str:
    """The text before ``span`` in its sentence and in the sentence before it, if on the same line
    ("Met Sara en Mees naar de speeltuin geweest. Ineke was boven.")."""
    text, sent = adoc.document.text, span.sent
    start = adoc.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    start = max(start, text.rfind("\n", 0, span.start_char) + 1)  # a family file's line before is another's
    return text[start : span.start_char]


def _other_child_joined(before: str, facts: dict[str, set[str]]) -> bool:
    """Before an absence cue, the child and another child together ("Daan en Jesse samen gesproken",
    "met Sara en haar pleegbroertje Mees naar de speeltuin"): the time was not with the child alone."""
    own, others = facts.get("child_names", set()), facts.get("other_child_names", set())
    if not own or not others:
        return False
    a, b = alternation(own), alternation(others)
    joint = r"\s*(?:,|en|&)\s*(?:(?:haar|zijn|hun|de)\s+)?(?:[a-zà-ÿ]+\s+)?"  # "en haar pleegbroertje"
    return re.search(rf"\b(?:{a}){joint}(?:{b})\b|\b(?:{b}){joint}(?:{a})\b", before) is not None


_TAIL = re.compile(r"(?i)^(?:zonder|buiten|in\s+(?:de\s+)?afwezigheid)\b")


def _tail_of_planned_talk(adoc: AnalysedDocument, span: Span, spans: list[Span]) -> bool:
    """"Er zal met Sem apart worden gesproken, zonder de pleegouders erbij.": the closing "zonder ..." clause
    says who will be there at the talk before the comma, so that talk's being planned is its too."""
    text = span_text(adoc, span)
    if not _TAIL.match(text) or "," not in adoc.document.text[span.sent.start_char:span.start_char]:
        return False
    return any(o.sent.start == span.sent.start and o.end_char <= span.start_char
               and "PLANNED" in (o._.qualifiers or ()) for o in spans)


def _talk_before(ctx: DossierContext, adoc: AnalysedDocument, span: Span) -> Span | None:
    """The sentence just before, in the same paragraph, when it tells a talk or walk with the child as
    partner ("Gesprek op school met Noor en haar mentor." before "PO niet aanwezig."), names no foster
    parent, is not negated and holds no talk trigger of its own (that one is the finding)."""
    prev = _sentence_before(adoc, span.sent)
    if prev is None:
        return None
    text = span_text(adoc, prev)
    if not _TALK_BEFORE.search(text):
        return None
    if any(prev.start <= s.start < prev.end for s in all_triggers(adoc, KIND)) or _NOT_OR_FOSTER.search(text) \
            or names_in(text, ctx.facts.get("foster_parent_names", set())):
        return None  # "Gesprek met pleegmoeder over Daan.", "Daan wilde niet praten."
    own = ctx.facts.get("child_names", set())
    partner = any(re.search(rf"\bmet\s+{re.escape(n)}\b|\b{re.escape(n)}\s+(?:\w+\s+){{0,4}}?(?:gesproken|opgezocht|"
                            rf"bezocht|gezien)\b", text) for n in own)
    return prev if partner or _CHILD_WORDS.search(text) else None


_TALK_BEFORE = re.compile(r"(?i)(?<!\w)(?:gesprek\w*|gesproken|gepraat|praten|gekletst|kennismaking|kennisgemaakt|"
                          r"wandeling|gewandeld|beeldbel\w*|videobel\w*|gebeld|opgezocht|bezocht)(?!\w)")
_CHILD_WORD = re.compile(r"(?i)(?:het\s+|de\s+)?(?:pk|pleegkind|jeugdige|jongere)(?!\w)")
_CHILD_WORDS = re.compile(r"(?i)(?<!\w)met\s+(?:het\s+|de\s+)?(?:pk|pleegkind|jeugdige|jongere|hem|haar)(?!\w)")
_NOT_OR_FOSTER = re.compile(r"(?i)(?<!\w)(?:niet|geen|pleeg(?!zorg)\w*|PO|PM|PV|oma|opa|tante|oom)(?!\w)")


def preverbal(birth: dt.date | None, dated: Dated, text: str, years: int) -> bool:
    """The child was younger than ``years`` (``detect.preverbal_years``) on the event's day and no word of talk
    names the time alone ("PB heeft Yara een kwartier alleen geobserveerd op de speelmat"): play or
    observation, not the conversation SCHEMA counts."""
    day = dated.mention.date if dated.mention is not None else None
    if not years or birth is None or day is None or day >= with_year(birth, birth.year + years):
        return False
    return decision_rx("conversation_words").search(text) is None


def presence_only(birth: dt.date | None, dated: Dated, text: str, years: int) -> bool:
    """The child was younger than ``years`` (``detect.presence_years``) on the event's day and the time alone is
    a brief moment at home only told by a verb of presence ("Mees even alleen in de box gezien terwijl pm koffie
    zette, hij lachte naar me"), with no word of talk and no joint play: no conversation (``presence_words`` in
    decision_nl.json). Seen alone at the day care ("Elin alleen gezien op de peuteropvang") is a visit to see her."""
    day = dated.mention.date if dated.mention is not None else None
    if not years or birth is None or day is None or day >= with_year(birth, birth.year + years):
        return False
    said = decision_rx("nothing_said").sub(" ", text)  # "hij zei niks en bleef spelen"
    return decision_rx("presence_words").search(text) is not None and decision_rx("presence_moment").search(text) is not None \
        and decision_rx("presence_away").search(text) is None and decision_rx("conversation_words").search(said) is None \
        and decision_rx("joint_play").search(text) is None


def _young_child_vetoes(ctx: DossierContext, dated: Dated, text: str) -> dict[str, bool]:
    """Time alone with a baby or toddler that is no conversation (``preverbal``, off by default; ``presence_only``)."""
    birth, cfg = ctx.facts.get("child_birth_date"), ctx.config.detect
    return {"veto=preverbal": preverbal(birth, dated, text, cfg.preverbal_years),
            "veto=presence_only": presence_only(birth, dated, text, cfg.presence_years)}


def one_on_one_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    """Every talk trigger with its signals; ``rule_ok`` is the rules' own decision."""
    out: list[Candidate] = []
    # "Rutger met Sven alleen naar de bouwmarkt": a foster parent doing something with the child
    foster_names = frozenset(n.lower() for n in ctx.facts.get("foster_parent_names", set()))
    for adoc in ctx.documents:
        seen_sents: set[tuple[int, object]] = set()  # the rules make one finding per sentence and date
        spans = all_triggers(adoc, KIND)
        table_rows = register_rows(adoc, ctx.facts.get("child_names", set()))
        others_rows = other_author_rows(adoc)
        # a form that opens by saying its answers are copied ("Let op: antwoorden overgenomen uit de screening
        # van 16-04-2024"); a journal may say so of one form in one entry, which stays that entry's matter
        copied = copied_note(adoc)
        row_starts = [r.row.start for r in table_rows]
        register = register_spans(adoc, table_rows, ctx.facts.get("child_names", set()))
        rows = {span.start_char: row for span, row in register}  # the register cells' rows
        if register:
            spans = sorted(list(spans) + [span for span, _ in register], key=lambda s: s.start_char)
        prime(models, KIND, (span_text(adoc, span.sent) for span in spans))
        for span in spans:
            sent = span.sent
            dated = sentence_date(adoc, sent, anchor=span.start_char)
            vetoes, prob = shared_vetoes(ctx, adoc, span, dated, models)
            row = rows.get(span.start_char) if span._.cue == REGISTER_CUE else None
            if span._.cue == REGISTER_CUE:
                vetoes["veto=header"] = False  # a register row is its own record (its date cell heads no entry)
            in_row = _register_vetoes(adoc, _row_at(table_rows, row_starts, span.start_char))
            # who was at the visit does not overrule a note that says the child was then spoken alone
            in_row["veto=register_others"] = (in_row.get("veto=register_others", False) and span._.cue in broad_cues()
                                              and not _register_rules()["talk_words"].search(span_text(adoc, sent)))
            for name, value in in_row.items():
                vetoes[name] = vetoes.get(name, False) or value
            vetoes["veto=other_author"] = span._.cue in broad_cues() and any(
                r.start <= span.start_char < r.end for r in others_rows)
            vetoes["veto=not_a_new_check"] = _in_copied_form(adoc, span, dated, copied)
            vetoes.update(_who_vetoes(ctx, adoc, span, foster_names))
            vetoes.update(_young_child_vetoes(ctx, dated, span_text(adoc, sent)))
            vetoes["veto=context"] = vetoes.get("veto=context", False) or _tail_of_planned_talk(adoc, span, spans)
            talk_before = None
            if span._.cue in cues_with("after_talk"):  # "PO niet aanwezig." after the talk it is about
                talk_before = _talk_before(ctx, adoc, span)
                vetoes["veto=no_talk_before"] = talk_before is None
            key = (sent.start, dated.mention.date if dated.mention else None)
            rule_ok = not any(vetoes.values()) and key not in seen_sents
            if rule_ok:
                seen_sents.add(key)
            out.append(candidate("one_on_one", adoc, span, dated, prob, rule_ok, vetoes))
            if row is not None:  # the inspector reads the row's note, not only its "PK" cell
                out[-1].finding.evidence += [evidence_for(adoc, s) for s in _row_sentences(adoc, span, row) if s != sent]
            if talk_before is not None:
                out[-1].finding.evidence.insert(0, evidence_for(adoc, talk_before))
            for other in enumerated_dates(adoc, sent, dated):  # a summary of several talks: one candidate a day,
                other_ok = rule_ok and (sent.start, other.date) not in seen_sents  # as the rules judge the first
                if other_ok:
                    seen_sents.add((sent.start, other.date))
                out.append(candidate("one_on_one", adoc, span, Dated(other, "sentence"), prob, other_ok, vetoes,
                                     ["date=enumerated"]))
    return out
