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


def test_meeting_notes_are_dated_by_their_title_line(tmp_path: Path, nlp) -> None:
    notes = ("Vergadernotities – Teams – 22 januari 2025 – Deelnemers: Noor, pleegouders, PZB, GW, JB\n"
             "Zorgteamoverleg Noor (halfjaarlijks), 10.00–11.30 uur.\n")
    meetings = _audit(tmp_path, nlp, {"teams.txt": notes})["care_team_meetings"]
    assert _dates(meetings) == ["2025-01-22"]


def test_a_chat_message_about_yesterday_and_one_about_tomorrow(tmp_path: Path, nlp) -> None:
    chat = ("[09-10-24 20:10] Bram (PZB): Morgen om 10.00 is het zorgteamoverleg via Teams.\n"
            "[10-10-24 09:15] Noor: thx voor gister, fijn om ff met jou alleen te praten\n")
    audit = _audit(tmp_path, nlp, {"chat.txt": chat})
    assert audit["care_team_meetings"] == []
    assert _dates(audit["one_on_one_contacts"]) == ["2024-10-09"]


def test_an_activity_asked_about_is_an_invitation_the_model_may_not_keep(tmp_path: Path, nlp) -> None:
    from audit.config import load_config
    from audit.detect import all_candidates, learn_facts
    from audit.detect.decision import is_hard_vetoed
    from audit.ml.sentence_classifier import SentenceModels
    from audit.pipeline import analyse
    from audit.read import load_dossier
    from audit.types import DossierContext
    folder = tmp_path / "INV-1"
    folder.mkdir()
    (folder / "chat.txt").write_text("[07-10-24 17:05] Bram (PZB): Zin om woensdag na je laatste uur samen een "
                                     "frietje te halen bij het station? 🍟\n", encoding="utf-8")
    dossier = load_dossier(folder)
    ctx = DossierContext(dossier, analyse(dossier, nlp), AS_OF, load_config())
    learn_facts(ctx)
    talks = all_candidates(ctx, SentenceModels.load())["one_on_one_contacts"]
    assert talks and all(is_hard_vetoed(c.signals) for c in talks)
    assert all("veto=invitation" in c.signals for c in talks)


def test_a_role_in_brackets_before_a_colon_is_no_emoticon(nlp) -> None:
    assert [t.text for t in nlp.make_doc("Sanne (PZB): Was fijn.")] == ["Sanne", "(", "PZB", ")", ":", "Was", "fijn", "."]


def test_a_daughter_who_turned_eighteen_on_a_weekday_is_an_adult(tmp_path: Path, nlp) -> None:
    chat = "05/12/2024, 19:30 - Pleegmoeder Ellen: Sara is dinsdag 18 geworden, feestje gehad met de hele familie\n"
    plan = PLAN + "VGB pleegouders aanwezig (2023).\n"
    vgb = audit_files(tmp_path / "BOX-4", nlp, {"plan.txt": plan, "chat.txt": chat}, AS_OF)["vgb"]
    assert vgb["complete"] is False and [m.split(" (")[0] for m in vgb["missing"]] == ["Sara"]


def test_a_rescreening_under_way_is_not_done(tmp_path: Path, nlp) -> None:
    journal = "14-05-2025 | PZB | Erik (broer pleegvader) woont sinds maart in; herscreening loopt, afronding verwacht eind mei.\n"
    assert _audit(tmp_path, nlp, {"journaal.txt": journal})["rescreening"]["rescreenings"] == []


def test_planning_a_talk_is_no_talk(tmp_path: Path, nlp) -> None:
    journal = "14-01-2025 | PZB | Bram plant in maart weer een gesprek met Noor alleen.\n"
    assert _audit(tmp_path, nlp, {"journaal.txt": journal})["one_on_one_contacts"] == []
