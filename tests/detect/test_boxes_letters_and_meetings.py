"""Checkboxes that tick nothing, letters the foster parents write, meetings held in the foster home,
and other things a file says in passing (issue 9).

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Jansen (12)\nPleeggezin: Ellen en Marco Visser\nStart plaatsing: 01-03-2023\n"


def _audit(tmp_path: Path, nlp, files: dict[str, str], name: str = "BOX-1") -> dict:
    return audit_files(tmp_path / name, nlp, {"plan.txt": PLAN, **files}, AS_OF)


def _dates(findings: list[dict]) -> list[str]:
    return [f["date"] for f in findings]


def test_a_blank_yes_no_box_or_an_unticked_item_confirms_nothing(tmp_path: Path, nlp) -> None:
    form = ("Intakeformulier plaatsing\nDatum: 12-02-2025\n"
            "Veiligheidscheck pleeggezin uitgevoerd: ☐ Ja ☐ Nee\n"
            "Aandacht voor seksuele ontwikkeling besproken: ☐ Ja ☐ Nee\n"
            "☐ herscreening na verhuizing\n")
    audit = _audit(tmp_path, nlp, {"intake.txt": form})
    assert audit["safety_checks"] == [] and audit["sexual_development"] == []
    assert audit["rescreening"]["rescreenings"] == []


def test_a_ticked_yes_still_counts(tmp_path: Path, nlp) -> None:
    form = ("Intakeformulier plaatsing\nDatum: 12-02-2025\n"
            "Veiligheidscheck pleeggezin uitgevoerd: ☒ Ja ☐ Nee\n")
    assert _dates(_audit(tmp_path, nlp, {"check.txt": form})["safety_checks"]) == ["2025-02-12"]


def test_a_meeting_in_the_foster_home_is_a_home_visit_one_at_a_parents_home_is_not(tmp_path: Path, nlp) -> None:
    journal = ("14-01-2025 | PZB | Zorgteamoverleg bij het crisisgezin thuis met school, JB en Noor.\n"
               "03-03-2025 | PZB | Evaluatiegesprek bij PO thuis, doelen doorgelopen.\n"
               "07-04-2025 | PZB | Overleg bij moeder thuis over de omgang in de meivakantie.\n")
    assert _dates(_audit(tmp_path, nlp, {"journaal.txt": journal})["home_visits"]) == ["2025-01-14", "2025-03-03"]


def test_a_visit_that_could_not_go_ahead_for_a_reason_is_none(tmp_path: Path, nlp) -> None:
    report = ("Jaarverslag 2024\nHuisbezoek\n"
              "Het huisbezoek van februari 2025 kon door de griep van pleegmoeder niet doorgaan.\n")
    assert _audit(tmp_path, nlp, {"jaarverslag.txt": report})["home_visits"] == []


def test_the_foster_parents_letter_tells_their_own_talks(tmp_path: Path, nlp) -> None:
    letter = ("Zwolle, 3 maart 2025\nAan Pleegzorg Vechtdal\n"
              "Wij als pleegouders willen u laten weten hoe het met Noor gaat. "
              "Wij hebben Noor zelf apart genomen om over haar nieuwe school te praten, zonder haar broertje erbij.\n"
              "Hartelijke groet, Ellen en Marco Visser\n")
    assert _audit(tmp_path, nlp, {"brief.txt": letter})["one_on_one_contacts"] == []


def test_a_volunteer_talking_with_the_child_is_no_talk_with_the_worker(tmp_path: Path, nlp) -> None:
    journal = ("14-01-2025 | PZB | Maatje Sven (vrijwilliger) heeft Noor een middag meegenomen en haar apart "
               "gesproken over school.\n")
    assert _audit(tmp_path, nlp, {"journaal.txt": journal})["one_on_one_contacts"] == []


def test_playing_doctor_is_attention_to_sexual_development(tmp_path: Path, nlp) -> None:
    journal = "26-11-2024 | PZB | Met PM gesproken: Noor speelt doktertje met een buurmeisje; uitgelegd wat normaal is.\n"
    assert _dates(_audit(tmp_path, nlp, {"journaal.txt": journal})["sexual_development"]) == ["2024-11-26"]


def test_a_sentence_about_this_year_is_not_on_the_day_told_before_it(tmp_path: Path, nlp) -> None:
    report = ("Jaarverslag pleegzorg 2024\nContact met de jeugdige\n"
              "Noor is op 1 maart 2016 in het gezin Visser geplaatst. Zij is dit jaar bij het huisbezoek apart gesproken.\n")
    dates = _dates(_audit(tmp_path, nlp, {"jaarverslag.txt": report})["one_on_one_contacts"])
    assert "2016-03-01" not in dates


def test_a_new_partner_the_file_also_names_is_that_person(tmp_path: Path, nlp) -> None:
    journal = ("01-07-2024 | PZB | Pleegmoeder belt: haar partner Ruud Smit is vandaag bij het gezin ingetrokken.\n"
               "12-08-2024 | PZB | VGB van Ruud Smit ontvangen.\n"
               "10-09-2024 | PZB | Herscreening uitgevoerd na inwonen nieuwe partner, akkoord.\n")
    plan = PLAN + "VGB pleegouders aanwezig (2023).\n"
    vgb = audit_files(tmp_path / "BOX-2", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)["vgb"]
    assert vgb["complete"] is True and vgb["missing"] == []


def test_a_son_who_turned_eighteen_on_a_named_day_is_an_adult(tmp_path: Path, nlp) -> None:
    journal = ("10-02-2025 | PZB | Pleegvader belt: Daan is 8 februari 18 geworden; feest gehad.\n")
    plan = PLAN + "VGB pleegouders aanwezig (2023).\n"
    vgb = audit_files(tmp_path / "BOX-3", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)["vgb"]
    assert vgb["complete"] is False and [m.split(" (")[0] for m in vgb["missing"]] == ["Daan"]


def test_an_arrangement_in_a_form_is_no_visit_and_its_header_fields_date_no_entries(tmp_path: Path, nlp) -> None:
    form = ("Afsprakenformulier pleegzorg\nJeugdige Noor Jansen, 14-05-2013\nPlaatsing 01-03-2023\nOpgesteld 10-01-2025\n"
            "Contact\nJaarlijks huisbezoek met evaluatie; Noor wordt bij voorkeur apart gesproken.\n")
    audit = _audit(tmp_path, nlp, {"afspraken.txt": form})
    assert audit["home_visits"] == [] and audit["one_on_one_contacts"] == []


def test_a_remark_in_brackets_at_the_end_is_no_action_owner(tmp_path: Path, nlp) -> None:
    log = "Contactoverzicht\n24-03-2025 - huisbezoek - pleegouders en Noor - kort huisbezoek (aangekondigd).\n"
    assert _dates(_audit(tmp_path, nlp, {"contacten.txt": log})["home_visits"]) == ["2025-03-24"]


def test_advice_in_a_consultation_about_a_brother_is_not_the_childs(tmp_path: Path, nlp) -> None:
    log = ("Contactoverzicht\nNoor Jansen; haar broertje Stijn Jansen (7) woont in hetzelfde pleeggezin.\n"
           "14-01-2025 - overleg - gedragswetenschapper R. Kok - besproken: de driftbuien van Stijn. "
           "Advies: vaste time-out plek, niet straffen.\n")
    assert _audit(tmp_path, nlp, {"contacten.txt": log})["behavioural_scientist_advice"] == []


def test_this_visit_under_another_heading_is_the_visit_told_before(tmp_path: Path, nlp) -> None:
    report = ("Jaarverslag 2024\nHuisbezoek\nOp 24 september 2024 is het jaarlijkse huisbezoek afgelegd, aangekondigd.\n"
              "Veiligheid\nTijdens dit huisbezoek is de veiligheidscheck met beide pleegouders ingevuld.\n")
    checks = _audit(tmp_path, nlp, {"jaarverslag.txt": report})["safety_checks"]
    assert _dates(checks) == ["2024-09-24"]


def test_a_concept_set_ready_is_no_check(tmp_path: Path, nlp) -> None:
    journal = "03-03-2025 | PZB | Veiligheidscheck Visser: concept klaargezet, nog niet met PO besproken.\n"
    assert _audit(tmp_path, nlp, {"journaal.txt": journal})["safety_checks"] == []


def test_a_change_announced_for_a_day_the_audit_has_passed_is_a_change(tmp_path: Path, nlp) -> None:
    journal = "22-08-2024 | PZB | PM vertelt dat PV Marco per 1 september uit huis gaat; zij gaan scheiden.\n"
    changes = _audit(tmp_path, nlp, {"journaal.txt": journal})["rescreening"]["changes"]
    assert [c["date"] for c in changes] == ["2024-09-01"]


def test_a_date_in_an_aside_of_its_own_is_not_the_events(tmp_path: Path, nlp) -> None:
    journal = ("12-11-2024 | PZB | Tussenevaluatie plan van aanpak: doel 1 behaald, doel 2 deels behaald "
               "(aanmelding gedaan, intake 19-11), doel 3 niet behaald.\n")
    assert _dates(_audit(tmp_path, nlp, {"journaal.txt": journal})["goal_evaluations"]) == ["2024-11-12"]


def test_each_visit_in_a_sentence_keeps_its_own_month(tmp_path: Path, nlp) -> None:
    report = ("Jaarverslag 2024\nHuisbezoek\nHet huisbezoek van januari 2025 kon door de griep van pleegmoeder "
              "niet doorgaan; het laatste huisbezoek was in april 2024.\n")
    assert _dates(_audit(tmp_path, nlp, {"jaarverslag.txt": report})["home_visits"]) == ["2024-04"]


def test_knowing_whom_to_turn_to_names_no_support_figure(tmp_path: Path, nlp) -> None:
    journal = "14-01-2025 | PZB | Noor apart gesproken: zij voelt zich veilig en weet bij wie ze terecht kan.\n"
    assert _audit(tmp_path, nlp, {"journaal.txt": journal})["support_figure"]["documented"] is False
    named = "14-01-2025 | PZB | Noor weet bij wie ze terecht kan: buurvrouw Trudy.\n"
    assert _audit(tmp_path, nlp, {"journaal.txt": named}, "BOX-2")["support_figure"]["documented"] is True
