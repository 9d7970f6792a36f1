"""Real goals: loading (validation, dedup), the split grouped by source, agreement figures, reports.

No model is fitted here: the cross-validation test uses a stand-in fitter (rules only).
"""
import json
from pathlib import Path

import pytest

from audit.ml.goal_model import CRITERIA
from audit.ml.metrics import cohen_kappa, percent_agreement
from audit.train.goal_report import existing_table, real_goals_table
from audit.train.real_goals import (dedupe, grouped_splits, load_real_goals, load_second_labels,
                                    normalise_text)
from audit.train.real_goals_eval import agreement, best_threshold, label_views, oof_scores

REAL_DIR = Path(__file__).resolve().parents[2] / "training" / "real_goals"
TEXTS = ["Sem fietst elke dag naar school.", "Noor voelt zich veilig.", "Daan leest vóór 1 juli drie boeken.",
         "Het vergroten van zelfvertrouwen.", "Yara zegt nee als ze iets niet wil.", "Bo is gelukkig."]


def goal(rid, text, group, **labels):
    rec = {"id": rid, "text": text, "source_group": group, "termijn": None, "wie": None, "labeller": "A"}
    rec.update({c: labels.get(c, False) for c in CRITERIA})
    return rec


def write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def many_groups(n_groups=9, per_group=(1, 2, 5)):
    recs = []
    for g in range(n_groups):
        for k in range(per_group[g % len(per_group)]):
            recs.append(goal(f"g{g}-{k}", TEXTS[(g + k) % len(TEXTS)] + f" ({g}.{k})", f"site{g}.nl",
                             specific=bool(k % 2)))
    return recs


def test_grouped_splits_keep_each_source_on_one_side():
    recs = many_groups()
    seen_test = []
    for tr, te in grouped_splits(recs, 5):
        train_groups = {recs[i]["source_group"] for i in tr}
        test_groups = {recs[i]["source_group"] for i in te}
        assert train_groups and test_groups
        assert not train_groups & test_groups
        assert sorted(tr + te) == list(range(len(recs)))
        seen_test += te
    assert sorted(seen_test) == list(range(len(recs)))  # every goal is tested exactly once


def test_grouped_splits_with_fewer_groups_than_folds():
    recs = many_groups(n_groups=3)
    splits = list(grouped_splits(recs, 5))
    assert len(splits) == 3
    for tr, te in splits:
        assert len({recs[i]["source_group"] for i in te}) == 1


def test_cross_validation_never_trains_on_a_test_source():
    recs = many_groups()
    given: list[set[str]] = []

    def fitter(base, real):
        assert base == []
        given.append({r["source_group"] for r in real})
        return None  # rules only: nothing to fit

    pred, thresholds = oof_scores([], recs, fitter, n_splits=5)
    assert len(pred) == len(recs) and all(set(p) == set(CRITERIA) for p in pred)
    assert thresholds == [None] * 5
    test_groups = [{recs[i]["source_group"] for i in te} for _, te in grouped_splits(recs, 5)]
    assert len(given) == 5
    assert all(not g & t for g, t in zip(given, test_groups))


def test_loader_dedupes_by_normalised_text_keeping_the_first(tmp_path):
    write(tmp_path / "goals_labeller_a.jsonl", [goal("a1", "Sem fietst elke dag naar school.", "x.nl"),
                                                goal("a2", "Noor voelt zich veilig.", "y.nl")])
    write(tmp_path / "goals_batch_b.jsonl", [goal("b1", "  sem  Fietst elke dag naar SCHOOL", "z.nl", specific=True),
                                             goal("b2", "Bo is gelukkig.", "z.nl")])
    kept, dropped = load_real_goals(tmp_path, with_dropped=True)
    assert [r["id"] for r in kept] == ["a1", "a2", "b2"]
    assert [r["id"] for r in dropped] == ["b1"]
    assert all(r["source"] == "real" for r in kept)
    assert normalise_text("Één  doel!") == normalise_text("een doel")


def test_dedupe_keeps_order_and_first():
    recs = [goal("1", "A b", "g"), goal("2", "a, B.", "h"), goal("3", "c", "g")]
    kept, dropped = dedupe(recs)
    assert [r["id"] for r in kept] == ["1", "3"] and [r["id"] for r in dropped] == ["2"]


@pytest.mark.parametrize("change, message", [
    ({"source_group": ""}, "source_group"),
    ({"specific": "ja"}, "specific"),
    ({"text": " "}, "tekst"),
    ({"termijn": 3}, "termijn"),
    ({"id": None}, "id"),
])
def test_loader_refuses_bad_records(tmp_path, change, message):
    write(tmp_path / "goals_labeller_a.jsonl", [goal("a1", "Sem fietst.", "x.nl"), {**goal("a2", "Bo leest.", "y.nl"), **change}])
    with pytest.raises(ValueError, match=message):
        load_real_goals(tmp_path)


def test_loader_refuses_duplicate_ids_and_empty_folders(tmp_path):
    with pytest.raises(ValueError, match="geen doelen"):
        load_real_goals(tmp_path)
    write(tmp_path / "goals_labeller_a.jsonl", [goal("a1", "Sem fietst.", "x.nl")])
    write(tmp_path / "goals_batch_b.jsonl", [goal("a1", "Bo leest.", "y.nl")])
    with pytest.raises(ValueError, match="twee keer"):
        load_real_goals(tmp_path)


def test_second_labels_are_checked(tmp_path):
    row = {"id": "a1", "labeller": "L2", **{c: True for c in CRITERIA}}
    write(tmp_path / "goals_labeller_2.jsonl", [row])
    assert load_second_labels(tmp_path, {"a1"}) == {"a1": {c: True for c in CRITERIA}}
    with pytest.raises(ValueError, match="onbekend"):
        load_second_labels(tmp_path, {"b1"})
    write(tmp_path / "goals_labeller_2.jsonl", [{**row, "actor": None}])
    with pytest.raises(ValueError, match="ja/nee"):
        load_second_labels(tmp_path, {"a1"})


def test_shipped_real_goals_load_deduplicated():
    kept, dropped = load_real_goals(REAL_DIR, with_dropped=True)
    assert len(kept) + len(dropped) == 202
    assert sorted(r["id"] for r in dropped) == ["rg-c-008", "rg-c-065", "rg-c-066"]
    assert len({normalise_text(r["text"]) for r in kept}) == len(kept) == 199
    second = load_second_labels(REAL_DIR, {r["id"] for r in kept})
    assert len(second) == 80


def test_agreement_and_label_views():
    first = [goal(str(i), t, f"g{i}", specific=i < 3, actor=True) for i, t in enumerate(TEXTS)]
    second = {r["id"]: {c: r[c] for c in CRITERIA} for r in first[:4]}
    second["0"] = {**second["0"], "specific": False}
    a = agreement(first, second)
    assert a["n"] == 4 and a["criteria"]["specific"]["agreement"] == 0.75 and a["all_five_same"] == 3
    assert a["criteria"]["actor"]["kappa"] is None  # both always yes: chance agreement 1
    pred = [{c: r[c] for c in CRITERIA} for r in first]
    views = label_views(pred, first, second)
    assert views["first_labeller"]["accuracy"]["specific"] == 1.0
    assert views["second_labeller"]["accuracy"]["specific"] == 0.75
    assert views["consensus"]["n_per_criterion"]["specific"] == 3
    assert views["consensus"]["accuracy"]["specific"] == 1.0


def test_kappa_matches_sklearn():
    from sklearn.metrics import cohen_kappa_score

    a = [True, True, False, False, True, False, True, True]
    b = [True, False, False, False, True, True, True, True]
    assert cohen_kappa(a, b) == round(cohen_kappa_score(a, b), 3)
    assert percent_agreement(a, b) == 0.75


def test_best_threshold_is_chosen_from_the_data():
    assert best_threshold([0.1, 0.3, 0.35, 0.9], [False, True, True, True]) == 0.3
    assert best_threshold([], []) == 0.5


def test_reports_are_dutch_tables():
    figs = {f"{k}_accuracy": {c: 0.9 for c in CRITERIA} for k in ("cv_combined", "generated_to_hand", "rules_only")}
    figs.update({f"{k}_spearman": 0.8 for k in ("cv_combined", "generated_to_hand", "rules_only")})
    assert "voor" in existing_table(figs, figs) and "na" in existing_table(None, figs)
    view = {"n": 3, "accuracy": {c: 1.0 for c in CRITERIA}, "spearman": None}
    views = {k: view for k in ("first_labeller", "second_labeller", "consensus")}
    real = {"n": 3, "n_groups": 2, "folds": "GroupKFold(5) by source_group",
            "rules_only": views, "without_real": views, "with_real_oof": views}
    text = real_goals_table(real)
    assert "alleen regels" in text and "tweede labeller" in text
