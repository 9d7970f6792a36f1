"""Output files: permissions follow the umask (or 0600 when private), reports land where the overview links."""
import os
import stat

import pytest

from audit.report import page_name, write_reports
from audit.report.write import atomic_write

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def umask():
    """Set a umask for one test and restore the old one."""
    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask,expected", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_atomic_write_follows_umask(tmp_path, umask, mask, expected):
    umask(mask)
    atomic_write(tmp_path / "a.txt", "x")
    atomic_write(tmp_path / "b.bin", b"x")
    assert mode(tmp_path / "a.txt") == expected and mode(tmp_path / "b.bin") == expected


def test_private_write_is_owner_only(tmp_path, umask):
    umask(0o002)
    atomic_write(tmp_path / "a.txt", "x", private=True)
    assert mode(tmp_path / "a.txt") == 0o600
    assert (tmp_path / "a.txt").read_text() == "x"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temp file left


def test_write_reports_writes_everything(sample, tmp_path, umask):
    umask(0o022)
    paths = write_reports(sample, tmp_path, private=True)
    names = {p.name for p in tmp_path.iterdir()}
    assert {"index.html", "audit.xlsx", "summary.csv", "samenvatting.csv"} <= names
    assert {page_name(a["dossier_id"]) for a in sample} <= names
    assert paths.index == tmp_path / "index.html" and len(paths.pages) == 3
    assert all(mode(p) == 0o600 for p in tmp_path.iterdir())


def test_a_dossier_called_index_does_not_overwrite_the_overview(audit, tmp_path):
    audit["dossier_id"] = "index"
    write_reports([audit], tmp_path)
    assert page_name("index") == "index_dossier.html"
    assert "Overzicht van de steekproef" in (tmp_path / "index.html").read_text("utf-8")
    assert "Dossier index" in (tmp_path / "index_dossier.html").read_text("utf-8")


def test_empty_run_still_writes_an_overview(tmp_path):
    import datetime as dt

    write_reports([], tmp_path, dt.date(2025, 6, 1))
    assert "1 juni 2025" in (tmp_path / "index.html").read_text("utf-8")
