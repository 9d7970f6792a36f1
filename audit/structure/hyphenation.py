"""Soft hyphens a typesetter left inside words ("gedrags\u00adwetenschapper", "veiligheids\u00adcheck"), and the
hyphen a PDF reader kept where it joined a word broken at a line's end ("Ad-" / "vies" read "Ad-vies"; the reader
cannot tell it from "ouder-kindrelatie", so the file's text keeps it): read as they stand, no trigger matches
"gedrags\u00adwetenschapper", "Ad-vies" or "pleegou-ders".

Hand-written because it is an extraction artefact of typeset dossiers. The analysis reads the word whole; the line
is padded at its end (``structure.rewriting``), so no other line moves, no gap opens inside the sentence (a gap is
a token of its own that parts "volgende" from "zorgteamoverleg"), and the evidence quotes the file as written. A
word broken by a plain hyphen at a line's end ("veiligheids-" / "check") is joined by the TXT reader where it
unwraps the line (``audit.read.text``); joining it here too, for the lines a PDF or DOCX reader keeps apart, was
tried and taken back: moving the line break after the joined word split its sentence elsewhere and lost checks
(the twenty-seventh session's measurement, README).

A word processor's hard spaces ("5\u00a0november\u00a02024", a narrow one in "10\u202f%") are read as spaces: the
tokenizer makes each a token of its own, which ends the sentence inside the date.
"""
from __future__ import annotations

import re
from dataclasses import replace

from audit.structure.rewriting import OffsetWriter, rewritten
from audit.types import Document

_SOFT = re.compile(r"(?<=\w)\u00ad[\w\u00ad]*\w")  # soft hyphens inside a word
_LETTER = re.compile(r"[^\W\d_]")


def _cuts(doc: Document) -> list[int]:
    """Offsets of the soft hyphens inside words and of the hyphens of words the reader joined over lines."""
    cuts = [m.start() + i for m in _SOFT.finditer(doc.text) for i, c in enumerate(m.group(0)) if c == "\u00ad"]
    if doc.broken_words:
        at_of = {o: i for i, o in enumerate(doc.origin)} if doc.origin is not None else None  # an earlier rewrite
        for at in doc.broken_words:
            at = at if at_of is None else at_of.get(at, -1)
            if 0 < at < len(doc.text) - 1 and doc.text[at] == "-" and _LETTER.match(doc.text[at - 1]) \
                    and _LETTER.match(doc.text[at + 1]):
                cuts.append(at)
    return sorted(set(cuts))


_HARD_SPACES = {0x00A0: " ", 0x2007: " ", 0x202F: " "}  # no-break, figure and narrow no-break space


def without_hard_spaces(doc: Document) -> Document:
    """``doc`` with its hard spaces read as spaces (same length, same offsets); the file's text kept as ``shown``."""
    text = doc.text.translate(_HARD_SPACES)
    return doc if text == doc.text else replace(doc, text=text, shown=doc.shown or doc.text)


def without_hyphenation(doc: Document) -> Document:
    """``doc`` with those hyphens taken out of its words, each line padded at its end (same line offsets)."""
    if "\u00ad" not in doc.text and not doc.broken_words:
        return doc
    cuts = _cuts(doc)
    if not cuts:
        return doc
    writer, pos = OffsetWriter(doc.text), 0
    for at in cuts:
        writer.copy(pos, at)
        pos = at + 1
    return rewritten(doc, *writer.finish(pos))
