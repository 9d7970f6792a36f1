"""Retraining: reviewer decisions become training sentences; train reports before/after and writes a card.

Also: where a run writes (never over the shipped model without --replace), and that a
missing or refused model file is recorded with a Dutch warning instead of passing silently.
"""
import datetime as dt
import hashlib
import json
import logging
import random
from pathlib import Path

import pytest

from audit.cli import main
from audit.ml import goal_model, skops_io, store
from audit.ml.sentence_classifier import MODEL_FILE, SentenceModels
from audit.train.output import OutputChoiceError, model_destination
from audit.review import AnnotationLog, AnnotationRecord, iter_reviewable
from audit.train.from_annotations import sentence_records

POS = ["{n} apart gesproken op de kamer.", "Met {n} alleen gewandeld en gepraat.", "Onder vier ogen met {n} gesproken."]
NEG = ["{n} niet apart gesproken.", "Volgende keer spreek ik {n} alleen.", "Gesprek met {n} samen met PM."]
NAMES = ["Fenna", "Mats", "Noor", "Ilias", "Sem", "Yara", "Bo", "Lina", "Daan", "Zoë", "Ayla", "Jip"]


def small_corpus(path):
    rng = random.Random(1)
    rows = []
    for kind in ("one_on_one_contact", "safety_check"):
        for n in NAMES:
            for t in POS:
                text = t.format(n=n) if kind == "one_on_one_contact" else f"Veiligheidscheck met PO afgenomen, {n} gevraagd."
                rows.append({"text": text + f" ({rng.randint(1, 99)})", "kind": kind, "label": True})
            for t in NEG:
                text = t.format(n=n) if kind == "one_on_one_contact" else f"Veiligheidscheck bij {n} staat gepland."
                rows.append({"text": text + f" ({rng.randint(1, 99)})", "kind": kind, "label": False})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def minimal_audit():
    ev = {"file": "journaal.txt", "page": None, "start": 10, "end": 40, "sentence": "Fenna apart gesproken in de tuin."}
    return {
        "dossier_id": "T-1", "reference_date": "2025-06-01",
        "one_on_one_contacts": [{"finding_id": "o1", "kind": "one_on_one_contact", "date": "2025-03-01", "evidence": [ev]}],
        "safety_checks": [], "behavioural_scientist_advice": [], "goals": [], "norms": {},
        "matching_rationale": {"documented": False, "evidence": []},
        "provenance": {"tool_version": "t", "files": [{"file": "journaal.txt", "sha256": "a" * 64}], "models": {}},
    }


@pytest.mark.slow
def test_decisions_become_sentences_and_train_uses_them(tmp_path, capsys):
    audits = tmp_path / "out"
    audits.mkdir()
    audit = minimal_audit()
    (audits / "T-1.json").write_text(json.dumps(audit), encoding="utf-8")
    log = AnnotationLog(tmp_path / "ann")
    log.append(AnnotationRecord.for_item(audit, "one_on_one_contact", "o1", "reject", "inspecteur A"))
    added_ev = [{"file": "journaal.txt", "page": None, "start": 50, "end": 90, "sentence": "Tijdens het fietsen Fenna apart gesproken."}]
    log.append(AnnotationRecord.for_added(audit, "one_on_one_contact", added_ev, {"date": "2025-04-02"}, "inspecteur A"))

    records = sentence_records(tmp_path / "ann", audits)
    assert {(r["text"], r["label"]) for r in records} == {
        ("Fenna apart gesproken in de tuin.", False), ("Tijdens het fietsen Fenna apart gesproken.", True)}

    corpus = tmp_path / "s.jsonl"
    small_corpus(corpus)
    model = tmp_path / "models" / "m.skops"
    assert main(["train", "--sentences", str(corpus), "--annotations", str(tmp_path / "ann"),
                 "--audits", str(audits), "--out", str(model)]) == 0
    out = capsys.readouterr().out
    assert "Voor" in out and "Na (+2 zinnen uit beoordelingen)" in out
    assert (model.parent / "SENTENCE_MODEL_CARD.md").exists()
    loaded = SentenceModels.load(model)
    assert loaded.probability("one_on_one_contact", "Noor apart gesproken op de kamer.") > 0.5
    assert loaded.source == "m.skops"


@pytest.fixture
def load_record(monkeypatch):
    """A fresh process-wide load record for the test, the real one restored afterwards."""
    monkeypatch.setattr(store, "_LOADS", {})
    return store


def test_train_writes_a_new_folder_unless_replace(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shipped = store.model_path(MODEL_FILE)
    fresh = model_destination(MODEL_FILE)
    assert fresh.parent.parent == tmp_path and fresh.parent.name.startswith("models-new-") and fresh.name == MODEL_FILE
    assert model_destination(MODEL_FILE, tmp_path / "dir") == tmp_path / "dir" / MODEL_FILE
    assert model_destination(MODEL_FILE, tmp_path / "m.skops") == tmp_path / "m.skops"
    assert model_destination(MODEL_FILE, replace=True) == shipped
    with pytest.raises(OutputChoiceError):
        model_destination(MODEL_FILE, tmp_path, replace=True)
    with pytest.raises(OutputChoiceError, match="--replace"):
        model_destination(MODEL_FILE, shipped.parent)


def test_new_folder_never_reuses_an_existing_one(tmp_path):
    from audit.train.output import new_folder

    now = dt.datetime(2025, 6, 1, 12, 0, 0)
    first = new_folder(tmp_path, now)
    first.mkdir()
    assert new_folder(tmp_path, now) != first


def test_shipped_models_load_and_are_recorded_with_hashes(load_record):
    models = SentenceModels.load()
    assert set(models.models) == {"one_on_one_contact", "safety_check", "behavioural_scientist_advice",
                                  "matching_rationale"}  # stored under the old class path, still loads
    assert goal_model.default_model() is not None
    rec = load_record.loaded_models()
    assert set(rec) == {"sentence_classifiers", "goal_model"}
    for role, name in (("sentence_classifiers", MODEL_FILE), ("goal_model", goal_model.MODEL_FILE)):
        digest = hashlib.sha256(store.model_path(name).read_bytes()).hexdigest()
        assert rec[role] == {"file": name, "sha256": digest, "loaded": True, "warning": None}


def test_missing_sentence_model_is_recorded_and_logged(load_record, tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    models = SentenceModels.load(tmp_path / "weg.skops")
    assert models.models == {} and models.source is None
    assert models.probability("safety_check", "Veiligheidscheck afgenomen.") is None  # rules run alone
    rec = load_record.loaded_models()["sentence_classifiers"]
    assert rec["loaded"] is False and rec["sha256"] is None
    assert "weg.skops" in rec["warning"] and "ontbreekt" in rec["warning"]
    assert any("weg.skops" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


def test_type_skops_trusts_by_default_is_refused(load_record, tmp_path, caplog):
    """An sklearn estimator skops itself would trust is still refused: it is not on our allow-list."""
    import skops.io as sio
    from sklearn.svm import SVC

    bad = tmp_path / "bad.skops"
    sio.dump({"one_on_one_contact": SVC()}, bad)
    assert sio.get_untrusted_types(file=bad) == []  # skops alone would load it
    with pytest.raises(skops_io.UntrustedModelFile):
        skops_io.load(bad)
    caplog.set_level(logging.WARNING)
    assert SentenceModels.load(bad).models == {}
    rec = load_record.loaded_models()["sentence_classifiers"]
    assert rec["loaded"] is False and "bad.skops" in rec["warning"] and rec["sha256"]
    assert any("bad.skops" in r.getMessage() for r in caplog.records)


def test_broken_goal_model_is_recorded_and_rules_decide(load_record, tmp_path, monkeypatch):
    from audit.goals.score import score_goal

    broken = tmp_path / "goal_model.skops"
    broken.write_bytes(b"geen zip")
    monkeypatch.setattr(goal_model, "default_path", lambda: broken)
    monkeypatch.setattr(goal_model, "_CACHE", {})
    assert goal_model.default_model() is None
    rec = load_record.loaded_models()["goal_model"]
    assert rec["loaded"] is False and "goal_model.skops" in rec["warning"]
    assert {c.source for c in score_goal("Jurre voelt zich prettig op school").criteria.values()} == {"rule"}


def test_shipped_model_path_is_inside_the_package():
    import audit.models

    assert store.model_path(MODEL_FILE).parent == Path(audit.models.__file__).parent
