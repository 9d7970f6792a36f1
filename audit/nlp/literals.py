"""Literal text a regex cannot match without: a cheap test that skips searches bound to fail.

Python's ``re`` finds no fast start for patterns that open with a name class or a case-
insensitive alternation, so it tries every position of the text; the detectors run dozens of
such lexicon patterns over every sentence of a long journal. Most sentences hold none of the
words a pattern needs ("ingetrokken", "bij ons"), and ``str`` containment tells that far faster.

:func:`required_literals` reads the parsed pattern: a set of strings such that every match
contains at least one of them. The test is made permissive on purpose: text and literals are
compared lower-cased (after folding the few non-ASCII letters ``re`` treats as ASCII ones under
IGNORECASE), and only ASCII pieces of literals are kept, so a case-sensitive pattern is tested
as if it were not -- a text the test rejects can never match; a text it accepts is searched.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator

try:  # the regex parser of the standard library (private; callers treat any surprise as: no shortcut)
    from re import _constants as SRE, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as SRE  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

ZERO_WIDTH = {SRE.AT, SRE.ASSERT, SRE.ASSERT_NOT}  # items that consume no text


def parse_regex(rx: re.Pattern[str]) -> list[tuple[Any, Any]]:
    """``rx`` as the standard library's parser reads it: (opcode, argument) items, opcodes from ``SRE``."""
    return list(_sre_parse.parse(rx.pattern, rx.flags))

# Non-ASCII letters ``re`` matches to an ASCII letter under IGNORECASE (found by trying every code
# point): dotted and dotless I, long s, the Kelvin sign. Folded before lower-casing.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_MAX_LITERALS = 64  # more alternatives than this are no quick test
_SCAN_LIMIT = 4  # more literals than this are looked for with one regex (Gated.any_need)


_FOLDED_CHARS = re.compile("[\u0130\u0131\u017f\u212a]")


def fold(text: str) -> str:
    """``text`` as the literal test compares it (same length as ``text`` is not promised)."""
    return _folded(text) if len(text) > 64 else _fold(text)


def _fold(text: str) -> str:
    # str.translate looks up every character in a dict (~4 us for a sentence); the four letters it
    # is for are rare, so it runs only when one is there
    if text.isascii() or not _FOLDED_CHARS.search(text):
        return text.lower()
    return text.translate(_FOLD).lower()


@lru_cache(maxsize=8)
def _folded(text: str) -> str:  # a long text is tested by many patterns in a row
    return _fold(text)


def _ascii_piece(run: str) -> str:
    """The longest ASCII stretch of a literal run (any piece of a required literal is required)."""
    pieces = re.split(r"[^\x00-\x7f]+", run.lower())
    return max(pieces, key=len)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: longest shortest literal, then fewest literals."""
    usable = [o for o in options if o and all(o) and len(o) <= _MAX_LITERALS]
    if not usable:
        return None
    return max(usable, key=lambda o: (min(map(len, o)), -len(o)))


def _alternatives(op: Any, av: Any) -> list[list[tuple[Any, Any]]] | None:
    """The sub-sequences one of which the item consumes, when it is a choice or a group."""
    if op is SRE.BRANCH:
        return [list(b) for b in av[1]]
    if op is SRE.SUBPATTERN:
        return [list(av[3])]
    if op is SRE.IN and av and all(item_op is SRE.LITERAL for item_op, _ in av):
        return [[(SRE.LITERAL, c)] for _, c in av]
    if op in (SRE.MAX_REPEAT, SRE.MIN_REPEAT) and av[0] >= 1:
        return [list(av[2])]
    return None


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    run = ""

    def close() -> None:
        nonlocal run
        piece = _ascii_piece(run) if run else ""
        if piece:
            options.append(frozenset({piece}))
        run = ""

    for op, av in items:
        if op is SRE.LITERAL:
            run += chr(av)
            continue
        if op in ZERO_WIDTH:
            continue  # consumes nothing: the literals on either side stay adjacent
        close()
        alternatives = _alternatives(op, av)
        if alternatives is None:
            continue
        found = [_required(alt) for alt in alternatives]
        if all(f is not None for f in found):
            options.append(frozenset().union(*found))  # type: ignore[arg-type]
    close()
    return _best(options)


def required_literals(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which occurs (in :func:`fold`-ed text) wherever ``rx``
    matches; None when no such set is known."""
    try:
        return _required(parse_regex(rx))
    except Exception:  # an unfamiliar parse: no shortcut
        return None


class Gated:
    """A compiled pattern that first asks whether the text holds a literal it needs.

    Offers the ``re.Pattern`` methods the detectors use; anything else goes to the pattern.
    """

    def __init__(self, rx: re.Pattern[str]):
        self.rx = rx
        self.needs = required_literals(rx)
        # many literals: one regex pass over the text beats a containment scan per literal
        self.any_need = (re.compile("|".join(re.escape(n) for n in sorted(self.needs, key=len, reverse=True)))
                         if self.needs is not None and len(self.needs) > _SCAN_LIMIT else None)

    def possible(self, text: str) -> bool:
        if self.needs is None:
            return True
        low = fold(text)
        if self.any_need is not None:
            return self.any_need.search(low) is not None
        return any(n in low for n in self.needs)

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        return self.rx.search(text, *args) if self.possible(text) else None

    def finditer(self, text: str, *args: Any) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text, *args) if self.possible(text) else iter(())

    def findall(self, text: str, *args: Any) -> list[Any]:
        return self.rx.findall(text, *args) if self.possible(text) else []

    def __getattr__(self, name: str) -> Any:  # match, sub, pattern, flags, groupindex, ...
        return getattr(self.rx, name)

