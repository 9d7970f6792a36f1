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
from collections import Counter
from dataclasses import replace

from audit.resources import resource_cache, resource_json
from audit.types import Document, Dossier

_LETTERS = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?:])[ \t]+)[ \t\W\d]*?([^\W\d_])", re.MULTILINE)


@resource_cache
def _rules() -> tuple[int, float, float, frozenset[str], re.Pattern[str]]:
    data = resource_json("casing_nl.json")
    return (int(data["min_letters"]), float(data["line_share"]), float(data["file_share"]),
            frozenset(data["abbreviations"]), re.compile(data["abbreviation_shape"]))


def _shouting(line: str) -> bool:
    """A line of capitals: enough letters, nearly all upper case."""
    min_letters, line_share, _, _, _ = _rules()
    letters = _LETTERS.findall(line)
    return len(letters) >= min_letters and sum(c.isupper() for c in letters) >= line_share * len(letters)


def _shouting_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the file's shouting lines when most of its lines with letters shout, else none
    (a form's capital title or a heading is no file of capitals)."""
    _, _, file_share, _, _ = _rules()
    spans, lines, pos = [], 0, 0
    for line in text.split("\n"):
        if _LETTERS.search(line):
            lines += 1
            if _shouting(line):
                spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans if lines and len(spans) >= file_share * lines else []


def dossier_names(documents: list[Document]) -> frozenset[str]:
    """Words the dossier's other files write capitalised more often than not ("Fleur", "Mijnlamp"), in lower
    case: how a name in a file of capitals is told from a word."""
    cased: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for doc in documents:
        for word in _WORD.findall(doc.text):
            if len(word) >= 3 and word[0].isupper() and word[1:].islower():
                cased[word.lower()] += 1
            elif word.islower():
                lower[word] += 1
    return frozenset(w for w, n in cased.items() if n > lower[w])


def _word_case(word: str, names: frozenset[str]) -> str:
    _, _, _, abbreviations, shape = _rules()
    if word in abbreviations or shape.fullmatch(word):
        return word  # "PO", "HB", "PZB": an abbreviation keeps its capitals
    low = word.lower()
    return low[0].upper() + low[1:] if low in names else low


def _sentence_case(line: str, names: frozenset[str]) -> str:
    out = _WORD.sub(lambda m: _word_case(m.group(0), names), line)
    return _SENTENCE_START.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), out)


def in_sentence_case(doc: Document, names: frozenset[str]) -> Document:
    """``doc`` with its shouting lines in sentence case (same length, same offsets), its own text kept as
    ``shown``; unchanged when it is no file of capitals."""
    spans = _shouting_lines(doc.text)
    if not spans:
        return doc
    chars = list(doc.text)
    for start, end in spans:
        cased = _sentence_case(doc.text[start:end], names)
        if len(cased) == end - start:  # a letter whose lower case is longer (rare) leaves the line as it is
            chars[start:end] = cased
    return replace(doc, text="".join(chars), shown=doc.shown or doc.text)


def dossier_in_sentence_case(dossier: Dossier) -> Dossier:
    """Every file of capitals of the dossier in sentence case, with the names the other files write."""
    if not any(_shouting_lines(d.text) for d in dossier.documents):
        return dossier
    names = dossier_names([d for d in dossier.documents if not _shouting_lines(d.text)])
    return replace(dossier, documents=[in_sentence_case(d, names) for d in dossier.documents])
