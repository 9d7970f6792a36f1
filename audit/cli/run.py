"""`dossier-audit run INPUT --out DIR`: audit every dossier and write the JSON contract and the reports.

Per dossier ``<id>.json`` (the contract) and ``<id>.html``; for the sample ``index.html``,
``audit.xlsx``, ``summary.csv`` (machine-readable) and ``samenvatting.csv`` (Dutch Excel).
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path
from typing import Any

from audit.cli._util import EXIT_FILE_ERRORS, EXIT_OK, UsageError, add_config_args, iso_date, printable, settings

log = logging.getLogger("dossier_audit")


def add_parser(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("run", help="dossiers toetsen en per dossier JSON en HTML, een overzicht, Excel en CSV schrijven")
    run.add_argument("input", type=Path, help="map met dossiermappen, één dossiermap, één bestand of een .zip")
    run.add_argument("--out", type=Path, required=True, help="uitvoermap")
    run.add_argument("--as-of", type=iso_date, default=None, help="peildatum JJJJ-MM-DD (standaard: vandaag)")
    run.add_argument("--no-progress", action="store_true", help="geen voortgangsbalk")
    run.add_argument("--private", action="store_true",
                     help="uitvoerbestanden alleen leesbaar voor u (rechten 0600), wat uw umask ook is")
    run.add_argument("--pseudonymize", action="store_true",
                     help="namen, adressen, geboortedata, BSN, telefoonnummers, e-mailadressen en dossiernamen "
                          "vervangen in alle uitvoer (met deduce); de datums waar de normen op rusten blijven staan")
    add_config_args(run)
    run.set_defaults(handler=cmd_run)


def _audit_one(dossier: Any, as_of: dt.date, config: Any, nlp: Any) -> dict[str, Any] | None:
    """The validated audit of one dossier, or None when it failed (reported on stderr, no dossier text)."""
    from audit.pipeline import audit_dossier
    from audit.report import validate

    try:
        audit = audit_dossier(dossier, as_of, config, nlp)
        validate(audit)
    except Exception as exc:  # one broken dossier must not stop the batch
        log.debug("dossier %s failed", dossier.dossier_id, exc_info=True)
        print(f"[{printable(dossier.dossier_id)}] kon niet worden getoetst: {type(exc).__name__}", file=sys.stderr)
        return None
    return audit


def _finish(audits: list[dict[str, Any]], args: argparse.Namespace, as_of: dt.date) -> None:
    """Write the reports of the whole run and say where they are."""
    from audit.report import write_reports
    from audit.report.labels import count_nl

    paths = write_reports(audits, args.out, as_of, private=args.private)
    print(f"{count_nl(len(audits), 'dossier', 'dossiers')} getoetst, peildatum {as_of.isoformat()}; uitvoer in {printable(args.out)} "
          f"(ook {paths.workbook.name} en {paths.samenvatting.name} voor Excel)", file=sys.stderr)
    print(f"Open {printable(paths.index)}")  # stdout: the one thing to do next


def _pseudonymizer(args: argparse.Namespace) -> Any:
    """deduce, loaded once for the run (its first build is cached in the user's cache folder)."""
    if not args.pseudonymize:
        return None
    from audit.report.pseudonymize import Pseudonymizer, default_cache_dir

    print(f"Pseudonimiseren: deduce laden (de eerste keer enkele seconden, daarna uit {default_cache_dir()})",
          file=sys.stderr)
    return Pseudonymizer()


def cmd_run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from audit import nlp as nlp_mod
    from audit.read import iter_dossiers
    from audit.report import write_audit

    if not args.input.exists():
        raise UsageError(f"invoer bestaat niet: {args.input}")
    config = settings(args)
    as_of = args.as_of or dt.date.today()
    nlp = nlp_mod.load(args.pipeline)
    pseudo = _pseudonymizer(args)
    args.out.mkdir(parents=True, exist_ok=True)
    audits, status = [], EXIT_OK
    bar = tqdm(iter_dossiers(args.input), desc="dossiers", unit="dossier", file=sys.stderr, disable=args.no_progress)
    for dossier in bar:
        for err in dossier.errors:
            print(f"[{printable(dossier.dossier_id)}] {printable(err.file)}: {err.message}", file=sys.stderr)
            status = EXIT_FILE_ERRORS
        audit = _audit_one(dossier, as_of, config, nlp)
        if audit is None:
            status = EXIT_FILE_ERRORS
            continue
        if pseudo is not None:
            from audit.report.pseudonymize import pseudonymize_audit

            audit = pseudonymize_audit(audit, pseudo, context_texts=[d.text for d in dossier.documents])
        write_audit(audit, args.out, private=args.private)
        audits.append(audit)
    _finish(audits, args, as_of)
    return status
