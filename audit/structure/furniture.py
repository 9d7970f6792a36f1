"""Page furniture: running headers and footers that exports repeat on every page.

ECD exports print "Zorgbureau X · ECD-export · Cliënt 12345 · Vertrouwelijk" at the top
and "Geëxporteerd 14-03-2025 door … Pagina 2 van 7" at the bottom of each page; read as
content they become goals, entries or even a safety check. Dossier-specific, hence
hand-written: a line near a page edge is furniture when it repeats on most pages —
exactly, or with only its numbers changed when it carries a page or print marker (a
journal's entry headers repeat with other dates, but carry no such marker). Thresholds
and patterns live in ``furniture_nl.json``.

Furniture is masked with spaces, never cut: the masked text has the same length, so
every offset into it is an offset into the file's extracted text.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import replace

from audit.resources import resource_cache, resource_json
from audit.types import Block, Document


@resource_cache
def _rules() -> tuple[int, float, int, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = resource_json("furniture_nl.json")
    return (int(data["edge_lines"]), float(data["min_share"]), int(data["min_pages"]),
            re.compile(data["page_number_line"]), re.compile(data["numbered_marker"]), re.compile(data["page_label_line"]))


def _keys(text: str) -> tuple[str, str]:
    """(exact key, numbers-free key) of a line."""
    exact = " ".join(text.split())
    return exact, re.sub(r"\d+", "#", exact.lower())


def _edge_blocks(doc: Document, edge: int) -> dict[int, list[Block]]:
    """The first and last ``edge`` blocks of every page."""
    pages: dict[int, list[Block]] = defaultdict(list)
    for b in doc.blocks:
        if b.page is not None:
            pages[b.page].append(b)
    return {p: bs[:edge] + [b for b in bs[-edge:] if b not in bs[:edge]] for p, bs in pages.items()}


def find_furniture(doc: Document) -> list[Block]:
    """The blocks of ``doc`` that are page furniture (page-number lines count in any format, page-label
    lines at a page edge in any file)."""
    edge, share, min_pages, page_line, marker, label_line = _rules()
    found = [b for b in doc.blocks if page_line.match(doc.text[b.start : b.end])]
    edges = _edge_blocks(doc, edge)
    # "Mijn plan – Sem – blad 1": a footer that numbers its page, also where nothing repeats (one page)
    listed = {id(b) for b in found}
    found += [b for bs in edges.values() for b in bs
              if id(b) not in listed and label_line.match(doc.text[b.start : b.end])]
    if len(edges) < 2:
        return found
    needed = max(min_pages, math.ceil(share * len(edges)))
    exact_pages: dict[str, set[int]] = defaultdict(set)
    loose_pages: dict[str, set[int]] = defaultdict(set)
    for page, blocks in edges.items():
        for b in blocks:
            exact, loose = _keys(doc.text[b.start : b.end])
            exact_pages[exact].add(page)
            if marker.search(exact):
                loose_pages[loose].add(page)
    seen = {id(b) for b in found}
    for blocks in edges.values():
        for b in blocks:
            exact, loose = _keys(doc.text[b.start : b.end])
            repeated = len(exact_pages[exact]) >= needed or len(loose_pages.get(loose, ())) >= needed
            if repeated and exact and id(b) not in seen:
                seen.add(id(b))
                found.append(b)
    return sorted(found, key=lambda b: b.start)


def without_furniture(doc: Document) -> Document:
    """``doc`` with its furniture masked by spaces (same length, same offsets) and its blocks dropped."""
    furniture = find_furniture(doc)
    if not furniture:
        return doc
    chars = list(doc.text)
    for b in furniture:
        chars[b.start : b.end] = " " * (b.end - b.start)
    dropped = {id(b) for b in furniture}
    lines = tuple(dict.fromkeys(" ".join(doc.text[b.start : b.end].split()) for b in furniture))
    return replace(doc, text="".join(chars), blocks=[b for b in doc.blocks if id(b) not in dropped], furniture=lines)
