"""Text that passed through a wrong character set on its way into the file: a migration or an export read UTF-8
as Windows-1252, so "geëvalueerd" stands as "geÃ«valueerd" and "Fenna's" as "Fennaâ€™s". Read as it stands, such a
word is no word the triggers know, and a damaged name is no name of the household.

Each damaged run is repaired the way ftfy finds and repairs it (``ftfy.chardata.UTF8_DETECTOR_RE`` finds the runs,
``ftfy.fix_encoding`` decides what each was): the library's judgement of what is damage, not a table of ours. A
repaired run is shorter, so the line is rewritten with its offsets kept (``structure.rewriting``): the evidence
still quotes the file as written, damage included.
"""
from __future__ import annotations

from ftfy import fix_encoding
from ftfy.chardata import UTF8_DETECTOR_RE

from audit.structure.rewriting import OffsetWriter, rewritten
from audit.types import Document


def _repairs(text: str) -> list[tuple[int, int, str]]:
    """The damaged runs of ``text`` (start, end) and what each was; none across a line break."""
    out: list[tuple[int, int, str]] = []
    for m in UTF8_DETECTOR_RE.finditer(text):
        fixed = fix_encoding(m.group(0))
        if "\n" not in m.group(0) and fixed != m.group(0) and len(fixed) < len(m.group(0)):
            out.append((m.start(), m.end(), fixed))
    return out


def without_mojibake(doc: Document) -> Document:
    """``doc`` with its damaged characters repaired, every line at its own offset (``origin`` for the words inside
    it); unchanged when nothing is damaged."""
    repairs = _repairs(doc.text)
    if not repairs:
        return doc
    writer = OffsetWriter(doc.text)
    pos = 0
    for start, end, fixed in repairs:
        writer.copy(pos, start)
        writer.emit(fixed, start, end)
        pos = end
    return rewritten(doc, *writer.finish(pos))
