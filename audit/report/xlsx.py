"""The Excel workbook ``audit.xlsx``: overview, verdicts per dossier, findings and goals.

Written with openpyxl. Columns are typed (dates are Excel dates, counts and scores are
numbers) so inspectors can sort and filter; every sheet has a frozen header row and an
autofilter, and verdict columns are coloured by conditional formatting (the cell holds
the word, so the colour survives sorting and copying). Text cells are neutralised
against formula injection and stripped of characters XML cannot hold.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.cell import WriteOnlyCell

from audit.norms import NORM_NAMES
from audit.report.cells import neutralise
from audit.report.labels import (CRITERIA_NL, FACT_SECTIONS, FINDING_SECTIONS, JUDGED_NL, KIND_NL, NORM_TITLE,
                                 NORMS_OF_SECTION, PLACEMENT_NL, PRECISION_NL, VGB_NAMES_NL, home_visit_nl,
                                 norm_question, verdict_nl, yes_no)
from audit.report.sections import counted_ids, findings_of
from audit.report.stats import counted_talks, norm_figures
from audit.report.write import atomic_write

XLSX = "audit.xlsx"
MAX_CELL = 32_000  # Excel holds at most 32,767 characters in a cell
DATE_FORMAT = "dd-mm-yyyy"
VERDICT_STYLE = {"voldoet": ("C6EFCE", "006100"), "voldoet niet": ("FFC7CE", "9C0006"), "n.v.t.": ("E7E6E6", "404040")}
HEADER_FILL = PatternFill("solid", start_color="DDE3EA", end_color="DDE3EA")


@dataclass
class Column:
    header: str
    width: int
    kind: str = "text"  # text | wrap | date | int | float | pct | verdict


def cell_value(value: Any) -> Any:
    """A value as the workbook stores it: text cleaned, cut to Excel's limit and neutralised."""
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL])
    return value


def excel_date(iso: str | None) -> dt.date | None:
    """The first day an ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) can mean; None if absent."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


_FORMATS = {"date": DATE_FORMAT, "float": "0.00", "pct": "0%", "int": "0"}
_WRAP = Alignment(wrap_text=True, vertical="top")


def _verdict_colours(ws: Any, letter: str, rows: int) -> None:
    area = f"{letter}2:{letter}{rows + 1}"
    for word, (fill, font) in VERDICT_STYLE.items():
        ws.conditional_formatting.add(area, CellIsRule(
            operator="equal", formula=[f'"{word}"'],
            fill=PatternFill("solid", start_color=fill, end_color=fill), font=Font(color=font)))


def _styled(ws: Any, col: Column) -> Any:
    """How a value of ``col`` is written: as it is, or as a cell with its number format / wrapping."""
    fmt = _FORMATS.get(col.kind)
    if not fmt and col.kind != "wrap":
        return cell_value

    def make(value: Any) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=cell_value(value))
        if fmt:
            cell.number_format = fmt
        if col.kind == "wrap":
            cell.alignment = _WRAP
        return cell
    return make


def fill_sheet(ws: Any, columns: list[Column], rows: list[list[Any]], freeze: str = "A2") -> None:
    """Header, typed rows, formats, frozen header and autofilter, written row by row (write-only
    mode: the workbook streams to a temporary file, so its memory does not grow with the sample)."""
    for i, col in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
        if col.kind == "verdict" and rows:
            _verdict_colours(ws, get_column_letter(i), len(rows))
    ws.freeze_panes = freeze
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    header = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=col.header)
        cell.font, cell.fill, cell.alignment = Font(bold=True), HEADER_FILL, _WRAP
        header.append(cell)
    ws.append(header)
    writers = [_styled(ws, col) for col in columns]
    for row in rows:
        ws.append([write(v) for write, v in zip(writers, row)])


def overview_sheet(ws: Any, audits: list[dict[str, Any]]) -> None:
    cfg = audits[0].get("provenance", {}).get("config", {}).get("norms", {}) if audits else {}
    columns = [Column("Norm", 30), Column("Wat de norm vraagt", 60, "wrap"), Column("Voldoet", 10, "int"),
               Column("Voldoet niet", 12, "int"), Column("N.v.t.", 10, "int"), Column("Met oordeel", 12, "int"),
               Column("Deel dat voldoet", 14, "pct"), Column("Marge van (95%)", 14, "pct"),
               Column("Marge tot (95%)", 14, "pct")]
    rows = []
    for f in norm_figures(audits):
        lo, hi = f.interval or (None, None)
        rows.append([NORM_TITLE[f.name], norm_question(f.name, cfg), len(f.meets), len(f.fails), len(f.na),
                     f.judged, f.share, lo, hi])
    fill_sheet(ws, columns, rows)


def _mean_concreteness(audit: dict[str, Any]) -> float | None:
    goals = audit.get("goals", [])
    return round(sum(float(g.get("concreteness", 0)) for g in goals) / len(goals), 2) if goals else None


def verdicts_sheet(ws: Any, audits: list[dict[str, Any]]) -> None:
    review = any("review_status" in a for a in audits)
    columns = [Column("Dossier", 16), Column("Peildatum", 12, "date"), Column("Soort plaatsing", 20),
               Column("Start plaatsing", 14, "date"), *[Column(NORM_TITLE[n], 16, "verdict") for n in NORM_NAMES],
               Column("Gesprekken zonder pleegouders (12 mnd)", 16, "int"), Column("Veiligheidschecks", 14, "int"),
               Column("Doelen", 10, "int"), Column("Gemiddelde concreetheid", 14, "float"),
               Column("Niet gelezen bestanden", 40, "wrap")] + ([Column("Beoordeling", 20)] if review else [])
    rows = []
    for a in audits:
        place = a.get("placement") or {}
        rows.append([a["dossier_id"], excel_date(a["reference_date"]), PLACEMENT_NL.get(place.get("type") or "", ""),
                     excel_date(place.get("start")), *[verdict_nl(a.get("norms", {}).get(n)) for n in NORM_NAMES],
                     counted_talks(a), len(a.get("safety_checks", [])), len(a.get("goals", [])),
                     _mean_concreteness(a), "; ".join(f"{e['file']}: {e['message']}" for e in a.get("errors", []))]
                    + ([a.get("review_status", "")] if review else []))
    fill_sheet(ws, columns, rows, freeze="B2")


def _remark(audit: dict[str, Any], section: str, f: dict[str, Any]) -> str:
    """What else the row needs: a home visit unannounced or not, the judged change, who has no VGB."""
    if section == "home_visits":
        return home_visit_nl(f.get("unannounced"))
    if section == "vgb":
        return "; ".join(f"{label}: {', '.join(map(str, f.get(key) or []))}" for key, label in VGB_NAMES_NL.items()
                         if f.get(key))
    r = audit.get("rescreening") or {}
    ref = r.get("change") if section == "household_changes" else r.get("rescreened") if section == "rescreenings" else None
    return JUDGED_NL[section] if ref and ref.get("finding_id") == f.get("finding_id") else ""


def _finding_row(audit: dict[str, Any], section: str, f: dict[str, Any], counted: set[str]) -> list[Any]:
    ev = f.get("evidence") or []
    pages = [e.get("page") for e in ev if e.get("page")]
    return [audit["dossier_id"], KIND_NL[section], excel_date(f.get("date")),
            PRECISION_NL.get(f.get("date_precision") or "", ""), yes_no(f.get("finding_id") in counted),
            yes_no(f.get("child_spoken")) if section == "safety_checks" else "",
            "; ".join(dict.fromkeys(e.get("file", "") for e in ev)) or f.get("file") or "",
            pages[0] if pages else None, " … ".join(e.get("sentence", "") for e in ev) or f.get("quote") or "",
            f.get("confidence"), f.get("finding_id", ""), _remark(audit, section, f)]


def _fact_row(audit: dict[str, Any], section: str, m: dict[str, Any]) -> list[Any]:
    """A file-level fact with evidence: "telt mee" says documented (or, for a VGB, complete)."""
    ev = m["evidence"]
    value = m.get("complete") if section == "vgb" else m.get("documented")
    return [audit["dossier_id"], KIND_NL[section], None, "", yes_no(value), "", ev[0].get("file", ""),
            ev[0].get("page"), " … ".join(e.get("sentence", "") for e in ev), m.get("confidence"),
            m.get("finding_id", ""), _remark(audit, section, m)]


def findings_sheet(ws: Any, audits: list[dict[str, Any]]) -> None:
    columns = [Column("Dossier", 16), Column("Soort", 28), Column("Datum", 12, "date"),
               Column("Datum bekend tot op", 12), Column("Telt mee voor de norm", 12), Column("Kind zelf gesproken", 12),
               Column("Bestand", 26), Column("Pagina", 8, "int"), Column("Citaat uit het dossier", 80, "wrap"),
               Column("Zekerheid van de tool", 12, "pct"), Column("Nummer", 9), Column("Toelichting", 40, "wrap")]
    rows = []
    for a in audits:
        for section, _, _ in FINDING_SECTIONS:
            counted = counted_ids(a, NORMS_OF_SECTION[section])
            rows += [_finding_row(a, section, f, counted) for f in findings_of(a, section)]
        for section, _, _ in FACT_SECTIONS:
            m = a.get(section) or {}
            if m.get("evidence"):
                rows.append(_fact_row(a, section, m))
    fill_sheet(ws, columns, rows)


def goals_sheet(ws: Any, audits: list[dict[str, Any]]) -> None:
    columns = [Column("Dossier", 16), Column("Doel", 60, "wrap"), Column("Bestand", 24), Column("Plandatum", 12, "date"),
               *[Column(nl, 12) for nl in CRITERIA_NL.values()], Column("Concreetheid", 12, "float"),
               Column("Concreet genoeg", 12), Column("Tip om het doel beter te maken", 60, "wrap")]
    rows = []
    for a in audits:
        minimum = float(a.get("provenance", {}).get("config", {}).get("norms", {}).get("goal_concreteness_min", 0.6))
        for g in a.get("goals", []):
            score = float(g.get("concreteness", 0))
            rows.append([a["dossier_id"], g.get("text", ""), g.get("file") or "", excel_date(g.get("plan_date")),
                         *[yes_no(bool(g.get(k))) for k in CRITERIA_NL], score, yes_no(score >= minimum),
                         g.get("hint") or ""])
    fill_sheet(ws, columns, rows)


SHEETS = (("Overzicht", overview_sheet), ("Normen per dossier", verdicts_sheet), ("Bevindingen", findings_sheet),
          ("Doelen", goals_sheet))


def workbook_bytes(audits: Iterable[dict[str, Any]]) -> bytes:
    audits = sorted(audits, key=lambda a: a["dossier_id"])
    wb = Workbook(write_only=True)
    for title, build in SHEETS:
        build(wb.create_sheet(title), audits)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_workbook(audits: Iterable[dict[str, Any]], out_dir: Path, *, private: bool = False) -> Path:
    path = Path(out_dir) / XLSX
    atomic_write(path, workbook_bytes(audits), private=private)
    return path
