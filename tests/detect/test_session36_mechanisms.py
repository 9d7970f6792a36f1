"""Mechanisms of the thirty-sixth session (issue 9): who lacks a VGB by the latest word on them; a journal kept by two
workers who write "we"; a file of two forms; a heading that asks why this family; advice given as the mail is written;
a confidant who opens the sentence; goals labelled by letter; a visit whose talk was called off; a weekday that names
a day's year; a margin of line numbers. Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import ROOS_PLAN, audit_files, audit_with_plan as _audit, event_dates, pdf_pages, rules_with_plan


def _rules(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    """The rules' own reading (no decision model) of ``files`` beside the small plan."""
    return rules_with_plan(tmp_path / "X-1", nlp, files)


# --- VGB: the latest word on a person ------------------------------------------------------------------------------

HOUSEHOLD = ("Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: fam. Mulder, Eikendorp (pleegmoeder Ilse, "
             "pleegvader Ruud)\nGezinssamenstelling: Ilse (44), Ruud (46) en Roos. Sinds 01-08-2025 woont ook Jeroen "
             "Mulder (31), broer van Ruud, in huis.\nVGB's: Ilse en Ruud afgegeven 12-05-2023.\n")


def test_a_later_statement_that_a_vgb_is_not_there_beats_an_earlier_one(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": HOUSEHOLD, "herscreening.txt": (
        "Herscreening 10-09-2025\nVGB Jeroen Mulder: aangevraagd op 10-09-2025, nog niet ontvangen.\n"
        "Het gezin blijft geschikt, op voorwaarde dat de VGB van Jeroen binnen drie maanden wordt ontvangen.\n")},
        dt.date(2025, 12, 1))
    assert found["vgb"]["complete"] is False and any("Jeroen" in p for p in found["vgb"]["missing"])


def test_a_vgb_received_after_it_was_missing_covers_the_person(tmp_path: Path, nlp) -> None:
    """Counter-example: the received VGB is the later word."""
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": HOUSEHOLD, "herscreening.txt": (
        "Herscreening 10-09-2025\nVGB Jeroen Mulder: aangevraagd op 10-09-2025, nog niet ontvangen.\n"
        "Journaal 20-11-2025\nVGB Jeroen Mulder ontvangen op 18-11-2025.\n")}, dt.date(2025, 12, 1))
    assert found["vgb"]["complete"] is True


def test_a_later_word_that_a_vgb_was_requested_does_not_undo_one_received(tmp_path: Path, nlp) -> None:
    """Counter-example: "is aangevraagd" in a later note may be old news; only "niet ontvangen", "ontbreekt" undo."""
    plan = HOUSEHOLD.replace("VGB's: Ilse en Ruud afgegeven 12-05-2023.", "Jeroen Mulder | broer pleegvader | 31 | "
                             "VGB ontvangen 24-08-2025\nVGB's: Ilse en Ruud afgegeven 12-05-2023.")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "journaal.txt": (
        "Journaal Roos\n\n21-09-2025 Huisbezoek\nJeroen woont sinds augustus in, VGB voor hem is aangevraagd.\n")},
        dt.date(2025, 12, 1))
    assert found["vgb"]["complete"] is True


def test_an_adult_listed_with_more_in_the_brackets_is_of_the_household(tmp_path: Path, nlp) -> None:
    plan = ("Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: fam. Mulder (pleegmoeder Ilse, pleegvader Ruud)\n"
            "Gezinssamenstelling: Ilse (44), Ruud (46), dochter Eline (19, woont thuis en studeert in Deventer) en Roos.\n"
            "VGB's: Ilse en Ruud afgegeven 2022.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan}, dt.date(2025, 12, 1))
    assert found["vgb"]["complete"] is False and any("Eline" in p for p in found["vgb"]["missing"])


# --- one-on-one: two workers who write "we" --------------------------------------------------------------------------

def test_a_home_visit_made_by_two_is_no_talk_alone(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n14-10-2025 | huisbezoek | IB + RS\nWe zijn met z'n tweeën op huisbezoek geweest. Met Ilse en "
        "Ruud gesproken over de vakantie.\n\n04-11-2025 | huisbezoek | IB\nHuisbezoek met z'n tweeën. Ilse vertelde over school.\n")})
    assert event_dates(found, "one_on_one_contacts") == []
    assert "2025-10-14" in event_dates(found, "home_visits")


def test_time_for_two_with_the_child_is_still_a_talk_alone(tmp_path: Path, nlp) -> None:
    """Counter-example: the two are the worker and the child."""
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n14-10-2025 | huisbezoek | IB\nNa het huisbezoek ben ik met Roos met z'n tweeën naar de "
        "speeltuin gelopen, ze vertelde over haar vriendin.\n")})
    assert event_dates(found, "one_on_one_contacts") == ["2025-10-14"]


def test_an_appointment_the_child_did_not_turn_up_to_is_no_talk(tmp_path: Path, nlp) -> None:
    found = _rules(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n14-10-2025 | afspraak | IB\nAfspraak met Roos apart na school, ze kwam niet opdagen.\n")})
    assert event_dates(found, "one_on_one_contacts") == []


# --- safety checks ---------------------------------------------------------------------------------------------------

def test_a_copied_form_after_a_real_one_in_the_same_file_does_not_undo_it(tmp_path: Path, nlp) -> None:
    folder = tmp_path / "X-1"
    folder.mkdir()
    pdf_pages(folder / "checklist.pdf", [
        ["Veiligheidschecklist pleeggezin", "Pleegkind: Roos Bakker | Pleeggezin: Mulder", "Datum: 12-03-2025 | Door: IB",
         "1. Huis: veilig, traphekje aanwezig.", "2. Visie van het kind: Roos is in het bijzijn van Ilse gevraagd hoe "
         "ze het vindt: 'fijn'.", "3. Conclusie: geen zorgen."],
        ["Veiligheidschecklist pleeggezin - 2026 (kopie)", "Antwoorden overgenomen uit de checklist van 12-03-2025.",
         "1. Huis: veilig.", "2. Visie van het kind: (nog niet gevraagd)"]])
    found = audit_files(folder, nlp, {"plan.txt": ROOS_PLAN}, dt.date(2025, 12, 1))
    checks = found["safety_checks"]
    assert [c["date"] for c in checks] == ["2025-03-12"] and checks[0]["child_spoken"] is True


def test_a_form_that_names_the_check_it_copies_tells_that_check(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"veiligheidscheck_2025.txt": (
        "VEILIGHEIDSCHECK PLEEGGEZIN 2025\nPleegkind: Roos Bakker\nIngevuld: 20-11-2025 (kantoor)\n"
        "Let op: antwoorden overgenomen uit de veiligheidscheck van 14-11-2024.\nEr is geen nieuw gesprek gevoerd.\n")})
    assert event_dates(found, "safety_checks") == ["2024-11-14"]


def test_a_check_told_with_last_years_answers_is_no_new_check(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n06-11-2025 | Veiligheidscheck | IB\nVeiligheidscheck 2025 ingevuld op kantoor. Geen tijd "
        "gehad; de antwoorden van 2024 overgenomen, er is volgens Ilse niets veranderd.\n")})
    assert event_dates(found, "safety_checks") == []


def test_a_taxation_of_the_mothers_home_in_the_familys_check_file_is_no_check(tmp_path: Path, nlp) -> None:
    found = _rules(tmp_path, nlp, {"checks.txt": (
        "Veiligheidscheck pleeggezin\nPleegkind: Roos Bakker | Pleeggezin: Mulder\nDatum: 11-04-2025 | Door: IB\n"
        "Stem van Roos: Roos is apart gevraagd hoe het gaat; ze voelt zich veilig.\n\nBijlage\n"
        "Risicotaxatie ARIJ thuissituatie moeder, uitgevoerd door JB op 28-04-2025. Geen acute onveiligheid.\n")})
    assert event_dates(found, "safety_checks") == ["2025-04-11"]


def test_a_form_inside_a_file_takes_its_date_from_a_table_row(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"screening.txt": (
        "Herscreening pleeggezin\nGezin | Mulder\nDatum herscreening | 16-04-2025\nConclusie: blijft geschikt.\n"
        "Veiligheidscheck pleeggezin 2025\nDatum | 21-05-2025\nAanwezig | Ilse, Roos, IB\n"
        "Mening van het kind: Roos is gevraagd hoe zij het vindt, Ilse was daarbij. Zij voelt zich veilig.\n")})
    assert event_dates(found, "safety_checks") == ["2025-05-21"]


# --- matching, advice, support figure ------------------------------------------------------------------------------

def test_a_heading_that_asks_why_this_family_holds_the_rationale(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"hvp.txt": (
        "Hulpverleningsplan Roos\nWaarom dit logeergezin (overwegingen 2023)\nVoor Roos is gekozen voor het gezin "
        "Mulder omdat moeder ontlast moet worden en Roos baat heeft bij rust; Ruud is veel thuis.\n")})
    assert found["matching_rationale"]["documented"] is True


def test_advice_given_as_the_mail_is_written_is_of_the_mails_day(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"mail_gw.txt": (
        "Van: Sanne de Wit (GW)\nAan: Ingrid Bos\nDatum: 20-11-2025 16:42\nOnderwerp: RE: advies slapen Roos\n\n"
        "Hoi Ingrid,\n\nIk heb jullie journaal gelezen en gisteren kort met Ilse gebeld. Mijn advies voor Roos:\n"
        "- Een vast avondritueel met een lampje aan.\n- Ilse blijft niet langer dan tien minuten bij haar zitten.\n")},
        as_of=dt.date(2026, 1, 10))
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-11-20"]


def test_a_workers_mail_to_the_scientist_gives_no_advice_of_hers(tmp_path: Path, nlp) -> None:
    """Counter-example: the mail's sender is the worker; "Mijn advies" is hers, whoever the mail is to."""
    found = _audit(tmp_path, nlp, {"mail.txt": (
        "Van: Ingrid Bos (PZB)\nAan: Sanne de Wit (GW)\nDatum: 20-11-2025 16:42\nOnderwerp: slapen Roos\n\n"
        "Hoi Sanne,\n\nIk heb gisteren kort met Ilse gebeld. Mijn advies voor Roos:\n- Een vast avondritueel.\n")},
        as_of=dt.date(2026, 1, 10))
    assert event_dates(found, "behavioural_scientist_advice") == []


def test_a_confidant_named_at_the_sentence_start_is_a_support_figure(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n02-10-2025 | app\nRoos appte of ze bij haar turnjuf Femke mag eten. Femke is volgens Roos "
        "'de enige bij wie ik alles kan zeggen'. Ilse kent Femke goed.\n")})
    assert found["support_figure"]["documented"] is True


def test_a_schools_adviser_beside_the_childs_own_figure_does_not_hide_her(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n02-10-2025 | zorgteam\nRoos kiest juf Femke als vertrouwenspersoon op school en tante Saba "
        "als steunfiguur buiten school.\n")})
    assert found["support_figure"]["documented"] is True


def test_the_schools_adviser_alone_is_no_support_figure(tmp_path: Path, nlp) -> None:
    """Counter-example: the school's confidential adviser is there for every pupil."""
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n02-10-2025 | school\nRoos weet dat ze bij de vertrouwenspersoon op school terecht kan.\n")})
    assert found["support_figure"]["documented"] is False


# --- goals ---------------------------------------------------------------------------------------------------------

def _goals(tmp_path: Path, text: str) -> list[str]:
    from audit.goals.extract import extract_goals
    from audit.read import load_dossier

    folder = tmp_path / "X-1"
    folder.mkdir()
    (folder / "plan.txt").write_text(text, encoding="utf-8")
    return [g.text for g in extract_goals(load_dossier(folder))]


def test_goals_labelled_by_letter_are_goals(tmp_path: Path) -> None:
    assert _goals(tmp_path, "Hulpverleningsplan Roos 2025\nDoelen 2025\nDoel A - Roos fietst voor de zomervakantie 2025 "
                  "zelf naar school.\nDoel B - Roos belt elke zondag met haar moeder.\nAfspraken\nDe PZB komt eens per "
                  "zes weken.\n") == ["Roos fietst voor de zomervakantie 2025 zelf naar school.",
                                       "Roos belt elke zondag met haar moeder."]


def test_the_goals_of_a_plan_no_longer_in_force_are_not_the_plans(tmp_path: Path) -> None:
    text = ("Dossierexport Roos Bakker\nPlan 2023 (oud systeem, vervallen)\nDoel 1: Roos went aan het weekendgezin.\n"
            "Doel 2: Moeder wordt ontlast.\nPlan 2025\nDoel 1: Roos zwemt voor de zomer 2025 haar A-diploma.\n")
    assert _goals(tmp_path, text) == ["Roos zwemt voor de zomer 2025 haar A-diploma."]


# --- home visits and meetings ----------------------------------------------------------------------------------------

def test_a_visit_whose_talk_alone_was_called_off_still_took_place(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\ndi 09-09-2025 | huisbezoek | IB + RS\nWe zijn op huisbezoek geweest. Gesprek met Roos alleen "
        "stond gepland, maar Roos wilde niet van Ilse weg. Niet doorgegaan.\n")})
    assert event_dates(found, "home_visits") == ["2025-09-09"]


def test_a_visit_called_off_stays_called_off(tmp_path: Path, nlp) -> None:
    """Counter-example: the header's visit itself was called off."""
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\ndi 09-09-2025 | huisbezoek | IB\nHuisbezoek afgezegd door Ilse, Roos is ziek. Nieuwe afspraak volgt.\n")})
    assert event_dates(found, "home_visits") == []


def test_a_meeting_at_the_foster_family_named_so_is_a_home_visit(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n25-09-2025 | zorgteam\nZorgteamoverleg bij pleeggezin Mulder in Eikendorp: Roos, moeder, Ilse, "
        "Ruud, JB en ik. Afspraken over de omgang gemaakt.\n")})
    assert "2025-09-25" in event_dates(found, "home_visits")


def test_a_meeting_that_must_still_take_place_is_none(tmp_path: Path, nlp) -> None:
    found = _rules(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n05-11-2025 | tel\nMoeder kan niet op 12 november. Het eerste zorgteam moet dus nog "
        "plaatsvinden; nieuwe datum zoeken.\n")})
    assert event_dates(found, "care_team_meetings") == []


# --- dates -------------------------------------------------------------------------------------------------------------

def test_a_weekday_that_fits_no_near_year_is_a_slip_inside_a_journal() -> None:
    """Counter-example: "wo 8/11" read in 2025 (8 November 2025 is a Saturday) stays in 2025, the weekday a slip;
    only above a journal's first dated line does such a weekday move the day years back."""
    from audit.structure.dates import find_dates

    found = find_dates("wo 8/11 met Roos alleen een stuk gewandeld.", context_date=dt.date(2025, 12, 1))
    assert [m.date for m in found] == [dt.date(2025, 11, 8)]


def test_year_less_days_above_a_journals_first_dated_line_keep_their_weekdays_year(tmp_path: Path) -> None:
    from audit.pipeline import for_analysis
    from audit.read import load_dossier
    from audit.structure import entries_of

    folder = tmp_path / "X-1"
    folder.mkdir()
    (folder / "journaal.txt").write_text(
        "Journaal Roos Bakker\ndo 3/10 hb fam. Mulder, Eikendorp.\nRoos met Ruud in de schuur bezig.\n"
        "wo 18/12 tel Ilse: kerst bij oma.\nwo 15/1 overleg GW over school.\ndo 12/6 Roos 1-op-1 gesproken na school.\n"
        "ma 14/7 hb, Roos en Ilse thuis.\nwo 19/11 Roos alleen gesproken.\ndi 25/11 overleg GW.\n"
        "vr 19/12 hb, Roos en Ruud thuis.\ndi 10-2-2026 mail Ilse: verhuisdozen.\nma 2/3 fam. Mulder verhuisd.\n",
        encoding="utf-8")
    days = [e.date.date for e in entries_of(for_analysis(load_dossier(folder)).documents[0])]
    assert days[:3] == [dt.date(2024, 10, 3), dt.date(2024, 12, 18), dt.date(2025, 1, 15)]  # a Thursday, ...


def test_a_margin_of_line_numbers_is_masked(tmp_path: Path) -> None:
    from audit.pipeline import for_analysis
    from audit.read import load_dossier

    folder = tmp_path / "X-1"
    folder.mkdir()
    lines = ["1 CONTACTJOURNAAL - Roos Bakker", "2", "3 11-02-2025 | Huisbezoek | IB",
             "4 Huisbezoek bij pleeggezin. Eerst met Ilse gesproken over school.", "5 Daarna Roos apart gesproken.",
             "6", "7 15-05-2025 | Overleg GW | IB", "8 Casus besproken met GW. Advies GW: rust en voorspelbaarheid.",
             "9 Over zes maanden opnieuw bespreken.", "10"]
    pdf_pages(folder / "journaal.pdf", [lines])
    doc = next(d for d in for_analysis(load_dossier(folder)).documents if d.name == "journaal.pdf")
    assert "\n  11-02-2025 | Huisbezoek" in doc.text and "8 Casus" not in doc.text
    assert len(doc.text) == len(load_dossier(folder).documents[0].text)  # masked, not cut: offsets hold


def test_numbers_that_open_a_list_are_no_margin(tmp_path: Path) -> None:
    """Counter-example: a short numbered list keeps its numbers."""
    from audit.pipeline import for_analysis
    from audit.read import load_dossier

    folder = tmp_path / "X-1"
    folder.mkdir()
    (folder / "plan.txt").write_text("Plan\nWe spreken af:\n1 Roos fietst zelf.\n2 Ilse belt school.\n"
                                     "De PZB komt eens per zes weken langs en bespreekt de afspraken met Ilse en Ruud.\n"
                                     "Moeder ziet Roos eens per drie weken.\nEvaluatie in mei.\n", encoding="utf-8")
    doc = for_analysis(load_dossier(folder)).documents[0]
    assert "1 Roos fietst zelf." in doc.text


# --- counter-examples from the review of fdb694b (each failed there) ---------------------------------------------------

def test_a_vgb_received_at_our_request_is_a_vgb(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": HOUSEHOLD, "journaal.txt": (
        "Journaal Roos\n\n03-11-2025 | mail\nNaar aanleiding van ons verzoek is de VGB van Jeroen op 31-10-2025 ontvangen.\n")},
        dt.date(2025, 12, 1))
    assert found["vgb"]["complete"] is True


def test_the_latest_word_is_the_one_written_last_not_the_day_it_names(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": HOUSEHOLD, "journaal.txt": (
        "Journaal Roos\n\n10-11-2025 | huisbezoek | IB\nVGB Jeroen Mulder: aangevraagd op 10-09-2025, nog niet ontvangen.\n\n"
        "20-11-2025 | mail | IB\nVGB Jeroen Mulder ontvangen, afgegeven op 04-11-2025.\n")}, dt.date(2025, 12, 1))
    assert found["vgb"]["complete"] is True


def test_both_of_two_other_people_does_not_cover_the_homes_son(tmp_path: Path, nlp) -> None:
    plan = ("Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: Ilse Mulder, Eikendorp (pleegmoeder)\n"
            "Gezinssamenstelling: Ilse (44), haar zoon Daan (20) en Roos.\nVGB pleegmoeder afgegeven 12-05-2023.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "journaal.txt": (
        "Journaal Roos\n\n02-09-2025 | huisbezoek | IB\nRoos logeert eens per maand bij de ouders van Ilse in Zwolle. "
        "Opa en oma hebben beiden een VGB, afgegeven 03-07-2025.\n")}, dt.date(2025, 12, 1))
    assert found["vgb"]["complete"] is False and any("Daan" in p for p in found["vgb"]["missing"])


def test_the_checker_of_a_vgb_is_not_the_new_partner(tmp_path: Path, nlp) -> None:
    plan = "Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: Ilse Mulder, Eikendorp (pleegmoeder)\n"
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "journaal.txt": (
        "Journaal Roos\n\n02-09-2025 | huisbezoek | IB\nIlse vertelt dat haar nieuwe partner sinds vorige week bij hen in "
        "huis woont.\n\n15-09-2025 | kantoor | IB\nVGB Ilse uit 2023 nog geldig, gecontroleerd door Marloes van Werving "
        "en Screening.\n")}, dt.date(2025, 12, 1))
    assert found["vgb"]["complete"] is False


def test_the_mother_not_turning_up_leaves_the_talk(tmp_path: Path, nlp) -> None:
    found = _rules(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n14-10-2025 | huisbezoek | IB\nMet Roos alleen gesproken over de omgang, zij kwam niet opdagen "
        "en Roos was erg verdrietig.\n")})
    assert event_dates(found, "one_on_one_contacts") == ["2025-10-14"]


def test_the_two_on_a_walk_during_a_visit_are_the_worker_and_the_child(tmp_path: Path, nlp) -> None:
    found = _rules(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n14-10-2025 | huisbezoek | IB\nTijdens het huisbezoek zijn we met z'n tweeën naar de speeltuin "
        "gelopen, Roos en ik. Ze vertelde over haar vriendin.\n")})
    assert event_dates(found, "one_on_one_contacts") == ["2025-10-14"]


def test_a_copied_form_with_two_title_lines_is_one_copied_form(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"veiligheidscheck_2025.txt": (
        "VEILIGHEIDSCHECK PLEEGGEZIN\nVeiligheidscheck pleeggezin Mulder 2025\nPleegkind: Roos Bakker\nDatum: 20-11-2025\n"
        "Let op: antwoorden overgenomen uit de check van vorig jaar, er is geen nieuw gesprek gevoerd.\n1. Huis: veilig.\n")})
    assert event_dates(found, "safety_checks") == []


def test_a_scientists_mail_from_her_name_alone_is_hers(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"mail_gw.txt": (
        "Van: Sanne de Wit <s.dewit@pleegzorgwest.example>\nAan: Ingrid Bos\nDatum: 20-11-2025 16:42\n"
        "Onderwerp: RE: advies slapen Roos\n\nHoi Ingrid,\n\nIk heb gisteren kort met Ilse gebeld. Mijn advies voor Roos:\n"
        "- Een vast avondritueel met een lampje aan.\n\nGroet,\nSanne de Wit\nGedragswetenschapper Pleegzorg West\n")},
        as_of=dt.date(2026, 1, 10))
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-11-20"]


def test_advice_told_in_the_past_keeps_the_storys_day(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"plan.txt": ROOS_PLAN + "Gedragswetenschapper: Sanne de Wit (SW)\n", "journaal.txt": (
        "Journaal Roos\n\n20-11-2025 | verslag GW | SW\nGisteren heb ik Roos in de klas geobserveerd en daarna met Ilse "
        "gesproken. Mijn advies was toen om Roos na school eerst een half uur rust te geven.\n")}, as_of=dt.date(2026, 1, 10))
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-11-19"]


def test_a_number_inside_a_line_is_never_masked(tmp_path: Path) -> None:
    """Counter-example: only the number that opens a line is the margin's; one a long line ran on over stays, and so
    does a date's day."""
    from audit.pipeline import for_analysis
    from audit.read import load_dossier

    folder = tmp_path / "X-1"
    folder.mkdir()
    lines = [f"{n} Regel {n} van het journaal van Roos." for n in range(1, 10)]
    lines += ["10 Nagekomen: op 11 november 2025 bij Ilse thuis de check gedaan, Roos 11 apart gevraagd.", "12"]
    (folder / "journaal.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    text = for_analysis(load_dossier(folder)).documents[0].text
    assert "op 11 november 2025" in text and "Roos 11 apart" in text and "\n  Regel 9 van" in text


def test_a_contact_list_by_day_of_the_month_is_no_margin(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"contacten.txt": (
        "Contactoverzicht crisisplaatsing Roos - oktober 2025\n1 oktober 2025: plaatsing bij fam. Mulder.\n"
        "2 oktober 2025: telefonisch contact met Ilse.\n3 oktober 2025: huisbezoek, Roos alleen gesproken op haar kamer.\n"
        "6 oktober 2025: overleg met JB over de omgang.\n7 oktober 2025: telefonisch contact met school.\n"
        "9 oktober 2025: mail aan moeder.\n10 oktober 2025: overleg met GW over slapen.\n")})
    assert event_dates(found, "one_on_one_contacts") == ["2025-10-03"]


def test_a_field_that_says_the_previous_plan_expired_keeps_this_plans_goals(tmp_path: Path) -> None:
    assert _goals(tmp_path, "Hulpverleningsplan Roos Bakker 2025\nPeriode: 01-09-2025 t/m 31-08-2026\n"
                  "Vorig plan: 2024 (verlopen)\nDoel 1: Roos fietst voor de zomervakantie 2026 zelf naar school.\n"
                  "Doel 2: Roos belt elke zondag met haar moeder.\n") == [
        "Roos fietst voor de zomervakantie 2026 zelf naar school.", "Roos belt elke zondag met haar moeder."]


def test_a_visit_nobody_was_home_for_stays_called_off(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\ndi 09-09-2025 | huisbezoek | IB\nHuisbezoek afgelegd. Niemand thuis, nieuwe afspraak gemaakt.\n")})
    assert event_dates(found, "home_visits") == []


def test_a_meeting_at_the_foster_family_by_video_is_no_home_visit(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos\n\n25-09-2025 | overleg\nZorgteamoverleg bij pleeggezin Mulder (via Teams): moeder, Ilse, Ruud, "
        "JB en ik.\n")})
    assert event_dates(found, "home_visits") == []


# --- VGB: a household table's VGB column -------------------------------------------------------------------------------

TABLE_PLAN = ("Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: fam. Mulder (pleegmoeder Ilse, pleegvader Ruud)\n"
              "Gezinslid | Leeftijd | VGB\nIlse Mulder (pleegmoeder) | 44 | afgegeven 12-05-2023\n"
              "Ruud Mulder (pleegvader) | 46 | afgegeven 12-05-2023\nDaan Mulder, zoon | 20 | {daan}\nFenna Mulder | 12 | n.v.t.\n")


def test_a_vgb_column_says_each_persons_vgb(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": TABLE_PLAN.format(daan="aangevraagd")}, dt.date(2025, 12, 1))
    assert found["vgb"]["complete"] is False and any("Daan" in p for p in found["vgb"]["missing"])


def test_a_date_in_the_vgb_column_is_a_vgb_and_a_child_needs_none(tmp_path: Path, nlp) -> None:
    """Counter-example: Daan's cell holds the day his VGB was given; Fenna (12) needs none."""
    found = audit_files(tmp_path / "X-2", nlp, {"plan.txt": TABLE_PLAN.format(daan="19-09-2024")}, dt.date(2025, 12, 1))
    assert found["vgb"]["complete"] is True
