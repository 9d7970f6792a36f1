"""Zip archives of dossiers: every entry checked before anything is extracted.

No absolute paths, no '..', no links, no encryption, size, ratio and entry-count caps;
an archive with one unsafe entry is refused as a whole. Extraction goes into a private
temporary folder (``dossier-audit-zip-<pid>-*``, mode 0700) that the caller removes;
folders left by a killed run are removed by the next run (``sweep_stale``).
"""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

ZIP_MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # uncompressed, whole archive
ZIP_MAX_ENTRIES = 20_000
ZIP_MAX_RATIO = 200  # compression ratio above which an entry looks like a zip bomb
TEMP_PREFIX = "dossier-audit-zip-"


class UnsafeZip(Exception):
    """Raised for zip entries that could write outside the target or exhaust the disk."""


def _check_zip(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > ZIP_MAX_ENTRIES:
        raise UnsafeZip(f"te veel bestanden ({len(infos)})")
    total = packed = 0
    for info in infos:
        name = info.filename
        if "\x00" in name:
            raise UnsafeZip("ongeldige bestandsnaam")
        norm = name.replace("\\", "/")
        pp = PurePosixPath(norm)
        if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":") or ".." in pp.parts:
            raise UnsafeZip(f"onveilig pad '{name}'")
        mode = info.external_attr >> 16
        if mode and stat.S_ISLNK(mode):
            raise UnsafeZip(f"symbolische link '{name}'")
        if info.flag_bits & 0x1:
            raise UnsafeZip("zip-bestand is versleuteld")
        total += info.file_size
        packed += info.compress_size
        if total > ZIP_MAX_TOTAL_BYTES:
            raise UnsafeZip("uitgepakt te groot")
        if info.compress_size and info.file_size / info.compress_size > ZIP_MAX_RATIO and info.file_size > 10_000_000:
            raise UnsafeZip(f"verdachte compressie bij '{name}'")
    if total > 10_000_000 and total > ZIP_MAX_RATIO * max(packed, 1):
        # many members each just under the per-entry check (a split bomb): judged on the whole
        raise UnsafeZip(f"verdachte compressie (pakt uit tot {total // (1024 * 1024)} MB)")
    return infos


def _extract(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], target: Path) -> None:
    root = target.resolve()
    for info in infos:
        rel = PurePosixPath(info.filename.replace("\\", "/"))
        dest = (root / Path(*rel.parts)).resolve() if rel.parts else root
        if dest != root and root not in dest.parents:
            raise UnsafeZip(f"onveilig pad '{info.filename}'")
        if info.is_dir() or info.filename.endswith(("/", "\\")):
            dest.mkdir(parents=True, exist_ok=True)
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with zf.open(info) as src, open(dest, "wb") as out:
            while chunk := src.read(1 << 20):
                written += len(chunk)
                if written > info.file_size or written > ZIP_MAX_TOTAL_BYTES:  # lying headers
                    raise UnsafeZip(f"uitgepakt te groot bij '{info.filename}'")
                out.write(chunk)


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` still exists (a folder named after it may still be in use)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def sweep_stale(tmp_root: Path | None = None) -> int:
    """Remove extraction folders of runs that were killed (their process is gone); how many."""
    root = Path(tmp_root or tempfile.gettempdir())
    removed = 0
    try:
        entries = list(os.scandir(root))
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX) or not entry.is_dir(follow_symlinks=False):
            continue
        pid = entry.name[len(TEMP_PREFIX):].split("-", 1)[0]
        try:
            mine = entry.stat(follow_symlinks=False).st_uid == os.getuid()
        except (OSError, AttributeError):
            mine = False
        if mine and pid.isdigit() and not pid_alive(int(pid)):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed += 1
    return removed


def temp_folder() -> Path:
    """A new private folder to extract into, named after this process so a later run can sweep it."""
    return Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-"))


def extract_zip(zpath: Path, target: Path) -> None:
    """Check and extract ``zpath`` into ``target``; ``UnsafeZip`` or the zip module's error when refused."""
    with zipfile.ZipFile(zpath) as zf:
        infos = _check_zip(zf)
        _extract(zf, infos, target)
