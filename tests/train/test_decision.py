"""Training the decision layer: labels against gold, the ablation, the command."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

from audit.cli import main
from audit.train.decision import Counts, label

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _c(date: str | None, sentence: str):
    return SimpleNamespace(finding=SimpleNamespace(date=date), sentence=sentence)


def test_labels_follow_gold_dates_and_quotes():
    gold = [{"date": "2024-03-12", "quote": "PK apart gesproken op haar kamer."}]
    cands = [_c("2024-03-12", "PK apart gesproken op haar kamer."), _c("2024-03-12", "PO bleef beneden."),
             _c("2024-03", "Ander zin"), _c("2024-04-01", "PK apart gesproken op haar kamer."), _c(None, "x")]
    assert label(cands, gold) == [1, 0, 0, 0, 0]


def test_a_gold_event_without_an_overlapping_candidate_labels_every_candidate_of_its_date():
    gold = [{"date": "2024-03-12", "quote": "heel andere formulering"}]
    assert label([_c("2024-03", "samenvatting"), _c("2024-03-12", "gesprek")], gold) == [1, 1]


def test_counts_f1():
    assert Counts(tp=3, fp=1, fn=1).f1() == 0.75 and Counts().f1() == 0.0


def test_train_decision_writes_a_new_model_and_prints_the_ablation(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    for i, folder in enumerate(sorted(p for p in EXAMPLES.iterdir() if (p / "gold.json").exists())):
        shutil.copytree(folder, (a if i % 2 else b) / folder.name)
    out = tmp_path / "new"
    assert main(["train", "--decision", str(a), str(b), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "leave-one-corpus-out" in text and "regels -> model" in text
    assert (out / "decision_model.skops").is_file()
    assert "niet gewijzigd" in text


def test_corpus_folds_group_corpora_or_leave_one_out():
    from audit.train.decision import corpus_folds
    names = ["e", "a", "d", "c", "b"]
    assert corpus_folds(names, None) == [["a"], ["b"], ["c"], ["d"], ["e"]]
    assert corpus_folds(names, 9) == [["a"], ["b"], ["c"], ["d"], ["e"]]
    folds = corpus_folds(names, 2)
    assert folds == [["a", "c", "e"], ["b", "d"]]
    assert sorted(sum(folds, [])) == sorted(names)


def test_the_ablation_never_decides_a_corpus_with_a_model_that_saw_it(monkeypatch):
    from audit.train import decision as dec
    recs = [dec.DossierItems(c, f"{c}-{i}", {"safety_check": [dec.Item("x", True, "2024-01-01", 1)]},
                             {"safety_check": {"2024-01-01"}}) for c in "abcd" for i in range(2)]
    seen: list[set[str]] = []
    monkeypatch.setattr(dec, "fit", lambda rs: seen.append({r.corpus for r in rs}) or None)
    monkeypatch.setattr(dec, "model_decisions", lambda m, held, th=None: dec.rules_only(held))
    result = dec.ablation(recs, folds=2)
    assert seen == [{"b", "d"}, {"a", "c"}] and sorted(result) == ["a", "b", "c", "d"]
    total = dec.pooled(result)
    assert total["regels"]["safety_check"].tp == 8 and "samen" in dec.format_ablation(result)


def test_only_kinds_the_model_improves_on_unseen_corpora_are_kept():
    from audit.train.decision import kinds_that_help
    result = {"a": {"regels": {"x": Counts(8, 2, 2), "y": Counts(8, 1, 1)},
                    "model": {"x": Counts(9, 1, 1), "y": Counts(7, 2, 2)}},
              "b": {"regels": {"x": Counts(1, 0, 0), "y": Counts(5, 0, 0)},
                    "model": {"x": Counts(1, 0, 0), "y": Counts(5, 0, 0)}}}
    assert kinds_that_help(result) == {"x"}
