"""Dictated notes (speech-to-text): app headers with a label before the date, lower case, no full stops.

A note dictated into a phone app comes out as "[Notitie 14-06-2023 09:12 | gedicteerd | ...]"
and one long unpunctuated line. Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.read import load_dossier
from audit.structure.entries import entries_of
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 6, 1)
HEADER = "Jeugdige: Mees Bakker\nPleegouders: Ineke en Wouter Post\n\n"


def _audit(tmp_path: Path, nlp, text: str) -> dict:
    return audit_files(tmp_path / "DIC-1", nlp, {"notities.txt": HEADER + text}, AS_OF)


def test_an_app_note_header_with_a_label_before_its_date_opens_an_entry(tmp_path):
    (tmp_path / "DIC-1").mkdir()
    (tmp_path / "DIC-1" / "notities.txt").write_text(
        "[Notitie 14-06-2023 09:12 | gedicteerd | M. de Boer]\nhuisbezoek gedaan bij het pleeggezin\n\n"
        "[Notitie 05-07-2023 15:30 | gedicteerd | M. de Boer]\ngebeld met school\n", encoding="utf-8")
    doc = load_dossier(tmp_path / "DIC-1").documents[0]
    assert [e.date.date.isoformat() for e in entries_of(doc)] == ["2023-06-14", "2023-07-05"]


def test_a_run_on_note_is_judged_statement_by_statement(nlp):
    # one dictated line: the visit happened; the plan and the negation belong to later statements
    text = ("eh huisbezoek bij het pleeggezin gedaan ineke had koffie gezet en mees liet zijn nieuwe fiets zien "
            "in de schuur hij is er heel trots op want hij heeft hem zelf uitgezocht bij de fietsenmaker in het dorp "
            "maar op school gaat het nog niet zo goed hij is niet blij met zijn mentor volgende keer wil ik hem "
            "alleen spreken over school en over zijn vrienden")
    starts = [s.text.split()[0] for s in nlp(text).sents]
    assert starts == ["eh", "maar", "volgende"]
    short = "huisbezoek gedaan maar niet lang gebleven"  # a short line is never cut
    assert len(list(nlp(short).sents)) == 1


def test_a_visit_in_a_run_on_note_is_not_blocked_by_a_later_plan(tmp_path, nlp):
    audit = _audit(tmp_path, nlp, (
        "[Notitie 04-03-2025 16:40 | gedicteerd | M. de Boer]\n"
        "eh huisbezoek bij het pleeggezin gedaan ineke had koffie gezet en mees liet zijn nieuwe fiets zien "
        "in de schuur hij is er heel trots op want hij heeft hem zelf uitgezocht bij de fietsenmaker in het dorp "
        "maar op school gaat het nog niet zo goed hij is niet blij met zijn mentor volgende keer wil ik hem "
        "alleen spreken over school en over zijn vrienden\n\n"
        "[Notitie 11-03-2025 10:05 | gedicteerd | M. de Boer]\n"
        "veiligheidscheck gedaan bij het pleeggezin met de vaste lijst\n\n"
        "[Notitie 18-03-2025 09:00 | gedicteerd | M. de Boer]\n"
        "mees woont sinds 2022 bij het pleeggezin en dat gaat goed zegt school\n"))
    assert [v["date"] for v in audit["home_visits"]] == ["2025-03-04", "2025-03-11"]


def test_lower_case_child_and_split_role_words_of_a_dictated_note(tmp_path, nlp):
    audit = _audit(tmp_path, nlp, (
        "[Notitie 04-02-2025 16:40 | gedicteerd | M. de Boer]\n"
        "met mees alleen een rondje door het dorp gelopen hij vertelde over zijn nieuwe klas\n\n"
        "[Notitie 11-02-2025 10:05 | gedicteerd | M. de Boer]\n"
        "met ineke alleen de planning voor de vakantie doorgenomen\n\n"
        "[Notitie 18-02-2025 09:00 | gedicteerd | M. de Boer]\n"
        "casus besproken met de gedrags wetenschapper karin over mees hij adviseert om het slapen "
        "een vast ritueel te geven\n"))
    # the child's name in lower case is the child; the foster mother's ("met ineke alleen") is not
    assert [c["date"] for c in audit["one_on_one_contacts"]] == ["2025-02-04"]
    assert [a["date"] for a in audit["behavioural_scientist_advice"]] == ["2025-02-18"]  # "gedrags wetenschapper"
