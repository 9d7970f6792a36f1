"""The dossier's work list: every item as one line, in review order, a page at a time.

Only the item being judged is drawn in full (:mod:`focus_view`); the list shows one
button per item, paginated, so a page costs the same on 10 or 400 findings.
"""
from __future__ import annotations

import math

import streamlit as st

from audit.review.app.actions import on_open
from audit.review.app.session import ss
from audit.review.items import Item
from audit.review.labels_nl import KIND_HEADING_NL
from audit.review.order import CARRIES, OUTSIDE, Section

PAGE_SIZE = 20


def _rows(sections: list[Section], decided: dict[str, object],
          only_open: bool) -> list[tuple[Section, Item, object]]:
    """(section, item, this reviewer's standing decision or None) per line."""
    return [(section, it, decided[it.key]) for section in sections for it in section.items
            if not (only_open and decided[it.key] is not None)]


def _page_of_focus(rows: list[tuple[Section, Item, object]], focus: str) -> int | None:
    return next((i // PAGE_SIZE for i, (_, it, _) in enumerate(rows) if it.key == focus), None)


def render_worklist(did: str, sections: list[Section], decided: dict[str, object]) -> None:
    """Section headings, then one line per item (✔ decided, ○ open, ▶ shown now); a click shows it."""
    st.subheader("Werklijst")
    only_open = st.toggle("Alleen onbeoordeelde tonen", key="d:only_open")
    rows = _rows(sections, decided, only_open)
    if not rows:
        st.info("Geen items in deze lijst.")
        return
    pages = math.ceil(len(rows) / PAGE_SIZE)
    page_key, seen_key = f"{did}:wl:page", f"{did}:wl:focus"
    focus = ss.get("focus") or ""
    if ss.get(seen_key) != focus:  # the item shown moved on: the list follows it
        ss[seen_key] = focus
        at = _page_of_focus(rows, focus)
        if at is not None:
            ss[page_key] = at + 1
    if not isinstance(ss.get(page_key), int) or not 1 <= ss[page_key] <= pages:
        ss[page_key] = 1
    if pages > 1:
        st.number_input(f"Pagina (van {pages})", min_value=1, max_value=pages, step=1, key=page_key)
    start = (ss[page_key] - 1) * PAGE_SIZE
    current: tuple[Section | None, str] = (None, "")
    for section, it, mine in rows[start:start + PAGE_SIZE]:
        current = _headings(section, it, current)
        mark = ("▶ " if it.key == focus else "") + ("✔" if mine is not None else "○")
        label = f"{mark} {it.title(mine)}" + (" · buiten venster" if section.key == OUTSIDE else "")
        st.button(label, key=f"{did}:open:{it.key}", on_click=on_open, args=(did, it.key), type="tertiary")


def _headings(section: Section, it: Item, current: tuple[Section | None, str]) -> tuple[Section, str]:
    """The section's heading where it starts; within it a heading per kind ("Huisbezoeken"), so a long list
    reads by kind. Not in the first section: there each norm follows the findings it rests on."""
    shown, kind = current
    if section is not shown:
        st.markdown(f"**{section.title}** ({len(section.items)})")
        kind = ""
    if section.key != CARRIES and it.kind != kind:
        n = sum(1 for x in section.items if x.kind == it.kind)
        st.caption(f"{KIND_HEADING_NL.get(it.kind, it.kind)} ({n})")
    return section, it.kind
