"""What the app reads from disk: the audits, the dossier folders, and cache keys for both.

The app caches by the ``*_signature`` values (names, mtimes, sizes), so a re-run of
the tool or a new log line shows up without a restart.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from audit.review.passages import Passage, matching, passages

Signature = tuple[tuple[str, int, int], ...]


def load_audits(audits_dir: Path) -> dict[str, dict[str, Any]]:
    """Every audit JSON in ``audits_dir`` by dossier id (other JSON files are skipped)."""
    out: dict[str, dict[str, Any]] = {}
    d = Path(audits_dir)
    if not d.is_dir():
        return out
    for path in sorted(d.glob("*.json")):
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(data, dict) and data.get("schema_version") is not None and "dossier_id" in data:
            out[str(data["dossier_id"])] = data
    return out


def audits_signature(audits_dir: Path) -> Signature:
    """Names, mtimes and sizes of the audit files: the cache key for :func:`load_audits`."""
    d = Path(audits_dir)
    if not d.is_dir():
        return ()
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(d.glob("*.json")) if p.is_file())


def folder_signature(folder: Path | None) -> Signature:
    """Cache key of a dossier folder or of an annotations folder: every file's mtime and size."""
    if folder is None or not Path(folder).exists():
        return ()
    folder = Path(folder)
    if folder.is_file():
        st = folder.stat()
        return ((folder.name, st.st_mtime_ns, st.st_size),)
    out = []
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.name.endswith(".lock"):
            st = p.stat()
            out.append((p.relative_to(folder).as_posix(), st.st_mtime_ns, st.st_size))
    return tuple(out)


def dossier_folder(dossiers_dir: Path | None, dossier_id: str) -> Path | None:
    """The folder of ``dossier_id`` in ``dossiers_dir`` (directly or one level down)."""
    if dossiers_dir is None:
        return None
    root = Path(dossiers_dir)
    if not root.is_dir():
        return None
    direct = root / dossier_id
    if direct.is_dir():
        return direct
    if root.name == dossier_id:
        return root
    for sub in sorted(p for p in root.iterdir() if p.is_dir()):
        if (sub / dossier_id).is_dir():
            return sub / dossier_id
    return None


class DossierText:
    """A loaded dossier with lazily computed entries and sentences per file (for the app's cache)."""

    def __init__(self, dossier: Any) -> None:
        self.dossier = dossier
        self._entries: dict[str, list[Any]] = {}
        self._passages: dict[str, list[Passage]] = {}

    @property
    def file_names(self) -> list[str]:
        return [d.name for d in self.dossier.documents]

    def doc(self, name: str) -> Any | None:
        return self.dossier.document(name)

    def entries(self, name: str) -> list[Any]:
        """The journal entries of a file (empty when it has none or they cannot be found)."""
        if name not in self._entries:
            doc = self.doc(name)
            if doc is None:
                return []
            try:
                from audit.structure.entries import entries_of

                self._entries[name] = entries_of(doc)
            except Exception:  # context falls back to ±chars
                self._entries[name] = []
        return self._entries[name]

    def passages(self, name: str) -> list[Passage]:
        if name not in self._passages:
            doc = self.doc(name)
            self._passages[name] = passages(doc) if doc is not None else []
        return self._passages[name]

    def search(self, name: str, query: str, limit: int = 200) -> list[Passage]:
        """The sentences of file ``name`` that contain ``query`` (all when it is empty)."""
        doc = self.doc(name)
        if doc is None:
            return []
        return matching(doc.text, self.passages(name), query, limit)
