"""Token classes: which token texts a set of Matcher patterns and phrases can tell apart.

A ``PatternCompiler`` remembers the hits of a sentence by its token texts, so that a
repeated sentence is matched once. Dossier text repeats with small changes: journal lines
that differ only in a time, a date or a place ("Gesprek met Lotte alleen, in de tuin om
10.53 uur."). Two tokens that every predicate of the patterns answers the same way (same
mentioned LOWER or TEXT value, or none; same regex results; same flags) are interchangeable
for matching, so a sentence keyed by its tokens' classes has exactly the hits of any other
sentence with the same classes. This is specific to how our compilers memoise, hence by hand.
"""
from __future__ import annotations

import re
from array import array
from typing import Any

from spacy.strings import get_string_id
from spacy.vocab import Vocab

_MAX_TOKENS = 1_000_000  # remembered token texts per compiler
# Token pattern keys whose lexeme flag a class records (the attribute spaCy's Matcher reads).
_FLAGS = {"IS_ALPHA": "is_alpha", "IS_ASCII": "is_ascii", "IS_DIGIT": "is_digit", "IS_LOWER": "is_lower",
          "IS_UPPER": "is_upper", "IS_TITLE": "is_title", "IS_PUNCT": "is_punct", "IS_SPACE": "is_space",
          "LIKE_NUM": "like_num", "IS_STOP": "is_stop", "LENGTH": "__len__", "SHAPE": "shape",
          "PREFIX": "prefix", "SUFFIX": "suffix"}


class TokenClasses:
    """Collects what patterns read (``add_pattern``, ``add_phrase``) and gives sentence keys.

    ``usable`` turns False when a pattern reads something the class does not record; the
    caller then keys sentences by their token texts, as before.
    """

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.usable = True
        self.lowers: set[int] = set()
        self.orths: set[int] = set()
        self.text_regexes: list[re.Pattern[str]] = []
        self.lower_regexes: list[re.Pattern[str]] = []
        self.flags: list[str] = []
        self._class_of: dict[int, int] = {}  # ORTH id -> class id
        self._ids: dict[tuple[Any, ...], int] = {}  # signature -> class id

    def _values(self, into: set[int], value: Any) -> bool:
        if isinstance(value, str):
            into.add(get_string_id(value))
            return True
        if isinstance(value, dict) and set(value) <= {"IN", "NOT_IN"}:
            into.update(get_string_id(v) for words in value.values() for v in words)
            return True
        return False

    def add_pattern(self, pattern: list[dict[str, Any]]) -> None:
        self._forget()
        for token in pattern:
            for key, value in token.items():
                if key == "OP":
                    continue
                if key in ("LOWER", "TEXT", "ORTH"):
                    if isinstance(value, dict) and set(value) == {"REGEX"}:
                        (self.lower_regexes if key == "LOWER" else self.text_regexes).append(re.compile(value["REGEX"]))
                    elif not self._values(self.lowers if key == "LOWER" else self.orths, value):
                        self.usable = False
                elif key in _FLAGS and not isinstance(value, dict):
                    if key not in self.flags:
                        self.flags.append(key)
                else:
                    self.usable = False

    def add_phrase(self, lowers: list[int], orths: list[int]) -> None:
        self._forget()
        self.lowers.update(lowers)
        self.orths.update(orths)

    def _forget(self) -> None:
        self._class_of.clear()
        self._ids.clear()

    def _new_class(self, orth: int, lower: int, strings: Any) -> int:
        text = strings[orth]
        lex = self.vocab[text] if self.flags else None
        flags = tuple(len(text) if _FLAGS[f] == "__len__" else getattr(lex, _FLAGS[f]) for f in self.flags)
        lower_text = strings[lower] if self.lower_regexes else ""
        signature = (lower if lower in self.lowers else 0, orth if orth in self.orths else 0,
                     tuple(rx.search(text) is not None for rx in self.text_regexes),
                     tuple(rx.search(lower_text) is not None for rx in self.lower_regexes), flags)
        cls = self._ids.setdefault(signature, len(self._ids))
        if len(self._class_of) >= _MAX_TOKENS:
            self._class_of.clear()  # ids stay: a signature keeps its class
        self._class_of[orth] = cls
        return cls

    def key(self, orths: list[int], lowers: list[int], strings: Any) -> bytes:
        """The classes of a sentence's tokens as bytes: equal keys, equal Matcher hits."""
        classes = list(map(self._class_of.get, orths))
        if None in classes:
            classes = [self._new_class(orth, lower, strings) if cls is None else cls
                       for cls, orth, lower in zip(classes, orths, lowers)]
        return array("q", classes).tobytes()
