"""Sentence classifiers that back the rules where wording varies too much for triggers alone.

One pipeline per event kind (``text_pipeline``: hashed word 1-3-grams and character
2-5-grams, TF-IDF, logistic regression), trained on the project's own labelled
sentences (``training/sentences.jsonl``) plus reviewer annotations, saved with skops.
A missing or refused model file leaves the rules to decide alone and is recorded
(``store.loaded_models``) with a Dutch warning.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.pipeline import Pipeline

from audit.ml import fast_text, skops_io, store
from audit.ml.text_pipeline import hashed_features, text_classifier

KINDS = ("one_on_one_contact", "safety_check", "behavioural_scientist_advice", "matching_rationale")
MODEL_FILE = "sentence_classifiers.skops"
ROLE = "sentence_classifiers"


def normalise(text: str) -> str:
    """Collapse whitespace and lower-case, so layout does not change the features."""
    return " ".join(text.split()).lower()


class SentenceClassifier(ClassifierMixin, BaseEstimator):
    """Binary sentence classifier: does this sentence show the event actually happened?"""

    def __init__(self, C: float = 4.0, n_features: int = 2**17, class_weight: str | None = "balanced"):
        self.C = C
        self.n_features = n_features
        self.class_weight = class_weight

    def _pipeline(self) -> Pipeline:
        features = hashed_features((1, 3), n_features=self.n_features)
        return text_classifier(features, C=self.C, max_iter=2000, class_weight=self.class_weight)

    def fit(self, X: list[str], y: list[int]) -> "SentenceClassifier":
        self.pipeline_ = self._pipeline().fit([normalise(x) for x in X], np.asarray(y))
        self.classes_ = self.pipeline_.classes_
        return self

    def predict_proba(self, X: list[str]) -> np.ndarray:
        return fast_text.predict_proba(self.pipeline_, [normalise(x) for x in X])

    def predict(self, X: list[str]) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]


def save_models(models: dict[str, SentenceClassifier], path: Path) -> Path:
    """Write the classifiers (kind -> classifier) with skops."""
    return skops_io.dump(models, path)


def load_models(path: Path) -> dict[str, SentenceClassifier]:
    """Read the classifiers, refusing any type outside the project's allow-list."""
    return skops_io.load(path)


@lru_cache(maxsize=4)
def _load_cached(path: Path, mtime_ns: int, size: int) -> tuple[dict[str, SentenceClassifier], str | None]:
    """Loading costs ~0.1 s: once per process and model file version, not once per dossier.

    Returns the models (empty when refused) and the warning, so a bad file is not retried per dossier.
    """
    models, warning = store.load_or_warn(path, dict)
    return models or {}, warning


@dataclass
class SentenceModels:
    """The loaded classifiers (possibly none), as the detectors use them."""

    models: dict[str, Any] = field(default_factory=dict)
    veto: float = 0.0
    source: str | None = None

    @classmethod
    def load(cls, path: Path | None = None, veto: float = 0.0) -> "SentenceModels":
        """The classifiers at ``path`` (default: the shipped file); none, with a recorded warning, on failure."""
        path = path or store.model_path(MODEL_FILE)
        try:
            stat = path.stat()
            models, warning = _load_cached(path, stat.st_mtime_ns, stat.st_size)
        except OSError:
            models, warning = {}, store.missing_warning(path)
        store.record_load(ROLE, path, warning is None, warning)
        return cls(models, veto=veto, source=path.name if warning is None else None)

    def probability(self, kind: str, text: str) -> float | None:
        """P(event happened) for ``text``, or None when there is no model for ``kind``."""
        model = self.models.get(kind)
        if model is None:
            return None
        proba = model.predict_proba([text])[0]
        return float(proba[list(model.classes_).index(1)]) if 1 in model.classes_ else 0.0
