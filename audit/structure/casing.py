"""Files written in capitals: an old client system that stores its journal as "12-03-25 HB PZB: GESPR M/
PK ALLEEN OP KAMER. PM BOODSCH." gives the analysis no capital to tell a name from a word, a sentence
start from its middle, or an abbreviation ("PO", "HB") from a word ("OP"). Such a file is read in sentence
case: its shouting lines lowercased, with the dossier's names ("FLEUR" -> "Fleur", as the other files write
them), the known abbreviations ("PO", "HB", "VC") and every sentence start kept capital.

The mirror is a file typed in lower case on a phone ("gister hb, daarna ravi alleen gesproken. vc gedaan bij
po thuis"): it gives no capital to tell a name ("ravi") or an abbreviation whose capitals make it one ("vc", the
safety check, where "VC" is read in capitals only) from a word, nor a sentence's start after its full stop. Its
lines of lower case are read with the dossier's names and the known abbreviations in capitals and each sentence's
first letter capital.

Dossier-specific, hence hand-written; the thresholds and the abbreviations live in ``casing_nl.json``.
The case changes never change a character's position: the text keeps its length and every offset. The
file's own text stays for the evidence (``Document.shown``): the inspector reads what the file says.
"""
from __future__ import annotations

import re
import unicodedata
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
    raised: frozenset[str]
    whisper_share: float


@resource_cache
def _rules() -> _Rules:
    data = resource_json("casing_nl.json")
    return _Rules(int(data["min_letters"]), float(data["line_share"]), float(data["file_share"]), int(data["min_lines"]),
                  frozenset(data["abbreviations"]), re.compile(data["abbreviation_shape"]), frozenset(data["raised"]),
                  float(data["whisper_share"]))


def _shouting(line: str) -> bool:
    """A line of capitals: enough letters, nearly all upper case."""
    rules = _rules()
    letters = _LETTERS.findall(line)
    return len(letters) >= rules.min_letters and sum(c.isupper() for c in letters) >= rules.line_share * len(letters)


def _whispering(line: str) -> bool:
    """A line of lower case: enough letters, not one of them a capital."""
    letters = _LETTERS.findall(line)
    return len(letters) >= _rules().min_letters and not any(c.isupper() for c in letters)


def _lines_where(text: str, test, letters: int = 1, share: float | None = None) -> list[tuple[int, int]]:
    """(start, end) of the lines that pass ``test`` when nearly all (``share``, else ``file_share``) the file's
    lines with ``letters`` letters or more do, else none."""
    rules = _rules()
    share = rules.file_share if share is None else share
    spans, lines, pos = [], 0, 0
    for line in text.split("\n"):
        if len(_LETTERS.findall(line)) >= letters:
            lines += 1
            if test(line):
                spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans if len(spans) >= max(rules.min_lines, share * lines) else []


def _shouting_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the file's shouting lines when nearly all its lines with letters shout, else none
    (a form's capital title, its capital labels answered on other lines, or a heading is no file of capitals)."""
    return _lines_where(text, _shouting)


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


def _folded(word: str) -> str:
    """The word without its accents ("zoë" -> "zoe"): typed on a phone, a name often loses them."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _raised_word(word: str, names: dict[str, str]) -> str:
    """A word of a line in lower case as the file would write it in capitals: a known abbreviation in capitals
    ("vc" -> "VC"), a name of the dossier as the other files write it ("ravi" -> "Ravi", "zoe" -> "Zoë"), any
    other word as it is."""
    if word.upper() in _rules().raised:
        return word.upper()
    name = names.get(_folded(word))
    return name if name is not None and len(name) == len(word) else word


def _raised_case(line: str, written: dict[str, str]) -> str:
    """``line`` with its capitals (``written``: each name of the dossier by its folded form, as the files write it)."""
    out = _WORD.sub(lambda m: _raised_word(m.group(0), written), line)
    return _SENTENCE_START.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), out)


def _sentence_case(line: str, names: frozenset[str]) -> str:
    out = _WORD.sub(lambda m: _word_case(m.group(0), names), line)
    return _SENTENCE_START.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), out)


def in_sentence_case(doc: Document, names: frozenset[str], spans: list[tuple[int, int]] | None = None,
                     whispering: bool = False) -> Document:
    """``doc`` with its shouting lines in sentence case (same length, same offsets), its own text kept as
    ``shown``; unchanged when it is no file of capitals. ``spans``: its shouting lines, when already found;
    with ``whispering``, its lines of lower case, given their capitals."""
    spans = _shouting_lines(doc.text) if spans is None else spans
    if not spans:
        return doc
    chars = list(doc.text)
    written = {_folded(n): n[0].upper() + n[1:] for n in names} if whispering else {}
    for start, end in spans:
        line = doc.text[start:end]
        cased = _raised_case(line, written) if whispering else _sentence_case(line, names)
        if len(cased) == end - start:  # a letter whose lower case is longer (rare) leaves the line as it is
            chars[start:end] = cased
    return replace(doc, text="".join(chars), shown=doc.shown or doc.text)


def dossier_in_sentence_case(dossier: Dossier) -> Dossier:
    """Every file of capitals of the dossier in sentence case and every file of lower case given its capitals,
    with the names the other files write (each file's lines are looked at once)."""
    shouting = [_shouting_lines(d.text) for d in dossier.documents]
    rules = _rules()
    whispering = [[] if spans else _lines_where(d.text, _whispering, rules.min_letters, rules.whisper_share)
                  for d, spans in zip(dossier.documents, shouting)]
    if not any(shouting) and not any(whispering):
        return dossier
    names = dossier_names([d for d, a, b in zip(dossier.documents, shouting, whispering) if not a and not b])
    return replace(dossier, documents=[
        in_sentence_case(d, names, a) if a else in_sentence_case(d, names, b, whispering=True) if b else d
        for d, a, b in zip(dossier.documents, shouting, whispering)])
