"""Saving and loading model files with skops: never a pickle, never a type we did not list.

skops' own ``get_untrusted_types`` silently trusts the types it considers safe by
default (e.g. any scikit-learn estimator), so a swapped file could still smuggle in
an unexpected estimator. ``load`` therefore accepts exactly ``TRUSTED_TYPES``, the
project's single allow-list: it walks the file's whole schema (every node, the
default-trusted ones included), adds whatever skops itself calls untrusted (a
function or method node names its target there), refuses the file when any of
those is not on the list, and only then loads with ``trusted=TRUSTED_TYPES``
passed explicitly.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

# Every type a model file of this project may contain. Anything else refuses the file.
TRUSTED_TYPES: tuple[str, ...] = (
    "audit.ml.sentence_classifier.SentenceClassifier",
    "sklearn.pipeline.Pipeline",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "numpy.ndarray",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "builtins.dict",
    "builtins.list",
    "builtins.tuple",
    "builtins.str",
    "builtins.int",
    "builtins.float",
    "builtins.bool",
    "builtins.NoneType",
    "builtins.slice",
    "collections.defaultdict",
)


class UntrustedModelFile(ValueError):
    """The model file holds types outside ``TRUSTED_TYPES`` (listed in ``types``)."""

    def __init__(self, message: str, types: list[str] | None = None) -> None:
        super().__init__(message)
        self.types = list(types or [])


# What ``load`` may raise for a missing, damaged or refused file; callers fall back to rules on these.
LOAD_ERRORS: tuple[type[Exception], ...] = (UntrustedModelFile, OSError, ValueError, KeyError, TypeError,
                                            zipfile.BadZipFile)


def _walk(node: Any, acc: set[str]) -> set[str]:
    """Collect ``module.Class`` of every node in a skops schema."""
    if isinstance(node, dict):
        if "__module__" in node and "__class__" in node:
            acc.add(f"{node['__module__']}.{node['__class__']}")
        for value in node.values():
            _walk(value, acc)
    elif isinstance(node, list):
        for value in node:
            _walk(value, acc)
    return acc


def types_in(path: str | Path) -> set[str]:
    """Every ``module.Class`` named in a skops file's schema, including types skops trusts by default."""
    with zipfile.ZipFile(path) as z:
        return _walk(json.loads(z.read("schema.json")), set())


def load(path: str | Path) -> Any:
    """Load a skops file after checking every type in it against ``TRUSTED_TYPES``.

    Raises ``UntrustedModelFile`` for an unexpected type, another of ``LOAD_ERRORS`` for a
    missing or damaged file.
    """
    import skops.io as sio

    path = Path(path)
    unexpected = sorted(not_allowed(path))
    if unexpected:
        raise UntrustedModelFile(f"{path.name}: refusing to load untrusted types {unexpected}", unexpected)
    return sio.load(path, trusted=list(TRUSTED_TYPES))


def not_allowed(path: str | Path) -> set[str]:
    """Every type in the file that is not on ``TRUSTED_TYPES``: from the schema walk (default-trusted
    types included) and from skops' own ``get_untrusted_types`` (which also names functions)."""
    import skops.io as sio

    return (types_in(path) | set(sio.get_untrusted_types(file=path))) - set(TRUSTED_TYPES)


def dump(obj: Any, path: str | Path) -> Path:
    """Write ``obj`` with skops, compressed (hashed pipelines compress well), creating the folder."""
    import skops.io as sio

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(obj, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    return path
