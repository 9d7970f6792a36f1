"""spaCy's tokenizer with its chunk cache put to use on long texts.

spaCy caches the tokens of every whitespace-separated chunk it has split, but stops
saving to that cache for the rest of a text once any chunk hit a special case
(``has_special`` is per call, explosion/spaCy#1250), which in a dossier is within
the first lines ("H.", "d.d."). So a long journal was split affix by affix, word by
word. :class:`WarmTokenizer` first tokenizes each chunk of the text it has not seen
on its own, which fills the cache exactly as spaCy would in a text without special
cases; the text itself is then tokenized by spaCy as before. A cached chunk gives
the same tokens as splitting it again (that is what the cache is for), and chunks
with special cases are never cached, so the Doc is the same.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

WARM_FROM = 1000  # characters; a shorter text is tokenized as it is


class WarmTokenizer:
    """Wraps a spaCy ``Tokenizer`` (every other attribute is the wrapped one's)."""

    def __init__(self, tokenizer: Any):
        self.tokenizer = tokenizer
        self._warmed: set[str] = set()  # chunks tokenized alone (at most the cache's size)

    def __call__(self, text: str) -> Doc:
        if len(text) >= WARM_FROM:
            self._warm(text)
        return self.tokenizer(text)

    def _warm(self, text: str) -> None:
        room = self.tokenizer.max_cache_size - len(self._warmed)
        if room <= 0:  # the cache is full: spaCy saves nothing more
            return
        for chunk in dict.fromkeys(text.split()):  # in text order; str.split: spaCy's whitespace (isspace) too
            if room <= 0:
                break
            if chunk in self._warmed:
                continue
            self.tokenizer(chunk)
            self._warmed.add(chunk)
            room -= 1

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (a copy being built): no endless lookup
            raise AttributeError(name)
        return getattr(self.tokenizer, name)
