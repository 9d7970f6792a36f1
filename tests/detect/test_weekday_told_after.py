"""A weekday told as past in a clause that ends in its perfect ("dat zij Noor woensdag ... heeft gesproken",
"heeft N. woensdag ... gesproken"): the last such day up to the entry, not the entry's own day. Every
sentence is written for this test."""
from __future__ import annotations

import datetime as dt

import pytest

from audit.detect.dating import _weekday_shift
from tests.pipelines import audit_files, event_dates

FRIDAY = dt.date(2024, 1, 12)


@pytest.mark.parametrize("text, shift", [
    ("JB laat weten dat zij Noor woensdag onder vier ogen heeft gesproken op school", -2),
    ("De JB heeft N. woensdag op school apart gesproken", -2),
    ("afgelopen woensdag apart gesproken", -2),
    ("Volgende woensdag heeft ze een toets, dan wordt er gesproken", 0),  # a later day
    ("dat ze meer belt, er komt een extra moment op zondag en ze heeft nu gesprekken bij de POH", 0),
    ("Elke woensdag heeft zij zwemles gehad", 0),  # a habit
    ("Ik kom woensdag langs", 0),
])
def test_a_weekday_told_done(text, shift):
    assert _weekday_shift(FRIDAY, text) == shift


def test_the_jb_s_talk_on_wednesday_told_on_friday(tmp_path, nlp):
    files = {"plan.txt": "Hulpverleningsplan\nPleegkind: Noor Veenstra\nPleegouders: Marieke en Joost Dekker\n",
             "journaal.txt": "Journaal PZB - Noor Veenstra\n\n12-01-2024 Telefonisch\nJB laat weten dat zij Noor "
                             "woensdag onder vier ogen heeft gesproken op school.\n"}
    found = audit_files(tmp_path / "WKD-1", nlp, files, dt.date(2024, 6, 1))
    assert event_dates(found, "one_on_one_contacts") == ["2024-01-10"]
