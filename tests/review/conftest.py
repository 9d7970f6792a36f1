"""The reviewer's tests run from any folder: Streamlit reads ``.streamlit/config.toml`` only from
the current folder, and the app refuses to run with unsafe settings (``guard_app``). AppTest
starts no server, so the safe settings are set here, as ``dossier-audit review`` passes them."""
from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(autouse=True, scope="session")
def _safe_streamlit_settings():
    try:
        from streamlit import config
    except ImportError:  # streamlit is an extra; its tests skip themselves
        yield
        return
    for key, value in (("server.address", "localhost"), ("browser.gatherUsageStats", False),
                       ("server.enableXsrfProtection", True)):
        config.set_option(key, value)
    yield


@pytest.fixture(scope="session")
def audits_dir(tmp_path_factory) -> Path:
    """The tool's audits of examples/ at peildatum 2025-06-01, run once for every app test module."""
    from audit.cli import main

    out = tmp_path_factory.mktemp("audits")
    assert main(["run", str(EXAMPLES), "--out", str(out), "--as-of", "2025-06-01", "--no-progress"]) == 0
    return out
