"""The learned decision layer's model: per event kind, P(this candidate is a real event on its date).

Input per candidate is one text (built by ``audit.detect.decision.features_text``: the
rule and context signals as tokens, the entry header and the sentence with names and
digits masked); the model is the shared hashed text pipeline with a class-balanced
logistic regression, whose probabilities the reviewer uses for ordering. Saved with
skops through the project's allow-list, found through ``store`` like every shipped model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline

from audit.ml import fast_text, skops_io, store
from audit.ml.text_pipeline import hashed_features, text_classifier

MODEL_FILE = "decision_model.skops"
ROLE = "decision_model"
KINDS = ("one_on_one_contact", "safety_check", "behavioural_scientist_advice")


def make_pipeline(C: float = 2.0) -> Pipeline:
    """Word 1-2-grams (signal tokens included) + char 2-5-grams, class-balanced logistic regression."""
    features = hashed_features((1, 2), n_features=2**18, word_kw={"token_pattern": r"(?u)[\w=:.-]+"})
    return text_classifier(features, C=C, max_iter=3000, class_weight="balanced")


@dataclass
class DecisionModel:
    """One pipeline per event kind plus metadata (training corpora, sizes, version)."""

    pipelines: dict[str, Pipeline]
    meta: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, kind: str, texts: list[str]) -> list[float] | None:
        """P(real event) per candidate text; None when the model has no pipeline for ``kind``."""
        pipe = self.pipelines.get(kind)
        if pipe is None:
            return None
        if not texts:
            return []
        classes = list(pipe.classes_)
        if 1 not in classes:
            return [0.0] * len(texts)
        return [float(p) for p in fast_text.predict_proba(pipe, texts)[:, classes.index(1)]]


def fit(data: dict[str, tuple[list[str], list[int]]], meta: dict[str, Any] | None = None) -> DecisionModel:
    """Fit one pipeline per kind on (texts, labels); a kind with one class only is left out."""
    pipes = {kind: make_pipeline().fit(x, np.asarray(y)) for kind, (x, y) in data.items() if len(set(y)) == 2}
    return DecisionModel(pipes, dict(meta or {}))


def save(model: DecisionModel, path: Path) -> Path:
    return skops_io.dump({"pipelines": model.pipelines, "meta": model.meta}, path)


def _build(obj: Any) -> DecisionModel:
    return DecisionModel(dict(obj["pipelines"]), dict(obj.get("meta", {})))


@lru_cache(maxsize=4)
def _load_cached(path: Path, mtime_ns: int, size: int) -> tuple[DecisionModel | None, str | None]:
    return store.load_or_warn(path, _build)


def load(path: Path | None = None) -> DecisionModel | None:
    """The decision model at ``path`` (default: the shipped one), or None with a recorded warning."""
    path = path or store.model_path(MODEL_FILE)
    try:
        stat = path.stat()
        model, warning = _load_cached(path, stat.st_mtime_ns, stat.st_size)
    except OSError:
        model, warning = None, store.missing_warning(path)
    store.record_load(ROLE, path, model is not None, warning)
    return model
