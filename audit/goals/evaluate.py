"""Compare extracted and scored goals with gold annotations.

Normalisation (``norm_tokens``): strip a leading bullet / number / "Doel 1:" /
"Het doel is dat" prefix, lower-case, Unicode-fold accents (é -> e), keep word
tokens (letters/digits). Token agreement of two goals is the size of the
multiset intersection of their tokens divided by the length of the longer one
(``overlap / max(len)``); a predicted goal matches a gold goal when agreement
>= 0.8. Matching is one-to-one and greedy by descending agreement, restricted
to the same file when both sides name one.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any, Iterable

from audit.goals.rules import strip_prefix
from audit.goals.score import GoalScore, score_goal
from audit.ml.goal_model import CRITERIA
from audit.ml.metrics import concreteness, spearman

MATCH_THRESHOLD = 0.8


# a word a typesetter broke over lines ("begelei-\nding") or holding soft hyphens ("pleeg\u00admoeder") is one word
_BROKEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n\s*(?=[^\W\d_])|\u00ad")


def norm_tokens(text: str) -> list[str]:
    t = unicodedata.normalize("NFKD", strip_prefix(_BROKEN.sub("", text)).lower())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    out, cur = [], []
    for ch in t:
        if ch.isalnum():
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def agreement(a: str, b: str) -> float:
    ta, tb = norm_tokens(a), norm_tokens(b)
    if not ta or not tb:
        return 0.0
    inter = sum((Counter(ta) & Counter(tb)).values())
    return inter / max(len(ta), len(tb))


def _as_dict(g: Any) -> dict[str, Any]:
    """A predicted goal as {text, file, termijn, wie, score?} from a Goal, GoalScore-carrying dict or dict."""
    if isinstance(g, dict):
        return g
    return {"text": g.text, "file": getattr(g, "file", None), "termijn": getattr(g, "termijn", None),
            "wie": getattr(g, "wie", None)}


def match(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int, float]]:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p.get("file") and g.get("file") and p["file"] != g["file"]:
                continue
            a = agreement(p["text"], g["text"])
            if a >= MATCH_THRESHOLD:
                pairs.append((a, i, j))
    used_p, used_g, out = set(), set(), []
    for a, i, j in sorted(pairs, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, a))
    return out


def _criteria(p: dict[str, Any], score: bool) -> dict[str, bool] | None:
    """The predicted goal's five booleans: its own, from its ``GoalScore``, or scored now (unless ``score=False``)."""
    # An audit's goal (the output contract) carries the five booleans at top level.
    crit = {c: p[c] for c in CRITERIA} if all(c in p for c in CRITERIA) else p.get("criteria")
    if crit is None:
        s: GoalScore | None = p.get("score")
        if s is None and score:
            s = score_goal(p["text"], termijn=p.get("termijn"), wie=p.get("wie"))
        if s is None:
            return None
        crit = {c: s.criteria[c].value for c in CRITERIA}
    return {c: (v.value if hasattr(v, "value") else bool(v)) for c, v in crit.items()}


def evaluate_goals(pairs: Iterable[tuple[list[Any], list[dict[str, Any]]]], *, score: bool = True) -> dict[str, Any]:
    """Extraction P/R/F1, per-criterion accuracy and Spearman of concreteness over matched goals.

    Each pair is (predicted goals of one dossier, gold goals of that dossier).
    Predicted goals may be ``Goal`` objects or dicts; a dict may carry its own
    ``criteria`` (name -> bool) or a ``GoalScore`` under ``score``; otherwise it is
    scored here with ``score_goal`` (unless ``score=False``).
    """
    tp = n_pred = n_gold = 0
    correct = Counter()
    n_matched = 0
    conc_p: list[float] = []
    conc_g: list[float] = []
    errors: list[dict[str, Any]] = []
    for preds, gold in pairs:
        pd = [_as_dict(p) for p in preds]
        n_pred += len(pd)
        n_gold += len(gold)
        m = match(pd, gold)
        tp += len(m)
        for i, j, _ in m:
            crit, g = _criteria(pd[i], score), gold[j]
            if crit is None:
                continue
            n_matched += 1
            for c in CRITERIA:
                correct[c] += crit[c] == bool(g[c])
                if crit[c] != bool(g[c]):
                    errors.append({"criterion": c, "gold": bool(g[c]), "text": g["text"]})
            conc_p.append(concreteness(crit, CRITERIA))
            conc_g.append(float(g.get("concreteness", concreteness(g, CRITERIA))))
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    return {
        "n_pred": n_pred, "n_gold": n_gold, "matched": tp,
        "precision": round(prec, 3), "recall": round(rec, 3),
        "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
        "criterion_accuracy": {c: round(correct[c] / n_matched, 3) if n_matched else None for c in CRITERIA},
        "spearman_concreteness": spearman(conc_p, conc_g),
        "n_scored": n_matched,
        "errors": errors,
    }
