"""The worker side of a run: one process that audits dossiers one at a time and says where it is.

The pipeline, rules and models are loaded once per process (``prepare``). On Linux the
parent prepares them and forks, so a worker starts in a fraction of a second and shares
the model pages; elsewhere each spawned worker prepares them itself. Before each file
and each stage the worker sends a heartbeat (stage, file name), so the parent can hold a
time limit per file and name the file when it stops a worker. Memory beyond what the
worker holds after loading is capped with ``RLIMIT_AS`` where the platform has it.
Messages carry names and Dutch reasons, never dossier text.
"""
from __future__ import annotations

import datetime as dt
import os
import signal
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from audit.config import Config
from audit.read.dossier import DossierSource


@dataclass(frozen=True)
class WorkerSettings:
    """Everything a worker needs to audit like the parent would (picklable, for spawned workers)."""

    config: Config
    as_of: dt.date
    pipeline: str | None = None
    rules_dir: Path | None = None
    pseudonymize: bool = False
    verbose: bool = False


@dataclass
class Task:
    """One dossier to audit; ``skip`` names files not to read again, with the Dutch reason."""

    index: int
    source: DossierSource
    skip: dict[str, str] = field(default_factory=dict)


@dataclass
class WorkerState:
    settings: WorkerSettings
    nlp: Any
    pseudonymizer: Any = None


_state: WorkerState | None = None
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def prepare(settings: WorkerSettings) -> WorkerState:
    """Load what an audit needs: rules, read limits, pipeline, models, deduce.

    Each loader keeps its own cache (the pipeline per rules version, a model per file
    version), so calling this again is cheap and still notices a replaced model file.
    """
    global _state
    from audit import nlp as nlp_mod
    from audit.ml.all_models import load_all
    from audit.read.file import apply_read_config
    from audit.resources import rules_dir, use_rules_dir

    config = settings.config
    if rules_dir() != (Path(settings.rules_dir) if settings.rules_dir else None):
        use_rules_dir(settings.rules_dir)  # clears the caches: only when it changes (a forked worker keeps
        # the pipeline its parent built)
    apply_read_config(config.read)
    nlp = nlp_mod.load(settings.pipeline)
    load_all(config)
    pseudo = None
    if settings.pseudonymize:
        from audit.report.pseudonymize import Pseudonymizer

        pseudo = _state.pseudonymizer if _state is not None and _state.pseudonymizer is not None else Pseudonymizer()
    _state = WorkerState(settings, nlp, pseudo)
    return _state


def audit_task(task: Task, state: WorkerState, beat: Any = None) -> dict[str, Any]:
    """The validated (and, when asked, pseudonymised) audit of one dossier; ``beat(stage, name)``
    is told where the work is. Raises what the audit raises."""
    from audit.pipeline import audit_dossier
    from audit.read.dossier import load_source
    from audit.report import validate

    from audit.read import ocr

    beat = beat or (lambda stage, name: None)
    current: list[str | None] = [None]

    def on_file(name: str) -> None:
        current[0] = name
        beat("read", name)

    ocr.set_page_hook(lambda: beat("read", current[0]))  # OCR takes seconds a page: the limit is per page
    try:
        dossier = load_source(task.source, task.skip, on_file=on_file)
    finally:
        ocr.set_page_hook(None)
    audit = audit_dossier(dossier, state.settings.as_of, state.settings.config, state.nlp, on_stage=beat)
    validate(audit)
    if state.pseudonymizer is not None:
        from audit.report.pseudonymize import pseudonymize_audit

        beat("pseudonymize", None)
        audit = pseudonymize_audit(audit, state.pseudonymizer, context_texts=[d.text for d in dossier.documents])
    return audit


def _vm_bytes() -> int | None:
    """This process's virtual size from ``/proc`` (Linux), or None."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def limit_memory(extra_mb: int) -> bool:
    """Cap this process's address space at its present size plus ``extra_mb``; whether a cap was set.

    An allocation beyond it fails (``MemoryError`` in Python, a failed ``malloc`` in a C
    library), so a decompression bomb costs at most the cap. The parent also watches the
    resident size, for platforms without ``RLIMIT_AS``.
    """
    try:
        import resource
    except ImportError:  # Windows
        return False
    vm = _vm_bytes()
    if vm is None or not hasattr(resource, "RLIMIT_AS"):
        return False
    cap = vm + extra_mb * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        return False
    return True


def _answer(task: Task, state: WorkerState, conn: Connection) -> tuple:
    where: list[Any] = [None, None]

    def beat(stage: str, name: str | None) -> None:
        where[:] = [stage, name]
        conn.send(("stage", stage, name))

    try:
        return ("done", audit_task(task, state, beat))
    except MemoryError:
        return ("memory", where[0], where[1])
    except Exception as exc:  # a bug on one dossier: reported by type only (no dossier text)
        return ("failed", type(exc).__name__, where[0], where[1])


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when its parent dies (even by SIGKILL), and with it the
    worker's own process group (tesseract). Elsewhere the worker loop notices a changed parent."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _private_temp(folder: str | None) -> None:
    """Temporary files of this worker (pytesseract's page images and texts) go to ``folder``, which the
    parent removes when the worker ends, however it ends."""
    if folder:
        import tempfile

        os.environ["TMPDIR"] = folder
        tempfile.tempdir = folder


def _receive(conn: Connection, parent: int) -> Any:
    """The next task, or None when the parent said so or is gone."""
    while not conn.poll(1.0):
        if os.getppid() != parent:
            return None
    try:
        return conn.recv()
    except (EOFError, OSError):
        return None


def worker_main(conn: Connection, settings: WorkerSettings, temp: str | None = None) -> None:
    """The loop of a worker process: receive a ``Task``, send heartbeats and one answer, until ``None``."""
    parent = os.getppid()
    if hasattr(os, "setpgrp"):
        os.setpgrp()  # its own process group: the parent stops the worker and its tesseract together
    _die_with_parent()
    for sig in (signal.SIGINT, getattr(signal, "SIGHUP", None)):  # the parent handles these, then stops us
        if sig is not None:
            signal.signal(sig, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _private_temp(temp)
    from audit.console import configure_logging

    configure_logging(settings.verbose)
    state = prepare(settings)
    limit_memory(settings.config.limits.file_memory_mb)
    conn.send(("ready", os.getpid(), None))
    while True:
        task = _receive(conn, parent)
        if task is None:
            return
        answer = _answer(task, state, conn)
        conn.send(answer)
        if answer[0] == "memory":
            return  # after a MemoryError the heap may be in a poor state: the parent starts a fresh worker
