"""`dossier-audit evaluate CORPUS`: the project's yardstick on any annotated corpus."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from audit.cli._util import EXIT_OK, UsageError, add_config_args, iso_date, settings


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="de tool meten op een corpus met gold.json-bestanden")
    p.add_argument("corpus", type=Path, help="map met dossiermappen die elk een gold.json bevatten")
    p.add_argument("--as-of-from-gold", action="store_true", default=True,
                   help="peildatum per dossier uit gold.json (standaard)")
    p.add_argument("--as-of", type=iso_date, default=None,
                   help="één peildatum voor alle dossiers (in plaats van die uit gold.json)")
    p.add_argument("--json", type=Path, default=None, help="schrijf het resultaat ook als JSON naar dit bestand")
    add_config_args(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from audit.evaluate import evaluate_corpus, format_table

    if not args.corpus.is_dir():
        raise UsageError(f"geen map: {args.corpus}")
    report = evaluate_corpus(args.corpus, as_of=args.as_of, as_of_from_gold=args.as_of is None,
                             pipeline=args.pipeline, config=settings(args))
    if report.dossiers == 0:
        raise UsageError(f"geen dossiers met gold.json gevonden in {args.corpus}")
    print(format_table(report))
    if args.json:
        args.json.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return EXIT_OK
