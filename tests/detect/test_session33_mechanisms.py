"""Mechanisms of the thirty-third session (issue 9): a visit note's header of a word, bars and a bare day; a visit
called off with a separated particle ("zegt ... af") or arranged for a weekday; a legend whose codes are written
against their "=" and divided by spaces; a parent who is the subject of the talk; a form's empty advice field; a
visit told as "bij pg thuis", "Gesprek met Roos bij pg." or "in het pleeggezin gepraat"; a later edit that says
the check and talk of its record did not take place. Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.detect.candidates import decision_rx
from audit.detect.dating import Dated
from audit.structure.legend import legend, legend_line
from audit.types import DateMention
from tests.pipelines import audit_files, event_dates, audit_with_plan as _audit, ROOS_AS_OF as AS_OF, ROOS_PLAN as PLAN

RULER = "-" * 50


# --- a visit note's header: a word, a bar and a bare day ------------------------------------------------------------

VISIT_NOTES = (
    "Pleegzorg Eikendorp - bezoeknotities\nDossier: X-1 | Roos Bakker\n" + RULER + "\n"
    "Bezoeknotitie | 12-02-2025 | HB fam. Mulder, Eikendorp (aangekondigd)\n"
    "Aanwezig: Ilse, Ruud, Roos; PB J. de Wit\n"
    "Eerst met Ilse en Ruud gesproken over de schoolkeuze.\n"
    "Daarna Roos apart gesproken op haar kamer (PO niet aanwezig).\n" + RULER + "\n"
    "Bezoeknotitie | 17-09-2025 | HB fam. Mulder, Eikendorp (onaangekondigd)\n"
    "Aanwezig: Ilse, Roos; PB J. de Wit\n"
    "Roos apart gesproken in de tuin, Ilse bleef binnen.\n" + RULER + "\n")


def test_a_notes_header_of_word_bar_and_day_dates_its_note(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"bezoeknotities.txt": VISIT_NOTES})
    assert event_dates(found, "one_on_one_contacts") == ["2025-02-12", "2025-09-17"]
    assert event_dates(found, "home_visits") == ["2025-02-12", "2025-09-17"]


# --- called off, or arranged for a later day ------------------------------------------------------------------------

PHONE_NOTES = (
    "Telefoonnotities Roos Bakker\n\n"
    "Telefoonnotitie | Datum: 02-04-2025 | Tijd: 09:40\n"
    "Inhoud: Huisbezoek en jaarlijkse veiligheidscheck afgesproken op zaterdag 12-04-2025, Roos is dan thuis.\n\n"
    "Telefoonnotitie | Datum: 11-04-2025 | Tijd: 18:15\n"
    "Inhoud: Ilse zegt het huisbezoek van morgen af: Ruud en Roos hebben griep.\n\n"
    "Telefoonnotitie | Datum: 16-09-2025 | Tijd: 11:05\n"
    "Inhoud: Huisbezoek afgesproken na de herfstvakantie; dan Roos ook apart spreken.\n")


def test_a_visit_called_off_or_arranged_for_later_is_none(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"telefoonnotities.txt": PHONE_NOTES})
    assert event_dates(found, "home_visits") == []
    assert event_dates(found, "safety_checks") == []
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_visit_told_as_held_still_counts(tmp_path: Path, nlp) -> None:
    """Counter-example: "zoals afgesproken op maandag" tells when it was arranged; the visit took place."""
    notes = ("Telefoonnotities Roos Bakker\n\n"
             "Telefoonnotitie | Datum: 14-04-2025 | Tijd: 16:00\n"
             "Inhoud: Huisbezoek gedaan zoals afgesproken op maandag, Ilse en Roos waren thuis.\n")
    found = _audit(tmp_path, nlp, {"telefoonnotities.txt": notes})
    assert event_dates(found, "home_visits") == ["2025-04-14"]


# --- a legend whose items are divided by spaces ---------------------------------------------------------------------

LEGEND_JOURNAL = (
    "Export contactjournaal\nJeugdige: Roos Bakker\nExportdatum: 30-09-2025\n"
    "Legenda: HB=huisbezoek KG=gesprek kind TEL=telefonisch MAIL=e-mail OVL=overleg\n"
    "         GW=consult gedragswetenschapper ZT=zorgteam SCH=school NOT=notitie\n\n"
    + RULER + "\n04-03-2025 | TEL | J. de Wit\n" + RULER + "\n"
    "Ilse belt over de tandarts; Roos moet een beugel.\n\n"
    + RULER + "\n18-06-2025 | MAIL | J. de Wit\n" + RULER + "\n"
    "Verslag van school doorgestuurd naar de JB.\n")


def test_a_legends_line_of_spaced_items_is_no_event(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": LEGEND_JOURNAL})
    assert event_dates(found, "home_visits") == []
    assert event_dates(found, "behavioural_scientist_advice") == []
    assert event_dates(found, "care_team_meetings") == []


# --- a parent as the subject of the talk ----------------------------------------------------------------------------

PARENT_TALKS = (
    "Journaal Roos Bakker\n\n"
    "03-03-2025 Omgang. Moeder praatte met Roos alleen in haar kamer over school, ik zat met Ilse in de keuken.\n\n"
    "10-03-2025 Omgang. Moeder en Roos een half uur samen apart gepraat op een bankje, daarna samen gegeten.\n\n"
    "24-03-2025 Contact. Roos alleen gesproken op school, Ilse niet aanwezig.\n")


def test_a_parent_who_talks_with_the_child_alone_is_no_contact_of_the_worker(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": PARENT_TALKS})
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-24"]


def test_foster_parents_spoken_together_then_the_child_alone_is_a_contact(tmp_path: Path, nlp) -> None:
    """Counter-example: "X en Y samen gesproken" is the worker's talk with both; the child alone is a later step."""
    journal = ("Journaal Roos Bakker\n\n"
               "14-05-2025 Huisbezoek. Ilse en Ruud samen gesproken, daarna Roos alleen op haar kamer (Ilse en Ruud "
               "gingen boodschappen doen). Ze vertelt over haar nieuwe vriendin.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "one_on_one_contacts") == ["2025-05-14"]


# --- a form's empty advice field ------------------------------------------------------------------------------------

def test_an_empty_advice_field_is_no_advice(tmp_path: Path, nlp) -> None:
    form = ("AANVRAAG GW-CONSULTATIE\nCliënt: Roos Bakker\nAanvrager: J. de Wit (pzb)\nDatum aanvraag: 23-09-2025\n\n"
            "Vraagstelling: Roos slaapt slecht sinds de zomer en is snel boos op school. Wat kunnen Ilse en Ruud doen?\n\n"
            "Datum consult: nog niet gepland\nAdvies GW: -\nStatus: open\n")
    found = _audit(tmp_path, nlp, {"gw_aanvraag.txt": form})
    assert event_dates(found, "behavioural_scientist_advice") == []


def test_a_filled_advice_field_is_advice(tmp_path: Path, nlp) -> None:
    """Counter-example: the same form with the scientist's answer."""
    form = ("GW-CONSULTATIE\nCliënt: Roos Bakker\nAanvrager: J. de Wit (pzb)\nDatum consult: 30-09-2025\n"
            "Gedragswetenschapper: drs. M. Kok\n\n"
            "Advies GW: vaste avondroutine met Ilse, na school eerst een half uur rust op haar kamer.\n")
    found = _audit(tmp_path, nlp, {"gw_consult.txt": form})
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-09-30"]


# --- a visit told by where it was -----------------------------------------------------------------------------------

def test_a_meeting_or_talk_at_the_foster_home_is_a_visit(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n\n"
               "03-03-2025 Evaluatie. Evaluatie hulpverleningsplan bij pg thuis, met pm en pv.\n\n"
               "10-03-2025 Herscreening. Herscreening na hun verhuizing uitgevoerd bij pg thuis.\n\n"
               "17-03-2025 Contact. Gesprek met Roos bij pg.\n\n"
               "31-03-2025 Contact. Met Roos apart op haar kamer in het pleeggezin gepraat, pm beneden.\n\n"
               "07-04-2025 Contact. Gesprek met Roos over hoe het gaat bij het pleeggezin, op school.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "home_visits") == ["2025-03-03", "2025-03-10", "2025-03-17", "2025-03-31"]


# --- an edit that takes the record back -----------------------------------------------------------------------------

def test_an_edit_that_says_the_check_and_talk_did_not_take_place_retracts_both(tmp_path: Path, nlp) -> None:
    journal = ("EXPORT JOURNAAL\nCliënt: Roos Bakker\n\n"
               "2025-10-14  Veiligheid  J. de Wit (pzb)\n"
               "Veiligheidscheck pleeggezin afgenomen, Roos apart gesproken op haar kamer.\n"
               "gewijzigd 20-10-2025 (JW): notitie te vroeg ingevoerd, check en gesprek met Roos hebben niet "
               "plaatsgevonden (afspraak verschoven).\n\n"
               "2025-11-04  Veiligheid  J. de Wit (pzb)\n"
               "Veiligheidscheck pleeggezin afgenomen met Ilse en Ruud, Roos apart gesproken op haar kamer.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "safety_checks") == ["2025-11-04"]
    assert event_dates(found, "one_on_one_contacts") == ["2025-11-04"]


# --- an export's overview rows and the full notes they repeat -------------------------------------------------------

OVERVIEW_EXPORT = (
    "EXPORT JOURNAAL\nCliënt: Roos Bakker\n\n"
    "OVERZICHT\n"
    "datum       soort        door  tekst\n"
    "16-04-2025  Huisbezoek   JW    Huisbezoek pleeggezin, Roos laat haar nieuwe konijn zien, Ilse en Ruud zijn tev…\n"
    "21-05-2025  Huisbezoek   JW    Huisbezoek bij moeder thuis in Westerhout. Roos was er ook; moeder kookte v…\n"
    "18-06-2025  Huisbezoek   JW    Huisbezoek pleeggezin, Roos vertelt over het schoolkamp, Ruud vindt het sp…\n\n"
    "VOLLEDIGE NOTITIES\n"
    "wo 16-4-2025 | Huisbezoek | J. de Wit, pzb\n"
    "Huisbezoek pleeggezin, Roos laat haar nieuwe konijn zien, Ilse en Ruud zijn tevreden over de vakantie.\n"
    "gewijzigd 17-04-2025 (JW): notitie hoorde bij ander dossier (verkeerde client aangeklikt).\n\n"
    "wo 21-5-2025 | Huisbezoek | J. de Wit, pzb\n"
    "Huisbezoek bij moeder thuis in Westerhout. Roos was er ook; moeder kookte voor ons.\n\n"
    "wo 18-6-2025 | Huisbezoek | J. de Wit, pzb\n"
    "Huisbezoek pleeggezin, Roos vertelt over het schoolkamp, Ruud vindt het spannend.\n")


def test_an_overview_row_is_void_with_the_note_it_repeats_and_a_type_cell_is_placed_by_its_note(
        tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"export.txt": OVERVIEW_EXPORT})
    # 16 April: entered under the wrong child, in the note and in the overview row that repeats it; 21 May: the
    # type cell "Huisbezoek" is the visit at the mother's home its note tells of
    assert event_dates(found, "home_visits") == ["2025-06-18"]


def test_an_edit_that_says_the_visit_did_not_go_ahead_retracts_it(tmp_path: Path, nlp) -> None:
    journal = ("EXPORT JOURNAAL\nCliënt: Roos Bakker\n\n"
               "12 februari 2025 | Huisbezoek | J. de Wit, pzb\n"
               "Huisbezoek bij het pleeggezin met Ilse en Roos over de zomervakantie in Frankrijk.\n"
               "gewijzigd 13-02-2025 (JW): bezoek niet doorgegaan, Ilse ziek; bovenstaande telefonisch besproken.\n\n"
               "12 maart 2025 | Huisbezoek | J. de Wit, pzb\n"
               "Huisbezoek pleeggezin. Roos laat haar rapport zien.\n")
    found = _audit(tmp_path, nlp, {"export.txt": journal})
    assert event_dates(found, "home_visits") == ["2025-03-12"]


def test_an_entry_entered_twice_keeps_its_first_copy(tmp_path: Path, nlp) -> None:
    """Counter-example: the first of two entries, of which the second says it was entered twice, stays."""
    journal = ("Journaal Roos Bakker\n\n"
               "16-04-2025 Huisbezoek. Huisbezoek pleeggezin, Roos laat haar nieuwe konijn zien aan iedereen.\n\n"
               "17-04-2025 Huisbezoek. Huisbezoek pleeggezin, Roos laat haar nieuwe konijn zien aan iedereen.\n"
               "Dubbel ingevoerd (zie 16-04), vervalt.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "home_visits") == ["2025-04-16"]


# --- a relative day in the trigger's own clause ---------------------------------------------------------------------

def test_a_visit_told_as_yesterday_beside_another_events_date_is_yesterdays(tmp_path: Path, nlp) -> None:
    notes = ("Telefoonnotities Roos Bakker\n\n"
             "Telefoonnotitie | Datum: 23-04-2025 | Tijd: 10:15\n"
             "Inhoud: De herscreening van fam. Mulder na de verhuizing van 03-03-2025 is afgerond; het huisbezoek in "
             "de nieuwe woning was gisteren.\n")
    found = _audit(tmp_path, nlp, {"telefoonnotities.txt": notes})
    assert event_dates(found, "home_visits") == ["2025-04-22"]


def test_a_records_metadata_line_of_keys_and_values_is_no_legend() -> None:
    """Counter-example to the spaced legend: an old system's record line ("TYPE=CV-01 AUT=JW DAT=...") holds
    values, not meanings; a legend's meaning holds a word in lower case."""
    line = "[REC 0042] TYPE=CV-01 AUT=JW DAT=12-03-2024\nHuisbezoek pleeggezin, Roos apart gesproken.\n"
    assert legend(line) == {}
    assert not legend_line(line, line.index("CV-01"))
    spaced = "Legenda: HB=huisbezoek KG=gesprek kind ZT=zorgteam\n"
    assert legend(spaced) == {"HB": "huisbezoek", "KG": "gesprek kind", "ZT": "zorgteam"}


def test_a_planned_talk_that_did_not_take_place_leaves_the_reports_earlier_talk(tmp_path: Path, nlp) -> None:
    """Counter-example to the edit's retraction: only a marked edit line takes the record back; a report that says
    a later planned talk did not take place leaves the talk it told before."""
    report = ("Voortgangsrapportage Roos Bakker\nPeriode: april t/m juni 2025\nDatum: 30-06-2025\n\n"
              "Contacten in deze periode\n"
              "Op 14 april 2025 heb ik Roos alleen gesproken op haar kamer, Ilse was beneden.\n"
              "Het geplande gesprek met Roos alleen in juni heeft niet plaatsgevonden, zij was ziek.\n")
    found = _audit(tmp_path, nlp, {"rapportage.txt": report})
    assert event_dates(found, "one_on_one_contacts") == ["2025-04-14"]


# --- a toddler only seen alone, and a birth date under the file's title ---------------------------------------------

def test_a_moment_alone_with_a_toddler_that_only_presence_names_is_no_talk(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Sem Kok – netwerkplaatsing\ngeb. 12-06-2023. Moeder: Carla Kok. Pleeggezin: oma Ilse Kok.\n\n"
               "03-03-2025 Huisbezoek. Sem even alleen in de box gezien terwijl oma koffie zette, hij lachte naar me.\n\n"
               "10-03-2025 Huisbezoek. Even alleen met Sem in de speelhoek gezeten, hij zei niks en bleef spelen.\n\n"
               "17-03-2025 Huisbezoek. Sem alleen gezien op zijn kamer en met hem een toren gebouwd, oma was beneden.\n\n"
               "24-03-2025 Huisbezoek. Sem apart gesproken in de tuin, hij vertelt over de peuterspeelzaal.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"journaal.txt": journal}, AS_OF)
    # joint play (17 March) and a talk (24 March) stay contacts, as before
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-17", "2025-03-24"]


def test_the_presence_rule_needs_a_young_child_and_can_be_switched_off() -> None:
    from audit.detect.one_on_one import presence_only  # here, so the file's other tests run on code without it
    moment = "Sem even alleen in de box gezien terwijl oma koffie zette, hij lachte naar me."
    day = Dated(DateMention(dt.date(2025, 3, 3), "day", 0, 10, "03-03-2025"), "entry")
    assert presence_only(dt.date(2023, 6, 12), day, moment, 4)
    assert not presence_only(dt.date(2023, 6, 12), day, moment, 0)  # detect.presence_years=0: off
    assert not presence_only(dt.date(2019, 6, 12), day, moment, 4)  # a child of five
    assert not presence_only(dt.date(2023, 6, 12), day, moment + " Ze vertelt over de opvang.", 4)


# --- sexual development: talks about a relationship -----------------------------------------------------------------

def test_a_talk_about_a_boyfriend_the_pill_photos_or_a_healthy_relationship_is_attention(tmp_path: Path, nlp) -> None:
    plan = PLAN.replace("Roos Bakker (10)", "Roos Bakker (15)")
    journal = ("Journaal Roos Bakker\n\n"
               "17-03-2025 Huisbezoek. Met Roos alleen gewandeld. Ze heeft sinds januari een vriend (Daan, 17). "
               "Gesproken over grenzen, over de pil en dat ze altijd nee mag zeggen.\n\n"
               "14-05-2025 Contact. Het gehad over foto's sturen via apps en dat die altijd rond kunnen gaan.\n\n"
               "08-07-2025 Contact. We hebben het gehad over hoe je merkt dat een relatie niet gezond is.\n\n"
               "02-09-2025 Contact. Juf vertelde dat er in de klas les is over 'mijn lijf is van mij' (project hele "
               "school).\n\n"
               "16-09-2025 Overleg. Plan besproken met S. Rutgers (pzb) en Ilse.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "sexual_development") == ["2025-03-17", "2025-05-14", "2025-07-08"]


# --- home visits told by where the worker was -----------------------------------------------------------------------

def test_visits_told_without_a_visit_word_and_a_visit_by_phone(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n\n"
               "16-01-2025 Contact. Bij pm op de koffie geweest (pv op werk, Roos op school).\n\n"
               "21-01-2025 Contact. Bij Ilse thuis langs geweest, Ruud was op zijn werk.\n\n"
               "28-01-2025 Veiligheid. Jaarlijkse veiligheidscheck gedaan aan huis, zie formulier.\n\n"
               "04-02-2025 Observatie. Spelobservatie bij pleeggezin, Ilse zat erbij op de grond.\n\n"
               "11-02-2025 Contact. Telefonisch HB want Ilse ziek, het geplande bezoek kon niet doorgaan.\n\n"
               "18-02-2025 Contact. Bij Carla thuis langs geweest, Roos was er ook.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    # 18 February: Carla is the mother, her home is no foster home
    assert event_dates(found, "home_visits") == ["2025-01-16", "2025-01-21", "2025-01-28", "2025-02-04"]


# --- called off at the end of its sentence; a sibling's family ------------------------------------------------------

def test_an_event_called_off_at_its_sentences_end_and_a_check_at_a_siblings_family(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n\n"
               "01-07-2025 Contact. Collega heeft veiligheidscheck gedaan bij fam. Hazelaar (weekendgezin van broertje "
               "Stijn).\n\n"
               "08-07-2025 Evaluatie. Evaluatie HVP met oma, opa, moeder en JB gaat niet door i.v.m. ziekte opa.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal}, as_of=dt.date(2025, 9, 1))
    assert event_dates(found, "safety_checks") == []
    assert event_dates(found, "goal_evaluations") == []
    assert event_dates(found, "home_visits") == []


def test_only_the_event_that_opens_the_sentence_is_called_off_by_its_end() -> None:
    rx = decision_rx("subject_cancelled")
    assert rx.search("Evaluatie HVP met oma, opa, vader en JB gaat niet door i.v.m. opa.")
    assert rx.search("Zorgteam gaat niet door, moeder ziek.")
    assert not rx.search("Huisbezoek gedaan, omgang gaat niet door.")  # the visit took place


def test_a_toddler_seen_alone_away_from_home_or_with_the_foster_parent_elsewhere_is_a_contact(tmp_path: Path, nlp) -> None:
    """Counter-examples to the presence rule: seen alone at the day care (a visit to see her), and a foster
    parent's own "zat binnen"."""
    journal = ("Journaal Sem Kok – netwerkplaatsing\ngeb. 12-06-2023. Moeder: Carla Kok. Pleeggezin: oma Ilse Kok.\n\n"
               "13-01-2025 Contact. Sem alleen gezien op de peuteropvang terwijl oma boodschappen deed.\n\n"
               "20-01-2025 Huisbezoek. Sem en ik samen in de zandbak in de tuin, oma zat binnen.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-01-13", "2025-01-20"]


def test_a_school_visited_or_a_girlfriend_not_talked_about_is_no_event(tmp_path: Path, nlp) -> None:
    plan = PLAN.replace("Roos Bakker (10)", "Roos Bakker (15)")
    journal = ("Journaal Roos Bakker\n\n"
               "09-10-2025 Contact. Bij Het Kompas geweest.\n\n"
               "18-10-2025 Contact. Ze heeft een vriend (Daan, 17); niet verder over gesproken, Roos wilde daar niet "
               "op ingaan.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "home_visits") == []
    assert event_dates(found, "sexual_development") == []


# --- counter-examples from a helper's review of b93f622 -------------------------------------------------------------

def _journal(*lines: str) -> dict[str, str]:
    return {"journaal.txt": "Journaal Roos Bakker\n\n" + "\n\n".join(lines) + "\n"}


def test_review_a_foster_parent_who_spoke_with_the_worker_leaves_the_workers_talk_alone(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, _journal(
        "12-03-2025 Huisbezoek. Ilse sprak met mij over de schoolkeuze; daarna heb ik Roos alleen gesproken op haar kamer.",
        "14-04-2025 Huisbezoek. Ilse en ik hebben eerst samen gepraat over school, daarna heb ik Roos alleen gesproken."))
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12", "2025-04-14"]


def test_review_something_else_called_off_later_in_the_sentence_leaves_the_event(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, _journal(
        "12-03-2025 Contact. Gesprek met Roos alleen op haar kamer, ze is verdrietig want het logeren bij oma gaat niet door.",
        "14-04-2025 Veiligheid. Veiligheidscheck met Ilse en Ruud doorgelopen, alles in orde, alleen de geplande verbouwing "
        "gaat niet door."))
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12"]
    assert event_dates(found, "safety_checks") == ["2025-04-14"]


def test_review_an_arrangement_of_something_else_or_a_held_appointment_is_no_plan(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, _journal(
        "12-03-2025 Huisbezoek. Huisbezoek gedaan dat we hadden afgesproken op maandag; Roos alleen gesproken op haar kamer.",
        "14-04-2025 Huisbezoek. Huisbezoek bij fam. Mulder, afgesproken op woensdag weer te bellen over de zwemles.",
        "16-05-2025 Huisbezoek. Tijdens het huisbezoek zei Roos af en toe iets, maar ze was vooral stil."))
    assert event_dates(found, "home_visits") == ["2025-03-12", "2025-04-14", "2025-05-16"]
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12"]


def test_review_a_sentence_written_in_many_notes_is_no_overview_row(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, _journal(
        "12-03-2025 Huisbezoek bij fam. Mulder.\nDaarna apart gesproken op haar kamer, pleegouders waren beneden.",
        "14-04-2025 Huisbezoek bij fam. Mulder.\nDaarna apart gesproken op haar kamer, pleegouders waren beneden.",
        "15-04-2025 Huisbezoek bij fam. Hendriks.\nDaarna apart gesproken op haar kamer, pleegouders waren beneden.\n"
        "Let op: notitie hoorde bij ander dossier (verkeerde client aangeklikt)."))
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12", "2025-04-14"]


def test_review_edit_lines_about_another_talk_or_a_date_leave_the_record(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, _journal(
        "12-03-2025 Huisbezoek bij fam. Mulder. Roos alleen gesproken op haar kamer.\nAanvulling 13-03-2025: het geplande "
        "gesprek met moeder Carla heeft niet plaatsgevonden, zij was ziek.",
        "14-04-2025 Huisbezoek bij fam. Mulder. Roos alleen gesproken op haar kamer.\nGewijzigd 15-04-2025 (JW): notitie "
        "foutief vastgelegd onder 11-04, datum aangepast.",
        "16-05-2025\nNotitie te vroeg ingevoerd (als herinnering) en na afloop aangevuld: huisbezoek bij fam. Mulder gedaan, "
        "Roos alleen gesproken op haar kamer."))
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12", "2025-04-14", "2025-05-16"]


def test_review_a_line_of_codes_with_values_is_no_legend() -> None:
    assert legend("Roos scoort op de SDQ totaal=14 emotie=5 gedrag=3, gemiddeld.") == {}
    line = "Registratie: HB=uitgevoerd VC=uitgevoerd GJ=Roos alleen gesproken\n"
    assert not legend_line(line, line.index("alleen"))


def test_review_a_kinship_home_with_the_childs_sister_is_the_foster_home(tmp_path: Path, nlp) -> None:
    plan = ("Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: netwerkpleeggezin bij haar halfzus Sanne de "
            "Vries en haar partner Tom, Eikendorp\nStart plaatsing: 01-03-2022\nMoeder: Carla Bakker\n")
    journal = ("Journaal Roos Bakker\n\n12-03-2025 Veiligheid. Jaarlijkse veiligheidscheck gedaan bij fam. de Vries (het "
               "gezin van haar halfzus Sanne, waar Roos woont) met Sanne en Tom.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2025-03-12"]
    assert event_dates(found, "home_visits") == ["2025-03-12"]


def test_review_two_named_hosts_and_a_visit_arrangement_line(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": (
        "Journaal Roos Bakker\n\n12-03-2025 Contact\nBij Carla en Erik thuis geweest (moeder en haar nieuwe partner) in "
        "Zwolle om kennis te maken met Erik.\n\nwo 14-5-2025 | Huisbezoek | J. de Wit\nBezoekregeling bij moeder thuis "
        "besproken met Ilse en Ruud: de omgang loopt goed.\n")})
    assert event_dates(found, "home_visits") == ["2025-05-14"]


def test_review_a_toddler_shown_a_book_or_a_bed_is_a_contact(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Sem Kok – netwerkplaatsing\ngeb. 12-06-2023. Moeder: Carla Kok. Pleeggezin: oma Ilse Kok.\n\n"
               "03-03-2025 Huisbezoek. Sem even alleen gezien terwijl oma koffie zette, we hebben samen een boekje "
               "gekeken over de boerderij.\n\n"
               "10-03-2025 Huisbezoek. Sem even alleen gezien op zijn kamer, hij liet trots zijn nieuwe bed zien.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-03", "2025-03-10"]


def test_review_photos_sent_to_a_parent_and_a_quarrel_of_yesterday(tmp_path: Path, nlp) -> None:
    plan = PLAN.replace("Roos Bakker (10)", "Roos Bakker (15)")
    journal = ("Journaal Roos Bakker\n\n12-03-2025 Huisbezoek. Met Ilse en Ruud afgesproken dat zij na elke vakantie "
               "foto's sturen naar moeder Carla.\n\n14-04-2025 Contact. Roos alleen gesproken op haar kamer over de ruzie "
               "van gisteren op school; het gesprek was op 11-04-2025, later ingevoerd.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "sexual_development") == []
    assert event_dates(found, "one_on_one_contacts") == ["2025-04-11"]


def test_review_a_planning_row_in_a_note_is_no_record(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, _journal(
        "12-03-2025 - J. de Wit (PZB)\nHuisbezoek bij fam. Mulder, daarna met Ilse en Ruud de planning doorgenomen:\n"
        "Zorgteam | 15-04-2025 | op kantoor, met school en GW"))
    assert event_dates(found, "care_team_meetings") == []
