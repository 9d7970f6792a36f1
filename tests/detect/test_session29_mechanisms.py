"""Mechanisms of the twenty-ninth session (issue 9): a notebook's short weekday before a year-less day, a
transcriber's doubt and struck-out words, a week's header that names its weekday, what an entry tells of a day
after its own, a report's outlook, talks told in the present, a numbered journal and its table of contents, a
semicolon-delimited export, and a visit whose entry calls off something else. Every sentence here is written for
this test.
"""
import datetime as dt
from pathlib import Path

from audit.nlp.components.context import is_clear
from audit.read.text import line_blocks, unwrap
from audit.structure.dates import find_dates
from audit.structure.entries import entries_of, week_heading
from audit.structure.markup import without_struck_notes
from audit.types import Document
from tests.pipelines import audit_files, event_dates, ROOS_AS_OF as AS_OF, ROOS_PLAN as PLAN



def _text_doc(text: str, name: str = "journaal.txt") -> Document:
    return Document(name=name, path=Path(name), sha256="", reader="text/utf-8", text=text, blocks=line_blocks(text))


# --- a notebook's "wo 26/2" ------------------------------------------------------------------------------------

def test_a_short_weekday_heading_its_line_chooses_the_year() -> None:
    """"wo 26/2" copied from a notebook late in 2025: 26 February 2025 is a Wednesday, 2026's is not."""
    found = find_dates("wo 26/2 HB bij PO thuis", context_date=dt.date(2025, 11, 20))
    assert [(m.date, m.weekday_year) for m in found] == [(dt.date(2025, 2, 26), True)]
    found = find_dates("notitie\n  - do 26/2 HB", context_date=dt.date(2025, 11, 20))
    assert [m.date for m in found] == [dt.date(2026, 2, 26)]  # a Thursday: the next year's


def test_a_short_weekday_inside_a_sentence_chooses_nothing() -> None:
    """"zo" is also a word: mid-sentence only the nearest day counts, as before."""
    found = find_dates("Ik zag haar zo 26/2 nog even", context_date=dt.date(2025, 11, 20))
    assert [(m.date, m.weekday_year) for m in found] == [(dt.date(2026, 2, 26), False)]


def test_a_line_that_opens_with_a_weekday_and_a_day_is_no_wrapped_line() -> None:
    text = ("  Opa heeft nog geen VGB aangevraagd, dat moet ik navragen bij de screening van\n"
            "wo 11/6 tel. JB: heeft Sem afgelopen vrijdag alleen gesproken.")
    assert unwrap(text) == text


# --- doubt and struck-out words ---------------------------------------------------------------------------------

def test_a_bracketed_question_mark_is_doubt_not_a_question(nlp) -> None:
    doc = nlp("Lotte apart gesproken op haar kamer: het gaat goed met vriendin Jara [?]. Moeder belt weinig.")
    spans = [s for s in doc.spans["dossier_audit_triggers"] if s.label_ == "one_on_one_contact"]
    assert spans and all(is_clear(s) for s in spans)
    assert spans[0].sent.text.endswith("[?].")
    asked = nlp("Heb je Lotte apart gesproken?")
    assert not is_clear([s for s in asked.spans["dossier_audit_triggers"] if s.label_ == "one_on_one_contact"][0])


def test_struck_out_words_are_blanked_in_place() -> None:
    text = "wo 12/2 Dewi [doorgehaald: alleen] gesproken, PM zat erbij."
    doc = without_struck_notes(_text_doc(text))
    assert len(doc.text) == len(text) and "alleen" not in doc.text and doc.shown == text


def test_a_struck_out_alone_makes_no_talk(tmp_path: Path, nlp) -> None:
    journal = ("Notitieboek PZB\n"
               "wo 12/3/2025 HB. [doorgehaald: PO aanwezig] Roos alleen gesproken op de veranda.\n"
               "wo 9/4/2025 HB. Roos [doorgestreept: alleen] gesproken in de keuken.\n")
    found = audit_files(tmp_path / "SN-1", nlp, {"plan.txt": PLAN, "notitieboek.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12"]


# --- a week's header that names its weekday ----------------------------------------------------------------------

def test_a_week_header_with_a_weekday_is_that_day() -> None:
    assert week_heading("[wk 39/2024, di | Gesprek jeugdige | S. Rovers]").date == dt.date(2024, 9, 24)
    assert week_heading("wk 7/2024").date == dt.date(2024, 2, 12)  # no weekday: the Monday
    assert week_heading("wk 12 2025 ma t/m vr").date == dt.date(2025, 3, 17)  # a span: the Monday


# --- what an entry tells of a later day -------------------------------------------------------------------------

JOURNAL_AHEAD = ("Journaal Roos Bakker\n"
                 "04-09-2025 | gesprek Roos | P. Smit\n"
                 "Vandaag zou ik Roos op school spreken, maar zij is ziek. Op 18 september spreek ik Roos apart op "
                 "school.\n"
                 "24-09-2025 | gesprek Roos | P. Smit\n"
                 "Op 18 september sprak ik Roos apart op school, zij vertelde over haar nieuwe klas.\n")


def test_a_day_after_the_entry_s_own_is_still_to_come(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "AH-1", nlp, {"plan.txt": PLAN, "journaal.txt": JOURNAL_AHEAD}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-09-18"]
    evidence = [e for f in found["one_on_one_contacts"] for e in f["evidence"]]
    assert all("sprak" in e["sentence"] for e in evidence)  # the entry of the 24th, not the plan of the 4th


REPORT_OUTLOOK = ("Halfjaarrapportage Roos Bakker\nPeriode: januari - juni 2025\nDatum: 30-06-2025\n"
                  "1. Verloop\nOp 12 maart hebben we de veiligheidscheck gedaan met Ilse en Ruud; Roos is apart "
                  "gevraagd naar haar mening.\n"
                  "2. Vooruitblik\nOp 10 september doen we de volgende veiligheidscheck.\n")


def test_an_outlook_tells_what_is_to_come(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "VB-1", nlp, {"plan.txt": PLAN, "rapportage.txt": REPORT_OUTLOOK}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2025-03-12"]


# --- talks told in the present ----------------------------------------------------------------------------------

JOURNAL_PRESENT = ("Journaal Roos Bakker\n"
                   "13-02-2025 / gesprek Roos\n"
                   "Ik spreek Roos na schooltijd alleen in de bibliotheek van Eikendorp. Ze vertelt over haar toets.\n"
                   "23-04-2025 / huisbezoek\n"
                   "Eerst met Ilse koffie; daarna praat ik nog even met Roos alleen, Ilse gaat boodschappen doen.\n"
                   "14-05-2025 / telefoon\n"
                   "Ik spreek Roos deze maand alleen telefonisch, ze heeft het druk met toetsen.\n")


def test_talks_told_in_the_present_are_found(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "PR-1", nlp, {"plan.txt": PLAN, "journaal.txt": JOURNAL_PRESENT}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-02-13", "2025-04-23"]  # "alleen telefonisch": only


# --- a numbered journal and its table of contents -----------------------------------------------------------------

BUNDLE = ("Integraal dossier Roos Bakker\nVersie 2026-1, gebundeld op 20-01-2026\n"
          "Inhoudsopgave\n1 Gegevens\t2\n2 Veiligheid\t3\n3 Contactjournaal\t4\n"
          "Bijlage A: Advies gedragswetenschapper 08-10-2025\t9\n"
          "1 Gegevens\nRoos woont sinds 2022 bij fam. Mulder.\n"
          "2 Veiligheid\nVeiligheidscheck 2025 afgenomen op 11-11-2025 met beide pleegouders; Roos apart gevraagd.\n"
          "3 Contactjournaal\n"
          "5. 21-05-2025 – consult gedragswetenschapper – P. Smit\nZie bijlage A.\n"
          "6. 11-06-2025 – telefonisch contact jeugdbeschermer – P. Smit\n"
          "De JB laat weten dat zij Roos afgelopen woensdag alleen heeft gesproken, op school.\n"
          "10. 03-12-2025 – gesprek op kantoor – P. Smit\nGesprek met Roos onder vier ogen op kantoor.\n")


def test_a_numbered_journal_line_heads_its_entry() -> None:
    days = [e.date.date.isoformat() for e in entries_of(_text_doc(BUNDLE, "dossier.txt"))]
    assert days == ["2026-01-20", "2025-05-21", "2025-06-11", "2025-12-03"]  # no line of the contents


def test_events_in_a_bundle_keep_their_own_days(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "BU-1", nlp, {"plan.txt": PLAN, "dossier.txt": BUNDLE}, dt.date(2026, 1, 31))
    assert event_dates(found, "one_on_one_contacts") == ["2025-06-04", "2025-11-11", "2025-12-03"]
    assert event_dates(found, "safety_checks") == ["2025-11-11"]


# --- a semicolon-delimited export --------------------------------------------------------------------------------

EXPORT = ('Datum;Tijd;Medewerker;Soort contact;Aanwezig;Verslag\n'
          '10-9-2024;19:30;"Petra Smit";"Veiligheidscheck";"jeugdige, PM, PV, PZB";"Veiligheidscheck 2024 afgenomen '
          'bij Ilse en Ruud thuis.\nRoos apart gevraagd naar haar mening: zij voelt zich veilig."\n'
          '19-11-2024;16:00;"Petra Smit";"Notitie";"PZB";"Mail van school doorgestuurd."\n')


def test_a_delimited_row_is_read_word_by_word(tmp_path: Path, nlp) -> None:
    doc = nlp('10-9-2024;19:30;"Petra Smit";"Veiligheidscheck";"Veiligheidscheck 2024 afgenomen bij Ilse thuis.')
    assert "Veiligheidscheck" in [t.text for t in doc]
    found = audit_files(tmp_path / "EX-1", nlp, {"plan.txt": PLAN, "export.txt": EXPORT}, dt.date(2025, 6, 1))
    assert event_dates(found, "safety_checks") == ["2024-09-10"]


# --- a visit whose entry calls off something else ----------------------------------------------------------------

JOURNAL_CODES = ("Journaal Roos Bakker\n"
                 "05-11-2025 [HV/GK] P. Smit\n"
                 "Huisbezoek; daarna met Roos alleen gaan wandelen met de hond.\n"
                 "19-11-2025 [HV] P. Smit\n"
                 "Huisbezoek. Roos vertelt over school. Veiligheidscheck opnieuw gepland, datum volgt.\n"
                 "26-11-2025 [HV] P. Smit\n"
                 "Huisbezoek afgezegd door Ilse, nieuwe datum volgt.\n")


def test_a_visit_stands_when_its_entry_calls_off_another_event(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "HV-1", nlp, {"plan.txt": PLAN, "journaal.txt": JOURNAL_CODES}, AS_OF)
    assert event_dates(found, "home_visits") == ["2025-11-05", "2025-11-19"]


# --- cues and qualifiers -------------------------------------------------------------------------------------------

def _labels(nlp, text: str) -> list[tuple[str, bool]]:
    doc = nlp(text)  # kept: the spans need their Doc
    return [(s.label_, is_clear(s)) for s in doc.spans["dossier_audit_triggers"]]


def test_not_in_the_presence_of_the_foster_parents_is_a_cue(nlp) -> None:
    assert ("one_on_one_contact", True) in _labels(nlp, "Niet in bijzijn van pleegouders gesproken over school.")


def test_a_safety_check_named_by_its_moment(nlp) -> None:
    assert ("safety_check", True) in _labels(nlp, "Startcheck veiligheid telefonisch ingevuld met Ilse en Ruud.")


def test_a_guess_about_a_meeting_records_none(nlp) -> None:
    found = _labels(nlp, "Waarschijnlijk is Roos in het teamoverleg van juni met de GW besproken, maar niets genoteerd.")
    assert found and not any(clear for label, clear in found if label == "behavioural_scientist_advice")
    assert ("one_on_one_contact", True) in _labels(nlp, "Roos apart gesproken; zij is waarschijnlijk verliefd.")


def test_advice_asked_for_or_awaited_is_none_yet(nlp) -> None:
    for text in ("Gamen: opa en oma willen advies, vraag uitgezet bij GW.", "Nog niet gebeurd, wachtlijst GW-overleg.",
                 "Besloten: eerst advies van de gedragswetenschapper afwachten en dan opnieuw bespreken."):
        found = [clear for label, clear in _labels(nlp, text) if label == "behavioural_scientist_advice"]
        assert found and not any(found), text


def test_a_brother_named_by_the_child_is_no_talk_with_her() -> None:
    from audit.detect.participants import names_in
    assert names_in("Noor en haar broertje Sven apart gesproken", {"Noor"}) == {"Noor"}  # a participant
    assert names_in("Roos's zusje Eva apart gesproken", {"Roos", "Eva"}) == {"Eva"}
    assert names_in("Noors broertje Sven (10), die bij moeder woont, apart gesproken", {"Noor"}) == set()


# --- team minutes, earlier advice, a household member turning 18, a self-audit ------------------------------------

MINUTES = ("Teamoverleg team Eikendorp\nDatum: 12-06-2025\nAanwezig: Petra Smit, Ilona Sprenkels (gedragswetenschapper)\n\n"
           "1. Jayden Moerman (12), fam. Kuipers\n"
           "Advies GW: Jayden een vaste vrijdagmiddag laten bellen met zijn vader; pleegouders erbij.\n\n"
           "2. Roos Bakker (10), fam. Mulder\n"
           "Advies GW: Roos zelf laten kiezen welke sport zij doet; na de zomer evalueren.\n")


def test_a_numbered_case_in_team_minutes_is_that_child_s(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "TM-1", nlp, {"plan.txt": PLAN, "teamoverleg.txt": MINUTES}, AS_OF)
    evidence = [e["sentence"] for f in found["behavioural_scientist_advice"] for e in f["evidence"]]
    assert evidence and all("Roos" in s for s in evidence)


EVALUATION = ("Hulpverleningsplan Roos Bakker\nEvaluatie 10-02-2025\n"
              "Doel 3: opa en oma hebben GW-advies gekregen en toegepast. Doel afgesloten.\n")


def test_advice_received_and_applied_is_an_earlier_one(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "EA-1", nlp, {"plan.txt": PLAN, "evaluatie.txt": EVALUATION}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == []


HOUSEHOLD = ("Journaal Roos Bakker\n"
             "03-02-2025 | huisbezoek\nIlse en Ruud hebben beiden een VGB (afgegeven 2022).\n"
             "20-09-2025 | telefoon\nNiels Mulder is op 14-09-2025 achttien geworden en woont nog thuis.\n")
AUDIT = ("Interne dossiertoets\nItem | Oordeel\nHuisbezoek laatste 12 mnd | ja\nVGB alle volwassen huisgenoten | ja\n"
         "Veiligheidscheck | ja\nZorgteam | ja\n")


def test_a_son_turned_eighteen_lacks_a_vgb_whatever_the_self_audit_says(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "VG-1", nlp, {"plan.txt": PLAN, "journaal.txt": HOUSEHOLD,
                                                  "interne_dossiertoets.txt": AUDIT}, AS_OF)
    assert found["vgb"]["complete"] is False
    assert any("Niels" in m for m in found["vgb"]["missing"])


# --- attention to sexual development told over two sentences, a late report ----------------------------------------

JOURNAL_SEX = ("Journaal Roos Bakker\n"
               "04-02-2025 | TC | P. Smit\n"
               "Ilse belt: zij ziet dat Roos met de buurjongen doktertje speelt. Besproken wat bij deze leeftijd past "
               "en hoe Ilse grenzen kan stellen. Ik bespreek het met de GW.\n"
               "18-03-2025 | TC | P. Smit\n"
               "Ruud belt: zij ziet dat Roos met de buurjongen doktertje speelt. Hij belt morgen terug over het weekend.\n")


def test_attention_told_in_the_next_sentence_counts(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "SD-1", nlp, {"plan.txt": PLAN, "journaal.txt": JOURNAL_SEX}, AS_OF)
    assert event_dates(found, "sexual_development") == ["2025-02-04"]


LATE = ('Datum;Tijd;Medewerker;Soort contact;Verslag\n'
        '14-4-2025;;"Petra Smit";"Huisbezoek";"Nagekomen verslag huisbezoek van 8-4-2025:\n'
        'Ilse bracht haar zoon naar de opvang; ondertussen Roos alleen gesproken in de speelkamer.\n'
        'Na terugkomst Ilse kort bijgepraat."\n')


def test_a_late_report_dates_its_lines_to_the_day_it_reports(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "LR-1", nlp, {"plan.txt": PLAN, "export.txt": LATE}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-04-08"]
    assert event_dates(found, "home_visits") == ["2025-04-08"]


# --- goals named otherwise evaluated, visits that are no staff visits, an earlier check in a form's row ---------------

def test_progress_on_work_points_is_a_goal_evaluation(nlp) -> None:
    for text in ("Stand van zaken werkpunten bijgewerkt in het plan, besproken met pleegmoeder.",
                 "De ontwikkeltaken zijn met moeder en pleegouders doorgelopen."):
        assert ("goal_evaluation", True) in _labels(nlp, text), text


JOURNAL_VISITS = ("Journaal Roos Bakker\n"
                  "10-09-2025 | telefoon | P. Smit\n"
                  "Let op spanning rond de omgang; omgang liefst bij Ilse thuis houden.\n"
                  "17-09-2025 | huisbezoek | P. Smit\n"
                  "Huisbezoek bij Ilse en Ruud thuis; moeder ziet Roos deze week niet.\n"
                  "11-10-2025 | zorgteam | P. Smit\n"
                  "Zorgteamoverleg bij het pleeggezin thuis: Roos, Ilse en Ruud, vader (via beeldbellen), JB, PZB.\n"
                  "05-11-2025 | huisbezoek | P. Smit\n"
                  "Huisbezoek (via beeldbellen i.v.m. ziekte van Ruud).\n")


def test_visits_by_staff_and_how_one_person_took_part(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "HB-1", nlp, {"plan.txt": PLAN, "journaal.txt": JOURNAL_VISITS}, AS_OF)
    assert event_dates(found, "home_visits") == ["2025-09-17", "2025-10-11"]


FORM_EARLIER = ("Veiligheidscheck pleeggezin\nDatum afname | 20-05-2025, bij het gezin thuis\n"
                "Vorige check | 14-05-2024\n"
                "Aanwezig | Ilse, Ruud, Roos\nGesprek met Roos apart | ja, op haar kamer\nUitkomst | veilig\n")


def test_a_form_row_about_the_earlier_check_dates_it(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "VC-1", nlp, {"plan.txt": PLAN, "veiligheidscheck.txt": FORM_EARLIER}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2024-05-14", "2025-05-20"]


# --- the review's counter-examples ---------------------------------------------------------------------------------

def test_a_household_numbered_in_a_plan_is_no_case_round(tmp_path: Path, nlp) -> None:
    plan = ("Hulpverleningsplan Roos Bakker\nGezinssamenstelling\n1. Ilse Mulder (42), pleegmoeder\n"
            "2. Ruud Mulder (45), pleegvader\n3. Roos Bakker (10), pleegkind\n4. Sem Mulder (12), zoon van Ilse en Ruud\n"
            "Verloop\nOp 12 maart 2025 heb ik Roos apart gesproken op haar kamer.\n")
    found = audit_files(tmp_path / "HH-1", nlp, {"plan.txt": plan}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12"]


def test_only_as_only_is_no_talk_alone(nlp) -> None:
    assert ("one_on_one_contact", True) not in _labels(nlp, "Sinds de verhuizing ziet Roos haar moeder alleen nog op zaterdag.")
    assert ("one_on_one_contact", True) not in _labels(nlp, "Ik spreek Roos deze maand alleen nog bij haar oma.")


def test_a_guess_does_not_reach_into_a_subordinate_clause(nlp) -> None:
    assert ("one_on_one_contact", True) in _labels(nlp, "Waarschijnlijk was Roos daarom stil toen ik haar alleen sprak "
                                                        "op haar kamer.")


def test_a_visit_is_called_off_by_a_sentence_about_it_only(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n"
               "19-11-2025 [HV] P. Smit\nHuisbezoek. Roos vertelt over school. Veiligheidscheck afgezegd door Ilse. "
               "Nieuwe datum volgt.\n"
               "26-11-2025 [HV] P. Smit\nHuisbezoek. Door ziekte van Ruud afgezegd. Nieuwe datum volgt.\n")
    found = audit_files(tmp_path / "HC-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "home_visits") == ["2025-11-19"]


def test_a_later_year_by_a_short_weekday_beside_a_near_day_is_a_slip() -> None:
    """"wo 16 april" in a logbook of April 2024: 16 April 2024 is a Tuesday, but a year later than the day before
    it is less likely than a slip of the weekday; an earlier year (notes written after the fact) is taken."""
    found = find_dates("wo 16 april. Evaluatie met Joyce.", context_date=dt.date(2024, 4, 10))
    assert [m.date for m in found] == [dt.date(2024, 4, 16)]
    found = find_dates("wo 13/11 HB bij PO thuis", context_date=dt.date(2025, 11, 20))
    assert [m.date for m in found] == [dt.date(2024, 11, 13)]


def test_a_type_field_of_a_delimited_row_is_a_header_cell(tmp_path: Path, nlp) -> None:
    export = ('Datum;Tijd;Medewerker;Soort contact;Aanwezig;Verslag\n'
              '17-6-2025;;"Petra Smit";"Overleg GW";;"Vraag over het slapen van Roos uitgezet bij GW; GW sluit aan '
              'bij het volgende zorgteam."\n'
              '24-6-2025;;"Petra Smit";"Overleg GW";;"Advies GW: Roos een vaste avondroutine geven, na zes weken '
              'evalueren."\n')
    found = audit_files(tmp_path / "TF-1", nlp, {"plan.txt": PLAN, "export.txt": export}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-06-24"]


def test_an_outlook_is_a_whole_heading_and_a_past_day_stays(tmp_path: Path, nlp) -> None:
    report = ("Halfjaarrapportage Roos Bakker\nPeriode: januari - juni 2025\nDatum: 30-06-2025\n"
              "2. Gesprekken met Roos en vervolgstappen\nOp 12 maart spreek ik Roos alleen op haar kamer.\n"
              "3. Afspraken komende periode\nOp 4 juni hebben we de veiligheidscheck gedaan met Ilse en Ruud.\n"
              "Huisbezoek bij het gezin | Petra | 8 september\n")
    found = audit_files(tmp_path / "OL-1", nlp, {"plan.txt": PLAN, "rapportage.txt": report}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12"]
    assert event_dates(found, "safety_checks") == ["2025-06-04"]
    assert "2025-09-08" not in event_dates(found, "home_visits")


def test_a_plan_in_the_next_lower_case_sentence_is_not_this_one_s(tmp_path: Path, nlp) -> None:
    journal = ("journaal roos\ndi 20-05-2025\nzorgteam op kantoor: roos, ilse, ruud, mam carla en ik hvp 2025 gemaakt, "
               "zie pdf. mam wil vaker contact, roos wil dat zelf plannen\n")
    found = audit_files(tmp_path / "LC-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "care_team_meetings") == ["2025-05-20"]


def test_a_numbered_case_word_names_the_case_s_child() -> None:
    from audit.detect.cases import _other_cases
    minutes = ("MDO 13-06-2024\nAanwezig: GW, PZB\n1. Opening\nKort.\n2. Casus Roos (10)\nGW adviseert een dagritme.\n"
               "3. Casus Daan (8)\nGW adviseert een time-out.\n4. Rondvraag\n")
    spans = _other_cases(minutes, {"Roos"}, set())
    assert len(spans) == 1 and "Daan" in minutes[spans[0][0] : spans[0][1]] and "Roos" not in minutes[spans[0][0] : spans[0][1]]


def test_a_telegram_note_with_semicolons_is_no_delimited_row(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n12-03-2025 HB\nHuisbezoek; Roos apart gesproken; ging goed; volgende keer bellen.\n")
    found = audit_files(tmp_path / "TG-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12"]
