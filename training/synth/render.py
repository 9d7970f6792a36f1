"""Render a simple block document to .txt, .docx or .pdf, and extract text back."""
from __future__ import annotations

import os
import re
from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# Block kinds: ("h", text) heading, ("p", text) paragraph, ("b", text) bold line,
# ("blank",), ("table", rows, widths) where rows[0] is the header row.


def to_txt(blocks, path: Path, table_sep: str = " | ") -> None:
    lines = []
    for b in blocks:
        if b[0] in ("h", "p", "b"):
            lines.append(b[1])
        elif b[0] == "blank":
            lines.append("")
        elif b[0] == "rule":
            lines.append(b[1] if len(b) > 1 else "-" * 60)
        elif b[0] == "table":
            for row in b[1]:
                lines.append(table_sep.join(row))
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def to_docx(blocks, path: Path, title: str | None = None) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.core_properties.author = "synthetic"
    d.core_properties.title = title or ""
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "b":
            para = d.add_paragraph()
            para.add_run(b[1]).bold = True
        elif b[0] == "blank":
            continue
        elif b[0] == "rule":
            continue
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
    d.save(str(path))


def to_pdf(blocks, path: Path, title: str | None = None) -> None:
    from fpdf import FPDF
    from fpdf.enums import VAlign
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_creator("synthetic training data")
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_margins(15, 15, 15)
    for b in blocks:
        if b[0] == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif b[0] == "b":
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "p":
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "blank":
            pdf.ln(3)
        elif b[0] == "rule":
            y = pdf.get_y() + 1
            pdf.line(15, y, 195, y)
            pdf.ln(3)
        elif b[0] == "table":
            rows, widths = b[1], b[2]
            pdf.set_font("DejaVu", "", 8.5)
            with pdf.table(col_widths=widths, v_align=VAlign.T, line_height=4.6,
                           headings_style=FontFace(emphasis="BOLD"), first_row_as_headings=True) as t:
                for row in rows:
                    rr = t.row()
                    for cell in row:
                        rr.cell(cell)
            pdf.ln(2)
    pdf.output(str(path))


def render(blocks, path: Path, title: str | None = None) -> None:
    ext = path.suffix.lower()
    if ext == ".txt":
        to_txt(blocks, path)
    elif ext == ".docx":
        to_docx(blocks, path, title)
    elif ext == ".pdf":
        to_pdf(blocks, path, title)
    else:
        raise ValueError(path)


# ------------------------------------------------------------ extraction

def extract_units(path: Path) -> list[str]:
    """Text units a reader sees: lines (txt), paragraphs/cells (docx), page text and cells (pdf)."""
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8").splitlines()
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                out += [c.text for c in row.cells]
        return out
    if ext == ".pdf":
        import pdfplumber
        out = []
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                out.append(page.extract_text() or "")
                for tb in page.extract_tables():
                    for row in tb:
                        out += [c or "" for c in row]
        return out
    raise ValueError(path)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def quote_found(quote: str, units: list[str]) -> str:
    """'exact' if the quote is a substring of one unit as is, 'ws' if only after
    whitespace normalisation (line wrap in PDFs), '' if not found."""
    for u in units:
        if quote in u:
            return "exact"
    nq = norm(quote)
    for u in units:
        if nq in norm(u):
            return "ws"
    return ""
