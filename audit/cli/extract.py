"""`dossier-audit extract PATH`: the extracted text of a file or dossier, as the detectors see it."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from audit.cli._util import EXIT_FILE_ERRORS, EXIT_OK, UsageError


def add_parser(sub: argparse._SubParsersAction) -> None:
    ext = sub.add_parser("extract", help="de uitgelezen tekst van een bestand of dossier tonen")
    ext.add_argument("path", type=Path)
    ext.add_argument("--format", choices=("text", "json"), default="text")
    ext.set_defaults(handler=cmd_extract)


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
