"""The learned half of goal scoring: one text classifier per criterion.

Each criterion gets the shared hashed text pipeline (``text_pipeline``: word 1-2 and
char_wb 2-5 grams, TF-IDF, class-balanced logistic regression) over the goal text
prefixed with the rule feature tokens from ``rules.features_text``. The rule tokens
let the model weigh lexical evidence ("__vague__", "__dom_school__") against
phrasing it learnt. Saved and loaded through ``skops_io`` (explicit allow-list).
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline

from audit.goals.rules import features_text
from audit.ml import fast_text, skops_io, store
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


def make_pipeline(C: float = 4.0, vectorizer: str = "hash", class_weight: str | None = "balanced") -> Pipeline:
    """The pipeline for one criterion; ``vectorizer="tfidf"`` builds the fitted-vocabulary variant."""
    if vectorizer == "hash":
        feats = hashed_features((1, 2), word_kw={"analyzer": "word", "token_pattern": WORD_TOKENS, "lowercase": True})
    else:
        feats = _fitted_vocabulary_features()
    return text_classifier(feats, C=C, max_iter=3000, class_weight=class_weight)


def shift_probability(p: float, threshold: float) -> float:
    """``p`` moved on the logit scale so that ``threshold`` lands on 0.5 (a decision threshold for callers
    that cut at 0.5); 0.5 leaves ``p`` unchanged."""
    if threshold == 0.5:
        return p
    p = min(max(p, 1e-9), 1 - 1e-9)
    z = math.log(p / (1 - p)) - math.log(threshold / (1 - threshold))
    return 1 / (1 + math.exp(-z))


@dataclass
class GoalModel:
    """Per-criterion pipelines plus metadata (version, training size, CV metrics)."""

    pipelines: dict[str, Pipeline]
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def thresholds(self) -> dict[str, float]:
        """Decision threshold per criterion (``meta["thresholds"]``; 0.5 where none is set)."""
        return {c: float(self.meta.get("thresholds", {}).get(c, 0.5)) for c in self.pipelines}

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
        raw = self.raw_proba_many(items)
        cut = self.thresholds
        return [{c: shift_probability(p, cut[c]) for c, p in row.items()} for row in raw]

    def raw_proba_many(self, items: list[tuple[str, str | None, str | None]]) -> list[dict[str, float]]:
        """The classifiers' own probabilities, before the decision thresholds are applied."""
        x = _feature_texts(items)
        out: list[dict[str, float]] = [{} for _ in items]
        for crit, pipe in self.pipelines.items():
            classes = list(pipe.classes_)
            for row, p in zip(out, fast_text.predict_proba(pipe, x)):
                row[crit] = float(p[classes.index(1)]) if 1 in classes else 0.0
        return out

    def predict(self, texts: list[str]) -> dict[str, list[int]]:
        """0/1 per criterion for each text (no table cells), at the model's decision thresholds."""
        probs = self.predict_proba_many([(t, None, None) for t in texts])
        return {c: [int(row[c] >= 0.5) for row in probs] for c in self.pipelines}


def _xy(records: Iterable[dict[str, Any]], crit: str) -> tuple[list[str], list[int]]:
    recs = list(records)
    x = _feature_texts((r["text"], r.get("termijn"), r.get("wie")) for r in recs)
    y = [int(bool(r[crit])) for r in recs]
    return x, y


def sample_weights(records: list[dict[str, Any]], y: list[int], source_weights: Mapping[str, float] | None = None,
                   balance_sources: bool = False) -> list[float]:
    """Weight per record: its ``source``'s weight (sources not in ``source_weights`` form one group of weight 1).

    ``balance_sources``: within each group, each class weighs as much in total as the other
    (``class_weight="balanced"`` per group), so a group with mostly one class does not move the prior.
    """
    sw = source_weights or {}
    group = [r.get("source") if r.get("source") in sw else None for r in records]
    w = [float(sw[g]) if g is not None else 1.0 for g in group]
    if not balance_sources:
        return w
    counts = Counter(zip(group, y))
    sizes = Counter(group)
    n_classes = {g: sum(1 for gg, _ in counts if gg == g) for g in sizes}
    return [wi * sizes[g] / (n_classes[g] * counts[(g, yi)]) for wi, g, yi in zip(w, group, y)]


def fit_goal_model(records: list[dict[str, Any]], criteria: tuple[str, ...] = CRITERIA,
                   vectorizer: str = "hash", source_weights: Mapping[str, float] | None = None,
                   C: float = 4.0, class_weight: str | None = "balanced", balance_sources: bool = False) -> GoalModel:
    """Fit one pipeline per criterion on annotated goals (dicts with text + boolean labels).

    ``source_weights``: sample weight per record ``source`` (e.g. ``{"real": 3.0}``); others weigh 1.
    ``balance_sources``: balance the classes within each source group (``sample_weights``) instead of
    over all records (``class_weight`` is then not used).
    """
    pipes: dict[str, Pipeline] = {}
    for crit in criteria:
        x, y = _xy(records, crit)
        weights = sample_weights(records, y, source_weights, balance_sources)
        fit_kw = {"clf__sample_weight": weights} if any(w != 1.0 for w in weights) else {}
        cw = None if balance_sources else class_weight
        pipe = make_pipeline(C=C, vectorizer=vectorizer, class_weight=cw).fit(x, y, **fit_kw)
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
