"""Norm verdicts against the peildatum, including n/a when a file could not be read."""
import datetime as dt

import pytest

from audit.config import NormConfig
from audit.norms import in_window, judge

AS_OF = dt.date(2025, 3, 1)


def ev(fid, date, **kw):
    return {"finding_id": fid, "date": date, "confidence": 0.9, **kw}


def goal(c):
    return {"finding_id": f"g{c}", "concreteness": c}


def audit(**kw):
    base = {
        "one_on_one_contacts": [], "safety_checks": [], "behavioural_scientist_advice": [],
        "matching_rationale": {"documented": False}, "goals": [], "errors": [],
    }
    base.update(kw)
    return base


def verdicts(a, cfg=NormConfig()):
    return {k: v.verdict for k, v in judge(a, AS_OF, cfg).items()}


@pytest.mark.parametrize(
    "date, inside",
    [("2025-03-01", True), ("2024-03-02", True), ("2024-03-01", False), ("2025-03-02", False),
     ("2024-04", True), ("2024-03", False), ("2025-03", False), (None, False)],
)
def test_window_is_365_days_up_to_and_including_peildatum(date, inside):
    assert in_window(date, AS_OF, 365) is inside


def test_one_on_one_needs_three_distinct_dates_in_window():
    three = [ev("o1", "2024-04-01"), ev("o2", "2024-09-01"), ev("o3", "2025-02-01")]
    assert verdicts(audit(one_on_one_contacts=three))["one_on_one_min3_last12m"] == "meets"
    old = [ev("o1", "2023-04-01"), ev("o2", "2024-09-01"), ev("o3", "2025-02-01")]
    assert verdicts(audit(one_on_one_contacts=old))["one_on_one_min3_last12m"] == "fails"
    assert verdicts(audit(one_on_one_contacts=three), NormConfig(one_on_one_min=4))["one_on_one_min3_last12m"] == "fails"


def test_low_confidence_findings_do_not_count():
    talks = [ev("o1", "2024-04-01"), ev("o2", "2024-09-01"), {**ev("o3", "2025-02-01"), "confidence": 0.2}]
    out = judge(audit(one_on_one_contacts=talks), AS_OF, NormConfig(), min_confidence=0.5)
    assert out["one_on_one_min3_last12m"].verdict == "fails"


def test_safety_child_spoken_uses_most_recent_check_in_window():
    checks = [ev("s1", "2024-05-01", child_spoken=True), ev("s2", "2024-11-01", child_spoken=False)]
    v = verdicts(audit(safety_checks=checks))
    assert v["safety_check_last12m"] == "meets"
    assert v["safety_check_child_spoken"] == "fails"
    assert verdicts(audit())["safety_check_child_spoken"] == "n/a"


def test_goals_concrete():
    assert verdicts(audit(goals=[goal(0.8), goal(1.0)]))["goals_concrete"] == "meets"
    assert verdicts(audit(goals=[goal(0.8), goal(0.4)]))["goals_concrete"] == "fails"
    assert verdicts(audit(goals=[]))["goals_concrete"] == "fails"


def test_unreadable_file_turns_fails_into_na_but_keeps_evidenced_meets():
    errors = [{"file": "plan.pdf", "message": "kapot"}]
    v = verdicts(audit(errors=errors, safety_checks=[ev("s1", "2024-05-01", child_spoken=True)]))
    assert v["one_on_one_min3_last12m"] == "n/a"
    assert v["safety_check_last12m"] == "meets"
    assert v["matching_rationale_documented"] == "n/a"
    assert v["goals_concrete"] == "n/a"
    # a vague goal that was read proves the norm fails, unreadable file or not
    assert verdicts(audit(errors=errors, goals=[goal(0.2)]))["goals_concrete"] == "fails"


def test_explanations_are_dutch_and_cite_findings():
    out = judge(audit(behavioural_scientist_advice=[ev("a1", "2024-06-01")]), AS_OF, NormConfig())
    assert out["behavioural_scientist_advice_documented"].findings == ["a1"]
    assert "gedragswetenschapper" in out["behavioural_scientist_advice_documented"].explanation
