"""Contacts with an older youth told as what the worker did with them, in notes without a subject
(issue 9): taking the youth somewhere, picking them up, the youth dropping by at the office, and a note
that closes with "zij en ik".

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = "Toekomstplan\nJongere: Romy Dekker (17)\nPleeggezin: Ellen en Wouter Smit\nStart plaatsing: 01-03-2021\n"


def _dates(tmp_path: Path, nlp, journal: str, name: str = "OUT-1") -> list[str]:
    audit = audit_files(tmp_path / name, nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    return sorted(f["date"] for f in audit["one_on_one_contacts"])


def test_outings_and_pickups_by_the_worker_are_contacts(tmp_path: Path, nlp) -> None:
    journal = ("[04-02-2025 16:10] PZB Karin [notitie]: Met Romy naar het stadskantoor voor haar ID-kaart.\n"
               "[11-03-2025 17:00] PZB Karin [notitie]: Romy opgehaald bij haar bijbaan en naar de tandarts gebracht.\n"
               "[20-03-2025 09:00] PZB Karin [notitie]: Afgelopen dinsdag Romy van school gehaald voor de intake bij het ROC.\n"
               "[02-04-2025 18:00] PZB Karin [notitie]: Romy kwam na haar stage langs op kantoor.\n"
               "[15-04-2025 13:00] PZB Karin [notitie]: Met Romy geluncht bij het strandpaviljoen, zij en ik.\n")
    assert _dates(tmp_path, nlp, journal) == ["2025-02-04", "2025-03-11", "2025-03-18", "2025-04-02", "2025-04-15"]


def test_others_fetching_the_youth_or_plans_and_quotes_are_no_contacts(tmp_path: Path, nlp) -> None:
    journal = ("[04-02-2025 16:10] Ellen: Romy opgehaald door Wouter na het feest.\n"
               "[05-02-2025 09:00] PZB Karin [notitie]: Taart gehaald voor het afscheid van een collega.\n"
               "[06-02-2025 10:00] PZB Karin [notitie]: Romy meegenomen in het plan voor de zomer.\n"
               "[07-02-2025 11:00] PZB Karin [notitie]: Ellen vertelt: \"We gaan zaterdag samen naar de stad, zij en ik.\"\n"
               "[08-02-2025 12:00] PZB Karin [notitie]: Met Wouter naar de bouwmarkt voor een bureau voor Romy.\n")
    assert _dates(tmp_path, nlp, journal, "OUT-2") == []
