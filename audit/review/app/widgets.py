"""Small pieces every page uses: escaped text, a finding's status, history, evidence, buttons.

Dossier text only reaches the page through :func:`show_html` with fragments built
by :mod:`audit.review.markup` (escaped), or through ``st.text`` / ``st.caption`` of
:func:`audit.review.markup.md_plain` strings of our own.
"""
from __future__ import annotations

import streamlit as st

from audit.review.app.actions import on_decide, panel_key
from audit.review.app.session import reviewer, ss
from audit.review.evidence import evidence_views
from audit.review.history import describe_record, latest_by_reviewer
from audit.review.items import Item, decision_of
from audit.review.labels_nl import DECISION_NL
from audit.review.loading import DossierText
from audit.review.markup import md_plain, plain_html
from audit.review.replay import ReplayState


def show_message(slot, message: tuple) -> None:
    """A message left by an action (:func:`actions.flash`), in ``slot``."""
    (slot.success if message[0] == "success" else slot.error)(message[1])


def message_slot(where: str) -> None:
    """The place for the messages of one item's actions, next to its buttons.

    Always drawn (empty without a message), so a message never moves what follows it.
    """
    slot = st.empty()
    message = ss.get("flash_now")
    if message and message[2] == where:
        show_message(slot, ss.pop("flash_now"))


def panel(label: str, dossier_id: str, item_key: str, opened: bool = False):
    """An expander whose open / closed state belongs to the item (dossier + item key), not to its place.

    The browser keeps an unkeyed expander's state by position, so anything drawn above
    it (a message, a hint) moved an open panel onto the neighbouring item. Here the
    state lives in the session under :func:`actions.panel_key`, and it is the default
    of the expander, so it also survives a new label ("✔" once decided).
    """
    key = panel_key(dossier_id, item_key)
    return st.expander(label, expanded=bool(ss.get(key, opened)), key=f"{key}:w", on_change=_remember, args=(key,))


def _remember(key: str) -> None:
    ss[key] = bool(ss.get(f"{key}:w"))


def show_html(fragment: str) -> None:
    """Only for fragments built by :mod:`audit.review.markup` from escaped text."""
    st.markdown(fragment, unsafe_allow_html=True)


def show_plain(text: str) -> None:
    show_html(plain_html(text))


def status_line(did: str, item: Item, st_: ReplayState) -> None:
    """The reviewer's own decision, and the others' when they are to be shown."""
    me = reviewer()
    mine = decision_of(st_, did, item, me) if me else None
    others = latest_by_reviewer(st_.for_input_hash(did, item.input_hash), skip=me)
    bits = [f"**Jouw beslissing:** {DECISION_NL.get(mine.decision, mine.decision) if mine else 'nog niet beoordeeld'}"]
    if others and ss.get("show_others"):
        bits.append("**Anderen:** " + ", ".join(f"{md_plain(name)}: {DECISION_NL.get(r.decision, r.decision)}"
                                               for name, r in sorted(others.items())))
    st.markdown(" · ".join(bits))


def trail(did: str, item: Item, st_: ReplayState) -> None:
    """Every decision on this version of the item (only the reviewer's own unless others are shown)."""
    records = [r for r in st_.for_input_hash(did, item.input_hash)
               if ss.get("show_others") or r.reviewer == reviewer()]
    if records:
        with st.popover(f"Geschiedenis ({len(records)})"):
            for r in records:
                st.text(describe_record(r))
                if r.note:
                    st.text(f"   opmerking: {r.note}")
                if r.reason:
                    st.text(f"   reden: {r.reason}")


def show_evidence(item: Item, text_of: DossierText | None, shas: dict) -> None:
    if not item.evidence:
        st.caption("Geen bewijs in het dossier (de bevinding rust op het hele dossier).")
        return
    for v in evidence_views(item.evidence, text_of, shas):
        where = f"{v.file} · pagina {v.page if v.page else '–'} · tekens {v.start}–{v.end}"
        st.caption(md_plain(where))
        if v.message:
            st.warning(v.message)
        show_html(v.html)


#: keyboard shortcuts of the item shown as "nu aan de beurt" (Streamlit reserves C and R)
SHORTCUTS = {"confirm": "A", "reject": "X", "correct": "K", "next": "N", "undo": "U"}
SHORTCUTS_NL = "Sneltoetsen: A = bevestigen · X = afwijzen · K = corrigeren · N = volgende · U = ongedaan maken"


def decision_buttons(audit: dict, item: Item, prefix: str, note_key: str, disabled: bool,
                     reject: bool = True, keys: bool = False) -> None:
    """Bevestigen / Afwijzen; with ``keys`` (only the item shown now) they answer to A and X."""
    cols = st.columns(2 if reject else 1)
    cols[0].button("Bevestigen", key=f"{prefix}:confirm", on_click=on_decide, args=(audit, item, "confirm", note_key),
                   disabled=disabled, type="primary", width="stretch", shortcut=SHORTCUTS["confirm"] if keys else None)
    if reject:
        cols[1].button("Afwijzen", key=f"{prefix}:reject", on_click=on_decide, args=(audit, item, "reject", note_key),
                       disabled=disabled, width="stretch", shortcut=SHORTCUTS["reject"] if keys else None)
