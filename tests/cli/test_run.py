"""The command line end to end: run on the shipped examples, bad input, zip, extract, exit codes."""
import csv
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from audit.cli import main
from audit.report import NORM_NAMES, validate

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="module")
def example_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    status = main(["run", str(EXAMPLES), "--out", str(out), "--as-of", "2025-06-01", "--no-progress", "--pipeline", "embedded"])
    return status, out


def test_run_on_examples_writes_valid_contract(example_run):
    status, out = example_run
    assert status == 0
    ids = sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir())
    written = sorted(p.stem for p in out.glob("*.json"))
    assert written == ids
    for path in out.glob("*.json"):
        audit = json.loads(path.read_text("utf-8"))
        validate(audit)  # the shipped JSON Schema
        assert audit["reference_date"] == "2025-06-01"
        assert set(audit["norms"]) == set(NORM_NAMES)
        assert audit["provenance"]["pipeline"]["name"].startswith("embedded")
        files = {f["file"] for f in audit["provenance"]["files"]}
        assert files == {p.name for p in (EXAMPLES / audit["dossier_id"]).iterdir() if p.name != "gold.json"}


def test_evidence_offsets_quote_the_extracted_text(example_run):
    from audit.read import load_dossier

    _, out = example_run
    for path in out.glob("*.json"):
        audit = json.loads(path.read_text("utf-8"))
        dossier = load_dossier(EXAMPLES / audit["dossier_id"])
        texts = {d.name: d.text for d in dossier.documents}
        findings = audit["one_on_one_contacts"] + audit["safety_checks"] + audit["behavioural_scientist_advice"] + audit["goals"]
        for f in findings:
            for ev in f["evidence"]:
                assert texts[ev["file"]][ev["start"]:ev["end"]] == ev["sentence"]


def test_summary_csv_has_a_row_per_dossier(example_run):
    _, out = example_run
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    assert len(rows) == len([p for p in EXAMPLES.iterdir() if p.is_dir()])
    assert all(r[n] in ("meets", "fails", "n/a") for r in rows for n in NORM_NAMES)


def test_examples_match_their_gold_norms():
    """Each example dossier ships a gold.json with its own peildatum: judged at that date,
    the main job agrees with the gold norms on at least 80% of them (every dossier counted)."""
    from audit.evaluate import evaluate_corpus

    report = evaluate_corpus(EXAMPLES, as_of_from_gold=True, pipeline="embedded")
    with_gold = [p for p in EXAMPLES.iterdir() if (p / "gold.json").exists()]
    assert report.dossiers == len(with_gold) > 0
    outcomes = [ok for values in report.norms.values() for ok in values]
    annotated = sum(len(json.loads((p / "gold.json").read_text("utf-8"))["norms"]) for p in with_gold)
    assert len(outcomes) == annotated >= len(with_gold) * 6  # every norm the gold annotates (v2 ones may be absent)
    assert sum(outcomes) / len(outcomes) >= 0.8


def test_bad_file_is_reported_and_batch_goes_on(tmp_path, capsys):
    src = tmp_path / "in"
    shutil.copytree(EXAMPLES / "VLD-0101", src / "VLD-0101")
    broken = src / "BROKEN-1"
    broken.mkdir()
    (broken / "journaal.txt").write_text("12-03-2024 | Huisbezoek\nKind apart gesproken.\n", encoding="utf-8")
    (broken / "plan.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    out = tmp_path / "out"
    status = main(["run", str(src), "--out", str(out), "--as-of", "2025-06-01", "--no-progress"])
    assert status == 1
    err = capsys.readouterr().err
    assert "plan.pdf" in err and "Kind apart gesproken" not in err  # file named, no dossier text
    audit = json.loads((out / "BROKEN-1.json").read_text("utf-8"))
    assert audit["errors"][0]["file"] == "plan.pdf"
    assert audit["norms"]["one_on_one_min3_last12m"] == "n/a"  # would be "fails", but a file is unreadable
    assert (out / "VLD-0101.json").exists()
    prov = {f["file"]: f for f in audit["provenance"]["files"]}
    assert prov["plan.pdf"]["read"] is False and len(prov["plan.pdf"]["sha256"]) == 64


def test_zip_of_dossier_folders(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in (EXAMPLES / "VLD-0101").iterdir():
            zf.write(f, f"VLD-0101/{f.name}")
    out = tmp_path / "out"
    assert main(["run", str(archive), "--out", str(out), "--as-of", "2025-06-01", "--no-progress"]) == 0
    assert (out / "VLD-0101.json").exists()


def test_usage_errors_exit_2(tmp_path):
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert main(["run", str(EXAMPLES), "--out", str(tmp_path / "o"), "--set", "norms.bogus=1"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["run", str(EXAMPLES), "--out", str(tmp_path / "o"), "--as-of", "31-02-2025"])
    assert exc.value.code == 2


def test_threshold_override_changes_verdicts(tmp_path):
    out = tmp_path / "out"
    main(["run", str(EXAMPLES / "VLD-0101"), "--out", str(out), "--as-of", "2025-06-01", "--no-progress",
          "--set", "norms.one_on_one_min=50"])
    audit = json.loads(next(out.glob("*.json")).read_text("utf-8"))
    assert audit["norms"]["one_on_one_min3_last12m"] == "fails"
    assert audit["provenance"]["config"]["norms"]["one_on_one_min"] == 50


def test_extract_json_has_provenance(capsys):
    assert main(["extract", str(EXAMPLES / "VLD-0103"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    pdf = next(d for d in data["documents"] if d["name"].endswith(".pdf"))
    assert any(b["page"] == 1 for b in pdf["blocks"])
    assert any(b["kind"] == "table_row" for d in data["documents"] for b in d["blocks"])


def test_python_dash_m_audit_is_the_same_cli():
    done = subprocess.run([sys.executable, "-m", "audit", "--help"], capture_output=True, text=True, check=True)
    for cmd in ("run", "extract", "goals", "evaluate", "train", "export", "agreement"):
        assert cmd in done.stdout


def test_evaluate_several_corpora_prints_each_and_a_total(tmp_path, capsys):
    """Two corpora (the examples split in two): a table per corpus and an overall table that adds them up."""
    import shutil

    folders = sorted(p for p in EXAMPLES.iterdir() if (p / "gold.json").exists())
    a, b = tmp_path / "a", tmp_path / "b"
    for i, folder in enumerate(folders):
        shutil.copytree(folder, (a if i % 2 else b) / folder.name)
    out = tmp_path / "eval.json"
    assert main(["evaluate", str(a), str(b), "--pipeline", "embedded", "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "===== corpus a =====" in text and "===== corpus b =====" in text and "===== totaal (2 corpora)" in text
    data = json.loads(out.read_text("utf-8"))
    assert data["overall"]["dossiers"] == len(folders)
    for det in data["overall"]["detectors"]:
        assert data["overall"]["detectors"][det]["tp"] == sum(
            data["corpora"][c]["detectors"][det]["tp"] for c in ("a", "b"))
