"""Training the sentence classifiers from the project's own labelled sentences (+ reviewer decisions).

Training data: ``training/sentences.jsonl`` (fictional, written by the project; see
training/README.md), one ``{"text", "kind", "label", ...}`` per line. Reviewer
annotations can be added as further records of the same shape. The dev corpus is
never used here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import numpy as np
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from audit.ml.metrics import precision_recall_f1
from audit.ml.sentence_classifier import KINDS, SentenceClassifier, save_models
from audit.train.card import write_sentence_card


@dataclass
class KindMetrics:
    """Cross-validated figures of one kind's classifier."""

    kind: str
    n: int
    positives: int
    precision: float
    recall: float
    f1: float

    def to_json(self) -> dict[str, Any]:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


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
    """Stratified k-fold figures per kind (kinds with too few examples of a class are skipped)."""
    out = []
    for kind in KINDS:
        X, y = dataset(records, kind)
        if len(set(y)) < 2 or min(np.bincount(y)) < folds:
            continue
        cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
        pred = cross_val_predict(SentenceClassifier(), X, y, cv=cv)
        p, r, f = precision_recall_f1(y, np.asarray(pred))
        out.append(KindMetrics(kind, len(y), int(y.sum()), p, r, f))
    return out


def fit_all(records: list[dict[str, Any]]) -> dict[str, SentenceClassifier]:
    """One fitted classifier per kind that has both positives and negatives."""
    models = {}
    for kind in KINDS:
        X, y = dataset(records, kind)
        if len(set(y)) == 2:
            models[kind] = SentenceClassifier().fit(X, y)
    return models


@dataclass
class SentenceTraining:
    """Figures before (training data only) and after (+ reviewer sentences), and where the model went."""

    before: list[KindMetrics]
    after: list[KindMetrics]
    n_base: int
    n_extra: int
    path: Path


def train_sentence_models(base: list[dict[str, Any]], extra: list[dict[str, Any]], path: Path) -> SentenceTraining:
    """Cross-validate before/after, fit on everything, save to ``path`` with a model card beside it."""
    before = cross_validate(base)
    after = cross_validate(base + extra) if extra else before  # same data, same seed: same figures
    save_models(fit_all(base + extra), path)
    write_sentence_card(path, [m.to_json() for m in after], len(base), len(extra))
    return SentenceTraining(before, after, len(base), len(extra), path)
