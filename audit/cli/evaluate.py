"""`dossier-audit evaluate CORPUS`: the project's yardstick on any annotated corpus."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from audit.cli._util import EXIT_OK, UsageError, add_config_args, iso_date, settings


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="de tool meten op een of meer corpora met gold.json-bestanden")
    p.add_argument("corpus", type=Path, nargs="+",
                   help="map(pen) met dossiermappen die elk een gold.json bevatten; per corpus een tabel en een totaal")
    p.add_argument("--as-of-from-gold", action="store_true", default=True,
                   help="peildatum per dossier uit gold.json (standaard)")
    p.add_argument("--as-of", type=iso_date, default=None,
                   help="één peildatum voor alle dossiers (in plaats van die uit gold.json)")
    p.add_argument("--json", type=Path, default=None, help="schrijf het resultaat ook als JSON naar dit bestand")
    add_config_args(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from audit.evaluate import combine, evaluate_corpus, format_table

    for corpus in args.corpus:
        if not corpus.is_dir():
            raise UsageError(f"geen map: {corpus}")
    config = settings(args)
    reports = {}
    for corpus in args.corpus:
        report = evaluate_corpus(corpus, as_of=args.as_of, as_of_from_gold=args.as_of is None,
                                 pipeline=args.pipeline, config=config)
        if report.dossiers == 0:
            raise UsageError(f"geen dossiers met gold.json gevonden in {corpus}")
        reports[corpus.name or str(corpus)] = report
    if len(reports) == 1:
        (report,) = reports.values()
        print(format_table(report))
        payload = report.to_json()
    else:
        for name, report in reports.items():
            print(f"===== corpus {name} =====\n{format_table(report)}\n")
        overall = combine(list(reports.values()))
        print(f"===== totaal ({len(reports)} corpora) =====\n{format_table(overall, errors=False)}")
        payload = {"corpora": {n: r.to_json() for n, r in reports.items()}, "overall": overall.to_json()}
    if args.json:
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return EXIT_OK
