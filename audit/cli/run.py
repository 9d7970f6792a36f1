"""`dossier-audit run INPUT --out DIR`: audit every dossier and write the JSON contract and the reports.

Per dossier ``<id>.json`` (the contract) and ``<id>.html``; for the sample ``index.html``,
``audit.xlsx``, ``summary.csv`` (machine-readable) and ``samenvatting.csv`` (Dutch Excel).
The work itself is ``audit.batch.runner.run_batch``: worker processes with limits per file,
reuse of unchanged dossiers, outputs moved in place only when the run completes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Any

from audit.cli._util import EXIT_FILE_ERRORS, EXIT_OK, UsageError, add_config_args, iso_date, printable, settings

log = logging.getLogger("dossier_audit")
EXIT_INTERRUPTED = 130  # as a shell reports a run stopped by a signal


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
    run.add_argument("--workers", type=_workers, default=None, metavar="N",
                     help="aantal werkprocessen (standaard: het aantal processorkernen); elk dossier in een eigen "
                          "proces met een tijd- en geheugenlimiet per bestand (limits.*)")
    run.add_argument("--ocr", action="store_true",
                     help="gescande PDF's (zonder tekstlaag) laten herkennen met tesseract (Nederlands; traag, "
                          "seconden per pagina); gelijk aan --set read.ocr=1")
    run.add_argument("--force", action="store_true",
                     help="alle dossiers opnieuw toetsen, ook als invoer, instellingen, regels en modellen "
                          "niet veranderd zijn sinds de vorige run in deze uitvoermap")
    add_config_args(run)
    run.set_defaults(handler=cmd_run)


def _workers(value: str) -> int:
    """argparse type for ``--workers``: 1 to 256 processes."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geheel getal: {value!r}") from None
    if not 1 <= n <= 256:
        raise argparse.ArgumentTypeError(f"aantal werkprocessen moet tussen 1 en 256 liggen: {value!r}")
    return n


def default_workers() -> int:
    """The cores this process may use (affinity where the platform knows it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _finish(result: Any, args: argparse.Namespace, as_of: dt.date) -> None:
    """Say what the run did and where the reports are."""
    from audit.report.labels import count_nl

    paths = result.paths
    done = count_nl(result.dossiers, "dossier", "dossiers")
    reused = f" ({result.reused} ongewijzigd, uitkomst van de vorige run hergebruikt)" if result.reused else ""
    print(f"{done} getoetst{reused}, peildatum {as_of.isoformat()}; uitvoer in {printable(args.out)} "
          f"(ook {paths.workbook.name} en {paths.samenvatting.name} voor Excel)", file=sys.stderr)
    if result.removed:
        print(f"{count_nl(len(result.removed), 'oud uitvoerbestand', 'oude uitvoerbestanden')} van een vorige run "
              "verwijderd (die dossiers zaten niet in deze invoer)", file=sys.stderr)
    print(f"Open {printable(paths.index)}")  # stdout: the one thing to do next


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the run is so every ``with`` block cleans up."""


def _on_signal(signum: int, frame: Any) -> None:
    raise Interrupted(signum)


def _options(args: argparse.Namespace, config: Any, as_of: dt.date) -> Any:
    from audit.batch.runner import RunOptions
    from audit.batch.worker import WorkerSettings

    if args.pseudonymize:
        from audit.report.pseudonymize import default_cache_dir

        print(f"Pseudonimiseren: deduce laden (de eerste keer enkele seconden, daarna uit {default_cache_dir()})",
              file=sys.stderr)
    settings_ = WorkerSettings(config=config, as_of=as_of, pipeline=args.pipeline, rules_dir=args.rules,
                               pseudonymize=args.pseudonymize, verbose=args.verbose)
    return RunOptions(input=args.input, out=args.out, settings=settings_, workers=args.workers or default_workers(),
                      private=args.private, force=args.force, progress=not args.no_progress)


def cmd_run(args: argparse.Namespace) -> int:
    from audit.batch.pool import WorkerStartError
    from audit.batch.runner import run_batch
    from audit.batch.staging import disk_full

    if not args.input.exists() and not args.input.is_symlink():
        raise UsageError(f"invoer bestaat niet: {args.input}")
    if args.ocr:
        args.overrides = [*args.overrides, "read.ocr=1"]
    config = settings(args)
    as_of = args.as_of or dt.date.today()
    options = _options(args, config, as_of)
    old = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if sig}
    try:
        result = run_batch(options)
    except KeyboardInterrupt:
        print("Afgebroken: de uitvoermap is niet veranderd (tijdelijke bestanden zijn opgeruimd).", file=sys.stderr)
        return EXIT_INTERRUPTED
    except WorkerStartError as exc:
        print(f"Niets getoetst: {exc}; de uitvoermap is niet veranderd. Probeer --workers 1 of kijk met -v "
              "wat er misgaat.", file=sys.stderr)
        return EXIT_FILE_ERRORS
    except OSError as exc:
        if not disk_full(exc):
            raise
        print(f"Schijf vol bij het schrijven in {printable(args.out)}: de uitvoermap is niet veranderd. "
              "Maak ruimte vrij en start opnieuw.", file=sys.stderr)
        return EXIT_FILE_ERRORS
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
    _finish(result, args, as_of)
    return EXIT_FILE_ERRORS if result.file_errors or result.lost else EXIT_OK
