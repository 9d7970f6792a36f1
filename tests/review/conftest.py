"""The reviewer's tests run from any folder: Streamlit reads ``.streamlit/config.toml`` only from
the current folder, and the app refuses to run with unsafe settings (``guard_app``). AppTest
starts no server, so the safe settings are set here, as ``dossier-audit review`` passes them."""
from __future__ import annotations

import pytest


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
