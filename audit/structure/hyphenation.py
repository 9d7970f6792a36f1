"""Words a typesetter broke: "veiligheids-" at the end of a narrow column's line and "check" on the next, or a
soft hyphen (U+00AD) inside "gedrags\u00adwetenschapper". Read as they stand, no trigger matches them.

Hand-written because it is an extraction artefact of typeset dossiers, with one same-length rule: the broken
word is written whole where it began and the hyphen and line break it lost go after it, so the line break
stays and every character after the word keeps its offset (only the word's second half moves forward by the
two or three characters of the break). Evidence offsets thus stay exact outside the word itself. A hyphen
after a capital ("GW-" / "advies") or before a capital or digit ("Noord-" / "Holland", "2024-" / "2025") is
a real one and stays.
"""
from __future__ import annotations

import re
from dataclasses import replace

from audit.types import Block, Document

# a lower-case letter, a hyphen (or soft hyphen) at the line's end, the word going on in lower case (not "zorg-"
# over "en veiligheidshuis": a shared half of two compounds)
_BROKEN = re.compile(r"(?<=[a-zà-ÿ])[-\u00ad][ \t]*\n[ \t]*(?!(?:en|of|tot)\b)(?P<rest>[a-zà-ÿ]+)")
_SOFT = re.compile(r"(?<=\w)\u00ad[\w\u00ad]*\w")  # soft hyphens inside a word on one line


def without_hyphenation(doc: Document) -> Document:
    """``doc`` with its broken words written whole (same length, same offsets after each word)."""
    text = doc.text
    if "-\n" not in text and "\u00ad" not in text and not re.search(r"-[ \t]+\n", text):
        return doc
    chars = list(text)
    moves: list[tuple[int, int]] = []  # (where the break began, where the moved line break now stands)
    for m in _BROKEN.finditer(text):
        rest = m.group("rest")
        gap = m.start("rest") - m.start()  # the hyphen, blanks and line break that the word lost
        chars[m.start() : m.end()] = list(rest + "\n" + " " * (gap - 1))
        moves.append((m.start(), m.start() + len(rest)))
    joined = "".join(chars)
    for m in _SOFT.finditer(joined):
        whole = m.group(0).replace("\u00ad", "")
        chars[m.start() : m.end()] = list(whole.ljust(m.end() - m.start()))
    if not moves:
        return replace(doc, text="".join(chars))
    return replace(doc, text="".join(chars), blocks=[_moved(b, moves) for b in doc.blocks])


def _moved(block: Block, moves: list[tuple[int, int]]) -> Block:
    """A block that ended at a broken word ends where its line break now stands; the next one starts after it."""
    start, end = block.start, block.end
    for at, newline in moves:
        if at < end <= newline + 1:
            end = newline
        if at < start <= newline + 1:
            start = newline + 1
    return block if (start, end) == (block.start, block.end) else replace(block, start=start, end=max(start, end))
