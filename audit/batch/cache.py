"""Incremental re-runs: a dossier whose inputs did not change is not audited again.

Each dossier's key is the SHA-256 of everything its audit depends on: the tool version,
the package's own code (a hash of its Python sources), the pipeline, the settings, the rules files, the models (each by its SHA-256), the
peildatum, pseudonymisation, the dossier id, and every file of the dossier (name, size,
SHA-256, streamed with the size cap) plus the entries that are not read and why. The
index ``.dossier-audit-cache`` in the output folder maps each output name to its key
and the SHA-256 of the JSON written then; an audit is reused only when both match (a JSON
edited or damaged since is audited again). ``--force`` ignores the index.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.read.base import ReadError, read_regular, sha256_file
from audit.read.dossier import DossierSource, output_stem

INDEX = ".dossier-audit-cache"  # JSON, but no .json suffix: readers of "*.json" in the folder skip it
INDEX_VERSION = 1


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def code_hash(root: Path) -> str:
    """SHA-256 over the package's own Python sources (relative path and bytes, in sorted order): a change
    of the code between two runs, without a new version number, must not reuse the old audits."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def run_key(parts: dict[str, Any]) -> str:
    """The part of every dossier's key that the whole run shares (tool, pipeline, config, rules, models ...)."""
    return _digest(parts)


def dossier_key(run: str, source: DossierSource, max_bytes: int) -> str:
    """The key of one dossier: the run's key, the id and every input file's content."""
    files = []
    for real, rel in source.files:
        sha, why = sha256_file(real, max_bytes)
        files.append([rel, sha, why])
    skipped = [[e.file, e.message] for e in source.skipped]
    return _digest({"run": run, "id": source.dossier_id, "path": str(source.path), "files": files, "skipped": skipped})


def _entry_name(source: DossierSource) -> str:
    """The index's name for a dossier: a hash of its output name, so a pseudonymised run's index
    holds no folder name (which may be a child's name)."""
    return hashlib.sha256(output_stem(source.dossier_id).encode("utf-8", "surrogatepass")).hexdigest()[:32]


MAX_JSON_BYTES = 256 * 1024 * 1024  # an audit is far smaller; anything larger is not ours


def read_output(path: Path) -> bytes | None:
    """The bytes of an output file if it is a regular file (no link followed, no FIFO opened), else None."""
    try:
        return read_regular(path, MAX_JSON_BYTES)
    except (OSError, ReadError):
        return None


def json_sha256(path: Path) -> str | None:
    data = read_output(path)
    return hashlib.sha256(data).hexdigest() if data is not None else None


@dataclass
class Cache:
    """The index of an output folder: what the last run wrote for which key."""

    out: Path
    entries: dict[str, dict[str, str]] = field(default_factory=dict)
    new: dict[str, dict[str, str]] = field(default_factory=dict)
    raw: dict[str, bytes] = field(default_factory=dict)
    reports: dict[str, Any] = field(default_factory=dict)  # the reports the last run wrote (``reports_for``)
    new_reports: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def open(cls, out: Path, enabled: bool = True) -> "Cache":
        """The index in ``out`` (an empty one when ``enabled`` is False, missing or unreadable)."""
        cache = cls(Path(out))
        if not enabled:
            return cache
        raw = read_output(cache.out / INDEX)
        try:
            data = json.loads(raw.decode("utf-8")) if raw is not None else None
        except ValueError:
            return cache
        if isinstance(data, dict) and data.get("version") == INDEX_VERSION and isinstance(data.get("entries"), dict):
            cache.entries = {k: v for k, v in data["entries"].items() if isinstance(v, dict)}
            if isinstance(data.get("reports"), dict):
                cache.reports = data["reports"]
        return cache

    def lookup(self, source: DossierSource, key: str) -> dict[str, Any] | None:
        """The audit written earlier for exactly this key, when its JSON is still what was written."""
        entry = self.entries.get(_entry_name(source))
        if not entry or entry.get("key") != key:
            return None
        name = str(entry.get("file", ""))
        if not name.endswith(".json") or Path(name).name != name:
            return None
        raw = read_output(self.out / name)
        if raw is None or hashlib.sha256(raw).hexdigest() != entry.get("json"):
            return None
        try:
            audit = json.loads(raw.decode("utf-8"))
        except ValueError:
            return None
        if not isinstance(audit, dict):
            return None
        self.raw[_entry_name(source)] = raw
        return audit

    def stored(self, source: DossierSource) -> bytes:
        """The JSON bytes ``lookup`` found for ``source`` (copied as they are into the new outputs)."""
        return self.raw.pop(_entry_name(source))

    def file_of(self, source: DossierSource) -> str:
        """The JSON file name the index holds for ``source`` (after a successful ``lookup``)."""
        return str(self.entries[_entry_name(source)]["file"])

    def record(self, source: DossierSource, key: str, json_path: Path) -> None:
        """Remember what this run wrote for ``source`` (its JSON may carry a pseudonym as its name)."""
        self.new[_entry_name(source)] = {"key": key, "file": Path(json_path).name,
                                                    "json": json_sha256(json_path) or ""}

    def reports_for(self, stamp: str) -> dict[str, Any] | None:
        """The reports (overview, CSVs, workbook, pages) the last run wrote for exactly these audits
        (``stamp``), when every one of them is still what it wrote; else None."""
        rep = self.reports
        files = rep.get("files")
        if rep.get("stamp") != stamp or not isinstance(files, dict) or not isinstance(rep.get("paths"), dict):
            return None
        for name, sha in files.items():
            if not isinstance(name, str) or Path(name).name != name:
                return None
            if json_sha256(self.out / name) != sha:
                return None
        return rep

    def record_reports(self, stamp: str, paths: dict[str, Any], files: dict[str, str]) -> None:
        """Remember the reports this run leaves: ``paths`` (report name -> file name or names), their SHA-256."""
        self.new_reports = {"stamp": stamp, "paths": paths, "files": files}

    def dump(self) -> str:
        """The new index (only this run's dossiers, and its reports) as JSON text."""
        return json.dumps({"version": INDEX_VERSION, "entries": self.new, "reports": self.new_reports},
                          ensure_ascii=False, indent=1)
