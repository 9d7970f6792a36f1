"""Other authorities and the worker's peers in the file: a jeugdreclassering's or Veilig Thuis' assessments
and behavioural experts, an intervision group's tips, another client's case in intervision notes, a
placement statement that gives its reason, and a year-less day told beside a dated stay. Every sentence
is written for this test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from audit.structure.dates import find_dates
from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Hulpverleningsplan\nJeugdige: Milan de Wit\nPleegouders: Anouk en Stefan Brouwer\n"
        "Start plaatsing: 01-03-2022\n")


def journal(*lines: str) -> dict[str, str]:
    return {"plan.txt": PLAN, "journaal.txt": "Journaal PZB - Milan de Wit\n\n" + "\n\n".join(lines) + "\n"}


def run(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "AUT-1", nlp, files, AS_OF)


@pytest.mark.parametrize("line", [
    "12-03-2025 Mail JR\nDe gedragsdeskundige van de JRB heeft geadviseerd om naast de werkstraf een leerstraf te vragen.",
    "12-03-2025 Notitie\nGedragsdeskundige JRB adviseert een dagbestedingstraject van vier dagen per week.",
    "12-03-2025 Notitie\nDe gedragsdeskundige van de JRB, F. Heijmans, heeft geadviseerd om naast de werkstraf een leerstraf te vragen.",
    "12-03-2025 Notitie\nDe orthopedagoog van het consultatiebureau adviseert Anouk om Milan vaste slaaptijden te geven.",
    "12-03-2025 Intervisie\nAdvies intervisiegroep: vaker alleen met Milan afspreken en dat vast inplannen.",
    "12-03-2025 Werkbegeleiding\nTips van collega's: Milan laten kiezen waar het gesprek plaatsvindt.",
])
def test_advice_of_another_organisation_or_of_the_workers_peers_is_no_gw_advice(tmp_path, nlp, line):
    assert event_dates(run(tmp_path, nlp, journal(line)), "behavioural_scientist_advice") == []


def test_the_gw_s_own_advice_still_counts(tmp_path, nlp):
    found = run(tmp_path, nlp, journal("12-03-2025 GW-overleg\nAdvies GW Marloes: vaker alleen met Milan afspreken, "
                                       "en de bezoekregeling met vader voorlopig zo houden."))
    assert event_dates(found, "behavioural_scientist_advice") == ["2025-03-12"]


def test_another_client_s_case_in_intervision_notes_is_that_child_s(tmp_path, nlp):
    notes = ("Intervisie 11-02-2025\nAanwezig: Tamara, Joost, Sanne (PZB's), Ruben Aalders (GW)\n\n"
             "Casus 1 (Joost): Jesse, 11, ander weekendpleegkind bij fam. Jonkers\n"
             "Inbreng: Jesse gedraagt zich grensoverschrijdend. Vraag: moet Jesse daar blijven komen?\n"
             "Tips/adviezen: Ruben (GW) adviseert Jesse voorlopig niet tegelijk in te plannen en huisregels op te stellen.\n\n"
             "Casus 2 - ingebracht door Tamara: Mirjam (16), bestandspleegzorg\n"
             "Tips/adviezen: Ruben (GW) adviseert een overgangsplan met een vaste mentor tot 21 jaar.\n\n"
             "Casus 3 (Sanne): Milan, vervolg\n"
             "Tips/adviezen: Ruben (GW) adviseert Milan zelf te laten kiezen welke sport hij gaat doen.\n")
    found = run(tmp_path, nlp, {"plan.txt": PLAN, "intervisie_2025.txt": notes})
    advice = found["behavioural_scientist_advice"]
    assert [a["date"] for a in advice] == ["2025-02-11"]
    assert "sport" in advice[0]["evidence"][0]["sentence"]


@pytest.mark.parametrize("files", [
    {"rapportage_jeugdreclassering.txt": "Rapportage jeugdreclassering\nJongere: Milan de Wit\n\n"
                                         "Uit de risicotaxatie (RAF, afgenomen op 03-09-2024) komt een gemiddeld risico "
                                         "op recidive naar voren.\n"},
    {"journaal.txt": "Journaal\n\n14-04-2025 Notitie\nRisicotaxatie (RAF) herhaald op 14-04-2025: risico op recidive "
                     "gedaald van hoog naar gemiddeld.\n"},
    {"rapportage_vt.txt": "Veilig Thuis regio Kreekland | Rapportage onderzoek\nBetreft: Milan de Wit\n\n"
                          "Veiligheidstaxatie (LIRIK) op 18-04-2025 bij moeder: hoog risico.\n"},
    {"crisisplan.txt": "Crisisplan\nPleegkind: Milan de Wit\n\nOp 15-07-2024 escaleerde het thuis; na een "
                       "veiligheidsbeoordeling door de crisisdienst is Milan met spoed geplaatst.\n"},
    {"journaal.txt": "Journaal\n\n10-04-2025 Huisbezoek\nVeiligheidsplan met vader (Signs of Safety) doorgenomen met "
                     "Milan en Anouk.\n"},
    {"journaal.txt": "Journaal\n\n19-09-2024 Huisbezoek\nWoorden-en-plaatjesverhaal (Signs of Safety) voorgelezen aan "
                     "Milan, samen met Anouk op de bank.\n"},
])
def test_another_authority_s_assessment_is_no_check_of_the_foster_family(tmp_path, nlp, files):
    assert event_dates(run(tmp_path, nlp, {"plan.txt": PLAN, **files}), "safety_checks") == []


@pytest.mark.parametrize("files, dates", [
    ({"journaal.txt": "Journaal\n\n14-04-2025 Huisbezoek\nJaarlijkse veiligheidscheck met Anouk en Stefan gedaan; "
                      "Milan apart gevraagd hoe het thuis gaat.\n"}, ["2025-04-14"]),
    # a Veilig Thuis report that records the foster family's own check keeps it
    ({"rapportage_vt.txt": "Veilig Thuis regio Kreekland | Rapportage\nBetreft: Milan de Wit\n\n"
                           "De veiligheidscheck in het pleeggezin is op 02-04-2025 gedaan door de pzb.\n"}, ["2025-04-02"]),
])
def test_the_foster_family_s_own_check_still_counts(tmp_path, nlp, files, dates):
    assert event_dates(run(tmp_path, nlp, {"plan.txt": PLAN, **files}), "safety_checks") == dates


@pytest.mark.parametrize("sentence, documented", [
    ("Milan is bij oom en tante geplaatst omdat hij een sterke band heeft met oom, die gezag bij hem heeft.", True),
    ("Milan is bij tante Esther geplaatst omdat zij hem al vanaf de geboorte twee dagen per week verzorgde.", True),
    ("Milan is bij de familie Brouwer geplaatst, want de familie Brouwer woont vlak bij zijn school.", True),
    ("Milan is bij oom geplaatst omdat moeder in de gevangenis zit.", False),
    ("Milan is in 2022 geplaatst bij fam. Brouwer omdat het thuis niet veilig was.", False),
    ("Milan is bij pleeggezin Brouwer geplaatst omdat er geen ander gezin beschikbaar was.", False),
])
def test_a_placement_statement_with_a_reason_about_the_family_is_a_rationale(tmp_path, nlp, sentence, documented):
    plan = ("Hulpverleningsplan\nJeugdige: Milan de Wit\n\nSituatie\n" + sentence + "\nMilan gaat naar groep 7.\n")
    found = run(tmp_path, nlp, {"hulpverleningsplan.txt": plan})
    assert found["matching_rationale"]["documented"] is documented


@pytest.mark.parametrize("text, context, expected", [
    # the stay is written with its years; the file's date (a year later) would put the day outside it
    ("Tijdens het verblijf in de JJI (14-01-2025 tot 04-02-2025) heeft JR hem op 21 januari alleen gesproken.",
     dt.date(2026, 1, 30), "2025-01-21"),
    ("Periode 01-09-2024 t/m 28-02-2025: op 3 oktober apart gesproken.", dt.date(2025, 12, 1), "2024-10-03"),
    # beside a single written date the day keeps the year the file's date gives (review 19)
    ("Vorig jaar op 20-04-2024 was de check, dit jaar op 15 april.", dt.date(2025, 5, 1), "2025-04-15"),
    ("Milan woont sinds 01-07-2024 bij Anouk; op 3 juni alleen gesproken.", dt.date(2025, 6, 10), "2025-06-03"),
    ("Noah (geb. 14-05-2024) maakt het goed; op 12 mei huisbezoek.", dt.date(2025, 5, 20), "2025-05-12"),
    ("Geboren 03-05-2012, op 4 juni gesproken.", dt.date(2025, 6, 10), "2025-06-04"),
    ("Opgenomen 14-01-2025, gesproken op 21-01-2026.", dt.date(2026, 1, 30), "2026-01-21"),
])
def test_a_year_less_day_beside_a_date_written_with_its_year(text, context, expected):
    assert find_dates(text, context_date=context)[-1].date.isoformat() == expected


def test_a_brother_s_placement_with_its_reason_is_no_rationale_for_this_child(tmp_path, nlp):
    plan = ("Hulpverleningsplan\nJeugdige: Milan de Wit\n\nSituatie\nMilan woont sinds 2022 bij tante Marloes.\n"
            "Jesse is in 2018 bij tante Marloes geplaatst omdat hij haar al van jongs af aan kent.\n")
    assert run(tmp_path, nlp, {"hulpverleningsplan.txt": plan})["matching_rationale"]["documented"] is False


@pytest.mark.parametrize("files, dates", [
    ({"check_2025.txt": "Pleegzorg Rijnmond | Formulier VC-01 Check veiligheid in het pleeggezin\nPleegkind: Milan de Wit\n"
                        "Datum check: 14-01-2025\nMening pleegkind gevraagd: ja, Milan apart gesproken\n"
                        "Conclusie: geen zorgen.\nIngevuld door F. Ouali, 14-01-2025\n"}, ["2025-01-14"]),
    # the same form for the respite family is that family's check
    ({"check_respijt.txt": "Pleegzorg Rijnmond | Formulier VC-01 Check veiligheid in het pleeggezin\n"
                           "Check veiligheid in het pleeggezin – respijtgezin\n"
                           "Pleegkind: Milan de Wit\nDatum check: 03-04-2025\nConclusie: geen zorgen.\n"
                           "Ingevuld door F. Ouali, 03-04-2025\n"}, []),
    ({"journaal.txt": "Journaal\n\n03-04-2025 Huisbezoek\nCheck veiligheid in het respijtgezin (fam. Van Wijk) gedaan.\n"}, []),
])
def test_a_check_named_check_veiligheid_and_the_respite_family_s_check(tmp_path, nlp, files, dates):
    assert event_dates(run(tmp_path, nlp, {"plan.txt": PLAN, **files}), "safety_checks") == dates


@pytest.mark.parametrize("line, dates", [
    ("JB T. Visser heeft Milan gisteren gesproken bij het pleeggezin thuis, samen met Anouk.", []),
    ("Farida (JB) heeft Milan op 3 mei gesproken bij Anouk thuis, Anouk was erbij.", []),
    ("Priya (JB) is dinsdag bij Anouk en Stefan op huisbezoek geweest.", []),
    ("JB is bij fam. Brouwer thuis geweest voor de voortgangsrapportage.", []),
    ("JB heeft Milan gezien tijdens zijn huisbezoek, pleegouders waren aanwezig.", []),
    ("JB P. de Groot: is op huisbezoek geweest bij Anouk en Stefan.", []),
    ("Huisbezoek door de JB (Farida) bij Anouk en Stefan.", []),
    ("Het pleeggezin is vorige week door de JB thuis bezocht.", []),
    ("Huisbezoek door de JB en mij bij Anouk en Stefan.", ["2025-05-12"]),
    ("JR mailt: huisbezoek JR geweest, gesprek met Milan en Anouk samen.", []),
    # the worker's own visit, with the JB along, stays
    ("JB en ik zijn op huisbezoek geweest bij Anouk en Stefan.", ["2025-05-12"]),
    ("Huisbezoek bij Anouk en Stefan, de JB was er ook bij.", ["2025-05-12"]),
])
def test_a_visit_by_another_organisation_is_no_home_visit_of_the_provider(tmp_path, nlp, line, dates):
    found = run(tmp_path, nlp, journal(f"12-05-2025 Notitie\n{line}"))
    assert event_dates(found, "home_visits") == dates


@pytest.mark.parametrize("line, dates", [
    ("Formulier 'Check veiligheid in het pleeggezin' voorbereid voor Anouk en Stefan.", []),
    ("Veiligheidscheck klaargezet voor het huisbezoek van volgende week.", []),
])
def test_a_check_only_prepared_is_not_carried_out(tmp_path, nlp, line, dates):
    assert event_dates(run(tmp_path, nlp, journal(f"12-05-2025 Notitie\n{line}")), "safety_checks") == dates


def test_a_day_the_file_s_date_already_puts_inside_a_long_period_keeps_its_year():
    text = "Periode 01-01-2024 tot 31-12-2025: op 12 maart apart gesproken."
    assert find_dates(text, context_date=dt.date(2025, 6, 1))[-1].date.isoformat() == "2025-03-12"
