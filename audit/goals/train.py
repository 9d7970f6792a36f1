"""Train, cross-validate and save the goal model (the work is in ``audit.train.goals``).

Usage: python -m audit.goals.train [training/goals.jsonl] [OUT.skops | OUT_DIR] [--replace]

Without ``--replace`` or an output, the model goes to a new ``models-new-<timestamp>/``
folder; ``--replace`` overwrites the shipped ``models/goal_model.skops``. Prints the
figures of the model as it was (its metrics file) and of the new one.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from audit.ml.data import read_jsonl
from audit.ml.goal_model import MODEL_FILE, default_path
from audit.train.goals import cross_validate, previous_metrics, train_goal_model
from audit.train.output import OutputChoiceError, model_destination, training_dir

__all__ = ["cross_validate", "main", "read_jsonl", "train_goal_model"]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m audit.goals.train", description="Doelenmodel opnieuw trainen.")
    p.add_argument("data", nargs="?", type=Path, default=None, help="JSONL met gelabelde doelen")
    p.add_argument("out", nargs="?", type=Path, default=None, help="modelbestand (.skops) of map")
    p.add_argument("--replace", action="store_true", help="het meegeleverde model overschrijven")
    args = p.parse_args(sys.argv[1:] if argv is None else argv)
    try:
        out = model_destination(MODEL_FILE, args.out, args.replace)
    except OutputChoiceError as exc:
        print(exc, file=sys.stderr)
        return 2
    before = previous_metrics(default_path())
    after = train_goal_model(args.data or training_dir() / "goals.jsonl", out)
    print("Voor (huidig model):\n" + (json.dumps(before, indent=2, ensure_ascii=False) if before else "  onbekend"))
    print("Na:\n" + json.dumps(after, indent=2, ensure_ascii=False))
    print(f"Model geschreven: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
