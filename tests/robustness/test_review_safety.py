"""Point 7 of issue 14: the reviewer app runs local-only, without usage statistics, from any folder."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from audit.cli import review_app

ROOT = Path(__file__).resolve().parents[2]
STREAMLIT_DEFAULTS = {"server.address": None, "browser.gatherUsageStats": True, "server.enableXsrfProtection": True}
SAFE = {"server.address": "localhost", "browser.gatherUsageStats": False, "server.enableXsrfProtection": True}


def test_review_command_passes_every_safety_setting(tmp_path: Path) -> None:
    args = argparse.Namespace(audits_dir=tmp_path, dossiers=None, annotations=tmp_path / "a", port=8600)
    cmd = review_app.command(args)
    joined = " ".join(cmd[: cmd.index("--")])
    for key, value in review_app.SAFE_OPTIONS.items():
        assert f"--{key} {value}" in joined
    assert review_app.SAFE_OPTIONS["server.address"] == "localhost"
    assert review_app.SAFE_OPTIONS["browser.gatherUsageStats"] == "false"


def test_streamlit_defaults_are_unsafe() -> None:
    problems = review_app.unsafe_settings(STREAMLIT_DEFAULTS.get)
    assert len(problems) == 2
    assert any("localhost" in p for p in problems) and any("gebruiksstatistieken" in p for p in problems)
    assert review_app.unsafe_settings(SAFE.get) == []
    assert review_app.unsafe_settings({**SAFE, "server.address": "0.0.0.0"}.get) != []
    assert review_app.unsafe_settings({**SAFE, "server.enableXsrfProtection": False}.get) != []


def test_refusal_names_the_exact_command() -> None:
    message = review_app.refusal(["x"], ["--audits", "/data/uit voer", "--annotations", "ann"])
    assert "dossier-audit review '/data/uit voer' --annotations ann" in message
    assert ("streamlit run app.py --server.address localhost --server.headless true "
            "--server.enableXsrfProtection true --browser.gatherUsageStats false") in message
    assert message.startswith("De beoordelingsapp start niet")


def _settings_in(cwd: Path, flags: bool = False) -> str:
    """``unsafe_settings()`` in a fresh process started in ``cwd`` (with the review command's flags, as
    ``streamlit run`` applies them, when ``flags``)."""
    code = ("import sys\nfrom streamlit.web import bootstrap\nfrom audit.cli.review_app import unsafe_settings\n"
            "if sys.argv[1] == 'flags':\n"
            "    bootstrap.load_config_options({'server_address': 'localhost', 'browser_gatherUsageStats': False,"
            " 'server_enableXsrfProtection': True})\n"
            "print(unsafe_settings())")
    proc = subprocess.run([sys.executable, "-c", code, "flags" if flags else "none"], cwd=cwd, capture_output=True,
                          text=True, timeout=120,
                          env={**{k: v for k, v in os.environ.items() if not k.startswith("STREAMLIT_")},
                               "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_started_from_another_folder_is_seen_as_unsafe(tmp_path: Path) -> None:
    """No .streamlit/config.toml there: Streamlit's defaults (all interfaces, statistics on) are caught."""
    found = _settings_in(tmp_path)
    assert "gebruiksstatistieken" in found and "localhost" in found
    assert _settings_in(ROOT) == "[]"  # the repository's own .streamlit/config.toml is safe
    assert _settings_in(tmp_path, flags=True) == "[]"  # the flags 'dossier-audit review' passes are enough


def test_guard_app_stops_the_page(monkeypatch) -> None:
    pytest.importorskip("streamlit")
    from streamlit.testing.v1 import AppTest

    def app() -> None:
        import streamlit as st

        from audit.cli.review_app import guard_app

        guard_app(["--audits", "OUT"])
        st.write("de app zelf")

    monkeypatch.setattr(review_app, "unsafe_settings", lambda get_option=None: ["gebruiksstatistieken staan aan"])
    at = AppTest.from_function(app).run(timeout=60)
    assert [e.value for e in at.error] and "dossier-audit review OUT" in at.error[0].value
    assert not any("de app zelf" in m.value for m in at.markdown)
    monkeypatch.setattr(review_app, "unsafe_settings", lambda get_option=None: [])
    at = AppTest.from_function(app).run(timeout=60)
    assert not at.error and any("de app zelf" in m.value for m in at.markdown)
