"""`dossier-audit run INPUT --out DIR`: audit every dossier and write the JSON contract and summary.csv."""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

from audit.cli._util import EXIT_FILE_ERRORS, EXIT_OK, UsageError, add_config_args, iso_date, settings

log = logging.getLogger("dossier_audit")


def add_parser(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("run", help="dossiers toetsen en per dossier JSON + summary.csv schrijven")
    run.add_argument("input", type=Path, help="map met dossiermappen, één dossiermap, één bestand of een .zip")
    run.add_argument("--out", type=Path, required=True, help="uitvoermap")
    run.add_argument("--as-of", type=iso_date, default=None, help="peildatum JJJJ-MM-DD (standaard: vandaag)")
    run.add_argument("--no-progress", action="store_true", help="geen voortgangsbalk")
    add_config_args(run)
    run.set_defaults(handler=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from audit import nlp as nlp_mod
    from audit.pipeline import audit_dossier
    from audit.read import iter_dossiers
    from audit.report import validate, write_audit, write_summary

    if not args.input.exists():
        raise UsageError(f"invoer bestaat niet: {args.input}")
    config = settings(args)
    as_of = args.as_of or dt.date.today()
    nlp = nlp_mod.load(args.pipeline)
    args.out.mkdir(parents=True, exist_ok=True)
    audits, status = [], EXIT_OK
    bar = tqdm(iter_dossiers(args.input), desc="dossiers", unit="dossier", file=sys.stderr, disable=args.no_progress)
    for dossier in bar:
        for err in dossier.errors:
            print(f"[{dossier.dossier_id}] {err.file}: {err.message}", file=sys.stderr)
            status = EXIT_FILE_ERRORS
        try:
            audit = audit_dossier(dossier, as_of, config, nlp)
            validate(audit)
        except Exception as exc:  # one broken dossier must not stop the batch
            log.debug("dossier %s failed", dossier.dossier_id, exc_info=True)
            print(f"[{dossier.dossier_id}] kon niet worden getoetst: {type(exc).__name__}", file=sys.stderr)
            status = EXIT_FILE_ERRORS
            continue
        write_audit(audit, args.out)
        audits.append(audit)
    write_summary(audits, args.out)
    print(f"{len(audits)} dossier(s) getoetst, peildatum {as_of.isoformat()}; uitvoer in {args.out}", file=sys.stderr)
    return status
