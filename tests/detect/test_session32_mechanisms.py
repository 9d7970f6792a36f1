"""Mechanisms of the thirty-second session (issue 9): an export sorted by the day a record was registered, whose
contact day stands in a field below the stamp; a line that lists several contacts each with its own day; a form's
approval date under its own date; a ruler between records in a PDF; a family's name read as a child's; a form
filled in without a completion label; two check forms in one file; advice told again; a care team's arrangement
and another child's team; a scientist's consultation report and a handover note's short dates; and the
counter-examples of a helper's review of the first version. Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from fpdf import FPDF

from audit.detect.facts import aged_minor_names, other_child_names
from audit.read import read_file
from audit.structure.dates import find_dates
from tests.pipelines import audit_files, event_dates, audit_with_plan as _audit, ROOS_AS_OF as AS_OF, ROOS_PLAN as PLAN



def _further(found: dict, field: str) -> list[str]:
    return [e["date"] for e in found[field]]


# --- an export sorted by registration ------------------------------------------------------------------------------

RULER = "-" * 60
REGISTERED = (
    "ZORGBUREAU EIKENDORP - RAPPORTAGES\nCliënt: Roos Bakker\nSortering: op invoerdatum\n" + "=" * 60 + "\n\n"
    "Ingevoerd: 2025-03-10 09:00 door P. de Wit | Gewijzigd: -\n"
    "Type: Gesprek kind | Datum contact: 02-03-2025\n"
    "Onderwerp: Wandeling\n"
    "Met Roos alleen een wandeling gemaakt naar de speeltuin; zij vertelde over school.\n" + RULER + "\n\n"
    "Ingevoerd: 2025-04-22 11:00 door P. de Wit | Gewijzigd: -\n"
    "Type: Huisbezoek | Datum contact: 15-04-2025\n"
    "Onderwerp: Huisbezoek\n"
    "Huisbezoek bij het pleeggezin. Ilse vertelt over de vakantie.\n" + RULER + "\n\n"
    "Ingevoerd: 2025-06-30 14:00 door P. de Wit | Gewijzigd: -\n"
    "Type: Verzamelregistratie | Datum contact: zie tekst\n"
    "Onderwerp: Achterstand juni\n"
    "Achterstand bijgewerkt.\n" + RULER + "\n\n"
    "Ingevoerd: 2025-07-14 14:00 door P. de Wit | Gewijzigd: -\n"
    "Type: Gesprek kind | Datum contact: 09-07-2025\n"
    "Onderwerp: Gesprek op kantoor\n"
    "Gesprek met Roos alleen op kantoor, op haar eigen verzoek.\n" + RULER + "\n")


def test_a_record_is_dated_by_its_contact_field_and_an_undated_record_stands_alone(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"rapportages.txt": REGISTERED})
    # the talk of 9 July is its own record's, not run on under the visit of 15 April
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-02", "2025-07-09"]
    assert _further(found, "home_visits") == ["2025-04-15"]


LISTED = ("Ingevoerd: 2025-07-07 11:00 door P. de Wit | Gewijzigd: -\n"
          "Type: Inhalen registratie | Datum contact: zie tekst\n"
          "Onderwerp: Inhalen juni\n"
          "Inhalen registratie: 4/6 huisbezoek (aangekondigd), 11/6 gesprek met Roos alleen in de auto naar hockey, "
          "18/6 telefonisch Ilse over de zomer.\n" + RULER + "\n\n"
          "Ingevoerd: 2025-08-04 10:00 door P. de Wit | Gewijzigd: -\n"
          "Type: Notitie | Datum contact: -\n"
          "Onderwerp: Zwemmen\n"
          "Ilse meldt per mail dat Roos voortaan alleen met haar vriendin naar het zwembad mag.\n" + RULER + "\n")


def test_a_line_that_lists_contacts_dates_each_by_its_own_day(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"rapportages.txt": LISTED})
    assert event_dates(found, "one_on_one_contacts") == ["2025-06-11"]
    assert _further(found, "home_visits") == ["2025-06-04"]


def test_listed_days_are_dates_but_a_list_of_days_and_scores_are_not_split() -> None:
    days = find_dates("Bijgewerkt: 3/9 huisbezoek, 17/9 gesprek met Roos", context_date=dt.date(2025, 10, 1))
    assert [m.date for m in days] == [dt.date(2025, 9, 3), dt.date(2025, 9, 17)]
    assert find_dates("Score: 2/3 goed, 1/3 fout", context_date=dt.date(2025, 10, 1)) == []
    assert find_dates("Roos kreeg 3/4 goed", context_date=dt.date(2025, 10, 1)) == []


def test_a_forms_approval_date_does_not_date_its_answers(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin (jaarlijks)\nCliënt: Roos Bakker\n"
            "Datum afname: 13-10-2025 | Locatie: kantoor | Afgenomen door: P. de Wit\n"
            "Datum vastgesteld: 02-11-2025\n1. Huisgenoten\nIlse, Ruud en hun dochter.\n2. Mening jeugdige\n"
            "Roos is apart van haar pleegouders gevraagd hoe zij het thuis heeft. Ze zegt dat het goed gaat.\n")
    found = _audit(tmp_path, nlp, {"veiligheidscheck.txt": form})
    assert event_dates(found, "one_on_one_contacts") == ["2025-10-13"]


def test_a_ruler_line_in_a_pdf_is_no_continuation_of_the_prose_above(tmp_path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    long = ("Roos daarna alleen gesproken op haar kamer: ze heeft het druk met school en de hockeyclub, en ziet "
            "moeder eens per maand in de stad bij de bibliotheek.")
    for line in ("Ingevoerd: 2025-04-14 11:02 door P. de Wit", "Type: Huisbezoek | Datum contact: 09-04-2025"):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, long, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "-" * 95, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Ingevoerd: 2025-07-01 10:40 door P. de Wit", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "journaal.pdf"
    pdf.output(str(path))
    lines = read_file(path).text.split("\n")
    assert any(set(line.strip()) == {"-"} for line in lines)
    assert not any("stad bij de bibliotheek" in line and "---" in line for line in lines)


# --- names --------------------------------------------------------------------------------------------------------

def test_a_family_name_and_an_adult_son_are_no_other_child() -> None:
    texts = ["Pleeggezin: Ingrid Terlouw (VGB 2017), Rob Terlouw (VGB 2017), Sven Terlouw (zoon, 21, VGB 2025)",
             "Veiligheidscheck pleeggezin Terlouw (1)\nDatum: 20-01-2026"]
    assert other_child_names(texts, {"Mirthe"}) == set()
    assert aged_minor_names(texts, {"Mirthe"}) == set()
    # a child of the family is still one, by her first name
    assert other_child_names(["Pleeggezin: Ingrid Terlouw, Lisa Terlouw (dochter, 12)"], {"Mirthe"}) == {"Lisa"}


# --- check forms ---------------------------------------------------------------------------------------------------

def test_a_form_filled_in_without_a_completion_label_is_a_check(tmp_path: Path, nlp) -> None:
    form = ("Zorgbureau Eikendorp - formulier VC-2\nVEILIGHEIDSCHECK PLEEGGEZIN\n"
            "Gezin: Mulder, Eikendorp Jeugdige: Roos Bakker\n"
            "Datum: 22-09-2025 Vorm: beeldbellen Pzb: P. de Wit\n"
            "Deelnemers\nIlse Mulder en Roos samen aan de keukentafel via beeldbellen. Ruud was op zijn werk.\n"
            "Vragen aan de jeugdige\nRoos is gevraagd hoe veilig zij zich voelt in het gezin: 'Gewoon goed.'\n"
            "Conclusie\nGeen zorgen.\n")
    found = _audit(tmp_path, nlp, {"veiligheidscheck.txt": form})
    assert event_dates(found, "safety_checks") == ["2025-09-22"]


def test_two_check_forms_in_one_file_each_keep_their_day_and_their_answer(tmp_path: Path, nlp) -> None:
    forms = ("Zorgbureau Eikendorp - veiligheid\nVeiligheidscheck pleeggezin Mulder (1)\n"
             "Datum: 20-01-2025 Plaats: bij het pleeggezin thuis Pzb: P. de Wit\n"
             "Jeugdige gesproken: ja, apart (eigen kamer)\nRoos voelt zich veilig.\nConclusie: veilig.\n\n"
             "Zorgbureau Eikendorp - veiligheid\n"
             "Veiligheidscheck pleeggezin Mulder (2) - na de verhuizing\n"
             "Datum: 13-10-2025 Plaats: bij het pleeggezin thuis Pzb: P. de Wit\n"
             "Jeugdige gesproken: nee (op school)\nPleegouders: geen incidenten.\nConclusie: veilig.\n")
    found = _audit(tmp_path, nlp, {"veiligheidschecks.txt": forms})
    checks = {e["date"]: e["child_spoken"] for e in found["safety_checks"]}
    assert checks == {"2025-01-20": True, "2025-10-13": False}


# --- advice and care team ------------------------------------------------------------------------------------------

def test_explaining_what_the_scientist_advised_is_no_new_advice(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n\n"
               "03-06-2025 GW-overleg\nRoos besproken met GW Anouk Smit. Advies GW: vaste bedtijd en een dagritmekaart.\n\n"
               "17-06-2025 gesprek met Roos\nUitgelegd wat GW adviseerde, ze snapt het half.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-06-03"]


def test_a_care_teams_arrangement_and_another_childs_team_are_no_meeting(tmp_path: Path, nlp) -> None:
    plan = (PLAN + "Datum: 01-10-2025. Looptijd: een jaar.\nEvaluatie: halfjaarlijks in het zorgteam.\n")
    journal = ("Journaal Roos Bakker\nPleegzus: Noor (8)\n\n"
               "12-05-2025 zorgteam\nZorgteam bij kantoor: Roos, Ilse en Ruud, moeder Carla, JB Kim de Vries.\n\n"
               "04-08-2025 notitie\nRoos was ook bij het zorgteam van Sanne (28-07-2025), haar vriendin uit de klas.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert _further(found, "care_team_meetings") == ["2025-05-12"]


def test_a_foster_child_named_in_a_forms_answer_is_not_this_child() -> None:
    from audit.detect.facts import child_names
    form = ("Veiligheidschecklist pleeggezin 2025\nPleegkind(eren): Roos Bakker (03-04-2015); Daan (7), eigen formulier\n"
            "Nieuwe huisgenoten sinds vorige check: ja, pleegkind Daan.\n")
    assert child_names([form]) == {"Roos"}


# --- a parent's own care -------------------------------------------------------------------------------------------

def test_advice_and_a_work_plan_about_a_parents_own_care_are_not_the_childs(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n\n"
               "03-06-2025 GW-overleg\nAdvies GW: moeder aansporen zich via de huisarts te laten verwijzen voor "
               "haar eigen angstklachten, los van de omgang.\n\n"
               "10-06-2025 GW-overleg\nAdvies GW: Ilse geeft Roos voor het slapen een vast moment om te praten.\n\n"
               "24-06-2025 ouderbegeleiding\nEvaluatie werkplan moeder: doel 'op tijd afzeggen' behaald.\n\n"
               "01-07-2025 evaluatie\nEvaluatie hulpverleningsplan met Ilse, Ruud en Roos: doel 1 behaald, doel 2 "
               "loopt door.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-06-10"]
    assert _further(found, "goal_evaluations") == ["2025-07-01"]


def test_an_annual_check_told_in_a_field_is_still_that_days_visit(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n\nDatum: do 16 oktober 2025\nVorm: huisbezoek\n"
               "Verslag: Jaarlijkse veiligheidscheck afgenomen bij het pleeggezin thuis, met Ilse en Ruud.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert "2025-10-16" in _further(found, "home_visits")


def test_a_child_with_her_age_needs_no_vgb_and_an_adult_daughter_is_no_child(tmp_path: Path, nlp) -> None:
    assert other_child_names(["Iris Mulder (dochter pleegouders, 18) woont nog thuis."], {"Roos"}) == set()
    journal = ("Journaal Roos Bakker\nPleegouders: Ilse en Ruud Mulder (VGB 2021)\n\n"
               "12-05-2025 telefonisch\nIlse belt: een tweede pleegkind, Daan (6), komt bij hen wonen.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert "Daan" not in " ".join(found["vgb"].get("missing") or [])


def test_apart_with_a_grown_up_of_the_network_is_no_talk_with_the_child(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n\n"
               "02-03-2025 telefonisch\nIlse belt: haar broer Kees (41) woont sinds kort bij hen.\n\n"
               "11-06-2025 herscreening\nHerscreening bij het gezin thuis. Gesproken met Ilse, Ruud en apart met Kees.\n\n"
               "18-06-2025 huisbezoek\nIlse was boodschappen doen, daarna Roos alleen gesproken op haar kamer.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "one_on_one_contacts") == ["2025-06-18"]


# --- the review's counter-examples (each wrong in the first version of this session's change) ---------------------

def test_a_stamp_under_a_dated_header_is_that_entrys_own(tmp_path: Path, nlp) -> None:
    journal = ("Journaal pleegzorg Roos Bakker\n\n"
               "12-05-2025 | Huisbezoek\nMedewerker: P. de Wit\nAanwezig: Ilse, Ruud, Roos\nLocatie: pleeggezin\n"
               "Duur: 60 minuten\n\nIngevoerd op 20-05-2025 09:14\n"
               "Verslag: huisbezoek bij het pleeggezin. Daarna Roos apart gesproken op haar kamer.\n\n"
               "14-06-2025 | Gesprek jeugdige\nMedewerker: P. de Wit\nAanwezig: Roos\nLocatie: school\nDuur: 30 minuten\n\n"
               "Ingevoerd op 23-06-2025 10:02\nVerslag: met Roos alleen gesproken in een lege klas.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "one_on_one_contacts") == ["2025-05-12", "2025-06-14"]
    assert _further(found, "home_visits") == ["2025-05-12"]


def test_a_records_contact_day_in_another_shape_beats_its_stamp(tmp_path: Path, nlp) -> None:
    for field in ("Datum gesprek: 02-03-2025", "Datum contact: zo 02-03-2025", "Datum contact 02-03-2025",
                  "Gesprek d.d. 02-03-2025"):
        export = ("ZORGBUREAU EIKENDORP - RAPPORTAGES\nCliënt: Roos Bakker\n\n"
                  f"Geregistreerd: 2025-03-10 09:00 door P. de Wit\nSoort: Gesprek jeugdige | {field}\n"
                  "Met Roos alleen een wandeling gemaakt naar de speeltuin.\n\n"
                  "Geregistreerd: 2025-04-22 11:00 door P. de Wit\nSoort: Huisbezoek | Datum contact: 15-04-2025\n"
                  "Huisbezoek bij het pleeggezin.\n")
        found = _audit(tmp_path / field[:8].replace(" ", "_"), nlp, {"rapportages.txt": export})
        assert event_dates(found, "one_on_one_contacts") == ["2025-03-02"], field


def test_grades_doses_fractions_and_scores_are_no_listed_days(tmp_path: Path, nlp) -> None:
    ctx = dt.date(2025, 10, 1)
    for text in ("Rapport besproken: 7/8 voor rekenen, 6/7 voor taal.", "Medicatie: 1/2 tablet, 1/4 tablet bij onrust.",
                 "Het gaat wisselend, 2/3 van de tijd is ze vrolijk, 1/3 van de tijd boos.",
                 "Hockey: 2-1 gewonnen, 3-3 gelijk gespeeld.", "Inhalen: 30/5 gesprek met Roos.\nRekenen: 2/3 goed, 1/3 fout."):
        assert [m.text for m in find_dates(text, context_date=ctx) if m.text in ("7/8", "6/7", "1/2", "1/4", "2/3", "1/3",
                                                                                 "2-1", "3-3")] == [], text
    journal = ("12-09-2025 Gesprek Roos\nRapport besproken: 7/8 voor rekenen, 6/7 voor taal, Roos alleen gesproken op "
               "haar kamer en ze is trots.\n")
    assert event_dates(_audit(tmp_path, nlp, {"journaal.txt": journal}), "one_on_one_contacts") == ["2025-09-12"]


def test_listed_days_after_a_dash_a_colon_or_a_weekday(tmp_path: Path, nlp) -> None:
    journal = ("04-08-2025 Inhalen registratie\nNagekomen: 9/7 - huisbezoek bij pleeggezin, 16/7 - Roos alleen "
               "gesproken op de fiets naar school, 23/7 - telefonisch moeder.\n\n"
               "10-09-2025 Inhalen registratie\nNagekomen: 5/8 (di) huisbezoek, 12/8 (di) Roos apart gesproken in de tuin.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "one_on_one_contacts") == ["2025-07-16", "2025-08-12"]
    assert _further(found, "home_visits") == ["2025-07-09", "2025-08-05"]


def test_an_empty_or_preparation_form_is_not_completed(tmp_path: Path, nlp) -> None:
    head = ("Zorgbureau Eikendorp - formulier VC-2\nVEILIGHEIDSCHECK PLEEGGEZIN\nGezin: Mulder, Eikendorp\n"
            "Jeugdige: Roos Bakker\nDatum: 22-09-2025\n")
    for body in ("Voorbereiding\nPleegouders zijn gevraagd de vragen vooraf door te lezen.\nVragen aan de jeugdige\n"
                 "Hoe veilig voel je je thuis?\nConclusie\n",
                 "Deelnemers\nNog in te vullen door de pleegzorgbegeleider tijdens het huisbezoek.\nConclusie\n",
                 "Vragen aan de jeugdige\nRoos is nog niet gevraagd hoe zij zich voelt; dat volgt bij het huisbezoek.\n"):
        found = _audit(tmp_path / str(len(body)), nlp, {"veiligheidscheck.txt": head + body})
        assert event_dates(found, "safety_checks") == [], body


def test_a_child_named_by_her_first_name_in_a_title_line(tmp_path: Path, nlp) -> None:
    from audit.detect.facts import child_names
    for title in ("Journaal pleegkind Roos", "Verslag huisbezoek jeugdige Roos, 12-03-2025",
                  "Onderwerp: evaluatie pleegkind Roos (10 jaar)", "Journaal – cliënt Roos – pleegzorg"):
        assert child_names([title]) == {"Roos"}, title


def test_a_providers_care_team_and_a_held_half_yearly_meeting(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n\n14-05-2025 zorgteam\nVandaag het zorgteam van Pactum gehad met Ilse en Ruud, de "
               "GW, de leerkracht en Roos zelf; doelen doorgenomen.\n\n"
               "10-09-2025 Zorgteam\nZorgteam: halfjaarlijks overleg vandaag gehouden met pleegouders, moeder Carla, de GW "
               "en Roos.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert _further(found, "care_team_meetings") == ["2025-05-14", "2025-09-10"]


def test_a_number_in_a_bracket_is_no_age_and_a_grown_up_spoken_apart_is_no_talk(tmp_path: Path, nlp) -> None:
    from audit.detect.facts import adult_names
    assert adult_names(["pleegbroertje Daan (sinds 25 maart in het gezin)", "groep 8 (juf Anna, 25 leerlingen)"],
                       {"Roos"}) == set()
    journal = ("Journaal Roos Bakker\nHuisgenoten: Ilse en Ruud Mulder, Roos, Jeroen (zoon van Ilse en Ruud, 23)\n\n"
               "03-11-2025 Huisbezoek\nHuisbezoek. Jeroen apart gesproken over zijn verhuizing.\n\n"
               "17-11-2025 Huisbezoek\nHuisbezoek. Daarna Roos alleen gesproken in de tuin.\n")
    assert event_dates(_audit(tmp_path, nlp, {"journaal.txt": journal}), "one_on_one_contacts") == ["2025-11-17"]


def test_a_babys_father_moving_in_needs_a_vgb_and_advice_naming_the_child_is_hers(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\nPleegouders: Ilse en Ruud Mulder (VGB 2021)\n\n"
               "02-09-2025 telefonisch\nIlse belt: de vader van de baby, Kevin, is per 1 september bij hen ingetrokken.\n\n"
               "16-09-2025 GW-overleg\nOverleg met de gedragswetenschapper. Advies GW: aanmelding bij de GGZ voor Roos; de "
               "contacten met moeder gaan over haar eigen problemen, dus bezoek begeleid houden.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert "Kevin" in " ".join(found["vgb"].get("missing") or [])
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-09-16"]


# --- a scientist's consultation report, a handover note's short dates, watching at play ---------------------------

def test_a_consultation_report_with_its_date_after_dd_and_advice_under_a_bare_heading(tmp_path: Path, nlp) -> None:
    report = ("Zorgbureau Eikendorp Consultatieverslag gedragswetenschapper\n"
              "Jeugdige: Roos Bakker (10 jr) Consultatie d.d. 15-04-2025\nGW: M. Smit, orthopedagoog\n"
              "Vraag\nRoos raakt na de omgang ontregeld.\n"
              "In de consultatie van 12 september 2024 werd geadviseerd de omgang eerst stabiel te houden.\n"
              "Advies\nOvergangen voorspelbaar maken met een vast overdrachtsmoment en een dagschema voor zondag.\n")
    found = _audit(tmp_path, nlp, {"consultatie_gw.txt": report})
    assert event_dates(found, "behavioural_scientist_advice") == ["2024-09-12", "2025-04-15"]


def test_a_handover_notes_day_after_the_events_word(tmp_path: Path, nlp) -> None:
    note = ("Overdracht Roos Bakker, 02-04-2025\n"
            "- Veiligheidscheck 12-3 gedaan op kantoor met pleegouders, Roos was er niet bij.\n"
            "- Huisbezoek 2-3 keer per maand blijft de afspraak.\n")
    found = _audit(tmp_path, nlp, {"overdracht.txt": note})
    assert event_dates(found, "safety_checks") == ["2025-03-12"]


def test_watching_the_child_at_play_is_no_talk(tmp_path: Path, nlp) -> None:
    journal = ("12-05-2025 huisbezoek\nTijdens het bezoek heb ik Roos even alleen in de zandbak zien spelen terwijl "
               "Ilse koffie zette, ze speelde geconcentreerd.\n")
    assert event_dates(_audit(tmp_path, nlp, {"journaal.txt": journal}), "one_on_one_contacts") == []


def test_a_mail_that_tells_the_check_done_with_the_foster_parents(tmp_path: Path, nlp) -> None:
    mail = ("Van: P. de Wit\nVerzonden: woensdag 8 oktober 2025 09:02\nAan: JB K. de Vries\n"
            "Onderwerp: veiligheidscheck gisteren\n\nHoi Kim,\n\nTer info: gisteren de veiligheidscheck gedaan met Ilse en "
            "Ruud via beeldbellen. Roos was er niet bij (stage).\n\ngr Petra\n")
    found = _audit(tmp_path, nlp, {"mail_veiligheidscheck.txt": mail})
    assert event_dates(found, "safety_checks") == ["2025-10-07"]
