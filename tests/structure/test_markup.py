"""A markdown notes file read with its marks blanked, same length and offsets. Every line is written for
this test."""
from __future__ import annotations

from pathlib import Path

from audit.structure.markup import is_markdown, without_markup
from audit.structure.sections import sections_of
from audit.structure.tables import text_tables
from audit.types import Block, Document

NOTES = """---
client: Daan
---

## 2025-03-12 · huisbezoek
**Aanwezig:** Daan, PZB
- [x] veiligheidscheck ingevuld
- [ ] VGB oom aanvragen
~~gepland 5-3~~ verzet naar 12-3
zie [verslag](https://wiki.example/verslag-12-03)

| datum | soort | wie |
|---|:---:|---|
| `10-05` | 1op1 | Daan, PZB |
| `17-05` | hb | PO, Daan |
"""


def _doc(text: str) -> Document:
    blocks, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        blocks.append(Block("line", pos, pos + len(line), i))
        pos += len(line) + 1
    return Document(name="notities.txt", path=Path("notities.txt"), sha256="", reader="txt", text=text, blocks=blocks)


def test_marks_are_blanked_and_every_offset_stays():
    out = without_markup(_doc(NOTES))
    assert len(out.text) == len(NOTES) and out.shown == NOTES
    lines = out.text.split("\n")
    assert lines[4].strip() == "2025-03-12 · huisbezoek"  # the heading's hashes
    assert lines[6].strip() == "[x] veiligheidscheck ingevuld"  # the bullet before a task box
    assert lines[7].strip() == "[ ] VGB oom aanvragen"
    assert lines[8].strip() == "verzet naar 12-3"  # struck out: withdrawn
    assert "https" not in out.text and "[verslag]" in out.text
    assert "**Aanwezig:**" in out.text  # emphasis stays: blanked, it would open a column gap


def test_a_pipe_table_is_a_table_of_its_rows_under_its_header():
    out = without_markup(_doc(NOTES))
    (table,) = text_tables(out.text)
    assert table.header_cells(out.text) == ["datum", "soort", "wie"]
    assert [[out.text[a:b] for a, b in row.cells] for row in table.rows] == [
        ["`10-05`", "1op1", "Daan, PZB"], ["`17-05`", "hb", "PO, Daan"]]


def test_a_hash_line_is_a_heading_whatever_its_words():
    text = "# Plan van aanpak\n## Doelen\n1. Daan fietst zelf naar school.\n## Betrokkenen\n- mentor: dhr. Bos\n"
    out = without_markup(_doc(text + "## Evaluatie\n**Wie:** PZB\n"))
    kinds = [(s.title, s.kind) for s in sections_of(out)]
    assert ("Betrokkenen", "other") in kinds
    goals = next(s for s in sections_of(out) if s.kind == "goals")
    assert "mentor" not in out.text[goals.start : goals.end]


def test_plain_text_is_no_markdown():
    text = "12-03-2025 Huisbezoek\nDaan apart gesproken. | Zie verslag.\n# 3 keer gebeld\n"
    assert not is_markdown(text)
    doc = _doc(text)
    assert without_markup(doc) is doc
