"""What a review of the thirteenth session's rules found too broad or too narrow (issue 9): each case
here was handled wrongly before the mend. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

from audit.detect.cases import is_this_child, surname_initials
from audit.detect.form_fields import heard_fields, label_answered_no
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Bakker\nPleeggezin: Els en Wim Visser\nStart plaatsing: 01-03-2022\n"


def _audit(tmp_path: Path, nlp, name: str, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / name, nlp, {"plan.txt": PLAN, **files}, AS_OF)


def test_a_journal_sentence_with_a_colon_is_no_form_field() -> None:
    for line in ["04-03-2025 | PZB | Noor apart gesproken over teruggaan naar mama: nee, ze wil hier blijven.",
                 "Noor alleen gesproken. Wil ze iets veranderen: nee.", "Gesprek met Noor alleen gehad: niet veel gezegd"]:
        word = "apart" if "apart" in line else "alleen"
        assert not label_answered_no(line, line.find(word), line.find(word) + len(word)), line


def test_a_plan_listing_the_homes_children_with_their_workers_is_no_round(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\nBroers en zussen\nNoor (10 jr) – PZB Anouk\nSem (15 jr) – JB mevr. de Wit\n\n"
               "04-03-2025 | PZB | Na school met Noor alleen een rondje gelopen, over haar vriendinnen.\n")
    audit = audit_files(tmp_path / "REV-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert [e["date"] for e in audit["one_on_one_contacts"]] == ["2025-03-04"]


def test_this_childs_case_with_its_full_surname_or_a_capital_tussenvoegsel() -> None:
    assert is_this_child("Noor Bakker", {"Noor"}, {"B"})
    assert surname_initials(["Pleegkind: Noor De Vries\n"], {"Noor"}) == {"V"}
    assert surname_initials(["Pleegkind: Noor Geboortedatum: 03-05-2015\n"], {"Noor"}) == set()


def test_a_month_in_the_next_clause_or_the_talks_topic_dates_nothing(tmp_path: Path, nlp) -> None:
    journal = ("05-03-2025 | PZB | Veiligheidscheck met Els en Wim gedaan en Noor gaat in juni op kamp.\n"
               "12-03-2025 | PZB | Met Noor apart gesproken over het kamp in juni.\n")
    audit = _audit(tmp_path, nlp, "REV-2", {"journaal.txt": journal})
    assert [e["date"] for e in audit["safety_checks"]] == ["2025-03-05"]
    assert [e["date"] for e in audit["one_on_one_contacts"]] == ["2025-03-12"]


def test_a_check_is_kept_when_the_child_prepared_something_or_the_birth_home_is_a_topic(tmp_path: Path, nlp) -> None:
    journal = ("04-02-2025 | PZB | Jaarlijkse veiligheidscheck met Els en Wim gedaan, Noor had haar eigen vragen voorbereid.\n"
               "11-03-2025 | PZB | Vragenlijst veiligheidscheck door PM met mij ingevuld.\n"
               "15-04-2025 | PZB | Veiligheidscheck met Els en Wim doorgenomen. Ook de thuissituatie van moeder "
               "besproken i.v.m. de omgang.\n")
    audit = _audit(tmp_path, nlp, "REV-3", {"journaal.txt": journal})
    assert [e["date"] for e in audit["safety_checks"]] == ["2025-02-04", "2025-03-11", "2025-04-15"]


def test_a_blank_yes_no_field_is_no_answer() -> None:
    assert [f.value for f in heard_fields("Jeugdige gesproken: ja / nee\n")] == [None]


def test_a_weekday_inside_an_aside_is_the_asides_date(tmp_path: Path, nlp) -> None:
    journal = "12-09-2024 | PZB | Huisbezoek, Noor apart gesproken op haar kamer (volgend bezoek dinsdag 24-09).\n"
    audit = _audit(tmp_path, nlp, "REV-4", {"journaal.txt": journal})
    assert [e["date"] for e in audit["one_on_one_contacts"]] == ["2024-09-12"]


def test_our_own_orthopedagogue_is_our_scientist(tmp_path: Path, nlp) -> None:
    journal = ("12-03-2025 | PZB | Overleg met de orthopedagoog van pleegzorg bij ons op kantoor: advies om de omgang "
               "met moeder niet uit te breiden zolang Noor na elke omgang slecht slaapt.\n")
    audit = _audit(tmp_path, nlp, "REV-5", {"journaal.txt": journal})
    assert [e["date"] for e in audit["behavioural_scientist_advice"]] == ["2025-03-12"]


def test_a_move_considered_is_no_change(tmp_path: Path, nlp) -> None:
    journal = "11-10-2024 | PZB | Els overweegt te verhuizen naar Zwolle, voor haar werk.\n"
    assert _audit(tmp_path, nlp, "REV-6", {"journaal.txt": journal})["rescreening"]["changes"] == []
