"""audit.xlsx, samenvatting.csv and summary.csv: Dutch headers, typed cells, no formula can run."""
import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from audit.report import validate
from audit.report.cells import neutralise
from audit.report.csv_nl import HEADERS, samenvatting_text, write_samenvatting
from audit.report.write import SUMMARY_FIELDS, write_summary
from audit.report.xlsx import cell_value, write_workbook

SHEETS = ["Overzicht", "Normen per dossier", "Bevindingen", "Doelen"]


def test_fake_audits_follow_the_contract(sample):
    for audit in sample:
        validate(audit)


@pytest.mark.parametrize("text", ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("x")'])
def test_formula_starts_are_neutralised(text):
    assert neutralise(text) == "'" + text
    assert cell_value(text) == "'" + text


def test_safe_values_stay_as_they_are():
    assert neutralise("RIV-0001") == "RIV-0001"
    assert neutralise(-2) == -2 and neutralise(0.5) == 0.5
    assert cell_value("a\x00b\x07c") == "abc"  # characters XML cannot hold are dropped


@pytest.fixture
def workbook(sample, tmp_path):
    path = write_workbook(sample, tmp_path)
    return load_workbook(path)


def test_workbook_has_four_sheets_with_dutch_headers(workbook):
    assert workbook.sheetnames == SHEETS
    heads = {ws.title: [c.value for c in ws[1]] for ws in workbook}
    assert heads["Overzicht"][:3] == ["Norm", "Wat de norm vraagt", "Voldoet"]
    assert heads["Normen per dossier"][:2] == ["Dossier", "Peildatum"]
    assert "Citaat uit het dossier" in heads["Bevindingen"]
    assert "Concreetheid" in heads["Doelen"] and "Wie doet het" in heads["Doelen"]


def test_workbook_frozen_header_and_autofilter(workbook):
    for ws in workbook:
        assert ws.freeze_panes in ("A2", "B2"), ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title


def test_workbook_cells_are_typed(workbook):
    ws = workbook["Normen per dossier"]
    row = {h.value: c.value for h, c in zip(ws[1], ws[2])}
    assert isinstance(row["Peildatum"], (dt.datetime, dt.date))
    assert row["Peildatum"].date() == dt.date(2025, 6, 1)
    assert isinstance(row["Doelen"], int) and isinstance(row["Gemiddelde concreetheid"], float)
    assert row["Kind apart gesproken"] in ("voldoet", "voldoet niet", "n.v.t.")
    found = workbook["Bevindingen"]
    dates = [r[2] for r in found.iter_rows(min_row=2, values_only=True) if r[1] == "veiligheidscheck"]
    assert dates and all(isinstance(d, dt.datetime) for d in dates)  # '2025-03' becomes 1 March 2025
    overview = workbook["Overzicht"]
    assert isinstance(overview["G2"].value, float) and overview["G2"].number_format == "0%"


def test_workbook_colours_verdicts_and_neutralises_names(workbook):
    ws = workbook["Normen per dossier"]
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert {r.formula[0] for r in rules} == {'"voldoet"', '"voldoet niet"', '"n.v.t."'}
    ids = [r[0] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert "'=HYPERLINK(\"x\")" in ids and not any(i.startswith("=") for i in ids)
    quotes = [r[8] for r in workbook["Bevindingen"].iter_rows(min_row=2, values_only=True)]
    assert any("<script>" in q for q in quotes)  # text kept as text, not interpreted


def test_samenvatting_is_dutch_excel_csv(sample, tmp_path):
    path = write_samenvatting(sample, tmp_path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == HEADERS and rows[0][0] == "Dossier"
    first = dict(zip(rows[0], rows[1]))
    assert first["Peildatum"] == "01-06-2025" and first["Gemiddelde concreetheid"] == "0,60"
    assert first["Kind apart gesproken"] in ("voldoet", "voldoet niet", "n.v.t.")
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)
    assert "'=HYPERLINK(\"x\")" in [row[0] for row in rows]
    assert samenvatting_text(sample).count("\r\n") == 4  # header and three rows, Windows line ends


def test_summary_csv_keeps_its_contract_and_neutralises(sample, tmp_path):
    path = write_summary(sample, tmp_path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert tuple(rows[0]) == SUMMARY_FIELDS
    assert rows[0]["one_on_one_min3_last12m"] == "fails" and rows[0]["reference_date"] == "2025-06-01"
    assert rows[2]["dossier_id"] == "'=HYPERLINK(\"x\")"
