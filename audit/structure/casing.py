"""Files written in capitals: an old client system that stores its journal as "12-03-25 HB PZB: GESPR M/
PK ALLEEN OP KAMER. PM BOODSCH." gives the analysis no capital to tell a name from a word, a sentence
start from its middle, or an abbreviation ("PO", "HB") from a word ("OP"). Such a file is read in sentence
case: its shouting lines lowercased, with the dossier's names ("FLEUR" -> "Fleur", as the other files write
them), the known abbreviations ("PO", "HB", "VC") and every sentence start kept capital.

Dossier-specific, hence hand-written; the thresholds and the abbreviations live in ``casing_nl.json``.
The case changes never change a character's position: the text keeps its length and every offset. The
file's own text stays for the evidence (``Document.shown``): the inspector reads what the file says.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from audit.resources import resource_cache, resource_json
from audit.types import Document, Dossier

_LETTERS = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?:])[ \t]+)[ \t\W\d]*?([^\W\d_])", re.MULTILINE)


@dataclass(frozen=True)
class _Rules:
    min_letters: int
    line_share: float
    file_share: float
    min_lines: int
    abbreviations: frozenset[str]
    shape: re.Pattern[str]


@resource_cache
def _rules() -> _Rules:
    data = resource_json("casing_nl.json")
    return _Rules(int(data["min_letters"]), float(data["line_share"]), float(data["file_share"]), int(data["min_lines"]),
                  frozenset(data["abbreviations"]), re.compile(data["abbreviation_shape"]))


def _shouting(line: str) -> bool:
    """A line of capitals: enough letters, nearly all upper case."""
    rules = _rules()
    letters = _LETTERS.findall(line)
    return len(letters) >= rules.min_letters and sum(c.isupper() for c in letters) >= rules.line_share * len(letters)


def _shouting_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the file's shouting lines when nearly all its lines with letters shout, else none
    (a form's capital title, its capital labels answered on other lines, or a heading is no file of capitals)."""
    rules = _rules()
    spans, lines, pos = [], 0, 0
    for line in text.split("\n"):
        if _LETTERS.search(line):
            lines += 1
            if _shouting(line):
                spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans if len(spans) >= max(rules.min_lines, rules.file_share * lines) else []


_MID_SENTENCE = re.compile(r"(?:(?<=[^\W\d_][ \t])|(?<=[:\-–][ \t]))([A-Z][a-zà-ÿ]+)\b")  # not a sentence's first


def dossier_names(documents: list[Document]) -> frozenset[str]:
    """Words the dossier's other files write capitalised in the middle of a sentence and never in lower
    case ("Fleur", "Bo", "Mijnlamp"), in lower case: how a name in a file of capitals is told from a word
    (a sentence's or a label's first word, "Gesprek", "Huisbezoek", is no name)."""
    mid: set[str] = set()
    lower: set[str] = set()
    for doc in documents:
        mid.update(m.group(1).lower() for m in _MID_SENTENCE.finditer(doc.text))
        lower.update(w for w in _WORD.findall(doc.text) if w.islower())
    return frozenset(mid - lower)


def _word_case(word: str, names: frozenset[str]) -> str:
    """The word as sentence case writes it: an abbreviation ("PO", "HB", "PZB") or an initial keeps its
    capitals, a name its capital, any other word is lowercased."""
    rules = _rules()
    if len(word) == 1 or word in rules.abbreviations or rules.shape.fullmatch(word):
        return word
    low = word.lower()
    return low[0].upper() + low[1:] if low in names else low


def _sentence_case(line: str, names: frozenset[str]) -> str:
    out = _WORD.sub(lambda m: _word_case(m.group(0), names), line)
    return _SENTENCE_START.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), out)


def in_sentence_case(doc: Document, names: frozenset[str], spans: list[tuple[int, int]] | None = None) -> Document:
    """``doc`` with its shouting lines in sentence case (same length, same offsets), its own text kept as
    ``shown``; unchanged when it is no file of capitals. ``spans``: its shouting lines, when already found."""
    spans = _shouting_lines(doc.text) if spans is None else spans
    if not spans:
        return doc
    chars = list(doc.text)
    for start, end in spans:
        cased = _sentence_case(doc.text[start:end], names)
        if len(cased) == end - start:  # a letter whose lower case is longer (rare) leaves the line as it is
            chars[start:end] = cased
    return replace(doc, text="".join(chars), shown=doc.shown or doc.text)


def dossier_in_sentence_case(dossier: Dossier) -> Dossier:
    """Every file of capitals of the dossier in sentence case, with the names the other files write
    (each file's lines are looked at once)."""
    shouting = [_shouting_lines(d.text) for d in dossier.documents]
    if not any(shouting):
        return dossier
    names = dossier_names([d for d, spans in zip(dossier.documents, shouting) if not spans])
    return replace(dossier, documents=[in_sentence_case(d, names, spans) for d, spans in zip(dossier.documents, shouting)])
