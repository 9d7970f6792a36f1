"""A file's own words for things, explained in a box of terms ("Begrippen", "Woordenlijst"): "Dijkschouw – de
jaarlijkse veiligheidscheck in het pleeggezin", "Loods: gedragswetenschapper", "Zeebrief: screening van het
pleeggezin; herziening = herscreening", "Loods – onze gedragswetenschapper; een Loodsbericht is haar advies".

Some providers name every event in their own words and explain them once. What a term means is the file's
own business, so it is read from the file, never from a list of ours (as a legend's codes are,
``legend.py``). Only a box under its own heading counts: a line "Loods: ..." elsewhere is a field, not a
definition. Dossier-specific, hence hand-written; the heading and item shapes are data (``glossary_nl.json``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from audit.resources import resource_cache, resource_json


@dataclass(frozen=True)
class Term:
    """One term the file defines: where its definition stands (the box's line), the term, what it means."""

    start: int
    end: int  # the end of its line in the box
    term: str
    meaning: str


@dataclass(frozen=True)
class _Rules:
    heading: re.Pattern[str]
    item: re.Pattern[str]
    named: re.Pattern[str]
    called: re.Pattern[str]
    pronoun: re.Pattern[str]
    max_lines: int
    max_words: int
    dated: re.Pattern[str]
    ordinary: frozenset[str]


@resource_cache
def _rules() -> _Rules:
    data = resource_json("glossary_nl.json")
    return _Rules(re.compile(data["heading"]), re.compile(data["item"]), re.compile(data["named"]),
                  re.compile(data["called"]), re.compile(data["pronoun"]), int(data["max_lines"]),
                  int(data["max_meaning_words"]), re.compile(data["dated_line"], re.IGNORECASE),
                  frozenset(data["ordinary"]))


def ordinary(term: str) -> bool:
    """A word everyone in youth care uses as it is ("Gedragswetenschapper", "Zorgteam"): explained, not renamed."""
    return term.lower() in _rules().ordinary


def glossary(text: str) -> list[Term]:
    """Every term the file's boxes of terms define, in text order."""
    rules = _rules()
    out: list[Term] = []
    for head in rules.heading.finditer(text):
        pos = head.end() + 1
        for _ in range(rules.max_lines):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            terms = _line_terms(text[pos:end], pos, end)
            if not terms:
                break  # the box ends at the first line that defines nothing
            out += terms
            pos = end + 1
            if pos >= len(text):
                break
    return out


def _line_terms(line: str, start: int, end: int) -> list[Term]:
    """The terms one line of the box defines: "Stuurman: pleegzorgbegeleider. Loods: gedragswetenschapper.",
    a second one after ";" ("een Loodsbericht is haar advies": her advice, the Loods's)."""
    rules = _rules()
    out: list[Term] = []
    if rules.dated.search(line):
        return []  # "Contact: op 12-02-2025 heb ik Roos alleen gesproken": a field or a note, the box has ended
    for part in re.split(r"(?<=[.;])\s+", line.strip()):
        part = part.strip().rstrip(".;")
        m = rules.item.fullmatch(part)
        if m is not None and len(m.group("meaning").split()) <= rules.max_words:
            out.append(Term(start, end, m.group("term"), m.group("meaning")))
            for sub in re.split(r";\s*", m.group("meaning"))[1:]:
                out += _named(sub, m.group("meaning").split(";")[0], start, end)
            continue
        base = out[-1].meaning if out else ""
        out += _named(part, base, start, end)
    return out


def _named(part: str, base: str, start: int, end: int) -> list[Term]:
    """"een Loodsbericht is haar advies", "de doelen heten koerspunten": a term told in a sentence; a meaning that
    points back ("haar advies", "de evaluatie ervan") takes the line's first meaning with it."""
    rules = _rules()
    m = rules.named.fullmatch(part) or rules.called.fullmatch(part)
    if m is None:
        return []
    meaning = m.group("meaning")
    if rules.pronoun.search(meaning) and base:
        meaning = f"{meaning} ({base})"
    return [Term(start, end, m.group("term"), meaning)]


def in_glossary(terms: list[Term], offset: int) -> bool:
    """Does ``offset`` lie on a line of a box of terms (a definition names a kind of event, not one)?"""
    return any(t.start <= offset < t.end for t in terms)


# the definition names the goals first ("de doelen van het plan", "doelen"), not a section about them
_GOALS = re.compile(r"(?i)^\W*(?:(?:de|het|onze|ons)\s+)?(?:doelen|doel|hulpverleningsdoelen|behandeldoelen)\b")


def own_goal_words(texts: list[str]) -> frozenset[str]:
    """The dossier's own words for its goals ("koerspunten" where "de doelen heten koerspunten", "Koerspunten – de
    doelen van het plan"), in lower case; a term that names the goals' evaluation is none ("Koersbespreking:
    evaluatie van de koerspunten (doelen)")."""
    return frozenset(t.term.lower() for text in texts for t in glossary(text)
                     if _GOALS.search(t.meaning) and len(t.term.split()) == 1 and not ordinary(t.term))
