"""Find every care-plan goal in a dossier, with exact offsets.

Goals are recognised by where they stand, not by how they are worded:
list items, "Doel 1: ..." lines and prose under a goals heading ("Doelen",
"Wat willen we bereiken", "Plan van aanpak", ...), and table rows whose column is
named Doel / Doelstelling / Wat willen we bereiken. Actions, sub-goals,
evaluations and policy text are skipped (sub-headings and line labels from
``resources/goal_structure.json``; list items nested under a goal). Copies of the
same goal (a plan repeated in an evaluation) become one ``Goal`` with several
locations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from audit.goals.lexicon import structure
from audit.goals.rules import strip_prefix
from audit.resources import never_ending_abbreviations
from audit.types import Block, Document, Dossier, Evidence
from audit.structure import labelled_date
from audit.structure.dates import find_dates

_HEAD_NUM = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[a-z]\))\s+")
_LIST_MARK = re.compile(r"^\s*(?:[-*•–·▪◦\uf0b7\uf0a7>]\s+|\(?\d{1,3}[.)]\s+|[a-zA-Z][.)]\s+)")
# Typed bullets in a paragraph (no letters: "E. Jansen adviseert" is an initial, not an item).
_PARA_MARK = re.compile(r"^\s*(?:[-*•–·▪◦\uf0b7\uf0a7>]\s+|\(?\d{1,3}[.)]\s+)")
_SENT_END = re.compile(r"[.!?]+(?=\s+[\"'(‘“]?[A-ZÀ-Ý0-9])")
_INITIAL = re.compile(r"(?:^|[\s(])[A-ZÀ-Ý]$")
_WORDS = re.compile(r"[\wÀ-ÿ]+")


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

    @property
    def file(self) -> str | None:
        return self.locations[0].file if self.locations else None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text, "termijn": self.termijn, "wie": self.wie, "plan_date": self.plan_date,
            "form": self.form, "section": self.section,
            "locations": [vars(e) | {"plan_date": d} for e, d in zip(self.locations, self.plan_dates)],
        }


@dataclass(frozen=True)
class _Patterns:
    goal_head: tuple[re.Pattern[str], ...]
    non_goal_head: tuple[re.Pattern[str], ...]
    action_prefix: re.Pattern[str]
    goal_line: re.Pattern[str]
    goal_col: tuple[re.Pattern[str], ...]
    termijn_col: tuple[re.Pattern[str], ...]
    wie_col: tuple[re.Pattern[str], ...]
    intro: tuple[re.Pattern[str], ...]
    prose_marker: tuple[re.Pattern[str], ...]
    plan_date_line: re.Pattern[str]
    document_title: tuple[re.Pattern[str], ...]
    section_heading: tuple[re.Pattern[str], ...]
    field_label: re.Pattern[str]


@lru_cache(maxsize=1)
def _pat() -> _Patterns:
    s = structure()
    c = lambda xs: tuple(re.compile(x, re.I) for x in xs)  # noqa: E731
    return _Patterns(
        goal_head=c(s["goal_headings"]), non_goal_head=c(s["non_goal_headings"]),
        action_prefix=re.compile(s["action_line_prefix"], re.I), goal_line=re.compile(s["goal_line"], re.I),
        goal_col=c(s["goal_columns"]), termijn_col=c(s["termijn_columns"]), wie_col=c(s["wie_columns"]),
        intro=c(s["intro_sentence"]), prose_marker=c(s["prose_goal_markers"]),
        plan_date_line=re.compile(s["plan_date_line"], re.I),
        document_title=c(s["document_title"]), section_heading=c(s["section_headings"]),
        field_label=re.compile(s["field_labels"], re.I),
    )


_abbreviations = never_ending_abbreviations


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence offsets in one block.

    A period ends a sentence only before blank space and a capital or digit, and
    not after an abbreviation ("fam.", "o.a.") or an initial ("L. Hogenbirk"), so
    "om 20.30 uur" and "door L. Hogenbirk" stay inside their sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        before = text[start:m.start()]
        word = before.rsplit(None, 1)[-1].lower() + "." if before.split() else ""
        if word in _abbreviations() or _INITIAL.search(before):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        ls = len(seg) - len(seg.lstrip())
        if seg.strip():
            out.append((s + ls, s + len(seg.rstrip())))
    return out


def normalise(text: str) -> str:
    """Key for merging copies: prefix (bullets, 'Doel 1:') dropped, lower case, words only."""
    return " ".join(_WORDS.findall(strip_prefix(text).lower()))


def _clean_heading(t: str) -> str:
    return _HEAD_NUM.sub("", t).strip().strip(":").strip()


def heading_kind(title: str) -> str | None:
    """'goal', 'eval' (goals heading of an evaluation), 'other' (action/evaluation/etc.) or None (unrelated)."""
    p = _pat()
    t = _clean_heading(title).lower()
    if re.match(r"^(acties?|actiepunten|werkwijze|afspraken|sub-?doel|tussendoel|wie doet wat|interventies?)\b", t):
        return "other"
    if any(r.match(t) for r in p.goal_head) or (re.search(r"\bdoel(en|stellingen)?\b", t) and len(t.split()) <= 6):
        return "eval" if re.search(r"evaluatie|voortgang|stand van zaken|terugblik", t) else "goal"
    if any(r.match(t) for r in p.non_goal_head):
        return "other"
    return None


def _is_section_heading(title: str) -> bool:
    """A known unrelated section name ("Situatie", "Inzet pleegzorg") on a line of its own."""
    t = _clean_heading(title).lower()
    return any(r.match(t) for r in _pat().section_heading)


def _is_document_title(title: str) -> bool:
    """'Plan van aanpak – Jayden B.': the plan's title, not a goals section."""
    t = _clean_heading(title).strip()
    return any(r.match(t) for r in _pat().document_title)


def _about_goals(sentence: str) -> bool:
    """A sentence that talks about the goals ("Per doel is aangegeven wie ...") rather than stating one."""
    if _pat().goal_line.match(sentence) or re.search(r"\bdoel(?:stelling)? is (?:dat|om)\b", sentence, re.I):
        return False
    return re.search(r"(?<![\wÀ-ÿ])(?:doel|doelen|doelstellingen?)(?![\wÀ-ÿ])", sentence, re.I) is not None


def _is_field_line(text: str) -> bool:
    """'Datum: ... | Opgesteld door: ...', 'Plaatsing: ...': plan metadata, never a goal."""
    t = _LIST_MARK.sub("", text).strip()
    return bool(_pat().field_label.match(t)) or len(re.findall(r"\|\s*[\wÀ-ÿ ]{2,30}:", t)) >= 1 and ":" in t.split("|")[0]


def _heading_like_line(doc: Document, b: Block) -> bool:
    """Plain-text/PDF lines that act as headings (short, no final period, caps or colon or goal words)."""
    if b.kind == "heading":
        return True
    if b.kind not in ("line", "paragraph", "list_item"):
        return False
    t = doc.text[b.start:b.end].strip()
    if not t or len(t.split()) > 7 or t.endswith((".", ",", ";")):
        return False
    core = _LIST_MARK.sub("", t) if b.kind == "list_item" else t
    if heading_kind(core) is not None and (_pat().goal_line.match(core) is None or core.rstrip().endswith(":")):
        return _pat().goal_line.match(core) is None or len(core.split()) <= 2
    if b.kind == "line" and _is_section_heading(core):
        return True
    return b.kind == "line" and (t.isupper() or (t.endswith(":") and len(t.split()) <= 5))


def _cell_text(doc: Document, c) -> str:
    return doc.text[c.start:c.end]


def _match_any(pats: tuple[re.Pattern[str], ...], s: str | None) -> bool:
    return bool(s) and any(p.search(s.strip().lower()) for p in pats)


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading bullet/number/"Doel 1:" prefix and surrounding blanks."""
    t = doc.text[start:end]
    stripped = strip_prefix(t)
    if stripped:
        off = t.find(stripped)
        if off >= 0:
            start, end = start + off, start + off + len(stripped)
    while end > start and doc.text[end - 1] in " \t":
        end -= 1
    return start, end


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
    section_id: int = 0


def _plan_date_from(text: str) -> str | None:
    ds = find_dates(text)
    return ds[0].iso() if ds else None


_DATE_FIELD = re.compile(
    r"(?<![\wÀ-ÿ])(?:datum(?: plan| opgesteld| vaststelling| hulpverleningsplan| evaluatie)?|plandatum|evaluatiedatum|"
    r"d\.d\.|opgesteld op|vastgesteld op|geldig vanaf|ingangsdatum)\s*[:|]?\s*",
    re.I,
)


def _dated_field(text: str) -> str | None:
    """Date of a 'Datum: ...' / 'Datum evaluatie | ...' field in a line (not 'geboortedatum')."""
    for m in _DATE_FIELD.finditer(text):
        if text[max(0, m.start() - 8):m.start()].lower().endswith(("geboorte", "start", "einde", "eind")):
            continue
        ds = find_dates(text[m.end():m.end() + 40])
        if ds and ds[0].start <= 2:
            return ds[0].iso()
    return None


def _doc_candidates(doc: Document) -> list[_Cand]:
    p = _pat()
    cands: list[_Cand] = []
    goal_level: int | None = None  # level of the active goals heading
    section_title: str | None = None
    section_kind: str | None = None
    section_id = 0
    skip_level: int | None = None  # inside an actions/evaluation sub-section
    action_mode = False  # after an "Acties:" label line
    base_list: int | None = None
    plan_date: str | None = None
    tables: dict[int, dict[int, str]] = {}  # table -> column index -> header text
    last_table_goal: dict[int, _Cand] = {}
    # Plan date from the top of the document: a "Datum ..." field anywhere in the first blocks.
    for b in doc.blocks[:25]:
        d = _dated_field(doc.text[b.start:b.end])
        if d:
            plan_date = d
            break
    if plan_date is None:  # "opgesteld 02-09-2024 door ...", "vastgesteld: ..." (structure stage's labels)
        labelled = labelled_date(doc)
        plan_date = labelled.iso() if labelled else None

    first_block = True
    for b in doc.blocks:
        text = doc.text[b.start:b.end]
        if first_block and text.strip():
            first_block = False
            # The document's own title ("Plan van aanpak – Jayden B.") does not open a goals section.
            if b.kind in ("heading", "line", "paragraph") and _is_document_title(text):
                plan_date = _plan_date_from(text) or plan_date
                continue
        # Plan-date lines ("Datum: 12-03-2024", "Datum evaluatie | 1 september 2024") update the plan date.
        if len(text) < 160:
            d = _dated_field(text)
            if d:
                plan_date = d
        if b.kind == "table_row" and b.cells:
            cells = b.cells
            headers = [c.header for c in cells]
            if all(h is None for h in headers):
                if b.table is not None and b.table in tables:
                    headers = [tables[b.table].get(i) for i in range(len(cells))]
                elif b.row in (0, None) and any(_match_any(p.goal_col, _cell_text(doc, c)) for c in cells) and len(cells) >= 2 and not (
                    len(cells) == 2 and len(_cell_text(doc, cells[1]).split()) > 3
                ):
                    if b.table is not None:
                        tables[b.table] = {i: _cell_text(doc, c) for i, c in enumerate(cells)}
                    continue
            gi = next((i for i, h in enumerate(headers) if _match_any(p.goal_col, h)), None)
            if gi is not None:
                c = cells[gi]
                s, e = _trimmed(doc, c.start, c.end)
                if e > s and not _match_any(p.goal_col, doc.text[s:e]):
                    tj = next((_cell_text(doc, cells[i]) for i, h in enumerate(headers) if _match_any(p.termijn_col, h)), None)
                    wi = next((_cell_text(doc, cells[i]) for i, h in enumerate(headers) if _match_any(p.wie_col, h)), None)
                    cands.append(_Cand(s, e, "table", section_title, plan_date, tj or None, wi or None, section_id=-1))
                continue
            # Vertical key/value tables: "Doel | text", then "Termijn | ...", "Wie | ...".
            if len(cells) >= 2:
                label = _cell_text(doc, cells[0]).strip().rstrip(":").lower()
                value = cells[1]
                if re.match(r"^(hoofd)?doel(stelling)?\s*\d*[a-z]?$|^wat willen we bereiken", label):
                    s, e = _trimmed(doc, value.start, value.end)
                    if e > s:
                        cand = _Cand(s, e, "table", section_title, plan_date, section_id=-1)
                        cands.append(cand)
                        last_table_goal[b.table or 0] = cand
                    continue
                lg = last_table_goal.get(b.table or 0)
                if lg is not None and _match_any(p.termijn_col, label):
                    lg.termijn = _cell_text(doc, value) or None
                    continue
                if lg is not None and _match_any(p.wie_col, label):
                    lg.wie = _cell_text(doc, value) or None
                    continue
            if goal_level is None or skip_level is not None or action_mode:
                continue
            # Other tables inside a goals section: one-column rows are goal text.
            if len(cells) == 1:
                s, e = _trimmed(doc, cells[0].start, cells[0].end)
                if e > s and not p.action_prefix.match(doc.text[s:e]):
                    cands.append(_Cand(s, e, "table", section_title, plan_date, section_id=section_id))
            continue

        if _heading_like_line(doc, b):
            core = _LIST_MARK.sub("", text) if b.kind == "list_item" else text
            kind = heading_kind(core)
            level = b.level if (b.kind == "heading" and b.level is not None) else 9
            if level == 0:  # a document title ("Plan van aanpak crisisplaatsing") is not a goals heading
                d = _plan_date_from(core)
                plan_date = d or plan_date
                continue
            gl = p.goal_line.match(core)
            if level <= 2 and kind is None:
                d = _plan_date_from(core)
                if d and re.search(r"plan|evaluatie|verslag|rapport", core, re.I):
                    plan_date = d
            if gl and kind == "goal" and len(gl.group("goal").split()) >= 2 and b.kind == "heading":
                # A heading that is itself a goal: "Doel 1: Sanne ...".
                s = b.start + text.find(gl.group("goal"))
                s, e = _trimmed(doc, s, b.end)
                if goal_level is None:
                    goal_level, section_title, section_kind = level, core, "goal"
                    section_id += 1
                skip_level, action_mode, base_list = None, False, None
                cands.append(_Cand(s, e, "line", section_title, plan_date, section_id=section_id))
                continue
            if kind in ("goal", "eval"):
                if goal_level is None or level <= goal_level:
                    goal_level, section_title, section_kind = level, core, kind
                    section_id += 1
                skip_level, action_mode, base_list = None, False, None
                continue
            if goal_level is not None:
                if kind == "other":
                    if skip_level is None or level <= skip_level:
                        skip_level = level
                    continue
                if level <= goal_level or (level == 9 and goal_level == 9):
                    goal_level = section_title = section_kind = None
                    skip_level, action_mode, base_list = None, False, None
                elif skip_level is not None and level <= skip_level:
                    skip_level = None
            continue

        if goal_level is None:
            # Outside goal sections only explicit "Doel 1: ..." lines count.
            gl = p.goal_line.match(text)
            if gl and b.kind in ("paragraph", "line", "list_item") and len(gl.group("goal").split()) >= 3:
                s, e = _trimmed(doc, b.start + text.find(gl.group("goal")), b.end)
                cands.append(_Cand(s, e, "line", None, plan_date, section_id=-2))
            continue
        if skip_level is not None:
            continue
        gl = p.goal_line.match(text)
        if gl:
            action_mode, base_list = False, None
            goal = gl.group("goal")
            if len(goal.split()) >= 2:
                s, e = _trimmed(doc, b.start + text.find(goal), b.end)
                cands.append(_Cand(s, e, "line", section_title, plan_date, section_id=section_id))
            continue
        am = p.action_prefix.match(text)
        if am:
            # "Acties:" alone heads a list of actions; "Evaluatie: het lukt." is just a remark line.
            action_mode = action_mode or len(text[am.end():].split()) <= 2
            continue
        if action_mode:
            continue
        if b.kind == "list_item":
            lvl = b.level or 1
            if base_list is None or lvl < base_list:
                base_list = lvl
            if lvl > base_list:
                continue  # sub-goal / action under a goal
            s, e = _trimmed(doc, b.start, b.end)
            if e > s:
                cands.append(_Cand(s, e, "list", section_title, plan_date, section_id=section_id))
            continue
        if _is_field_line(text):
            continue  # "Datum: ... | Opgesteld door: ...": plan metadata
        if (b.kind == "line" and _LIST_MARK.match(text)) or (b.kind == "paragraph" and _PARA_MARK.match(text)):
            # A typed bullet is a list item: the whole item is one goal, whatever its sentences.
            s, e = _trimmed(doc, b.start, b.end)
            if e > s:
                cands.append(_Cand(s, e, "list", section_title, plan_date, section_id=section_id))
            continue
        if section_kind == "eval":
            continue
        # Prose: every sentence that is not an introduction, policy text or a remark about the goals.
        for ss, se in sentence_spans(text):
            st, en = b.start + ss, b.start + se
            sent_t = doc.text[st:en]
            if len(sent_t.split()) < 3 or any(r.search(sent_t) for r in p.intro) or _about_goals(sent_t):
                continue
            if re.match(r"^(dit|dat|daarom|daarnaast is|hierbij|hiervoor|omdat|zie|toelichting|n\.b\.|nb)\b", sent_t, re.I):
                continue
            marker = any(r.search(sent_t) for r in p.prose_marker)
            cands.append(_Cand(st, en, "prose", section_title, plan_date, marker=marker, section_id=section_id))
    # Prose sentences only count in sections without structured goals (unless explicitly marked).
    structured = {c.section_id for c in cands if c.form in ("list", "line") and c.section_id > 0}
    return [c for c in cands if not (c.form == "prose" and c.section_id in structured and not c.marker)]


def extract_goals(dossier: Dossier) -> list[Goal]:
    """Every goal of every document, copies merged (same normalised text)."""
    goals: dict[str, Goal] = {}
    for doc in dossier.documents:
        for c in _doc_candidates(doc):
            text = doc.text[c.start:c.end]
            key = normalise(text)
            if len(key.split()) < 2:
                continue
            ev = Evidence(file=doc.name, page=doc.page_at(c.start), start=c.start, end=c.end, sentence=text)
            g = goals.get(key)
            if g is None:
                goals[key] = Goal(text=text, locations=[ev], termijn=c.termijn, wie=c.wie, plan_date=c.plan_date,
                                  plan_dates=[c.plan_date], form=c.form, section=c.section)
            elif not any(e.file == ev.file and e.start == ev.start for e in g.locations):
                g.locations.append(ev)
                g.plan_dates.append(c.plan_date)
                g.termijn = g.termijn or c.termijn
                g.wie = g.wie or c.wie
    return list(goals.values())
