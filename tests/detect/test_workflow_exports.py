"""Case-management exports (audit trails, task lists), records registered after the contact, and
households told of by kin (issue 9).

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.detect.facts import foster_parent_names
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Lotte de Boer (11)\nPleeggezin: Anja en Ruud Smit\nStart plaatsing: 01-03-2023\n"
HEAD = "ZORGBUREAU WESTHAVEN | ECD Tijdlijn | cliënt L. de Boer\n"


def _audit(tmp_path: Path, nlp, files: dict[str, str], name: str = "WFE-1") -> dict:
    return audit_files(tmp_path / name, nlp, {"plan.txt": PLAN, **files}, AS_OF)


def _dates(findings: list[dict]) -> list[str]:
    return [f["date"] for f in findings]


def test_tasks_appointments_and_work_list_items_are_no_events(tmp_path: Path, nlp) -> None:
    trail = HEAD + (
        "14-05-2025 08:00 | Werkvoorraad: herscreening verlopen\n"
        "02-05-2025 10:10 | Afspraak 'gesprek Lotte alleen' 20-05-2025 | status: gepland\n"
        "28-04-2025 09:30 | Afspraak gepland: huisbezoek 12-05-2025 16:00\n"
        "22-04-2025 11:00 | Taak 'Zorgteam bijeenkomst plannen' aangemaakt door K. Mulder | status: open\n"
        "15-04-2025 09:00 | Taak 'GW-consultatie Lotte' aangemaakt door systeem | status: open\n")
    audit = _audit(tmp_path, nlp, {"tijdlijn.txt": trail})
    for field in ("one_on_one_contacts", "home_visits", "care_team_meetings", "behavioural_scientist_advice"):
        assert audit[field] == [], field
    assert audit["rescreening"]["rescreenings"] == []


def test_a_finished_record_and_its_note_still_count(tmp_path: Path, nlp) -> None:
    trail = HEAD + (
        "12-05-2025 17:00 | Contactmoment geregistreerd door K. Mulder | type: huisbezoek | status: afgerond\n"
        "    Notitie: Lotte alleen gesproken op haar kamer, pleegmoeder bleef beneden. Haar broer was niet thuis.\n")
    audit = _audit(tmp_path, nlp, {"tijdlijn.txt": trail})
    assert _dates(audit["one_on_one_contacts"]) == ["2025-05-12"]
    assert _dates(audit["home_visits"]) == ["2025-05-12"]  # the brother being out calls nothing off


def test_a_record_registered_after_the_contact_is_dated_by_the_contact(tmp_path: Path, nlp) -> None:
    trail = HEAD + (
        "29-04-2025 09:40 | Contactmoment d.d. 24-04-2025, geregistreerd op 29-04-2025 door K. Mulder | type: gesprek pleegkind\n"
        "    Notitie: Lotte na school opgehaald en in de auto met haar alleen gesproken over de brugklas.\n"
        "19-03-2025 16:05 | Contactmoment d.d. 15-03-2025, geregistreerd op 19-03-2025 | status: afgerond Notitie: "
        "Zaterdag met Lotte alleen naar de bibliotheek geweest; de pleegouders gingen niet mee.\n")
    assert _dates(_audit(tmp_path, nlp, {"tijdlijn.txt": trail})["one_on_one_contacts"]) == ["2025-03-15", "2025-04-24"]


def test_a_new_housemate_told_of_by_kin_is_in_the_foster_home(tmp_path: Path, nlp) -> None:
    plan = ("Hulpverleningsplan\nPleegkind: Sem Bakker (9)\nNetwerkpleegzorg bij zus Fatma (26) en zwager Hasan Demir, "
            "sinds 01-09-2022\n")
    journal = ("12-02-2025 | telefonisch | Hasan meldt dat zijn neef Yusuf (22) sinds zaterdag 8 februari bij hen inwoont.\n"
               "03-03-2025 | telefonisch | Oma meldt dat haar zoon Kerem (30) sinds 1 maart weer bij hen woont.\n")
    changes = audit_files(tmp_path / "WFE-2", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)["rescreening"]["changes"]
    assert [c["date"] for c in changes] == ["2025-02-08", "2025-03-01"]


def test_foster_parents_named_with_kin_words_ages_and_letters_beyond_latin_1() -> None:
    texts = ["Netwerkpleegzorg bij zus Fatma (26) en zwager Hasan Demir, sinds 01-09-2022.",
             "Plaatsing: netwerkpleegzorg bij tante Ayşe Kaya en oom Mehmet Kaya."]
    assert foster_parent_names(texts[:1], set()) == {"Fatma", "Hasan"}
    assert foster_parent_names(texts[1:], set()) == {"Ayşe", "Mehmet"}


def test_kin_words_of_other_languages_name_the_foster_parents(tmp_path: Path, nlp) -> None:
    plan = "Hulpverleningsplan\nPleegkind: Yara Haddad (11)\nNetwerkpleegzorg bij tante Rania en oom Samir Haddad\n"
    journal = ("10-02-2025 | school | Op school met Yara gesproken zonder khala erbij.\n"
               "12-03-2025 | huisbezoek | Khala vertelt dat zij Yara na de omgang apart heeft genomen om te vragen "
               "waarom ze zo stil was.\n")
    audit = audit_files(tmp_path / "WFE-3", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert _dates(audit["one_on_one_contacts"]) == ["2025-02-10"]


def test_a_check_in_a_parents_home_and_a_check_that_is_no_rescreening(tmp_path: Path, nlp) -> None:
    journal = ("05-02-2025 | PZB | Veiligheidscheck uitgevoerd in de woning van moeder, omdat bekeken wordt of de "
               "omgang daar kan plaatsvinden.\n"
               "19-03-2025 | PZB | Jaarlijkse veiligheidscheck met Anja en Ruud gedaan. De veiligheidscheck vervangt de "
               "herscreening niet.\n")
    audit = _audit(tmp_path, nlp, {"journaal.txt": journal})
    assert _dates(audit["safety_checks"]) == ["2025-03-19"]
    assert "2025-02-05" not in _dates(audit["home_visits"])
    assert audit["rescreening"]["rescreenings"] == []


def test_a_call_with_the_child_while_the_foster_parents_were_out(tmp_path: Path, nlp) -> None:
    journal = ("11-02-2025 | telefonisch | Gisteren Lotte gebeld op haar mobiel; pleegmoeder was niet thuis, zij zat "
               "alleen op haar kamer.\n"
               "09-04-2025 | telefonisch | Lotte belde vanaf haar kamer, alleen; pleegouders waren naar een verjaardag.\n"
               "14-05-2025 | telefonisch | Lotte belde over haar rapport; pleegmoeder was erbij.\n")
    assert _dates(_audit(tmp_path, nlp, {"journaal.txt": journal})["one_on_one_contacts"]) == ["2025-02-10", "2025-04-09"]


def test_going_out_with_the_child_while_the_foster_parent_named_in_the_row_stayed_home(tmp_path: Path, nlp) -> None:
    register = ("Datum | Contactvorm | Aanwezig | Verslag\n"
                "27-11-2024 | huisbezoek | tante Rania, Lotte, PZB | Na de thee zijn Lotte en ik samen naar het park "
                "gelopen, tante Rania bleef thuis om te koken.\n"
                "15-01-2025 | huisbezoek | tante Rania, Lotte, PZB | Samen gekookt en gegeten.\n")
    assert _dates(_audit(tmp_path, nlp, {"contacten.txt": register})["one_on_one_contacts"]) == ["2024-11-27"]


def test_a_family_named_by_its_surname_is_the_foster_home(tmp_path: Path, nlp) -> None:
    plan = "Hulpverleningsplan\nPleegkind: Lotte de Boer (11)\nWeekendgezin: Naima en Rachid Bouzid\n"
    journal = ("09-03-2025 | PZB | Bezoek tijdens het logeerweekend bij gezin Bouzid.\n"
               "14-04-2025 | PZB | Jaarlijkse veiligheidscheck afgenomen bij gezin Bouzid.\n"
               "20-05-2025 | PZB | Bezoek bij gezin van moeder over de omgang.\n")
    audit = audit_files(tmp_path / "WFE-4", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    assert _dates(audit["home_visits"]) == ["2025-03-09", "2025-04-14"]


def test_a_plans_dated_line_dates_its_own_visit(tmp_path: Path, nlp) -> None:
    report = ("Hulpverleningsplan Lotte de Boer – evaluatie\n"
              "Datum: woensdag 12 maart 2025, bij het pleeggezin thuis.\n"
              "Aanwezig: Anja en Ruud Smit, Lotte en de pleegzorgbegeleider.\n"
              "Doelen\n1. Lotte fietst vóór de zomer van 2025 zelf naar school.\n")
    audit = _audit(tmp_path, nlp, {"hulpverleningsplan_evaluatie.txt": report})
    assert _dates(audit["home_visits"]) == ["2025-03-12"]
