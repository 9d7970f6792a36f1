"""One-on-one contacts: the worker spoke with the foster child without foster parents present."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Span

from audit.detect.base import all_triggers, evidence_for, structural_span
from audit.detect.batch import prime
from audit.detect.candidates import Candidate, candidate, shared_vetoes
from audit.detect.dating import Dated, enumerated_dates, sentence_date, span_text
from audit.detect.participants import addressed_subject, informal_speaker, names_in, writer_is_subject
from audit.resources import resource_cache, resource_json
from audit.structure.tables import TextRow, text_tables
from audit.types import AnalysedDocument, DossierContext

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "one_on_one_contact"


@resource_cache
def _definitional() -> dict[str, re.Pattern[str]]:
    data = resource_json("decision_nl.json")
    return {name: re.compile(data[name]) for name in ("attempt", "form_no", "meeting_without_child", "habit")}


def definitional_vetoes(text: str) -> dict[str, bool]:
    """A talk only tried, a form field answered no, a meeting of professionals without the child, a
    habit told in the present: none is a talk with the child on a day, whatever else the sentence says (hard vetoes, ``decision_nl.json``)."""
    return {f"veto={name}": bool(rx.search(text)) for name, rx in _definitional().items()}


@resource_cache
def _child_subject_cues() -> frozenset[str]:
    """Cues whose trigger names its subject, which must be the child ("belde Noor mij"; ``subject_is_child``)."""
    return frozenset(t["cue"] for t in resource_json("event_triggers.json")["triggers"] if t.get("subject_is_child"))


REGISTER_CUE = "met wie: alleen het kind"


@resource_cache
def _register_rules() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(v) for k, v in resource_json("decision_nl.json")["contact_register"].items()}


def register_spans(adoc: AnalysedDocument, child_names: set[str]) -> list[tuple[Span, TextRow]]:
    """The participants cells of a contact register's rows that name the child alone ("12-06-2024 |
    school | PK | Jesse gesproken in een lege klas"), each with its row: a contact without the foster
    parents, found by the table's structure rather than by words in the note (``contact_register`` in
    decision_nl.json)."""
    text = adoc.document.text
    rules = _register_rules()
    spans: list[tuple[Span, TextRow]] = []
    for table in text_tables(text):
        names = [n.strip() for n in table.header_cells(text)]
        who = next((i for i, n in enumerate(names) if rules["participants_column"].match(n)), None)
        if who is None or not any(rules["date_column"].match(n) for n in names):
            continue
        for row in table.rows:
            if who >= len(row.cells):
                continue
            a, b = row.cells[who]
            cell = text[a:b]
            if not (rules["child_only"].match(cell) or cell.rstrip(".") in child_names):
                continue
            if rules["written"].search(text[row.start : row.end]):
                continue  # a mail or an app: no talk
            span = structural_span(adoc, a, b, KIND, REGISTER_CUE)
            if span is not None:
                spans.append((span, row))
    return spans


def _register_vetoes(adoc: AnalysedDocument, row: TextRow) -> dict[str, bool]:
    """A register row is its own record (its date cell is no entry header over it); a row that says the
    contact did not take place ("hij nam niet op", "afgezegd") records none."""
    return {"veto=header": False,
            "veto=not_happened": bool(_register_rules()["not_held"].search(adoc.document.text[row.start : row.end]))}


def _row_sentences(adoc: AnalysedDocument, span: Span, row: TextRow) -> list[Span]:
    """The sentences of ``row`` after ``span`` (its note)."""
    starts = adoc.sentence_starts
    return adoc.sentences[bisect_left(starts, span.end_char) : bisect_left(starts, row.end)]


def one_on_one_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    """Every talk trigger with its signals; ``rule_ok`` is the rules' own decision."""
    out: list[Candidate] = []
    # "Rutger met Sven alleen naar de bouwmarkt": a foster parent doing something with the child
    foster_names = frozenset(n.lower() for n in ctx.facts.get("foster_parent_names", set()))
    for adoc in ctx.documents:
        seen_sents: set[tuple[int, object]] = set()  # the rules make one finding per sentence and date
        spans = all_triggers(adoc, KIND)
        register = register_spans(adoc, ctx.facts.get("child_names", set()))
        rows = {span.start_char: row for span, row in register}  # the register cells' rows
        if register:
            spans = sorted(list(spans) + [span for span, _ in register], key=lambda s: s.start_char)
        prime(models, KIND, (span_text(adoc, span.sent) for span in spans))
        for span in spans:
            sent = span.sent
            dated = sentence_date(adoc, sent, anchor=span.start_char)
            vetoes, prob = shared_vetoes(ctx, adoc, span, dated, models)
            row = rows[span.start_char] if span._.cue == REGISTER_CUE else None
            if row is not None:
                vetoes.update(_register_vetoes(adoc, row))
            before = adoc.document.text[sent.start_char : span.start_char]
            vetoes["veto=informal"] = informal_speaker(before, foster_names)
            # the foster parents' own logbook: its "we" are they ("we hebben samen pannenkoeken gebakken")
            vetoes["veto=foster_parent_log"] = adoc.structure.foster_parent_log and writer_is_subject(before)
            vetoes.update(definitional_vetoes(span_text(adoc, sent)))
            if span._.cue in _child_subject_cues():  # "belde Marieke mij": the foster mother, not the child
                vetoes["veto=not_the_child"] = not (names_in(span_text(adoc, span), ctx.facts.get("child_names", set()), True)
                                                    or addressed_subject(span))  # "Je belde mij": to the child
            key = (sent.start, dated.mention.date if dated.mention else None)
            rule_ok = not any(vetoes.values()) and key not in seen_sents
            if rule_ok:
                seen_sents.add(key)
            out.append(candidate("one_on_one", adoc, span, dated, prob, rule_ok, vetoes))
            if row is not None:  # the inspector reads the row's note, not only its "PK" cell
                out[-1].finding.evidence += [evidence_for(adoc, s) for s in _row_sentences(adoc, span, row) if s != sent]
            for other in enumerated_dates(adoc, sent, dated):  # a summary of several talks: one candidate a day
                out.append(candidate("one_on_one", adoc, span, Dated(other, "sentence"), prob, False, vetoes,
                                     ["date=enumerated"]))
    return out
