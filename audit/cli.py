"""Command line: ``dossier-audit run | extract | goals | evaluate``.

Exit status: 0 everything read, 1 some file could not be read (or a dossier failed),
2 usage errors. Messages name files, never dossier text (it is personal data).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path

log = logging.getLogger("dossier_audit")

EXIT_OK, EXIT_FILE_ERRORS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"geen geldige datum (JJJJ-MM-DD): {value!r}") from exc


def _add_config_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, help="TOML-bestand met instellingen (overschrijft de standaard)")
    p.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="SECTIE.SLEUTEL=WAARDE",
        help="één instelling overschrijven, bijv. --set norms.one_on_one_min=4",
    )
    p.add_argument(
        "--pipeline", default=None,
        help="spaCy-pipeline: 'embedded' of een geïnstalleerd model (standaard: beste beschikbare)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier-audit",
        description="Toetst pleegzorgdossiers aan de normen van de inspectie, met bewijs uit het dossier.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="meer meldingen op stderr (nooit dossiertekst)")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="dossiers toetsen en per dossier JSON + summary.csv schrijven")
    run.add_argument("input", type=Path, help="map met dossiermappen, één dossiermap, één bestand of een .zip")
    run.add_argument("--out", type=Path, required=True, help="uitvoermap")
    run.add_argument("--as-of", type=_date, default=None, help="peildatum JJJJ-MM-DD (standaard: vandaag)")
    run.add_argument("--no-progress", action="store_true", help="geen voortgangsbalk")
    _add_config_args(run)

    ext = sub.add_parser("extract", help="de uitgelezen tekst van een bestand of dossier tonen")
    ext.add_argument("path", type=Path)
    ext.add_argument("--format", choices=("text", "json"), default="text")

    from audit.goals import cli as goals_cli

    goals_cli.add_parser(sub)
    from audit.evaluate import cli as eval_cli
    from audit.review import cli as review_cli
    from audit.review import launch as review_launch
    from audit.train import cli as train_cli

    eval_cli.add_parser(sub)
    review_cli.add_parsers(sub)
    review_launch.add_parser(sub)
    train_cli.add_parser(sub)
    return parser


def cmd_run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from audit import nlp as nlp_mod
    from audit.config import load_config
    from audit.pipeline import audit_dossier
    from audit.read import iter_dossiers
    from audit.report import validate, write_audit, write_summary

    if not args.input.exists():
        raise UsageError(f"invoer bestaat niet: {args.input}")
    config = load_config(args.config, args.overrides)
    as_of = args.as_of or dt.date.today()
    nlp = nlp_mod.load(args.pipeline)
    args.out.mkdir(parents=True, exist_ok=True)
    audits, status = [], EXIT_OK
    dossiers = iter_dossiers(args.input)
    bar = tqdm(dossiers, desc="dossiers", unit="dossier", file=sys.stderr, disable=args.no_progress)
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


def cmd_extract(args: argparse.Namespace) -> int:
    from audit.read import document_to_json, load_dossier

    if not args.path.exists():
        raise UsageError(f"pad bestaat niet: {args.path}")
    dossier = load_dossier(args.path)
    if args.format == "json":
        payload = {
            "dossier_id": dossier.dossier_id,
            "documents": [document_to_json(d) for d in dossier.documents],
            "errors": [{"file": e.file, "message": e.message} for e in dossier.errors],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for doc in dossier.documents:
            if len(dossier.documents) > 1:
                sys.stdout.write(f"===== {doc.name} =====\n")
            sys.stdout.write(doc.text)
            sys.stdout.write("\n")
    for err in dossier.errors:
        print(f"{err.file}: {err.message}", file=sys.stderr)
    return EXIT_FILE_ERRORS if dossier.errors else EXIT_OK


COMMANDS = {"run": cmd_run, "extract": cmd_extract}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits with 2 on usage errors
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    handler = COMMANDS.get(args.command) or getattr(args, "handler", None)
    if handler is None:
        parser.error(f"onbekend commando: {args.command}")
    try:
        return int(handler(args))
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except UsageError as exc:
        print(f"dossier-audit: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        from audit.config import ConfigError

        if isinstance(exc, ConfigError):
            print(f"dossier-audit: {exc}", file=sys.stderr)
            return EXIT_USAGE
        raise
