"""Text saved from a web page of a client file: tags ("<p>", "<br>", "</div>", "<b>") and character entities
("&nbsp;", "&eacute;", "&#39;") left in the journal. Read as they stand, "ge&euml;valueerd" is no word the
triggers know, "<b>Datum:</b>" hides a form's label and "eerst apart<br>daarna met PM" runs two lines into one.

Such a file is read with the remnants taken out: an entity becomes its character (the standard library's table of
HTML5 names, ``html.entities``), a tag nothing (a space where it joined two words), a block tag between two texts on
one line a line break, a list item's tag a bullet, a table cell's tag after another cell a column bar. Each line
keeps its place: what a line lost is made up with spaces at its end, so every line break, page start and block
stays where it was. Inside a line the words move left, so the document keeps ``origin`` (each character's offset
in the file's own text, ``Document.shown``): the evidence quotes the file as written. Blanking the remnants where
they stood was tried first and taken back: the runs of spaces it leaves mid-sentence read as column gaps and cut
"Roos is <b>niet</b> apart gesproken" in two (the twenty-eighth session's review). Hand-written because the
offsets must be kept; an HTML parser renders, it does not keep positions. Tag names and threshold:
``markup_nl.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html.entities import html5

from audit.read.text import line_blocks
from audit.resources import resource_cache, resource_json
from audit.types import Block, Cell, Document

_ENTITY = r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});"
_SPACES = {"\xa0": " ", "\u2009": " ", "\u202f": " ", "\u200b": ""}  # &nbsp;, &thinsp;, &#8239;, &#8203;


@dataclass(frozen=True)
class _Rules:
    min_marks: int
    mark: re.Pattern[str]  # a tag (group "close": its "/"; group "name") or an entity (group "entity")
    block: frozenset[str]
    item: frozenset[str]
    cell: frozenset[str]


@resource_cache
def _rules() -> _Rules:
    data = resource_json("markup_nl.json")
    names = "|".join(sorted(data["html_tags"], key=len, reverse=True))
    mark = re.compile(rf"<(?P<close>/?)(?P<name>{names})\b(?:\s[^<>]{{0,200}})?/?>|(?P<entity>{_ENTITY})", re.IGNORECASE)
    return _Rules(int(data["html_min_marks"]), mark, frozenset(data["html_block_tags"]),
                  frozenset(data["html_item_tags"]), frozenset(data["html_cell_tags"]))


def has_html_remnants(text: str) -> bool:
    """At least ``html_min_marks`` known tags or character entities."""
    rules = _rules()
    for count, _ in enumerate(rules.mark.finditer(text), start=1):
        if count >= rules.min_marks:
            return True
    return False


def _entity(raw: str) -> str:
    """An entity's character ("&euml;" -> "ë", "&nbsp;" -> " "); an unknown name stays as written."""
    if raw[1] == "#":
        try:
            char = chr(int(raw[3:-1], 16) if raw[2] in "xX" else int(raw[2:-1]))
        except (ValueError, OverflowError):
            return raw
    else:
        char = html5.get(raw[1:], raw)
    return _SPACES.get(char, char)


class _Writer:
    """The cleaned text and, per character, its offset in the file's text; every line padded to its own length."""

    def __init__(self, text: str, rules: _Rules) -> None:
        self.text, self.rules = text, rules
        self.out: list[str] = []
        self.origin: list[int] = []

    def emit(self, chars: str, at: int) -> None:
        self.out.extend(chars)
        self.origin.extend([at] * len(chars))

    def copy(self, start: int, end: int) -> None:
        """The file's own characters; at a line break, the line padded first so the break keeps its offset."""
        for i in range(start, end):
            if self.text[i] == "\n":
                self.line_end(i)
            else:
                self.out.append(self.text[i])
                self.origin.append(i)

    def line_end(self, at: int) -> None:
        self.emit(" " * (at - len(self.out)), max(at - 1, 0))
        self.emit("\n", at)

    def line_has_text(self) -> bool:
        for char in reversed(self.out):
            if char == "\n":
                return False
            if not char.isspace() and char != "•":
                return True
        return False

    def tag(self, m: re.Match[str]) -> None:
        """What a tag becomes: a line break, a bullet, a column bar, a space between two words, or nothing."""
        if "\n" in m.group(0):  # a tag broken over lines: only its breaks stay
            for i in range(m.start(), m.end()):
                if self.text[i] == "\n":
                    self.line_end(i)
            return
        name, closing = m.group("name").lower(), bool(m.group("close"))
        before = self.line_has_text()
        line_end = self.text.find("\n", m.end())
        rest = self.text[m.end() : line_end if line_end >= 0 else len(self.text)]
        after = bool(self.rules.mark.sub("", rest).strip())
        if name in self.rules.item and not closing:
            self.emit("\n• " if before else "• ", m.start())
        elif name in self.rules.cell and not closing and before:
            self.emit(" | ", m.start())
        elif name in self.rules.block and before and after:
            self.emit("\n", m.start())
        elif self.out and self.out[-1].isalnum() and rest[:1].isalnum():
            self.emit(" ", m.start())  # "Datum:</b>12-03" keeps its words apart

    def run(self) -> tuple[str, list[int]]:
        pos = 0
        for m in self.rules.mark.finditer(self.text):
            self.copy(pos, m.start())
            if m.group("entity"):
                self.emit(_entity(m.group("entity")), m.start())
            else:
                self.tag(m)
            pos = m.end()
        self.copy(pos, len(self.text))
        self.emit(" " * (len(self.text) - len(self.out)), max(len(self.text) - 1, 0))
        return "".join(self.out), self.origin


def _moved(block: Block, inverse: list[int]) -> Block:
    """A reader's block (a DOCX paragraph, a table row and its cells) at its offsets in the cleaned text."""
    cells = [Cell(inverse[c.start], inverse[c.end], c.header) for c in block.cells] if block.cells else block.cells
    return replace(block, start=inverse[block.start], end=inverse[block.end], cells=cells)


def _inverse(origin: list[int], length: int) -> list[int]:
    """Per offset in the file's text (and its end), the first cleaned offset at or after it."""
    inverse = [len(origin)] * (length + 1)
    for i in range(len(origin) - 1, -1, -1):
        inverse[origin[i]] = i
    for j in range(length - 1, -1, -1):  # a removed character: the next kept one
        inverse[j] = min(inverse[j], inverse[j + 1])
    return inverse


def without_html_remnants(doc: Document) -> Document:
    """``doc`` with its tags and entities taken out, every line at its own offset (``origin`` for the words inside
    it), its own text kept as ``shown``; unchanged when it holds no remnants."""
    if not has_html_remnants(doc.text):
        return doc
    text, origin = _Writer(doc.text, _rules()).run()
    if doc.reader.startswith("text/"):
        blocks = line_blocks(text)
    else:
        inverse = _inverse(origin, len(doc.text))
        blocks = [_moved(b, inverse) for b in doc.blocks]
    return replace(doc, text=text, blocks=blocks, shown=doc.shown or doc.text, origin=tuple(origin))
