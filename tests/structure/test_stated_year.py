"""A year stated at a summary's start is the year of the year-less days that follow it on the line.
Every sentence is written for this test."""
import datetime as dt

from audit.structure.dates import find_dates


def days(text: str, context: dt.date) -> list[dt.date]:
    return [m.date for m in find_dates(text, context_date=context) if m.precision == "day"]


def test_in_a_year_dates_the_days_after_it():
    text = "In 2023 is Noor drie keer apart gesproken: op 14 februari, op 1 juni en op 28 september."
    assert days(text, dt.date(2021, 3, 1)) == [dt.date(2023, 2, 14), dt.date(2023, 6, 1), dt.date(2023, 9, 28)]


def test_a_start_year_or_another_line_keeps_the_entry_s_year():
    assert days("Sinds 2019 woont ze hier; op 14 februari was ze jarig.", dt.date(2024, 3, 1)) == [dt.date(2024, 2, 14)]
    assert days("In 2023 verhuisd.\nOp 14 februari jarig.", dt.date(2024, 3, 1)) == [dt.date(2024, 2, 14)]


def test_a_day_with_its_own_year_keeps_it():
    assert days("In 2023 kwam ze; op 14-02-2024 weer.", dt.date(2024, 3, 1)) == [dt.date(2024, 2, 14)]
