"""Command line: ``dossier-audit run | extract | goals | evaluate | review | export | agreement | train``.

One module per command, each with ``add_parser(sub)`` and a handler; this module only
assembles them and sets up logging. Exit status: 0 everything read, 1 some file could
not be read (or a dossier failed), 2 usage errors. Messages name files, never dossier
text (it is personal data): third-party loggers (pdfminer prints the text it parses at
DEBUG) are held at WARNING whatever ``-v`` says, and names are printed escaped.
"""
from __future__ import annotations

import argparse
import sys

from audit.cli import argparse_nl, evaluate, extract, goals, review, review_app, run, train
from audit.console import THIRD_PARTY_LOGGERS, configure_logging, printable  # noqa: F401 (re-exported)
from audit.errors import EXIT_OK, EXIT_USAGE, UsageError

COMMAND_MODULES = (run, extract, goals, evaluate, review, review_app, train)


def build_parser() -> argparse.ArgumentParser:
    argparse_nl.install()
    parser = argparse.ArgumentParser(
        prog="dossier-audit",
        description="Toetst pleegzorgdossiers aan de normen van de inspectie, met bewijs uit het dossier.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="meer meldingen op stderr (nooit dossiertekst)")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits with 2 on usage errors
    configure_logging(args.verbose)
    try:
        return int(args.handler(args))
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except UsageError as exc:
        print(f"dossier-audit: {printable(exc)}", file=sys.stderr)
        return EXIT_USAGE
