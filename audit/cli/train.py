"""`dossier-audit train`: refit the sentence classifiers and report cross-validated metrics before and after.

Without ``--replace`` the new model goes to ``--out`` or a fresh ``models-new-<timestamp>/``
folder, so a trial run never changes the model every audit uses.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Iterable


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="modellen opnieuw trainen op de trainingsdata (+ beoordelingen)")
    p.add_argument("--sentences", type=Path, default=None, help="JSONL met gelabelde zinnen (standaard training/sentences.jsonl)")
    p.add_argument("--annotations", type=Path, default=None, help="map met beoordelingen (annotations/) om mee te trainen")
    p.add_argument("--audits", type=Path, default=None, help="uitvoermap van `run` waarop de beoordelingen zijn gedaan")
    p.add_argument("--out", type=Path, default=None,
                   help="map of modelbestand (.skops) voor het nieuwe model (standaard een nieuwe map models-new-<tijd>/)")
    p.add_argument("--replace", action="store_true", help="het meegeleverde model (models/sentence_classifiers.skops) vervangen")
    p.add_argument("--decision", type=Path, nargs="+", default=None, metavar="CORPUS",
                   help="het beslismodel trainen op deze geannoteerde corpora (met gold.json) in plaats van de zinsmodellen; "
                        "toont per corpus regels tegen model (model getraind op de andere corpora)")
    p.add_argument("--folds", type=int, default=None, metavar="N",
                   help="met --decision: de corpora in N groepen verdelen voor de vergelijking in plaats van "
                        "één corpus per keer (sneller bij veel corpora)")
    p.add_argument("--real-goals", type=Path, default=None, metavar="MAP",
                   help="het doelenmodel trainen op training/goals.jsonl plus de echte doelen in MAP (bijv. "
                        "training/real_goals) in plaats van de zinsmodellen; --replace vervangt dan "
                        "models/goal_model.skops")
    p.set_defaults(handler=run)


def _table(title: str, metrics: Iterable) -> str:
    lines = [title, f"  {'soort':<32}{'n':>6}{'pos':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    for m in metrics:
        lines.append(f"  {m.kind:<32}{m.n:>6}{m.positives:>6}{m.precision:>7.3f}{m.recall:>7.3f}{m.f1:>7.3f}")
    return "\n".join(lines)


def run_decision(args: argparse.Namespace) -> int:
    """Train the decision layer on annotated corpora; print the leave-one-corpus-out ablation first."""
    from audit.ml import decision_model
    from audit.train.decision import FIELDS, ablation, collect, fit, format_ablation, kinds_that_help
    from audit.train.output import OutputChoiceError, model_destination

    try:
        path = model_destination(decision_model.MODEL_FILE, args.out, args.replace)
    except OutputChoiceError as exc:
        print(exc, file=sys.stderr)
        return 2
    records = collect(list(args.decision))
    how = f"{args.folds} groepen corpora" if args.folds else "leave-one-corpus-out"
    print("Voor -> na: F1 per soort met alleen de regels -> met het beslismodel, per corpus gemeten met een model\n"
          f"dat dat corpus niet heeft gezien ({how}):")
    result = ablation(records, args.folds)
    print(format_ablation(result))
    kinds = kinds_that_help(result) if len(result) > 1 else None
    model = fit(records, kinds)
    decision_model.save(model, path)
    print(f"Model geschreven: {path} ({model.meta['dossiers']} dossiers, kandidaten {model.meta['candidates']})")
    left = sorted(set(FIELDS.values()) - set(model.pipelines))
    if left:
        print("Aan de regels gelaten (het model was daar op ongeziene corpora niet beter): " + ", ".join(left))
    if not args.replace:
        print("Het meegeleverde model is niet gewijzigd; gebruik --replace om het te vervangen.")
    return 0


def run_goals(args: argparse.Namespace) -> int:
    """Train the goal model with the real goals; print the existing measures before/after and the real-goal CV."""
    from audit.ml.goal_model import MODEL_FILE, default_path
    from audit.train.goal_report import existing_table, real_goals_table
    from audit.train.goals import previous_metrics, train_goal_model
    from audit.train.output import OutputChoiceError, model_destination, training_dir

    try:
        path = model_destination(MODEL_FILE, args.out, args.replace)
        before = previous_metrics(default_path())
        after = train_goal_model(training_dir() / "goals.jsonl", path, real_goals=args.real_goals, n_jobs=2)
    except (OutputChoiceError, ValueError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 2
    print(existing_table(before, after))
    print(real_goals_table(after["real_goals"]))
    print(f"Model geschreven: {path}")
    if not args.replace:
        print("Het meegeleverde model is niet gewijzigd; gebruik --replace om het te vervangen.")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.decision:
        return run_decision(args)
    if args.real_goals:
        return run_goals(args)
    from audit.ml.data import read_jsonl
    from audit.ml.sentence_classifier import MODEL_FILE
    from audit.train.output import OutputChoiceError, model_destination, training_dir
    from audit.train.sentences import train_sentence_models

    try:
        path = model_destination(MODEL_FILE, args.out, args.replace)
    except OutputChoiceError as exc:
        print(exc, file=sys.stderr)
        return 2
    extra = []
    if args.annotations:
        from audit.train.from_annotations import sentence_records

        extra = sentence_records(args.annotations, args.audits)
    result = train_sentence_models(read_jsonl(args.sentences or training_dir() / "sentences.jsonl"), extra, path)
    print(_table(f"Voor (alleen trainingsdata, {result.n_base} zinnen, 5-voudige kruisvalidatie):", result.before))
    same = "" if extra else "; gelijk aan voor"
    print(_table(f"Na (+{result.n_extra} zinnen uit beoordelingen{same}):", result.after))
    print(f"Model geschreven: {path}")
    if not args.replace:
        print("Het meegeleverde model is niet gewijzigd; gebruik --replace om het te vervangen.")
    return 0
