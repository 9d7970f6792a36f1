"""Reading the data files in ``audit/resources`` (trigger lists, lexicons, thresholds).

One cached loader for every stage, so each file is read and parsed once per process.
No spaCy import here: the reviewer app and the goal checker use it too.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def resource_text(name: str) -> str:
    return resources.files("audit.resources").joinpath(name).read_text("utf-8")


@lru_cache(maxsize=None)
def resource_json(name: str) -> Any:
    """A parsed JSON resource. Cached and shared: callers must not mutate it."""
    return json.loads(resource_text(name))


@lru_cache(maxsize=1)
def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(abbreviations ending in a period, those among them that may also end a sentence).

    From ``abbreviations.txt``: one per line, lower case; a trailing `` *`` marks one that
    can end a sentence ("ca. 20 min. Ging goed.").
    """
    rows = [line.strip().lower() for line in resource_text("abbreviations.txt").splitlines()
            if line.strip() and not line.startswith("#")]
    return frozenset(r.split()[0] for r in rows), frozenset(r.split()[0] for r in rows if r.endswith(" *"))


def never_ending_abbreviations() -> frozenset[str]:
    """Abbreviations whose period never ends a sentence ("mw.", "i.v.m.", "geb.")."""
    every, may_end = abbreviations()
    return every - may_end
