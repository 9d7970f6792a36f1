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

Zip archives are extracted into a temporary directory after checking every entry
(no absolute paths, no '..', no links, size and entry-count caps); an archive with
an unsafe entry is refused as a whole and reported as a ``FileError`` on a dossier
named after the archive.
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterator

from audit.types import Document, Dossier, FileError
from audit.read.base import NOT_FOLLOWED, NOT_REGULAR, ReadError
from audit.read.file import read_file

log = logging.getLogger(__name__)

IGNORED_NAMES = frozenset({"gold.json", "thumbs.db", ".ds_store", "desktop.ini"})
IGNORED_DIRS = frozenset({"__macosx"})
ZIP_MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # uncompressed, whole archive
ZIP_MAX_ENTRIES = 20_000
ZIP_MAX_RATIO = 200  # compression ratio above which an entry looks like a zip bomb

NOT_READ = "Niet gelezen: {}"
DIR_UNREADABLE = "map niet leesbaar"
NO_READABLE_FILE = "Dossier bevat geen leesbaar bestand; alle normen zijn niet te beoordelen"
MAX_CORPUS_DEPTH = 8  # corpus/dev/RIV-0001 is depth 1; deeper nesting is read as one dossier
MAX_STEM_BYTES = 180  # output names get suffixes ('-2', '_dossier.html'): stay under 255 bytes


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


def _read_one(f: Path, rel: str) -> tuple[Document | None, FileError | None]:
    try:
        return read_file(f, name=rel), None
    except ReadError as e:
        return None, FileError(file=rel, message=str(e), sha256=e.sha256)
    except Exception as e:  # a reader bug must not stop the batch; no dossier text in the message
        return None, FileError(file=rel,
                               message=f"Bestand kan niet gelezen worden: onverwachte fout ({type(e).__name__})")


def _load_files(dossier_id: str, folder: Path, found: Listing, display_root: Path | None) -> Dossier:
    dossier = Dossier(dossier_id=dossier_id, path=display_root or folder)
    errors = list(found.skipped)
    for f in found.files:
        rel = f.relative_to(folder).as_posix()
        doc, error = _read_one(f, rel)
        if error is not None:
            errors.append(error)
            continue
        if display_root is not None:
            doc.path = display_root / rel
        dossier.documents.append(doc)
    dossier.errors = sorted(errors, key=lambda e: (e.file.casefold(), e.file))
    if not dossier.documents:
        dossier.errors.append(FileError(file=f"{(display_root or folder).name}/", message=NO_READABLE_FILE))
    return dossier


def _single_file(path: Path, display: Path | None) -> Dossier:
    """A dossier of one file the user named (a link given on the command line is followed once)."""
    dossier = Dossier(dossier_id=path.stem or path.name, path=display or path)
    target = path.resolve() if path.is_symlink() else path
    doc, error = _read_one(target, path.name)
    if error is not None:
        dossier.errors.append(error)
    else:
        doc.name, doc.path = path.name, display or path
        dossier.documents.append(doc)
    return dossier


def load_dossier(path: Path, *, _display_root: Path | None = None) -> Dossier:
    """A folder (read recursively, id = folder name) or one file (id = file stem) as a dossier."""
    path = Path(path)
    if path.is_dir():
        return _load_files(path.name, path, listing(path), _display_root)
    return _single_file(path, _display_root)


def _subdirs(folder: Path) -> list[Path]:
    """Real (not linked), non-hidden sub-folders; links and odd entries are reported by ``listing``."""
    try:
        entries = _entries(folder)
    except OSError:
        return []
    subs = [Path(e.path) for e in entries
            if e.is_dir(follow_symlinks=False) and not _ignored_name(e.name, True)]
    return sorted(subs, key=lambda d: (d.name.casefold(), d.name))


def _folder_dossiers(folder: Path, display: Path | None, depth: int = 0) -> Iterator[Dossier]:
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
        yield load_dossier(folder, _display_root=display)
        return
    if loose.files or loose.skipped:
        # Files next to dossier folders: keep them visible as a dossier of their own.
        yield _load_files(folder.name, folder, loose, display)
    for sub in subdirs:
        sub_display = display / sub.name if display is not None else None
        if _has_files(sub, recursive=False) or not [d for d in _subdirs(sub) if _has_files(d)]:
            yield load_dossier(sub, _display_root=sub_display)
        else:  # a folder of dossier folders (e.g. corpus/dev/RIV-0001): descend
            yield from _folder_dossiers(sub, sub_display, depth + 1)


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
        if not _has_files(root):
            yield refused("bevat geen bestanden")
            return
        for d in _folder_dossiers(root, display):
            if d.path == display and root is tmp:
                d.dossier_id = zpath.stem  # not the random temp-dir name
            yield d
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _input_dossiers(input: Path) -> Iterator[Dossier]:
    if input.is_file() and input.suffix.lower() == ".zip":
        yield from _zip_dossiers(input)
    elif input.is_dir():
        yield from _folder_dossiers(input, None)
    elif os.path.lexists(input):  # a file, or a FIFO or device named on the command line
        yield _single_file(input, None)
    else:
        yield Dossier(dossier_id=input.stem or input.name, path=input,
                      errors=[FileError(file=input.name, message="Bestand of map bestaat niet")])


def output_stem(dossier_id: str) -> str:
    """The file-system-safe name of a dossier's output files (``<stem>.json``, ``<stem>.html``).

    Letters, digits, '-', '_', '.' and spaces are kept, anything else (path separators,
    control characters, '+', ':' ...) becomes '_'; an overlong name is cut and given a
    short hash so it stays unique and under the file-name limit.
    """
    keep = "".join(c if (c.isalnum() and c.isprintable()) or c in "-_. " else "_" for c in dossier_id).strip(" .")
    keep = keep or "dossier"
    if len(keep.encode("utf-8")) > MAX_STEM_BYTES:
        digest = hashlib.sha256(dossier_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        cut = keep.encode("utf-8")[:MAX_STEM_BYTES - 11].decode("utf-8", "ignore")
        keep = f"{cut}-{digest}"
    return keep


def _claims(dossier_id: str) -> set[str]:
    """The names a dossier's outputs take (compared case-insensitively): the stem, and for
    ``index`` also ``index_dossier`` (its page, as the overview is ``index.html``)."""
    stem = output_stem(dossier_id).casefold()
    return {stem, f"{stem}_dossier"} if stem == "index" else {stem}


class UniqueIds:
    """Gives each dossier of a run an id whose output names no earlier dossier of the run has.

    Names are compared case-insensitively (output folders on Windows and macOS are). A
    clash gets ``-2``, ``-3`` ... appended to the later dossier's id and a Dutch warning
    on stderr; nothing is ever overwritten.
    """

    def __init__(self) -> None:
        self.taken: dict[str, str] = {}  # output name -> the id that has it

    def claim(self, dossier: Dossier) -> Dossier:
        original = dossier.dossier_id
        clash = sorted(_claims(original) & set(self.taken))
        if clash:
            n = 2
            while _claims(f"{original}-{n}") & set(self.taken):
                n += 1
            dossier.dossier_id = f"{original}-{n}"
            log.warning("Dossier %r heeft dezelfde uitvoernaam als dossier %r; getoetst en geschreven als %r "
                        "(niets overschreven).", original, self.taken[clash[0]], dossier.dossier_id)
        for name in _claims(dossier.dossier_id):
            self.taken[name] = dossier.dossier_id
        return dossier


def iter_dossiers(input: Path) -> Iterator[Dossier]:
    """Dossiers under ``input``: a file, a .zip, a dossier folder or a folder of dossier folders.

    Every dossier of one call has an id with an output name of its own (``UniqueIds``).
    """
    ids = UniqueIds()
    for dossier in _input_dossiers(Path(input)):
        yield ids.claim(dossier)
