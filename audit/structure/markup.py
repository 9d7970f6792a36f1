"""Files kept in a markdown notes system: "## 2025-03-12 · huisbezoek", "**Aanwezig:** Daan, PZB",
"- [ ] VGB oom aanvragen", "| `12-03` | 1op1 | Daan, PZB |", "~~gepland 5-3~~ verzet naar 12-3". The marks
hide what the analysis reads elsewhere: a heading, a form's box, a table's cells; struck-out text is
withdrawn.

Such a file is read with its marks blanked: heading hashes and a link's address become spaces, a list
bullet before a task box goes so the box opens its line as on a form ("[ ] VGB oom aanvragen": not
ticked), a table row's outer pipes go so its cells are joined by " | " as the readers write tables, and
struck-out text is blanked whole. Emphasis and code quotes stay: blanked, "**Advies:** bij" would read as
a label and a column gap, "op `23-09` onder" as a date column. Hand-written because the offsets must stay
exact (same length, every character where it was: the evidence quotes the file as written,
``Document.shown``); a markdown parser renders, it does not keep positions. The marks and the threshold
live in ``markup_nl.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from audit.resources import resource_cache, resource_json
from audit.structure.tables import ALIGNMENT
from audit.types import Block, Document


@dataclass(frozen=True)
class _Rules:
    min_marks: int
    signals: tuple[re.Pattern[str], ...]
    blank_all: tuple[re.Pattern[str], ...]  # matched text becomes spaces
    heading: re.Pattern[str]  # its group "mark" (the hashes) becomes spaces, its block a heading
    task_bullet: re.Pattern[str]  # its group "mark" (the bullet before a task box) becomes spaces
    table_row: re.Pattern[str]


@resource_cache
def _rules() -> _Rules:
    data = resource_json("markup_nl.json")
    return _Rules(int(data["min_marks"]), tuple(re.compile(p, re.MULTILINE) for p in data["signals"]),
                  tuple(re.compile(p, re.MULTILINE) for p in data["blank_all"]),
                  re.compile(data["heading"], re.MULTILINE), re.compile(data["task_bullet"], re.MULTILINE),
                  re.compile(data["table_row"], re.MULTILINE))


def is_markdown(text: str, name: str = "") -> bool:
    """A ``.md`` file, or enough lines carry markdown marks (headings, task boxes, pipe tables, bold labels,
    wiki links)."""
    rules = _rules()
    return name.lower().endswith(".md") or sum(len(rx.findall(text)) for rx in rules.signals) >= rules.min_marks


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _table_row(chars: list[str], m: re.Match[str]) -> None:
    """A pipe-table row: its outer pipes blanked; in its alignment row ("|---|:--:|") each inner pipe also
    gets a space on each side, so the row reads as the header's separator line. A cell's own text is never
    changed (a compact row "|a|b|" stays no table row)."""
    first, last = m.start("open"), m.start("close")
    chars[first] = chars[last] = " "
    if not ALIGNMENT.fullmatch("".join(chars[first + 1 : last])):
        return
    for i in range(first + 1, last):
        if chars[i] == "|":
            for j in (i - 1, i + 1):
                if first < j < last:
                    chars[j] = " "


def _headings(doc: Document, heading: re.Pattern[str]) -> list[Block]:
    """The file's blocks, a line that opens with hashes ("## Betrokkenen") a heading of that level: a heading
    whatever its words, so the section before it ("## Doelen") ends there."""
    out = []
    for block in doc.blocks:
        m = heading.match(doc.text, block.start, block.end)
        if m is not None and block.kind in ("line", "paragraph", "list_item"):
            block = replace(block, kind="heading", level=len(m.group("mark")))
        out.append(block)
    return out


def without_markup(doc: Document) -> Document:
    """``doc`` with its markdown marks blanked (same length, same offsets), its own text kept as ``shown``,
    its hash lines as headings; unchanged when it is no markdown file."""
    if not is_markdown(doc.text, doc.name):
        return doc
    rules = _rules()
    blocks = _headings(doc, rules.heading)
    chars = list(doc.text)
    for rx in rules.blank_all:
        for m in rx.finditer(doc.text):
            _blank(chars, m.start(), m.end())
    for rx in (rules.heading, rules.task_bullet):
        for m in rx.finditer(doc.text):
            _blank(chars, m.start("mark"), m.end("mark"))
    for m in rules.table_row.finditer("".join(chars)):  # the rows as blanked (a struck-out cell is none)
        _table_row(chars, m)
    return replace(doc, text="".join(chars), blocks=blocks, shown=doc.shown or doc.text)


@resource_cache
def _struck_note() -> re.Pattern[str]:
    return re.compile(resource_json("markup_nl.json")["struck_note"])


@resource_cache
def _review_comment() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = resource_json("markup_nl.json")
    return re.compile(data["review_comment"]), re.compile(data["review_reply_day"])


def without_struck_notes(doc: Document) -> Document:
    """``doc`` with the text its writer struck out ("[doorgehaald: alleen]") and a reviewer's comments ("[Opmerking
    TL 03-02-2025: Was PM hierbij aanwezig?]": its head, label and day; of an answer only its day) blanked, in any file (same length, same offsets; its own text
    kept as ``shown``): a transcript of a notebook marks withdrawn words so, and they must not count ("Dewi
    [doorgehaald: alleen] gesproken, PM zat erbij"); a comment is dated the day it was written, which is no day of
    the record it is attached to."""
    comment, reply_day = _review_comment()
    found = [(m.start(), m.end()) for rx in (_struck_note(), comment) for m in rx.finditer(doc.text)]
    found += [m.span("day") for m in reply_day.finditer(doc.text)]  # "[Reactie PZB 05-06-2025: ...": its day only
    if not found:
        return doc
    chars = list(doc.text)
    for start, end in found:
        _blank(chars, start, end)
    return replace(doc, text="".join(chars), shown=doc.shown or doc.text)
