"""The annotation log: every reviewer decision, appended the moment it is made.

The decisions are the audit's record and the training data, so the log is built to
lose nothing that was completed and to accept nothing that was not:

* **Layout.** One JSON Lines file per dossier, ``<dir>/<dossier>.jsonl``, with a
  sidecar ``<dossier>.jsonl.lock``. A dossier is the unit of review (the app loads
  one dossier, replays one small file), writers on different dossiers never wait for
  each other, damage to one file stays in one dossier, and the order of the lines in
  a file is a total order of the decisions on that dossier (the lock serialises
  writers), so "the last decision" never depends on reviewers' clocks. Retention
  or an access request for one dossier is one file. File names are readable; two
  ids that map to the same name share a file harmlessly because every record
  carries its ``dossier_id``.
* **Writing.** Under the lock: open ``O_APPEND``, look at the last byte, write
  ``[\\n] + line + \\n`` in one ``write`` (looping only on a short write), ``fsync``,
  close. The leading ``\\n`` is added only when the file does not end in one, i.e.
  after a writer crashed mid-line: the torn fragment is then closed off on its own
  line instead of being glued to the next record. Nothing is ever rewritten,
  truncated or repaired in place.
* **Chaining.** Under the lock, before writing, the writer reads the file's tail back
  to the last valid record and puts that record's ``checksum`` in the new record's
  ``prev`` ("" in a new file), so replay can tell when a line was changed, removed or
  inserted afterwards (:mod:`audit.review.replay`).
* **No links.** A log file is only opened with ``O_NOFOLLOW`` and must be a regular
  file: a symbolic link planted at ``<dossier>.jsonl`` (or at its lock) is refused with
  ``UnsafeLogFile`` when writing and reported as a problem when reading; nothing is
  ever written through it.
* **Reading.** Under the same lock, then :mod:`audit.review.replay` checks every
  line (checksum, contract, chain) and skips what fails, with file and line number.
"""
from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

from filelock import FileLock, Timeout

from audit.review.record import AnnotationRecord, InvalidRecord
from audit.review.replay import Problem, ReplayState, parse_line, parse_lines

_LOCK_TIMEOUT = 30.0
_TAIL_CHUNK = 64 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


class UnsafeLogFile(OSError):
    """The log file (or its lock) is a symbolic link or not a regular file: never followed. Dutch message."""


def log_name(dossier_id: str) -> str:
    """File name of a dossier's log (own copy: the storage layout must not drift with report/)."""
    keep = "".join(c if c.isalnum() or c in "-_." else "_" for c in dossier_id).strip(" .")
    return f"{keep or 'dossier'}.jsonl"


class AnnotationLog:
    """Append-only decision log in ``directory`` (one ``.jsonl`` per dossier)."""

    def __init__(self, directory: Path, lock_timeout: float = _LOCK_TIMEOUT) -> None:
        self.directory = Path(directory)
        self.lock_timeout = lock_timeout

    def path_for(self, dossier_id: str) -> Path:
        return self.directory / log_name(dossier_id)

    @staticmethod
    def lock_path(path: Path) -> Path:
        return path.with_name(path.name + ".lock")

    def lock(self, path: Path) -> FileLock:
        """The lock every writer and reader of ``path`` takes (tests and benchmarks hold it too)."""
        return FileLock(self.lock_path(path), timeout=self.lock_timeout, poll_interval=0.005)

    def files(self) -> list[Path]:
        """Every log file; links, FIFOs and the like too, so replay reports them instead of passing them by."""
        if not self.directory.is_dir():
            return []
        return sorted(p for p in self.directory.glob("*.jsonl") if p.is_symlink() or not p.is_dir())

    def append(self, record: AnnotationRecord) -> AnnotationRecord:
        """Write one decision durably; when this returns, the decision survives a crash.

        Raises ``InvalidRecord`` (Dutch message) before touching the file when the
        decision breaks the contract, and ``filelock.Timeout`` when another writer
        holds the lock for longer than ``lock_timeout``.
        """
        errors = record.validate()
        if errors:
            raise InvalidRecord("; ".join(errors))
        path = self.path_for(record.dossier_id)
        self.directory.mkdir(parents=True, exist_ok=True)
        _refuse_link(self.lock_path(path))
        with self.lock(path):
            created = not os.path.lexists(path)
            fd = _open_log(path, os.O_RDWR | os.O_APPEND | os.O_CREAT)
            try:
                record = replace(record, prev=_last_checksum(fd))
                _append_line(fd, record.to_line())
            finally:
                os.close(fd)
            if created:
                _fsync_dir(self.directory)
        return record

    def read_file(self, path: Path) -> tuple[list[tuple[int, AnnotationRecord]], list[Problem]]:
        """One file's records and problems, read under its lock (no half-written tail mid-append).

        If the lock cannot be had in time the file is read anyway: a line being
        written at that moment then shows up as torn, which replay already tolerates.
        """
        extra: list[Problem] = []
        try:
            try:
                _refuse_link(self.lock_path(path))
                with self.lock(path):
                    data = _read_log(path)
            except Timeout:
                extra.append(Problem(path.name, 0, "locked", "slot niet vrijgegeven; gelezen zonder slot"))
                data = _read_log(path)
        except UnsafeLogFile as exc:
            return [], [Problem(path.name, 0, "unreadable", str(exc))]
        except OSError as exc:
            return [], [Problem(path.name, 0, "unreadable", f"bestand kon niet gelezen worden ({type(exc).__name__})")]
        records, problems = parse_lines(data, path.name)
        return records, extra + problems

    def replay(self, dossier_id: str | None = None) -> ReplayState:
        """Read the log back (one dossier, or all) into the current decisions; never raises on bad lines."""
        state = ReplayState()
        paths = [self.path_for(dossier_id)] if dossier_id is not None else self.files()
        seen: set[str] = set()
        for path in paths:
            if not os.path.lexists(path):
                continue
            records, problems = self.read_file(path)
            state.problems.extend(problems)
            for number, record in records:
                if dossier_id is not None and record.dossier_id != dossier_id:
                    continue  # another id that maps to the same file name
                if record.record_id in seen:
                    state.problems.append(Problem(path.name, number, "duplicate",
                                                  f"record {record.record_id} staat er dubbel in; tweede genegeerd"))
                    continue
                seen.add(record.record_id)
                state.add(record)
        return state

    # thin wrappers so the app can ask about one dossier without replaying everything
    def decisions_for(self, dossier_id: str) -> list[AnnotationRecord]:
        return self.replay(dossier_id).decisions_for(dossier_id)

    def current(self, dossier_id: str, finding_id: str, reviewer: str | None = None,
                input_hash: str | None = None) -> AnnotationRecord | None:
        return self.replay(dossier_id).current(dossier_id, finding_id, reviewer, input_hash)

    def reviewed_finding_ids(self, dossier_id: str, reviewer: str | None = None) -> set[str]:
        return self.replay(dossier_id).reviewed_finding_ids(dossier_id, reviewer)

    def added_findings(self, dossier_id: str) -> list[AnnotationRecord]:
        return self.replay(dossier_id).added_findings(dossier_id)


def _refuse_link(path: Path) -> None:
    if path.is_symlink():
        raise UnsafeLogFile(f"{path.name} is een symbolische koppeling; het logboek volgt die niet "
                            "(verwijder de koppeling of kies een andere map)")


def _open_log(path: Path, flags: int) -> int:
    """A descriptor of the log file, never through a symbolic link, and only of a regular file."""
    try:
        fd = os.open(path, flags | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0), 0o660)
    except OSError:
        _refuse_link(path)
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UnsafeLogFile(f"{path.name} is geen gewoon bestand; het logboek gebruikt het niet")
    return fd


def _read_log(path: Path) -> bytes:
    fd = _open_log(path, os.O_RDONLY)
    try:
        with os.fdopen(os.dup(fd), "rb") as fh:
            return fh.read()
    finally:
        os.close(fd)


def _last_checksum(fd: int) -> str:
    """The ``checksum`` of the last valid record in the file ("" when there is none), read from the end.

    Only whole lines count (a torn tail after the last newline is what a crashed writer left),
    and a line counts as replay would read it, so the writer's ``prev`` and replay's check agree.
    """
    pos = os.fstat(fd).st_size
    buf, checked = b"", 0  # checked: complete lines at the end of ``buf`` already tried
    while pos > 0:
        step = min(_TAIL_CHUNK, pos)
        pos -= step
        buf = os.pread(fd, step, pos) + buf
        lines = buf.split(b"\n")[:-1]  # the piece after the last newline is torn (or empty)
        if pos > 0:
            lines = lines[1:]  # the first piece may be cut off by the chunk boundary
        for raw in reversed(lines[:len(lines) - checked]):
            if raw.strip():
                parsed, _ = parse_line(raw)
                if parsed.record is not None:
                    return parsed.checksum
        checked = len(lines)
    return ""


def _append_line(fd: int, line: bytes) -> None:
    """Append ``line`` and fsync; a torn last line left by a crashed writer is closed off first."""
    size = os.fstat(fd).st_size
    # a crashed writer may have left a torn line: close it off, never glue onto it
    sep = b"\n" if size and os.pread(fd, 1, size - 1) != b"\n" else b""
    data = memoryview(sep + line + b"\n")
    while data:  # one write; the loop only matters on a short write
        written = os.write(fd, data)
        data = data[written:]
    os.fsync(fd)


def _fsync_dir(directory: Path) -> None:
    """Make a new file's directory entry durable too (POSIX; a no-op where unsupported)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
