"""Inter-rater agreement on a hand-made case, checked against a hand computation."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from audit.review.agreement import compute_agreement, format_table, kappa, label
from audit.review import AnnotationLog, AnnotationRecord
from audit.cli.review import add_parser as add_parsers


def rec(fid: str, decision: str, reviewer: str, kind: str = "one_on_one_contact", dossier: str = "D1", **kw):
    return AnnotationRecord(dossier, fid, kind, kw.pop("input_hash", f"{kind}-{fid}"), decision, reviewer, **kw)


A = "c c c c c r r r c c".split()
B = "c c c r c r r c c c".split()
NAMES = {"c": "confirm", "r": "reject"}


def _log(tmp_path: Path) -> AnnotationLog:
    log = AnnotationLog(tmp_path)
    for i, (a, b) in enumerate(zip(A, B), 1):
        if i == 1:
            log.append(rec(f"o{i}", "reject", "anna"))  # changed her mind: only the latest counts
        log.append(rec(f"o{i}", NAMES[a], "anna"))
        log.append(rec(f"o{i}", NAMES[b], "bert"))
    # safety checks: same decision but different corrections -> disagreement
    log.append(rec("s1", "correct", "anna", kind="safety_check", correction={"date": "2024-05-01"}))
    log.append(rec("s1", "correct", "bert", kind="safety_check", correction={"date": "2024-05-02"}))
    log.append(rec("s2", "confirm", "anna", kind="safety_check"))
    log.append(rec("s2", "confirm", "bert", kind="safety_check"))
    # norms: both confirm everything -> degenerate kappa
    for d in ("D1", "D2", "D3"):
        for who in ("anna", "bert"):
            log.append(rec("goals_concrete", "confirm", who, kind="norm", dossier=d, input_hash=f"n-{d}"))
    # an add by one reviewer has no counterpart: left out
    ev = [{"file": "a.txt", "page": None, "start": 0, "end": 5, "sentence": "zin"}]
    log.append(rec("r-1", "add", "anna", evidence=ev, correction={"date": "2024-01-01"}, input_hash="added"))
    # only one reviewer: not an item
    log.append(rec("a1", "confirm", "anna", kind="behavioural_scientist_advice"))
    return log


def test_kappa_matches_hand_computation(tmp_path: Path) -> None:
    report = compute_agreement(_log(tmp_path).replay())
    one = next(r for r in report.by_kind if r.group == "one_on_one_contact")
    # po = 8/10; A: 7c 3r, B: 7c 3r -> pe = .7*.7 + .3*.3 = .58; kappa = (.8-.58)/(1-.58) = .22/.42
    assert one.n == 10 and one.observed == pytest.approx(0.8)
    assert one.kappa == pytest.approx(0.22 / 0.42, abs=1e-4)
    assert (one.reviewer_a, one.reviewer_b) == ("anna", "bert")


def test_degenerate_all_same_reports_none(tmp_path: Path) -> None:
    report = compute_agreement(_log(tmp_path).replay())
    norm = next(r for r in report.by_kind if r.group == "norm")
    assert norm.n == 3 and norm.kappa is None and norm.observed == 1.0 and "niet gedefinieerd" in norm.note
    assert [(r.group, r.kappa) for r in report.by_norm] == [("goals_concrete", None)]
    assert kappa(["a", "a"], ["b", "b"]) == (0.0, 0.0, "")  # one label each, but different: defined, 0
    assert kappa([], [])[0] is None


def test_disagreements_listed(tmp_path: Path) -> None:
    report = compute_agreement(_log(tmp_path).replay())
    got = [(d.finding_id, d.decision_a, d.decision_b) for d in report.disagreements]
    assert got == [("o4", "confirm", "reject"), ("o8", "reject", "confirm"),
                   ("s1", 'correct:{"date":"2024-05-01"}', 'correct:{"date":"2024-05-02"}')]
    safety = next(r for r in report.by_kind if r.group == "safety_check")
    assert safety.n == 2 and safety.observed == 0.5
    assert {r.group for r in report.by_kind} == {"one_on_one_contact", "safety_check", "norm"}


def test_labels_never_carry_free_text() -> None:
    r = rec("g1", "correct", "anna", kind="goal", correction={"text": "Sanne gaat naar school", "actor": True})
    assert "Sanne" not in label(r) and '"actor":true' in label(r)
    o = rec("goals_concrete", "override", "anna", kind="norm", correction={"verdict": "fails"}, reason="r")
    assert label(o) == "override:fails"


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    add_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.handler(args)


def test_cli_prints_dutch_table_and_json(tmp_path: Path, capsys) -> None:
    _log(tmp_path)
    assert _run(["agreement", "--annotations", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Per soort bevinding" in out and "gesprek zonder pleegouders" in out and "0.52" in out
    assert "Te bespreken verschillen: 3" in out and "n.v.t.*" in out
    assert _run(["agreement", "--annotations", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["disagreements"]) == 3 and data["by_norm"][0]["kappa"] is None


def test_cli_reports_skipped_lines(tmp_path: Path, capsys) -> None:
    log = _log(tmp_path)
    with open(log.path_for("D1"), "ab") as fh:
        fh.write(b'{"torn')
    assert _run(["agreement", "--annotations", str(tmp_path)]) == 1
    assert "overgeslagen" in capsys.readouterr().out
    assert "Geen bevindingen" in format_table(compute_agreement(AnnotationLog(tmp_path / "leeg").replay()))
