"""A planning sheet (Activiteit | Gepland | Gerealiseerd | Toelichting): a row's event is on its realised day;
a row that was called off or moved holds none; its remark is part of the record. Also a markdown journal's
open tasks and an entry that calls its own check a copy. Every sentence is written for this test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 12, 1)
PLAN = ("Hulpverleningsplan\nPleegkind: Noor Veenstra\nPleegouders: Marieke en Joost Dekker\n"
        "Start plaatsing: 01-03-2022\n")
SHEET = """Planning en realisatie - Noor Veenstra
Overzicht maart 2025
Activiteit | Gepland | Gerealiseerd | Toelichting
Individueel contact PK | 04-03-2025 | 11-03-2025 | apart gesproken in de bibliotheek, over haar nieuwe klas
Individueel contact PK | 18-03-2025 | vervallen | Noor ziek
Individueel contact PK | 25-03-2025 | 25-03-2025 | op haar kamer, samen met PM gedaan i.p.v. apart
Individueel contact PK | 27-03-2025 | verschoven naar 2-4 | school had toetsweek
Veiligheidscheck | 20-03-2025 | niet gerealiseerd | gezin op vakantie
Zorgteamoverleg | 26-03-2025 | 26-03-2025 | op kantoor met moeder, PO en JB
Bijgewerkt 31-03-2025 door PZB
"""


def run(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "PLN-1", nlp, files, AS_OF)


def test_a_row_is_on_its_realised_day_and_a_row_not_carried_out_holds_no_event(tmp_path, nlp):
    found = run(tmp_path, nlp, {"plan.txt": PLAN, "planning_2025.txt": SHEET})
    assert event_dates(found, "one_on_one_contacts") == ["2025-03-11"]  # not 04-03 (planned) nor 31-03 (updated)
    assert event_dates(found, "safety_checks") == []
    assert event_dates(found, "care_team_meetings") == ["2025-03-26"]


MARKDOWN = """---
client: Noor Veenstra
---

## 2025-10-07 · veiligheidscheck 2025
Veiligheidscheck 2025 opgestart als concept: vragen half ingevuld, gesprek met het gezin moet nog.

## 2025-10-21 · huisbezoek
**Aanwezig:** Noor, Marieke, PZB
Noor apart gesproken op haar kamer, Marieke was beneden.

## Open taken
- [ ] veiligheidscheck 2025 afronden met het gezin
- [ ] steunfiguur bespreken met Noor
- [x] VGB Joost vernieuwd
"""


def test_a_markdown_journal_s_open_tasks_and_its_concept_check_are_no_events(tmp_path, nlp):
    found = run(tmp_path, nlp, {"plan.txt": PLAN, "wiki-noor.txt": MARKDOWN})
    assert event_dates(found, "safety_checks") == []
    assert event_dates(found, "one_on_one_contacts") == ["2025-10-21"]
    assert found["support_figure"]["documented"] is not True
