"""Training: refit the sentence classifiers from the project's own labelled sentences.

Training data: ``training/sentences.jsonl`` (fictional, written by the project; see
training/README.md), one ``{"text", "kind", "label", ...}`` per line. Reviewer
annotations can be added as further records of the same shape. The dev corpus is
never used here.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import numpy as np
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from audit.detect.classifier import KINDS, MODEL_DIR, MODEL_FILE, SentenceClassifier, save_models

TRAINING_DIR = Path(__file__).resolve().parents[2] / "training"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path.name}, regel {n}: geen geldige JSON") from exc
    return records


@dataclass
class KindMetrics:
    kind: str
    n: int
    positives: int
    precision: float
    recall: float
    f1: float

    def to_json(self) -> dict[str, Any]:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


def _prf(y: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    tp = int(((pred == 1) & (y == 1)).sum())
    fp = int(((pred == 1) & (y == 0)).sum())
    fn = int(((pred == 0) & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def dataset(records: Iterable[dict[str, Any]], kind: str) -> tuple[list[str], np.ndarray]:
    """Sentences for one kind: its own records, plus other kinds' positives as negatives.

    Borrowing other kinds' positives teaches e.g. the advice model that a one-on-one
    talk is not an advice.
    """
    X, y = [], []
    for r in records:
        if r["kind"] == kind:
            X.append(r["text"])
            y.append(int(bool(r["label"])))
        elif r.get("label"):
            X.append(r["text"])
            y.append(0)
    return X, np.asarray(y)


def cross_validate(records: list[dict[str, Any]], folds: int = 5, seed: int = 0) -> list[KindMetrics]:
    out = []
    for kind in KINDS:
        X, y = dataset(records, kind)
        if len(set(y)) < 2 or min(np.bincount(y)) < folds:
            continue
        cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
        pred = cross_val_predict(SentenceClassifier(), X, y, cv=cv)
        p, r, f = _prf(y, np.asarray(pred))
        out.append(KindMetrics(kind, len(y), int(y.sum()), p, r, f))
    return out


def fit_all(records: list[dict[str, Any]]) -> dict[str, SentenceClassifier]:
    models = {}
    for kind in KINDS:
        X, y = dataset(records, kind)
        if len(set(y)) == 2:
            models[kind] = SentenceClassifier().fit(X, y)
    return models


def train_sentence_models(
    sentences: Path | None = None, extra: list[dict[str, Any]] | None = None, out: Path | None = None
) -> tuple[list[KindMetrics], Path]:
    records = read_jsonl(sentences or TRAINING_DIR / "sentences.jsonl") + list(extra or [])
    metrics = cross_validate(records)
    path = out or MODEL_DIR / MODEL_FILE
    save_models(fit_all(records), path)
    return metrics, path
