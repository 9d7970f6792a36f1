"""The one text classifier both models use: hashed word + character n-grams, TF-IDF, logistic regression.

Hashing instead of a fitted vocabulary keeps the saved file small (no vocabulary or
pruned-term lists to store); collisions are rare at 2^17 features for a few
thousand n-grams.
"""
from __future__ import annotations

from typing import Any

from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

N_FEATURES = 2**17  # per hashed vectorizer


def hashed_tfidf(n_features: int = N_FEATURES, **vectorizer_kw: Any) -> Pipeline:
    """One hashed n-gram vectorizer followed by sublinear TF-IDF weighting."""
    vec = HashingVectorizer(n_features=n_features, alternate_sign=False, norm=None, **vectorizer_kw)
    return Pipeline([("hash", vec), ("tfidf", TfidfTransformer(sublinear_tf=True))])


def hashed_features(
    word_ngrams: tuple[int, int], n_features: int = N_FEATURES, word_kw: dict[str, Any] | None = None
) -> FeatureUnion:
    """Word n-grams (``word_ngrams``) + char_wb 2-5 grams, each hashed and TF-IDF weighted."""
    return FeatureUnion([
        ("word", hashed_tfidf(n_features, ngram_range=word_ngrams, **(word_kw or {}))),
        ("char", hashed_tfidf(n_features, analyzer="char_wb", ngram_range=(2, 5))),
    ])


def text_classifier(
    features: FeatureUnion, C: float = 4.0, max_iter: int = 2000, class_weight: str | None = "balanced"
) -> Pipeline:
    """``features`` followed by a (by default class-balanced) logistic regression."""
    clf = LogisticRegression(C=C, max_iter=max_iter, class_weight=class_weight)
    return Pipeline([("features", features), ("clf", clf)])
