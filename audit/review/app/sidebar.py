"""The sidebar: who is reviewing, which page, which dossier, the folders, and "next"."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from audit.review.app.actions import on_next
from audit.review.app.session import PAGES, audits, cli_defaults, reviewer, ss
from audit.review.app.widgets import SHORTCUTS


def _folders(expanded: bool) -> None:
    with st.sidebar.expander("Mappen", expanded=expanded):
        st.text_input("Map met audit-uitvoer (JSON)", key="audits_dir")
        st.text_input("Map met dossiers (voor de omringende tekst)", key="dossiers_dir")
        st.text_input("Map voor het logboek van beoordelingen", key="annotations_dir")
    d = ss.get("audits_dir", "").strip()
    if d and not Path(d).is_dir():
        st.sidebar.error("Map met audit-uitvoer bestaat niet.")


def sidebar() -> None:
    for k, v in cli_defaults().items():
        ss.setdefault(k, v)
    ss.setdefault("page", PAGES[0])
    sb = st.sidebar
    sb.title("Dossier-audit · beoordelen")
    sb.text_input("Jouw naam (verplicht voor beslissingen)", key="reviewer")
    if not reviewer():
        sb.warning("Vul je naam in om beslissingen te kunnen nemen.")
    sb.radio("Pagina", PAGES, key="page")
    sb.checkbox("Beslissingen van anderen tonen", key="show_others",
                help="Uit laten bij een onafhankelijke tweede beoordeling (anders is de overeenstemming niet zuiver).")
    all_audits = audits()
    if all_audits:
        ids = sorted(all_audits)
        if ss.get("dossier") not in ids:
            ss["dossier"] = ids[0]
        sb.selectbox("Dossier", ids, key="dossier", on_change=lambda: ss.update(focus="", page="Dossier"))
    sb.button("Volgende onbeoordeelde bevinding", key="next", on_click=on_next,
              args=(bool(ss.get("f:lowconf")),), type="primary", width="stretch", shortcut=SHORTCUTS["next"])
    _folders(expanded=not all_audits)
