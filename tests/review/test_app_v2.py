"""The reviewer app on the findings of schema version 2: home visits, VGB, support figure and the 13 norms.

Like test_app.py: each test clicks in one AppTest session on the tool's audits of
examples/, checks the annotation log, and where it matters the export after it.
Findings are looked up (not assumed by id): the detectors may change.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest  # noqa: E402

from audit.review.app import SCRIPT as APP  # noqa: E402
from audit.review.contract import events_of  # noqa: E402
from audit.review.export import apply_annotations  # noqa: E402
from audit.review.labels_nl import NORM_NL  # noqa: E402
from audit.review.log import AnnotationLog  # noqa: E402
from audit.review.record import AnnotationRecord  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


@pytest.fixture
def ann(tmp_path: Path) -> Path:
    return tmp_path / "annotations"


def run_app(audits_dir: Path, ann: Path, dossier: str, focus: str = "", **state) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=90)
    for key, value in {"audits_dir": str(audits_dir), "dossiers_dir": str(EXAMPLES), "annotations_dir": str(ann),
                       "reviewer": "anna", "page": "Dossier", "dossier": dossier, "focus": focus, **state}.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def audits_of(audits_dir: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(audits_dir.glob("*.json"))}


def find_event(audits_dir: Path, kind: str, need=lambda a, f: True) -> tuple[dict, dict]:
    for audit in audits_of(audits_dir).values():
        for f in events_of(audit, kind):
            if need(audit, f):
                return audit, f
    pytest.skip(f"no {kind} finding in the example audits")


def find_fact(audits_dir: Path, kind: str, need=lambda m: True) -> dict:
    for audit in audits_of(audits_dir).values():
        if audit.get(kind) is not None and need(audit[kind]):
            return audit
    pytest.skip(f"no {kind} as needed in the example audits")


def records(ann: Path, did: str) -> list[AnnotationRecord]:
    return AnnotationLog(ann).replay(did).decisions_for(did)


def text_of(at: AppTest) -> str:
    """Markdown and captions as read on screen (the Markdown escapes of md_plain taken out)."""
    return re.sub(r"\\(.)", r"\1", "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption]))


def test_dossier_page_lists_13_norms_and_the_new_kinds(audits_dir: Path, ann: Path) -> None:
    audit, h = find_event(audits_dir, "home_visit")
    did = audit["dossier_id"]
    at = run_app(audits_dir, ann, did)
    shown = text_of(at)
    assert all(NORM_NL[n] in shown for n in audit["norms"]) and len(audit["norms"]) == 13
    lines = [b.label.split(" ", 1)[1] for b in at.button if (b.key or "").startswith(f"{did}:open:")]
    assert any(line.startswith("Huisbezoek · ") for line in lines)  # carries the home-visit norm: page 1
    pages = next(n for n in at.number_input if n.key == f"{did}:wl:page")
    pages.set_value(pages.max).run()  # the facts without evidence come last
    lines = [b.label.split(" ", 1)[1] for b in at.button if (b.key or "").startswith(f"{did}:open:")]
    assert any(line.startswith("Steunfiguur · ") for line in lines) and any(line.startswith("VGB · ") for line in lines)
    assert {"Steunfiguur (1)", "VGB (1)"} <= {c.value for c in at.caption}  # kind headings in the list
    assert "support_figure" not in text_of(at) and "vgb:" not in text_of(at)


def test_reject_the_only_home_visit_in_the_app_fails_the_norm(audits_dir: Path, ann: Path) -> None:
    audit, h = find_event(audits_dir, "home_visit",
                          lambda a, f: a["norm_details"]["home_visit_last12m"]["findings"] == [f["finding_id"]])
    did, focus = audit["dossier_id"], f"home_visit:{h['finding_id']}"
    at = run_app(audits_dir, ann, did, focus)
    assert "**Huisbezoek · " in text_of(at)
    at.button(key=f"{did}:{focus}:reject").click().run()
    assert [(r.finding_kind, r.decision) for r in records(ann, did)] == [("home_visit", "reject")]
    out = apply_annotations(audit, AnnotationLog(ann).replay(did))
    assert audit["norms"]["home_visit_last12m"] == "meets" and out["norms"]["home_visit_last12m"] == "fails"


def test_correct_a_home_visit_as_unannounced(audits_dir: Path, ann: Path) -> None:
    audit, h = find_event(audits_dir, "home_visit", lambda a, f: not f.get("unannounced"))
    did, focus = audit["dossier_id"], f"home_visit:{h['finding_id']}"
    prefix = f"{did}:{focus}"
    at = run_app(audits_dir, ann, did, focus)
    assert "onaangekondigd: nee" in text_of(at)
    at.button(key=f"{prefix}:correct").click().run()
    at.selectbox(key=f"{prefix}:unannounced").select("ja")
    at.button(key=f"FormSubmitter:{prefix}:form-Corrigeren").click().run()
    assert not at.exception
    (r,) = records(ann, did)
    assert (r.decision, r.finding_kind, r.correction) == ("correct", "home_visit", {"unannounced": True})

    again = run_app(audits_dir, ann, did, focus)
    assert any("onaangekondigd" in b.label for b in again.button if b.key == f"{did}:open:{focus}")
    out = apply_annotations(audit, AnnotationLog(ann).replay(did))
    assert next(f for f in out["home_visits"] if f["finding_id"] == h["finding_id"])["unannounced"] is True


def test_vgb_can_be_corrected_not_rejected(audits_dir: Path, ann: Path) -> None:
    audit = find_fact(audits_dir, "vgb")
    did, prefix = audit["dossier_id"], f"{audit['dossier_id']}:vgb:{audit['vgb']['finding_id']}"
    at = run_app(audits_dir, ann, did, f"vgb:{audit['vgb']['finding_id']}")
    assert not [b for b in at.button if b.key == f"{prefix}:reject"]
    at.button(key=f"{prefix}:correct").click().run()
    at.selectbox(key=f"{prefix}:complete").select("nee")
    at.text_area(key=f"{prefix}:missing").input("pleegvader\nJelmer (19), Kasper Prins")
    at.button(key=f"FormSubmitter:{prefix}:form-Corrigeren").click().run()
    assert not at.exception, [e.value for e in at.exception]
    (r,) = records(ann, did)
    assert r.decision == "correct" and r.correction["missing"] == ["pleegvader", "Jelmer (19)", "Kasper Prins"]
    out = apply_annotations(audit, AnnotationLog(ann).replay(did))
    assert out["vgb"]["complete"] is False and out["norms"]["vgb_complete"] == "fails"
    assert "Kasper Prins" in out["norm_details"]["vgb_complete"]["explanation"]


def test_support_figure_corrected_to_documented(audits_dir: Path, ann: Path) -> None:
    audit = find_fact(audits_dir, "support_figure", lambda m: not m.get("documented"))
    did, fid = audit["dossier_id"], audit["support_figure"]["finding_id"]
    prefix = f"{did}:support_figure:{fid}"
    at = run_app(audits_dir, ann, did, f"support_figure:{fid}")
    assert "steunfiguur vastgelegd volgens de tool: nee" in text_of(at)
    at.button(key=f"{prefix}:correct").click().run()
    at.checkbox(key=f"{prefix}:documented").check()
    at.button(key=f"FormSubmitter:{prefix}:form-Corrigeren").click().run()
    (r,) = records(ann, did)
    assert (r.finding_kind, r.decision, r.correction) == ("support_figure", "correct", {"documented": True})
    out = apply_annotations(audit, AnnotationLog(ann).replay(did))
    assert out["norms"]["support_figure_documented"] == "meets"


def test_add_a_missed_home_visit_in_the_app(audits_dir: Path, ann: Path) -> None:
    did = "VLD-0101"
    if not (audits_dir / f"{did}.json").is_file():
        pytest.skip("VLD-0101 not in the example audits")
    at = run_app(audits_dir, ann, did)
    at.selectbox(key="add:file").select("journaal.txt").run()
    at.text_input(key="add:q").input("signs of  SAFETY").run()
    at.selectbox(key="add:kind").select("home_visit")
    at.text_input(key="add:date").input("2024-10-26")
    at.selectbox(key="add:unannounced").select("ja")
    at.button(key="add:btn").click().run()
    assert not at.exception, [e.value for e in at.exception]
    (r,) = records(ann, did)
    assert (r.decision, r.finding_kind) == ("add", "home_visit")
    assert r.correction == {"date": "2024-10-26", "date_precision": "day", "unannounced": True}


def test_override_a_new_norm_in_the_app(audits_dir: Path, ann: Path) -> None:
    audit = find_fact(audits_dir, "support_figure")
    did, norm = audit["dossier_id"], "care_team_formed"
    prefix = f"{did}:norm:{norm}"
    at = run_app(audits_dir, ann, did)
    at.selectbox(key=f"{prefix}:verdict").select("meets")
    at.text_area(key=f"{prefix}:reason").input("Zorgteam kwam bijeen, verslag in de papieren map.")
    at.button(key=f"{prefix}:override").click().run()
    (r,) = records(ann, did)
    assert (r.decision, r.finding_id, r.correction) == ("override", norm, {"verdict": "meets"})
    out = apply_annotations(audit, AnnotationLog(ann).replay(did))
    assert out["norms"][norm] == "meets"
