"""Plans that name their goals by other words (ontwikkeltaken, beoogde effecten, werkpunten, afspraken,
ondersteuningsvragen), and their context parts that are no goals. Every plan here is written for this test."""
from __future__ import annotations

from pathlib import Path

from audit.goals.extract import extract_goals
from audit.read import TextBuilder
from audit.types import Document, Dossier


def _texts(b: TextBuilder, name: str = "plan.docx") -> list[str]:
    doc = Document(name=name, path=Path(name), sha256="", reader="test", text=b.text, blocks=b.blocks)
    return [g.text for g in extract_goals(Dossier("T-1", Path("."), [doc])) if g.current]


def test_numbered_development_tasks_over_their_sentences() -> None:
    b = TextBuilder()
    b.add("line", "PLAN VAN AANPAK pleegzorg")
    b.add("line", "Situatie")
    b.add("line", "Roos is sinds november in het pleeggezin. Slapen is nog moeilijk.")
    b.add("line", "Ontwikkeltaken")
    b.add("line", "Ontwikkeltaak 1 (slapen)")
    b.add("line", "Roos slaapt uiterlijk 1 september 2025 minstens 5 nachten per week door in haar eigen bed.")
    b.add("line", "Wie: pleegouders | Wanneer: vanaf februari")
    b.add("line", "Ontwikkeltaak 2 (contact met moeder)")
    b.add("line", "Roos heeft elke woensdag een uur begeleide omgang met moeder.")
    b.add("line", "Overige afspraken")
    b.add("line", "Steunfiguur: nog niet besproken.")
    assert _texts(b, "plan.txt") == [
        "Roos slaapt uiterlijk 1 september 2025 minstens 5 nachten per week door in haar eigen bed.",
        "Roos heeft elke woensdag een uur begeleide omgang met moeder."]


def test_an_effects_table_under_a_plan_title_leaves_the_concerns_out() -> None:
    b = TextBuilder()
    b.add("heading", "Plan van aanpak crisisplaatsing", level=1)
    b.add("paragraph", "Pleegzorg Eikendorp | opgesteld 10-11-2025")
    b.add("heading", "Zorgen", level=2)
    b.add("list_item", "Sem slaapt slecht en is stil.", level=1)
    b.add("list_item", "Loyaliteit naar moeder; hij wil naar huis.", level=1)
    b.add("heading", "Beoogde effecten", level=2)
    headers = ["Beoogd effect", "Wat gaan we doen", "Wie"]
    b.add_row(headers, None, table=0, row=0)
    b.add_row(["Sem gaat elke schooldag met de taxi naar zijn eigen school.", "Taxi aanvragen", "PZB"], headers,
              table=0, row=1)
    b.add_row(["Binnen 6 weken is er duidelijkheid over het perspectief.", "Onderzoek", "JB"], headers, table=0, row=2)
    assert _texts(b) == ["Sem gaat elke schooldag met de taxi naar zijn eigen school.",
                         "Binnen 6 weken is er duidelijkheid over het perspectief."]


def test_numbered_agreements_over_their_sentences_are_the_goals() -> None:
    b = TextBuilder()
    b.add("heading", "Plan 2025-2026", level=1)
    b.add("heading", "Afspraken", level=2)
    b.add("paragraph", "Wat we met elkaar afspreken voor dit jaar:")
    b.add("paragraph", "Afspraak 1 - school")
    b.add("paragraph", "Nova leest aan het eind van groep 4 (juli 2026) op AVI-niveau E4.")
    b.add("paragraph", "Afspraak 2 - contact met moeder")
    b.add("paragraph", "Nova ziet haar moeder elke twee weken op zaterdag.")
    b.add("heading", "Afspraken over omgang", level=2)
    b.add("paragraph", "Vader mag Nova een keer per maand bellen.")
    assert _texts(b) == ["Nova leest aan het eind van groep 4 (juli 2026) op AVI-niveau E4.",
                         "Nova ziet haar moeder elke twee weken op zaterdag."]


def test_an_unnumbered_agreement_is_no_goal() -> None:
    b = TextBuilder()
    b.add("line", "Verslag huisbezoek")
    b.add("line", "Afspraak: pzb spreekt Milan minimaal 3x per jaar apart.")
    assert _texts(b, "verslag.txt") == []


def test_an_effect_label_over_its_goal_and_an_agreement_line() -> None:
    b = TextBuilder()
    b.add("heading", "Thema 1 - School", level=1)
    b.add("paragraph", "Situatie: Owen zit in de brugklas.")
    b.add("paragraph", "Beoogd effect:")
    b.add("paragraph", "Owen wordt in schooljaar 2025-2026 niet meer geschorst. Afspraak: mentor belt PZB bij incidenten.")
    assert _texts(b) == ["Owen wordt in schooljaar 2025-2026 niet meer geschorst."]


def test_support_questions_are_goals_and_their_items_steps() -> None:
    b = TextBuilder()
    b.add("heading", "Ondersteuningsplan 2025-2026", level=1)
    b.add("heading", "3. Ondersteuningsvragen", level=2)
    b.add("paragraph", "Thijmen heeft de vragen zelf mee geformuleerd.")
    b.add("paragraph", "Hoe kan Thijmen leren zelf zijn geld te beheren?")
    b.add("list_item", "a. Thijmen opent een eigen betaalrekening.", level=1)
    b.add("list_item", "b. Thijmen houdt in een app bij wat hij uitgeeft.", level=1)
    b.add("paragraph", "Hoe kan Thijmen zijn vader vaker zien, als hij dat zelf wil?")
    b.add("list_item", "a. PZB belt vader.", level=1)
    assert _texts(b) == ["Hoe kan Thijmen leren zelf zijn geld te beheren?",
                         "Hoe kan Thijmen zijn vader vaker zien, als hij dat zelf wil?"]


def test_work_points_after_the_goals_are_their_steps() -> None:
    b = TextBuilder()
    b.add("line", "Plan van aanpak 2024")
    b.add("line", "4. Doelstellingen")
    b.add("line", "Luuk leert bij boosheid zelf een time-out te nemen; bij de evaluatie in oktober 2024 is het aantal "
                  "incidenten gehalveerd.")
    b.add("line", "5. Werkpunten")
    b.add("line", "Pleegouders houden de incidenten bij in een schriftje.")
    b.add("line", "Doelstelling 1:")
    assert _texts(b, "plan.txt")[:1] == ["Luuk leert bij boosheid zelf een time-out te nemen; bij de evaluatie in "
                                          "oktober 2024 is het aantal incidenten gehalveerd."]
    assert "Pleegouders houden de incidenten bij in een schriftje." not in _texts(b, "plan.txt")


def test_a_work_points_label_under_a_goal_heads_its_actions() -> None:
    b = TextBuilder()
    b.add("line", "Plan van aanpak netwerkpleegzorg")
    b.add("line", "4. Doelstellingen")
    b.add("line", "Doelstelling 1:")
    b.add("line", "Grootouders bieden Teun een veilige en stabiele opvoedingssituatie.")
    b.add("line", "Werkpunten:")
    b.add("line", "- Pleegzorgwerker legt eens per zes weken een huisbezoek af.")
    assert _texts(b, "plan.txt") == ["Grootouders bieden Teun een veilige en stabiele opvoedingssituatie."]


def test_an_inline_agreement_is_an_action_a_lone_label_heads_its_item() -> None:
    b = TextBuilder()
    b.add("heading", "Doelen", level=1)
    b.add("paragraph", "Doel 1: Roos slaapt elke nacht in haar eigen bed.")
    b.add("paragraph", "Afspraak: Ilse leest elke avond een kwartier voor.")
    assert _texts(b) == ["Roos slaapt elke nacht in haar eigen bed."]
