"""Goal extraction and scoring in other house styles: plan titles, metadata lines, plain-text headings,
typed bullets, and the measurable/actor/specific cues that generalise across providers."""
from __future__ import annotations

from pathlib import Path

import pytest

from audit.ml import goal_model as gm
from audit.ml.skops_io import TRUSTED_TYPES, types_in
from audit.goals.extract import extract_goals
from audit.goals.rules import analyse
from audit.types import Document, Dossier
from audit.read import TextBuilder


def _texts(b: TextBuilder, name: str = "plan.docx") -> list[str]:
    doc = Document(name=name, path=Path(name), sha256="", reader="test", text=b.text, blocks=b.blocks)
    return [g.text for g in extract_goals(Dossier("T-1", Path("."), [doc]))]


def test_plan_title_heading_does_not_open_a_goals_section() -> None:
    b = TextBuilder()
    b.add("heading", "Plan van aanpak – Jayden B.", level=2)
    b.add("paragraph", "Datum: 1 augustus 2024 | Opgesteld door: N. Pinas (PZB) | Vastgesteld: M. Ait Said (GW)")
    b.add("paragraph", "Plaatsing: netwerkpleegzorg bij fam. Bakker te Terneuzen, sinds 30 augustus 2020.")
    b.add("heading", "Achtergrond", level=2)
    b.add("paragraph", "Moeder kon de zorg voor Jayden niet meer dragen.")
    b.add("heading", "Doelen en afspraken", level=2)
    b.add("paragraph", "• In de komende 6 maanden: Jayden gaat om 20.30 uur zelf naar bed (bijgehouden op een slaaplijst).")
    b.add("paragraph", "• PO en moeder hebben een vast overleg over de opvoeding. Zij doen dat op kantoor.")
    b.add("heading", "Inzet pleegzorg", level=2)
    b.add("paragraph", "De PZB komt eens per zes weken op huisbezoek.")
    assert _texts(b) == [
        "In de komende 6 maanden: Jayden gaat om 20.30 uur zelf naar bed (bijgehouden op een slaaplijst).",
        "PO en moeder hebben een vast overleg over de opvoeding. Zij doen dat op kantoor.",
    ]


def test_plain_goals_heading_still_opens_a_section() -> None:
    b = TextBuilder()
    b.add("heading", "Plan van aanpak", level=1)
    b.add("paragraph", "Doel 1: Kiki maakt elke schooldag haar huiswerk aan de keukentafel.")
    assert _texts(b) == ["Kiki maakt elke schooldag haar huiswerk aan de keukentafel."]


def test_plain_text_section_heading_ends_goals_section() -> None:
    b = TextBuilder()
    b.add("line", "Pleegzorgplan – Nadia B.")
    b.add("line", "Datum: 24 november 2024 | Opgesteld door: E. Schuurman (PZB)")
    b.add("line", "Situatie")
    b.add("line", "Moeder kon de zorg voor Nadia niet meer dragen.")
    b.add("line", "Doelen en afspraken")
    b.add("line", "Voor de komende periode zijn de volgende doelen afgesproken.")
    b.add("line", "Per doel is aangegeven wie verantwoordelijk is.")
    b.add("line", "Nadia gaat wekelijks naar een sportclub naar eigen keuze.")
    b.add("line", "Inzet pleegzorg")
    b.add("line", "De PZB komt eens per zes weken op huisbezoek.")
    assert _texts(b, "plan.txt") == ["Nadia gaat wekelijks naar een sportclub naar eigen keuze."]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Marit heeft meer vriendjes volgens de SDQ binnen de normale range.", "SDQ"),
        ("Jelle heeft hooguit één driftbui, volgens de turflijst van pleegmoeder.", "volgens de turflijst"),
        ("VOG's van alle huisgenoten aangevraagd, kopie in het dossier.", "kopie in het dossier"),
    ],
)
def test_measurable_instrument_record_and_document_cues(text: str, cue: str) -> None:
    ra = analyse(text)
    assert ra.decided["measurable"] is True
    assert any(cue.lower() in c.lower() for c in ra.cues["measurable"])


def test_short_parenthetical_is_not_the_actor() -> None:
    assert analyse("Dagelijks schoolbezoek zonder ongeoorloofd verzuim (verzuimregistratie school).").decided["actor"] is False
    assert analyse("Wekelijks contact met moeder (PZB bespreekt dit bij het huisbezoek).").decided["actor"] is True
    assert analyse("Sanne (9 jr) gaat naar school.").decided["actor"] is True


def test_feeling_is_a_vague_state_and_school_compounds_are_development() -> None:
    ra = analyse("Dewi voelt zich geaccepteerd door leeftijdsgenoten.")
    assert "vaag: voelt zich" in ra.cues["specific"]
    assert any(c.startswith("school:") for c in analyse("Een positieve schoolbeleving.").cues["development_oriented"])


def test_shipped_model_is_hashed_small_and_trusted() -> None:
    if not gm.default_path().exists():
        pytest.skip("no model file")
    types = types_in(gm.default_path())
    assert "sklearn.feature_extraction.text.HashingVectorizer" in types
    assert "sklearn.feature_extraction.text.TfidfVectorizer" not in types
    assert types <= set(TRUSTED_TYPES)
    assert gm.default_path().stat().st_size < 2_000_000
