"""A report that names only the month of an event ("De veiligheidscheck is in september gedaan"), and
checks that are no checks of this foster family: a form the foster parent filled in alone, a check only
prepared, a risk assessment of the birth parent's home (issue 9).

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Bakker\nPleeggezin: Els en Wim Visser\nStart plaatsing: 01-03-2022\n"


def _report(body: str) -> str:
    return f"Voortgangsrapportage pleegzorg\nPleegkind: Noor Bakker\nDatum: 15-01-2025\n\n{body}\n"


def _dates(audit: dict, field: str) -> list[str]:
    return [e["date"] for e in audit[field]]


def test_a_month_in_the_triggers_clause_dates_the_event(tmp_path: Path, nlp) -> None:
    report = _report("De veiligheidscheck is in september gedaan, met een gesprek met Noor alleen.")
    audit = audit_files(tmp_path / "MON-1", nlp, {"plan.txt": PLAN, "rapportage.txt": report}, AS_OF)
    assert _dates(audit, "safety_checks") == ["2024-09"]
    report = _report("In oktober hebben we de veiligheidscheck bij Els en Wim thuis gedaan.")
    audit = audit_files(tmp_path / "MON-2", nlp, {"plan.txt": PLAN, "rapportage.txt": report}, AS_OF)
    assert _dates(audit, "safety_checks") == ["2024-10"]


def test_the_month_joins_the_day_another_file_gives(tmp_path: Path, nlp) -> None:
    journal = "12-09-2024 | PZB | Veiligheidscheck met Els en Wim afgenomen; Noor apart gesproken op haar kamer.\n"
    report = _report("De veiligheidscheck is in september gedaan.")
    audit = audit_files(tmp_path / "MON-3", nlp, {"plan.txt": PLAN, "rapportage.txt": report,
                                                   "journaal.txt": journal}, AS_OF)
    assert _dates(audit, "safety_checks") == ["2024-09-12"]


def test_a_month_that_dates_something_else_dates_no_event(tmp_path: Path, nlp) -> None:
    for i, body in enumerate(["Sinds september woont Noor op de bovenverdieping; de veiligheidscheck is gedaan.",
                              "De doelen uit het plan van februari zijn met Els en Wim doorgelopen.",
                              "De PZB rondt de veiligheidscheck in juli af."]):
        audit = audit_files(tmp_path / f"MON-4{i}", nlp, {"plan.txt": PLAN, "rapportage.txt": _report(body)}, AS_OF)
        assert not [d for f in ("safety_checks", "goal_evaluations") for d in _dates(audit, f)
                    if d in ("2024-09", "2024-02", "2024-07", "2025-02")], body


def test_a_form_the_foster_parent_filled_in_alone_is_no_check(tmp_path: Path, nlp) -> None:
    journal = ("10-02-2025 | PZB | Veiligheidscheckformulier door PM ingevuld en per mail teruggestuurd.\n"
               "03-03-2025 | PZB | Els heeft het formulier van de veiligheidscheck zelf alvast ingevuld; "
               "bespreking met het gezin volgt.\n"
               "20-03-2025 | PZB | Veiligheidscheck voorbereid, maar het is er niet van gekomen.\n")
    audit = audit_files(tmp_path / "MON-5", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert audit["safety_checks"] == []


def test_a_check_of_the_birth_parents_home_is_none_of_this_family(tmp_path: Path, nlp) -> None:
    journal = ("14-02-2025 | JB | Risicotaxatie thuissituatie moeder (LIRIK) afgenomen: matig risico.\n"
               "20-02-2025 | PZB | Huisbezoek bij M thuis, veiligheidsinschatting woonsituatie M doorgenomen.\n")
    audit = audit_files(tmp_path / "MON-6", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    assert audit["safety_checks"] == []
