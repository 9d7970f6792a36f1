"""Beoordelingsapp voor dossier-audit (shim: the app ships in the package, ``audit/review/app/``).

    streamlit run app.py -- --audits OUT --dossiers DOSSIERS --annotations annotations/
    dossier-audit review OUT --dossiers DOSSIERS --annotations annotations/

Streamlit executes this file again on every interaction, so it calls the app's
entry function each time; the imports themselves are cached.
"""
from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent
if str(_ROOT) not in sys.path:  # find the package next to this file, installed or not
    sys.path.insert(0, str(_ROOT))

from audit.review.app.main import main  # noqa: E402

main()
