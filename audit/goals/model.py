"""The learned half of goal scoring: one text classifier per criterion.

Each criterion gets a scikit-learn Pipeline (word + character n-grams, hashed
and TF-IDF weighted, over the goal text prefixed with the rule feature tokens
from ``rules.features_text``, then a class-balanced LogisticRegression).
Hashing instead of a fitted vocabulary keeps the saved file small (no
vocabulary or pruned-term lists to store). The rule tokens let the model weigh
lexical evidence ("__vague__", "__dom_school__") against phrasing it learnt.

Serialization is skops with an explicit list of trusted types that is checked
before anything is loaded; an unexpected type refuses the file.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from audit.goals.rules import features_text

CRITERIA: tuple[str, ...] = ("specific", "measurable", "time_bound", "actor", "development_oriented")
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "models" / "goal_model.skops"
MODEL_VERSION = "goal-model-2"
N_FEATURES = 2**17  # per hashed vectorizer; collisions are rare at this size for a few thousand n-grams

# Every type the saved file may contain. Checked on load; anything else is refused.
TRUSTED_TYPES: tuple[str, ...] = (
    "sklearn.pipeline.Pipeline",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "numpy.ndarray",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "builtins.dict",
    "builtins.list",
    "builtins.tuple",
    "builtins.str",
    "builtins.int",
    "builtins.float",
    "builtins.bool",
    "builtins.NoneType",
    "builtins.slice",
)


def _hashed(**kw: Any) -> Pipeline:
    vec = HashingVectorizer(n_features=N_FEATURES, alternate_sign=False, norm=None, lowercase=True, **kw)
    return Pipeline([("hash", vec), ("tfidf", TfidfTransformer(sublinear_tf=True))])


def make_pipeline(C: float = 4.0, vectorizer: str = "hash") -> Pipeline:
    """Word 1-2 grams (incl. rule tokens) + char_wb 2-5 grams, TF-IDF weighted, + LogisticRegression.

    ``vectorizer="tfidf"`` builds the earlier fitted-vocabulary variant (10 MB on disk), kept only to
    compare cross-validated metrics; the shipped model uses hashing.
    """
    if vectorizer == "hash":
        feats = FeatureUnion([
            ("word", _hashed(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b")),
            ("char", _hashed(analyzer="char_wb", ngram_range=(2, 5))),
        ])
        return Pipeline([("features", feats), ("clf", LogisticRegression(C=C, class_weight="balanced", max_iter=3000))])
    feats = FeatureUnion(
        [
            ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b",
                                     lowercase=True, sublinear_tf=True, min_df=1, max_features=6000, dtype=np.float64)),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True,
                                     sublinear_tf=True, min_df=2, max_features=8000, dtype=np.float64)),
        ]
    )
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=3000)
    return Pipeline([("features", feats), ("clf", clf)])


@dataclass
class GoalModel:
    """Per-criterion pipelines plus metadata (version, training size, CV metrics)."""

    pipelines: dict[str, Pipeline]
    meta: dict[str, Any] = field(default_factory=dict)

    def predict_proba(self, text: str, termijn: str | None = None, wie: str | None = None) -> dict[str, float]:
        """P(criterion met) for each modelled criterion."""
        return self.predict_proba_many([(text, termijn, wie)])[0]

    def predict_proba_many(self, items: list[tuple[str, str | None, str | None]]) -> list[dict[str, float]]:
        """Batched ``predict_proba``: one model call per criterion for all goals of a dossier."""
        if not items:
            return []
        x = [features_text(t, termijn, wie) for t, termijn, wie in items]
        out: list[dict[str, float]] = [{} for _ in items]
        for crit, pipe in self.pipelines.items():
            classes = list(pipe.classes_)
            probs = pipe.predict_proba(x)
            for row, p in zip(out, probs):
                row[crit] = float(p[classes.index(1)]) if 1 in classes else 0.0
        return out

    def predict(self, texts: list[str]) -> dict[str, list[int]]:
        x = [features_text(t) for t in texts]
        return {c: [int(v) for v in p.predict(x)] for c, p in self.pipelines.items()}


def _xy(records: Iterable[dict[str, Any]], crit: str) -> tuple[list[str], list[int]]:
    recs = list(records)
    x = [features_text(r["text"], r.get("termijn"), r.get("wie")) for r in recs]
    y = [int(bool(r[crit])) for r in recs]
    return x, y


def fit_goal_model(records: list[dict[str, Any]], criteria: tuple[str, ...] = CRITERIA,
                   vectorizer: str = "hash") -> GoalModel:
    """Fit one pipeline per criterion on annotated goals (dicts with text + boolean labels)."""
    pipes: dict[str, Pipeline] = {}
    for crit in criteria:
        x, y = _xy(records, crit)
        pipe = make_pipeline(vectorizer=vectorizer)
        pipe.fit(x, y)
        for _, vec in pipe.named_steps["features"].transformer_list:
            if isinstance(vec, TfidfVectorizer):
                vec.stop_words_ = None  # pruned-term list: only for introspection, and most of the file size
        pipes[crit] = pipe
    return GoalModel(pipelines=pipes, meta={"version": MODEL_VERSION, "n_train": len(records)})


def save(model: GoalModel, path: str | Path = DEFAULT_PATH) -> Path:
    """Write the model with skops (no pickle)."""
    import skops.io as sio

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sio.dump({"pipelines": model.pipelines, "meta": model.meta}, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    return path


class UntrustedModelFile(ValueError):
    """The model file holds types outside TRUSTED_TYPES."""


def types_in(path: str | Path) -> set[str]:
    """Every ``module.Class`` named in a skops file's schema (skops' own check skips types it trusts by default)."""
    import json
    import zipfile

    def walk(node: Any, acc: set[str]) -> set[str]:
        if isinstance(node, dict):
            if "__module__" in node and "__class__" in node:
                acc.add(f"{node['__module__']}.{node['__class__']}")
            for v in node.values():
                walk(v, acc)
        elif isinstance(node, list):
            for v in node:
                walk(v, acc)
        return acc

    with zipfile.ZipFile(path) as z:
        return walk(json.loads(z.read("schema.json")), set())


def load(path: str | Path = DEFAULT_PATH) -> GoalModel:
    """Load a skops model after checking every type in it against TRUSTED_TYPES."""
    import skops.io as sio

    path = Path(path)
    untrusted = sio.get_untrusted_types(file=path)
    unexpected = sorted((types_in(path) | set(untrusted)) - set(TRUSTED_TYPES))
    if unexpected:
        raise UntrustedModelFile(f"{path}: refusing to load untrusted types {unexpected}")
    obj = sio.load(path, trusted=[t for t in untrusted if t in TRUSTED_TYPES])
    return GoalModel(pipelines=obj["pipelines"], meta=obj.get("meta", {}))


_CACHE: dict[str, GoalModel | None] = {}


def default_model() -> GoalModel | None:
    """The shipped model, or None when the file is missing or refused (rules then decide alone)."""
    key = str(DEFAULT_PATH)
    if key not in _CACHE:
        try:
            _CACHE[key] = load(DEFAULT_PATH) if DEFAULT_PATH.exists() else None
        except (UntrustedModelFile, OSError, ValueError, KeyError, zipfile.BadZipFile):
            _CACHE[key] = None
    return _CACHE[key]
