"""The sentences of a document with exact offsets, for picking the evidence of an added finding.

Split block by block with the structure stage's spaCy-free splitter
(:func:`audit.structure.sentences.sentence_spans`), the one goal extraction uses too,
so the app needs no spaCy and a passage never spans two blocks.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from audit.structure.sentences import sentence_spans


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


def _block_spans(doc: Any) -> list[tuple[int, int]]:
    """The document's blocks (lines, paragraphs, table rows), or the lines of its text."""
    blocks = getattr(doc, "blocks", None) or []
    if blocks:
        return [(b.start, b.end) for b in blocks]
    spans, pos = [], 0
    for line in doc.text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def passages(doc: Any) -> list[Passage]:
    """The sentences of a document (block by block, split at sentence ends), with exact offsets.

    ``doc`` is an ``audit.types.Document``; works on its ``blocks``, falling back
    to lines of ``doc.text``. Passages never start or end in blank space.
    """
    text: str = doc.text
    out: list[Passage] = []
    for b0, b1 in _block_spans(doc):
        for a, b in sentence_spans(text[b0:b1]):
            s, e = b0 + a, b0 + b
            out.append(Passage(s, e, doc.page_at(s) if hasattr(doc, "page_at") else None))
    return out


def matching(text: str, found: list[Passage], query: str, limit: int = 200) -> list[Passage]:
    """The passages of ``found`` that contain ``query`` (case and spacing ignored); all when it is empty."""
    q = " ".join(query.split()).casefold()
    out = []
    for p in found:
        if not q or q in " ".join(text[p.start:p.end].split()).casefold():
            out.append(p)
            if len(out) >= limit:
                break
    return out


def search_passages(doc: Any, query: str, limit: int = 200) -> list[Passage]:
    """Sentences containing ``query`` (case-insensitive); all sentences when it is empty."""
    return matching(doc.text, passages(doc), query, limit)


def evidence_from_passage(doc: Any, passage: Passage) -> dict[str, Any]:
    """Evidence in the output contract's shape for a passage the reviewer picked."""
    return {"file": doc.name, "page": passage.page, "start": passage.start, "end": passage.end,
            "sentence": doc.text[passage.start:passage.end]}
