"""Whole-word patterns written word first find exactly what ``(?<!\\w)word(?!\\w)`` finds."""
from __future__ import annotations

import random
import re

from audit.detect.base import _phrase_patterns
from audit.detect.dating import _relative_day_patterns
from audit.resources import resource_json


def _texts(words: list[str], n: int) -> list[str]:
    rng = random.Random(3)
    frags = words + [" ", "\n", "x", "é", "_", "1", ".", "ge", "gister", "en", "ﬁ", "İ", "-"]
    return ["".join(rng.choice(frags) for _ in range(rng.randint(0, 10))) for _ in range(n)]


def _check(pairs: list[tuple[str, re.Pattern[str]]]) -> None:
    words = [w for w, _ in pairs]
    for word, pattern in pairs:
        plain = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        for text in _texts(words, 3000):
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], (word, text)


def test_relative_days() -> None:
    words = list(resource_json("dates_nl.json")["relative_days"])
    _check([(w, p) for w, (p, _) in zip(words, _relative_day_patterns())])


def test_phrases() -> None:
    phrases = ("in overleg", "x", "na", "a b", "")
    _check(list(_phrase_patterns(phrases)))
