"""The reviewer app (audit/review/app/, and the app.py shim) with Streamlit's AppTest, and its pure logic.

Every decision test clicks in one AppTest session, checks the record in the
annotation log, then starts a *new* session (a reload) and checks the decision is
shown. The audits come from running the tool on examples/ once per session.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest  # noqa: E402

from audit.review.app import SCRIPT as APP  # noqa: E402
from audit.review.contract import EVENT_KINDS  # noqa: E402
from audit.review.evidence import context_window  # noqa: E402
from audit.review.goal_review import concreteness  # noqa: E402
from audit.review.items import Item, audit_items  # noqa: E402
from audit.review.labels_nl import CHILD_SPOKEN_OPTIONS, CRITERIA_NL, NORM_NL, VERDICT_NL  # noqa: E402
from audit.review.log import AnnotationLog  # noqa: E402
from audit.review.markup import escape_text, highlight_html  # noqa: E402
from audit.review.order import review_order  # noqa: E402
from audit.review.passages import evidence_from_passage, passages, search_passages  # noqa: E402
from audit.review.queue import OverviewRow, filter_rows, next_unreviewed, progress  # noqa: E402
from audit.review.record import AnnotationRecord  # noqa: E402
from audit.review.ui_records import CorrectionError, correction_records, parse_date_input  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SHIM = ROOT / "app.py"  # the top-level script of the design: `streamlit run app.py -- ...`
EXAMPLES = ROOT / "examples"
DID = "VLD-0101"


# --------------------------------------------------------------------------- fixtures


# audits_dir (the tool run on examples/ once per session) is in conftest.py: test_app_v2 uses it too


@pytest.fixture(scope="session")
def audit(audits_dir: Path) -> dict:
    return json.loads((audits_dir / f"{DID}.json").read_text("utf-8"))


@pytest.fixture
def ann(tmp_path: Path) -> Path:
    return tmp_path / "annotations"


def run_app(audits_dir: Path, ann: Path, *, dossiers: Path = EXAMPLES, reviewer: str = "anna", page: str = "Dossier",
            dossier: str = DID, focus: str = "", script: Path = APP, **state) -> AppTest:
    at = AppTest.from_file(str(script), default_timeout=90)
    at.session_state["audits_dir"] = str(audits_dir)
    at.session_state["dossiers_dir"] = str(dossiers)
    at.session_state["annotations_dir"] = str(ann)
    at.session_state["reviewer"] = reviewer
    at.session_state["page"] = page
    at.session_state["dossier"] = dossier
    at.session_state["focus"] = focus
    for k, v in state.items():
        at.session_state[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def find(audits_dir: Path, kind: str, need=lambda f: True) -> tuple[str, dict]:
    """The first finding of ``kind`` in the example audits (detectors change; ids are not fixed)."""
    section = {"one_on_one_contact": "one_on_one_contacts", "safety_check": "safety_checks",
               "behavioural_scientist_advice": "behavioural_scientist_advice", "goal": "goals"}[kind]
    for path in sorted(audits_dir.glob("*.json")):
        a = json.loads(path.read_text("utf-8"))
        for i, f in enumerate(a.get(section) or []):
            if need(f):
                return a["dossier_id"], {**f, "finding_id": f.get("finding_id") or f"g{i + 1}"}
    pytest.skip(f"no {kind} finding in the example audits")


def records(ann: Path, did: str = DID) -> list[AnnotationRecord]:
    return AnnotationLog(ann).replay(did).decisions_for(did)


def markdown_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def expander_labels(at: AppTest) -> list[str]:
    return [e.label for e in at.expander]


def worklist_labels(at: AppTest, did: str = DID) -> list[str]:
    """The labels of the work list's lines (one button per item)."""
    return [b.label for b in at.button if (b.key or "").startswith(f"{did}:open:")]


# --------------------------------------------------------------------------- decisions


def test_confirm_writes_one_record_and_survives_reload(audits_dir: Path, ann: Path) -> None:
    did, o = find(audits_dir, "one_on_one_contact")
    focus = f"one_on_one_contact:{o['finding_id']}"
    at = run_app(audits_dir, ann, dossier=did, focus=focus)
    at.button(key=f"{did}:{focus}:confirm").click().run()
    assert not at.exception
    recs = records(ann, did)
    assert [(r.finding_id, r.decision, r.reviewer) for r in recs] == [(o["finding_id"], "confirm", "anna")]
    assert any("bevestigd" in s.value for s in at.success)

    again = run_app(audits_dir, ann, dossier=did, focus=focus)
    assert "**Jouw beslissing:** bevestigd" in markdown_text(again)
    assert any("1 van " in c.value and "beoordeeld" in c.value for c in again.caption)
    blind = run_app(audits_dir, ann, reviewer="bert", dossier=did, focus=focus)
    assert "**Jouw beslissing:** nog niet beoordeeld" in markdown_text(blind)
    assert "Anderen:" not in markdown_text(blind)  # independent second review by default
    other = run_app(audits_dir, ann, reviewer="bert", dossier=did, focus=focus, show_others=True)
    assert "**Anderen:** anna: bevestigd" in markdown_text(other)


def test_shim_draws_the_app_on_every_run(audits_dir: Path, ann: Path) -> None:
    """`streamlit run app.py` re-executes the shim on each click: the page must come back each time."""
    did, o = find(audits_dir, "one_on_one_contact")
    focus = f"one_on_one_contact:{o['finding_id']}"
    at = run_app(audits_dir, ann, dossier=did, focus=focus, script=SHIM)
    at.button(key=f"{did}:{focus}:confirm").click().run()
    assert not at.exception
    assert [r.decision for r in records(ann, did)] == ["confirm"]
    assert sum("✔ " in label.split(" · ")[0] for label in worklist_labels(at, did)) == 1


def test_reject_with_note(audits_dir: Path, ann: Path) -> None:
    did, o = find(audits_dir, "one_on_one_contact")
    fid = o["finding_id"]
    at = run_app(audits_dir, ann, dossier=did, focus=f"one_on_one_contact:{fid}")
    at.text_input(key=f"{did}:one_on_one_contact:{fid}:note").input("pleegmoeder was erbij")
    at.button(key=f"{did}:one_on_one_contact:{fid}:reject").click().run()
    (r,) = records(ann, did)
    assert (r.finding_id, r.decision, r.note) == (fid, "reject", "pleegmoeder was erbij")

    again = run_app(audits_dir, ann, dossier=did, focus=f"one_on_one_contact:{fid}")
    labels = worklist_labels(again, did)
    assert any(label.startswith("▶ ✔ ") and f"· nr. {fid[1:]} ·" in label for label in labels)  # shown now, decided
    assert sum("✔ " in label.split(" · ")[0] for label in labels) == 1
    assert "**Jouw beslissing:** afgewezen" in markdown_text(again)


def test_correct_date_and_child_spoken(audits_dir: Path, ann: Path) -> None:
    did, s = find(audits_dir, "safety_check")
    focus = f"safety_check:{s['finding_id']}"
    prefix = f"{did}:{focus}"
    new_child = "nee" if s.get("child_spoken") is not False else "ja"
    at = run_app(audits_dir, ann, dossier=did, focus=focus)
    at.button(key=f"{prefix}:correct").click().run()  # K: the correction form opens
    at.text_input(key=f"{prefix}:date").input("29-12-2023")
    at.selectbox(key=f"{prefix}:child").select(new_child)
    at.button(key=f"FormSubmitter:{prefix}:form-Corrigeren").click().run()
    assert not at.exception
    (r,) = records(ann, did)
    assert r.decision == "correct" and r.finding_id == s["finding_id"]
    assert r.correction == {"date": "2023-12-29", "date_precision": "day",
                            "child_spoken": CHILD_SPOKEN_OPTIONS[new_child]}

    again = run_app(audits_dir, ann, dossier=did, focus=focus)
    assert "**Jouw beslissing:** gecorrigeerd" in markdown_text(again)


def test_correct_kind_is_reject_plus_add(audits_dir: Path, ann: Path) -> None:
    did, a2 = find(audits_dir, "behavioural_scientist_advice")
    focus = f"behavioural_scientist_advice:{a2['finding_id']}"
    prefix = f"{did}:{focus}"
    at = run_app(audits_dir, ann, dossier=did, focus=focus)
    at.button(key=f"{prefix}:correct").click().run()
    at.selectbox(key=f"{prefix}:kind").select("one_on_one_contact")
    at.button(key=f"FormSubmitter:{prefix}:form-Corrigeren").click().run()
    rej, add = records(ann, did)
    assert (rej.finding_id, rej.decision) == (a2["finding_id"], "reject")
    assert add.decision == "add" and add.finding_kind == "one_on_one_contact"
    assert [(e["start"], e["end"]) for e in add.evidence] == [(e["start"], e["end"]) for e in a2["evidence"]]
    assert add.correction["date"] == a2["date"]

    again = run_app(audits_dir, ann, dossier=did)
    assert any("Toegevoegd door beoordelaars (1)" in s.value for s in again.subheader)


def test_add_missed_finding_with_exact_offsets(audits_dir: Path, ann: Path) -> None:
    at = run_app(audits_dir, ann)
    at.selectbox(key="add:file").select("journaal.txt").run()
    at.text_input(key="add:q").input("signs of  SAFETY").run()
    assert not at.exception
    at.selectbox(key="add:kind").select("safety_check")
    at.text_input(key="add:date").input("2024-10-26")
    at.selectbox(key="add:child").select("ja")
    at.button(key="add:btn").click().run()
    assert not at.exception, [e.value for e in at.exception]
    (r,) = records(ann)
    assert r.decision == "add" and r.finding_kind == "safety_check" and r.finding_id.startswith("r-")
    assert r.correction == {"date": "2024-10-26", "date_precision": "day", "child_spoken": True}
    (ev,) = r.evidence
    text = (EXAMPLES / DID / "journaal.txt").read_text("utf-8")
    from audit.read import load_dossier

    doc = load_dossier(EXAMPLES / DID).document("journaal.txt")
    assert doc.text[ev["start"]:ev["end"]] == ev["sentence"]
    assert ev["sentence"].startswith("Signs of Safety-check ingevuld") and ev["sentence"] in text

    again = run_app(audits_dir, ann)
    assert any("Toegevoegd door beoordelaars (1)" in s.value for s in again.subheader)
    again.button(key=f"{DID}:withdraw:{r.record_id}").click().run()
    assert [x.decision for x in records(ann)] == ["add", "reject"]
    assert not AnnotationLog(ann).replay(DID).added_findings(DID)


def test_goal_criterion_toggle(audits_dir: Path, ann: Path) -> None:
    did, g1 = find(audits_dir, "goal")
    gid = g1["finding_id"]
    key = f"{did}:goal:{gid}:crit:measurable:anna"
    at = run_app(audits_dir, ann, dossier=did, focus=f"goal:{gid}")
    assert at.toggle(key=key).value is bool(g1["measurable"])
    at.toggle(key=key).set_value(not g1["measurable"]).run()
    assert not at.exception
    (r,) = records(ann, did)
    assert (r.decision, r.finding_id, r.correction) == ("goal_criteria", gid, {"measurable": not g1["measurable"]})

    again = run_app(audits_dir, ann, dossier=did, focus=f"goal:{gid}")
    assert again.toggle(key=key).value is (not g1["measurable"])
    crit = {k: bool(g1[k]) for k in CRITERIA_NL} | {"measurable": not g1["measurable"]}
    assert f"**Concreetheid:** {concreteness(crit):.2f}" in markdown_text(again)
    if not crit["measurable"]:
        assert "Maak meetbaar" in markdown_text(again).replace("&#46;", ".").replace("&#58;", ":")


def test_norm_override_needs_reason(audits_dir: Path, ann: Path, audit: dict) -> None:
    norm = "goals_concrete"
    prefix = f"{DID}:norm:{norm}"
    at = run_app(audits_dir, ann)
    at.selectbox(key=f"{prefix}:verdict").select("fails")
    at.button(key=f"{prefix}:override").click().run()
    assert records(ann) == [] and any("reden" in e.value for e in at.error)
    at.text_area(key=f"{prefix}:reason").input("Doelen gaan over de pleegouders, niet over het kind.")
    at.button(key=f"{prefix}:override").click().run()
    (r,) = records(ann)
    assert (r.decision, r.finding_kind, r.correction) == ("override", "norm", {"verdict": "fails"})
    assert r.reason.startswith("Doelen gaan")

    again = run_app(audits_dir, ann)
    shown = markdown_text(again)
    assert f"(tool: {VERDICT_NL[audit['norms'][norm]]})" in shown and ":red[**voldoet niet**]" in shown


def test_norm_confirm_records_verdict(audits_dir: Path, ann: Path, audit: dict) -> None:
    at = run_app(audits_dir, ann)
    at.button(key=f"{DID}:norm:safety_check_last12m:confirm").click().run()
    (r,) = records(ann)
    assert r.correction == {"verdict": audit["norms"]["safety_check_last12m"]}


def test_no_decision_without_reviewer(audits_dir: Path, ann: Path) -> None:
    did, o = find(audits_dir, "one_on_one_contact")
    at = run_app(audits_dir, ann, reviewer="", dossier=did, focus=f"one_on_one_contact:{o['finding_id']}")
    assert at.button(key=f"{did}:one_on_one_contact:{o['finding_id']}:confirm").disabled
    assert any("naam" in w.value for w in at.sidebar.warning)


def test_next_unreviewed_button(audits_dir: Path, ann: Path, audit: dict) -> None:
    first, second, third = [it.key for it in review_order(audit)[:3]]
    at = run_app(audits_dir, ann, page="Overzicht", dossier=DID)
    at.button(key="next").click().run()
    assert at.session_state["page"] == "Dossier" and at.session_state["focus"] == first
    at.button(key=f"{DID}:{first}:confirm").click().run()
    assert at.session_state["focus"] == second  # auto-advance after a decision
    assert any("bevestigd" in s.value for s in at.success)  # the message stays where the decision was taken
    at.button(key="next").click().run()
    assert at.session_state["focus"] == third
    assert "Nu aan de beurt" in [s.value for s in at.subheader]


def test_overview_filters(audits_dir: Path, ann: Path, audit: dict) -> None:
    at = run_app(audits_dir, ann, page="Overzicht")
    (df,) = at.dataframe
    assert len(df.value) == 4
    at.selectbox(key="f:norm").select("one_on_one_min3_last12m")
    at.selectbox(key="f:verdict").select("fails").run()
    ids = list(at.dataframe[0].value["dossier"])
    assert DID not in ids and ids  # VLD-0101 meets; at least one dossier fails this norm


# --------------------------------------------------------------------------- other pages


def test_goal_checker_page_uses_the_scorer(audits_dir: Path, ann: Path) -> None:
    from audit.ml.goal_model import default_model
    from audit.goals.score import score_goal

    goals = ["Sanne gaat vóór 1 juli 2025 twee keer per week naar voetbal.", "Het gaat goed met Sanne."]
    at = run_app(audits_dir, ann, page="Doelencheck")
    at.text_area(key="gc:text").input("\n".join(goals))
    at.button(key="gc:go").click().run()
    assert not at.exception
    shown = markdown_text(at)
    for n, g in enumerate(goals, 1):
        s = score_goal(g, model=default_model())
        assert f"**Doel {n}** — concreetheid {s.concreteness:.2f}" in shown
    assert len(at.dataframe) == 2


def test_disagreements_page(audits_dir: Path, ann: Path, audit: dict) -> None:
    one, two = [it for it in audit_items(audit) if it.kind != "norm"][:2]
    log = AnnotationLog(ann)
    log.append(AnnotationRecord.for_item(audit, one.kind, one.finding_id, "confirm", "anna"))
    log.append(AnnotationRecord.for_item(audit, one.kind, one.finding_id, "reject", "bert"))
    log.append(AnnotationRecord.for_item(audit, two.kind, two.finding_id, "confirm", "anna"))
    log.append(AnnotationRecord.for_item(audit, two.kind, two.finding_id, "confirm", "bert"))
    at = run_app(audits_dir, ann, page="Verschillen")
    assert any("Te bespreken verschillen (1)" in s.value for s in at.subheader)
    table = at.dataframe[-1].value
    assert list(table["bevinding"]) == [one.finding_id] and "afgewezen" in table["beoordelaar B"].iloc[0]
    at.button(key="v:open").click().run()
    assert at.session_state["focus"] == one.key and at.session_state["page"] == "Dossier"


def test_reviewed_view_uses_export(audits_dir: Path, ann: Path, audit: dict) -> None:
    AnnotationLog(ann).append(AnnotationRecord.for_item(
        audit, "norm", "goals_concrete", "override", "anna", correction={"verdict": "fails"}, reason="papieren plan"))
    at = run_app(audits_dir, ann, show_others=True)
    table = next(d.value for d in at.dataframe if "na beoordeling" in d.value.columns)
    row = table[table["norm"] == NORM_NL["goals_concrete"]].iloc[0]
    assert row["na beoordeling"] == "voldoet niet"


# --------------------------------------------------------------------------- escaping

XSS_TEXT = ("Journaal\n"
            "ma 5 aug 2024 / kindgesprek\n"
            "Gesprek <script>alert('x')</script> zonder PO ![foto](http://example.invalid/a.png) [klik](javascript:alert(1)) "
            "<img src=x onerror=alert(2)> $x^2$ :material/home: **vet**.\n"
            "Volgende regel.\n")


@pytest.fixture(scope="session")
def xss(tmp_path_factory) -> tuple[Path, Path]:
    """A hand-made audit whose evidence sentence is hostile markup, with its dossier folder."""
    root = tmp_path_factory.mktemp("xss")
    (root / "dossiers" / "XSS-1").mkdir(parents=True)
    (root / "dossiers" / "XSS-1" / "journaal.txt").write_text(XSS_TEXT, "utf-8")
    from audit.read import load_dossier

    doc = load_dossier(root / "dossiers" / "XSS-1").document("journaal.txt")
    start = doc.text.index("Gesprek <script>")
    end = doc.text.index("\nVolgende")
    sentence = doc.text[start:end]
    ev = [{"file": "journaal.txt", "page": None, "start": start, "end": end, "sentence": sentence}]
    audit = {
        "schema_version": 1, "dossier_id": "XSS-1", "reference_date": "2025-06-01",
        "placement": {"type": "bestand", "start": "2023-01-01"},
        "one_on_one_contacts": [{"finding_id": "o1", "kind": "one_on_one_contact", "date": "2024-08-05",
                                 "date_precision": "day", "evidence": ev, "confidence": 0.7, "detector": "test",
                                 "file": "journaal.txt", "quote": sentence}],
        "safety_checks": [], "behavioural_scientist_advice": [], "matching_rationale": None,
        "goals": [{"finding_id": "g1", "kind": "goal", "text": "<b>doel</b> <script>x()</script>", "file": "journaal.txt",
                   "specific": False, "measurable": False, "time_bound": False, "actor": False,
                   "development_oriented": False, "concreteness": 0.0, "criteria": {}, "hint": "", "evidence": ev}],
        "goal_changes": None, "errors": [],
        "norms": {"goals_concrete": "fails"},
        "norm_details": {"goals_concrete": {"verdict": "fails", "explanation": "Geen doel concreet.", "findings": []}},
        "provenance": {"tool_version": "0.1.0", "files": [{"file": "journaal.txt", "sha256": doc.sha256,
                                                            "reader": doc.reader, "read": True}], "models": {}},
    }
    (root / "audits").mkdir()
    (root / "audits" / "XSS-1.json").write_text(json.dumps(audit), "utf-8")
    return root / "audits", root / "dossiers"


def test_hostile_dossier_text_is_escaped(xss: tuple[Path, Path], ann: Path) -> None:
    audits, dossiers = xss
    at = run_app(audits, ann, dossiers=dossiers, dossier="XSS-1", focus="one_on_one_contact:o1")
    html_parts = [m.value for m in at.markdown if "da-context" in m.value]
    assert html_parts, "evidence context not rendered"
    everything = "\n".join(m.value for m in at.markdown)
    for raw in ("<script", "<img", "onerror=alert(2)>", "![foto]", "](javascript:", "$x^2$", ":material/", "**vet**"):
        assert raw not in everything, raw
    joined = "\n".join(html_parts)
    assert "&lt;script&gt;" in joined and "&lt;img src&#61;x onerror&#61;alert&#40;2&#41;&gt;" in joined
    assert "<mark" in joined  # our own markup survives
    # goal text too (shown when the goal is the item being judged)
    goal = run_app(audits, ann, dossiers=dossiers, dossier="XSS-1", focus="goal:g1")
    everything = "\n".join(m.value for m in goal.markdown)
    assert "<script" not in everything and "&lt;b&gt;doel&lt;&#47;b&gt;" in everything
    # the same finding can still be decided on
    at.button(key="XSS-1:one_on_one_contact:o1:confirm").click().run()
    assert [r.decision for r in records(ann, "XSS-1")] == ["confirm"]


# --------------------------------------------------------------------------- pure logic (audit/review/*.py)


def _item(fid: str, conf: float | None = 0.9, kind: str = "one_on_one_contact") -> Item:
    data = {"finding_id": fid, "date": "2024-01-01"}
    if conf is not None:
        data["confidence"] = conf
    return Item(kind, fid, f"h-{fid}", data)


def test_next_unreviewed_order_and_wrap() -> None:
    items = {"A": [_item("o1"), _item("o2")], "B": [_item("o1"), _item("o2")]}
    done: set[tuple[str, str]] = {("A", "o1"), ("B", "o2")}

    def nxt(current):
        got = next_unreviewed(["A", "B"], items.__getitem__, lambda d, it: (d, it.finding_id) in done, current)
        return None if got is None else (got[0], got[1].finding_id)

    assert nxt(None) == ("A", "o2")
    assert nxt(("A", "one_on_one_contact:o2")) == ("B", "o1")
    assert nxt(("B", "one_on_one_contact:o1")) == ("A", "o2")  # wraps around
    assert nxt(("B", "")) == ("B", "o1")  # from the start of the current dossier
    done |= {("A", "o2"), ("B", "o1")}
    assert nxt(("A", "one_on_one_contact:o1")) is None
    assert next_unreviewed([], items.__getitem__, lambda d, it: False) is None


def test_filter_rows() -> None:
    rows = [OverviewRow("A", 2, 2, {"n1": "meets", "n2": "fails"}, None),
            OverviewRow("B", 0, 3, {"n1": "fails", "n2": "meets"}, 0.4),
            OverviewRow("C", 1, 3, {"n1": "n/a", "n2": "meets"}, 0.9)]
    ids = lambda rs: [r.dossier_id for r in rs]  # noqa: E731
    assert ids(filter_rows(rows, unreviewed_only=True)) == ["B", "C"]
    assert ids(filter_rows(rows, norm="n1", verdict="fails")) == ["B"]
    assert ids(filter_rows(rows, verdict="fails")) == ["A", "B"]
    assert ids(filter_rows(rows, low_confidence_first=True)) == ["B", "C", "A"]


def test_audit_items_low_confidence_first(audit: dict) -> None:
    items = audit_items(audit, low_confidence_first=True)
    confs = [it.confidence for it in items if it.confidence is not None]
    assert confs == sorted(confs)
    kinds = [it.kind for it in audit_items(audit)]
    assert kinds.index("norm") > kinds.index("goal") > kinds.index("one_on_one_contact")


def test_progress_counts_by_reviewer(audit: dict, tmp_path: Path) -> None:
    log = AnnotationLog(tmp_path)
    first = audit_items(audit)[0]
    log.append(AnnotationRecord.for_item(audit, first.kind, first.finding_id, "confirm", "anna"))
    state = log.replay()
    total = len(list(audit_items(audit)))
    assert progress(audit, state, "anna") == (1, total)
    assert progress(audit, state, "bert") == (0, total)
    assert progress(audit, state, None) == (1, total)


def test_escape_and_highlight() -> None:
    e = escape_text("<script>a</script> ![x](y) it's\nnext")
    assert "<" not in e.replace("<br>", "") and "&lt;script&gt;" in e and "\n" not in e
    assert "![" not in e and "](" not in e
    h = highlight_html("abc <b>def</b> ghi", (0, 18), [(4, 14), (6, 9)])
    assert h.count("<mark") == 1 and "&lt;b&gt;def&lt;&#47;b&gt;</mark>" in h
    assert "…" not in h
    assert highlight_html("0123456789", (2, 8), [(0, 4)]).count("…") == 2


def test_context_window_entry_or_radius() -> None:
    text = "x" * 2000 + "\n" + "entry header\nbody with evidence here\n" + "y" * 2000
    s = text.index("evidence")
    entry = argparse.Namespace(start=text.index("entry header"), end=text.index("\nyyy") + 1)
    w = context_window(text, s, s + 8, [entry])
    assert text[w[0]:w[1]] == "entry header\nbody with evidence here"
    w0, w1 = context_window(text, s, s + 8, [], radius=50)
    assert w0 >= s - 50 and w1 <= s + 8 + 50 and w0 <= s and w1 >= s + 8


def test_passages_have_exact_offsets() -> None:
    from audit.read import load_dossier

    doc = load_dossier(EXAMPLES / DID).document("journaal.txt")
    ps = passages(doc)
    assert ps and all(doc.text[p.start:p.end].strip() == doc.text[p.start:p.end] for p in ps)
    hit = search_passages(doc, "signs of  SAFETY")
    assert len(hit) == 1 and doc.text[hit[0].start:hit[0].end].startswith("Signs of Safety")
    ev = evidence_from_passage(doc, hit[0])
    assert doc.text[ev["start"]:ev["end"]] == ev["sentence"]


def test_parse_date_input() -> None:
    assert parse_date_input("2024-03-05") == "2024-03-05"
    assert parse_date_input("5-3-2024") == "2024-03-05"
    assert parse_date_input("03-2024") == "2024-03"
    assert parse_date_input("2024-03") == "2024-03" and parse_date_input("2024") == "2024"  # the audit's own forms
    assert parse_date_input("12 maart 2024") == "2024-03-12"  # read as the detectors read dates
    assert parse_date_input(" ") is None
    with pytest.raises(CorrectionError):
        parse_date_input("2024-02-30")
    with pytest.raises(CorrectionError):
        parse_date_input("gisteren")


def test_correction_without_change_is_refused(audit: dict) -> None:
    item = next(it for it in audit_items(audit) if it.kind in EVENT_KINDS)
    with pytest.raises(CorrectionError):
        correction_records(audit, item, "anna", date_text=item.data["date"], kind=item.kind)


def test_launch_command(tmp_path: Path) -> None:
    import audit.review.app
    from audit.cli import review_app as launch

    parser = argparse.ArgumentParser()
    launch.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["review", str(tmp_path), "--dossiers", str(EXAMPLES), "--port", "8600"])
    assert args.annotations == Path("annotations")
    cmd = launch.command(args)
    assert cmd[1:5] == ["-m", "streamlit", "run", str(APP)]
    assert APP.is_file() and APP.parent == Path(audit.review.app.__file__).resolve().parent  # found via the package
    joined = " ".join(cmd)
    for flag in ("--server.address localhost", "--browser.gatherUsageStats false", "--server.port 8600",
                 "--server.enableXsrfProtection true", "--server.headless true"):
        assert flag in joined
    after = cmd[cmd.index("--") + 1:]
    assert after[after.index("--audits") + 1] == str(tmp_path.resolve())
    assert after[after.index("--dossiers") + 1] == str(EXAMPLES.resolve())


def test_streamlit_config_is_safe() -> None:
    import tomllib

    cfg = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert cfg["browser"]["gatherUsageStats"] is False
    assert cfg["server"]["address"] == "localhost" and cfg["server"]["headless"] is True
    assert cfg["server"].get("enableXsrfProtection", True) is True


@pytest.mark.parametrize("script", [APP, SHIM], ids=["packaged", "shim"])
def test_starts_without_arguments(script: Path) -> None:
    at = AppTest.from_file(str(script), default_timeout=60)
    at.run()
    assert not at.exception
    assert any("Vul in de zijbalk" in i.value for i in at.info)
    assert {"audits_dir", "dossiers_dir", "annotations_dir", "reviewer"} <= {t.key for t in at.text_input}


# --------------------------------------------------------------------------- norm panels stay on their norm


def _positions(at: AppTest) -> dict[str, tuple[int, ...]]:
    """Where each keyed element sits in the page tree (the browser ties unkeyed state to these positions)."""
    out: dict[str, tuple[int, ...]] = {}

    def walk(node, path: tuple[int, ...]) -> None:
        for i, child in getattr(node, "children", {}).items():
            key = getattr(child, "key", None)
            if key:
                out[key] = (*path, i)
            walk(child, (*path, i))

    walk(at.main, ())
    return out


def _panel(at: AppTest, norm: str):
    """The "Oordeel beoordelen" panel holding the override button of ``norm`` (exactly one)."""
    key = f"{DID}:norm:{norm}:override"
    (panel,) = [e for e in at.expander if any(b.key == key for b in e.button)]
    return panel


def test_override_error_stays_in_its_panel_and_never_moves_another_norm(audits_dir: Path, ann: Path,
                                                                      audit: dict) -> None:
    """Issue: an override without a reason showed its error at the top of the page; that pushed every
    block one place down, so the browser showed the open panel (and its inputs) on the neighbouring
    norm, and an override meant for one norm was logged on another. Whatever panel is open and
    whichever error fired: the error sits in the panel of its norm, nothing moves, and an override
    on norm X is written on X only."""
    norms = list(audit["norms"])
    assert len(norms) >= 2
    at = run_app(audits_dir, ann)
    layout = _positions(at)
    for n, x in enumerate(norms):
        px = f"{DID}:norm:{x}"
        at.session_state[f"{px}:panel"] = True  # the inspector opens the panel of X
        at.selectbox(key=f"{px}:verdict").select("n/a")
        at.button(key=f"{px}:override").click().run()  # no reason: refused
        assert not at.exception and records(ann) == []
        assert _positions(at) == layout, f"error on {x} moved the page"
        assert [e.value for e in at.error] == [e.value for e in _panel(at, x).error], f"error of {x} not in its panel"
        assert any("reden" in e.value for e in _panel(at, x).error)
        for y in norms:
            assert _panel(at, y).proto.expanded is (y in norms[:n + 1]), f"panel of {y} after error on {x}"
            if y not in norms[:n + 1]:  # the others' inputs are untouched
                assert at.selectbox(key=f"{DID}:norm:{y}:verdict").value == "meets"
                assert at.text_area(key=f"{DID}:norm:{y}:reason").value == ""
    for n, x in enumerate(norms):  # every panel open, the last error still shown: override each in turn
        px = f"{DID}:norm:{x}"
        at.text_area(key=f"{px}:reason").input(f"reden bij {x}")
        at.button(key=f"{px}:override").click().run()
        assert not at.exception and _positions(at) == layout
        assert [r.finding_id for r in records(ann)] == norms[:n + 1], f"override of {x} landed elsewhere"
        last = records(ann)[-1]
        assert (last.decision, last.correction, last.reason) == ("override", {"verdict": "n/a"}, f"reden bij {x}")
        assert any("aangepast" in s.value for s in _panel(at, x).success) and not at.error


# --------------------------------------------------------------------------- order, flow, undo (issue: inspection speed)


def test_review_order_puts_what_verdicts_rest_on_first(audit: dict) -> None:
    from audit.review.order import CARRIES, OUTSIDE, outside_window, review_sections

    sections = review_sections(audit)
    assert sections[0].key == CARRIES
    carried = sections[0].items
    for norm, detail in audit["norm_details"].items():
        pos = [i for i, it in enumerate(carried) if it.kind == "norm" and it.finding_id == norm]
        assert pos, norm
        named = [i for i, it in enumerate(carried) if it.kind != "norm" and it.finding_id in detail.get("findings", [])]
        assert all(i < pos[0] for i in named), f"findings of {norm} come before the norm"
    flat = [it for s in sections for it in s.items]
    assert len(flat) == len(audit_items(audit)) == len({it.key for it in flat})
    for s in sections:
        assert all(outside_window(audit, it) for it in s.items) is (s.key == OUTSIDE) or not s.items


def test_outside_window_is_grouped_and_marked() -> None:
    from audit.review.order import OUTSIDE, review_sections

    ev = [{"file": "j.txt", "page": 1, "start": 0, "end": 5, "sentence": "x"}]
    audit = {"dossier_id": "W", "reference_date": "2025-06-01", "norms": {}, "norm_details": {},
             "provenance": {"config": {"norms": {"window_days": 365}}},
             "one_on_one_contacts": [
                 {"finding_id": "o1", "date": "2023-01-05", "evidence": ev, "confidence": 0.9},
                 {"finding_id": "o2", "date": "2025-01-05", "evidence": [{**ev[0], "start": 6}], "confidence": 0.9},
                 {"finding_id": "o3", "date": None, "evidence": [{**ev[0], "start": 9}], "confidence": 0.9}]}
    sections = {s.key: [it.finding_id for it in s.items] for s in review_sections(audit)}
    assert sections[OUTSIDE] == ["o1"] and "o2" in sections["window"] and "o3" in sections["window"]


def test_progress_names_open_norms_and_list_marks_outside(audits_dir: Path, ann: Path, audit: dict) -> None:
    at = run_app(audits_dir, ann)
    n_norms = len(audit["norms"])
    assert any(f"0 van {len(audit_items(audit))} beoordeeld" in c.value and f"{n_norms} normen nog open" in c.value
               for c in at.caption)
    labels = worklist_labels(at)
    from audit.review.order import outside_window

    outside = [it for it in audit_items(audit) if outside_window(audit, it)]
    if outside:
        if at.number_input:  # the list runs over pages; the section "outside the window" comes last
            at.number_input[0].set_value(at.number_input[0].max).run()
            labels = worklist_labels(at)
        assert any(label.endswith("buiten venster") for label in labels)
        assert any("Buiten het venster" in m.value for m in at.markdown)


def test_page_opens_on_first_open_item_and_decisions_move_on(audits_dir: Path, ann: Path, audit: dict) -> None:
    order = review_order(audit)
    at = run_app(audits_dir, ann, focus="")
    assert at.session_state["focus"] == order[0].key  # arrived: the first open item is shown
    for expected_next in order[1:4]:
        shown = at.session_state["focus"]
        which = "confirm" if not shown.startswith("norm:") else "confirm"
        at.button(key=f"{DID}:{shown}:{which}").click().run()
        assert not at.exception
        assert at.session_state["focus"] == expected_next.key
        assert any("bevestigd" in s.value for s in at.success)  # in the focus area, next to the buttons
    assert len(records(ann)) == 3


def test_undo_in_the_app_is_a_new_record_and_shows_the_item_again(audits_dir: Path, ann: Path, audit: dict) -> None:
    first, second = [it.key for it in review_order(audit)[:2]]
    at = run_app(audits_dir, ann, focus=first)
    at.button(key=f"{DID}:{first}:reject").click().run()
    assert at.session_state["focus"] == second
    at.button(key=f"{DID}:undo").click().run()
    assert not at.exception
    assert at.session_state["focus"] == first
    assert any("Ongedaan gemaakt" in s.value for s in at.success)
    state = AnnotationLog(ann).replay(DID)
    assert state.records == [] and [(u.decision, t.decision) for u, t in state.undone] == [("undo", "reject")]
    at.button(key=f"{DID}:undo").click().run()  # nothing of mine left to undo: said so, nothing written
    assert any("geen eigen beslissing" in e.value for e in at.error)
    assert len(AnnotationLog(ann).replay(DID).undone) == 1


def test_corrected_date_shows_in_the_title(audits_dir: Path, ann: Path) -> None:
    did, o = find(audits_dir, "one_on_one_contact", lambda f: f.get("date"))
    focus = f"one_on_one_contact:{o['finding_id']}"
    prefix = f"{did}:{focus}"
    at = run_app(audits_dir, ann, dossier=did, focus=focus)
    at.button(key=f"{prefix}:correct").click().run()
    at.text_input(key=f"{prefix}:date").input("2023-12-29")
    at.button(key=f"FormSubmitter:{prefix}:form-Corrigeren").click().run()
    assert not at.exception
    again = run_app(audits_dir, ann, dossier=did, focus=focus)
    title = f"2023-12-29 (gecorrigeerd, was {o['date']})"
    assert any(title in m.value for m in again.markdown)  # the item shown now
    assert any(title in label for label in worklist_labels(again, did))  # and its line in the list


def test_passage_picker_follows_the_search_and_resets_after_adding(audits_dir: Path, ann: Path) -> None:
    at = run_app(audits_dir, ann)
    at.selectbox(key="add:file").select("journaal.txt").run()
    at.selectbox(key="add:pick").select(3).run()
    at.text_input(key="add:q").input("signs of safety").run()
    assert at.selectbox(key="add:pick").value == 0  # not the 4th sentence of the old list
    shown = [m.value for m in at.markdown if "<mark" in m.value]
    assert any("Signs of Safety" in v for v in shown)
    at.selectbox(key="add:kind").select("safety_check")
    at.text_input(key="add:date").input("2024-10-26")
    at.button(key="add:btn").click().run()
    assert [r.decision for r in records(ann)] == ["add"]
    assert at.text_input(key="add:q").value == "" and at.text_input(key="add:date").value == ""


def test_no_internal_names_in_the_dossier_page(audits_dir: Path, ann: Path, audit: dict) -> None:
    focus = next(it.key for it in review_order(audit) if it.kind == "one_on_one_contact")
    at = run_app(audits_dir, ann, focus=focus, show_others=True)
    shown = "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption]
                      + [b.label for b in at.button] + [e.label for e in at.expander])
    for internal in ("(day)", "detector:", "date_precision", "date=", "confirmed:", "rejected:",
                     "one_on_one_contact:", "safety_check:", "norm:"):
        assert internal not in shown, internal


def test_dutch_command_line_help() -> None:
    from audit.cli import build_parser

    text = build_parser().format_help()
    assert text.startswith("gebruik: ") and "opties:" in text and "deze hulp tonen" in text
    assert "show this help" not in text and "options:" not in text


def test_long_dossier_is_read_in_the_background(audits_dir: Path, ann: Path, audit: dict, monkeypatch,
                                               tmp_path: Path) -> None:
    """Reading a 100-page PDF takes seconds: the page is usable at once with the recorded sentences."""
    import shutil
    import time

    from audit.review.app import session

    slow_read = session._read

    def slow(path: str):
        time.sleep(4)
        return slow_read(path)

    monkeypatch.setattr(session, "_read", slow)
    dossiers = tmp_path / "dossiers"  # a copy: a new folder signature, so nothing cached
    shutil.copytree(EXAMPLES / DID, dossiers / DID)
    focus = next(it.key for it in review_order(audit) if it.kind == "one_on_one_contact")
    t0 = time.perf_counter()
    at = run_app(audits_dir, ann, dossiers=dossiers, focus=focus)
    assert time.perf_counter() - t0 < 4
    assert any("wordt nog gelezen" in i.value for i in at.info)
    assert at.button(key=f"{DID}:{focus}:confirm")  # one can decide already
    sentence_only = [m.value for m in at.markdown if "da-context" in m.value and "<mark" in m.value]
    time.sleep(4.5)
    at.run()
    assert not any("wordt nog gelezen" in i.value for i in at.info)
    in_context = [m.value for m in at.markdown if "da-context" in m.value and "<mark" in m.value]
    assert in_context and len(in_context[0]) > len(sentence_only[0] if sentence_only else "")  # context arrived
