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


_LIVE: set[str] = set()  # folders this process made and still uses: never swept
#: temporary folders of ours that a killed run can leave (extraction; a worker's private folder)
WORK_PREFIX = "dossier-audit-work-"  # a worker's private temporary folder (pytesseract's files)
STALE_PREFIXES = (TEMP_PREFIX, WORK_PREFIX)


def stale_folder(path: os.PathLike[str] | str, prefix: str) -> bool:
    """Whether ``path`` (named ``<prefix><pid>-...``) is a folder of the user's own that a run left behind:
    a real folder (not a link), not in use by this process, whose process is gone — or is this very
    process (a pid used again, as in containers; sweeps run before this run makes its own)."""
    path = Path(path)
    pid = path.name[len(prefix):].split("-", 1)[0]
    if not path.name.startswith(prefix) or not pid.isdigit() or str(path) in _LIVE:
        return False
    try:
        info = path.lstat()
        owned = info.st_uid == os.getuid() and stat.S_ISDIR(info.st_mode)
    except (OSError, AttributeError):
        return False
    return owned and (int(pid) == os.getpid() or not pid_alive(int(pid)))


def sweep_stale(tmp_root: Path | None = None) -> int:
    """Remove temporary folders of runs that were killed (``stale_folder``); how many."""
    root = Path(tmp_root or tempfile.gettempdir())
    removed = 0
    try:
        entries = list(os.scandir(root))
    except OSError:
        return 0
    for entry in entries:
        if any(stale_folder(entry.path, prefix) for prefix in STALE_PREFIXES):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed += 1
    return removed


def temp_folder(prefix: str = TEMP_PREFIX) -> Path:
    """A new private folder (0700), named after this process so a later run can sweep it if it is left."""
    folder = tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-")
    _LIVE.add(folder)
    return Path(folder)


def forget(folder: Path | str) -> None:
    """Remove a folder made by ``temp_folder``."""
    shutil.rmtree(folder, ignore_errors=True)
    _LIVE.discard(str(folder))


def extract_zip(zpath: Path, target: Path) -> None:
    """Check and extract ``zpath`` into ``target``; ``UnsafeZip`` or the zip module's error when refused."""
    with zipfile.ZipFile(zpath) as zf:
        infos = _check_zip(zf)
        _extract(zf, infos, target)
