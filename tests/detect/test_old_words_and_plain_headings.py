"""Older, formal wording and plain plan headings: "ten huize van" is at the foster home, "Werkpunten:" are
actions, a heading "Waarom Mila bij opa en oma woont" holds the matching, the prose of a plan before its
goals heading is no goal, group information on sexuality is not this child's, a file's "zie aparte
notitie" is no talk. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

import pytest

from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 6, 1)
HEADER = "Journaalnotities - pupil Mees Verhoeven (geb. 11-04-2012)\nPleeggezin: fam. Van Dongen\n\n"


def audit(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "OUD-1", nlp, files, AS_OF)


@pytest.mark.parametrize("body", [
    "Huisbezoek ten huize van het pleeggezin Van Dongen, Kerkpad 3 te Heeswijk.",
    "Kennismakingsbezoek ten huize van het crisispleeggezin, in aanwezigheid van beide pleegouders.",
    "Veiligheidschecklist afgenomen ten huize van het pleeggezin.",
    "Bijeenkomst ten huize van grootouders met de gezinsvoogd.",
])
def test_ten_huize_van_is_at_the_foster_home(tmp_path, nlp, body):
    found = audit(tmp_path, nlp, {"journaal.txt": HEADER + f"d.d. 12 maart 2025\n{body}\n"})
    assert event_dates(found, "home_visits") == ["2025-03-12"]


def test_ten_huize_van_a_parent_is_no_visit_at_the_foster_home(tmp_path, nlp):
    body = "Omgangsbezoek ten huize van moeder, begeleid door de gezinsvoogd."
    assert audit(tmp_path, nlp, {"journaal.txt": HEADER + f"d.d. 12 maart 2025\n{body}\n"})["home_visits"] == []


PLAN = ("Plan van aanpak pleegzorg\nStichting Pleegzorg Kempenhorst\nPupil | Mees Verhoeven\nVastgesteld | 10 januari 2025\n"
        "1. Aanleiding\n"
        "Mees woonde na de scheiding van zijn ouders bij vader. In 2024 kon vader de zorg niet meer dragen.\n"
        "2. Doelstellingen\n"
        "Mees gaat vanaf februari 2025 iedere schooldag op tijd naar school.\n"
        "Mees zwemt vóór de zomer van 2025 zijn A-diploma.\n"
        "3. Afspraken\n"
        "Pleegzorgwerker spreekt Mees driemaal per jaar apart.\n")


def test_the_prose_before_a_goals_heading_under_a_plan_title_is_no_goal(tmp_path, nlp):
    goals = [g["text"] for g in audit(tmp_path, nlp, {"plan_van_aanpak.txt": PLAN})["goals"]]
    assert goals == ["Mees gaat vanaf februari 2025 iedere schooldag op tijd naar school.",
                     "Mees zwemt vóór de zomer van 2025 zijn A-diploma."]


def test_werkpunten_under_a_goal_are_actions(tmp_path, nlp):
    plan = ("Zorgplan 2025\nDoelstellingen\nDoelstelling 1\nMees voelt zich veilig in het pleeggezin.\n"
            "Werkpunten: pleegzorgwerker legt eens per zes weken een huisbezoek af; jaarlijkse veiligheidstoets.\n"
            "Doelstelling 2\nMees haalt in juni 2025 zijn zwemdiploma A.\n"
            "Werkpunten: pleegvader brengt hem naar zwemles; pleegmoeder houdt contact met de zwemschool.\n")
    goals = [g["text"] for g in audit(tmp_path, nlp, {"zorgplan.txt": plan})["goals"]]
    assert goals == ["Mees voelt zich veilig in het pleeggezin.", "Mees haalt in juni 2025 zijn zwemdiploma A."]


@pytest.mark.parametrize("plan", [
    "Plan van aanpak 2025\nJeugdige: Mees Verhoeven (geb. 11-04-2012)\nWerkpunten\n"
    "1. Mees gaat vóór 1 juli 2025 elke schooldag zelfstandig met de fiets naar school.\n"
    "2. Mees belt elke zondag met zijn moeder.\n",
    "Zorgplan 2025\nDoelen\nWerkpunt 1: Mees gaat vóór 1 juli 2025 elke schooldag zelfstandig met de fiets naar school.\n"
    "Werkpunt 2: Mees belt elke zondag met zijn moeder.\n",
])
def test_werkpunten_as_the_plan_s_own_goals(tmp_path, nlp, plan):
    """Only "Werkpunten:" under a goal lists actions; a plan's "Werkpunten" or "Werkpunt 1:" are its goals."""
    goals = [g["text"] for g in audit(tmp_path, nlp, {"plan.txt": plan})["goals"]]
    assert len(goals) == 2 and all("Mees" in g for g in goals) and not any(g.startswith("Jeugdige") for g in goals)


@pytest.mark.parametrize("heading", ["Waarom Mees niet bij moeder woont", "Waarom Mees bij vader weg moest en in een pleeggezin woont"])
def test_a_heading_about_leaving_home_is_no_matching(tmp_path, nlp, heading):
    plan = (f"Hulpverleningsplan 2025\nPleegkind | Mees Verhoeven\n{heading}\n"
            "Vader kon de zorg niet meer dragen; er waren zorgen over de hygiëne en het schoolverzuim.\n"
            "Doelen\nMees zwemt vóór de zomer van 2025 zijn A-diploma.\n")
    assert audit(tmp_path, nlp, {"hvp.txt": plan})["matching_rationale"]["documented"] is False


def test_a_heading_that_asks_why_the_child_lives_there_holds_the_matching(tmp_path, nlp):
    plan = ("Hulpverleningsplan netwerkpleegzorg 2025\nPleegkind | Mees Verhoeven\n"
            "Waarom Mees bij oom en tante woont\n"
            "Een bestandspleeggezin is overwogen, maar vader wilde Mees liever bij familie en de band met oom en tante was sterk.\n"
            "Doelen\nMees zwemt vóór de zomer van 2025 zijn A-diploma.\n")
    assert audit(tmp_path, nlp, {"hvp.txt": plan})["matching_rationale"]["documented"] is True


@pytest.mark.parametrize("body", [
    "Pleegmoeder was bij de themavond 'Puberteit en seksualiteit' van de training voor pleegouders (algemene voorlichting).",
    "Op school heeft de klas van Mees GGD-voorlichting gehad over relaties en seksualiteit.",
])
def test_group_information_on_sexuality_is_not_attention_for_this_child(tmp_path, nlp, body):
    found = audit(tmp_path, nlp, {"journaal.txt": HEADER + f"d.d. 12 maart 2025\n{body}\n"})
    assert found["sexual_development"] == []


@pytest.mark.parametrize("body", [
    "Advies gedragsdeskundige ontvangen (zie aparte notitie).",
    "Hulpverleningsplan vastgesteld, zie apart document.",
])
def test_no_talk_of_its_own(tmp_path, nlp, body):
    found = audit(tmp_path, nlp, {"journaal.txt": HEADER + f"d.d. 12 maart 2025\n{body}\n"})
    assert found["one_on_one_contacts"] == []


def test_a_form_field_answered_no_with_a_reason(tmp_path, nlp):
    form = ("Herscreening pleeggezin\nPupil: Mees Verhoeven\nDatum: 18-03-2025\n"
            "Jeugdige apart bevraagd: nee (Mees was op stage).\nConclusie: geen bezwaren.\n")
    assert audit(tmp_path, nlp, {"herscreening.txt": form})["one_on_one_contacts"] == []


def test_a_classmate_is_no_class_lesson(tmp_path, nlp):
    body = ("pleegmoeder belde een jongen uit de klas van Mees heeft bij gym zijn broek naar beneden getrokken "
            "ik heb met pleegmoeder doorgesproken hoe ze met Mees praat over zijn lijf en grenzen")
    found = audit(tmp_path, nlp, {"journaal.txt": HEADER + f"d.d. 12 maart 2025\n{body}\n"})
    assert event_dates(found, "sexual_development") == ["2025-03-12"]
