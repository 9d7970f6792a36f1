"""Train, cross-validate and save the goal model.

Reports three views per criterion: 5-fold CV of the combination used by
``score_goal``, of the rules alone, and a harder split that trains on generated
goals only and tests on the hand-written ones (generated goals share templates,
so plain CV is optimistic).
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

METRICS_FILE = "goal_model_metrics.json"


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


def _out_of_fold(records: list[dict[str, Any]], folds: int, seed: int, vectorizer: str) -> list[dict[str, bool]]:
    """Combined (rules + model) predictions, each from a model that did not see the goal."""
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    strat = [int(round(sum(bool(r[c]) for c in gm.CRITERIA))) for r in records]
    combined: list[dict[str, bool] | None] = [None] * len(records)
    for tr, te in skf.split(records, strat):
        m = gm.fit_goal_model([records[i] for i in tr], vectorizer=vectorizer)
        for i, p in zip(te, _scores([records[i] for i in te], m)):
            combined[i] = p
    return [c for c in combined if c is not None]


def cross_validate(records: list[dict[str, Any]], folds: int = 5, seed: int = 0, vectorizer: str = "hash") -> dict[str, Any]:
    """Out-of-fold combined scoring, rules only, and generated -> hand-written."""
    gen = [r for r in records if r.get("source") != "hand"]
    hand = [r for r in records if r.get("source") == "hand"]
    hand_pred = _scores(hand, gm.fit_goal_model(gen, vectorizer=vectorizer))
    return {
        "n": len(records),
        "cv_folds": folds,
        **_figures("cv_combined", _out_of_fold(records, folds, seed, vectorizer), records),
        **_figures("rules_only", _scores(records, None), records),
        **_figures("generated_to_hand", hand_pred, hand),
        "n_hand": len(hand),
        "n_generated": len(gen),
    }


def previous_metrics(model_file: Path) -> dict[str, Any] | None:
    """The figures stored beside an existing model (the "before" of a run), if any."""
    path = model_file.with_name(METRICS_FILE)
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def train_goal_model(data: Path, out: Path) -> dict[str, Any]:
    """Cross-validate, fit on all goals in ``data``, save to ``out`` with its metrics file beside it."""
    records = read_jsonl(data)
    metrics = cross_validate(records)
    model = gm.fit_goal_model(records)
    model.meta.update({"training_file": data.name, "metrics": metrics})
    gm.save(model, out)
    out.with_name(METRICS_FILE).write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return metrics
