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
from dataclasses import dataclass
from html.entities import html5

from audit.resources import resource_cache, resource_json
from audit.structure.rewriting import OffsetWriter, rewritten
from audit.types import Document

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


class _Writer(OffsetWriter):
    """The web page's text without its remnants (``OffsetWriter``: each line keeps its offsets)."""

    def __init__(self, text: str, rules: _Rules) -> None:
        super().__init__(text)
        self.rules = rules

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

    def run(self) -> tuple[str, list[int], list[int]]:
        pos = 0
        for m in self.rules.mark.finditer(self.text):
            self.copy(pos, m.start())
            if m.group("entity"):
                self.emit(_entity(m.group("entity")), m.start(), m.end())
            else:
                self.tag(m)
            pos = m.end()
        return self.finish(pos)


def without_html_remnants(doc: Document) -> Document:
    """``doc`` with its tags and entities taken out, every line at its own offset (``origin`` for the words inside
    it), its own text kept as ``shown``; unchanged when it holds no remnants."""
    if not has_html_remnants(doc.text):
        return doc
    return rewritten(doc, *_Writer(doc.text, _rules()).run())
