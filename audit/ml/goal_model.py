"""The learned half of goal scoring: one text classifier per criterion.

Each criterion gets the shared hashed text pipeline (``text_pipeline``: word 1-2 and
char_wb 2-5 grams, TF-IDF, class-balanced logistic regression) over the goal text
prefixed with the rule feature tokens from ``rules.features_text``. The rule tokens
let the model weigh lexical evidence ("__vague__", "__dom_school__") against
phrasing it learnt. Saved and loaded through ``skops_io`` (explicit allow-list).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline

from audit.goals.rules import features_text
from audit.ml import skops_io, store
from audit.ml.text_pipeline import N_FEATURES, hashed_features, text_classifier

CRITERIA: tuple[str, ...] = ("specific", "measurable", "time_bound", "actor", "development_oriented")
MODEL_FILE = "goal_model.skops"
MODEL_VERSION = "goal-model-2"
ROLE = "goal_model"
WORD_TOKENS = r"(?u)\b\w+\b"  # one-letter words count ("A" in "diploma A")

__all__ = ["CRITERIA", "MODEL_FILE", "MODEL_VERSION", "N_FEATURES", "GoalModel", "default_model", "default_path",
           "fit_goal_model", "load", "make_pipeline", "save"]


def _feature_texts(items: Iterable[tuple[str, str | None, str | None]]) -> list[str]:
    """Model input per goal: the rule feature tokens, then the goal text (``rules.features_text``).

    """
    return [features_text(text, termijn, wie) for text, termijn, wie in items]


def _fitted_vocabulary_features() -> FeatureUnion:
    """The earlier fitted-vocabulary variant (10 MB on disk), kept only to compare metrics."""
    return FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=WORD_TOKENS, lowercase=True,
                                 sublinear_tf=True, min_df=1, max_features=6000, dtype=np.float64)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True,
                                 sublinear_tf=True, min_df=2, max_features=8000, dtype=np.float64)),
    ])


def make_pipeline(C: float = 4.0, vectorizer: str = "hash") -> Pipeline:
    """The pipeline for one criterion; ``vectorizer="tfidf"`` builds the fitted-vocabulary variant."""
    if vectorizer == "hash":
        feats = hashed_features((1, 2), word_kw={"analyzer": "word", "token_pattern": WORD_TOKENS, "lowercase": True})
    else:
        feats = _fitted_vocabulary_features()
    return text_classifier(feats, C=C, max_iter=3000, class_weight="balanced")


@dataclass
class GoalModel:
    """Per-criterion pipelines plus metadata (version, training size, CV metrics)."""

    pipelines: dict[str, Pipeline]
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_saved(cls, obj: dict[str, Any]) -> "GoalModel":
        """The model from what ``save`` wrote."""
        return cls(pipelines=dict(obj["pipelines"]), meta=obj.get("meta", {}))

    def predict_proba(self, text: str, termijn: str | None = None, wie: str | None = None) -> dict[str, float]:
        """P(criterion met) for each modelled criterion."""
        return self.predict_proba_many([(text, termijn, wie)])[0]

    def predict_proba_many(self, items: list[tuple[str, str | None, str | None]]) -> list[dict[str, float]]:
        """Batched ``predict_proba``: one model call per criterion for all goals of a dossier."""
        if not items:
            return []
        x = _feature_texts(items)
        out: list[dict[str, float]] = [{} for _ in items]
        for crit, pipe in self.pipelines.items():
            classes = list(pipe.classes_)
            for row, p in zip(out, pipe.predict_proba(x)):
                row[crit] = float(p[classes.index(1)]) if 1 in classes else 0.0
        return out

    def predict(self, texts: list[str]) -> dict[str, list[int]]:
        """0/1 per criterion for each text (no table cells)."""
        x = _feature_texts((t, None, None) for t in texts)
        return {c: [int(v) for v in p.predict(x)] for c, p in self.pipelines.items()}


def _xy(records: Iterable[dict[str, Any]], crit: str) -> tuple[list[str], list[int]]:
    recs = list(records)
    x = _feature_texts((r["text"], r.get("termijn"), r.get("wie")) for r in recs)
    y = [int(bool(r[crit])) for r in recs]
    return x, y


def fit_goal_model(records: list[dict[str, Any]], criteria: tuple[str, ...] = CRITERIA,
                   vectorizer: str = "hash") -> GoalModel:
    """Fit one pipeline per criterion on annotated goals (dicts with text + boolean labels)."""
    pipes: dict[str, Pipeline] = {}
    for crit in criteria:
        x, y = _xy(records, crit)
        pipe = make_pipeline(vectorizer=vectorizer).fit(x, y)
        for _, vec in pipe.named_steps["features"].transformer_list:
            if isinstance(vec, TfidfVectorizer):
                vec.stop_words_ = None  # pruned-term list: only for introspection, and most of the file size
        pipes[crit] = pipe
    return GoalModel(pipelines=pipes, meta={"version": MODEL_VERSION, "n_train": len(records)})


def default_path() -> Path:
    """Where the shipped goal model lives."""
    return store.model_path(MODEL_FILE)


def save(model: GoalModel, path: str | Path | None = None) -> Path:
    """Write the model with skops (no pickle); default: the shipped file."""
    return skops_io.dump({"pipelines": model.pipelines, "meta": model.meta}, path or default_path())


def load(path: str | Path | None = None) -> GoalModel:
    """Load a goal model, refusing any type outside the allow-list (``UntrustedModelFile``)."""
    return GoalModel.from_saved(skops_io.load(path or default_path()))


_CACHE: dict[str, tuple[GoalModel | None, str | None]] = {}


def default_model() -> GoalModel | None:
    """The shipped model (loaded once per process), or None when it is missing or refused.

    Every call records the outcome in ``store.loaded_models`` (a failure with its Dutch
    warning), so the record stays right for each audit; rules decide alone on None.
    """
    path = default_path()
    key = str(path)
    if key not in _CACHE:
        _CACHE[key] = store.load_or_warn(path, GoalModel.from_saved)
    model, warning = _CACHE[key]
    store.record_load(ROLE, path, model is not None, warning)
    return model
