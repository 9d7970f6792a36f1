"""Journals typed in a hurry: lower case, no full stops, year-less days, several writers.

A line that opens with a day is an entry even when the file never says its year (the title
does, or the rest of the dossier does), a writer's tag may stand before the day, and such a
line is never glued to the line above as wrapped prose. Every line is written for this test.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from audit.read.base import TextBuilder
from audit.read.text import read_text, unwrap
from audit.structure.entries import entries_of, title_year, writer_tags
from audit.types import Document


def _doc(lines: list[str]) -> Document:
    b = TextBuilder()
    for line in lines:
        b.add("line", line)
    return Document("x.txt", Path("x.txt"), "0" * 64, "text/utf-8", b.text, b.blocks, [])


def _dates(doc: Document, until: dt.date | None = None) -> list[str]:
    return [e.date.iso() for e in entries_of(doc, until)]


def test_a_dated_line_journal_takes_its_year_from_its_title():
    doc = _doc(["logboek pk daan (11) - 2024", "3/2 hb fam kuiper, daan ff apart gesproken",
                "7 mei tel pm over school", "di 18-6 hb, pm en daan thuis", "12-11 zorgteam op kantoor"])
    assert _dates(doc) == ["2024-02-03", "2024-05-07", "2024-06-18", "2024-11-12"]


def test_a_title_year_is_no_year_of_a_report_or_a_time_phrase():
    assert title_year(_doc(["Pleegzorg sinds 2019 bij fam. Kuiper"])) is None
    assert title_year(_doc(["Hulpverleningsplan 2024-2025"])) is None
    report = _doc(["Evaluatie 2024", "Woensdag 12/2 heb ik het gezin bezocht en daarna gebeld met school.",
                   "Daan doet het goed op school en heeft veel vrienden in de buurt.",
                   "De omgang met moeder verloopt wisselend; soms zegt zij af.",
                   "Dinsdag 3/6 besproken met de gedragswetenschapper.", "Vrijdag 8/8 kort contact.",
                   "Het perspectief blijft het pleeggezin.", "Doelen: zie plan.", "Conclusie: voortzetten."])
    assert _dates(report) == []  # three dated sentences in a report make no journal of dated lines


def test_writer_tags_before_the_day_open_entries():
    doc = _doc(["logboek 2025 - gezamenlijk", "kim 4/3 hb, daan apart op zn kamer", "tom 11-3 tel pv",
                "kim 20/3 overleg gw", "tom 2/4 daan naar de kapper gebracht", "anita belt 6-4: alles goed"])
    assert writer_tags(doc) == frozenset({"kim", "tom"})
    assert _dates(doc) == ["2025-03-04", "2025-03-11", "2025-03-20", "2025-04-02"]


def test_a_journal_without_any_year_runs_up_to_the_day_the_dossier_gives():
    doc = _doc(["notities invalkracht - daan", "14-10 start, dossier gelezen", "di 22-10 hb fam kuiper",
                "5/11 tel school", "19-11 daan alleen gesproken op school", "3/12 overdracht aan vaste pzb"])
    assert _dates(doc) == []
    assert _dates(doc, dt.date(2025, 2, 1)) == ["2024-10-14", "2024-10-22", "2024-11-05", "2024-11-19", "2024-12-03"]


def test_unwrap_keeps_dated_lines_and_the_title_apart():
    text = ("journaal daan kuiper (11) -- invalkracht marloes, fam kuiper in dorpshaven\n"
            "di 22-10 hb fam kuiper, daan zat lekker in zn vel en had veel te vertellen over\n"
            "zn nieuwe school en de klas\n"
            "5/11 tel school, mentor tevreden over inzet en over zijn huiswerk deze weken\n"
            "19-11 daan alleen gesproken op school\n")
    lines = unwrap(text).split("\n")
    assert lines[0].startswith("journaal") and lines[0].endswith("dorpshaven")
    assert lines[1].startswith("di 22-10") and lines[1].endswith("de klas")  # a wrapped line still joins
    assert lines[2].startswith("5/11") and lines[3].startswith("19-11")
    doc = read_text(text.encode(), "j.txt", Path("j.txt"))
    assert len(doc.text) == len(text)


def test_a_title_year_holds_until_the_first_entry_then_days_chain_on():
    doc = _doc(["logboek pk daan (11) - 2024", "14/10 hb fam kuiper", "12-12 tel pm", "7/1 hb, daan apart gesproken",
                "3 feb zorgteam op kantoor"])
    assert _dates(doc) == ["2024-10-14", "2024-12-12", "2025-01-07", "2025-02-03"]


def test_labels_before_a_day_in_a_report_are_no_writer_tags():
    report = _doc(["Evaluatie 12-06-2025 met de gedragswetenschapper.", "Daan gaat graag naar school.",
                   "Evaluatie 14-11-2025 met de jeugdbeschermer.", "Geboren 03-10-2011 in Dorpshaven.",
                   "Geboren 12-05-2015 in Oostveld.", "De omgang verloopt goed."])
    assert writer_tags(report) == frozenset()


def test_lines_above_the_first_dated_one_take_its_year():
    doc = _doc(["journaal tijmen (15) - pleegoudervoogdij", "pzb: gert / priscilla (inval)",
                "27/6 hb bij anita, tijmen ff apart gesproken op zn kamer",
                "30-6-23 overleg gw over schoolweigering", "14-9 zorgteam op kantoor", "12/10 hb afgezegd"])
    assert _dates(doc) == ["2023-06-27", "2023-06-30", "2023-09-14", "2023-10-12"]


def test_a_writer_s_initials_before_the_first_line_s_day():
    # "AV" opens one line only, so it is no writer's tag of the file; above the first dated line it is read so
    doc = _doc(["journaal amber (13)", "AV 20/6 veiligheidscheck bij oom en tante, amber apart gevraagd",
                "rik 1-7-24 amber alleen gesproken in het park", "rik 10/9 hvp besproken op kantoor",
                "rik 8-10 gesprek met amber, tante bleef erbij"])
    assert _dates(doc) == ["2024-06-20", "2024-07-01", "2024-09-10", "2024-10-08"]


def test_a_line_above_the_first_that_would_fall_after_it_is_no_entry():
    # read nearest the first entry, "14/9" falls after 30-06-2023: the file runs forward, so no entry
    doc = _doc(["journaal tijmen (15)", "14/9 hb bij anita", "30-6-23 overleg gw over schoolweigering",
                "2-7 hb, tijmen apart gesproken", "4-7 tel pm over de zomer"])
    assert _dates(doc) == ["2023-06-30", "2023-07-02", "2023-07-04"]


def test_a_fraction_above_the_first_dated_line_is_no_day():
    doc = _doc(["journaal tijmen (15)", "1/2 uur per week beeldbellen met moeder", "30-6-23 overleg gw over schoolweigering",
                "2-7 hb, tijmen apart gesproken", "4-7 tel pm over de zomer"])
    assert _dates(doc) == ["2023-06-30", "2023-07-02", "2023-07-04"]
