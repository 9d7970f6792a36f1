"""The faster scans of the pipeline give what the plain ones give: anchor starts as ``re.finditer``,
tokens as spaCy's tokenizer without the cache warmed, token hits as the Matcher on every sentence."""
from __future__ import annotations

import random
import re
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from audit.nlp.components.anchors import AnchorScan, backed_needles, finditer, literal_prefixes
from audit.nlp.components.context import ContextQualifier
from audit.nlp.components.tokens import doc_text
from audit.nlp.components.triggers import PatternCompiler, _NeedBits, _TokenIds, sentence_ids
from audit.nlp.tokenizer import WarmTokenizer
from audit.resources import resource_json


def _anchors() -> list[re.Pattern[str] | None]:
    out: list[re.Pattern[str] | None] = []
    for trig in resource_json("event_triggers.json")["triggers"]:
        anchor = trig.get("anchor")
        flags = 0 if trig.get("anchor_case_sensitive") else re.IGNORECASE
        out.append(re.compile(rf"(?<!\w)(?:{anchor})", flags) if anchor else None)
    return out + [None, re.compile(r"(?<!\w)(?:\w+heid|a|aa)", re.IGNORECASE), re.compile(r"(?:x?y|ab)"),
                  re.compile(r"(?<!\w)(?:[a-z]*plan|[A-Z][a-z]+ en [A-Z]|(?:crisis|week)?pleeg|(?:ab)+c|\d+x)", re.I),
                  re.compile(r"(?:[a-z_]*_(?:ab)*yz|[A-Z]\w?plan)"),
                  # groups with their own case rule: the literals are looked for case-insensitively
                  re.compile(r"(?i:\b(?:zus|pleeg|ab))\s+(?:\(\d+\)\s+)?([A-Z][a-z]+)"),
                  re.compile(r"(?<!\w)(?:PM|PV)\s*(?-i:[A-Z])", re.I), re.compile(r"x(?i:AB|s)c"),
                  re.compile(r"(?i:\b\w*(?:plan|crisis)|\b(?:week|en)\b)")]


def _texts(n: int) -> list[str]:
    """Random texts made of anchor fragments, case variants and characters with odd case rules."""
    frags = [f for trig in resource_json("event_triggers.json")["triggers"]
             for f in re.findall(r"[^\\|()?:*+\[\]{}]+", trig.get("anchor", ""))]
    frags += ["İ", "ı", "ſ", "\u212a", "É", "ß", "ﬁ", "\uffff", " ", "\n", "-", ":", "1", "_", "x", "zonder D",
              "één-op-één", "1 : 1", "VC", "vc", "ALLEEN", "aaa", "ſcan", "xy", "ab", "plan", " en ", "Ab", "abab",
              "c", "yz", "_", "9", "week", "crisis", "pleeg", "Kplan"]
    rng = random.Random(7)
    out = []
    for _ in range(n):
        parts = [rng.choice(frags) for _ in range(rng.randint(0, 12))]
        out.append("".join(rng.choice(["", " ", "x", "\n"]) + (p.upper() if rng.random() < 0.3 else p)
                           for p in parts))
    return out


def test_literal_prefixes() -> None:
    assert literal_prefixes(re.compile(r"(?<!\w)(?:zonder\s+dat|zonder\s+[A-Z])")) == {"zonder"}
    assert literal_prefixes(re.compile(r"(?:drie|3)[\s-]+huizen")) == {"drie", "3"}
    assert literal_prefixes(re.compile(r"bel\w*|gebeld")) == {"bel", "gebeld"}
    assert literal_prefixes(re.compile(r"x?y")) is None  # may start without a literal
    assert literal_prefixes(re.compile(r"\w+heid")) is None


def test_backed_needles() -> None:
    """A match that opens with word characters of a class starts in the word run before its first literal."""
    rx = re.compile(r"(?<!\w)(?:ab|[a-z]*plan|[A-Z][a-z]+ en x|(?:crisis|week)?pl)", re.I)
    assert backed_needles(rx) == {("ab", False), ("plan", True), (" en x", True),
                                  ("crisispl", False), ("weekpl", False), ("pl", False)}
    assert backed_needles(re.compile(r"(?:ab)+c")) == {("ab", False)}  # not "abc": "ababc"
    assert backed_needles(re.compile(r"(?:ab)*c")) == {("ab", False), ("c", False)}
    assert backed_needles(re.compile(r"[a-z-]*heid")) is None  # "-" is no word character
    assert backed_needles(re.compile(r"\s*heid")) is None


def test_anchor_starts_are_finditer_starts() -> None:
    anchors = _anchors()
    scan = AnchorScan(anchors)
    assert all(p is not None for p in scan.prefixes[-4:])  # the local-flag patterns take the fast way
    for text in _texts(3000) + ["", "Zonder PO gesproken; 1-op-1 en één op één, VC gedaan. Bel gebeld.",
                                "pleegZUS Noor, PM Anja, xſc xAbc, Weekplan"]:
        expected = [[m.start() for m in rx.finditer(text)] if rx is not None else None for rx in anchors]
        assert scan.starts(text) == expected, text
        for rx in anchors[-4:]:
            assert [m.span() for m in finditer(rx, text)] == [m.span() for m in rx.finditer(text)]


def test_warm_tokenizer_gives_the_same_doc() -> None:
    plain, warm = spacy.blank("nl"), spacy.blank("nl")
    warm.tokenizer = WarmTokenizer(warm.tokenizer)
    text = ("Jeugdige: Lotte H. d.d. 12-3 gesproken, o.a. over school (zie blz. 3). 't Gaat goed! "
            "Mail: x@y.nl, https://a.b/c?d=1 om 10.30u; ca. 5km. PO/PM niet aanwezig.\n\n") * 40
    for _ in range(2):  # the second time from the warmed cache
        assert warm(text).to_bytes() == plain(text).to_bytes()
    assert warm("kort").to_bytes() == plain("kort").to_bytes()
    assert warm.tokenizer.max_cache_size == plain.tokenizer.max_cache_size  # other attributes: the wrapped one's


@pytest.fixture(scope="module")
def compiler() -> PatternCompiler:
    nlp = spacy.blank("nl")
    nlp.add_pipe("dossier_audit_sentencizer")
    return ContextQualifier(nlp).compiler  # the context rules: the most patterns of any compiler


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in doc.sents]


def test_remembered_token_hits_are_the_matchers(compiler: PatternCompiler) -> None:
    text = ("Niet alleen gesproken. Gesprek gepland met Lotte, zij was niet thuis. Geen bijzonderheden. "
            "Niet alleen gesproken. Volgende keer alleen spreken. Geen bijzonderheden.\n") * 3
    doc = compiler.nlp(text)
    sids = sentence_ids(doc)
    first = compiler(doc, sids, _sentences(doc))
    assert first and compiler._memo  # repeated sentences came from the memo
    compiler._memo.clear()
    compiler._memo_bytes = 0
    one_by_one = []
    for start, end in _sentences(doc):
        compiler._memo.clear()
        compiler._memo_bytes = 0
        one_by_one += compiler(doc, sids, [(start, end)])
    assert first == sorted(one_by_one, key=lambda m: (m.start, m.end, m.entry))


def test_need_bits_are_needs_met(compiler: PatternCompiler) -> None:
    needs = [n for _, _, n in compiler._patterns]
    bits = _NeedBits(needs)
    doc = compiler.nlp(" ".join(_texts(50)) + " niet zonder gepland morgen PO nog niet alleen geen")
    tokens = _TokenIds(doc)
    for start in range(0, len(doc), 7):
        lowers, orths = tokens.sets(start, min(len(doc), start + 25))
        expected = tuple(i for i, n in enumerate(needs) if n.met(lowers, orths, tokens.strings))
        assert bits.met(lowers, orths, tokens.strings) == expected


def _starts_token_by_token(sentencizer: Any, doc: Doc) -> list[bool]:
    """The sentencizer's rules read through Token objects, as it was written first."""
    starts = [True] + [False] * (len(doc) - 1)
    texts = [t.text for t in doc]
    spaces = [t.whitespace_ for t in doc]
    for i in range(1, len(doc)):
        tok, prev = doc[i], doc[i - 1]
        start = False
        if tok.text in {")", "]", "}"} and not prev.whitespace_:
            start = False  # a closing bracket right after its aside's last token ("Jara [?]") opens nothing
        elif "\n" in prev.whitespace_ or "\n" in prev.text or prev.is_space:
            start = not tok.is_space
        elif prev.text == "|":
            start = True
        elif (prev.text in {".", "!", "?", "…"} or (prev.text.endswith(".") and len(prev.text) > 1)) and prev.whitespace_:
            if not sentencizer._is_abbreviation(texts, spaces, i - 1):
                first = tok.text[:1]
                start = first.isupper() or first.isdigit() or first in "\"'‘“(" or tok.text in {"-", "–", "•", "*", "·", "▪", "o"}
        elif prev.text in {"?", "!"}:
            start = True
        starts[i] = start and not tok.is_space
    return starts


def test_sentencizer_reads_tokens_in_one_go() -> None:
    nlp = spacy.blank("nl")
    sentencizer = nlp.add_pipe("dossier_audit_sentencizer")
    rng = random.Random(2)
    frags = ["i.v.m.", "o.a.", "J.", "de Wit", ".", " ", "\n", "|", "-", "•", "o", "Dhr.", "mw.", "Tekst", "(", ")",
             "?", "!", "…", "12", '"', "B.", "PO", "\n\n", "  ", "\t", "ca."]
    for _ in range(500):
        doc = nlp("".join(rng.choice(frags) + rng.choice(["", " "]) for _ in range(rng.randint(1, 30))))
        assert [t.is_sent_start for t in doc] == _starts_token_by_token(sentencizer, doc)


def test_doc_text_is_spacys() -> None:
    nlp = spacy.blank("nl")
    for text in ["", " ", "  a  b \n\n c ", "x\u00a0 y\t\tz  ", "Dhr. H. de Vries d.d. 12-3: 't Is goed!"] + _texts(200):
        doc = nlp(text)
        assert doc_text(doc) == doc.text == text


def test_hits_are_remembered_only_for_text_patterns() -> None:
    nlp = spacy.blank("nl")
    comp = PatternCompiler(nlp, {}, {})
    comp.add(0, ["alleen", "gesproken"])
    assert comp._text_only
    comp.add(1, [{"POS": "NOUN"}])  # read from the tagger, not from the text
    assert not comp._text_only


def _one_by_one(comp: PatternCompiler, doc: Doc, sids: list[int]) -> list[Any]:
    """The compiler's hits with nothing remembered between sentences: the Matcher's own."""
    out = []
    for start, end in _sentences(doc):
        comp._memo.clear()
        comp._memo_bytes = 0
        out += comp(doc, sids, [(start, end)])
    return sorted(out, key=lambda m: (m.start, m.end, m.entry))


def _journal_lines(n: int) -> str:
    """Journal-like lines that differ in times, dates, places, names and case, with trigger words."""
    rng = random.Random(11)
    heads = ["Gesprek met {n} alleen, zonder pleegouders, {p} om {t} uur.", "{n} alleen gesproken {p} om {t} uur.",
             "Niet alleen gesproken met {n} {p}.", "Veiligheidscheck met {n} gedaan op {d}, PO {p} aanwezig.",
             "Volgende keer {n} apart spreken {p}.", "GW adviseert om {n} {p} te laten slapen.",
             "Huisbezoek {p} op {d}; {n} niet gezien.", "Gesprek gepland met {n} op {d} om {t} uur."]
    names = ["Lotte", "Jesse", "Noor", "Milan", "LOTTE", "Sem", "PO", "PM"]
    places = ["in de tuin", "op haar kamer", "in de auto", "bij de bushalte", "op school", "thuis", "beneden"]
    lines = []
    for _ in range(n):
        t = f"{rng.randint(7, 21)}.{rng.randint(0, 59):02d}"
        d = f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-202{rng.randint(3, 5)}"
        lines.append(rng.choice(heads).format(n=rng.choice(names), p=rng.choice(places), t=t, d=d))
    return "\n".join(lines) + "\n"


def test_sentences_alike_but_for_untold_words_share_hits() -> None:
    """Hits remembered by token classes are each compiler's own Matcher hits, sentence by sentence."""
    from audit.nlp.components.triggers import EventTriggerMatcher
    nlp = spacy.blank("nl")
    nlp.add_pipe("dossier_audit_sentencizer")
    compilers = [c for _, c in EventTriggerMatcher(nlp).groups] + [ContextQualifier(nlp).compiler]
    doc = nlp(_journal_lines(300) + " ".join(_texts(40)))
    sids = sentence_ids(doc)
    for comp in compilers:
        comp._memo.clear()
        comp._memo_bytes = 0
        assert comp(doc, sids, _sentences(doc)) == _one_by_one(comp, doc, sids)


def test_a_sentence_differing_in_a_time_is_matched_once() -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe("dossier_audit_sentencizer")
    comp = PatternCompiler(nlp, {}, {})
    comp.add(0, ["alleen", "gesproken"])
    comp.add(1, [{"TEXT": {"REGEX": r"^\d+\.\d\d$"}}, "uur"])
    runs = []
    matcher_for = comp._matcher_for
    comp._matcher_for = lambda *a: runs.append(1) or matcher_for(*a)  # type: ignore[method-assign]
    doc = nlp("Lotte alleen gesproken om 10.53 uur in de tuin.\nLotte alleen gesproken om 14.40 uur in de auto.\n"
              "Lotte alleen gesproken om tien uur in de auto.\n")
    hits = comp(doc, sentence_ids(doc), _sentences(doc))
    assert len(runs) == 2  # the second line shares the first one's hits; the third differs ('tien' is no time)
    assert [(m.entry, doc[m.start:m.end].text) for m in hits] == [
        (0, "alleen gesproken"), (1, "10.53 uur"), (0, "alleen gesproken"), (1, "14.40 uur"), (0, "alleen gesproken")]
