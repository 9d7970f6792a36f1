"""A talk in the car is a talk with the child alone when the worker drives her and no one else of the family
rides along. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

import pytest

from tests.pipelines import audit_files, event_dates

HEADER = "Journaal pleegzorg - Sem de Wit (geb. 03-03-2012)\nPleeggezin: Ellen en Marco Bakker\n\n"


def talks(tmp_path: Path, nlp, body: str) -> list[str]:
    found = audit_files(tmp_path / "CAR-1", nlp, {"journaal.txt": HEADER + f"12-03-2025 | Contact\n{body}\n"},
                        dt.date(2025, 6, 1))
    return event_dates(found, "one_on_one_contacts")


@pytest.mark.parametrize("body", [
    "Sem na de training naar huis gebracht; in de auto vertelde hij dat hij zijn moeder mist.",
    "Sem na voetbal naar Ellen gebracht, in de auto goed gesprek gehad over school.",
])
def test_a_talk_in_the_car_with_the_child(tmp_path, nlp, body):
    assert talks(tmp_path, nlp, body) == ["2025-03-12"]


@pytest.mark.parametrize("body", [
    "Ellen en Sem opgehaald; in de auto vertelde Sem over zijn week.",
    "In de auto vertelde Ellen dat het goed gaat met Sem.",
    "Pleegmoeder vertelde dat Sem in de auto veel praatte over zijn moeder.",
    "Gesprek met Sem in de auto op weg naar zwemles. Pleegmoeder reed mee en deed af en toe mee aan het gesprek.",
    "Met Sem en Karin naar de intake bij het gezinshuis in Rijsterhoek gereden. In de auto zei Sem weinig.",
    "Gesprek met Sem en zijn vriend samen in de auto terug naar huis.",
    "Volgende keer breng ik Sem en in de auto wil ik vragen hoe het gaat.",
])
def test_no_talk_alone_in_the_car(tmp_path, nlp, body):
    assert talks(tmp_path, nlp, body) == []
