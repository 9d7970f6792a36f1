"""The decision layer: rules decide without a model; a model decides within hard vetoes and thresholds."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from audit.config import load_config
from audit.detect import all_candidates, learn_facts
from audit.detect.candidates import Candidate
from audit.detect.decision import decide, features_text
from audit.ml.decision_model import DecisionModel, make_pipeline
from audit.ml.sentence_classifier import SentenceModels
from audit.pipeline import analyse, audit_dossier
from audit.read import load_dossier
from audit.types import DossierContext, Evidence, Finding

HEADER = "Journaal pleegzorg\nJeugdige: Fenna de Boer\nPleegouders: fam. Jansen\n\n"
AS_OF = dt.date(2025, 6, 1)


def _dossier(tmp_path: Path, text: str):
    folder = tmp_path / "DOS-1"
    folder.mkdir(exist_ok=True)
    (folder / "journaal.txt").write_text(HEADER + text, encoding="utf-8")
    return load_dossier(folder)


def _candidates(tmp_path: Path, nlp, text: str) -> tuple[list[Candidate], dict]:
    dossier = _dossier(tmp_path, text)
    ctx = DossierContext(dossier, analyse(dossier, nlp), AS_OF, load_config())
    learn_facts(ctx)
    return all_candidates(ctx, SentenceModels.load())["one_on_one_contacts"], ctx.facts


def _cand(rule_ok: bool, signals: list[str]) -> Candidate:
    ev = Evidence("j.txt", None, 0, 5, "zin")
    return Candidate(Finding("one_on_one_contact", "2025-01-01", "day", [ev], 0.85, "one_on_one:triggers+context"),
                     rule_ok, signals)


class _Fixed(DecisionModel):
    """A stand-in model that returns fixed probabilities."""

    def __init__(self, probs: list[float]):
        super().__init__({})
        self.probs = probs

    def probabilities(self, kind, texts):
        return self.probs[: len(texts)]


def test_without_a_model_the_rules_decide():
    cands = [_cand(True, []), _cand(False, ["veto=context"])]
    assert decide("one_on_one_contact", cands, {}, None, (0.5, 0.3)) == [cands[0]]


def test_model_thresholds_depend_on_the_rules_and_hard_vetoes_hold():
    cands = [_cand(True, []), _cand(False, ["veto=broad_cue"]), _cand(False, ["veto=broad_cue"]),
             _cand(False, ["veto=form_not_completed"])]
    kept = decide("one_on_one_contact", cands, {}, _Fixed([0.35, 0.45, 0.9, 0.99]), (0.5, 0.3))
    assert kept == [cands[0], cands[2]]  # 0.35 >= 0.3 (rules accept); 0.45 < 0.5; hard veto beats 0.99
    assert kept[1].finding.confidence == 0.9 and kept[1].finding.detector.endswith("+decision")
    assert kept[0].finding.confidence == round((0.35 + 0.85) / 2, 3)  # rules agree: their confidence counts half


def test_broad_cues_make_candidates_never_rule_findings(tmp_path, nlp):
    text = "12-03-2025 | Activiteit | PZB\nMet Fenna samen naar de speeltuin geweest, pleegmoeder bleef thuis.\n"
    cands, facts = _candidates(tmp_path, nlp, text)
    assert cands and not any(c.rule_ok for c in cands)
    assert any("veto=broad_cue" in c.signals for c in cands)
    assert "KIND" in features_text(cands[0], facts) and "Fenna" not in features_text(cands[0], facts)
    config = load_config(overrides=["detect.decision_layer=0"])
    assert audit_dossier(_dossier(tmp_path, text), AS_OF, config, nlp)["one_on_one_contacts"] == []


def test_a_summary_of_several_talks_gives_a_candidate_for_each_day(tmp_path, nlp):
    text = ("10-10-2024 | Evaluatie | PZB\n"
            "Ik heb Fenna dit jaar drie keer alleen gesproken: 12-03-2024, 04-06-2024 en 09-10-2024.\n")
    cands, _ = _candidates(tmp_path, nlp, text)
    assert {c.finding.date for c in cands} == {"2024-03-12", "2024-06-04", "2024-10-09"}
    assert sum("date=enumerated" in c.signals for c in cands) == 2


def test_a_fitted_model_round_trips_through_skops(tmp_path):
    from audit.ml import decision_model

    texts = ["rule=ok cue=apart || kop: hb || KIND apart gesproken"] * 5 + ["rule=no q=PLANNED || kop: || plan"] * 5
    model = decision_model.fit({"one_on_one_contact": (texts, [1] * 5 + [0] * 5)}, {"version": "test"})
    path = decision_model.save(model, tmp_path / "decision_model.skops")
    again = decision_model.load(path)
    assert again is not None and again.meta["version"] == "test"
    p = again.probabilities("one_on_one_contact", texts[:1] + texts[-1:])
    assert p[0] > 0.5 > p[1]
    assert again.probabilities("safety_check", texts) is None  # no pipeline: the rules decide


@pytest.mark.parametrize("sentence", [
    "Met Fenna samen naar de McDonalds geweest na school, pleegmoeder bleef thuis.",
    "Fenna belde me vanmiddag zelf op, ze wilde even kwijt dat het op school niet lekker gaat.",
])
def test_the_shipped_model_takes_activities_and_calls_as_one_on_one(tmp_path, nlp, sentence):
    audit = audit_dossier(_dossier(tmp_path, f"12-03-2025 | Contact | PZB\n{sentence}\n"), AS_OF, load_config(), nlp)
    if audit["provenance"]["models"].get("decision_model", {}).get("loaded") is not True:
        pytest.skip("no decision model shipped")
    assert [f["date"] for f in audit["one_on_one_contacts"]] == ["2025-03-12"]


def test_make_pipeline_is_a_probabilistic_classifier():
    pipe = make_pipeline().fit(["a b", "c d", "a e", "c f"], np.array([1, 0, 1, 0]))
    assert pipe.predict_proba(["a"]).shape == (1, 2)
