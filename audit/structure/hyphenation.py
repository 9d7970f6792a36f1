"""Soft hyphens a typesetter left inside words ("gedrags\u00adwetenschapper", "veiligheids\u00adcheck"): read as
they stand, no trigger matches them, since U+00AD is no word character.

Hand-written because it is an extraction artefact of typeset dossiers, with a same-length rule: the word is
written whole and the soft hyphens it held go after it as spaces, so every offset outside the word stays the
file's own. A word broken by a plain hyphen at a line's end ("veiligheids-" / "check") is joined by the TXT
reader where it unwraps the line (``audit.read.text``); joining it here too, for the lines a PDF or DOCX reader
keeps apart, was tried and taken back: moving the line break after the joined word split its sentence
elsewhere and lost checks (the twenty-seventh session's measurement, README).
"""
from __future__ import annotations

import re
from dataclasses import replace

from audit.types import Document

_SOFT = re.compile(r"(?<=\w)\u00ad[\w\u00ad]*\w")  # soft hyphens inside a word


def without_hyphenation(doc: Document) -> Document:
    """``doc`` with words that hold soft hyphens written whole (same length, same offsets around them)."""
    if "\u00ad" not in doc.text:
        return doc
    chars = list(doc.text)
    for m in _SOFT.finditer(doc.text):
        whole = m.group(0).replace("\u00ad", "")
        chars[m.start() : m.end()] = list(whole.ljust(m.end() - m.start()))
    return replace(doc, text="".join(chars))
