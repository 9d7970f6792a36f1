"""The behavioural scientist's own consultation register (issue 9): its "Advies:" lines are hers though a
record names only its date and asker; a record that says it concerns a brother is his; a label naming a
brother ("Betreft: Milan V. (broer, 12)") does not name the foster child. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

from audit.detect import facts
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Bakker\nPleeggezin: Els en Wim Visser\nStart plaatsing: 01-03-2022\n"
REGISTER = ("Consultatieregister gedragswetenschapper\nDossier – Noor Bakker – GW: Joke Smit\n"
            "Datum: 12-11-2024\nAangevraagd door: A. de Wit (PZB)\nVraag PZB: Noor voelt zich de logé. Hoe versterken Els en "
            "Wim haar plek?\nAdvies: eigen taken en eigen privileges voor Noor als oudste, vaste tijd alleen met Els.\n\n"
            "Datum: 20-01-2025 | Betreft: Sem Bakker (broer, 12). Vraag: Sem wil zijn zus vaker zien. | Advies: contact via "
            "Noor zelf laten lopen, een keer per maand iets samen.\n")


def test_the_advice_lines_of_the_scientists_register(tmp_path: Path, nlp) -> None:
    audit = audit_files(tmp_path / "REG-1", nlp, {"plan.txt": PLAN, "consultatieregister.txt": REGISTER}, AS_OF)
    assert [e["date"] for e in audit["behavioural_scientist_advice"]] == ["2024-11-12"]


def test_an_advice_line_elsewhere_still_needs_the_scientist_named(tmp_path: Path, nlp) -> None:
    notes = "Contactregister\nDatum: 12-11-2024\nAdvies: eigen taken en eigen privileges voor Noor als oudste.\n"
    audit = audit_files(tmp_path / "REG-2", nlp, {"plan.txt": PLAN, "register.txt": notes}, AS_OF)
    assert audit["behavioural_scientist_advice"] == []


def test_a_label_naming_a_brother_names_no_foster_child() -> None:
    assert facts.child_names(["Pleegkind: Noor B.\nBetreft: Sem Bakker (broer, 12). Vraag: ...\n"]) == {"Noor"}
