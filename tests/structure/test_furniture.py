"""Page furniture: running headers/footers are masked, content that merely repeats a shape is not."""
from __future__ import annotations

from pathlib import Path

from audit.read.base import TextBuilder
from audit.structure.furniture import find_furniture, without_furniture
from audit.types import Document


def _paged(pages: list[list[str]]) -> Document:
    b = TextBuilder()
    starts = []
    for number, lines in enumerate(pages, 1):
        starts.append(b.next_start())
        for line in lines:
            b.add("paragraph", line, page=number)
    return Document("export.pdf", Path("export.pdf"), "0" * 64, "test", b.text, b.blocks, starts)


HEADER = "Zorgbureau Noord · ECD-export · Cliënt 40213 · Vertrouwelijk"


def _footer(page: int, total: int) -> str:
    return f"Afgedrukt 03-03-2025 door m.dekker · Pagina {page} van {total}"


def _export(n: int) -> Document:
    pages = []
    for p in range(1, n + 1):
        pages.append([HEADER, f"{p:02d}-02-2024 | Huisbezoek | PZB L. Visser",
                      f"Met Sanne apart gesproken over school, week {p}.", _footer(p, n)])
    return _paged(pages)


def test_running_header_and_footer_are_furniture_entry_headers_are_not():
    doc = _export(5)
    texts = [doc.text[b.start:b.end] for b in find_furniture(doc)]
    assert texts.count(HEADER) == 5
    assert sum(t.startswith("Afgedrukt") for t in texts) == 5
    assert not any("Huisbezoek" in t or "apart gesproken" in t for t in texts)


def test_masking_keeps_length_and_offsets():
    doc = _export(4)
    clean = without_furniture(doc)
    assert len(clean.text) == len(doc.text)
    assert HEADER not in clean.text and "Pagina" not in clean.text
    for b in clean.blocks:
        assert clean.text[b.start:b.end] == doc.text[b.start:b.end]
    assert len(clean.blocks) == len(doc.blocks) - 8


def test_page_number_lines_anywhere_and_nothing_else_in_a_plain_text():
    b = TextBuilder()
    for line in ("Journaal", "12-03-2024 PK apart gesproken.", "- 2 -", "Pagina 3 van 9", "Zie pagina 3 van het plan."):
        b.add("line", line)
    doc = Document("j.txt", Path("j.txt"), "0" * 64, "text/utf-8", b.text, b.blocks, [])
    assert [doc.text[x.start:x.end] for x in find_furniture(doc)] == ["- 2 -", "Pagina 3 van 9"]


def test_a_line_on_only_some_pages_is_content():
    pages = [[HEADER if p < 2 else "Rapportage", f"Tekst op pagina {p} zonder kop.", "Einde"] for p in range(1, 6)]
    doc = _paged(pages)
    texts = [doc.text[b.start:b.end] for b in find_furniture(doc)]
    assert HEADER not in texts
    assert texts.count("Einde") == 5  # an exact repeat at the bottom of every page is furniture


def test_the_masked_lines_are_kept_once_each_for_the_facts():
    """A running header that names the child ("Pleegkind: Senna Wolters") is masked for the analysis,
    but the facts still read who the file is about from it (issue 9)."""
    header = "Pleegkind: Senna Wolters (03-05-2022)"
    doc = _paged([[header, f"Veiligheidscheck {y}", f"Datum afname: 1{y % 10}-10-{y}", f"Huis en gezin: {y % 10} punten"]
                  for y in (2023, 2024, 2025)])
    clean = without_furniture(doc)
    assert clean.furniture == (header,) and "Senna" not in clean.text


def test_a_name_in_the_running_header_is_the_childs(tmp_path: Path, nlp):
    from audit.detect import facts, learn_facts
    from audit.pipeline import analyse, for_analysis
    from audit.types import DossierContext, Dossier
    import datetime as dt
    from audit.config import load_config
    header = "Pleegkind: Senna Wolters (03-05-2022)"
    doc = _paged([[header, f"Veiligheidscheck {y}", f"Datum afname: 1{y % 10}-10-{y}", f"Huis en gezin: {y % 10} punten"]
                  for y in (2023, 2024, 2025)])
    plan = Document("plan.txt", Path("plan.txt"), "1" * 64, "test",
                    "Pleeggezin: Eline en Kim. Ook geplaatst: Dex (pleegkind). Eigen kind: Jules (2025).\n")
    dossier = for_analysis(Dossier("X", tmp_path, [doc, plan], []))
    ctx = DossierContext(dossier, analyse(dossier, nlp), dt.date(2025, 12, 1), load_config())
    learn_facts(ctx)
    assert ctx.facts["child_names"] == {"Senna"}
    assert facts.child_names(["Eigen kind: Jules (2025)\n"]) == set()
