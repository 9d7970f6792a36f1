"""Where a training run writes its model: never over the shipped one unless asked to.

Without ``replace`` a run writes into ``out`` (a folder, or a ``.skops`` file) or else a
fresh ``models-new-<timestamp>/`` folder under the current directory, so a trial run
cannot silently change what every audit uses. ``replace`` writes the shipped model file.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from audit.ml.store import model_path

REPO_TRAINING_DIR = Path(__file__).resolve().parents[2] / "training"


class OutputChoiceError(ValueError):
    """``--out`` and ``--replace`` were both given, or ``--out`` names the shipped model without ``--replace``."""


def training_dir() -> Path:
    """The repository's ``training/`` folder (training runs from a checkout), else ``./training``."""
    return REPO_TRAINING_DIR if REPO_TRAINING_DIR.is_dir() else Path.cwd() / "training"


def new_folder(parent: Path, now: dt.datetime | None = None) -> Path:
    """A ``models-new-<timestamp>`` folder name under ``parent`` that does not exist yet."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = parent / f"models-new-{stamp}"
    n = 1
    while folder.exists():
        n += 1
        folder = parent / f"models-new-{stamp}-{n}"
    return folder


def model_destination(file_name: str, out: Path | None = None, replace: bool = False) -> Path:
    """The model file a run writes.

    ``replace``: the shipped file. ``out`` ending in ``.skops``: that file; another ``out``: ``file_name``
    in that folder. Neither: ``file_name`` in a new ``models-new-<timestamp>/`` under the current directory.
    """
    if replace and out is not None:
        raise OutputChoiceError("Kies --out of --replace, niet allebei.")
    shipped = model_path(file_name)
    if replace:
        return shipped
    if out is None:
        return new_folder(Path.cwd()) / file_name
    target = out if out.suffix == ".skops" else out / file_name
    if target.resolve() == shipped.resolve():
        raise OutputChoiceError(f"{target} is het meegeleverde model; gebruik --replace om het te vervangen.")
    return target
