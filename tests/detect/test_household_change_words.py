"""Changes in the foster home told in plain words: "Gezin is verhuisd", a newcomer living "bij haar en
<the child>", an adult child who "woont weer thuis"; a birth parent's new partner is no change of the
foster home. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

import pytest

from tests.pipelines import audit_files

HEADER = "Journaal pleegzorg - Sem de Wit (geb. 03-03-2014)\nPleeggezin: Ellen en Marco Bakker\n\n"


def change(tmp_path: Path, nlp, body: str) -> str | None:
    found = audit_files(tmp_path / "CHG-1", nlp, {"journaal.txt": HEADER + f"12-03-2025 | Notitie\n{body}\n"},
                        dt.date(2025, 6, 1))
    return (found["rescreening"].get("change") or {}).get("date")


@pytest.mark.parametrize("body, day", [
    ("Gezin is afgelopen zaterdag verhuisd naar Kreekpad 3 in Kreekzijl.", "2025-03-08"),
    ("Tante vertelt dat haar partner Youssef sinds 1 maart bij haar en Sem woont.", "2025-03-01"),
    ("Lisa (23), dochter van pleegouders, woont sinds 1 maart weer thuis.", "2025-03-01"),
])
def test_a_change_of_the_foster_home_in_plain_words(tmp_path, nlp, body, day):
    assert change(tmp_path, nlp, body) == day


@pytest.mark.parametrize("body", [
    "Moeder vertelt dat haar nieuwe vriend sinds 1 maart bij haar woont.",
    "Vader woont sinds 1 maart weer thuis bij zijn eigen ouders.",
])
def test_a_birth_parent_s_home_is_no_change_of_the_foster_home(tmp_path, nlp, body):
    assert change(tmp_path, nlp, body) is None
