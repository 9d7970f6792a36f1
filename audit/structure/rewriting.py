"""Rewriting a file's text for the analysis while the evidence still quotes the file as written.

A rewrite (a web page's tags taken out, ``html_remnants``; a wrong character set repaired, ``mojibake``) makes a
line shorter. Each line is padded with spaces at its end, so every line break, page start and block keeps its
offset; inside a line the words move left, so the document keeps ``origin``: per character of the analysed text,
its offset in the file's own text (``Document.shown``), and ``origin_end``: the end of what it stands for there (a
repaired "é" stands for "Ã©"). Rewrites compose: a second one maps through the first's. Hand-written because the offsets must be kept; the libraries that repair text return only text.
"""
from __future__ import annotations

from dataclasses import replace

from audit.read.text import line_blocks
from audit.types import Block, Cell, Document


class OffsetWriter:
    """The rewritten text and, per character, its offset in the text read; every line padded to its own length."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[str] = []
        self.origin: list[int] = []
        self.ends: list[int] = []  # per character, the end of what it stands for in the text read

    def emit(self, chars: str, at: int, end: int | None = None) -> None:
        """``chars`` in place of ``text[at:end]`` (a repaired run, an entity; a tag's break or bar: ``at`` only)."""
        self.out.extend(chars)
        self.origin.extend([at] * len(chars))
        self.ends.extend([at + 1 if end is None else end] * len(chars))

    def copy(self, start: int, end: int) -> None:
        """The text's own characters; at a line break, the line padded first so the break keeps its offset."""
        for i in range(start, end):
            if self.text[i] == "\n":
                self.line_end(i)
            else:
                self.out.append(self.text[i])
                self.origin.append(i)
                self.ends.append(i + 1)

    def line_end(self, at: int) -> None:
        self.emit(" " * (at - len(self.out)), max(at - 1, 0))
        self.emit("\n", at)

    def finish(self, pos: int) -> tuple[str, list[int], list[int]]:
        """The rest of the text from ``pos``, the last line padded; the text, its ``origin`` and the ends."""
        self.copy(pos, len(self.text))
        self.emit(" " * (len(self.text) - len(self.out)), max(len(self.text) - 1, 0))
        return "".join(self.out), self.origin, self.ends


def _moved(block: Block, inverse: list[int]) -> Block:
    """A reader's block (a DOCX paragraph, a table row and its cells) at its offsets in the rewritten text."""
    cells = [Cell(inverse[c.start], inverse[c.end], c.header) for c in block.cells] if block.cells else block.cells
    return replace(block, start=inverse[block.start], end=inverse[block.end], cells=cells)


def _inverse(origin: list[int], length: int) -> list[int]:
    """Per offset in the text read (and its end), the first rewritten offset at or after it."""
    inverse = [len(origin)] * (length + 1)
    for i in range(len(origin) - 1, -1, -1):
        inverse[origin[i]] = i
    for j in range(length - 1, -1, -1):  # a removed character: the next kept one
        inverse[j] = min(inverse[j], inverse[j + 1])
    return inverse


def rewritten(doc: Document, text: str, origin: list[int], ends: list[int]) -> Document:
    """``doc`` reading ``text`` (``origin``: per character, its offset in ``doc.text``; ``ends``: the end of what
    it stands for there): its blocks moved with the words, its own text kept as ``shown``, ``origin`` and ``ends``
    composed with an earlier rewrite's."""
    if doc.reader.startswith("text/"):
        blocks = line_blocks(text)
    else:
        inverse = _inverse(origin, len(doc.text))
        blocks = [_moved(b, inverse) for b in doc.blocks]
    if doc.origin is not None:
        before_ends = doc.origin_end or tuple(i + 1 for i in doc.origin)
        origin, ends = [doc.origin[i] for i in origin], [before_ends[e - 1] if e else 0 for e in ends]
    return replace(doc, text=text, blocks=blocks, shown=doc.shown or doc.text, origin=tuple(origin),
                   origin_end=tuple(ends))
