"""``DocumentStructure`` with lookups by offset in logarithmic time.

The detectors ask for the entry and the section of every trigger sentence.
``DocumentStructure.entry_at`` rebuilds its list of entry starts on every call and
``sections_at`` scans every section, so a journal with thousands of entries and
triggers cost time quadratic in its length. ``IndexedStructure`` gives the same
answers from indexes built once:

* entries: bisection over their starts (the same rule as ``DocumentStructure.entry_at``);
* sections: the sections of ``sections_of`` nest (a section runs to the next heading of
  equal or higher rank, so a later section that starts inside it is of lower rank and ends
  no later), which makes the sections holding an offset the chain of enclosing sections of
  the last section that starts at or before it. When the sections do not nest (a caller
  built them by hand) the plain scan is used.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from audit.types import DocumentStructure, Entry, Section


@dataclass
class _Index:
    key: tuple[int, int, int, int]  # identity and length of entries and sections when built
    entry_starts: list[int]
    section_starts: list[int]
    parents: list[int] | None  # enclosing section per section (-1: none); None when they do not nest


def _parents(sections: list[Section]) -> list[int] | None:
    """Index of the enclosing section of each section, or None when the sections do not nest."""
    parents: list[int] = []
    stack: list[int] = []
    for i, s in enumerate(sections):
        if i and s.start <= sections[i - 1].start:
            return None
        while stack and sections[stack[-1]].end <= s.start:
            stack.pop()
        if stack and s.end > sections[stack[-1]].end:
            return None  # overlaps its enclosing section without nesting
        parents.append(stack[-1] if stack else -1)
        stack.append(i)
    return parents


@dataclass
class IndexedStructure(DocumentStructure):
    """A ``DocumentStructure`` whose ``entry_at`` and ``sections_at`` use indexes (same answers)."""

    _index: _Index | None = field(default=None, init=False, repr=False, compare=False)

    def _lookup(self) -> _Index:
        key = (id(self.entries), len(self.entries), id(self.sections), len(self.sections))
        if self._index is None or self._index.key != key:
            self._index = _Index(key, [e.start for e in self.entries], [s.start for s in self.sections],
                                 _parents(self.sections))
        return self._index

    def entry_at(self, offset: int) -> Entry | None:
        index = self._lookup()
        i = bisect.bisect_right(index.entry_starts, offset) - 1
        if i >= 0 and offset < self.entries[i].end:
            return self.entries[i]
        return None

    def sections_at(self, offset: int) -> list[Section]:
        """All sections containing ``offset``, outermost first."""
        index = self._lookup()
        if index.parents is None:
            return super().sections_at(offset)
        found: list[Section] = []
        i = bisect.bisect_right(index.section_starts, offset) - 1
        while i >= 0:
            s = self.sections[i]
            if offset < s.end:
                found.append(s)
            i = index.parents[i]
        found.reverse()
        return found
