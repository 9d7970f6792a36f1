"""The reviewed audit: decisions applied, norms judged again, the output contract kept."""
from __future__ import annotations

import argparse
import copy
import csv
import datetime as dt
import json
from pathlib import Path

from audit.config import load_config
from audit.norms import judge
from audit.report import validate
from audit.review import AnnotationLog, AnnotationRecord
from audit.cli.review import add_parser as add_parsers
from audit.review.export import apply_annotations
from tests.v2_fields import empty_v2

SHA = {"journaal.txt": "a" * 64, "plan.docx": "b" * 64}


def ev(start: int, file: str = "journaal.txt") -> list[dict]:
    return [{"file": file, "page": None, "start": start, "end": start + 20, "sentence": f"zin {start}"}]


def finding(fid: str, kind: str, date: str, start: int, confidence: float = 0.9, **extra) -> dict:
    return {"finding_id": fid, "kind": kind, "date": date, "date_precision": "day", "evidence": ev(start),
            "confidence": confidence, "detector": "rules", "file": "journaal.txt", "quote": f"zin {start}", **extra}


def goal(text: str, start: int, **crit: bool) -> dict:
    values = {k: crit.get(k, False) for k in ("specific", "measurable", "time_bound", "actor", "development_oriented")}
    return {"text": text, "file": "plan.docx", **values, "concreteness": round(sum(values.values()) / 5, 2),
            "hint": "Maak meetbaar.", "evidence": ev(start, "plan.docx")}


def minimal_audit() -> dict:
    audit = {
        **empty_v2(),
        "schema_version": 2, "dossier_id": "D1", "reference_date": "2025-06-01",
        "placement": {"type": "bestand", "start": "2023-01-01"},
        "one_on_one_contacts": [
            finding("o1", "one_on_one_contact", "2024-09-01", 100),
            finding("o2", "one_on_one_contact", "2025-01-10", 200, 0.8),
            finding("o3", "one_on_one_contact", "2025-03-05", 300, 0.4),  # under min_confidence
        ],
        "safety_checks": [finding("s1", "safety_check", "2025-02-01", 400, child_spoken=False, copied_from=None)],
        "matching_rationale": {"finding_id": "m1", "documented": False, "file": None, "quote": None, "evidence": [],
                               "confidence": 0.5, "detector": "rules"},
        "behavioural_scientist_advice": [finding("a1", "behavioural_scientist_advice", "2025-04-01", 500)],
        "goals": [goal("Doel een", 10, specific=True, time_bound=True, actor=True, development_oriented=True),
                  goal("Doel twee", 50, specific=True, actor=True)],
        "goal_changes": None, "errors": [],
        "provenance": {"tool_version": "0.1.0", "pipeline": {"name": "embedded", "version": "1"},
                       "files": [{"file": f, "sha256": s, "reader": "text/utf-8", "read": True} for f, s in SHA.items()],
                       "config": {}, "rules": {"rules_dir": None, "overridden": [], "sha256": {}},
                       "models": {"sentence_classifier": {"file": "sentence_classifier.skops", "sha256": "d" * 64,
                                                          "loaded": False, "warning": "geen model; alleen regels"}}},
    }
    cfg = load_config()
    verdicts = judge(audit, dt.date(2025, 6, 1), cfg.norms, cfg.detect.min_confidence)
    audit["norms"] = {k: v.verdict for k, v in verdicts.items()}
    audit["norm_details"] = {k: v.to_json() for k, v in verdicts.items()}
    validate(audit)
    return audit


def decide(log: AnnotationLog, audit: dict) -> None:
    item = lambda kind, fid, decision, who="anna", **kw: log.append(  # noqa: E731
        AnnotationRecord.for_item(audit, kind, fid, decision, who, **kw))
    item("one_on_one_contact", "o1", "confirm")
    item("one_on_one_contact", "o2", "reject", note="was met pleegmoeder erbij")
    item("one_on_one_contact", "o3", "confirm", "bert")
    item("safety_check", "s1", "correct", correction={"child_spoken": True})
    item("safety_check", "s1", "confirm")  # a later confirm by the same reviewer keeps the correction
    item("goal", "g2", "goal_criteria", correction={"measurable": True, "time_bound": True})
    item("norm", "matching_rationale_documented", "override", correction={"verdict": "meets"},
         reason="Matchingsverslag zit in het papieren dossier.")
    item("behavioural_scientist_advice", "a1", "reject")
    item("behavioural_scientist_advice", "a1", "confirm")  # a later confirm undoes the reject
    # (the same sequences by two reviewers are open disagreements: test_disagreement_is_disputed_and_warned_about)
    log.append(AnnotationRecord.for_added(audit, "one_on_one_contact", ev(700), {"date": "2025-05-01"}, "anna",
                                          finding_id="r-added1"))
    log.append(AnnotationRecord.for_added(audit, "one_on_one_contact", ev(800), {"date": "2025-05-02"}, "anna",
                                          finding_id="r-withdrawn"))
    log.append(AnnotationRecord("D1", "r-withdrawn", "one_on_one_contact",
                                log.current("D1", "r-withdrawn").input_hash, "reject", "anna"))
    log.append(AnnotationRecord("D1", "o9", "one_on_one_contact", "0" * 64, "confirm", "anna"))  # stale


def test_before_review_norms_fail() -> None:
    audit = minimal_audit()
    assert audit["norms"]["one_on_one_min3_last12m"] == "fails"  # o3 under min confidence
    assert audit["norms"]["safety_check_child_spoken"] == "fails"
    assert audit["norms"]["goals_concrete"] == "fails"


def test_export_applies_every_decision(tmp_path: Path) -> None:
    audit = minimal_audit()
    original = copy.deepcopy(audit)
    log = AnnotationLog(tmp_path)
    decide(log, audit)
    out = apply_annotations(audit, log.replay())
    validate(out)
    assert audit == original  # input untouched
    assert out["reviewed"] is False and out["review_status"] == "gedeeltelijk beoordeeld"  # g1, m1, norms open

    contacts = {f["finding_id"]: f for f in out["one_on_one_contacts"]}
    assert sorted(contacts) == ["o1", "o3", "r-added1"]
    assert contacts["o1"]["decision"] == "confirm" and contacts["o1"]["reviewed_by"] == ["anna"]
    assert contacts["o3"]["confidence"] == 1.0 and contacts["o3"]["model_confidence"] == 0.4
    added = contacts["r-added1"]
    assert added["detector"] == "reviewer" and added["date"] == "2025-05-01" and added["date_precision"] == "day"
    assert added["decision"] == "add"

    s1 = out["safety_checks"][0]
    assert s1["child_spoken"] is True and s1["decision"] == "correct" and s1["reviewed_by"] == ["anna"]
    assert out["behavioural_scientist_advice"][0]["decision"] == "confirm"

    g1, g2 = out["goals"]
    assert "decision" not in g1 and g1["hint"] == "Maak meetbaar."
    assert g2["measurable"] and g2["time_bound"] and g2["concreteness"] == 0.8
    assert g2["decision"] == "goal_criteria" and "hint" not in g2

    assert out["norms"] == {
        "one_on_one_min3_last12m": "meets",  # o1, o3 (confirmed), added: 3 dates
        "safety_check_last12m": "meets",
        "safety_check_child_spoken": "meets",  # corrected
        "matching_rationale_documented": "meets",  # override
        "behavioural_scientist_advice_documented": "meets",
        "goals_concrete": "meets",  # g2 toggled to 0.8
        # schema version 2: nothing found, no household named, no change recorded
        "home_visit_last12m": "fails", "support_figure_documented": "fails", "care_team_formed": "fails",
        "vgb_complete": "n/a", "rescreening_after_change": "n/a", "sexual_development_addressed_last12m": "fails",
        "goals_evaluated_last12m": "fails",
    }
    detail = out["norm_details"]["matching_rationale_documented"]
    assert detail["tool_verdict"] == "fails" and detail["overridden_by"] == "anna"
    assert "papieren dossier" in detail["reason"] and detail["decision"] == "override"

    review = out["review"]
    assert [r["finding_id"] for r in review["rejected"]] == ["o2"]
    assert review["rejected"][0]["notes"] == ["was met pleegmoeder erbij"]
    assert [s["finding_id"] for s in review["stale"]] == ["o9"]
    # unreviewed: g1, m1, and the schema-version-2 facts sf1 and v1
    assert review["counts"] == {"confirmed": 3, "rejected": 1, "corrected": 2, "added": 1, "overridden": 1,
                                "disputed": 0, "unreviewed": 4, "stale_decisions": 1}
    assert review["disputed"] == [] and review["rejected"][0]["review_status"] == "beoordeeld"
    assert review["reviewers"] == ["anna", "bert"]


def test_decisions_follow_findings_across_renumbering(tmp_path: Path) -> None:
    audit = minimal_audit()
    log = AnnotationLog(tmp_path)
    decide(log, audit)
    rerun = copy.deepcopy(audit)
    for i, f in enumerate(reversed(rerun["one_on_one_contacts"]), 1):
        f["finding_id"] = f"o{i}"  # the re-run numbered them the other way round
    out = apply_annotations(rerun, log.replay())
    assert [r["finding"]["date"] for r in out["review"]["rejected"]] == ["2025-01-10"]


def test_changed_file_makes_decisions_stale(tmp_path: Path) -> None:
    audit = minimal_audit()
    log = AnnotationLog(tmp_path)
    decide(log, audit)
    changed = copy.deepcopy(audit)
    changed["provenance"]["files"][0]["sha256"] = "c" * 64  # journaal.txt edited since the review
    out = apply_annotations(changed, log.replay())
    validate(out)
    assert len(out["one_on_one_contacts"]) == 3 and all("decision" not in f for f in out["one_on_one_contacts"])
    assert out["review"]["counts"]["added"] == 0
    assert {s["finding_id"] for s in out["review"]["stale"]} >= {"o1", "o2", "o3", "r-added1", "s1"}


def test_goal_reject_and_matching_correct(tmp_path: Path) -> None:
    audit = minimal_audit()
    log = AnnotationLog(tmp_path)
    log.append(AnnotationRecord.for_item(audit, "goal", "g2", "reject", "anna"))
    log.append(AnnotationRecord.for_item(audit, "matching_rationale", "m1", "correct", "anna",
                                         correction={"documented": True, "evidence": ev(900)}))
    log.append(AnnotationRecord.for_added(audit, "goal", ev(70, "plan.docx"),
                                          {"text": "Kind zit vóór 1 juli op zwemles", "specific": True,
                                           "measurable": True, "time_bound": True, "actor": True}, "anna"))
    out = apply_annotations(audit, log.replay())
    validate(out)
    assert [g["text"] for g in out["goals"]] == ["Doel een", "Kind zit vóór 1 juli op zwemles"]
    assert out["goals"][1]["concreteness"] == 0.8 and out["goals"][1]["detector"] == "reviewer"
    assert out["matching_rationale"]["documented"] is True and out["matching_rationale"]["quote"] == "zin 900"
    assert out["norms"]["matching_rationale_documented"] == "meets"
    assert out["norms"]["goals_concrete"] == "meets"


def test_cli_export_writes_json_and_csv(tmp_path: Path, capsys) -> None:
    audit = minimal_audit()
    outdir, ann, to = tmp_path / "out", tmp_path / "ann", tmp_path / "export"
    outdir.mkdir()
    (outdir / "D1.json").write_text(json.dumps(audit), "utf-8")
    (outdir / "other.json").write_text("[]", "utf-8")  # not an audit: ignored
    decide(AnnotationLog(ann), audit)
    parser = argparse.ArgumentParser()
    add_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["export", str(outdir), "--annotations", str(ann), "--to", str(to)])
    assert args.handler(args) == 0
    reviewed = json.loads((to / "D1.json").read_text("utf-8"))
    validate(reviewed)
    assert reviewed["reviewed"] is False and reviewed["review_status"] == "gedeeltelijk beoordeeld"
    rows = list(csv.DictReader((to / "review_summary.csv").open(encoding="utf-8")))
    assert len(rows) == 1 and rows[0]["dossier_id"] == "D1"
    assert rows[0]["goals_concrete"] == "meets" and rows[0]["rejected"] == "1" and rows[0]["added"] == "1"
    assert rows[0]["review_status"] == "gedeeltelijk beoordeeld" and rows[0]["disputed"] == "0"
    err = capsys.readouterr().err
    assert "1 audit(s) geëxporteerd" in err and "waarvan 0 volledig beoordeeld" in err


# --------------------------------------------------------------------------- review status: never overstate the review


def _run_export(tmp_path: Path, audit: dict, ann: Path, capsys) -> tuple[dict, str]:
    outdir, to = tmp_path / "out", tmp_path / "export"
    outdir.mkdir(exist_ok=True)
    ann.mkdir(exist_ok=True)
    (outdir / "D1.json").write_text(json.dumps(audit), "utf-8")
    parser = argparse.ArgumentParser()
    add_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["export", str(outdir), "--annotations", str(ann), "--to", str(to)])
    capsys.readouterr()
    assert args.handler(args) == 0
    reviewed = json.loads((to / "D1.json").read_text("utf-8"))
    validate(reviewed)
    return reviewed, capsys.readouterr().err


def _statuses(out: dict) -> dict[str, str]:
    """kind:finding_id -> review_status of every finding and norm in a reviewed audit."""
    got = {f"{f['kind']}:{f['finding_id']}": f.get("review_status")
           for s in ("one_on_one_contacts", "safety_checks", "behavioural_scientist_advice") for f in out[s]}
    got |= {f"goal:{g.get('finding_id') or f'g{i + 1}'}": g.get("review_status") for i, g in enumerate(out["goals"])}
    got["matching_rationale:m1"] = out["matching_rationale"].get("review_status")
    got |= {f"norm:{n}": d.get("review_status") for n, d in out["norm_details"].items()}
    return got


def test_export_without_decisions_is_not_reviewed(tmp_path: Path, capsys) -> None:
    audit = minimal_audit()
    out, err = _run_export(tmp_path, audit, tmp_path / "ann", capsys)
    assert out["reviewed"] is False
    assert out["review_status"] == "niet beoordeeld"
    statuses = _statuses(out)
    assert len(statuses) == 21 and set(statuses.values()) == {"niet beoordeeld"}  # 8 items + 13 norms
    assert "niet beoordeeld" in err


def test_export_partly_reviewed(tmp_path: Path) -> None:
    audit = minimal_audit()
    log = AnnotationLog(tmp_path)
    log.append(AnnotationRecord.for_item(audit, "one_on_one_contact", "o1", "confirm", "anna"))
    out = apply_annotations(audit, log.replay())
    assert (out["reviewed"], out["review_status"]) == (False, "gedeeltelijk beoordeeld")
    assert _statuses(out)["one_on_one_contact:o1"] == "beoordeeld"
    assert _statuses(out)["one_on_one_contact:o2"] == "niet beoordeeld"


def _confirm_everything(log: AnnotationLog, audit: dict, who: str = "anna") -> None:
    from audit.review.identity import iter_reviewable

    for kind, fid, _, _ in iter_reviewable(audit):
        correction = {"verdict": audit["norms"][fid]} if kind == "norm" else {}
        log.append(AnnotationRecord.for_item(audit, kind, fid, "confirm", who, correction=correction))


def test_export_fully_reviewed_only_without_open_disagreement(tmp_path: Path) -> None:
    audit = minimal_audit()
    log = AnnotationLog(tmp_path)
    _confirm_everything(log, audit)
    out = apply_annotations(audit, log.replay())
    assert (out["reviewed"], out["review_status"]) == (True, "beoordeeld")
    assert set(_statuses(out).values()) == {"beoordeeld"}

    log.append(AnnotationRecord.for_item(audit, "one_on_one_contact", "o2", "reject", "bert"))
    out = apply_annotations(audit, log.replay())
    assert (out["reviewed"], out["review_status"]) == (False, "betwist")
    log.append(AnnotationRecord.for_item(audit, "one_on_one_contact", "o2", "confirm", "bert"))  # bert agrees now
    out = apply_annotations(audit, log.replay())
    assert (out["reviewed"], out["review_status"]) == (True, "beoordeeld")


def test_disagreement_is_disputed_and_warned_about(tmp_path: Path, capsys) -> None:
    """Reviewer A rejected, reviewer B confirmed: the export must not keep the finding as confirmed."""
    from audit.review.agreement import compute_agreement

    audit = minimal_audit()
    ann = tmp_path / "ann"
    log = AnnotationLog(ann)
    _confirm_everything(log, audit, "bert")
    log.append(AnnotationRecord.for_item(audit, "one_on_one_contact", "o2", "reject", "anna"))
    assert [d.finding_id for d in compute_agreement(log.replay()).disagreements] == ["o2"]
    out, err = _run_export(tmp_path, audit, ann, capsys)
    assert out["reviewed"] is False and out["review_status"] == "betwist"
    o2 = next(f for f in out["one_on_one_contacts"] if f["finding_id"] == "o2")
    assert o2["review_status"] == "betwist" and o2.get("decision") != "confirm"
    assert o2["confidence"] == 0.8  # the tool's finding, not one a reviewer stood behind
    assert [r["finding_id"] for r in out["review"]["rejected"]] == []
    (d,) = out["review"]["disputed"]
    assert (d["kind"], d["finding_id"]) == ("one_on_one_contact", "o2")
    assert d["decisions"] == {"anna": "reject", "bert": "confirm"}
    assert out["review"]["counts"]["disputed"] == 1
    assert "D1" in err and "betwist" in err
    assert "zin 200" not in err  # no dossier text on the terminal
