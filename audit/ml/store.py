"""Where the shipped models live, and a record of every model load in this process.

Models ship inside the package as ``audit.models`` (the repository's top-level
``models/`` folder, mapped in pyproject.toml), so ``importlib.resources`` finds them
in an editable install and in a wheel alike. The load record feeds the audit's
provenance: which model file (and which version of it, by hash) was used, or why
none was, so a missing or refused model is never silent.
"""
from __future__ import annotations

import hashlib
import logging
import zipfile
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Callable, TypeVar

from audit.ml import skops_io

MODELS_PACKAGE = "audit.models"
log = logging.getLogger(__name__)
T = TypeVar("T")

_LOADS: dict[str, dict[str, Any]] = {}
_WARNED: set[tuple[str, str | None, str]] = set()


def model_path(name: str) -> Path:
    """Path of a shipped model file (it may not exist)."""
    return Path(str(files(MODELS_PACKAGE).joinpath(name)))


@lru_cache(maxsize=16)
def _sha256_cached(path: Path, mtime_ns: int, size: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sha256(path: Path) -> str | None:
    """SHA-256 of a model file (cached per file version), or None when it cannot be read."""
    try:
        stat = path.stat()
        return _sha256_cached(path, stat.st_mtime_ns, stat.st_size)
    except OSError:
        return None


#: how every warning ends: what the audit did instead (``as_error`` takes it off again)
RULES_ONLY = "; alleen de regels zijn gebruikt."


def missing_warning(path: Path) -> str:
    """Dutch message for a model file that is not there."""
    return f"Modelbestand {path.name} ontbreekt{RULES_ONLY}"


def _reason(error: BaseException) -> str:
    """Why a model file was refused, in Dutch (type names only: a model file holds no dossier text)."""
    if isinstance(error, skops_io.UntrustedModelFile):
        return f"bevat typen buiten de toegestane lijst: {', '.join(error.types) or '?'}"
    if isinstance(error, zipfile.BadZipFile):
        return "geen geldig modelbestand (beschadigd of vervangen)"
    if isinstance(error, FileNotFoundError):
        return "bestand ontbreekt"
    if isinstance(error, OSError):
        return f"bestand niet te lezen ({type(error).__name__})"
    return f"inhoud onbruikbaar ({type(error).__name__})"


def refused_warning(path: Path, error: BaseException) -> str:
    """Dutch message for a model file that could not be loaded (damaged or untrusted)."""
    return f"Modelbestand {path.name} kon niet geladen worden: {_reason(error)}{RULES_ONLY}"


def as_error(warning: str) -> str:
    """A load warning as the message of a run that stops on it (``models.on_error = "error"``)."""
    return warning.removesuffix(RULES_ONLY) + "."


def load_or_warn(path: Path, build: Callable[[Any], T]) -> tuple[T | None, str | None]:
    """``build(object in the skops file)``, or None and the Dutch warning saying why not.

    ``build`` turns the stored object into the model and may raise on a malformed file.
    """
    if not path.exists():
        return None, missing_warning(path)
    try:
        return build(skops_io.load(path)), None
    except Exception as exc:  # noqa: BLE001 - any unusable file is a warning (or, by setting, an error), never a crash
        return None, refused_warning(path, exc)


def record_load(role: str, path: Path, loaded: bool, warning: str | None = None) -> None:
    """Remember a load attempt for ``role``; log the warning once per change (no dossier text)."""
    entry = {"file": path.name, "sha256": sha256(path), "loaded": loaded, "warning": warning}
    if warning and (role, entry["sha256"], warning) not in _WARNED:
        _WARNED.add((role, entry["sha256"], warning))
        log.warning("%s (%s)", warning, path)
    _LOADS[role] = entry


def loaded_models() -> dict[str, dict[str, Any]]:
    """Every model role loaded (or attempted) in this process: file, sha256, loaded, warning."""
    return {role: dict(entry) for role, entry in _LOADS.items()}


def clear_load_record() -> None:
    """Forget the load record: each audit starts a fresh one (warnings are still logged once per process)."""
    _LOADS.clear()
