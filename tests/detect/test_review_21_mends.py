"""Counter-examples from the twenty-first session's review of its own rules: the same sentence written at
every visit, a quality checklist with a review talk's date, a label whose answer is the prose below it, a
journal line that mentions planning, a carried-over goal, a foster parent at the table in a broad cue's
sentence. Every sentence is written for this test."""
from __future__ import annotations

import datetime as dt

import pytest

from audit.detect.form_fields import label_answer
from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 6, 1)
PLAN = ("Hulpverleningsplan\nPleegkind: Noor Veenstra\nPleegouders: Wilma en Gert Bakker\n"
        "Start plaatsing: 01-03-2022\n")


def events(tmp_path, nlp, field: str, text: str, name: str = "journaal.txt") -> list[str]:
    found = audit_files(tmp_path / "R21-1", nlp, {"plan.txt": PLAN, name: text}, AS_OF)
    return sorted(event_dates(found, field))


def test_the_same_sentence_at_every_visit_is_every_visit_s_talk(tmp_path, nlp):
    same = "Ik heb Noor een half uur apart gesproken op haar kamer, pleegouders waren niet aanwezig."
    journal = "Journaal PZB - Noor\n\n" + "\n\n".join(f"{d} Huisbezoek\n{same}" for d in
                                                   ("14-01-2025", "11-02-2025", "18-03-2025"))
    assert events(tmp_path, nlp, "one_on_one_contacts", journal) == ["2025-01-14", "2025-02-11", "2025-03-18"]


def test_a_quality_checklist_with_a_review_talk_s_date_stays_a_self_assessment(tmp_path, nlp):
    text = ("Kwaliteitschecklist dossier Noor Veenstra\nDatum gesprek: 20-05-2025 (teamleider en PZB)\n"
            "Pleegkind drie keer apart gesproken [x] ja [ ] nee [ ] n.v.t.\n"
            "Veiligheidscheck actueel [x] ja [ ] nee [ ] n.v.t.\nAdvies GW vastgelegd [x] ja [ ] nee [ ] n.v.t.\n"
            "Toelichting: Noor apart gesproken op 14-01-2025, 11-02-2025 en 18-03-2025.\n")
    assert events(tmp_path, nlp, "one_on_one_contacts", text, "kwaliteitschecklist.txt") == []


@pytest.mark.parametrize("text", [
    "Met Noor alleen gesproken over de volgende punten:\n1. school",
    "Gesprek met Noor zonder pleegouders:\nNoor vertelde: het gaat goed",
])
def test_a_label_whose_answer_is_below_it_is_not_left_blank(text):
    start = text.index("alleen") if "alleen" in text else text.index("zonder")
    assert label_answer(text, start, start + 6) is None


def test_a_journal_line_that_mentions_planning_keeps_its_check(tmp_path, nlp):
    journal = "Journaal PZB - Noor\n\n11-03-2025 hb, veiligheidscheck gedaan met PO en Noor, planning besproken\n"
    assert events(tmp_path, nlp, "safety_checks", journal) == ["2025-03-11"]


@pytest.mark.parametrize("line", [
    "12-03-2025 Notitie\nNoor en ik zijn met pleegmoeder naar de markt geweest.",
    "12-03-2025 Notitie\nGert was niet mee, Wilma en ik hebben met Noor gepraat.",
    "12-03-2025 Notitie\nIk kon niet mee naar de rechtbank; Wilma is met Noor gegaan en heeft mij gebeld.",
])
def test_a_foster_parent_there_or_the_worker_away_is_no_talk_alone(tmp_path, nlp, line):
    assert events(tmp_path, nlp, "one_on_one_contacts", "Journaal PZB - Noor\n\n" + line + "\n") == []


def test_a_child_not_picked_up_is_no_contact(tmp_path, nlp):
    journal = "Journaal PZB - Noor\n\n12-03-2025 Notitie\nIk heb Noor niet opgehaald, zij ging met de bus.\n"
    assert events(tmp_path, nlp, "one_on_one_contacts", journal) == []
