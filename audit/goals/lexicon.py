"""Compiled goal lexicons from ``audit/resources/goal_*.json``.

Word lists live in JSON so that domain experts can extend them without touching
code; this module only turns them into regular expressions once (cached).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from audit.resources import resource_json

WORD = r"[\wÀ-ÿ'’()-]"


def _phrase_regex(entries: list[str]) -> re.Pattern[str]:
    """One alternation of phrases; a trailing ``*`` matches any word continuation."""
    parts = []
    for e in sorted(set(entries), key=len, reverse=True):
        e = e.strip().lower()
        if not e:
            continue
        star = e.endswith("*")
        body = re.escape(e.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"[\wÀ-ÿ]*" if star else ""))
    return re.compile(r"(?<![\wÀ-ÿ])(?:" + "|".join(parts) + r")(?![\wÀ-ÿ])", re.IGNORECASE)


@dataclass(frozen=True)
class GoalLexicon:
    raw: dict[str, Any]
    vague: re.Pattern[str]
    behaviour: re.Pattern[str]
    measure: tuple[re.Pattern[str], ...]
    deadline: tuple[re.Pattern[str], ...]
    number_words: re.Pattern[str]
    adult_only: re.Pattern[str]
    domains: dict[str, re.Pattern[str]]
    actor_nouns: frozenset[str]
    non_names: frozenset[str]
    prepositions: frozenset[str]
    impersonal: tuple[str, ...]
    termijn_void: frozenset[str]
    child_words: frozenset[str]


def load_json(name: str) -> dict[str, Any]:
    return resource_json(name)


@lru_cache(maxsize=1)
def lexicon() -> GoalLexicon:
    raw = load_json("goal_lexicon.json")
    flags = re.IGNORECASE
    return GoalLexicon(
        raw=raw,
        vague=_phrase_regex(raw["vague_state"]),
        behaviour=_phrase_regex(raw["observable_behaviour"]),
        measure=tuple(re.compile(p, flags) for p in raw["measure_regex"]),
        deadline=tuple(re.compile(p, flags) for p in raw["deadline_regex"]),
        number_words=_phrase_regex(raw["number_words"]),
        adult_only=_phrase_regex(raw["adult_or_setting_only"]),
        domains={k: _phrase_regex(v) for k, v in raw["development_domains"].items()},
        actor_nouns=frozenset(w.lower() for w in raw["actor_nouns"]),
        non_names=frozenset(raw["non_name_capitalised"]),
        prepositions=frozenset(raw["prepositions"]),
        impersonal=tuple(raw["impersonal_starts"]),
        termijn_void=frozenset(w.lower() for w in raw["termijn_void"]),
        child_words=frozenset(raw["child_words"]),
    )


@lru_cache(maxsize=1)
def structure() -> dict[str, Any]:
    """Headings and column names used by extraction (goal_structure.json)."""
    return load_json("goal_structure.json")
