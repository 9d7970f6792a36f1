"""Mechanisms of the thirty-fourth session (issue 9): an old system's record header of KEY=VALUE fields or a
record number before its day; text damaged by a wrong character set; a child asked in a form's prose; a foster
parent who waited in the car; a check arranged with the foster mother; a record titled as the matching; a status
sheet whose row says "verzet"; a visit on which not everything could be done; a form's "Gestart op" that is no
placement's start. Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.read.text import unwrap
from audit.types import Document
from tests.pipelines import audit_files, event_dates, audit_with_plan as _audit

RULER = "-" * 60


# --- an old system's record headers ---------------------------------------------------------------------------------

KEYED_EXPORT = (
    "OUDSYS 2.1 - EXPORT CLIENTDOSSIER\nClient: BAKKER, Roos\n" + "=" * 60 + "\n"
    "[REC 0001201] TYPE=CV-01 AUT=JDW DAT=11-03-2025 STATUS=DEF\n"
    "ONDERWERP: huisbezoek\nTEKST:\nHuisbezoek. Roos alleen gesproken op haar kamer, daarna met Ilse en Ruud.\n"
    + RULER + "\n"
    "[REC 0001388] TYPE=CV-01 AUT=JDW DAT=02-09-2025 STATUS=DEF\n"
    "ONDERWERP: gesprek\nTEKST:\nRoos apart gesproken na de zwemles.\n" + RULER + "\n")

NUMBERED_NOTES = (
    "OUDSYS - NOTITIES (alleen vrije tekst)\nClient: BAKKER, Roos | 2 notities\n" + RULER + "\n"
    "NOT#4410 | 08-04-2025 | AUT=JDW | TYPE=N-GESPR\nRoos apart gesproken in de tuin.\n" + RULER + "\n"
    "NOT#4592 | 14-10-2025 | AUT=JDW | TYPE=N-HB\nHuisbezoek, Roos alleen gesproken op haar kamer.\n" + RULER + "\n")


def test_a_records_keyed_day_dates_its_notes(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"export.txt": KEYED_EXPORT})
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-11", "2025-09-02"]
    assert event_dates(found, "home_visits") == ["2025-03-11"]


def test_a_record_number_before_the_day_dates_its_note(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"notities.txt": NUMBERED_NOTES})
    assert event_dates(found, "one_on_one_contacts") == ["2025-04-08", "2025-10-14"]


def test_a_keyed_field_in_a_sentence_is_no_header(tmp_path: Path, nlp) -> None:
    """Counter-example: one "x=..." in prose is no line of fields; the note keeps its own header's day."""
    notes = ("Journaal Roos Bakker\n\n12-05-2025 - gesprek\nScore=7 op de schaalvraag; DAT=03-02-2025 stond in de oude"
             " lijst. Roos apart gesproken op haar kamer.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "one_on_one_contacts") == ["2025-05-12"]


# --- damaged characters ---------------------------------------------------------------------------------------------

DAMAGED = ("Journaal Roos Bakker (gemigreerd)\n\n"
           "14-05-2025 - gesprek\nÃ©Ã©n-op-Ã©Ã©n gesprek met Roos op school, ze vond het â€˜best okÃ©â€™.\n")


def test_damaged_characters_are_read_repaired_and_quoted_as_written(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": DAMAGED})
    assert event_dates(found, "one_on_one_contacts") == ["2025-05-14"]
    sentence = found["one_on_one_contacts"][0]["evidence"][0]["sentence"]
    assert "Ã©Ã©n-op-Ã©Ã©n" in sentence  # the evidence quotes the file, damage included


def test_a_repair_keeps_every_line_at_its_offset() -> None:
    from audit.structure.mojibake import without_mojibake
    text = "eerste regel geÃ«valueerd\ntweede â€˜regelâ€™\nderde\n"
    doc = Document(name="f.txt", path=Path("f.txt"), sha256="", reader="text/utf-8", text=text)
    fixed = without_mojibake(doc)
    assert fixed.text.split("\n")[0].rstrip() == "eerste regel geëvalueerd"
    assert fixed.text.split("\n")[1].rstrip() == "tweede ‘regel’"
    assert [i for i, c in enumerate(fixed.text) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    start = fixed.text.index("geëvalueerd")
    a, b = fixed.shown_span(start, start + len("geëvalueerd"))
    assert text[a:b] == "geÃ«valueerd"


def test_clean_text_is_left_alone() -> None:
    """Counter-example: a word with a real "ë" or "é" (Cliënt, Café) is no damage."""
    from audit.structure.mojibake import without_mojibake
    text = "Cliënt: Roos · Café De Hoek – overleg\n"
    doc = Document(name="f.txt", path=Path("f.txt"), sha256="", reader="text/utf-8", text=text)
    assert without_mojibake(doc) is doc


# --- a child asked in the form's prose ------------------------------------------------------------------------------

FORM = ("Veiligheidscheck pleeggezin (formulier VC-2)\nJeugdige: Roos Bakker | Pleeggezin: fam. Mulder, Eikendorp\n"
        "Datum: 14-10-2025 | Vorm: beeldbellen | Uitgevoerd door: J. de Wit\n1. Gezinssamenstelling\n"
        "Ilse en Ruud Mulder, Roos (10). Geen wijzigingen.\n2. Mening van de jeugdige\n{heard}\n3. Conclusie\n"
        "Geen zorgen over veiligheid.\n")


def test_a_child_asked_in_the_forms_prose_is_heard(tmp_path: Path, nlp) -> None:
    for heard in ("Roos schoof aan bij Ilse op schoot en is gevraagd hoe het gaat. Ilse bleef erbij.",
                  "Gevraagd wat ze fijn en niet fijn vindt in het pleeggezin: de hond en de broccoli."):
        found = _audit(tmp_path / str(len(heard)), nlp, {"veiligheidscheck.txt": FORM.format(heard=heard)})
        checks = found["safety_checks"]
        assert [c["date"] for c in checks] == ["2025-10-14"] and checks[0]["child_spoken"] is True, heard


def test_a_child_not_asked_in_the_forms_prose_is_not_heard(tmp_path: Path, nlp) -> None:
    """Counter-example: "en is niet gevraagd" says the opposite."""
    found = _audit(tmp_path, nlp, {"veiligheidscheck.txt": FORM.format(
        heard="Roos zat erbij op de bank en is niet gevraagd naar haar mening.")})
    assert found["safety_checks"][0]["child_spoken"] is False


# --- a foster parent who waited in the car --------------------------------------------------------------------------

def test_a_foster_parent_waiting_in_the_car_leaves_the_talk_alone(tmp_path: Path, nlp) -> None:
    notes = "Journaal Roos Bakker\n\n20-01-2025 J. de Wit - Roos op kantoor gesproken, pm wachtte in de auto.\n"
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "one_on_one_contacts") == ["2025-01-20"]


# --- arranged with the foster mother --------------------------------------------------------------------------------

def test_a_check_arranged_with_the_foster_mother_is_none(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n10-06-2025 | J. de Wit | Telefonisch\n"
             "Veiligheidscheck afgesproken met pm, komt in de agenda voor eind juni.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "safety_checks") == []


def test_a_check_done_with_an_agreement_after_it_counts(tmp_path: Path, nlp) -> None:
    """Counter-example: "afgesproken met pm dat ..." is an agreement made at the check, which took place."""
    notes = ("Journaal Roos Bakker\n\n10-06-2025 | J. de Wit | Huisbezoek\n"
             "Veiligheidscheck gedaan met Ilse en Ruud; afgesproken met pm dat het traphek blijft.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "safety_checks") == ["2025-06-10"]


def test_a_consultation_to_plan_again_is_no_advice(tmp_path: Path, nlp) -> None:
    notes = ("Voortgangsrapportage voogdij\nBetreft: Roos Bakker, geboortedatum 22-03-2015\nDatum: 16-03-2025\n"
             "1. Verloop\nRoos gaat goed naar school.\n2. Conclusie en vervolg\n"
             "De voogd is van mening dat het pleeggezin Mulder het perspectief van Roos biedt.\n"
             "Aandachtspunt: Roos vaker alleen spreken en de consultatie met de gedragswetenschapper opnieuw\nplannen.\n")
    found = _audit(tmp_path, nlp, {"rapportage.txt": notes})
    assert event_dates(found, "behavioural_scientist_advice") == []


# --- a record titled as the matching --------------------------------------------------------------------------------

def test_a_record_titled_as_the_matching_gives_its_reasons(tmp_path: Path, nlp) -> None:
    export = ("[REC 0000311] TYPE=PLM-01 AUT=JDW DAT=01-03-2022 STATUS=DEF\n"
              "ONDERWERP: netwerkplaatsing / matching\nTEKST:\n"
              "Roos is per 01-03-2022 geplaatst bij Ilse en Ruud Mulder.\n"
              "Afweging: Roos kent Ilse goed en kan op haar eigen school blijven.\n")
    found = _audit(tmp_path, nlp, {"export.txt": export})
    assert found["matching_rationale"]["documented"] is True


# --- a status sheet -------------------------------------------------------------------------------------------------

SHEET = ("TIJDLIJN Roos Bakker\n"
         "datum          wat                                             status\n"
         "12-02-2025     huisbezoek + gesprek Roos apart                 uitgevoerd\n"
         "okt 2025       Roos naar de nieuwe sportclub                   -\n"
         "03-09-2025     gesprek Roos apart                              verzet\n"
         "24-09-2025     zorgteambijeenkomst 2                           vervallen\n"
         "(bijgewerkt t/m 01-10-2025)\n")


def test_a_status_sheets_row_that_was_moved_or_lapsed_is_no_event(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"tijdlijn.txt": SHEET})
    assert event_dates(found, "one_on_one_contacts") == ["2025-02-12"]
    assert event_dates(found, "care_team_meetings") == []


def test_rows_of_a_fixed_width_table_are_never_joined() -> None:
    rows = SHEET.split("\n")
    assert unwrap(SHEET).split("\n") == rows


# --- not everything could be done -----------------------------------------------------------------------------------

def test_a_visit_on_which_not_everything_could_be_done_took_place(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n09-09-2025 - HB / veiligheidscheck\n"
             "HB gedaan, veiligheidscheck opgestart. Kon niet alles doornemen want Roos moest eten.\n\n"
             "16-09-2025 - HB\nHB kon niet, Ilse ziek.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "home_visits") == ["2025-09-09"]


# --- a form's "Gestart op" ------------------------------------------------------------------------------------------

def test_a_forms_start_day_is_no_placements_start(tmp_path: Path, nlp) -> None:
    plan = "Crisisplaatsing\nPleegkind: Roos Bakker (geb. 05-01-2025)\nCrisispleeggezin: Ilse en Ruud Mulder\n"
    form = ("Veiligheidscheck pleeggezin (concept)\nPleegkind: Roos Bakker\nGestart op: 09-09-2025 | door: J. de Wit\n"
            "Deel A - woning\nTraphekje aanwezig.\n")
    journal = ("Journaal\n\n20-08-2025 - crisisplaatsing\nRoos is geplaatst bij fam. Mulder.\n\n"
               "22-08-2025 - HB\nEerste HB bij fam M., Roos gezien in de box.\n\n30-09-2025 - HB\nHB, alles rustig.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "check.txt": form, "journaal.txt": journal},
                        dt.date(2025, 11, 10))
    assert event_dates(found, "home_visits") == ["2025-08-22", "2025-09-30"]


# --- a plan kept in an approval round -------------------------------------------------------------------------------

ROUND_PLAN = ("PLEEGZORG EIKENDORP - HULPVERLENINGSPLAN\nStatus: concept | Versie 0.2 | 24-06-2025 JW\n"
              "Roos Bakker, geb. 22-03-2015. Pleeggezin fam. Mulder.\nDoelen:\nRoos komt tot rust.\n"
              "Roos heeft contact met haar moeder.\nOpmerking teamleider: doelen te algemeen, termijnen toevoegen.\n\n"
              "-----\nPLEEGZORG EIKENDORP - HULPVERLENINGSPLAN\n"
              "Status: vastgesteld op 14-07-2025 door I. Baarslag (GW) | Versie 1.0\n"
              "Roos Bakker, geb. 22-03-2015. Pleeggezin fam. Mulder, Eikendorp, sinds 01-03-2022.\n"
              "Zorgteam: gehouden 07-07-2025 (moeder, PM, PV, PB).\n\nDoelen:\n"
              "Roos gaat binnen 4 weken elke schooldag naar school; PM brengt haar.\n"
              "Roos zoekt binnen 3 maanden bij boosheid zelf haar rustplek op, max. 1 driftbui per week (turflijst PM).\n")


def _plan_goals(tmp_path: Path, nlp, plan: str) -> list[str]:
    found = audit_files(tmp_path / "X-1", nlp, {"hvp.txt": plan}, dt.date(2025, 12, 1))
    return [g["text"] for g in found["goals"] if g.get("current", True)]


def test_the_goals_are_the_adopted_versions_whole_lines(tmp_path: Path, nlp) -> None:
    assert _plan_goals(tmp_path, nlp, ROUND_PLAN) == [
        "Roos gaat binnen 4 weken elke schooldag naar school; PM brengt haar.",
        "Roos zoekt binnen 3 maanden bij boosheid zelf haar rustplek op, max. 1 driftbui per week (turflijst PM)."]


def test_a_status_sentence_that_names_a_version_is_no_version(tmp_path: Path, nlp) -> None:
    """Counter-example: "Status: CONCEPT. ... blijft versie 2 van kracht." is the concept's own status, no heading of
    version 2; the concept's goals are the file's only ones and stay."""
    plan = ("Hulpverleningsplan Roos Bakker\nStatus: CONCEPT. Tot de vaststelling blijft versie 2 van kracht.\n"
            "Doelen:\nRoos fietst voor de zomer van 2026 zelf naar school.\n")
    assert _plan_goals(tmp_path, nlp, plan) == ["Roos fietst voor de zomer van 2026 zelf naar school."]


# --- a form approved after the check --------------------------------------------------------------------------------

def test_a_forms_check_is_on_its_own_day_not_its_approval(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin - Pleegzorg Eikendorp\n"
            "Status: vastgesteld op 17-02-2025 door D. Wijnbergen (GW) | Versie 1.0\n"
            "Pleeggezin: fam. Mulder, Eikendorp\nDatum check: 10-02-2025, huisbezoek\n"
            "Mening kind: Roos apart gesproken op haar kamer, ze voelt zich veilig.\nConclusie: veilig.\n")
    found = _audit(tmp_path, nlp, {"veiligheidscheck.txt": form})
    assert event_dates(found, "safety_checks") == ["2025-02-10"]


# --- a check that stood open, was to be planned or stood on a day ---------------------------------------------------

def test_a_check_that_stands_open_or_stood_on_a_day_is_none(tmp_path: Path, nlp) -> None:
    notes = ("Rapportages Roos Bakker\n\n11-03-2025 | rapportage | J. de Wit\n"
             "Veiligheidscheck 2025 staat open, formulier klaargezet (concept), nog niet besproken met het pleeggezin.\n\n"
             "25-03-2025 | rapportage | J. de Wit\nHuisbezoek wordt ingepland, samen met de veiligheidscheck.\n\n"
             "10-12-2025 | rapportage | J. de Wit\n"
             "De jaarlijkse check stond op 09-12, is verzet ivm ziekte oma en nog niet ingehaald.\n")
    found = _audit(tmp_path, nlp, {"rapportages.txt": notes}, dt.date(2025, 12, 20))
    assert event_dates(found, "safety_checks") == []


# --- a placement's start named in a compound label ------------------------------------------------------------------

def test_a_crisis_placements_labelled_start_still_counts(tmp_path: Path, nlp) -> None:
    """Counter-example to "Gestart op": "Crisisplaatsing: 03-11-2025" names the start; a screening visit before it is
    no home visit of this placement."""
    plan = "Plan van aanpak\nPleegkind: Roos Bakker (geb. 05-01-2015)\nCrisisplaatsing: 03-11-2025 bij Ilse en Ruud Mulder\n"
    journal = ("Journaal\n\n28-10-2025 - HB\nHuisbezoek screening bij fam. Mulder.\n\n"
               "10-11-2025 - HB\nHuisbezoek bij fam. Mulder, Roos gezien.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, dt.date(2025, 12, 1))
    assert event_dates(found, "home_visits") == ["2025-11-10"]


# --- the scientist's own advice document ----------------------------------------------------------------------------

def test_an_advice_under_the_scientists_title_is_hers(tmp_path: Path, nlp) -> None:
    advice = ("Advies gedragswetenschapper - Pleegzorg Eikendorp\nBetreft: Roos Bakker, consultatie d.d. 02-10-2025 met PB.\n"
              "Vraag: hoe om te gaan met woede-uitbarstingen na het weekend bij moeder.\n"
              "Advies: overdracht op zondag via een vaste route, Roos krijgt na thuiskomst een uur eigen tijd zonder vragen.\n")
    found = _audit(tmp_path, nlp, {"advies_gw.txt": advice})
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-10-02"]


def test_the_adopted_versions_fields_date_a_file_of_versions(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin - Pleegzorg Eikendorp\nStatus: concept | Versie 0.1 | 10-06-2025\n"
            "Datum check: 09-06-2025 (tel. PM)\nGesprek met Roos: nog plannen\n\n"
            "Veiligheidscheck pleeggezin - Pleegzorg Eikendorp\nStatus: vastgesteld op 30-06-2025 door A. Veldkamp (GW) | Versie 1.0\n"
            "Datum check: 16-06-2025, huisbezoek\nGesprek met Roos: Roos apart gesproken op haar kamer, ze voelt zich veilig.\n")
    found = _audit(tmp_path, nlp, {"veiligheidscheck.txt": form})
    assert event_dates(found, "safety_checks") == ["2025-06-16"]


# --- a parent who talked with the child alone -----------------------------------------------------------------------

def test_a_parent_who_talked_with_the_child_alone_is_no_contact_of_the_worker(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n27-08-2025 | Contact ouders | J. de Wit\n"
             "Moeder heeft 20 min alleen met Roos gepraat in de spreekkamer, ik zat in de ruimte ernaast.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_foster_parent_who_left_the_child_alone_with_the_worker_leaves_the_talk(tmp_path: Path, nlp) -> None:
    """Counter-example: "PM heeft Roos alleen gelaten zodat ik ..." is the worker's talk."""
    notes = ("Journaal Roos Bakker\n\n03-09-2025 | Huisbezoek | J. de Wit\n"
             "PM heeft Roos alleen gelaten zodat ik apart met haar kon praten; Roos apart gesproken op haar kamer.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "one_on_one_contacts") == ["2025-09-03"]


# --- counter-examples from the review of c5b6af6 --------------------------------------------------------------------

def test_an_approval_day_gives_way_only_to_the_forms_own_event(tmp_path: Path, nlp) -> None:
    for extra in ("Datum plaatsing: 01-03-2022\n", "Datum volgende check: 09-02-2026\n"):
        form = ("Veiligheidscheck pleeggezin\nOpgesteld: 10-02-2025 door J. de Wit\nPleegkind: Roos Bakker\n" + extra
                + "Pleeggezin: fam. Mulder, Eikendorp\nRoos apart gesproken op haar kamer, ze voelt zich veilig.\n")
        found = _audit(tmp_path / str(len(extra)), nlp, {"veiligheidscheck.txt": form})
        assert event_dates(found, "safety_checks") == ["2025-02-10"], extra


def test_a_version_history_at_the_end_of_a_form_is_no_version(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin\nDatum afname: 20-11-2024\nAfgenomen door: J. de Wit\n"
            "Status: definitief - vastgesteld 22-11-2024\nIs het pleegkind zelf gesproken?\n"
            "Ja. Roos is apart gesproken in haar kamer, zonder pleegouders erbij.\nVersiegeschiedenis formulier\n"
            "Versie 1 (aangemaakt 20-11-2024 door J. de Wit) - concept\n"
            "Versie 2 (gewijzigd 22-11-2024 door J. de Wit) - definitief.\n")
    found = _audit(tmp_path, nlp, {"veiligheidscheck.txt": form})
    assert event_dates(found, "safety_checks") == ["2024-11-20"]


def test_a_status_cell_that_opens_with_done_keeps_its_row(tmp_path: Path, nlp) -> None:
    sheet = ("OVERZICHT CONTACTEN Roos Bakker\n"
             "datum          wat                                             status\n"
             "12-02-2025     gesprek Roos apart op haar kamer                 uitgevoerd, verslag volgt\n"
             "03-09-2025     huisbezoek                                      gedaan\n")
    found = _audit(tmp_path, nlp, {"overzicht.txt": sheet})
    assert event_dates(found, "one_on_one_contacts") == ["2025-02-12"]


def test_ordinary_words_are_no_plan_or_appointment(tmp_path: Path, nlp) -> None:
    notes = ("Journaal Roos Bakker\n\n14-05-2025 - gesprek\nRoos apart gesproken en ze staat open voor therapie bij de GGZ.\n\n"
             "21-05-2025 - gesprek\nRoos stond op 8.15 al klaar en is daarna apart gesproken op haar kamer.\n\n"
             "28-05-2025 - gesprek\nRoos alleen gesproken en ze maakt weer plannen voor de zomer.\n\n"
             "04-06-2025 - veiligheidscheck\nVeiligheidscheck uitgevoerd zoals vooraf afgesproken met pm.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "one_on_one_contacts") == ["2025-05-14", "2025-05-21", "2025-05-28"]
    assert event_dates(found, "safety_checks") == ["2025-06-04"]


def test_a_running_footer_that_repeats_the_version_keeps_the_goals(tmp_path: Path, nlp) -> None:
    plan = ("Hulpverleningsplan Roos Bakker\nDoelen:\n1. Roos gaat binnen 4 weken elke schooldag naar school.\n"
            "2. Roos heeft elke twee weken begeleid contact met haar moeder.\nStatus: vastgesteld | Versie 1.0 | pagina 1 van 2\n"
            "3. Roos zoekt binnen 3 maanden bij boosheid zelf haar rustplek op.\n"
            "Status: vastgesteld | Versie 1.0 | pagina 2 van 2\n")
    assert len(_plan_goals(tmp_path, nlp, plan)) == 3


def test_someone_else_asked_is_no_child_heard(tmp_path: Path, nlp) -> None:
    for heard in ("Roos lag al op bed, pleegmoeder Ilse schoof aan en is gevraagd naar de huisregels.",
                  "Roos zat erbij en is door pleegmoeder gevraagd hoe het op school gaat.",
                  "Roos was moe en werd onvoldoende gehoord, volgende keer apart."):
        found = _audit(tmp_path / str(len(heard)), nlp, {"veiligheidscheck.txt": FORM.format(heard=heard)})
        assert found["safety_checks"][0]["child_spoken"] is False, heard


def test_one_foster_parent_away_while_the_other_talks_along_is_no_talk_alone(tmp_path: Path, nlp) -> None:
    notes = "Journaal Roos Bakker\n\n14-05-2025 - HB\nPV wachtte in de auto; gesprek met Roos en PM op het terras over school.\n"
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_placement_start_labelled_opstart_counts(tmp_path: Path, nlp) -> None:
    plan = "Plan van aanpak\nPleegkind: Roos Bakker (geb. 05-01-2015)\nDatum opstart: 03-11-2025, bij Ilse en Ruud Mulder\n"
    journal = ("Journaal\n\n28-10-2025 - HB\nHuisbezoek screening bij fam. Mulder.\n\n"
               "10-11-2025 - HB\nHuisbezoek bij fam. Mulder, Roos gezien.\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, dt.date(2025, 12, 1))
    assert event_dates(found, "home_visits") == ["2025-11-10"]


def test_a_keyed_header_prefers_the_contacts_own_day_and_reads_other_separators(tmp_path: Path, nlp) -> None:
    for header in ("[REC 0001201] TYPE=CV-01 DAT=20-03-2025 CONTACTDATUM=11-03-2025 AUT=JDW",
                   "[REC 0001201] TYPE=CV-01;AUT=JDW;DAT=11-03-2025;STATUS=DEF",
                   '[REC 0001201] TYPE=CV-01 AUT=JDW DAT="11-03-2025"'):
        export = header + "\nONDERWERP: huisbezoek\nTEKST:\nRoos alleen gesproken op haar kamer.\n" + RULER + "\n"
        found = _audit(tmp_path / str(abs(hash(header))), nlp, {"export.txt": export})
        assert event_dates(found, "one_on_one_contacts") == ["2025-03-11"], header


def test_a_quote_that_ends_on_a_repaired_character_ends_with_its_damaged_run(tmp_path: Path, nlp) -> None:
    notes = "Journaal Roos Bakker\n\n14-05-2025 - gesprek\nGesprek met Roos alleen in het cafÃ©\n"
    found = _audit(tmp_path, nlp, {"journaal.txt": notes})
    assert found["one_on_one_contacts"][0]["evidence"][0]["sentence"].endswith("cafÃ©")


def test_a_unit_before_a_number_still_ends_a_goal(tmp_path: Path, nlp) -> None:
    plan = ("Hulpverleningsplan Roos Bakker\nDoelen:\n"
            "Roos leest elke avond 15 min. 3 keer per week oefent ze met PM de tafels tot en met 10.\n")
    assert _plan_goals(tmp_path, nlp, plan) == ["Roos leest elke avond 15 min.",
                                                "3 keer per week oefent ze met PM de tafels tot en met 10."]


def test_prose_with_a_stray_gap_is_still_joined() -> None:
    text = ("Op het huisbezoek was Ilse er ook bij en   daarna heb ik Roos\n"
            "alleen gesproken op haar kamer,   ze vertelde over school.\n")
    assert "\n" not in unwrap(text).rstrip("\n")
