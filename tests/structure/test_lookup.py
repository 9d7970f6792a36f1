"""IndexedStructure answers entry_at / sections_at / section_at exactly as DocumentStructure does."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from audit.read import read_file
from audit.structure import structure_document
from audit.structure.lookup import IndexedStructure
from audit.types import DateMention, DocumentStructure, Entry, Section

JOURNAL = """Rapportage pleegzorg
1. Doelen
Liv fietst zelfstandig naar school.
1.1 Acties
PM fietst de eerste weken mee.
2. Journaal
12-03-2024 | Huisbezoek | PZB
Gesprek met Liv alleen, zonder pleegouders.
14-03-2024 | Telefonisch contact
PM belt over school.
VEILIGHEID
Veiligheidscheck gepland.
3. Afspraken
- eerste afspraak
"""


def _plain(s: DocumentStructure) -> DocumentStructure:
    return DocumentStructure(s.document, s.doc_type, s.doc_date, list(s.sections), list(s.entries))


def test_same_answers_as_plain_structure(tmp_path: Path) -> None:
    path = tmp_path / "rapportage.txt"
    path.write_text(JOURNAL, encoding="utf-8")
    fast = structure_document(read_file(path))
    assert isinstance(fast, IndexedStructure)
    assert fast.entries and len(fast.sections) >= 4
    plain = _plain(fast)
    for offset in range(-1, len(fast.document.text) + 2):
        assert fast.entry_at(offset) is plain.entry_at(offset)
        assert fast.sections_at(offset) == plain.sections_at(offset)
        assert fast.section_at(offset) is plain.section_at(offset)


def _random_nested(rng: random.Random, n: int, length: int) -> list[Section]:
    """Sections as sections_of makes them: each runs to the next heading of equal or higher rank."""
    starts = sorted(rng.sample(range(length), n))
    levels = [rng.randint(0, 4) for _ in starts]
    out = []
    for i, (start, level) in enumerate(zip(starts, levels)):
        end = next((starts[j] for j in range(i + 1, n) if levels[j] <= level), length)
        out.append(Section("other", f"s{i}", start, end, level))
    return out


def test_random_nested_sections_and_entries() -> None:
    rng = random.Random(13)
    day = DateMention(dt.date(2024, 3, 12), "day", 0, 10, "12-03-2024")
    for _ in range(50):
        sections = _random_nested(rng, rng.randint(0, 12), 200)
        cuts = sorted(rng.sample(range(200), rng.randint(0, 10)))
        entries = [Entry(day, s, min(s + 3, e), e, "h") for s, e in zip(cuts, cuts[1:] + [200])]
        fast = IndexedStructure(None, "other", sections=sections, entries=entries)  # type: ignore[arg-type]
        plain = DocumentStructure(None, "other", sections=sections, entries=entries)  # type: ignore[arg-type]
        for offset in range(-1, 202):
            assert fast.sections_at(offset) == plain.sections_at(offset)
            assert fast.section_at(offset) is plain.section_at(offset)
            assert fast.entry_at(offset) is plain.entry_at(offset)


def test_sections_that_do_not_nest_use_the_scan() -> None:
    sections = [Section("other", "a", 0, 50, 1), Section("other", "b", 10, 80, 2), Section("other", "c", 60, 90, 1)]
    fast = IndexedStructure(None, "other", sections=sections)  # type: ignore[arg-type]
    plain = DocumentStructure(None, "other", sections=sections)  # type: ignore[arg-type]
    for offset in range(0, 100):
        assert fast.sections_at(offset) == plain.sections_at(offset)
