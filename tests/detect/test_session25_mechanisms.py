"""Mechanisms found on ten more corpora studied in the twenty-fifth session (issue 9): the foster family
named one person at a time, a home visit "bij Mol thuis", dictated "zorg team", goals judged line by line,
a withdrawn journal entry, talks counted without their days, "met alleen een" (only), forms bundled in one
file, an earlier check named in an unfinished form, a household field that gives no reasons, and a
confidant question told after a quote. Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

import pytest

from audit.detect import facts
from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 12, 1)


@pytest.mark.parametrize("text, first, surname", [
    ("Pleegouder Karin Smeenk, Brinkwijk\n", "Karin", "Smeenk"),
    ("Netwerkpleegouder | Fatima Haddou (tante, zus van moeder)\n", "Fatima", "Haddou"),
    ("Esther van Dalen | pleegmoeder | 06-06-1980\n", "Esther", "van Dalen"),
    ("Karin Smeenk 21-09-1975, pleegmoeder, doktersassistente\n", "Karin", "Smeenk"),
    ("Het pleeggezin bestaat uit Marloes Akkerman (46), Dennis Akkerman (48) en hun zoon.\n", "Marloes", "Akkerman"),
])
def test_one_foster_parent_named_at_a_time(text: str, first: str, surname: str) -> None:
    firsts, surnames = facts.foster_family_names([text], set())
    assert first in firsts and surname in surnames


@pytest.mark.parametrize("text, surname", [
    ("Pleeggezin Mol, Watermolen (pleegoudervoogdij)\n", "Mol"),
    ("Pleegkind: Jayden Koster (14), pleegoudervoogdij fam. Mol\n", "Mol"),
    ("Pleeggezin | Esther en Wouter Brouwer, Duinhoeve\n", "Brouwer"),
])
def test_the_foster_familys_name(text: str, surname: str) -> None:
    assert surname in facts.foster_family_names([text], set())[1]


def test_a_list_of_people_names_no_carer() -> None:
    """Who of a household list is the carer is not said; an attendance list neither."""
    firsts, _ = facts.foster_family_names([
        "Samenstelling crisispleeggezin: Anouk van Leeuwen (38), Thijs van Leeuwen (40), zoon Mees (7).\n"
        "Aanwezig: moeder, oma Gerda Nijenhuis, crisispleegouder, J. Wissink (PZB)\n"], set())
    assert firsts == set()


def test_both_carers_with_role_and_age_in_brackets() -> None:
    text = "Pleeggezin | Ingrid Verhoeven (pleegmoeder, 46) en Marco Verhoeven (pleegvader, 48), Kreekweg 14\n"
    assert {"Ingrid", "Marco"} <= facts.foster_parent_names([text], set())


@pytest.mark.parametrize("word, family, same", [
    ("Mol", {"Mol"}, True), ("Van Dalen", {"van Dalen"}, True), ("Akkermannen", {"Akkerman"}, True),
    ("Vissers", {"Visser"}, True), ("Molenaar", {"Mol"}, False), ("Samira", {"Mol"}, False),
])
def test_same_family(word: str, family: set[str], same: bool) -> None:
    assert facts.same_family(word, family) is same


PLAN = ("Hulpverleningsplan\nPleegkind: Jayden Koster (14)\nPleeggezin Mol, Watermolen\n"
        "Pleegouder Ingrid Mol\nStart plaatsing: 01-03-2022\nMoeder: Samira Koster\n")


@pytest.mark.parametrize("entry, visit", [
    ("18-03-2025 | PZB\nVandaag de jaarlijkse veiligheidscheck gedaan bij Mol thuis, formulier ingevuld.", True),
    ("18-03-2025 | PZB\nZorgteam bij Ingrid thuis: moeder, Ingrid, Jayden en ondergetekende.", True),
    ("18-03-2025 | PZB\nEvaluatiegesprek vanmiddag bij de Mollen thuis, met moeder.", True),
    ("18-03-2025 | PZB\nVeiligheidscheck bij Samira thuis, de woning van moeder.", False),
])
def test_a_visit_at_the_foster_familys_home_by_its_name(tmp_path: Path, nlp, entry: str, visit: bool) -> None:
    found = audit_files(tmp_path / "HVN-1", nlp, {"plan.txt": PLAN, "journaal.txt": entry + "\n"}, AS_OF)
    assert ("2025-03-18" in event_dates(found, "home_visits")) is visit


def test_a_dictated_zorg_team(tmp_path: Path, nlp) -> None:
    memo = "Spraakmemo 18-03-2025 21:10 - PZB\nmemo zorg team vanavond bij Mol thuis, moeder en school waren er ook\n"
    found = audit_files(tmp_path / "ZT-1", nlp, {"plan.txt": PLAN, "memos.txt": memo}, AS_OF)
    assert event_dates(found, "care_team_meetings") == ["2025-03-18"]


def test_a_goal_judged_on_its_own_line_in_an_evaluation_report(tmp_path: Path, nlp) -> None:
    report = ("Halfjaarevaluatie zorgplan\nPleegkind: Jayden Koster\nDatum evaluatie: 26-08-2025\n"
              "Plaats: kantoor\nPleegkind\nDoel voetbal: behaald. Jayden mist geen training meer.\n"
              "Doel school: deels behaald; doel blijft staan.\n")
    found = audit_files(tmp_path / "GE-1", nlp, {"plan.txt": PLAN, "halfjaarevaluatie.txt": report}, AS_OF)
    assert event_dates(found, "goal_evaluations") == ["2025-08-26"]


def test_judged_goals_under_an_evaluation_held_later_than_the_plan(tmp_path: Path, nlp) -> None:
    plan = (PLAN + "Vastgesteld: 10-06-2025\n5. Doelen\nDoel 1. Jayden gaat vóór 1 december elke dag naar school.\n"
            "6. Evaluatie\nEvaluatie op 14 november 2025 bij Ingrid thuis, met moeder.\n"
            "Doel 1: behaald. Jayden gaat sinds oktober elke dag. Gesloten.\n")
    found = audit_files(tmp_path / "GE-2", nlp, {"plan.txt": plan}, AS_OF)
    assert event_dates(found, "goal_evaluations") == ["2025-11-14"]


def test_an_evaluation_dated_inside_a_later_plan(tmp_path: Path, nlp) -> None:
    plan = (PLAN + "Vastgesteld: 18-11-2025\nEvaluatie vorig plan\nBij de evaluatie op 12-09-2025 zijn de doelen "
            "van het vorige plan besproken: zwemdiploma A is behaald en afgesloten.\n")
    found = audit_files(tmp_path / "GE-3", nlp, {"plan.txt": plan}, AS_OF)
    assert event_dates(found, "goal_evaluations") == ["2025-09-12"]


ECD = ("ECD-export journaal\nCliënt: Milan Bosch\nPleeggezin: Henk en Marga Bosch\n\n"
       "Journaalregel 2025-0306-01 | Gesprek pleegkind\nDatum contact: 06-03-2025\nType contact: Gesprek pleegkind\n"
       "Aanwezig: Milan, R. Dijk (PZB)\nStatus: {status}\n"
       "Milan apart gesproken in de auto op weg naar de kapper. Hij vertelde over zijn stage.\n")


@pytest.mark.parametrize("status, talk", [
    ("ingetrokken (versie 2, 07-03-2025)", False), ("definitief (versie 1 = huidige versie)", True)])
def test_a_withdrawn_entry_records_nothing(tmp_path: Path, nlp, status: str, talk: bool) -> None:
    found = audit_files(tmp_path / "ST-1", nlp, {"export.txt": ECD.format(status=status)}, AS_OF)
    assert ("2025-03-06" in event_dates(found, "one_on_one_contacts")) is talk


def _talk_on_10_november(tmp_path: Path, nlp, child: str, sentence: str) -> bool:
    """Whether a one-entry journal of ``child`` (10-11-2025, ``sentence``) holds a one-on-one talk on that day."""
    journal = (f"Journaal\nPleegkind: {child} de Boer\nPleegouders: Anja en Kees Jansen\n\n"
               f"10-11-2025 | PZB\n{sentence}\n")
    found = audit_files(tmp_path / "CT-1", nlp, {"journaal.txt": journal}, AS_OF)
    return "2025-11-10" in event_dates(found, "one_on_one_contacts")


@pytest.mark.parametrize("sentence, talk", [
    ("Luuk is dit jaar drie keer apart gesproken. Hij praat liever over voetbal.", False),
    ("De JB heeft Luuk 's avonds naar het gezin gebracht, met alleen een tas kleren.", False),
    ("Luuk alleen gesproken op zijn kamer, over voetbal en zijn vrienden.", True),
])
def test_counted_talks_and_alleen_meaning_only(tmp_path: Path, nlp, sentence: str, talk: bool) -> None:
    assert _talk_on_10_november(tmp_path, nlp, "Luuk", sentence) is talk


def test_each_form_of_a_bundle_is_read_alone(tmp_path: Path, nlp) -> None:
    """Two check forms in one bundle: each child-heard field belongs to its own form."""
    bundle = ("Dossierbundel\nPleegkind: Yara Brandsma\nPleeggezin: Femke en Rob Brandsma\n"
              "Journaal\n15-04-2025 | PZB\nVeiligheidscheck op kantoor met pleegouders; Yara kwam na school mee.\n"
              "11-11-2025 | PZB\nVeiligheidscheck via beeldbellen met pleegouders.\n"
              "Bijlage A\nVeiligheidscheck (15-04-2025)\nDatum: 15-04-2025 · locatie: kantoor\n"
              "Huishouden ongewijzigd: ja\nJeugdige gesproken: ja, apart van pleegouders (20 minuten)\nUitkomst: groen\n"
              "Bijlage B\nVeiligheidscheck (11-11-2025)\nDatum: 11-11-2025 · locatie: beeldbellen\n"
              "Huishouden ongewijzigd: ja\nJeugdige gesproken: nee (proefwerkweek)\nUitkomst: groen\n")
    found = audit_files(tmp_path / "BU-1", nlp, {"bundel.txt": bundle}, AS_OF)
    heard = {c["date"]: c["child_spoken"] for c in found["safety_checks"]}
    assert heard == {"2025-04-15": True, "2025-11-11": False}


def test_an_earlier_check_named_in_an_unfinished_form(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin 2025\nPleegkind: Milan de Wit\nOpmerking: deel B is nog niet ingevuld.\n"
            "Vorige check: 16-02-2024 (Milan toen apart bevraagd).\nGezinssamenstelling ongewijzigd: \n")
    found = audit_files(tmp_path / "VC-1", nlp, {"veiligheidscheck.txt": form}, AS_OF)
    assert "2024-02-16" in event_dates(found, "safety_checks")


def test_a_household_field_gives_no_reasons(tmp_path: Path, nlp) -> None:
    report = ("Matchingsverslag\nPleegkind: Joep Kok (7)\nPleegouder: Esther Lamme, Vlietdorp\n"
              "Gezinssamenstelling: Esther Lamme (41), alleenstaand, geen eigen kinderen.\n")
    found = audit_files(tmp_path / "MA-1", nlp, {"matchingsverslag.txt": report}, AS_OF)
    assert found["norms"]["matching_rationale_documented"] == "fails"


def test_the_confidant_question_after_a_quote(tmp_path: Path, nlp) -> None:
    """The foster parents named before a quote are not the ones who confide in the question after it."""
    journal = ("Journaal\nPleegkind: Jamal Amrani\nPleeggezin | Ingrid Verhoeven (pleegmoeder, 46) en "
               "Marco Verhoeven (pleegvader, 48)\n\n12-03-2025 | PZB\nJamal alleen gesproken. Gevraagd hoe het thuis "
               "bij Ingrid en Marco is: 'Het is daar rustig, niemand schreeuwt.' Gevraagd of er buiten het gezin "
               "iemand is bij wie hij zijn verhaal kwijt kan: buurman Kees, bij wie hij de duiven voert.\n")
    found = audit_files(tmp_path / "SF-1", nlp, {"journaal.txt": journal}, AS_OF)
    assert found["norms"]["support_figure_documented"] == "meets"


# Counter-examples from the review of this change (a helper without corpus access); each failed on its first version.

@pytest.mark.parametrize("sentence", [
    "Daan alleen gesproken op zijn kamer; hij vertelde dat hij nu twee keer per week voetbalt.",
    "Daan apart gesproken in de auto, moeder heeft de afgelopen maand drie keer afgezegd.",
    "Vandaag heb ik Daan twee keer apart gesproken, voor en na het bezoek van moeder.",
    "Kindgesprek met alleen de jeugdige, pleegouders waren boodschappen doen.",
])
def test_talks_that_only_look_counted_or_only(tmp_path: Path, nlp, sentence: str) -> None:
    assert _talk_on_10_november(tmp_path, nlp, "Daan", sentence)


def test_a_visit_bij_de_groot_thuis(tmp_path: Path, nlp) -> None:
    plan = "Hulpverleningsplan\nPleegkind: Lotte Visser\nPleegouders: Marieke en Sander de Groot\n"
    found = audit_files(tmp_path / "HVN-2", nlp, {"plan.txt": plan, "journaal.txt":
                        "14-03-2025 | PZB\nVeiligheidscheck bij de Groot thuis, formulier ingevuld.\n"}, AS_OF)
    assert event_dates(found, "home_visits") == ["2025-03-14"]


@pytest.mark.parametrize("text", [
    "Overleg met pleegouders en ouders Sandra en Rob Bakker over de omgang.\n",
    "Zus Noor (8) woont in pleeggezin Hoekstra, Leeuwarden.\n",
    "Begeleider pleeggezin: Jeroen Mulder\n",
    "Kinderen pleeggezin: Eva Smeenk (12) en Tim Smeenk (9)\n",
    "Sandra Bakker | pleegmoeder (tot 2023)\n",
    "Vorig pleeggezin: fam. Jansen\n",
])
def test_no_foster_family_name_from_others(text: str) -> None:
    assert facts.foster_family_names([text], set()) == (set(), set())


@pytest.mark.parametrize("above", [
    "Evaluatieperiode: 01-01-2025 t/m 30-06-2025\n",
    "Evaluatiemoment: over zes maanden, 10-12-2025\n",
])
def test_a_period_or_moment_does_not_date_the_verdicts(tmp_path: Path, nlp, above: str) -> None:
    report = ("Evaluatieverslag\nPleegkind: Jayden Koster\nDatum: 08-07-2025\n" + above +
              "Doel 1: behaald. Jayden zwemt zelfstandig.\n")
    found = audit_files(tmp_path / "GE-4", nlp, {"plan.txt": PLAN, "evaluatieverslag.txt": report}, AS_OF)
    assert event_dates(found, "goal_evaluations") in ([], ["2025-07-08"])


@pytest.mark.parametrize("line", [
    "Doel 2: behaald / deels behaald / niet behaald",
    "Doel 1: behaald wanneer Jayden drie maanden geen les meer mist.",
    "Doel 1: Deels zelfstandig reizen naar school, met de fiets.",
])
def test_a_plans_goal_line_that_judges_nothing(tmp_path: Path, nlp, line: str) -> None:
    plan = PLAN + "Vastgesteld: 10-06-2025\nDoelen\n" + line + "\n"
    found = audit_files(tmp_path / "GE-5", nlp, {"plan.txt": plan}, AS_OF)
    assert event_dates(found, "goal_evaluations") == []


def test_a_household_field_that_gives_the_reason(tmp_path: Path, nlp) -> None:
    report = ("Matchingsverslag\nPleegkind: Joep Kok (7)\nPleegouder: Esther Lamme, Vlietdorp\n"
              "Huishouden: rustig gezin zonder andere kinderen, dat past goed bij Joep omdat hij veel structuur nodig heeft.\n")
    found = audit_files(tmp_path / "MA-2", nlp, {"matchingsverslag.txt": report}, AS_OF)
    assert found["norms"]["matching_rationale_documented"] == "meets"


def test_a_foster_mothers_own_confidant_after_an_abbreviation(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\nPleegkind: Jamal Amrani\nPleegouders: Ingrid en Marco de Groot\n\n12-03-2025 | PZB\n"
               "Pleegmoeder mevr. De Groot vertelt dat zij bij haar zus Anja alles kwijt kan.\n")
    found = audit_files(tmp_path / "SF-2", nlp, {"journaal.txt": journal}, AS_OF)
    assert found["norms"]["support_figure_documented"] == "fails"


def test_a_forms_second_date_field_is_its_own(tmp_path: Path, nlp) -> None:
    bundle = ("Dossierbundel\nPleegkind: Yara Brandsma\nPleeggezin: Femke en Rob Brandsma\n"
              "Bijlage A\nVeiligheidscheck pleeggezin (formulier)\nDatum: 12-03-2025\nDatum gesprek: 14-03-2025\n"
              "Huishouden ongewijzigd: ja\nJeugdige gesproken: ja, apart van pleegouders\nUitkomst: groen\n")
    found = audit_files(tmp_path / "BU-2", nlp, {"bundel.txt": bundle}, AS_OF)
    assert [c["child_spoken"] for c in found["safety_checks"]] == [True]


def test_an_old_version_in_the_edit_history_records_nothing(tmp_path: Path, nlp) -> None:
    """The entry's current text says the talk did not take place; the old version printed under it did."""
    export = ("ECD-export journaal\nCliënt: Milan Bosch\nPleeggezin: Henk en Marga Bosch\n\n"
              "Journaalregel 2025-0117-01 | Gesprek pleegkind\nDatum contact: 17-01-2025\nStatus: definitief (versie 2)\n"
              "Gesprek ging niet door: Milan was ziek. Nieuwe afspraak volgt.\nVersiegeschiedenis\n"
              "Versie 2 (gewijzigd 19-01-2025) - definitief\nReden wijziging: gesprek vond niet plaats.\n"
              "Versie 1 (aangemaakt 16-01-2025) - vervangen\nTekst van deze versie:\n"
              "Milan alleen gesproken na schooltijd in de bibliotheek.\n")
    found = audit_files(tmp_path / "VH-1", nlp, {"export.txt": export}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_count_with_a_footnote_mark(tmp_path: Path, nlp) -> None:
    assert not _talk_on_10_november(tmp_path, nlp, "Luuk",
                                    "Luuk is dit jaar drie keer apart gesproken.⁴ Hij vertelt graag over voetbal.")
