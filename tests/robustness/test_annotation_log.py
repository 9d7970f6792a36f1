"""Point 6 of issue 14: the annotation log never follows a link, and its records form a checked chain."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from audit.review import log as log_mod
from audit.review.identity import canonical_json
from audit.review.log import AnnotationLog, UnsafeLogFile, log_name
from audit.review.record import AnnotationRecord
from audit.review.ui_records import undo_record


def rec(finding_id: str = "o1", decision: str = "confirm", reviewer: str = "anna", dossier: str = "D1", **kw):
    return AnnotationRecord(dossier, finding_id, "one_on_one_contact", f"h-{finding_id}", decision, reviewer, **kw)


def _forge(line: bytes, **changes) -> bytes:
    """The line with ``changes`` applied and its own checksum recomputed (what a careful editor does)."""
    body = json.loads(line)
    del body["checksum"]
    body.update(changes)
    body["checksum"] = hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()
    return canonical_json(body).encode("utf-8")


# --------------------------------------------------------------------------- links


def test_append_refuses_a_link_and_writes_nothing_through_it(tmp_path: Path) -> None:
    victim = tmp_path / "slachtoffer.txt"
    victim.write_text("niet aankomen\n")
    logs = tmp_path / "annotations"
    logs.mkdir()
    os.symlink(victim, logs / log_name("D1"))
    with pytest.raises(UnsafeLogFile, match="symbolische koppeling"):
        AnnotationLog(logs).append(rec())
    assert victim.read_text() == "niet aankomen\n"


def test_append_refuses_a_dangling_link(tmp_path: Path) -> None:
    os.symlink(tmp_path / "elders.jsonl", tmp_path / log_name("D1"))
    with pytest.raises(UnsafeLogFile):
        AnnotationLog(tmp_path).append(rec())
    assert not (tmp_path / "elders.jsonl").exists()


def test_append_refuses_a_linked_lock(tmp_path: Path) -> None:
    victim = tmp_path / "slachtoffer.txt"
    victim.write_text("niet aankomen\n")
    logs = tmp_path / "annotations"
    logs.mkdir()
    os.symlink(victim, logs / (log_name("D1") + ".lock"))
    with pytest.raises(UnsafeLogFile):
        AnnotationLog(logs).append(rec())
    assert victim.read_text() == "niet aankomen\n"


def test_replay_reports_a_linked_log_without_reading_it(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elders"
    AnnotationLog(elsewhere).append(rec())
    logs = tmp_path / "annotations"
    logs.mkdir()
    os.symlink(elsewhere / log_name("D1"), logs / log_name("D1"))
    state = AnnotationLog(logs).replay()
    assert state.records == []
    assert [(p.file, p.kind) for p in state.problems] == [("D1.jsonl", "unreadable")]
    assert "symbolische koppeling" in state.problems[0].message
    assert AnnotationLog(logs).replay("D1").records == []


def test_fifo_at_the_log_path_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / log_name("D1"))
    with pytest.raises(UnsafeLogFile, match="geen gewoon bestand"):
        AnnotationLog(tmp_path).append(rec())
    assert AnnotationLog(tmp_path).replay().problems[0].kind == "unreadable"


# --------------------------------------------------------------------------- chain


def test_records_are_chained(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    written = [log.append(rec(f"o{i}")) for i in range(3)]
    lines = (tmp_path / "D1.jsonl").read_bytes().splitlines()
    bodies = [json.loads(x) for x in lines]
    assert [b["prev"] for b in bodies] == ["", bodies[0]["checksum"], bodies[1]["checksum"]]
    assert [w.prev for w in written] == [b["prev"] for b in bodies]
    assert log.replay().problems == []


def test_edited_middle_line_with_recomputed_checksum_is_detected(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    for i in range(3):
        log.append(rec(f"o{i}", note=f"notitie {i}"))
    path = tmp_path / "D1.jsonl"
    lines = path.read_bytes().split(b"\n")
    lines[1] = _forge(lines[1], decision="reject", note="GEHEIME TEKST")
    path.write_bytes(b"\n".join(lines))
    state = log.replay()
    assert [(p.file, p.line, p.kind) for p in state.problems] == [("D1.jsonl", 2, "chain")]
    text = str(state.problems[0])
    assert text.startswith("D1.jsonl:2: keten verbroken") and "regel 3" in text
    assert "GEHEIME" not in text and "reject" not in text and "notitie" not in text


def test_removed_middle_line_is_detected(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    for i in range(3):
        log.append(rec(f"o{i}"))
    path = tmp_path / "D1.jsonl"
    lines = path.read_bytes().split(b"\n")
    path.write_bytes(b"\n".join([lines[0], *lines[2:]]))
    assert [(p.line, p.kind) for p in log.replay().problems] == [(1, "chain")]


def test_removed_first_line_is_detected(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    for i in range(2):
        log.append(rec(f"o{i}"))
    path = tmp_path / "D1.jsonl"
    path.write_bytes(path.read_bytes().split(b"\n", 1)[1])
    problems = log.replay().problems
    assert [(p.line, p.kind) for p in problems] == [(1, "chain")] and "eerste record" in problems[0].message


def test_inserted_forged_line_is_detected(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    for i in range(2):
        log.append(rec(f"o{i}"))
    path = tmp_path / "D1.jsonl"
    lines = path.read_bytes().split(b"\n")
    forged = _forge(lines[0], record_id="f" * 32, finding_id="o9")
    path.write_bytes(b"\n".join([lines[0], forged, *lines[1:]]))
    assert {p.kind for p in log.replay().problems} == {"chain"}


def test_old_log_without_prev_stays_readable_and_new_records_chain_onto_it(tmp_path: Path) -> None:
    path = tmp_path / "D1.jsonl"
    old = [rec(f"o{i}") for i in range(2)]
    path.write_bytes(b"".join(r.to_line() + b"\n" for r in old))  # as the log wrote them before the chain
    assert all(b"prev" not in line for line in path.read_bytes().splitlines())
    log = AnnotationLog(tmp_path)
    state = log.replay()
    assert state.problems == [] and [r.record_id for r in state.records] == [r.record_id for r in old]
    new = log.append(rec("o2"))
    assert new.prev == json.loads(path.read_bytes().splitlines()[1])["checksum"]
    state = log.replay()
    assert state.problems == [] and len(state.records) == 3
    assert [r.to_line() for r in state.records[:2]] == [r.to_line() for r in old]  # lines unchanged


def test_chain_survives_a_torn_line_and_a_long_tail(tmp_path: Path, monkeypatch) -> None:
    """A crashed writer's fragment is skipped by the next writer too; chunk edges do not matter."""
    monkeypatch.setattr(log_mod, "_TAIL_CHUNK", 7)
    log = AnnotationLog(tmp_path)
    log.append(rec("o1", note="x" * 50))
    with open(tmp_path / "D1.jsonl", "ab") as fh:
        fh.write(rec("o2").to_line()[:40])  # a writer died mid-line
    log.append(rec("o3", note="y" * 20))
    log.append(rec("o4"))
    state = log.replay()
    assert [r.finding_id for r in state.records] == ["o1", "o3", "o4"]
    assert [p.kind for p in state.problems] == ["torn"]


def test_undo_still_works_on_a_chained_log(tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    first = log.append(rec("o1", "confirm"))
    second = log.append(rec("o1", "reject"))
    log.append(undo_record(second, "anna"))
    state = log.replay()
    assert state.problems == []
    assert [r.record_id for r in state.records] == [first.record_id]
    assert [t.record_id for _, t in state.undone] == [second.record_id]


def test_prev_must_look_like_a_checksum() -> None:
    assert any("prev" in e for e in rec(prev="niet-hex").validate())
    assert rec(prev="").validate() == [] and rec(prev="a" * 64).validate() == []
