"""Mechanisms found on eight more corpora studied in the twenty-sixth session (issue 9): weekday notes under a
week's heading, a start journal that counts its days, a numbered question's date and answer in a contact
form, an attendance field that lists only the child and the worker, the youth law's bare "jeugdige" as the
one talked with, "buiten aanwezigheid pleegouders" without "van", and a provider's "veiligheidsinventarisatie".
Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

import pytest

from audit.detect.form_fields import label_answer
from tests.pipelines import audit_files, event_dates, ROOS_AS_OF as AS_OF, ROOS_PLAN as PLAN



def test_weekday_notes_under_a_week_heading(tmp_path: Path, nlp) -> None:
    """"do Roos apart gesproken" under "week 42 - 2024" is that week's Thursday, not its Monday."""
    notes = ("Weekverslagen 2024\n\nweek 41 - 2024\nma tel. met Ilse over school.\n\n"
             "week 42 - 2024\ndi HB, Roos was op voetbal.\ndo Roos apart gesproken na de training, in de auto voor de deur. "
             "Ze mist haar moeder.\n")
    found = audit_files(tmp_path / "WK-1", nlp, {"plan.txt": PLAN, "weken.txt": notes}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2024-10-17"]


def test_a_week_heading_across_new_year_takes_the_year_its_days_name(tmp_path: Path, nlp) -> None:
    """"Week 1 (29 december 2025 - 4 januari 2026)" is the week of 29 December 2025, not of 1 January 2025."""
    notes = ("Weekverslagen\n\nWeek 1 (29 december 2025 - 4 januari 2026)\n"
             "di 30/12: Roos gesproken, alleen, in de serre terwijl de rest oliebollen bakte.\n")
    found = audit_files(tmp_path / "WK-2", nlp, {"plan.txt": PLAN, "weken.txt": notes}, dt.date(2026, 2, 1))
    assert event_dates(found, "one_on_one_contacts") == ["2025-12-30"]


def test_a_start_journal_counts_its_days(tmp_path: Path, nlp) -> None:
    """"dag 3 | PZB | HB" after "Plaatsingsdatum: dinsdag 04-03-2025 = dag 1" is 6 March."""
    journal = ("Startjournaal\nPlaatsingsdatum: dinsdag 04-03-2025 = dag 1\n\n"
               "04-03-2025 | dag 1 | PZB | plaatsing\nRoos is door mij naar Eikendorp gebracht. Koffie met Ilse.\n\n"
               "dag 2 | PZB | TC PM\nEerste nacht onrustig, Ilse heeft bij haar gezeten.\n\n"
               "dag 3 | PZB | HB\nRoos liet me haar kamer zien; Ilse bleef beneden. Met z'n tweeën gepraat over "
               "haar eerste nachten.\n")
    found = audit_files(tmp_path / "DAG-1", nlp, {"plan.txt": PLAN, "startjournaal.txt": journal}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-06"]


def test_counted_days_need_a_day_that_anchors_them(tmp_path: Path, nlp) -> None:
    """Without a line that gives one counted day's date, "dag 3" dates nothing of its own."""
    journal = ("Startjournaal\n\n04-03-2025 | PZB | plaatsing\nRoos is door mij naar Eikendorp gebracht.\n\n"
               "dag 3 | PZB | HB\nMet z'n tweeën gepraat over haar eerste nachten.\n")
    found = audit_files(tmp_path / "DAG-2", nlp, {"plan.txt": PLAN, "startjournaal.txt": journal}, AS_OF)
    assert "2025-03-06" not in event_dates(found, "one_on_one_contacts")


CONTACT_FORMS = (
    "Contactverslagen 2025\nPleegkind: Roos Bakker\n"
    "Contactverslag 1\n"
    "1. Datum en soort contact | 15-01-2025 – huisbezoek (aangekondigd)\n"
    "2. Aanwezigen | Pleegmoeder Ilse Mulder, Roos, PZB\n"
    "3. Is de jeugdige apart gesproken? Zo ja, waar en waarover? | Ja, op haar kamer. Roos liet haar tekeningen zien.\n"
    "4. Afspraken | Volgend huisbezoek in april.\n"
    "Contactverslag 2\n"
    "1. Datum en soort contact | 09-04-2025 – huisbezoek (onaangekondigd)\n"
    "2. Aanwezigen | Pleegouders Ilse en Ruud Mulder, Roos, PZB\n"
    "3. Is de jeugdige apart gesproken? Zo ja, waar en waarover? | Nee, Roos was moe.\n"
    "4. Afspraken | geen\n")


def test_a_contact_forms_numbered_date_question_dates_its_visit(tmp_path: Path, nlp) -> None:
    """The second form's visit is on its own date, not "after" the file's first date (no plan)."""
    found = audit_files(tmp_path / "CV-1", nlp, {"plan.txt": PLAN, "contactverslagen.txt": CONTACT_FORMS}, AS_OF)
    assert event_dates(found, "home_visits") == ["2025-01-15", "2025-04-09"]


def test_a_forms_question_answered_yes_is_the_talk(tmp_path: Path, nlp) -> None:
    """"Is de jeugdige apart gesproken? ... | Ja, op haar kamer." is a talk alone; "Nee, ..." is none."""
    found = audit_files(tmp_path / "CV-2", nlp, {"plan.txt": PLAN, "contactverslagen.txt": CONTACT_FORMS}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-01-15"]
    talk = next(e for e in found["one_on_one_contacts"] if e["date"] == "2025-01-15")
    assert talk["confidence"] >= 0.5  # it counts for the norm


@pytest.mark.parametrize("line, answer", [
    ("3. Is de jeugdige apart gesproken? Zo ja, waar? | Ja, in haar slaapkamer.", True),
    ("Is de jeugdige apart gesproken? | ja", True),
    ("Gesproken. Daarna apart: ja", None),  # prose, not a label
])
def test_a_question_is_a_label(line: str, answer: bool | None) -> None:
    start = line.index("apart")
    assert label_answer(line + "\n", start, start + 5) is answer


@pytest.mark.parametrize("attendance, talk", [
    ("Aanwezig: Roos en Femke de Wit (PZB).", True),
    ("Aanwezig: Roos en F. de Wit; Ilse haalde haar daarna op.", True),
    ("Aanwezig: Femke de Wit (PZB) en Roos, zonder ouders of pleegouders.", True),
    ("Aanwezigen: Roos en ik.", True),
    ("Aanwezig: Roos, moeder en Femke de Wit (PZB).", False),
    ("Aanwezig: Roos en pleegmoeder.", False),
    ("Aanwezig: Ilse en Femke de Wit (PZB).", False),  # the foster mother, not the child
    ("Aanwezig: Roos en Femke de Wit (PZB), Ilse Mulder.", False),
])
def test_an_attendance_field_of_the_child_and_the_worker(tmp_path: Path, nlp, attendance: str, talk: bool) -> None:
    report = f"Gespreksverslag d.d. 12-03-2025\nPlaats: bibliotheek, na school\n{attendance}\nRoos vertelde over school.\n"
    found = audit_files(tmp_path / "AW-1", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert ("2025-03-12" in event_dates(found, "one_on_one_contacts")) is talk


@pytest.mark.parametrize("entry, talk", [
    ("14-03-2025 | PZB\nUitvoering individueel contactmoment met jeugdige, buiten aanwezigheid pleegouders.", True),
    ("14-03-2025 | PZB\nGesprek met jeugdige op school, buiten aanwezigheid crisispleegmoeder.", True),
    ("14-03-2025 | PZB\nIndividueel contactmoment met moeder van Roos over de omgang.", False),
])
def test_the_youth_laws_jeugdige_and_absence_without_van(tmp_path: Path, nlp, entry: str, talk: bool) -> None:
    found = audit_files(tmp_path / "NOM-1", nlp, {"plan.txt": PLAN, "journaal.txt": entry + "\n"}, AS_OF)
    assert ("2025-03-14" in event_dates(found, "one_on_one_contacts")) is talk


@pytest.mark.parametrize("entry, check", [
    ("02-06-2025 | PZB\nAfname jaarlijkse veiligheidsinventarisatie d.d. 02-06-2025 i.s.m. jeugdige en pleegouders.", True),
    ("02-06-2025 | PZB\nVeiligheidsanalyse met Ilse en Ruud doorgelopen, Roos apart gevraagd.", True),
    ("02-06-2025 | PZB\nVeiligheidsinventarisatie wordt volgende maand gepland.", False),
])
def test_the_check_by_other_names(tmp_path: Path, nlp, entry: str, check: bool) -> None:
    found = audit_files(tmp_path / "VI-1", nlp, {"plan.txt": PLAN, "journaal.txt": entry + "\n"}, AS_OF)
    assert ("2025-06-02" in event_dates(found, "safety_checks")) is check


GW_NOTE = ("GW-NOTITIE\nPleegzorg Noordkust\n========================================\n"
           "Jeugdige : Roos Bakker, pleeggezin Mulder\nDatum    : 05-02-2025\nGW       : H. Dekker, orthopedagoog\n\n"
           "Vraag PZB\nRoos huilt bij de overdracht naar moeder op zondag.\n\n"
           "{heading}\n1. Vaste overdrachtsroutine: pleegvader brengt Roos op zondag om 17.00 uur, kort afscheid.\n"
           "2. Roos houdt een weekendboekje bij dat zij aan moeder laat zien.\n\nH. Dekker, 05-02-2025\n")


@pytest.mark.parametrize("heading, advice", [("Advies", True), ("Adviezen", True), ("Advies GW", True),
                                             ("Vervolg", False)])
def test_an_advice_heading_over_a_numbered_list(tmp_path: Path, nlp, heading: str, advice: bool) -> None:
    found = audit_files(tmp_path / "GWN-1", nlp, {"plan.txt": PLAN, "gw-notitie.txt": GW_NOTE.format(heading=heading)},
                        AS_OF)
    assert ("2025-02-05" in event_dates(found, "behavioural_scientist_advice")) is advice


@pytest.mark.parametrize("entry, advice", [
    ("11-02-2025 | PZB\nAdvisering gedragsdeskundige t.a.v. hechting: vaste afsluitmomenten na omgang met moeder.", True),
    ("11-02-2025 | PZB\nPlaatsingsadvies GW (11-02-2025): akkoord met koppeling aan gezin Mulder; start met een "
     "proefweekend en maak afspraken over de omgang.", True),
    ("11-02-2025 | PZB\nConsultatie gedragsdeskundige t.a.v. overgangen moeder-pleeggezin: voorgenomen, na verlof.", False),
    ("11-02-2025 | PZB\nBespreking casus met gedragsdeskundige: n.n.b.", False),
    ("11-02-2025 | PZB\nAdvies gedragsdeskundige: nog niet starten met logeren zolang moeder bezoeken afzegt.", True),
])
def test_advice_by_its_nouns_and_a_field_that_says_not_yet(tmp_path: Path, nlp, entry: str, advice: bool) -> None:
    found = audit_files(tmp_path / "ADV-1", nlp, {"plan.txt": PLAN, "journaal.txt": entry + "\n"}, AS_OF)
    assert ("2025-02-11" in event_dates(found, "behavioural_scientist_advice")) is advice


@pytest.mark.parametrize("place, visit", [
    ("Locatie: bij het pleeggezin thuis (Eikendorp)", True),
    ("Plaats: bij de pleegouders thuis, woonkamer", True),
    ("Datum afname: 14-05-2025; locatie: woning pleeggezin, Eikendorp", True),
    ("Locatie: pleeggezin", True),
    ("Locatie: kantoor Pleegzorg Noordkust", False),
    ("Plaats: bij moeder thuis", False),
    ("Plaats: [ ] bij pleeggezin thuis [ ] kantoor [X] beeldbellen", False),  # a box not ticked
    ("Locatie: wandeling vanaf woning pleeggezin", False),
])
def test_a_place_field_that_names_the_foster_home(tmp_path: Path, nlp, place: str, visit: bool) -> None:
    record = f"Gespreksverslag d.d. 14-05-2025\n{place}\nGesproken over school en de vakantie.\n"
    found = audit_files(tmp_path / "LOC-1", nlp, {"plan.txt": PLAN, "verslag.txt": record}, AS_OF)
    assert ("2025-05-14" in event_dates(found, "home_visits")) is visit


@pytest.mark.parametrize("record, meeting", [
    ("Tweede familiegroepsconferentie 20-05-2025 bij Ilse en Ruud thuis met mama Carla, oma en de pleegzorgbegeleider.",
     True),
    # an attendance list alone does not make a home visit or a meeting the care team's
    ("Huisbezoek 20-05-2025\nAanwezig: pleegmoeder, moeder, J. Smit (jeugdbeschermer)\nRoos was op school.", False),
    ("Familiegroepsconferentie 20-05-2025 afgezegd: mama Carla was ziek.", False),
])
def test_a_family_group_conference_is_the_care_teams_meeting(tmp_path: Path, nlp, record: str, meeting: bool) -> None:
    found = audit_files(tmp_path / "CT-1", nlp, {"plan.txt": PLAN, "verslag.txt": record + "\n"}, AS_OF)
    assert ("2025-05-20" in event_dates(found, "care_team_meetings")) is meeting


def test_a_family_plans_what_are_we_going_to_do_heads_its_goals(tmp_path: Path, nlp) -> None:
    """A family group plan's "Wat gaan we doen? Wie? Wanneer?" heads the plan's goals, as "Doelen" does."""
    plan = ("Familiegroepsplan Roos\nOpgesteld tijdens de familiegroepsconferentie op 3 maart 2025\n"
            "Wat gaat er goed?\nRoos zit goed op school en heeft veel vriendinnen.\n"
            "Wat gaan we doen? Wie? Wanneer?\n"
            "Oma brengt Roos elke woensdag naar zwemles en blijft kijken.\n"
            "Roos belt elke zondag om 18.00 uur met mama.\n"
            "Als het niet goed gaat\nDan belt oma de pleegzorgbegeleider.\n")
    found = audit_files(tmp_path / "FGP-1", nlp, {"familiegroepsplan.txt": plan}, AS_OF)
    texts = [g["text"] for g in found["goals"]]
    assert "Oma brengt Roos elke woensdag naar zwemles en blijft kijken." in texts
    assert "Roos zit goed op school en heeft veel vriendinnen." not in texts


@pytest.mark.parametrize("line, day", [
    ("Wijziging gezinssamenstelling: inwoning oom (dhr. K. Smit, 24 jr) per 01-03-2025.", "2025-03-01"),
    ("Geboorte dochter pleegouders (Lotte) d.d. 20-05-2025; wijziging gezinssamenstelling.", "2025-05-20"),
])
def test_a_change_in_the_home_told_in_nouns(tmp_path: Path, nlp, line: str, day: str) -> None:
    report = f"Kwartaalrapportage 2025-2\nDatum: 30-06-2025\n{line}\nOverig: geen bijzonderheden.\n"
    found = audit_files(tmp_path / "RS-1", nlp, {"plan.txt": PLAN, "rapportage.txt": report}, AS_OF)
    assert (found["rescreening"]["change"] or {}).get("date") == day


def test_a_follow_up_action_is_no_rescreening(tmp_path: Path, nlp) -> None:
    report = ("Kwartaalrapportage 2025-2\nDatum: 30-06-2025\n"
              "Wijziging gezinssamenstelling: inwoning oom (dhr. K. Smit, 24 jr) per 01-03-2025.\n"
              "Veiligheidscheck 24-06-2025. Uitkomst: oranje; vervolgactie: herscreening en VGB oom.\n")
    found = audit_files(tmp_path / "RS-2", nlp, {"plan.txt": PLAN, "rapportage.txt": report}, AS_OF)
    assert found["rescreening"]["rescreened"] is None


def test_an_advice_heading_in_a_doctors_letter_is_the_doctors(tmp_path: Path, nlp) -> None:
    """"Adviezen" in a physician's letter whose list mentions a scientist is not the scientist's advice."""
    letter = ("Polikliniek Kindergeneeskunde Noordkust\ndr. P. Jansen, kinderarts\nAan: pleegouders Mulder\n"
              "Datum: 27-02-2025\nBetreft: Roos Bakker\n\nBevindingen\nRoos groeit goed.\n\nAdviezen\n"
              "1. Slaaponderzoek aanvragen via de huisarts.\n"
              "2. Ik adviseer een gedragswetenschapper te laten meekijken naar het slaapritueel.\n")
    found = audit_files(tmp_path / "DOC-1", nlp, {"plan.txt": PLAN, "brief.txt": letter}, AS_OF)
    assert "2025-02-27" not in event_dates(found, "behavioural_scientist_advice")


@pytest.mark.parametrize("line, documented", [
    ("Onderbouwing koppeling: behoefte jeugdige aan rust en eigen ruimte; gezin zonder jonge kinderen.", True),
    ("Onderbouwing koppeling (overgenomen uit plaatsingsbesluit 13-02-2023): behoefte jeugdige aan één-op-één "
     "aandacht; pleeggezin zonder andere kinderen; pleegmoeder thuis op drie dagen.", True),
    ("Onderbouwing koppeling: zie plaatsingsbesluit.", False),
])
def test_a_field_that_gives_the_reasons_for_the_match(tmp_path: Path, nlp, line: str, documented: bool) -> None:
    report = f"Kwartaalrapportage 2025-1\nDatum: 31-03-2025\n1. Plaatsing\n{line}\n2. Verloop\nGeen bijzonderheden.\n"
    found = audit_files(tmp_path / "MR-1", nlp, {"plan.txt": PLAN, "rapportage.txt": report}, AS_OF)
    assert (found["norms"]["matching_rationale_documented"] == "meets") is documented


_ROLE_WORD_GAP = pytest.mark.xfail(strict=True, reason="known gap: reading 'met (de) jeugdige / (het) pleegkind' as the "
                                  "child for every cue lost real talks in an unstudied templated corpus, so it was "
                                  "taken back")


@pytest.mark.parametrize("entry, talk", [
    pytest.param("22-09-2025 | PZB\nHuisbezoek pleeggezin, onaangekondigd; aansluitend gesprek met jeugdige alleen op "
                 "eigen kamer.", True, marks=_ROLE_WORD_GAP),
    pytest.param("22-09-2025 | PZB\nHuisbezoek pleeggezin; aansluitend gesprek met pleegkind alleen in de tuin.", True,
                 marks=_ROLE_WORD_GAP),
    ("22-09-2025 | PZB\nHuisbezoek pleeggezin; aansluitend gesprek met Ilse alleen in de keuken.", False),
])
def test_a_talk_with_the_child_by_her_role_alone(tmp_path: Path, nlp, entry: str, talk: bool) -> None:
    found = audit_files(tmp_path / "RL-1", nlp, {"plan.txt": PLAN, "journaal.txt": entry + "\n"}, AS_OF)
    assert ("2025-09-22" in event_dates(found, "one_on_one_contacts")) is talk


# Counter-examples from the review of this change (invented sentences; each failed on its first version)

def test_a_capitalised_ma_or_zo_in_a_week_is_no_weekday(tmp_path: Path, nlp) -> None:
    notes = ("Weekverslagen\n\nweek 20 - 2025\nwo 14/5: HB, rustig.\n"
             "Ma van Roos belde boos op; ik heb Roos daarna op school apart gesproken.\n")
    found = audit_files(tmp_path / "WK-3", nlp, {"plan.txt": PLAN, "weken.txt": notes}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == ["2025-05-14"]


@pytest.mark.parametrize("record", [
    "Contactverslag 16-06-2025\nSoort contact: telefonisch\nLocatie: bij het pleeggezin thuis (PZB belde vanaf kantoor)\n",
    "Uitnodiging zorgteam\nVerzonden: 02-06-2025\nDatum overleg: 16-06-2025\nLocatie: bij de pleegouders thuis\n",
    "Omgangsregeling (vastgesteld 16-06-2025)\nMoeder ziet Roos om de week op zaterdag.\nLocatie: bij het pleeggezin thuis\n",
])
def test_a_place_field_in_a_paper_that_records_no_visit(tmp_path: Path, nlp, record: str) -> None:
    found = audit_files(tmp_path / "LOC-2", nlp, {"plan.txt": PLAN, "stuk.txt": record}, AS_OF)
    assert "2025-06-16" not in event_dates(found, "home_visits")


@pytest.mark.parametrize("line", [
    "Onderbouwing koppeling: wordt nog aangevuld door de matcher na overleg met de JB.",
    "Waarom dit pleeggezin: is in het dossier niet terug te vinden.",
    "Waarom deze pleegouders: onbekend, de matching is destijds door een andere aanbieder gedaan.",
    pytest.param("Onderbouwing koppeling (Mila, pleegzus van Roos): Mila heeft een gezin met ervaring met baby's nodig.",
                 marks=pytest.mark.xfail(strict=True, reason="known gap, also before this change: the 'behoefte en "
                                         "aanbod' cue does not check whose need it is")),
])
def test_a_match_reason_field_that_gives_no_reason(tmp_path: Path, nlp, line: str) -> None:
    report = f"Kwartaalrapportage 2025-1\nDatum: 31-03-2025\n1. Plaatsing\n{line}\n2. Verloop\nGeen bijzonderheden.\n"
    found = audit_files(tmp_path / "MR-2", nlp, {"plan.txt": PLAN, "rapportage.txt": report}, AS_OF)
    assert found["norms"]["matching_rationale_documented"] == "fails"


def test_an_advice_heading_in_a_visit_report_that_names_the_scientist(tmp_path: Path, nlp) -> None:
    report = ("Verslag huisbezoek 12-03-2025\nPZB: J. Bakker\nBetrokken GW: L. Bos\n\nVerloop\nRustig bezoek.\n\n"
              "Advies\n1. Ilse houdt een slaapdagboek bij.\n2. Roos gaat om 19.30 uur naar bed.\n")
    found = audit_files(tmp_path / "GWN-2", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert "2025-03-12" not in event_dates(found, "behavioural_scientist_advice")


@pytest.mark.parametrize("attendance", [
    "Aanwezig: Roos en F. de Wit (PZB); Ilse schoof na tien minuten aan en bleef tot het eind.",
    "Aanwezig: Roos en ik. Pleegmoeder Ilse zat er de hele tijd bij aan tafel.",
    "Aanwezig: Roos en K. Smit (JB).",
])
def test_an_attendance_field_undone_by_what_follows(tmp_path: Path, nlp, attendance: str) -> None:
    report = f"Gespreksverslag d.d. 12-03-2025\nPlaats: bibliotheek\n{attendance}\nRoos vertelde over school.\n"
    found = audit_files(tmp_path / "AW-2", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert "2025-03-12" not in event_dates(found, "one_on_one_contacts")


@pytest.mark.parametrize("after", ["Pleegmoeder Ilse was aan het werk.", "Ilse bleef binnen.",
                                   "Pleegmoeder was er niet bij."])
def test_an_attendance_field_with_the_foster_parent_away(tmp_path: Path, nlp, after: str) -> None:
    report = f"Gespreksverslag d.d. 12-03-2025\nPlaats: de tuin\nAanwezig: Roos en ik. {after}\nRoos vertelde over school.\n"
    found = audit_files(tmp_path / "AW-3", nlp, {"plan.txt": PLAN, "verslag.txt": report}, AS_OF)
    assert "2025-03-12" in event_dates(found, "one_on_one_contacts")


@pytest.mark.parametrize("entry, talk", [
    pytest.param("Gesprek met moeder van Roos over de omgang, buiten aanwezigheid pleegouders.", False,
                 marks=pytest.mark.xfail(strict=True, reason="known gap, also before this change with 'van': an "
                                         "absence cue does not check who the talk was with (a check of 'gesprek met X' "
                                         "lost talks held through an interpreter or after another talk)")),
    ("Na het gesprek met PM alleen gesproken met Roos, op haar kamer.", True),
    ("Roos op school gesproken met de tolk Koerdisch (telefonisch), zonder pleegouders.", True),
    ("Roos apart gesproken: nog niet eerder vertelde zij zoveel over haar moeder.", True),
])
def test_who_the_talk_was_with(tmp_path: Path, nlp, entry: str, talk: bool) -> None:
    found = audit_files(tmp_path / "WHO-1", nlp, {"plan.txt": PLAN, "journaal.txt": f"12-03-2025 | PZB\n{entry}\n"}, AS_OF)
    assert ("2025-03-12" in event_dates(found, "one_on_one_contacts")) is talk


def test_a_question_answered_yes_with_a_foster_parent_near(tmp_path: Path, nlp) -> None:
    forms = ("Contactverslagen 2025\nContactverslag 1\n1. Datum en soort contact | 15-01-2025 – huisbezoek\n"
             "3. Is de jeugdige apart gesproken? Zo ja, waar? | Ja, heel kort in de gang want pleegvader bleef in de buurt.\n")
    found = audit_files(tmp_path / "CV-3", nlp, {"plan.txt": PLAN, "contactverslagen.txt": forms}, AS_OF)
    talks = [e for e in found["one_on_one_contacts"] if e["date"] == "2025-01-15"]
    assert all(e["confidence"] < 0.5 for e in talks)  # listed at most as doubt, never counted


@pytest.mark.parametrize("line", [
    "Wijziging gezinssamenstelling moeder: nieuwe partner per 01-03-2025.",
    "Geboorte dochter van de oudste zoon van pleegouders (woont in Utrecht) d.d. 01-03-2025.",
])
def test_a_change_in_another_household(tmp_path: Path, nlp, line: str) -> None:
    report = f"Kwartaalrapportage 2025-1\nDatum: 31-03-2025\n{line}\n"
    found = audit_files(tmp_path / "RS-3", nlp, {"plan.txt": PLAN, "rapportage.txt": report}, AS_OF)
    assert (found["rescreening"]["change"] or {}).get("date") != "2025-03-01"


def test_what_we_do_if_is_a_safety_plan_not_goals(tmp_path: Path, nlp) -> None:
    plan = ("Veiligheidsplan Roos\nOpgesteld 03-03-2025\nWat gaan we doen als Roos wegloopt?\n"
            "Pleegmoeder belt eerst Roos en daarna de politie.\n")
    found = audit_files(tmp_path / "VP-1", nlp, {"veiligheidsplan.txt": plan}, AS_OF)
    assert "Pleegmoeder belt eerst Roos en daarna de politie." not in [g["text"] for g in found["goals"]]


def test_a_questionnaires_previous_administration_is_no_check(tmp_path: Path, nlp) -> None:
    sdq = "SDQ-vragenlijst Roos\nDatum afname: 12-05-2025\nVorige afname: 10-11-2024\nTotaalscore: 14\n"
    found = audit_files(tmp_path / "SDQ-1", nlp, {"plan.txt": PLAN, "sdq.txt": sdq}, AS_OF)
    assert "2024-11-10" not in event_dates(found, "safety_checks")


@pytest.mark.parametrize("line", [
    "Jeugdige gesproken: ja, apart / ja, met pleegouder erbij / nee",
    "Pleegkind apart gesproken: ja / nee",
    "[Beschrijf hier wanneer je het pleegkind apart hebt gesproken]",
])
def test_a_templates_options_are_no_talk(tmp_path: Path, nlp, line: str) -> None:
    form = f"Veiligheidscheck pleeggezin\nDatum: 12-03-2025\n{line}\n"
    found = audit_files(tmp_path / "TPL-1", nlp, {"plan.txt": PLAN, "check.txt": form}, AS_OF)
    assert "2025-03-12" not in event_dates(found, "one_on_one_contacts")


@pytest.mark.parametrize("entry, talk", [
    ("Roos mee naar de speelkamer op kantoor, PM wachtte in de wachtkamer.", True),
    ("Roos mee naar de huisarts met pleegmoeder.", False),
    ("Pleegmoeder nam Roos mee naar de markt.", False),
])
def test_the_worker_takes_the_child_along(tmp_path: Path, nlp, entry: str, talk: bool) -> None:
    found = audit_files(tmp_path / "MEE-1", nlp, {"plan.txt": PLAN, "journaal.txt": f"12-03-2025 | PZB\n{entry}\n"}, AS_OF)
    assert ("2025-03-12" in event_dates(found, "one_on_one_contacts")) is talk
