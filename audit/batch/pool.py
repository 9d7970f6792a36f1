"""The parent side of a run: worker processes, a time and memory limit per file, and no lost dossier.

Why not ``concurrent.futures``: a hung or bloated task there can only be waited for, and a
crashed worker breaks the whole pool. Here each worker has its own pipe; the parent knows
which file each worker is on (heartbeats) and for how long, stops a worker that passes
``limits.file_seconds`` on one file or ``limits.file_memory_mb`` of extra memory, starts a
fresh one, and audits the dossier again without that file (listed in its errors with the
reason). A dossier whose judging (not one file) cannot finish, or that fails with an
unexpected error, is audited again without any of its files, so it still gets an output
with every norm "niet te beoordelen" and the reason; only when even that fails is it lost,
and then it is said on stderr. Files are finite, so every dossier ends.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Iterator

from audit.batch.worker import Task, WorkerSettings, prepare, worker_main
from audit.read.dossier import DossierSource
from audit.read.zipped import WORK_PREFIX, forget, sweep_stale, temp_folder

POLL_SECONDS = 0.2
RECYCLE_MB = 192  # memory a worker may keep after a dossier before it is replaced
MAX_FAILED_STARTS = 3  # workers that die before they are ready, in a row, before the run gives up
#: a worker that has not said "ready" within this many seconds is treated as crashed
START_SECONDS = 300


@dataclass
class Outcome:
    """The end of one dossier: its audit (None when even the last attempt failed) and what happened."""

    index: int
    source: DossierSource
    audit: dict[str, Any] | None
    notes: list[str] = field(default_factory=list)  # Dutch, for stderr; names only


@dataclass
class _Job:
    task: Task
    notes: list[str] = field(default_factory=list)
    last_resort: bool = False  # audited without any file: its failure is final


class WorkerStartError(RuntimeError):
    """Worker processes keep failing to start: nothing can be audited (said in Dutch by the command)."""


@dataclass
class _Worker:
    process: Any
    conn: Connection
    temp: str | None = None
    job: _Job | None = None
    stage: tuple[str | None, str | None] = (None, None)
    since: float = field(default_factory=time.monotonic)
    ready: bool = False
    base_rss: int | None = None


def _context() -> Any:
    """fork where the platform has it (workers inherit the loaded models), else spawn."""
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods and sys.platform.startswith("linux") else "spawn")


def _rss(pid: int) -> int | None:
    """Resident bytes of ``pid`` from ``/proc`` (Linux), else None."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _kill_group(process: Any) -> None:
    """SIGKILL the worker's process group (it made its own), or the worker alone where there are none."""
    try:
        if hasattr(os, "killpg") and process.pid:
            os.killpg(process.pid, signal.SIGKILL)
            return
    except (ProcessLookupError, PermissionError):
        pass
    if process.is_alive():
        process.kill()


def _seconds(s: float) -> str:
    return f"{s:.0f} s"


def _bytes(source: DossierSource) -> int:
    """The size of a dossier's files (what its audit time grows with); 0 where a file cannot be seen."""
    total = 0
    for path, _ in source.files:
        try:
            total += path.stat().st_size
        except OSError:
            pass
    return total


def dispatch_order(sources: list[DossierSource]) -> list[int]:
    """Largest dossiers first: the last ones to finish are then small, so no worker idles long at
    the end while another is still on a big file (longest-processing-time-first scheduling)."""
    return sorted(range(len(sources)), key=lambda i: -_bytes(sources[i]))


class WorkerPool:
    """``workers`` processes auditing ``DossierSource`` objects; use as a context manager."""

    def __init__(self, settings: WorkerSettings, workers: int) -> None:
        self.settings = settings
        self.size = max(1, int(workers))
        self.limits = settings.config.limits
        self.ctx = _context()
        self.workers: list[_Worker] = []
        self._failed_starts = 0
        sweep_stale()  # private folders of workers of a killed run
        if self.ctx.get_start_method() == "fork":
            prepare(settings)  # loaded once here; every forked worker has it at once

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        temp = str(temp_folder(WORK_PREFIX))
        proc = self.ctx.Process(target=worker_main, args=(child, self.settings, temp), daemon=True,
                                name="dossier-audit-worker")
        proc.start()
        child.close()
        worker = _Worker(proc, parent, temp)
        self.workers.append(worker)
        return worker

    def _stop(self, worker: _Worker, kill: bool = True) -> None:
        """End ``worker`` (at once, or after up to 5 s to leave by itself) with its process group
        (a tesseract it started), remove its temporary folder, and forget it."""
        if not kill:
            worker.process.join(timeout=5)
        if worker.process.is_alive() or hasattr(os, "killpg"):
            _kill_group(worker.process)
        worker.process.join(timeout=5)
        worker.conn.close()
        if worker.temp:
            forget(worker.temp)
        if worker in self.workers:
            self.workers.remove(worker)

    def close(self) -> None:
        """Stop every worker (a polite ``None`` first; killed when it does not go within a second)."""
        for worker in list(self.workers):
            try:
                if worker.job is None and worker.ready:
                    worker.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 1
        for worker in list(self.workers):
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            self._stop(worker, kill=True)

    # -- one dossier's attempts ------------------------------------------------------------

    def _retry_without(self, job: _Job, name: str | None, reason: str) -> _Job | None:
        """The next attempt after a stop: without ``name`` when a file was to blame, else
        without any file (the last resort); None when this was already the last resort."""
        task = job.task
        if name is not None and name not in task.skip and any(rel == name for _, rel in task.source.files):
            skip = {**task.skip, name: reason}
            job.notes.append(f"{name}: {reason}")
            return _Job(Task(task.index, task.source, skip), job.notes)
        if job.last_resort:
            return None
        skip = {rel: f"niet gebruikt: het dossier kon niet worden getoetst ({reason})" for _, rel in task.source.files}
        job.notes.append(f"dossier: {reason}; getoetst zonder bestanden (alle normen niet te beoordelen)")
        return _Job(Task(task.index, task.source, skip), job.notes, last_resort=True)

    def _reason(self, what: str, stage: str | None) -> str:
        """The Dutch reason a stop gives, for the stage the worker was in."""
        limit = (f"duurde langer dan {_seconds(self.limits.file_seconds)} (limits.file_seconds)" if what == "time"
                 else f"had meer dan {self.limits.file_memory_mb} MB geheugen nodig (limits.file_memory_mb)")
        if stage == "read":
            return f"lezen {limit}: niet gelezen"
        if stage == "analyse":
            return f"analyseren {limit}: niet geanalyseerd"
        return f"toetsen {limit}"

    # -- the loop ---------------------------------------------------------------------------

    def run(self, sources: list[DossierSource]) -> Iterator[Outcome]:
        """Audit ``sources``; yields each dossier's ``Outcome`` as it ends (not in input order)."""
        queue: deque[_Job] = deque(_Job(Task(i, sources[i])) for i in dispatch_order(sources))
        while queue or any(w.job for w in self.workers):
            self._dispatch(queue)
            ready = wait([w.conn for w in self.workers] + [w.process.sentinel for w in self.workers],
                         timeout=POLL_SECONDS)
            for worker in list(self.workers):
                if worker.conn in ready or worker.process.sentinel in ready:
                    yield from self._receive(worker, queue)
            yield from self._police(queue)

    def _dispatch(self, queue: deque[_Job]) -> None:
        while len(self.workers) < min(self.size, len(queue) + sum(1 for w in self.workers if w.job)):
            self._start()
        for worker in list(self.workers):
            if worker.ready and worker.job is None and queue:
                job = queue.popleft()
                try:
                    worker.conn.send(job.task)
                except OSError:  # it died while idle (OOM killer, kill): the job waits for another worker
                    queue.appendleft(job)
                    self._stop(worker)
                    continue
                worker.job, worker.stage, worker.since = job, (None, None), time.monotonic()

    def _receive(self, worker: _Worker, queue: deque[_Job]) -> Iterator[Outcome]:
        try:
            while worker.conn.poll():
                yield from self._handle(worker, worker.conn.recv(), queue)
                if worker not in self.workers:
                    return
        except (EOFError, OSError):
            pass
        if worker in self.workers and not worker.process.is_alive():
            yield from self._crashed(worker, queue)

    def _handle(self, worker: _Worker, message: tuple, queue: deque[_Job]) -> Iterator[Outcome]:
        kind = message[0]
        if kind == "ready":
            worker.ready, worker.since, worker.base_rss = True, time.monotonic(), _rss(message[1])
            self._failed_starts = 0
        elif kind == "stage":
            worker.stage, worker.since = (message[1], message[2]), time.monotonic()
        elif kind == "done":
            job, worker.job = worker.job, None
            self._recycle_if_grown(worker)
            yield Outcome(job.task.index, job.task.source, message[1], job.notes)
        elif kind == "memory":
            job, worker.job = worker.job, None
            self._stop(worker)
            yield from self._requeue(job, message[2], self._reason("memory", message[1]), queue)
        elif kind == "failed":  # a bug: blamed on the file it was in, else on the dossier's judgement
            job, worker.job = worker.job, None
            stage, name = message[2], message[3]
            reason = f"onverwachte fout ({message[1]})"
            if stage == "read":
                reason += ": niet gelezen"
            elif stage == "analyse":
                reason += ": niet geanalyseerd"
            yield from self._requeue(job, name if stage in ("read", "analyse") else None, reason, queue)

    def _requeue(self, job: _Job, name: str | None, reason: str, queue: deque[_Job]) -> Iterator[Outcome]:
        nxt = self._retry_without(job, name, reason)
        if nxt is None:
            yield Outcome(job.task.index, job.task.source, None, job.notes + [reason])
        else:
            queue.appendleft(nxt)

    def _crashed(self, worker: _Worker, queue: deque[_Job]) -> Iterator[Outcome]:
        job, code = worker.job, worker.process.exitcode
        stage, name = worker.stage
        self._stop(worker, kill=False)
        if job is None:
            if not worker.ready:
                self._failed_starts += 1
                if self._failed_starts >= MAX_FAILED_STARTS:
                    raise WorkerStartError(f"werkprocessen konden niet starten (code {code}, "
                                           f"{self._failed_starts} keer)")
            return
        reason = f"werkproces stopte onverwacht (code {code}): niet gelezen"
        yield from self._requeue(job, name if stage in ("read", "analyse") else None, reason, queue)

    def _police(self, queue: deque[_Job]) -> Iterator[Outcome]:
        """Stop a worker past the time limit on one file or the memory limit; requeue its dossier."""
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.conn.poll():
                continue  # messages waiting (an answer, a heartbeat): read them before judging
            if worker.job is None:
                if not worker.ready and now - worker.since > START_SECONDS:
                    self._stop(worker)
                    self._failed_starts += 1
                    if self._failed_starts >= MAX_FAILED_STARTS:
                        raise WorkerStartError(f"werkprocessen startten niet binnen {START_SECONDS} s")
                continue
            stage, name = worker.stage
            if now - worker.since > self.limits.file_seconds:
                reason = self._reason("time", stage)
            elif self._over_memory(worker):
                reason = self._reason("memory", stage)
            else:
                continue
            job, worker.job = worker.job, None
            self._stop(worker)
            yield from self._requeue(job, name if stage in ("read", "analyse") else None, reason, queue)

    def _recycle_if_grown(self, worker: _Worker) -> None:
        """A worker that kept more than ``RECYCLE_MB`` (or half its allowance) after a dossier is replaced
        by a fresh one (a fork: cheap), so the run's memory stays flat however many dossiers it has."""
        rss = _rss(worker.process.pid)
        grown = min(RECYCLE_MB, self.limits.file_memory_mb // 2) * 1024 * 1024
        if worker.base_rss is not None and rss is not None and rss - worker.base_rss > grown:
            try:
                worker.conn.send(None)
            except OSError:
                pass
            self._stop(worker, kill=False)

    def _over_memory(self, worker: _Worker) -> bool:
        if worker.base_rss is None:
            return False
        rss = _rss(worker.process.pid)
        return rss is not None and rss - worker.base_rss > self.limits.file_memory_mb * 1024 * 1024
