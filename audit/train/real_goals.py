"""Real (published) Dutch goals as extra training and evaluation data for the goal model.

``training/real_goals/`` holds goal sentences copied from public sources, each labelled on
the five criteria by one first labeller (files ``goals_*.jsonl`` with a ``text``) and, for a
subset, by an independent second labeller (``goals_labeller_2.jsonl``: id + five booleans).
Goals from one source share phrasing, so evaluation splits by ``source_group``
(``grouped_splits``), never by goal.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, Iterator, Sequence

from sklearn.model_selection import GroupKFold

from audit.ml.data import read_jsonl
from audit.ml.goal_model import CRITERIA

SECOND_LABELLER_FILE = "goals_labeller_2.jsonl"
# Files read first, in this order; any other goals_*.jsonl follows by name. Dedup keeps the first.
FIRST_FILES = ("goals_labeller_a.jsonl", "goals_batch_b.jsonl", "goals_batch_c.jsonl")
REAL_SOURCE = "real"  # the ``source`` given to real goals among the training records


def normalise_text(text: str) -> str:
    """Text key for duplicates: accents folded, lower case, punctuation and spacing ignored."""
    t = unicodedata.normalize("NFKD", text).casefold()
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", t))


def _check_record(r: dict[str, Any], where: str, seen_ids: set[str]) -> None:
    """Raise ValueError (Dutch) when a first-labeller record lacks what training and evaluation need."""
    rid = r.get("id")
    if not isinstance(rid, str) or not rid:
        raise ValueError(f"{where}: id ontbreekt")
    if rid in seen_ids:
        raise ValueError(f"{where}: id {rid} komt twee keer voor")
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        raise ValueError(f"{where} ({rid}): tekst ontbreekt")
    if not isinstance(r.get("source_group"), str) or not r["source_group"].strip():
        raise ValueError(f"{where} ({rid}): source_group ontbreekt")
    bad = [c for c in CRITERIA if not isinstance(r.get(c), bool)]
    if bad:
        raise ValueError(f"{where} ({rid}): geen ja/nee-label voor {', '.join(bad)}")
    for cell in ("termijn", "wie"):
        if r.get(cell) is not None and not isinstance(r[cell], str):
            raise ValueError(f"{where} ({rid}): {cell} is geen tekst")


def dedupe(records: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(kept, dropped): a record whose normalised text was seen before is dropped; the first stays."""
    seen: set[str] = set()
    kept, dropped = [], []
    for r in records:
        key = normalise_text(r["text"])
        (dropped if key in seen else kept).append(r)
        seen.add(key)
    return kept, dropped


def first_label_files(folder: Path) -> list[Path]:
    """The first labellers' files in reading order (``FIRST_FILES``, then the rest by name)."""
    others = sorted(p for p in folder.glob("goals_*.jsonl")
                    if p.name not in FIRST_FILES and p.name != SECOND_LABELLER_FILE)
    return [folder / n for n in FIRST_FILES if (folder / n).exists()] + others


def load_real_goals(folder: Path, with_dropped: bool = False) -> Any:
    """Validated, deduplicated real goals as training records (``source="real"``).

    ``with_dropped``: also return the duplicates that were left out.
    """
    records: list[dict[str, Any]] = []
    seen_ids: set[str] = set()
    for path in first_label_files(Path(folder)):
        for n, r in enumerate(read_jsonl(path), 1):
            _check_record(r, f"{path.name}, record {n}", seen_ids)
            seen_ids.add(r["id"])
            records.append({**r, "source": REAL_SOURCE})
    if not records:
        raise ValueError(f"{folder}: geen doelen gevonden (goals_*.jsonl)")
    kept, dropped = dedupe(records)
    return (kept, dropped) if with_dropped else kept


def load_second_labels(folder: Path, known_ids: set[str] | None = None) -> dict[str, dict[str, bool]]:
    """The second labeller's five booleans per goal id (empty when the file is absent)."""
    path = Path(folder) / SECOND_LABELLER_FILE
    if not path.exists():
        return {}
    out: dict[str, dict[str, bool]] = {}
    for n, r in enumerate(read_jsonl(path), 1):
        where = f"{path.name}, record {n}"
        rid = r.get("id")
        if not isinstance(rid, str) or rid in out or (known_ids is not None and rid not in known_ids):
            raise ValueError(f"{where}: onbekend of dubbel id {rid!r}")
        if any(not isinstance(r.get(c), bool) for c in CRITERIA):
            raise ValueError(f"{where} ({rid}): niet alle vijf labels zijn ja/nee")
        out[rid] = {c: r[c] for c in CRITERIA}
    return out


def is_adult(record: dict[str, Any]) -> bool:
    """An adult-care goal: the collectors start its ``note`` with "adult" (see the SOURCES files)."""
    return str(record.get("note") or "").lower().startswith("adult")


def grouped_splits(records: Sequence[dict[str, Any]], n_splits: int = 5) -> Iterator[tuple[list[int], list[int]]]:
    """GroupKFold over ``source_group``: a source's goals are all in train or all in test."""
    groups = [r["source_group"] for r in records]
    n = min(n_splits, len(set(groups)))
    for tr, te in GroupKFold(n_splits=n).split(list(range(len(records))), groups=groups):
        yield [int(i) for i in tr], [int(i) for i in te]
