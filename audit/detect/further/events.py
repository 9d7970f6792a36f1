"""What the schema-v2 event detectors share: trigger sentence -> candidate with signals.

The same path as the version-1 events (``audit.detect.candidates``): every trigger
sentence becomes a candidate with the filters that fired as signals and the rules'
verdict as ``rule_ok``; the decision layer (``audit.detect.decision``) has the last
word when it knows the kind, else the rules decide. Each kind adds its own vetoes.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Callable

from spacy.tokens import Span

from audit.detect.base import ANY_WORD, HEADER_CELL_MAX_WORDS, all_triggers
from audit.detect.candidates import Candidate, candidate, shared_vetoes
from audit.detect.dating import Dated, opens_with_date, semicolon_bounds, sentence_date, span_text, told_in_past
from audit.detect.form_fields import line_at
from audit.detect.further.lexicon import hit, lexicon, rx
from audit.structure.dates import find_dates
from audit.structure.month_grid import grid_day_at
from audit.structure.tables import realised_cell
from audit.structure.sections import FIELD_LINE
from audit.types import AnalysedDocument, DossierContext, Entry

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

Vetoes = Callable[[DossierContext, AnalysedDocument, Span, str], dict[str, bool]]
Attributes = Callable[[AnalysedDocument, Span, str], dict[str, Any]]
Dating = Callable[[AnalysedDocument, Span, str, Dated], Dated]
# Qualifiers that always mean "did not happen (yet)", whatever the kind handles itself.
NOT_HAPPENED = frozenset({"PLANNED", "CANCELLED", "HYPOTHETICAL", "QUESTION", "POLICY"})


def entry_text(adoc: AnalysedDocument, sent: Span) -> str:
    """The whole dated entry the sentence is in (or the sentence when it is in none)."""
    entry = adoc.structure.entry_at(sent.start_char)
    if entry is None:
        return span_text(adoc, sent)
    return adoc.document.text[entry.start : entry.end]


_LOWER_RESTART = re.compile(r"(?<=[a-zà-ÿ]{3}\.)\s+(?=[a-zà-ÿ])")


def lowercase_sentence(text: str, at: int) -> str:
    """The part of ``text`` around ``at`` between full stops that a lower-case word follows: notes typed without
    capitals ("zorgteam op kantoor ... hvp gemaakt, zie pdf. mam wil vaker contact, San wil dat zelf plannen") run
    their sentences together, and a plan in the next one is not this one's (an abbreviation's stop stays:
    three letters before it at least)."""
    cuts = [m.start() for m in _LOWER_RESTART.finditer(text)]
    start = max((c for c in cuts if c < at), default=0)
    end = min((c for c in cuts if c > at), default=len(text))
    return text[start:end]


def semicolon_clause(text: str, at: int) -> str:
    """The part of ``text`` between the semicolons around ``at`` (``semicolon_bounds``)."""
    start, end = semicolon_bounds(text, at)
    return text[start:end]


def header_cancelled(adoc: AnalysedDocument, vetoes: dict[str, bool], sent: Span, text: str, label: str = "") -> bool:
    """A header or type cell ("12-03 | Huisbezoek |") whose entry says it was called off ("afgezegd",
    "uitgesteld", "nieuwe datum volgt"): the cell names what was planned, the entry what happened. A sentence
    that calls off another kind of event ("Veiligheidscheck opnieuw gepland, datum volgt" after "Huisbezoek.")
    says nothing of this one. A month grid's day is no such cell: its own remark and note tell (``grid_cells``)."""
    cell = vetoes.get("veto=header", False) or len(ANY_WORD.findall(text)) <= HEADER_CELL_MAX_WORDS
    if not cell or grid_day_at(adoc, sent.start_char) is not None:
        return False
    # "We zijn op huisbezoek geweest." tells the visit took place: a talk in it called off later ("Gesprek met Mila
    # alleen stond gepland ... Niet doorgegaan.") leaves it; "Niemand thuis" still calls it off
    done = hit("told_done", text)
    # near the cell: in long meeting notes "omgang ging niet door" is about something else
    entry = adoc.structure.entry_at(sent.start_char)
    if entry is None:
        return hit("entry_cancelled", text)
    end = min(entry.end, sent.end_char + CANCEL_REACH)
    near = adoc.doc.char_span(entry.start, end, alignment_mode="expand")
    if near is None:
        return False
    full = adoc.document.text
    # the kinds the record's first lines name are its own ("Contactvorm: evaluatie begeleidingsplan | locatie:
    # pleeggezin": calling off the evaluation calls off the visit)
    own = {label} | _kinds(adoc, entry.start, _record_head_end(full, entry))
    before: set[str] = set()  # the kinds the sentence before named: "Veiligheidscheck ... afgezegd. Nieuwe datum volgt."
    for s in near.sents:
        lo, hi = max(s.start_char, entry.start), min(s.end_char, end)
        called_off = rx("entry_cancelled").search(full, lo, hi) if hi > lo else None
        if called_off is not None:
            # the kinds named in the clause that calls off ("afgezegd; herscreening ingepland": none, so the row's)
            labels = _kinds(adoc, *semicolon_bounds(full, called_off.start(), called_off.end(), lo, hi)) or before
            if not _other_kind_only(adoc, s, label, labels | {label} if labels & own else labels, done):
                return True
        before = _kinds(adoc, s.start_char, s.end_char) or before
    return False


_GOAL_REMARK = re.compile(r"(?i)^\W*doel\s*\d")


def _record_head_end(text: str, entry: Entry) -> int:
    """Where a record's head ends: its header line, and a field line right under it ("Contactvorm: ... | locatie:")."""
    end = entry.body_start
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else entry.end
    return line_end if FIELD_LINE.match(text[end:line_end]) else end


def _kinds(adoc: AnalysedDocument, start: int, end: int) -> set[str]:
    return {t.label_ for t in adoc.doc.spans["dossier_audit_triggers"] if start <= t.start_char < end}


def _other_kind_only(adoc: AnalysedDocument, sent: Span, label: str, labels: set[str], done: bool = False) -> bool:
    """The sentence (or, naming none, the one before it) names events of other kinds and none of ``label``'s, or
    remarks on one goal ("Doel 2 (omgang moeder): loopt, drie keer niet doorgegaan"): what it calls off is not the
    record's own event. A part of the event (a talk within a visit) calling it off too, unless the record said it
    took place (``done``)."""
    if _GOAL_REMARK.match(span_text(adoc, sent)):
        return True
    labels = labels if done else labels - _PART_OF.get(label, set())
    return bool(label) and bool(labels) and label not in labels


# what happens within a visit: "Gesprek met Daan apart gepland, maar afgezegd" under a visit's header calls the visit off too
_PART_OF = {"home_visit": {"one_on_one_contact", "sexual_development"}}


CANCEL_REACH = 300  # characters after the cell in which its entry says it was called off


HEADING_WORDS = 4
_ENUMERATION = re.compile(r"^\s*\d{1,2}(?:[.)]\s*|\s+(?=[A-Z]))")  # "3. Zorgteam", "5 Zorgteam en netwerk"
DOC_DATE_SLACK_DAYS = 31
WEEK_SLACK_DAYS = 6
OPENING_CHARS = 25
_WEEK_HEADER = re.compile(r"(?i)^\W*(?:wk|week)\.?\s*\d")


def is_heading(adoc: AnalysedDocument, sent: Span, text: str) -> bool:
    """A line of a few words without a date or a table cell ("Zorgteam", "Evaluatie van de doelen",
    "Huisbezoek oktober"): a report's heading names a topic, not an event."""
    full = adoc.document.text
    line_start, line_end = line_at(full, sent.start_char)
    line = _ENUMERATION.sub("", full[line_start:line_end])  # "3. Zorgteam"
    text = _ENUMERATION.sub("", text)
    same = line.strip().rstrip(":").strip() == text.strip().rstrip(":").strip()
    if not same or any(ch.isdigit() for ch in line) or hit("record_type_field", line):
        return False  # "Huisbezoek 16-04-2024" heads a record; "Contactvorm: huisbezoek" types one
    # a longer heading the document's structure found ("Zorgteam en evaluatie van de doelen") is one too
    titled = any(sec.start == line_start and sec.title.strip() == line.strip()
                 for sec in adoc.structure.sections_at(sent.start_char))
    return titled or (len(ANY_WORD.findall(line)) <= HEADING_WORDS and "|" not in line)


def record_text(adoc: AnalysedDocument, sent: Span, text: str) -> str:
    """For a record's type field ("Type: HB") the whole record, whose note says where the visit was ("Bezoek
    bij moeder thuis", "Locatie: Woning vader"); for a type cell on its header line ("wo 20-8-2025 | Huisbezoek |
    S. de Wit") the note's first line when that names the visit ("Huisbezoek bij moeder thuis in Keppelmond.");
    else the sentence."""
    entry = adoc.structure.entry_at(sent.start_char)
    if entry is None:
        return text
    if hit("record_type_field", text):
        return adoc.document.text[entry.start : entry.end]
    if sent.start_char < entry.body_start and len(ANY_WORD.findall(text)) <= HEADER_CELL_MAX_WORDS \
            and _CELLS.search(entry.header):  # a header of cells, not "10 december – veiligheidscheck met Thomas."
        full = adoc.document.text
        line_end = full.find("\n", sent.end_char)
        # the header's own last cell ("20-08-2025  Huisbezoek  SR  Huisbezoek bij moeder thui…"), or the note's first line
        last_cell = _CELL_SPLIT.split(full[sent.end_char : line_end if line_end >= 0 else len(full)].strip())[-1]
        first = full[entry.body_start : entry.end].strip().split("\n", 1)[0]
        for note in (last_cell, first):
            if _VISIT_WORD.match(note):
                return note
    return text


_CELLS = re.compile(r"\||\S(?: {2,}|\t)\S")  # "wo 20-8-2025 | Huisbezoek | S. de Wit", "20-08-2025  Huisbezoek  SR"
# the note opens by naming the visit: "Huisbezoek bij moeder thuis", "Onaangekondigd HB bij ..."
_CELL_SPLIT = re.compile(r"\s*\|\s*| {2,}|\t+")
_VISIT_WORD = re.compile(r"(?i)^\W*(?:[\w-]+\s+){0,2}?(?:(?:huis)?bezoek(?:je|en)?\b|hb(?![\w/-]))")  # not "Bezoekregeling"


def after_record(adoc: AnalysedDocument, sent: Span, dated: Dated) -> bool:
    """The sentence's own date lies after the entry or report it is in ("Zorgteam in december" in an
    October report): a plan, whatever the verb says."""
    if dated.source != "sentence" or dated.mention is None:
        return False
    if realised_cell(adoc, sent.start_char) is not None:
        return False  # a planning sheet's realised day is the row's own record, whatever note came before
    full = adoc.document.text
    line_start = full.rfind("\n", 0, sent.start_char) + 1
    if sent.start_char + dated.mention.start - line_start < OPENING_CHARS and opens_with_date(full, line_start):
        return False  # "Op 05-11-2024 vond ...": a new note with its own day, not a plan in an older one
    period = adoc.structure.period_at(sent.start_char)
    if period is not None and period.first <= dated.mention.date <= period.last and told_in_past(span_text(adoc, sent)):
        return False  # a report over a stated period is written at its end: a day in it, told as done, is past
    entry = adoc.structure.entry_at(sent.start_char)
    if entry is not None:  # a weekly note's heading is the week's Monday: its days lie up to six after it
        slack = WEEK_SLACK_DAYS if _WEEK_HEADER.match(entry.header) else 0
        if entry.date.precision == "month":  # "Januari 2025" (its 1st): its notes' days lie up to the month's end
            slack = calendar.monthrange(entry.date.date.year, entry.date.date.month)[1] - 1
        return dated.mention.date > entry.date.date + dt.timedelta(days=slack)
    # A form's own date can be when it was requested: only months later is it a plan.
    written = adoc.structure.doc_date.date if adoc.structure.doc_date else None
    return written is not None and dated.mention.date > written + dt.timedelta(days=DOC_DATE_SLACK_DAYS)


def _reported_day(text: str, dated: Dated) -> bool:
    """A subject line that names the report of an event and its day ("Onderwerp: Verslag huisbezoek 20-11-2024",
    "Onderwerp: verslag zorgteam 22 mei"); without a day ("Betreft: verslag huisbezoek" over a letter of a later
    date) the letter's body tells the day."""
    report = lexicon()["subject_report"].search(text)
    if dated.mention is None or report is None:
        return False
    # the day in the report's own clause ("Verslag zorgteam; huisbezoek 02-12-2024" reports the one, plans the other)
    clause = re.split(r"[;,]", text[report.end() :], maxsplit=1)[0]
    return any(m.precision == "day" and m.date == dated.mention.date
               for m in find_dates(clause, context_date=dated.mention.date))


def event_candidates(ctx: DossierContext, models: "SentenceModels", kind: str, detector: str, extra: Vetoes,
                     header_ok: bool = False, own_negation: bool = False, blocking: frozenset[str] | None = None,
                     attributes: Attributes | None = None, dating: Dating | None = None,
                     about_the_child: bool = False, month_by_trigger: bool = True,
                     more_spans: Callable[[AnalysedDocument], list[Span]] | None = None) -> list[Candidate]:
    """Every ``kind`` trigger as a candidate; ``rule_ok`` when no veto fired (one per sentence and date).

    ``header_ok``: a journal header cell naming the event ("Huisbezoek") is evidence of it
    (unless its entry says it was called off). ``own_negation``: the kind judges negation
    itself ("doel niet behaald" is still an evaluation), so only plans, cancellations,
    hypotheticals, questions and policy text block it. ``about_the_child``: an event about another
    child ("met zijn zus over de puberteit gepraat") is not this child's. ``blocking``: the qualifiers that block,
    when the kind knows better ("ongesteld worden" is no plan, "geen foto's delen" the talk's content).
    ``more_spans``: evidence the kind finds by structure rather than by trigger words (a form's result field).
    ``month_by_trigger``: see ``sentence_date``.
    """
    out: list[Candidate] = []
    for adoc in ctx.documents:
        seen: set[tuple[int, Any]] = set()
        for span in all_triggers(adoc, kind) + (more_spans(adoc) if more_spans else []):
            sent = span.sent
            text = span_text(adoc, sent)
            dated = sentence_date(adoc, sent, anchor=span.start_char, month_by_trigger=month_by_trigger)
            if dating is not None:
                dated = dating(adoc, sent, text, dated)
            vetoes, prob = shared_vetoes(ctx, adoc, span, dated, models, whole_sentence=True)
            if not about_the_child:  # a visit, meeting or change in the home concerns everyone in it
                vetoes["veto=other_child"] = vetoes["veto=other_case"] = False
            if header_ok:
                vetoes["veto=header_cancelled"] = header_cancelled(adoc, vetoes, sent, text, span.label_)
                vetoes["veto=header"] = False
            if own_negation or blocking is not None:
                vetoes["veto=context"] = bool((span._.qualifiers or set()) & (NOT_HAPPENED if blocking is None else blocking))
            # "Onderwerp: huisbezoek" names a topic; "Onderwerp: Verslag huisbezoek 20-11-2024" reports that day's
            vetoes["veto=subject_line"] = hit("subject_line", text) and not _reported_day(text, dated)
            own = lowercase_sentence(text, span.start_char - sent.start_char)  # "... zie pdf. mam wil dat zelf plannen"
            vetoes["veto=planned_text"] = hit("planned", own) or _action_owner(ctx, text)  # "- ... (Hatice)": an action
            vetoes["veto=generic"] = hit("generic", text)  # "Ieder pleegkind ...", "minimaal één keer per jaar"
            vetoes["veto=habitual"] = hit("habitual", text)  # "Bij de huisbezoeken is oma er altijd bij"
            # "Jaarlijks huisbezoek met evaluatie" in a plan: an arrangement; in a dated entry, that day's visit
            vetoes["veto=arrangement"] = (dated.source in ("document", "none") and hit("arrangement", text)) \
                or hit("arrangement_field", text)  # "Evaluatie: halfjaarlijks in het zorgteam" under a plan's date
            vetoes["veto=heading"] = is_heading(adoc, sent, text)
            vetoes["veto=future"] = after_record(adoc, sent, dated)
            # "Toelichting: meerdere huisbezoeken (zie weeknotities)": a summary pointing at the record
            vetoes["veto=summary_reference"] = dated.source == "document" and hit("record_reference", text)
            vetoes.update(extra(ctx, adoc, span, text))
            key = (sent.start, dated.mention.date if dated.mention else None)
            rule_ok = not any(vetoes.values()) and key not in seen
            if rule_ok:
                seen.add(key)
            attrs = attributes(adoc, span, text) if attributes else {}
            out.append(candidate(detector, adoc, span, dated, prob, rule_ok, vetoes, **attrs))
    return out


_BRACKET_END = re.compile(r"\(\s*([^\W\d_]+)\s*\)\s*\.?\s*$")


def _action_owner(ctx: DossierContext, text: str) -> bool:
    """The sentence ends with who does it in brackets ("... (Hatice)."): an action list item; the child's own name
    there says whom the note is about ("hb bij pleegouders thuis (milan)")."""
    if not hit("action_owner", text):
        return False
    word = _BRACKET_END.search(text)
    kids = {n.lower() for n in ctx.facts.get("child_names", set())}
    return word is None or word.group(1).lower() not in kids
