"""Spreadsheet cells that cannot run: neutralise text a spreadsheet would read as a formula.

Dossier folder names (and so dossier ids) are chosen by whoever exported the files, and
quotes come from the dossiers themselves; a cell starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return can run as a formula when the CSV or workbook is opened
(OWASP "CSV injection"). Such text gets a leading single quote; numbers and dates stay typed.
"""
from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """``value`` unchanged unless it is text a spreadsheet would take for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_row(row: dict[str, Any]) -> dict[str, Any]:
    return {key: neutralise(value) for key, value in row.items()}
