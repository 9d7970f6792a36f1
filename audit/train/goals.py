"""Train, cross-validate and save the goal model.

Reports three views per criterion: 5-fold CV of the combination used by
``score_goal``, of the rules alone, and a harder split that trains on generated
goals only and tests on the hand-written ones (generated goals share templates,
so plain CV is optimistic). With real goals (``training/real_goals/``) they are added
to every training fold of those views, and a fourth view measures on the real goals
themselves, cross-validated grouped by source (``real_goals_eval``).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sklearn.model_selection import StratifiedKFold

from audit.goals.score import score_goal
from audit.ml import goal_model as gm
from audit.ml.data import read_jsonl
from audit.ml.metrics import accuracy, concreteness, spearman
from audit.train.real_goals import load_real_goals, load_second_labels
from audit.train.real_goals_eval import FitConfig, fit_with_real, label_views, oof_scores

METRICS_FILE = "goal_model_metrics.json"
# Real goals weigh 3: their ~200 goals then count about as much as the ~630 training goals.
REAL_CONFIG = FitConfig(real_weight=3.0)
Record = dict[str, Any]


def _fit(records: list[Record], extra: list[Record], vectorizer: str, cfg: FitConfig) -> gm.GoalModel:
    """The model of one training set: as before without real goals, else ``fit_with_real``."""
    if not extra:
        return gm.fit_goal_model(records, vectorizer=vectorizer)
    return fit_with_real(records, extra, cfg)


def _scores(records: list[dict[str, Any]], model: gm.GoalModel | None) -> list[dict[str, bool]]:
    out = []
    for r in records:
        s = score_goal(r["text"], termijn=r.get("termijn"), wie=r.get("wie"), model=model)
        out.append({c: s.criteria[c].value for c in gm.CRITERIA})
    return out


def _figures(name: str, pred: list[dict[str, bool]], gold: list[dict[str, Any]]) -> dict[str, Any]:
    """``<name>_accuracy`` per criterion and ``<name>_spearman`` of concreteness."""
    conc_p = [concreteness(p, gm.CRITERIA) for p in pred]
    conc_g = [concreteness(g, gm.CRITERIA) for g in gold]
    return {f"{name}_accuracy": accuracy(pred, gold, gm.CRITERIA), f"{name}_spearman": spearman(conc_p, conc_g)}


def _out_of_fold(records: list[dict[str, Any]], folds: int, seed: int, vectorizer: str,
                 extra: list[Record], cfg: FitConfig) -> list[dict[str, bool]]:
    """Combined (rules + model) predictions, each from a model that did not see the goal (``extra`` is
    added to every training fold)."""
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    strat = [int(round(sum(bool(r[c]) for c in gm.CRITERIA))) for r in records]
    combined: list[dict[str, bool] | None] = [None] * len(records)
    for tr, te in skf.split(records, strat):
        m = _fit([records[i] for i in tr], extra, vectorizer, cfg)
        for i, p in zip(te, _scores([records[i] for i in te], m)):
            combined[i] = p
    return [c for c in combined if c is not None]


def cross_validate(records: list[dict[str, Any]], folds: int = 5, seed: int = 0, vectorizer: str = "hash",
                   extra: list[Record] | None = None, cfg: FitConfig = REAL_CONFIG) -> dict[str, Any]:
    """Out-of-fold combined scoring, rules only, and generated -> hand-written, on ``records``.

    ``extra`` (real goals) joins every training set but is never scored here.
    """
    extra = list(extra or [])
    gen = [r for r in records if r.get("source") != "hand"]
    hand = [r for r in records if r.get("source") == "hand"]
    hand_pred = _scores(hand, _fit(gen, extra, vectorizer, cfg))
    out = {
        "n": len(records),
        "cv_folds": folds,
        **_figures("cv_combined", _out_of_fold(records, folds, seed, vectorizer, extra, cfg), records),
        **_figures("rules_only", _scores(records, None), records),
        **_figures("generated_to_hand", hand_pred, hand),
        "n_hand": len(hand),
        "n_generated": len(gen),
    }
    if extra:
        out["n_real_added"] = len(extra)
    return out


def real_goal_figures(records: list[Record], real: list[Record], second: dict[str, dict[str, bool]],
                      cfg: FitConfig = REAL_CONFIG, n_jobs: int = 1) -> dict[str, Any]:
    """The real goals, each scored by rules alone, by a model without real goals, and out of fold
    (GroupKFold by ``source_group``) by a model with the other groups' real goals; against the
    first labeller, the second labeller and their consensus."""
    second = second or {}
    with_real, thresholds = oof_scores(records, real, lambda b, r: fit_with_real(b, r, cfg), n_jobs=n_jobs)
    return {
        "n": len(real),
        "n_groups": len({r["source_group"] for r in real}),
        "folds": "GroupKFold(5) by source_group",
        "config": cfg.describe(),
        "rules_only": label_views(_scores(real, None), real, second),
        "without_real": label_views(_scores(real, gm.fit_goal_model(records)), real, second),
        "with_real_oof": label_views(with_real, real, second),
        "fold_thresholds": thresholds,
    }


def previous_metrics(model_file: Path) -> dict[str, Any] | None:
    """The figures stored beside an existing model (the "before" of a run), if any."""
    path = model_file.with_name(METRICS_FILE)
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def train_goal_model(data: Path, out: Path, real_goals: Path | None = None, n_jobs: int = 1) -> dict[str, Any]:
    """Cross-validate, fit on all goals in ``data`` (+ the real goals in the folder ``real_goals``), save to
    ``out`` with its metrics file beside it."""
    records = read_jsonl(data)
    real = load_real_goals(real_goals) if real_goals else []
    metrics = cross_validate(records, extra=real)
    if real:
        second = load_second_labels(real_goals, {r["id"] for r in real})
        metrics["real_goals"] = real_goal_figures(records, real, second, n_jobs=n_jobs)
    model = _fit(records, real, "hash", REAL_CONFIG)
    model.meta.update({"training_file": data.name, "metrics": metrics})
    if real:
        model.meta["real_goals"] = {"folder": Path(real_goals).name, "n": len(real)}
    gm.save(model, out)
    out.with_name(METRICS_FILE).write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return metrics
