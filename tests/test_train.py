"""Retraining: reviewer decisions become training sentences; train reports before/after and writes a card."""
import json
import random

from audit.cli import main
from audit.detect.classifier import SentenceModels
from audit.review.annotations import AnnotationLog, AnnotationRecord, iter_reviewable
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
