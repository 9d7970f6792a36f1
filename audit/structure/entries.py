"""Dated entries in journals and reports.

An entry starts at a line (or table row) that *begins* with a date, optionally
after a weekday or a label ("di 12 mrt 2024 - huisbezoek", "Datum: 12-03-2024",
"2024-03-12 Contactmoment", "12-03-2024 | Huisbezoek | PZB"); it runs to the
next entry. A month heading ("Maart 2024") opens a month-precision entry. The
header date is the entry date; dates inside the body are kept apart by the
detectors (a body may mention other days).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from audit.read.text import DATE_LED, DATE_LED_LINES, LINE_JOURNAL_SHARE, MONTH_STEMS, NOT_TAG_WORDS, YEARLESS_LED
from audit.resources import resource_cache, resource_json
from audit.types import Block, Cell, DateMention, Document, Entry
from audit.structure.dates import YEAR_WORD, find_dates, nearest_date, weekday_date_before, weekday_names, weekday_number
from audit.structure.day_range import DayRange, day_range, weekday_line_date


@resource_cache
def _prefix() -> re.Pattern[str]:
    """What may stand before a header's date: a record's number ("[#3533] 08-10-2024 | GWO | A. Brandsma / M. Kuipers",
    "#3533 ...", "NOT#8812 | 12-03-2024 | AUT=SVK"), a bullet or a ruler ("=== 17-10-2023 | huisbezoek ==="), a list's
    number before a full date ("6. 11-06-2025 – telefonisch contact – S. Hogerwaard"), a label ("Datum:",
    "Verzonden:"), a weekday (``dates_nl.json``: ``entry_header_labels``, ``weekdays``)."""
    weekdays = "|".join(re.escape(w) for w in weekday_names())
    labels = "|".join(re.escape(w) for w in sorted(resource_json("dates_nl.json")["entry_header_labels"], key=len,
                                                    reverse=True))
    return re.compile(
        rf"^\s*(?:\[\s*#?\s*\d{{1,8}}\s*\][ \t]*[-•|]?[ \t]*|[A-Za-z]{{0,6}}#\d{{2,8}}(?:[ \t]*[-•|])?[ \t]+|[=#*~_-]{{2,}}\s*|[-•*\[(]\s*|\d{{1,3}}[.)][ \t]+(?=\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)?\d{{2}}\b))?(?:(?:{labels})\s*:?\s*)?(?:(?:{weekdays})\.?,?\s+)?",
        re.IGNORECASE,
    )


@resource_cache
def _year_heading() -> re.Pattern[str]:
    return re.compile(resource_json("dates_nl.json")["year_heading"], re.IGNORECASE)


@resource_cache
def _period_heading() -> tuple[re.Pattern[str], dict[str, int]]:
    data = resource_json("dates_nl.json")
    return re.compile(data["period_heading"], re.IGNORECASE), data["months"]


@resource_cache
def _record_stamp() -> re.Pattern[str]:
    """'Status: gemigreerd 01-04-2023': the record's time stamp, not an entry's date."""
    return re.compile(resource_json("dates_nl.json")["record_stamp"])


@resource_cache
def _not_context() -> re.Pattern[str]:
    """A birth date or a placement's start ("Geboortedatum: 03-10-2011", "sinds 09-05-2022") is no point
    in the file's time line: it must not set the year of the year-less headers after it."""
    return re.compile(resource_json("dates_nl.json")["not_context_before"])


def year_context(text: str) -> DateMention | None:
    """A line that is only a year ("=== 2024 ===") dates the year-less headers after it: mid-year,
    so "4/12" and "12/1" under it both fall in that year. A decorated month heading ("== dec 2023 ==",
    "aug/sep 2024", "jan '24") does the same from the middle of its months."""
    m = _year_heading().match(text)
    if m is not None:
        return DateMention(dt.date(int(m.group(1)), 7, 1), "year", m.start(1), m.end(1), m.group(1))
    return _period_context(text)


def _period_match(text: str) -> re.Match[str] | None:
    pattern, months = _period_heading()
    m = pattern.match(text.strip()) if len(text) < 40 else None
    if m is None or m.group(1).lower() not in months or (m.group(2) and m.group(2).lower() not in months):
        return None
    return m


def _period_year(m: re.Match[str]) -> int:
    """The year of a period heading: four digits, or "'24"."""
    return int(m.group(4)) if m.group(4) else 2000 + int(m.group(3))


def month_heading(text: str) -> DateMention | None:
    """A decorated heading of one month ("januari '25", "== dec 2023 =="): the month's own entry,
    like a plain "Januari 2025" line, for the notes under it that carry no date of their own."""
    m = _period_match(text)
    if m is None or m.group(2):
        return None
    _, months = _period_heading()
    offset = text.find(text.strip())
    return DateMention(dt.date(_period_year(m), months[m.group(1).lower()], 1), "month", offset + m.start(1),
                       offset + m.end(0), text.strip())


def _period_context(text: str) -> DateMention | None:
    m = _period_match(text)
    if m is None:
        return None
    _, months = _period_heading()
    first = months[m.group(1).lower()]
    last = months[m.group(2).lower()] if m.group(2) else first
    year = _period_year(m)
    day = dt.date(year, first, 15) + dt.timedelta(days=15 * max(0, last - first))
    offset = text.find(text.strip())
    return DateMention(day, "year", offset + m.start(1), offset + m.end(0), text.strip())


@resource_cache
def _registered_later() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = resource_json("dates_nl.json")["registered_later"]
    return re.compile(data["registration"]), re.compile(data["contact_label"])


def _contact_day(text: str, mention: DateMention, context: DateMention | None) -> DateMention | None:
    """The day of the contact a record was registered after ("22-04-2024 11:20 | Contactmoment d.d.
    17-04-2024, geregistreerd op 22-04-2024"): the record's notes tell that day, not the day of typing."""
    line = text.split("\n", 1)[0]
    registration, label = _registered_later()
    if registration.search(line) is None:
        return None
    for m in find_dates(line, context_date=context.date if context else None):
        if m.precision == "day" and m.date != mention.date and label.search(line, 0, m.start):
            return m
    return None


# "[do 16-11-2023] Huisbezoek", "(12-03-2025) HB": a bracket closes the date the prefix opened
_AFTER_DATE = re.compile(r"^\s*(?:$|[|:\-–—,;/\t\])·•]|\.(?:\s|$)|\s{2,}|\(|[A-Za-zÀ-ÿ]|\d{1,2}[:.]\d{2}\b)")
_MONTH_LEAD = re.compile(r"\s*[-–—:.]\s")  # a month that leads its line's note
MAX_PREFIX = 24  # "Datum: donderdag " and the like


def _header_date(text: str, is_heading: bool, context: DateMention | None) -> DateMention | None:
    prefix = _prefix().match(text)
    offset = prefix.end() if prefix else 0
    if offset > MAX_PREFIX:
        return None
    mentions = find_dates(text[:400], context_date=context.date if context else None)
    if not mentions or mentions[0].start != offset:
        return None
    first = mentions[0]
    rest = text[first.end :]
    if not _AFTER_DATE.match(rest):
        return None
    if first.precision == "day":
        return first
    if first.precision == "month" and (is_heading or not rest.strip(" :-–|\t") or _MONTH_LEAD.match(rest)):
        return first  # "Maart 2024", "jan 2025 - Femke heeft ...": the month's entry
    return None


# "Rapportage 17-10-2023 10:20 | auteur: ...", "Bezoeknotitie | 11-03-2025 | HB fam. Smit (aangekondigd)"
# (a bar after the word only when the word names a record, not an event in a planning row: "Zorgteam | 15-04-2025 |")
_RECORD_WORD = re.compile(r"^\s*(?:[^\W\d_]{0,14}(?i:notitie|verslag|rapportage|registratie|contact|journaal|bericht|memo|"
                          r"aantekening)\s*[|–—]\s*|[^\W\d_]{3,20}\s+)")
_RECORD_AFTER = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\b|[|–—]|-\s)")


def _record_header_date(text: str, context: DateMention | None) -> DateMention | None:
    """An export's record header: a word naming the record, its day, then a time or a field separator
    ("Rapportage 17-10-2023 10:20 | auteur: M. Hoogendam | soort: Huisbezoek", "Notitie 3 maart 2024 - tel.",
    "Bezoeknotitie | 11-03-2025 | HB fam. Smit")."""
    m = _RECORD_WORD.match(text)
    if m is None or _record_stamp().match(m.group(0).strip()):
        return None  # "Gescand 31-03-2025 — batch 0402": a scan's stamp on the page, no record
    mentions = find_dates(text[m.end() : m.end() + 40], context_date=context.date if context else None)
    if not mentions or mentions[0].start != 0 or mentions[0].precision != "day":
        return None
    first = mentions[0]
    if not _RECORD_AFTER.match(text, m.end() + first.end):
        return None
    return DateMention(first.date, first.precision, m.end() + first.start, m.end() + first.end, first.text)


# "DAT=14-03-2024", "DAT = 14-03-2024", 'DAT="14-03-2024"', "TYPE=CV-01;AUT=JDW;DAT=..." (a value ends at ; | , or a quote)
_KEY_VALUE = re.compile(r"(?<![\w=])([A-Za-z][\w.]{0,14})[ \t]?=[ \t]?\"?([^\s;|,\"]+)\"?")
MIN_KEYED_FIELDS = 2  # the date's key and one more: a line of fields, not "x=3" in a sentence
MAX_KEYED_LOOSE_WORDS = 2  # words outside the fields ("[REC 0005102]", "NOT#88 | ... | ...")


@resource_cache
def _keyed_date_key() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the keys of a record's day, those of them that name the contact's own day)."""
    data = resource_json("dates_nl.json")
    return re.compile(data["keyed_date_key"]), re.compile(data["keyed_contact_key"])


def _keyed_header_date(text: str, context: DateMention | None) -> DateMention | None:
    """An old system's record header of KEY=VALUE fields ("[REC 0005102] TYPE=CV-01 AUT=HVD DAT=14-03-2024
    STATUS=DEF"): the date key's day is the record's, wherever the field stands in the line."""
    line = text.split("\n", 1)[0]
    fields = list(_KEY_VALUE.finditer(line))
    # a line of fields, bar a record's number: "Score=7 ... DAT=03-02-2025 stond in de oude lijst" is a sentence
    if len(fields) < MIN_KEYED_FIELDS or len(_WORD.findall(_KEY_VALUE.sub(" ", line))) > MAX_KEYED_LOOSE_WORDS:
        return None
    key, contact = _keyed_date_key()
    # the contact's own key first ("DAT=20-03-2025 CONTACTDATUM=11-03-2025": registered on the 20th, held on the 11th)
    for field in sorted(fields, key=lambda f: contact.fullmatch(f.group(1)) is None):
        if not key.fullmatch(field.group(1)):
            continue
        mentions = find_dates(field.group(2), context_date=context.date if context else None)
        if mentions and mentions[0].start == 0 and mentions[0].precision == "day":
            first, base = mentions[0], field.start(2)
            return DateMention(first.date, first.precision, base + first.start, base + first.end, first.text)
    return None


@resource_cache
def _message_sender() -> re.Pattern[str]:
    return re.compile(resource_json("dates_nl.json")["message_sender"])


@resource_cache
def _message_before_date() -> re.Pattern[str]:
    """What ends a message header's sender, before its day: a separator, a role in brackets or "op", then a
    weekday ("(pleegzorgbegeleider) · wo ", "Systeemmelding | ", "Thijs op ")."""
    weekdays = "|".join(re.escape(w) for w in weekday_names())
    return re.compile(rf"(?i)(?:[·|,–—-]|\)|\bop)\s*(?:(?:{weekdays})\.?,?\s+)?$")


# the time it was sent: a quoted mail's "Van: mentor J. de Boer · 02-03-2025" inside a note heads nothing
_MESSAGE_AFTER_DATE = re.compile(r"(?i),?\s*(?:om\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*uur)?\s*$")
MAX_SENDER_CHARS = 90


def _message_header_date(text: str, context: DateMention | None) -> DateMention | None:
    """A message's header line, its sender first and its day and time last ("Van: J. Lammers
    (pleegzorgbegeleider) · wo 18-09-2024 17:05", "[Systeemmelding · ma 30-09-2024 13:20] Document
    toegevoegd"): the day the message was sent heads its text, as a mail's "Verzonden:" line does.
    Written by hand: a portal's or chat's header is a dossier export's layout, no library reads it."""
    label = _message_sender().match(text)
    if label is None:
        return None
    bracket = "[" in label.group(0)
    close = text.find("]", label.end()) if bracket else -1
    segment = text[: close] if bracket and close > 0 else text
    if bracket and close < 0 or len(segment) > label.end() + MAX_SENDER_CHARS + 40:
        return None
    days = [m for m in find_dates(segment, context_date=context.date if context else None) if m.precision == "day"]
    if len(days) != 1 or days[0].start - label.end() > MAX_SENDER_CHARS:
        return None
    sender = segment[label.end() : days[0].start]
    if _record_stamp().search(sender) or _BIRTH.search(sender):
        return None  # "[Gemigreerd uit Regas · 01-04-2023 10:00]", "[Geboren: Roos, 02-02-2015 ...]": no message
    if not re.search(r"[^\W\d_]{2}", sender) or _message_before_date().search(sender) is None \
            or _MESSAGE_AFTER_DATE.fullmatch(segment, days[0].end) is None:
        return None
    return days[0]


@resource_cache
def _not_before_date() -> frozenset[str]:
    return frozenset(w.replace("'s", "s") for w in resource_json("dates_nl.json")["not_header_before_date"])


@resource_cache
def _quoted_mail() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = resource_json("dates_nl.json")
    return re.compile(data["quoted_mail_intro"]), re.compile(data["quoted_mail_end"])


# what only a mail program's quote line has: the time sent, an address, or the quote's own mark
_MAIL_MARK = re.compile(r"\b\d{1,2}:\d{2}\b|@|^[ \t]*>")


def quoted_mail_date(text: str, context: DateMention | None) -> DateMention | None:
    """The line above the earlier mail a reply quotes ("Op di 4 mrt 2025 om 14:12 schreef J. de Wit <...>:"): the
    quoted mail was written that day, not on the reply's (``dates_nl.json`` quoted_mail_intro, quoted_mail_end).
    Written by hand: a mail program's quote line is a layout, no library reads it."""
    intro, end = _quoted_mail()
    m = intro.match(text)
    if m is None or "\n" in text.strip() or end.search(text) is None or _MAIL_MARK.search(text) is None:
        return None  # "Op ma 17 mrt 2025 schreef school het volgende:" in a journal quotes no mail of its own
    days = find_dates(text[m.end() : m.end() + 40], context_date=context.date if context else None)
    if not days or days[0].start != 0 or days[0].precision != "day":
        return None
    return DateMention(days[0].date, "day", m.end() + days[0].start, m.end() + days[0].end, days[0].text)


_WORD = re.compile(r"[^\W\d_]+")
_ASIDE = re.compile(r"\([^()]{0,80}\)\s*$")
_INNER_ASIDE = re.compile(r"\([^()\n\d]{0,40}\)")  # not one that holds the date ("(afgesloten per 31-01-2025)")
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.(?!\w)")  # "L. Scholten": an author's initial, not "d.d." or "B op"
_DECORATION = re.compile(r"[=*#~_\-]{2,}")
_TICK_BOX = re.compile(r"[☐☒☑□■]|\[[ xX]\]")
MAX_SHORT_HEADER = 60
_BIRTH = re.compile(r"(?i)\b(?:geb|geboren|geboortedatum|dob)\b|\*\s*$")
MAX_SHORT_HEADER_WORDS = 4
LINE_DATED = 1  # dated entries seen before a bare "25/6 ..." line counts as one


_DATE_LABEL_WORDS = frozenset({"datum", "date"})


def _short_header_date(text: str, context: DateMention | None) -> DateMention | None:
    """A short line that is only a contact type and a date: "-- huisbezoek 02-10-2024 --",
    "Huisbezoek 20 maart 2024", "Gesprek PK (12-03-2024)", "7. Evaluatie – 24-09-2024 (tevens zorgteam)"."""
    stripped = text.strip()
    # "=== 04-11-2024 === Gesprek kind (school) === L. Scholten": on a decorated line the decoration, an aside
    # anywhere (not the date's own) and an author's initial do not count; not so on a plain line ("Overleg (met
    # pleegouders en GW) 20-05-2025" is a plan)
    decorated = bool(_DECORATION.search(stripped))
    core = _DECORATION.sub(" ", _INNER_ASIDE.sub("", stripped)) if decorated else stripped
    if len(_ASIDE.sub("", core)) > MAX_SHORT_HEADER or stripped.endswith(".") or _TICK_BOX.search(stripped):
        return None  # "☒ ja ☐ nee, datum: 29-10-2024": a form's answer, not a record's header
    mentions = find_dates(stripped, context_date=context.date if context else None)
    days = [m for m in mentions if m.precision == "day"]
    if len(days) != 1:
        return None
    # "Evaluatie via Teams – 24-09-2024 (tevens zorgteamoverleg)": an aside in brackets after the date
    masked = _INNER_ASIDE.sub(lambda a: " " * len(a.group(0)), stripped) if decorated else stripped
    rest = masked[: days[0].start] + " " + _ASIDE.sub(" ", masked[days[0].end :])
    # "Contact met de jongere - woensdag 17 april '24": the weekday belongs to the date, not to the header's words
    weekdays = frozenset(weekday_names())
    words = [w for w in _WORD.findall(_INITIAL.sub(" ", rest) if decorated else rest) if w.lower() not in weekdays]
    if len(words) > MAX_SHORT_HEADER_WORDS or _BIRTH.search(stripped[: days[0].start]) \
            or _record_stamp().search(stripped[: days[0].start]) or _person_field().match(stripped):
        return None  # "Kind: Mees Rijnders, 09-02-2016": a birth date in the child's field
    # "Datum vastgesteld: 01-12-2025" under a form's "Datum afname": the word after a date label counts as its first
    lead = words[1] if len(words) > 1 and words[0].lower() in _DATE_LABEL_WORDS else words[0] if words else ""
    if days[0].start > 0 and lead.lower() in _not_header_words():
        return None  # "Vorige check: 14-11-2023 (kantoor)": a form's field about another event
    before = _WORD.findall(stripped[: days[0].start].replace("'s", "s"))
    if before and before[-1].lower() in _not_before_date():
        return None  # "Sophie Bosgraaf (18): VGB 20-11-2025 - aanwezig": a person's VGB, not a record's day
    if plan_named_before().search(stripped[: days[0].start]):
        return None  # "2. Evaluatie doelen (plan 01-07-2025)": the plan's date, in a meeting's record of another day
    offset = text.index(stripped)
    m = days[0]
    return DateMention(m.date, m.precision, offset + m.start, offset + m.end, m.text)


@resource_cache
def _person_field() -> re.Pattern[str]:
    """A field that names the child ("Kind:", "Jeugdige:", "Betreft:"; facts_nl.json child_labels) or a person
    ("Naam:"): a date on its line is hers (a birth date), not a record's."""
    words = [w for w in resource_json("facts_nl.json")["child_labels"] if w != "betreft"] + ["naam"]
    labels = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # a name and a comma or bracket before the date ("Kind: Mees Rijnders, 09-02-2016"), not "Betreft: Huisbezoek 12-03"
    return re.compile(rf"(?i)^\W*(?:{labels})\s*:\s*(?-i:[A-Z][a-zà-ÿ]+)(?:\s+(?-i:[A-Z][\w'-]*|van|de|der|den|ter|ten))*\s*[,(]")


@resource_cache
def plan_named_before() -> re.Pattern[str]:
    """A care plan named just before a date ("(plan 01-07-2025)"): the plan's date (``plan_named_before``)."""
    return re.compile(resource_json("dates_nl.json")["plan_named_before"])


@resource_cache
def _not_header_words() -> frozenset[str]:
    return frozenset(resource_json("dates_nl.json")["not_header_words"])


_LINE_DAY_MONTH = re.compile(r"^\s*\d{1,2}[/-]\d{1,2}(?=\s+[^\W\d])")


@resource_cache
def _weekday_day_month() -> re.Pattern[str]:
    """A bare day/month after its weekday ("do 3/10 hb fam. Elzinga"): the weekday may choose the year."""
    days = "|".join(re.escape(w) for w in weekday_names())
    return re.compile(rf"(?i)^\s*(?:{days})\.?\s+\d{{1,2}}[/-]\d{{1,2}}(?=\s+[^\W\d])")


def _sectioned_line_date(text: str, year: DateMention | None) -> DateMention | None:
    """Under a year heading, a line that opens with a bare day/month ("22/5 hb. PK apart gespr.", "do 3/10 hb") is
    an entry header: the heading gives the year. Elsewhere "2/3 van de kinderen" stays no date."""
    m = _LINE_DAY_MONTH.match(text) or _weekday_day_month().match(text)
    if year is None or m is None:
        return None
    probe = text[: m.end()] + ":"  # the form find_dates accepts as a line header ("22/5:")
    found = [d for d in find_dates(probe, context_date=year.date) if d.start == len(probe) - 1 - len(d.text)]
    return found[0] if found and found[0].precision == "day" else None


def _report_month(text: str) -> DateMention | None:
    """"Maandrapportage november 2024": the heading of a month's report is that month's entry; the days its
    notes name ("op de 14e", "di 4") are read in it (``report_month_heading``)."""
    pattern, months = _months_pattern("report_month_heading")
    m = pattern.match(text.strip()) if len(text) < 60 else None
    if m is None or m.group(1).lower() not in months:
        return None
    year = int(m.group(3)) if m.group(3) else 2000 + int(m.group(2))
    offset = text.find(text.strip())
    return DateMention(dt.date(year, months[m.group(1).lower()], 1), "month", offset + m.start(1),
                       offset + m.end(0), text.strip())


@resource_cache
def _months_pattern(key: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """``dates_nl.json``'s ``key`` pattern with {months}: the month names, longest first (``month_line``,
    ``report_month_heading``); and the months' numbers."""
    data = resource_json("dates_nl.json")
    months = "|".join(sorted((re.escape(m) for m in data["months"]), key=len, reverse=True))
    return re.compile(data[key].replace("{months}", months), re.IGNORECASE), data["months"]


def _month_line_date(text: str, anchor: DateMention | None) -> DateMention | None:
    """In a line-dated journal, a line that opens with a month alone ("mei - ...", "juni: ...") is
    that month's entry, in the year that puts it nearest the dates before it (``month_line``)."""
    pattern, months = _months_pattern("month_line")
    m = pattern.match(text)
    if m is None or anchor is None:
        return None
    month = months[m.group(1).lower()]
    middle = nearest_date(month, 15, anchor.date)  # the month's middle nearest the dates before it
    return DateMention(dt.date(middle.year, month, 1), "month", m.start(1), m.end(1), m.group(1))


WEEK_AHEAD_DAYS = 183  # a week line after a dated entry lies at most this far after it (a journal goes on)
COUNTED_WEEKS, COUNTED_WEEKS_GAP = 8, 45  # a low week number far from the entry before it counts weeks from it
_WEEK_LINE = re.compile(r"(?i)^\s*(?:wk|week)\.?\s*(\d{1,2})\b(?!\s*[-/]\s*\d)")


def _week_line_date(text: str, anchor: DateMention | None) -> DateMention | None:
    """A line that opens with a week number ("wk 25: GW-overl. ...", "wk 39 (SK)") under a known year, or
    after a dated entry (the year that puts the week nearest it): the entry is dated to the Monday of that
    ISO week (the convention for a week, as the 1st is for a month), or to the weekday its header names."""
    m = _WEEK_LINE.match(text)
    if m is None or anchor is None or not 1 <= int(m.group(1)) <= 53:
        return None
    years = [anchor.date.year] if anchor.precision == "year" else [anchor.date.year + k for k in (-1, 0, 1)]
    mondays = []
    for year in years:
        try:
            mondays.append(dt.date.fromisocalendar(year, int(m.group(1)), 1))
        except ValueError:
            continue
    if not mondays:
        return None
    monday = min(mondays, key=lambda d: abs((d - anchor.date).days))
    ahead = (monday - anchor.date).days
    if anchor.precision != "year" and (not -7 <= ahead <= WEEK_AHEAD_DAYS
                                       or (int(m.group(1)) <= COUNTED_WEEKS and ahead > COUNTED_WEEKS_GAP)):
        return None  # "Week 1: kennismaken" after a placement's day counts weeks from it, not the calendar's
    return DateMention(_weekday_in_week(monday, text), "day", m.start(), m.end(), m.group(0).strip())


MAX_COUNTED_DAY = 120  # "dag 3" counts the days of a placement's start, not of a year
_DAY_COUNT_NAMED = re.compile(r"(?i)(?<!per )(?<!elke )(?<!iedere )\bdag\s+(\d{1,3})\b(?![-/.:]\d)")
_DAY_COUNT_LINE = re.compile(r"(?i)^\W*dag\s+(\d{1,3})\s*(?=[|:–—(-]|$)")


def _day_one(text: str, anchor: DateMention | None) -> dt.date | None:
    """A line that gives one day and its number in a counted stretch ("Plaatsingsdatum: maandag 22-05-2023
    = dag 1", "22-05-2023 (ma) | dag 1 | MV | plaatsing"): the first day of the count."""
    named = _DAY_COUNT_NAMED.search(text)
    if named is None or not 1 <= int(named.group(1)) <= MAX_COUNTED_DAY:
        return None
    days = [m for m in find_dates(text, context_date=anchor.date if anchor else None) if m.precision == "day"]
    return days[0].date - dt.timedelta(days=int(named.group(1)) - 1) if len(days) == 1 else None


def _counted_day_date(text: str, day_one: dt.date | None) -> DateMention | None:
    """A start journal's header that counts days from a placement ("dag 3 | MV | HB") once a line has given
    the day of one of them: that day. Written by hand: no date library counts days from a day in the file."""
    m = _DAY_COUNT_LINE.match(text)
    if m is None or day_one is None or not 1 <= int(m.group(1)) <= MAX_COUNTED_DAY:
        return None
    return DateMention(day_one + dt.timedelta(days=int(m.group(1)) - 1), "day", m.start(), m.end(), m.group(0).strip())


@resource_cache
def _weekday_token() -> re.Pattern[str]:
    days = "|".join(sorted(weekday_names(), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w/-])({days})\.?(?=\s*(?:[:|,)\]]|$))")  # "wk 39/2024, di |", "wk 25 do:"


def _weekday_in_week(monday: dt.date, text: str) -> dt.date:
    """The day a week's header names by its weekday as a field of its own ("[wk 39/2024, di | Gesprek jeugdige]",
    "wk 25 do: GW-overleg"; not "Week 14 – Yara is zo blij"): that day of the week; the Monday when it names
    none, or a span ("ma t/m vr"), or two."""
    head = text.split("|", 1)[0][:60]
    days = {weekday_number(m.group(1)) for m in _weekday_token().finditer(head)}
    if len(days) != 1 or re.search(r"(?i)\bt/m\b|\btot\b", head):
        return monday
    return monday + dt.timedelta(days=days.pop())


_WEEK_HEADING = re.compile(r"(?i)^\W*(?:wk|week)\.?\s*(\d{1,2})\b(?=[^\n]{0,40}?\b((?:19|20)\d{2})\b)")


def week_heading(text: str) -> DateMention | None:
    """A weekly note's heading that names its year ("wk 7/2024", "Week 10, 4 maa t/m 8 maa 2024",
    "wk29 2024 (15/7-19/7)"): the Monday of that ISO week, or the weekday it names; the notes under it fall in
    that week."""
    m = _WEEK_HEADING.match(text) if len(text) < 80 else None
    if m is None or not 1 <= int(m.group(1)) <= 53:
        return None
    mondays = []
    for year in (int(m.group(2)) + k for k in (0, 1, -1)):
        try:
            mondays.append(dt.date.fromisocalendar(year, int(m.group(1)), 1))
        except ValueError:
            continue
    # "Week 1 (30 december 2024 - 5 januari 2025)": the days the heading names pick the week's year
    days = [d.date for d in find_dates(text) if d.precision == "day"]
    if not mondays or (not days and mondays[0].isocalendar()[0] != int(m.group(2))):
        return None
    monday = min(mondays, key=lambda d: abs((d - days[0]).days)) if days else mondays[0]
    return DateMention(monday if days else _weekday_in_week(monday, text), "day", m.start(), m.end(),
                       m.group(0).strip())


_TITLE_YEAR = re.compile(r"(?<![\w/.-])((?:19|20)\d{2})(?![\w/.-]|\s*[-–/]\s*(?:19|20)?\d{2}\b)")
_NOT_TITLE_YEAR = re.compile(r"(?i)(?<!\w)(?:sinds|vanaf|van|in|na|voor|tot|t/m|per|uiterlijk|geb\.?|geboren|eind|begin|medio)\s*$")
TITLE_LINE_CHARS = 100


def title_year(doc: Document) -> DateMention | None:
    """A file whose title line names one year and no day ("JOURNAAL Lieke D. (12) - 2024", "journaal 2024
    bram -- esra"): its year-less dates ("14/3 hb", "7 mei") fall in that year, as under a "2024" line.
    Not a time phrase ("sinds 2019", "geb. 2012"), a range ("2024-2025") or a sentence."""
    stripped = doc.text.lstrip()
    offset = len(doc.text) - len(stripped)
    line = stripped.split("\n", 1)[0]
    if len(line) > TITLE_LINE_CHARS or line.rstrip().endswith((".", "?", "!", ";", ":")):
        return None
    found = list(_TITLE_YEAR.finditer(line))
    m = found[0] if len(found) == 1 else None
    if m is None or _NOT_TITLE_YEAR.search(line[: m.start()]) \
            or any(d.precision != "year" for d in find_dates(line)):
        return None
    return DateMention(dt.date(int(m.group(1)), 7, 1), "year", offset + m.start(1), offset + m.end(1), m.group(1))


_TAG = re.compile(rf"([^\W\d_]{{2,12}})\s+(?=\d{{1,2}}(?:[-/.]\d{{1,2}}\b|\s+(?i:{MONTH_STEMS})[a-z]*\b))")
MIN_TAG_LINES = 2


def writer_tags(doc: Document) -> frozenset[str]:
    """Words that open several lines right before a day ("rik 1-7 ...", "naima 11 feb ...", "AV 20/6 ...",
    "joris 19-9 ..."): the initials or names of the writers of a shared log, each before the date of
    their note. A word that opens one such line only ("anita belt 6-11: ...") is no tag; neither is a
    weekday or a month, which the header patterns read themselves."""
    return _writer_tags(doc) if _line_journal(doc, DATE_LED) else frozenset()  # a report's "Evaluatie 12-06-2025"


def _writer_tags(doc: Document) -> frozenset[str]:
    counts: dict[str, int] = {}
    for block in doc.blocks:
        if block.kind == "table_row":
            continue
        m = _TAG.match(doc.text, block.start, block.end)
        if m is not None:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    skip = set(weekday_names()) | set(resource_json("dates_nl.json")["months"]) | NOT_TAG_WORDS  # "Op 15 januari ..."
    return frozenset(w for w, n in counts.items() if n >= MIN_TAG_LINES and w.lower() not in skip)


Head = tuple[int, int, DateMention, str]  # block start, block end, the header's date, the header line
MAX_UNDATED_SPAN_DAYS = 3 * 366


def entries_of(doc: Document, undated_until: dt.date | None = None) -> list[Entry]:
    """Dated entries of a document, in order, with offsets into ``doc.text``.

    Year-less headers ("wo 30-10:") take their year from the last date seen before
    them in the file: the previous entry, or a line like "Week 44 (28 okt - 3 nov 2024)".
    A journal of dated lines that names no year anywhere ("19-8 sem geplaatst", "di 27-8 hb", ...: a
    temp's notes) is read as running up to ``undated_until`` (the latest day the rest of the dossier
    records, else the peildatum): its days chained forward from where that puts its first line.
    """
    layout = _Layout.of(doc)
    heads = _heads(doc, layout, None)
    if undated_until is not None:  # the caller found the file names no year (``year_less_journal``)
        probe = _heads(doc, layout, DateMention(undated_until, "day", 0, 0, ""))
        if probe:
            span = min(max((probe[-1][2].date - probe[0][2].date).days, 0), MAX_UNDATED_SPAN_DAYS)
            start = undated_until - dt.timedelta(days=span)
            heads = _heads(doc, layout, DateMention(start, "day", 0, 0, ""))
    heads = _stamp_heads(doc, _with_record_heads(doc, _before_first(doc, layout, heads)))
    entries: list[Entry] = []
    undated = [m.start() for m in _undated_heading().finditer(doc.text)] if heads else []
    for i, (start_char, line_end, mention, header) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(doc.text)
        # "LOSSE NOTITIES (... zonder datum)": the notes under it are of no entry's day
        end = next((u for u in undated if line_end < u < end), end)
        body_start = min(line_end + 1, end)
        entries.append(Entry(date=mention, start=start_char, body_start=body_start, end=end, header=header.strip()))
    return entries


@resource_cache
def _undated_heading() -> re.Pattern[str]:
    """A heading of notes without a day, or an entry header whose day was blacked out (``dates_nl.json``)."""
    data = resource_json("dates_nl.json")
    bodies = [re.sub(r"^\(\?[a-z]+\)", "", data[key]) for key in ("undated_heading", "redacted_date_header")]
    return re.compile("(?im)" + "|".join(f"(?:{body})" for body in bodies))  # both are per line, case aside


_FULL_DATE = re.compile(rf"\b\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)\d{{2}}\b|\b\d{{1,2}}\s+(?i:{MONTH_STEMS})[a-z]*\.?\s+(?:19|20)\d{{2}}\b")


def year_less_journal(doc: Document, entries: int) -> bool:
    """Several of the file's lines open with a day, yet fewer than half became entries, and the
    title names no year: the year of its days is nowhere in the file."""
    if entries >= DATE_LED_LINES * 4:  # cheap way out for the many files that are dated
        return False
    led = _line_journal(doc, YEARLESS_LED)
    return (led > 0 and entries * 2 < led and title_year(doc) is None
            and _FULL_DATE.search(doc.text) is None)


def _line_journal(doc: Document, opening: re.Pattern[str]) -> int:
    """How many lines open with a day (``opening``) when they make the file a journal of dated lines
    (several, and a good share of its lines: not three dated sentences in a report), else 0."""
    lines = [b for b in doc.blocks if b.kind != "table_row"]
    led = sum(1 for b in lines if opening.match(doc.text[b.start : b.end]))
    return led if led >= DATE_LED_LINES and led >= LINE_JOURNAL_SHARE * len(lines) else 0


@dataclass(frozen=True)
class _Layout:
    """What a journal of dated lines gives its headers, read once per file: the title's year and the
    writers' tags (none for other files)."""

    title: DateMention | None
    tags: frozenset[str]
    contents: frozenset[int] = frozenset()  # starts of the table of contents' lines

    @classmethod
    def of(cls, doc: Document) -> "_Layout":
        if not _line_journal(doc, DATE_LED):
            return cls(None, frozenset(), _contents_lines(doc))
        return cls(title_year(doc), _writer_tags(doc), _contents_lines(doc))


_CONTENTS_HEADING = re.compile(r"(?i)^\W*(?:inhoud|inhoudsopgave|inhoudstafel|inhoud\s+van\s+dit\s+dossier)\W*$")
# "Bijlage C Advies gedragswetenschapper 08-10-2025<tab>12", "3.2 Veiligheidscheck ........ 7": a title and its page
_CONTENTS_LINE = re.compile(r"^\s*\S.{2,110}?(?:\t+\s*|\s*(?:\.\s?|…|·){3,}\s*)\d{1,3}\s*$")  # a tab or dot leaders


def _contents_lines(doc: Document) -> frozenset[int]:
    """The lines of a table of contents (under an "Inhoud(sopgave)" heading, each a title and its page): a dated
    title there ("Bijlage A: Verslag zorgteamoverleg 26-02-2025<tab>3") names a part of the file, it heads
    nothing where it stands. The run ends at the first line that is not such a title."""
    found: set[int] = set()
    inside = False
    for block in doc.blocks:
        text = doc.text[block.start : block.end]
        if _CONTENTS_HEADING.match(text):
            inside = True
        elif inside and _CONTENTS_LINE.match(text):
            found.add(block.start)
        elif inside and text.strip():
            inside = False
    return frozenset(found)


def _last_day(text: str, base: int, context: DateMention | None) -> DateMention | None:
    """The last day a line that heads no entry names: the context for the year-less headers after it
    (not a birth date or a placement's start)."""
    seen = [m for m in find_dates(text, context_date=context.date if context else None)
            if m.precision == "day" and not _not_context().search(text[max(0, m.start - 30) : m.start])]
    if not seen:
        return None
    last = seen[-1]
    return DateMention(last.date, last.precision, base + last.start, base + last.end, last.text)


def _span_line(text: str, kind: str, anchor: DateMention | None,
               span: DayRange | None) -> tuple[DateMention | None, DayRange | None]:
    """A weekday-and-time line under a span of days (that day in the span), and the span in force after
    this line: a line that names a span starts a new one (it heads no entry of its own: "Opname: 03-06-2024
    t/m 10-06-2024" in a letter is a fact, and only lines under it that open with a weekday and a time
    are read in it); a heading ends it."""
    if kind == "table_row":
        return None, span
    if (heading := day_range(text, anchor)) is not None:
        return None, heading
    if kind == "heading":
        return None, None  # "Planning", "Netwerk": a heading ends the shift
    return weekday_line_date(text, span)


@resource_cache
def _line_date_label() -> re.Pattern[str]:
    """A text line that opens with a visit's date label and its separator, then a day."""
    return re.compile(rf"(?i)^\s*{resource_json('dates_nl.json')['visit_date_label']}\s*[:|]\s*(?=\d)")


@resource_cache
def _field_date_label() -> re.Pattern[str]:
    """A record's line of fields whose later field is the contact's own day ("Soort: Gesprek jeugdige | Datum
    contact: 07-03-2025"): the line heads the record as a line that opens with the label does."""
    field = r"[^\W\d_][\w ./()'-]{0,30}:[^|·\n]{0,60}"
    data = resource_json("dates_nl.json")
    label = f"(?:{data['visit_date_label']}|{data['record_contact_label']})"
    weekday = "|".join(re.escape(w) for w in weekday_names())  # "Datum contact: zo 02-03-2025"
    return re.compile(rf"(?i)^\s*{field}(?:[|·]\s*{field}){{0,2}}[|·]\s*{label}\s*:?\s*(?:(?:{weekday})\.?,?\s+)?(?=\d)")


@resource_cache
def _record_opening() -> re.Pattern[str]:
    return re.compile(resource_json("dates_nl.json")["record_opening"], re.MULTILINE)


@resource_cache
def _row_date_label() -> re.Pattern[str]:
    return re.compile(rf"(?i)^\s*{resource_json('dates_nl.json')['visit_date_label']}\s*:?\s*$")


def _dated_cell(doc: Document, cells: list[Cell]) -> Cell:
    """The cell of a table row that may open with the row's date: the first, or the second when the first
    only names a visit's date ("Datum bezoek | 25-01-2025 (zaterdag), huisbezoek": ``visit_date_label``)."""
    if len(cells) > 1 and _row_date_label().match(doc.text[cells[0].start : cells[0].end]):
        return cells[1]
    return cells[0]


_NOT_A_DAY = re.compile(r"(?i)\s*(?:uur|keer|jaar|dag|dagen|week|weken|deel|maand|maanden)\b")  # a fraction, "1/2 uur"
MAX_BEFORE_FIRST_DAYS = 366  # a line above the first dated one lies at most a year before it (its year is a guess)
WEEKDAY_BEFORE_FIRST_DAYS = 3 * 365  # a year-less day whose weekday chose its year may lie further back


_FIELD_DATE_LINE = re.compile(r"(?i)^\s*(?:datum|date)\b[^:\n|]{0,25}:\s*\d")  # "Datum uitgevoerd: 04-06-2025 · ..."
_RECORD_FIELD_LINE = re.compile(r"^\s*[^\W\d_][\w /().'-]{0,40}:\s*\S")  # "Formulier-ID: VC-2025-0290 | ..."
_RECORD_TITLE_LINE = re.compile(r"^\s*[^\W\d_][^\n.!?:]{1,80}$")  # "Jaarlijkse veiligheidscheck pleeggezin"
RECORD_HEAD_LINES = 4  # title and field lines a record opens with above its date line


def _with_record_heads(doc: Document, heads: list[Head]) -> list[Head]:
    """A record whose date stands in a field below its title and first fields ("VEILIGHEIDSCHECK PLEEGGEZIN ·
    VC-2025-0412" / "Datum uitgevoerd: 04-06-2025 · Ingevuld door: ..."): the record starts at its title, so
    what its title and fields name is the record's, not the entry's above it. Only over field lines up to a title
    line (one without a date or a sentence's end), within four lines, not over a blank line or the entry before's
    header; a date line with no title above it keeps its own start."""
    out: list[Head] = []
    text = doc.text
    for k, (start, end, mention, header) in enumerate(heads):
        floor = heads[k - 1][1] if k else 0
        field_dated = _FIELD_DATE_LINE.match(header) or _field_date_label().match(header)
        title = _record_title(text, start, floor) if field_dated else None
        out.append((start if title is None else title, end, mention, header))
    return out


_RULER_LINE = re.compile(r"^\s*[-=_*~]{5,}\s*$")
STAMP_BELOW_HEAD_LINES = 4  # a stamp this close under a dated header is that entry's own ("Ingevoerd: ...")


def _stamp_heads(doc: Document, heads: list[Head]) -> list[Head]:
    """Records of an export sorted by registration that name no contact day of their own ("Soort: Notitie |
    Datum contact: zie tekst") are records still: each opens at its stamp ("Geregistreerd: 2025-07-07 11:20 door
    ..."), dated by it, so its notes never run on under the record before. Only in a file of two or more
    stamps, and only a stamp that opens a block (after a blank line or a ruler), not one just under a header."""
    text = doc.text
    openings = [m.start() for m in _record_opening().finditer(text)]
    starts = {h[0] for h in heads}
    # a registration-sorted export: its records open at their stamps (a contact field lifted a record to one)
    if len(openings) < 2 or (heads and not starts & set(openings)):
        return heads
    extra: list[Head] = []
    order = [h[0] for h in heads]  # the heads' starts, in order (a record lifted to its title stays in place)
    for start in openings:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        days = [d for d in find_dates(text[start:end]) if d.precision == "day"]
        if start in starts or not days or not _opens_block(text, start, heads, order) or _fields_name_a_day(text, end):
            continue
        day = days[0]
        extra.append((start, end, DateMention(day.date, day.precision, start + day.start, start + day.end, day.text),
                      text[start:end]))
    return sorted(heads + extra, key=lambda h: h[0]) if extra else heads


def _fields_name_a_day(text: str, end: int) -> bool:
    """The field lines under a stamp (up to a blank line or a ruler, at most three) name a day of their own
    ("Soort: Gesprek | Datum gesprek: zo 02-03-2025" in a shape no head reads): the record's day is that one,
    never the stamp's, so the stamp makes no record of its own."""
    stop = end
    for _ in range(STAMP_FIELD_LINES):  # the next lines' ends, not a copy of the rest of the file per stamp
        stop = text.find("\n", stop + 1) if stop < len(text) else stop
        stop = len(text) if stop < 0 else stop
    for line in text[end + 1 : stop].split("\n"):
        if not line.strip() or _RULER_LINE.match(line) or not _RECORD_FIELD_LINE.match(line):
            return False
        if any(d.precision == "day" for d in find_dates(line)):
            return True
    return False


STAMP_FIELD_LINES = 3


def _opens_block(text: str, start: int, heads: list[Head], order: list[int]) -> bool:
    """The line at ``start`` follows a blank line, a ruler or the file's start, and no header stands just above
    (``order``: the heads' starts, for the one just above)."""
    k = bisect.bisect_left(order, start)
    if k and text.count("\n", heads[k - 1][1], start) <= STAMP_BELOW_HEAD_LINES:
        between = text[heads[k - 1][1] : start].split("\n")
        if not any(_RULER_LINE.match(line) for line in between):
            return False
    before = text[:start].rstrip(" \t")
    last = before[before.rfind("\n", 0, len(before) - 1) + 1 :].strip() if before else ""
    return not before or before.endswith("\n\n") or bool(_RULER_LINE.match(last))


def _record_title(text: str, start: int, floor: int) -> int | None:
    """Where the record whose date line starts at ``start`` opens: at its title line, over field lines only (the
    lines above a title are the record before's); None when no title line comes first."""
    at = start
    for _ in range(RECORD_HEAD_LINES):
        prev_end = at - 1
        prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
        line = text[prev_start:prev_end]
        if prev_end <= floor or prev_start < floor:
            return None
        if _record_opening().match(line):
            return prev_start  # "Geregistreerd: 2025-03-04 09:12 door ...": the stamp that opens the record
        if prev_start == floor or not line.strip() or find_dates(line):
            return None
        if _RECORD_FIELD_LINE.match(line):
            at = prev_start
            continue
        return prev_start if _RECORD_TITLE_LINE.match(line) else None
    return None


def _before_first(doc: Document, layout: _Layout, heads: list[Head]) -> list[Head]:
    """Year-less lines above a line journal's first dated one ("27/6 hb bij anita ..." over "30-6-23 overleg
    gw ..."): nothing before them gave their year, so they take the one that puts them nearest the first
    entry, and count only on or before it (a file read top to bottom runs forward)."""
    if not heads or not layout.tags and not _line_journal(doc, DATE_LED):
        return heads
    first = heads[0]
    early: list[Head] = []
    for block in doc.blocks:
        if block.end > first[0]:
            break
        text, base = doc.text[block.start : block.end], block.start
        if block.kind == "table_row" or not YEARLESS_LED.match(text):
            continue
        tag = _TAG.match(text)  # a writer's initials before the day, even when they open only this line ("AV 20/6")
        if tag is not None and tag.group(1).lower() not in weekday_names():  # "do 3/10": a weekday, which dates
            text, base = text[tag.end() :], base + tag.end()
        mention = _weekday_year_back(text, _sectioned_line_date(text, first[2]), first[2].date)
        if mention is not None and _NOT_A_DAY.match(text, mention.end):  # "1/2 uur per week beeldbellen"
            continue
        reach = WEEKDAY_BEFORE_FIRST_DAYS if mention is not None and mention.weekday_year else MAX_BEFORE_FIRST_DAYS
        if mention is not None and 0 <= (first[2].date - mention.date).days <= reach:  # "do 3/10": its weekday's year
            shifted = DateMention(mention.date, mention.precision, base + mention.start, base + mention.end, mention.text)
            early.append((block.start, block.end, shifted, doc.text[block.start : block.end]))
    return early + heads


def _weekday_year_back(text: str, mention: DateMention | None, first: dt.date) -> DateMention | None:
    """A year-less day above a journal's first dated line whose weekday fits no year near that line ("do 3/10" above
    an entry of June 2026) takes the year further back where it fits (``weekday_date_before``)."""
    lead = _weekday_day_month().match(text)
    if mention is None or mention.weekday_year or lead is None:
        return mention
    weekday = weekday_number(lead.group(0).split()[0].rstrip("."))
    if mention.date.weekday() == weekday:
        return mention
    earlier = weekday_date_before(mention.date.month, mention.date.day, first, weekday)
    return replace(mention, date=earlier, weekday_year=True) if earlier is not None else mention


def _header_text(doc: Document, block: Block, tags: frozenset[str],
                 layout_contents: frozenset[int] = frozenset()) -> tuple[str, int]:
    """The text of ``block`` that may open with an entry's date, and its offset: a table row's dated cell; a
    line without its writer's tag ("rik 1-7 amber alleen gesproken") or its date label ("1. Datum en soort
    contact | 15-01-2025 – huisbezoek": a contact form's date line, as its table row)."""
    if block.start in layout_contents:
        return "", block.start  # a table of contents' line
    if block.kind == "table_row" and block.cells:
        cell = _dated_cell(doc, block.cells)
        return doc.text[cell.start : cell.end], cell.start
    text, base = doc.text[block.start : block.end], block.start
    tag = _TAG.match(text) if tags else None
    if tag is not None and tag.group(1) in tags:
        return text[tag.end() :], base + tag.end()
    if (label := _line_date_label().match(text) or _field_date_label().match(text)) is not None:
        return text[label.end() :], base + label.end()
    return text, base


def _line_header_date(text: str, anchor: DateMention | None, year: DateMention | None,
                      day_one: dt.date | None) -> DateMention | None:
    """The day of a header line by the shapes a table cell never has: a message's, a short or sectioned line's, a
    counted day's, a week's, an export record's (a word, or KEY=VALUE fields) or a report's month."""
    return _message_header_date(text, anchor) or quoted_mail_date(text, anchor) or _short_header_date(text, anchor) \
        or _sectioned_line_date(text, year) \
        or _counted_day_date(text, day_one) or _week_line_date(text, anchor) or _record_header_date(text, anchor) \
        or _keyed_header_date(text, anchor) or _report_month(text)


def _heads(doc: Document, layout: _Layout, start: DateMention | None) -> list[Head]:
    """The entry headers of ``doc``; ``start``: the context before the first date (a provisional one)."""
    heads: list[Head] = []
    # a year heading in force: year-less dates fall in that year; a dated-line journal's title year holds
    # until its first entry, whose successors then chain on ("logboek 2024": "12-12", then "7/1" in 2025)
    title = layout.title
    year: DateMention | None = title
    context: DateMention | None = year or start
    tags = layout.tags
    span: DayRange | None = None  # an on-call shift's days ("dienst vr 08-03-2024 t/m ma 11-03-2024")
    day_one: dt.date | None = None  # the first day a start journal counts from ("22-05-2023 = dag 1")
    for block in doc.blocks:
        text, base = _header_text(doc, block, tags, layout.contents)
        if (heading_year := year_context(text)) is not None:
            year = context = heading_year
            span = None  # "== 2025 ==": a new part of the file, no shift's days
            if block.kind != "table_row" and (month := month_heading(text)) is not None:
                shifted = DateMention(month.date, month.precision, base + month.start, base + month.end, month.text)
                heads.append((block.start, block.end, shifted, doc.text[block.start : block.end]))
            continue
        anchor = year if year is not None else context
        day_one = _day_one(text, anchor) or day_one
        mention, new_span = _span_line(text, block.kind, anchor, span)
        week = week_heading(text) if mention is None and block.kind != "table_row" else None
        if week is not None:  # its year holds for the year-less dates of the notes under it
            mention, year = week, DateMention(week.date, "year", base + week.start, base + week.end, week.text)
            # "do Tygo apart gesproken" under "week 42 - 2024": a note on that week's Thursday
            span = DayRange(week, week.date + dt.timedelta(days=6), bare_weekday=True)
        elif mention is None:
            mention = _header_date(text, block.kind == "heading", anchor)
            # a dated note in a week keeps the week in force for the weekday notes after it
            keep = span is not None and span.bare_weekday and mention is not None and span.holds(mention.date)
            span = new_span if new_span is not span or mention is None or keep else None
        else:
            span = new_span  # a weekday line under a shift: the next one counts on from its day
        if mention is None and block.kind != "table_row":
            mention = _line_header_date(text, anchor, year, day_one)
            if mention is None and len(heads) >= LINE_DATED:
                # A journal whose lines open with their dates: a bare "25/6 ..." or "mei - ..." line is
                # one more entry, its year from the dates before it (elsewhere "2/3 van de ..." is no date).
                mention = _sectioned_line_date(text, anchor) or _month_line_date(text, anchor)
        if mention is None:
            told = _last_day(text, base, context)
            context = told or context
            if told is not None and span is not None and span.bare_weekday and not span.holds(told.date):
                span = None  # "Overdracht (geschreven 05-01-2025)" below a week's notes: the week is over
            continue
        mention = _contact_day(text, mention, anchor) or mention
        shifted = DateMention(mention.date, mention.precision, base + mention.start, base + mention.end, mention.text)
        if year is not None and YEAR_WORD.search(mention.text):  # "Januari 2025" under a "2024" line: 2025 holds now
            year = DateMention(dt.date(mention.date.year, 7, 1), "year", shifted.start, shifted.end, mention.text)
        # The header is the line itself; its body starts on the next line unless the
        # line is long prose that starts with a date ("12-03 met Sanne gesproken ...").
        header = doc.text[block.start : block.end]
        heads.append((block.start, block.end, shifted, header))
        context = shifted
        if year is title:
            year = None
    return heads
