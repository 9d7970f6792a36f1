"""Event triggers: spans that *look like* an auditable event, before context is weighed.

The ``dossier_audit_triggers`` component puts one span per trigger into
``doc.spans["dossier_audit_triggers"]`` with ``span.label_`` the event kind
(``one_on_one_contact``, ``safety_check``, ``behavioural_scientist_advice``,
``matching_rationale``) and ``span._.cue`` the name of the cue that fired.
Whether the event really happened (not negated, planned, cancelled, ...) is the
job of :mod:`audit.nlp.components.context`; triggers are tuned for recall.

All phrases live in ``audit/resources/event_triggers.json``. Patterns are
spaCy ``Matcher`` token patterns with a few shorthands (see
:class:`PatternCompiler`) so the JSON stays readable:

* ``"a|b|c"`` as a token: ``{"LOWER": {"IN": ["a", "b", "c"]}}``;
* ``{"L": "a|b", "OP": "?"}``: the same with an operator;
* ``{"SET": "FP"}``: a named token class from ``sets`` (a LOWER list or a TEXT regex,
  which is how case-sensitive abbreviations such as PO/PM/GW are matched);
* ``{"GAP": n}``: up to ``n`` tokens that are neither clause punctuation nor a
  negation/contrast word, so a gap never swallows the context that decides the event;
* ``{"tokens": [...], "focus": [i, ...]}``: only the tokens aligned to pattern
  positions ``i`` form the span. A long pattern ("alleen ... gesproken") can then
  anchor a short span ("alleen"), leaving the rest of the sentence visible to the
  context rules;
* a plain string is a phrase matched on LOWER, ``{"orth": "..."}`` on exact case.

Matches never cross a sentence boundary.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, Iterable

import numpy as np
from spacy.attrs import IDX, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from audit.nlp.components.anchors import AnchorScan
from audit.nlp.components.token_classes import TokenClasses
from audit.nlp.components.tokens import doc_text
from audit.resources import resource_cache, resource_json

SPANS_KEY = "dossier_audit_triggers"
_MEMO_BYTES = 1 << 19  # ORTH ids of the sentences a PatternCompiler remembers the hits of (8 bytes a token)
# Token pattern keys that read nothing but the token's text (its lexeme): with only these, the hits
# in a sentence follow from its token texts (``PatternCompiler._token_hits``).
_TEXT_KEYS = frozenset({"LOWER", "TEXT", "ORTH", "OP", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "IS_ALPHA", "IS_ASCII",
                        "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "LIKE_NUM",
                        "IS_STOP"})
LABELS = ("one_on_one_contact", "safety_check", "behavioural_scientist_advice", "matching_rationale",
          # schema version 2 (audit/detect/further)
          "home_visit", "care_team_meeting", "sexual_development", "goal_evaluation", "rescreening",
          "household_change", "support_figure", "vgb")

if not Span.has_extension("cue"):
    Span.set_extension("cue", default=None)
# a trigger read from the file's structure (a form's answer, a register cell, a code its legend defines),
# not from trigger words: the rules' reading of it is definitional (``decision_nl.json`` hard_accepts)
if not Span.has_extension("structural"):
    Span.set_extension("structural", default=False)
# a trigger put on a word the file's own box of terms defines ("Dijkschouw": ``audit.nlp.glossary_terms``)
if not Span.has_extension("own_term"):
    Span.set_extension("own_term", default=False)


def sentence_ids(doc: Doc) -> list[int]:
    """Sentence index of every token (one sentence when no boundaries are set)."""
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    if not len(doc):
        return []
    # Read in one go (a Token object per token made this a noticeable share of the pipeline):
    # SENT_START is 1 for a start; the first token always opens sentence 0.
    starts = doc.to_array(SENT_START) == 1
    starts[0] = True
    return (np.cumsum(starts) - 1).tolist()


def sentence_bounds(sent_ids: list[int]) -> dict[int, tuple[int, int]]:
    """Map sentence index to its (start, end) token offsets."""
    if not sent_ids:
        return {}
    # Runs of one index, found with numpy (a Python loop over every token showed on long journals).
    ids = np.asarray(sent_ids)
    cuts = np.flatnonzero(ids[1:] != ids[:-1]) + 1
    starts = np.concatenate(([0], cuts)).tolist()
    ends = np.concatenate((cuts, [len(ids)])).tolist()
    bounds: dict[int, tuple[int, int]] = {}
    for s, start, end in zip(ids[starts].tolist(), starts, ends):
        bounds[s] = (bounds[s][0] if s in bounds else start, end)  # an index in two runs spans both
    return bounds


@dataclass(frozen=True)
class Match:
    """One pattern hit: the entry it belongs to, and its (focused) token range."""

    entry: int
    start: int
    end: int


def _min_repeats(op: str | None) -> int:
    """How often a token with operator ``op`` must occur in a match."""
    if op in (None, "+"):
        return 1
    if op.startswith("{") and op.endswith("}"):
        low = op[1:-1].split(",")[0].strip()
        return int(low) if low else 0
    return 0  # "?", "*", "!"


def _hashes(values: Iterable[str]) -> frozenset[int]:
    return frozenset(get_string_id(v) for v in values)


@dataclass(frozen=True)
class Needs:
    """What a token pattern needs in a sentence before it can match there: for every token it
    must match, one sentence token with that LOWER (or ORTH) value, or whose text its regex finds.

    Only the token's LOWER/TEXT/ORTH condition is read (every condition of a token must hold, so
    any one of them is a necessary condition); a token with none needs nothing here.
    """

    lower: tuple[frozenset[int], ...]
    orth: tuple[frozenset[int], ...]
    regex: tuple[re.Pattern[str], ...]

    @classmethod
    def of(cls, pattern: list[dict[str, Any]]) -> "Needs":
        lower: list[frozenset[int]] = []
        orth: list[frozenset[int]] = []
        regex: list[re.Pattern[str]] = []
        for tok in pattern:
            if tok.get("OP") == "!" or _min_repeats(tok.get("OP")) < 1:
                continue
            value = tok.get("LOWER")
            if isinstance(value, str) or (isinstance(value, dict) and set(value) == {"IN"}):
                lower.append(_hashes([value] if isinstance(value, str) else value["IN"]))
                continue
            value = tok.get("TEXT", tok.get("ORTH"))
            if isinstance(value, str) or (isinstance(value, dict) and set(value) == {"IN"}):
                orth.append(_hashes([value] if isinstance(value, str) else value["IN"]))
            elif isinstance(value, dict) and set(value) == {"REGEX"}:
                regex.append(re.compile(value["REGEX"]))  # as spaCy's REGEX predicate: search in the text
        return cls(tuple(lower), tuple(orth), tuple(regex))

    def met(self, lowers: set[int], orths: set[int], strings: Any) -> bool:
        return (all(not need.isdisjoint(lowers) for need in self.lower)
                and all(not need.isdisjoint(orths) for need in self.orth)
                and all(_any_search(rx, orths, strings) for rx in self.regex))


class _NeedBits:
    """``Needs.met`` for many patterns at once: each distinct LOWER/ORTH need is a bit, a sentence
    sets the bits of the needs its tokens meet, and a pattern's LOWER and ORTH needs are met when
    all its bits are set (its regex needs are searched as in ``Needs.met``)."""

    def __init__(self, needs: list[Needs]):
        self.lower_bits: dict[int, int] = {}
        self.orth_bits: dict[int, int] = {}
        bit_of: dict[tuple[str, frozenset[int]], int] = {}
        self.masks: list[tuple[int, int, tuple[re.Pattern[str], ...]]] = []
        for need in needs:
            masks = []
            for kind, sets, bits in (("lower", need.lower, self.lower_bits), ("orth", need.orth, self.orth_bits)):
                mask = 0
                for values in sets:
                    bit = bit_of.setdefault((kind, values), 1 << len(bit_of))
                    mask |= bit
                    for value in values:
                        bits[value] = bits.get(value, 0) | bit
                masks.append(mask)
            self.masks.append((masks[0], masks[1], need.regex))

    def met(self, lowers: set[int], orths: set[int], strings: Any) -> tuple[int, ...]:
        """Indexes of the patterns whose needs the sentence's tokens meet."""
        lower_set = orth_set = 0
        for value in lowers:
            lower_set |= self.lower_bits.get(value, 0)
        for value in orths:
            orth_set |= self.orth_bits.get(value, 0)
        return tuple(i for i, (lower, orth, regex) in enumerate(self.masks)
                     if not lower & ~lower_set and not orth & ~orth_set
                     and all(_any_search(rx, orths, strings) for rx in regex))


# regex -> (ORTH ids whose text it finds, ORTH ids whose text it does not)
_REGEX_SEEN: dict[re.Pattern[str], tuple[set[int], set[int]]] = {}


def _any_search(rx: re.Pattern[str], orths: set[int], strings: Any) -> bool:
    """Does ``rx`` find something in the text of any of ``orths``? (Each text searched once.)"""
    hits, misses = _REGEX_SEEN.setdefault(rx, (set(), set()))
    if not hits.isdisjoint(orths):
        return True
    new = orths - misses
    if len(misses) > 1_000_000:
        misses.clear()
    for orth in new:
        if rx.search(strings[orth]) is not None:
            hits.add(orth)
            return True
        misses.add(orth)
    return False


class _TokenIds:
    """A Doc's LOWER and ORTH ids, read once, and their sets per token range."""

    def __init__(self, doc: Doc):
        self.strings = doc.vocab.strings
        ids = doc.to_array([LOWER, ORTH]) if len(doc) else np.zeros((0, 2), dtype=np.uint64)
        self.lower = ids[:, 0].tolist()
        self.orth = ids[:, 1].tolist()
        self._orth = np.ascontiguousarray(ids[:, 1])
        self._sets: dict[tuple[int, int], tuple[set[int], set[int]]] = {}
        self._keys: dict[tuple[int, int], bytes] = {}
        self._idx: list[int] | None = None
        self._text: str | None = None
        self._regions: dict[tuple[int, int, str | None], str] = {}

    def text(self, doc: Doc) -> str:
        if self._text is None:
            self._text = doc_text(doc)
        return self._text

    def region(self, doc: Doc, first: int, last: int, stamp: re.Pattern[str] | None) -> str:
        """The text of characters [first, last), its opening ``stamp`` blanked (same length), read once per
        sentence for all the compilers that share the stamp."""
        key = (first, last, stamp.pattern if stamp is not None else None)
        found = self._regions.get(key)
        if found is None:
            found = self.text(doc)[first:last]
            if stamp is not None:
                found = stamp.sub(lambda m: " " * len(m.group()), found, count=1)
            self._regions[key] = found
        return found

    def char_bounds(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens [start, end) without making Token objects."""
        if self._idx is None:
            self._idx = doc.to_array([IDX]).reshape(-1).tolist() if len(doc) else []
        last = end - 1
        return self._idx[start], self._idx[last] + len(doc[last].text) if end > start else self._idx[start]

    def sets(self, start: int, end: int) -> tuple[set[int], set[int]]:
        found = self._sets.get((start, end))
        if found is None:
            found = self._sets[(start, end)] = (set(self.lower[start:end]), set(self.orth[start:end]))
        return found

    def key(self, start: int, end: int) -> bytes:
        """The ORTH ids of [start, end) as bytes: equal exactly when the token texts are."""
        found = self._keys.get((start, end))
        if found is None:
            found = self._keys[(start, end)] = self._orth[start:end].tobytes()
        return found


@resource_cache
def informal_variants() -> dict[str, tuple[str, ...]]:
    """Word -> the informal spellings that stand for it (``spelling_nl.json``: "nie" for "niet")."""
    return {w: tuple(v) for w, v in resource_json("spelling_nl.json")["variants"].items()}


def spelled(phrase: str) -> list[str]:
    """The phrase and, once per word that has them, each informal spelling in its place."""
    words = phrase.split(" ")
    out = [phrase]
    for i, w in enumerate(words):
        for v in informal_variants().get(w.lower(), ()):
            out.append(" ".join(words[:i] + [v] + words[i + 1 :]))
    return out


class PatternCompiler:
    """Expands the JSON shorthands into spaCy patterns and runs them with focus."""

    def __init__(self, nlp: Language, sets: dict[str, Any], gap: dict[str, list[str]], stamp: str | None = None):
        self.nlp = nlp
        self.sets = sets
        # A journal line's own date or time before its note ("16-03-2024 Met Levi naar ...", "wo 3/7:"):
        # blanked for the regexes, so one anchored at a note's start reads the note (same offsets).
        self.stamp = re.compile(stamp) if stamp else None
        self.gap_boundary = list(gap.get("boundary", []))
        self.gap_stop = [w.lower() for w in gap.get("stop", [])]
        self.matcher = Matcher(nlp.vocab)
        self.lower_phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth_phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.regexes: list[tuple[re.Pattern[str], int]] = []
        self._focus: dict[str, tuple[int, frozenset[int] | None]] = {}
        self._n = 0
        # Token patterns with what each needs somewhere in a sentence (see ``Needs``), and the
        # Matchers for the subsets of patterns that can match, built on first use.
        self._patterns: list[tuple[str, list[dict[str, Any]], Needs]] = []
        self._subsets: dict[tuple[int, ...], Matcher] = {}
        # The token hits of a sentence by its tokens' classes (see ``_token_hits``).
        self._classes = TokenClasses(nlp.vocab)
        self._memo: dict[bytes, tuple[tuple[int, int, int], ...]] = {}
        self._memo_bytes = 0
        self._need_bits: _NeedBits | None = None  # built on first use
        self._text_only = True  # every token pattern reads only _TEXT_KEYS: hits may be remembered

    # -- compiling -------------------------------------------------------------
    def _set_token(self, name: str) -> dict[str, Any]:
        spec = self.sets[name]
        if isinstance(spec, list):
            return {"LOWER": {"IN": [w.lower() for w in spec]}}
        if "regex" in spec:
            return {"TEXT": {"REGEX": spec["regex"]}}
        return {"LOWER": {"IN": [w.lower() for w in spec["lower"]]}}

    def _token(self, tok: Any) -> dict[str, Any]:
        if isinstance(tok, str):
            words = [v for w in tok.lower().split("|") for v in (w, *informal_variants().get(w, ()))]
            return {"LOWER": words[0]} if len(words) == 1 else {"LOWER": {"IN": words}}
        tok = dict(tok)
        if "GAP" in tok:
            n = int(tok.pop("GAP"))
            return {"TEXT": {"NOT_IN": self.gap_boundary}, "LOWER": {"NOT_IN": self.gap_stop}, "OP": f"{{0,{n}}}"}
        out: dict[str, Any] = {}
        if "SET" in tok:
            out.update(self._set_token(tok.pop("SET")))
        if "L" in tok:
            words = tok.pop("L").lower().split("|")
            out["LOWER"] = words[0] if len(words) == 1 else {"IN": words}
        out.update(tok)
        return out

    def add(self, entry: int, spec: Any) -> None:
        """Register one pattern spec for ``entry`` (an index the caller owns)."""
        key = f"p{self._n}"
        self._n += 1
        self._memo.clear()  # hits remembered before this pattern lack its own
        self._memo_bytes = 0
        self._need_bits = None
        if isinstance(spec, str):
            phrases = [self.nlp.make_doc(text) for text in spelled(spec)]
            self.lower_phrases.add(key, phrases)
            for phrase in phrases:
                self._classes.add_phrase([t.lower for t in phrase], [])
            self._focus[key] = (entry, None)
        elif isinstance(spec, dict) and "orth" in spec:
            phrase = self.nlp.make_doc(spec["orth"])
            self.orth_phrases.add(key, [phrase])
            self._classes.add_phrase([], [t.orth for t in phrase])
            self._focus[key] = (entry, None)
        elif isinstance(spec, dict) and "regex" in spec:
            self.regexes.append((re.compile(spec["regex"]), entry))
        else:
            tokens = spec["tokens"] if isinstance(spec, dict) else spec
            focus = frozenset(spec["focus"]) if isinstance(spec, dict) and "focus" in spec else None
            pattern = [self._token(t) for t in tokens]
            self.matcher.add(key, [pattern])
            self._classes.add_pattern(pattern)
            self._patterns.append((key, pattern, Needs.of(pattern)))
            self._text_only = self._text_only and all(k in _TEXT_KEYS for t in pattern for k in t)
            self._focus[key] = (entry, focus)

    # -- matching --------------------------------------------------------------
    def __call__(self, doc: Doc, sent_ids: list[int], sentences: Iterable[tuple[int, int]] | None = None,
                 tokens: "_TokenIds | None" = None) -> list[Match]:
        """All hits as focused token ranges within one sentence, deduplicated.

        With ``sentences`` (token ranges) only those are searched: far cheaper than
        the whole doc when gap patterns start on frequent tokens. ``tokens``: the
        doc's ``_TokenIds``, when the caller runs several compilers on one doc.
        """
        found: set[Match] = set()

        def keep(entry: int, start: int, end: int) -> None:
            if end > start and sent_ids[start] == sent_ids[end - 1]:
                found.add(Match(entry, start, end))

        tokens = tokens or _TokenIds(doc)
        for start, end in [(0, len(doc))] if sentences is None else sentences:
            for entry, a, b in self._token_hits(doc, tokens, start, end):
                keep(entry, start + a, start + b)
            if self.regexes:
                # The sentence's text sliced from the doc's by token offsets read once (a Span and its
                # .text per sentence and pattern group cost more than the regexes on long journals).
                first, last = tokens.char_bounds(doc, start, end)
                region_text = tokens.region(doc, first, last, self.stamp)
                for rx, entry in self.regexes:
                    for m in rx.finditer(region_text):
                        span = doc.char_span(first + m.start(), first + m.end(), alignment_mode="expand")
                        if span is not None:
                            keep(entry, span.start, span.end)
        return sorted(found, key=lambda m: (m.start, m.end, m.entry))

    def _token_hits(self, doc: Doc, tokens: "_TokenIds", start: int, end: int) -> tuple[tuple[int, int, int], ...]:
        """(entry, start, end) relative to ``start`` of the Matcher and PhraseMatcher hits in [start, end).

        They depend on the tokens' texts alone (the patterns read ``_TEXT_KEYS``, the phrases LOWER
        or ORTH), so a repeated sentence ("Geen bijzonderheden.") is matched once per compiler; keyed
        by its tokens' classes (``TokenClasses``), so is one that differs only in words no pattern
        tells apart ("... om 10.53 uur." and "... om 14.40 uur.").
        """
        if not self._text_only:
            key = b""
        elif self._classes.usable:
            key = self._classes.key(tokens.orth[start:end], tokens.lower[start:end], tokens.strings)
        else:
            key = tokens.key(start, end)
        hits = self._memo.get(key) if self._text_only else None
        if hits is not None:
            return hits
        strings = self.nlp.vocab.strings
        region = doc[start:end]
        out: list[tuple[int, int, int]] = []
        matcher = self._matcher_for(tokens, start, end) if self._patterns else None
        if matcher is not None:
            for match_id, m_start, m_end, align in matcher(region, with_alignments=True):
                entry, focus = self._focus[strings[match_id]]
                if focus is None:
                    out.append((entry, m_start, m_end))
                    continue
                idx = [m_start + k for k, a in enumerate(align) if a in focus]
                if idx:
                    out.append((entry, idx[0], idx[-1] + 1))
        for pm in (self.lower_phrases, self.orth_phrases):
            if len(pm):
                for match_id, m_start, m_end in pm(region):  # PhraseMatcher offsets are the doc's
                    out.append((self._focus[strings[match_id]][0], m_start - start, m_end - start))
        hits = tuple(out)
        if self._text_only:
            self._remember(key, hits)
        return hits

    def _remember(self, key: bytes, hits: tuple[tuple[int, int, int], ...]) -> None:
        """Keep ``hits`` for ``key`` within the memo's byte budget (the oldest go first)."""
        if len(key) > _MEMO_BYTES // 64:  # a whole document, not a sentence
            return
        while self._memo_bytes + len(key) > _MEMO_BYTES:
            oldest = next(iter(self._memo))
            self._memo_bytes -= len(oldest)
            del self._memo[oldest]
        self._memo[key] = hits
        self._memo_bytes += len(key)

    def _matcher_for(self, tokens: "_TokenIds", start: int, end: int) -> Matcher | None:
        """A Matcher with only the token patterns whose needs the tokens [start, end) meet.

        A pattern left out could not have matched there (``Needs``), so the matches are
        those of the full Matcher; most sentences an anchor selects meet few patterns.
        """
        lowers, orths = tokens.sets(start, end)
        if self._need_bits is None:
            self._need_bits = _NeedBits([needs for _, _, needs in self._patterns])
        subset = self._need_bits.met(lowers, orths, tokens.strings)
        if not subset:
            return None
        if len(subset) == len(self._patterns):
            return self.matcher
        matcher = self._subsets.get(subset)
        if matcher is None:
            matcher = self._subsets[subset] = Matcher(self.nlp.vocab)
            for i in subset:
                key, pattern, _ = self._patterns[i]
                matcher.add(key, [pattern])
        return matcher


class EventTriggerMatcher:
    """spaCy component: finds event trigger spans and stores them in ``doc.spans``.

    Each trigger group may name an ``anchor`` regex (case-insensitive; its cue
    words). The group's patterns then only run on sentences where the anchor
    occurs, found in ``doc.text`` from the anchors' literals (``anchors.AnchorScan``: the
    starts of ``finditer``, faster); this keeps ~300k characters in the order of a second.
    A group without anchor runs everywhere.
    """

    def __init__(self, nlp: Language, rules: str | dict[str, Any] = "event_triggers.json",
                 spans_key: str = SPANS_KEY):
        data = resource_json(rules) if isinstance(rules, str) else rules
        self.spans_key = spans_key
        self.entries: list[tuple[str, str, bool]] = []  # (label, cue, broad)
        self.groups: list[tuple[re.Pattern[str] | None, PatternCompiler]] = []
        for trig in data["triggers"]:
            if trig["label"] not in LABELS:
                raise ValueError(f"unknown trigger label {trig['label']!r}")
            compiler = PatternCompiler(nlp, data.get("sets", {}), data.get("gap", {}), data.get("leading_stamp"))
            self.entries.append((trig["label"], trig["cue"], bool(trig.get("broad"))))
            for spec in trig["patterns"]:
                compiler.add(len(self.entries) - 1, spec)
            anchor = trig.get("anchor")
            flags = 0 if trig.get("anchor_case_sensitive") else re.IGNORECASE
            rx = re.compile(rf"(?<!\w)(?:{anchor})", flags) if anchor else None
            self.groups.append((rx, compiler))
        self.anchor_scan = AnchorScan(rx for rx, _ in self.groups)

    def __len__(self) -> int:
        return sum(c._n + len(c.regexes) for _, c in self.groups)

    def __call__(self, doc: Doc) -> Doc:
        sids = sentence_ids(doc)
        bounds = sentence_bounds(sids)
        starts = [doc[b[0]].idx for b in bounds.values()] if len(doc) else []
        order = list(bounds)
        text = doc_text(doc)
        by_label: dict[tuple[str, bool], list[Span]] = {}
        tokens = _TokenIds(doc)
        for (rx, compiler), anchor_starts in zip(self.groups, self.anchor_scan.starts(text)):
            if rx is None or anchor_starts is None:
                matches = compiler(doc, sids, tokens=tokens)
            else:
                hit_sents = {order[bisect_right(starts, start) - 1] for start in anchor_starts}
                if not hit_sents:
                    continue
                matches = compiler(doc, sids, [bounds[s] for s in sorted(hit_sents)], tokens)
            for m in matches:
                label, cue, broad = self.entries[m.entry]
                span = Span(doc, m.start, m.end, label=label)
                span._.cue = cue
                by_label.setdefault((label, broad), []).append(span)  # broad cues never displace others
        spans: list[Span] = []
        for label_spans in by_label.values():
            spans.extend(filter_spans(label_spans))  # longest wins within a kind
        spans.sort(key=lambda s: (s.start, s.end, s.label_))
        doc.spans[self.spans_key] = spans
        return doc


@resource_cache
def default_rules() -> dict[str, Any]:
    return resource_json("event_triggers.json")


@Language.factory(
    "dossier_audit_triggers",
    default_config={"rules": "event_triggers.json", "spans_key": SPANS_KEY},
    requires=["token.is_sent_start"],
    assigns=["doc.spans"],
)
def make_triggers(nlp: Language, name: str, rules: str, spans_key: str) -> EventTriggerMatcher:
    return EventTriggerMatcher(nlp, rules=rules, spans_key=spans_key)


def iter_triggers(doc: Doc, label: str | None = None, spans_key: str = SPANS_KEY) -> Iterable[Span]:
    """Trigger spans of ``doc``, optionally of one kind."""
    for span in doc.spans.get(spans_key, []):
        if label is None or span.label_ == label:
            yield span
