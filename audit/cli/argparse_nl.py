"""argparse's own words (usage, options, errors) in Dutch: the users are Dutch inspectors.

argparse looks its messages up through ``gettext`` at call time (its module-level ``_``
and ``ngettext``); the standard library ships no Dutch catalogue, so the few strings
argparse prints are translated here and anything else passes through unchanged.
"""
from __future__ import annotations

import argparse

MESSAGES_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "deze hulp tonen en stoppen",
    "show program's version number and exit": "versie tonen en stoppen",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde %(value)r",
    "not allowed with argument %s": "niet samen met argument %s",
    "ambiguous option: %(option)s could match %(matches)s": "optie %(option)s is niet eenduidig: %(matches)s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
}


def _nl(message: str) -> str:
    return MESSAGES_NL.get(message, message)


def _nl_plural(singular: str, plural: str, n: int) -> str:
    return _nl(singular if n == 1 else plural)


def install() -> None:
    """Make argparse speak Dutch for this process (idempotent)."""
    argparse._ = _nl  # type: ignore[attr-defined]
    argparse.ngettext = _nl_plural  # type: ignore[attr-defined]
