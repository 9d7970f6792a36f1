"""Report periods: where a statement counts, what it covers, and year-less dates read in it."""
import datetime as dt

import pytest

from audit.structure.dates import find_dates
from audit.structure.period import periods_of

D = dt.date


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("Voortgangsrapportage Mirte – 2e kwartaal 2024\nVeiligheid\n", D(2024, 4, 1), D(2024, 6, 30)),
        ("Halfjaarverslag\nPeriode\n1 november tot 30 april 2025.\n", D(2024, 11, 1), D(2025, 4, 30)),
        ("Verslagperiode: 01-10-2023 t/m 31-03-2024\n", D(2023, 10, 1), D(2024, 3, 31)),
        ("Periode: september - december 2024\n", D(2024, 9, 1), D(2024, 12, 31)),
        ("Rapportage 2023-Q4 | Jesse\n", D(2023, 10, 1), D(2023, 12, 31)),
        ("=== Q2 2025 ===\n", D(2025, 4, 1), D(2025, 6, 30)),
        ("Evaluatieverslag tweede helft 2024\n", D(2024, 7, 1), D(2024, 12, 31)),
    ],
)
def test_a_stated_period_is_read(text, first, last):
    found = periods_of(text)
    assert [(p.first, p.last) for p in found] == [(first, last)]


@pytest.mark.parametrize(
    "text",
    [
        "Wanneer: 3e kwartaal 2025\n",  # a goal's deadline
        "Evaluatie in het 3e kwartaal 2025 met de pleegouders.\n",  # a sentence that names a quarter
        "VGB geldig van 01-01-2024 t/m 31-12-2024\n",  # a range without a period label
        "Periode: 1 januari 2020 t/m 31 december 2024\n",  # five years is no report's period
    ],
)
def test_no_period_where_none_is_stated(text):
    assert periods_of(text) == []


def test_each_report_in_one_file_has_its_own_period():
    text = ("Rapportage 1e kwartaal 2025\nOp 3 februari ...\n\n"
            "Rapportage 2e kwartaal 2025\nOp 3 mei ...\n")
    periods = periods_of(text)
    assert [p.first.month for p in periods] == [1, 4]
    assert periods[1].offset == text.index("Rapportage 2e")


def test_a_weekday_chooses_the_year_of_a_year_less_date():
    """"dinsdag 11 februari" is 11 February 2025 (a Tuesday), also where 2024's is nearer."""
    found = find_dates("Op dinsdag 11 februari heb ik de toets ingevuld.", context_date=D(2024, 6, 1))
    assert [(m.date, m.weekday_year) for m in found] == [(D(2025, 2, 11), True)]
    found = find_dates("Zaterdag 27/9 sprak ik hem langs de lijn.", context_date=D(2025, 1, 10))
    assert [m.date for m in found] == [D(2025, 9, 27)]
    # a weekday that fits no nearby year, or no weekday: the nearest day, as before
    assert [m.date for m in find_dates("dinsdag 12 februari", context_date=D(2024, 6, 1))] == [D(2024, 2, 12)]
    assert [m.date for m in find_dates("Op 11 februari", context_date=D(2024, 6, 1))] == [D(2024, 2, 11)]


def test_an_ordinal_day_with_its_month_is_a_date():
    """"op de 29e (maart)", "Eind mei, op de 27e"; counts ("in mei de 2e keer") are none."""
    ctx = D(2025, 4, 20)
    assert [m.date for m in find_dates("Op de 29e (maart) belde Jesse mij zelf op.", context_date=ctx)] == [D(2025, 3, 29)]
    assert [m.date for m in find_dates("Eind mei, op de 27e, heb ik overlegd.", context_date=ctx)] == [D(2025, 5, 27)]
    assert find_dates("In mei de 2e keer gezien; mei, op de 3e plaats geëindigd.", context_date=ctx) == []
