"""The seven further norms (schema version 2) on hand-made audits: thresholds, windows, n/a."""
import datetime as dt

from audit.config import NormConfig
from audit.norms import judge
from audit.norms.further import pair_rescreening
from tests.v2_fields import empty_v2

AS_OF = dt.date(2025, 3, 1)


def ev(fid, date, conf=0.9, **kw):
    return {"finding_id": fid, "date": date, "confidence": conf, "file": "j.txt", "quote": "zin", **kw}


def audit(**kw):
    base = {"one_on_one_contacts": [], "safety_checks": [], "behavioural_scientist_advice": [],
            "matching_rationale": {"documented": False}, "goals": [], "errors": [],
            "placement": {"type": "bestand", "start": "2023-01-01"}, **empty_v2()}
    base.update(kw)
    return base


def verdicts(a, cfg=NormConfig(), min_conf=0.5):
    return {k: v.verdict for k, v in judge(a, AS_OF, cfg, min_conf).items()}


def test_home_visit_threshold_window_and_confidence():
    a = audit(home_visits=[ev("h1", "2024-02-01"), ev("h2", "2024-06-01", conf=0.3)])
    assert verdicts(a)["home_visit_last12m"] == "fails"  # one outside the window, one below min_confidence
    a["home_visits"].append(ev("h3", "2025-01-10"))
    assert verdicts(a)["home_visit_last12m"] == "meets"
    assert verdicts(a, NormConfig(home_visit_min=2))["home_visit_last12m"] == "fails"


def test_a_visit_before_the_placement_began_is_no_home_visit_of_it():
    """A screening visit at the prospective family's home, a month before the child came (issue 9)."""
    a = audit(home_visits=[ev("h1", "2024-08-05")], placement={"type": "netwerk", "start": "2024-09-01"})
    assert verdicts(a)["home_visit_last12m"] == "fails"
    a["home_visits"].append(ev("h2", "2024-10-01"))
    assert verdicts(a)["home_visit_last12m"] == "meets"


def test_care_team_counts_since_placement_not_before_or_after_peildatum():
    a = audit(care_team_meetings=[ev("t1", "2022-11-01"), ev("t2", "2025-04-01")])
    assert verdicts(a)["care_team_formed"] == "fails"
    a["care_team_meetings"].append(ev("t3", "2023-02-01"))  # long ago, but since the placement: formed
    assert verdicts(a)["care_team_formed"] == "meets"


def test_sexual_development_age_limit_is_configurable():
    a = audit(child={"birth_date": "2021-06-01"})  # 3 on the peildatum
    assert verdicts(a)["sexual_development_addressed_last12m"] == "n/a"
    assert verdicts(a, NormConfig(sexual_development_min_age=3))["sexual_development_addressed_last12m"] == "fails"
    a = audit(child={"birth_date": "2012-06-01"}, sexual_development=[ev("x1", "2024-12-01")])
    assert verdicts(a)["sexual_development_addressed_last12m"] == "meets"


def test_vgb_and_support_figure_verdicts():
    a = audit()
    assert verdicts(a)["vgb_complete"] == "n/a"  # no household named
    a["vgb"].update(complete=False, missing=["Tim (19)"], evidence=[{"file": "p.txt"}])
    v = judge(a, AS_OF, NormConfig())["vgb_complete"]
    assert v.verdict == "fails" and "Tim (19)" in v.explanation
    a["support_figure"].update(documented=True)
    assert verdicts(a)["support_figure_documented"] == "meets"


def test_unreadable_file_turns_a_further_fails_into_na():
    a = audit(errors=[{"file": "kapot.pdf", "message": "x"}])
    v = verdicts(a)
    assert v["home_visit_last12m"] == v["support_figure_documented"] == v["goals_evaluated_last12m"] == "n/a"


def test_rescreening_pairs_the_first_change_after_the_last_screening():
    changes = [ev("c1", "2023-03-01"), ev("c2", "2024-05-01")]
    assert pair_rescreening(changes, [ev("r1", "2023-04-01")], "2023-01-01")[1] is None  # c2 came after r1
    change, done = pair_rescreening(changes, [ev("r1", "2024-06-01")], "2023-01-01")
    assert (change["finding_id"], done["finding_id"]) == ("c1", "r1")
    before = pair_rescreening([ev("c0", "2022-05-01")], [], "2023-01-01")  # before the placement: not judged
    assert before == (None, None)
    a = audit(rescreening={"change": None, "rescreened": None, "changes": changes, "rescreenings": []})
    assert verdicts(a)["rescreening_after_change"] == "fails"
    a["rescreening"]["changes"] = []
    assert verdicts(a)["rescreening_after_change"] == "n/a"


def test_an_audit_of_schema_one_gets_the_further_norms_as_na():
    old = {k: v for k, v in audit().items() if k not in empty_v2()}
    v = judge(old, AS_OF, NormConfig())
    assert all(v[n].verdict == "n/a" and "eerdere versie" in v[n].explanation
               for n in ("home_visit_last12m", "vgb_complete", "goals_evaluated_last12m"))
