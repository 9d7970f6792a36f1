"""Outputs of a run are written beside the output folder's contents and moved in place at the end.

A run writes into ``<out>/.dossier-audit-staging-<pid>-*`` (a private folder); only a
complete run moves its files into ``<out>`` (one ``os.replace`` per file, same file
system) and then removes the outputs an earlier run wrote that this run did not (they are
listed in the manifest ``.dossier-audit-manifest``; files the tool did not write are
never touched). A killed or failed run leaves ``<out>`` as it was: the staging folder is
removed on every way out Python sees (exceptions, Ctrl-C, SIGTERM/SIGHUP made exceptions
by the caller) and, after a SIGKILL, by the next run into the same folder.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import socket
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from audit.read.base import ReadError, read_regular
from audit.read.zipped import stale_folder
from audit.report.write import atomic_write

PREFIX = ".dossier-audit-staging-"
MANIFEST = ".dossier-audit-manifest"  # JSON; no .json suffix (see cache.INDEX)
#: errors that mean the disk (or the user's quota) is full
DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT}) if hasattr(errno, "EDQUOT") else frozenset({errno.ENOSPC})


def disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` says the disk or quota is full."""
    return isinstance(exc, OSError) and exc.errno in DISK_FULL


def _host() -> str:
    """This machine's name as it may appear in a folder name (an output folder may be shared)."""
    return "".join(c if c.isalnum() or c == "." else "_" for c in socket.gethostname())[:40] or "host"


def sweep_stale(out: Path) -> int:
    """Remove staging folders in ``out`` left by runs on this machine whose process is gone; how many.

    The same test as for temporary folders (``zipped.stale_folder``); folders of other
    machines (a shared output folder) and other users are left alone.
    """
    removed, mine = 0, f"{PREFIX}{_host()}-"
    for entry in Path(out).glob(mine + "*"):
        if stale_folder(entry, mine):
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
    return removed


def _plain_name(name: object) -> bool:
    """A bare file name (no folder, drive or parent part): all a manifest may hold."""
    return isinstance(name, str) and name not in ("", ".", "..") and not any(c in name for c in "/\\:\x00")


def read_manifest(out: Path) -> list[str]:
    """The output names the last complete run into ``out`` wrote (empty when unknown)."""
    try:
        names = json.loads(read_regular(Path(out) / MANIFEST, 16 * 1024 * 1024).decode("utf-8")).get("files", [])
    except (OSError, ValueError, AttributeError, ReadError):
        return []
    return [n for n in names if _plain_name(n)] if isinstance(names, list) else []


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP (where the platform can) while the outputs move in place."""
    held = {signal.SIGINT, signal.SIGTERM} | ({signal.SIGHUP} if hasattr(signal, "SIGHUP") else set())
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


class Staging:
    """A private folder inside ``out`` that becomes the run's outputs on ``commit``."""

    def __init__(self, out: Path, private: bool = False) -> None:
        self.out = Path(out)
        self.private = private
        sweep_stale(self.out)
        self.dir = Path(tempfile.mkdtemp(dir=self.out, prefix=f"{PREFIX}{_host()}-{os.getpid()}-"))

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def discard(self) -> None:
        """Remove the staging folder (after ``commit`` it is already empty)."""
        shutil.rmtree(self.dir, ignore_errors=True)

    def commit(self, keep: frozenset[str] | set[str] = frozenset()) -> list[str]:
        """Move the staged files into ``out`` and remove outputs of an earlier run that this run did
        not write (except ``keep``: a dossier of this input that got no new output); the names removed.

        Names are compared case-insensitively (on macOS and Windows ``RIV-1.json`` and
        ``riv-1.json`` are one file). SIGINT, SIGTERM and SIGHUP wait until the moves are done.
        """
        names = sorted(p.name for p in self.dir.iterdir() if p.is_file())
        kept = {n.casefold() for n in keep}
        new = {n.casefold() for n in names} | kept | {MANIFEST.casefold()}
        old = read_manifest(self.out)
        manifest = self.dir / MANIFEST
        listed = sorted(set(names) | {n for n in old if n.casefold() in kept})
        atomic_write(manifest, json.dumps({"files": listed}, ensure_ascii=False, indent=0), private=self.private)
        stale = sorted(n for n in old if n.casefold() not in new)
        with _signals_held():
            for name in names:
                os.replace(self.dir / name, self.out / name)
            os.replace(manifest, self.out / MANIFEST)
            for name in stale:
                (self.out / name).unlink(missing_ok=True)
        self.discard()
        return stale
