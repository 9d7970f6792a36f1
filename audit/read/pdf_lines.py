"""pdfplumber's text lines and table cells, computed the same way with less overhead.

``text_lines(chars)`` returns what ``chars_to_textmap(chars).extract_text_lines(strip=True,
return_chars=True)`` returns with pdfplumber's default settings (x and y tolerance 3, no
layout, ligatures expanded), and ``table_rows(table, chars)`` what ``Table.extract()``
returns. The steps and their order are pdfplumber's (``pdfplumber.utils.text``:
``WordExtractor``, ``WordMap.to_textmap``, ``TextMap.search``; ``pdfplumber.table``):

1. characters are taken in runs of equal ``upright``;
2. a run is split into lines by clustering the distinct ``top`` values (``x0`` for rotated
   characters) with a chained tolerance of 3, characters keeping their order within a line,
   then sorted by ``x0`` (``top``, ``bottom`` for rotated ones);
3. a line is split into words at blank characters, at characters with empty text (their
   own word), and where a character starts left of the previous one, more than 3 right of
   its end or more than 3 off its top;
4. the words are grouped into text lines by clustering the distinct word tops (consecutive
   words of one cluster form a line), joined by single spaces;
5. the text lines are the regex matches of ``" *([^\\n]+?) *(\\n|$)"`` that are not blank,
   each with the bounding box of its characters.

Table cells select their characters by the middle of the character box (``[x0, x1)`` by
``[top, bottom)``), as ``Table.extract`` does, through an index instead of a scan of the
page per row; the cell text is ``pdfplumber.utils.extract_text`` (``cell_text``: the same words, lines by
clustered word tops).
``tests/read/test_pdf_fast.py`` checks both against pdfplumber on generated pages.
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Any, Iterator

from pdfplumber.utils.text import LIGATURES

TOLERANCE = 3
_LINE = re.compile(r" *([^\n]+?) *(\n|$)")

Char = dict[str, Any]


def clusters(values: list[float]) -> dict[float, int]:
    """pdfplumber's ``make_cluster_dict``: distinct values sorted, chained within the tolerance."""
    out: dict[float, int] = {}
    last: float | None = None
    group = -1
    for v in sorted(set(values)):
        if last is None or v > last + TOLERANCE:
            group += 1
        out[v] = group
        last = v
    return out


def _lines(run: list[Char]) -> Iterator[tuple[list[Char], bool]]:
    """The lines of a run of equally upright characters, each sorted along the line."""
    upright = run[0]["upright"]
    key = "top" if upright else "x0"
    cluster = clusters([c[key] for c in run])
    ordered = sorted(run, key=lambda c: cluster[c[key]])
    for _, group in itertools.groupby(ordered, key=lambda c: cluster[c[key]]):
        line = list(group)
        if upright:
            line.sort(key=lambda c: c["x0"])
        else:
            line.sort(key=lambda c: (c["top"], c["bottom"]))
        yield line, upright


def _words(line: list[Char], upright: bool) -> Iterator[list[Char]]:
    """``WordExtractor.iter_chars_to_words`` with the default settings."""
    word: list[Char] = []
    along, across, end = ("x0", "top", "x1") if upright else ("top", "x0", "bottom")
    for c in line:
        text = c["text"]
        if text.isspace():
            if word:
                yield word
            word = []
        elif text == "":  # `text in ""`: pdfplumber's split_at_punctuation default
            if word:
                yield word
            yield [c]
            word = []
        elif word:
            prev = word[-1]
            cx = c[along]
            if cx < prev[along] or cx > prev[end] + TOLERANCE or abs(c[across] - prev[across]) > TOLERANCE:
                yield word
                word = [c]
            else:
                word.append(c)
        else:
            word = [c]
    if word:
        yield word


def _word_tuples(chars: list[Char]) -> list[tuple[float, list[Char]]]:
    """(word top, word characters) in pdfplumber's extraction order."""
    out: list[tuple[float, list[Char]]] = []
    for _, group in itertools.groupby(chars, key=lambda c: c["upright"]):
        for line, upright in _lines(list(group)):
            for word in _words(line, upright):
                out.append((min(c["top"] for c in word), word))
    return out


def text_lines(chars: list[Char]) -> list[dict[str, Any]]:
    """``chars_to_textmap(chars).extract_text_lines(strip=True, return_chars=True)`` (see module doc)."""
    words = _word_tuples(chars)
    if not words:
        return []
    cluster = clusters([top for top, _ in words])
    letters: list[str] = []
    owners: list[Char | None] = []
    for i, (_, group) in enumerate(itertools.groupby(words, key=lambda w: cluster[w[0]])):
        if i:
            letters.append("\n")
            owners.append(None)
        line_len = 0
        for _, word in group:
            if line_len:
                letters.append(" ")
                owners.append(None)
                line_len += 1
            for c in word:
                for letter in LIGATURES.get(c["text"], c["text"]):
                    letters.append(letter)
                    owners.append(c)
                    line_len += 1
    text = "".join(letters)
    out = []
    for m in _LINE.finditer(text):
        if not m.group(1).strip():
            continue
        found = [c for c in owners[m.start(1) : m.end(1)] if c is not None]
        out.append({"text": m.group(1), "x0": min(c["x0"] for c in found), "top": min(c["top"] for c in found),
                    "x1": max(c["x1"] for c in found), "bottom": max(c["bottom"] for c in found), "chars": found})
    return out


def cell_text(chars: list[Char]) -> str:
    """``pdfplumber.utils.extract_text(chars)`` with the default settings: the words, grouped into
    lines by clustering their tops (lines in order of their cluster), joined by spaces and newlines."""
    if not chars:
        return ""
    words = _word_tuples(chars)
    cluster = clusters([top for top, _ in words])
    ordered = sorted(words, key=lambda w: cluster[w[0]])
    return "\n".join(
        " ".join("".join(LIGATURES.get(c["text"], c["text"] or "") for c in word) for _, word in line)
        for _, line in itertools.groupby(ordered, key=lambda w: cluster[w[0]]))


class CharIndex:
    """Characters by the vertical middle of their box, to find a table row's characters fast."""

    def __init__(self, chars: list[Char]) -> None:
        self.chars = chars
        self.mids = [((c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2) for c in chars]
        self.order = sorted(range(len(chars)), key=lambda i: self.mids[i][0])
        self.v = [self.mids[i][0] for i in self.order]

    def within(self, bbox: tuple[float, float, float, float], among: list[int] | None = None) -> list[int]:
        """Indexes (in page order) of the characters whose middle lies in ``bbox`` (x0 <= h < x1, top <= v < bottom)."""
        x0, top, x1, bottom = bbox
        if among is None:
            among = self.order[bisect.bisect_left(self.v, top) : bisect.bisect_left(self.v, bottom)]
        mids = self.mids
        return sorted(i for i in among if x0 <= mids[i][1] < x1 and top <= mids[i][0] < bottom)


def table_rows(table: Any, chars: list[Char], index: CharIndex | None = None) -> list[list[str | None]]:
    """``table.extract()`` (pdfplumber's ``Table.extract`` without arguments) over ``chars``."""
    index = index or CharIndex(chars)
    out = []
    for row in table.rows:
        in_row = index.within(row.bbox)
        cells: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            in_cell = index.within(cell, in_row)
            cells.append(cell_text([chars[i] for i in in_cell]) if in_cell else "")
        out.append(cells)
    return out


def char_index(chars: list[Char]) -> CharIndex:
    return CharIndex(chars)
