"""Incremental re-runs (an unchanged dossier is reused, anything that changes its audit re-audits it)
and the staging folder (a run that does not complete leaves the output folder as it was)."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from audit.cli import main
from tests.batch.conftest import ROOT, audits, run_args


CLI = "import sys; from audit.cli import main; sys.exit(main(sys.argv[1:]))"


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def _reused(err: str) -> int:
    marker = " ongewijzigd"
    if marker not in err:
        return 0
    return int(err.split(marker)[0].rsplit("(", 1)[1])


def test_second_run_reuses_every_unchanged_dossier(sample: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(run_args(sample, out)) == 0
    first = audits(out)
    capsys.readouterr()
    assert main(run_args(sample, out)) == 0
    assert _reused(capsys.readouterr().err) == 4
    assert audits(out) == first


def _report_times(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in out.iterdir()
            if p.suffix in (".html", ".csv", ".xlsx")}


def test_an_unchanged_rerun_leaves_the_reports_in_place(sample: Path, tmp_path: Path) -> None:
    """Every audit reused and the reports of the same audits still intact: nothing is rendered again."""
    out = tmp_path / "out"
    assert main(run_args(sample, out)) == 0
    written = _report_times(out)
    contents = _outputs(out)
    assert {"index.html", "summary.csv", "audit.xlsx"} <= set(written)
    time.sleep(0.05)
    assert main(run_args(sample, out)) == 0
    assert _report_times(out) == written
    assert {n: b for n, b in _outputs(out).items() if n in written} == {n: contents[n] for n in written}


@pytest.mark.parametrize("change", ["edited_report", "deleted_report", "file", "as_of"])
def test_reports_are_written_again_when_they_or_their_audits_changed(sample: Path, tmp_path: Path,
                                                                      change: str) -> None:
    out = tmp_path / "out"
    assert main(run_args(sample, out)) == 0
    index = (out / "index.html").read_bytes()
    args = run_args(sample, out)
    if change == "edited_report":
        (out / "index.html").write_bytes(b"<p>bewerkt</p>")
    elif change == "deleted_report":
        (out / "audit.xlsx").unlink()
    elif change == "file":
        journal = sample / "VLD-0101" / "journaal.txt"
        journal.write_text(journal.read_text("utf-8") + "\n01-05-2025 | Telefonisch contact\nKort gebeld.\n", "utf-8")
    elif change == "as_of":
        args[args.index("2025-06-01")] = "2025-07-01"
    written = _report_times(out)
    time.sleep(0.05)
    assert main(args) == 0
    now = _report_times(out)
    assert (out / "audit.xlsx").exists()
    assert all(now[n] != written.get(n) for n in ("index.html", "summary.csv"))
    if change in ("edited_report", "deleted_report"):
        assert (out / "index.html").read_bytes() == index


@pytest.mark.parametrize("change, expected", [
    ("file", 3), ("new_file", 3), ("config", 0), ("as_of", 0), ("force", 0), ("edited_json", 3), ("rules", 0),
])
def test_what_changes_an_audit_re_audits_it(sample: Path, tmp_path: Path, capsys, change: str, expected: int) -> None:
    out = tmp_path / "out"
    assert main(run_args(sample, out)) == 0
    extra: list[str] = []
    if change == "file":
        journal = sample / "VLD-0101" / "journaal.txt"
        journal.write_text(journal.read_text("utf-8") + "\n01-05-2025 | Telefonisch contact\nKort gebeld.\n", "utf-8")
    elif change == "new_file":
        (sample / "VLD-0103" / "extra.txt").write_text("02-05-2025 | Huisbezoek\nBezoek.\n", encoding="utf-8")
    elif change == "config":
        extra = ["--set", "norms.one_on_one_min=4"]
    elif change == "force":
        extra = ["--force"]
    elif change == "edited_json":
        path = out / "VLD-0104.json"
        path.write_text(path.read_text("utf-8").replace('"n/a"', '"meets"'), encoding="utf-8")
    elif change == "rules":
        rules = tmp_path / "rules"
        rules.mkdir()
        (rules / "abbreviations.txt").write_text((ROOT / "audit" / "resources" / "abbreviations.txt")
                                                 .read_text("utf-8") + "xyz.\n", encoding="utf-8")
        extra = ["--rules", str(rules)]
    args = run_args(sample, out, *extra)
    if change == "as_of":
        args[args.index("2025-06-01")] = "2025-07-01"
    capsys.readouterr()
    assert main(args) == 0
    assert _reused(capsys.readouterr().err) == expected


def test_outputs_of_dossiers_no_longer_in_the_input_are_removed_but_not_other_files(sample: Path,
                                                                                    tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(run_args(sample, out)) == 0
    (out / "mijn-notities.txt").write_text("van de gebruiker\n", encoding="utf-8")
    assert main(run_args(sample / "VLD-0101", out)) == 0
    assert sorted(p.name for p in out.glob("*.json")) == ["VLD-0101.json"]
    assert (out / "mijn-notities.txt").read_text("utf-8") == "van de gebruiker\n"
    assert not list(out.glob(".dossier-audit-staging-*"))


def test_a_run_that_fails_while_writing_leaves_the_output_folder_as_it_was(sample: Path, tmp_path: Path,
                                                                           monkeypatch, capsys) -> None:
    import audit.report.write as write_mod

    out = tmp_path / "out"
    assert main(run_args(sample, out)) == 0
    before = _outputs(out)
    journal = sample / "VLD-0101" / "journaal.txt"
    journal.write_text(journal.read_text("utf-8") + "\n01-05-2025 | Huisbezoek\nBezoek.\n", encoding="utf-8")
    real = write_mod.atomic_write

    def full(path, data, **kw):
        if Path(path).name == "summary.csv":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data, **kw)

    monkeypatch.setattr(write_mod, "atomic_write", full)
    capsys.readouterr()
    assert main(run_args(sample, out)) == 1
    err = capsys.readouterr().err
    assert "Schijf vol" in err and "niet veranderd" in err and "Traceback" not in err
    assert _outputs(out) == before
    assert not list(out.glob(".dossier-audit-staging-*"))


def test_staging_left_by_a_killed_run_is_removed_by_the_next(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    from audit.batch.staging import _host

    stale = out / f".dossier-audit-staging-{_host()}-{dead.stdout.strip()}-abc"
    stale.mkdir()
    (stale / "VLD-0101.json").write_text("{}", encoding="utf-8")
    other_host = out / f".dossier-audit-staging-elders-{dead.stdout.strip()}-abc"
    other_host.mkdir()
    assert main(run_args(sample / "VLD-0101", out)) == 0
    assert not stale.exists()
    assert other_host.exists()  # another machine's run (a shared folder) is not ours to judge


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals and /tmp layout of Linux")
def test_sigterm_stops_the_run_cleanly(tmp_path: Path, sample: Path) -> None:
    """SIGTERM while the workers audit a zip: exit 130, the output folder unchanged, the extraction removed."""
    archive = tmp_path / "dossiers.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for n in range(12):
            for f in (sample / "VLD-0101").iterdir():
                zf.write(f, f"D{n:02d}/{f.name}")
    out = tmp_path / "out"
    out.mkdir()
    (out / "oud.json").write_text("{}", encoding="utf-8")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp)}
    proc = subprocess.Popen([sys.executable, "-c", CLI, *run_args(archive, out, "--workers", "2")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(tmp.glob("dossier-audit-zip-*")):
        time.sleep(0.05)
    time.sleep(1.0)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Afgebroken" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["oud.json"]
    assert not list(tmp.glob("dossier-audit-zip-*"))


def test_progress_bar_has_a_total(sample: Path, tmp_path: Path, capsys) -> None:
    args = [a for a in run_args(sample, tmp_path / "out") if a != "--no-progress"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "4/4" in err


def test_cache_index_holds_no_dossier_names(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(run_args(sample, out)) == 0
    index = json.loads((out / ".dossier-audit-cache").read_text("utf-8"))
    assert len(index["entries"]) == 4
    assert "VLD" not in json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "file"}
                                    for k, v in index["entries"].items()})


def test_an_audit_cut_short_by_a_limit_is_not_reused(sample: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    """A time limit, crash or memory stop may not happen again: that dossier is audited again next time."""
    import time as time_mod

    from audit.read import dossier as dossier_mod

    real = dossier_mod.read_file

    def slow(path, name=None):
        if Path(path).name == "journaal.txt" and "VLD-0101" in str(path):
            time_mod.sleep(30)
        return real(path, name=name)

    out = tmp_path / "out"
    monkeypatch.setattr(dossier_mod, "read_file", slow)
    assert main(run_args(sample, out, "--set", "limits.file_seconds=2")) == 1
    monkeypatch.undo()
    capsys.readouterr()
    assert main(run_args(sample, out, "--set", "limits.file_seconds=2")) == 0
    assert _reused(capsys.readouterr().err) == 3
    assert not audits(out)["VLD-0101"]["errors"]


def test_private_run_makes_reused_outputs_private_too(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        assert main(run_args(sample, out)) == 0
        assert main(run_args(sample, out, "--private")) == 0
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in out.iterdir() if p.is_file()}
    assert set(modes.values()) == {0o600}, modes


def test_a_lost_dossier_keeps_its_earlier_outputs(sample: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    """When even the attempt without files fails, the earlier outputs stay and nothing says 'not in the input'."""
    import audit.pipeline as pipeline

    out = tmp_path / "out"
    assert main(run_args(sample, out)) == 0
    before = (out / "VLD-0102.json").read_bytes()
    real = pipeline.judge

    def judge(audit, *args, **kwargs):
        if audit["dossier_id"] == "VLD-0102":
            raise ZeroDivisionError("planted")
        return real(audit, *args, **kwargs)

    monkeypatch.setattr(pipeline, "judge", judge)
    capsys.readouterr()
    assert main(run_args(sample, out, "--force")) == 1
    err = capsys.readouterr().err
    assert "[VLD-0102]" in err and "verwijderd" not in err
    assert (out / "VLD-0102.json").read_bytes() == before and (out / "VLD-0102.html").exists()


def test_commit_compares_names_without_case(tmp_path: Path) -> None:
    """On macOS and Windows RIV-1.json and riv-1.json are one file: the new one must not be removed as stale."""
    from audit.batch.staging import MANIFEST, Staging

    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_text(json.dumps({"files": ["RIV-1.json", "weg.json"]}), encoding="utf-8")
    (out / "weg.json").write_text("{}", encoding="utf-8")
    staging = Staging(out)
    (staging.dir / "riv-1.json").write_text("{}", encoding="utf-8")
    assert staging.commit() == ["weg.json"]
    assert (out / "riv-1.json").exists()


def test_manifest_names_never_leave_the_output_folder(tmp_path: Path) -> None:
    from audit.batch.staging import MANIFEST, read_manifest

    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_text(json.dumps({"files": ["../x.json", "/etc/passwd", "C:x.json", "a\\b.json", "ok.json"]}),
                                encoding="utf-8")
    assert read_manifest(out) == ["ok.json"]
    os.unlink(out / MANIFEST)
    os.symlink(tmp_path / "elders.json", out / MANIFEST)
    (tmp_path / "elders.json").write_text(json.dumps({"files": ["ok.json"]}), encoding="utf-8")
    assert read_manifest(out) == []  # a link is not followed


def test_the_run_key_changes_with_the_code(tmp_path):
    """A changed source file without a new version number must not reuse the old audits."""
    from audit.batch.cache import code_hash
    from audit.batch.runner import _run_parts
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "a.py").write_text("x = 1\n")
    (pkg / "sub" / "b.py").write_text("y = 2\n")
    before = code_hash(pkg)
    (pkg / "sub" / "b.py").write_text("y = 3\n")
    assert code_hash(pkg) != before
    changed = code_hash(pkg)
    (pkg / "notes.txt").write_text("not code")
    assert code_hash(pkg) == changed  # only Python sources count
    import datetime as dt
    from pathlib import Path
    import audit
    from audit.batch.worker import WorkerSettings
    from audit.config import load_config
    parts = _run_parts(WorkerSettings(config=load_config(), as_of=dt.date(2025, 6, 1)))
    assert parts["code"] == code_hash(Path(audit.__file__).resolve().parent)
