"""What the reviewer sees of a finding's evidence: the stretch of the file around it, marked.

The evidence is shown in its journal entry when that is short enough, else in
±``CONTEXT_CHARS`` cut at line breaks. When the file is missing or its text no
longer matches the recorded offsets, only the recorded sentence is shown (escaped).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from audit.review.markup import highlight_html

if TYPE_CHECKING:  # pragma: no cover
    from audit.review.loading import DossierText

CONTEXT_CHARS = 600
MAX_ENTRY_CHARS = 2 * CONTEXT_CHARS + 400  # show a whole journal entry up to this size


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


def _sentence_only(name: str, e: dict[str, Any], file_found: bool) -> EvidenceView:
    """The recorded sentence alone, for evidence whose file is missing or changed."""
    s = str(e.get("sentence") or "")
    why = ("bestand is gewijzigd sinds de audit: alleen de vastgelegde zin" if file_found
           else "bestand niet gevonden in de dossiermap")
    html = highlight_html(s, (0, len(s)), [(0, len(s))], prefix_ellipsis=False, suffix_ellipsis=False)
    return EvidenceView(name, e.get("page"), int(e.get("start") or 0), int(e.get("end") or 0), html, False, why)


def _clusters(evs: list[dict[str, Any]], radius: int) -> list[list[dict[str, Any]]]:
    """Evidence of one file in order, grouped when the gap between spans is at most ``radius``."""
    clusters: list[list[dict[str, Any]]] = []
    for e in sorted(evs, key=lambda e: int(e["start"])):
        if clusters and int(e["start"]) - int(clusters[-1][-1]["end"]) <= radius:
            clusters[-1].append(e)
        else:
            clusters.append([e])
    return clusters


def _file_views(name: str, evs: list[dict[str, Any]], text_of: "DossierText | None", radius: int) -> list[EvidenceView]:
    doc = text_of.doc(name) if text_of is not None else None
    good = [e for e in evs if doc is not None and evidence_matches(doc.text, e)]
    views = [_sentence_only(name, e, doc is not None) for e in evs if e not in good]
    if doc is None or text_of is None:
        return views
    for cl in _clusters(good, radius):
        s0, s1 = int(cl[0]["start"]), max(int(e["end"]) for e in cl)
        w = context_window(doc.text, s0, s1, text_of.entries(name), radius)
        page = cl[0].get("page") or doc.page_at(s0)
        views.append(EvidenceView(name, page, s0, s1,
                                  highlight_html(doc.text, w, [(int(e["start"]), int(e["end"])) for e in cl]), True))
    return views


def evidence_views(evidence: list[dict[str, Any]], text_of: "DossierText | None",
                   shas: dict[str, str] | None = None, radius: int = CONTEXT_CHARS) -> list[EvidenceView]:
    """The windows to show for a finding's evidence: one per file and cluster of nearby spans.

    Falls back to the recorded sentence alone (escaped) when the file is not
    available or its text no longer matches the offsets.
    """
    by_file: dict[str, list[dict[str, Any]]] = {}
    for ev in evidence:
        by_file.setdefault(str(ev.get("file")), []).append(ev)
    views = [v for name, evs in by_file.items() for v in _file_views(name, evs, text_of, radius)]
    if shas:
        for v in views:
            doc = text_of.doc(v.file) if text_of is not None else None
            if doc is not None and shas.get(v.file) and doc.sha256 != shas[v.file] and v.verified:
                v.message = "let op: bestand is gewijzigd sinds de audit (tekst op deze plek is gelijk gebleven)"
    return views
