"""Page "Overzicht": every dossier with its progress and norm verdicts, filtered and ordered."""
from __future__ import annotations

import streamlit as st

from audit.review.app.actions import on_open
from audit.review.app.session import audits, reviewer, ss, state
from audit.review.labels_nl import NORM_NL, VERDICT_NL
from audit.review.markup import md_plain
from audit.review.queue import OverviewRow, filter_rows, overview_rows


def _filters(rows: list[OverviewRow]) -> list[OverviewRow]:
    """The filter widgets, and the rows they let through."""
    c1, c2, c3, c4 = st.columns(4)
    c1.checkbox("Alleen onbeoordeelde", key="f:unreviewed")
    found = {n for r in rows for n in r.norms}
    norms = [n for n in NORM_NL if n in found] + sorted(found - set(NORM_NL))  # in the order of the norms
    c2.selectbox("Norm", [""] + norms, key="f:norm", format_func=lambda n: NORM_NL.get(n, n) if n else "alle normen")
    c3.selectbox("Oordeel", ["", "meets", "fails", "n/a"], key="f:verdict",
                 format_func=lambda v: VERDICT_NL.get(v, v) if v else "alle oordelen")
    c4.checkbox("Laagste zekerheid eerst", key="f:lowconf")
    return filter_rows(rows, unreviewed_only=bool(ss.get("f:unreviewed")), norm=ss.get("f:norm") or None,
                       verdict=ss.get("f:verdict") or None, low_confidence_first=bool(ss.get("f:lowconf")))


def _table(shown: list[OverviewRow]) -> None:
    st.dataframe([r.as_table_row() for r in shown], hide_index=True, width="stretch",
                 column_config={"voortgang": st.column_config.ProgressColumn("voortgang", min_value=0.0,
                                                                               max_value=1.0, format="percent")})
    c1, c2 = st.columns([3, 1])
    pick = c1.selectbox("Dossier openen", [r.dossier_id for r in shown], key="f:open")
    c2.button("Openen", key="f:open_btn", on_click=on_open, args=(pick,), width="stretch")


def page_overview() -> None:
    st.header("Overzicht")
    all_audits = audits()
    if not all_audits:
        st.info("Geen audits gevonden. Vul in de zijbalk de map met de uitvoer van 'dossier-audit run' in.")
        return
    st_ = state()
    me = reviewer() or None
    rows = overview_rows(all_audits, st_, me)
    shown = _filters(rows)
    done = sum(r.reviewed for r in rows)
    total = sum(r.total for r in rows)
    who = f"door {me}" if me else "door iemand"
    st.caption(f"{len(shown)} van {len(rows)} dossiers · {done}/{total} bevindingen beoordeeld {md_plain(who)}")
    st.progress(done / total if total else 1.0)
    if shown:
        _table(shown)
    else:
        st.info("Geen dossiers bij deze filters.")
    if st_.problems:
        st.warning(f"{len(st_.problems)} regel(s) in het logboek overgeslagen (onvolledig of ongeldig).")
