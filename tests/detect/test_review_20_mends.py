"""The twentieth session's review (a helper without corpus access): counter-examples to the planning-sheet,
markdown and time-with-the-child readings. Every sentence is written for this test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from audit.detect.one_on_one import _present
from audit.structure.markup import is_markdown, without_markup
from audit.structure.tables import realised_reading, text_tables
from audit.types import Block, Document
from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 12, 1)
PLAN = ("Hulpverleningsplan\nPleegkind: Noor Veenstra\nPleegouders: Marieke en Joost Dekker\n"
        "Start plaatsing: 01-03-2022\n")


def run(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "R20-1", nlp, {"plan.txt": PLAN, **files}, AS_OF)


def journal(*lines: str) -> dict[str, str]:
    return {"journaal.txt": "Journaal PZB - Noor Veenstra\n\n" + "\n\n".join(lines) + "\n"}


@pytest.mark.parametrize("cell, state, day", [
    ("11-03-2025", "day", "2025-03-11"),
    ("11-03-2025 (verschoven)", "day", "2025-03-11"),  # the day it opens with took place
    ("11-03-2025, eerder gepland op 04-03", "day", "2025-03-11"),
    ("verschoven naar 18-03-2025", "not", None),
    ("vervallen", "not", None),
    ("—", "not", None),
    ("ja", "unknown", None),  # realised, its day told elsewhere
    ("behaald", "unknown", None),
    ("maart 2025", "unknown", None),
])
def test_a_realised_cell_is_read_for_its_day_or_its_refusal(cell, state, day):
    got_state, mention = realised_reading(cell, dt.date(2025, 6, 1))
    assert (got_state, mention.iso() if mention else None) == (state, day)


def test_tables_that_are_no_planning_sheet_keep_their_events(tmp_path, nlp):
    register = ("Contactregister Noor Veenstra\nDatum | Soort contact | Gepland | Uitgevoerd door | Verslag\n"
                "04-03-2025 | HB | ja | PZB | Noor apart gesproken op haar kamer, Marieke was beneden.\n"
                "18-03-2025 | TC | ja | PZB | telefonisch met Marieke over school\n")
    assert event_dates(run(tmp_path, nlp, {"register.txt": register}), "one_on_one_contacts") == ["2025-03-04"]


def test_a_realised_day_that_was_moved_is_still_that_day(tmp_path, nlp):
    sheet = ("Planning en realisatie - Noor Veenstra\nDossier: R20-1 | Pleegzorg Noord\nPeriode: maart 2025\n\n"
             "Activiteit | Gepland | Gerealiseerd | Toelichting\n"
             "Individueel contact PK | 04-03-2025 | 11-03-2025 (verschoven) | apart gesproken in de bibliotheek\n"
             "Individueel contact PK | 25-03-2025 | ja | samen met pleegkind Tim naar de bibliotheek, Noor apart "
             "gesproken op 25-03-2025\n")
    assert event_dates(run(tmp_path, nlp, {"planning.txt": sheet}), "one_on_one_contacts") == [
        "2025-03-11", "2025-03-25"]


@pytest.mark.parametrize("line", [
    "12-03-2025 Notitie\nNoor kwam vandaag niet naar kantoor, ze was ziek.",
    "12-03-2025 Notitie\nNoor kwam volgende week naar kantoor, dan bespreken we de vakantie.",
    "12-03-2025 Notitie\nNoor kwam naar kantoor voor de omgang met haar moeder.",
    "12-03-2025 Notitie\nIk heb Noor en pleegmoeder meegenomen naar de huisarts.",
    "12-03-2025 Notitie\nKennismaking met de nieuwe voogd op kantoor zonder pleegouders.",
    "12-03-2025 Notitie\nMet Noor gaat het goed op school, ze heeft het naar haar zin gehad in de klas.",
])
def test_no_time_alone_with_the_child(tmp_path, nlp, line):
    assert event_dates(run(tmp_path, nlp, journal(line)), "one_on_one_contacts") == []


def test_a_foster_parents_dated_log_is_theirs(tmp_path, nlp):
    log = ("Logboek pleegouders - Noor\n\n12-03-2025 Met Noor naar de tandarts, ging goed.\n"
           "19-03-2025 Met Noor naar de kapper geweest.\n")
    assert event_dates(run(tmp_path, nlp, {"logboek_pleegouders.txt": log}), "one_on_one_contacts") == []


def test_a_planning_row_with_a_foster_parent_there_and_one_met_afterwards(tmp_path, nlp):
    sheet = ("Planning en realisatie - Noor Veenstra\nActiviteit | Gepland | Gerealiseerd | Toelichting\n"
             "Individueel contact PK | 04-03-2025 | 04-03-2025 | thuis, PM zat erbij\n"
             "Individueel contact PK | 18-03-2025 | 18-03-2025 | apart gesproken op haar kamer, daarna samen met PM "
             "de afspraken doorgenomen\n")
    assert event_dates(run(tmp_path, nlp, {"planning.txt": sheet}), "one_on_one_contacts") == ["2025-03-18"]


@pytest.mark.parametrize("text, there", [
    ("Met Noor gepraat, PM erbij.", True),
    ("Met Noor getekend, Marieke zat ernaast.", True),  # by name
    ("Met Noor gelezen; oom was er ook bij.", True),
    ("Met Noor gepraat in het bijzijn van PV.", True),
    ("Met Noor een ijsje gegeten, ze vertelde over de ruzie met pleegmoeder.", False),  # the topic
    ("Met Noor een spelletje gespeeld, daarna samen met PM de planning besproken.", False),  # afterwards
    ("Met Noor naar de film geweest, PO bij de deur afgezet.", False),
    ("Met Noor naar de stad, PM was er niet bij.", False),
])
def test_a_foster_parent_there_or_only_named(text, there):
    assert _present(text, frozenset({"marieke", "joost"})) is there


def test_two_entries_on_one_day_a_concept_and_a_check(tmp_path, nlp):
    notes = ("07-10-2025 09:15 Notitie\nVeiligheidscheck 2025 als concept klaargezet in het systeem.\n\n"
             "07-10-2025 14:00 Huisbezoek\nVeiligheidscheck 2025 uitgevoerd met Marieke en Joost, alle vragen "
             "doorgelopen. Noor apart gesproken op haar kamer.\n")
    assert event_dates(run(tmp_path, nlp, journal(notes)), "safety_checks") == ["2025-10-07"]


def _doc(text: str, name: str = "notities.txt") -> Document:
    blocks, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        blocks.append(Block("line", pos, pos + len(line), i))
        pos += len(line) + 1
    return Document(name=name, path=Path(name), sha256="", reader="txt", text=text, blocks=blocks)


def test_markdown_table_cells_empty_or_with_their_own_colon():
    text = ("## Planning\n## Maart\n| Activiteit | Gepland | Gerealiseerd | Toelichting |\n|---|---|---|---|\n"
            "| Individueel contact PK | | 11-03-2025 | extra contact |\n| Apart gesproken: | ja | ja | - |\n")
    out = without_markup(_doc(text))
    (table,) = text_tables(out.text)
    rows = [[out.text[a:b] for a, b in row.cells] for row in table.rows]
    assert rows == [["Individueel contact PK", "", "11-03-2025", "extra contact"], ["Apart gesproken:", "ja", "ja", "-"]]


def test_a_hash_column_is_no_heading_and_a_md_file_is_markdown():
    text = "# | Doel | Wie\n1 | Noor fietst zelf naar school | Noor\n"
    out = without_markup(_doc(text, "plan.md"))
    assert out.text.startswith("# | Doel")
    assert all(b.kind != "heading" for b in out.blocks)
    assert is_markdown("- [ ] steunfiguur bespreken met Noor\n", "notitie.md")
