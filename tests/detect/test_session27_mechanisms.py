"""Mechanisms found on eight more corpora studied in the twenty-seventh session (issue 9): a narrative report
that names its year once and tells on in time order, "Vandaag, <date>" with "gisteren" after it, a relative
who tells of his own talk with the child, "OG" for the orthopedagogue and the scientist's own note, a
toddler's quoted words, a check's answers per child on their own lines, another child's talk in the same
entry, a question's code before its label, alone "met de verzorgers", and a fixed-width time registration.
Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.structure.tables import aligned_tables
from tests.pipelines import audit_files, event_dates, ROOS_AS_OF as AS_OF, ROOS_PLAN as PLAN



def _heard(found: dict) -> dict[str, bool]:
    return {c["date"]: c.get("child_spoken") for c in found["safety_checks"]}


# --- dating in a narrative report ---------------------------------------------------------------------------

def test_a_line_that_tells_on_dates_its_later_sentences_by_the_day_told_last(tmp_path: Path, nlp) -> None:
    """A paragraph that opens with "Op 15 januari 2024" and later tells "Op 16 mei ben ik weer ... geweest.":
    the talk after it is on 16 May, not on the line's opening day."""
    report = ("Verslag Roos\n"
              "Op 15 januari 2024 ben ik bij het gezin geweest, Roos zat er de hele tijd bij. Op 16 mei ben ik weer "
              "bij het gezin geweest. Roos wilde eerst niet praten, maar daarna hebben we samen op haar kamer gezeten "
              "terwijl pleegmoeder beneden bleef. Ze vertelde over school.\n")
    found = audit_files(tmp_path / "NR-1", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2024-05-16"]


def test_a_narrative_runs_on_in_the_year_it_started(tmp_path: Path, nlp) -> None:
    """"Roos woont sinds 12 juni 2023 ... Op 17 oktober heb ik Roos apart gesproken ... Op 9 april 2024 ...":
    17 October 2023, not the October nearest the report's latest date."""
    report = ("Doorlopend verslag\n"
              "Roos woont sinds 12 juni 2023 bij de familie Mulder in Eikendorp. Op 26 september was het eerste "
              "zorgteam bij de Mulders thuis. Op 17 oktober heb ik Roos apart gesproken op haar kamer, Ilse was "
              "beneden. Op 9 april 2024 ben ik bij het gezin geweest omdat Ilse zich zorgen maakte. Op 3 juni 2025 "
              "heb ik met Ilse en Ruud het plan besproken.\n")
    found = audit_files(tmp_path / "NR-2", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2023-10-17"]


def test_a_running_month_is_in_the_story_year(tmp_path: Path, nlp) -> None:
    """"In juni heb ik Roos een keer apart gesproken" after the story reached February 2025 is June 2025."""
    report = ("Doorlopend verslag\n"
              "Op 21 januari 2025 was het zorgteam bij elkaar op kantoor. Op vrijdag 14 februari ben ik bij de "
              "Mulders langsgegaan. Een maand later is Ruud van baan veranderd. In juni heb ik Roos een keer apart "
              "gesproken, na het zwemmen. Op 8 juli hebben we het plan geëvalueerd.\n")
    found = audit_files(tmp_path / "NR-3", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert [d[:7] for d in event_dates(found, "one_on_one_contacts")] == ["2025-06"]


def test_a_date_looked_back_on_stays_before_the_story(tmp_path: Path, nlp) -> None:
    """"net als in ons gesprek onder vier ogen van 30 september", told on 19 November 2024: 30 September 2024."""
    report = ("Rapportage\n"
              "Op 3 september 2024 heb ik het plan met Ilse besproken. Op dinsdag 19 november was ik op huisbezoek en "
              "sprak ik Roos aan de keukentafel met Ilse erbij, waarna Roos zei dat ze het liefst met mij alleen "
              "praat, net als in ons gesprek onder vier ogen van 30 september.\n")
    found = audit_files(tmp_path / "NR-4", nlp, {"plan.txt": PLAN, "rapportage.txt": report}, AS_OF)
    assert "2024-09-30" in event_dates(found, "one_on_one_contacts")
    assert "2025-09-30" not in event_dates(found, "one_on_one_contacts")


def test_a_report_that_gives_its_writing_date_looks_back_from_it(tmp_path: Path, nlp) -> None:
    """"Geschreven door ... op 18 november 2024 ... In april heb ik Roos alleen gesproken": April 2024."""
    report = ("Overdrachtsverslag\nGeschreven door Esther Vos op 18 november 2024, voor Pieter Wolters\n\n"
              "Roos gaat om het weekend naar de Mulders. In april heb ik haar een keer alleen gesproken, op een "
              "woensdagmiddag op haar kamer. Op 9 juli zijn we samen gaan zwemmen.\n")
    found = audit_files(tmp_path / "NR-5", nlp, {"plan.txt": PLAN, "overdracht.txt": report}, dt.date(2025, 6, 1))
    assert [d[:7] for d in event_dates(found, "one_on_one_contacts")][:1] == ["2024-04"]


def test_today_with_its_date_and_yesterday_after_it(tmp_path: Path, nlp) -> None:
    """"Vandaag, 4 februari, belde de jeugdbeschermer: hij heeft Roos gisteren ... alleen gesproken" is 3 February,
    in the year the story has come to."""
    report = ("Doorlopend verslag\n"
              "Op 8 januari 2025 heb ik Ilse gebeld over de kerstdagen. Vandaag, 4 februari, belde Mark Tissingh, de "
              "jeugdbeschermer: hij heeft Roos gisteren na schooltijd alleen gesproken over de omgang.\n")
    found = audit_files(tmp_path / "NR-6", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-02-03"]


# --- who talked -----------------------------------------------------------------------------------------------

def test_a_relative_telling_of_his_own_talk_is_no_talk_of_ours(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-03-2025\nHuisbezoek bij de Mulders, Roos was op school. Vader vertelde later dat hij "
               "daarna zelf met Roos alleen in de auto heeft gepraat over de weekenden.\n")
    found = audit_files(tmp_path / "WH-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == []


def test_alone_with_the_carers_is_no_talk_with_the_child(tmp_path: Path, nlp) -> None:
    """"C1 Jeugdige gesproken: nee; ... alleen met de verzorgers gesproken": neither a talk nor the child heard."""
    form = ("Risicotaxatie pleeggezin\nJeugdige: Roos Bakker\nDatum: 20-10-2025\n"
            "B1 Huisvesting: in orde\n"
            "C1 Jeugdige gesproken: nee; vanwege ziekte van Roos alleen met de verzorgers gesproken\n"
            "Conclusie: veilig\n")
    found = audit_files(tmp_path / "WH-2", nlp, {"plan.txt": PLAN, "risicotaxatie.txt": form}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == []
    assert _heard(found) == {"2025-10-20": False}


# --- the child heard in the check ------------------------------------------------------------------------------

def test_a_toddlers_quoted_words_are_no_view_asked(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n20-05-2025\nVeiligheidscheck bij de Mulders thuis gedaan met Ilse, zie formulier. Roos was "
               "erbij, ze zat op de grond met de duplo. Ze riep trots \"Roos zelf!\" toen de toren af was.\n")
    plan = PLAN.replace("Roos Bakker (10)", "Roos Bakker (2)")
    found = audit_files(tmp_path / "CH-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert _heard(found) == {"2025-05-20": False}


def test_a_checks_answers_per_child_on_their_own_lines(tmp_path: Path, nlp) -> None:
    """"Fenna: n.v.t. i.v.m. leeftijd" over "Jordy: apart gevraagd": our child (Fenna) was not heard."""
    plan = PLAN.replace("Roos Bakker (10)", "Fenna Bakker (1)") + "In het gezin woont ook pleegbroer Jordy (9).\n"
    form = ("Veiligheidscheck\nPleegkind: Fenna Bakker\nDatum uitvoering: 12-03-2025\nGezin\n"
            "Wijzigingen in gezin afgelopen jaar | nieuwe crisisplaatsing (Jordy, 9)\n"
            "Mening pleegkind\nFenna: n.v.t. i.v.m. leeftijd (1 jaar en 8 maanden).\n"
            "Jordy: apart gevraagd, voelt zich veilig (zie zijn eigen dossier).\nConclusie\nVeilig.\n")
    found = audit_files(tmp_path / "CH-2", nlp, {"plan.txt": plan, "check.txt": form}, AS_OF)
    assert _heard(found) == {"2025-03-12": False}


def test_a_child_who_cannot_yet_say_it_herself_was_not_heard(tmp_path: Path, nlp) -> None:
    plan = PLAN.replace("Roos Bakker (10)", "Noor Bakker (2)").replace("Roos", "Noor")
    form = ("Veiligheidscheck pleeggezin\nJeugdige Noor Bakker\nDatum uitvoering 06-11-2024\n"
            "Wat zegt de jeugdige zelf\nNoor (2 jaar) kan haar mening nog niet zelf verwoorden.\n"
            "Observatie: Noor zoekt Ilse op als ze schrikt.\nConclusie\nGroen.\n")
    found = audit_files(tmp_path / "CH-3", nlp, {"plan.txt": plan, "check.txt": form}, AS_OF)
    assert _heard(found) == {"2024-11-06": False}


def test_another_childs_talk_in_the_checks_entry_is_his(tmp_path: Path, nlp) -> None:
    """In Noor's file: "Veiligheidscheck ... Sem apart gesproken." with Sem her brother, also placed."""
    plan = ("Plan van aanpak\nPleegkind: Noor Dekker (2)\nNoor en haar broer Sem (9) zijn samen geplaatst bij "
            "pleeggezin Pauwels (Wendy en Marco).\n")
    journal = ("Journaal\n\n06-11-2024 - Veiligheidscheck - J. van Rijn\nVeiligheidscheck bij gezin Pauwels thuis, zie "
               "formulier. Sem apart gesproken. Noor sliep de eerste helft van het bezoek.\n")
    found = audit_files(tmp_path / "CH-4", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert _heard(found) == {"2024-11-06": False}


# --- the scientist's advice -----------------------------------------------------------------------------------

def test_og_is_the_orthopedagogue(tmp_path: Path, nlp) -> None:
    journal = ("Contactjournaal\n\nDatum: 15-01-2025\nOverleg OG\nRoos besproken met Marrit Feenstra (OG). Aanleiding: "
               "nachtmerries na de bezoeken. Advies OG: bezoekregeling voorlopig niet uitbreiden, vast slaapritueel.\n")
    found = audit_files(tmp_path / "ADV-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-01-15"]


def test_an_advice_line_in_the_scientists_own_note(tmp_path: Path, nlp) -> None:
    note = ("Notitie gedragswetenschapper - Pleegzorg Eikendorp\nDatum: 14-10-2025\nBetreft: Roos Bakker\n\n"
            "Observatie bij het pleeggezin thuis.\n\nAdvies: vast slaapritueel, een knuffel van thuis in bed en geen "
            "nieuwe oppas introduceren.\n")
    found = audit_files(tmp_path / "ADV-2", nlp, {"plan.txt": PLAN, "gw_notitie.txt": note}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-10-14"]


def test_the_foster_parents_own_psychologist_is_not_ours(tmp_path: Path, nlp) -> None:
    journal = ("Logboek\n\n18-06-2025\nRuud heeft gebeld en gezegd wat de psycholoog van hun adviseerde: een "
               "herinneringsdoos maken en elke avond even over opa praten.\n")
    found = audit_files(tmp_path / "ADV-3", nlp, {"plan.txt": PLAN, "logboek.txt": journal}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == []


# --- a fixed-width time registration ----------------------------------------------------------------------------

HOURS = ("Export urenregistratie\nSelectie: cliënt 40688\n\n"
         "Datum       Mdw   Cliënt    Min  Code   Activiteit                   Locatie      Opmerking\n"
         "------------------------------------------------------------------------------------------\n"
         "13-09-2024  NKo   40688      75  CC-PO  Cliëntcontact pleegouders    kantoor      evaluatie met PO\n"
         "04-10-2024  NKo   40688      30  CC-K   Cliëntcontact kind           school\n"
         "18-10-2024  NKo   40688      45  CC-K   Cliëntcontact kind           pleeggezin\n"
         "06-11-2024  NKo   40688      45  CC-K   Cliëntcontact kind           pleeggezin   alleen met kind, PO in tuin\n"
         "20-11-2024  NKo   40688      40  CC-K   Cliëntcontact kind           school       afgezegd door school\n"
         "27-11-2024  NKo   41829      45  CC-K   Cliëntcontact kind           school\n")


def test_aligned_columns_are_a_table() -> None:
    tables = aligned_tables(HOURS)
    assert len(tables) == 1 and len(tables[0].rows) == 6
    assert tables[0].header_cells(HOURS)[5:7] == ["Activiteit", "Locatie"]
    row = tables[0].rows[1]
    assert [HOURS[a:b] for a, b in row.cells] == ["04-10-2024", "NKo", "40688", "30", "CC-K", "Cliëntcontact kind",
                                                   "school", ""]


def test_prose_with_double_spaces_is_no_table() -> None:
    text = "Roos  was  blij.\nZe  ging  naar  school.\nDaar  speelde  ze.\n"
    assert aligned_tables(text) == []


def test_a_contact_with_the_child_away_from_the_foster_home_is_a_talk_alone(tmp_path: Path, nlp) -> None:
    """School: yes; the foster home: only when the remark says alone; cancelled or another client's row: no."""
    found = audit_files(tmp_path / "TR-1", nlp, {"plan.txt": PLAN, "urenexport.txt": HOURS}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2024-10-04", "2024-11-06"]


# --- words a typesetter broke -----------------------------------------------------------------------------------

def _doc(text: str):
    from audit.types import Block, Document
    blocks, at = [], 0
    for i, line in enumerate(text.split("\n")):
        blocks.append(Block("line", at, at + len(line), i))
        at += len(line) + 1
    return Document(name="x.txt", path=Path("x.txt"), sha256="", reader="txt", text=text, blocks=blocks)


def test_soft_hyphens_inside_words_are_taken_out_in_place() -> None:
    """Every line keeps its offset (the line is padded at its end, since the thirty-fifth session: no gap inside
    the sentence); a word that moved maps back to the file's text."""
    from audit.structure.hyphenation import without_hyphenation
    text = "De gedrags\u00adweten\u00adschapper kwam op 12 maart.\nDe veiligheids-\ncheck volgt."
    out = without_hyphenation(_doc(text))
    assert len(out.text) == len(text) and "De gedragswetenschapper kwam op 12 maart." in out.text
    at = out.text.index("kwam")
    assert out.shown[slice(*out.shown_span(at, at + 4))] == "kwam"  # what follows the word maps back
    assert out.text.index("\n") == text.index("\n")  # the line break keeps its offset
    assert out.text.endswith("De veiligheids-\ncheck volgt.")  # a line's break is the reader's matter


def test_the_txt_reader_joins_a_word_broken_where_it_unwraps_a_line() -> None:
    """"veiligheids-" / "check" in a hard-wrapped paragraph; not "zorg-" / "en veiligheidshuis"."""
    from audit.read.text import unwrap
    text = ("Op 12 maart 2025 hebben we bij de Mulders thuis de jaarlijkse veiligheids-\ncheck gedaan met Ilse.\n"
            "Op 14 maart 2025 is Roos met Ilse naar het Zorg- en Veiligheidshuis en het zorg-\nen veiligheidshuis geweest.")
    out = unwrap(text)
    assert len(out) == len(text)
    assert "jaarlijkse veiligheidscheck   gedaan" in out and "het zorg- en veiligheidshuis" in out


def test_a_broken_check_word_is_found(tmp_path: Path, nlp) -> None:
    report = ("Evaluatieverslag\n\nOp 12 maart 2025 hebben we bij de Mulders thuis de jaarlijkse veiligheids-\n"
              "check gedaan; Roos is daarbij apart gesproken op haar kamer.\n")
    found = audit_files(tmp_path / "HY-1", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2025-03-12"]


def test_a_check_in_another_childs_foster_home_is_none_of_ours(tmp_path: Path, nlp) -> None:
    """"bij opa en oma Lammers, het pleeggezin van Tijn" (Roos's brother, placed elsewhere); "het pleeggezin van
    Roos" is hers, and "het pleeggezin van Pleegzorg Eikendorp" names no child."""
    journal = ("Journaal\n\n13-05-2025\nVeiligheidscheck gedaan bij opa en oma Lammers, het pleeggezin van Tijn.\n\n"
               "20-05-2025\nVeiligheidscheck gedaan in het pleeggezin van Roos, zie formulier.\n\n"
               "27-05-2025\nVeiligheidscheck gedaan in het pleeggezin van Pleegzorg Eikendorp, zie formulier.\n")
    plan = PLAN + "Broer Tijn (8) woont bij opa en oma Lammers.\n"
    found = audit_files(tmp_path / "OH-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2025-05-20", "2025-05-27"]


def test_a_contact_with_the_child_without_a_place_says_nothing_of_who_was_there(tmp_path: Path, nlp) -> None:
    hours = ("Datum       Medewerker   Activiteit            Minuten\n"
             "04-10-2024  NKo          Cliëntcontact kind    30\n"
             "18-10-2024  NKo          Cliëntcontact kind    45\n")
    found = audit_files(tmp_path / "TR-2", nlp, {"plan.txt": PLAN, "uren.txt": hours}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == []


# --- counter-examples from the review of the change ---------------------------------------------------------------

def test_a_plan_or_anothers_day_inside_a_note_does_not_move_its_date(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-03-2025 Huisbezoek bij de Mulders. We hebben afgesproken dat ik op 3 april weer kom. "
               "Roos heb ik aan het eind alleen gesproken op haar kamer.\n\n"
               "19-03-2025: Huisbezoek. Ilse vertelde dat Roos op 2 maart ziek thuis was geweest. Ik heb Roos daarna "
               "alleen gesproken in de tuin.\n")
    found = audit_files(tmp_path / "RV-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12", "2025-03-19"]


def test_a_foster_parent_who_makes_room_for_the_talk_is_no_teller(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-03-2025\nIlse vertelde dat zij boodschappen ging doen, zodat ik met Roos alleen kon "
               "praten. We hebben het over school gehad.\n")
    found = audit_files(tmp_path / "RV-2", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12"]


def test_a_child_who_cannot_say_why_was_still_heard(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-03-2025\nVeiligheidscheck gedaan bij de Mulders, zie formulier. Roos apart gesproken op "
               "haar kamer, ze voelt zich veilig. Roos kan niet zeggen waarom ze 's nachts wakker wordt.\n")
    found = audit_files(tmp_path / "RV-3", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert _heard(found) == {"2025-03-12": True}


def test_a_report_that_tells_back_in_time_keeps_its_year(tmp_path: Path, nlp) -> None:
    """Newest first: "Op 3 december 2024 ... Op 14 oktober ... Op 12 juni ..." all in 2024."""
    report = ("Jaarverslag\n"
              "Op 3 december 2024 heb ik het plan met Ilse en Ruud besproken. Op 14 oktober heb ik Roos alleen gesproken "
              "op school. Op 12 juni heb ik Roos alleen gesproken in de speeltuin.\n")
    found = audit_files(tmp_path / "RV-4", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2024-06-12", "2024-10-14"]


def test_our_own_foster_home_named_by_the_children_or_a_surname(tmp_path: Path, nlp) -> None:
    plan = PLAN + "Roos woont er samen met haar zus Noor (8).\n"
    journal = ("Journaal\n\n13-05-2025\nVeiligheidscheck gedaan in het pleeggezin van Noor en Roos, zie formulier.\n\n"
               "20-06-2025\nVeiligheidscheck gedaan in het pleeggezin van Mulder, zie formulier.\n")
    found = audit_files(tmp_path / "RV-5", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2025-05-13", "2025-06-20"]


def test_a_time_registrations_remark_and_place_say_who_was_there(tmp_path: Path, nlp) -> None:
    """"niet alleen, PM bleef erbij" and a supervised contact are no talk alone; a worker "M. Jansen" is no mother;
    the selected client's rows are ours, however many a sibling's are."""
    hours = ("Export urenregistratie\nSelectie: cliënt 40688\n\n"
             "Datum       Mdw         Cliënt    Activiteit            Locatie      Opmerking\n"
             "04-10-2024  M. Jansen   40688     Cliëntcontact kind    school\n"
             "11-10-2024  M. Jansen   40688     Cliëntcontact kind    pleeggezin   niet alleen, PM bleef erbij\n"
             "18-10-2024  M. Jansen   40688     Cliëntcontact kind    omgangshuis  met moeder\n"
             "25-10-2024  M. Jansen   41829     Cliëntcontact kind    school\n"
             "01-11-2024  M. Jansen   41829     Cliëntcontact kind    school\n")
    found = audit_files(tmp_path / "RV-6", nlp, {"plan.txt": PLAN, "uren.txt": hours}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2024-10-04"]


def test_a_label_line_is_no_other_childs_answer(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck\nPleegkind: Roos Bakker\nDatum uitvoering: 12-03-2025\nMening pleegkind\n"
            "Roos: ik vind het fijn hier, ik wil blijven.\nGesprek: apart gesproken op haar kamer, pleegmoeder was beneden.\n"
            "Conclusie: veilig.\n")
    found = audit_files(tmp_path / "RV-7", nlp, {"plan.txt": PLAN, "check.txt": form}, AS_OF)
    assert _heard(found) == {"2025-03-12": True}


def test_a_schools_og_and_a_schools_advice_in_the_scientists_note_are_not_ours(tmp_path: Path, nlp) -> None:
    journal = "Journaal\n\n12-03-2025\nDe OG van school adviseert extra leesbegeleiding voor Roos.\n"
    note = ("Notitie gedragswetenschapper\nDatum: 14-10-2025\nBetreft: Roos Bakker\n\n"
            "Advies school: een rustige werkplek in de klas.\n")
    found = audit_files(tmp_path / "RV-8", nlp, {"plan.txt": PLAN, "journaal.txt": journal, "gw_notitie.txt": note}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == []


# --- a file's own words for events -------------------------------------------------------------------------------

GLOSSARY_PLAN = PLAN + ("\nBegrippen\nStuurman – de pleegzorgbegeleider.\nDijkschouw – de jaarlijkse veiligheidscheck in "
                        "het pleeggezin.\nLoods – onze gedragswetenschapper; een Loodsbericht is haar advies.\n"
                        "Havenbezoek – huisbezoek bij het pleeggezin.\n\n1. Doelen\n")


def test_a_box_of_terms_defines_the_files_own_words() -> None:
    from audit.structure.glossary import glossary
    terms = {t.term: t.meaning for t in glossary(GLOSSARY_PLAN)}
    assert terms["Dijkschouw"] == "de jaarlijkse veiligheidscheck in het pleeggezin"
    assert terms["Loodsbericht"] == "haar advies (onze gedragswetenschapper)"
    assert "1. Doelen" not in " ".join(terms)  # the box ends at the first line that defines nothing


def test_the_files_own_word_for_a_check_is_a_check(tmp_path: Path, nlp) -> None:
    """"12-11-2024 · DIJKSCHOUW · TK" over "Dijkschouw bij de Mulders thuis, lijst doorgelopen."; the box's own
    line is no check; "Dijkschouw gepland in mei." is a plan."""
    journal = ("Logboek\n\n12-11-2024 · DIJKSCHOUW · TK\nDijkschouw bij de Mulders thuis, lijst doorgelopen met Ilse.\n\n"
               "03-03-2025 · NOTITIE · TK\nVolgende dijkschouw gepland in november.\n")
    found = audit_files(tmp_path / "GL-1", nlp, {"plan.txt": GLOSSARY_PLAN, "logboek.txt": journal}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2024-11-12"]


def test_the_files_own_word_for_the_scientist_names_her(tmp_path: Path, nlp) -> None:
    journal = ("Logboek\n\n14-01-2025 · OVERLEG · TK\nAdvies van de Loods: opa en oma gaan niet in discussie als Roos boos is "
               "en bieden een time-out aan.\n")
    found = audit_files(tmp_path / "GL-2", nlp, {"plan.txt": GLOSSARY_PLAN, "logboek.txt": journal}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-01-14"]


def test_without_a_box_the_word_means_nothing(tmp_path: Path, nlp) -> None:
    journal = "Logboek\n\n12-11-2024 · DIJKSCHOUW · TK\nDijkschouw bij de Mulders thuis, lijst doorgelopen met Ilse.\n"
    found = audit_files(tmp_path / "GL-3", nlp, {"plan.txt": PLAN, "logboek.txt": journal}, AS_OF)
    assert event_dates(found, "safety_checks") == []


def test_alone_with_a_parent_or_the_foster_parents_by_name_is_no_talk_with_the_child(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-03-2025\nAlleen met Ilse en Ruud gesproken over de verdeling van taken.\n\n"
               "19-03-2025\nBezoek bij moeder. Daarna heb ik vader alleen gesproken over de omgang.\n\n"
               "26-03-2025\nHuisbezoek: met PM alleen gesproken met Roos over school.\n")
    found = audit_files(tmp_path / "AW-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-26"]


def test_a_toddler_watched_at_daycare_is_no_talk(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n06-01-2025\nSamenvatting: Roos geobserveerd op het kinderdagverblijf, zonder pleegouders.\n")
    plan = PLAN.replace("Roos Bakker (10)", "Roos Bakker (2)")
    found = audit_files(tmp_path / "OB-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_note_that_opens_with_its_weekday_and_a_participle_is_that_day(tmp_path: Path, nlp) -> None:
    """Entry of Friday 17 May 2024: "Donderdag alsnog met Roos apart gesproken" is Thursday 16 May."""
    journal = ("Journaal\n\n17-05-2024\nDonderdag alsnog met Roos apart gesproken in de mediatheek van school.\n\n"
               "24-05-2024\nDonderdag gesprek met Roos gepland op school.\n")
    found = audit_files(tmp_path / "WD-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2024-05-16"]


def test_a_check_of_a_holiday_or_visiting_address_is_another_home(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n11-07-2024\nVeiligheidscheck vakantieadres bij gezin Brinkman afgenomen.\n\n"
               "04-08-2024\nVandaag bij fam. Hoekstra een korte veiligheidscheck gedaan van het logeeradres.\n\n"
               "12-09-2024\nVeiligheidscheck bij de Mulders thuis gedaan, zie formulier.\n\n"
               "14-10-2024\nVeiligheidscheck gedaan bij Ilse en Ruud, ook het logeeradres bij oma besproken.\n")
    found = audit_files(tmp_path / "VA-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2024-09-12", "2024-10-14"]


def test_a_mails_subject_line_is_no_advice(tmp_path: Path, nlp) -> None:
    mail = ("Van: Anouk Visser\nVerzonden: 12-03-2025\nOnderwerp: Advies n.a.v. GW-consult Roos\n\nBeste Ilse en Ruud,\n"
            "Ik stuur jullie de notities van ons gesprek van vandaag.\n")
    found = audit_files(tmp_path / "SL-1", nlp, {"plan.txt": PLAN, "mail.txt": mail}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == []


def test_the_files_own_word_for_goals_heads_its_goals(tmp_path: Path, nlp) -> None:
    """"Vaarplan – ons hulpverleningsplan; de doelen heten koerspunten." then "4. Koerspunten 2025" over a table
    "Nr | Koerspunt | Leefgebied"."""
    plan = ("Vaarplan 2025 — Roos Bakker\nBegrippen\nVaarplan – ons hulpverleningsplan; de doelen heten koerspunten.\n"
            "Stuurman – de pleegzorgbegeleider.\n\n1. Situatie\nRoos woont sinds 2022 bij Ilse en Ruud Mulder.\n"
            "4. Koerspunten 2025\nNr | Koerspunt | Leefgebied\n"
            "1 | Roos leest voor de zomervakantie van 2025 op AVI-niveau E4. | School\n"
            "2 | Roos belt elke zondag met oma. | Netwerk\n5. Afspraken\nHavenbezoek elk kwartaal.\n")
    found = audit_files(tmp_path / "GO-1", nlp, {"vaarplan.txt": plan}, AS_OF)
    assert [g["text"] for g in found["goals"]] == ["Roos leest voor de zomervakantie van 2025 op AVI-niveau E4.",
                                                   "Roos belt elke zondag met oma."]


def test_a_toddler_watched_and_played_with_alone_is_time_with_her(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n03-04-2025\nTijdens het huisbezoek heb ik Roos op haar kamer apart geobserveerd en met haar "
               "gespeeld, Ilse was beneden.\n")
    plan = PLAN.replace("Roos Bakker (10)", "Roos Bakker (2)")
    found = audit_files(tmp_path / "OB-2", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-04-03"]


def test_a_weekday_note_under_a_week_heading_keeps_its_week(tmp_path: Path, nlp) -> None:
    """"Week 41 (7 t/m 13 oktober 2024)" / "Donderdag heb ik Roos uit school gehaald ... Onder vier ogen kwam er van
    alles los.": Thursday 10 October, for the later sentence too."""
    notes = ("Weekverslagen\n\nWeek 41 (7 t/m 13 oktober 2024)\nDonderdag heb ik Roos uit school gehaald en zijn we een "
             "ijsje gaan eten. Onder vier ogen kwam er van alles los.\n")
    found = audit_files(tmp_path / "WK-3", nlp, {"plan.txt": PLAN, "weken.txt": notes}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2024-10-10"]


# --- counter-examples from the second review -------------------------------------------------------------------------

def test_a_box_that_explains_ordinary_words_renames_nothing(tmp_path: Path, nlp) -> None:
    """"Gedragswetenschapper – orthopedagoog die meekijkt en advies geeft", "Zorgteam: overleg van ...,
    pleegzorgbegeleider en gedragswetenschapper", "Screening – ... huisbezoeken en veiligheidscheck"."""
    plan = PLAN + ("\nBegrippen\nGedragswetenschapper – orthopedagoog die meekijkt en advies geeft.\n"
                   "Zorgteam: overleg van pleegouders, ouders, pleegzorgbegeleider en gedragswetenschapper.\n"
                   "Screening – onderzoek van een aspirant-pleeggezin met VOG, referenties, huisbezoeken en veiligheidscheck.\n\n"
                   "1. Doelen\n")
    journal = ("Journaal\n\n12-05-2025\nOp 12 mei komt de gedragswetenschapper langs; de gedragswetenschapper is ziek, "
               "afspraak verzet.\n\n19-05-2025\nScreening van oma Bakker gestart, VOG aangevraagd.\n")
    found = audit_files(tmp_path / "RB-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == []
    assert event_dates(found, "safety_checks") == []


def test_a_box_ends_at_a_line_that_dates_something(tmp_path: Path, nlp) -> None:
    plan = ("Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: fam. Mulder (pleegmoeder Ilse, pleegvader Ruud)\n"
            "Begrippen\nOTS – ondertoezichtstelling.\n"
            "Contact: op 12-02-2025 heb ik Roos alleen gesproken op haar kamer, Ilse was beneden.\n"
            "Veiligheid: de veiligheidscheck is op 04-03-2025 gedaan bij de Mulders thuis.\n")
    found = audit_files(tmp_path / "RB-2", nlp, {"plan.txt": plan}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-02-12"]
    assert event_dates(found, "safety_checks") == ["2025-03-04"]


def test_a_letterheads_visiting_address_is_no_other_home(tmp_path: Path, nlp) -> None:
    form = ("Pleegzorg Eikendorp | Bezoekadres: Stationsplein 3, Eikendorp\nVeiligheidscheck pleeggezin\n"
            "Pleegkind: Roos Bakker\nDatum afname: 12-03-2025\nKind gesproken: ja, apart op haar kamer\nConclusie: veilig\n")
    found = audit_files(tmp_path / "RB-3", nlp, {"plan.txt": PLAN, "check.txt": form}, AS_OF)
    assert event_dates(found, "safety_checks") == ["2025-03-12"]


def test_a_later_day_a_few_words_into_its_sentence_still_moves_the_story(tmp_path: Path, nlp) -> None:
    report = ("Verslag Roos\n"
              "Op 15 januari 2024 ben ik bij het gezin geweest, Roos zat er de hele tijd bij. Daarna ben ik op 16 mei "
              "weer bij het gezin geweest. Roos en ik hebben samen op haar kamer gezeten terwijl pleegmoeder beneden bleef.\n")
    found = audit_files(tmp_path / "RB-4", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2024-05-16"]


def test_a_relatives_own_talk_told_with_a_comma_or_an_aside(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-03-2025\nVader vertelde dat hij, toen Roos in bed lag, nog met haar alleen heeft gepraat.\n\n"
               "19-03-2025\nOma vertelde dat ze nadat ik weg was zelf met Roos alleen heeft gepraat.\n")
    found = audit_files(tmp_path / "RB-5", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == []


def test_watched_then_alone_with_her_and_apart_with_both(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-03-2025\nRoos geobserveerd in de klas, daarna onder vier ogen met haar in de gang gezeten.\n\n"
               "19-03-2025\nZowel Roos als Ilse apart gesproken, eerst Roos op haar kamer.\n")
    found = audit_files(tmp_path / "RB-6", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-12", "2025-03-19"]


def test_advice_to_the_foster_parents_in_the_scientists_note(tmp_path: Path, nlp) -> None:
    note = ("Notitie gedragswetenschapper\nDatum: 14-10-2025\nBetreft: Roos Bakker\n\n"
            "Advies aan pleegouders: een vast slaapritueel en geen nieuwe oppas introduceren.\n")
    found = audit_files(tmp_path / "RB-7", nlp, {"plan.txt": PLAN, "gw_notitie.txt": note}, AS_OF)
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-10-14"]


def test_nothing_a_story_tells_is_before_the_placement(tmp_path: Path, nlp) -> None:
    report = ("Verslag\nRoos is op 4 september 2023 bij de Mulders geplaatst. Op 2 oktober was het eerste zorgteam. "
              "Op 14 november ben ik langs geweest. Op 12 juni heb ik Roos alleen gesproken in het park.\n")
    found = audit_files(tmp_path / "RB-8", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2024-06-12"]


def test_the_files_own_word_for_a_planned_check_is_a_plan(tmp_path: Path, nlp) -> None:
    journal = "Logboek\n\n12-11-2024 · NOTITIE · TK\nDijkschouw volgende maand bij de Mulders thuis.\n"
    found = audit_files(tmp_path / "RB-9", nlp, {"plan.txt": GLOSSARY_PLAN, "logboek.txt": journal}, AS_OF)
    assert event_dates(found, "safety_checks") == []
