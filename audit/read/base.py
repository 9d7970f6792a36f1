"""What every reader shares: the Dutch ``ReadError``, the offset-exact ``TextBuilder`` and
the invariants a ``Document`` must keep.

Every reader builds ``Document.text`` and its ``Block`` list through ``TextBuilder``
so that offsets are exact by construction: ``doc.text[b.start:b.end]`` is always
the block's text, and for table rows each ``Cell`` covers exactly its cell text.
"""
from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from typing import Any

from audit.types import Block, BlockKind, Cell, Document


class ReadError(Exception):
    """A file could not be read. ``str(err)`` is a Dutch message fit for the report.

    ``sha256`` is the hash of the file's bytes when they were read before the reader gave up.
    """

    def __init__(self, reason: str, sha256: str | None = None) -> None:
        self.reason = reason
        self.sha256 = sha256
        super().__init__(f"Bestand kan niet gelezen worden: {reason}")


# Why a path is not opened (Dutch, for the dossier's errors and the provenance).
NOT_FOLLOWED = "symbolische koppeling niet gevolgd"
NOT_REGULAR = "geen gewoon bestand (FIFO/apparaat)"
_CHUNK = 1 << 20


def open_regular(path: os.PathLike[str] | str) -> int:
    """A read-only descriptor of ``path`` if it is a regular file; never follows a symbolic link.

    ``O_NONBLOCK`` keeps a FIFO from blocking the open; the type is checked on the open
    descriptor (``fstat``), so a file swapped after a check cannot slip through.
    Raises ``ReadError`` (Dutch) for a link or a non-regular file, ``OSError`` otherwise.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if os.path.islink(path):
            raise ReadError(NOT_FOLLOWED) from None
        raise
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise ReadError(NOT_REGULAR)
    return fd


def read_regular(path: os.PathLike[str] | str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (``ReadError`` when larger or not regular)."""
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise ReadError(f"bestand is te groot ({size // (1024 * 1024)} MB)")
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(max_bytes + 1)
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # it grew after the check
        raise ReadError(f"bestand is te groot (meer dan {max_bytes // (1024 * 1024)} MB)")
    return data


def sha256_file(path: os.PathLike[str] | str, max_bytes: int) -> tuple[str | None, str | None]:
    """(SHA-256, None) of a regular file of at most ``max_bytes``, read in chunks; else (None, Dutch reason).

    Never follows a link, never opens a FIFO or device for reading, never reads past the cap.
    """
    try:
        fd = open_regular(path)
    except ReadError as exc:
        return None, f"geen controlegetal: {exc.reason}"
    except OSError as exc:
        return None, f"geen controlegetal: bestand niet te openen ({type(exc).__name__})"
    too_big = f"geen controlegetal: bestand groter dan {max_bytes // (1024 * 1024)} MB (read.max_file_mb)"
    try:
        if os.fstat(fd).st_size > max_bytes:
            return None, too_big
        h, total = hashlib.sha256(), 0
        while chunk := os.read(fd, _CHUNK):
            total += len(chunk)
            if total > max_bytes:  # it grew after the check
                return None, too_big
            h.update(chunk)
        return h.hexdigest(), None
    except OSError as exc:
        return None, f"geen controlegetal: bestand niet te lezen ({type(exc).__name__})"
    finally:
        os.close(fd)


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
