"""Files that name nobody: the child is "de jeugdige" / "het pleegkind", the foster parents "de
pleegverzorgers", and the worker writes in the passive voice. A talk alone told that way is a talk;
the same words in a rule or a plan are not. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

import pytest

from tests.pipelines import audit_files, event_dates

HEADER = "Rapportage pleegzorg\nCliënt: de jeugdige (geb. 03-03-2012)\n\n"


def talks(tmp_path: Path, nlp, body: str) -> list[str]:
    found = audit_files(tmp_path / "ROL-1", nlp, {"rapportage.txt": HEADER + f"12-03-2025 | Huisbezoek\n{body}\n"},
                        dt.date(2025, 6, 1))
    return event_dates(found, "one_on_one_contacts")


@pytest.mark.parametrize("body", [
    "Er is een gesprek gevoerd met de jeugdige op zijn kamer, zonder aanwezigheid van de pleegverzorgers.",
    "Met de jeugdige is apart gesproken, zonder de pleegverzorgers erbij.",
    "Met het pleegkind is apart gesproken over school.",
    "Er is met de jeugdige gesproken in afwezigheid van de pleegverzorgers.",
])
def test_a_talk_alone_told_by_role_words(tmp_path, nlp, body):
    assert talks(tmp_path, nlp, body) == ["2025-03-12"]


@pytest.mark.parametrize("body", [
    "Er is gesproken met de jeugdige en beide pleegverzorgers.",
    "Er is een gesprek gevoerd met de pleegverzorgers, in afwezigheid van de jeugdige.",
    "Er zal met de jeugdige apart worden gesproken, zonder de pleegverzorgers erbij.",
    "De pleegzorgbegeleider dient de jeugdige minimaal drie keer per jaar apart te spreken, zonder de pleegverzorgers.",
])
def test_no_talk_alone(tmp_path, nlp, body):
    assert talks(tmp_path, nlp, body) == []
