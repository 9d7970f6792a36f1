"""Sections, document types, dated entries, labelled dates and sentences on the project's own texts."""
import datetime as dt

import pytest

from audit.read import read_file
from audit.structure import plan_date, structure_document
from audit.structure.sections import (
    clean_title,
    goal_heading_kind,
    heading_kind,
    is_document_title,
    is_unrelated_heading,
)
from audit.structure.sentences import sentence_spans

JOURNAL = """Rapportage pleegzorg - Fenna de B. (geb. 03-02-2016)
Pleeggezin Aydın, Zuidwold

di 5 mrt 2024 - huisbezoek (PZB)
Fenna speelde buiten. Met PM gesproken over school.

2024-04-17 Contactmoment
Telefonisch met de mentor.

Datum: 12 juni 2024
Fenna apart gesproken op de fiets naar de bieb.

Juli 2024
Zomerstop, geen contact.

19-09-24 | Overleg GW
Advies: structuur rond bezoek.
Volgende afspraak 01-10-2024.
"""

PLAN = """HULPVERLENINGSPLAN
Opgesteld: 14-02-2025 door PZB T. Bakker

1. Gegevens
Fenna woont sinds 2021 in het pleeggezin.

2. Doelen
Fenna leest voor de zomer zelfstandig een AVI-E4 boek.

3. Veiligheid
Laatste check 12-06-2024.
"""


def _doc(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path)


def test_journal_entries_in_several_house_styles(tmp_path):
    s = structure_document(_doc(tmp_path, "rapportage.txt", JOURNAL))
    assert s.doc_type == "journal"
    dates = [(e.date.iso(), e.date.precision) for e in s.entries]
    assert dates == [
        ("2024-03-05", "day"), ("2024-04-17", "day"), ("2024-06-12", "day"), ("2024-07", "month"), ("2024-09-19", "day"),
    ]
    # a date inside a body line ("Volgende afspraak 01-10-2024.") does not open an entry
    last = s.entries[-1]
    assert s.document.text[last.start:last.end].rstrip().endswith("Volgende afspraak 01-10-2024.")
    # entries partition the text from the first header on
    for a, b in zip(s.entries, s.entries[1:]):
        assert a.end == b.start
    apart = s.document.text.index("Fenna apart")
    assert s.entry_at(apart).date.date == dt.date(2024, 6, 12)
    assert s.entry_at(0) is None


def test_plain_line_headings_become_sections(tmp_path):
    s = structure_document(_doc(tmp_path, "hvp.txt", PLAN))
    assert s.doc_type == "care_plan"
    kinds = [(sec.kind, sec.title) for sec in s.sections]
    assert ("goals", "Doelen") in kinds and ("safety", "Veiligheid") in kinds and ("background", "Gegevens") in kinds
    goal_at = s.document.text.index("Fenna leest")
    assert s.section_at(goal_at).kind == "goals"
    assert s.doc_date.date == dt.date(2025, 2, 14)


def test_heading_helpers():
    assert clean_title("3.1 Doelen:") == "Doelen"
    assert heading_kind("Wat willen we bereiken?") == "goals"
    assert heading_kind("Afweging") == "matching"
    assert heading_kind("Vakantieplanning") == "other"


def test_more_entry_header_shapes(tmp_path):
    text = (
        "Weekverslagen\nWeek 12 (17 - 23 mrt 2025)\nwo 19-3: huisbezoek, Fenna vrolijk.\n\n"
        "-- huisbezoek 02-04-2025 --\nGesprek met PM.\n\n[di 08/04/25 - tel] PM belt over school.\n\nHuisbezoek 15 april 2025\nRustig.\n"
    )
    s = structure_document(_doc(tmp_path, "weekverslagen.txt", text))
    assert [e.date.iso() for e in s.entries][-4:] == ["2025-03-19", "2025-04-02", "2025-04-08", "2025-04-15"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2. Doelen", "goals"),
        ("Wat willen we bereiken?", "goals"),
        ("Plan van aanpak", "goals"),
        ("Evaluatie doelen", "goals_evaluation"),
        ("Acties:", "not_goals"),
        ("Subdoelen", "not_goals"),
        ("Ondertekening", "not_goals"),
        ("Situatie", None),
    ],
)
def test_goal_heading_kinds(title, kind):
    assert goal_heading_kind(title) == kind


def test_document_title_and_unrelated_headings():
    assert is_document_title("Plan van aanpak – Jayden B.")
    assert not is_document_title("Plan van aanpak")
    assert is_unrelated_heading("Inzet pleegzorg") and is_unrelated_heading("3. Situatie")
    assert not is_unrelated_heading("Doelen")


def test_plan_date_fields():
    line = "Datum evaluatie | 1 september 2024"
    found = plan_date(line)
    assert found.iso() == "2024-09-01" and line[found.start:found.end] == found.text == "1 september 2024"
    assert plan_date("Opgesteld door: N. Pinas | Datum: maart 2024").iso() == "2024-03"
    assert plan_date("Geboortedatum: 03-02-2016") is None  # not a field of the plan
    assert plan_date("Datum van het volgende overleg is 12-03-2024") is None  # the date must follow the label


def test_weekday_prefix_of_an_entry_header_comes_from_the_date_vocabulary(tmp_path):
    text = ("Journaal\nwoe 12-03-2025 - huisbezoek bij het pleeggezin, Fenna liet haar nieuwe fiets zien en vertelde "
            "over school.\nvrijdag 14-03-2025: telefonisch contact met de mentor over de toetsen van volgende week.\n")
    s = structure_document(_doc(tmp_path, "journaal.txt", text))
    assert [e.date.iso() for e in s.entries] == ["2025-03-12", "2025-03-14"]


def test_sentence_spans_keep_initials_abbreviations_and_times():
    text = "Opgesteld door L. Hogenbirk bij fam. Koopman. Jayden gaat om 20.30 uur naar bed. Hij leest o.a. strips."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Opgesteld door L. Hogenbirk bij fam. Koopman.",
        "Jayden gaat om 20.30 uur naar bed.",
        "Hij leest o.a. strips.",
    ]


def test_sentence_spans_are_trimmed_and_skip_blank_text():
    text = "  Sanne fietst.   Zij zwemt!  "
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Sanne fietst.", "Zij zwemt!"]
    assert sentence_spans("   ") == []


@pytest.mark.parametrize(
    "name, first_line, kind",
    [
        ("plaatsingsbesluit.txt", "Besluit", "matching_report"),  # a placement decision weighs the match
        ("stukken.txt", "Besluit netwerkplaatsing - Pleegzorg Oost", "matching_report"),
        ("plan.txt", "Zorgbureau Zuid · Plan, matching en risicotaxatie · Cliënt 4411", "other"),  # composite
        ("check.txt", "Veiligheidscheck pleeggezin", "safety_form"),
    ],
)
def test_document_kind_from_name_and_title(tmp_path, name, first_line, kind):
    s = structure_document(_doc(tmp_path, name, f"{first_line}\nDatum: 03-02-2024\n\nTekst van het stuk.\n"))
    assert s.doc_type == kind


def test_a_birth_date_does_not_set_the_year_of_later_headers(tmp_path):
    """'Geboortedatum: 03-10-2011 · sinds 09-05-2022' under the report's own date: a year-less
    'Veiligheidscheck 1 juli' heading belongs to the report's year, not to the placement's start."""
    text = ("Voortgangsrapportage 2e kwartaal 2025\nFenna de Boer · 8 juli 2025\n"
            "Geboortedatum: 03-10-2013 · in het pleeggezin sinds 09-05-2022\n\n"
            "Veiligheidscheck 1 juli\nOp 1 juli heb ik de veiligheidscheck gedaan.\n")
    s = structure_document(_doc(tmp_path, "rapportage.txt", text))
    assert s.entries[-1].date.date == dt.date(2025, 7, 1)


def test_month_headings_in_several_forms_are_entries_and_set_the_year(tmp_path):
    text = ("Dossieroverzicht Fenna\nFenna de Boer, geboren 02-05-2016.\n"
            "November 2024\nOp donderdag de 21e met Fenna gepraat.\n"
            "januari '25\nOp dinsdag de 28e de veiligheidscheck gedaan.\n"
            "di 4/2: op school met Fenna gepraat.\n")
    s = structure_document(_doc(tmp_path, "dossieroverzicht.txt", text))
    assert [(e.date.iso(), e.date.precision) for e in s.entries] == [
        ("2024-11", "month"), ("2025-01", "month"), ("2025-02-04", "day")]


def test_a_records_time_stamp_is_no_entry(tmp_path):
    """'Status: gemigreerd 01-04-2023, niet bewerkbaar' in a migrated journal record: the note is of 2021."""
    text = ("[CliniDoc] Journaal 22/09/2021 16:10\nDatum/tijd: 22/09/2021 16:10\nType: Gesprek PK\n"
            "Status: gemigreerd 01-04-2023, niet bewerkbaar\nVerslag:\nPK alleen gesproken tijdens een wandeling.\n")
    s = structure_document(_doc(tmp_path, "export.txt", text))
    at = s.document.text.index("PK alleen")
    assert s.entry_at(at).date.date == dt.date(2021, 9, 22)


def test_a_dated_header_keeps_the_year_heading_in_force(tmp_path):
    """'4/12' after '12-03-2024 Huisbezoek' under '=== 2024 ===' is 4 December 2024, not 2023."""
    text = "=== 2024 ===\n12-03-2024 Huisbezoek\nTekst.\n4/12 Huisbezoek\nTekst.\n"
    s = structure_document(_doc(tmp_path, "journaal.txt", text))
    assert [e.date.date for e in s.entries] == [dt.date(2024, 3, 12), dt.date(2024, 12, 4)]
