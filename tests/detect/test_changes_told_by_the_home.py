"""Changes in the foster family told the way journals tell them (issue 9, rescreening_after_change).

A foster parent who calls in is named, not labelled ("Carla vertelt dat Rob sinds gisteren bij haar
woont"); the family is named by its surname ("Fam. Visser is op 25 augustus verhuisd"). Every
sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 12, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Bakker (8)\nStart plaatsing: 01-03-2023\n"


def _rescreening(tmp_path: Path, nlp, journal: str, plan: str = PLAN) -> tuple[dict, str]:
    found = audit_files(tmp_path / "RES-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, AS_OF)
    return found["rescreening"], found["norms"]["rescreening_after_change"]


def test_a_named_teller_tells_of_her_own_home_not_of_an_upcoming_move_or_a_birth_parent(tmp_path: Path, nlp) -> None:
    journal = ("04-02-2025 | PZB\nHuisbezoek bij Carla en Noor, alles rustig.\n\n"
               "12-03-2025 | PZB\nCarla vertelt dat Rob sinds gisteren bij haar woont.\n")
    change, norm = _rescreening(tmp_path, nlp, journal)
    assert change["change"]["date"] == "2025-03-11" and norm == "fails"
    journal = ("04-02-2025 | PZB\nHuisbezoek bij Carla en Noor, alles rustig.\n\n"
               "12-03-2025 | PZB\nCarla: thuis rustiger, wel veel gedoe rond de verhuizing in april.\n\n"
               "20-05-2025 | PZB\nKim belt: moeder heeft een nieuwe vriend, hij woont sinds maart bij haar.\n")
    change, norm = _rescreening(tmp_path / "other", nlp, journal)
    assert change["change"] is None and norm == "n/a"


def test_the_family_named_by_its_surname_has_moved(tmp_path: Path, nlp) -> None:
    plan = PLAN + "Pleeggezin: Visser\n"
    journal = ("10-01-2025 | PZB\nCrisisplaatsing van een ander kind bij fam. Visser besproken met de JB.\n\n"
               "02-09-2025 | PZB\nFam. Visser is op 25 augustus verhuisd naar de Meidoornlaan in Oosterbroek.\n")
    change, norm = _rescreening(tmp_path, nlp, journal, plan)
    assert change["change"]["date"] == "2025-08-25" and norm == "fails"
