"""What the commands share: option types, the config/rules options and how they are applied."""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from audit.errors import EXIT_FILE_ERRORS, EXIT_OK, EXIT_USAGE, UsageError

if TYPE_CHECKING:
    from audit.config import Config

__all__ = ["EXIT_OK", "EXIT_FILE_ERRORS", "EXIT_USAGE", "UsageError", "iso_date", "add_config_args",
           "add_rules_arg", "apply_rules", "settings"]


def iso_date(value: str) -> dt.date:
    """argparse type for a peildatum."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"geen geldige datum (JJJJ-MM-DD): {value!r}") from exc


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
    """The rules (``--rules``) and settings (``--config``, ``--set``) of a command that audits."""
    from audit.config import load_config

    apply_rules(args)
    return load_config(args.config, args.overrides)


def apply_rules(args: argparse.Namespace) -> None:
    """Switch to the user's rules folder when ``--rules`` was given (never the working directory)."""
    from audit.resources import use_rules_dir

    use_rules_dir(getattr(args, "rules", None))
