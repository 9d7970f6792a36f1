"""Figures for training reports and evaluations, computed one way everywhere."""
from __future__ import annotations

from typing import Any, Iterable, Sequence

import numpy as np


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Spearman rank correlation rounded to 3 decimals; None for fewer than 3 pairs or a constant side."""
    if len(x) < 3:
        return None
    from scipy.stats import spearmanr

    r = spearmanr(x, y).statistic
    return None if r != r else round(float(r), 3)  # NaN when a side is constant


def precision_recall_f1(y: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive class (1); 0.0 where undefined."""
    tp = int(((pred == 1) & (y == 1)).sum())
    fp = int(((pred == 1) & (y == 0)).sum())
    fn = int(((pred == 0) & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def accuracy(pred: Iterable[dict[str, bool]], gold: Iterable[dict[str, Any]], criteria: Sequence[str]) -> dict[str, float]:
    """Per-criterion share of predictions equal to the gold label, rounded to 3 decimals."""
    pairs = list(zip(pred, gold))
    return {c: round(float(np.mean([p[c] == bool(g[c]) for p, g in pairs])), 3) for c in criteria}


def concreteness(labels: dict[str, Any], criteria: Sequence[str]) -> float:
    """Share of criteria met (the goal's concreteness score)."""
    return sum(bool(labels[c]) for c in criteria) / len(criteria)


def cohen_kappa(a: Sequence[bool], b: Sequence[bool]) -> float | None:
    """Cohen's kappa of two raters' yes/no labels, rounded to 3 decimals; None when chance agreement is 1."""
    if not a or len(a) != len(b):
        return None
    n = len(a)
    observed = sum(bool(x) == bool(y) for x, y in zip(a, b)) / n
    pa, pb = sum(map(bool, a)) / n, sum(map(bool, b)) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return None if expected >= 1 else round((observed - expected) / (1 - expected), 3)


def percent_agreement(a: Sequence[bool], b: Sequence[bool]) -> float | None:
    """Share of items on which two raters give the same yes/no label, rounded to 3 decimals."""
    if not a or len(a) != len(b):
        return None
    return round(sum(bool(x) == bool(y) for x, y in zip(a, b)) / len(a), 3)
