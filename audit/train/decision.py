"""Training the decision layer on annotated corpora, and the ablation that says what it adds.

Every event candidate of every annotated dossier is labelled against its ``gold.json``:
positive when a gold event of that kind is on the candidate's date and the candidate's
sentence is (part of) the gold quote, or when no candidate of that date overlaps the
quote (then every candidate of that date mentions the event); negative otherwise.

The ablation is leave-one-corpus-out: for each corpus a model trained on the others
decides its candidates, and event-level precision/recall/F1 (one event per date, as
``evaluate`` counts) is compared with the rules alone on the same candidates.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.ml import decision_model

FIELDS = {"one_on_one_contacts": "one_on_one_contact", "safety_checks": "safety_check",
          "behavioural_scientist_advice": "behavioural_scientist_advice",
          # schema version 2: learned only from dossiers whose gold.json annotates the field
          "home_visits": "home_visit", "care_team_meetings": "care_team_meeting",
          "sexual_development": "sexual_development", "goal_evaluations": "goal_evaluation"}
V1_FIELDS = ("one_on_one_contacts", "safety_checks", "behavioural_scientist_advice")


@dataclass
class Item:
    text: str
    rule_ok: bool
    date: str | None
    label: int
    hard: bool = False  # a hard veto fired: the model may not accept it (``decision.hard_vetoes``)
    sure: bool = False  # a definitional reading: accepted when the rules accept it (``decision.hard_accepts``)


@dataclass
class DossierItems:
    corpus: str
    dossier_id: str
    items: dict[str, list[Item]] = field(default_factory=dict)  # kind -> candidates
    gold: dict[str, set[str]] = field(default_factory=dict)  # kind -> gold dates


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def _overlaps(sentence: str, quote: str) -> bool:
    a, b = _squash(sentence), _squash(quote)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def _gold_date(date: str | None, gold_dates: set[str]) -> str | None:
    """A month-precision date ("2024-03") stands for a gold date in that month."""
    if date is None or len(date) != 7:
        return date
    return next((d for d in sorted(gold_dates) if d.startswith(date)), date)


def label(candidates: list[Any], gold: list[dict[str, Any]]) -> list[int]:
    """1 for a candidate that is (a mention of) a gold event on its date, else 0 (see module docstring)."""
    by_date: dict[str, list[str]] = {}
    for g in gold:
        by_date.setdefault(g["date"], []).append(g.get("quote") or "")
    dates = [_gold_date(c.finding.date, set(by_date)) for c in candidates]
    overlap = [d in by_date and any(_overlaps(c.sentence, q) for q in by_date[d]) for c, d in zip(candidates, dates)]
    dates_with_overlap = {d for d, o in zip(dates, overlap) if o}
    return [int(o or (d in by_date and d not in dates_with_overlap)) for d, o in zip(dates, overlap)]


def collect(corpora: list[Path], pipeline: str | None = "embedded") -> list[DossierItems]:
    """Candidates with features and labels for every annotated dossier of ``corpora``."""
    from audit import nlp as nlp_mod
    from audit.config import load_config
    from audit.detect import all_candidates, learn_facts
    from audit.detect.decision import features_text, is_hard_accepted, is_hard_vetoed
    from audit.ml.sentence_classifier import SentenceModels
    from audit.pipeline import dossier_context
    from audit.read import load_dossier

    nlp, config = nlp_mod.load(pipeline), load_config()
    models = SentenceModels.load(veto=config.detect.classifier_veto)
    out = []
    for corpus in corpora:
        for folder in sorted(p for p in Path(corpus).iterdir() if (p / "gold.json").is_file()):
            gold = json.loads((folder / "gold.json").read_text("utf-8"))
            ctx = dossier_context(load_dossier(folder), dt.date.fromisoformat(gold["reference_date"]), config, nlp)
            learn_facts(ctx)
            record = DossierItems(Path(corpus).name, ctx.dossier.dossier_id)
            for name, cands in all_candidates(ctx, models).items():
                if name not in FIELDS or (name not in V1_FIELDS and name not in gold):
                    continue  # a field the gold does not annotate (absent = "not annotated", not "none")
                kind, labels = FIELDS[name], label(cands, gold.get(name, []))
                record.items[kind] = [Item(features_text(c, ctx.facts), c.rule_ok, c.finding.date, y,
                                           is_hard_vetoed(c.signals), is_hard_accepted(c.signals))
                                      for c, y in zip(cands, labels)]
                record.gold[kind] = {g["date"] for g in gold.get(name, [])}
            out.append(record)
    return out


def training_data(records: list[DossierItems]) -> dict[str, tuple[list[str], list[int]]]:
    data: dict[str, tuple[list[str], list[int]]] = {k: ([], []) for k in FIELDS.values()}
    for r in records:
        for kind, items in r.items.items():
            data[kind][0].extend(i.text for i in items)
            data[kind][1].extend(i.label for i in items)
    return data


def fit(records: list[DossierItems], kinds: set[str] | None = None) -> decision_model.DecisionModel:
    """The model on every candidate of ``records``; only for ``kinds`` when given (the others stay with the rules)."""
    corpora = sorted({r.corpus for r in records})
    data = {k: v for k, v in training_data(records).items() if kinds is None or k in kinds}
    meta = {"version": "decision-1", "corpora": corpora, "dossiers": len(records),
            "candidates": {k: len(y) for k, (_, y) in data.items()}}
    return decision_model.fit(data, meta)


def kinds_that_help(result: dict[str, dict[str, dict[str, Counts]]]) -> set[str]:
    """Kinds whose pooled F1 on unseen corpora is higher with the model than with the rules alone.

    Where the model does not beat the rules on corpora it did not see, shipping it would only
    add a second opinion that is no better; those kinds are left to the rules.
    """
    total = pooled(result)
    return {k for k, c in total["model"].items() if c.f1() > total["regels"][k].f1()}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def event_counts(records: list[DossierItems], accept: dict[tuple[str, str], list[bool]]) -> dict[str, Counts]:
    """Event-level counts per kind (one event per date), given which candidates are accepted."""
    counts = {kind: Counts() for kind in FIELDS.values()}
    for r in records:
        for kind, items in r.items.items():
            flags = accept[(r.dossier_id, kind)]
            gold = r.gold[kind]
            pred = {_gold_date(i.date, gold) for i, ok in zip(items, flags) if ok and i.date}
            c = counts[kind]
            c.tp, c.fp, c.fn = c.tp + len(pred & gold), c.fp + len(pred - gold), c.fn + len(gold - pred)
    return counts


def rules_only(records: list[DossierItems]) -> dict[tuple[str, str], list[bool]]:
    return {(r.dossier_id, k): [i.rule_ok for i in items] for r in records for k, items in r.items.items()}


def model_decisions(model: decision_model.DecisionModel, records: list[DossierItems],
                    thresholds: tuple[float, float] | None = None) -> dict[tuple[str, str], list[bool]]:
    """Accepted candidates as ``audit.detect.decision.decide`` would take them (thresholds from the config)."""
    from audit.config import load_config
    from audit.detect.decision import accepted

    thresholds = thresholds or load_config().detect.decision_thresholds
    out = {}
    for r in records:
        for kind, items in r.items.items():
            probs = model.probabilities(kind, [i.text for i in items])
            out[(r.dossier_id, kind)] = ([i.rule_ok for i in items] if probs is None
                                         else [accepted(p, i.rule_ok, i.hard, thresholds, i.sure) for i, p in zip(items, probs)])
    return out


def corpus_folds(corpora: list[str], folds: int | None) -> list[list[str]]:
    """Corpora grouped into ``folds`` groups (round robin over the sorted names), or one per corpus.

    With many corpora leave-one-corpus-out means as many fits as corpora; grouped folds keep
    the point (no corpus is decided by a model that saw it) at a fraction of the time.
    """
    corpora = sorted(corpora)
    if not folds or folds >= len(corpora):
        return [[c] for c in corpora]
    return [corpora[i::folds] for i in range(folds)]


def ablation(records: list[DossierItems], folds: int | None = None) -> dict[str, dict[str, dict[str, Counts]]]:
    """Per corpus: event counts of the rules alone and of a model trained on corpora outside its fold."""
    result = {}
    for group in corpus_folds(list({r.corpus for r in records}), folds):
        model = fit([r for r in records if r.corpus not in group])
        for corpus in group:
            held = [r for r in records if r.corpus == corpus]
            result[corpus] = {"regels": event_counts(held, rules_only(held)),
                              "model": event_counts(held, model_decisions(model, held))}
    return dict(sorted(result.items()))


def pooled(result: dict[str, dict[str, dict[str, Counts]]]) -> dict[str, dict[str, Counts]]:
    """The ablation's counts summed over all corpora (one row: every corpus decided unseen)."""
    total: dict[str, dict[str, Counts]] = {"regels": {}, "model": {}}
    for by in result.values():
        for side, counts in by.items():
            for kind, c in counts.items():
                t = total[side].setdefault(kind, Counts())
                t.tp, t.fp, t.fn = t.tp + c.tp, t.fp + c.fp, t.fn + c.fn
    return total


def format_ablation(result: dict[str, dict[str, dict[str, Counts]]]) -> str:
    kinds = list(FIELDS.values())
    lines = [f"{'corpus':<22}" + "".join(f"{k[:18]:>22}" for k in kinds), f"{'':<22}" + "   regels -> model (F1)" * len(kinds)]
    for corpus, by in result.items():
        cells = "".join(_cell(by["regels"][k], by["model"][k]) for k in kinds)
        lines.append(f"{corpus:<22}{cells}")
    if len(result) > 1:
        total = pooled(result)
        lines.append(f"{'samen':<22}" + "".join(_cell(total["regels"][k], total["model"][k]) for k in kinds))
    return "\n".join(lines)


def _cell(rules: Counts, model: Counts) -> str:
    """"0.800 -> 0.909", or a dash where the corpus does not annotate the kind (no gold, nothing found)."""
    if not any((rules.tp, rules.fp, rules.fn, model.tp, model.fp, model.fn)):
        return f"{'–':>22}"
    return f"{rules.f1():>12.3f} ->{model.f1():>6.3f}  "
