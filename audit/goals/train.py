"""Train, cross-validate and save the goal model.

Usage: python -m audit.goals.train [training/goals.jsonl] [models/goal_model.skops]

Reports three views per criterion: 5-fold CV of the model alone, of the rules
alone and of the combination used by ``score_goal``; plus a harder split that
trains on generated goals only and tests on the hand-written ones (generated
goals share templates, so plain CV is optimistic).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedKFold

from audit.goals import model as gm
from audit.goals.score import score_goal

ROOT = Path(__file__).resolve().parents[2]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _scores(records: list[dict[str, Any]], model: gm.GoalModel | None) -> list[dict[str, bool]]:
    out = []
    for r in records:
        s = score_goal(r["text"], termijn=r.get("termijn"), wie=r.get("wie"), model=model)
        out.append({c: s.criteria[c].value for c in gm.CRITERIA})
    return out


def _acc(pred: list[dict[str, bool]], gold: list[dict[str, Any]]) -> dict[str, float]:
    return {c: round(float(np.mean([p[c] == bool(g[c]) for p, g in zip(pred, gold)])), 3) for c in gm.CRITERIA}


def _spearman(pred: list[dict[str, bool]], gold: list[dict[str, Any]]) -> float:
    from scipy.stats import spearmanr

    a = [sum(p.values()) / 5 for p in pred]
    b = [sum(bool(g[c]) for c in gm.CRITERIA) / 5 for g in gold]
    return round(float(spearmanr(a, b).statistic), 3)


def cross_validate(records: list[dict[str, Any]], folds: int = 5, seed: int = 0, vectorizer: str = "hash") -> dict[str, Any]:
    """Out-of-fold predictions for rules-only and combined scoring."""
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    strat = [int(round(sum(bool(r[c]) for c in gm.CRITERIA))) for r in records]
    combined: list[dict[str, bool] | None] = [None] * len(records)
    for tr, te in skf.split(records, strat):
        m = gm.fit_goal_model([records[i] for i in tr], vectorizer=vectorizer)
        preds = _scores([records[i] for i in te], m)
        for i, p in zip(te, preds):
            combined[i] = p
    rules = _scores(records, None)
    comb = [c for c in combined if c is not None]
    gen = [r for r in records if r.get("source") != "hand"]
    hand = [r for r in records if r.get("source") == "hand"]
    m_gen = gm.fit_goal_model(gen, vectorizer=vectorizer)
    hand_pred = _scores(hand, m_gen)
    return {
        "n": len(records),
        "cv_folds": folds,
        "cv_combined_accuracy": _acc(comb, records),
        "cv_combined_spearman": _spearman(comb, records),
        "rules_only_accuracy": _acc(rules, records),
        "rules_only_spearman": _spearman(rules, records),
        "generated_to_hand_accuracy": _acc(hand_pred, hand),
        "generated_to_hand_spearman": _spearman(hand_pred, hand),
        "n_hand": len(hand),
        "n_generated": len(gen),
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    data = Path(argv[0]) if argv else ROOT / "training" / "goals.jsonl"
    out = Path(argv[1]) if len(argv) > 1 else gm.DEFAULT_PATH
    records = read_jsonl(data)
    metrics = cross_validate(records)
    model = gm.fit_goal_model(records)
    model.meta.update({"training_file": data.name, "metrics": metrics})
    gm.save(model, out)
    out.with_name("goal_model_metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(json.dumps(metrics, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
