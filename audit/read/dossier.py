"""Dossier loading: a folder, a single file, or a zip of either, into ``Dossier`` objects.

A file that cannot be read becomes a ``FileError`` and loading goes on, so one
broken scan never stops a batch. Nothing is skipped silently except the known
litter (``gold.json`` annotations, hidden files, Word lock files, OS files): a
symbolic link (never followed), a FIFO or device, an unreadable sub-folder and a
file of an unsupported type each become a ``FileError`` with the Dutch reason,
and a dossier folder without a single readable file says so in its errors.
Only regular files are opened (``lstat`` while walking, ``O_NOFOLLOW`` and
``fstat`` when opening). Dossier ids are unique within one ``iter_dossiers``
call, also as file names (see ``output_stem``): a later dossier whose output name
is taken gets ``-2``, ``-3`` ... and a warning.

Finding dossiers is separate from reading them: ``open_sources`` walks the input
(cheap: no file is opened) into ``DossierSource`` objects, so a run knows its total,
can fingerprint the files and hand each dossier to a worker process; ``load_source``
reads one. Zip archives are checked and extracted into a private temporary folder that
lives as long as the ``open_sources`` block (see ``audit.read.zipped``); an archive with
an unsafe entry is refused as a whole and reported as a ``FileError`` on a dossier
named after the archive.
"""
from __future__ import annotations

import logging
import os
import stat
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator

from audit.types import Document, Dossier, FileError
from audit.read.base import NOT_FOLLOWED, NOT_REGULAR, ReadError
from audit.read.file import read_file
from audit.read.ids import MAX_STEM_BYTES, UniqueIds, output_stem
from audit.read.zipped import UnsafeZip, extract_zip, forget, sweep_stale, temp_folder

log = logging.getLogger(__name__)

IGNORED_NAMES = frozenset({"gold.json", "thumbs.db", ".ds_store", "desktop.ini"})
IGNORED_DIRS = frozenset({"__macosx"})

NOT_READ = "Niet gelezen: {}"
DIR_UNREADABLE = "map niet leesbaar"
NO_READABLE_FILE = "Dossier bevat geen leesbaar bestand; alle normen zijn niet te beoordelen"
MAX_CORPUS_DEPTH = 8  # corpus/dev/RIV-0001 is depth 1; deeper nesting is read as one dossier


def _ignored_name(name: str, is_dir: bool) -> bool:
    """Litter the loader skips silently: gold annotations, hidden files, Word lock files, OS files."""
    if name.startswith("."):
        return True
    if is_dir:
        return name.lower() in IGNORED_DIRS
    return name.startswith("~$") or name.lower() in IGNORED_NAMES


def _ignored(rel: PurePosixPath | Path) -> bool:
    """``_ignored_name`` for a relative path: any hidden or ignored folder on the way counts."""
    if any(_ignored_name(part, True) for part in rel.parts[:-1]):
        return True
    return _ignored_name(rel.name, False)


@dataclass
class Listing:
    """What a walk of a dossier folder found: the regular files to read and what it did not read."""

    files: list[Path] = field(default_factory=list)
    skipped: list[FileError] = field(default_factory=list)


def _sort_key(folder: Path):
    def key(p: Path) -> tuple[str, str]:
        rel = p.relative_to(folder).as_posix()
        return rel.casefold(), rel
    return key


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as it:
        return list(it)


def _walk(root: Path, recursive: bool) -> Iterator[Path | FileError]:
    """Walk ``root`` without following links: each regular file as a ``Path``, each entry that will not be
    read as a ``FileError``.

    Iterative (a stack, not recursion), so a hostile folder nesting cannot exhaust the call stack.
    """
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = _entries(folder)
        except OSError:
            yield FileError(file=f"{folder.relative_to(root).as_posix()}/", message=NOT_READ.format(DIR_UNREADABLE))
            continue
        for entry in entries:
            rel = Path(entry.path).relative_to(root).as_posix()
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError:
                yield FileError(file=rel, message=NOT_READ.format("bestand niet te bekijken"))
                continue
            if _ignored_name(entry.name, stat.S_ISDIR(mode)):
                continue
            if stat.S_ISLNK(mode):
                yield FileError(file=rel, message=NOT_READ.format(NOT_FOLLOWED))
            elif stat.S_ISDIR(mode):
                if recursive:
                    stack.append(Path(entry.path))
            elif stat.S_ISREG(mode):
                yield Path(entry.path)
            else:
                yield FileError(file=rel, message=NOT_READ.format(NOT_REGULAR))


def listing(folder: Path, recursive: bool = True) -> Listing:
    """Regular files under ``folder`` (sorted by relative path) and every entry that will not be read."""
    out = Listing()
    for found in _walk(folder, recursive):
        (out.files if isinstance(found, Path) else out.skipped).append(found)
    out.files.sort(key=_sort_key(folder))
    out.skipped.sort(key=lambda e: (e.file.casefold(), e.file))
    return out


def _has_files(folder: Path, recursive: bool = True) -> bool:
    """Whether ``folder`` holds a regular, non-ignored file (stops at the first one)."""
    return any(isinstance(found, Path) for found in _walk(folder, recursive))


@dataclass
class DossierSource:
    """A dossier found but not read yet: the regular files to read and the entries that will not be.

    ``files`` pairs each file's real path with the name evidence cites (relative to the
    dossier folder); ``path`` is where the dossier is shown to be (inside a zip: the
    archive's path). Making one opens no file, so a run can list, count and fingerprint
    its dossiers before any is read.
    """

    dossier_id: str
    path: Path
    files: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[FileError] = field(default_factory=list)
    folder: bool = True  # a folder dossier (says so when nothing in it is readable); else one file


def _read_one(f: Path, rel: str) -> tuple[Document | None, FileError | None]:
    try:
        return read_file(f, name=rel), None
    except ReadError as e:
        return None, FileError(file=rel, message=str(e), sha256=e.sha256)
    except MemoryError:  # a worker's memory limit: the run names the file and goes on without it
        raise
    except Exception as e:  # a reader bug must not stop the batch; no dossier text in the message
        return None, FileError(file=rel,
                               message=f"Bestand kan niet gelezen worden: onverwachte fout ({type(e).__name__})")


def load_source(source: DossierSource, skip: dict[str, str] | None = None,
                on_file: Callable[[str], None] | None = None) -> Dossier:
    """Read the files of ``source`` into a ``Dossier``; a file that fails becomes a ``FileError``.

    ``skip`` maps names not to read to the Dutch reason (a file that hit a limit in an
    earlier attempt); ``on_file`` is told each name before it is read (a worker's heartbeat).
    """
    skip = skip or {}
    dossier = Dossier(dossier_id=source.dossier_id, path=source.path)
    errors = list(source.skipped)
    for real, rel in source.files:
        if rel in skip:
            errors.append(FileError(file=rel, message=skip[rel]))
            continue
        if on_file is not None:
            on_file(rel)
        doc, error = _read_one(real, rel)
        if error is not None:
            errors.append(error)
            continue
        doc.name, doc.path = rel, source.path / rel if source.folder else source.path
        dossier.documents.append(doc)
    dossier.errors = sorted(errors, key=lambda e: (e.file.casefold(), e.file))
    if not dossier.documents and source.folder:
        dossier.errors.append(FileError(file=f"{source.path.name}/", message=NO_READABLE_FILE))
    return dossier


def _folder_source(dossier_id: str, folder: Path, found: Listing, display: Path | None) -> DossierSource:
    files = [(f, f.relative_to(folder).as_posix()) for f in found.files]
    return DossierSource(dossier_id, display or folder, files, list(found.skipped))


def _file_source(path: Path, display: Path | None) -> DossierSource:
    """A dossier of one file the user named (a link given on the command line is followed once)."""
    try:
        target = path.resolve(strict=True) if path.is_symlink() else path
    except (OSError, RuntimeError):  # a dangling link, or one that points (via others) at itself
        return _refused(path.stem or path.name, path, NOT_READ.format(f"{NOT_FOLLOWED}: het doel bestaat niet "
                                                                      "of verwijst naar zichzelf"))
    return DossierSource(path.stem or path.name, display or path, [(target, path.name)], folder=False)


def _source(path: Path, display: Path | None = None) -> DossierSource:
    """A folder (read recursively, id = folder name) or one file (id = file stem) as a dossier."""
    if path.is_dir():
        return _folder_source(path.name, path, listing(path), display)
    return _file_source(path, display)


def load_dossier(path: Path) -> Dossier:
    """Read a folder (recursively, id = folder name) or one file (id = file stem) as one dossier."""
    return load_source(_source(Path(path)))


def _subdirs(folder: Path) -> list[Path]:
    """Real (not linked), non-hidden sub-folders; links and odd entries are reported by ``listing``."""
    try:
        entries = _entries(folder)
    except OSError:
        return []
    subs = [Path(e.path) for e in entries
            if e.is_dir(follow_symlinks=False) and not _ignored_name(e.name, True)]
    return sorted(subs, key=lambda d: (d.name.casefold(), d.name))


def _folder_sources(folder: Path, display: Path | None, depth: int = 0) -> Iterator[DossierSource]:
    """Apply the folder rules: sub-folders with files -> one dossier each; only files -> one dossier.

    A folder holding both files and sub-folders is ambiguous (a dossier with a
    "bijlagen" folder, or a corpus with a README): it is a corpus when it has
    more sub-folders with files than loose files, and then the loose files (and
    any link, FIFO or device next to the dossier folders) form a dossier of their
    own so nothing disappears silently; otherwise it is one dossier read
    recursively. In a corpus every sub-folder is a dossier, an empty one too.
    Corpora nest at most ``MAX_CORPUS_DEPTH`` deep; below that a folder is one dossier.
    """
    subdirs = _subdirs(folder)
    subs = [d for d in subdirs if _has_files(d)]
    loose = listing(folder, recursive=False)
    if not subs or len(loose.files) >= len(subs) or depth >= MAX_CORPUS_DEPTH:
        yield _source(folder, display)
        return
    if loose.files or loose.skipped:
        # Files next to dossier folders: keep them visible as a dossier of their own.
        yield _folder_source(folder.name, folder, loose, display)
    for sub in subdirs:
        sub_display = display / sub.name if display is not None else None
        if _has_files(sub, recursive=False) or not [d for d in _subdirs(sub) if _has_files(d)]:
            yield _source(sub, sub_display)
        else:  # a folder of dossier folders (e.g. corpus/dev/RIV-0001): descend
            yield from _folder_sources(sub, sub_display, depth + 1)


def _refused(dossier_id: str, path: Path, message: str) -> DossierSource:
    return DossierSource(dossier_id, path, skipped=[FileError(file=path.name, message=message)], folder=False)


def _zip_sources(zpath: Path, tmp: Path) -> Iterator[DossierSource]:
    """The dossiers in a zip archive, extracted into ``tmp`` (which the caller removes)."""
    try:
        extract_zip(zpath, tmp)
    except UnsafeZip as e:
        yield _refused(zpath.stem, zpath, f"Zip-bestand geweigerd: {e}")
        return
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as e:
        yield _refused(zpath.stem, zpath, f"Zip-bestand geweigerd: beschadigd of niet te openen ({type(e).__name__})")
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
    if not _has_files(root):
        yield _refused(zpath.stem, zpath, "Zip-bestand geweigerd: bevat geen bestanden")
        return
    for s in _folder_sources(root, display):
        if s.path == display and root is tmp:
            s.dossier_id = zpath.stem  # not the random temp-dir name
        yield s


def _input_sources(input: Path, temps: list[Path]) -> Iterator[DossierSource]:
    if input.is_file() and input.suffix.lower() == ".zip":
        sweep_stale()
        temps.append(temp_folder())
        yield from _zip_sources(input, temps[-1])
    elif input.is_dir():
        yield from _folder_sources(input, None)
    elif os.path.lexists(input):  # a file, or a FIFO or device named on the command line
        yield _file_source(input, None)
    else:
        yield _refused(input.stem or input.name, input, "Bestand of map bestaat niet")


@contextmanager
def open_sources(input: Path) -> Iterator[list[DossierSource]]:
    """The dossiers under ``input`` (a file, a .zip, a dossier folder or a folder of dossier
    folders), found but not read, each with an id whose output name is its own (``UniqueIds``).

    A zip is extracted for as long as the ``with`` block lasts and removed on every way out
    of it (an exception, Ctrl-C, or SIGTERM turned into an exception by the caller).
    """
    temps: list[Path] = []
    try:
        ids = UniqueIds()
        yield [ids.claim(s) for s in _input_sources(Path(input), temps)]
    finally:
        for tmp in temps:
            forget(tmp)


def iter_dossiers(input: Path) -> Iterator[Dossier]:
    """Dossiers under ``input``, read one at a time (see ``open_sources``)."""
    with open_sources(input) as sources:
        for source in sources:
            yield load_source(source)


__all__ = ["DossierSource", "Listing", "listing", "load_source", "load_dossier", "open_sources", "iter_dossiers",
           "output_stem", "UniqueIds", "MAX_STEM_BYTES"]
