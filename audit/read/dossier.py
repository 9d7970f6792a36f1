"""Dossier loading: a folder, a single file, or a zip of either, into ``Dossier`` objects.

A file that cannot be read becomes a ``FileError`` and loading goes on, so one
broken scan never stops a batch. Zip archives are extracted into a temporary
directory after checking every entry (no absolute paths, no '..', no links,
size and entry-count caps); an archive with an unsafe entry is refused as a
whole and reported as a ``FileError`` on a dossier named after the archive.
"""
from __future__ import annotations

import shutil
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import Iterator

from audit.types import Dossier, FileError
from audit.read.base import ReadError
from audit.read.file import read_file

IGNORED_NAMES = frozenset({"gold.json", "thumbs.db", ".ds_store", "desktop.ini"})
IGNORED_DIRS = frozenset({"__macosx"})
ZIP_MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # uncompressed, whole archive
ZIP_MAX_ENTRIES = 20_000
ZIP_MAX_RATIO = 200  # compression ratio above which an entry looks like a zip bomb


def _ignored(rel: PurePosixPath | Path) -> bool:
    """Files the loader skips silently: gold annotations, hidden files, Word lock files, OS litter."""
    for part in rel.parts[:-1]:
        if part.startswith(".") or part.lower() in IGNORED_DIRS:
            return True
    name = rel.name
    return name.startswith(".") or name.startswith("~$") or name.lower() in IGNORED_NAMES


def _files(folder: Path, recursive: bool = True) -> list[Path]:
    """Non-ignored regular files under ``folder``, sorted by relative path."""
    it = folder.rglob("*") if recursive else folder.iterdir()
    out = [p for p in it if p.is_file() and not p.is_symlink() and not _ignored(p.relative_to(folder))]
    return sorted(out, key=lambda p: (p.relative_to(folder).as_posix().casefold(),
                                      p.relative_to(folder).as_posix()))


def _load_files(dossier_id: str, folder: Path, files: list[Path], display_root: Path | None) -> Dossier:
    dossier = Dossier(dossier_id=dossier_id, path=display_root or folder)
    for f in files:
        rel = f.relative_to(folder).as_posix()
        try:
            doc = read_file(f, name=rel)
        except ReadError as e:
            dossier.errors.append(FileError(file=rel, message=str(e)))
            continue
        except Exception as e:  # a reader bug must not stop the batch; no dossier text in the message
            dossier.errors.append(FileError(
                file=rel, message=f"Bestand kan niet gelezen worden: onverwachte fout ({type(e).__name__})"))
            continue
        if display_root is not None:
            doc.path = display_root / rel
        dossier.documents.append(doc)
    return dossier


def load_dossier(path: Path, *, _display_root: Path | None = None) -> Dossier:
    """A folder (read recursively, id = folder name) or one file (id = file stem) as a dossier."""
    path = Path(path)
    if path.is_dir():
        return _load_files(path.name, path, _files(path), _display_root)
    dossier = Dossier(dossier_id=path.stem, path=_display_root or path)
    try:
        dossier.documents.append(read_file(path))
    except ReadError as e:
        dossier.errors.append(FileError(file=path.name, message=str(e)))
    except Exception as e:
        dossier.errors.append(FileError(
            file=path.name, message=f"Bestand kan niet gelezen worden: onverwachte fout ({type(e).__name__})"))
    return dossier


def _subdirs(folder: Path) -> list[Path]:
    return sorted((d for d in folder.iterdir()
                   if d.is_dir() and not d.is_symlink() and not d.name.startswith(".")
                   and d.name.lower() not in IGNORED_DIRS),
                  key=lambda d: (d.name.casefold(), d.name))


def _folder_dossiers(folder: Path, display: Path | None) -> Iterator[Dossier]:
    """Apply the folder rules: sub-folders with files -> one dossier each; only files -> one dossier.

    A folder holding both files and sub-folders is ambiguous (a dossier with a
    "bijlagen" folder, or a corpus with a README): it is a corpus when it has
    more sub-folders with files than loose files, and then the loose files form
    a dossier of their own so nothing disappears silently; otherwise it is one
    dossier read recursively.
    """
    subs = [d for d in _subdirs(folder) if _files(d)]
    loose = _files(folder, recursive=False)
    if not subs or len(loose) >= len(subs):
        yield load_dossier(folder, _display_root=display)
        return
    if loose:
        # Files next to dossier folders: keep them visible as a dossier of their own.
        yield _load_files(folder.name, folder, loose, display)
    for sub in subs:
        sub_display = display / sub.name if display is not None else None
        if _files(sub, recursive=False) or not [d for d in _subdirs(sub) if _files(d)]:
            yield load_dossier(sub, _display_root=sub_display)
        else:  # a folder of dossier folders (e.g. corpus/dev/RIV-0001): descend
            yield from _folder_dossiers(sub, sub_display)


class UnsafeZip(Exception):
    """Raised for zip entries that could write outside the target or exhaust the disk."""


def _check_zip(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > ZIP_MAX_ENTRIES:
        raise UnsafeZip(f"te veel bestanden ({len(infos)})")
    total = 0
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
        if total > ZIP_MAX_TOTAL_BYTES:
            raise UnsafeZip("uitgepakt te groot")
        if info.compress_size and info.file_size / info.compress_size > ZIP_MAX_RATIO and info.file_size > 10_000_000:
            raise UnsafeZip(f"verdachte compressie bij '{name}'")
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


def _zip_dossiers(zpath: Path) -> Iterator[Dossier]:
    def refused(msg: str) -> Dossier:
        return Dossier(dossier_id=zpath.stem, path=zpath,
                       errors=[FileError(file=zpath.name, message=f"Zip-bestand geweigerd: {msg}")])

    tmp = Path(tempfile.mkdtemp(prefix="dossier-audit-zip-"))
    try:
        try:
            with zipfile.ZipFile(zpath) as zf:
                infos = _check_zip(zf)
                _extract(zf, infos, tmp)
        except UnsafeZip as e:
            yield refused(str(e))
            return
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as e:
            yield refused(f"beschadigd of niet te openen ({type(e).__name__})")
            return
        # A zip of one folder holds that folder: look inside it.
        root, display = tmp, zpath
        while True:
            entries = [p for p in root.iterdir() if not _ignored(PurePosixPath(p.name))
                       and p.name.lower() not in IGNORED_DIRS]
            if len(entries) == 1 and entries[0].is_dir():
                root, display = entries[0], display / entries[0].name
                continue
            break
        if not _files(root):
            yield refused("bevat geen bestanden")
            return
        for d in _folder_dossiers(root, display):
            if d.path == display and root is tmp:
                d.dossier_id = zpath.stem  # not the random temp-dir name
            yield d
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def iter_dossiers(input: Path) -> Iterator[Dossier]:
    """Dossiers under ``input``: a file, a .zip, a dossier folder or a folder of dossier folders."""
    input = Path(input)
    if input.is_file() and input.suffix.lower() == ".zip":
        yield from _zip_dossiers(input)
    elif input.is_file():
        yield load_dossier(input)
    elif input.is_dir():
        yield from _folder_dossiers(input, None)
    else:
        yield Dossier(dossier_id=input.stem or input.name, path=input,
                      errors=[FileError(file=input.name, message="Bestand of map bestaat niet")])
