"""Counter-examples of the review of 879a86c and ea5a84c (a helper who saw no corpus), each failing before
its mend: the new rules must not drop the foster family's own events. Every sentence is written for this test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from audit.detect.form_fields import label_answer
from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Hulpverleningsplan\nJeugdige: Milan de Wit\nPleegouders: Anouk en Stefan Brouwer\n"
        "Start plaatsing: 01-03-2022\n")


def run(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "R19-1", nlp, {"plan.txt": PLAN, **files}, AS_OF)


def journal(line: str, title: str = "Journaal PZB - Milan de Wit", kind: str = "Huisbezoek") -> dict[str, str]:
    return {"journaal.txt": f"{title}\n\n14-04-2025 {kind}\n{line}\n"}


@pytest.mark.parametrize("files", [
    {"rapportage.txt": "Voortgangsrapportage pleegzorg t.b.v. jeugdreclassering\nJeugdige: Milan de Wit\n\n"
                       "De jaarlijkse veiligheidscheck is op 12-02-2025 gedaan; Milan is apart gesproken.\n"},
    journal("Jaarlijkse veiligheidscheck gedaan; Milan apart gesproken.", "Journaal PZB - Milan de Wit (na melding politie)"),
    journal("Jaarlijkse veiligheidscheck gedaan met Anouk en Stefan; ook besproken hoe zij omgaan met het risico op "
            "recidive van Milan."),
    journal("Veiligheidscheck gedaan bij Anouk en Stefan, ook het logeeradres bij oma besproken."),
    journal("Naar aanleiding van de melding van Veilig Thuis is de jaarlijkse veiligheidscheck met Anouk en Stefan "
            "gedaan; Milan apart gesproken."),
])
def test_the_foster_family_s_own_check_is_kept(tmp_path, nlp, files):
    assert event_dates(run(tmp_path, nlp, files), "safety_checks") != []


def test_a_foster_parent_named_raf_is_no_justice_risk_assessment(tmp_path, nlp):
    plan = PLAN.replace("Anouk en Stefan Brouwer", "Els en Raf Peeters")
    found = audit_files(tmp_path / "RAF", nlp, {"plan.txt": plan, **journal(
        "Jaarlijkse veiligheidscheck gedaan met Els en Raf; Milan apart gesproken.")}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2025-04-14"]


@pytest.mark.parametrize("line", [
    "JB was ook aanwezig bij het huisbezoek.",
    "JB is aangeschoven bij het huisbezoek bij Anouk en Stefan.",
    "De jeugdreclasseerder heeft het huisbezoek bijgewoond.",
])
def test_the_provider_s_visit_with_a_jb_along_is_a_home_visit(tmp_path, nlp, line):
    assert event_dates(run(tmp_path, nlp, journal(line, kind="Notitie")), "home_visits") == ["2025-04-14"]


@pytest.mark.parametrize("line", [
    "Advies van collega-GW Ruben (vervangt Marloes): vaste bedtijd om acht uur en een beloningskaart.",
    "Advies senior gedragswetenschapper: vaste bedtijd om acht uur en een beloningskaart.",
    "Advies werkbegeleiding door GW Marloes: vaste bedtijd om acht uur en een beloningskaart.",
    "GW Marloes adviseert om de gedragsdeskundige van de JR te raadplegen over de leerstraf van Milan.",
])
def test_our_own_gw_s_advice_is_kept(tmp_path, nlp, line):
    found = run(tmp_path, nlp, {"journaal.txt": f"Journaal\n\n14-04-2025 GW-overleg\n{line}\n"})
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-04-14"]


@pytest.mark.parametrize("line, expected", [
    # no yes: boxes after the words, a blank template, a yes that plans or qualifies, a label asking a need
    ("Kind alleen gesproken: ja ☐ / nee ☒", None),
    ("Kind alleen gesproken: ja [ ] / nee [x]", None),
    ("Kind alleen gesproken: ja / nee", None),
    ("Kind alleen gesproken: ja, gepland voor volgende week", None),
    ("Kind alleen gesproken: ja, maar pleegmoeder bleef erbij", None),
    ("Apart gesprek met kind nodig: ja", None),
    # still a yes: a "niet" or "wil" later in the answer (second review)
    ("Jeugdige apart gesproken: ja, niet in bijzijn van pleegouders", True),
    ("Kind alleen gesproken: ja, Roos wil graag vaker alleen praten", True),
    ("Kind alleen gesproken: ja (20 min), zij gaf aan dat ze niet gepest wordt", True),
])
def test_what_a_yes_says(line, expected):
    start = next(line.find(w) for w in ("alleen", "apart", "Apart") if w in line)
    assert label_answer(line, start, start + 6) is expected


@pytest.mark.parametrize("sentence", [
    "Milan is bij pleeggezin Brouwer geplaatst omdat het vorige pleeggezin stopte.",
    "Milan is bij oom geplaatst omdat ze hem thuis niet meer aankonden.",
    "Milan is bij oom geplaatst omdat oom als enige plek had.",
])
def test_a_placement_for_want_of_another_place_is_no_rationale(tmp_path, nlp, sentence):
    plan = "Hulpverleningsplan\nJeugdige: Milan de Wit\n\nSituatie\n" + sentence + "\n"
    found = audit_files(tmp_path / "M", nlp, {"hulpverleningsplan.txt": plan}, AS_OF)
    assert found["matching_rationale"]["documented"] is False


def test_a_check_of_the_car_seat_is_no_safety_check(tmp_path, nlp):
    assert event_dates(run(tmp_path, nlp, journal("Controle veiligheid van de autostoel gedaan.")), "safety_checks") == []

