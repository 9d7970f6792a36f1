"""Beoordelingsapp voor dossier-audit: inspecteurs bevestigen of corrigeren elke bevinding.

    dossier-audit review OUT --dossiers DOSSIERS --annotations annotations/
    streamlit run app.py -- --audits OUT --dossiers DOSSIERS --annotations annotations/

De tool stelt voor, de inspecteur beslist. Elke klik schrijft meteen één record in
het logboek (``audit.review.log.AnnotationLog``); het scherm toont daarna de
nieuwe stand. Alle dossiertekst gaat escaped (``audit.review.markup``) in HTML;
niets van de dossiertekst wordt gelogd.

This file is the script Streamlit runs (``dossier-audit review`` passes it to
``streamlit run``); Streamlit executes it again on every interaction, so
:func:`main` draws the whole page each time.
"""
from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:  # run as a script: make the package importable from a checkout
    _ROOT = Path(__file__).resolve().parents[3]
    if (_ROOT / "audit" / "__init__.py").is_file() and str(_ROOT) not in sys.path:
        sys.path.insert(1, str(_ROOT))

import streamlit as st  # noqa: E402

from audit.cli.review_app import guard_app  # noqa: E402
from audit.review.app.page_disagreements import page_disagreements  # noqa: E402
from audit.review.app.page_dossier import page_dossier  # noqa: E402
from audit.review.app.page_goals import page_goals  # noqa: E402
from audit.review.app.page_overview import page_overview  # noqa: E402
from audit.review.app.session import PAGES, ss  # noqa: E402
from audit.review.app.sidebar import sidebar  # noqa: E402
from audit.review.app.widgets import show_message  # noqa: E402

_PAGE = {"Overzicht": page_overview, "Dossier": page_dossier, "Doelencheck": page_goals,
         "Verschillen": page_disagreements}


def main() -> None:
    """Draw the whole app once (Streamlit calls the script again on every interaction)."""
    st.set_page_config(page_title="Dossier-audit beoordelen", layout="wide")
    guard_app()  # refuses unless localhost, no usage statistics, XSRF on; shows the exact command
    sidebar()
    top = st.empty()  # always drawn, so a message here never moves the page below it
    ss["flash_now"] = ss.pop("flash", None)  # the item it is about shows it in its own slot
    _PAGE[ss.get("page", PAGES[0])]()
    left = ss.pop("flash_now", None)
    if left:  # no item took it (a page-wide message, or the item is not on the page now)
        show_message(top, left)


if __name__ == "__main__":
    main()
