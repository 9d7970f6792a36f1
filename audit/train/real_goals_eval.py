"""Measuring the goal scorer on real goals: labeller agreement, the blind figure, grouped CV.

Grouped CV (``oof_scores``): the real goals are split by ``source_group`` (GroupKFold); each
fold's model is fitted on all generated/hand-written training goals plus the real goals of
the other groups, and scores the held-out groups' goals with ``score_goal``. Everything a
variant tunes (decision thresholds) is chosen inside the training part of the fold.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Callable, Sequence

from joblib import Parallel, delayed

from audit.goals.rules import analyse
from audit.goals.score import score_goal
from audit.ml import goal_model as gm
from audit.ml.metrics import accuracy, cohen_kappa, concreteness, percent_agreement, spearman
from audit.train.real_goals import REAL_SOURCE, grouped_splits, is_adult

Record = dict[str, Any]
Labels = dict[str, bool]
TUNED = ("specific", "measurable", "development_oriented")  # the criteria the model decides in score_goal
GRID = tuple(round(0.2 + 0.05 * i, 2) for i in range(13))  # 0.20 .. 0.80


@dataclass(frozen=True)
class FitConfig:
    """How a goal model is fitted on training goals plus real goals."""

    real_weight: float = 1.0
    C: float = 4.0
    class_weight: str | None = "balanced"
    tune_thresholds: bool = False
    inner_splits: int = 3
    balance_sources: bool = False
    exclude_adult: bool = False  # leave adult-care goals out of training (they stay in every evaluation)

    def describe(self) -> dict[str, Any]:
        return asdict(self)


def score_records(records: Sequence[Record], model: gm.GoalModel | None) -> list[Labels]:
    """The five booleans ``score_goal`` gives each record (``model=None``: rules only)."""
    out = []
    for r in records:
        s = score_goal(r["text"], termijn=r.get("termijn"), wie=r.get("wie"), model=model)
        out.append({c: s.criteria[c].value for c in gm.CRITERIA})
    return out


def _fit_plain(records: list[Record], cfg: FitConfig) -> gm.GoalModel:
    return gm.fit_goal_model(records, source_weights={REAL_SOURCE: cfg.real_weight}, C=cfg.C,
                             class_weight=cfg.class_weight, balance_sources=cfg.balance_sources)


def best_threshold(probs: Sequence[float], gold: Sequence[bool]) -> float:
    """The grid threshold with the highest accuracy (ties: the one nearest 0.5); 0.5 without data."""
    if not probs:
        return 0.5
    def key(t: float) -> tuple[float, float]:
        return (sum((p >= t) == g for p, g in zip(probs, gold)), -abs(t - 0.5))
    return max(GRID, key=key)


def choose_thresholds(base: list[Record], real: list[Record], cfg: FitConfig) -> dict[str, float]:
    """Per-criterion thresholds from grouped inner CV over ``real`` (the training part of a fold only).

    For measurable only goals without a rule cue count: with a cue the rule decides, not the model.
    """
    probs: dict[str, list[float]] = {c: [] for c in TUNED}
    gold: dict[str, list[bool]] = {c: [] for c in TUNED}
    for tr, te in grouped_splits(real, cfg.inner_splits):
        model = _fit_plain(base + [real[i] for i in tr], cfg)
        test = [real[i] for i in te]
        for r, p in zip(test, model.raw_proba_many([(r["text"], r.get("termijn"), r.get("wie")) for r in test])):
            ruled = analyse(r["text"], r.get("termijn"), r.get("wie")).decided
            for c in TUNED:
                if ruled.get(c) is None:
                    probs[c].append(p[c])
                    gold[c].append(bool(r[c]))
    return {c: best_threshold(probs[c], gold[c]) for c in TUNED}


def fit_with_real(base: list[Record], real: list[Record], cfg: FitConfig) -> gm.GoalModel:
    """A goal model fitted on ``base`` + ``real`` as ``cfg`` says (thresholds chosen on ``real`` by inner CV)."""
    if cfg.exclude_adult:
        real = [r for r in real if not is_adult(r)]
    model = _fit_plain(base + real, cfg)
    model.meta["fit_config"] = cfg.describe()
    model.meta["n_real"] = len(real)
    if cfg.tune_thresholds:
        model.meta["thresholds"] = choose_thresholds(base, real, cfg)
    return model


Fitter = Callable[[list[Record], list[Record]], "gm.GoalModel | None"]


def _fold(fit: Fitter, base: list[Record], real: list[Record], tr: list[int], te: list[int]) -> tuple[list[int], list[Labels], Any]:
    model = fit(base, [real[i] for i in tr])
    thresholds = model.meta.get("thresholds") if model is not None else None
    return te, score_records([real[i] for i in te], model), thresholds


def oof_scores(base: list[Record], real: list[Record], fit: Fitter, n_splits: int = 5,
               n_jobs: int = 1) -> tuple[list[Labels], list[Any]]:
    """Out-of-fold ``score_goal`` output for every real goal, plus each fold's thresholds (or None)."""
    jobs = (delayed(_fold)(fit, base, real, tr, te) for tr, te in grouped_splits(real, n_splits))
    pred: list[Labels | None] = [None] * len(real)
    fold_thresholds = []
    for te, scores, thr in Parallel(n_jobs=n_jobs)(jobs):
        fold_thresholds.append(thr)
        for i, s in zip(te, scores):
            pred[i] = s
    return [p for p in pred if p is not None], fold_thresholds


def figures(pred: Sequence[Labels], gold: Sequence[Labels]) -> dict[str, Any]:
    """Per-criterion accuracy, concreteness Spearman and n."""
    conc_p = [concreteness(p, gm.CRITERIA) for p in pred]
    conc_g = [concreteness(g, gm.CRITERIA) for g in gold]
    return {"n": len(gold), "accuracy": accuracy(pred, gold, gm.CRITERIA), "spearman": spearman(conc_p, conc_g)}


def consensus_figures(pred: Sequence[Labels], first: Sequence[Labels], second: Sequence[Labels]) -> dict[str, Any]:
    """Accuracy per criterion on the goals where both labellers agree on it; Spearman on goals
    where they agree on all five."""
    acc, n = {}, {}
    for c in gm.CRITERIA:
        idx = [i for i in range(len(first)) if first[i][c] == second[i][c]]
        n[c] = len(idx)
        acc[c] = round(sum(pred[i][c] == first[i][c] for i in idx) / len(idx), 3) if idx else None
    full = [i for i in range(len(first)) if all(first[i][c] == second[i][c] for c in gm.CRITERIA)]
    sp = figures([pred[i] for i in full], [first[i] for i in full])["spearman"]
    return {"n": len(full), "n_per_criterion": n, "accuracy": acc, "spearman": sp}


def label_views(pred: Sequence[Labels], real: Sequence[Record], second: dict[str, Labels]) -> dict[str, Any]:
    """The figures of ``pred`` against the first labeller (all goals), the second labeller and their consensus."""
    both = [i for i, r in enumerate(real) if r["id"] in second]
    first_b = [{c: bool(real[i][c]) for c in gm.CRITERIA} for i in both]
    second_b = [second[real[i]["id"]] for i in both]
    pred_b = [pred[i] for i in both]
    return {
        "first_labeller": figures(pred, real),
        "first_labeller_on_double": figures(pred_b, first_b),
        "second_labeller": figures(pred_b, second_b),
        "consensus": consensus_figures(pred_b, first_b, second_b),
    }


def agreement(real: Sequence[Record], second: dict[str, Labels]) -> dict[str, Any]:
    """Per criterion percent agreement and Cohen's kappa (first labeller vs second), Spearman of concreteness."""
    both = [r for r in real if r["id"] in second]
    rows = {}
    for c in gm.CRITERIA:
        a, b = [bool(r[c]) for r in both], [second[r["id"]][c] for r in both]
        rows[c] = {"agreement": percent_agreement(a, b), "kappa": cohen_kappa(a, b),
                   "yes_first": sum(a), "yes_second": sum(b)}
    conc_a = [concreteness(r, gm.CRITERIA) for r in both]
    conc_b = [concreteness(second[r["id"]], gm.CRITERIA) for r in both]
    same = sum(all(bool(r[c]) == second[r["id"]][c] for c in gm.CRITERIA) for r in both)
    by = sorted({r.get("labeller", "?") for r in both})
    return {"n": len(both), "criteria": rows, "spearman": spearman(conc_a, conc_b), "all_five_same": same,
            "n_by_first_labeller": {k: sum(r.get("labeller", "?") == k for r in both) for k in by}}
