"""The data files of ``audit/resources`` (trigger lists, lexicons, thresholds) and their one loader.

Rules are inputs of an audit just like the dossier: they come from the installed
package (``importlib.resources``) or, when the user asks for it with ``--rules DIR``,
from that folder, and either way their SHA-256 goes into the provenance. They are
never picked up from the working directory.

Every cache built from a resource registers itself with :func:`resource_cache`, so
switching the rules folder clears them all. No spaCy import here: the reviewer app
and the goal checker use this module too.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, TypeVar

from audit.errors import UsageError

F = TypeVar("F", bound=Callable[..., Any])
DATA_SUFFIXES = (".json", ".toml", ".txt")

_rules_dir: Path | None = None
_caches: list[Any] = []


def resource_cache(func: F) -> F:
    """``functools.lru_cache`` for anything derived from resources, cleared when the rules change."""
    cached = lru_cache(maxsize=None)(func)
    _caches.append(cached)
    return cached  # type: ignore[return-value]


class RulesError(UsageError, ValueError):
    """The rules folder given with ``--rules`` is missing or holds a file we cannot parse."""


def use_rules_dir(path: Path | None) -> None:
    """Read resources from ``path`` where it has them (else from the package); ``None`` resets."""
    global _rules_dir
    if path is not None:
        path = Path(path)
        if not path.is_dir():
            raise RulesError(f"regelmap bestaat niet: {path}")
        for name in _overridden(path):
            _check_parses(path / name)
    _rules_dir = path
    for cached in _caches:
        cached.cache_clear()


def rules_dir() -> Path | None:
    return _rules_dir


def _overridden(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir() if p.is_file() and p.suffix in DATA_SUFFIXES and _packaged(p.name))


def _packaged(name: str) -> bool:
    return resources.files(__name__).joinpath(name).is_file()


def _check_parses(path: Path) -> None:
    import tomllib

    try:
        text = path.read_text("utf-8")
        if path.suffix == ".json":
            json.loads(text)
        elif path.suffix == ".toml":
            tomllib.loads(text)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise RulesError(f"regelbestand {path.name} is onleesbaar: {type(exc).__name__}") from exc


def _source(name: str) -> Any:
    if _rules_dir is not None and (_rules_dir / name).is_file():
        return _rules_dir / name
    return resources.files(__name__).joinpath(name)


@resource_cache
def resource_text(name: str) -> str:
    return _source(name).read_text("utf-8")


@resource_cache
def resource_json(name: str) -> Any:
    """A parsed JSON resource. Cached and shared: callers must not mutate it."""
    return json.loads(resource_text(name))


def resource_names() -> list[str]:
    """Every data file the package ships (what ``--rules DIR`` may replace)."""
    return sorted(p.name for p in resources.files(__name__).iterdir()
                  if p.is_file() and Path(p.name).suffix in DATA_SUFFIXES)


@resource_cache
def provenance() -> dict[str, Any]:
    """Where the rules came from and the SHA-256 of every rules file in force."""
    files = {name: hashlib.sha256(_source(name).read_bytes()).hexdigest() for name in resource_names()}
    overridden = _overridden(_rules_dir) if _rules_dir is not None else []
    return {"rules_dir": str(_rules_dir) if _rules_dir else None, "overridden": overridden, "sha256": files}


@resource_cache
def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(abbreviations ending in a period, those among them that may also end a sentence).

    From ``abbreviations.txt``: one per line, lower case; a trailing `` *`` marks one that
    can end a sentence ("ca. 20 min. Ging goed.").
    """
    rows = [line.strip().lower() for line in resource_text("abbreviations.txt").splitlines()
            if line.strip() and not line.startswith("#")]
    return frozenset(r.split()[0] for r in rows), frozenset(r.split()[0] for r in rows if r.endswith(" *"))


def never_ending_abbreviations() -> frozenset[str]:
    """Abbreviations whose period never ends a sentence ("mw.", "i.v.m.", "geb.")."""
    every, may_end = abbreviations()
    return every - may_end
