"""Mechanisms of the thirty-first session (issue 9): prose set in a narrow column (a leaflet's forty characters a
line), a year overview kept as a grid of months and days, "apart" that only says a report is kept separately, a
check left as a draft, and the generic word for the child in a talk alone. Every sentence here is written for
this test.
"""
import datetime as dt
from pathlib import Path

import pytest

from audit.read.text import unwrap
from audit.structure.month_grid import grid_days, grid_labels
from tests.pipelines import audit_files, event_dates, audit_with_plan as _audit, ROOS_AS_OF as AS_OF



# --- prose set in a narrow column -----------------------------------------------------------------------------------

COLUMN = ("PLEEGZORG EIKENDORP – JOURNAAL\n"
          "Pleegkind: Roos Bakker (10 jaar)\n"
          "Begeleider: T. Vos (pleegzorgwerker)\n\n"
          "4 februari 2025 – Huisbezoek. Ilse\n"
          "vertelt dat het rustiger gaat sinds\n"
          "de kerst; daarna heb ik nog even\n"
          "Roos alleen gesproken op haar kamer;\n"
          "ze liet haar tekeningen zien en zei\n"
          "dat ze mama mist. Ik heb beloofd dat\n"
          "we dit met Ilse bespreken op 12 maart\n"
          "2025, na de vakantie van Ruud.\n\n"
          "11 april 2025 – Veiligheids-\n"
          "check bij het gezin thuis afgenomen,\n"
          "verslag apart. Geen bijzonderheden.\n\n"
          "6 juni 2025 – Ruud was aan het werk\n"
          "en Ilse deed boodschappen; ik heb\n"
          "Roos na het eten een uur alleen\n"
          "gesproken in de tuin; ze is blij met\n"
          "haar nieuwe vriendin.\n")


def test_a_narrow_column_is_read_as_its_sentences() -> None:
    lines = unwrap(COLUMN).split("\n")
    assert "daarna heb ik nog even Roos alleen gesproken op haar kamer;" in " ".join(lines)
    assert any(line.startswith("4 februari 2025 – Huisbezoek. Ilse vertelt") for line in lines)
    assert any("op 12 maart 2025, na" in line for line in lines)  # a date the column broke is whole again
    assert any("Veiligheidscheck" in line and "afgenomen" in line for line in lines)  # a word broken on a short line
    # the title and field lines keep their own lines
    assert lines[:3] == ["PLEEGZORG EIKENDORP – JOURNAAL", "Pleegkind: Roos Bakker (10 jaar)",
                         "Begeleider: T. Vos (pleegzorgwerker)"]
    assert len(unwrap(COLUMN)) == len(COLUMN)  # offsets stay the file's own


def test_a_journal_of_short_notes_is_no_column() -> None:
    notes = "".join(f"{d}-03-2025 hb fam mulder\nroos gezien, gaat goed\n" for d in range(10, 22))
    assert unwrap(notes) == notes


def test_a_talk_alone_in_a_narrow_column_counts(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"journaal.txt": COLUMN})
    assert {"2025-02-04", "2025-06-06"} <= set(event_dates(found, "one_on_one_contacts"))


def test_a_report_kept_apart_is_no_talk_apart(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n\n11-04-2025 Veiligheidscheck bij het gezin thuis afgenomen met Ilse en Ruud, "
               "verslag apart. Geen bijzonderheden.\n")
    found = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert event_dates(found, "safety_checks") == ["2025-04-11"]
    assert found["safety_checks"][0]["child_spoken"] is not True
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_check_left_as_a_draft_is_none(tmp_path: Path, nlp) -> None:
    journal = ("Journaal Roos Bakker\n\n12-11-2025 Veiligheidscheck met Ilse begonnen op kantoor, formulier staat "
               "nog op concept; Roos is nog niet gesproken. Wordt afgerond bij het volgende huisbezoek.\n")
    assert event_dates(_audit(tmp_path, nlp, {"journaal.txt": journal}), "safety_checks") == []


def test_the_generic_word_for_the_child_in_a_talk_alone(nlp) -> None:
    for text in ("Gesprek pleegkind alleen.", "Gesprek met het pleegkind alleen.", "Daarna de jeugdige alleen gesproken."):
        doc = nlp(text)
        labels = {s.label_ for s in doc.spans["dossier_audit_triggers"]}
        assert "one_on_one_contact" in labels, text


# --- a year overview kept as a grid ---------------------------------------------------------------------------------

GRID = ("Jaaroverzicht contacten 2025 — Pleegzorg Eikendorp\n"
        "Pleegkind: Roos Bakker (geb. 02-05-2015)\n"
        "Pleeggezin: fam. Mulder, Eikendorp — sinds 01-03-2022\n"
        "Bijgewerkt: 28-11-2025 door T. Vos\n"
        "Activiteit | jan | feb | mrt | apr | mei | jun | jul | aug | sep | okt | nov | dec\n"
        "Huisbezoek | 14 | — | 11 | — | 20‡ | — | 8 | — | 16 | — | 4 (afgezegd) | \n"
        "Gesprek pleegkind alleen | — | 6, 27 | — | ~~17~~ | — | 3* | — | — | 16 | — | — | \n"
        "Telefonisch contact PO | 9 | — | 2 | 1 | — | 12 | — | 5 | — | 7 | 2x/wk | \n"
        "Overleg GW | — | 19 | — | — | — | — | — | — | 30 | — | — | \n"
        "Veiligheidscheck | — | — | — | — | — | — | 8 | — | — | — | 18 (concept) | \n"
        "Zorgteam / MDO | — | — | — | 22 | — | — | — | — | — | gepl. 21 | — | \n"
        "‡ onaangekondigd\n"
        "* Ilse zat er de hele tijd bij, op verzoek van Roos\n")


def test_a_grid_gives_each_day_its_month_and_the_sheets_year() -> None:
    days = {(GRID[slice(*d.label)], d.date.isoformat()) for d in grid_days(GRID)}
    assert ("Huisbezoek", "2025-01-14") in days and ("Huisbezoek", "2025-05-20") in days
    assert ("Gesprek pleegkind alleen", "2025-02-06") in days and ("Gesprek pleegkind alleen", "2025-02-27") in days
    assert not any(label.startswith("Telefonisch") and date.startswith("2025-11") for label, date in days)  # "2x/wk"
    assert all(not date.startswith("2022") for _, date in days)  # "sinds 01-03-2022" is no title
    labels = [GRID[a:b] for a, b in grid_labels(GRID)]
    assert "Huisbezoek" in labels and labels[0].startswith("Activiteit | jan")


def test_a_column_with_its_own_year_before_the_sheets_months() -> None:
    grid = ("Jaaroverzicht 2025 (eerste kolom: restant van jaaroverzicht 2024)\n"
            "Activiteit | dec '24 | jan | feb | mrt | apr | mei | jun\n"
            "Huisbezoek | 10 | 7 | — | 4 | — | 13 | —\n"
            "Veiligheidscheck | — | — | — | — | 2 | — | —\n")
    dates = sorted(d.date.isoformat() for d in grid_days(grid))
    assert dates == ["2024-12-10", "2025-01-07", "2025-03-04", "2025-04-02", "2025-05-13"]


def test_a_table_without_months_or_without_a_year_is_no_grid() -> None:
    assert grid_days("Jaaroverzicht 2025\nDoel | Wie | Wanneer | Stand\nZwemdiploma A | Ilse | mei | 12\n"
                     "Fietsen | Ruud | juni | 3\n") == []
    assert grid_days("Overzicht\nActiviteit | jan | feb | mrt | apr | mei | jun\nHuisbezoek | 3 | 4 | 5 | 6 | 7 | 8\n"
                     "Veiligheidscheck | — | 2 | — | — | — | —\n") == []


def test_the_days_of_a_grid_are_events_on_their_own_dates(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"jaaroverzicht_2025.txt": GRID})
    # struck ("~~17~~") and one with a foster parent sitting in ("3*") are no talk alone
    assert event_dates(found, "one_on_one_contacts") == ["2025-02-06", "2025-02-27", "2025-09-16"]
    visits = {e["date"]: e for e in found["home_visits"]}
    assert {"2025-01-14", "2025-03-11", "2025-05-20", "2025-07-08", "2025-09-16"} <= set(visits)
    assert "2025-11-04" not in visits  # afgezegd
    assert visits["2025-05-20"]["unannounced"] is True and visits["2025-01-14"]["unannounced"] is False
    assert event_dates(found, "safety_checks") == ["2025-07-08"]  # "18 (concept)" is no check
    assert event_dates(found, "care_team_meetings") == ["2025-04-22"]  # "gepl. 21" is to come
    assert event_dates(found, "behavioural_scientist_advice") == []  # a day says nothing of what was advised
    # the row labels name kinds of activity: nothing on the sheet's own date
    assert all(e["date"] != "2025-11-28" for field in ("one_on_one_contacts", "home_visits", "safety_checks",
                                                         "care_team_meetings") for e in found[field])


# --- smaller readings ------------------------------------------------------------------------------------------------

def _journal(tmp_path: Path, nlp, *entries: str, as_of: dt.date = AS_OF) -> dict:
    return _audit(tmp_path, nlp, {"journaal.txt": "Journaal Roos Bakker\n\n" + "\n\n".join(entries) + "\n"}, as_of)


def test_a_pronoun_that_tells_of_her_own_talk_is_the_relative_before_it(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "19-02-2025 Telefonisch contact met moeder. Zij vertelde dat zij gisteravond met "
                                    "Roos apart heeft gepraat over de weekenden.")
    assert event_dates(found, "one_on_one_contacts") == []


def test_how_the_child_is_doing_is_no_time_spent_with_her(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "14-05-2025 Huisbezoek ging niet door, Ilse was ziek. We hebben kort telefonisch "
                                    "gesproken: het gaat goed met Roos in de weekenden.")
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_count_of_talks_with_only_their_months_is_no_talk_on_the_notes_day(tmp_path: Path, nlp) -> None:
    note = "Overdrachtsnotitie Roos Bakker\nDatum: 05-01-2025\n\nVorig jaar is Roos drie keer alleen gesproken: in " \
           "januari, in mei en in oktober.\n"
    assert event_dates(_audit(tmp_path, nlp, {"overdracht.txt": note}, dt.date(2025, 6, 1)), "one_on_one_contacts") == []


def test_the_workers_intention_told_in_the_past_is_no_talk(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "20-06-2025 Huisbezoek bij fam. Mulder. Voor de zomer wilde ik nog een gesprek "
                                    "met Roos alleen over de vakantieweek bij moeder.")
    assert event_dates(found, "one_on_one_contacts") == []
    doc = nlp("Roos wilde alleen met mij praten, dus zijn we naar boven gegaan.")
    assert any(not (s._.qualifiers or ()) for s in doc.spans["dossier_audit_triggers"] if s.label_ == "one_on_one_contact")


def test_one_to_one_written_as_a_score_and_alone_closing_the_sentence(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "15-01-2025 1-1 met R. op kantoor, na school.",
                     "29-10-2025 Gesprek met R. op kantoor, alleen.")
    assert event_dates(found, "one_on_one_contacts") == ["2025-01-15", "2025-10-29"]


def test_a_day_followed_by_the_childs_initial_is_a_date() -> None:
    from audit.structure.dates import find_dates
    found = find_dates("di 21/4 M. apart gesproken na school", context_date=dt.date(2026, 3, 25))
    assert [m.date.isoformat() for m in found] == ["2026-04-21"]
    assert find_dates("op 3/4 m afstand", context_date=dt.date(2026, 3, 25)) == []  # metres stay a quantity


def test_the_childs_initial_answers_the_checks_question(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "12-09-2025 HB jaarlijkse veiligheidscheck met pm en pv, lijst doorgelopen, geen "
                                    "bijzonderheden. R. apart gevraagd (op haar kamer), voelt zich veilig.")
    assert event_dates(found, "safety_checks") == ["2025-09-12"]
    assert found["safety_checks"][0]["child_spoken"] is True


def test_a_schools_orthopedagogue_and_advice_kept_from_before_are_no_advice(tmp_path: Path, nlp) -> None:
    # (a register's "Geen nieuw advies, eerder advies ... blijft staan" is the scientist's answer: advice, left alone)
    found = _journal(tmp_path, nlp,
                     "16-10-2025 Mail van orthopedagoog school (Margriet Aarts, VSO De Schakel): adviseert een "
                     "prikkelarme werkplek thuis en vaste overdrachtsmomenten.",
                     "07-11-2025 Advies school (orthopedagoog De Schakel) doorgezet naar Ilse.",
                     "20-11-2025 Tot die tijd het advies van de gedragswetenschapper aanhouden.",
                     "25-11-2025 Aandacht voor jaloezie en slaap; zie GW-advies.")
    assert event_dates(found, "behavioural_scientist_advice") == []


def test_a_check_only_started_is_none(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "21-08-2025 Veiligheidscheck gestart via beeldbellen met Ilse (ik op kantoor).")
    assert event_dates(found, "safety_checks") == []


def test_a_family_homes_daily_report_is_the_house_parents_own(tmp_path: Path, nlp) -> None:
    report = ("DAGRAPPORTAGE - Gezinshuis De Linde\nJeugdige: Roos Bakker\n\n"
              "do 17-07-2025 (M)\nLang gesprek met Roos gehad op de schommel, over haar moeder.\n\n"
              "za 19-07-2025 (E)\nVanmiddag met Roos alleen naar de stad geweest en een ijsje gegeten.\n")
    found = _audit(tmp_path, nlp, {"dagrapportage_2025.txt": report})
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_state_since_a_weekday_does_not_move_the_talk_after_it(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "17-02-2026 - huisbezoek\nHij is sinds zaterdag weer thuis, praat nog moeilijk. "
                                    "Daarna met Roos apart gepraat in haar kamer.", as_of=dt.date(2026, 6, 1))
    assert event_dates(found, "one_on_one_contacts") == ["2026-02-17"]


def test_an_outing_told_without_its_auxiliary_happened(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "02-09-2025 huisbezoek\nNa schooltijd met Roos alleen een ijsje gaan halen.",
                     "09-09-2025 tel Ilse\nVolgende week met Roos alleen een ijsje gaan halen.")
    assert event_dates(found, "one_on_one_contacts") == ["2025-09-02"]


RECORDS = ("ZorgDossier · export\nCliënt: R. Bakker\n\n"
           "VEILIGHEIDSCHECK PLEEGGEZIN · VC-2025-0412\n"
           "Datum uitgevoerd: 04-06-2025 · Ingevuld door: T. Vos\n"
           "Status formulier: ☐ Concept ☑ Definitief\n"
           "Toelichting:\nChecklist met beide pleegouders doorgelopen bij hen thuis. Roos apart gesproken op haar kamer.\n\n"
           "CONTACTREGISTRATIE · CR-1\n"
           "Datum contact: 21-08-2025 · Tijd: 16:30 · Medewerker: T. Vos\n"
           "Status: ☑ Uitgevoerd ☐ Gepland ☐ Geannuleerd\n"
           "Contactvorm: ☐ Huisbezoek ☐ Telefonisch ☑ Beeldbellen\n"
           "Pleegkind apart gesproken: ☑ Ja ☐ Nee\n"
           "Onderwerp: Kort contact\n"
           "Beeldbellen met Roos, pm zat ernaast en hielp met de laptop, bleef er het hele gesprek bij.\n\n"
           "CONTACTREGISTRATIE · CR-2\n"
           "Datum contact: 17-09-2025 · Tijd: 15:00 · Medewerker: T. Vos\n"
           "Status: ☐ Uitgevoerd ☑ Gepland ☐ Geannuleerd\n"
           "Contactvorm: ☑ Huisbezoek ☐ Telefonisch ☐ Beeldbellen\n"
           "Pleegkind apart gesproken: ☑ Ja ☐ Nee\n"
           "Onderwerp: Huisbezoek\n\n"
           "CONTACTREGISTRATIE · CR-3\n"
           "Datum contact: 08-10-2025 · Tijd: 15:00 · Medewerker: T. Vos\n"
           "Status: ☑ Uitgevoerd ☐ Gepland ☐ Geannuleerd\n"
           "Contactvorm: ☑ Huisbezoek ☐ Telefonisch ☐ Beeldbellen\n"
           "Pleegkind apart gesproken: ☑ Ja ☐ Nee\n"
           "Zorgteam gevormd: ☑ Ja ☐ Nee\n"
           "Onderwerp: Huisbezoek\n"
           "Roos liet haar nieuwe fiets zien; daarna samen met haar naar de speeltuin gelopen.\n\n"
           "CONSULT GEDRAGSWETENSCHAPPER · GW-1\n"
           "Datum: 05-11-2025 · Gedragswetenschapper: drs. E. Ruygrok\n"
           "Vraagstelling:\nRoos slaapt slecht sinds de omgang is uitgebreid.\n"
           "Advies GW:\nVoorspelbaarheid: vaste avondroutine, omgang op vaste dagen en vooraf met Roos bespreken.\n")


def test_records_of_an_export_with_tick_boxes(tmp_path: Path, nlp) -> None:
    found = _audit(tmp_path, nlp, {"export.txt": RECORDS})
    assert event_dates(found, "safety_checks") == ["2025-06-04"]  # the record's own "Datum uitgevoerd", not the next
    # the box says apart, the record's report says the foster mother sat in; a planned record is none
    assert event_dates(found, "one_on_one_contacts") == ["2025-06-04", "2025-10-08"]
    assert "2025-09-17" not in event_dates(found, "home_visits")
    assert event_dates(found, "care_team_meetings") == []  # "Zorgteam gevormd: ☑ Ja" is no meeting
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-11-05"]  # the advice on the line under its label


def test_a_goal_evaluation_by_ticked_verdicts(tmp_path: Path, nlp) -> None:
    record = ("EVALUATIE HULPVERLENINGSPLAN · EV-1\n"
              "Datum evaluatie: 09-07-2025 · Evaluatie van: HVP-3 · Aanwezig: Roos, pm, pzb\n"
              "Doel 1 (school): ☑ Behaald ☐ Deels behaald ☐ Niet behaald ☐ Vervalt\n"
              "Doel 2 (contact moeder): ☐ Behaald ☑ Deels behaald ☐ Niet behaald ☐ Vervalt\n\n"
              "EVALUATIE HULPVERLENINGSPLAN · EV-2\n"
              "Datum evaluatie: 14-10-2025 · Evaluatie van: HVP-3\n"
              "Doel 1 (school): ☐ Behaald ☐ Deels behaald ☐ Niet behaald ☐ Vervalt\n")
    assert event_dates(_audit(tmp_path, nlp, {"export.txt": record}), "goal_evaluations") == ["2025-07-09"]


def test_an_invitation_to_a_meeting_is_still_to_come(nlp) -> None:
    doc = nlp("Graag nodig ik jullie uit voor de eerste bijeenkomst van het zorgteam van Roos op woensdag 21 januari.")
    spans = [s for s in doc.spans["dossier_audit_triggers"] if s.label_ == "care_team_meeting"]
    assert spans and all("PLANNED" in (s._.qualifiers or ()) for s in spans)


def test_a_field_after_a_mid_dot_does_not_qualify_the_field_before_it(nlp) -> None:
    doc = nlp("Laatste veiligheidscheck pleeggezin: 11-06-2025 (VC-2025-0544, definitief) · Volgende: ☐ Gepland "
              "☑ Niet gepland")
    spans = [s for s in doc.spans["dossier_audit_triggers"] if s.label_ == "safety_check"]
    assert spans and not any(s._.qualifiers for s in spans)


# --- counter-examples from the session's review ---------------------------------------------------------------------

DATED_COLUMN = ("Contactjournaal Roos Bakker\n"
                "Dinsdag 4 februari 2025\n"
                "Huisbezoek bij Ilse en Ruud. Het gaat\n"
                "goed met Roos, ze slaapt beter en\n"
                "ze speelt veel buiten met de buurkinderen\n"
                "Woensdag 12 maart 2025\n"
                "Roos alleen gesproken op haar kamer, ze\n"
                "vertelt over de omgang met haar moeder\n"
                "en dat ze het soms spannend vindt daar\n"
                "Vrijdag 9 mei 2025\n"
                "Veiligheidscheck afgenomen bij Ilse en\n"
                "Ruud aan de keukentafel, geen zorgen en\n"
                "daarna Roos apart gesproken in de tuin\n"
                "2025-06-11 telefonisch contact met Ilse\n"
                "over de zomervakantie van Roos en Ruud\n"
                "14:00 overleg met de school over Roos\n")


def test_a_column_never_joins_a_line_that_opens_with_a_day_or_a_time() -> None:
    lines = unwrap(DATED_COLUMN).split("\n")
    for opener in ("Woensdag 12 maart 2025", "Vrijdag 9 mei 2025", "2025-06-11 telefonisch", "14:00 overleg"):
        assert any(line.startswith(opener) for line in lines), opener


def test_a_column_keeps_field_lines_and_short_notes_apart() -> None:
    notes = ("Verslag zorgteamoverleg 12 maart 2025\n"
             "aanwezig: Ilse, Ruud, Roos, de mentor\n"
             "en ondergetekende (pleegzorgwerker)\n"
             "afwezig: de huisarts, met bericht\n"
             "Roos had ruzie gehad met moeder\n"
             "Roos apart gesproken op haar kamer\n"
             "Ruud was er niet bij, hij was werken\n"
             "ma: Roos heeft goed geslapen vannacht\n"
             "di: Ilse belde met school over het\n"
             "rooster van Roos na de kerstvakantie\n")
    lines = unwrap(notes).split("\n")
    assert lines[0] == "Verslag zorgteamoverleg 12 maart 2025"
    assert any(line.startswith("afwezig:") for line in lines) and any(line.startswith("ma:") for line in lines)
    assert "Roos apart gesproken op haar kamer" in lines  # a note of its own after a note that ends on a noun


def test_counts_and_weeks_in_a_grid_are_no_days() -> None:
    months = "jan | feb | mrt | apr | mei | jun | jul | aug | sep | okt | nov | dec"
    counts = (f"Jaaroverzicht 2025 - aantal contacten per maand\nSoort | {months}\n"
              "Huisbezoeken | 1 | 0 | 2 | 1 | 1 | 1 | 0 | 1 | 1 | 1 | 1 | 1\n"
              "Gesprek pleegkind alleen | 1 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0\n")
    weeks = (f"Planning 2025\nActiviteit | {months}\nHuisbezoek | wk 3 | wk 7 | wk 11 | | | | | | | | |\n"
             "Veiligheidscheck | | | | | week 20 | 3e week | | | | | |\n")
    assert grid_days(counts) == [] and grid_days(weeks) == []


def test_a_grids_year_is_its_titles_not_a_birth_year_before_it() -> None:
    months = "jan | feb | mrt | apr | mei | jun | jul | aug | sep | okt | nov | dec"
    text = (f"Roos (geboren 2014) woont sinds 2022 bij de fam. Mulder.\nJaaroverzicht 2025\nActiviteit | {months}\n"
            "Gesprek pleegkind alleen | | 14 | | | | | | | | | |\nHuisbezoek | 3 | | | | | | | | | | |\n")
    assert sorted(d.date.isoformat() for d in grid_days(text)) == ["2025-01-03", "2025-02-14"]
    school = ("Contactplanning schooljaar 2024-2025\nActiviteit | sep | okt | nov | dec | jan | feb | mrt | apr | mei | "
              "jun | jul\nHuisbezoek | 3 | | | | 8 | | | | | | |\nVeiligheidscheck | | | 5 | | | | | | | | 9\n")
    assert sorted(d.date.isoformat() for d in grid_days(school)) == ["2024-09-03", "2024-11-05", "2025-01-08",
                                                                     "2025-07-09"]


def test_a_remark_belongs_to_its_own_day_in_a_cell() -> None:
    months = "jan | feb | mrt | apr | mei | jun | jul | aug | sep | okt | nov | dec"
    text = f"Jaaroverzicht 2025\nActiviteit | {months}\nHuisbezoek | 3 (afgezegd), 17 | | | | | | | | | | |\nX | 2 | | | | | | | | | | |\n"
    remarks = {d.date.isoformat(): d.remark for d in grid_days(text) if text[slice(*d.label)] == "Huisbezoek"}
    assert remarks == {"2025-01-03": "afgezegd", "2025-01-17": ""}


def test_an_unticked_status_is_no_status(tmp_path: Path, nlp) -> None:
    record = ("CONTACTREGISTRATIE · CR-1\nDatum contact: 21-08-2025 · Tijd: 16:30 · Medewerker: T. Vos\n"
              "Status: ☐ Gepland ☑ Uitgevoerd ☐ Geannuleerd\nOnderwerp: Huisbezoek\n"
              "Daarna Roos alleen gesproken op haar kamer, ze vertelde over school.\n")
    assert event_dates(_audit(tmp_path, nlp, {"export.txt": record}), "one_on_one_contacts") == ["2025-08-21"]


@pytest.mark.parametrize("field", [
    "Consult ging niet door, gw was ziek; wordt opnieuw ingepland in december",
    "Nog niet ontvangen, de gedragswetenschapper stuurt het advies na het overleg van volgende week",
    "Zie het verslag van het MDO in de bijlage van dit dossier voor de volledige tekst",
])
def test_an_advice_field_that_gives_no_advice(tmp_path: Path, nlp, field: str) -> None:
    record = ("CONSULT GEDRAGSWETENSCHAPPER · GW-1\nDatum: 05-11-2025 · Gedragswetenschapper: drs. E. Ruygrok\n"
              f"Vraagstelling:\nRoos slaapt slecht sinds de omgang is uitgebreid.\nAdvies GW:\n{field}\n")
    assert event_dates(_audit(tmp_path, nlp, {"export.txt": record}), "behavioural_scientist_advice") == []


@pytest.mark.parametrize("report", [
    "Fijn gesprek op haar kamer. Bij het avondeten weigerde ze haar groente.",
    "Fijn gesprek op haar kamer. De omgang van zaterdag gaat niet door, moeder is ziek.",
    "Fijn gesprek op haar kamer. Haar vriendin kwam niet opdagen op haar feestje.",
])
def test_an_unrelated_refusal_in_the_report_leaves_the_ticked_talk(tmp_path: Path, nlp, report: str) -> None:
    record = ("CONTACTREGISTRATIE · CR-1\nDatum contact: 21-08-2025 · Tijd: 16:30 · Medewerker: T. Vos\n"
              "Status: ☑ Uitgevoerd ☐ Gepland\nPleegkind apart gesproken: ☑ Ja ☐ Nee\nOnderwerp: Huisbezoek\n"
              f"{report}\n")
    assert event_dates(_audit(tmp_path, nlp, {"export.txt": record}), "one_on_one_contacts") == ["2025-08-21"]


def test_a_pronoun_after_a_sentence_about_the_child_is_the_child(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "14-05-2025 Huisbezoek. Roos kwam net terug van de omgang bij moeder. Ze vertelde "
                                    "dat ze blij was dat ze met mij alleen kon praten over het bezoek.")
    assert event_dates(found, "one_on_one_contacts") == ["2025-05-14"]


def test_new_years_day_and_a_foster_parent_named_are_no_talk_alone(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "02-01-2025 Op 1-1 met Roos naar de nieuwjaarsduik geweest met het hele gezin.",
                     "14-05-2025 Gesprek met Ilse op kantoor, alleen.")
    assert event_dates(found, "one_on_one_contacts") == []


def test_a_check_with_another_start_in_its_sentence_stands(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "12-06-2025 Veiligheidscheck afgenomen bij Ilse en Ruud, Roos is gestart met zwemles.",
                     "20-10-2025 Veiligheidscheck met pleegouders doorgelopen, begonnen om 14:00 en om 15:30 klaar.")
    assert event_dates(found, "safety_checks") == ["2025-06-12", "2025-10-20"]


def test_an_initial_a_foster_parent_shares_is_not_the_childs(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "12-09-2025 Jaarlijkse veiligheidscheck afgenomen met pm Ilse; R. niet gesproken "
                                    "want hij was op zijn werk. Roos vertelde dat ze zich veilig voelt.")
    assert event_dates(found, "safety_checks") == ["2025-09-12"]
    assert found["safety_checks"][0]["child_spoken"] is True


def test_a_report_that_follows_apart_is_no_talk_apart(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "11-04-2025 Veiligheidscheck bij het gezin thuis met Roos besproken, verslag volgt apart.")
    assert event_dates(found, "one_on_one_contacts") == []


def test_the_scientist_advising_to_await_the_schools_advice_is_advice(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "23-09-2025 Overleg met de gedragswetenschapper. GW adviseert om het advies van "
                                    "school af te wachten en geen extra onderzoek te laten doen.")
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-09-23"]


def test_a_records_title_above_its_date_line_is_the_records() -> None:
    from audit.read.text import line_blocks
    from audit.structure.entries import entries_of
    from audit.types import Document
    text = ("Formulieren\n\nJaarlijkse veiligheidscheck pleeggezin\nFormulier-ID: VC-2025-0290 | Status: definitief\n"
            "Datum uitvoering: 2025-06-26 | Uitgevoerd door: T. Vos\nRoos apart gesproken.\n"
            "Veiligheidscheck bezoeklocatie\nFormulier-ID: VB-2025-0033\nDatum uitvoering: 2025-07-10 | Uitgevoerd door: T. Vos\n"
            "Woning van moeder bekeken.\n")
    doc = Document(name="f.txt", path=Path("f.txt"), sha256="", reader="text/utf-8", text=text, blocks=line_blocks(text))
    starts = [text[e.start:].split("\n", 1)[0] for e in entries_of(doc)]
    assert starts == ["Jaarlijkse veiligheidscheck pleeggezin", "Veiligheidscheck bezoeklocatie"]


def test_a_birth_in_a_later_forms_field_is_dated_by_the_birth(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin\nPleegkind: Roos Bakker\nDatum uitvoering: 20-01-2026, bij het pleeggezin thuis\n"
            "Uitgevoerd door: T. Vos (PZB)\n1. Gezinssamenstelling\nPleegouders Ilse (36) en Ruud (37); dochter Zoë, "
            "geboren 20-08-2025.\n2. Gesprek met het pleegkind\nRoos apart gesproken op haar kamer.\n")
    found = _audit(tmp_path, nlp, {"veiligheidscheck.txt": form}, dt.date(2026, 3, 1))
    assert found["rescreening"]["change"]["date"] == "2025-08-20"


def test_the_next_evaluation_named_in_a_report_is_still_to_come(nlp) -> None:
    doc = nlp("Nieuwe evaluatie: zorgteam mei 2025.")
    spans = [s for s in doc.spans["dossier_audit_triggers"] if s.label_ == "care_team_meeting"]
    assert spans and all("PLANNED" in (s._.qualifiers or ()) for s in spans)


def test_a_planned_records_coming_day_keeps_the_records_status(tmp_path: Path, nlp) -> None:
    log = ("Contactlog export\n\n### Record 001\nDatum/tijd: 2025-09-02T10:00:00+02:00\nType: KG\nStatus: gepland\n"
           "Notitie: Kindgesprek op school op 2025-09-30.\n\n### Record 002\nDatum/tijd: 2025-04-10T10:00:00+02:00\n"
           "Type: ZT\nStatus: gepland\nNotitie: Eerste zorgteam op 2025-05-13 bij Ilse thuis (moeder, Ilse, Ruud, JB).\n")
    found = _audit(tmp_path, nlp, {"contactlog.txt": log})
    assert event_dates(found, "one_on_one_contacts") == [] and event_dates(found, "care_team_meetings") == []


def test_an_older_childs_birth_date_is_no_change(tmp_path: Path, nlp) -> None:
    plan = ("Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: fam. Mulder (pleegmoeder Ilse, pleegvader Ruud)\n"
            "In huis wonen verder hun dochter Isa (geboren 17 mei 2007) en zoon Rick (14).\n")
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": plan}, AS_OF)
    change = found["rescreening"]["change"]
    assert change is None or change["date"] != "2007-05-17"


def test_vcl_is_the_safety_checklist(tmp_path: Path, nlp) -> None:
    found = _journal(tmp_path, nlp, "02-09-2025 huisbezoek\nVCL gedaan met opa en oma. Roos apart gevraagd op haar "
                                    "kamer hoe het gaat.")
    assert event_dates(found, "safety_checks") == ["2025-09-02"]
    assert found["safety_checks"][0]["child_spoken"] is True
    doc = nlp("De vcl van de school staat op de website.")  # capitals only
    assert not [s for s in doc.spans["dossier_audit_triggers"] if s.label_ == "safety_check"]
