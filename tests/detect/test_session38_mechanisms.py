"""Mechanisms of the thirty-eighth session (issue 9). Every sentence here is written for this test."""
from pathlib import Path

from tests.pipelines import RULES_ONLY, ROOS_AS_OF, audit_files, pdf_pages

_PLAN = ("Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: fam. Mulder, Eikendorp (pleegmoeder Ilse, "
         "pleegvader Ruud)\nMoeder: Carla Bakker\n")


def _found(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    """The rules' own reading (no decision model) of ``files`` beside the small plan without a start field."""
    return audit_files(tmp_path / "X-1", nlp, {"plan.txt": _PLAN, **files}, ROOS_AS_OF, RULES_ONLY)


def _start(tmp_path: Path, nlp, report: str) -> str | None:
    found = _found(tmp_path, nlp, {"verslag.txt": report})
    return found["placement"]["start"]


# --- where the child lives since: the placement's start --------------------------------------------------------------

def test_the_child_living_in_the_foster_home_since_a_day_starts_the_placement(tmp_path: Path, nlp) -> None:
    report = "Voortgangsverslag\nRoos woont sinds 14 augustus 2023 bij Ilse en Ruud. Het gaat goed op school.\n"
    assert _start(tmp_path, nlp, report) == "2023-08-14"


def test_someone_else_living_somewhere_since_a_day_starts_nothing(tmp_path: Path, nlp) -> None:
    report = ("Voortgangsverslag\nMoeder woont sinds 14 augustus 2023 bij haar nieuwe vriend.\n"
              "Roos woont sinds 1 mei 2024 op kamers bij een oom? Nee, dat was een plan dat niet doorging.\n")
    assert _start(tmp_path, nlp, report) is None


def test_a_start_field_wins_over_a_living_sentence(tmp_path: Path, nlp) -> None:
    report = "Plaatsingsdatum: 01-03-2022\nRoos woont sinds 14 augustus 2023 bij Ilse en Ruud (na de verhuizing).\n"
    assert _start(tmp_path, nlp, report) == "2022-03-01"


# --- a visit where nobody opened the door ------------------------------------------------------------------------------

def _talks(tmp_path: Path, nlp, journal: str) -> list[str]:
    found = _found(tmp_path, nlp, {"journaal.txt": journal})
    return [c["date"] for c in found["one_on_one_contacts"]]


def test_a_talk_planned_at_a_door_nobody_opened_did_not_happen(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-05-2025 Huisbezoek\nIk zou Roos vandaag apart spreken op haar kamer, er deed niemand open.\n\n"
               "20-05-2025 Huisbezoek\nRoos apart gesproken op haar kamer, zonder Ilse en Ruud.\n")
    assert _talks(tmp_path, nlp, journal) == ["2025-05-20"]


def test_foster_parents_away_is_no_door_shut(tmp_path: Path, nlp) -> None:
    """Pleegouders not at home is how a talk alone often comes about."""
    journal = "Journaal\n\n12-05-2025 Huisbezoek\nIlse en Ruud waren niet thuis, dus Roos apart gesproken op haar kamer.\n"
    assert _talks(tmp_path, nlp, journal) == ["2025-05-12"]


def test_a_foster_parent_away_with_a_pronoun_after_so_keeps_her_time(tmp_path: Path, nlp) -> None:
    """After "dus" a pronoun is still the foster mother: her time with the child, not the worker's talk."""
    journal = "Journaal\n\n12-05-2025 Telefoon Ilse\nIlse vertelt: Ruud was weg, dus ze had even apart tijd met Roos.\n"
    assert _talks(tmp_path, nlp, journal) == []


def test_a_talk_at_a_door_nobody_opened_did_not_happen_whatever_was_planned(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-05-2025 Huisbezoek\nLangs geweest voor een apart gesprek met Roos, maar er deed niemand "
               "open.\n\n14-05-2025 Huisbezoek\nVoor een gesprek alleen met Roos stond ik voor een dichte deur.\n")
    assert _talks(tmp_path, nlp, journal) == []


# --- a later form of a file of forms that checks another family -------------------------------------------------------

def _form(title: str, family: str, day: str) -> list[str]:
    return [title, "Pleegkind: Roos Bakker", f"Gezin: {family}", f"Datum afname: {day}", "Afgenomen door: M. de Vries",
            "Roos apart gesproken op haar kamer; zij voelt zich veilig.", "Conclusie: groen."]


def _checks(tmp_path: Path, nlp, pages: list[list[str]]) -> list[str]:
    pdf_pages(tmp_path / "X-1" / "veiligheidschecks.pdf", pages)
    found = _found(tmp_path, nlp, {})
    return [c["date"] for c in found["safety_checks"]]


def test_a_later_form_headed_by_another_familys_name_checks_their_home(tmp_path: Path, nlp) -> None:
    title = "Veiligheidscheck pleeggezin"
    pages = [_form(f"{title} - 2024", "fam. Mulder, Eikendorp", "11-03-2024"),
             _form(f"{title} - weekendpleeggezin De Boer - 2025", "De Boer, Loosdrecht", "09-04-2025"),
             _form(f"{title} - 2025", "fam. Mulder, Eikendorp", "10-03-2025")]
    assert _checks(tmp_path, nlp, pages) == ["2024-03-11", "2025-03-10"]


def test_a_later_form_headed_by_our_familys_name_is_ours(tmp_path: Path, nlp) -> None:
    title = "Veiligheidscheck pleeggezin"
    pages = [_form(f"{title} - 2024", "fam. Mulder, Eikendorp", "11-03-2024"),
             _form(f"{title} - pleeggezin Mulder - 2025", "Mulder, Eikendorp", "10-03-2025")]
    assert _checks(tmp_path, nlp, pages) == ["2024-03-11", "2025-03-10"]


# --- the check a copied form names as its answers' source ------------------------------------------------------------

def _rules_checks(tmp_path: Path, nlp, files: dict[str, str]) -> list[str]:
    found = _found(tmp_path, nlp, files)
    return [c["date"] for c in found["safety_checks"]]


def test_the_check_a_copied_form_took_its_answers_from_was_held(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin 2025\nPleegkind: Roos Bakker\nDatum: 02-10-2025\n"
            "Werkwijze: antwoorden overgenomen uit de check van 16-01-2025, geen nieuw gesprek gevoerd.\nConclusie: groen.\n")
    assert _rules_checks(tmp_path, nlp, {"veiligheidscheck_2025.txt": form}) == ["2025-01-16"]


def test_a_journal_naming_the_source_of_a_copy_dates_that_check(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-10-2025 | M. de Vries\nVeiligheidscheck 2025 ingevuld op kantoor; let op: de antwoorden van "
               "de check van 04-03-2025 zijn overgenomen, er was geen nieuw gesprek.\n")
    assert _rules_checks(tmp_path, nlp, {"journaal.txt": journal}) == ["2025-03-04"]


def test_answers_of_a_check_talked_over_are_no_copy(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-10-2025 | M. de Vries\nDe antwoorden van de check van 04-03-2025 besproken met Ilse; die check "
               "moet over.\n")
    assert _rules_checks(tmp_path, nlp, {"journal.txt": journal}) == []


# --- a day that dates the event a check came after -------------------------------------------------------------------

def test_the_day_of_the_quarrel_a_check_came_after_is_not_the_checks(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n21-01-2025 | M. de Vries\nVeiligheidscheck bij Ilse en Ruud thuis na de ruzie van 14-01. "
               "Roos apart gesproken, zij voelt zich veilig.\n")
    assert _rules_checks(tmp_path, nlp, {"journaal.txt": journal}) == ["2025-01-21"]


# --- a scan's stamp, a long date label -------------------------------------------------------------------------------

def test_a_scan_stamp_is_no_entry_and_a_long_date_label_dates_the_report(tmp_path: Path, nlp) -> None:
    report = ("Gescand 31-03-2025 — batch 0402\nRapport herscreening pleeggezin\n"
              "Datum huisbezoek herscreening: 19-11-2024 Screener: B. Terpstra\nBevindingen\n"
              "Veiligheidscheck (onderdeel herscreening): uitgevoerd, geen signalen van onveiligheid.\n")
    assert _rules_checks(tmp_path, nlp, {"herscreening_rapport.txt": report}) == ["2024-11-19"]


# --- dates a scan's text recognizer misread ----------------------------------------------------------------------------

def test_a_date_with_a_letter_for_a_digit_is_read_as_meant(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\nI4-O1-2025 - huisbezoek - MV\nVeiligheidscheck afgenomen met Ilse en Ruud; Roos apart gesproken.\n\n"
               "3 0ktober 2O25 - huisbezoek - MV\nRoos apart gesproken op haar kamer.\n")
    found = _found(tmp_path, nlp, {"journaal.txt": journal})
    assert [c["date"] for c in found["safety_checks"]] == ["2025-01-14"]
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2025-01-14", "2025-10-03"]


def test_the_evidence_of_a_misread_date_quotes_the_file_as_written(tmp_path: Path, nlp) -> None:
    report = "Voortgangsverslag\nOp I4-O1-2025 heb ik de veiligheidscheck afgenomen met Ilse en Ruud.\n"
    found = _found(tmp_path, nlp, {"verslag.txt": report})
    (check,) = found["safety_checks"]
    assert check["date"] == "2025-01-14" and "I4-O1-2025" in check["evidence"][0]["sentence"]


def test_ocr_slips_leave_names_and_words_alone() -> None:
    from audit.structure.ocr_slips import _months, _numbers, _rules
    rules = _rules()
    text = "Ian en Mel kwamen op 12-06-2024; ISBN 2O2O1; Il-Ol-OO; Iedere week."
    assert _numbers(text, rules) == [] and _months(text, rules) == []


# --- numbered forms, a report's field lines, a child's questionnaire, a field naming its check --------------------------

def _heard(found: dict) -> dict[str, bool | None]:
    return {c["date"]: c.get("child_spoken") for c in found["safety_checks"]}


def test_numbered_forms_of_a_file_are_each_judged_on_their_own(tmp_path: Path, nlp) -> None:
    """"CHECK 1 Datum: ..." and "CHECK 2 Datum: ..." (a title the scan broke, so no check word opens them)."""
    form = ("PLEEGZORG DUINRAND - VEILIGHEI DSCHECKS PLEEGGEZIN MULDER\nPleegkind: Roos Bakker\n"
            "CHECK I Datum: 14-05-2024 Afgenomen door: M. de Vries\nAanwezig: Ilse Mulder, Roos\n"
            "Mening kind: Roos is gevraagd wat zij van thuis vindt, Ilse zat erbij.\nConclusie: geen zorgen.\n"
            "CHECK 2 Datum: 18-02-2025 Afgenomen door: M. de Vries\nAanwezig: Ilse Mulder\n"
            "Mening kind: niet afgenomen (Roos was bij voetbal).\nConclusie: geen zorgen.\n")
    found = _found(tmp_path, nlp, {"veiligheidscheck_2024-2025.txt": form})
    assert _heard(found) == {"2024-05-14": True, "2025-02-18": False}


def test_the_field_lines_under_a_reports_check_line_tell_its_details(tmp_path: Path, nlp) -> None:
    report = ("Veiligheidsrapportage\nAfname veiligheidscheck op 19-11-2025 bij het pleeggezin thuis, met pleegmoeder, "
              "pleegvader en Roos.\nUitkomst: alle onderdelen groen.\nStem van het kind: Roos zat bij pleegmoeder op "
              "schoot en is gevraagd wat zij fijn vindt in huis.\n")
    found = _found(tmp_path, nlp, {"rapportage.txt": report})
    assert _heard(found) == {"2025-11-19": True}


def test_a_line_that_is_no_field_ends_a_reports_check(tmp_path: Path, nlp) -> None:
    report = ("Veiligheidsrapportage\nAfname veiligheidscheck op 19-11-2025 bij het pleeggezin thuis, met pleegmoeder en "
              "pleegvader.\nDaarna is de school gebeld.\nStem van het kind: Roos is gevraagd wat zij fijn vindt.\n")
    found = _found(tmp_path, nlp, {"rapportage.txt": report})
    assert _heard(found) == {"2025-11-19": False}


def test_a_childs_own_questionnaire_of_the_check_hears_her(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n19-03-2025 | M. de Vries\nJaarlijkse veiligheidscheck op kantoor ingevuld met beide "
               "pleegouders. Roos heeft vooraf op school de kindvragenlijst van de check ingevuld: zij voelt zich veilig.\n")
    found = _found(tmp_path, nlp, {"journaal.txt": journal})
    assert _heard(found) == {"2025-03-19": True}


def test_an_earlier_check_field_whose_value_names_the_check_before_its_day(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidschecklist pleeggezin\nPleegkind: Roos Bakker\nDatum ingevuld: 16-09-2025\n"
            "Ingevuld door: M. de Vries, met Ilse en Ruud\nEerdere check: Snelle veiligheidsinschatting bij plaatsing: "
            "15-04-2024 (met pleegouders, kind niet bevraagd)\n4. Is het kind bevraagd? Ja, apart op haar kamer.\n"
            "Conclusie: voldoende veilig.\n\nVeiligheidschecklist pleeggezin 2026\nCONCEPT - niet afgerond, niet besproken met Ilse\n"
            "Aangemaakt: 27-01-2026\n4. Is het kind bevraagd? [nog invullen]\n")
    # the concept below makes the file no completed form, but its field still tells the check before
    assert "2024-04-15" in _rules_checks(tmp_path, nlp, {"veiligheidschecklist.txt": form})


# --- advice about another child, advice asked or still to come, a matching meeting's advice ----------------------------

def _advice(tmp_path: Path, nlp, files: dict[str, str]) -> list[str]:
    found = _found(tmp_path, nlp, files)
    return [c["date"] for c in found["behavioural_scientist_advice"]]


def test_advice_about_a_child_the_bracket_calls_another_is_not_ours(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n08-07-2025 | M. de Vries\nGW Anouk Terlouw adviseert over Yara (ander weekendpleegkind bij "
               "Mulder): Yara niet in hetzelfde weekend als Roos plannen zolang zij zo onrustig is.\n\n"
               "15-07-2025 | M. de Vries\nGW Anouk Terlouw adviseert over Roos: vaste bedtijd en een nachtlampje.\n")
    assert _advice(tmp_path, nlp, {"journaal.txt": journal}) == ["2025-07-15"]


def test_advice_asked_of_the_scientist_or_still_to_come_is_none(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n14-10-2025 | M. de Vries\nMail aan GW: gevraagd mee te kijken naar de slaapproblemen van Roos.\n\n"
               "03-11-2025 | M. de Vries\nGW gebeld over de omgang, zij neemt R. mee in het casusoverleg, dan komt advies.\n")
    assert _advice(tmp_path, nlp, {"journaal.txt": journal}) == []


def test_advice_in_a_matching_report_of_a_meeting_is_on_the_meetings_day(tmp_path: Path, nlp) -> None:
    report = ("Matchingsverslag\nPleegkind: Roos Bakker\nDatum matchingsoverleg: 15-02-2021\n"
              "Aanwezig: M. de Vries (pleegzorgbegeleider), A. Terlouw (gedragswetenschapper)\n\nAfweging:\n"
              "Gekozen voor fam. Mulder omdat zij ervaring hebben met jonge kinderen en Roos op haar school kan blijven.\n"
              "GW (A. Terlouw) adviseert een gezin zonder jongere kinderen, omdat Roos veel aandacht nodig heeft.\n")
    assert _advice(tmp_path, nlp, {"matchingsverslag.txt": report}) == ["2021-02-15"]


def test_a_speck_after_a_day_or_a_fields_colon_is_read_as_a_space(tmp_path: Path, nlp) -> None:
    mail = ("Van:' Anouk Terlouw <gedragswetenschapper>\nAan: M. de Vries\nDatum: 12` juni 2025'\n"
            "Onderwerp: RE: Roos, boosheid na weekend\n\nMarleen,\nIk heb naar je vraag over Roos gekeken.\n"
            "Mijn advies: laat Roos op zondag zelf het afscheidsmoment kiezen en houd het kort.\nAnouk\n")
    assert _advice(tmp_path, nlp, {"mail.txt": mail}) == ["2025-06-12"]


# --- the subject of a clause in inverted order -------------------------------------------------------------------------

def test_a_relative_named_after_the_auxiliary_took_the_child_apart(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n20-05-2025 | M. de Vries\nJB belt: bij de omgang van vorige week heeft mama Roos apart genomen "
               "en gevraagd of ze terug naar huis wil.\n")
    assert _talks(tmp_path, nlp, journal) == []


def test_a_colleague_named_after_the_auxiliary_or_a_relative_before_a_comma_keep_the_talk(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n20-05-2025 | M. de Vries\nBij het huisbezoek heeft collega Anja Roos apart genomen voor een "
               "gesprek.\n\n27-05-2025 | M. de Vries\nTijdens het huisbezoek heeft Ilse boodschappen gedaan, Roos apart "
               "gesproken op haar kamer.\n")
    assert _talks(tmp_path, nlp, journal) == ["2025-05-20", "2025-05-27"]


def test_a_form_whose_status_cell_says_concept_is_no_check(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin - CONCEPT\nCONCEPT - niet definitief - niet verspreiden\n"
            "Auteur | M. de Vries (pleegzorgbegeleider)\nDatum ontvangen | 12-11-2025\nStatus | concept\n"
            "Pleegkind | Roos Bakker (10)\nDatum afname | \nInstrument | Veiligheidschecklist (versie 3)\nBelasting pleegouders | laag\n"
            "Stem van het kind: nog niet gevraagd.\n")
    assert _rules_checks(tmp_path, nlp, {"veiligheidscheck_concept.txt": form}) == []


def test_the_source_of_a_copy_is_heard_as_the_copied_answers_say(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin 2025\nPleegkind: Roos Bakker\nDatum invullen: 11-02-2025\n"
            "Let op: antwoorden overgenomen uit de check van 12-03-2024; geen nieuw gesprek gevoerd.\n"
            "3. Mening van het kind (overgenomen)\nRoos apart gesproken op haar kamer, voelt zich thuis bij Ilse.\n"
            "4. Conclusie\nGeen wijzigingen.\n")
    found = _found(tmp_path, nlp, {"veiligheidscheck_2025.txt": form})
    assert _heard(found) == {"2024-03-12": True}


def test_after_the_evaluation_of_a_day_that_day_stays_the_evaluations(tmp_path: Path, nlp) -> None:
    """Only an incident's day after "na de ... van" is another event's: "na de evaluatie van 10-12-2024" names the
    evaluation itself."""
    from audit.detect.told_later import not_event_before
    rx = not_event_before()
    assert rx.search("Veiligheidscheck bij Ilse thuis na de ruzie van ")
    assert not rx.search("Na de evaluatie van ") and not rx.search("27-05-2025, na het zorgteam van ")


def test_a_plans_line_of_how_often_an_event_is_held_is_an_arrangement() -> None:
    """The event's own word may come first ("Dijkschouw jaarlijks in de zomer", a file's word for the check)."""
    from audit.detect.further.events import hit
    assert hit("arrangement", "Dijkschouw jaarlijks in de zomer.") and hit("arrangement", "Huisbezoek eens per maand.")
    assert not hit("arrangement", "Huisbezoek bij Ilse en Ruud, Roos was er ook.")


# --- the review's counter-examples (each wrong on 9ff3d05) -------------------------------------------------------------

def test_a_door_shut_elsewhere_in_the_sentence_leaves_the_talk(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-05-2025 Huisbezoek\nBehalve Roos was er niemand thuis, dus ik heb rustig met haar apart "
               "gesproken op haar kamer.\n\n19-05-2025 Huisbezoek\nRoos apart gesproken op haar kamer; ze vindt het naar "
               "dat er na school vaak niemand thuis is.\n\n26-05-2025 Huisbezoek\nMet Roos alleen gesproken op haar kamer, "
               "achter een dichte deur zodat Ilse en Ruud niet meeluisterden.\n")
    assert _talks(tmp_path, nlp, journal) == ["2025-05-12", "2025-05-19", "2025-05-26"]


def test_a_door_opened_later_keeps_the_visit(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-05-2025 Huisbezoek\nEerst deed niemand open, maar Ilse kwam even later thuis en toen heb ik "
               "Roos apart gesproken op haar kamer.\n")
    found = _found(tmp_path, nlp, {"journaal.txt": journal})
    assert [c["date"] for c in found["home_visits"]] == ["2025-05-12"]


def test_so_the_child_and_the_foster_mother_is_still_her_talk(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-05-2025 Telefoon Ilse\nIlse vertelt: Ruud was het hele weekend weg, dus Roos en zij hebben "
               "zaterdag samen een apart gesprek gehad over school.\n")
    assert _talks(tmp_path, nlp, journal) == []


def test_the_worker_after_and_is_the_subject_of_his_own_clause(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n20-05-2025 | M. de Vries\nTijdens het huisbezoek heeft Ilse boodschappen gedaan en heb ik Roos "
               "apart gesproken op haar kamer.\n")
    assert _talks(tmp_path, nlp, journal) == ["2025-05-20"]


def test_a_held_half_yearly_meeting_is_no_arrangement() -> None:
    from audit.detect.further.events import hit
    for text in ("Het halfjaarlijkse zorgteamoverleg is gehouden bij Ilse en Ruud thuis.",
                 "De jaarlijkse veiligheidscheck is afgenomen.", "Vandaag jaarlijks huisbezoek gedaan."):
        assert not hit("arrangement", text), text


def test_a_table_bar_before_a_day_is_no_digit(tmp_path: Path, nlp) -> None:
    table = ("Contactmomenten Roos Bakker\nSoort|Extra||Datum|Medewerker\n"
             "Huisbezoek, Roos apart gesproken op haar kamer||3-6-2025|M. de Vries\n")
    found = _found(tmp_path, nlp, {"contacten.txt": table})
    assert [c["date"] for c in found["one_on_one_contacts"]] == ["2025-06-03"]


def test_a_questionnaire_not_filled_in_hears_no_one(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n19-03-2025 | M. de Vries\nJaarlijkse veiligheidscheck op kantoor ingevuld met beide pleegouders. "
               "Roos heeft de kindvragenlijst nog niet ingevuld, dat doet ze volgende week op school.\n")
    found = _found(tmp_path, nlp, {"journaal.txt": journal})
    assert _heard(found) == {"2025-03-19": False}


def test_living_with_a_parent_since_a_day_or_an_earlier_home_is_no_start(tmp_path: Path, nlp) -> None:
    assert _start(tmp_path / "a", nlp, "Eindverslag\nRoos woont sinds 1 september 2025 bij haar vader in Zwolle.\n") is None
    report = ("Verslag\nRoos verblijft sinds 3 maart 2022 in het gezin van haar oom, daarna bij Ilse en Ruud.\n"
              "Roos woont sinds 14 augustus 2023 bij Ilse en Ruud.\n")
    assert _start(tmp_path / "b", nlp, report) == "2023-08-14"


def test_our_familys_name_with_particles_or_two_parts_is_ours(tmp_path: Path, nlp) -> None:
    plan = ("Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: fam. Van der Berg, Eikendorp (pleegmoeder "
            "Ilse, pleegvader Ruud)\n")
    title = "Veiligheidscheck pleeggezin"
    pdf_pages(tmp_path / "X-1" / "veiligheidschecks.pdf", [
        _form(f"{title} - 2024", "Eikendorp", "11-03-2024"),
        _form(f"{title} - pleeggezin Van der Berg - 2025", "Eikendorp", "10-03-2025")])
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan}, ROOS_AS_OF, RULES_ONLY)
    assert [c["date"] for c in found["safety_checks"]] == ["2024-03-11", "2025-03-10"]


def test_a_field_that_plans_ends_a_reports_check(tmp_path: Path, nlp) -> None:
    report = ("Veiligheidsrapportage\nAfname veiligheidscheck op 19-11-2025 bij het pleeggezin thuis, met pleegmoeder en "
              "pleegvader.\nUitkomst: alle onderdelen groen.\nVolgende keer: Roos apart spreken op haar kamer.\n")
    found = _found(tmp_path, nlp, {"rapportage.txt": report})
    assert _heard(found) == {"2025-11-19": False}


def test_numbered_visits_of_one_form_are_one_form(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin 2025\nPleegkind: Roos Bakker\nBezoek 1 datum: 10-03-2025 gesprek met Ilse en Ruud\n"
            "Bezoek 2 datum: 17-03-2025 gesprek met Roos\nAfgenomen door: M. de Vries\n"
            "Mening kind: Roos apart gesproken op haar kamer, voelt zich veilig.\nConclusie: groen.\n")
    found = _found(tmp_path, nlp, {"veiligheidscheck_2025.txt": form})
    assert _heard(found) == {"2025-03-10": True}


def test_a_matching_reports_history_and_a_planned_meeting_date_nothing(tmp_path: Path, nlp) -> None:
    report = ("Matchingsverslag\nPleegkind: Roos Bakker\nDatum matchingsgesprek: 20-02-2021 (gepland)\n"
              "Opgesteld: 02-02-2021\nVoorgeschiedenis:\nIn het crisisgezin heeft de toenmalige pleegzorgbegeleider Roos "
              "apart gesproken over wat zij belangrijk vindt.\nGW (A. Terlouw) adviseert een gezin zonder jongere kinderen.\n")
    found = _found(tmp_path, nlp, {"matchingsverslag.txt": report})
    assert found["one_on_one_contacts"] == [] and found["behavioural_scientist_advice"] == []


def test_a_next_meetings_date_label_dates_no_report(tmp_path: Path, nlp) -> None:
    from audit.structure import labelled_date
    from audit.types import Document
    text = ("Voortgangsrapportage Roos Bakker\nDatum volgende zorgteambespreking: 10-06-2025\n"
            "Opgesteld door M. de Vries op 12-03-2025\n")
    doc = Document("verslag.txt", tmp_path / "verslag.txt", "x", "text/utf-8", text)
    assert labelled_date(doc).date.isoformat() == "2025-03-12"


def test_advice_about_the_childs_pet_name_is_hers(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n08-07-2025 | M. de Vries\nGW Anouk Terlouw adviseert over Roosje (pleegzus van Yara): vaste "
               "bedtijd en een nachtlampje voor Roos.\n")
    assert _advice(tmp_path, nlp, {"journaal.txt": journal}) == ["2025-07-08"]


def test_a_code_span_round_a_day_and_a_quote_after_a_digit_are_no_specks(tmp_path: Path) -> None:
    from audit.structure.ocr_slips import without_ocr_slips
    from audit.types import Document
    text = "JB heeft Roos op `23-09` onder vier ogen gesproken. Doel 'wennen aan groep 1' behaald.\nDatum: 12` juni 2025\n"
    read = without_ocr_slips(Document("notities.txt", tmp_path / "notities.txt", "x", "text/utf-8", text)).text
    assert "`23-09`" in read and "groep 1' behaald" in read and "Datum: 12  juni 2025" in read
