"""`dossier-audit run` on the shipped examples writes the reports and says where they are."""
import os
import shutil
import stat

import pytest

from audit.cli import main
from audit.report import page_name
from tests.report.test_html import external_references

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(scope="module")
def run_out(tmp_path_factory, examples_dir):
    out = tmp_path_factory.mktemp("reports")
    old = os.umask(0o022)
    try:
        status = main(["run", str(examples_dir), "--out", str(out), "--as-of", "2025-06-01", "--no-progress",
                       "--pipeline", "embedded"])
    finally:
        os.umask(old)
    return status, out


def test_run_writes_every_report(run_out, examples_dir):
    status, out = run_out
    assert status == 0
    ids = sorted(p.name for p in examples_dir.iterdir() if p.is_dir())
    for name in ("index.html", "audit.xlsx", "samenvatting.csv", "summary.csv"):
        assert (out / name).is_file(), name
    assert sorted(p.name for p in out.glob("*.html") if p.name != "index.html") == sorted(page_name(i) for i in ids)
    index = (out / "index.html").read_text("utf-8")
    assert all(f'href="{page_name(i)}"' in index for i in ids)
    for page in out.glob("*.html"):
        assert external_references(page.read_text("utf-8")) == [], page.name


def test_run_files_follow_the_umask(run_out):
    _, out = run_out
    assert {stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()} == {0o644}


def test_run_says_where_the_reports_are_and_private_is_owner_only(tmp_path, examples_dir, capsys):
    src = tmp_path / "in"
    shutil.copytree(examples_dir / "VLD-0101", src / "VLD-0101")
    out = tmp_path / "out"
    old = os.umask(0o002)
    try:
        status = main(["run", str(src), "--out", str(out), "--as-of", "2025-06-01", "--no-progress",
                       "--pipeline", "embedded", "--private"])
    finally:
        os.umask(old)
    assert status == 0
    assert f"Open {out / 'index.html'}" in capsys.readouterr().out
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert {"VLD-0101.json", "VLD-0101.html", "index.html", "audit.xlsx"} <= set(modes)
    assert set(modes.values()) == {0o600}
