"""Pseudonymised export (``run --pseudonymize``): an audit whose texts name no one.

Every string of an audit that can carry dossier text (evidence sentences, quotes, goal
texts, cues, hints, ``wie``/``termijn`` cells, goal changes, error messages, file names)
goes through deduce (Dutch de-identification, version 3) plus a few rules of our own, and
what they recognise is replaced by a tag:

========================  ==================================================================
tag                       what
========================  ==================================================================
``[PERSOON-n]``           person names (deduce ``persoon``/``patient``; also a capitalised
                          word after "fam.", "pleegmoeder", "Dag" ...; a name found
                          anywhere in the dossier is replaced everywhere in it; a lone
                          initial "F." when one person of the dossier fits it)
``[LOCATIE-n]``           place names (deduce's list; an unknown capitalised word after
                          "in", "te", "naar" ..., then everywhere in the dossier), street +
                          house number, postal codes, PO boxes
``[GEBOORTEDATUM-n]``     a date right after "geb.", "geboren (op)", "geboortedatum"
``[BSN-n]`` ``[ID-n]``    BSN (11-proof), other numbers of 7+ digits
``[TELEFOONNUMMER-n]``    phone numbers
``[EMAILADRES-n]``        e-mail addresses (any domain)
``[URL-n]``               web addresses
========================  ==================================================================

The dossier id (the folder name: it can be a name) becomes ``dossier-<12 hex>``, an
HMAC-SHA256 of the id: stable across runs, so an inspector who has the folders can map
back; pass a secret ``key`` to :class:`Pseudonymizer` to make it unguessable.

Kept on purpose: every other date (the events the norms rest on, in the structured
fields and inside sentences: deduce's date annotators are off); ages (deduce's age rule
also takes "binnen 1 jaar", a goal's term); institutions (a care provider or hospital
names no child: deduce's hospital names are protected, providers are not tagged, though
a person's or place's name inside a provider's name is still replaced); and the
structural fields (dates, offsets, pages, kinds, finding ids, verdicts, confidences,
detectors, hashes, the provenance except its file names).

Consistency: within one dossier (one :class:`DossierPseudonyms`) the same person gets the
same tag in every file and finding, also in other forms ("Liv", "Liv de Vries", "mevrouw
De Vries", "L. de Vries") when the mentions fit exactly one person; another dossier
starts again at 1, so tags do not link dossiers.

Offsets: ``start``/``end`` of evidence are left as they are. They point into the
original extracted text of the file (which the inspector has), not into the shortened or
lengthened pseudonymised sentence.

Recall: deduce knows names from its lists; names it does not know are found after a cue
("fam.", "pleegmoeder", "Naam", "Dag") and then replaced everywhere in the dossier. Pass the
dossier's document texts as ``context_texts`` to :func:`pseudonymize_audit` so that the
headers ("Naam Ilias Amrani", "Jeugdige: ...") teach it the child's name even where the
findings only say "Ilias".

deduce's lookup structures are built once (5-10 s) into the user's cache
(``$XDG_CACHE_HOME/dossier-audit/deduce`` or ``~/.cache/dossier-audit/deduce``, one folder
per deduce version), never into site-packages, and load from there in 1-2 s. Its two
largest lists (street names and care institutions: 3 minutes to build, 10-15 s to load)
are left out: streets are matched from the plain list by our own rule, institutions are
kept anyway. The word lists (spaCy's Dutch lemma table, the street list) load on first
use, 1-2 s. Nothing here logs dossier text.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import pickle
import re
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable

from audit.resources import resource_json

DATA_FILE = "pseudonymize_nl.json"
PERSON = "PERSOON"
PLACE = "LOCATIE"
BIRTH_DATE = "GEBOORTEDATUM"
EMAIL = "EMAILADRES"
_CACHE_FILE = ("cache", "lookup_structs.pickle")  # deduce's own layout under its cache_path

# Strings under these keys are not dossier text: dates, offsets, enums, ids, numbers, hashes.
KEPT_KEYS = frozenset({
    "schema_version", "reference_date", "date", "date_precision", "date_source", "start", "end",
    "page", "kind", "finding_id", "detector", "confidence", "verdict", "findings", "plan_date",
    "plan_dates", "from_date", "to_date", "type", "source", "sha256", "reader", "read", "copied_from",
    "documented", "adjusted", "child_spoken", "value", "concreteness",
})
# Top-level parts kept whole (verdict names, tool provenance) apart from the file names.
KEPT_TOP = frozenset({"norms", "provenance"})


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/dossier-audit/deduce``, else ``~/.cache/dossier-audit/deduce``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dossier-audit" / "deduce"


# --------------------------------------------------------------------------- loading deduce

def _import_deduce() -> Any:
    """Import deduce without letting it configure the root logger (it calls basicConfig(DEBUG))."""
    root = logging.getLogger()
    guard = None if root.handlers else logging.NullHandler()
    if guard:
        root.addHandler(guard)
    try:
        import deduce
    finally:
        if guard:
            root.removeHandler(guard)
    return deduce


def _deduce_config(deduce: Any, data: dict[str, Any]) -> dict[str, Any]:
    """deduce's base config without the annotators we switch off (dates, ages, big lookups)."""
    config = json.loads((Path(deduce.__file__).parent / "base_config.json").read_text("utf-8"))
    off = set(data["deduce_disabled_annotators"])
    config["annotators"] = {k: v for k, v in config["annotators"].items() if k not in off}
    return config


def _lookup_path(deduce: Any) -> Path:
    return Path(deduce.__file__).parent / "data" / "lookup"


def _build_lookup_structs(deduce: Any, skipped: set[str]) -> Any:
    """deduce's lookup structures, minus the skipped (big, unused) ones."""
    import docdeid as dd
    from deduce import lookup_structs as ls
    from deduce.data.lookup.src import all_lists

    lists = [name for name in all_lists if name.split("/")[-1].removeprefix("lst_") not in skipped]
    raw = ls.load_raw_itemsets(base_path=_lookup_path(deduce), subdirs=lists)
    tokenizer = deduce.Deduce._initialize_tokenizer(_lookup_path(deduce))
    structs = dd.ds.DsCollection()
    for name in set(raw) - set(ls._LOOKUP_SET_LOADERS) - set(ls._LOOKUP_TRIE_LOADERS):
        plain = dd.ds.LookupSet()
        plain.add_items_from_iterable(raw[name])
        structs[name] = plain
    for name, make_set in ls._LOOKUP_SET_LOADERS.items():
        structs[name] = make_set(raw)
    for name, make_trie in ls._LOOKUP_TRIE_LOADERS.items():
        if name not in skipped:
            structs[name] = make_trie(raw, tokenizer)
    return structs


def _write_cache(cache_path: Path, structs: Any, version: str) -> None:
    """Atomically, in deduce's own cache format (so ``Deduce(cache_path=...)`` loads it)."""
    target = cache_path.joinpath(*_CACHE_FILE)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".lookup.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump({"deduce_version": version, "saved_datetime": str(datetime.now()),
                         "lookup_structs": structs}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class LoadInfo:
    """How deduce was loaded: cache file, whether it had to be built, and the seconds taken."""

    cache_file: Path | None
    built: bool
    build_seconds: float
    load_seconds: float


def _ensure_cache(deduce: Any, cache_path: Path, skipped: set[str]) -> float:
    """Build the cache file if missing (one process at a time); seconds spent building."""
    from filelock import FileLock

    target = cache_path.joinpath(*_CACHE_FILE)
    if target.is_file():
        return 0.0
    cache_path.mkdir(parents=True, exist_ok=True)
    with FileLock(str(cache_path / ".build.lock")):
        if target.is_file():  # another process built it meanwhile
            return 0.0
        began = time.perf_counter()
        _write_cache(cache_path, _build_lookup_structs(deduce, skipped), deduce.__version__)
        return time.perf_counter() - began


def _open_deduce(deduce: Any, cache_path: Path, config: dict[str, Any], skipped: set[str]) -> tuple[Any, float]:
    """deduce loaded from ``cache_path`` (built first if needed; rebuilt once if unreadable)."""
    build = _ensure_cache(deduce, cache_path, skipped)
    try:
        return deduce.Deduce(load_base_config=False, config=config, cache_path=cache_path), build
    except (EOFError, pickle.UnpicklingError, AttributeError, KeyError, ImportError):
        cache_path.joinpath(*_CACHE_FILE).unlink(missing_ok=True)  # damaged or foreign: rebuild
        build += _ensure_cache(deduce, cache_path, skipped)
        return deduce.Deduce(load_base_config=False, config=config, cache_path=cache_path), build


def load_deduce(cache_dir: Path | None = None) -> tuple[Any, LoadInfo]:
    """A configured ``deduce.Deduce`` and how it was loaded.

    The cache lives in ``cache_dir`` (default :func:`default_cache_dir`), one folder per
    deduce version; an unwritable cache folder falls back to a temporary one (built anew).
    """
    deduce = _import_deduce()
    data = resource_json(DATA_FILE)
    config, skipped = _deduce_config(deduce, data), set(data["deduce_skipped_lookups"])
    cache_path = (cache_dir or default_cache_dir()) / f"deduce-{deduce.__version__}"
    began = time.perf_counter()
    try:
        deid, build = _open_deduce(deduce, cache_path, config, skipped)
        cache_file: Path | None = cache_path.joinpath(*_CACHE_FILE)
    except OSError:
        with tempfile.TemporaryDirectory(prefix="dossier-audit-deduce-") as tmp:
            deid, build = _open_deduce(deduce, Path(tmp), config, skipped)
        cache_file = None
    total = time.perf_counter() - began
    return deid, LoadInfo(cache_file, build > 0, round(build, 2), round(total - build, 2))


# --------------------------------------------------------------------------- word lists

def _words(path: Path) -> list[str]:
    return [w.strip() for w in path.read_text("utf-8").splitlines() if w.strip()]


def _dutch_lemmas() -> Any:
    """spaCy's Dutch lemma table (inflected form -> lemma; its keys are hashed), or ``{}``."""
    try:
        from spacy.lookups import load_lookups

        return load_lookups("nl", ["lemma_lookup"]).get_table("lemma_lookup")
    except (ImportError, ValueError, OSError):
        return {}


@dataclass
class Lexicon:
    """The word lists the rules need, from deduce's lookup data and ``pseudonymize_nl.json``."""

    deid: Any
    data: dict[str, Any]

    @cached_property
    def first_names(self) -> Any:
        return self.deid.lookup_structs["first_name"]

    def is_first_name(self, word: str) -> bool:
        return [word] in self.first_names or [word[:1].upper() + word[1:].lower()] in self.first_names

    @cached_property
    def interfixes(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.deid.lookup_structs["interfix"].items())

    @cached_property
    def prefixes(self) -> frozenset[str]:
        words = {w.lower().rstrip(".") for w in self.deid.lookup_structs["prefix"].items()}
        cues = [*self.data["name_context_words"], *self.data["name_label_words"]]
        return frozenset(words | {w.rstrip(".") for w in cues if " " not in w})

    @cached_property
    def common_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.deid.lookup_structs["common_word"].items()) | \
            frozenset(w.lower() for w in self.deid.lookup_structs["stop_word"].items())

    @cached_property
    def _lemmas(self) -> Any:
        return _dutch_lemmas()

    @cached_property
    def _words(self) -> frozenset[str]:
        whitelist = {w.lower() for w in self.deid.lookup_structs["whitelist"].items()}
        lemmas = {str(v).lower() for v in self._lemmas.values()}
        return frozenset(whitelist | set(self.data["non_name_words"]) | lemmas)

    def is_word(self, word: str) -> bool:
        """An ordinary Dutch word (deduce's whitelist, spaCy's lemma table, our list)."""
        low = word.lower()
        return low in self._words or low in self._lemmas

    @cached_property
    def streets(self) -> frozenset[str]:
        base = _lookup_path(_import_deduce()) / "src" / "locations" / "lst_street"
        skip = set(_words(base / "exceptions.txt")) if (base / "exceptions.txt").is_file() else set()
        return frozenset(s for s in _words(base / "items.txt") if len(s) >= 4 and s not in skip)

    @cached_property
    def street_exceptions(self) -> frozenset[str]:
        return frozenset(self.data["street_exceptions"])


# --------------------------------------------------------------------------- spans in one text

@dataclass(frozen=True)
class Span:
    """A stretch of text to replace by a ``label`` tag (``None``: protected, kept as it is)."""

    start: int
    end: int
    label: str | None
    rank: int = 1  # the higher rank wins an overlap; then the longer span
    fixed: str | None = None  # a literal replacement (the dossier id, a file name)
    person: int | None = None  # the person a lone initial stands for
    spread: bool = False  # a place found by context: replace the word elsewhere in the dossier too


_TOKEN = re.compile(r"\S+")
_INITIAL = re.compile(r"(?:[A-Z]\.)+|[A-Z]")
_MONTHS = ("jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?"
           "|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE = (rf"\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}}"
         rf"|\d{{4}}-\d{{2}}-\d{{2}}")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HOUSE_NUMBER = re.compile(r"(?<![\w.,:/-])\d{1,4}[a-wyzA-WYZ]?(?![\w/:+-]|[.,]\d)")


def _alternation(words: Iterable[str], escape: bool = True) -> str:
    items = sorted({re.escape(w) if escape else w for w in words}, key=len, reverse=True)
    return "|".join(items)


def _trim_person(text: str, toks: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Drop leading titles ("mevrouw", "fam.") and words glued to a name ("Gesprek Teun")."""
    while toks:
        word = text[toks[0][0]:toks[0][1]]
        low = word.lower().rstrip(".:,")
        nxt = text[toks[1][0]:toks[1][1]].lower() if len(toks) > 1 else ""
        if low in lex.prefixes or low == "heer" or (low == "de" and nxt == "heer"):
            toks = toks[1:]
        elif (nxt and not _INITIAL.fullmatch(word) and low not in lex.interfixes
              and not lex.is_first_name(word) and lex.is_word(low)):
            toks = toks[1:]
        else:
            break
    return toks


def _person_spans(text: str, start: int, end: int, lex: Lexicon) -> list[Span]:
    """deduce's person span, split where deduce glued two names over a sentence end ("Sanne. Sannes")."""
    toks = [(start + m.start(), start + m.end()) for m in _TOKEN.finditer(text[start:end])]
    spans: list[Span] = []
    group: list[tuple[int, int]] = []
    for s, e in toks:
        group.append((s, e))
        word = text[s:e]
        if word[-1] in ".,;:" and not _INITIAL.fullmatch(word) and word.lower().rstrip(".,;:") not in lex.prefixes:
            spans += _one_person(text, group, lex, cut=True)
            group = []
    return spans + _one_person(text, group, lex, cut=False)


def _one_person(text: str, toks: list[tuple[int, int]], lex: Lexicon, cut: bool) -> list[Span]:
    """One name, trimmed; "Mertens te Weert" splits into a person and a place."""
    if toks and cut:  # leave the punctuation that ended the name outside it
        toks = toks[:-1] + [(toks[-1][0], toks[-1][1] - 1)]
    toks = _trim_person(text, toks, lex)
    words = [text[s:e].lower() for s, e in toks]
    if "te" in words:
        cut = words.index("te")
        person, place = toks[:cut], toks[cut + 1:]
        return ([Span(person[0][0], person[-1][1], PERSON)] if person else []) + \
               ([Span(place[0][0], place[-1][1], PLACE)] if place else [])
    return [Span(toks[0][0], toks[-1][1], PERSON)] if toks else []


def _deduce_spans(deid: Any, text: str, lex: Lexicon) -> list[Span]:
    doc = deid.deidentify(text, disabled={"redactor"})
    labels, kept = lex.data["tag_labels"], set(lex.data["kept_tags"])
    spans: list[Span] = []
    for a in doc.annotations:
        label = labels.get(a.tag, a.tag.upper())
        if a.tag in kept:
            spans.append(Span(a.start_char, a.end_char, None))
        elif label == PERSON:
            spans.extend(_person_spans(text, a.start_char, a.end_char, lex))
        else:
            spans.append(Span(a.start_char, a.end_char, label))
    return spans


def _name_like(word: str, lex: Lexicon, strong: bool) -> bool:
    """Could be a name: no title, and no ordinary word unless a known first name or surname.
    After a ``strong`` cue ("Naam", "fam.") only deduce's common words are ruled out."""
    if word.lower().rstrip(".") in lex.prefixes:
        return False
    if strong:
        return word.lower() not in lex.common_words
    return not lex.is_word(word) or lex.is_first_name(word) or [word] in lex.deid.lookup_structs["surname"]


def _context_name_spans(text: str, lex: Lexicon, pattern: re.Pattern[str], strong: bool) -> list[Span]:
    """Capitalised words after "fam.", "pleegmoeder", "Naam", "Dag" ... that are no ordinary words."""
    out = []
    for m in pattern.finditer(text):
        end = m.start(2)
        for w in _TOKEN.finditer(m.group(2)):
            if w.group().lower() in lex.interfixes:
                continue
            if not _name_like(w.group(), lex, strong):
                break
            end = m.start(2) + w.end()
        if end == m.start(2):
            continue
        first = text[m.start(2):end].split()[0]
        whole = bool(m.group(1)) and not lex.is_first_name(first)  # "fam. Van Dijk", not "moeder van Noor"
        out.append(Span(m.start(1) if whole else m.start(2), end, PERSON, rank=2))
    return out


def _context_place_spans(text: str, lex: Lexicon, pattern: re.Pattern[str]) -> list[Span]:
    """A capitalised word after "in", "te", "naar" ... that is no ordinary word, no first name, and
    not written in lower case elsewhere in the text."""
    out = []
    for m in pattern.finditer(text):
        word = m.group(1)
        if lex.is_word(word) or lex.is_first_name(word) or word.lower() in lex.prefixes or \
                re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text):
            continue
        out.append(Span(m.start(1), m.end(1), PLACE, rank=0, spread=True))
    return out


def _street_spans(text: str, lex: Lexicon) -> list[Span]:
    """A known street name (deduce's list, as written) followed by a house number."""
    out = []
    for m in _HOUSE_NUMBER.finditer(text):
        base = max(0, m.start() - 80)
        before = text[base:m.start()]
        toks = list(_TOKEN.finditer(before))[-5:]
        if not toks or toks[-1].end() != len(before) - 1 or not before.endswith(" "):
            continue
        for k in range(len(toks), 0, -1):
            cand = before[toks[-k].start():toks[-1].end()]
            if cand in lex.streets and any(c.isupper() for c in cand) and not (k == 1 and (
                    cand in lex.street_exceptions or lex.is_word(cand) or lex.is_first_name(cand))):
                out.append(Span(base + toks[-k].start(), m.end(), PLACE, rank=2))
                break
    return out


_NAME_WORD = r"(?=\w*[a-zß-ÿ])[A-ZÀ-ÖØ-Þ][\w'’-]*[^\W\d_]"  # capitalised, not all capitals ("PV")


def _name_cue_pattern(cues: str, interfixes: Iterable[str]) -> re.Pattern[str]:
    """A cue, then up to three capitalised words (group 1: an interfix before them)."""
    inter = _alternation(interfixes)
    return re.compile(rf"(?<![\w.])(?i:{cues})[ \t]*:?[ \t]+((?i:{inter})[ \t]+)?"
                      rf"({_NAME_WORD}(?:[ \t]+(?:(?i:{inter})[ \t]+)?{_NAME_WORD}){{0,2}})(?![\w])")


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans in text order: higher rank first, then longer, then earlier listed."""
    chosen: list[Span] = []
    ordered = sorted(enumerate(spans), key=lambda p: (-p[1].rank, p[1].start - p[1].end, p[0]))
    for _, s in ordered:
        if s.end > s.start and all(s.end <= c.start or s.start >= c.end for c in chosen):
            chosen.append(s)
    return sorted(chosen, key=lambda s: s.start)


# --------------------------------------------------------------------------- person names

@dataclass(frozen=True)
class Name:
    """A person mention taken apart: first names, leading initials, surname core, or one bare word."""

    firsts: tuple[str, ...] = ()
    initials: str = ""
    surname: str = ""
    bare: str = ""
    forms: tuple[str, ...] = field(default=(), compare=False)  # as written: to find them elsewhere

    @property
    def letters(self) -> set[str]:
        return {self.initials[0]} if self.initials else {f[0] for f in self.firsts}

    @property
    def specificity(self) -> int:
        return bool(self.firsts) + bool(self.surname) + bool(self.initials)


def _name_parts(surface: str, lex: Lexicon) -> tuple[list[str], list[str], list[str], list[str], bool]:
    """(leading initials, given-name words, surname words, words as written, trailing initial)."""
    toks = surface.replace(",", " ").split()
    while toks and (toks[0].lower().rstrip(".") in lex.prefixes or toks[0].lower() == "heer"):
        toks = toks[1:]
    lead: list[str] = []
    words: list[str] = []
    surname: list[str] = []
    forms: list[str] = []
    trailing = interfix = False
    for tok in toks:
        if _INITIAL.fullmatch(tok):
            trailing = trailing or bool(words)
            if not words:
                lead.append(tok.replace(".", "").lower())
        elif tok.lower() in lex.interfixes:
            interfix = True
        else:
            word = tok.strip(".;:()'\"")
            if len(word) >= 2:
                (surname if interfix else words).append(word.lower())
                forms += [word] + [p for p in word.split("-")[1:] and word.split("-")
                                   if len(p) >= 3 and not lex.is_word(p)]  # "Terpstra" of "Terpstra-Bos"
    return lead, words, surname, forms, trailing


def parse_name(surface: str, lex: Lexicon) -> Name | None:
    """A person mention as a :class:`Name` (``None`` for initials alone)."""
    lead, words, surname, forms, trailing = _name_parts(surface, lex)
    initials = "".join(lead)
    if surname:
        return Name(tuple(words), initials, " ".join(surname), "", tuple(forms))
    if len(words) >= 2 or (words and initials):
        return Name(tuple(words[:-1]), initials, words[-1], "", tuple(forms))
    if words and trailing:
        return Name((words[0],), initials, "", "", tuple(forms))
    if words:
        return Name((), "", "", words[0], tuple(forms))
    return None


def _parts(words: Iterable[str]) -> set[str]:
    """Name words with the parts of double names ("terpstra-bos" -> also "terpstra", "bos")."""
    return {p for w in words if w for p in (w, *w.split("-"))}


def _same_surname(a: str, b: str) -> bool:
    return a == b or a in b.split("-") or b in a.split("-")


@dataclass
class _Person:
    firsts: set[str] = field(default_factory=set)
    letters: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    bares: set[str] = field(default_factory=set)

    def shared(self, n: Name) -> int:
        """How many of ``n``'s name words this person has."""
        return len(_parts([*n.firsts, n.surname, n.bare]) & _parts(self.firsts | self.surnames | self.bares))

    def fits(self, n: Name) -> bool:
        """Shares a name with ``n`` and contradicts it nowhere."""
        if not self.shared(n):
            return False
        if n.surname and self.surnames and not any(_same_surname(n.surname, s) for s in self.surnames):
            return False
        if n.firsts and self.firsts and not set(n.firsts) & self.firsts:
            return False
        return not (n.letters and self.letters and not n.letters & self.letters)

    def add(self, n: Name) -> None:
        self.firsts |= set(n.firsts)
        self.letters |= n.letters
        self.surnames |= {n.surname} - {""}
        self.bares |= {n.bare} - {""}


class People:
    """The persons of one dossier: mentions that fit exactly one person join it."""

    def __init__(self) -> None:
        self.persons: list[_Person] = []
        self._of: dict[Name, int] = {}

    def add(self, names: Iterable[Name]) -> None:
        """Full names first, so "Liv" and "De Vries" find the "Liv de Vries" they belong to."""
        for n in sorted(set(names) - set(self._of), key=lambda n: (-n.specificity, n.forms)):
            self.resolve(n)

    def resolve(self, n: Name) -> int:
        if n in self._of:
            return self._of[n]
        fits = [i for i, p in enumerate(self.persons) if p.fits(n)]
        best = max((self.persons[i].shared(n) for i in fits), default=0)
        fits = [i for i in fits if self.persons[i].shared(n) == best]
        if len(fits) == 1:  # the one person it fits best ("Liv de Vries" over "De Vries")
            index = fits[0]
        else:  # unknown, or ambiguous ("De Vries" with two of them): a person of its own
            index = len(self.persons)
            self.persons.append(_Person())
        self.persons[index].add(n)
        self._of[n] = index
        return index

    def by_initial(self, letter: str, lex: Lexicon) -> int | None:
        """The one person whose first name or initial starts with ``letter``, if exactly one."""
        letter = letter.lower()
        hits = [i for i, p in enumerate(self.persons)
                if letter in p.letters or any(b[0] == letter and lex.is_first_name(b) for b in p.bares)]
        return hits[0] if len(hits) == 1 else None


# --------------------------------------------------------------------------- the API

_MONTH_NUMBER = {"jan": 1, "feb": 2, "maa": 3, "mrt": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7, "aug": 8,
                 "sep": 9, "okt": 10, "nov": 11, "dec": 12}


def _date_key(surface: str) -> str | None:
    """``y-m-d`` of a date in any of the forms :data:`_DATE` takes ("3-4-2015", "3 april 2015" ...)."""
    text = surface.strip().lower()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        y, mo, d = m.groups()
    elif m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})", text):
        d, mo, y = m.groups()
    elif m := re.fullmatch(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", text):
        d, y = m.group(1), m.group(3)
        mo = str(_MONTH_NUMBER.get(m.group(2)[:3], 0))
    else:
        return None
    return f"{int(y)}-{int(mo)}-{int(d)}"


def _normalised(label: str, surface: str) -> str:
    """What makes two mentions "the same" for a tag other than a person."""
    if label == BIRTH_DATE and (key := _date_key(surface)):
        return key
    if label in ("BSN", "ID", "TELEFOONNUMMER", BIRTH_DATE):
        digits = re.findall(r"\d+", surface)
        return "-".join(str(int(d)) for d in digits) if digits else surface.casefold()
    return " ".join(re.sub(r"[^\w@.]+", " ", surface.casefold()).split())


class Pseudonymizer:
    """deduce, loaded once, plus our rules; reusable for any number of dossiers.

    ``key``: secret for the dossier-id pseudonym (default: a fixed one, so ids are stable
    across runs but can be recomputed by anyone who guesses the folder name).
    """

    def __init__(self, cache_dir: Path | None = None, key: bytes | str | None = None) -> None:
        self.deid, self.load_info = load_deduce(cache_dir)
        self.lexicon = Lexicon(self.deid, resource_json(DATA_FILE))
        self._key = key.encode("utf-8") if isinstance(key, str) else (key or b"dossier-audit")
        data = self.lexicon.data
        compounds = rf"\w*(?:{_alternation(data['name_context_compounds'])})"
        self._context = _name_cue_pattern(_alternation(data["name_context_words"]) + "|" + compounds,
                                          self.lexicon.interfixes)
        self._label = _name_cue_pattern(_alternation(data["name_label_words"]), self.lexicon.interfixes)
        name = _NAME_WORD
        self._place = re.compile(rf"(?<![\w.])(?i:{_alternation(data['place_context_words'])})[ \t]+({name})(?![\w])")
        self._birth = re.compile(rf"(?i)(?<!\w)(?:{_alternation(data['birth_date_cues'], escape=False)})"
                                 rf"\s*:?\s*(?:op\s+)?({_DATE})(?!\d)")

    def for_dossier(self, dossier_id: str) -> DossierPseudonyms:
        """A fresh mapping: tags are consistent within the dossier, unrelated to other dossiers."""
        return DossierPseudonyms(self, dossier_id)

    def dossier_pseudonym(self, dossier_id: str) -> str:
        digest = hmac.new(self._key, dossier_id.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"dossier-{digest[:12]}"

    def spans(self, text: str) -> list[Span]:
        """What deduce and our rules find in ``text`` (before the dossier-wide rules)."""
        lex = self.lexicon
        spans = _deduce_spans(self.deid, text, lex)
        spans += _context_name_spans(text, lex, self._context, strong=False)
        spans += _context_name_spans(text, lex, self._label, strong=True)
        spans += _context_place_spans(text, lex, self._place)
        spans += _street_spans(text, lex)
        spans += [Span(m.start(), m.end(), EMAIL, rank=2) for m in _EMAIL.finditer(text)]
        spans += [Span(m.start(1), m.end(1), BIRTH_DATE, rank=3) for m in self._birth.finditer(text)]
        return spans


class DossierPseudonyms:
    """The replacements of one dossier. ``learn`` every text first for the best consistency;
    ``text`` and ``file_name`` learn what they have not seen on the fly."""

    def __init__(self, engine: Pseudonymizer, dossier_id: str) -> None:
        self._engine, self._lex = engine, engine.lexicon
        self._original_id = dossier_id
        self.dossier_id = engine.dossier_pseudonym(dossier_id)
        self.people = People()
        self._base: dict[str, list[Span]] = {}
        self._forms: dict[str, str] = {}  # a name or place word as written -> its label
        self._numbers: dict[tuple[str, Any], int] = {}
        self._counts: Counter[str] = Counter()
        self._files: dict[str, str] = {}
        self._pattern: dict[bool, re.Pattern[str] | None] = {}

    def learn(self, texts: Iterable[str]) -> None:
        names, places = [], []
        for text in texts:
            if text in self._base or not text.strip():
                continue
            self._base[text] = self._engine.spans(text)
            names += [parse_name(text[s.start:s.end], self._lex) for s in self._base[text] if s.label == PERSON]
            places += [text[s.start:s.end] for s in self._base[text] if s.spread]
        found = [n for n in names if n]
        self.people.add(found)
        forms = {**{p: PLACE for p in places}, **{f: PERSON for n in found for f in n.forms}}
        new = {f: label for f, label in forms.items()
               if self._forms.get(f) != PERSON and f.lower() not in self._lex.prefixes}
        if any(self._forms.get(f) != label for f, label in new.items()):
            self._forms.update(new)
            self._pattern.clear()

    def text(self, text: str) -> str:
        """``text`` with every recognised identifier replaced by its tag."""
        if not text.strip():
            return text
        self.learn([text])
        return self._render(text, text, self._spans(text, fold_case=False))

    def file_name(self, name: str) -> str:
        """A file name with names, places ... replaced; the extension and the folders' shape kept."""
        if name not in self._files:
            stem, dot, ext = name.rpartition(".") if "." in name.lstrip(".") else (name, "", "")
            spaced = re.sub(r"[_/\\.+]", " ", stem)  # same length: offsets hold for ``stem``
            if not spaced.strip():
                return name
            self.learn([spaced])
            spans = self._spans(spaced, fold_case=True, literal_files=False)
            self._files[name] = self._render(stem, spaced, spans) + dot + ext
        return self._files[name]

    # -- the dossier-wide rules
    def _propagation(self, fold_case: bool) -> re.Pattern[str] | None:
        """Every name (and context-found place) word of the dossier, as written (any case in file
        names), also with a possessive "s" ("Tijns behoefte")."""
        if fold_case not in self._pattern:
            self._pattern[fold_case] = re.compile(
                rf"(?<![\w])(?:{_alternation(self._forms)})(?=(?:'s|’s|s)?(?![\w]))",
                re.IGNORECASE if fold_case else 0) if self._forms else None
        return self._pattern[fold_case]

    def _spread_spans(self, text: str, fold_case: bool) -> list[Span]:
        pattern = self._propagation(fold_case)
        if pattern is None:
            return []
        labels = {f.lower(): label for f, label in sorted(self._forms.items(), key=lambda p: p[1] == PERSON)} \
            if fold_case else self._forms
        return [Span(m.start(), m.end(), labels[m.group().lower() if fold_case else m.group()])
                for m in pattern.finditer(text)]

    def _literal_spans(self, text: str, files: bool) -> list[Span]:
        """The dossier id (a distinctive one) and, if ``files``, the dossier's original file names."""
        out = []
        ident = self._original_id
        for m in re.finditer(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", text) if len(ident) >= 3 else ():
            in_path = text[m.start() - 1:m.start()] in ("/", "\\") or text[m.end():m.end() + 1] in ("/", "\\")
            code_like = not any(c.isspace() for c in ident) and any(c.isdigit() for c in ident) \
                and not ident.isdigit()
            if in_path or code_like:  # a name as the folder name is otherwise left to the name rules
                out.append(Span(m.start(), m.end(), "DOSSIER", rank=4, fixed=self.dossier_id))
        for original, pseudonym in (self._files.items() if files else ()):
            if original != pseudonym:
                out += [Span(m.start(), m.end(), "BESTAND", rank=4, fixed=pseudonym)
                        for m in re.finditer(re.escape(original), text)]
        return out

    def _initial_spans(self, text: str, taken: list[Span]) -> list[Span]:
        """A lone initial ("met F. gesproken"): the surname initial right after a name joins that
        name; otherwise it is replaced when exactly one person of the dossier fits it."""
        out = []
        for m in re.finditer(r"(?<![\w.])([A-Z])\.(?![\w.])", text):
            if any(s.start < m.end() and m.start() < s.end for s in taken):
                continue
            before = [s for s in taken if s.end <= m.start() and not text[s.end:m.start()].strip()]
            if before and before[-1].label == PERSON:
                out.append(Span(before[-1].start, m.end(), PERSON, rank=5))
                continue
            person = self.people.by_initial(m.group(1), self._lex)
            if person is not None:
                out.append(Span(m.start(), m.end(), PERSON, rank=5, person=person))
        return out

    def _spans(self, text: str, fold_case: bool, literal_files: bool = True) -> list[Span]:
        spread = self._spread_spans(text, fold_case)
        spans = resolve_overlaps(spread + self._base[text] + self._literal_spans(text, literal_files))
        return self._merge_persons(text, resolve_overlaps(spans + self._initial_spans(text, spans)))

    def _merge_persons(self, text: str, spans: list[Span]) -> list[Span]:
        """Neighbouring name spans ("liv" "de" "vries" found word by word) become one name."""
        gap = re.compile(rf"\s+(?:(?:{_alternation(self._lex.interfixes)})\s+)*", re.IGNORECASE)
        out: list[Span] = []
        for s in spans:
            prev = out[-1] if out else None
            if prev and prev.label == PERSON == s.label and prev.person is None and s.person is None \
                    and gap.fullmatch(text[prev.end:s.start]):
                out[-1] = Span(prev.start, s.end, PERSON, rank=max(prev.rank, s.rank))
            else:
                out.append(s)
        return out

    # -- tags
    def _tag(self, span: Span, surface: str) -> str:
        key: tuple[str, Any]
        if span.person is not None:
            key = (PERSON, span.person)
        elif span.label == PERSON:
            name = parse_name(surface, self._lex)
            key = (PERSON, self.people.resolve(name)) if name else (PERSON, _normalised(PERSON, surface))
        else:
            key = (str(span.label), _normalised(str(span.label), surface))
        if key not in self._numbers:
            self._counts[key[0]] += 1
            self._numbers[key] = self._counts[key[0]]
        return f"[{key[0]}-{self._numbers[key]}]"

    def _render(self, keep: str, seen: str, spans: list[Span]) -> str:
        """``keep`` (the text as written) with ``spans`` (found in ``seen``, same length) replaced."""
        out, pos = [], 0
        for s in spans:
            out.append(keep[pos:s.start])
            out.append(keep[s.start:s.end] if s.label is None else s.fixed or self._tag(s, seen[s.start:s.end]))
            pos = s.end
        out.append(keep[pos:])
        return "".join(out)


# --------------------------------------------------------------------------- audits

def _kind(path: tuple[Any, ...]) -> str:
    """How to treat the string at ``path``: ``dossier_id``, ``file``, ``keep`` or ``text``."""
    keys = [p for p in path if isinstance(p, str)]
    if keys == ["dossier_id"]:
        return "dossier_id"
    if keys and keys[-1] == "file" and (keys[0] != "provenance" or keys[:2] == ["provenance", "files"]):
        return "file"
    if keys and (keys[0] in KEPT_TOP or keys[-1] in KEPT_KEYS):
        return "keep"
    return "text"


def _walk(node: Any, path: tuple[Any, ...], fn: Any) -> Any:
    """A copy of ``node`` with ``fn(kind, string)`` applied to every string."""
    if isinstance(node, dict):
        return {k: _walk(v, path + (k,), fn) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [_walk(v, path + (i,), fn) for i, v in enumerate(node)]
    if isinstance(node, str):
        return fn(_kind(path), node)
    return node


def _strings(audit: dict[str, Any], kind: str) -> list[str]:
    found: list[str] = []
    _walk(audit, (), lambda k, s: found.append(s) if k == kind else None)
    return found


def pseudonymize_audit(audit: dict[str, Any], pseudonymizer: Pseudonymizer,
                       context_texts: Iterable[str] = ()) -> dict[str, Any]:
    """A new audit dict with every text, file name and the dossier id pseudonymised.

    The input is not changed. Structural fields (dates, offsets, kinds, ids, verdicts,
    confidences, the provenance except its file names) are copied as they are; evidence
    ``start``/``end`` still point into the original extracted text, not into the
    pseudonymised sentence. ``context_texts`` (e.g. the dossier's full document texts)
    are only learnt from: names in a header ("Naam jeugdige: ...") are then also replaced
    where the findings mention them without context.
    """
    pseudo = pseudonymizer.for_dossier(str(audit.get("dossier_id", "")))
    pseudo.learn([*context_texts, *_strings(audit, "text")])
    for name in sorted(set(_strings(audit, "file"))):  # before the texts: error messages quote them
        pseudo.file_name(name)

    def replace(kind: str, value: str) -> str:
        if kind == "dossier_id":
            return pseudo.dossier_id
        if kind == "file":
            return pseudo.file_name(value)
        return value if kind == "keep" else pseudo.text(value)

    return _walk(audit, (), replace)
