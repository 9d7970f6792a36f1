"""Care plans kept as versions: in one file (newest first, an unadopted concept on top) or one file per version,
and goal lines that only say a goal's state in this version. Every plan here is written for this test."""
from __future__ import annotations

from pathlib import Path

from audit.goals.extract import extract_goals
from audit.read import TextBuilder
from audit.types import Document, Dossier


def _doc(b: TextBuilder, name: str) -> Document:
    return Document(name=name, path=Path(name), sha256="", reader="test", text=b.text, blocks=b.blocks)


def _current(*docs: Document) -> list[str]:
    return [g.text for g in extract_goals(Dossier("T-1", Path("."), list(docs))) if g.current]


def _versions_in_one_file(top_is_concept: bool) -> TextBuilder:
    b = TextBuilder()
    b.add("line", "Hulpverleningsplan (HVP) – Roos Bakker")
    b.add("line", "Elke herziening is een nieuwe versie; eerdere versies blijven in dit document staan.")
    b.add("heading", "HVP versie 3 – " + ("concept (02-06-2025)" if top_is_concept else "vastgesteld 02-06-2025"), level=2)
    b.add("heading", "Doelen versie 3", level=2)
    b.add("line", "Doel 1 – nieuw")
    b.add("line", "Roos fietst vóór de zomer van 2025 zelf naar school.")
    b.add("line", "Doel 2 – gewijzigd t.o.v. versie 2")
    b.add("line", "Roos leest elke avond een kwartier met pleegmoeder en haalt in januari 2026 AVI-niveau E5.")
    b.add("line", "Doel 3 – behaald (niet meer actief)")
    b.add("line", "Roos haalt haar zwemdiploma A.")
    b.add("heading", "HVP versie 2 – vastgesteld 20-09-2024", level=2)
    b.add("heading", "Doelen versie 2", level=2)
    b.add("line", "Doel 1 – nieuw")
    b.add("line", "Roos vertelt in de klas minstens één keer per week iets uit zichzelf in de kring.")
    b.add("line", "Doel 2 – nieuw")
    b.add("line", "Roos haalt haar zwemdiploma A.")
    return b


def test_the_newest_adopted_version_in_one_file_holds_the_goals() -> None:
    assert _current(_doc(_versions_in_one_file(False), "hvp.docx")) == [
        "Roos fietst vóór de zomer van 2025 zelf naar school.",
        "Roos leest elke avond een kwartier met pleegmoeder en haalt in januari 2026 AVI-niveau E5."]


def test_a_concept_on_top_leaves_the_version_in_force() -> None:
    assert _current(_doc(_versions_in_one_file(True), "hvp.docx")) == [
        "Roos vertelt in de klas minstens één keer per week iets uit zichzelf in de kring.",
        "Roos haalt haar zwemdiploma A."]


def _plan(version: str, goals: list[str], first_line: str = "Hulpverleningsplan – Roos Bakker") -> TextBuilder:
    b = TextBuilder()
    b.add("line", first_line)
    b.add("heading", "Doelen", level=2)
    for i, goal in enumerate(goals, 1):
        b.add("line", f"Doel {i}: {goal}")
    return b


def test_one_file_per_version_and_a_concept_beside_them() -> None:
    v1 = _doc(_plan("1", ["Roos voelt zich thuis in het pleeggezin."]), "hvp_v1.docx")
    v2 = _doc(_plan("2", ["Roos fietst vóór de zomer van 2025 zelf naar school."]), "hvp_v2.pdf")
    v3 = _doc(_plan("3", ["Roos gaat elke week naar de scouting."]), "hvp_v3_concept.docx")
    assert _current(v1, v2, v3) == ["Roos fietst vóór de zomer van 2025 zelf naar school."]


def test_a_single_plan_that_mentions_a_version_keeps_its_goals() -> None:
    plan = _doc(_plan("2", ["Roos fietst vóór de zomer van 2025 zelf naar school.",
                            "Roos gaat elke week naar de scouting."],
                      first_line="Hulpverleningsplan – Roos Bakker (versie 2)"), "hvp.docx")
    assert _current(plan) == ["Roos fietst vóór de zomer van 2025 zelf naar school.",
                              "Roos gaat elke week naar de scouting."]


def test_a_goal_that_opens_with_a_status_like_word_is_a_goal() -> None:
    b = TextBuilder()
    b.add("line", "Hulpverleningsplan – Roos Bakker")
    b.add("heading", "Doelen", level=2)
    b.add("line", "Doel 1 – Voortgezet onderwijs op havoniveau voor Roos")
    b.add("line", "Doel 2 – Aangepast lesrooster voor Roos in overleg met school")
    assert _current(_doc(b, "hvp.docx")) == ["Voortgezet onderwijs op havoniveau voor Roos",
                                             "Aangepast lesrooster voor Roos in overleg met school"]


def test_a_visitation_plan_s_version_replaces_no_care_plan() -> None:
    hvp = _doc(_plan("2", ["Roos fietst vóór de zomer van 2025 zelf naar school."]), "hvp_v2.pdf")
    contact = _doc(_plan("3", ["Roos ziet haar moeder elke woensdag een uur."], first_line="Omgangsplan – Roos Bakker"),
                   "omgangsplan_v3.docx")
    assert sorted(_current(hvp, contact)) == ["Roos fietst vóór de zomer van 2025 zelf naar school.",
                                              "Roos ziet haar moeder elke woensdag een uur."]
