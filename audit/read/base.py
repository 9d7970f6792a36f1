"""What every reader shares: the Dutch ``ReadError``, the offset-exact ``TextBuilder`` and
the invariants a ``Document`` must keep.

Every reader builds ``Document.text`` and its ``Block`` list through ``TextBuilder``
so that offsets are exact by construction: ``doc.text[b.start:b.end]`` is always
the block's text, and for table rows each ``Cell`` covers exactly its cell text.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from audit.types import Block, BlockKind, Cell, Document


class ReadError(Exception):
    """A file could not be read. ``str(err)`` is a Dutch message fit for the report."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"Bestand kan niet gelezen worden: {reason}")


@dataclass
class TextBuilder:
    """Accumulates block texts joined by newlines, recording exact offsets."""

    parts: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    length: int = 0

    def next_start(self) -> int:
        """Offset at which the next block will start."""
        return self.length + 1 if self.blocks else 0

    def _append(self, text: str) -> int:
        if "\n" in text:
            raise ValueError("block text must not contain a newline")
        if self.blocks:
            self.parts.append("\n")
            self.length += 1
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def add(self, kind: BlockKind, text: str, **attrs: Any) -> Block:
        start = self._append(text)
        block = Block(kind=kind, start=start, end=start + len(text), index=len(self.blocks), **attrs)
        self.blocks.append(block)
        return block

    def add_row(self, cells: list[str], headers: list[str | None] | None = None, **attrs: Any) -> Block:
        """One table row as ``cell | cell | cell`` with per-cell offsets."""
        text = " | ".join(cells)
        start = self._append(text)
        out: list[Cell] = []
        pos = start
        for i, c in enumerate(cells):
            header = headers[i] if headers is not None and i < len(headers) else None
            out.append(Cell(start=pos, end=pos + len(c), header=header))
            pos += len(c) + 3
        block = Block(kind="table_row", start=start, end=start + len(text), index=len(self.blocks),
                      cells=out, **attrs)
        self.blocks.append(block)
        return block

    @property
    def text(self) -> str:
        return "".join(self.parts)


def one_line(s: str) -> str:
    """Cell / list-item text on a single line: line breaks become spaces, ends trimmed."""
    return " ".join(part.strip() for part in s.replace("\r", "\n").split("\n") if part.strip())


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_document(doc: Document) -> list[str]:
    """Offset invariants every reader must keep; returns the problems found (empty = fine).

    Useful in tests and as a debug assertion in later stages.
    """
    problems: list[str] = []
    n = len(doc.text)
    prev_end = -1
    for b in doc.blocks:
        t = doc.text[b.start:b.end]
        if not (0 <= b.start < b.end <= n):
            problems.append(f"block {b.index}: offsets {b.start}-{b.end} outside text")
        if "\n" in t:
            problems.append(f"block {b.index}: contains a newline")
        if b.start <= prev_end:
            problems.append(f"block {b.index}: overlaps or out of order")
        prev_end = b.end
        if b.cells is not None:
            if b.kind != "table_row":
                problems.append(f"block {b.index}: cells on a {b.kind}")
            joined = " | ".join(doc.text[c.start:c.end] for c in b.cells)
            if joined != t:
                problems.append(f"block {b.index}: cells do not tile the row text")
        elif b.kind == "table_row":
            problems.append(f"block {b.index}: table_row without cells")
    if doc.page_starts and doc.page_starts != sorted(doc.page_starts):
        problems.append("page_starts not ascending")
    return problems


def document_to_json(doc: Document) -> dict[str, Any]:
    """A JSON-ready view of a document with provenance per block (for ``extract --format json``)."""
    blocks = []
    for b in doc.blocks:
        item: dict[str, Any] = {
            "kind": b.kind, "page": b.page, "index": b.index, "level": b.level,
            "style": b.style, "table": b.table, "row": b.row,
            "cells": None, "start": b.start, "end": b.end, "text": doc.text[b.start:b.end],
        }
        if b.cells is not None:
            item["cells"] = [
                {"start": c.start, "end": c.end, "header": c.header, "text": doc.text[c.start:c.end]}
                for c in b.cells
            ]
        blocks.append(item)
    return {
        "name": doc.name,
        "path": str(doc.path),
        "sha256": doc.sha256,
        "reader": doc.reader,
        "chars": len(doc.text),
        "page_starts": list(doc.page_starts),
        "blocks": blocks,
    }
