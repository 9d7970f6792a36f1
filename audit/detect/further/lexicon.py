"""The schema-v2 detectors' data (``further_nl.json``), regexes compiled once."""
from __future__ import annotations

import re
from typing import Any

from audit.nlp.literals import Gated
from audit.resources import resource_cache, resource_json


@resource_cache
def lexicon() -> dict[str, Any]:
    """Every string value of ``further_nl.json`` as a regex, case-insensitive unless listed in
    ``_case_sensitive`` (patterns that tell names by their capital); numbers stay numbers. Each
    regex first asks whether the text holds a word it needs (``Gated``): they run on every sentence."""
    data = resource_json("further_nl.json")
    exact = set(data["_case_sensitive"])
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key.startswith("_"):
            continue
        out[key] = Gated(re.compile(value, 0 if key in exact else re.IGNORECASE)) if isinstance(value, str) else value
    return out


def rx(name: str) -> Gated:
    return lexicon()[name]


def hit(name: str, text: str) -> bool:
    return bool(lexicon()[name].search(text))
