"""One safety check, several records of it (issue 9): the form, the journal line, a line about an
earlier check. Whether the child was heard is read over the check's own records, not over lines
about another check, and a form shows it was filled in by more than a "Datum afname" label.

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Bakker\nPleeggezin: Els en Wim Visser\nStart plaatsing: 01-03-2022\n"


def _checks(audit: dict) -> dict[str, bool]:
    return {c["date"]: c["child_spoken"] for c in audit["safety_checks"]}


def test_a_line_about_the_previous_check_does_not_speak_for_this_one(tmp_path: Path, nlp) -> None:
    form = ("VEILIGHEIDSCHECK PLEEGGEZIN\nPleegkind: Noor Bakker\nDatum uitvoering: 04-02-2025\n"
            "Vorige check: 12-01-2024 (toen zonder Noor, zij had zwemles)\n\n"
            "Gesprek met Noor\nNoor vertelt op haar kamer wat ze fijn vindt thuis. Ze voelt zich veilig bij Els en Wim.\n"
            "Samenvatting: check gedaan, Noor apart gevraagd naar haar eigen beleving.\n")
    audit = audit_files(tmp_path / "UNI-1", nlp, {"plan.txt": PLAN, "veiligheidscheck_2025.txt": form}, AS_OF)
    assert _checks(audit) == {"2024-01-12": False, "2025-02-04": True}


def test_the_form_of_the_same_day_tells_the_journal_line_the_child_was_heard(tmp_path: Path, nlp) -> None:
    journal = "04-02-2025 | PZB | Huisbezoek; de jaarlijkse veiligheidscheck met Els en Wim gedaan.\n"
    form = ("Veiligheidscheck pleeggezin\nPleegkind: Noor Bakker\nDatum: 04-02-2025\n\n"
            "Na het deel met de pleegouders heeft Noor haar eigen deel apart gedaan, zonder Els en Wim erbij.\n")
    audit = audit_files(tmp_path / "UNI-2", nlp, {"plan.txt": PLAN, "journaal.txt": journal,
                                                   "veiligheidscheck_2025.txt": form}, AS_OF)
    assert _checks(audit) == {"2025-02-04": True}


def test_a_planned_check_on_that_day_tells_nothing(tmp_path: Path, nlp) -> None:
    journal = ("04-02-2025 | PZB | Huisbezoek; de jaarlijkse veiligheidscheck met Els en Wim gedaan.\n"
               "04-02-2025 | PZB | Een nieuwe veiligheidscheck wordt in het najaar ingepland. Noor heb ik daarna "
               "alleen gesproken over school.\n")
    audit = audit_files(tmp_path / "UNI-3", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert _checks(audit) == {"2025-02-04": False}


def test_a_final_status_or_an_answered_child_field_shows_the_form_was_filled_in(tmp_path: Path, nlp) -> None:
    form = ("Veiligheidscheck pleeggezin\nPleegkind: Noor Bakker\nDatum: 04-02-2025\nPlaats: kantoor Dalfsen\n"
            "Status: definitief\n\n1 Woning en brandveiligheid ....... in orde\n"
            "Jeugdige gesproken: ja, samen met de pleegouders aan tafel\n")
    audit = audit_files(tmp_path / "UNI-4", nlp, {"plan.txt": PLAN, "veiligheidscheck_2025.txt": form}, AS_OF)
    assert _checks(audit) == {"2025-02-04": True}
    blank = form.replace("Status: definitief\n", "").replace("ja, samen met de pleegouders aan tafel", "☐ ja ☐ nee")
    audit = audit_files(tmp_path / "UNI-5", nlp, {"plan.txt": PLAN, "veiligheidscheck_2025.txt": blank}, AS_OF)
    assert _checks(audit) == {}
