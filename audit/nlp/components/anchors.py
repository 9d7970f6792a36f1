"""Where the trigger anchors match: the starts ``re.finditer`` gives, found faster.

An anchor is a case-insensitive regex behind ``(?<!\\w)``; Python's ``re`` cannot skip ahead
for such a pattern and tries a match at every character, which for ~40 anchors over a long
journal was a noticeable share of the pipeline. Every anchor here starts with literal text
("zonder", "bel", "1", "één", ...), so a match can only start where one of those literals
occurs. :class:`AnchorScan` finds those places with ``str.find`` on a copy of the text in
which every character is replaced by the class of literal characters it matches under the
anchor's own flags (asked of ``re`` itself, so Unicode case rules are ``re``'s), runs the
original regex there with ``match``, and skips candidates inside the previous match exactly
as ``finditer`` does. An alternative that opens with word characters of a class ("[a-z]*plan",
"[A-Z][a-z]+ en [A-Z]") can only start in the run of word characters before its first literal,
so those positions are tried too. A group with its own case flag ("(?i:zus|broer) [A-Z]") takes
part too: such a pattern's literals are looked for case-insensitively, which finds every place
(and maybe a few more, which ``match`` then turns down). An anchor without such literals is
scanned with ``finditer``. :func:`finditer` gives the matches of any pattern this way.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Iterator

from audit.nlp.literals import SRE, ZERO_WIDTH, parse_regex  # any surprise falls back to finditer

_MAX_PREFIXES = 256  # more literal alternatives than this: stop extending them (still a valid filter)
_OUTSIDE = "\uffff"  # stands for every text character that matches no literal of any anchor
_CASE = SRE.SRE_FLAG_IGNORECASE


def _alternatives(op: Any, av: Any) -> list[list[tuple[Any, Any]]] | None:
    """The sub-sequences one of which a BRANCH, plain group or literal class consumes; None otherwise."""
    if op is SRE.BRANCH:
        return [list(b) for b in av[1]]
    if op is SRE.SUBPATTERN and not (av[1] | av[2]) & ~_CASE:  # a group, perhaps with its own case flag
        return [list(av[3])]
    if op is SRE.IN and av and all(item_op is SRE.LITERAL for item_op, _ in av):
        return [[(SRE.LITERAL, c)] for _, c in av]
    return None


def _prefixes(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """Literal strings one of which every match of ``items`` starts with; True when they are the
    whole match (so what follows extends them)."""
    out = {""}
    for op, av in items:
        if op in ZERO_WIDTH:
            continue
        if op is SRE.LITERAL:
            out = {p + chr(av) for p in out}
            continue
        alternatives = _alternatives(op, av)
        if alternatives is None:
            return out, False
        parts = [_prefixes(alt) for alt in alternatives]
        longer = {p + s for p in out for found, _ in parts for s in found}
        if len(longer) > _MAX_PREFIXES:
            return out, False
        out = longer
        if not all(whole for _, whole in parts):
            return out, False
    return out, True


def literal_prefixes(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Non-empty literals (as written in the pattern) one of which starts every match of ``rx``;
    None when a match may start without one."""
    try:
        found, _ = _prefixes(parse_regex(rx))
    except Exception:  # an unfamiliar parse: scan the plain way
        return None
    if not found or "" in found:
        return None
    return frozenset(found)


_REPEATS = {SRE.MAX_REPEAT, SRE.MIN_REPEAT, getattr(SRE, "POSSESSIVE_REPEAT", SRE.MAX_REPEAT)}
_WORD_CATEGORIES = {SRE.CATEGORY_WORD, SRE.CATEGORY_DIGIT}


def _local_case(items: Any) -> bool:
    """True when a group in the parse sets or clears IGNORECASE for itself ("(?i:...)", "(?-i:...)")."""
    for op, av in items:
        if op is SRE.SUBPATTERN:
            if (av[1] | av[2]) & _CASE or _local_case(av[3]):
                return True
        elif op is SRE.BRANCH:
            if any(_local_case(b) for b in av[1]):
                return True
        elif op in _REPEATS:
            if _local_case(av[2]):
                return True
        elif op in (SRE.ASSERT, SRE.ASSERT_NOT):
            if _local_case(av[1]):
                return True
    return False


def scan_flags(rx: re.Pattern[str]) -> int:
    """The flags a pattern's literals are looked for under: its own, case-insensitive as well when a
    group changes the case rule for itself (a superset of the places, never fewer)."""
    try:
        return rx.flags | re.IGNORECASE if _local_case(parse_regex(rx)) else rx.flags
    except Exception:  # an unfamiliar parse: its literals are not used anyway
        return rx.flags


def _is_word(c: int) -> bool:
    return chr(c).isalnum() or c == ord("_")  # what ``\w`` matches in a str pattern


def _word_char_item(op: Any, av: Any) -> bool:
    """One character that is always a word character: ``[a-z]``, ``[A-Z]``, ``\\w``, ``\\d``, a letter,
    or a repeat of one (a letter of another case under IGNORECASE is a letter too)."""
    if op in _REPEATS:
        sub = list(av[2])
        return len(sub) == 1 and _word_char_item(*sub[0])
    if op is SRE.LITERAL:
        return _is_word(av)
    if op is SRE.IN:
        for item_op, item in av:
            if item_op is SRE.LITERAL and _is_word(item):
                continue
            if item_op is SRE.RANGE and item[1] - item[0] < 4096 and all(map(_is_word, range(item[0], item[1] + 1))):
                continue
            if item_op is SRE.CATEGORY and item in _WORD_CATEGORIES:
                continue
            return False
        return bool(av)
    return False


def _needles(items: list[tuple[Any, Any]]) -> set[tuple[str, bool]] | None:
    """(literal, backed) pairs such that every match of ``items`` starts at one of the literals
    (backed False) or within the run of word characters that ends where one begins (backed True:
    "[a-z]*plan", "[A-Z][a-z]+ en [A-Z]"); None when no such literals are known."""
    for i, (op, av) in enumerate(items):
        if op in ZERO_WIDTH:
            continue
        if op is SRE.LITERAL:
            found, _ = _prefixes(items[i:])
            return None if not found or "" in found else {(n, False) for n in found}
        if _word_char_item(op, av):
            j = i
            while j < len(items) and items[j][0] is not SRE.LITERAL and _word_char_item(*items[j]):
                j += 1
            found, _ = _prefixes(items[j:])
            return None if not found or "" in found else {(n, True) for n in found}
        alternatives = _alternatives(op, av)
        if op in _REPEATS:  # "(?:crisis|weekend)?pleegkind"
            low, high, sub = av[0], av[1], list(av[2])
            if high == 1:
                alternatives = [sub] + ([[]] if low == 0 else [])
            else:  # a match starts in the first repetition (or after all of them, when there may be none)
                first = _needles(sub)
                rest = _needles(items[i + 1 :]) if low == 0 else set()
                return None if first is None or rest is None else first | rest
        if alternatives is None:
            return None
        out: set[tuple[str, bool]] = set()
        for alt in alternatives:
            part = _needles(alt + items[i + 1 :])
            if part is None:
                return None
            out |= part
        return out
    return None


def backed_needles(rx: re.Pattern[str]) -> frozenset[tuple[str, bool]] | None:
    """``_needles`` of ``rx``'s parse, for an anchor without plain literal prefixes; None when unknown."""
    try:
        found = _needles(parse_regex(rx))
    except Exception:  # an unfamiliar parse: scan the plain way
        return None
    if not found or len(found) > _MAX_PREFIXES:
        return None
    return frozenset(found)


class _Classes:
    """The literal characters of the anchors of one flag set, grouped by the text characters they
    match: a text character and a literal it matches always share a group character."""

    def __init__(self, flags: int, literals: Iterable[str]):
        self.flags = flags
        self.literals = sorted(set(literals))
        self._matchers = {c: re.compile(re.escape(c), flags) for c in self.literals}
        self._matched: dict[str, tuple[str, ...]] = {}  # text character -> literals it matches
        self._by_lower: dict[str, tuple[str, ...]] = {}  # lower-cased character -> literals with that lower case
        for c in self.literals:
            self._by_lower[c.lower()] = self._by_lower.get(c.lower(), ()) + (c,)

    def matched(self, x: str) -> tuple[str, ...]:
        found = self._matched.get(x)
        if found is None:
            found = self._matched[x] = tuple(c for c in self.literals if self._matchers[c].fullmatch(x))
        return found

    def fold(self, text: str) -> tuple[str, dict[str, str]]:
        """(the text with every character replaced by its group, the group of every literal)."""
        parent = {c: c for c in self.literals}

        def root(c: str) -> str:
            while parent[c] != c:
                c = parent[c]
            return c

        chars = {x: self.matched(x) for x in set(text)}
        # Under IGNORECASE, for text of ordinary letters, the groups are the lower case: then
        # ``str.lower`` (C speed) folds the text. Used only when ``re`` agrees for every character
        # of this text: each matches exactly the literals of its own lower case.
        if all(len(low := x.lower()) == 1 and hits == self._by_lower.get(low, ()) for x, hits in chars.items()):
            return text.lower(), {c: c.lower() for c in self.literals}
        # Case-sensitive literals that each match only themselves need no copy at all.
        if all(hits == ((x,) if x in self._matchers else ()) for x, hits in chars.items()):
            return text, {c: c for c in self.literals}
        for hits in chars.values():
            for c in hits[1:]:
                a, b = root(hits[0]), root(c)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        group = {c: root(c) for c in self.literals}
        reps = set(group.values())
        # A character that matches no literal stays itself (kept narrow for str.find) unless it is a group's.
        table = {ord(x): to for x, hits in chars.items()
                 if (to := group[hits[0]] if hits else (_OUTSIDE if x in reps else x)) != x}
        return text.translate(table), group


class AnchorScan:
    """``[m.start() for m in rx.finditer(text)]`` for a list of anchors, computed from literals."""

    def __init__(self, anchors: Iterable[re.Pattern[str] | None]):
        self.anchors = list(anchors)
        self.prefixes: list[frozenset[tuple[str, bool]] | None] = []
        for rx in self.anchors:
            plain = literal_prefixes(rx) if rx is not None else None
            self.prefixes.append(frozenset((p, False) for p in plain) if plain is not None
                                 else backed_needles(rx) if rx is not None else None)
        self.flags = [scan_flags(rx) if rx is not None else 0 for rx in self.anchors]
        by_flags: dict[int, set[str]] = {}
        for rx, found, flags in zip(self.anchors, self.prefixes, self.flags):
            if rx is not None and found is not None:
                by_flags.setdefault(flags, set()).update("".join(n for n, _ in found))
        self.classes = {flags: _Classes(flags, chars) for flags, chars in by_flags.items()
                        if _OUTSIDE not in chars}

    def starts(self, text: str) -> list[list[int] | None]:
        """Per anchor, the start of every ``finditer`` match in ``text`` (None for no anchor)."""
        folded = {flags: classes.fold(text) for flags, classes in self.classes.items()}
        out: list[list[int] | None] = []
        for rx, found, flags in zip(self.anchors, self.prefixes, self.flags):
            if rx is None:
                out.append(None)
            elif found is None or flags not in folded:
                out.append([m.start() for m in rx.finditer(text)])
            else:
                copy, group = folded[flags]
                places = _occurrences(copy, {"".join(group[c] for c in p) for p, backed in found if not backed})
                backed = {"".join(group[c] for c in p) for p, backed in found if backed}
                if backed:
                    places = sorted(set(places).union(_word_run_starts(text, _occurrences(copy, backed))))
                out.append(_match_starts(rx, text, places))
        return out


def _occurrences(text: str, needles: Iterable[str]) -> list[int]:
    """Every position (overlapping ones too) where one of ``needles`` occurs, ascending."""
    places: set[int] = set()
    kept: list[str] = []
    for needle in sorted(set(needles), key=len):
        if not needle.startswith(tuple(kept)):  # "ortho" finds every place "orthopedago" does
            kept.append(needle)
    for needle in kept:
        i = text.find(needle)
        while i >= 0:
            places.add(i)
            i = text.find(needle, i + 1)
    return sorted(places)


def _word_run_starts(text: str, places: list[int]) -> Iterator[int]:
    """Every position from the start of the run of word characters that ends at each place up to the
    place: where a match of a backed needle ("[a-z]*plan" at "plan") can start."""
    for place in places:
        start = place
        while start > 0 and _is_word(ord(text[start - 1])):
            start -= 1
        yield from range(start, place + 1)


def _match_starts(rx: re.Pattern[str], text: str, places: list[int]) -> list[int]:
    """The starts ``rx.finditer(text)`` yields, given every place a match can start (ascending).

    ``finditer`` takes the first place at or after the end of the previous match where ``rx``
    matches, and that match is ``rx.match(text, place)`` (lookbehind sees the text before it).
    Matches are never empty here (each starts with a non-empty literal).
    """
    starts: list[int] = []
    resume = 0
    for place in places:
        if place < resume:
            continue
        m = rx.match(text, place)
        if m is not None:
            starts.append(place)
            resume = m.end()
    return starts


@lru_cache(maxsize=512)
def _scan_of(rx: re.Pattern[str]) -> AnchorScan:
    return AnchorScan([rx])


def finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, the same matches, found from the places a match can start (see the
    module docstring): for the lexicon patterns run once over a whole dossier's text."""
    for start in _scan_of(rx).starts(text)[0] or ():
        m = rx.match(text, start)
        if m is not None:  # always: the start is one finditer gives
            yield m
