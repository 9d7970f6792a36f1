"""Case rounds in multi-child documents: whose case a passage is about.

Team minutes and casuistry meetings discuss several foster children one after another
("Casus 2 – Noor H. (10 jr), PZB Sanne", "Casus 3 – T.K. (8 jr), PZB Jeroen"), by first name or
by initials only. A talk, check or advice told under another child's case is that child's,
even when the sentence itself names nobody ("Advies GW: S. zelf laten uitzoeken wat een kamer
kost."). Written by hand because it is specific to how dossiers anonymise children in shared
documents; the header and end patterns are data (``facts_nl.json``).
"""
from __future__ import annotations

import bisect
import re
from typing import Any

from audit.resources import resource_cache, resource_json
from audit.types import AnalysedDocument

CASE_MAX_CHARS = 3000  # a case in a round is a few lines; farther on the text is no longer about it


@resource_cache
def _patterns() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    lex = resource_json("facts_nl.json")
    return (re.compile(lex["case_header"]), re.compile(lex["case_header_alt"])), re.compile(lex["case_end"])


MINUTES_TITLE_CHARS = 300  # the minutes' title and date stand at the top
_NUMBER_ONLY = re.compile(r"^\s*\d{1,2}[.)]\s*$")  # "1. " before a name, no case word


@resource_cache
def _minutes() -> re.Pattern[str]:
    """A file of meeting minutes by its title ("Teamoverleg team Molenrijn", "Notulen MDO"): ``facts_nl.json``."""
    return re.compile(resource_json("facts_nl.json")["minutes_title"])


def _initials(who: str) -> list[str]:
    """The capitals of a case's name: "T.K." -> [T, K]; "Lotte v.D." -> [L, D]; "Noor H." -> [N, H]."""
    return re.findall(r"(?<![a-zà-ÿ])[A-Z]", who)


def surname_initials(texts: list[str], names: set[str]) -> set[str]:
    """The capitals that follow the child's first name as a surname or its initial ("Noor Hendriks",
    "Noor H."): what a second initial of a case must be to be this child's."""
    found: set[str] = set()
    for name in names:
        # "Noor De Vries" -> V; not a label that follows the name ("Noor Geboortedatum: ...")
        rx = re.compile(rf"\b{re.escape(name)}[ \t]+(?:(?i:v\.|van|de|der|den|v\.d\.|vd|ter|ten)[ \t]+)*"
                        rf"([A-Z])(?:\.|[a-zà-ÿ]+\b(?![ \t]*:))")
        for text in texts:
            found.update(m.group(1) for m in rx.finditer(text))
    return found


def is_this_child(who: str, names: set[str], surnames: set[str]) -> bool:
    """Does a case header's name stand for this child? A first name must be one of the child's; initials
    must start with a first name's initial and, when a second is given, with the surname's (if known)."""
    first = who.split()[0]
    if not first.endswith("."):
        return first in names
    caps = _initials(who)
    if not caps or caps[0] not in {n[0] for n in names}:
        return False
    return len(caps) < 2 or not surnames or caps[-1] in surnames


def other_cases(adoc: AnalysedDocument, facts: dict[str, Any]) -> list[tuple[int, int]]:
    """The spans of a file that tell another child's case (found once per file, kept on it)."""
    if "_other_cases" not in adoc.__dict__:
        adoc.__dict__["_other_cases"] = _other_cases(adoc.document.text, facts.get("child_names", set()),
                                                     facts.get("child_surname_initials", set()))
    return adoc.__dict__["_other_cases"]


def _other_cases(text: str, names: set[str], surnames: set[str]) -> list[tuple[int, int]]:
    if not names:
        return []
    headers, end = _patterns()
    minutes = _minutes().search(text[:MINUTES_TITLE_CHARS]) is not None
    # a list's number leads a case only in meeting minutes: a plan numbers the people of the household the same way
    found = {m.start(): m for rx in headers for m in rx.finditer(text)
             if (m.group("lead") and (minutes or not _NUMBER_ONLY.match(m.group("lead")))) or m.group("tag")}
    cases = [found[start] for start in sorted(found)]
    # a round: two cases opened by a case word, or three naming their worker; not one child's file,
    # nor a plan's list of the children in the home ("Noor (10 jr) – PZB Anouk", "Sem (15 jr) – JB ...")
    led = sum(1 for m in cases if m.group("lead"))
    if len({m.group("who") for m in cases}) < 2 or (led < 2 and len(cases) < 3):
        return []
    spans = []
    for i, m in enumerate(cases):
        stop = min(cases[i + 1].start() if i + 1 < len(cases) else len(text), m.end() + CASE_MAX_CHARS)
        closing = end.search(text, m.end() + 1, stop)
        if not is_this_child(m.group("who"), names, surnames):
            spans.append((m.start(), closing.start() if closing else stop))
    return spans


def in_other_case(adoc: AnalysedDocument, offset: int, facts: dict[str, Any]) -> bool:
    """Is ``offset`` inside another child's case of a round?"""
    spans = other_cases(adoc, facts)
    i = bisect.bisect_right(spans, (offset, len(adoc.document.text) + 1)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]
