"""Changes in the foster home told in plain words, and the later sentences that only look back on them
(issue 9, rescreening_after_change).

A foster-care file records the foster home's news: "Op 2 maart is Tijn geboren", "Erwin woont sinds
1 juni bij haar in", "Henk heeft een hartinfarct gehad" need no foster word to be about the home; a birth
parent or the child herself in the sentence makes it another home's news. "Sinds het herseninfarct is
opa sneller boos" is no new change. Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

import pytest

from audit.detect import facts
from audit.detect.dating import since_date
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 12, 1)
PLAN = ("Hulpverleningsplan\nPleegkind: Noor Bakker (8)\nPleegouders: Carla en Wim Smit\n"
        "Start plaatsing: 01-03-2023\n")


def _change(tmp_path: Path, nlp, *entries: str) -> tuple[dict | None, str]:
    journal = "\n\n".join(entries) + "\n"
    found = audit_files(tmp_path / "RES-2", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    return found["rescreening"]["change"], found["norms"]["rescreening_after_change"]


@pytest.mark.parametrize("entry, day", [
    ("14-04-2025 | PZB\nOp 12 april is Tijn geboren, moeder en kind maken het goed.", "2025-04-12"),
    ("14-04-2025 | PZB\nErwin woont sinds 1 april bij Carla in.", "2025-04-01"),
    ("14-04-2025 | PZB\nOpa Henk heeft afgelopen vrijdag een hartinfarct gehad.", "2025-04-11"),
    ("14-04-2025 | PZB\nSinds 2 april woont er een tweede pk in het gezin, een jongen van 3.", "2025-04-02"),
    ("20-10-2025 | PZB\nOpa Kees woont sinds juni in de aanbouw.", "2025-06"),
])
def test_a_change_told_plainly_is_the_foster_homes(tmp_path: Path, nlp, entry: str, day: str) -> None:
    change, norm = _change(tmp_path, nlp, entry)
    assert change is not None and change["date"] == day and norm == "fails"


@pytest.mark.parametrize("entry", [
    "14-04-2025 | PZB\nMoeder vertelt dat haar vriend sinds 1 april bij haar woont.",
    "14-04-2025 | PZB\nNoor woont sinds 1 maart 2023 bij Carla en Wim.",
    "14-04-2025 | PZB\nNoor is sinds de verhuizing van haar vriendin wat stiller op school.",
])
def test_a_birth_parents_or_the_childs_own_news_is_no_change_of_the_home(tmp_path: Path, nlp, entry: str) -> None:
    change, norm = _change(tmp_path, nlp, entry)
    assert change is None and norm == "n/a"


def test_looking_back_on_a_change_after_its_rescreening_is_no_new_change(tmp_path: Path, nlp) -> None:
    change, norm = _change(tmp_path, nlp,
                           "03-02-2025 | PZB\nWim heeft gisteren een herseninfarct gehad.",
                           "10-03-2025 | PZB\nHerscreening van het gezin uitgevoerd door het screeningsteam, met Carla en Wim.",
                           "12-06-2025 | PZB\nWim is sinds het herseninfarct sneller moe; Noor helpt mee in huis.",
                           "15-09-2025 | PZB\nSinds opa er woont is het drukker in huis.")
    assert change is not None and change["date"] == "2025-02-02" and norm == "meets"


def test_since_a_month_without_a_year_is_the_latest_such_month():
    assert since_date("Oma woont sinds juni in de aanbouw.", dt.date(2024, 10, 8)).date == dt.date(2024, 6, 1)
    assert since_date("Kevin woont sinds november bij hen.", dt.date(2025, 2, 3)).date == dt.date(2024, 11, 1)


def test_a_second_foster_child_named_after_a_label_is_not_our_child():
    texts = ["Jaarevaluatie\nIn het gezin wonen Femke en Jasper, Ravi, en sinds april 2025 pleegkind Noah (4).\n"]
    assert "Noah" not in facts.child_names(texts)
