"""A form's fields about another check, and a form that is a copy (issue 9).

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Bakker\nPleeggezin: Els en Wim Visser\nStart plaatsing: 01-03-2022\n"
FORM = ("Veiligheidscheck pleeggezin 2025\nPleeggezin: Visser, Dalfsen\nPleegkind: Noor Bakker\n"
        "Datum uitvoering: 04-02-2025\nUitgevoerd door: J. Smit (PZB)\nVorige check: 12-01-2024 (op kantoor, met PO)\n"
        "Samenstelling huishouden\n- Els Visser, pleegmoeder\n- Wim Visser, pleegvader\n\nMening van het kind\n"
        "Noor is apart gesproken op haar kamer, zonder pleegouders. Zij voelt zich veilig.\n")
JOURNAL = "12-01-2024 | PZB | Veiligheidscheck met Els en Wim op kantoor afgenomen; Noor was op school.\n"


def test_a_previous_check_field_dates_nothing_under_it(tmp_path: Path, nlp) -> None:
    audit = audit_files(tmp_path / "FRM-1", nlp, {"plan.txt": PLAN, "veiligheidscheck_2025.txt": FORM,
                                                   "journaal.txt": JOURNAL}, AS_OF)
    assert [c["date"] for c in audit["one_on_one_contacts"]] == ["2025-02-04"]
    checks = {c["date"]: c["child_spoken"] for c in audit["safety_checks"]}
    assert checks == {"2024-01-12": False, "2025-02-04": True}  # the earlier check keeps its own account


def test_a_form_that_says_it_is_a_copy_holds_no_talk(tmp_path: Path, nlp) -> None:
    form = ("Jaarlijkse screening pleeggezin 2025\nPleegkind: Noor Bakker\nDatum formulier: 04-02-2025\n"
            "Let op: antwoorden overgenomen uit de screening van vorig jaar; er is geen nieuw gesprek gevoerd.\n"
            "Vragen\n[x] Woning veilig\n[x] Pleegkind apart gesproken\n")
    audit = audit_files(tmp_path / "FRM-2", nlp, {"plan.txt": PLAN, "screening_2025.txt": form}, AS_OF)
    assert audit["one_on_one_contacts"] == []


def test_a_copied_form_still_dates_the_earlier_talk_it_names(tmp_path: Path, nlp) -> None:
    form = ("Jaarlijkse screening pleeggezin 2025\nPleegkind: Noor Bakker\nDatum formulier: 04-02-2025\n"
            "Let op: antwoorden overgenomen uit de check van 12-01-2024; geen nieuw gesprek gevoerd.\n"
            "Jeugdige gesproken (12-01-2024): ja, alleen, op haar kamer\n")
    audit = audit_files(tmp_path / "FRM-3", nlp, {"plan.txt": PLAN, "screening_2025.txt": form}, AS_OF)
    assert [c["date"] for c in audit["one_on_one_contacts"]] == ["2024-01-12"]


def test_a_concept_check_in_a_note_is_no_check(tmp_path: Path, nlp) -> None:
    journal = ("10-05-2025 | PZB | Concept VC ingevuld op kantoor (formulier 2024 als basis).\n"
               "12-05-2025 | PZB | Gebeld met Els over de zomer.\n")
    audit = audit_files(tmp_path / "FRM-4", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert audit["safety_checks"] == []
