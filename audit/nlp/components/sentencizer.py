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
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from audit.nlp.components.tokens import token_texts
from audit.resources import abbreviations, resource_json
from audit.structure.dates import listed_day_starts

_FINAL = {".", "!", "?", "…"}
_CLOSERS = {")", "]", "}"}
_CELL_SEP = "|"
_DAY_TOKEN_SEARCH = re.compile(r"[,;][ \t]*\d{1,2}[/-]\d{1,2}")  # a listed day after a joiner: "..., 13/6 ..."
_JOINERS = {";", ","}  # a line that ends in one goes on in the next line when that begins in lower case
_BULLETS = {"-", "–", "•", "*", "·", "▪", "o"}
_INITIAL = re.compile(r"^[A-ZÀ-Ý]\.?$")




class DossierSentencizer:
    """Rule-based sentence boundaries for dossier text (sets ``Token.is_sent_start``)."""

    def __init__(self, abbreviations: frozenset[str], enders: frozenset[str] = frozenset(),
                 run_on: dict | None = None):
        self.abbreviations = abbreviations
        self.enders = enders
        run_on = resource_json("sentences_nl.json") if run_on is None else run_on
        self.run_on_words = int(run_on["run_on_min_words"])
        self.run_on_gap = int(run_on["run_on_min_gap"])
        self.goes_on = frozenset(run_on.get("line_goes_on_words", ()))
        self.open_ends = frozenset(run_on.get("line_open_ends", ()))
        self.restarts: dict[str, frozenset[str]] = {}  # first word -> second words ("" for a one-word restart)
        for phrase in run_on["run_on_restarts"]:
            first, _, second = phrase.lower().partition(" ")
            self.restarts[first] = self.restarts.get(first, frozenset()) | {second}

    def _restart(self, texts: list[str], i: int) -> bool:
        seconds = self.restarts.get(texts[i].lower())
        return seconds is not None and ("" in seconds or (i + 1 < len(texts) and texts[i + 1].lower() in seconds))

    def _split_run_ons(self, texts: list[str], is_space: list[bool], starts: list[bool]) -> None:
        """New starts at restart words inside long unpunctuated sentences (dictated notes)."""
        bounds = [i for i, s in enumerate(starts) if s] + [len(texts)]
        for lo, hi in zip(bounds, bounds[1:]):
            words = [i for i in range(lo, hi) if not is_space[i] and texts[i][:1].isalnum()]
            if len(words) < self.run_on_words or any(texts[i] in _FINAL or texts[i] == ";" for i in range(lo, hi)):
                continue
            last = lo
            for n, i in enumerate(words):
                if i - last >= self.run_on_gap and len(words) - n >= self.run_on_gap and self._restart(texts, i):
                    starts[i] = True
                    last = i

    def _split_dated_items(self, doc: Doc, texts: list[str], starts: list[bool]) -> None:
        """New starts at the dated clauses of a list ("Inhalen registratie: 30/5 gesprek met Roos alleen, 13/6
        telefonisch pleegvader, 20/6 Roos apart gesproken"): each clause is read with its own day. Which days open
        such clauses the date finder decides (``structure.dates.listed_day_starts``: contacts, not grades or doses)."""
        if _DAY_TOKEN_SEARCH.search(doc.text) is None:
            return
        listed = listed_day_starts(doc.text)
        if not listed:
            return
        for i, idx in enumerate(doc.to_array([IDX]).ravel().tolist()):
            if i and idx in listed and texts[i - 1] in _JOINERS:
                starts[i] = True

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

    def _line_goes_on(self, texts: list[str], spaces: list[str], i: int) -> bool:
        """Token ``i`` begins a line with a lower-case word that carries a clause on ("we", "en", "maar")
        after a single line break that follows ";" or ",": the line before goes on (a report's line wrapped
        after its semicolon). So does any line that opens in lower case after one that broke off after a word no
        sentence ends on ("... de veiligheidscheck gedaan, en" / "daarna heb ik Thijs apart gesproken")."""
        if texts[i - 1] == "\n":  # the break as a token of its own
            before, single = (texts[i - 2], not spaces[i - 2]) if i >= 2 else ("", False)
        else:
            before, single = texts[i - 1], spaces[i - 1] == "\n"
        if not single:
            return False
        if texts[i] in self.goes_on and before in _JOINERS:
            return True
        return before.lower() in self.open_ends and texts[i][:1].islower() and texts[i][:1].isalpha() \
            and not (i + 1 < len(texts) and texts[i + 1][:1].isdigit())  # "di 17/12/2024": an entry's header

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
            if text in _CLOSERS and not prev_space:
                start = False  # "Jara [?]": a closing bracket ends the aside, it never opens a sentence
            elif self._line_goes_on(texts, spaces, i):
                start = False  # "... meegenomen voor een patatje;\nwe hebben met z'n tweeën ...": one sentence
            elif "\n" in prev_space or "\n" in prev or is_space[i - 1]:
                start = not is_space[i]
            elif prev == _CELL_SEP:
                start = True
            elif len(prev) >= 4 and set(prev) == {"."} and i >= 2 and spaces[i - 2] and text[:1].isalpha():
                start = False  # a form's dotted leader before its answer ("gesproken met ......... Bram (9) ja,
                # alleen"); not "..." nor a contents page's leader before its page number
            elif (prev in _FINAL or (prev.endswith(".") and len(prev) > 1)) and prev_space:
                if not self._is_abbreviation(texts, spaces, i - 1):
                    first = text[:1]
                    start = first.isupper() or first.isdigit() or first in "\"'‘“(" or text in _BULLETS
            elif prev in {"?", "!"}:
                start = True
            starts[i] = start and not is_space[i]
        self._split_run_ons(texts, is_space, starts)
        self._split_dated_items(doc, texts, starts)
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
