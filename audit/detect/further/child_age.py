"""How old the foster child is: the sexual-development norm is n/a for young children.

From the child's birth date ("geboren op", "geb.", "geboortedatum", "*") on a line
that names the child (else the first birth-date field of a file's first part), or
else from an age next to the child's name ("Noor (3)", "Noor, 3 jaar") counted from
the date of the file that says it.
"""
from __future__ import annotations

import datetime as dt
import re

from audit.detect.further.lexicon import hit
from audit.resources import resource_json
from audit.structure.dates import find_dates
from audit.types import DossierContext

_BORN = re.compile(r"(?i:\bgeboren(?:\s+op)?|\bgeboortedatum|\bgeb\.?)\s*:?\s*|\*\s*(?=\d)")
_HEAD = 2000


def _birth_dates(text: str, names: set[str]) -> list[tuple[bool, dt.date]]:
    """(on a line naming the child, date) for every birth date in the first part of ``text``."""
    out = []
    for m in _BORN.finditer(text[:_HEAD]):
        found = find_dates(text[m.end() : m.end() + 24])
        if not found or found[0].start > 2 or found[0].precision != "day":
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()]
        out.append((any(re.search(rf"\b{re.escape(n)}\b", line) for n in names), found[0].date))
    return out


def _stated_age(text: str, names: set[str], written: dt.date | None) -> dt.date | None:
    """An approximate birth date from "Noor (3)" or "Noor, 3 jaar" and the file's date."""
    if written is None:
        return None
    for name in sorted(names):  # set order differs between processes
        m = re.search(rf"\b{re.escape(name)}\b[^\n()]{{0,30}}?(?:\((\d{{1,2}})(?:\s*j(?:aa)?r)?\)|,?\s(\d{{1,2}})\s+jaar\b)", text[:_HEAD])
        if m:
            years = int(m.group(1) or m.group(2))
            return written.replace(year=written.year - years) if not (written.month == 2 and written.day == 29) \
                else dt.date(written.year - years, 3, 1)
    return None


def child_birth_date(ctx: DossierContext) -> dt.date | None:
    names = ctx.facts.get("child_names", set())
    dates = [d for a in ctx.documents for d in _birth_dates(a.document.text, names)]
    for on_child_line, date in dates:
        if on_child_line:
            return date
    if dates:
        return dates[0][1]
    for adoc in ctx.documents:
        written = adoc.structure.doc_date.date if adoc.structure.doc_date else None
        approx = _stated_age(adoc.document.text, names, written)
        if approx is not None:
            return approx
    return None


def named_child_birth_date(ctx: DossierContext) -> dt.date | None:
    """The birth date a child's own label gives ("Pleegkind: Roos Bakker, geboren 03-05-2024", "Jeugdige: Yara
    Brinkhorst (12-02-2010)"), or the line under a file's title that names her ("Journaal Mees Tjallema" over "geb.
    08-11-2024"), else None: not any birth date on a line that names the child ("Roos en pleegzusje
    Elif (geb. 12-09-2024)"), so what is judged by the date alone can rely on it."""
    names = ctx.facts.get("child_names", set())
    data = resource_json("facts_nl.json")
    for name in sorted(names):
        rx = re.compile(data["labelled_birth_date"].replace("{child}", re.escape(name)))
        title = re.compile(data["title_birth_date"].replace("{child}", re.escape(name)))  # "Journaal Mees T." / "geb. ..."
        for a in ctx.documents:
            m = rx.search(a.document.text[:_HEAD]) or title.match(a.document.text[:_HEAD])
            found = find_dates(m.group("date")) if m else []
            if found and found[0].precision == "day" and found[0].date < ctx.as_of:
                return found[0].date
    return _confirmed_bracket_date(ctx, names)


def _confirmed_bracket_date(ctx: DossierContext, names: set[str]) -> dt.date | None:
    """A date in brackets after the child's name ("Sara Wouters (30-11-2019)" in a running header) that a birth-date
    field elsewhere gives too ("Geboortedatum | 30-11-2019"): the child's, though no label says so beside it."""
    data = resource_json("facts_nl.json")
    fields = {m.group("date") for a in ctx.documents for m in re.finditer(data["birth_date_field"], a.document.text[:_HEAD])}
    for name in sorted(names):
        rx = re.compile(data["bracketed_date_after_name"].replace("{child}", re.escape(name)))
        for a in ctx.documents:
            for m in rx.finditer(a.document.text[:_HEAD]):
                found = find_dates(m.group("date"))
                if m.group("date") in fields and found and found[0].precision == "day":
                    return found[0].date
    return None


YOUNG_CHILD_YEARS = 3


def young_child(ctx: DossierContext) -> bool:
    """No age in the file, but it speaks of a toddler's world ("peuterspeelzaal", "consultatiebureau",
    "zindelijk"): the child is about two or three."""
    return any(hit("young_child", a.document.text) for a in ctx.documents)
