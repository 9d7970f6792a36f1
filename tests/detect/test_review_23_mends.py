"""The review of the twenty-third session's change (VGB statements, two-column PDFs, dates): each case a
reviewer wrote to break it, mended. Every sentence here is written for this test (issue 9)."""
import datetime as dt
from pathlib import Path

import pytest

from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 12, 1)
PLAN = "Hulpverleningsplan\nPleegkind: Noor Visser (9)\nStart plaatsing: 01-03-2023\n"


def _vgb(tmp_path: Path, nlp, plan: str) -> dict:
    return audit_files(tmp_path / "REV-1", nlp, {"plan.txt": PLAN + plan}, AS_OF)["vgb"]


@pytest.mark.parametrize("said", [
    "Beide pleegouders beschikken over een VGB.",
    "Er is een VGB voor beide pleegouders.",
    "De VGB's van beide pleegouders zijn ontvangen en opgenomen in het dossier.",
    "De VGB-aanvraag van de pleegouders is goedgekeurd.",
])
def test_a_vgb_said_in_other_words_is_there(tmp_path: Path, nlp, said: str) -> None:
    assert _vgb(tmp_path, nlp, f"Pleegouders: Anke en Bert Smit, geen eigen kinderen.\n{said}\n")["complete"] is True


@pytest.mark.parametrize("plan", [
    "Pleegouders: Anke en Bert Smit. VGB's van de pleegouders zijn nog niet vernieuwd.\n",
    "Gezin: uitwonend: Thomas (24); thuiswonend: Sanne (20). VGB pleegouders afgegeven 2019.\n",
    "Noor is in maart 2023 uit huis geplaatst en woont sindsdien bij pleegouders Anke (45) en Bert (47) en hun zoon "
    "Ruben (22). VGB pleegouders afgegeven 2019.\n",
    "Gezinssamenstelling: Anke en Bert Smit, Ruben (27), Merel (25), Noor (pleegkind). VGB pleegouders afgegeven in 2019.\n",
    "Noor woont bij pleegmoeder Karin. VGB pleegmoeder afgegeven 2020.\n"
    "Kevin (31) woont nu ook in huis, hij is de vriend van pleegmoeder.\n",
    "Gezinssamenstelling\nAnke Smit (45) en Bert Smit (47), zoon Jim (21), pleegkind Noor (9).\nVGB pleegouders afgegeven 2019.\n",
    "Pleegouders: Anke en Bert Smit, zoon Kevin (20) woont thuis. VGB pleegouders 2019. De VGB ontbreekt nog bij Kevin.\n",
    "Gezin: Anke (45) en Bert (47) Smit, zoon Ruben (19) woont thuis. De pleegouders hebben alle twee een geldige VGB.\n",
    "Gezin: Anke (45) en Bert (47) Smit, zoon Ruben (19) woont thuis. VGB pleegouders afgegeven in 2019.\n"
    "VGB voor Ruben is aangevraagd, de andere VGB's zijn aanwezig.\n",
])
def test_an_adult_without_a_vgb_is_still_missed(tmp_path: Path, nlp, plan: str) -> None:
    assert _vgb(tmp_path, nlp, plan)["complete"] is False


def test_no_new_vgb_needed_is_no_gap(tmp_path: Path, nlp) -> None:
    plan = ("Pleegouders: Anke en Bert Smit, geen eigen kinderen. VGB pleegouders afgegeven in 2021.\n"
            "Er hoeft voor de pleegouders geen nieuwe VGB aangevraagd te worden want de huidige is nog geldig.\n")
    assert _vgb(tmp_path, nlp, plan)["complete"] is True


def _talks(tmp_path: Path, nlp, journal: str) -> list[str]:
    found = audit_files(tmp_path / "REV-2", nlp, {"plan.txt": PLAN, "journaal.txt": journal}, AS_OF)
    return event_dates(found, "one_on_one_contacts")


def test_a_day_still_to_come_in_the_month_is_a_plan(tmp_path: Path, nlp) -> None:
    journal = "19-11-2025 | AB\nNoor alleen gesproken op haar kamer, ze gaat op de 28e naar haar moeder.\n"
    assert _talks(tmp_path, nlp, journal) == ["2025-11-19"]


def test_weeks_counted_from_a_placement_are_no_calendar_weeks(tmp_path: Path, nlp) -> None:
    journal = ("15-09-2025 | AB\nPlaatsing van Noor bij Anke en Bert.\n\n"
               "Week 1: Noor alleen gesproken op haar kamer, ze went goed.\n")
    assert _talks(tmp_path, nlp, journal) == ["2025-09-15"]
