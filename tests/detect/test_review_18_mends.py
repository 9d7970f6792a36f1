"""Counter-examples from the review of the narrative dating and the passive-voice words (eighteenth
session): each is a sentence the first version got wrong. Every sentence is written for this test."""
import datetime as dt
import time
from pathlib import Path

import pytest

from audit.detect.told_later import day_told_before, told_later
from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2024, 11, 20)
HEAD = "Voortgangsverslag pleegzorg\nPleegkind: Levi de Boer\nPleeggezin: familie Jansen\n\n"
J = "Journaal pleegzorg Levi de Boer\nPleeggezin: familie Jansen\n\n"
STEPS = ["Een week later ben ik weer bij het gezin geweest.", "De dag erna belde pleegmoeder over school.",
         "Twee weken later heb ik Levi op school gesproken.", "De maandag daarna was er een gesprek met de mentor."]


def talks(tmp_path: Path, nlp, files: dict[str, str]) -> list[str]:
    return event_dates(audit_files(tmp_path / "REV-1", nlp, files, AS_OF), "one_on_one_contacts")


def test_a_long_chain_of_steps_is_followed_once_and_right():
    text = "Verslag.\nOp 4 juni 2024 hebben we de check gedaan.\n" + "\n".join(STEPS[i % 4] for i in range(12)) + "\nX."
    pos = text.rindex("\n") + 1
    assert day_told_before(text, pos, AS_OF) == dt.date(2024, 8, 26)  # the twelfth step: 4 June + 12 steps
    undated = "Verslag.\nIn juni hebben we de check gedaan.\n" + "\n".join(STEPS[i % 4] for i in range(40)) + "\nX."
    t0 = time.perf_counter()
    assert day_told_before(undated, undated.rindex("\n") + 1, AS_OF) is None
    assert time.perf_counter() - t0 < 2.0  # was exponential in the steps (minutes for sixteen)


@pytest.mark.parametrize("files, day", [
    # a birth date, a deadline, the report's own date or period are no story's day
    ({"v.txt": HEAD + "Op 4 juni 2024 hebben we de check gedaan; het verslag moet voor 1 juli 2024 klaar zijn.\n"
                      "Een week later heb ik Levi alleen gesproken op zijn kamer.\n"}, "2024-06-11"),
    ({"j.txt": J + "04-06-2024 Huisbezoek\nVeiligheidscheck gedaan. Volgende afspraak op 2 juli 2024.\n"
                   "Diezelfde middag heb ik Levi nog alleen gesproken op school.\n"}, "2024-06-04"),
    # "i.v.m. de dag erna" is no step that opens a sentence
    ({"v.txt": HEAD + "Op 4 juni 2024 ben ik bij het gezin geweest.\nPleegmoeder was gespannen i.v.m. de dag erna geplande "
                      "zitting bij de rechter. Ik heb Levi alleen gesproken op zijn kamer.\n"}, "2024-06-04"),
    # a step sentence that tells what was to come does not move the sentences after it
    ({"v.txt": HEAD + "Op 4 juni 2024 ben ik op huisbezoek geweest. De volgende dag zou Levi op kamp gaan. Levi en ik "
                      "hebben die middag met z'n tweeën op zijn kamer gepraat, pleegmoeder was beneden.\n"}, "2024-06-04"),
    ({"v.txt": HEAD + "Op 4 juni 2024 heb ik het pleeggezin bezocht. Een week later begint de zomervakantie. Ik heb Levi "
                      "alleen gesproken op zijn kamer.\n"}, "2024-06-04"),
    # a feast in the middle of a sentence, or one that would lie after the report, dates nothing
    ({"j.txt": J + "15-05-2024 Huisbezoek\nLevi alleen gesproken op zijn kamer; hij vertelde trots over de vrijmarkt op "
                   "Koningsdag.\n"}, "2024-05-15"),
    ({"v.txt": HEAD + "Op 2 november 2024 was de evaluatie met het pleeggezin.\nOp Koningsdag heb ik Levi nog alleen "
                      "gesproken op de vrijmarkt.\n"}, "2024-04-27"),
    # "Eén week later", spelt with a capital
    ({"v.txt": HEAD + "Op 4 juni 2024 hebben we de check gedaan.\nEén week later heb ik Levi alleen gesproken op zijn "
                      "kamer.\n"}, "2024-06-11"),
])
def test_the_day_a_talk_is_told_on(tmp_path, nlp, files, day):
    assert talks(tmp_path, nlp, files) == [day]


def test_steps_in_an_agreement_list_are_no_events(tmp_path, nlp):
    files = {"v.txt": HEAD + "Op 4 juni 2024 was het evaluatiegesprek.\nAfspraken:\n- De week daarna: gesprek met Levi "
                             "alleen, zonder pleegouders.\n- Een maand later: veiligheidscheck met het pleeggezin.\n"}
    found = audit_files(tmp_path / "REV-2", nlp, files, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == [] and event_dates(found, "safety_checks") == []


def test_a_month_just_after_the_reports_period():
    from audit.detect.dating import _month_in_report
    from audit.types import Period
    period = Period(0, dt.date(2023, 11, 1), dt.date(2024, 4, 30))
    text = "Begin mei heb ik Levi nog alleen gesproken op zijn kamer, net na de verslagperiode."
    assert [m.date for m in _month_in_report(text, period, dt.date(2024, 5, 20))] == [dt.date(2024, 5, 1)]
    inner = "Levi heb ik alleen gesproken; hij vertelde dat hij eind mei zijn zwemdiploma had gehaald."
    assert _month_in_report(inner, None, dt.date(2024, 6, 10)) == []


def test_a_work_instruction_yields_no_events(tmp_path, nlp):
    policy = ("Werkinstructie begeleiding pleeggezinnen\nVersie 3.2 - vastgesteld 12-03-2024\n\n"
              "Bij elk huisbezoek spreekt de pleegzorgbegeleider het pleegkind ook even alleen, zonder de pleegouders erbij.\n"
              "De jeugdige wordt bij ieder huisbezoek apart gesproken, buiten aanwezigheid van de pleegouders.\n"
              "De gedragswetenschapper adviseert over de matching van het pleegkind met het pleeggezin.\n")
    found = audit_files(tmp_path / "REV-3", nlp, {"werkinstructie.txt": policy}, AS_OF)
    for field in ("one_on_one_contacts", "safety_checks", "behavioural_scientist_advice", "home_visits"):
        assert event_dates(found, field) == [], field


@pytest.mark.parametrize("body", [
    "Veel zorgen over het gedrag van Levi. Er wordt geadviseerd om de gedragswetenschapper te consulteren.",
    "Pleegmoeder vraagt of de gedragswetenschapper kan meekijken naar de woedeaanvallen. Geadviseerd wordt om eerst "
    "een dagboek bij te houden.",
    "De gedragswetenschapper is deze maand met verlof. Geadviseerd wordt om Levi vaker te laten sporten.",
])
def test_no_advice_of_the_scientist(tmp_path, nlp, body):
    found = audit_files(tmp_path / "REV-4", nlp, {"j.txt": J + f"12-03-2024 Huisbezoek\n{body}\n"}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == []


def test_a_request_for_advice_is_no_scientists_register(tmp_path, nlp):
    note = ("Verzoek om advies gedragswetenschapper\nPleegkind: Levi de Boer\n\n12-03-2024\n"
            "Advies pleegmoeder: zij wil graag meer rust in huis en vraagt om respijtzorg.\n")
    found = audit_files(tmp_path / "REV-5", nlp, {"verzoek.txt": note}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == []


def test_a_meeting_without_the_foster_parents_is_no_talk_with_the_child(tmp_path, nlp):
    body = "In afwezigheid van de pleegouders is de situatie van Levi besproken met de voogd en de gedragswetenschapper."
    assert talks(tmp_path, nlp, {"j.txt": J + f"12-03-2024 MDO\n{body}\n"}) == []


def test_a_records_contact_type_field_is_the_visit_not_a_heading(tmp_path, nlp):
    journal = J + ("14-01-2025 – Sanne de Kort, PZB\nContactvorm: huisbezoek\nAanwezig: Annelies en Bart (PO)\n"
                   "Plan van aanpak besproken en door PO ondertekend.\n\n"
                   "11-02-2025 – Sanne de Kort, PZB\nContactvorm: telefonisch\nPleegmoeder belde over de opvang.\n")
    found = audit_files(tmp_path / "REV-6", nlp, {"contactjournaal.txt": journal}, AS_OF.replace(year=2025))
    assert event_dates(found, "home_visits") == ["2025-01-14"]


def test_a_typed_visit_record_at_a_parents_home_is_no_home_visit(tmp_path, nlp):
    log = ("Contactlog Pleegzorg | export\nCliënt: Levi de Boer\nPleegouders: Ineke en Jan Jansen\n\n"
           "### Record 000925\nDatum/tijd: 2024-10-13T16:00:00+01:00\nType: HB\nStatus: Afgerond\nAanwezig: PK; M; PZB\n"
           "Notitie: Bezoek bij moeder thuis. Levi laat zijn rapport zien, moeder positief over het pleeggezin.\n\n"
           "### Record 000926\nDatum/tijd: 2024-10-20T16:00:00+01:00\nType: HB\nStatus: Afgerond\n"
           "Locatie: Woning vader, Gravenmade\nAanwezig: V; PZB\nNotitie: Kennismaking met vader.\n\n"
           "### Record 000927\nDatum/tijd: 2024-11-03T16:00:00+01:00\nType: HB\nStatus: Afgerond\nAanwezig: PK; PM; PZB\n"
           "Notitie: Levi liet zijn nieuwe kamer zien.\n")
    found = audit_files(tmp_path / "REV-7", nlp, {"contactlog.txt": log}, AS_OF)
    assert event_dates(found, "home_visits") == ["2024-11-03"]
