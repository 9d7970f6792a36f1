"""A file of capitals (an old system's journal) is read in sentence case, with the dossier's names and the
known abbreviations kept capital, its own text kept for the evidence. Every line is written for this test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from audit.structure.casing import _sentence_case, dossier_names, in_sentence_case
from audit.types import Document
from tests.pipelines import audit_files, event_dates

PLAN = "Hulpverleningsplan\nJeugdige: Fleur Koning\nPleegouders: Ans en Kees Koning\nStart plaatsing: 01-09-2021\n"
JOURNAL = ("JOURNAAL PLEEGZORG - FLEUR KONING\n"
           "DATUM     SOORT     MDW     TEKST\n"
           "20-02-25  HB        MSC     GESPREK MET FLEUR ALLEEN OP HAAR KAMER. PM WAS BOODSCHAPPEN DOEN.\n"
           "12-03-25  GW-OVERL  MSC     GW-OVERLEG MET L. PEETERS (GW): FLEUR PAST ZICH AAN PO AAN.\n"
           "                            ADV = FLEUR VAKER ZONDER PO SPREKEN, EIGEN TEMPO.\n")


def _doc(text: str) -> Document:
    return Document(name="journaal.txt", path=Path("journaal.txt"), sha256="", reader="text/utf-8", text=text)


def test_a_line_of_capitals_in_sentence_case():
    names = frozenset({"fleur", "koning"})
    assert _sentence_case("20-02-25 HB PZB: GESPR M/ FLEUR ALLEEN OP KAMER. PM BOODSCH.", names) == \
        "20-02-25 HB PZB: Gespr M/ Fleur alleen op kamer. PM boodsch."


def test_only_a_file_of_capitals_changes_and_its_offsets_stay():
    names = dossier_names([_doc(PLAN)])
    assert {"fleur", "koning", "kees"} <= names and "het" not in names and "hulpverleningsplan" not in names
    doc = in_sentence_case(_doc(JOURNAL), names)
    assert len(doc.text) == len(JOURNAL) and doc.shown == JOURNAL
    assert "gesprek met Fleur alleen op haar kamer." in doc.text and "Adv = Fleur vaker zonder PO" in doc.text
    # a form with a title in capitals is no file of capitals
    form = _doc("VEILIGHEIDSCHECK PLEEGGEZIN\nPleegkind: Fleur Koning\nDatum: 12-03-2025\nFleur is apart gesproken.\n")
    assert in_sentence_case(form, names) is form


def test_a_journal_of_capitals_yields_its_talk_and_advice_quoted_as_written(tmp_path, nlp):
    found = audit_files(tmp_path / "HFD-1", nlp, {"plan.txt": PLAN, "journaal.txt": JOURNAL}, dt.date(2025, 6, 1))
    assert event_dates(found, "one_on_one_contacts") == ["2025-02-20"]
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-03-12"]
    sentence = found["one_on_one_contacts"][0]["evidence"][0]["sentence"]
    assert sentence.isupper() and "FLEUR ALLEEN" in sentence  # the file's own words, not the analysis' casing


def test_initials_short_names_and_forms_with_capital_labels(tmp_path, nlp):
    names = dossier_names([_doc("Plan\nJeugdige: Bo de Vries\nGesprek met Bo over school. Huisbezoek gepland.\n")])
    assert "bo" in names and "gesprek" not in names and "huisbezoek" not in names
    assert _sentence_case("JB P. DE GROOT: IS OP HUISBEZOEK GEWEEST BIJ M THUIS, MET BO APART.", names) == \
        "JB P. De groot: Is op huisbezoek geweest bij M thuis, met Bo apart."
    # a form whose labels are capitals, answered on their own lines, is no file of capitals
    form = _doc("CHECK VEILIGHEID PLEEGGEZIN\nNAAM PLEEGKIND\nBo de Vries\nJEUGDIGE APART GESPROKEN\nja, op haar kamer\n"
                "DATUM VAN DE CHECK\n12-03-2025\nOPMERKINGEN PZB\nGeen zorgen over de veiligheid.\n")
    assert in_sentence_case(form, names) is form
