"""Mechanisms of the twenty-eighth session (issue 9): a message's header line with its sender and its time
stamp, a subject line that names the report of a visit, a copied check form's line about the check it copies,
a journal saved from a web page with its tags and entities, and which file holds the care plan's goals.
Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.read.text import line_blocks
from audit.structure.entries import entries_of
from audit.structure.html_remnants import without_html_remnants
from audit.types import Document
from tests.pipelines import audit_files, event_dates, ROOS_AS_OF as AS_OF, ROOS_PLAN as PLAN



def _text_doc(text: str, name: str = "berichten.txt") -> Document:
    return Document(name=name, path=Path(name), sha256="", reader="text/utf-8", text=text, blocks=line_blocks(text))


# --- a message's header line ----------------------------------------------------------------------------------

PORTAL = ("Mijn Pleegzorg · berichten\nDossier: Roos Bakker\n"
          "================================\n"
          "Van: Petra Smit (pleegzorgbegeleider) · di 14-01-2025 16:10\n"
          "Aan: Ilse Mulder, Ruud Mulder\n"
          "Onderwerp: Verslag huisbezoek 14-01-2025\n"
          "Dank voor het gesprek bij jullie aan tafel. Roos was bij een vriendinnetje.\n"
          "Van: Petra Smit (pleegzorgbegeleider) · wo 05-03-2025 08:10\n"
          "Aan: Roos Bakker\n"
          "Hoi Roos, zal ik je morgen na school ophalen?\n"
          "--------------------------------\n"
          "Van: Petra Smit (pleegzorgbegeleider) · do 06-03-2025 17:40\n"
          "Aan: Ilse Mulder, Ruud Mulder\n"
          "Onderwerp: Roos\n"
          "Vanmiddag heb ik Roos apart gesproken in de bibliotheek; Ilse wachtte buiten in de auto.\n"
          "--------------------------------\n"
          "[Melding · ma 10-03-2025 09:00] Petra Smit heeft een document toegevoegd.\n"
          "Van: Roos Bakker (jeugdige) · wo 12-03-2025 21:15\n"
          "Aan: Petra Smit\n"
          "hoi petra, mag ik op zaterdag bij mijn moeder slapen?\n")


def test_a_message_header_heads_the_message_with_its_day() -> None:
    """"Van: <sender> (<role>) · di 14-01-2025 16:10", "[Melding · ma 10-03-2025 09:00] ...": each message an
    entry on the day it was sent."""
    days = [e.date.date.isoformat() for e in entries_of(_text_doc(PORTAL))]
    assert days == ["2025-01-14", "2025-01-14", "2025-03-05", "2025-03-06", "2025-03-10", "2025-03-12"]  # the subject's own too


def test_a_talk_told_in_a_message_is_on_the_message_s_day(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "MH-1", nlp, {"plan.txt": PLAN, "berichten.txt": PORTAL}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-06"]


def test_a_sentence_that_opens_with_van_is_no_header() -> None:
    """"Van: de JB gehoord dat ..." and a mail's "Van: Jan <jan@x.nl>" (no time stamp) head nothing."""
    text = ("Journaal Roos\n12-02-2025 huisbezoek\nRoos was thuis.\n"
            "Van: de JB gehoord dat Roos op 14-02-2025 ziek was.\nVan: Jan de Vries <jan@voorbeeld.nl>\n")
    assert [e.date.date.isoformat() for e in entries_of(_text_doc(text, "journaal.txt"))] == ["2025-02-12"]


# --- a subject line that names a report -------------------------------------------------------------------------

def test_a_subject_that_names_the_report_of_a_visit_is_the_visit(tmp_path: Path, nlp) -> None:
    """"Onderwerp: Verslag huisbezoek 20-11-2024" over a message that tells what was talked about at the table:
    the visit of that day; "Onderwerp: huisbezoek volgende week" stays a topic."""
    mails = ("Van: Petra Smit (pleegzorgbegeleider) · wo 20-11-2024 17:12\n"
             "Aan: Ilse Mulder, Ruud Mulder\n"
             "Onderwerp: Verslag huisbezoek 20-11-2024\n\n"
             "Vandaag met Ilse en Ruud gesproken over het schoolverzuim van Roos.\n"
             "--------------------------------\n"
             "Van: Petra Smit (pleegzorgbegeleider) · ma 06-01-2025 09:30\n"
             "Aan: Ilse Mulder, Ruud Mulder\n"
             "Onderwerp: huisbezoek volgende week\n\n"
             "Schikt dinsdag om tien uur?\n")
    found = audit_files(tmp_path / "SR-1", nlp, {"plan.txt": PLAN, "berichten.txt": mails}, AS_OF)
    assert event_dates(found, "home_visits") == ["2024-11-20"]


# --- a copied check form ------------------------------------------------------------------------------------------

def test_a_copied_form_s_line_about_the_check_it_copies_is_that_check(tmp_path: Path, nlp) -> None:
    """A form that copies last year's answers is no check on its own date, but its "Vorige check: 11-03-2025,
    Roos apart gesproken" tells the check of that day."""
    form = ("Jaarlijkse veiligheidscheck pleeggezin\n"
            "Naam pleegkind: Roos Bakker\n"
            "Datum formulier: 17-03-2025\n"
            "Vorige check: 11-03-2024, Roos apart gesproken\n"
            "Antwoorden overgenomen van de check van 11-03-2024; geen nieuw gesprek gevoerd.\n"
            "1. Werkende rookmelders: ja\n"
            "2. Eigen slaapkamer: ja\n")
    found = audit_files(tmp_path / "CF-1", nlp, {"plan.txt": PLAN, "veiligheidscheck_2025.txt": form}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2024-03-11"]


# --- a journal saved from a web page ---------------------------------------------------------------------------------

WEB = ("Home &gt; Cli&euml;nten &gt; Roos Bakker &gt; Journaal\n"
       "<div class=\"note\"><p><b>12-03-2025</b> Huisbezoek</p>\n"
       "<p>Roos eerst apart gesproken op haar kamer.<br>Daarna met Ilse en Ruud het plan ge&euml;valueerd.</p></div>\n"
       "Laatst gewijzigd door P. Smit op 12-03-2025 16:02\n"
       "<p><b>02-04-2025</b> Overleg GW</p><ul><li>Advies GW:&nbsp;Ilse en Ruud geven Roos &eacute;&eacute;n vaste "
       "bedtijd.</li><li>Vervolg: zorgteam in mei.</li></ul>\n"
       "<p><b>20-05-2025</b> Huisbezoek</p>\n<p>Roos is <b>niet</b> apart gesproken, Ilse bleef er de hele tijd bij.</p>\n")


def test_tags_and_entities_are_taken_out_at_the_same_offsets() -> None:
    doc = without_html_remnants(_text_doc(WEB, "journaal.txt"))
    assert len(doc.text) == len(WEB) and doc.shown == WEB
    assert [i for i, c in enumerate(doc.text) if c == "\n" and doc.origin[i] == i] == \
        [i for i, c in enumerate(WEB) if c == "\n"]  # every line where it was
    assert "<" not in doc.text
    lines = [doc.text[b.start : b.end] for b in doc.blocks]
    assert "Home > Cliënten > Roos Bakker > Journaal" in lines
    assert "Daarna met Ilse en Ruud het plan geëvalueerd." in lines  # a line of its own, no gaps inside
    assert "• Advies GW: Ilse en Ruud geven Roos één vaste bedtijd." in lines
    assert "Roos is niet apart gesproken, Ilse bleef er de hele tijd bij." in lines
    start = doc.text.index("Roos is niet")
    begin, end = doc.shown_span(start, start + len("Roos is niet apart gesproken"))
    assert WEB[begin:end] == "Roos is <b>niet</b> apart gesproken"  # the file's own words


def test_a_file_without_remnants_is_left_alone() -> None:
    """A pseudonym's "<NAAM>" and one "&" are no web page."""
    text = "Journaal\n12-03-2025 HB: <NAAM> en Roos & Ilse gesproken.\n"
    assert without_html_remnants(_text_doc(text, "journaal.txt")).text == text


def test_a_journal_from_a_web_page_is_read_for_its_events(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "WB-1", nlp, {"plan.txt": PLAN, "journaal.txt": WEB}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12"]
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-04-02"]
    assert found["one_on_one_contacts"][0]["evidence"][0]["sentence"].startswith("Roos eerst apart")


# --- which file holds the care plan's goals ---------------------------------------------------------------------------

PLAN_2025 = ("Hulpverleningsplan Roos Bakker\nVastgesteld: 14-01-2025\nDoelen\n"
             "- Roos fietst voor 1 juli 2025 zelfstandig naar school.\n"
             "- Roos ziet haar moeder elke twee weken een middag in het Familiehuis.\n")
PLAN_2024 = ("Hulpverleningsplan Roos Bakker\nVastgesteld: 09-01-2024\nDoelen\n"
             "- Roos went voor de zomer van 2024 aan de nieuwe school.\n"
             "- Roos ziet haar moeder elke twee weken een middag in het Familiehuis.\n")
EVALUATION = ("Evaluatieverslag Roos\nDatum evaluatie: 10-06-2025\nDoelen\n"
              "- Score 4: fietsen naar school lukt bijna, nog twee keer gebracht.\n"
              "- Omgang moeder: loopt, gaat goed.\n")


def _goal_texts(found: dict) -> list[str]:
    return sorted(g["text"] for g in found["goals"])


def test_an_evaluation_retells_the_plan_s_goals(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "GP-1", nlp, {"hulpverleningsplan_2025.txt": PLAN_2025,
                                                 "evaluatie_juni_2025.txt": EVALUATION}, AS_OF)
    assert _goal_texts(found) == ["Roos fietst voor 1 juli 2025 zelfstandig naar school.",
                                  "Roos ziet haar moeder elke twee weken een middag in het Familiehuis."]


def test_an_older_plan_s_goals_are_superseded(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "GP-2", nlp, {"hulpverleningsplan_2024.txt": PLAN_2024,
                                                 "hulpverleningsplan_2025.txt": PLAN_2025}, AS_OF)
    texts = _goal_texts(found)
    assert len(texts) == 2 and not any("went voor de zomer" in t for t in texts)
    assert any("elke twee weken" in t for t in texts)  # in both plans: a goal of the plan in force


def test_a_report_that_sets_new_goals_keeps_them(tmp_path: Path, nlp) -> None:
    report = ("Jaarverslag 2024 Roos\nDatum: 10-01-2025\nTerugblik\nHet ging goed op school.\n"
              "Nieuwe doelen 2025\n- Roos leert voor de zomer zelf haar huiswerk te plannen in een agenda.\n")
    found = audit_files(tmp_path / "GP-3", nlp, {"hulpverleningsplan_2025.txt": PLAN_2025,
                                                 "jaarverslag_2024.txt": report}, AS_OF)
    assert any("huiswerk te plannen" in t for t in _goal_texts(found))


def test_without_a_plan_a_report_s_goals_count(tmp_path: Path, nlp) -> None:
    found = audit_files(tmp_path / "GP-4", nlp, {"evaluatie_juni_2025.txt": EVALUATION.replace(
        "- Score 4: fietsen naar school lukt bijna, nog twee keer gebracht.\n",
        "- Roos fietst voor 1 juli 2025 zelfstandig naar school.\n")}, AS_OF)
    assert any("fietst voor 1 juli" in t for t in _goal_texts(found))


# --- a note's own date after its label ---------------------------------------------------------------------------------

def test_a_note_s_date_after_its_label_is_counted_back_from(tmp_path: Path, nlp) -> None:
    """"Domein Wonen — 17-11-2025: verslag van afgelopen zaterdag: Roos onder vier ogen gesproken": Saturday
    15 November; "Domein School — 18-09-2025: gisteren ..." the 17th. A date told in the note stays its own."""
    notes = ("Voortgang per domein\n"
             "Domein Wonen — 17-11-2025: verslag van afgelopen zaterdag: Roos onder vier ogen gesproken bij de "
             "sporthal, Ilse was thuis.\n"
             "Domein School — 18-09-2025: gisteren Roos alleen gesproken tijdens een wandeling na school.\n"
             "Domein Gezin — 20-10-2025: op 14-10-2025 Roos apart gesproken in de auto.\n")
    found = audit_files(tmp_path / "NL-1", nlp, {"plan.txt": PLAN, "voortgang.txt": notes}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-09-17", "2025-10-14", "2025-11-15"]


def test_a_letter_s_subject_without_a_day_is_no_visit_on_the_letter_s_date(tmp_path: Path, nlp) -> None:
    """"Betreft: verslag huisbezoek" over a letter of 26 November about the visit of 19 November: the body's
    day, not the letter's."""
    letter = ("Eikendorp, 26 november 2024\nBetreft: verslag huisbezoek\nBeste Ilse en Ruud,\n"
              "Dank voor jullie tijd tijdens het huisbezoek op dinsdag 19 november 2024. We hebben het schoolverzuim "
              "van Roos besproken.\nMet vriendelijke groet,\nPetra Smit\n")
    found = audit_files(tmp_path / "SR-2", nlp, {"plan.txt": PLAN, "brief_huisbezoek.txt": letter}, AS_OF)
    assert "2024-11-26" not in event_dates(found, "home_visits")


def test_a_second_form_copied_from_the_first_is_still_no_check(tmp_path: Path, nlp) -> None:
    """A file of two yearly forms, the second copied from the first ("antwoorden overgenomen uit de check van
    16-05-2024"): the copy is no check on its own date; only a line that names the earlier check tells it."""
    forms = ("VEILIGHEIDSCHECK PLEEGGEZIN 2024\nPleegkind: Roos Bakker\nDatum: 16-05-2024 | bij het pleeggezin thuis\n"
             "1. Woning\nRookmelders aanwezig.\n2. Mening pleegkind (apart gesproken)\nRoos voelt zich veilig.\n\n"
             "VEILIGHEIDSCHECK PLEEGGEZIN 2025\nPleegkind: Roos Bakker\nDatum: 07-05-2025\n"
             "Let op: antwoorden overgenomen uit de check van 16-05-2024. Geen nieuw gesprek gevoerd.\n"
             "1. Woning\nRookmelders aanwezig.\n2. Mening pleegkind\nNog te bespreken.\n")
    found = audit_files(tmp_path / "CF-2", nlp, {"plan.txt": PLAN, "veiligheidschecks_2024_2025.txt": forms}, AS_OF)
    assert "2025-05-07" not in event_dates(found, "safety_checks")


# --- visits placed in the foster home ----------------------------------------------------------------------------------

def test_a_record_that_names_its_writer_in_brackets_is_no_action_item(tmp_path: Path, nlp) -> None:
    """"14-10-2025 P. Smit: Zorgteamoverleg bij tante thuis ... en P. Smit (PZB)." and "Datum en plaats afname:
    07-05-2025, bij pleegouders thuis (Eikendorp)": visits, not an action list's "- VGB aanvragen (Petra)."."""
    journal = ("Journaal Roos\n"
               "14-10-2025 P. Smit: Zorgteamoverleg bij pleegouders thuis met Roos, Ilse, Ruud, moeder Carla en P. Smit (PZB).\n"
               "Acties:\n- Huisbezoek bij pleegouders thuis plannen (Petra).\n")
    form = ("Veiligheidscheck pleeggezin\nNaam pleegkind: Roos Bakker\n"
            "Datum en plaats afname: 07-05-2025, bij pleegouders thuis (Eikendorp)\n1. Rookmelders: ja\n")
    found = audit_files(tmp_path / "HV-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal,
                                                 "veiligheidscheck_2025.txt": form}, AS_OF)
    assert event_dates(found, "home_visits") == ["2025-05-07", "2025-10-14"]


def test_an_evaluation_s_date_field_dates_its_meeting(tmp_path: Path, nlp) -> None:
    """"Datum evaluatie: 16-06-2025, zorgteambijeenkomst bij fam. Mulder thuis": the meeting of that day, where
    "evaluatie 16-06-2025" elsewhere names one planned."""
    report = ("Evaluatieverslag Roos\nDatum evaluatie: 16-06-2025, zorgteambijeenkomst bij fam. Mulder thuis\n"
              "Aanwezig: Roos, Ilse, Ruud, Petra Smit (PZB)\nDoel 1: behaald.\n")
    found = audit_files(tmp_path / "HV-2", nlp, {"plan.txt": PLAN, "evaluatie_2025-06-16.txt": report}, AS_OF)
    assert event_dates(found, "home_visits") == ["2025-06-16"]


def test_a_check_carried_out_in_the_foster_home_is_a_visit(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos\n[18-09-2025] Veiligheidscheck\nVeiligheidscheck uitgevoerd in het pleeggezin met Ilse "
               "en Ruud; Roos apart gesproken.\n[02-10-2025] Overleg\nVeiligheidscheck in het gezin van moeder "
               "besproken met de JB.\n")
    found = audit_files(tmp_path / "HV-3", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "home_visits") == ["2025-09-18"]


# --- the day of a goal evaluation ------------------------------------------------------------------------------------

def test_an_evaluation_line_is_on_its_labelled_day(tmp_path: Path, nlp) -> None:
    """"Evaluatie 17-06-2025 met ...: doel 1 loopt; doel 2 behaald, diploma B op 14-06-2025" written under a plan of
    2024: the evaluation of the 17th (not the diploma's day, not the plan's)."""
    plan = ("Zorgplan Roos\nVastgesteld: 09-01-2024\nDoelen\n1. Roos haalt voor de zomer van 2025 haar zwemdiploma B.\n"
            "2. Roos speelt elke week een middag met een klasgenoot.\n\n"
            "Evaluatie 17-06-2025 met Roos en pleegouders: doel 1 behaald, diploma B op 14-06-2025; doel 2 loopt.\n")
    found = audit_files(tmp_path / "GE-1", nlp, {"zorgplan_2024.txt": plan}, AS_OF)
    assert event_dates(found, "goal_evaluations") == ["2025-06-17"]


def test_a_plan_s_date_in_meeting_notes_is_no_event_date(tmp_path: Path, nlp) -> None:
    """"2. Evaluatie doelen (plan 01-07-2025)" in the notes of a meeting of 26 March 2026: that meeting's
    evaluation, not one on the plan's day."""
    notes = ("Verslag MDO Roos\nDatum: 26-03-2026 | kantoor\nAanwezig: Ilse, Ruud, Petra Smit (PZB), JB\n"
             "1. Opening\n2. Evaluatie doelen (plan 01-07-2025)\nDoel 1 (zwemmen): behaald.\nDoel 2 (spelen): loopt door.\n")
    found = audit_files(tmp_path / "GE-2", nlp, {"plan.txt": PLAN, "verslag_MDO_2026-03.txt": notes},
                        dt.date(2026, 4, 1))
    assert event_dates(found, "goal_evaluations") == ["2026-03-26"]


# --- advice -------------------------------------------------------------------------------------------------------------

def test_the_child_s_own_therapist_is_not_our_scientist(tmp_path: Path, nlp) -> None:
    """"Psycholoog Y. de Wit (behandelaar van Roos sinds januari) adviseert ...": the therapist's advice; "GW
    Y. de Wit adviseert ..." stays ours."""
    journal = ("Journaal Roos\n14-02-2025 - Mail\nPsycholoog Y. de Wit (behandelaar van Roos sinds januari) adviseert "
               "Ilse om Roos een vast slaapritueel te geven.\n"
               "03-03-2025 - Overleg GW\nGW M. Kok adviseert om de omgang met moeder voorlopig niet uit te breiden.\n")
    found = audit_files(tmp_path / "AD-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-03-03"]


def test_a_plan_s_evaluation_report_dates_its_events_by_its_own_date(tmp_path: Path, nlp) -> None:
    """"Evaluatie zorgplan per domein" with "Datum evaluatie: 16-06-2025": the advice written in it was given at
    that meeting, though the title names the plan (a plan's own sentences need a date of their own)."""
    report = ("Evaluatie zorgplan per domein\nPleegkind: Roos Bakker\nDatum evaluatie: 16-06-2025, op kantoor\n"
              "Aanwezig: Roos, Ilse, Ruud, PZB Petra Smit, GW Mirjam Kok.\n"
              "GW adviseert de omgang met moeder voorlopig niet uit te breiden: Roos heeft na de omgang twee dagen "
              "nodig om tot rust te komen.\n")
    found = audit_files(tmp_path / "AD-2", nlp, {"plan.txt": PLAN, "evaluatie_2025-06-16.txt": report}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-06-16"]


def test_a_writer_s_label_is_not_the_talk_s_subject(tmp_path: Path, nlp) -> None:
    """"Genoteerd namens PZB: buddy Jordy (vrijwilliger) heeft Roos alleen gesproken": the buddy's talk (no
    professional's); "Genoteerd namens PZB: Roos vandaag apart gesproken op kantoor" stays the worker's."""
    journal = ("Journaal Roos\n06-05-2025 | Secretariaat | Genoteerd namens PZB: buddy Jordy (vrijwilliger) heeft Roos "
               "alleen gesproken bij de sportschool.\n"
               "13-05-2025 | Secretariaat | Genoteerd namens PZB: Roos vandaag apart gesproken op kantoor.\n")
    found = audit_files(tmp_path / "WL-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-05-13"]


# --- counter-examples from the review of this session's change -----------------------------------------------------

def test_stamps_and_quoted_senders_head_no_message() -> None:
    """A migration stamp in brackets and a quoted mail's "Van:" line without a time head nothing."""
    text = ("Journaal Roos\n12-02-2025 huisbezoek\nRoos was thuis.\n[Gemigreerd uit Regas · 01-04-2023 10:00]\n"
            "De mentor stuurde door:\nVan: mentor J. de Boer (groep 7) · 02-03-2025\nRoos was erg stil.\n")
    assert [e.date.date.isoformat() for e in entries_of(_text_doc(text, "journaal.txt"))] == ["2025-02-12"]


def test_a_web_table_export_keeps_its_rows() -> None:
    text = ("Journaal Roos<br><table><tr><td>12-03-2025</td><td>Huisbezoek</td><td>Roos apart gesproken.</td></tr>"
            "<tr><td>02-04-2025</td><td>Overleg GW</td><td>Advies: vaste bedtijd.</td></tr></table>\n")
    days = [e.date.date.isoformat() for e in entries_of(without_html_remnants(_text_doc(text, "journaal.txt")))]
    assert days == ["2025-03-12", "2025-04-02"]


def test_plans_of_another_kind_and_plans_named_after_an_evaluation(tmp_path: Path, nlp) -> None:
    """"hulpverleningsplan_2025_na_evaluatie" is a plan (its first word); a later "omgangsplan" does not replace
    the care plan; an evaluation's "Nieuw doel" sets one."""
    contact = ("Omgangsplan Roos en moeder\nDatum: 01-06-2025\nDoelen\n- Moeder komt op tijd naar elke omgang.\n"
               "- Moeder en Roos bakken samen iets in het Familiehuis.\n")
    evaluation = ("Evaluatieverslag Roos\nDatum evaluatie: 10-06-2025\nNieuw doel\n"
                  "- Roos leert voor de herfstvakantie zelf haar fiets te repareren.\n")
    found = audit_files(tmp_path / "GP-5", nlp, {"hulpverleningsplan_2025_na_evaluatie.txt": PLAN_2025,
                                                 "omgangsplan_2025.txt": contact, "evaluatie_juni.txt": evaluation}, AS_OF)
    texts = _goal_texts(found)
    assert any("fietst voor 1 juli" in t for t in texts) and any("repareren" in t for t in texts)
    assert any("op tijd naar elke omgang" in t for t in texts)


def test_review_counter_examples_count_nothing(tmp_path: Path, nlp) -> None:
    """A subject that reports one meeting and plans a visit, an earlier check that was not done, a deadline's
    label, an action item's bullet before its day, a check in another family."""
    mails = ("Van: Petra Smit (pleegzorgbegeleider) · ma 18-11-2024 09:30\nAan: Ilse Mulder\n"
             "Onderwerp: Verslag zorgteam; huisbezoek 02-12-2024\n\nHierbij het verslag. Tot 2 december.\n")
    form = ("Jaarlijkse veiligheidscheck pleeggezin\nNaam pleegkind: Roos Bakker\nDatum formulier: 17-03-2025\n"
            "Vorige check: 11-03-2024, niet uitgevoerd (PZB ziek)\n"
            "Antwoorden overgenomen van vorig jaar; geen nieuw gesprek gevoerd.\n1. Rookmelders: ja\n")
    notes = ("Notulen overleg 10-11-2025\nDeadline verslag - 28-11-2025: gisteren Roos apart gesproken.\n"
             "Afspraken:\n- 24-11-2025 huisbezoek bij pleegouders thuis (Petra).\n"
             "Veiligheidscheck uitgevoerd in het gezin van moeder, haar nieuwe partner was er bij.\n")
    found = audit_files(tmp_path / "RC-1", nlp, {"plan.txt": PLAN, "berichten.txt": mails,
                                                 "veiligheidscheck_2025.txt": form, "notulen.txt": notes}, AS_OF)
    assert "2024-12-02" not in event_dates(found, "home_visits")
    assert "2025-11-24" not in event_dates(found, "home_visits")
    assert "2024-03-11" not in event_dates(found, "safety_checks")
    assert "2025-11-27" not in event_dates(found, "one_on_one_contacts")


def test_a_record_whose_author_is_the_jb_is_no_visit_of_ours(tmp_path: Path, nlp) -> None:
    """"03-09-2025 - huisbezoek - PO (JB)." in the JB's journal: the JB's visit, not the provider's; "04-09-2025 -
    huisbezoek - PO (PZB)." is ours."""
    journal = ("Journaal Roos\n03-09-2025 - huisbezoek - PO (JB).\nIlse vertelt over school.\n"
               "04-09-2025 - huisbezoek - PO (PZB).\nRoos laat haar kamer zien.\n")
    found = audit_files(tmp_path / "HV-4", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "home_visits") == ["2025-09-04"]
