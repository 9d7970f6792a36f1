"""Sentence classifiers that back the rules where wording varies too much for triggers alone.

One scikit-learn pipeline per event kind (hashed word and character n-grams with
TF-IDF weighting + logistic regression; hashing keeps the model file small because no
vocabulary is stored), trained on the project's own labelled sentences
(``training/sentences.jsonl``) plus reviewer annotations, saved with skops.
Loading checks skops' untrusted types against an explicit allow-list: we never
load a pickle or an unknown type.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

KINDS = ("one_on_one_contact", "safety_check", "behavioural_scientist_advice", "matching_rationale")
MODEL_DIR = Path(__file__).resolve().parents[2] / "models"
MODEL_FILE = "sentence_classifiers.skops"

# Types skops reports as untrusted for our pipelines; anything else refuses to load.
TRUSTED_TYPES = [
    "audit.detect.classifier.SentenceClassifier",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "numpy.float64",
    "numpy.int64",
    "builtins.dict",
    "collections.defaultdict",
]


def normalise(text: str) -> str:
    return " ".join(text.split()).lower()


class SentenceClassifier(ClassifierMixin, BaseEstimator):
    """Binary sentence classifier: does this sentence show the event actually happened?"""

    def __init__(self, C: float = 4.0, n_features: int = 2**17, class_weight: str | None = "balanced"):
        self.C = C
        self.n_features = n_features
        self.class_weight = class_weight

    def _pipeline(self) -> Pipeline:
        def hashed(**kw) -> Pipeline:
            vec = HashingVectorizer(n_features=self.n_features, alternate_sign=False, norm=None, **kw)
            return Pipeline([("hash", vec), ("tfidf", TfidfTransformer(sublinear_tf=True))])

        features = FeatureUnion([
            ("word", hashed(ngram_range=(1, 3))),
            ("char", hashed(analyzer="char_wb", ngram_range=(2, 5))),
        ])
        clf = LogisticRegression(C=self.C, max_iter=2000, class_weight=self.class_weight)
        return Pipeline([("features", features), ("clf", clf)])

    def fit(self, X: list[str], y: list[int]) -> "SentenceClassifier":
        self.pipeline_ = self._pipeline().fit([normalise(x) for x in X], np.asarray(y))
        self.classes_ = self.pipeline_.classes_
        return self

    def predict_proba(self, X: list[str]) -> np.ndarray:
        return self.pipeline_.predict_proba([normalise(x) for x in X])

    def predict(self, X: list[str]) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]


def save_models(models: dict[str, SentenceClassifier], path: Path) -> None:
    import skops.io as sio

    import zipfile

    path.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(models, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)


def load_models(path: Path) -> dict[str, SentenceClassifier]:
    import skops.io as sio

    untrusted = sio.get_untrusted_types(file=path)
    unknown = [t for t in untrusted if t not in TRUSTED_TYPES]
    if unknown:
        raise ValueError(f"model file {path.name} holds types we do not trust: {unknown}")
    return sio.load(path, trusted=untrusted)


@lru_cache(maxsize=4)
def _load_cached(path: Path, mtime_ns: int, size: int) -> dict[str, SentenceClassifier]:
    """Loading costs ~0.1 s: once per process and model file version, not once per dossier."""
    return load_models(path)


@dataclass
class SentenceModels:
    """The loaded classifiers (possibly none), as the detectors use them."""

    models: dict[str, Any] = field(default_factory=dict)
    veto: float = 0.0
    source: str | None = None

    @classmethod
    def load(cls, path: Path | None = None, veto: float = 0.0) -> "SentenceModels":
        path = path or MODEL_DIR / MODEL_FILE
        if not path.exists():
            return cls(veto=veto)
        stat = path.stat()
        return cls(_load_cached(path, stat.st_mtime_ns, stat.st_size), veto=veto, source=path.name)

    def probability(self, kind: str, text: str) -> float | None:
        model = self.models.get(kind)
        if model is None:
            return None
        proba = model.predict_proba([text])[0]
        return float(proba[list(model.classes_).index(1)]) if 1 in model.classes_ else 0.0
