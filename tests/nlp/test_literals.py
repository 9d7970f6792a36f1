"""The literal gate never turns away a text its pattern matches, and does turn away the rest."""
from __future__ import annotations

import random
import re

import pytest

from audit.detect.further.lexicon import lexicon
from audit.nlp.literals import Gated, fold, required_literals


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"\bingetrokken\b", re.I, {"ingetrokken"}),
    (r"(?:ver|be)zoek\w*", 0, {"zoek"}),
    (r"\b(?:woont|wonen)\s+bij\b", re.I, {"bij"}),  # re factors out "wo": "bij" is the longest need
    (r"[A-Z][a-z]+ \(\d+\)", 0, {" ("}),
    (r"\w+", 0, None),
    (r"(?:a|)bc?", 0, {"b"}),  # an empty branch needs nothing; "b" is needed anyway
    (r"(?:a|)c?", 0, None),
    (r"geëvalueerd", re.I, {"valueerd"}),  # only ASCII pieces are kept
])
def test_required_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = required_literals(re.compile(pattern, flags))
    assert (set(found) if found is not None else None) == expected


def test_gate_rejects_texts_without_the_words() -> None:
    gated = Gated(re.compile(r"(?P<who>\b[A-Z][a-z]+)\b[^.]{0,40}?\b(?i:ingetrokken|bij\s+ons\s+wonen)\b"))
    assert not gated.possible("Geen bijzonderheden vandaag, PK naar school.")
    assert gated.search("Erwin is zaterdag bij ons ingetrokken.")["who"] == "Erwin"
    assert list(gated.finditer("Niets.")) == [] and gated.findall("Niets.") == []


def test_gate_folds_the_letters_re_folds_under_ignorecase() -> None:
    gated = Gated(re.compile(r"kast", re.I))
    assert gated.search("\u212aAST")  # the Kelvin sign is a k to re under IGNORECASE
    assert fold("\u0130N") == "in"


def test_gate_never_turns_away_a_match_of_the_lexicon() -> None:
    """Every lexicon pattern, on sentences assembled from its own words and ordinary journal text."""
    rng = random.Random(7)
    filler = ("PZB", "sprak", "met", "Sanne", "alleen", "op", "haar", "kamer", "pleegmoeder", "Karin (46)",
              "woont", "bij", "ons", "sinds", "maart", "18", "jaar", "geworden", "VGB", "aangevraagd", "niet",
              "zorgteam", "GW", "advies", "ingetrokken", "huisgenoot", "ÉÉN", "geëvalueerd", "İnci", "(", ")")
    for name, gated in lexicon().items():
        if not isinstance(gated, Gated):
            continue
        words = re.findall(r"[A-Za-zÀ-ÿ']{2,}", gated.pattern) + list(filler)
        for _ in range(300):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
            if gated.rx.search(text):
                assert gated.possible(text), (name, text)


def test_gate_with_many_literals_answers_as_containment_does() -> None:
    """Past a few literals the gate looks for all of them with one regex: the same answers."""
    words = ["pleegmoeder", "pleegvader", "pleegouders", "oom", "tante", "opa", "oma", "neef", "nicht"]
    gate = Gated(re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I))
    assert gate.any_need is not None
    rng = random.Random(3)
    alphabet = "abcdefghijklmnoprstu İıſK"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90))) for _ in range(3000)]
    texts += ["De PLEEGMOEDER belt.", "Bij OMa thuis", "nichtje", "OPA", "Ieder kind"]
    for text in texts:
        low = fold(text)
        assert gate.possible(text) == any(n in low for n in gate.needs), text


def test_fold_lowercases_and_folds_only_where_needed() -> None:
    assert fold("Pleegouders İmre ſ K") == "pleegouders imre s k"
    assert fold("Zoë en Chloé") == "zoë en chloé"
    assert fold("A" * 100) == "a" * 100
