"""Shared fixtures: the repository's folders, the embedded pipeline, and the rules reset between tests.

Tests mirror the package (``tests/read`` for ``audit/read`` ...); the slow training test
carries the ``slow`` marker (CI runs it: nothing deselects it by default).
"""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return ROOT / "examples"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The tests' own data: context cases, a policy text."""
    return ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def nlp():
    """The embedded Dutch pipeline with our components (what the accuracy figures use)."""
    from audit.nlp import load

    return load("embedded")


@pytest.fixture(scope="session")
def triggers():
    """A private pipeline with the trigger component only (no context): which cues a sentence fires."""
    from tests.pipelines import detection_pipeline

    return detection_pipeline(context_too=False)


@pytest.fixture(autouse=True)
def _package_rules():
    """Every test starts and ends with the packaged rules (a --rules test must not leak)."""
    from audit.resources import use_rules_dir

    use_rules_dir(None)
    yield
    use_rules_dir(None)
