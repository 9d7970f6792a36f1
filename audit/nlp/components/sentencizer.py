"""spaCy components of dossier-audit, registered as factories (``dossier_audit_`` prefix).

The sentencizer is hand-written because dossier text breaks the assumptions of
general-purpose segmenters: telegram-style journal lines without final periods,
abbreviations (``i.v.m.``, ``o.a.``, ``mw.``), initials (``J. de Wit``), table
cells joined by `` | `` and bullets. Lines are hard boundaries: readers already
join soft-wrapped lines, so a newline in ``Document.text`` ends a sentence.
"""
from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from audit.nlp.components.tokens import token_texts
from audit.resources import abbreviations

_FINAL = {".", "!", "?", "…"}
_CELL_SEP = "|"
_BULLETS = {"-", "–", "•", "*", "·", "▪", "o"}
_INITIAL = re.compile(r"^[A-ZÀ-Ý]\.?$")




class DossierSentencizer:
    """Rule-based sentence boundaries for dossier text (sets ``Token.is_sent_start``)."""

    def __init__(self, abbreviations: frozenset[str], enders: frozenset[str] = frozenset()):
        self.abbreviations = abbreviations
        self.enders = enders

    def _is_abbreviation(self, texts: list[str], spaces: list[str], i: int) -> bool:
        """Is the period ending at token ``i`` part of an abbreviation or initial that continues the sentence?"""
        text = texts[i]
        if text == ".":
            if i == 0 or spaces[i - 1]:
                return False
            prev = texts[i - 1]
            word = prev + "."
        else:
            word = text
            prev = text[:-1]
        # Walk back over glued pieces like "i.v.m." split into several tokens.
        j = i - 1 if text == "." else i
        while j > 0 and not spaces[j - 1] and texts[j - 1] not in {"(", "\n"}:
            word = texts[j - 1] + word
            j -= 1
        low = word.lower().lstrip("(")
        if low in self.abbreviations:
            return low not in self.enders
        return bool(_INITIAL.match(prev)) and prev.isupper()

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        # Token texts, trailing whitespace and is_space read in one go (a Token object per
        # token and look-up was most of this component's time on long journals).
        texts, followed = token_texts(doc)
        spaces = [" " if space else "" for space in followed]  # Token.whitespace_
        is_space = [bool(flag) for flag in doc.to_array(IS_SPACE).tolist()]
        starts = [True] + [False] * (len(doc) - 1)
        for i in range(1, len(doc)):
            text, prev, prev_space = texts[i], texts[i - 1], spaces[i - 1]
            start = False
            if "\n" in prev_space or "\n" in prev or is_space[i - 1]:
                start = not is_space[i]
            elif prev == _CELL_SEP:
                start = True
            elif (prev in _FINAL or (prev.endswith(".") and len(prev) > 1)) and prev_space:
                if not self._is_abbreviation(texts, spaces, i - 1):
                    first = text[:1]
                    start = first.isupper() or first.isdigit() or first in "\"'‘“(" or text in _BULLETS
            elif prev in {"?", "!"}:
                start = True
            starts[i] = start and not is_space[i]
        # Written in one go: setting Token.is_sent_start one by one makes spaCy re-check
        # the whole doc for a parse each time, which is quadratic on long dossiers.
        not_start = np.iinfo(np.uint64).max  # -1 as uint64: "explicitly not a sentence start"
        values = np.array([1 if x else not_start for x in starts], dtype=np.uint64).reshape(-1, 1)
        doc.from_array([SENT_START], values)
        return doc


@Language.factory(
    "dossier_audit_sentencizer",
    default_config={},
    requires=[],
    assigns=["token.is_sent_start"],
)
def make_sentencizer(nlp: Language, name: str) -> DossierSentencizer:
    return DossierSentencizer(*abbreviations())
