"""Candidates: every trigger sentence an event detector looked at, with the signals it weighed.

The rules decide with a conjunction of filters (clear context, not a header cell, not
about another child, dated, ...). Each event detector records *every* candidate
instead of dropping it, with ``rule_ok`` (what the rules decided) and ``signals``
(which filters fired, the context qualifiers, the cue, the document type, the date
source): the input of the learned decision layer (``audit.detect.decision``), which
may overrule the rules in either direction. Without a decision model the rules decide,
exactly as before.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from audit.detect.base import ANY_WORD, classifier_vetoes, dated_ok, entry_header, event_finding, in_entry_header
from audit.detect.cases import in_other_case
from audit.detect.corrections import void_entry
from audit.detect.dating import Dated, span_text, told_in_past
from audit.detect.form_fields import field_remark, label_answer, line_at, unticked_box
from audit.detect.participants import about_other_child, names_in, trigger_clause
from audit.detect.retraction import retracted
from audit.nlp.components.context import blocking_qualifiers, is_clear
from audit.resources import resource_cache, resource_json
from audit.structure.copies import copied_blocks, in_copied_block
from audit.nlp.glossary_terms import glossary_line
from audit.structure.legend import legend_line
from audit.structure.tables import TextTable, realised_cell, realised_reading, status_not_done, tables_of, text_tables
from audit.types import AnalysedDocument, DossierContext, Finding

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels


@dataclass
class Candidate:
    """One (sentence, date) a detector considered, the finding it would make, and why (not)."""

    finding: Finding
    rule_ok: bool
    signals: list[str] = field(default_factory=list)
    header: str = ""  # the header line of the journal entry the sentence is in (type, author)
    region: str = ""  # safety checks: the text of the check's entry or form (copy detection)

    @property
    def sentence(self) -> str:
        return self.finding.evidence[0].sentence if self.finding.evidence else ""


@resource_cache
def cues_with(flag: str) -> frozenset[str]:
    """The cues of ``event_triggers.json`` whose trigger sets ``flag`` ("broad", "subject_is_child", ...)."""
    return frozenset(t["cue"] for t in resource_json("event_triggers.json")["triggers"] if t.get(flag))


@resource_cache
def decision_rx(name: str) -> "re.Pattern[str]":
    """The pattern ``name`` of ``decision_nl.json``, compiled once."""
    return re.compile(resource_json("decision_nl.json")[name])


def broad_cues() -> frozenset[str]:
    """Cues marked ``broad``: candidates for the model, never findings by rule."""
    return cues_with("broad")


def is_broad(span: Span) -> bool:
    return span._.cue in broad_cues()


def base_signals(adoc: AnalysedDocument, span: Span, dated: Dated) -> list[str]:
    """Signals every event kind shares: cue, context qualifiers, document type, section, date source."""
    section = adoc.structure.section_at(span.start_char)
    signals = [f"cue={span._.cue}", f"doc={adoc.structure.doc_type}", f"date={dated.source}",
               f"section={section.kind if section else 'none'}"]
    # a form's question answered yes is no question about whether it happened
    asked = {"QUESTION"} if _answered_question(adoc, span) else set()
    signals += [f"q={q}" for q in sorted(set(span._.qualifiers or ()) - asked)]
    return signals + reading_signals(adoc, span) + (["form=asked_yes"] if asked else [])


def reading_signals(adoc: AnalysedDocument, span: Span) -> list[str]:
    """How the trigger was read: from the file's structure ("read=structure": a form's answer, a register
    cell, a code its legend defines) or as a form field's label answered yes ("form=yes": "Gesprek met
    pleegkind zonder pleegouders: X ja - nee"). The rules' acceptance of such a reading is definitional
    (``decision_nl.json`` hard_accepts)."""
    out = ["read=structure"] if span._.structural else []
    if label_answer(adoc.document.text, span.start_char, span.end_char):
        out.append("form=yes")
    return out


@resource_cache
def checklist_item_rx() -> "re.Pattern[str]":
    """A quality checklist's item answered ja / nee / n.v.t.: a self-assessment, never the event."""
    return re.compile(resource_json("decision_nl.json")["checklist_item"])


def quoted_line(text: str, offset: int) -> bool:
    """The line is a quote of an earlier e-mail ("> Mijn advies: ..."): the event counts once, where
    it was written, not again in every reply that quotes it. (Even under a line that dates the quote, "> Op
    13-05-2025 schreef ...": the quote's marks break its sentences at every line, so what they tell loses the day
    the sentence before names: "> ... zaterdag (15 maart) de check gedaan, en" / "> daarna ... apart gesproken".)"""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.startswith(">", line_start) or text.startswith(" >", line_start)


_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s:(]))[\"“„‘'](?![\d\s])(?!(?:s|t|k|n)\b)")
_CLOSING_QUOTE = re.compile(r"(?<=\S)[\"”’'](?=[\s.,;:!?)-]|$)")


def in_quotation(text: str, offset: int) -> bool:
    """``offset`` lies inside words quoted within its line ("Naomi: 'Ik voel me veilig hier. Het is alleen stiller zonder Peter.'"): someone's own words, not the
    writer's record of what happened. The quote must close later on the line; an apostrophe of "'s avonds",
    "auto's" or "'24" opens nothing."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    opened = None
    for m in _OPENING_QUOTE.finditer(text, line_start, offset):
        opened = m
    if opened is None or _CLOSING_QUOTE.search(text, opened.end(), offset) is not None:
        return False
    return _CLOSING_QUOTE.search(text, offset, line_end) is not None


def is_title(adoc: AnalysedDocument, offset: int) -> bool:
    """A title line at the top of a document ("E-mails - Rik B. - advies GW", "Verslag zorgteam |") names
    its topic, not an event. The top is the first lines before any sentence, field ("Van: ..."), dated
    entry or run-on line; below the first line only a line built like a title (parts joined by " - ",
    "·", "|", or in capitals) is one, so "Notitie PZB / Fenna apart gesproken op haar kamer" keeps its
    talk. A safety-check form is the exception: its title is how it says what it records."""
    rules = _title_rules()
    if adoc.structure.doc_type == "safety_form" or offset > rules["reach"]:
        return False
    text = adoc.document.text
    at = 0
    for index in range(rules["lines"]):
        while at < len(text) and text[at] in " \t\n":
            at += 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].rstrip()
        entry = adoc.structure.entry_at(at)
        if not line or line.endswith((".", "!", "?", ",", ";")) or rules["field_line"].match(line) \
                or len(ANY_WORD.findall(line)) > rules["max_words"] or (entry is not None and entry.start <= at):
            return False  # the text proper begins: a sentence, a field, a long (wrapped) line, a dated entry
        if at <= offset < end:
            return index == 0 or bool(rules["built"].search(line)) or line.isupper()
        at = end + 1
    return False


@resource_cache
def _title_rules() -> dict[str, Any]:
    """``decision_nl.json`` ``title``, its regexes compiled."""
    data = dict(resource_json("decision_nl.json")["title"])
    data["built"], data["field_line"] = re.compile(data["built"]), re.compile(data["field_line"])
    return data


CHECKLIST_ITEMS = 3


def is_checklist(adoc: AnalysedDocument) -> bool:
    """A quality checklist ("Huisbezoek afgelopen jaar [x] ja [ ] nee [ ] n.v.t.", with a "Toelichting"
    per item), or an internal audit of the file, assesses the year; its lines are no events and name no
    one, the records elsewhere do. A checklist filled in per visit ("Datum bezoek: ...") is that visit's
    record (``_visit_form_date``)."""
    found = adoc.__dict__.get("_is_checklist")
    if found is None:
        text = adoc.document.text
        found = adoc.__dict__["_is_checklist"] = _audit_document(adoc) or (
            len(checklist_item_rx().findall(text)) >= CHECKLIST_ITEMS and _visit_form_date().search(text) is None)
    return found


@resource_cache
def _visit_form_date() -> "re.Pattern[str]":
    """A line that opens with a visit's date label ("Datum bezoek: 10-12-2024"; ``dates_nl.json`` visit_date_label)."""
    return re.compile(rf"(?im)^[ \t]*{resource_json('dates_nl.json')['visit_date_label']}\s*[:|]")


AUDIT_TITLE_CHARS = 300


def _audit_document(adoc: AnalysedDocument) -> bool:
    """An internal audit of the file ("Interne dossiertoets", "Dossiercontrole", "Kwaliteitstoets dossier"):
    its items ("Veiligheidscheck aanwezig en actueel: ja", "Kind gesproken bij veiligheidscheck: ja") are
    the reviewer's claims about the file, not records; its action points are plans. Read from the title: the
    first line or a running header, not a journal line that mentions an audit."""
    return any(decision_rx("audit_document_title").search(line) for line in title_lines(adoc))


def title_lines(adoc: AnalysedDocument) -> list[str]:
    """Where a file's title stands: its running headers (masked out of the text) and its first line."""
    first = next((line for line in adoc.document.text[:AUDIT_TITLE_CHARS].splitlines() if line.strip()), "")
    return [*adoc.document.furniture, first]


_BLOCK_EDGE = re.compile(r"\n[ \t]*(?:[-=_*#~]{4,}[ \t]*)?(?=\n)")  # a blank or ruled line between agenda items


@resource_cache
def _calendar_rules() -> tuple[list["re.Pattern[str]"], "re.Pattern[str]"]:
    data = resource_json("decision_nl.json")
    return [re.compile(p) for p in data["calendar_item"]], re.compile(data["calendar_report"])


def calendar_item(adoc: AnalysedDocument, offset: int) -> bool:
    """The text at ``offset`` is an item of an agenda export ("Onderwerp: Gesprek Lotte alleen / Begin:
    di 25-03-2025 15:30 / Einde: ... / Status: Geaccepteerd"): an appointment, not a record that it took place."""
    text = adoc.document.text
    fields, report = _calendar_rules()
    has_items = adoc.__dict__.get("_has_calendar_items")
    if has_items is None:  # most files hold no agenda item at all: asked once per file
        has_items = adoc.__dict__["_has_calendar_items"] = all(f.search(text) for f in fields)
    if not has_items:
        return False
    before = [m.end() for m in _BLOCK_EDGE.finditer(text, max(0, offset - 800), offset)]
    start = before[-1] if before else max(0, offset - 800)
    after = _BLOCK_EDGE.search(text, offset, offset + 800)
    block = text[start : after.start() if after else min(len(text), offset + 800)]
    return all(f.search(block) for f in fields) and report.search(block) is None


@resource_cache
def _action_header() -> list["re.Pattern[str]"]:
    return [re.compile(p) for p in resource_json("decision_nl.json")["action_table_header"]]


def action_item(adoc: AnalysedDocument, offset: int) -> bool:
    """The text at ``offset`` is a row of an action list ("Actie | Wie | Wanneer | Status" over "Moeder
    opnieuw vragen voor zorgteam | PZB | november | open"): a task, not a record that it happened."""
    rows = adoc.__dict__.get("_action_rows")
    if rows is None:  # found once per file
        rows = adoc.__dict__["_action_rows"] = _action_rows(adoc.document.text, tables_of(adoc))
    i = bisect.bisect_right(rows, (offset, float("inf"))) - 1
    return i >= 0 and rows[i][0] <= offset < rows[i][1]


@resource_cache
def _plan_field() -> re.Pattern[str]:
    return re.compile(resource_json("decision_nl.json")["plan_field"])


def plan_field(adoc: AnalysedDocument, offset: int) -> bool:
    """The line (or table cell) holding ``offset`` is a note's plan field ("P: Zorgteam vormen met vader",
    "Vervolg: ...", "Actiepunten: ...", "Gepland: ..."): what is still to be done, not what happened."""
    text = adoc.document.text
    line_start = text.rfind("\n", 0, offset) + 1
    cell_start = text.rfind("|", line_start, offset) + 1  # or the table cell's: "18-06-2024 | ... | Gepland: GW-consult"
    if _report_action(adoc, line_start):
        return False  # "Actie: ... daarna Yara apart gesproken" in a STARR record: what was done
    return _plan_field().match(text, line_start) is not None or (
        cell_start > 0 and _plan_field().match(text, cell_start) is not None)


def _only_the_action_label(adoc: AnalysedDocument, span: Span) -> bool:
    """What blocks the trigger is only the "Actie:" label planning it, on the action field of a record kept in
    report fields ("Actie: daarna Yara apart gesproken"): that label tells what was done, nothing blocks."""
    line_start = adoc.document.text.rfind("\n", 0, span.start_char) + 1
    blocking = (span._.qualifiers or frozenset()) & blocking_qualifiers(span.label_)
    if not blocking or blocking != {"PLANNED"} or not _report_action(adoc, line_start):
        return False
    said = [t for q, t in span._.qualifier_evidence or [] if q == "PLANNED"]
    return bool(said) and all(_report_rules()[0].fullmatch(t.strip()) or t.strip().rstrip(":").lower() in ("actie", "a")
                              for t in said)


@resource_cache
def _report_rules() -> tuple["re.Pattern[str]", tuple["re.Pattern[str]", ...]]:
    data = resource_json("decision_nl.json")
    return re.compile(data["report_action_field"]), tuple(re.compile(p) for p in data["report_fields"])


def _report_action(adoc: AnalysedDocument, line_start: int) -> bool:
    """The line is the "Actie:" field of a record kept in report fields (a "Situatie:" and a "Resultaat:" field
    in the same entry): what the worker did."""
    action, fields = _report_rules()
    if action.match(adoc.document.text, line_start) is None:
        return False
    entry = adoc.structure.entry_at(line_start)
    if entry is None:
        return False
    return all(rx.search(adoc.document.text, entry.start, entry.end) for rx in fields)


@resource_cache
def _workflow_record() -> list["re.Pattern[str]"]:
    return [re.compile(p) for p in resource_json("decision_nl.json")["workflow_record"]]


def workflow_record(text: str, offset: int) -> bool:
    """The line holding ``offset`` records a task, appointment or work-list item, or a record not done
    ("Taak 'Herscreening' aangemaakt door ... | status: open"): what is to be done, not that it happened."""
    line = text[slice(*line_at(text, offset))]  # sliced: the patterns' "^" is the line's start
    return any(p.search(line) for p in _workflow_record())


def _action_rows(text: str, tables: list[TextTable] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the rows under each action-list header; ``tables``: the text's tables when known
    (``detect.base.tables_of``)."""
    header = _action_header()
    goal_table = re.compile(resource_json("decision_nl.json")["action_table_not"])
    if not all(p.search(text) for p in header):
        return []
    rows: list[tuple[int, int]] = []
    for table in (tables if tables is not None else text_tables(text)):
        line = text[table.header.start : table.header.end]
        if all(p.search(line) for p in header) and not goal_table.search(line):
            rows += [(r.start, r.end + 1) for r in table.rows]
    return rows


@resource_cache
def _record_status_rx() -> "re.Pattern[str]":
    """A record's status field saying it did not (yet) happen (``decision_nl.json``)."""
    return re.compile(resource_json("decision_nl.json")["record_status_not_done"])


_FIELD_LINE = re.compile(r"[ \t]*[^\W\d][\w/ .-]{0,30}[ \t]*[:|]")  # "Type: KG", "Aanwezig | PK; PZB"


def _own_other_day(adoc: AnalysedDocument, span: Span, dated: Dated) -> bool:
    """The sentence dates its event itself, to a day before its record's (a planned record's "Kindgesprek op school
    op 2025-09-30" names the day to come: the record's status holds for it)."""
    entry = adoc.structure.entry_at(span.start_char)
    return entry is not None and dated.source == "sentence" and dated.mention is not None \
        and dated.mention.date < entry.date.date


def record_not_done(adoc: AnalysedDocument, offset: int) -> bool:
    """The dated record holding ``offset`` says in its own status field that it did not (yet) happen
    ("Status: Gepland", "Status: Geannuleerd", "Status: Concept"): an app's contact log keeps planned and
    called-off contacts as records like any other, with the note typed beforehand ("Kindgesprek op school").
    Only the record's leading field lines count (its header line and the "Label: value" lines under it, up
    to the first line of prose): a "Status: gepland" after the notes belongs to a follow-up action."""
    entry = adoc.structure.entry_at(offset)
    if entry is None:
        return False
    cache = adoc.__dict__.setdefault("_record_not_done", {})
    found = cache.get(entry.start)
    if found is None:
        text = adoc.document.text
        end, pos = entry.start, entry.start
        while pos < entry.end:
            nl = text.find("\n", pos, entry.end)
            line_end = entry.end if nl < 0 else nl
            if pos > entry.start and not _FIELD_LINE.match(text, pos, line_end):
                break
            end, pos = line_end, line_end + 1
        found = cache[entry.start] = _record_status_rx().search(text, entry.start, end) is not None
    return found


SUPERSEDED_REACH = 2000  # characters above a sentence where its record's old-version marker may stand


def superseded_text(adoc: AnalysedDocument, offset: int) -> bool:
    """The sentence at ``offset`` is an earlier version of its record, printed in the edit history under a
    marker line ("Tekst van deze versie:", "Oorspronkelijke tekst:"): the record's current text replaced it."""
    text = adoc.document.text
    markers = adoc.__dict__.get("_superseded_markers")
    if markers is None:  # found once per document, not once per candidate
        markers = adoc.__dict__["_superseded_markers"] = [
            m.span() for m in decision_rx("superseded_version").finditer(text)]
    if not markers:
        return False
    entry = adoc.structure.entry_at(offset)
    line_start = text.rfind("\n", 0, offset) + 1
    lowest = max(0, line_start - SUPERSEDED_REACH, entry.start if entry is not None else 0)
    if entry is None and "\n\n" in text[lowest:line_start]:  # no dated record: its paragraph
        lowest = text.rfind("\n\n", lowest, line_start) + 2
    i = bisect.bisect_left(markers, (lowest, 0))  # the first marker from lowest on, wholly above the line
    return i < len(markers) and markers[i][1] <= line_start


def policy_document(adoc: AnalysedDocument) -> bool:
    """The file's title says it is a rule for every child (a work instruction, a guideline, a protocol):
    nothing in it is an event of this child's. Its first line, a running header included."""
    if "_policy_document" not in adoc.__dict__:
        first = next((line for line in title_lines(adoc) if line.strip()), "")
        adoc.__dict__["_policy_document"] = decision_rx("policy_title").search(first) is not None
    return adoc.__dict__["_policy_document"]


_ADVICE_LABEL = re.compile(r"(?i)\badvie[sz]")


def field_not_done(text: str, at: int) -> bool:
    """The trigger ending at ``at`` is in a field's label whose value says the event has not happened (yet)
    ("Consultatie gedragsdeskundige: voorgenomen, na terugkeer verlof", "Huisbezoek | gepland 12-05")."""
    line_start, line_end = line_at(text, at)
    cut = min((i for i in (text.find(":", at, line_end), text.find("|", at, line_end)) if i >= 0), default=-1)
    if cut < 0 or cut - line_start > int(resource_json("decision_nl.json")["field_not_done_label_chars"]):
        return False
    if _ADVICE_LABEL.search(text, line_start, cut):  # "Advies GW: nog niet doen zolang ...": the advice's own words
        return False
    return decision_rx("field_not_done").match(text, cut + 1) is not None


def _answered_question(adoc: AnalysedDocument, span: Span) -> bool:
    """The trigger's only blocking qualifier is a question that is a form field's label answered yes ("Is de
    jeugdige apart gesproken? Zo ja, waar? | Ja, in haar slaapkamer"): the answer, not the question, counts."""
    blocking = (span._.qualifiers or set()) & blocking_qualifiers(span.label_)
    text = adoc.document.text
    return blocking == {"QUESTION"} and label_answer(text, span.start_char, span.end_char) is True \
        and not decision_rx("asked_yes_doubt").search(field_remark(text, span.start_char, span.end_char))


def shared_vetoes(ctx: DossierContext, adoc: AnalysedDocument, span: Span, dated: Dated, models: "SentenceModels",
                  whole_sentence: bool = False) -> tuple[dict[str, bool], float | None]:
    """The filters every event kind applies, by name, and the sentence classifier's probability."""
    sent = span.sent
    text = span_text(adoc, sent)
    vetoed, prob = classifier_vetoes(models, span.label_, text)
    header, *per_sentence = _sentence_vetoes(adoc, sent, text)
    vetoes = {
        "veto=broad_cue": is_broad(span), "veto=context": not is_clear(span) and not _answered_question(adoc, span)
        and not _only_the_action_label(adoc, span),
        "veto=header": header or type_field(adoc.document.text, span.start_char, span.end_char),
        "veto=other_child": about_other_child(sent, span, ctx, whole_sentence, text),
        "veto=plan_undated": not dated_ok(adoc, dated, sent, span.label_), "veto=classifier": vetoed,
        "veto=unticked_box": unticked_box(adoc.document.text, span.start_char, span.end_char),
        # "Zin om woensdag samen een frietje te halen?": an activity asked about is an invitation
        "veto=invitation": is_broad(span) and "QUESTION" in (span._.qualifiers or set()) and _asked(adoc, span),
        # (not a line that tells an earlier day's event: a draft form's "Vorige check 02-04-2025: Roos apart gesproken")
        # a status sheet's row: "03-09-2025   gesprek Noor apart   verzet"
        "veto=record_status": (record_not_done(adoc, span.start_char) and not _own_other_day(adoc, span, dated))
        or status_not_done(adoc, span.start_char),
        "veto=superseded_text": superseded_text(adoc, span.start_char),  # an old version in the edit history
        # "Casus 3 – T.K. (8 jr)" in team minutes: what is told under another child's case is not this child's
        # (unless the sentence names this child)
        "veto=other_case": in_other_case(adoc, span.start_char, ctx.facts)
        and not names_in(text, ctx.facts.get("child_names", set())),
        "veto=subject_cancelled": bool(decision_rx("subject_cancelled").search(text)),
        "veto=field_not_done": field_not_done(adoc.document.text, span.end_char),  # "Consultatie GW: voorgenomen"
        "veto=retracted": retracted(ctx, adoc, span),  # "Correctie PZB: het gesprek was niet apart"
        "veto=void_entry": void_entry(ctx, adoc, span.start_char),  # "hoort bij dossier Sem, niet meetellen"
        # "Naomi: 'Het is alleen stiller zonder Peter.'": a broad cue in someone's quoted words
        "veto=reported_speech": is_broad(span) and in_quotation(adoc.document.text, span.start_char),
        # "GD = gedragsdeskundige", "Dijkschouw – de jaarlijkse veiligheidscheck": a code's or a term's meaning
        "veto=legend_line": legend_line(adoc.document.text, span.start_char) or glossary_line(adoc, span.start_char),
        "veto=policy_document": policy_document(adoc),  # "Werkinstructie begeleiding pleeggezinnen"
        "veto=not_realised": not_realised(adoc, sent.start_char),  # "HB | 22-01-2025 | vervallen | PO ziek"
        # 04-09: "Op 18 september spreek ik ..." (told in the past, a report's entry is its period's start)
        "veto=ahead_of_entry": ahead_of_entry(adoc, dated, sent.start_char) and not told_in_past(text),
        "veto=outlook": in_outlook(adoc, sent.start_char, dated) and not told_in_past(text)  # "4. Vooruitblik"
        and not _PERFECT.search(text),  # "In de evaluatie van 29 oktober zijn de doelen doorgelopen"
    }
    vetoes.update(zip(_SENTENCE_VETOES, per_sentence))
    return vetoes, prob


AHEAD_DAYS = 6  # a week's entry (dated to its Monday) may tell what happened later that week
# the day, then a verb and its subject: "Op 18 september spreek ik ...", "Op 10 september doen we ..."
_PRESENT_AFTER_DAY = re.compile(r"[ \t]*,?[ \t]*([a-zà-ÿ]{2,})[ \t]+(?:ik|we|wij|je|jij|hij|ze|zij|jullie)\b")
_PERFECT = re.compile(r"(?i)\b(?:is|zijn|heeft|hebben)\b[^.;:]{0,60}?\b[a-zà-ÿ]{0,6}ge[a-zà-ÿ]{3,}(?:d|t|n)\b")  # "doorgelopen"
_PAST_ENDINGS = ("de", "te")  # "adviseerde", "praatte" (not "praten", "zitten": present plurals)


@resource_cache
def _strong_past() -> frozenset[str]:
    """Past forms of strong and irregular verbs (``dates_nl.json``): "Op 12-11-2024 deed ik de check" is told as done."""
    return frozenset(resource_json("dates_nl.json")["strong_past_verbs"])


def ahead_of_entry(adoc: AnalysedDocument, dated: Dated, offset: int) -> bool:
    """In a journal, the sentence's own day lies more than six days after the day of the entry it is written in
    and it is told in the present ("04-09-2025 | ... Op 18 september spreek ik Yara apart op school."): what the
    entry tells is to come; nothing written on the 4th can have happened on the 18th. Told in the past, it is a
    report written later under an older header ("Op 16-04-2024 adviseerde GW ...")."""
    if dated.source != "sentence" or dated.mention is None or dated.mention.precision != "day" \
            or adoc.structure.doc_type != "journal" \
            or realised_cell(adoc, offset) is not None:  # a planning sheet's row: its realised day is the event's
        return False  # (a plan's, a form's or a report's dated lines are its fields or list items, no entries)
    if not adoc.document.text[offset : offset + dated.mention.start].strip(" \t-•*[(|"):
        return False  # "08-10-24 1op1 – ...": a line that opens with its own day is its own record
    verb = _PRESENT_AFTER_DAY.match(adoc.document.text, offset + dated.mention.end)
    word = verb.group(1).lower() if verb is not None else ""
    if verb is None or word.endswith(_PAST_ENDINGS) or word in _strong_past() or told_in_past(verb.group(0)):
        return False  # told as done ("Op 16-04-2024 adviseerde GW ..."): a report written later
    entry = adoc.structure.entry_at(offset)
    if entry is None or entry.date.precision != "day":
        return False
    return (dated.mention.date - entry.date.date).days > AHEAD_DAYS


def in_outlook(adoc: AnalysedDocument, offset: int, dated: Dated) -> bool:
    """Under a report's outlook heading, the whole heading ("4. Vooruitblik", "Planning komende periode"; not
    "Gesprekken en vervolgstappen"): what it tells is to come, unless its own day lies before the report's date."""
    sections = [s for s in adoc.structure.sections_at(offset) if s.kind == "outlook" and _outlook_title().match(s.title)]
    doc_date = adoc.structure.doc_date
    own_day = dated.mention if dated.source == "sentence" else None  # an entry's date says nothing of the outlook
    return bool(sections) and not (own_day is not None and doc_date is not None and own_day.date <= doc_date.date)


@resource_cache
def _outlook_title() -> "re.Pattern[str]":
    return re.compile(resource_json("sections.json")["outlook_title"])


TYPE_FIELD_WORDS = 4
_FIELDS_MIN = 3  # a delimited row: at least this many semicolons on its line ...
_DELIMITED_ROW = re.compile(r'[ \t]*(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}[ \t]*;|"[^"\n]*";)')  # ... opening with a date or a quoted field


def type_field(text: str, start: int, end: int) -> bool:
    """The trigger fills a short field of a semicolon-delimited row before its free text ('17-6-2025;;"Femke
    Jacobs";"Overleg GW";;"Vraag ... uitgezet bij GW"'): the row's type, a header cell, not what happened."""
    line_start, line_end = line_at(text, start)
    if text.count(";", line_start, line_end) < _FIELDS_MIN or not _DELIMITED_ROW.match(text, line_start, line_end):
        return False  # a telegram note's "Huisbezoek; Roos apart gesproken; ging goed; ..." is prose
    field_start, field_end = text.rfind(";", line_start, start) + 1 or line_start, text.find(";", end, line_end)
    if field_end < 0:
        return False  # the last field: the note itself
    return len(ANY_WORD.findall(text[field_start:field_end])) <= TYPE_FIELD_WORDS


def not_realised(adoc: AnalysedDocument, offset: int) -> bool:
    """A planning sheet's row whose realised cell says it did not take place there ("vervallen", "verschoven
    naar 5-3", "niet gerealiseerd") or is empty: the activity was planned, not carried out (on that row)."""
    cell = realised_cell(adoc, offset)
    return cell is not None and realised_reading(adoc.document.text[cell[0] : cell[1]])[0] == "not"


def appointment(span: Span, text: str) -> bool:
    """The sentence ``text`` arranges the trigger's event for a later day, up to the end of the trigger's own
    clause ("Afspraak met Sem gemaakt voor 05-12 na school, om apart te praten", "Ik kom graag langs op dinsdag
    9 juni voor ... de veiligheidscheck"); an appointment in a later clause is another event's ("Daan apart
    gesproken op school, afspraak met de mentor gemaakt voor volgende week")."""
    clause = trigger_clause(span.sent, span, text)
    end = text.find(clause) + len(clause) if clause in text else len(text)
    return decision_rx("appointment").search(text, 0, end) is not None


def _asked(adoc: AnalysedDocument, span: Span) -> bool:
    """The trigger's own clause is the question ("... samen een frietje te halen bij het station?"), not a
    later one ("Y. belt zelf, weekend saai, mag ze vaker komen?")."""
    text = adoc.document.text
    end = text.find("?", span.end_char, span.sent.end_char + 1)
    return end >= 0 and not any(c in text[span.end_char : end] for c in ",;")


_SENTENCE_VETOES = ("veto=checklist_item", "veto=checklist_document", "veto=quoted", "veto=title",
                    "veto=calendar_item", "veto=action_item", "veto=plan_field", "veto=workflow_record",
                    "veto=copied_text", "veto=acknowledged")


def _sentence_vetoes(adoc: AnalysedDocument, sent: Span, text: str) -> tuple[bool, ...]:
    """The filters that depend on the sentence alone (its entry header, then ``_SENTENCE_VETOES``),
    worked out once per sentence and kept on the document: a journal sentence often holds several triggers."""
    cache = adoc.__dict__.setdefault("_sentence_vetoes", {})
    found = cache.get(sent.start_char)
    if found is None:
        found = cache[sent.start_char] = (
            in_entry_header(adoc, sent), bool(checklist_item_rx().search(text)), is_checklist(adoc),
            quoted_line(adoc.document.text, sent.start_char), is_title(adoc, sent.start_char),
            calendar_item(adoc, sent.start_char), action_item(adoc, sent.start_char), plan_field(adoc, sent.start_char),
            workflow_record(adoc.document.text, sent.start_char), copied_forward(adoc, sent.start_char),
            decision_rx("acknowledged").search(text) is not None)
    return found


def copied_forward(adoc: AnalysedDocument, offset: int) -> bool:
    """The sentence is in a run of sentences copied word for word from earlier in the file ("Stand van zaken:
    <the last entry's note>"; in a file written newest first, from further down): its events are the earlier
    text's, counted there (``structure.copies``)."""
    blocks = adoc.__dict__.get("_copied_blocks")
    if blocks is None:
        entries = adoc.structure.entries
        newest_first = len(entries) > 1 and entries[0].date.date > entries[-1].date.date
        blocks = adoc.__dict__["_copied_blocks"] = copied_blocks(adoc.document, newest_first)
    return in_copied_block(blocks, offset)


def candidate(detector: str, adoc: AnalysedDocument, span: Span, dated: Dated, prob: float | None, rule_ok: bool,
              vetoes: dict[str, bool], extra: list[str] | None = None, **attributes: Any) -> Candidate:
    """The candidate for ``span``'s sentence on ``dated``, with the filters that fired as signals."""
    signals = base_signals(adoc, span, dated) + [n for n, hit in vetoes.items() if hit] + (extra or [])
    finding = event_finding(span.label_, detector, adoc, span.sent, span, dated, prob, **attributes)
    return Candidate(finding, rule_ok, signals, entry_header(adoc, span.start_char))
