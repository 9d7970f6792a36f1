"""The data that flows between the stages: read -> structure -> nlp -> detect -> norms -> report.

Everything here is a plain dataclass so a stage can be tested on its own and the
JSON contract (``report/``) is a direct serialisation of these objects.

Offsets: every ``start``/``end`` is a character offset into ``Document.text``,
the file's extracted text. Evidence quoted in a report is always
``document.text[start:end]``, so offsets must stay exact through every stage.
"""
from __future__ import annotations

import bisect
import datetime as dt
from functools import cached_property
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from audit.config import Config

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "line"]
Precision = Literal["day", "month", "year"]


@dataclass
class Cell:
    """One table cell: its offsets in ``Document.text`` and its column header, if known."""

    start: int
    end: int
    header: str | None = None


@dataclass
class Block:
    """A unit of extracted text with its provenance.

    Readers emit blocks in reading order; ``Document.text`` is their texts joined
    by newlines, so a block never spans two pages or two table rows.
    """

    kind: BlockKind
    start: int
    end: int
    index: int  # ordinal of the block in its file (paragraph / line / row number)
    page: int | None = None  # 1-based, PDF only
    level: int | None = None  # heading level (1 = top), list depth for list items
    style: str | None = None  # DOCX style name, if any
    table: int | None = None  # 0-based table ordinal within the file
    row: int | None = None  # 0-based row within the table
    cells: list[Cell] | None = None  # table_row only


@dataclass
class Document:
    """One file of a dossier after reading."""

    name: str  # file name relative to the dossier folder (what evidence cites)
    path: Path
    sha256: str
    reader: str  # e.g. "pdfplumber", "python-docx", "text/utf-8"
    text: str
    blocks: list[Block] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)  # offset where page i+1 starts
    # the running header/footer lines masked out of ``text``, once each: "Pleegkind: Senna W." on every
    # page is furniture to the analysis, but still tells who the file is about
    furniture: tuple[str, ...] = ()
    # the file's text as written, when the analysis reads another casing of it (a file of capitals read in
    # sentence case, ``structure.casing``): same length and offsets; what the evidence quotes
    shown: str | None = None
    # per character of ``text``, its offset in ``shown`` when the analysis moved words inside a line (a web page's
    # tags taken out, ``structure.html_remnants``); None: the same offsets
    origin: tuple[int, ...] | None = None
    # per character of ``text``, the end of what it stands for in ``shown`` (a repaired "é" stands for "Ã©"); None:
    # the character after its ``origin``
    origin_end: tuple[int, ...] | None = None
    # offsets of the hyphens a reader kept where it joined a word a typesetter broke at a line's end ("Ad-" /
    # "vies" read "Ad-vies"): the analysis writes these words whole (``structure.hyphenation``)
    broken_words: tuple[int, ...] = ()

    def shown_span(self, start: int, end: int) -> tuple[int, int]:
        """The offsets in the file's own text (``shown``) of ``text[start:end]``."""
        if self.origin is None or end <= start:
            return start, end
        return self.origin[start], (self.origin_end[end - 1] if self.origin_end else self.origin[end - 1] + 1)

    def page_at(self, offset: int) -> int | None:
        """1-based page holding ``offset``; None for formats without pages."""
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, offset)

    def block_at(self, offset: int) -> Block | None:
        starts = [b.start for b in self.blocks]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset <= self.blocks[i].end:
            return self.blocks[i]
        return None


@dataclass
class FileError:
    """A file that could not be read; the batch goes on without it."""

    file: str
    message: str
    sha256: str | None = None  # of the file's bytes, when they could be read at all


@dataclass
class Dossier:
    """A dossier: the readable documents of one folder plus the files that failed."""

    dossier_id: str
    path: Path
    documents: list[Document] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)

    def document(self, name: str) -> Document | None:
        return next((d for d in self.documents if d.name == name), None)


@dataclass(frozen=True)
class DateMention:
    """A date found in text. Month precision keeps ``date`` at the 1st of the month."""

    date: dt.date
    precision: Precision
    start: int
    end: int
    text: str
    # A year-less date whose year was chosen so that the weekday before it fits ("dinsdag 11 februari"):
    # the year is as good as written, no later rule moves it.
    weekday_year: bool = False

    def iso(self) -> str:
        if self.precision == "month":
            return self.date.strftime("%Y-%m")
        if self.precision == "year":
            return self.date.strftime("%Y")
        return self.date.isoformat()


@dataclass(frozen=True)
class Period:
    """The period a report states it covers (``structure/period.py``); it holds from ``offset`` (the
    statement) to the next statement."""

    offset: int
    first: dt.date
    last: dt.date


@dataclass
class Section:
    """A titled part of a document, from its heading to the next heading of equal or higher rank."""

    kind: str  # normalised section kind from resources/sections.json, or "other"
    title: str
    start: int
    end: int
    level: int = 1


@dataclass
class Entry:
    """A dated entry in a journal or report: a header with a date, and its body."""

    date: DateMention
    start: int  # start of the header line
    body_start: int
    end: int
    header: str  # header line text (type / author), e.g. "Huisbezoek | PZB J. de Wit"


def _plain(value: Any) -> Any:
    """``value`` with dataclasses as dicts and containers copied (what ``asdict`` does to its fields)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple
        return type(value)(*(_plain(v) for v in value))
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass
class Evidence:
    file: str
    page: int | None
    start: int
    end: int
    sentence: str


@dataclass
class Finding:
    """A detected event or fact with the evidence it rests on."""

    kind: str  # one_on_one_contact | safety_check | matching_rationale | behavioural_scientist_advice | goal
    date: str | None  # ISO date, "YYYY-MM" for month precision, None when unknown
    date_precision: Precision | None
    evidence: list[Evidence]
    confidence: float
    detector: str
    attributes: dict[str, Any] = field(default_factory=dict)
    finding_id: str = ""

    def to_json(self) -> dict[str, Any]:
        """The finding as JSON data: its fields, then its attributes at the same level.

        Built field by field rather than with ``dataclasses.asdict``, which deep-copies every
        value and was a visible share of the run on event-heavy journals (thousands of findings)."""
        d = {f.name: _plain(getattr(self, f.name)) for f in fields(self) if f.name != "attributes"}
        d.update(_plain(self.attributes))
        return d


@dataclass
class DocumentStructure:
    """What the structure stage knows about one file."""

    document: Document
    doc_type: str
    doc_date: DateMention | None = None  # the date the file gives itself ("Datum afname: ...")
    sections: list[Section] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)  # report periods, in order of their statements
    # written by the foster parents ("Logboek pleegouders"): its "we" and "ik" are the foster parents
    foster_parent_log: bool = False

    def period_at(self, offset: int) -> Period | None:
        """The report period that holds at ``offset``: the last one stated before it (the first one
        also before it: a letterhead above the title)."""
        if not self.periods:
            return None
        i = bisect.bisect_right(self.periods, offset, key=lambda p: p.offset) - 1
        return self.periods[max(i, 0)]

    def sections_at(self, offset: int) -> list[Section]:
        """All sections containing ``offset``, outermost first."""
        return [s for s in self.sections if s.start <= offset < s.end]

    def section_at(self, offset: int) -> Section | None:
        """The innermost section containing ``offset``."""
        found = self.sections_at(offset)
        return max(found, key=lambda s: (s.level, s.start)) if found else None

    def entry_at(self, offset: int) -> Entry | None:
        starts = [e.start for e in self.entries]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.entries[i].end:
            return self.entries[i]
        return None


@dataclass
class AnalysedDocument:
    """A file after structure and NLP: what the detectors look at."""

    structure: DocumentStructure
    doc: "Doc"
    as_of: dt.date | None = None  # the audit's reference date: no event a file tells is after it

    @property
    def document(self) -> Document:
        return self.structure.document

    @cached_property
    def sentences(self) -> list["Span"]:
        """The doc's sentences, made once: several detectors walk them all, and ``Doc.sents``
        builds every sentence anew from the tokens on each walk."""
        return list(self.doc.sents)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The character offset each of ``sentences`` starts at, ascending (for bisection)."""
        return [s.start_char for s in self.sentences]


@dataclass
class DossierContext:
    """One dossier as the detectors and the goal stage see it."""

    dossier: Dossier
    documents: list[AnalysedDocument]
    as_of: dt.date
    config: "Config"
    facts: dict[str, Any] = field(default_factory=dict)  # e.g. child names, found by detectors
