"""Text copied forward in a file: a run of sentences that repeats sentences written earlier, word for word
(a "Stand van zaken" that pastes the last entry's note, also with new words after it), is a copy; a short
formulaic note that repeats ("Huisbezoek. PK apart gesproken.") is not. Every line is written for this test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from audit.read.base import TextBuilder
from audit.structure.copies import copied_blocks, in_copied_block
from audit.types import Document
from tests.pipelines import audit_files, event_dates


def _doc(lines: list[str]) -> Document:
    b = TextBuilder()
    for line in lines:
        b.add("line", line)
    return Document("x.txt", Path("x.txt"), "0" * 64, "text/utf-8", b.text, b.blocks, [])


NOTE = ("Huisbezoek. Oma deed boodschappen, opa was in de schuur. Ik heb Noor alleen gesproken in de woonkamer; "
        "zij vertelde over de zwemles en over haar nieuwe vriendinnen op school.")


def _copied(lines: list[str]) -> list[str]:
    doc = _doc(lines)
    return [doc.text[a:b] for a, b in copied_blocks(doc)]


def test_a_pasted_note_is_a_copy_sentence_by_sentence():
    copied = _copied(["Datum: 27-02-2025", NOTE, "Datum: 19-03-2025", "Stand van zaken:", NOTE, "Nieuw: oma belt."])
    assert copied == ["Huisbezoek.", "Oma deed boodschappen, opa was in de schuur.",
                      "Ik heb Noor alleen gesproken in de woonkamer; zij vertelde over de zwemles en over haar nieuwe "
                      "vriendinnen op school."]


def test_a_pasted_note_with_new_words_after_it():
    copied = _copied([NOTE, NOTE + " Nieuw vandaag: Noor slaapt weer goed."])
    assert len(copied) == 3 and "Nieuw vandaag" not in " ".join(copied)


def test_a_short_note_that_repeats_is_no_copy():
    assert _copied(["12-03 Huisbezoek. PK apart gesproken.", "02-04 Huisbezoek. PK apart gesproken."]) == []


def test_a_form_s_fields_that_repeat_in_every_form_are_no_copy():
    field = "Soort contact: [x] huisbezoek [ ] telefonisch [ ] kantoor [ ] school [ ] video, duur ongeveer een uur"
    answers = "Soort contact: huisbezoek: ja, telefonisch: nee, kantoor: nee, school: nee, video: nee, anders: nee"
    assert _copied(["Datum: 12-03-2025", field, answers, "Datum: 02-04-2025", field, answers]) == []


def test_a_sentence_with_a_colon_in_it_is_prose():
    first = "Daarna Noor apart gesproken op haar kamer: zij zegt dat ze zich veilig voelt en dat Joris met haar speelt."
    line = first + " Ze wil graag op zwemles."
    assert _copied([line, "Stand van zaken:", line]) == [first, "Ze wil graag op zwemles."]


def test_the_same_sentence_written_at_every_visit_is_no_copy():
    # a worker who records each visit in the same words records each visit
    same = "Ik heb Noor een half uur apart gesproken op haar kamer, pleegouders waren niet aanwezig."
    assert _copied(["14-01-2025 Huisbezoek.", same, "11-02-2025 Huisbezoek.", same, "18-03-2025", same]) == []


def test_in_a_file_written_newest_first_the_copy_is_the_upper_one():
    doc = _doc(["Datum: 19-03-2025", "Stand van zaken:", NOTE, "Datum: 27-02-2025", NOTE])
    upper = doc.text.index("Ik heb Noor")
    lower = doc.text.rindex("Ik heb Noor")
    blocks = copied_blocks(doc, newest_first=True)
    assert in_copied_block(blocks, upper) and not in_copied_block(blocks, lower)


def test_offsets_inside_a_copied_run():
    doc = _doc(["Eerst iets anders.", NOTE, NOTE])
    blocks = copied_blocks(doc)
    second = doc.text.rindex("Ik heb Noor")
    assert in_copied_block(blocks, second) and not in_copied_block(blocks, doc.text.index("Ik heb Noor"))


def test_the_talk_counts_once_on_its_own_day(tmp_path, nlp):
    plan = "Hulpverleningsplan\nPleegkind: Noor Veenstra\nPleegouders: Wilma en Gert Bakker\nStart plaatsing: 01-03-2022\n"
    journal = ("Journaal PZB - Noor Veenstra\n\nDatum: 27-02-2025 | huisbezoek\n\nNieuw:\n" + NOTE +
               "\n\nDatum: 19-03-2025 | telefonisch contact oma\n\nStand van zaken:\n" + NOTE +
               "\n\nNieuw:\nOma belt: Noor heeft nachtmerries.\n")
    found = audit_files(tmp_path / "CPY-1", nlp, {"plan.txt": plan, "journaal.txt": journal}, dt.date(2025, 6, 1))
    assert event_dates(found, "one_on_one_contacts") == ["2025-02-27"]
