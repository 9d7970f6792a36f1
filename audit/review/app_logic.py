"""Pure logic behind the reviewer app (``app.py``): loading, filters, order, rendering.

Nothing here imports Streamlit, so all of it is unit-tested. Rules the app relies on:

* Every piece of dossier text that goes into HTML passes through :func:`escape_text`
  (``html.escape`` plus numeric references for the characters Markdown, LaTeX and
  emoji short codes would act on), so a sentence such as ``<script>`` or
  ``![x](http://…)`` is shown, never executed or fetched.
* Nothing here logs or prints dossier text.
* Decisions are matched to findings by ``input_hash`` (as the export does), so a
  re-run that renumbers findings does not carry decisions to the wrong finding.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from audit.goals.score import CRITERIA_NL  # noqa: F401  (re-exported: app.py uses L.CRITERIA_NL)
from audit.resources import never_ending_abbreviations
from audit.review.agreement import DECISION_NL
from audit.review.annotations import (
    EVENT_KINDS,
    GOAL_CRITERIA,
    AnnotationRecord,
    ReplayState,
    iter_reviewable,
)

KIND_NL = {
    "one_on_one_contact": "Gesprek zonder pleegouders",
    "safety_check": "Veiligheidscheck",
    "behavioural_scientist_advice": "Advies gedragswetenschapper",
    "matching_rationale": "Onderbouwing matching",
    "goal": "Doel",
    "norm": "Normoordeel",
}
VERDICT_NL = {"meets": "voldoet", "fails": "voldoet niet", "n/a": "n.v.t."}
VERDICT_COLOR = {"meets": "green", "fails": "red", "n/a": "gray"}
NORM_NL = {
    "one_on_one_min3_last12m": "≥ 3 gesprekken zonder pleegouders (12 mnd)",
    "safety_check_last12m": "Veiligheidscheck (12 mnd)",
    "safety_check_child_spoken": "Kind gesproken bij veiligheidscheck",
    "matching_rationale_documented": "Onderbouwing matching vastgelegd",
    "behavioural_scientist_advice_documented": "Advies gedragswetenschapper vastgelegd",
    "goals_concrete": "Doelen concreet",
}
#: display order of the kinds on a dossier page
KIND_ORDER = ("one_on_one_contact", "safety_check", "behavioural_scientist_advice", "matching_rationale", "goal", "norm")
CONTEXT_CHARS = 600
MAX_ENTRY_CHARS = 2 * CONTEXT_CHARS + 400  # show a whole journal entry up to this size

# --------------------------------------------------------------------------- escaping

# html.escape leaves these alone; Markdown (links, images, emphasis, code), LaTeX ($),
# emoji / icon short codes (:smile:, :material/...:) and tables (|) would act on them.
_MD_SPECIAL = str.maketrans({c: f"&#{ord(c)};" for c in "[]()!*_`~$:|\\{}+-=#^/@."})


def escape_text(text: str) -> str:
    """Dossier text made inert for ``st.markdown(..., unsafe_allow_html=True)``.

    ``html.escape`` first (``<``, ``>``, ``&``, quotes), then the Markdown-active
    characters as numeric references, then line breaks as ``<br>`` so the whole
    fragment stays one HTML block (Markdown is never parsed inside it).
    """
    # '#' and ';' occur in html.escape's own references (&#x27;): escape char by char,
    # translating only the characters html.escape leaves alone.
    out: list[str] = []
    for ch in text:
        e = html.escape(ch, quote=True)
        if e == ch:
            e = ch.translate(_MD_SPECIAL)
        out.append(e)
    escaped = "".join(out)
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def highlight_html(text: str, window: tuple[int, int], spans: Iterable[tuple[int, int]], *,
                   prefix_ellipsis: bool | None = None, suffix_ellipsis: bool | None = None) -> str:
    """``text[window]`` as escaped HTML with ``spans`` (absolute offsets) in ``<mark>``.

    Spans are clipped to the window and merged when they overlap. Returns one
    ``<div>`` without raw newlines.
    """
    w0, w1 = max(0, window[0]), min(len(text), window[1])
    clipped = sorted((max(s, w0), min(e, w1)) for s, e in spans if e > w0 and s < w1 and e > s)
    merged: list[list[int]] = []
    for s, e in clipped:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    parts: list[str] = []
    if prefix_ellipsis if prefix_ellipsis is not None else w0 > 0:
        parts.append("…")
    pos = w0
    for s, e in merged:
        parts.append(escape_text(text[pos:s]))
        parts.append('<mark style="background:#ffe066;padding:0 2px">' + escape_text(text[s:e]) + "</mark>")
        pos = e
    parts.append(escape_text(text[pos:w1]))
    if suffix_ellipsis if suffix_ellipsis is not None else w1 < len(text):
        parts.append("…")
    body = "".join(parts)
    return ('<div class="da-context" style="white-space:pre-wrap;font-size:0.92rem;line-height:1.45;'
            'border-left:3px solid #ccc;padding:0.3rem 0.7rem;background:#fafafa">' + body + "</div>")


# --------------------------------------------------------------------------- loading


def load_audits(audits_dir: Path) -> dict[str, dict[str, Any]]:
    """Every audit JSON in ``audits_dir`` by dossier id (other JSON files are skipped)."""
    out: dict[str, dict[str, Any]] = {}
    d = Path(audits_dir)
    if not d.is_dir():
        return out
    for path in sorted(d.glob("*.json")):
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(data, dict) and data.get("schema_version") is not None and "dossier_id" in data:
            out[str(data["dossier_id"])] = data
    return out


def audits_signature(audits_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, mtimes and sizes of the audit files: the cache key for :func:`load_audits`."""
    d = Path(audits_dir)
    if not d.is_dir():
        return ()
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(d.glob("*.json")) if p.is_file())


def folder_signature(folder: Path | None) -> tuple[tuple[str, int, int], ...]:
    """Cache key of a dossier folder or of an annotations folder: every file's mtime and size."""
    if folder is None or not Path(folder).exists():
        return ()
    folder = Path(folder)
    if folder.is_file():
        st = folder.stat()
        return ((folder.name, st.st_mtime_ns, st.st_size),)
    out = []
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.name.endswith(".lock"):
            st = p.stat()
            out.append((p.relative_to(folder).as_posix(), st.st_mtime_ns, st.st_size))
    return tuple(out)


def dossier_folder(dossiers_dir: Path | None, dossier_id: str) -> Path | None:
    """The folder of ``dossier_id`` in ``dossiers_dir`` (directly or one level down)."""
    if dossiers_dir is None:
        return None
    root = Path(dossiers_dir)
    if not root.is_dir():
        return None
    direct = root / dossier_id
    if direct.is_dir():
        return direct
    if root.name == dossier_id:
        return root
    for sub in sorted(p for p in root.iterdir() if p.is_dir()):
        if (sub / dossier_id).is_dir():
            return sub / dossier_id
    return None


# --------------------------------------------------------------------------- items


@dataclass
class Item:
    """One reviewable item of an audit (finding, goal, matching rationale or norm)."""

    kind: str
    finding_id: str
    input_hash: str
    data: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.finding_id}"

    @property
    def confidence(self) -> float | None:
        c = self.data.get("confidence") if self.kind != "norm" else None
        return float(c) if isinstance(c, (int, float)) and not isinstance(c, bool) else None

    @property
    def date(self) -> str | None:
        return self.data.get("date") if self.kind in EVENT_KINDS else None

    @property
    def evidence(self) -> list[dict[str, Any]]:
        return list(self.data.get("evidence") or []) if self.kind != "norm" else []

    def title(self) -> str:
        """A label without dossier text (safe as a widget or expander label)."""
        bits = [KIND_NL.get(self.kind, self.kind), self.finding_id]
        if self.kind == "norm":
            bits = [KIND_NL["norm"], NORM_NL.get(self.finding_id, self.finding_id)]
        elif self.kind in EVENT_KINDS:
            bits.append(self.date or "datum onbekend")
        if self.confidence is not None:
            bits.append(f"zekerheid {self.confidence:.2f}")
        return " · ".join(bits)


def audit_items(audit: dict[str, Any], *, low_confidence_first: bool = False) -> list[Item]:
    """The items of an audit in display order (kind, then date / position)."""
    items = [Item(k, fid, h, d) for k, fid, h, d in iter_reviewable(audit)]
    rank = {k: i for i, k in enumerate(KIND_ORDER)}
    pos = {id(it): i for i, it in enumerate(items)}

    def key(it: Item) -> tuple:
        base = (rank.get(it.kind, 99), it.date or "", pos[id(it)])
        if low_confidence_first:
            c = it.confidence
            return (0 if c is not None else 1, c if c is not None else 0.0, *base)
        return base

    return sorted(items, key=key)


def decision_of(state: ReplayState, dossier_id: str, item: Item, reviewer: str | None) -> AnnotationRecord | None:
    """The latest decision on this version of the item (by ``reviewer``, or anyone when None)."""
    return state.current(dossier_id, item.finding_id, reviewer or None, input_hash=item.input_hash)


def is_reviewed(state: ReplayState, dossier_id: str, item: Item, reviewer: str | None) -> bool:
    return decision_of(state, dossier_id, item, reviewer) is not None


def progress(audit: dict[str, Any], state: ReplayState, reviewer: str | None) -> tuple[int, int]:
    """(reviewed, total) items of one dossier."""
    items = audit_items(audit)
    done = sum(is_reviewed(state, audit["dossier_id"], it, reviewer) for it in items)
    return done, len(items)


def min_confidence(audit: dict[str, Any], state: ReplayState | None = None, reviewer: str | None = None) -> float | None:
    """Lowest confidence among the (unreviewed, when ``state`` is given) findings of a dossier."""
    vals = [it.confidence for it in audit_items(audit)
            if it.confidence is not None
            and (state is None or not is_reviewed(state, audit["dossier_id"], it, reviewer))]
    return min(vals) if vals else None


@dataclass
class OverviewRow:
    dossier_id: str
    reviewed: int
    total: int
    norms: dict[str, str]
    min_confidence: float | None
    errors: int = 0
    overridden: list[str] = field(default_factory=list)

    @property
    def unreviewed(self) -> int:
        return self.total - self.reviewed

    def as_table_row(self) -> dict[str, Any]:
        row: dict[str, Any] = {
            "dossier": self.dossier_id,
            "beoordeeld": f"{self.reviewed}/{self.total}",
            "voortgang": round(self.reviewed / self.total, 3) if self.total else 1.0,
            "laagste zekerheid": None if self.min_confidence is None else round(self.min_confidence, 2),
            "leesfouten": self.errors,
        }
        for name, verdict in self.norms.items():
            mark = " (aangepast)" if name in self.overridden else ""
            row[NORM_NL.get(name, name)] = f"{VERDICT_NL.get(verdict, verdict)}{mark}"
        return row


def overview_rows(audits: dict[str, dict[str, Any]], state: ReplayState, reviewer: str | None) -> list[OverviewRow]:
    rows = []
    for did, audit in sorted(audits.items()):
        done, total = progress(audit, state, reviewer)
        overridden = sorted({r.finding_id for r in state.decisions_for(did) if r.decision == "override"})
        rows.append(OverviewRow(did, done, total, dict(audit.get("norms", {})), min_confidence(audit, state, reviewer),
                                len(audit.get("errors") or []), overridden))
    return rows


def filter_rows(rows: list[OverviewRow], *, unreviewed_only: bool = False, norm: str | None = None,
                verdict: str | None = None, low_confidence_first: bool = False) -> list[OverviewRow]:
    """The overview's filters: only dossiers with unreviewed items, one norm's verdict, order."""
    out = [r for r in rows if not unreviewed_only or r.unreviewed > 0]
    if norm and verdict:
        out = [r for r in out if r.norms.get(norm) == verdict]
    elif verdict:  # any norm with this verdict
        out = [r for r in out if verdict in r.norms.values()]
    if low_confidence_first:
        out.sort(key=lambda r: (r.min_confidence is None, r.min_confidence if r.min_confidence is not None else 0.0,
                                r.dossier_id))
    return out


def next_unreviewed(
    order: list[str],
    items_of: Callable[[str], list[Item]],
    reviewed: Callable[[str, Item], bool],
    current: tuple[str, str] | None = None,
) -> tuple[str, Item] | None:
    """The first unreviewed item after ``current`` (dossier id, item key), wrapping around.

    ``order`` is the dossier order (the overview's, after its filters); within a
    dossier the items come in ``items_of`` order. Returns None when all is done.
    """
    if not order:
        return None
    flat: list[tuple[str, Item]] = [(did, it) for did in order for it in items_of(did)]
    if not flat:
        return None
    start = 0
    if current is not None:
        did, key = current
        idx = next((i for i, (d, it) in enumerate(flat) if d == did and it.key == key), None)
        if idx is not None:
            start = idx + 1
        elif did in order:  # dossier known but item not (or no item): from that dossier's start
            start = next((i for i, (d, _) in enumerate(flat) if d == did), 0)
    for i in range(len(flat)):
        did, it = flat[(start + i) % len(flat)]
        if not reviewed(did, it):
            return did, it
    return None


# --------------------------------------------------------------------------- text windows


def context_window(text: str, start: int, end: int, entries: Iterable[Any] = (), radius: int = CONTEXT_CHARS) -> tuple[int, int]:
    """The stretch of text to show around ``[start, end)``: its journal entry, or ±radius chars.

    ``entries`` have ``start``/``end`` (``audit.structure.entries.entries_of``). An
    entry is used when it holds the evidence and is not longer than
    ``MAX_ENTRY_CHARS``; otherwise the window is cut at line breaks near ±radius.
    """
    n = len(text)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    for e in entries:
        if e.start <= start and end <= e.end and (e.end - e.start) <= MAX_ENTRY_CHARS:
            return _trim(text, e.start, e.end, start, end)
    w0, w1 = max(0, start - radius), min(n, end + radius)
    # snap to line breaks within the window so lines are not cut in the middle
    nl = text.find("\n", w0, start)
    if w0 > 0 and nl != -1:
        w0 = nl + 1
    nl = text.rfind("\n", end, w1)
    if w1 < n and nl != -1:
        w1 = nl
    return _trim(text, w0, w1, start, end)


def _trim(text: str, w0: int, w1: int, start: int, end: int) -> tuple[int, int]:
    """Drop blank space at the window's ends (never into the evidence)."""
    while w1 > end and text[w1 - 1].isspace():
        w1 -= 1
    while w0 < start and text[w0].isspace():
        w0 += 1
    return w0, w1


def evidence_matches(text: str, ev: dict[str, Any]) -> bool:
    """Whether the evidence offsets still point at its sentence (file unchanged)."""
    try:
        s, e = int(ev["start"]), int(ev["end"])
    except (KeyError, TypeError, ValueError):
        return False
    return 0 <= s <= e <= len(text) and text[s:e] == ev.get("sentence", text[s:e])


_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(\[]?[A-ZÀ-Ý])")
_LAST_WORD = re.compile(r"(\S+)$")


_abbreviations = never_ending_abbreviations


def _sentence_cuts(chunk: str) -> list[int]:
    """Where sentences start inside one block: after . ! ? and a capital, not after an abbreviation or initial."""
    abbr = _abbreviations()
    cuts = []
    for m in _SENT_END.finditer(chunk):
        word = _LAST_WORD.search(chunk, 0, m.start())
        w = word.group(1).lower().lstrip("(\"'“‘[") if word else ""
        if w in abbr or re.fullmatch(r"[a-zà-ý]\.", w):  # "fam. Mertens", "R. Boersma"
            continue
        cuts.append(m.end())
    return cuts


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    page: int | None

    def label(self, text: str, width: int = 140) -> str:
        """Option label for a selectbox (plain text, one line, shortened)."""
        s = " ".join(text[self.start:self.end].split())
        if len(s) > width:
            s = s[: width - 1] + "…"
        return (f"p. {self.page} · " if self.page else "") + f"[{self.start}] " + s


def passages(doc: Any) -> list[Passage]:
    """The sentences of a document (block by block, split at sentence ends), with exact offsets.

    ``doc`` is an ``audit.model.Document``; works on its ``blocks`` (lines,
    paragraphs, table rows), falling back to lines of ``doc.text``.
    """
    text: str = doc.text
    spans: list[tuple[int, int]] = []
    blocks = getattr(doc, "blocks", None) or []
    if blocks:
        spans = [(b.start, b.end) for b in blocks]
    else:
        pos = 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
    out: list[Passage] = []
    for b0, b1 in spans:
        chunk = text[b0:b1]
        cut = [0] + _sentence_cuts(chunk) + [len(chunk)]
        for a, b in zip(cut, cut[1:]):
            seg = chunk[a:b]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            if trail <= lead:
                continue
            s, e = b0 + a + lead, b0 + a + trail
            out.append(Passage(s, e, doc.page_at(s) if hasattr(doc, "page_at") else None))
    return out


def search_passages(doc: Any, query: str, limit: int = 200) -> list[Passage]:
    """Sentences containing ``query`` (case-insensitive); all sentences when it is empty."""
    q = " ".join(query.split()).casefold()
    found = []
    for p in passages(doc):
        if not q or q in " ".join(doc.text[p.start:p.end].split()).casefold():
            found.append(p)
            if len(found) >= limit:
                break
    return found


def evidence_from_passage(doc: Any, passage: Passage) -> dict[str, Any]:
    """Evidence in the output contract's shape for a passage the reviewer picked."""
    return {"file": doc.name, "page": passage.page, "start": passage.start, "end": passage.end,
            "sentence": doc.text[passage.start:passage.end]}


# --------------------------------------------------------------------------- corrections

_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_MY = re.compile(r"^(\d{1,2})[-/.](\d{4})$")


class CorrectionError(ValueError):
    """A correction the app cannot log; the message is Dutch."""


def parse_date_input(value: str) -> str | None:
    """A reviewer's date: ``JJJJ-MM-DD``, ``JJJJ-MM``, ``JJJJ``, ``DD-MM-JJJJ`` or ``MM-JJJJ``; empty = unknown."""
    v = value.strip()
    if not v:
        return None
    m = _DMY.match(v)
    if m:
        v = f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    else:
        m = _MY.match(v)
        if m:
            v = f"{int(m.group(2)):04d}-{int(m.group(1)):02d}"
    if not _ISO.match(v):
        raise CorrectionError("datum moet JJJJ-MM-DD, JJJJ-MM, JJJJ of DD-MM-JJJJ zijn")
    parts = [int(p) for p in v.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise CorrectionError(f"geen bestaande datum: {v}") from exc
    return v


def precision_of(date: str | None) -> str | None:
    if not date:
        return None
    return {1: "year", 2: "month", 3: "day"}[len(date.split("-"))]


CHILD_SPOKEN_OPTIONS = {"ja": True, "nee": False, "onbekend": None}


def child_spoken_label(value: Any) -> str:
    return {True: "ja", False: "nee"}.get(value, "onbekend")


def correction_records(
    audit: dict[str, Any], item: Item, reviewer: str, *, date_text: str, kind: str,
    child_spoken: str | None = None, note: str = "",
) -> list[AnnotationRecord]:
    """The record(s) for a correction of an event finding.

    Date and child_spoken: one ``correct`` record. A different kind cannot be a
    correction in the log's contract (the finding's identity includes its kind),
    so it becomes two records: ``reject`` of this finding and ``add`` of the same
    evidence under the new kind (with the corrected date).
    """
    if item.kind not in EVENT_KINDS:
        raise CorrectionError("alleen gebeurtenissen (gesprek, veiligheidscheck, advies) kunnen zo gecorrigeerd worden")
    new_date = parse_date_input(date_text)
    old = item.data
    correction: dict[str, Any] = {}
    if new_date != old.get("date"):
        correction["date"] = new_date
        correction["date_precision"] = precision_of(new_date)
    if kind not in EVENT_KINDS:
        raise CorrectionError(f"onbekende soort: {kind}")
    if kind == "safety_check" and child_spoken is not None:
        value = CHILD_SPOKEN_OPTIONS.get(child_spoken, None)
        if item.kind != "safety_check" or value != old.get("child_spoken"):
            correction["child_spoken"] = value
    if kind == item.kind:
        if not correction:
            raise CorrectionError("niets gewijzigd: pas de datum of 'kind gesproken' aan, of kies Bevestigen")
        return [AnnotationRecord.for_item(audit, item.kind, item.finding_id, "correct", reviewer,
                                          correction=correction, note=note)]
    added = {"date": new_date, "date_precision": precision_of(new_date)}
    if kind == "safety_check":
        added["child_spoken"] = correction.get("child_spoken", old.get("child_spoken"))
    why = f"soort gewijzigd: {item.kind} -> {kind}"
    evidence = [{k: e.get(k) for k in ("file", "page", "start", "end", "sentence")} for e in item.evidence]
    if not evidence:
        raise CorrectionError("deze bevinding heeft geen bewijs; soort wijzigen kan niet")
    return [
        AnnotationRecord.for_item(audit, item.kind, item.finding_id, "reject", reviewer,
                                  note=(note + " | " if note else "") + why),
        AnnotationRecord.for_added(audit, kind, evidence, added, reviewer, note=(note + " | " if note else "") + why),
    ]


def added_record(audit: dict[str, Any], kind: str, evidence: dict[str, Any], reviewer: str, *,
                 date_text: str = "", child_spoken: str | None = None, note: str = "") -> AnnotationRecord:
    """The ``add`` record for a finding the tool missed (event, or a goal)."""
    if kind == "goal":
        return AnnotationRecord.for_added(audit, "goal", [evidence], {"text": evidence["sentence"]}, reviewer, note=note)
    if kind not in EVENT_KINDS:
        raise CorrectionError(f"onbekende soort: {kind}")
    date = parse_date_input(date_text)
    correction: dict[str, Any] = {"date": date, "date_precision": precision_of(date)}
    if kind == "safety_check":
        correction["child_spoken"] = CHILD_SPOKEN_OPTIONS.get(child_spoken or "onbekend")
    return AnnotationRecord.for_added(audit, kind, [evidence], correction, reviewer, note=note)


def withdraw_record(added: AnnotationRecord, reviewer: str, note: str = "") -> AnnotationRecord:
    """Withdraw a reviewer-added finding: a ``reject`` on the same identity."""
    return AnnotationRecord(added.dossier_id, added.finding_id, added.finding_kind, added.input_hash, "reject",
                            reviewer, note=note, tool_version=added.tool_version, model_version=added.model_version)


# --------------------------------------------------------------------------- goals


def goal_effective_criteria(goal: dict[str, Any], records: Iterable[AnnotationRecord]) -> dict[str, bool]:
    """The goal's criteria with the criteria corrections in ``records`` applied in order."""
    crit = {k: bool(goal.get(k)) for k in GOAL_CRITERIA}
    for r in records:
        if r.decision in ("goal_criteria", "correct", "add"):
            for k in GOAL_CRITERIA:
                if k in r.correction:
                    crit[k] = bool(r.correction[k])
    return crit


def concreteness(criteria: dict[str, bool]) -> float:
    return round(sum(bool(criteria.get(k)) for k in GOAL_CRITERIA) / len(GOAL_CRITERIA), 2)


def goal_hint(goal: dict[str, Any], criteria: dict[str, bool]) -> str:
    """The rewrite hint for the criteria as they stand now (the scorer's wording)."""
    try:
        from audit.goals.score import Criterion, _hint
    except ImportError:  # pragma: no cover - scorer always present
        return str(goal.get("hint") or "")
    cues = goal.get("criteria") or {}
    crit = {k: Criterion(bool(criteria.get(k)), list((cues.get(k) or {}).get("cues") or [])) for k in GOAL_CRITERIA}
    return _hint(crit)


def goal_criteria_record(audit: dict[str, Any], item: Item, reviewer: str, changes: dict[str, bool],
                         note: str = "") -> AnnotationRecord:
    if item.kind != "goal":
        raise CorrectionError("alleen doelen hebben criteria")
    if not changes or any(k not in GOAL_CRITERIA for k in changes):
        raise CorrectionError("geen geldige criteria aangepast")
    return AnnotationRecord.for_item(audit, "goal", item.finding_id, "goal_criteria", reviewer,
                                     correction={k: bool(v) for k, v in changes.items()}, note=note)


# --------------------------------------------------------------------------- norms


def override_record(audit: dict[str, Any], norm: str, verdict: str, reason: str, reviewer: str) -> AnnotationRecord:
    if not reason.strip():
        raise CorrectionError("geef een reden voor het aangepaste oordeel")
    if verdict not in VERDICT_NL:
        raise CorrectionError(f"onbekend oordeel: {verdict}")
    return AnnotationRecord.for_item(audit, "norm", norm, "override", reviewer,
                                     correction={"verdict": verdict}, reason=reason.strip())


def norm_confirm_record(audit: dict[str, Any], norm: str, reviewer: str, note: str = "") -> AnnotationRecord:
    verdict = audit.get("norms", {}).get(norm)
    correction = {"verdict": verdict} if verdict in VERDICT_NL else {}
    return AnnotationRecord.for_item(audit, "norm", norm, "confirm", reviewer, correction=correction, note=note)


def describe_record(r: AnnotationRecord) -> str:
    """One line about a decision, for the audit trail (no dossier text: corrections show fields only)."""
    when = r.timestamp[:16].replace("T", " ")
    text = f"{when} · {r.reviewer}: {DECISION_NL.get(r.decision, r.decision)}"
    shown = {k: v for k, v in r.correction.items() if k not in ("text", "evidence")}
    if r.decision == "override":
        text += f" → {VERDICT_NL.get(shown.get('verdict'), shown.get('verdict'))}"
    elif shown and r.decision != "confirm":
        text += " (" + ", ".join(f"{k}={_fmt(v)}" for k, v in shown.items()) + ")"
    return text


def _fmt(v: Any) -> str:
    if v is True:
        return "ja"
    if v is False:
        return "nee"
    if v is None:
        return "onbekend"
    return str(v)


# --------------------------------------------------------------------------- dossier text


_MD_PLAIN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:<>&])")


def verdict_md(verdict: str) -> str:
    """A verdict as coloured Markdown (our own words only)."""
    return f":{VERDICT_COLOR.get(verdict, 'gray')}[**{VERDICT_NL.get(verdict, md_plain(verdict))}**]"


def md_plain(text: str) -> str:
    """Short non-dossier strings (ids, file names, reviewer names) made literal for Markdown labels."""
    return _MD_PLAIN.sub(r"\\\1", " ".join(str(text).split()))


@dataclass
class EvidenceView:
    """One stretch of a file to show for a finding: escaped HTML with the evidence marked."""

    file: str
    page: int | None
    start: int
    end: int
    html: str
    verified: bool  # offsets point at the recorded sentence in the current file
    message: str = ""


class DossierText:
    """A loaded dossier with lazily computed entries and sentences per file (for the app's cache)."""

    def __init__(self, dossier: Any) -> None:
        self.dossier = dossier
        self._entries: dict[str, list[Any]] = {}
        self._passages: dict[str, list[Passage]] = {}

    @property
    def file_names(self) -> list[str]:
        return [d.name for d in self.dossier.documents]

    def doc(self, name: str) -> Any | None:
        return self.dossier.document(name)

    def entries(self, name: str) -> list[Any]:
        if name not in self._entries:
            doc = self.doc(name)
            if doc is None:
                return []
            try:
                from audit.structure.entries import entries_of

                self._entries[name] = entries_of(doc)
            except Exception:  # context falls back to ±chars
                self._entries[name] = []
        return self._entries[name]

    def passages(self, name: str) -> list[Passage]:
        if name not in self._passages:
            doc = self.doc(name)
            self._passages[name] = passages(doc) if doc is not None else []
        return self._passages[name]

    def search(self, name: str, query: str, limit: int = 200) -> list[Passage]:
        doc = self.doc(name)
        if doc is None:
            return []
        q = " ".join(query.split()).casefold()
        out = []
        for p in self.passages(name):
            if not q or q in " ".join(doc.text[p.start:p.end].split()).casefold():
                out.append(p)
                if len(out) >= limit:
                    break
        return out


def evidence_views(evidence: list[dict[str, Any]], text_of: DossierText | None,
                   shas: dict[str, str] | None = None, radius: int = CONTEXT_CHARS) -> list[EvidenceView]:
    """The windows to show for a finding's evidence: one per file and cluster of nearby spans.

    Falls back to the recorded sentence alone (escaped) when the file is not
    available or its text no longer matches the offsets.
    """
    views: list[EvidenceView] = []
    by_file: dict[str, list[dict[str, Any]]] = {}
    for ev in evidence:
        by_file.setdefault(str(ev.get("file")), []).append(ev)
    for name, evs in by_file.items():
        doc = text_of.doc(name) if text_of is not None else None
        good = [e for e in evs if doc is not None and evidence_matches(doc.text, e)]
        bad = [e for e in evs if e not in good]
        for e in bad:
            s = str(e.get("sentence") or "")
            why = ("bestand niet gevonden in de dossiermap" if doc is None
                   else "bestand is gewijzigd sinds de audit: alleen de vastgelegde zin")
            views.append(EvidenceView(name, e.get("page"), int(e.get("start") or 0), int(e.get("end") or 0),
                                      highlight_html(s, (0, len(s)), [(0, len(s))], prefix_ellipsis=False,
                                                     suffix_ellipsis=False), False, why))
        good.sort(key=lambda e: int(e["start"]))
        clusters: list[list[dict[str, Any]]] = []
        for e in good:
            if clusters and int(e["start"]) - int(clusters[-1][-1]["end"]) <= radius:
                clusters[-1].append(e)
            else:
                clusters.append([e])
        for cl in clusters:
            s0, s1 = int(cl[0]["start"]), max(int(e["end"]) for e in cl)
            w = context_window(doc.text, s0, s1, text_of.entries(name), radius)
            page = cl[0].get("page") or doc.page_at(s0)
            views.append(EvidenceView(name, page, s0, s1,
                                      highlight_html(doc.text, w, [(int(e["start"]), int(e["end"])) for e in cl]),
                                      True))
    if shas:
        for v in views:
            doc = text_of.doc(v.file) if text_of is not None else None
            if doc is not None and shas.get(v.file) and doc.sha256 != shas[v.file] and v.verified:
                v.message = "let op: bestand is gewijzigd sinds de audit (tekst op deze plek is gelijk gebleven)"
    return views
