"""The reviewer app (Streamlit, Dutch), shipped inside the package.

``main.py`` is the script Streamlit runs (``dossier-audit review`` starts it; the
top-level ``app.py`` is a shim that calls :func:`audit.review.app.main.main`).
The other modules are its parts: ``session`` (folders, caches, who is reviewing),
``actions`` (what a click writes to the log), ``widgets`` and ``item_view`` (how a
finding is shown), one ``page_*`` module per page, and ``sidebar``. The logic they
use lives Streamlit-free in :mod:`audit.review`. Importing this package does not
import Streamlit.
"""
from __future__ import annotations

from pathlib import Path

#: the script to hand to ``streamlit run``
SCRIPT = Path(__file__).resolve().with_name("main.py")
