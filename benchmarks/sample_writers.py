"""Writers of the sample dossiers: PDF (fpdf2), DOCX (python-docx) and TXT, see ``sample_data``."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import docx
from fpdf import FPDF

from sample_data import (AS_OF, DEJAVU, WORDS_PER_PAGE, Case, Entry, d, fill, goals, household, journal,
                         new_case, personalia, ROUTINE)

_CORE = str.maketrans({"–": "-", "’": "'", "‘": "'", "“": '"', "”": '"'})


class _Export(FPDF):
    """An ECD export: running header and footer on every page."""

    def __init__(self, case: Case, unicode_font: bool) -> None:
        super().__init__(format="A4")
        self.case = case
        self.fam = "DejaVu" if unicode_font else "Helvetica"
        if unicode_font:
            for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
                self.add_font("DejaVu", style, str(DEJAVU / name))
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=20)

    def t(self, text: str) -> str:
        return text if self.fam == "DejaVu" else text.translate(_CORE)

    def header(self) -> None:
        self.set_font(self.fam, "", 8)
        c = self.case
        self.cell(0, 5, self.t(f"Zorgbureau {c.provider} · ECD-export · Cliënt {c.client} · Vertrouwelijk"),
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(self.fam, "", 8)
        self.cell(0, 5, self.t(f"Geëxporteerd {d(AS_OF)} door {self.case.worker} · Pagina {self.page_no()} van {{nb}}"),
                  align="C")

    def heading(self, text: str, size: int = 12) -> None:
        self.set_font(self.fam, "B", size)
        self.ln(2)
        self.cell(0, 7, self.t(text), new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.fam, "", 10)

    def para(self, text: str) -> None:
        self.set_font(self.fam, "", 10)
        self.multi_cell(0, 5, self.t(text), new_x="LMARGIN", new_y="NEXT")

    def grid(self, rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> None:
        self.set_font(self.fam, "", 9)
        with self.table(col_widths=widths, line_height=4.6, text_align="LEFT") as table:
            for r in rows:
                row = table.row()
                for c in r:
                    row.cell(self.t(c))
        self.set_font(self.fam, "", 10)


def _pdf_front(pdf: _Export, rng: random.Random, case: Case) -> None:
    pdf.add_page()
    pdf.heading(f"Dossierexport – Pleegzorg {case.provider}", 15)
    for line in personalia(case):
        pdf.para(line)
    pdf.heading("Gezinssamenstelling")
    pdf.grid(household(rng, case), (45, 40, 25, 60))
    if rng.random() < 0.5:
        pdf.heading("Doelen uit het plan van aanpak")
        pdf.grid([("Doel", "Termijn", "Wie")] + goals(rng, case, rng.randint(3, 5)), (110, 40, 20))


def write_pdf(path: Path, rng: random.Random, case: Case, pages: int, unicode_font: bool) -> int:
    """An ECD export of about ``pages`` pages; returns the page count."""
    pdf = _Export(case, unicode_font)
    _pdf_front(pdf, rng, case)
    pdf.heading("Journaal")
    entries = journal(rng, case, pages * WORDS_PER_PAGE, case.start, AS_OF - dt.timedelta(days=20))
    if rng.random() < 0.4:  # journal as a ruled table that runs over many pages
        rows = [("Datum", "Type", "Medewerker", "Verslag")]
        rows += [(d(e.date), e.kind, e.author, e.body) for e in entries]
        pdf.grid(rows, (22, 26, 30, 96))
    else:
        for e in entries:
            _pdf_entry(pdf, rng, e)
    pdf.output(str(path))
    return pdf.page_no()


def _pdf_entry(pdf: _Export, rng: random.Random, e: Entry) -> None:
    pdf.set_font(pdf.fam, "B", 10)
    pdf.ln(2)
    pdf.multi_cell(0, 5, pdf.t(f"{d(e.date)} | {e.kind} | {e.author}"), new_x="LMARGIN", new_y="NEXT")
    cut = rng.randint(2, max(2, len(e.sentences) - 1))
    for part in (e.sentences[:cut], e.sentences[cut:]):
        if part:
            pdf.para(" ".join(part))


def write_docx(path: Path, rng: random.Random, case: Case, words: int) -> int:
    """A care plan of about ``words`` words (goals as a table or a numbered list); returns its word count."""
    doc = docx.Document()
    doc.add_heading(f"Plan van aanpak – {case.child} {case.initial}.", level=0)
    doc.add_paragraph(f"Datum: {d(AS_OF.replace(month=1, day=15))}")
    doc.add_paragraph(f"Opgesteld door: {case.worker}, pleegzorgbegeleider")
    doc.add_heading("Situatie", level=1)
    n = 0
    for _ in range(3):
        text = " ".join(fill(rng, case, rng.choice(ROUTINE)) for _ in range(rng.randint(4, 8)))
        doc.add_paragraph(text)
        n += len(text.split())
    _docx_goals(doc, rng, case)
    doc.add_heading("Afspraken", level=1)
    for _ in range(3):
        doc.add_paragraph(fill(rng, case, rng.choice(ROUTINE)), style="List Bullet")
    doc.add_heading("Verslaglegging", level=1)
    entries = journal(rng, case, max(0, words - n - 300), case.start, AS_OF)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, ("Datum", "Type", "Verslag")):
        cell.paragraphs[0].add_run(head).bold = True
    for e in entries:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = d(e.date), e.kind, e.body
        n += e.words() + 4
    doc.save(str(path))
    return n


def _docx_goals(doc, rng: random.Random, case: Case) -> None:
    doc.add_heading("Doelen", level=1)
    rows = goals(rng, case, rng.randint(3, 6))
    if rng.random() < 0.5:
        for goal, term, who in rows:
            doc.add_paragraph(f"{goal} Termijn: {term}. Wie: {who}.", style="List Number")
        return
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, ("Doel", "Termijn", "Wie")):
        cell.paragraphs[0].add_run(head).bold = True
    for goal, term, who in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = goal, term, who


def write_txt(path: Path, rng: random.Random, case: Case, words: int) -> int:
    """Mails or a plain journal of about ``words`` words; returns its word count."""
    entries = journal(rng, case, words, AS_OF.replace(year=AS_OF.year - 1), AS_OF)
    out: list[str] = []
    mails = rng.random() < 0.5
    for e in entries:
        if mails:
            out += [f"Van: {case.worker} <pzb@{case.provider.lower().replace(' ', '')}.nl>",
                    f"Verzonden: {d(e.date)} 10:{rng.randint(10, 59)}", "Aan: pleegouders",
                    f"Onderwerp: {e.kind} {case.child}", "", e.body, "", "=" * 40, ""]
        else:
            out += [f"{d(e.date)} | {e.kind} | {e.author}", e.body, ""]
    path.write_text("\n".join(out), encoding="utf-8")
    return sum(e.words() for e in entries)


def write_dossier(root: Path, rng: random.Random, number: int, unicode_ok: bool) -> dict[str, int]:
    """One dossier folder of 20-80 pages; returns its pages per format (DOCX/TXT: words / 500)."""
    case = new_case(rng, number)
    folder = root / f"PZ-{number:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    pages = round(rng.triangular(20, 80, 25))
    has_txt = rng.random() < 0.7
    docx_pages = max(3, round(pages * 0.25))
    txt_pages = max(2, round(pages * 0.1)) if has_txt else 0
    pdf_pages = max(8, pages - docx_pages - txt_pages)
    unicode_font = unicode_ok and rng.random() < 0.5
    got = {"pdf": write_pdf(folder / f"ECD_export_{case.client}.pdf", rng, case, pdf_pages, unicode_font)}
    got["docx"] = write_docx(folder / f"Plan_van_aanpak_{case.child}.docx", rng, case,
                             docx_pages * 500) // 500
    if has_txt:
        got["txt"] = write_txt(folder / f"mail_{case.client}.txt", rng, case, txt_pages * 500) // 500
    return got
