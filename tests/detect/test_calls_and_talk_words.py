"""A call from the child with the foster parents away, and talks named by a compound ("vervolggesprek").

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Kevin Smit\nPleeggezin: Ria en Henk de Boer\nStart plaatsing: 01-03-2023\n"


def _dates(tmp_path: Path, nlp, journal: str) -> list[str]:
    audit = audit_files(tmp_path / "CAL-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    return [c["date"] for c in audit["one_on_one_contacts"]]


def test_the_child_calling_with_the_foster_parents_away_is_a_one_on_one_contact(tmp_path: Path, nlp) -> None:
    journal = ("20-01-2025 | Beeldbellen\nKevin belde vanaf zijn stageplek in de pauze; geen pleegouders erbij.\n"
               "03-02-2025 | Telefoon\nMoeder belde vanaf haar werk; pleegouders niet aanwezig.\n")
    assert _dates(tmp_path, nlp, journal) == ["2025-01-20"]  # the mother's call is no contact with Kevin


def test_a_follow_up_talk_alone_is_a_one_on_one_contact(tmp_path: Path, nlp) -> None:
    journal = "14-10-2024 | Gesprek\nVervolggesprek met Kevin alleen, in de snackbar.\n"
    assert _dates(tmp_path, nlp, journal) == ["2024-10-14"]
