"""``predict_proba`` of the shared text pipeline without scikit-learn's per-call overhead.

Every model (sentence classifiers, decision layer, goal criteria) is the pipeline of
``text_pipeline``: hashed word and char_wb n-grams, each TF-IDF weighted, joined, then
a binary logistic regression. Through ``Pipeline.predict_proba`` each call costs
~7 ms of validation and dispatch, and hashing every n-gram again (one UTF-8 encode
and murmurhash per n-gram occurrence) dominated event-heavy journals.

Here the same arithmetic runs directly: n-grams from the vectorizer's own analyzer,
their hashed column looked up in a per-vectorizer cache, counts per row (integer sums,
so exact), then the fitted TF-IDF and regression steps on the same CSR matrix with
the same numpy/scipy operations, in the same order: the probabilities are bit-for-bit
those of ``Pipeline.predict_proba`` (``tests/detect/test_fast_text.py``; also checked
on every call of an audit of the dev, horizon and vlinderboom corpora). A pipeline of
any other shape falls back to scikit-learn.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import scipy.sparse as sp
from scipy.special import expit
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.utils import murmurhash3_32
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

_MAX_ROWS = 50_000  # cached words per vectorizer (and rows within one dossier) before the cache is emptied
_MAX_COLUMNS = 500_000  # cached n-gram columns per vectorizer


def _column(gram: str, n_features: int) -> int:
    """The column ``FeatureHasher`` gives ``gram`` (``_hashing_fast.transform``, alternate_sign off)."""
    h = murmurhash3_32(gram, seed=0)
    if h == -2147483648:
        return (2147483647 - (n_features - 1)) % n_features
    return abs(h) % n_features


@dataclass
class _Hasher:
    """One fitted ``HashingVectorizer`` with caches of n-gram columns, of words' columns and of rows.

    For char_wb n-grams a text's n-grams are those of its words, one after another
    (``_char_wb_ngrams`` treats every word on its own), so each distinct word is
    analysed and hashed once; a row's counts are then one ``np.unique`` over the
    concatenated columns. Counts are integers, so the sums are exact in any order.
    """

    vec: HashingVectorizer
    columns: dict[str, int] = field(default_factory=dict)
    words: dict[str, np.ndarray] = field(default_factory=dict)
    rows: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.n_features = int(self.vec.n_features)
        self.char_wb = self.vec.analyzer == "char_wb"
        self.preprocess = self.vec.build_preprocessor()
        self.analyzer = self.vec.build_analyzer()

    def _columns_of(self, grams: list[str]) -> np.ndarray:
        columns, n_features = self.columns, self.n_features
        out = []
        for gram in grams:
            col = columns.get(gram)
            if col is None:
                if len(columns) >= _MAX_COLUMNS:
                    columns.clear()
                col = columns[gram] = _column(gram, n_features)
            out.append(col)
        return np.asarray(out, dtype=np.int64)

    def _word(self, word: str) -> np.ndarray:
        cols = self.words.get(word)
        if cols is None:
            if len(self.words) >= _MAX_ROWS:
                self.words.clear()
            cols = self.words[word] = self._columns_of(self.vec._char_wb_ngrams(word))
        return cols

    def _all_columns(self, text: str) -> np.ndarray:
        """The column of every n-gram occurrence of ``text`` (as ``analyzer(text)`` hashed)."""
        if not self.char_wb:
            return self._columns_of(self.analyzer(text))
        doc = self.preprocess(self.vec.decode(text))
        words = self.vec._white_spaces.sub(" ", doc).split()
        if not words:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate([self._word(w) for w in words])

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sorted columns and their counts: ``FeatureHasher`` + ``sum_duplicates`` for one text."""
        cached = self.rows.get(text)
        if cached is None:
            cols, counts = np.unique(self._all_columns(text), return_counts=True)
            cached = (cols.astype(np.int32), counts.astype(np.float64))
            if len(self.rows) >= _MAX_ROWS:
                self.rows.clear()
            self.rows[text] = cached
        return cached

    def _count_rows(self, texts: list[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """``row`` of every text, counted with one ``np.unique`` over all of them: keys
        ``row * n_features + column`` sort by row, then by column, so each row's slice is its own
        sorted columns with their counts (one sort instead of a call per text)."""
        columns = [self._all_columns(t) for t in texts]
        lengths = np.fromiter((len(c) for c in columns), dtype=np.int64, count=len(columns))
        keys = np.repeat(np.arange(len(texts), dtype=np.int64), lengths) * self.n_features
        if len(keys):
            keys += np.concatenate(columns)
        uniq, counts = np.unique(keys, return_counts=True)
        bounds = np.searchsorted(uniq // self.n_features, np.arange(len(texts) + 1))
        cols = (uniq % self.n_features).astype(np.int32)
        counts = counts.astype(np.float64)
        return {t: (cols[bounds[i]:bounds[i + 1]].copy(), counts[bounds[i]:bounds[i + 1]].copy())
                for i, t in enumerate(texts)}

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        """The count matrix ``HashingVectorizer.transform`` returns (norm None, not binary, float64)."""
        new = [t for t in dict.fromkeys(texts) if t not in self.rows]
        counted = self._count_rows(new) if len(new) > 1 else {}
        for t, row in counted.items():
            if len(self.rows) >= _MAX_ROWS:
                self.rows.clear()
            self.rows[t] = row
        rows = [counted.get(t) or self.row(t) for t in texts]
        indptr = np.zeros(len(rows) + 1, dtype=np.int32)
        np.cumsum([len(c) for c, _ in rows], out=indptr[1:])
        indices = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, dtype=np.int32)
        data = np.concatenate([d for _, d in rows]) if rows else np.zeros(0)
        return sp.csr_matrix((data, indices, indptr), shape=(len(texts), self.n_features))


# id(vectorizer) -> (vectorizer, hasher); the vectorizer is kept so its id is never reused.
_HASHERS: dict[int, tuple[HashingVectorizer, _Hasher]] = {}
_SHARED: dict[str, _Hasher] = {}  # vectorizer parameters -> hasher
# id(pipeline) -> (pipeline, plan or None when the pipeline has another shape)
_PLANS: dict[int, tuple[Pipeline, "_Plan | None"]] = {}


def forget_rows() -> None:
    """Empty every hasher's row cache; called as a dossier starts. Rows are reused within a dossier
    (one sentence is a feature text of several kinds and models) and hardly across dossiers, so a
    cache kept over a run only grew: ~1 MiB a dossier until its cap, a worker's memory rising with
    the size of the batch. Words and n-gram columns, which recur in every dossier, stay."""
    for hasher in _SHARED.values():
        hasher.rows.clear()


@dataclass(frozen=True)
class _Plan:
    parts: tuple[tuple[_Hasher, TfidfTransformer], ...]
    clf: LogisticRegression


def _hasher(vec: HashingVectorizer) -> _Hasher:
    """The hasher of ``vec``, shared by every vectorizer with the same parameters (same counts)."""
    known = _HASHERS.get(id(vec))
    if known is None or known[0] is not vec:
        signature = repr(sorted(vec.get_params().items()))
        shared = _SHARED.get(signature)
        if shared is None:
            shared = _SHARED[signature] = _Hasher(vec)
        known = _HASHERS[id(vec)] = (vec, shared)
    return known[1]


def _simple_vectorizer(vec: Any) -> bool:
    return (type(vec) is HashingVectorizer and not vec.alternate_sign and vec.norm is None
            and not vec.binary and vec.dtype in (np.float64, float) and vec.input == "content")


def _simple_tfidf(tfidf: Any) -> bool:
    return type(tfidf) is TfidfTransformer and tfidf.norm in ("l2", None)


def _part(step: Any) -> tuple[_Hasher, TfidfTransformer] | None:
    if type(step) is not Pipeline or len(step.steps) != 2:
        return None
    (_, vec), (_, tfidf) = step.steps
    if not (_simple_vectorizer(vec) and _simple_tfidf(tfidf)):
        return None
    return _hasher(vec), tfidf


def _make_plan(pipe: Any) -> _Plan | None:
    if type(pipe) is not Pipeline or len(pipe.steps) != 2:
        return None
    (_, union), (_, clf) = pipe.steps
    if type(union) is not FeatureUnion or union.transformer_weights or type(clf) is not LogisticRegression:
        return None
    if len(clf.classes_) != 2 or clf.coef_.shape[0] != 1:
        return None
    parts = [_part(step) for _, step in union.transformer_list]
    if not parts or any(p is None for p in parts):
        return None
    return _Plan(tuple(parts), clf)  # type: ignore[arg-type]


def _plan(pipe: Any) -> _Plan | None:
    known = _PLANS.get(id(pipe))
    if known is None or known[0] is not pipe:
        known = _PLANS[id(pipe)] = (pipe, _make_plan(pipe))
    return known[1]


def _tfidf(X: sp.csr_matrix, tfidf: TfidfTransformer) -> sp.csr_matrix:
    """``TfidfTransformer.transform`` on a fresh float64 CSR matrix (same operations, in place)."""
    if tfidf.sublinear_tf:
        np.log(X.data, X.data)
        X.data += 1.0
    if hasattr(tfidf, "idf_"):
        X.data *= tfidf.idf_[X.indices]
    if tfidf.norm == "l2":
        inplace_csr_row_normalize_l2(X)
    return X


def predict_proba(pipe: Any, texts: list[str]) -> np.ndarray:
    """``pipe.predict_proba(texts)``, bit-for-bit, faster for the project's text pipeline."""
    plan = _plan(pipe) if texts else None
    if plan is None:
        return pipe.predict_proba(texts)
    blocks = [_tfidf(hasher.transform(texts), tfidf) for hasher, tfidf in plan.parts]
    X = sp.hstack(blocks).tocsr()  # FeatureUnion._hstack
    prob = (X @ plan.clf.coef_.T + plan.clf.intercept_).reshape(-1)  # LinearClassifierMixin.decision_function
    expit(prob, out=prob)
    return np.stack([1 - prob, prob], axis=1)
