"""Files written to the child ("Hoi Sem, ... met jou alleen ...").

Some providers write every letter, plan and evaluation to the child in plain second-person Dutch:
the child is "jij/jou", the worker "ik", the foster parents "jullie" or their first names, and
the plan's sections are questions ("Waarom woon jij bij Anna en Piet?", "Bij wie kun jij
terecht?", "Wie helpt?"). Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.detect import facts
from audit.goals.extract import extract_goals
from audit.read import TextBuilder
from audit.structure.furniture import find_furniture
from audit.types import Document, Dossier
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Mijn plan - Daan\n"
        "Waarom woon jij bij Marloes en Erik?\n"
        "Je woont bij Marloes en Erik omdat zij vlak bij jouw voetbalclub wonen, zodat je daar kon blijven spelen.\n"
        "Bij wie kun jij terecht?\n"
        "Bij buurvrouw Gerda.\n"
        "Wat wil jij bereiken?\n"
        "Doel 1\n"
        "Ik wil voor 1 juli 2025 zelf met de bus naar school gaan.\n"
        "Wie helpt? Erik oefent de busreis met mij.\n"
        "Wanneer kijken we? In juni 2025.\n")
LETTERS = ("Brieven aan Daan\n\n"
           "Dinsdag 14 januari 2025\nHoi Daan,\n"
           "We hebben samen patat gegeten in de stad, alleen wij twee. Je vertelde over je nieuwe trainer.\n\n"
           "Woensdag 12 februari 2025\nHoi Daan,\n"
           "Ik was vanmiddag even bij jullie. Jij was nog op school, dus ik dronk koffie met Marloes.\n\n"
           "Maandag 17 maart 2025\nHoi Daan,\n"
           "Je belde mij vanavond zelf, met de deur van je kamer dicht.\n\n"
           "Dinsdag 8 april 2025\nHoi Daan,\n"
           "Ik heb met Karin, de gedragsdeskundige, over jou gepraat. "
           "Karin gaf als advies dat Marloes na elk bezoek een rustig halfuur met jou plant, zonder Fenna erbij.\n\n"
           "Dinsdag 6 mei 2025\nHoi Daan,\n"
           "Daarna zijn wij samen op jouw kamer gaan zitten, alleen jij en ik. "
           "We praatten over verliefd zijn en over seks.\n")
HEADER = "Jeugdige: Daan Smit\nPleegzuster Fenna (8) woont ook in het gezin.\n\n"


def _audit(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "JIJ-1", nlp, files, AS_OF)


def test_letters_to_the_child_give_talks_visits_calls_and_advice(tmp_path, nlp):
    audit = _audit(tmp_path, nlp, {"brieven_aan_daan.txt": HEADER + LETTERS, "mijn_plan.txt": PLAN})
    # "alleen wij twee", "Je belde mij", "alleen jij en ik": the child alone with the worker
    assert [f["date"] for f in audit["one_on_one_contacts"]] == ["2025-01-14", "2025-03-17", "2025-05-06"]
    assert [f["date"] for f in audit["home_visits"]] == ["2025-02-12"]  # "Ik was vanmiddag even bij jullie"
    # "Karin, de gedragsdeskundige," names the GW; "gaf als advies" is no condition, "met jou" is our child
    assert [f["date"] for f in audit["behavioural_scientist_advice"]] == ["2025-04-08"]
    assert "2025-05-06" in [f["date"] for f in audit["sexual_development"]]  # "We praatten over ... seks"


def test_plan_written_to_the_child_documents_matching_and_support(tmp_path, nlp):
    audit = _audit(tmp_path, nlp, {"mijn_plan.txt": HEADER + PLAN})
    assert audit["matching_rationale"]["documented"] is True
    assert "omdat zij vlak bij jouw voetbalclub" in audit["matching_rationale"]["evidence"][0]["sentence"]
    assert audit["support_figure"]["documented"] is True  # the short answer under the question heading


def test_a_support_question_still_being_discussed_documents_nobody(tmp_path, nlp):
    plan = PLAN.replace("Bij buurvrouw Gerda.", "Daar zijn we nog over in gesprek.")
    audit = _audit(tmp_path, nlp, {"mijn_plan.txt": HEADER + plan})
    assert audit["support_figure"]["documented"] is False


def test_scientist_named_in_an_apposition():
    assert facts.scientist_names(["Ik heb met Karin, de gedragsdeskundige, over jou gepraat."]) == {"Karin"}
    assert facts.scientist_names(["Sophie, onze gedragswetenschapper, en ik hebben gepraat."]) == {"Sophie"}
    assert facts.scientist_names(["Morgen, de dag na de zitting, bellen we."]) == set()


def test_asked_who_and_when_lines_are_the_goals_wie_and_termijn():
    b = TextBuilder()
    for line in PLAN.splitlines():
        b.add("paragraph", line)
    doc = Document("mijn_plan.docx", Path("mijn_plan.docx"), "", "test", b.text, b.blocks)
    goals = extract_goals(Dossier("T-1", Path("."), [doc]))
    assert [g.text for g in goals] == ["Ik wil voor 1 juli 2025 zelf met de bus naar school gaan."]
    assert goals[0].wie == "Erik oefent de busreis met mij." and goals[0].termijn == "In juni 2025."


def test_a_goal_line_with_its_verdict_is_an_evaluation_not_a_goal():
    b = TextBuilder()
    b.add("heading", "Jouw doelen", level=1)
    b.add("paragraph", "Doel 1 – sportclub: nog niet gelukt. Je hebt wel een proefles gedaan.")
    b.add("paragraph", "Doel 2: Daan slaapt goed. Gelukt, hij slaapt de hele nacht door.")
    b.add("paragraph", "Doel 3: Daan fietst voor 1 juli 2025 zelf naar school. Behaald als hij dat vijf dagen doet.")
    doc = Document("evaluatie.docx", Path("evaluatie.docx"), "", "test", b.text, b.blocks)
    texts = [g.text for g in extract_goals(Dossier("T-1", Path("."), [doc]))]
    assert texts == ["Daan fietst voor 1 juli 2025 zelf naar school. Behaald als hij dat vijf dagen doet."]


def test_a_one_page_footer_that_numbers_its_page_is_furniture():
    b = TextBuilder()
    start = b.next_start()
    for line in ("Mijn plan", "Ik wil zelf naar school fietsen.", "Zie blad 2 voor de handtekeningen",
                 "Mijn plan – Daan – JIJ-9999 – blad 1"):
        b.add("paragraph", line, page=1)
    doc = Document("mijn_plan.pdf", Path("mijn_plan.pdf"), "0" * 64, "test", b.text, b.blocks, [start])
    assert [doc.text[f.start:f.end] for f in find_furniture(doc)] == ["Mijn plan – Daan – JIJ-9999 – blad 1"]


def test_a_check_and_a_care_team_told_in_plain_words(tmp_path, nlp):
    letters = ("Brieven aan Daan\n\n"
               "Dinsdag 14 januari 2025\nHoi Daan,\n"
               "Samen met jou heb ik de vragenlijst over veiligheid ingevuld. Je zei dat je je veilig voelt.\n\n"
               "Woensdag 12 februari 2025\nHoi Daan,\n"
               "Vandaag kwam iedereen die jou helpt bij elkaar op ons kantoor: papa, Marloes, Erik, je juf en ik. "
               "Dat heet een zorgteam.\n")
    note = ("Overdracht aan nieuwe PZB\n"
            "Wijziging sinds vorige check: ja, een nieuwe huisgenoot sinds 08-2024 (herscreening 15-10-2024)\n")
    audit = _audit(tmp_path, nlp, {"brieven_aan_daan.txt": HEADER + letters, "overdracht.txt": note})
    assert [c["date"] for c in audit["safety_checks"]] == ["2025-01-14"]  # the form line is a field about changes
    assert [m["date"] for m in audit["care_team_meetings"]] == ["2025-02-12"]  # "Dat heet een zorgteam" is none


def test_a_definition_in_plain_words_is_no_event(tmp_path, nlp):
    letters = ("Brieven aan Daan\n\n"
               "Dinsdag 14 januari 2025\nHoi Daan,\n"
               "Nu Bo bij jullie woont, kijk ik opnieuw of alles veilig is in huis. Dat heet een herscreening.\n")
    audit = _audit(tmp_path, nlp, {"brieven_aan_daan.txt": HEADER + letters})
    assert audit["rescreening"]["rescreened"] is None
