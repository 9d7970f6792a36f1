"""Detectors on notes typed in a hurry: informal spellings and a temp's own start date.

Every sentence is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.detect.facts import placement
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEAD = "logboek pk daan kuiper (11) - 2025\npleeggezin kuiper, dorpshaven\n\n"


def run(tmp_path: Path, nlp, *lines: str) -> dict:
    return audit_files(tmp_path / "DOS-9", nlp, {"logboek.txt": HEAD + "\n".join(lines) + "\n"}, AS_OF)


def test_nie_negates_as_niet_does(tmp_path, nlp):
    audit = run(tmp_path, nlp, "4/3 hb fam kuiper, daan wou nie alleen praten, pm bleef erbij",
                "11-3 tel pv over school", "20/3 hb, daan alleen gesproken op zn kamer")
    assert [c["date"] for c in audit["one_on_one_contacts"]] == ["2025-03-20"]


def test_a_temps_start_day_is_no_placement_start_when_a_file_names_one():
    journal = "notities invalkracht\nstart 25-11-2024, dossier overgenomen van de vaste pzb\n"
    plan = "Hulpverleningsplan\nSoort plaatsing: bestandsplaatsing (perspectiefbiedend), sinds 4 oktober 2021\n"
    assert placement([journal, plan])[1].iso() == "2021-10-04"
    assert placement([journal])[1].iso() == "2024-11-25"  # no other: the bare label is all there is


def test_a_day_after_sinds_elsewhere_in_the_placement_line_is_no_start():
    assert placement(["Reden plaatsing: zorgen om moeder; vader zit sinds 03-01-2021 vast\n"])[1] is None
