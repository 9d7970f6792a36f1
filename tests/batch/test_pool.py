"""Worker processes: the same outputs with 1 or 2 workers; a hang, a crash, a memory blow-up or a
failing judgement costs one file (or the dossier's norms), never the batch.

The misbehaviour is planted with ``monkeypatch`` in this process; on Linux the workers are
forked from it after the patch, so they misbehave the same way.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from audit.cli import main
from audit.read import dossier as dossier_mod
from tests.batch.conftest import audits, run_args

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="planted faults reach forked workers")


def _plant(monkeypatch: pytest.MonkeyPatch, planted: str, action) -> None:
    """Make reading the file called ``planted`` do ``action`` (in the worker that reads it)."""
    real = dossier_mod.read_file

    def read_file(path: Path, name: str | None = None):
        if Path(path).name == planted:
            action()
        return real(path, name=name)

    monkeypatch.setattr(dossier_mod, "read_file", read_file)


def _errors(audit: dict) -> dict[str, str]:
    return {e["file"]: e["message"] for e in audit["errors"]}


def test_two_workers_give_the_same_outputs_as_one(sample: Path, tmp_path: Path) -> None:
    assert main(run_args(sample, tmp_path / "een", "--workers", "1")) == 0
    assert main(run_args(sample, tmp_path / "twee", "--workers", "2")) == 0
    one, two = audits(tmp_path / "een"), audits(tmp_path / "twee")
    assert sorted(one) == ["VLD-0101", "VLD-0102", "VLD-0103", "VLD-0104"]
    assert one == two
    assert (tmp_path / "een" / "summary.csv").read_text("utf-8") == (tmp_path / "twee" / "summary.csv").read_text("utf-8")


def test_a_file_that_hangs_is_stopped_at_the_time_limit(sample: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    (sample / "VLD-0102" / "traag.txt").write_text("12-03-2024 | Huisbezoek\nGewoon bezoek.\n", encoding="utf-8")
    _plant(monkeypatch, "traag.txt", lambda: time.sleep(60))
    start = time.monotonic()
    status = main(run_args(sample, tmp_path / "out", "--workers", "2", "--set", "limits.file_seconds=2"))
    assert time.monotonic() - start < 40
    assert status == 1
    got = audits(tmp_path / "out")
    assert sorted(got) == ["VLD-0101", "VLD-0102", "VLD-0103", "VLD-0104"]
    message = _errors(got["VLD-0102"])["traag.txt"]
    assert "lezen duurde langer dan 2 s (limits.file_seconds): niet gelezen" in message
    originals = {p.name for p in (sample / "VLD-0102").iterdir() if p.name not in ("gold.json", "traag.txt")}
    assert {d["file"] for d in got["VLD-0102"]["provenance"]["files"] if d["read"]} == originals
    assert "traag.txt" in capsys.readouterr().err


def test_a_worker_that_crashes_costs_one_file(sample: Path, tmp_path: Path, monkeypatch) -> None:
    (sample / "VLD-0103" / "crash.txt").write_text("tekst\n", encoding="utf-8")
    _plant(monkeypatch, "crash.txt", lambda: os.kill(os.getpid(), signal.SIGKILL))  # as the OOM killer would
    assert main(run_args(sample, tmp_path / "out", "--workers", "2")) == 1
    got = audits(tmp_path / "out")
    assert len(got) == 4
    assert "werkproces stopte onverwacht" in _errors(got["VLD-0103"])["crash.txt"]
    reference = tmp_path / "ref"
    monkeypatch.undo()
    (sample / "VLD-0103" / "crash.txt").unlink()
    assert main(run_args(sample, reference, "--workers", "1")) == 0
    ref = audits(reference)
    for other in ("VLD-0101", "VLD-0102", "VLD-0104"):
        assert got[other] == ref[other]
    read = {d["file"] for d in got["VLD-0103"]["provenance"]["files"] if d["read"]}
    assert read == {d["file"] for d in ref["VLD-0103"]["provenance"]["files"] if d["read"]}


def test_a_file_that_needs_too_much_memory_is_refused(sample: Path, tmp_path: Path, monkeypatch) -> None:
    (sample / "VLD-0104" / "groot.txt").write_text("tekst\n", encoding="utf-8")
    hoard: list[bytearray] = []

    def blow_up() -> None:
        for _ in range(64):  # 64 x 64 MB, far past the 128 MB allowance
            hoard.append(bytearray(64 * 1024 * 1024))

    _plant(monkeypatch, "groot.txt", blow_up)
    assert main(run_args(sample, tmp_path / "out", "--workers", "2", "--set", "limits.file_memory_mb=128")) == 1
    got = audits(tmp_path / "out")
    assert len(got) == 4
    assert "had meer dan 128 MB geheugen nodig (limits.file_memory_mb): niet gelezen" in \
        _errors(got["VLD-0104"])["groot.txt"]
    assert got["VLD-0104"]["provenance"]["files"]


def test_a_dossier_whose_judgement_fails_gets_all_norms_not_judgeable(sample: Path, tmp_path: Path,
                                                                       monkeypatch, capsys) -> None:
    import audit.pipeline as pipeline

    real = pipeline.run_detectors

    def detectors(ctx, *args, **kwargs):
        if ctx.dossier.dossier_id == "VLD-0101" and ctx.dossier.documents:
            raise ZeroDivisionError("planted")
        return real(ctx, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_detectors", detectors)
    assert main(run_args(sample, tmp_path / "out", "--workers", "2")) == 1
    got = audits(tmp_path / "out")
    assert len(got) == 4
    broken = got["VLD-0101"]
    assert set(broken["norms"].values()) == {"n/a"}
    files = {k: v for k, v in _errors(broken).items() if not k.endswith("/")}
    assert sorted(files) == ["journaal.txt", "matchingsformulier.txt", "plan_van_aanpak.txt"]
    assert all(m == "niet gebruikt: het dossier kon niet worden getoetst (onverwachte fout (ZeroDivisionError))"
               for m in files.values())
    assert "planted" not in capsys.readouterr().err
    assert got["VLD-0102"]["norms"] != {k: "n/a" for k in got["VLD-0102"]["norms"]}


def test_spawned_workers_give_the_same_outputs(sample: Path, tmp_path: Path, monkeypatch) -> None:
    """macOS and Windows start workers with spawn: each loads the pipeline and models itself."""
    import multiprocessing as mp

    from audit.batch import pool

    assert main(run_args(sample / "VLD-0101", tmp_path / "fork", "--workers", "1")) == 0
    monkeypatch.setattr(pool, "_context", lambda: mp.get_context("spawn"))
    assert main(run_args(sample / "VLD-0101", tmp_path / "spawn", "--workers", "1")) == 0
    assert audits(tmp_path / "fork") == audits(tmp_path / "spawn")


def test_workers_die_with_their_parent(tmp_path: Path, sample: Path) -> None:
    """SIGKILL of the run (no cleanup possible) must not leave worker processes behind."""
    import subprocess

    from tests.batch.test_reuse_and_staging import CLI

    proc = subprocess.Popen([sys.executable, "-c", CLI, *run_args(sample, tmp_path / "out", "--workers", "2")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    children: list[int] = []
    while time.monotonic() < deadline and not children:
        children = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _ppid(p) == proc.pid]
        time.sleep(0.1)
    assert children, "no worker started"
    proc.kill()
    proc.wait()
    time.sleep(2)
    alive = [pid for pid in children if Path(f"/proc/{pid}").exists() and _state(pid) != "Z"]
    assert alive == []


def _ppid(proc_dir: Path) -> int:
    try:
        return int((proc_dir / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "gone"


def test_a_bug_while_analysing_one_file_costs_only_that_file(sample: Path, tmp_path: Path, monkeypatch) -> None:
    import audit.pipeline as pipeline

    real = pipeline.structure_document

    def structure(document):
        if document.name == "logboek.txt":
            raise KeyError("planted")
        return real(document)

    monkeypatch.setattr(pipeline, "structure_document", structure)
    assert main(run_args(sample, tmp_path / "out", "--workers", "2")) == 1
    got = audits(tmp_path / "out")["VLD-0104"]
    errors = _errors(got)
    assert errors["logboek.txt"] == "onverwachte fout (KeyError): niet geanalyseerd"
    assert {f["file"] for f in got["provenance"]["files"] if f["read"]} == {"pleegzorgplan.docx"}



def test_largest_dossiers_are_handed_out_first(sample: Path) -> None:
    """Longest-processing-time first: a worker never starts a big dossier when the others are almost done."""
    from audit.batch.pool import dispatch_order
    from audit.read.dossier import open_sources

    (sample / "VLD-0103" / "extra.txt").write_text("Routine.\n" * 20_000, encoding="utf-8")
    (sample / "VLD-0102" / "extra.txt").write_text("Routine.\n" * 10_000, encoding="utf-8")
    with open_sources(sample) as sources:
        ids = [sources[i].dossier_id for i in dispatch_order(sources)]
    assert ids[:2] == ["VLD-0103", "VLD-0102"]
    assert sorted(ids) == sorted(s.dossier_id for s in sources)
