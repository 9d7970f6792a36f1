"""Decisions on the findings of schema version 2 change the reviewed audit and the norms judged on it."""
from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from audit.config import load_config
from audit.norms import judge
from audit.report import validate
from audit.review import AnnotationLog, AnnotationRecord
from audit.review.export import apply_annotations
from audit.review.identity import canonical_json, iter_reviewable, sha256_text
from audit.review.items import KIND_ORDER, audit_items
from audit.review.log import log_name
from audit.review.order import outside_window
from audit.review.record import InvalidRecord
from audit.review.ui_records import CorrectionError, added_record, correction_records, fact_record
from tests.review.test_export import ev, finding, minimal_audit


def _judged(audit: dict) -> dict:
    """The audit with its norms judged as the tool does (so the test starts from the tool's verdicts)."""
    cfg = load_config()
    verdicts = judge(audit, dt.date.fromisoformat(audit["reference_date"]), cfg.norms, cfg.detect.min_confidence)
    audit["norms"] = {k: v.verdict for k, v in verdicts.items()}
    audit["norm_details"] = {k: v.to_json() for k, v in verdicts.items()}
    validate(audit)
    return audit


def v2_audit() -> dict:
    """One finding of every new kind, in the window of the peildatum 2025-06-01."""
    audit = minimal_audit()
    audit["home_visits"] = [finding("h1", "home_visit", "2025-03-01", 1000, unannounced=False)]
    audit["care_team_meetings"] = [finding("t1", "care_team_meeting", "2023-05-01", 1100)]  # old, still counts
    audit["sexual_development"] = [finding("x1", "sexual_development", "2025-02-01", 1200)]
    audit["goal_evaluations"] = [finding("e1", "goal_evaluation", "2024-11-01", 1300)]
    audit["rescreening"] = {"change": None, "rescreened": None,
                            "changes": [finding("c1", "household_change", "2024-06-01", 1400)], "rescreenings": []}
    audit["rescreening"]["change"] = {k: audit["rescreening"]["changes"][0][k] for k in ("finding_id", "date", "file",
                                                                                         "quote")}
    audit["child"] = {"birth_date": "2013-04-02"}
    audit["vgb"].update({"complete": True, "adults": ["pleegmoeder", "pleegvader"], "evidence": ev(1500),
                         "file": "journaal.txt", "quote": "zin 1500"})
    return _judged(audit)


def _log(tmp_path: Path, audit: dict, *decisions: tuple) -> AnnotationLog:
    log = AnnotationLog(tmp_path)
    for kind, fid, decision, kw in decisions:
        log.append(AnnotationRecord.for_item(audit, kind, fid, decision, "anna", **kw))
    return log


def _export(audit: dict, log: AnnotationLog) -> dict:
    out = apply_annotations(audit, log.replay())
    validate(out)
    return out


def test_the_tool_meets_every_new_norm_it_can() -> None:
    audit = v2_audit()
    assert {n: audit["norms"][n] for n in ("home_visit_last12m", "care_team_formed", "vgb_complete",
                                           "rescreening_after_change", "sexual_development_addressed_last12m",
                                           "goals_evaluated_last12m", "support_figure_documented")} == {
        "home_visit_last12m": "meets", "care_team_formed": "meets", "vgb_complete": "meets",
        "rescreening_after_change": "fails", "sexual_development_addressed_last12m": "meets",
        "goals_evaluated_last12m": "meets", "support_figure_documented": "fails"}


def test_every_new_kind_is_reviewable_in_kind_order() -> None:
    kinds = [it.kind for it in audit_items(v2_audit())]
    assert {"home_visit", "care_team_meeting", "sexual_development", "goal_evaluation", "household_change",
            "support_figure", "vgb"} <= set(kinds)
    assert kinds == sorted(kinds, key=KIND_ORDER.index)
    assert sum(k == "norm" for k in kinds) == 13


def test_rejecting_the_only_home_visit_fails_the_norm(tmp_path: Path) -> None:
    audit = v2_audit()
    out = _export(audit, _log(tmp_path, audit, ("home_visit", "h1", "reject", {"note": "bezoek ging niet door"})))
    assert out["home_visits"] == []
    assert out["norms"]["home_visit_last12m"] == "fails"
    assert [(r["kind"], r["finding_id"]) for r in out["review"]["rejected"]] == [("home_visit", "h1")]
    assert out["norms"]["one_on_one_min3_last12m"] == audit["norms"]["one_on_one_min3_last12m"]  # others untouched


def test_confirming_a_doubtful_home_visit_meets_the_norm(tmp_path: Path) -> None:
    audit = copy.deepcopy(v2_audit())
    audit["home_visits"][0]["confidence"] = 0.3  # under min_confidence: the tool does not count it
    audit = _judged(audit)
    assert audit["norms"]["home_visit_last12m"] == "fails"
    out = _export(audit, _log(tmp_path, audit, ("home_visit", "h1", "confirm", {})))
    assert out["norms"]["home_visit_last12m"] == "meets"
    h1 = out["home_visits"][0]
    assert h1["confidence"] == 1.0 and h1["model_confidence"] == 0.3 and h1["decision"] == "confirm"


def test_correcting_a_home_visit_date_and_unannounced(tmp_path: Path) -> None:
    audit = v2_audit()
    out = _export(audit, _log(tmp_path, audit, ("home_visit", "h1", "correct",
                                                {"correction": {"date": "2024-03", "unannounced": True}})))
    h1 = out["home_visits"][0]
    assert (h1["date"], h1["date_precision"], h1["unannounced"]) == ("2024-03", "month", True)
    assert out["norms"]["home_visit_last12m"] == "fails"  # moved out of the window


def test_adding_a_home_visit_the_tool_missed(tmp_path: Path) -> None:
    audit = v2_audit()
    log = _log(tmp_path, audit, ("home_visit", "h1", "reject", {}))
    log.append(added_record(audit, "home_visit", ev(1600)[0], "anna", date_text="14-04-2025", unannounced="ja"))
    out = _export(audit, log)
    [added] = out["home_visits"]
    assert (added["date"], added["unannounced"], added["detector"], added["kind"]) == ("2025-04-14", True,
                                                                                         "reviewer", "home_visit")
    assert out["norms"]["home_visit_last12m"] == "meets" and out["review"]["counts"]["added"] == 1


def test_rescreening_added_after_the_change_meets_and_is_paired(tmp_path: Path) -> None:
    audit = v2_audit()
    log = AnnotationLog(tmp_path)
    log.append(added_record(audit, "rescreening", ev(1700)[0], "anna", date_text="2024-07-10"))
    out = _export(audit, log)
    [r1] = out["rescreening"]["rescreenings"]
    assert r1["kind"] == "rescreening" and r1["date"] == "2024-07-10"
    assert out["rescreening"]["change"]["finding_id"] == "c1"
    assert out["rescreening"]["rescreened"]["finding_id"] == r1["finding_id"]
    assert out["norms"]["rescreening_after_change"] == "meets"


def test_rejecting_the_household_change_makes_rescreening_not_applicable(tmp_path: Path) -> None:
    audit = v2_audit()
    out = _export(audit, _log(tmp_path, audit, ("household_change", "c1", "reject", {})))
    assert out["rescreening"]["changes"] == [] and out["rescreening"]["change"] is None
    assert out["norms"]["rescreening_after_change"] == "n/a"


def test_correcting_a_household_change_to_before_the_placement(tmp_path: Path) -> None:
    audit = v2_audit()
    out = _export(audit, _log(tmp_path, audit, ("household_change", "c1", "correct",
                                                {"correction": {"date": "2022-12-01"}})))
    assert out["rescreening"]["changes"][0]["date"] == "2022-12-01"
    assert out["rescreening"]["change"] is None and out["norms"]["rescreening_after_change"] == "n/a"


@pytest.mark.parametrize("kind,fid,section,norm", [
    ("care_team_meeting", "t1", "care_team_meetings", "care_team_formed"),
    ("sexual_development", "x1", "sexual_development", "sexual_development_addressed_last12m"),
    ("goal_evaluation", "e1", "goal_evaluations", "goals_evaluated_last12m"),
])
def test_reject_and_confirm_the_other_events(tmp_path: Path, kind: str, fid: str, section: str, norm: str) -> None:
    audit = v2_audit()
    out = _export(audit, _log(tmp_path / "r", audit, (kind, fid, "reject", {})))
    assert out[section] == [] and out["norms"][norm] == "fails"
    out = _export(audit, _log(tmp_path / "c", audit, (kind, fid, "confirm", {})))
    assert out[section][0]["decision"] == "confirm" and out["norms"][norm] == "meets"


def test_an_old_zorgteam_meeting_is_not_outside_the_window() -> None:
    audit = v2_audit()
    items = {it.key: it for it in audit_items(audit)}
    assert not outside_window(audit, items["care_team_meeting:t1"])  # counts since the placement began
    assert not outside_window(audit, items["household_change:c1"])


def test_support_figure_correct_and_reject(tmp_path: Path) -> None:
    audit = v2_audit()
    [item] = [it for it in audit_items(audit) if it.kind == "support_figure"]
    log = AnnotationLog(tmp_path / "yes")
    log.append(fact_record(audit, item, "anna", value=True))
    out = _export(audit, log)
    assert out["support_figure"]["documented"] is True and out["support_figure"]["decision"] == "correct"
    assert out["norms"]["support_figure_documented"] == "meets"

    documented = copy.deepcopy(audit)
    documented["support_figure"].update(documented=True, evidence=ev(1800), file="journaal.txt", quote="zin 1800")
    documented = _judged(documented)
    assert documented["norms"]["support_figure_documented"] == "meets"
    out = _export(documented, _log(tmp_path / "no", documented, ("support_figure", "sf1", "reject", {})))
    assert out["support_figure"]["documented"] is False and out["support_figure"]["evidence"] == []
    assert out["norms"]["support_figure_documented"] == "fails"


def test_vgb_correction_names_who_has_none(tmp_path: Path) -> None:
    audit = v2_audit()
    [item] = [it for it in audit_items(audit) if it.kind == "vgb"]
    log = AnnotationLog(tmp_path)
    log.append(fact_record(audit, item, "anna", value=False, missing_text="Jelmer (19)\nKasper Prins, Jelmer (19)"))
    out = _export(audit, log)
    assert out["vgb"]["complete"] is False and out["vgb"]["missing"] == ["Jelmer (19)", "Kasper Prins"]
    assert out["norms"]["vgb_complete"] == "fails"
    assert "Jelmer (19)" in out["norm_details"]["vgb_complete"]["explanation"]


def test_vgb_corrected_to_complete_meets(tmp_path: Path) -> None:
    audit = copy.deepcopy(v2_audit())
    audit["vgb"].update(complete=False, missing=["Jelmer"])
    audit = _judged(audit)
    assert audit["norms"]["vgb_complete"] == "fails"
    [item] = [it for it in audit_items(audit) if it.kind == "vgb"]
    log = AnnotationLog(tmp_path)
    log.append(fact_record(audit, item, "anna", value=True))
    out = _export(audit, log)
    assert out["vgb"]["complete"] is True and out["vgb"]["missing"] == []
    assert out["norms"]["vgb_complete"] == "meets"


def test_vgb_cannot_be_rejected_and_needs_names() -> None:
    audit = v2_audit()
    with pytest.raises(InvalidRecord):
        AnnotationRecord.from_json(_signed(AnnotationRecord.for_item(audit, "vgb", "v1", "reject", "anna").payload()))
    [item] = [it for it in audit_items(audit) if it.kind == "vgb"]
    with pytest.raises(CorrectionError, match="geen VGB"):
        fact_record(audit, item, "anna", value=False, missing_text="  ")
    bad = AnnotationRecord.for_item(audit, "vgb", "v1", "correct", "anna", correction={"missing": "Jelmer"})
    assert any("missing" in e for e in bad.validate())


def test_event_fields_are_checked_per_kind() -> None:
    audit = v2_audit()
    ok = AnnotationRecord.for_item(audit, "home_visit", "h1", "correct", "anna", correction={"unannounced": True})
    assert ok.validate() == []
    assert AnnotationRecord.for_item(audit, "home_visit", "h1", "correct", "anna",
                                     correction={"unannounced": "ja"}).validate()
    assert AnnotationRecord.for_item(audit, "care_team_meeting", "t1", "correct", "anna",
                                     correction={"unannounced": True}).validate()


def test_ui_correction_of_a_home_visit_and_a_change_of_kind() -> None:
    audit = v2_audit()
    items = {it.key: it for it in audit_items(audit)}
    [r] = correction_records(audit, items["home_visit:h1"], "anna", date_text="2025-03-01", kind="home_visit",
                             unannounced="ja")
    assert r.decision == "correct" and r.correction == {"unannounced": True}
    reject, add = correction_records(audit, items["sexual_development:x1"], "anna", date_text="2025-02-01",
                                     kind="goal_evaluation")
    assert (reject.decision, add.decision, add.finding_kind) == ("reject", "add", "goal_evaluation")
    with pytest.raises(CorrectionError, match="niets gewijzigd"):
        correction_records(audit, items["home_visit:h1"], "anna", date_text="2025-03-01", kind="home_visit",
                           unannounced="nee")


def test_new_norms_can_be_overridden(tmp_path: Path) -> None:
    audit = v2_audit()
    out = _export(audit, _log(tmp_path, audit, ("norm", "support_figure_documented", "override",
                                                {"correction": {"verdict": "meets"}, "reason": "Staat in het HVP."})))
    assert out["norms"]["support_figure_documented"] == "meets"
    assert out["norm_details"]["support_figure_documented"]["tool_verdict"] == "fails"


def test_an_older_audit_gets_no_new_fields(tmp_path: Path) -> None:
    audit = minimal_audit()
    for name in ("home_visits", "care_team_meetings", "sexual_development", "goal_evaluations", "rescreening",
                 "support_figure", "vgb", "child"):
        del audit[name]
    audit["schema_version"] = 1
    log = AnnotationLog(tmp_path)
    log.append(AnnotationRecord.for_added(audit, "home_visit", ev(1900), {"date": "2025-04-01"}, "anna"))
    out = apply_annotations(audit, log.replay())
    assert "home_visits" not in out and "rescreening" not in out
    assert out["norms"]["home_visit_last12m"] == "n/a"
    assert [s["kind"] for s in out["review"]["stale"]] == ["home_visit"]
    with pytest.raises(CorrectionError):
        added_record(audit, "home_visit", ev(1900)[0], "anna", date_text="2025-04-01")


def _signed(body: dict) -> dict:
    """A record's line as a writer from before this change wrote it: no ``prev``, its own checksum."""
    body = {k: v for k, v in body.items() if k != "prev"}
    return {**body, "checksum": sha256_text(canonical_json(body))}


def test_a_log_written_before_schema_version_2_still_replays(tmp_path: Path) -> None:
    audit = v2_audit()
    hashes = {(k, f): h for k, f, h, _ in iter_reviewable(audit)}
    lines = [
        {"v": 1, "dossier_id": "D1", "finding_id": "o2", "finding_kind": "one_on_one_contact",
         "input_hash": hashes[("one_on_one_contact", "o2")], "decision": "reject", "reviewer": "anna",
         "correction": {}, "note": "", "reason": "", "evidence": [], "tool_version": "0.1.0", "model_version": "",
         "timestamp": "2025-01-02T10:00:00.000+00:00", "record_id": "a" * 32},
        {"v": 1, "dossier_id": "D1", "finding_id": "m1", "finding_kind": "matching_rationale",
         "input_hash": hashes[("matching_rationale", "m1")], "decision": "correct", "reviewer": "anna",
         "correction": {"documented": True}, "note": "", "reason": "", "evidence": [], "tool_version": "0.1.0",
         "model_version": "", "timestamp": "2025-01-02T10:01:00.000+00:00", "record_id": "b" * 32},
    ]
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / log_name("D1")).write_text("".join(canonical_json(_signed(x)) + "\n" for x in lines), "utf-8")
    state = AnnotationLog(tmp_path).replay()
    assert state.problems == [] and len(state.records) == 2
    out = _export(audit, AnnotationLog(tmp_path))
    assert [f["finding_id"] for f in out["one_on_one_contacts"]] == ["o1", "o3"]
    assert out["norms"]["matching_rationale_documented"] == "meets"
