"""A checklist filled in per visit: each form is dated by its visit ("Datum bezoek: 10-12-2024", in a line or
in a table's row) and its answers are records of that visit ("3. Pleegkind apart gesproken: ja — samen de
hond uitgelaten"), unlike a quality checklist that assesses a year. A numbered item is still a field's
label; "nee — reden", "n.v.t." and a blank answer say no; a yes whose remark names a foster parent there is
no talk alone. Every form is written for this test."""
from __future__ import annotations

import datetime as dt

import pytest

from audit.detect.form_fields import field_remark, label_answer
from tests.pipelines import audit_files, event_dates

AS_OF = dt.date(2025, 12, 31)
PLAN = ("Hulpverleningsplan\nPleegkind: Noor Veenstra\nPleegouders: Marieke en Joost Dekker\n"
        "Start plaatsing: 01-03-2022\n")


def form(day: str, answer: str, sep: str = ":") -> str:
    return (f"Bezoekchecklist pleeggezin\nPleegkind: Noor Veenstra\nDatum bezoek{sep} {day}\n"
            f"Aanwezig{sep} pleegmoeder Marieke, Noor\nPer vraag: ja / nee / n.v.t., met toelichting.\n"
            f"1. Bezoek aangekondigd{sep} ja\n2. Pleegouder(s) gesproken{sep} ja — Marieke\n"
            f"3. Pleegkind apart gesproken{sep} {answer}\n4. Slaapkamer gezien{sep} ja\n")


def talks(tmp_path, nlp, sep: str, *visits: tuple[str, str]) -> list[str]:
    forms = "\n".join(form(day, answer, sep) for day, answer in visits)
    found = audit_files(tmp_path / "CHK-1", nlp, {"plan.txt": PLAN, "bezoekchecklists.txt": forms}, AS_OF)
    return sorted(event_dates(found, "one_on_one_contacts"))


VISITS = [("10-03-2025", "ja — samen de hond uitgelaten, Noor vertelde over school"),
          ("12-05-2025", "nee — Noor was bij een vriendin"),
          ("08-07-2025", "n.v.t. — Noor was op kamp"),
          ("16-09-2025", ""),
          ("18-11-2025", "ja — pleegmoeder was er de hele tijd bij")]


@pytest.mark.parametrize("sep", [":", " |"])
def test_each_visit_s_form_records_its_own_talk(tmp_path, nlp, sep):
    assert talks(tmp_path, nlp, sep, *VISITS) == ["2025-03-10"]


@pytest.mark.parametrize("line, answer", [
    ("3. Pleegkind apart gesproken | ja — op zijn kamer", True),
    ("3. Pleegkind apart gesproken: ja — op zijn kamer", True),
    ("3. Pleegkind apart gesproken | nee — hij sliep", False),
    ("3. Pleegkind apart gesproken | n.v.t. — was er niet", False),
    ("3. Pleegkind apart gesproken | ", False),
    ("04-03-2025 | PZB | Pleegkind apart gesproken | x", None),  # a register's row, no field
])
def test_a_numbered_item_is_a_field_s_label(line, answer):
    start = line.index("apart")
    assert label_answer(line, start, start + 5) is answer


def test_the_remark_after_the_answer():
    line = "3. Pleegkind apart gesproken: ja — pleegmoeder was erbij"
    start = line.index("apart")
    assert field_remark(line, start, start + 5).strip() == "ja — pleegmoeder was erbij"


def test_a_quality_checklist_without_a_visit_s_date_stays_a_self_assessment(tmp_path, nlp):
    audit = ("Kwaliteitschecklist pleegzorg 2025 — Noor Veenstra\nPer vraag: ja / nee / n.v.t.\n"
             "Pleegkind dit jaar apart gesproken: ja / nee / n.v.t. — ja, 10-03-2025\n"
             "Huisbezoek afgelopen jaar: ja / nee / n.v.t. — ja\n")
    found = audit_files(tmp_path / "CHK-2", nlp, {"plan.txt": PLAN, "checklist.txt": audit}, AS_OF)
    assert event_dates(found, "one_on_one_contacts") == []
