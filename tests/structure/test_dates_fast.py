"""find_dates' shortcuts give what the plain scan gives: numeric patterns tried only at digits,
texts without a digit skipped, short texts remembered."""
from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

from audit.structure import dates
from audit.structure.dates import DIGIT_FIRST, _Finder, _patterns, find_dates

try:
    from re import _constants as sre, _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

FRAGMENTS = ["12", "3", "-", "/", ".", ",", ":", " ", "\n", "2024", "'24", "maart", "mrt.", "sept", "op ", "in ",
             "sinds ", "x", "€", "+", "T10", "\u0663", "\uff11\uff12", "versie ", "nr. ", "jaar", "di ", "1e", "\u00a0"]


def _texts(n: int) -> list[str]:
    rng = random.Random(11)
    return ["".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def _zero_width(items: list[tuple[Any, Any]]) -> bool:
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        if op is sre.SUBPATTERN and _zero_width(list(av[3])):
            continue
        if op is sre.BRANCH and all(_zero_width(list(b)) for b in av[1]):
            continue
        return False
    return True


def _digit_first(items: list[tuple[Any, Any]]) -> bool:
    """The first item that takes a character takes a digit (``\\d``)."""
    for i, (op, av) in enumerate(items):
        if _zero_width([(op, av)]):
            continue
        if op is sre.IN:
            return list(av) == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            return av[0] >= 1 and _digit_first(list(av[2]))
        if op is sre.SUBPATTERN:
            return _digit_first(list(av[3]))
        if op is sre.BRANCH:
            return all(_digit_first(list(b)) for b in av[1])
        return False
    return False


@pytest.mark.parametrize("name", DIGIT_FIRST)
def test_digit_first_patterns_start_with_a_digit(name: str) -> None:
    rx = getattr(_patterns(), name)
    assert _digit_first(list(sre_parse.parse(rx.pattern, rx.flags)))


@pytest.mark.parametrize("name", DIGIT_FIRST)
def test_from_digits_is_finditer(name: str) -> None:
    rx = getattr(_patterns(), name)
    for text in _texts(4000):
        finder = _Finder(text, None, strict=True)
        assert [m.span() for m in finder.from_digits(rx)] == [m.span() for m in rx.finditer(text)], text


def test_remembered_dates_are_the_scans() -> None:
    context = dt.date(2024, 5, 3)
    for text in _texts(2000):
        for ctx in (None, context):
            assert find_dates(text, context_date=ctx) == _Finder(text, ctx, strict=True).run()
    found = find_dates("op 12-03-2024 en 4 mei", context_date=context)
    found.append(found[0])  # the caller's list is its own
    assert len(find_dates("op 12-03-2024 en 4 mei", context_date=context)) == 2
    assert find_dates("geen datum hier") == []


def test_memo_starts_afresh_when_the_rules_change(monkeypatch: pytest.MonkeyPatch) -> None:
    memo = dates._DateMemo()
    memo.dates("op 12-03-2024", None)
    assert memo.found
    monkeypatch.setattr(dates, "_patterns", lambda: object())  # new rules: new pattern objects
    monkeypatch.setattr(dates, "_Finder", lambda *a, **k: type("F", (), {"run": lambda self: []})())
    assert memo.dates("op 12-03-2024", None) == []
