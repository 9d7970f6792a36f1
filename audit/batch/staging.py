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
import tempfile
from pathlib import Path

from audit.read.zipped import pid_alive
from audit.report.write import atomic_write

PREFIX = ".dossier-audit-staging-"
MANIFEST = ".dossier-audit-manifest"  # JSON; no .json suffix (see cache.INDEX)
#: errors that mean the disk (or the user's quota) is full
DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT}) if hasattr(errno, "EDQUOT") else frozenset({errno.ENOSPC})


def disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` says the disk or quota is full."""
    return isinstance(exc, OSError) and exc.errno in DISK_FULL


def sweep_stale(out: Path) -> int:
    """Remove staging folders in ``out`` left by runs whose process is gone; how many."""
    removed = 0
    for entry in Path(out).glob(PREFIX + "*"):
        pid = entry.name[len(PREFIX):].split("-", 1)[0]
        if entry.is_dir() and not entry.is_symlink() and pid.isdigit() and not pid_alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
    return removed


def read_manifest(out: Path) -> list[str]:
    """The output names the last complete run into ``out`` wrote (empty when unknown)."""
    try:
        names = json.loads((Path(out) / MANIFEST).read_text("utf-8")).get("files", [])
    except (OSError, ValueError, AttributeError):
        return []
    return [n for n in names if isinstance(n, str) and "/" not in n and "\\" not in n and n not in ("", ".", "..")]


class Staging:
    """A private folder inside ``out`` that becomes the run's outputs on ``commit``."""

    def __init__(self, out: Path, private: bool = False) -> None:
        self.out = Path(out)
        self.private = private
        sweep_stale(self.out)
        self.dir = Path(tempfile.mkdtemp(dir=self.out, prefix=f"{PREFIX}{os.getpid()}-"))

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def discard(self) -> None:
        """Remove the staging folder (after ``commit`` it is already empty)."""
        shutil.rmtree(self.dir, ignore_errors=True)

    def commit(self) -> list[str]:
        """Move the staged files into ``out`` and remove outputs of an earlier run that this run did
        not write; the names removed."""
        names = sorted(p.name for p in self.dir.iterdir() if p.is_file())
        old = set(read_manifest(self.out))
        manifest = self.dir / MANIFEST
        atomic_write(manifest, json.dumps({"files": names}, ensure_ascii=False, indent=0), private=self.private)
        for name in names:
            os.replace(self.dir / name, self.out / name)
        os.replace(manifest, self.out / MANIFEST)
        stale = sorted(old - set(names) - {MANIFEST})
        for name in stale:
            (self.out / name).unlink(missing_ok=True)
        self.discard()
        return stale
