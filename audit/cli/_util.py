"""What the commands share: option types, the config/rules options and how they are applied.

Every usage error here is a Dutch ``UsageError`` (exit 2, no traceback): a date outside
1900-01-01 .. 2200-12-31, a setting out of bounds, an output folder that is a file or
cannot be written, a model that cannot be used while ``models.on_error = "error"``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from audit.console import printable
from audit.errors import EXIT_FILE_ERRORS, EXIT_OK, EXIT_USAGE, UsageError

if TYPE_CHECKING:
    from audit.config import Config

__all__ = ["EXIT_OK", "EXIT_FILE_ERRORS", "EXIT_USAGE", "UsageError", "iso_date", "add_config_args",
           "add_rules_arg", "apply_rules", "settings", "check_out_dir", "check_models", "printable",
           "EARLIEST_DATE", "LATEST_DATE"]

#: the peildatum range: wide enough for any real dossier, narrow enough that no window overflows
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2200, 12, 31)


def iso_date(value: str) -> dt.date:
    """argparse type for a peildatum (between 1900-01-01 and 2200-12-31)."""
    try:
        date = dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"geen geldige datum (JJJJ-MM-DD): {value!r}") from exc
    if not EARLIEST_DATE <= date <= LATEST_DATE:
        raise argparse.ArgumentTypeError(f"datum buiten het bereik {EARLIEST_DATE.isoformat()} tot en met "
                                         f"{LATEST_DATE.isoformat()}: {value!r}")
    return date


def add_rules_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rules", type=Path, default=None, metavar="MAP",
                   help="map met eigen regelbestanden (zelfde namen als in het pakket); vastgelegd in de herkomst")


def add_config_args(p: argparse.ArgumentParser, pipeline: bool = True) -> None:
    p.add_argument("--config", type=Path, help="TOML-bestand met instellingen (overschrijft de standaard)")
    p.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="SECTIE.SLEUTEL=WAARDE",
        help="één instelling overschrijven, bijv. --set norms.one_on_one_min=4",
    )
    if pipeline:
        p.add_argument("--pipeline", default=None,
                       help="spaCy-pipeline: 'embedded' of een geïnstalleerd model (standaard: beste beschikbare)")
        add_rules_arg(p)


def settings(args: argparse.Namespace) -> "Config":
    """The rules (``--rules``) and settings (``--config``, ``--set``) of a command that audits.

    Also applied and checked here, before anything is analysed: ``read.max_file_mb``, the
    output folder (``--out``, when the command has one) and, with ``models.on_error =
    "error"``, every model the audit will load.
    """
    from audit.config import load_config
    from audit.read.file import apply_read_config
    from audit.read.ocr import unavailable

    apply_rules(args)
    config = load_config(args.config, args.overrides)
    apply_read_config(config.read)
    if config.read.ocr and unavailable():
        logging.getLogger("dossier_audit").warning("OCR gevraagd, maar %s: scans worden gemeld als 'OCR nodig'.",
                                                   unavailable())
    if getattr(args, "out", None) is not None:
        check_out_dir(args.out)
    check_models(config)
    return config


def apply_rules(args: argparse.Namespace) -> None:
    """Switch to the user's rules folder when ``--rules`` was given (never the working directory)."""
    from audit.resources import use_rules_dir

    use_rules_dir(getattr(args, "rules", None))


def check_out_dir(out: Path) -> None:
    """Make sure ``--out`` is a folder we can write to (created when missing); else a Dutch ``UsageError``.

    Checked before any dossier is analysed, by writing and removing a probe file, so a
    read-only or mistyped folder costs seconds, not the whole run.
    """
    out = Path(out)
    for parent in [out, *out.parents]:
        if parent.exists() or parent.is_symlink():
            if not parent.is_dir():
                where = "is een bestand" if parent == out else f"ligt onder een bestand ({printable(parent)})"
                raise UsageError(f"uitvoermap {where}: {printable(out)}")
            break
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=out, prefix=".dossier-audit-", suffix=".probe")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise UsageError(f"uitvoermap niet schrijfbaar ({type(exc).__name__}): {printable(out)}") from None


def check_models(config: "Config") -> None:
    """With ``models.on_error = "error"``: load every model the audit uses now, and stop
    (Dutch ``UsageError``, exit 2) when one is missing, damaged or refused."""
    if config.models.on_error != "error":
        return
    from audit.ml import store
    from audit.ml.all_models import load_all

    store.clear_load_record()
    load_all(config)
    problems = [store.as_error(entry["warning"]) for entry in store.loaded_models().values() if entry["warning"]]
    store.clear_load_record()
    if problems:
        raise UsageError(" ".join(problems) + ' (models.on_error = "error"; met --set models.on_error=warn '
                                              "toetsen de regels zonder dit model)")
