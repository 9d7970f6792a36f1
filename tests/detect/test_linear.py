"""The detectors' linear-time parts give what the old per-call code gave.

* ``BatchedModels``: sentence probabilities from one batch equal those asked one by one;
* ``merge_by_date``: evidence merged per date as the old rescanning version did;
* an event-heavy journal (hundreds of one-on-one talks on one date) audits with one
  merged finding holding every talk.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from audit.config import load_config
from audit.detect.base import merge_by_date
from audit.detect.batch import BatchedModels, batched, prime
from audit.ml.sentence_classifier import KINDS, SentenceModels
from audit.pipeline import audit_dossier
from audit.read import load_dossier
from audit.types import Evidence, Finding

SENTENCES = [
    "Gesprek met Liv alleen, zonder pleegouders.",
    "Met Sanne apart gesproken op haar kamer, PO waren beneden.",
    "Het is ook dit keer niet gelukt om Anouk alleen te spreken.",
    "Veiligheidscheck uitgevoerd samen met PM en PV; Liv is apart gehoord.",
    "Advies GW (Henk Kolkman): vaste dagstructuur aanhouden.",
    "PM vertelt dat Liv goed slaapt.",
    "Gekozen voor fam. Jansen omdat Liv een rustig gezin nodig heeft.",
]


def test_batched_probabilities_equal_single_ones() -> None:
    models = SentenceModels.load()
    if not models.models:
        pytest.skip("no sentence classifiers shipped")
    fast = batched(models)
    assert batched(fast) is fast
    for kind in KINDS:
        prime(fast, kind, SENTENCES)
        for text in SENTENCES + ["Niet vooraf gezien."]:
            assert fast.probability(kind, text) == models.probability(kind, text)
    assert fast.models is models.models and fast.veto == models.veto


def test_prime_without_model_or_wrapper_is_harmless() -> None:
    empty = BatchedModels(SentenceModels({}))
    prime(empty, "one_on_one_contact", SENTENCES)
    assert empty.probability("one_on_one_contact", SENTENCES[0]) is None
    prime(SentenceModels({}), "one_on_one_contact", SENTENCES)  # a plain SentenceModels is asked per sentence


def _old_merge_by_date(findings: list[Finding]) -> list[Finding]:
    by_date: dict[str, Finding] = {}
    for f in findings:
        if f.date is None:
            continue
        kept = by_date.get(f.date)
        if kept is None:
            by_date[f.date] = f
            continue
        seen = {(e.file, e.start) for e in kept.evidence}
        kept.evidence.extend(e for e in f.evidence if (e.file, e.start) not in seen)
        kept.confidence = max(kept.confidence, f.confidence)
        for key, value in f.attributes.items():
            if key not in kept.attributes or (kept.attributes[key] in (None, False) and value):
                kept.attributes[key] = value
    return sorted(by_date.values(), key=lambda f: f.date)


def _findings(seed: int) -> list[Finding]:
    rng = random.Random(seed)
    out = []
    for _ in range(300):
        ev = [Evidence(rng.choice("ab"), None, s, s + 5, "x") for s in rng.sample(range(60), rng.randint(1, 3))]
        date = rng.choice([None, "2024-03-12", "2024-03-13", "2024-03"])
        out.append(Finding("one_on_one_contact", date, "day", ev, round(rng.random(), 3), "d",
                           {"cue": rng.choice([None, "alleen"]), "flag": rng.choice([False, True])}))
    return out


def test_merge_by_date_equals_old_merge() -> None:
    for seed in range(5):
        assert merge_by_date(_findings(seed)) == _old_merge_by_date(_findings(seed))


def test_event_heavy_journal_on_one_date(tmp_path: Path, nlp) -> None:
    folder = tmp_path / "JRN-1"
    folder.mkdir()
    lines = ["Journaal pleegzorg", "Jeugdige: Liv B.", ""]
    lines += [f"12-03-2024 | Gesprek jeugdige | PZB\nIk heb Liv alleen gesproken, zonder pleegouders erbij; ze vertelt "
              f"over school en over haar vriendin {i}." for i in range(300)]
    (folder / "journaal.txt").write_text("\n\n".join(lines), encoding="utf-8")
    audit = audit_dossier(load_dossier(folder), dt.date(2025, 6, 1), load_config(), nlp)
    talks = audit["one_on_one_contacts"]
    assert [t["date"] for t in talks] == ["2024-03-12"]
    assert len(talks[0]["evidence"]) == 300
