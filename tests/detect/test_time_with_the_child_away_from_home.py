"""Time the worker spent with the foster child away from the foster parents, told without a talk word or
an "alone": the child came to the office, was picked up or taken somewhere, a note that starts with its own
date. And the counter-examples: with a foster parent, someone else's child, a plan. Every sentence is
written for this test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from audit.nlp.components.triggers import default_rules
from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Hulpverleningsplan\nPleegkind: Noor Veenstra\nPleegouders: Marieke en Joost Dekker\n"
        "Start plaatsing: 01-03-2022\n")


def journal(*lines: str) -> dict[str, str]:
    return {"plan.txt": PLAN, "journaal.txt": "Journaal PZB - Noor Veenstra\n\n" + "\n\n".join(lines) + "\n"}


def talks(tmp_path: Path, nlp, *lines: str, rules_only: bool = False) -> list[str]:
    overrides = ["detect.decision_layer=0"] if rules_only else None
    found = audit_files(tmp_path / "OOO-1", nlp, journal(*lines), AS_OF, overrides)
    return event_dates(found, "one_on_one_contacts")


@pytest.mark.parametrize("line", [
    "12-03-2025 Notitie\nNoor kwam alleen naar kantoor. Gesproken over haar stage en over mama.",
    "12-03-2025 Notitie\nNoor kwam na schooltijd zelf naar ons kantoor; we hebben een uur gepraat over de brugklas.",
    "12-03-2025 Notitie\nHeb ik (PZB) Noor alleen meegenomen naar de bibliotheek in Veendam, ze zocht boeken over paarden.",
    "12-03-2025 Notitie\nNoor na school opgepikt, samen een broodje gegeten bij de bakker.",
    "12-03-2025 Met Noor naar de kinderboerderij geweest; Marieke bracht haar en haalde haar weer op.",
])
@pytest.mark.parametrize("rules_only", [True, False])
def test_time_with_the_child_away_from_the_foster_parents_is_a_contact(tmp_path, nlp, line, rules_only):
    assert talks(tmp_path, nlp, line, rules_only=rules_only) == ["2025-03-12"]


@pytest.mark.parametrize("line", [
    "12-03-2025 Notitie\nNoor kwam met Marieke naar kantoor voor de evaluatie.",
    "12-03-2025 Notitie\nNoor kwam samen met pleegmoeder naar kantoor voor de evaluatie.",
    "12-03-2025 Notitie\nMarieke kwam alleen naar kantoor om de VGB-formulieren te brengen.",
    "12-03-2025 Notitie\nHeb ik Marieke meegenomen naar het overleg op school.",
    "12-03-2025 Notitie\nVolgende week Noor ophalen van school en samen naar de bibliotheek.",
])
def test_no_contact_with_the_child_alone(tmp_path, nlp, line):
    assert talks(tmp_path, nlp, line) == []


@pytest.mark.parametrize("line, note", [
    ("16-03-2024 Met Levi naar de kinderboerderij geweest", "Met Levi naar de kinderboerderij geweest"),
    ("wo 3/7: Met Levi naar de stad", "Met Levi naar de stad"),
    ("2024-03-16 14:30 | Met Levi naar de stad", "Met Levi naar de stad"),
    ("Met Levi naar de stad", "Met Levi naar de stad"),
])
def test_a_line_s_own_date_is_blanked_for_the_regexes_with_the_same_offsets(line, note):
    import re
    stamp = re.compile(default_rules()["leading_stamp"])
    blanked = stamp.sub(lambda m: " " * len(m.group()), line, count=1)
    assert len(blanked) == len(line)
    assert blanked.lstrip() == note
