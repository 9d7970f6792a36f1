"""The worker and the child told as one subject ("Noor en ik ..."), the child as the worker's object ("Ik heb
Noor ... teruggebracht"), and a foster parent elsewhere told in other words ("Marieke zat binnen", "Joost
wachtte in de auto", "terwijl Marieke boodschappen deed", "pleegouders niet aanwezig"). These are broad,
recall-only cues: the decision layer takes them or not. And the counter-examples: an arrangement, a foster
parent at the table, the foster parents' own log. Every sentence is written for this test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.pipelines import audit_files, event_dates, trigger_cues

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Hulpverleningsplan\nPleegkind: Noor Veenstra\nPleegouders: Marieke en Joost Dekker\n"
        "Start plaatsing: 01-03-2022\n")
TOGETHER = "kind en ik (breed)"
AWAY = "PO afwezig (breed)"


@pytest.mark.parametrize("text, cue", [
    ("Noor en ik hebben op haar kamer met de poppen gespeeld.", TOGETHER),
    ("Ik en Noor zijn samen met de trein naar de open dag geweest.", TOGETHER),
    ("Ik heb Noor zelf teruggebracht naar haar moeder.", TOGETHER),
    ("Op 12 maart heb ik Noor in de auto naar de tandarts gebracht.", TOGETHER),
    ("Spelletje gedaan met Noor, Marieke zat binnen.", AWAY),
    ("Naar de speeltuin met Noor; Joost wachtte in de auto.", AWAY),
    ("Voorgelezen op haar kamer terwijl Marieke boodschappen deed.", AWAY),
    ("Beeldgebeld met Noor vanaf haar stage, pleegouders niet aanwezig.", AWAY),
    ("Samen naar de open dag, Marieke kon niet mee.", AWAY),
])
def test_the_cue_fires(triggers, text, cue):
    assert cue in trigger_cues(triggers, text)


@pytest.mark.parametrize("text", [
    "Noor en ik hebben afgesproken dat ze zelf belt als het misgaat.",
    "Ik heb Noor gevraagd wat ze van de omgang vindt.",  # no taking or bringing verb: other cues decide
    "Marieke en Joost hebben samen de afwas gedaan.",
])
def test_the_cue_does_not_fire(triggers, text):
    assert TOGETHER not in trigger_cues(triggers, text)


def talks(tmp_path: Path, nlp, *lines: str, log: bool = False) -> list[str]:
    name = "logboek_pleegouders.txt" if log else "journaal.txt"
    title = "Logboek pleegouders Marieke en Joost\n\n" if log else "Journaal PZB - Noor Veenstra\n\n"
    files = {"plan.txt": PLAN, name: title + "\n\n".join(lines) + "\n"}
    return event_dates(audit_files(tmp_path / "TOG-1", nlp, files, AS_OF), "one_on_one_contacts")


@pytest.mark.parametrize("line", [
    "12-03-2025 Huisbezoek\nNoor en ik hebben op haar kamer met de poppen gespeeld; Marieke was beneden.",
    "12-03-2025 Notitie\nIk en Noor zijn samen met de trein naar de open dag van het Zeeburg College geweest.",
    "12-03-2025 Notitie\nSpelletje Uno gedaan met Noor aan de keukentafel terwijl Marieke en Joost in de tuin werkten.",
])
def test_time_together_is_a_contact(tmp_path, nlp, line):
    assert talks(tmp_path, nlp, line) == ["2025-03-12"]


@pytest.mark.parametrize("line", [
    "12-03-2025 Huisbezoek\nNoor en ik hebben afgesproken dat ze zelf belt als het misgaat.",
    "12-03-2025 Huisbezoek\nNoor en ik hebben met de poppen gespeeld, Marieke zat ernaast.",
    "12-03-2025 Huisbezoek\nMarieke en ik hebben het rooster doorgenomen.",
])
def test_no_contact_with_the_child_alone(tmp_path, nlp, line):
    assert talks(tmp_path, nlp, line) == []


def test_in_the_foster_parents_log_the_i_is_theirs(tmp_path, nlp):
    line = "12-03-2025\nNoor en ik hebben samen pannenkoeken gebakken en daarna een spelletje gedaan."
    assert talks(tmp_path, nlp, line, log=True) == []


@pytest.mark.parametrize("text", [
    "Ik heb Noor en pleegmoeder meegenomen naar de huisarts.",
    "Marieke, Noor en ik hebben samen gegeten.",
    "Ik en Noor en Joost zijn naar de markt geweest.",
])
def test_the_cue_does_not_take_the_child_with_others(triggers, text):
    assert TOGETHER not in trigger_cues(triggers, text)
