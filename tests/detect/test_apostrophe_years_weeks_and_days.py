"""Dates as journals write them: a two-digit year after an apostrophe ("do 11-7-'24"), a week number
without its year ("wk 39") over weekday lines ("wo: ..."), and a day of the entry's own month told
without its month ("Op de 12e ..."). Every sentence here is written for this test (issue 9)."""
import datetime as dt
from pathlib import Path

from audit.structure.dates import find_dates
from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 12, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Lotte van Bree (11)\nPleeggezin: Anja en Ton Verberne\n"


def _talks(tmp_path: Path, nlp, journal: str) -> list[str]:
    found = audit_files(tmp_path / "DAT-1", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    return event_dates(found, "one_on_one_contacts")


def test_a_two_digit_year_after_an_apostrophe_is_the_year() -> None:
    found = find_dates("do 11-7-'24 huisbezoek; ma 20-1-\u201925 telefoon")
    assert [d.date for d in found] == [dt.date(2024, 7, 11), dt.date(2025, 1, 20)]


def test_entries_headed_with_apostrophe_years(tmp_path: Path, nlp) -> None:
    journal = ("do 20-6-'24\nhuisbezoek bij Anja en Ton, Lotte zat nog op school.\n\n"
               "do 11-7-'24\nLotte alleen gesproken op haar kamer, zonder pleegouders erbij.\n\n"
               "wo 6-11-'24\nhuisbezoek, gesprek met Lotte apart op haar kamer, Anja zat beneden.\n")
    assert _talks(tmp_path, nlp, journal) == ["2024-07-11", "2024-11-06"]


def test_weekday_lines_under_a_week_number_without_its_year(tmp_path: Path, nlp) -> None:
    journal = ("2025-09-16 | SK\nHuisbezoek bij Anja en Ton, Lotte was op school.\n\n"
               "wk 39 (SK)\n"
               "ma: telefonisch contact met moeder over de omgang.\n"
               "wo: Lotte na school opgehaald en samen naar de snackbar, alleen wij twee.\n")
    assert _talks(tmp_path, nlp, journal) == ["2025-09-24"]


def test_a_day_of_the_entrys_month_told_without_the_month(tmp_path: Path, nlp) -> None:
    journal = ("02.10.25 AB\nHuisbezoek, Lotte was bij een vriendin.\n\n"
               "19.11.25 AB\nOp de 12e met Lotte alleen naar de stad geweest om een fiets uit te zoeken; "
               "goed gesprek over haar toekomst.\n")
    assert _talks(tmp_path, nlp, journal) == ["2025-11-12"]
