"""A report written as a story dates its events by steps from the day told before ("Twee weken later",
"De maandag daarna", "Diezelfde middag"), a month by "eind oktober", and a journal header may carry its
weekday. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

import pytest

from audit.detect.told_later import told_later
from tests.pipelines import audit_files, event_dates

REPORT = ("Voortgangsverslag pleegzorg\nPleegkind: Levi de Boer (geb. 12-02-2010)\nPleeggezin: opa en oma de Boer\n\n"
          "Op 4 juni 2024 hebben we de veiligheidscheck gedaan bij opa en oma.\n{body}\n")


def talks(tmp_path: Path, nlp, body: str, name: str = "verslag.txt") -> list[str]:
    found = audit_files(tmp_path / "REL-1", nlp, {name: REPORT.format(body=body)}, dt.date(2024, 11, 20))
    return event_dates(found, "one_on_one_contacts")


@pytest.mark.parametrize("body, day", [
    ("Twee weken later heb ik Levi alleen gesproken op zijn kamer.", "2024-06-18"),
    ("Een week later heb ik Levi op school alleen gesproken.", "2024-06-11"),
    ("Twee weken later ben ik weer langs geweest. De maandag daarna heb ik Levi op school alleen gesproken.",
     "2024-06-24"),
    ("Diezelfde middag heb ik Levi nog alleen gesproken op zijn kamer.", "2024-06-04"),
    ("Drie dagen later ben ik langs geweest. Levi en ik hebben toen met z'n tweeën op zijn kamer gepraat.",
     "2024-06-07"),
])
def test_a_step_from_the_day_told_before(tmp_path, nlp, body, day):
    assert talks(tmp_path, nlp, body) == [day]


def test_a_past_month_without_its_year(tmp_path, nlp):
    """The last such month up to the report's date: October 2023 in a report whose latest day is in June 2024,
    October 2024 in one that reaches November."""
    assert talks(tmp_path, nlp, "Eind oktober heb ik Levi nog alleen gesproken op zijn kamer.") == ["2023-10"]
    body = "Op 12 november 2024 belde oma.\n\nEind oktober heb ik Levi nog alleen gesproken op zijn kamer."
    assert talks(tmp_path, nlp, body) == ["2024-10"]


def test_steps_need_a_day_before_them():
    text = "Twee weken later ben ik langs geweest."
    assert told_later(text, 0, len(text), dt.date(2024, 6, 1)) is None
    text = "Op 3 maart 2024 belde oma. Een maand later was Levi jarig."
    start = text.index("Een")
    assert told_later(text, start, len(text), None).date == dt.date(2024, 4, 3)


def test_a_weekday_before_the_date_of_a_journal_header(tmp_path, nlp):
    journal = ("Verslagen pleegzorg\nPleegkind: Jana Peeters (geb. 03-05-2011)\n\n"
               "Telefonisch contact - 10/01/2024\nTelefoon met pleegmama. Rustige kerstvakantie.\n\n"
               "Contact met de jongere - woensdag 17 april '24\nJana opgehaald aan school; onderweg alleen met Jana "
               "gesproken in de auto, pleegmama was er niet bij.\n")
    found = audit_files(tmp_path / "VLA-1", nlp, {"verslagen.txt": journal}, dt.date(2024, 11, 20))
    assert event_dates(found, "one_on_one_contacts") == ["2024-04-17"]


@pytest.mark.parametrize("body, day", [
    ("Op de dinsdag na Pinksteren heb ik Levi alleen gesproken op zijn kamer.", "2024-05-21"),
    ("Op 12 november 2023 belde oma. Op de woensdag voor pakjesavond heb ik Levi op school alleen gesproken.",
     "2023-11-29"),
    ("Op 11 juni belde oma. Diezelfde week, op donderdag, heb ik Levi op school alleen gesproken.", "2024-06-13"),
])
def test_a_feast_or_a_weekday_of_the_same_week(tmp_path, nlp, body, day):
    assert talks(tmp_path, nlp, body) == [day]


def test_a_month_before_the_reports_period():
    from audit.detect.dating import _month_in_report
    from audit.types import Period
    period = Period(0, dt.date(2023, 11, 1), dt.date(2024, 4, 30))
    found = _month_in_report("Eind oktober, net voor deze verslagperiode, heb ik Levi nog alleen gesproken.",
                             period, dt.date(2024, 5, 3))
    assert [m.date for m in found] == [dt.date(2023, 10, 1)]


@pytest.mark.parametrize("body, day", [
    # the sentence after a feast's is on the feast's day
    ("Op 2 april 2024 belde oma. Op de dinsdag na Pinksteren ben ik langs geweest. Het eerste half uur zaten Levi en "
     "ik met z'n tweeën op zijn kamer.", "2024-05-21"),
    # a sentence that points back to one that names only its month
    ("Eind augustus heb ik bij opa en oma de check gedaan. Levi heb ik daarbij apart gesproken op zijn kamer.",
     "2024-08"),
])
def test_the_day_or_month_told_in_the_sentence_before(tmp_path, nlp, body, day):
    assert talks(tmp_path, nlp, body) == [day]


def test_a_birth_date_or_a_feast_inside_a_sentence_is_no_day_told():
    text = "Jeugdige: Sem (geb. 12-02-2019)\nOp de woensdag voor pakjesavond heb ik Sem gesproken."
    start = text.index("Op de")
    from audit.detect.told_later import day_told_before, feast_date
    assert day_told_before(text, start, dt.date(2025, 1, 10)) is None
    assert feast_date(text, start, len(text), dt.date(2025, 1, 10)).date == dt.date(2024, 12, 4)
    text = "Moeder vroeg of ze Saar op eerste kerstdag mag meenemen. Thijs vond een dagdeel beter."
    assert feast_date(text, 0, text.index("."), dt.date(2023, 12, 12)) is None
    assert day_told_before(text, text.index("Thijs"), dt.date(2023, 12, 12)) is None
