"""Tests for the Dutch date recogniser (audit.structure.dates)."""
from __future__ import annotations

import datetime as dt

import pytest

from audit.structure.dates import expand_two_digit_year, find_dates, parse_date

CTX = dt.date(2024, 6, 1)


def only(text: str, context_date: dt.date | None = None):
    found = find_dates(text, context_date=context_date)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected_text", "iso", "precision"),
    [
        ("Huisbezoek 12-03-2024 bij PO.", "12-03-2024", "2024-03-12", "day"),
        ("op 12-3-2024 gesproken", "12-3-2024", "2024-03-12", "day"),
        ("op 2-3-24 gesproken", "2-3-24", "2024-03-02", "day"),
        ("datum 12/03/24.", "12/03/24", "2024-03-12", "day"),
        ("12/03/2024", "12/03/2024", "2024-03-12", "day"),
        ("gezien 12.03.2024, ok", "12.03.2024", "2024-03-12", "day"),
        ("op 12 maart 2024 was", "12 maart 2024", "2024-03-12", "day"),
        ("op 12 Maart 2024", "12 Maart 2024", "2024-03-12", "day"),
        ("op 12 mrt 2024", "12 mrt 2024", "2024-03-12", "day"),
        ("op 12 mrt. 2024", "12 mrt. 2024", "2024-03-12", "day"),
        ("op 12 mrt. '24", "12 mrt. '24", "2024-03-12", "day"),
        ("op 12 mrt \u201924", "12 mrt \u201924", "2024-03-12", "day"),
        ("di 12 mrt 2024 huisbezoek", "12 mrt 2024", "2024-03-12", "day"),
        ("dinsdag 12 maart 2024", "12 maart 2024", "2024-03-12", "day"),
        ("di. 12-03-2024 | tel", "12-03-2024", "2024-03-12", "day"),
        ("2024-03-12 Contactmoment", "2024-03-12", "2024-03-12", "day"),
        ("export 2024-03-12T10:15", "2024-03-12", "2024-03-12", "day"),
        ("d.d. 12-03-2024", "12-03-2024", "2024-03-12", "day"),
        ("VGB d.d.12-03-2024", "12-03-2024", "2024-03-12", "day"),
        ("Datum:12-03-2024", "12-03-2024", "2024-03-12", "day"),
        ("op 1 september 2025", "1 september 2025", "2025-09-01", "day"),
        ("op 1e september 2025", "1e september 2025", "2025-09-01", "day"),
        ("op 3 sept. 2025", "3 sept. 2025", "2025-09-03", "day"),
        ("(19 mei 2025)", "19 mei 2025", "2025-05-19", "day"),
        ("12 maart\n2024", "12 maart\n2024", "2024-03-12", "day"),
        ("geb. 14-06-1985", "14-06-1985", "1985-06-14", "day"),
        ("29-02-2024", "29-02-2024", "2024-02-29", "day"),
        ("in maart 2024", "maart 2024", "2024-03", "month"),
        ("Maart 2024", "Maart 2024", "2024-03", "month"),
        ("sinds mrt 2024", "mrt 2024", "2024-03", "month"),
        ("van nov. 2023,", "nov. 2023", "2023-11", "month"),
        ("Status okt. 2024", "okt. 2024", "2024-10", "month"),
        ("in sept '25", "sept '25", "2025-09", "month"),
        ("tot eind maart 2025, daarna", "maart 2025", "2025-03", "month"),
        ("pleegoudervoogdij sinds 2019", "2019", "2019", "year"),
        ("Moeder is in 2021 overleden.", "2021", "2021", "year"),
        ("Matchingsverslag uit 2013", "2013", "2013", "year"),
        ("VGB aanwezig d.d. 2023.", "2023", "2023", "year"),
        ("vanaf 2025 zelfstandig", "2025", "2025", "year"),
    ],
)
def test_forms(text: str, expected_text: str, iso: str, precision: str) -> None:
    m = only(text)
    assert m.text == expected_text
    assert m.iso() == iso
    assert m.precision == precision
    assert text[m.start : m.end] == m.text


def test_month_precision_keeps_first_of_month() -> None:
    assert only("in juni 2025").date == dt.date(2025, 6, 1)


def test_range_of_months_gives_two_mentions() -> None:
    found = find_dates("Periode: sept 2024 - sept 2025")
    assert [m.iso() for m in found] == ["2024-09", "2025-09"]
    assert [m.precision for m in found] == ["month", "month"]


def test_several_dates_in_order_with_exact_offsets() -> None:
    text = "12-03-2024 | Huisbezoek\nAfspraak verzet van 14 maart 2024 naar 2024-04-02; evaluatie juni 2025."
    found = find_dates(text)
    assert [m.iso() for m in found] == ["2024-03-12", "2024-03-14", "2024-04-02", "2025-06"]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize(
    "text",
    [
        "31-02-2024",
        "30-02-2024",
        "29-02-2023",
        "13/13/2024",
        "00-01-2024",
        "12-00-2024",
        "32 maart 2024",
        "31 april 2024",
        "0 mei 2024",
        "2024-02-30",
        "2024-13-01",
        "12-03-1850",
        "12-03-3024",
    ],
)
def test_impossible_dates_rejected(text: str) -> None:
    assert find_dates(text) == []
    assert find_dates(text, context_date=CTX) == []
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Melding via JB om 11.40u: escalatie",
        "Aankomst 16.15u, PM aanwezig",
        "van vrijdag 16.00 uur tot zondag 17.00 uur",
        "nachtmerries (3-4x p/w)",
        "nachtmerries 3-4 keer per week",
        "5 van de 7 afspraken",
        "score 2-3",
        "Huisbezoek 1x per 6-8 weken.",
        "eerder pleegkind (0-4 jr) opgevoed",
        "kinderen van 10-12 jaar",
        "Bel 06-12345678 of 0344-612345",
        "bel 06-12-34-56-78",
        "journaal cliënt 24-0117 (Sanne V.)",
        "dossiernr RIV/NW/21-0442",
        "dossier RIV-0012",
        "Versie: 2024-2",
        "versie 3.10.24",
        "Hulpverleningsplan 2024-2025",
        "in schooljaar 2024-2025",
        "kosten € 12,50 en 1.250,-",
        "Veiligheidscheck 2023 afgenomen",
        "tot 2000 euro",
        "ergens in juni",
        "zorgoverleg in feb.",
        "Nova T. gesproken",
        "Jan de Vries belde",
        "dat is maar 12 maanden",
        "1/3 van de tijd",
        "10.30-11.00",
        "ip 192.168.1.10",
        "art. 1:263 BW",
    ],
)
def test_false_positives_rejected(text: str) -> None:
    assert find_dates(text, context_date=CTX) == []


@pytest.mark.parametrize(
    ("text", "context", "expected_text", "iso"),
    [
        ("Nieuwe afspraak gemaakt voor 22-10.", dt.date(2024, 10, 8), "22-10", "2024-10-22"),
        ("afspraak bij de ggz op 28-1.", dt.date(2025, 1, 15), "28-1", "2025-01-28"),
        ("Oom per 1-10 verhuisd", dt.date(2024, 10, 3), "1-10", "2024-10-01"),
        ("gesproken op 12/3", dt.date(2024, 3, 20), "12/3", "2024-03-12"),
        ("d.d. 12-3 gezien", dt.date(2024, 3, 20), "12-3", "2024-03-12"),
        ("di 12-3 gezien", dt.date(2024, 3, 20), "12-3", "2024-03-12"),
        ("eerste bezoek 1 feb in bezoekhuis", dt.date(2025, 1, 20), "1 feb", "2025-02-01"),
        ("ingepland op 6 mei.", dt.date(2025, 4, 8), "6 mei", "2025-05-06"),
        ("op 12 mrt. gezien", dt.date(2024, 3, 20), "12 mrt.", "2024-03-12"),
        ("28-12 kerstbezoek", dt.date(2025, 1, 5), "28-12", "2024-12-28"),
        ("op 3 januari", dt.date(2024, 12, 20), "3 januari", "2025-01-03"),
        ("op 29-02", dt.date(2025, 1, 10), "29-02", "2024-02-29"),
    ],
)
def test_yearless_resolved_with_context(text: str, context: dt.date, expected_text: str, iso: str) -> None:
    m = only(text, context)
    assert (m.text, m.iso(), m.precision) == (expected_text, iso, "day")
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("text", ["voor 22-10.", "op 12 maart", "op 28-1", "op 1 feb"])
def test_yearless_skipped_without_context(text: str) -> None:
    assert find_dates(text) == []


def test_yearless_impossible_rejected_with_context() -> None:
    assert find_dates("op 31-02", context_date=CTX) == []
    assert find_dates("op 31 april", context_date=CTX) == []


def test_full_month_name_then_sentence_dot_is_not_followed_by_a_year() -> None:
    found = find_dates("ingepland op 6 mei. 12 kinderen", context_date=dt.date(2025, 4, 1))
    assert [(m.text, m.iso()) for m in found] == [("6 mei", "2025-05-06")]


def test_two_digit_day_month_year_unit_is_not_a_year() -> None:
    found = find_dates("op 3 juni 10 uur", context_date=CTX)
    assert [(m.text, m.iso()) for m in found] == [("3 juni", "2024-06-03")]


@pytest.mark.parametrize(
    ("yy", "today", "year"),
    [
        (24, dt.date(2025, 3, 1), 2024),
        (0, dt.date(2025, 3, 1), 2000),
        (30, dt.date(2025, 3, 1), 2030),
        (31, dt.date(2025, 3, 1), 1931),
        (85, dt.date(2025, 3, 1), 1985),
        (35, dt.date(2030, 1, 1), 2035),
        (99, dt.date(2098, 1, 1), 2099),
    ],
)
def test_two_digit_year_pivot(yy: int, today: dt.date, year: int) -> None:
    assert expand_two_digit_year(yy, today) == year


def test_two_digit_year_in_text_uses_pivot() -> None:
    assert only("op 08-01-25").date == dt.date(2025, 1, 8)
    assert only("geb. 03-04-85").date == dt.date(1985, 4, 3)


@pytest.mark.parametrize(
    ("s", "iso", "precision"),
    [
        ("08-10-2024", "2024-10-08", "day"),
        ("  08-10-2024  ", "2024-10-08", "day"),
        ("d.d. 08-10-2024", "2024-10-08", "day"),
        ("Datum: 08-10-2024", "2024-10-08", "day"),
        ("dinsdag 12 maart 2024", "2024-03-12", "day"),
        ("di 12 mrt 2024", "2024-03-12", "day"),
        ("12-03-2024 10:30", "2024-03-12", "day"),
        ("12-03-2024 om 10.30u", "2024-03-12", "day"),
        ("maart 2024", "2024-03", "month"),
        ("sept. 2025", "2025-09", "month"),
        ("2019", "2019", "year"),
        ("(12-03-2024)", "2024-03-12", "day"),
    ],
)
def test_parse_date(s: str, iso: str, precision: str) -> None:
    m = parse_date(s)
    assert m is not None
    assert (m.iso(), m.precision) == (iso, precision)
    assert s[m.start : m.end] == m.text


def test_parse_date_yearless_needs_context() -> None:
    assert parse_date("2-3") is None
    m = parse_date("2-3", context_date=dt.date(2024, 3, 10))
    assert m is not None and m.iso() == "2024-03-02"


@pytest.mark.parametrize(
    "s",
    ["", "n.v.t.", "gesproken op 12-03-2024 met PM", "12-03-2024 en 14-03-2024", "31-02-2024", "3-4x", "12.03"],
)
def test_parse_date_rejects(s: str) -> None:
    assert parse_date(s, context_date=CTX) is None


def test_a_large_dossier() -> None:
    """~300k characters: every date found (speed: benchmarks/text_speed.py prints seconds)."""
    entry = (
        "12-03-2024 | Huisbezoek | PZB J. de Wit\n"
        "Huisbezoek om 11.40u, PM en PV thuis (3-4x p/w nachtmerries). Daarna met PK apart gesproken, "
        "volgende afspraak op 28-3. Dossiernr RIV/NW/21-0442, tel 06-12345678. Evaluatie in juni 2025, "
        "sinds 2019 in het gezin; bezoek moeder 12 mrt. '24 afgezegd. Kosten € 12,50.\n\n"
    )
    text = entry * (300_000 // len(entry) + 1)
    found = find_dates(text, context_date=CTX)
    assert len(found) >= 5 * (300_000 // len(entry))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-14 maart 2024", [("14 maart 2024", "2024-03-14")]),
        ("12-03-2024/13-03-2024", [("12-03-2024", "2024-03-12"), ("13-03-2024", "2024-03-13")]),
        ("12-03-2024 - 13-03-2024", [("12-03-2024", "2024-03-12"), ("13-03-2024", "2024-03-13")]),
        ("12 maart 2024/13 maart 2024", [("12 maart 2024", "2024-03-12"), ("13 maart 2024", "2024-03-13")]),
        ("periode 03-2024 t/m 09/2025", [("03-2024", "2024-03"), ("09/2025", "2025-09")]),
        ("sept 2024-2025", [("sept 2024", "2024-09")]),
    ],
)
def test_adjacent_dates_and_numeric_month_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.iso()) for m in find_dates(text)] == expected


@pytest.mark.parametrize("text", ["zaaknr. 11-2024", "13-2024", "3-2024 kinderen", "kenmerk 12/3"])
def test_reference_numbers_are_not_months(text: str) -> None:
    assert find_dates(text, context_date=CTX) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [("2-3 | tel", ["2-3"]), ("\n- 2-3: tel", ["2-3"]), ("2-3 gewonnen", []), ("1/3 van de tijd", [])],
)
def test_yearless_numeric_as_line_header(text: str, found: list[str]) -> None:
    assert [m.text for m in find_dates(text, context_date=CTX)] == found


def test_a_weekday_and_an_ordinal_day_take_the_month_of_the_context():
    """'Op dinsdag de 28e' under 'Januari 2025': the 28th of January (a Tuesday); without a context no date."""
    import datetime as _dt

    from audit.structure.dates import find_dates as _find

    (m,) = _find("Op dinsdag de 28e de veiligheidscheck gedaan.", context_date=_dt.date(2025, 1, 1))
    assert m.date == _dt.date(2025, 1, 28) and m.text == "dinsdag de 28e"
    assert _find("Op dinsdag de 28e de veiligheidscheck gedaan.") == []
    assert _find("Voor de 2e keer besproken.", context_date=_dt.date(2025, 1, 1)) == []


def test_an_ordinal_day_needs_a_full_weekday_that_fits():
    import datetime as _dt

    from audit.structure.dates import find_dates as _find

    assert _find("zo de 2e keer gevraagd", context_date=_dt.date(2025, 1, 1)) == []
    assert _find("Op zaterdag de 30e", context_date=_dt.date(2025, 2, 1)) == []  # no Saturday the 30th near


def test_a_day_written_out_before_its_month():
    """Dictated notes and letters write the day out: "sinds maandag drie februari", "op vijftien juni 2024"."""
    context = dt.date(2025, 3, 1)
    found = [(m.date, m.text) for m in find_dates("sinds maandag drie februari woont er een tweede pleegkind",
                                                  context_date=context)]
    assert found == [(dt.date(2025, 2, 3), "drie februari")]
    assert [m.date for m in find_dates("op vijftien juni 2024 verhuisd")] == [dt.date(2024, 6, 15)]
    assert [m.date for m in find_dates("vrijdag een november", context_date=context)] == [dt.date(2024, 11, 1)]
    # "een" without a weekday, a hyphenated month word and a count are no dates
    assert find_dates("een mei-vakantie en de twee mei-vakanties", context_date=context) == []
    assert find_dates("drie meiden uit de klas", context_date=context) == []


def test_a_year_written_once_at_the_end_of_an_enumeration_holds_for_every_date_in_it() -> None:
    """A court report of October 2024 looking back: '21 februari' is February 2024 (the list's year), not the
    February nearest the report; a list without a year, or one that runs into the next year, is left alone."""
    ctx = dt.date(2024, 10, 20)
    got = lambda t: [(m.text, m.date.isoformat()) for m in find_dates(t, context_date=ctx) if m.precision == "day"]
    assert got("Ik sprak hem alleen op 21 februari, 3 juli en 18 september 2024.") == [
        ("21 februari", "2024-02-21"), ("3 juli", "2024-07-03"), ("18 september 2024", "2024-09-18")]
    assert got("Afspraken op 3 maart en 12 april.") == [("3 maart", "2025-03-03"), ("12 april", "2025-04-12")]
    assert got("Gezien op 21 december en 4 januari 2025.") == [("21 december", "2024-12-21"), ("4 januari 2025", "2025-01-04")]
