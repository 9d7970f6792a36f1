"""Command line: ``dossier-audit run | extract | goals | evaluate | review | export | agreement | train``.

One module per command, each with ``add_parser(sub)`` and a handler; this module only
assembles them and sets up logging. Exit status: 0 everything read, 1 some file could
not be read (or a dossier failed), 2 usage errors. Messages name files, never dossier
text (it is personal data): third-party loggers (pdfminer prints the text it parses at
DEBUG) are held at WARNING whatever ``-v`` says, and names are printed escaped.
"""
from __future__ import annotations

import argparse
import logging
import sys

from audit.cli import argparse_nl, evaluate, extract, goals, review, review_app, run, train
from audit.cli._util import printable
from audit.errors import EXIT_OK, EXIT_USAGE, UsageError

COMMAND_MODULES = (run, extract, goals, evaluate, review, review_app, train)
#: loggers of libraries that see dossier text; never below WARNING (pdfminer logs every token at DEBUG)
THIRD_PARTY_LOGGERS = ("pdfminer", "pdfplumber", "PIL", "urllib3", "streamlit", "fontTools", "docx", "deduce",
                       "docdeid", "spacy", "thinc", "skops", "sklearn", "filelock", "openpyxl", "fpdf", "matplotlib")
#: our own loggers: the only ones allowed below WARNING (they never log dossier text)
OWN_LOGGERS = ("audit", "dossier_audit")
_LEVEL_NL = {"DEBUG": "debug", "INFO": "info", "WARNING": "waarschuwing", "ERROR": "fout", "CRITICAL": "fout"}


class _OnlyOwnDetail(logging.Filter):
    """Below WARNING, only our own loggers pass: a library not on the list cannot leak text at -v either."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        return any(record.name == own or record.name.startswith(own + ".") for own in OWN_LOGGERS)


class _DutchFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return printable(f"{_LEVEL_NL.get(record.levelname, record.levelname.lower())}: {record.getMessage()}")


def configure_logging(verbose: bool) -> None:
    """stderr logging: WARNING (or DEBUG with ``-v``) for our loggers, WARNING at least for every library."""
    root = logging.getLogger()
    handler = logging.StreamHandler()
    handler.setFormatter(_DutchFormatter())
    handler.addFilter(_OnlyOwnDetail())
    for old in [h for h in root.handlers if getattr(h, "_dossier_audit", False)]:
        root.removeHandler(old)
    handler._dossier_audit = True  # type: ignore[attr-defined]
    if not root.handlers or all(getattr(h, "_dossier_audit", False) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    for name in THIRD_PARTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


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
