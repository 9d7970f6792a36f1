"""Time alone with a young child is play, reading or a puzzle while the foster parents are elsewhere.

Every sentence is written for this test.
"""
import datetime as dt
from pathlib import Path

from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = ("Pleegzorg Zuidvliet - journaal\nJeugdige: Daan Kuiper (geb. 02-03-2021)\n"
          "Pleegouders: Ellen en Ruben Smit, bestandspleeggezin; dochter Lieke Smit (6) woont thuis\n\n")


def run(tmp_path: Path, nlp, *entries: str) -> list[str]:
    files = {"journaal.txt": HEADER + "\n\n".join(entries) + "\n"}
    audit = audit_files(tmp_path / "DOS-5", nlp, files, AS_OF)
    return [c["date"] for c in audit["one_on_one_contacts"]]


def test_play_while_the_foster_parents_are_elsewhere_is_time_alone(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nTerwijl Ellen boven de was ophing, heb ik met Daan met de duplo gespeeld.",
               "11-03-2025 | Huisbezoek | PZB\nRuben zat boven met Lieke; ik heb beneden met Daan een puzzel gemaakt.",
               "08-04-2025 | Huisbezoek | PZB\nEllen liet Daan en mij een kwartier alleen in de woonkamer.") == [
        "2025-02-04", "2025-03-11", "2025-04-08"]


def test_play_with_a_foster_parent_or_with_another_child_is_not(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nIk heb met Ellen de foto's bekeken en gepuzzeld terwijl Daan boven sliep.",
               "11-03-2025 | Huisbezoek | PZB\nTerwijl Ellen boven was, heb ik met Lieke een tekening gemaakt.") == []


def test_the_away_clause_ends_where_the_activity_begins(tmp_path, nlp):
    assert run(tmp_path, nlp,
               "04-02-2025 | Huisbezoek | PZB\nTerwijl Ellen boven was heb ik met Lieke een tekening gemaakt.",
               "11-03-2025 | Huisbezoek | PZB\nIk heb met Ellen en Daan gepuzzeld terwijl Ruben boodschappen deed.") == []
