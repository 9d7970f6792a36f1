"""The item being judged now: drawn in full, with keyboard shortcuts, "volgende" and "ongedaan maken".

After Bevestigen / Afwijzen / Corrigeren the next open item of the dossier (review
order) takes its place by itself; the message about the decision stays here, next to
the buttons that were pressed.
"""
from __future__ import annotations

import streamlit as st

from audit.review.app.actions import FOCUS_SLOT, on_next, on_undo
from audit.review.app.item_view import render_item, render_norm
from audit.review.app.session import reviewer, ss
from audit.review.app.widgets import SHORTCUTS, SHORTCUTS_NL, message_slot
from audit.review.items import Item, decision_of
from audit.review.loading import DossierText
from audit.review.order import outside_window
from audit.review.replay import ReplayState


def _nav(did: str) -> None:
    c1, c2 = st.columns(2)
    c1.button("Volgende onbeoordeelde (N)", key="next_inline", on_click=on_next,
              args=(bool(ss.get("f:lowconf")),), width="stretch")  # N itself sits on the sidebar's button
    c2.button("Ongedaan maken", key=f"{did}:undo", on_click=on_undo, args=(did,), shortcut=SHORTCUTS["undo"],
              disabled=not reviewer(), width="stretch")


def render_focus(audit: dict, focus: Item | None, text_of: DossierText | None, st_: ReplayState,
                 shas: dict) -> None:
    """The "nu aan de beurt" area (a norm shown here is left out of the norm cards below)."""
    did = audit["dossier_id"]
    st.subheader("Nu aan de beurt")
    message_slot(FOCUS_SLOT)
    with st.container(border=True):
        if focus is None:
            st.markdown("Niets gekozen. Druk op **Volgende onbeoordeelde** (N) of kies een regel in de werklijst.")
        elif focus.kind == "norm":
            render_norm(audit, focus, audit.get("norm_details") or {}, st_, reviewer() or None, focused=True)
        else:
            st.markdown(f"**{focus.title(decision_of(st_, did, focus, reviewer() or None))}**")
            if outside_window(audit, focus):
                st.caption("Ouder dan 12 maanden vóór de peildatum: verandert geen normoordeel.")
            render_item(audit, focus, text_of, st_, shas)
        _nav(did)
        st.caption(SHORTCUTS_NL + " (niet terwijl je in een tekstveld typt)")
