"""A check form whose field near its top says it checks another home ("Soort check | Veiligheidscheck
thuissituatie moeder"), and one whose answers point back to last year's ("zie vorig jaar") instead of being
given: no check of this foster family on its date. And the counter-examples: the foster family's address in
that field, a single answer that points back. Every form is written for this test."""
from __future__ import annotations

import datetime as dt

from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Hulpverleningsplan\nPleegkind: Dex Oosterbaan\nPleegouders: Marja en Kees de Wit\n"
        "Start plaatsing: 01-03-2023\n")


def checks(tmp_path, nlp, form: str) -> list[str]:
    found = audit_files(tmp_path / "VCF-1", nlp, {"plan.txt": PLAN, "veiligheidscheck_2025.txt": form}, AS_OF)
    return event_dates(found, "safety_checks")


def _form(kind: str, answers: list[str]) -> str:
    return ("Pleegzorg Zuid\nVeiligheidscheck\nFormulier VC-2025\n" + kind + "Datum | 15-03-2025\n"
            "Ingevuld door | R. Lindeboom (PZB)\n" + "".join(a + "\n" for a in answers) + "Status | definitief\n")


ANSWERS = ["Samenstelling huishouden | Marja, Kees en Dex", "Pleegkind gesproken zonder PO | ja, op zijn kamer",
           "Zorgen over veiligheid | nee"]


def test_a_form_whose_kind_field_names_the_mother_s_home_is_no_check_of_the_family(tmp_path, nlp):
    kind = "Soort check | Veiligheidscheck thuissituatie moeder (perspectiefonderzoek)\n"
    assert checks(tmp_path, nlp, _form(kind, ANSWERS)) == []


def test_a_form_whose_address_field_is_the_foster_family_s_is_a_check(tmp_path, nlp):
    kind = "Adres | pleeggezin De Wit, Dorpsstraat 4, Heeze\n"
    assert checks(tmp_path, nlp, _form(kind, ANSWERS)) == ["2025-03-15"]


def test_answers_that_point_back_to_last_year_make_a_copy(tmp_path, nlp):
    answers = ["Samenstelling huishouden | zie vorig jaar", "Pleegkind gesproken zonder PO | zie vorig jaar",
               "Zorgen over veiligheid | nee, ongewijzigd"]
    assert checks(tmp_path, nlp, _form("", answers)) == []


def test_one_answer_that_points_back_still_leaves_a_check(tmp_path, nlp):
    answers = ["Samenstelling huishouden | zie vorig jaar", "Pleegkind gesproken zonder PO | ja, op zijn kamer",
               "Zorgen over veiligheid | nee"]
    assert checks(tmp_path, nlp, _form("", answers)) == ["2025-03-15"]


def _journal_checks(tmp_path, nlp, line: str) -> list[str]:
    journal = f"Journaal\n\n13-05-2025 - Veiligheidscheck (PZB)\n{line}\n"
    found = audit_files(tmp_path / "VCF-2", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    return event_dates(found, "safety_checks")


def test_a_check_whose_next_sentence_says_its_answers_were_copied_is_no_new_check(tmp_path, nlp):
    line = "Veiligheidscheck 2025 ingevuld, zie formulier. Antwoorden overgenomen uit 2024 i.v.m. drukte."
    assert _journal_checks(tmp_path, nlp, line) == []


def test_a_check_whose_next_sentence_takes_only_some_data_from_elsewhere_stays_a_check(tmp_path, nlp):
    line = ("Veiligheidscheck 2025 ingevuld met Marja en Kees aan de keukentafel. Gegevens over de woning overgenomen "
            "uit het intakeverslag.")
    assert _journal_checks(tmp_path, nlp, line) == ["2025-05-13"]
