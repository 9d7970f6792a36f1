"""A plan's dated section on a meeting held records what was said there that day.
Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Hulpverleningsplan 2024-2025\nJeugdige: Daan Kuiper (geb. 02-03-2012)\n"
        "Pleegouders: Ellen en Ruben Smit\nOpgesteld: 10-09-2024 door PZB Sanne Vos, GW: Karin Mol\n\n"
        "Doelen\n1. Daan gaat elke dag naar school.\n\n")


def advice_dates(tmp_path: Path, nlp, text: str) -> list[str]:
    audit = audit_files(tmp_path / "DOS-12", nlp, {"hulpverleningsplan.txt": PLAN + text}, AS_OF)
    return [a["date"] for a in audit["behavioural_scientist_advice"]]


def test_advice_under_a_dated_evaluation_heading(tmp_path, nlp):
    assert advice_dates(tmp_path, nlp,
                        "7. Evaluatie via Teams – 14-01-2025 (tevens zorgteamoverleg)\nAanwezig: PZB, GW, pleegouders\n"
                        "GW adviseert: doel 1 handhaven en de mentor vaker betrekken.\n") == ["2025-01-14"]


def test_advice_in_a_plan_without_a_date_of_its_own_is_not_an_event(tmp_path, nlp):
    assert advice_dates(tmp_path, nlp,
                        "Werkwijze\nDe GW adviseert bij elke evaluatie over de doelen.\n") == []


def test_a_case_put_to_the_scientist_is_no_advice(tmp_path, nlp):
    journal = ("Journaal\nJeugdige: Daan Kuiper (geb. 02-03-2012)\n\n04-02-2025 | PZB\nSlaapproblemen Daan voorgelegd "
               "aan GW, zie overleg GW.\n\n11-03-2025 | PZB\nDaan aangemeld voor het MDO van 20-03-2025.\n")
    audit = audit_files(tmp_path / "DOS-13", nlp, {"journaal.txt": journal}, AS_OF)
    assert audit["behavioural_scientist_advice"] == []


def test_advice_cited_in_brackets_was_given_before(tmp_path, nlp):
    assert advice_dates(tmp_path, nlp,
                        "Evaluatie zorgteam 14-01-2025\nZakgeld per week afgesproken (advies GW), gaat goed.\n") == []


def test_put_to_the_scientist_who_answered(tmp_path, nlp):
    journal = ("Journaal\nJeugdige: Daan Kuiper (geb. 02-03-2012)\n\n04-02-2025 | PZB\nHet logeerplan voorgelegd aan "
               "Karin Mol (GW), die vond het goed mits Daan zelf kan terugbellen.\n")
    audit = audit_files(tmp_path / "DOS-14", nlp, {"journaal.txt": journal}, AS_OF)
    assert [a["date"] for a in audit["behavioural_scientist_advice"]] == ["2025-02-04"]


def test_a_header_whose_date_is_set_off_by_a_middle_dot(tmp_path, nlp):
    journal = ("Logboek\nJeugdige: Daan Kuiper (geb. 02-03-2012)\n\n2025-01-14 · huisbezoek · S. de Vos (PZW)\n"
               "Daan speelde buiten.\n\n2025-02-04 · overleg GW · S. de Vos (PZW)\nMet GW Karin Mol het slapen "
               "besproken: zij adviseert een vast avondritueel.\n")
    audit = audit_files(tmp_path / "DOS-15", nlp, {"logboek.txt": journal}, AS_OF)
    assert [a["date"] for a in audit["behavioural_scientist_advice"]] == ["2025-02-04"]


def test_a_scientists_meeting_record_and_medical_advisers(tmp_path, nlp):
    record = ("Overleg gedragswetenschapper\nPleegzorg Oost – Daan Kuiper – GW Karin Mol – pzb Sanne Vos\n"
              "Datum: 14-01-2025\nVraag: hoe ondersteunen we de pleegouders?\nAdvies: vaste rituelen rond het slapen.\n")
    journal = ("Journaal\nJeugdige: Daan Kuiper (geb. 02-03-2012)\n\n04-02-2025 | PZB\nAdvies DVK: pleegmoeder checkt "
               "'s avonds de pompgegevens.\nKinderarts adviseert verwijzing naar de diëtist.\nDit neem ik mee naar het "
               "GW-overleg in maart.\n")
    audit = audit_files(tmp_path / "DOS-20", nlp, {"overleg_gw.docx.txt": record, "journaal.txt": journal}, AS_OF)
    assert [a["date"] for a in audit["behavioural_scientist_advice"]] == ["2025-01-14"]


def test_the_scientist_of_another_family_and_advice_cited(tmp_path, nlp):
    journal = ("Journaal\nJeugdige: Daan Kuiper (geb. 02-03-2012)\n\n04-02-2025 | PZB\nOverleg met Hans Wiel, GW van team "
               "Oost (dat fam. Verhoef begeleidt). Advies: Daan niet naar de oude school laten fietsen.\n\n"
               "11-03-2025 | PZB\nLogeren bij oma mag volgens het advies van de GW pas vanaf juli.\n\n"
               "08-04-2025 | PZB\nOverleg met GW Karin Mol: zij adviseert dat pleegmoeder Daan meer begeleidt bij het "
               "huiswerk.\n")
    audit = audit_files(tmp_path / "DOS-21", nlp, {"journaal.txt": journal}, AS_OF)
    assert [a["date"] for a in audit["behavioural_scientist_advice"]] == ["2025-04-08"]


def test_a_formal_advice_written_by_the_scientist(tmp_path, nlp):
    advice = ("Omgangsadvies\nBetreft | Daan Kuiper (02-03-2012), omgang met vader\nDatum advies | 17-10-2024\n"
              "Opgesteld door | K. Mol, orthopedagoog, gedragswetenschapper Pleegzorg Oost\nAanleiding\nVader vraagt "
              "meer omgang.\nAdvies\nDe omgang tussen Daan en vader uit te breiden naar twee keer per maand.\n")
    by_the_raad = advice.replace("K. Mol, orthopedagoog, gedragswetenschapper Pleegzorg Oost",
                                 "J. Smit, raadsonderzoeker Raad voor de Kinderbescherming")
    audit = audit_files(tmp_path / "DOS-29", nlp, {"omgangsadvies.txt": advice}, AS_OF)
    assert [a["date"] for a in audit["behavioural_scientist_advice"]] == ["2024-10-17"]
    audit = audit_files(tmp_path / "DOS-30", nlp, {"omgangsadvies.txt": by_the_raad}, AS_OF)
    assert audit["behavioural_scientist_advice"] == []
