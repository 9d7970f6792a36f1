"""Monthly reports: a heading names the month ("Maandrapportage maart 2025", "April '25") and its notes name
days without their month ("op de 14e", "op di 21", "Wo 14", "vorige maand ... de 27e"). The scientist's own
notes file ("Notities gedragswetenschapper") holds her advice though its entries name only the asker. Every
sentence is written for this test."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 12, 1)
PLAN = ("Hulpverleningsplan\nPleegkind: Noor Veenstra\nPleegouders: Wilma en Gert Bakker\n"
        "Start plaatsing: 01-03-2022\n")


def events(tmp_path, nlp, field: str, files: dict[str, str]) -> list[str]:
    found = audit_files(tmp_path / "MR-1", nlp, {"plan.txt": PLAN, **files}, AS_OF)
    return sorted(event_dates(found, field))


REPORTS = ("Maandrapportages Noor Veenstra\nPeriode: januari 2025 t/m mei 2025\n\n"
           "Maandrapportage januari 2025\nContacten deze maand | 2\n"
           "Op de 14e huisbezoek bij Wilma en Gert. Daarna heb ik Noor alleen gesproken op haar kamer.\n\n"
           "Februari '25\nContacten deze maand | 1\n"
           "Op di 18 heb ik Noor na school opgehaald en zijn we samen een ijsje gaan eten, alleen wij tweeën.\n\n"
           "Maandrapportage maart 2025\nContacten deze maand | 1\n"
           "Vorige maand vergeten te noteren: na het HB van de 25e heb ik Noor nog even alleen gesproken in de "
           "tuin.\n\n"
           "Maandrapportage april 2025\nContacten deze maand | 1\n"
           "Wo 16 de jaarlijkse veiligheidscheck gedaan bij Wilma en Gert thuis; Noor apart gevraagd hoe het thuis "
           "gaat, zonder pleegouders erbij.\n")


def test_days_of_the_month_in_monthly_reports(tmp_path, nlp):
    assert events(tmp_path, nlp, "one_on_one_contacts", {"maandrapportages.txt": REPORTS}) == [
        "2025-01-14", "2025-02-18", "2025-02-25", "2025-04-16"]
    assert events(tmp_path, nlp, "safety_checks", {"maandrapportages.txt": REPORTS}) == ["2025-04-16"]


@pytest.mark.parametrize("line", [
    "Op do 18 heb ik Noor alleen gesproken op haar kamer.",  # 18 February 2025 is a Tuesday
    "Volgende afspraak op de 27e: dan wil ik Noor alleen spreken.",
])
def test_a_weekday_that_does_not_fit_or_a_plan_gives_no_day(tmp_path, nlp, line):
    text = f"Maandrapportages Noor Veenstra\n\nFebruari '25\nContacten deze maand | 1\n{line}\n"
    assert "2025-02-18" not in events(tmp_path, nlp, "one_on_one_contacts", {"maandrapportages.txt": text})
    assert "2025-02-27" not in events(tmp_path, nlp, "one_on_one_contacts", {"maandrapportages.txt": text})


def test_the_scientist_s_own_notes_hold_her_advice(tmp_path, nlp):
    notes = ("Pleegzorg Noord — Notities gedragswetenschapper\nCliënt: Noor Veenstra\n"
             "Gedragswetenschapper: drs. P. Smolders, orthopedagoog\n\n"
             "05-09-2025 — Consultatie met M. Hendrikx over Noor. Besproken: slecht slapen na de omgang. "
             "Advies: vaste bedtijd en een rustig ritueel na de omgangsdag.\n")
    assert events(tmp_path, nlp, "behavioural_scientist_advice", {"gw_notities.txt": notes}) == ["2025-09-05"]


def test_the_worker_s_notes_about_a_meeting_with_someone_else_hold_no_scientist_s_advice(tmp_path, nlp):
    notes = ("Notities pleegzorgbegeleider\nCliënt: Noor Veenstra\n\n"
             "05-09-2025 — Overleg met de mentor over Noor. Besproken: huiswerk. Advies: een vaste huiswerkplek.\n")
    assert events(tmp_path, nlp, "behavioural_scientist_advice", {"notities.txt": notes}) == []


@pytest.mark.parametrize("line", [
    "Dit was de 3e keer dat ik Noor alleen heb gesproken.",
    "Ik heb Noor alleen gesproken; ze zit nu in de 2e klas.",
    "Ik heb Noor op de 14e van april alleen gesproken.",
])
def test_an_ordinal_that_is_no_day_of_this_month_gives_none(tmp_path, nlp, line):
    text = f"Maandrapportages Noor Veenstra\n\nMaandrapportage maart 2025\nContacten deze maand | 1\n{line}\n"
    days = events(tmp_path, nlp, "one_on_one_contacts", {"maandrapportages.txt": text})
    assert not any(d.startswith("2025-03-") for d in days)


def test_a_full_date_told_later_in_the_story_beats_a_day_of_the_month(tmp_path, nlp):
    text = ("Maandrapportages Noor Veenstra\n\nMaandrapportage maart 2025\nContacten deze maand | 2\n"
            "Op di 4 heb ik Wilma gebeld. Huisbezoek op 20 maart gedaan. Daarna heb ik Noor alleen gesproken op haar "
            "kamer.\n")
    assert events(tmp_path, nlp, "one_on_one_contacts", {"maandrapportages.txt": text}) == ["2025-03-20"]
