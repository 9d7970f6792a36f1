"""The annotation log: append, replay, torn and corrupt lines, crashes and concurrent writers."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from audit.review.identity import canonical_json, finding_input_hash, iter_reviewable
from audit.review.log import AnnotationLog, log_name
from audit.review.record import AnnotationRecord, InvalidRecord


def rec(finding_id: str = "o1", decision: str = "confirm", reviewer: str = "anna", dossier: str = "D1", **kw):
    kind = kw.pop("kind", "one_on_one_contact")
    return AnnotationRecord(dossier, finding_id, kind, kw.pop("input_hash", f"h-{finding_id}"), decision, reviewer, **kw)


def test_append_and_replay(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    log.append(rec("o1", "confirm"))
    log.append(rec("o2", "reject", note="geen gesprek"))
    log.append(rec("o1", "correct", correction={"date": "2024-05-01"}))
    log.append(rec("o1", "confirm", reviewer="bert"))
    log.append(rec("s1", "correct", kind="safety_check", correction={"child_spoken": True}))
    state = log.replay()
    assert state.problems == []
    assert len(state.records) == 5
    assert state.current("D1", "o1", "anna").decision == "correct"
    assert state.current("D1", "o1").reviewer == "bert"  # last across reviewers
    assert state.current("D1", "o1", input_hash="nope") is None
    assert state.reviewed_finding_ids("D1") == {"o1", "o2", "s1"}
    assert state.reviewed_finding_ids("D1", "bert") == {"o1"}
    assert [r.decision for r in state.decisions_for("D1")] == ["confirm", "reject", "correct", "confirm", "correct"]
    assert log.current("D1", "o2").note == "geen gesprek"
    assert (tmp_path / "D1.jsonl").exists() and (tmp_path / "D1.jsonl").read_bytes().endswith(b"\n")


def test_one_file_per_dossier_and_shared_names(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    log.append(rec(dossier="A/1"))
    log.append(rec(dossier="A_1"))  # same file name, different dossier
    log.append(rec(dossier="B"))
    assert log_name("A/1") == log_name("A_1") == "A_1.jsonl"
    assert sorted(p.name for p in log.files()) == ["A_1.jsonl", "B.jsonl"]
    assert [r.dossier_id for r in log.decisions_for("A/1")] == ["A/1"]
    assert log.replay().dossier_ids() == ["A/1", "A_1", "B"]


def test_added_findings_and_withdrawal(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    ev = [{"file": "journaal.txt", "page": None, "start": 10, "end": 40, "sentence": "Gesprek met kind alleen."}]
    log.append(rec("r-1", "add", evidence=ev, correction={"date": "2024-03-01"}))
    log.append(rec("r-2", "add", evidence=ev, correction={"date": "2024-04-01"}, input_hash="h2"))
    log.append(rec("r-2", "reject", input_hash="h2"))
    assert [r.finding_id for r in log.added_findings("D1")] == ["r-1"]


@pytest.mark.parametrize("bad, message", [
    (dict(decision="maybe"), "onbekende beslissing"),
    (dict(kind="norm", decision="override", correction={"verdict": "fails"}), "reden"),
    (dict(kind="norm", decision="override", correction={"verdict": "slecht"}, reason="x"), "verdict"),
    (dict(decision="add", correction={"date": "2024-01-01"}), "bewijs"),
    (dict(decision="correct", correction={"date": "1 mei"}), "JJJJ"),
    (dict(decision="correct", correction={"child_spoken": True}), "child_spoken"),
    (dict(kind="goal", decision="goal_criteria", correction={"specific": "ja"}), "criterium"),
    (dict(reviewer=""), "reviewer"),
    (dict(timestamp="2024-01-01T10:00:00"), "UTC"),
])
def test_invalid_decisions_are_refused_before_writing(tmp_path: Path, bad: dict, message: str) -> None:
    log = AnnotationLog(tmp_path)
    with pytest.raises(InvalidRecord, match=message):
        log.append(rec(**bad))
    assert log.files() == []


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().split(b"\n")


def test_torn_last_line_is_skipped_and_reported(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    for i in range(3):
        log.append(rec(f"o{i}"))
    path = tmp_path / "D1.jsonl"
    half = rec("o9").to_line()[:57]
    with open(path, "ab") as fh:
        fh.write(half)  # a writer died mid-line
    state = log.replay()
    assert [r.finding_id for r in state.records] == ["o0", "o1", "o2"]
    assert len(state.problems) == 1 and state.problems[0].line == 4 and state.problems[0].kind == "torn"
    assert "o9" not in str(state.problems[0])  # messages never quote the line


def test_torn_line_then_later_append_loses_nothing(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    log.append(rec("o1"))
    path = tmp_path / "D1.jsonl"
    with open(path, "ab") as fh:
        fh.write(rec("o2").to_line()[:-20])
    log.append(rec("o3"))  # the writer closes off the torn fragment first
    lines = _lines(path)
    assert len(lines) == 4 and lines[-1] == b""
    state = log.replay()
    assert [r.finding_id for r in state.records] == ["o1", "o3"]
    assert [(p.line, p.kind) for p in state.problems] == [(2, "torn")]


def test_torn_fragment_glued_to_a_record_is_salvaged(tmp_path: Path) -> None:
    """A log written without the separator (another tool, a bad copy): the whole record is still found."""
    path = tmp_path / "D1.jsonl"
    path.write_bytes(rec("o1").to_line() + b"\n" + rec("o2").to_line()[:80] + rec("o3").to_line() + b"\n")
    state = AnnotationLog(tmp_path).replay()
    assert [r.finding_id for r in state.records] == ["o1", "o3"]
    assert [(p.line, p.kind) for p in state.problems] == [(2, "torn")]


def test_corrupted_middle_line_is_skipped(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    for i in range(3):
        log.append(rec(f"o{i}"))
    path = tmp_path / "D1.jsonl"
    lines = _lines(path)
    lines[1] = b"\x00\x00garbage{" + lines[1][5:]
    path.write_bytes(b"\n".join(lines))
    state = log.replay()
    assert [r.finding_id for r in state.records] == ["o0", "o2"]
    assert [p.line for p in state.problems] == [2]


def test_checksum_mismatch_is_rejected(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    log.append(rec("o1"))
    path = tmp_path / "D1.jsonl"
    data = json.loads(path.read_bytes())
    data["decision"] = "reject"  # tampered, or a bit flip that still parses
    forged_missing = {k: v for k, v in json.loads(rec("o2").to_line()).items() if k != "checksum"}
    path.write_bytes((canonical_json(data) + "\n" + canonical_json(forged_missing) + "\n").encode())
    state = log.replay()
    assert state.records == []
    assert [p.kind for p in state.problems] == ["checksum", "checksum"]


def test_valid_checksum_but_invalid_record_is_rejected(tmp_path: Path) -> None:
    import hashlib

    body = json.loads(rec("o1").to_line())
    del body["checksum"], body["reviewer"]
    body["checksum"] = hashlib.sha256(canonical_json(body).encode()).hexdigest()
    (tmp_path / "D1.jsonl").write_text(canonical_json(body) + "\n")
    state = AnnotationLog(tmp_path).replay()
    assert state.records == [] and state.problems[0].kind == "invalid"


def test_duplicate_record_counted_once(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    r = log.append(rec("o1"))
    log.append(r)
    state = log.replay()
    assert len(state.records) == 1 and [p.kind for p in state.problems] == ["duplicate"]


def test_input_hash_follows_evidence_not_numbering() -> None:
    shas = {"a.txt": "1" * 64, "b.txt": "2" * 64}
    ev = [{"file": "a.txt", "page": None, "start": 5, "end": 9, "sentence": "x"}]
    h = finding_input_hash("D1", "safety_check", ev, shas)
    assert h == finding_input_hash("D1", "safety_check", [dict(ev[0], sentence="y", page=2)], shas)
    assert h != finding_input_hash("D1", "safety_check", ev, {**shas, "a.txt": "3" * 64})  # file changed
    assert h != finding_input_hash("D1", "one_on_one_contact", ev, shas)
    assert h != finding_input_hash("D2", "safety_check", ev, shas)


def test_iter_reviewable_covers_every_kind() -> None:
    ev = [{"file": "a.txt", "page": None, "start": 0, "end": 4, "sentence": "s"}]
    f = {"finding_id": "o1", "evidence": ev}
    audit = {"dossier_id": "D1", "reference_date": "2025-01-01", "one_on_one_contacts": [f], "safety_checks": [],
             "behavioural_scientist_advice": [], "matching_rationale": {"documented": None, "evidence": []},
             "goals": [{"text": "t", "evidence": ev}], "norms": {"goals_concrete": "fails"},
             "provenance": {"files": [{"file": "a.txt", "sha256": "1" * 64}]}}
    kinds = [(k, fid) for k, fid, _, _ in iter_reviewable(audit)]
    assert kinds == [("one_on_one_contact", "o1"), ("matching_rationale", "m1"), ("goal", "g1"),
                     ("norm", "goals_concrete")]
    r = AnnotationRecord.for_item(audit, "goal", "g1", "goal_criteria", "anna", correction={"actor": True})
    assert r.validate() == [] and r.input_hash == list(iter_reviewable(audit))[2][2]


# --------------------------------------------------------------------------- crashes and concurrency

WRITER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from audit.review import AnnotationLog, AnnotationRecord
    log = AnnotationLog(Path(sys.argv[1]))
    tag, count, tear_every = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    note = "n" * int(sys.argv[5])
    i = 0
    while count < 0 or i < count:
        r = AnnotationRecord("D1", f"{tag}-{i}", "one_on_one_contact", f"h{i % 40}", "confirm", tag, note=note)
        if tear_every and i and i % tear_every == 0:
            # simulate a crash inside write(): half a line under the lock, then die holding it
            line = r.to_line()
            with log.lock(log.path_for("D1")):
                with open(log.path_for("D1"), "ab") as fh:
                    fh.write(line[: len(line) // 2]); fh.flush()
                os.kill(os.getpid(), signal.SIGKILL)
        log.append(r)
        sys.stdout.write(r.record_id + "\\n"); sys.stdout.flush()
        i += 1
""")


def _writer(directory: Path, tag: str, count: int = -1, tear_every: int = 0, note_size: int = 200) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(directory), tag, str(count), str(tear_every), str(note_size)],
                            stdout=subprocess.PIPE, text=True)


def test_writer_killed_mid_run_loses_nothing(tmp_path: Path) -> None:
    rng = random.Random(7)
    printed: list[str] = []
    for round_ in range(6):
        tear = rng.choice([0, 0, 7])  # some rounds die mid-line on their own
        proc = _writer(tmp_path, f"w{round_}", tear_every=tear, note_size=rng.choice([50, 5000, 200_000]))
        time.sleep(rng.uniform(0.3, 0.9))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        printed += [line for line in out.splitlines() if line]
    state = AnnotationLog(tmp_path).replay()
    got = {r.record_id for r in state.records}
    assert printed, "the writers wrote nothing"
    assert set(printed) <= got  # no completed record lost
    assert len(got - set(printed)) <= 6  # at most the one in flight per round
    assert all(r.validate() == [] for r in state.records)  # nothing corrupt accepted
    assert all(p.kind == "torn" for p in state.problems)


def test_two_concurrent_writers(tmp_path: Path) -> None:
    procs = [_writer(tmp_path, tag, count=200) for tag in ("a", "b")]
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    state = AnnotationLog(tmp_path).replay()
    assert state.problems == []
    assert len(state.records) == 400
    assert {r.record_id for r in state.records} == {i for o in outs for i in o.split()}
    for tag in ("a", "b"):  # each writer's records in its own order, whole lines only
        mine = [r.finding_id for r in state.records if r.reviewer == tag]
        assert mine == [f"{tag}-{i}" for i in range(200)]
    assert len((tmp_path / "D1.jsonl").read_bytes().split(b"\n")) == 401


def test_replay_reads_even_when_the_lock_is_stuck(tmp_path: Path) -> None:
    from filelock import FileLock

    log = AnnotationLog(tmp_path, lock_timeout=0.1)
    log.append(rec("o1"))
    with FileLock(log.lock_path(log.path_for("D1"))):
        state = log.replay()
    assert [r.finding_id for r in state.records] == ["o1"]
    assert [p.kind for p in state.problems] == ["locked"]


def test_undo_is_a_new_record_and_takes_back_only_its_target(tmp_path: Path) -> None:
    from audit.review.export import apply_annotations  # noqa: F401  (export folds state.records)
    from audit.review.fold import fold
    from audit.review.ui_records import CorrectionError, undo_record

    log = AnnotationLog(tmp_path)
    first = rec("o1", "confirm")
    second = rec("o1", "reject", note="toch niet")
    bert = rec("o1", "confirm", reviewer="bert")
    for r in (first, second, bert):
        log.append(r)
    log.append(undo_record(second, "anna"))
    lines = (tmp_path / log_name("D1")).read_text("utf-8").splitlines()
    assert len(lines) == 4  # append-only: nothing rewritten
    state = log.replay()
    assert state.problems == []
    assert [r.record_id for r in state.records] == [first.record_id, bert.record_id]
    assert state.current("D1", "o1", "anna").record_id == first.record_id  # back to the confirm
    assert state.current("D1", "o1").record_id == bert.record_id
    assert not fold([r for r in state.records if r.finding_id == "o1"]).rejected
    assert [(u.decision, t.record_id) for u, t in state.undone] == [("undo", second.record_id)]
    assert state.last_own("D1", "anna").record_id == first.record_id
    log.append(undo_record(first, "anna"))
    state = log.replay()
    assert state.current("D1", "o1", "anna") is None  # unreviewed again for anna
    assert state.last_own("D1", "anna") is None
    with pytest.raises(CorrectionError):
        undo_record(bert, "anna")  # never someone else's decision


def test_undo_of_another_reviewers_record_in_the_log_is_ignored(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    bert = rec("o1", "reject", reviewer="bert")
    log.append(bert)
    log.append(rec("o1", "undo", reviewer="anna", correction={"undoes": bert.record_id}))
    state = log.replay()
    assert [r.record_id for r in state.records] == [bert.record_id]
    with pytest.raises(InvalidRecord):
        log.append(rec("o1", "undo", correction={}))
