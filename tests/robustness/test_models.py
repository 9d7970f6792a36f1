"""Point 5 of issue 14: exactly the project's allow-list is loaded; a bad model is a Dutch warning
naming the file (stderr and provenance.models), or with models.on_error = "error" exit 2."""
from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio

from audit.cli import main
from audit.ml import skops_io, store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "VLD-0101"
MODELS = ("goal_model.skops", "decision_model.skops", "sentence_classifiers.skops")


def _ridge_file(path: Path) -> Path:
    """A model file with a type skops trusts by default but the project does not list."""
    from sklearn.linear_model import RidgeClassifier

    model = RidgeClassifier().fit(np.array([[0.0], [1.0]]), [0, 1])
    return skops_io.dump({"pipelines": {"specific": model}, "meta": {}}, path)


def _tree_file(path: Path) -> Path:
    from sklearn.tree import DecisionTreeClassifier

    model = DecisionTreeClassifier().fit(np.array([[0.0], [1.0]]), [0, 1])
    return skops_io.dump({"pipelines": {"specific": model}, "meta": {}}, path)


def test_default_trusted_type_outside_the_list_is_refused(tmp_path: Path) -> None:
    path = _ridge_file(tmp_path / "ridge.skops")
    assert sio.get_untrusted_types(file=path) == []  # skops alone would load it
    with pytest.raises(skops_io.UntrustedModelFile) as info:
        skops_io.load(path)
    assert "sklearn.linear_model._ridge.RidgeClassifier" in info.value.types


def test_decision_tree_is_refused(tmp_path: Path) -> None:
    with pytest.raises(skops_io.UntrustedModelFile, match="DecisionTreeClassifier"):
        skops_io.load(_tree_file(tmp_path / "tree.skops"))


def test_shipped_models_use_only_listed_types() -> None:
    """skops' default-trusted types in our own files are on the list too (else they could not load)."""
    for name in MODELS:
        path = store.model_path(name)
        assert skops_io.not_allowed(path) == set(), name
        assert skops_io.types_in(path) <= set(skops_io.TRUSTED_TYPES)
        skops_io.load(path)


def test_load_passes_the_allow_list_explicitly(tmp_path: Path, monkeypatch) -> None:
    seen = {}
    real = sio.load

    def spy(file, trusted=None):
        seen["trusted"] = trusted
        return real(file, trusted=trusted)

    monkeypatch.setattr(sio, "load", spy)
    skops_io.load(store.model_path("goal_model.skops"))
    assert seen["trusted"] == list(skops_io.TRUSTED_TYPES)


@pytest.fixture
def models_dir(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the shipped models that the run uses instead of the package's."""
    folder = tmp_path / "models"
    folder.mkdir()
    for name in MODELS:
        shutil.copy2(store.model_path(name), folder / name)
    monkeypatch.setattr(store, "model_path", lambda name: folder / name)
    return folder


def _run(tmp_path: Path, *extra: str) -> list[str]:
    return ["run", str(EXAMPLE), "--out", str(tmp_path / "out"), "--no-progress", "--pipeline", "embedded",
            "--as-of", "2025-06-01", *extra]


@pytest.mark.parametrize("damage", ["garbage", "ridge"])
def test_bad_goal_model_is_a_warning_naming_the_file(tmp_path: Path, models_dir: Path, caplog, damage) -> None:
    goal = models_dir / "goal_model.skops"
    if damage == "garbage":
        goal.write_bytes(b"geen model, maar rommel\x00\x01" * 100)
        reason = "geen geldig modelbestand"
    else:
        _ridge_file(goal)
        reason = "typen buiten de toegestane lijst"
    with caplog.at_level(logging.WARNING):
        assert main(_run(tmp_path)) == 0
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("goal_model.skops" in m and reason in m for m in warnings), warnings
    audit = json.loads((tmp_path / "out" / "VLD-0101.json").read_text("utf-8"))
    entry = audit["provenance"]["models"]["goal_model"]
    assert entry["loaded"] is False and "goal_model.skops" in entry["warning"] and reason in entry["warning"]
    assert entry["sha256"]  # which file was refused, by hash


@pytest.mark.parametrize("damage", ["garbage", "ridge", "missing"])
def test_on_error_error_stops_the_run_with_exit_2(tmp_path: Path, models_dir: Path, capsys, damage) -> None:
    goal = models_dir / "goal_model.skops"
    if damage == "garbage":
        goal.write_bytes(b"rommel" * 100)
    elif damage == "ridge":
        _ridge_file(goal)
    else:
        goal.unlink()
    assert main(_run(tmp_path, "--set", "models.on_error=error")) == 2
    err = capsys.readouterr().err
    assert "goal_model.skops" in err and 'models.on_error = "error"' in err and "Traceback" not in err
    assert not (tmp_path / "out" / "VLD-0101.json").exists()  # stopped before any dossier


def test_on_error_error_runs_with_good_models(tmp_path: Path, models_dir: Path) -> None:
    assert main(_run(tmp_path, "--set", "models.on_error=error")) == 0
