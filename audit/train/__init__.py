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


MODEL_CARD = "SENTENCE_MODEL_CARD.md"


def write_model_card(path: Path, metrics: list[KindMetrics], n_base: int, n_extra: int) -> Path:
    """A model card beside the model: what it was trained on, how well, and its limits."""
    rows = "\n".join(
        f"| {m.kind} | {m.n} | {m.positives} | {m.precision:.3f} | {m.recall:.3f} | {m.f1:.3f} |" for m in metrics
    )
    card = f"""# Sentence classifiers (`{path.name}`)

One binary classifier per event kind: does this sentence show that the event actually
happened? Hashed word 1-3-grams and character 2-5-grams (TF-IDF weighted) with logistic
regression (`audit/detect/classifier.py`). Saved with skops; loading checks every type
against an allow-list.

## Training data
- {n_base} labelled sentences from `training/sentences.jsonl`: fictional, written by the
  project's generator in six house styles, with hard negatives (negated, planned,
  cancelled, foster parent present, other child, policy, hypothetical, question).
- {n_extra} sentences from reviewer annotations (confirm/reject/correct/add).
- Other kinds' positives are added as negatives of each kind.
- Never the provider dev corpus.

## Cross-validated metrics (5-fold, stratified)
| kind | n | positives | precision | recall | F1 |
|---|---|---|---|---|---|
{rows}

## Use and limits
The rules (triggers + ConText qualifiers) decide whether an event counts; the classifier
only moves its confidence (ordering for the reviewer). The veto
(`detect.classifier_veto`, default 0) stays off until the model has learned from real
reviewed dossiers: trained on synthetic text only, its probabilities are poorly
calibrated on other house styles. Cross-validation on generated sentences flatters it
(sentences share templates).
"""
    target = path.parent / MODEL_CARD
    target.write_text(card, encoding="utf-8")
    return target


def train_sentence_models(
    sentences: Path | None = None, extra: list[dict[str, Any]] | None = None, out: Path | None = None
) -> tuple[list[KindMetrics], Path]:
    base = read_jsonl(sentences or TRAINING_DIR / "sentences.jsonl")
    records = base + list(extra or [])
    metrics = cross_validate(records)
    path = out or MODEL_DIR / MODEL_FILE
    save_models(fit_all(records), path)
    write_model_card(path, metrics, len(base), len(extra or []))
    return metrics, path
