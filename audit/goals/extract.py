"""Find every care-plan goal in a dossier, with exact offsets.

Goals are recognised by where they stand, not by how they are worded:
list items, "Doel 1: ..." lines and prose under a goals heading ("Doelen",
"Wat willen we bereiken", "Plan van aanpak", ...), and table rows whose column is
named Doel / Doelstelling / Wat willen we bereiken. Actions, sub-goals,
evaluations and policy text are skipped (line labels from
``resources/goal_structure.json``; list items nested under a goal). Copies of the
same goal (a plan repeated in an evaluation) become one ``Goal`` with several
locations.

What a heading means for goals (a goals section, the goals of an evaluation,
actions, the plan's own title), a plan's date fields and the sentences of its
prose come from the structure stage (``audit.structure``); this module scans the
blocks of each document with them (``_GoalScanner``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from audit.goals.lexicon import GoalStructure, structure
from audit.goals.rules import strip_prefix
from audit.resources import resource_cache, resource_json
from audit.structure import labelled_date, plan_date, version_number
from audit.structure.dates import find_dates
from audit.structure.glossary import own_goal_words
from audit.structure.sections import (FIELD_LINE, document_role, OWN_GOAL_WORDS, GoalHeadingKind, goal_heading_kind, goal_headings, is_document_title,
                                     is_unrelated_heading, school_document)
from audit.structure.sentences import sentence_spans
from audit.structure.tables import separator_of, text_tables
from audit.types import Block, Cell, Document, Dossier, Evidence

_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")
_LIST_MARK = re.compile(r"^\s*(?:[-*•–·▪◦\uf0b7\uf0a7>]\s+|\(?\d{1,3}[.)]\s+|[a-zA-Z][.)]\s+)")
# Typed bullets in a paragraph (no letters: "E. Jansen adviseert" is an initial, not an item).
_PARA_MARK = re.compile(r"^\s*(?:[-*•–·▪◦\uf0b7\uf0a7>]\s+|\(?\d{1,3}[.)]\s+)")
_PIPE_FIELD = re.compile(r"\|\s*[\wÀ-ÿ ]{2,30}:")
_WORDS = re.compile(r"[\wÀ-ÿ]+")

PLAN_TITLE_WORDS = 8  # a plan's title line is short ("Plan 2023 (CliniDoc, vervallen)")
PLAN_DATE_BLOCKS = 25  # a plan's date field ("Datum: ...") stands among its first blocks
MAX_DATE_LINE = 160  # a block this short with a date field sets the plan date from there on
PLAN_HEADING_LEVEL = 2  # a dated heading up to this level that names a plan or report dates the plan
PLAIN_LEVEL = 9  # level of a line that acts as a heading without a heading style
MAX_HEADING_WORDS = 7


@dataclass
class Goal:
    """One goal; ``locations`` lists every place its text occurs (first = where found first)."""

    text: str
    locations: list[Evidence] = field(default_factory=list)
    termijn: str | None = None
    wie: str | None = None
    plan_date: str | None = None
    plan_dates: list[str | None] = field(default_factory=list)  # parallel to locations
    form: str = "list"  # list | line | table | prose
    section: str | None = None
    current: bool = True  # a goal of the care plan in force, not only of an older plan or a report's account

    @property
    def file(self) -> str | None:
        return self.locations[0].file if self.locations else None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text, "termijn": self.termijn, "wie": self.wie, "plan_date": self.plan_date,
            "form": self.form, "section": self.section,
            "locations": [vars(e) | {"plan_date": d} for e, d in zip(self.locations, self.plan_dates)],
        }


TEXT_TABLE_IDS = 100_000  # table numbers of tables found in the text, apart from the reader's


_TITLE_NUMBER = re.compile(r"^\d{1,2}[.)]\s*")


def normalise(text: str) -> str:
    """Key for merging copies: prefix (bullets, 'Doel 1:') dropped, lower case, words only."""
    return " ".join(_WORDS.findall(strip_prefix(text).lower()))


def _about_goals(sentence: str, p: GoalStructure) -> bool:
    """A sentence that talks about the goals ("Per doel is aangegeven wie ...") rather than stating one."""
    if p.goal_line.match(sentence) or p.goal_statement.search(sentence):
        return False
    return p.goal_mention.search(sentence) is not None


def _is_field_line(text: str, p: GoalStructure) -> bool:
    """'Datum: ... | Opgesteld door: ...', 'Plaatsing: ...': plan metadata, never a goal."""
    t = _LIST_MARK.sub("", text).strip()
    return bool(p.field_label.match(t)) or len(_PIPE_FIELD.findall(t)) >= 1 and ":" in t.split("|")[0]


def _label(cell: str) -> str:
    """A key cell as the structure patterns read it: "Doel-ID:" -> "doel-id"."""
    return cell.strip().rstrip(":").lower()


def _match_any(pats: tuple[re.Pattern[str], ...], s: str | None) -> bool:
    return bool(s) and any(p.search(s.strip().lower()) for p in pats)


def _field_value(value: str | None) -> str | None:
    """A filled-in field; "-" or nothing is none."""
    return value if value and value.strip(" -–—") else None


def _own_goal_word(header: str | None) -> bool:
    """A column named by the file's own word for a goal ("Koerspunt" where goals are "koerspunten")."""
    own = OWN_GOAL_WORDS.get()
    h = (header or "").strip().lower()
    return bool(own) and bool(h) and (h in own or any(w.startswith(h) and len(w) - len(h) <= 2 for w in own))


def _first_date(text: str) -> str | None:
    ds = find_dates(text)
    return ds[0].iso() if ds else None


@dataclass
class _Cand:
    start: int
    end: int
    form: str
    section: str | None
    plan_date: str | None
    termijn: str | None = None
    wie: str | None = None
    marker: bool = False
    section_id: int = 0  # goals section it stands in; -1 table goal, -2 "Doel 1:" line outside sections


@dataclass
class _ScanState:
    """Where the scanner stands in one document."""

    plan_date: str | None = None  # date of the plan the next goal belongs to
    goal_level: int | None = None  # level of the open goals heading; None outside goals sections
    section_title: str | None = None
    section_kind: GoalHeadingKind | None = None  # 'goals' or 'goals_evaluation' while a section is open
    section_id: int = 0  # goals sections opened so far
    named_level: int | None = None  # a heading naming the goals inside a section opened by a plan's title
    skip_level: int | None = None  # inside an actions/evaluation sub-section headed at this level
    action_mode: bool = False  # after an "Acties:" label line
    base_list: int | None = None  # list level of the goals themselves (deeper items are actions)
    list_domain: _Cand | None = None  # the last item at that level was a domain's title ("Gezondheid"): its goals are one deeper
    tables: dict[int, dict[int, str]] = field(default_factory=dict)  # table -> column index -> header text
    last_table_goal: dict[int, _Cand] = field(default_factory=dict)  # table -> goal of a "Doel | ..." row
    goal_record: set[int] = field(default_factory=set)  # tables whose "Doel-ID | D-01" row awaits its "Omschrijving"
    dropped: set[int] = field(default_factory=set)  # tables whose open goal record was dropped ("Status | vervallen")
    title: tuple[int, int] | None = None  # a "Doel 1 – Veiligheid" title whose goal may follow on the next line
    title_inactive: bool = False  # that title says its goal is no longer active ("behaald (niet meer actief)")
    titles: dict[int, str] = field(default_factory=dict)  # section id -> the heading that opened it
    named_from: dict[int, int] = field(default_factory=dict)  # section id -> where a heading naming its goals begins

    def open_section(self, level: int, title: str, kind: GoalHeadingKind) -> None:
        self.goal_level, self.section_title, self.section_kind = level, title, kind
        self.named_level = None
        self.section_id += 1
        self.titles[self.section_id] = title

    def close_section(self) -> None:
        self.goal_level = self.section_title = self.section_kind = self.named_level = None
        self.new_part()

    def new_part(self) -> None:
        """A new goal or heading: no actions sub-section, no "Acties:" list, list level unknown."""
        self.skip_level, self.action_mode, self.base_list, self.title = None, False, None, None
        self.list_domain = None


class _GoalScanner:
    """One pass over a document's blocks that collects goal candidates.

    Each block goes to one method: the first block (the plan's title), table
    rows, headings and lines that act as headings, blocks outside goals
    sections ("Doel 1: ..." lines only), and inside them "Doel" lines, label
    lines, list items, typed bullets and prose.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.p = structure()
        self.own_date = self._initial_plan_date()  # the plan's own date field, not a later "Evaluatiedatum:"
        self.version: tuple[int, ...] | None = None  # the number of the plan version read last ("Versie 0.2")
        self.st = _ScanState(plan_date=self.own_date)
        self.cands: list[_Cand] = []
        self.table_sections: set[int] = set()  # open goals sections that hold a goal table
        self.text_rows = self._text_table_rows()
        self.enumerated = self._enumerated_runs()
        self.plan = document_role(doc)[0] == "plan"  # a plan's file: its numbered "Afspraak 1 - school" items
        self.expired = False  # under a plan title that says the plan is no longer in force ("Plan 2023 (vervallen)")

    def _text_table_rows(self) -> dict[int, Block]:
        """A plain-text file's tables ("Doel | Omschrijving | Status" over "Doel 1 | ... | loopt"; cells joined
        by " | " or tabs, as an ECD module exports them) as the table rows a DOCX or PDF reader makes, by the
        start of their line: the reader of a text file knows no tables, and a PDF reader only ruled ones, so the
        goals in them were missed. Only lines the reader did not make table rows are looked up."""
        if not any(b.kind in ("line", "paragraph") and separator_of(self.doc.text[b.start:b.end]) for b in self.doc.blocks):
            return {}
        rows: dict[int, Block] = {}
        for t, table in enumerate(text_tables(self.doc.text), start=TEXT_TABLE_IDS):  # apart from the reader's
            for r, row in enumerate((table.header, *table.rows)):
                rows[row.start] = Block(kind="table_row", start=row.start, end=row.end, index=-1, table=t, row=r,
                                        cells=[Cell(a, b) for a, b in row.cells])
        return rows

    def _enumerated_runs(self) -> set[int]:
        """Blocks in a run of at least three short lines numbered one after another ("1. Opening",
        "2. Evaluatie doelen", "3. School"): an agenda or a table of contents, whose items are not
        the headings of the sections they name (the same titles over the sections themselves are)."""
        runs: list[list[int]] = []
        last = None  # the number of the previous block when it was such a line
        for i, b in enumerate(self.doc.blocks):
            text = self.doc.text[b.start:b.end]
            m = _NUMBERED.match(text) if b.kind in ("line", "paragraph", "list_item") else None
            if m is None or len(text.split()) > MAX_HEADING_WORDS + 1 or text.rstrip().endswith("."):
                last = None
                continue
            number = int(m.group(1))
            if last is not None and number == last + 1:
                runs[-1].append(i)
            else:
                runs.append([i])
            last = number
        return {i for run in runs if len(run) >= 3 for i in run}

    def scan(self) -> list[_Cand]:
        first = True
        for i, b in enumerate(self.doc.blocks):
            b = self.text_rows.get(b.start, b) if b.kind in ("line", "paragraph") else b
            text = self.doc.text[b.start:b.end]
            if first and text.strip():
                first = False
                if self._document_title(b, text):
                    continue
            self._block(b, text, i in self.enumerated)
        if self.st.title is not None:
            self._flush_title()
        # Prose sentences only count in sections without structured goals (list items, "Doel" lines,
        # goal-table rows) unless explicitly marked as a goal.
        structured = {c.section_id for c in self.cands if c.form in ("list", "line", "table") and c.section_id > 0}
        structured |= self.table_sections
        cands = [c for c in self.cands if not (c.form == "prose" and c.section_id in structured and not c.marker)]
        # A plan's title ("PLAN VAN AANPAK CRISISPLAATSING SEM V.") opened a section whose prose is its header
        # ("Start crisisplaatsing: 06-01-2025", "PZB: M. Verbeek") when a heading naming goals follows and holds them
        word = goal_headings().goal_word
        named = {c.section_id for c in cands if c.section_id > 0 and word.search(self.st.titles.get(c.section_id, ""))}
        untitled: set[int] = set()
        if named:
            untitled = {i for i, t in self.st.titles.items() if not word.search(t) and i < max(named)}
        elif any(c.section_id == -1 for c in cands):  # ... or when a goal table holds them ("Beoogd effect | Wie")
            untitled = {i for i, t in self.st.titles.items() if not word.search(t)}
        cands = [c for c in cands if not (c.form == "prose" and c.section_id in untitled and not c.marker)]
        # ... or a heading naming the goals inside that same section ("4. Doelstellingen" under "Plan van aanpak
        # pleegzorg"): the prose before it ("1. Aanleiding", "2. Overwegingen matching") is no goal
        starts = self.st.named_from
        return [c for c in cands if not (c.form == "prose" and c.section_id in starts and c.start < starts[c.section_id]
                                         and not c.marker)]

    def _initial_plan_date(self) -> str | None:
        """A date field among the first blocks, else the date the document gives itself near its top."""
        for b in self.doc.blocks[:PLAN_DATE_BLOCKS]:
            d = plan_date(self.doc.text[b.start:b.end])
            if d:
                return d.iso()
        labelled = labelled_date(self.doc)  # "opgesteld 02-09-2024 door ...", "vastgesteld: ..."
        return labelled.iso() if labelled else None

    def _document_title(self, b: Block, text: str) -> bool:
        """The document's own title ("Plan van aanpak – Jayden B.") dates the plan but opens no goals section."""
        if b.kind in ("heading", "line", "paragraph") and is_document_title(text):
            self.st.plan_date = _first_date(text) or self.st.plan_date
            return True
        return False

    def _block(self, b: Block, text: str, enumerated: bool = False) -> None:
        # Plan-date lines ("Datum: 12-03-2024", "Datum evaluatie | 1 september 2024") update the plan date.
        if len(text) < MAX_DATE_LINE:
            d = plan_date(text)
            if d:
                self.st.plan_date = d.iso()
        if self.st.title is not None and not self._titled_goal(b, text):
            if self.p.question_line.match(text):
                self.st.title = None  # "Doel 2 - Contact met mama" over "1. Wat willen we bereiken? — ...": the answer is the goal
            else:
                self._flush_title()
        if b.kind == "table_row" and b.cells:
            self._table_row(b, b.cells)
            return
        self._plan_title(text)
        version = _version_rules()["version_heading"].match(text)
        if version is not None:  # "Status: vastgesteld ... | Versie 1.0": the next version of the plan begins
            number, self.version = self.version, version_number(version.group(1))
            if self.st.goal_level is not None and number is not None and number != self.version:
                self.st.close_section()  # (a running footer that repeats the version closes nothing)
        is_heading, kind = (False, None) if enumerated else self._heading_like(b, text)
        if is_heading:
            self._heading(b, text, kind)
        elif self.st.goal_level is None:
            self._outside_section(b, text)
        elif self.st.skip_level is None:
            self._in_section(b, text)

    # --- helpers -----------------------------------------------------------------------------------

    def _add(self, start: int, end: int, form: str, marker: bool = False) -> None:
        """A candidate in the current goals section, dated with the current plan date; not a goal's
        evaluation ("Doel 1 school: verzuim 2 uur (was 11). Blijft staan.")."""
        if self.p.evaluation_verdict.search(self.doc.text[start:end]):
            return
        st = self.st
        self.cands.append(
            _Cand(start, end, form, st.section_title, st.plan_date, marker=marker, section_id=st.section_id)
        )

    def _cell_text(self, c: Cell) -> str:
        return self.doc.text[c.start:c.end]

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        """Offsets without a leading bullet/number/"Doel 1:" prefix and surrounding blanks."""
        t = self.doc.text[start:end]
        stripped = strip_prefix(t)
        if stripped:
            off = t.find(stripped)
            if off >= 0:
                start, end = start + off, start + off + len(stripped)
        while end > start and self.doc.text[end - 1] in " \t":
            end -= 1
        return start, end

    # --- tables ------------------------------------------------------------------------------------

    def _table_row(self, b: Block, cells: list[Cell]) -> None:
        headers = self._row_headers(b, cells)
        if headers is None:
            return  # the row that names the columns
        p, st = self.p, self.st
        if len(cells) == 2 and p.goal_id_label.match(_label(headers[0] or "")):
            self._key_value_row(b, cells)  # a vertical goal record under "Doel-ID | D-01", not a column "Doel-ID"
            return
        gi = next((i for i, h in enumerate(headers) if _match_any(p.goal_col, h) or _own_goal_word(h)), None)
        if gi is None and st.goal_level is not None:  # "Onderwerp | Omschrijving | Meetbaar" under a goals heading
            gi = next((i for i, h in enumerate(headers) if _match_any(p.description_col, h)), None)
        if gi is not None:
            self._goal_column(cells, headers, gi)
            return
        if len(cells) >= 2 and self._key_value_row(b, cells):
            return
        if st.goal_level is None or st.skip_level is not None or st.action_mode:
            return
        # Other tables inside a goals section: one-column rows are goal text.
        if len(cells) == 1:
            s, e = self._trimmed(cells[0].start, cells[0].end)
            if e > s and not p.action_prefix.match(self.doc.text[s:e]):
                self._add(s, e, "table")

    def _row_headers(self, b: Block, cells: list[Cell]) -> list[str | None] | None:
        """Column headers of a row (the reader's, or the table's first row); None for a header row itself."""
        headers = [c.header for c in cells]
        if any(h is not None for h in headers):
            return headers
        if b.table is not None and b.table in self.st.tables:
            return [self.st.tables[b.table].get(i) for i in range(len(cells))]
        if self._is_header_row(b, cells):
            if b.table is not None:
                self.st.tables[b.table] = {i: self._cell_text(c) for i, c in enumerate(cells)}
            return None
        return headers

    def _is_header_row(self, b: Block, cells: list[Cell]) -> bool:
        """A table's first row that names a goal column ("Doel | Termijn | Wie")."""
        if b.row not in (0, None) or len(cells) < 2:
            return False
        if len(cells) == 2 and len(self._cell_text(cells[1]).split()) > 3:
            return False  # "Doel | <the goal itself>": a key/value row
        if len(cells) == 2 and self.p.goal_id_label.match(_label(self._cell_text(cells[0]))):
            return False  # "Doel-ID | D-01": a goal record's first row
        texts = [self._cell_text(c).strip() for c in cells]  # "Doel 1" numbers a row's goal, "Doel" names a column
        described = self.st.goal_level is not None and len(cells) >= 3  # "Onderwerp | Omschrijving | ..." in a goals section
        return any((_match_any(self.p.goal_col, t) or _own_goal_word(t) or (described and _match_any(self.p.description_col, t)))
                   and not self.p.goal_label_cell.match(t) for t in texts)

    def _goal_column(self, cells: list[Cell], headers: list[str | None], gi: int) -> None:
        """A row of a goals table: the goal cell, with the Termijn and Wie cells of the same row."""
        p = self.p
        gi = self._described(cells, headers, gi)
        s, e = self._trimmed(cells[gi].start, cells[gi].end)
        evaluated = any(i != gi and _match_any(p.evaluation_col, h) for i, h in enumerate(headers))
        scored = any(i != gi and _match_any(p.score_col, h) for i, h in enumerate(headers))
        if (evaluated or scored) and self._is_title(self.doc.text[s:e], p.evaluated_title_max_words if scored else None):
            return  # "Wonen tot 18e | Sami woont stabiel ...; doel blijft": a goal's name in its evaluation
        if any(i != gi and _match_any(p.status_col, h) and p.dropped_goal.match(self._cell_text(cells[i]))
               for i, h in enumerate(headers)):
            return  # "D-05 | Lotte haalt haar zwemdiploma B. | 2024-06-30 | vervallen": dropped from the plan
        if e > s and not _match_any(p.goal_col, self.doc.text[s:e]) and not p.no_goal_value.match(self.doc.text[s:e]):
            tj = next((self._cell_text(cells[i]) for i, h in enumerate(headers) if _match_any(p.termijn_col, h)), None)
            wi = next((self._cell_text(cells[i]) for i, h in enumerate(headers) if _match_any(p.wie_col, h)), None)
            self.cands.append(_Cand(s, e, "table", self.st.section_title, self.st.plan_date, tj or None, wi or None,
                                    section_id=-1))
            if self.st.goal_level is not None:  # a goal table in an open goals section: its prose is context
                self.table_sections.add(self.st.section_id)

    def _described(self, cells: list[Cell], headers: list[str | None], gi: int) -> int:
        """The column holding the goal: in "Doel | Omschrijving | Status" over "Doel 1 | Roos leest ... | loopt"
        the goal column only numbers the goals, the description column states them."""
        cell = self._cell_text(cells[gi]).strip()
        if not (self.p.goal_label_cell.match(cell) or self._is_title(cell)):
            return gi  # "Doel | Omschrijving" over "Slaap | Yara slaapt ...": a title, the description states it
        return next((i for i, h in enumerate(headers) if i != gi and _match_any(self.p.description_col, h)), gi)

    def _key_value_row(self, b: Block, cells: list[Cell]) -> bool:
        """Vertical key/value tables: "Doel | text", then "Termijn | ...", "Wie | ...". True when handled."""
        p, st = self.p, self.st
        label = _label(self._cell_text(cells[0]))
        value = cells[1]
        table = b.table or 0
        value_text = self._cell_text(value).strip()
        if p.goal_id_label.match(label) or (p.goal_row_label.match(label) and p.goal_label_cell.match(value_text)):
            st.goal_record.add(table)  # "Doel-ID | D-01", "Doel | 3": the goal is in the record's description row
            st.last_table_goal.pop(table, None)  # a new record: the status rows that follow are its own
            st.dropped.discard(table)
            return True
        if table in st.goal_record and _match_any(p.description_col, label):
            st.goal_record.discard(table)
            if table in st.dropped:  # "Status | vervallen" came before the description
                return True
            label = "doel"
        last = st.last_table_goal.get(table)
        if _match_any(p.status_col, label) and p.dropped_goal.match(value_text):
            if last is not None and last in self.cands:  # "Status | vervallen": dropped from the plan
                self.cands.remove(last)
            elif table in st.goal_record:
                st.dropped.add(table)
            return True
        if p.domain_row_label.match(label):  # "Leefgebied | Vrije tijd": the next record of the same table
            st.last_table_goal.pop(table, None)
            last = None
        # "Resultaat | <the result aimed at>" opening a record (after "Doel | ..." it judges that goal; a verdict
        # such as "Behaald, Timo leest nu ..." is an evaluation's result)
        result = p.result_row_label.match(label) and last is None and not p.no_goal_value.match(value_text) \
            and not p.verdict_value.match(value_text)
        if p.goal_row_label.match(label) or result:
            s, e = self._trimmed(value.start, value.end)
            if e > s:
                cand = _Cand(s, e, "table", st.section_title, st.plan_date, section_id=-1)
                self.cands.append(cand)
                st.last_table_goal[table] = cand
                if st.goal_level is not None:  # as in _goal_column: the section's prose is context
                    self.table_sections.add(st.section_id)
            return True
        if last is not None and _match_any(p.termijn_col, label):
            last.termijn = self._cell_text(value) or None
            return True
        if last is not None and _match_any(p.wie_col, label):
            last.wie = self._cell_text(value) or None
            return True
        return False

    # --- headings ----------------------------------------------------------------------------------

    def _heading_like(self, b: Block, text: str) -> tuple[bool, GoalHeadingKind | None]:
        """Whether the block acts as a heading, and its goal kind.

        Besides real headings: plain-text/PDF lines that are short, have no final
        period, and carry a goals kind, a known section name, capitals or a colon.
        """
        if b.kind == "heading":
            return True, self._synonym_after_goals(text, goal_heading_kind(text))
        if b.kind not in ("line", "paragraph", "list_item"):
            return False, None
        t = text.strip()
        if not t or len(t.split()) > MAX_HEADING_WORDS or t.endswith((".", ",", ";")):
            return False, None
        core = _LIST_MARK.sub("", t) if b.kind == "list_item" else t
        goal_line = self.p.goal_line.match(core)
        if goal_line is None and FIELD_LINE.match(core):
            return False, None  # "Gekoppeld doel: 1. Schoolgang": a record's field, not a goals heading
        kind = goal_heading_kind(core)
        if kind == "goals" and core.rstrip().endswith(":") and self.p.action_prefix.match(core) \
                and _goal_words()[0].match(core):
            return False, None  # "Werkpunten:" under "Doelstelling 1:" labels its actions, a "Werkpunten" heading its goals
        kind = self._synonym_after_goals(core, kind)
        if kind is not None and (goal_line is None or core.rstrip().endswith(":")):
            return goal_line is None or len(core.split()) <= 2, kind
        if b.kind == "line" and is_unrelated_heading(core):
            return True, kind
        return b.kind == "line" and (t.isupper() or (t.endswith(":") and len(t.split()) <= 5)), kind

    def _synonym_after_goals(self, core: str, kind: GoalHeadingKind | None) -> GoalHeadingKind | None:
        """A heading in another word for goals ("5. Werkpunten") after the plan's goals were found under "Doelen":
        the steps to those goals, not goals of their own."""
        synonym, doel = _goal_words()
        if kind == "goals" and synonym.match(_TITLE_NUMBER.sub("", core.strip())) and any(
                doel.search(self.st.titles.get(c.section_id, "")) or c.section_id in self.st.named_from
                for c in self.cands):  # (goals under "4. Doelstellingen" inside a plan's title section are named too)
            return "not_goals"
        return kind

    def _heading(self, b: Block, text: str, kind: GoalHeadingKind | None) -> None:
        p, st = self.p, self.st
        core = _LIST_MARK.sub("", text) if b.kind == "list_item" else text
        level = b.level if (b.kind == "heading" and b.level is not None) else PLAIN_LEVEL
        if level == 0:  # a document title ("Plan van aanpak crisisplaatsing") is not a goals heading
            st.plan_date = _first_date(core) or st.plan_date
            return
        if level <= PLAN_HEADING_LEVEL and kind is None:
            d = _first_date(core)
            if d and p.plan_title_words.search(core):
                st.plan_date = d
        gl = p.goal_line.match(core)
        if gl and kind == "goals" and b.kind == "heading" \
                and (len(gl.group("goal").split()) >= 2 or self._is_title(gl.group("goal"))):
            # A heading that is itself a goal: "Doel 1: Sanne ...".
            s, e = self._trimmed(b.start + text.find(gl.group("goal")), b.end)
            if st.goal_level is None:
                st.open_section(level, core, "goals")
            st.new_part()
            status = p.status_title.match(gl.group("goal"))  # "Doel 1 – gewijzigd t.o.v. versie 2": a state
            if self._is_title(gl.group("goal")) or status:
                st.title = (s, e)  # "Doel 1 – Veilig en thuis": the sentence under the title is the goal
                st.title_inactive = bool(status and p.inactive_title.search(gl.group("goal")))
            else:
                self._add(s, e, "line")
        elif kind in ("goals", "goals_evaluation"):
            if st.goal_level is None or level <= st.goal_level:
                st.open_section(level, core, kind)
            elif (st.section_title is not None and not goal_headings().goal_word.search(st.section_title)
                  and goal_headings().goal_word.search(core)):
                # "Doelen 2025" under a plan's title ("Plan van aanpak Hodan W.") that opened the whole file as
                # goals: the next heading of its level that names no goals ends them ("Betrokkenen")
                st.named_level = level
                st.named_from.setdefault(st.section_id, b.start)
            st.new_part()
        elif st.goal_level is not None:
            self._heading_in_section(level, kind, st.goal_level, core)

    def _heading_in_section(self, level: int, kind: GoalHeadingKind | None, goal_level: int, title: str = "") -> None:
        """Inside a goals section an actions heading opens a part to skip, and so does a deeper heading of a known
        unrelated part ("Zorgen", "Hulpvraag" under a plan's title that opened the section); an equal or higher
        heading ends it."""
        st = self.st
        if kind == "not_goals" or (kind is None and level > goal_level and is_unrelated_heading(title)):
            if st.skip_level is None or level <= st.skip_level:
                st.skip_level = level
        elif level <= goal_level or (level == PLAIN_LEVEL and goal_level == PLAIN_LEVEL) \
                or (st.named_level is not None and level <= st.named_level):
            st.close_section()
        elif st.skip_level is not None and level <= st.skip_level:
            st.skip_level = None

    # --- text outside and inside goals sections ----------------------------------------------------

    def _plan_title(self, text: str) -> None:
        """A short title line that names a plan: whether it says the plan is no longer in force ("Plan 2023
        (CliniDoc, vervallen)"): the goal lines under it, outside sections, are that old plan's."""
        words = text.split()
        # a title, not a field ("Vorig plan: 2024 (verlopen)" in the current plan's head says nothing of this one)
        if 0 < len(words) <= PLAN_TITLE_WORDS and ":" not in text and not text.rstrip().endswith(".") \
                and words[0].lower().endswith("plan"):
            self.expired = bool(_version_rules()["expired_plan"].search(text))

    def _outside_section(self, b: Block, text: str) -> None:
        """Outside goals sections only explicit "Doel 1: ..." lines count, and a numbered label in the plan's own
        word for a goal over its sentence ("Afspraak 1 - school" / "Nova heeft het naar haar zin op school."),
        which opens a goals part of its own."""
        item = self.p.numbered_item_title.match(text) if self.plan else None
        if item and b.kind in ("paragraph", "line") and self._is_title(item.group("goal")):
            self.st.open_section(PLAIN_LEVEL, text.strip(), "goals")
            s, e = self._trimmed(b.start + item.start("goal"), b.end)
            self.st.title = (s, e)
            return
        gl = self.p.goal_line.match(text)
        if gl and b.kind in ("paragraph", "line", "list_item") and len(gl.group("goal").split()) >= 3 and not self.expired:
            s, e = self._trimmed(b.start + text.find(gl.group("goal")), b.end)
            if not self.p.evaluation_verdict.search(self.doc.text[s:e]):
                self.cands.append(_Cand(s, e, "line", None, self.st.plan_date, section_id=-2))

    def _in_section(self, b: Block, text: str) -> None:
        p, st = self.p, self.st
        if st.title is not None:  # the sentence under "Doel 1 – Veiligheid" is the goal (``_block`` checked it)
            self._title_sentence(b)
            return
        if self._question_answer(b, text) or self._question_goal(b, text):
            return
        fields = p.goal_fields_line.match(text)
        if fields:  # "Termijn: doorlopend Wie: PO" under a goal
            last = self._last_line_goal()
            if last is not None:
                last.termijn = last.termijn or _field_value(fields.group("termijn"))
                last.wie = last.wie or _field_value(fields.group("wie"))
            return
        gl = p.goal_line.match(text)
        if gl:
            st.action_mode, st.base_list = False, None
            goal = gl.group("goal")
            s, e = self._trimmed(b.start + text.find(goal), b.end)
            if self._is_title(goal) or p.status_title.match(goal):  # "Doel 1 – gewijzigd t.o.v. versie 2": a state
                st.title = (s, e)  # the goal may be the next line's sentence
                st.title_inactive = bool(p.inactive_title.search(goal))
            elif len(goal.split()) >= 2:
                self._add(s, e, "line")
            return
        item = p.numbered_item_title.match(text) if self.plan else None
        if item and self._is_title(item.group("goal")):  # "Afspraak 2 - lezen" over its sentence
            st.action_mode, st.base_list = False, None
            st.title = self._trimmed(b.start + item.start("goal"), b.end)
            return
        attribute = p.attribute_line.match(text)
        if attribute:  # "Wie: PM", "Wanneer klaar: juli 2025": an attribute of the goal above
            last = self.cands[-1] if self.cands and self.cands[-1].section_id == st.section_id else None
            if last is not None and attribute.group("wie"):
                last.wie = last.wie or _field_value(attribute.group("value"))
            elif last is not None and attribute.group("termijn"):
                last.termijn = last.termijn or _field_value(attribute.group("value"))
            return
        am = p.action_prefix.match(text)
        if am:
            # "Acties:" alone heads a list of actions; "Evaluatie: het lukt." is just a remark line.
            st.action_mode = st.action_mode or len(text[am.end():].split()) <= 2
            return
        if st.action_mode:
            return
        if b.kind == "list_item":
            self._list_item(b)
        elif _is_field_line(text, p) or p.signature_line.match(text):
            return  # "Datum: ... | Opgesteld door: ...": plan metadata; "Anouk Verschoor, pleegzorgbegeleider"
        elif p.evaluation_intro.search(text) and not self._section_has_goals():
            st.section_kind = "goals_evaluation"  # "Per doel is ... bekeken wat er bereikt is.": progress follows
        elif (b.kind == "line" and _LIST_MARK.match(text)) or (b.kind == "paragraph" and _PARA_MARK.match(text)):
            # A typed bullet is a list item: the whole item is one goal, whatever its sentences.
            s, e = self._trimmed(b.start, b.end)
            if e > s:
                self._add(s, e, "list")
        elif st.section_kind != "goals_evaluation":
            self._prose(b, text)

    def _question_answer(self, b: Block, text: str) -> bool:
        """"1. Wat willen we bereiken? — <goal>": the answer is the goal; "2. Wie doet wat? — <who>" and
        other questions answer about the goal (the who-answer is its Wie). True when the line was one."""
        qa = self.p.question_line.match(text)
        if qa is None:
            return False
        if self.p.goal_question.search(qa.group("q")):
            s, e = self._trimmed(b.start + qa.start("answer"), b.end)
            if e > s:
                self._add(s, e, "line")
        elif self.p.who_question.search(qa.group("q")):
            last = self._last_line_goal()
            if last is not None:
                last.wie = last.wie or qa.group("answer").strip() or None
        return True

    def _question_goal(self, b: Block, text: str) -> bool:
        """Under "Ondersteuningsvragen" a line that asks a question is a goal, the items under it its steps."""
        if b.kind == "list_item" or not text.strip().endswith("?") \
                or not _question_goals_heading().search(self.st.section_title or ""):
            return False
        s, e = self._trimmed(b.start, b.end)
        self._add(s, e, "line")
        self.st.action_mode = True
        return True

    def _section_has_goals(self) -> bool:
        return any(c.section_id == self.st.section_id for c in self.cands)

    def _last_line_goal(self) -> _Cand | None:
        """The "Doel" line goal just before, in this section: the one a fields line or a who-answer is about."""
        last = self.cands[-1] if self.cands else None
        return last if last is not None and last.section_id == self.st.section_id and last.form == "line" else None

    def _is_title(self, goal: str, max_words: int | None = None) -> bool:
        """"Veiligheid", "Contact ouders": a goal's short title, not a sentence (``max_words``: a longer one
        where a score or verdict column says the table evaluates the plan's goals)."""
        g = _TITLE_NUMBER.sub("", goal.strip())  # "1. Zelfstandig fietsen naar school"
        return len(g.split()) <= (max_words or self.p.goal_title_max_words) and not g.endswith((".", "!"))

    def _titled_goal(self, b: Block, text: str) -> bool:
        """The block under a "Doel 1 – Veiligheid" title is its goal: a sentence, not a field or a new goal line."""
        t = text.strip()
        return (b.kind in ("paragraph", "line") and len(t.split()) >= 3 and self.st.goal_level is not None
                and not self.p.goal_line.match(t) and not self.p.goal_fields_line.match(t)
                and not _is_field_line(t, self.p) and not self.p.action_prefix.match(t))

    def _title_sentence(self, b: Block) -> None:
        """The sentence under a goal's title is the goal, not under "Doel 5 – behaald (niet meer actief)"."""
        inactive, self.st.title, self.st.title_inactive = self.st.title_inactive, None, False
        s, e = self._trimmed(b.start, b.end)
        if not inactive:
            self._add(s, e, "line")

    def _flush_title(self) -> None:
        """A title with no sentence under it is the goal itself, when it says something (two words or more)."""
        s, e = self.st.title or (0, 0)
        self.st.title, self.st.title_inactive = None, False
        if len(self.doc.text[s:e].split()) >= 2 and not self.p.status_title.match(self.doc.text[s:e]):
            self._add(s, e, "line")

    def _list_item(self, b: Block) -> None:
        """A list item under a goals heading: a goal at the list's own level; one level deeper under a domain's
        title ("Gezondheid" over "Pleegouders en Sanne maken samen een vaste avondroutine, ..."), deeper
        still (or under a goal) an action."""
        st = self.st
        lvl = b.level or 1
        if st.base_list is None or lvl < st.base_list:
            st.base_list = lvl
        s, e = self._trimmed(b.start, b.end)
        if lvl == st.base_list:
            st.list_domain = None
            if e > s:
                self._add(s, e, "list")
                if self._is_title(self.doc.text[s:e], self.p.evaluated_title_max_words) and self.cands:
                    st.list_domain = self.cands[-1]
            return
        if lvl != st.base_list + 1 or st.list_domain is None:
            return  # sub-goal / action under a goal
        if st.list_domain in self.cands:
            self.cands.remove(st.list_domain)  # the title heads its goals, it is none itself
        if e > s:
            self._add(s, e, "list")

    def _prose(self, b: Block, text: str) -> None:
        """Every sentence that is not an introduction, policy text or a remark about the goals."""
        p = self.p
        for ss, se in sentence_spans(text):
            start, end = b.start + ss, b.start + se
            sentence = self.doc.text[start:end]
            if len(sentence.split()) < 3 or any(r.search(sentence) for r in p.intro) or _about_goals(sentence, p):
                continue
            if p.prose_skip_start.match(sentence) or p.context_line.match(sentence) or p.plan_metadata.search(sentence) \
                    or p.action_prefix.match(sentence):
                continue  # an introduction, a context paragraph ("Hulpvraag: ..."), plan metadata or an action
            self._add(start, end, "prose", marker=any(r.search(sentence) for r in p.prose_marker))


@resource_cache
def _goal_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words for goals beside "doelen", and a title that names goals by a doel word (``sections.json``)."""
    data = resource_json("sections.json")
    return re.compile(data["goal_synonym_heading"]), re.compile(data["doel_title"])


@resource_cache
def _question_goals_heading() -> re.Pattern[str]:
    return re.compile(resource_json("sections.json")["question_goals_heading"])


def extract_goals(dossier: Dossier) -> list[Goal]:
    """Every goal of every document, copies merged (same normalised text); the file's own word for goals
    ("koerspunten", from its box of terms) heads goals as "Doelen" does."""
    token = OWN_GOAL_WORDS.set(own_goal_words([d.text for d in dossier.documents]))
    try:
        return _extract_goals(dossier)
    finally:
        OWN_GOAL_WORDS.reset(token)


def _extract_goals(dossier: Dossier) -> list[Goal]:
    goals: dict[str, Goal] = {}
    scanners = [_GoalScanner(doc) for doc in dossier.documents
                if not school_document(doc)]  # an OPP's or a groeidocument's goals are the school's
    found = [(s.doc, s.scan(), s.own_date) for s in scanners]
    in_force = current_plan(found)
    for doc, cands, _ in found:
        for c in cands:
            text = doc.text[c.start:c.end]
            key = normalise(text)
            if len(key.split()) < 2 or structure().form_answer.search(text):  # "... : ☒ Ja ☐ Nee" asks, sets no goal
                continue
            start, end = doc.shown_span(c.start, c.end)  # offsets in the file as written
            ev = Evidence(file=doc.name, page=doc.page_at(start), start=start, end=end, sentence=text)
            g = goals.get(key)
            if g is None:
                goals[key] = Goal(text=text, locations=[ev], termijn=c.termijn, wie=c.wie, plan_date=c.plan_date,
                                  plan_dates=[c.plan_date], form=c.form, section=c.section, current=id(c) in in_force)
            elif not any(e.file == ev.file and e.start == ev.start for e in g.locations):
                g.locations.append(ev)
                g.plan_dates.append(c.plan_date)
                g.termijn = g.termijn or c.termijn
                g.wie = g.wie or c.wie
                g.current = g.current or id(c) in in_force
    for g in goals.values():
        _first_set_first(g)
    return list(goals.values())


Found = list[tuple[Document, list[_Cand], "str | None"]]  # a file, its goal candidates, its own date


def current_plan(found: Found) -> set[int]:
    """The ids of the candidates that are goals of the care plan in force (``sections.json`` plan_roles).
    With a plan that holds goals, a report's goal lines retell the plan's goals (an evaluation's "Score: 4.
    Gaat zonder verzuim naar school", a progress report's "omgang moeder: loopt") unless a heading sets new
    ones; of several dated plans, an older one's goals are superseded (kept for the goal-adjustment signal).
    Without a plan every candidate counts, as before."""
    roles = {id(doc): document_role(doc) for doc, _, _ in found}
    plans = [(doc, cands, day) for doc, cands, day in found if roles[id(doc)][0] == "plan" and cands]
    if not plans:
        return {id(c) for _, cands, _ in found for c in cands}
    older = _superseded(plans, roles) | _older_versions(plans, roles)
    new_goals = _new_goals_heading()
    keep: set[int] = set()
    for doc, cands, _ in found:
        if id(doc) in older:
            continue  # an older plan's goals (the same words in the latest plan count there)
        version = _in_force_version(doc, cands)  # "HVP versie 3 – vastgesteld ..." over "HVP versie 2 ..."
        keep |= {id(c) for c in cands if (roles[id(doc)][0] != "report" or new_goals.search(c.section or ""))
                 and (version is None or id(c) in version)}
    return keep


@resource_cache
def _new_goals_heading() -> re.Pattern[str]:
    return re.compile(resource_json("sections.json")["new_goals_heading"])


@resource_cache
def _version_rules() -> dict[str, re.Pattern[str]]:
    data = resource_json("goal_structure.json")
    return {key: re.compile(data[key]) for key in ("version_heading", "concept_version", "concept_status",
                                                   "plan_file_version", "expired_plan")}


def _in_force_version(doc: Document, cands: list[_Cand]) -> set[int] | None:
    """Of a plan that keeps its versions in one file ("HVP versie 3 – concept" over "HVP versie 2 – herzien ..."),
    the ids of the goal candidates of the latest version that is not a concept; None for a file of one version.
    A goal before every version heading stays."""
    rules = _version_rules()
    heads = [(m.start(), version_number(m.group(1)), m.group(0)) for m in rules["version_heading"].finditer(doc.text)]
    if len({n for _, n, _ in heads}) < 2 or not cands:
        return None
    starts = [h[0] for h in heads]
    version = {id(c): heads[i][1] for c in cands if (i := bisect.bisect_right(starts, c.start) - 1) >= 0}
    concept = {n for _, n, line in heads if rules["concept_version"].search(line)}
    for i, (start, n, _) in enumerate(heads):  # "Status: CONCEPT." before the version's first goal
        first = min((c.start for c in cands if c.start > start), default=len(doc.text))
        end = min(first, starts[i + 1] if i + 1 < len(heads) else len(doc.text))
        if rules["concept_status"].search(doc.text, start, end):
            concept.add(n)
    live = {n for n in version.values() if n not in concept}
    if not live:
        return None
    latest = max(live)
    return {id(c) for c in cands if version.get(id(c), latest) == latest}


def _older_versions(plans: Found, roles: dict[int, tuple[str | None, str | None]]) -> set[int]:
    """The ids of plan files that an in-force plan of their kind replaces by its version ("hvp_v2.pdf" beside
    "hvp_v3.docx"; not an "omgangsplan_v3" beside them), and of concept plans ("hvp_v3_concept.docx") beside a plan
    of their kind that is not one: by file name, else the first lines."""
    rules = _version_rules()
    out: set[int] = set()
    kinds: dict[str | None, list[tuple[int, int | None, bool]]] = {}
    for doc, _, _ in plans:
        ident = " ".join([doc.name.replace("_", " "), *doc.text[:300].splitlines()[:3]])
        m = rules["plan_file_version"].search(ident)
        kinds.setdefault(roles[id(doc)][1], []).append(
            (id(doc), int(m.group(1)) if m else None, rules["concept_version"].search(ident) is not None))
    for docs in kinds.values():
        live = [(k, n) for k, n, concept in docs if not concept]
        if not live:
            continue
        out |= {k for k, _, concept in docs if concept}
        latest = max((n for _, n in live if n is not None), default=None)
        out |= {k for k, n in live if n is not None and latest is not None and n < latest}
    return out


def _superseded(plans: Found, roles: dict[int, tuple[str | None, str | None]]) -> set[int]:
    """The ids of the plans the latest one (by its own date field) replaces: older ones of its kind (the same plan
    word, or a plain "plan"), or ones that share a goal with it; not a plan of another kind ("omgangsplan")."""
    dated = [(day, doc, cands) for doc, cands, day in plans if day]
    if len(dated) < 2:
        return set()
    last_date, last, last_cands = max(dated, key=lambda d: d[0])
    word = roles[id(last)][1]
    texts = {normalise(last.text[c.start : c.end]) for c in last_cands}
    older = set()
    for day, doc, cands in dated:
        other = roles[id(doc)][1]
        same_kind = word == other or "plan" in (word, other)
        if day < last_date and (same_kind or any(normalise(doc.text[c.start : c.end]) in texts for c in cands)):
            older.add(id(doc))
    return older


def _first_set_first(goal: Goal) -> None:
    """A goal found in several documents (the plan, and an evaluation that pastes it) is the plan's that set it
    first: its locations in order of their plan's date (undated ones last, else in the dossier's order)."""
    order = sorted(range(len(goal.locations)), key=lambda i: (goal.plan_dates[i] is None, goal.plan_dates[i] or ""))
    if order != list(range(len(goal.locations))):
        goal.locations = [goal.locations[i] for i in order]
        goal.plan_dates = [goal.plan_dates[i] for i in order]
        goal.plan_date = goal.plan_dates[0]
        goal.text = goal.locations[0].sentence  # the words as the plan has them
