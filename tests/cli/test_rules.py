"""Rules are inputs: from the package or an explicit --rules folder (recorded with hashes), never the cwd."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from audit.cli import main
from audit.resources import resource_names

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "VLD-0101"


def _run(out: Path, *extra: str) -> dict:
    status = main(["run", str(EXAMPLE), "--out", str(out), "--as-of", "2025-06-01", "--no-progress",
                   "--pipeline", "embedded", *extra])
    assert status == 0
    audit = json.loads((out / "VLD-0101.json").read_text("utf-8"))
    audit["provenance"].pop("generated_at")
    return audit


def _without_talk_triggers(path: Path) -> None:
    source = Path(__file__).resolve().parents[2] / "audit" / "resources" / "event_triggers.json"
    data = json.loads(source.read_text("utf-8"))
    data["triggers"] = [t for t in data["triggers"] if t["label"] != "one_on_one_contact"]
    path.write_text(json.dumps(data), "utf-8")


def test_a_rules_file_in_the_working_directory_changes_nothing(tmp_path, monkeypatch):
    clean = _run(tmp_path / "clean")
    assert clean["one_on_one_contacts"], "the example has talks: the check below would be empty"
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    _without_talk_triggers(cwd / "event_triggers.json")
    (cwd / "context_rules.json").write_text("{ not json", "utf-8")
    monkeypatch.chdir(cwd)
    assert _run(tmp_path / "bogus") == clean


def test_rules_folder_is_used_and_recorded(tmp_path):
    clean = _run(tmp_path / "clean")
    rules = tmp_path / "rules"
    rules.mkdir()
    _without_talk_triggers(rules / "event_triggers.json")
    custom = _run(tmp_path / "custom", "--rules", str(rules))
    assert custom["one_on_one_contacts"] == [] != clean["one_on_one_contacts"]
    prov = custom["provenance"]["rules"]
    assert prov["rules_dir"] == str(rules) and prov["overridden"] == ["event_triggers.json"]
    assert prov["sha256"]["event_triggers.json"] != clean["provenance"]["rules"]["sha256"]["event_triggers.json"]
    assert set(prov["sha256"]) == set(resource_names())


def test_broken_rules_folder_is_a_usage_error(tmp_path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "context_rules.json").write_text("{ not json", "utf-8")
    status = main(["run", str(EXAMPLE), "--out", str(tmp_path / "o"), "--rules", str(rules), "--no-progress"])
    assert status == 2
    assert "context_rules.json" in capsys.readouterr().err
    assert main(["run", str(EXAMPLE), "--out", str(tmp_path / "o"), "--rules", str(tmp_path / "nope")]) == 2


def test_every_shipped_rules_file_is_hashed(tmp_path):
    shutil.copytree(EXAMPLE, tmp_path / "VLD-0101")
    audit = _run(tmp_path / "o")
    assert audit["provenance"]["rules"]["rules_dir"] is None
    assert all(len(h) == 64 for h in audit["provenance"]["rules"]["sha256"].values())
