"""Entry headers of more house styles: e-mail exports and year-sectioned telegram journals."""
from __future__ import annotations

from pathlib import Path

from audit.read.base import TextBuilder
from audit.structure.entries import entries_of, year_context
from audit.types import Document


def _doc(lines: list[str]) -> Document:
    b = TextBuilder()
    for line in lines:
        b.add("line", line)
    return Document("x.txt", Path("x.txt"), "0" * 64, "text/utf-8", b.text, b.blocks, [])


def test_email_sent_headers_date_their_mail():
    doc = _doc(["Van: M. de Wilde", "Verzonden: dinsdag 4 juni 2024 14:12", "Onderwerp: RE: huisbezoek",
                "Gisteren Noor na school opgehaald.", "Sent: Wednesday", "Verzonden: vrijdag 7 juni 2024 09:01",
                "Vanmiddag belde Noor zelf."])
    assert [e.date.iso() for e in entries_of(doc)] == ["2024-06-04", "2024-06-07"]


def test_year_headings_date_bare_day_month_lines():
    doc = _doc(["=== 2023 ===", "29/11 hb. gaat goed.", "=== 2024 ===", "4/6 hb PZB. PK apart gespr.",
                "12/1 tel. PM.", "4/12 met PK samen naar de Hema, PO bleef thuis."])
    assert [e.date.iso() for e in entries_of(doc)] == ["2023-11-29", "2024-06-04", "2024-01-12", "2024-12-04"]


def test_without_a_year_heading_a_fraction_is_no_entry():
    doc = _doc(["Journaal", "2/3 van de kinderen in het gezin gaat naar dezelfde school."])
    assert entries_of(doc) == []


def test_year_context_only_for_year_lines():
    assert year_context("## 2025") is not None and year_context("Jaar 2024").date.year == 2024
    assert year_context("Sinds 2019 in het gezin") is None


def test_a_line_dated_logbook_dates_bare_day_month_and_month_lines():
    """A logbook whose lines open with their dates: "25/6 ...", "mei - ...", "maart. ..." are entries too."""
    doc = _doc(["Logboek Kim - bijgehouden door pleegmoeder", "8-1-2024 Kim is vandaag gekomen.",
                "25/6 Iemand van de JB heeft Kim op school gesproken.", "mei - Kim slaapt beter.",
                "oktober 2024. Lies kwam langs.", "jan 2025 - ruzie met de buurjongen.", "di 18 feb - naar de dierentuin.",
                "maart. Kim is droog overdag."])
    got = [(e.date.iso(), e.date.precision) for e in entries_of(doc)]
    assert got == [("2024-01-08", "day"), ("2024-06-25", "day"), ("2024-05", "month"), ("2024-10", "month"),
                   ("2025-01", "month"), ("2025-02-18", "day"), ("2025-03", "month")]


def test_a_month_word_opening_ordinary_prose_is_no_entry():
    doc = _doc(["Verslag", "8-1-2024 Kim is vandaag gekomen.", "Mei is voor Kim een moeilijke maand geweest."])
    assert [e.date.iso() for e in entries_of(doc)] == ["2024-01-08"]


def test_a_ticked_answer_with_a_date_is_no_entry():
    doc = _doc(["Jaarevaluatie 2024", "Datum: 03-12-2024", "Is de veiligheidscheck uitgevoerd?",
                "☒ ja ☐ nee, datum: 29-10-2024", "Doelen"])
    assert [e.date.iso() for e in entries_of(doc)] == ["2024-12-03"]


def test_an_exports_record_headers_are_entries():
    doc = _doc(["ECD export rapportages", "Exportdatum: 14-03-2025 09:12 | gebruiker: T. Bennani",
                "Rapportage 17-10-2023 10:20 | auteur: M. Hoogendam (pleegzorgbegeleider) | soort: Huisbezoek",
                "Huisbezoek bij het pleeggezin.", "Notitie 3 maart 2024 - telefonisch", "Moeder belde.",
                "Vandaag 12 keer gebeld zonder antwoord."])
    assert [e.date.iso() for e in entries_of(doc)][1:] == ["2023-10-17", "2024-03-03"]
