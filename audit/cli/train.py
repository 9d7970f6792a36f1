"""`dossier-audit train`: refit the sentence classifiers and report cross-validated metrics before and after."""
from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="modellen opnieuw trainen op de trainingsdata (+ beoordelingen)")
    p.add_argument("--sentences", type=Path, default=None, help="JSONL met gelabelde zinnen (standaard training/sentences.jsonl)")
    p.add_argument("--annotations", type=Path, default=None, help="map met beoordelingen (annotations/) om mee te trainen")
    p.add_argument("--audits", type=Path, default=None, help="uitvoermap van `run` waarop de beoordelingen zijn gedaan")
    p.add_argument("--out", type=Path, default=None, help="modelbestand (standaard models/sentence_classifiers.skops)")
    p.set_defaults(handler=run)


def _table(title: str, metrics) -> str:
    lines = [title, f"  {'soort':<32}{'n':>6}{'pos':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    for m in metrics:
        lines.append(f"  {m.kind:<32}{m.n:>6}{m.positives:>6}{m.precision:>7.3f}{m.recall:>7.3f}{m.f1:>7.3f}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from audit.train import TRAINING_DIR, cross_validate, read_jsonl, train_sentence_models

    sentences = args.sentences or TRAINING_DIR / "sentences.jsonl"
    extra = []
    if args.annotations:
        from audit.train.from_annotations import sentence_records

        extra = sentence_records(args.annotations, args.audits)
    base = read_jsonl(sentences)
    if extra:  # the "before" figures differ only when reviewer decisions are added
        print(_table(f"Voor (alleen trainingsdata, {len(base)} zinnen, 5-voudige kruisvalidatie):", cross_validate(base)))
    metrics, path = train_sentence_models(sentences, extra, args.out)
    title = f"Na (+{len(extra)} zinnen uit beoordelingen):" if extra else f"Kruisvalidatie ({len(base)} zinnen, 5-voudig):"
    print(_table(title, metrics))
    print(f"Model geschreven: {path}")
    return 0
