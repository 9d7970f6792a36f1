"""Mechanisms of the thirty-eighth session (issue 9). Every sentence here is written for this test."""
from pathlib import Path

from tests.pipelines import RULES_ONLY, ROOS_AS_OF, audit_files, pdf_pages

_PLAN = ("Hulpverleningsplan\nPleegkind: Roos Bakker (10)\nPleeggezin: fam. Mulder, Eikendorp (pleegmoeder Ilse, "
         "pleegvader Ruud)\nMoeder: Carla Bakker\n")


def _start(tmp_path: Path, nlp, report: str) -> str | None:
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": _PLAN, "verslag.txt": report}, ROOS_AS_OF, RULES_ONLY)
    return found["placement"]["start"]


# --- where the child lives since: the placement's start --------------------------------------------------------------

def test_the_child_living_in_the_foster_home_since_a_day_starts_the_placement(tmp_path: Path, nlp) -> None:
    report = "Voortgangsverslag\nRoos woont sinds 14 augustus 2023 bij Ilse en Ruud. Het gaat goed op school.\n"
    assert _start(tmp_path, nlp, report) == "2023-08-14"


def test_someone_else_living_somewhere_since_a_day_starts_nothing(tmp_path: Path, nlp) -> None:
    report = ("Voortgangsverslag\nMoeder woont sinds 14 augustus 2023 bij haar nieuwe vriend.\n"
              "Roos woont sinds 1 mei 2024 op kamers bij een oom? Nee, dat was een plan dat niet doorging.\n")
    assert _start(tmp_path, nlp, report) is None


def test_a_start_field_wins_over_a_living_sentence(tmp_path: Path, nlp) -> None:
    report = "Plaatsingsdatum: 01-03-2022\nRoos woont sinds 14 augustus 2023 bij Ilse en Ruud (na de verhuizing).\n"
    assert _start(tmp_path, nlp, report) == "2022-03-01"


# --- a visit where nobody opened the door ------------------------------------------------------------------------------

def _talks(tmp_path: Path, nlp, journal: str) -> list[str]:
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": _PLAN, "journaal.txt": journal}, ROOS_AS_OF, RULES_ONLY)
    return [c["date"] for c in found["one_on_one_contacts"]]


def test_a_talk_planned_at_a_door_nobody_opened_did_not_happen(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-05-2025 Huisbezoek\nIk zou Roos vandaag apart spreken op haar kamer, er deed niemand open.\n\n"
               "20-05-2025 Huisbezoek\nRoos apart gesproken op haar kamer, zonder Ilse en Ruud.\n")
    assert _talks(tmp_path, nlp, journal) == ["2025-05-20"]


def test_foster_parents_away_is_no_door_shut(tmp_path: Path, nlp) -> None:
    """Pleegouders not at home is how a talk alone often comes about."""
    journal = "Journaal\n\n12-05-2025 Huisbezoek\nIlse en Ruud waren niet thuis, dus Roos apart gesproken op haar kamer.\n"
    assert _talks(tmp_path, nlp, journal) == ["2025-05-12"]


def test_a_foster_parent_away_with_a_pronoun_after_so_keeps_her_time(tmp_path: Path, nlp) -> None:
    """After "dus" a pronoun is still the foster mother: her time with the child, not the worker's talk."""
    journal = "Journaal\n\n12-05-2025 Telefoon Ilse\nIlse vertelt: Ruud was weg, dus ze had even apart tijd met Roos.\n"
    assert _talks(tmp_path, nlp, journal) == []


def test_a_talk_at_a_door_nobody_opened_did_not_happen_whatever_was_planned(tmp_path: Path, nlp) -> None:
    journal = ("Journaal\n\n12-05-2025 Huisbezoek\nLangs geweest voor een apart gesprek met Roos, maar er deed niemand "
               "open.\n\n14-05-2025 Huisbezoek\nVoor een gesprek alleen met Roos stond ik voor een dichte deur.\n")
    assert _talks(tmp_path, nlp, journal) == []


# --- a later form of a file of forms that checks another family -------------------------------------------------------

def _form(title: str, family: str, day: str) -> list[str]:
    return [title, "Pleegkind: Roos Bakker", f"Gezin: {family}", f"Datum afname: {day}", "Afgenomen door: M. de Vries",
            "Roos apart gesproken op haar kamer; zij voelt zich veilig.", "Conclusie: groen."]


def _checks(tmp_path: Path, nlp, pages: list[list[str]]) -> list[str]:
    pdf_pages(tmp_path / "X-1" / "veiligheidschecks.pdf", pages)
    found = audit_files(tmp_path / "X-1", nlp, {"plan.txt": _PLAN}, ROOS_AS_OF, RULES_ONLY)
    return [c["date"] for c in found["safety_checks"]]


def test_a_later_form_headed_by_another_familys_name_checks_their_home(tmp_path: Path, nlp) -> None:
    title = "Veiligheidscheck pleeggezin"
    pages = [_form(f"{title} - 2024", "fam. Mulder, Eikendorp", "11-03-2024"),
             _form(f"{title} - weekendpleeggezin De Boer - 2025", "De Boer, Loosdrecht", "09-04-2025"),
             _form(f"{title} - 2025", "fam. Mulder, Eikendorp", "10-03-2025")]
    assert _checks(tmp_path, nlp, pages) == ["2024-03-11", "2025-03-10"]


def test_a_later_form_headed_by_our_familys_name_is_ours(tmp_path: Path, nlp) -> None:
    title = "Veiligheidscheck pleeggezin"
    pages = [_form(f"{title} - 2024", "fam. Mulder, Eikendorp", "11-03-2024"),
             _form(f"{title} - pleeggezin Mulder - 2025", "Mulder, Eikendorp", "10-03-2025")]
    assert _checks(tmp_path, nlp, pages) == ["2024-03-11", "2025-03-10"]
