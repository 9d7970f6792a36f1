"""A fake audit in the output contract, so report tests run without the NLP pipeline."""
from __future__ import annotations

import copy
from typing import Any

import pytest
from tests.v2_fields import empty_v2

ATTACK = "<script>alert(1)</script>"


def _ev(sentence: str, file: str = "journaal.txt", page: int | None = None) -> dict[str, Any]:
    return {"file": file, "page": page, "start": 0, "end": len(sentence), "sentence": sentence}


def _finding(fid: str, kind: str, date: str | None, sentence: str, **extra: Any) -> dict[str, Any]:
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""), None)
    return {"finding_id": fid, "kind": kind, "date": date, "date_precision": precision,
            "evidence": [_ev(sentence, page=extra.pop("page", None))], "confidence": 0.9,
            "detector": "test", **extra}


def _goal(fid: str, text: str, crit: tuple[bool, ...]) -> dict[str, Any]:
    names = ("specific", "measurable", "time_bound", "actor", "development_oriented")
    return {"finding_id": fid, "kind": "goal", "text": text, "file": "plan.docx", **dict(zip(names, crit)),
            "concreteness": round(sum(crit) / 5, 2), "hint": "Noem een termijn.", "plan_date": "2025-02-01",
            "evidence": [_ev(text, "plan.docx")]}


def make_audit(dossier_id: str = "TST-0001", quote: str = "Kind apart gesproken op zijn kamer.",
               errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """A small audit that passes the shipped JSON Schema; ``quote`` is the first talk's sentence."""
    verdicts = {"one_on_one_min3_last12m": "fails", "safety_check_last12m": "meets",
                "safety_check_child_spoken": "fails", "matching_rationale_documented": "meets",
                "behavioural_scientist_advice_documented": "n/a", "goals_concrete": "fails",
                "home_visit_last12m": "fails", "support_figure_documented": "fails", "care_team_formed": "fails",
                "vgb_complete": "n/a", "rescreening_after_change": "n/a",
                "sexual_development_addressed_last12m": "fails", "goals_evaluated_last12m": "fails"}
    return {
        **empty_v2(),
        "schema_version": 2, "dossier_id": dossier_id, "reference_date": "2025-06-01",
        "placement": {"type": "bestand", "start": "2022-03-01"},
        "one_on_one_contacts": [_finding("o1", "one_on_one_contact", "2024-09-10", quote),
                                _finding("o2", "one_on_one_contact", "2023-01-05", "Oud gesprek zonder PO.")],
        "safety_checks": [_finding("s1", "safety_check", "2025-03", "Veiligheidscheck gedaan.", child_spoken=False,
                                   copied_from=None, page=3)],
        "matching_rationale": {"finding_id": "m1", "documented": True, "file": "matching.docx",
                               "quote": "Gekozen omdat dit gezin rust biedt.",
                               "evidence": [_ev("Gekozen omdat dit gezin rust biedt.", "matching.docx")],
                               "confidence": 0.8, "detector": "test"},
        "behavioural_scientist_advice": [],
        "goals": [_goal("g1", "Kind fietst voor 1 juli 2025 zelf naar school.", (True,) * 5),
                  _goal("g2", "Pleegouders bieden een stabiele omgeving.", (False, False, False, True, False))],
        "goal_changes": {"adjusted": None, "plan_dates": ["2025-02-01"], "summary": "Eén plan.", "changes": []},
        "errors": errors or [],
        "norms": verdicts,
        "norm_details": {n: {"verdict": v, "explanation": f"Uitleg {n} tot en met 2025-06-01, score 0.6.",
                             "findings": {"one_on_one_min3_last12m": ["o1"], "safety_check_last12m": ["s1"],
                                          "safety_check_child_spoken": ["s1"]}.get(n, [])}
                         for n, v in verdicts.items()},
        "provenance": {"tool_version": "0.1.0", "pipeline": {"name": "test", "version": "0"},
                       "files": [{"file": "journaal.txt", "sha256": "0" * 64, "reader": "text/utf-8", "read": True}],
                       "config": {"norms": {"one_on_one_min": 3, "window_days": 365, "goal_concreteness_min": 0.6}},
                       "rules": {"rules_dir": None, "overridden": [], "sha256": {}},
                       "models": {}, "generated_at": "2025-06-01T00:00:00+00:00"},
    }


@pytest.fixture
def audit() -> dict[str, Any]:
    return make_audit()


@pytest.fixture
def sample() -> list[dict[str, Any]]:
    """Three dossiers: one with an attack in its text, one with an unreadable file, one with a formula name."""
    a = make_audit("TST-0001", quote=f"Gesprek {ATTACK} zonder PO.")
    b = make_audit("TST-0002", errors=[{"file": "kapot.pdf", "message": "Bestand kan niet gelezen worden"}])
    b["norms"]["one_on_one_min3_last12m"] = "n/a"
    b["norm_details"]["one_on_one_min3_last12m"].update(
        verdict="n/a", explanation="Niet te beoordelen: een bestand kon niet gelezen worden en kan gesprekken bevatten.")
    c = copy.deepcopy(make_audit("=HYPERLINK(\"x\")"))
    c["norms"]["one_on_one_min3_last12m"] = "meets"
    return [a, b, c]
