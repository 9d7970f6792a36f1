"""Reports written as audits arrive read the same as reports of whole audits, and hold only digests."""
import copy
import datetime as dt
import json

from openpyxl import load_workbook

from audit.report.csv_nl import samenvatting_text
from audit.report.html import render_overview
from audit.report.reports import SampleReports, digest, write_reports
from audit.report.write import summary_row, write_audit
from audit.report.xlsx import overview_rows, verdict_row
from tests.report.conftest import make_audit


def _reviewed(sample):
    """The sample as a reviewed export: a status per dossier and one verdict changed by the reviewer."""
    out = copy.deepcopy(sample)
    out[0]["review_status"] = "beoordeeld"
    out[0]["reviewed"] = True
    detail = out[0]["norm_details"]["goals_concrete"]
    detail["tool_verdict"], detail["verdict"] = detail["verdict"], "meets"
    out[0]["norms"]["goals_concrete"] = "meets"
    return out


def test_a_digest_gives_every_sample_figure_a_whole_audit_gives(sample):
    for audits in (sample, _reviewed(sample)):
        small = [digest(a) for a in audits]
        assert render_overview(small, dt.date(2025, 6, 1)) == render_overview(audits, dt.date(2025, 6, 1))
        assert samenvatting_text(small) == samenvatting_text(audits)
        assert [summary_row(a) for a in small] == [summary_row(a) for a in audits]
        assert overview_rows(small) == overview_rows(audits)
        for review in (False, True):
            assert [verdict_row(a, review) for a in small] == [verdict_row(a, review) for a in audits]


def test_a_digest_is_small(sample):
    big = make_audit()
    big["one_on_one_contacts"] *= 200
    assert len(json.dumps(digest(big))) < len(json.dumps(big)) / 8


def _cells(path):
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in load_workbook(path)}


def test_streamed_reports_equal_reports_of_audits_in_memory(sample, tmp_path):
    whole = tmp_path / "whole"
    streamed = tmp_path / "streamed"
    for folder in (whole, streamed):
        folder.mkdir()
    expected = write_reports(sample, whole)
    reports = SampleReports(streamed)
    for order in (2, 0, 1):  # audits arrive in any order
        path = write_audit(sample[order], streamed)
        reports.add(sample[order], order, stored=path)
    assert all(not isinstance(kept, dict) for _, _, kept in reports.kept.values())  # only the JSON's path
    got = reports.finish()
    for name in ("index", "summary", "samenvatting"):
        assert getattr(got, name).read_bytes() == getattr(expected, name).read_bytes(), name
    assert [p.name for p in got.pages] == [p.name for p in expected.pages]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(got.pages, expected.pages))
    assert _cells(got.workbook) == _cells(expected.workbook)
    assert not [p for p in streamed.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"]  # no leftovers
