"""Page "Dossier": one dossier's norm verdicts, its findings to decide on, and what the tool missed."""
from __future__ import annotations

import streamlit as st

from audit.review.app.actions import on_add, on_next, on_withdraw
from audit.review.app.item_view import render_item, render_norm
from audit.review.app.session import audits, dossier_text, reviewer, ss, state
from audit.review.app.widgets import message_slot, panel, show_html, show_plain
from audit.review.contract import EVENT_KINDS
from audit.review.evidence import context_window
from audit.review.identity import file_shas
from audit.review.items import KIND_ORDER, Item, audit_items, is_reviewed
from audit.review.labels_nl import CHILD_SPOKEN_OPTIONS, KIND_NL, NORM_NL, VERDICT_NL, value_nl
from audit.review.loading import DossierText
from audit.review.markup import highlight_html, md_plain
from audit.review.queue import progress
from audit.review.replay import ReplayState


def _header(audit: dict, st_: ReplayState, me: str | None, text_of: DossierText | None) -> None:
    did = audit["dossier_id"]
    st.header(f"Dossier {md_plain(did)}")
    done, total = progress(audit, st_, me)
    st.caption(f"Peildatum {audit.get('reference_date')} · {done}/{total} beoordeeld "
               f"{md_plain('door ' + me) if me else '(door iemand)'}")
    st.progress(done / total if total else 1.0)
    if text_of is None:
        st.warning("Dossiermap niet gevonden: alleen de vastgelegde zinnen worden getoond, zonder omringende tekst.")
    for err in audit.get("errors") or []:
        st.warning(md_plain(f"{err.get('file')}: {err.get('message')}"))


def _norms(audit: dict, items: list[Item], st_: ReplayState, me: str | None) -> None:
    """Norms first: verdict, Dutch explanation, confirm / override (two per row to keep it short)."""
    st.subheader("Normoordelen")
    details = audit.get("norm_details") or {}
    norm_items = [i for i in items if i.kind == "norm"]
    for row_start in range(0, len(norm_items), 2):
        for col, it in zip(st.columns(2), norm_items[row_start:row_start + 2]):
            with col, st.container(border=True):
                render_norm(audit, it, details, st_, me, focused=(it.key == ss.get("focus")))


def _focused(audit: dict, focus: Item, text_of: DossierText | None, st_: ReplayState, shas: dict) -> None:
    st.subheader("Nu aan de beurt")
    with st.container(border=True):
        st.markdown(f"**{focus.title()}**")
        render_item(audit, focus, text_of, st_, shas)
        st.button("Volgende onbeoordeelde bevinding", key="next_inline", on_click=on_next,
                  args=(bool(ss.get("f:lowconf")),))


def _findings(audit: dict, items: list[Item], focus: Item | None, text_of: DossierText | None,
              st_: ReplayState, me: str | None) -> None:
    """Every other finding, grouped by kind, each in an expander marked ✔ once decided."""
    did, shas = audit["dossier_id"], file_shas(audit)
    st.subheader("Bevindingen")
    only_open = st.toggle("Alleen onbeoordeelde tonen", key="d:only_open")
    for kind in KIND_ORDER[:-1]:
        group = [it for it in items if it.kind == kind and it is not focus
                 and not (only_open and is_reviewed(st_, did, it, me))]
        if not group:
            continue
        st.markdown(f"#### {KIND_NL[kind]} ({len(group)})")
        for it in group:
            mark = "✔ " if is_reviewed(st_, did, it, me) else "○ "
            with panel(mark + it.title(), did, it.key):
                render_item(audit, it, text_of, st_, shas)


def page_dossier() -> None:
    all_audits = audits()
    if not all_audits:
        st.info("Geen audits gevonden. Vul in de zijbalk de map met de uitvoer van 'dossier-audit run' in.")
        return
    did = ss.get("dossier")
    if did not in all_audits:
        did = sorted(all_audits)[0]
        ss["dossier"] = did
    audit = all_audits[did]
    st_ = state()
    me = reviewer() or None
    text_of = dossier_text(did)
    _header(audit, st_, me, text_of)
    items = audit_items(audit, low_confidence_first=bool(ss.get("f:lowconf")))
    _norms(audit, items, st_, me)
    if ss.get("show_others"):
        with st.expander("Uitkomst na beoordeling (beslissingen van alle beoordelaars toegepast)"):
            reviewed_view(audit, st_)
    focus = {it.key: it for it in items}.get(ss.get("focus") or "")
    if focus is not None and focus.kind != "norm":
        _focused(audit, focus, text_of, st_, file_shas(audit))
    _findings(audit, items, focus, text_of, st_, me)
    added_section(audit, st_)
    if text_of is not None:
        add_section(audit, text_of)


def reviewed_view(audit: dict, st_: ReplayState) -> None:
    """The norms after every reviewer's decisions, as ``dossier-audit export`` would write them."""
    from audit.review.export import apply_annotations

    try:
        reviewed = apply_annotations(audit, st_)
    except Exception as exc:  # never break the page on the summary
        st.error(f"Uitkomst kon niet worden berekend ({type(exc).__name__}).")
        return
    rows = []
    for name, verdict in reviewed.get("norms", {}).items():
        rows.append({"norm": NORM_NL.get(name, name), "tool": VERDICT_NL.get(audit["norms"].get(name), "–"),
                     "na beoordeling": VERDICT_NL.get(verdict, verdict)})
    st.dataframe(rows, hide_index=True, width="stretch")
    counts = reviewed.get("review", {}).get("counts", {})
    st.caption(md_plain(f"status: {reviewed.get('review_status', '–')} · ")
               + " · ".join(f"{k}: {v}" for k, v in counts.items()))


def added_section(audit: dict, st_: ReplayState) -> None:
    """Findings reviewers added that still stand, each with a button to withdraw it."""
    did = audit["dossier_id"]
    added = st_.added_findings(did)
    if not added:
        return
    st.subheader(f"Toegevoegd door beoordelaars ({len(added)})")
    for r in added:
        with st.container(border=True):
            st.markdown(md_plain(f"{KIND_NL.get(r.finding_kind, r.finding_kind)} · {r.finding_id} · door "
                                 f"{r.reviewer} · " + ", ".join(f"{k}={value_nl(v)}" for k, v in r.correction.items()
                                                                if k != "text")))
            for ev in r.evidence:
                st.caption(md_plain(f"{ev.get('file')} · pagina {ev.get('page') or '–'} · tekens "
                                    f"{ev.get('start')}–{ev.get('end')}"))
                show_plain(str(ev.get("sentence") or ""))
            st.button("Intrekken", key=f"{did}:withdraw:{r.record_id}", on_click=on_withdraw, args=(r,),
                      disabled=not reviewer())
            message_slot(f"{did}:withdraw:{r.record_id}")


def _pick_passage(text_of: DossierText, names: list[str]) -> bool:
    """File, search and passage pickers; False when there is no passage to pick."""
    if ss.get("add:file") not in names:
        ss["add:file"] = names[0]
    c1, c2 = st.columns(2)
    c1.selectbox("Bestand", names, key="add:file")
    c2.text_input("Zoek in het bestand (leeg = alle zinnen)", key="add:q")
    name = ss["add:file"]
    doc = text_of.doc(name)
    found = text_of.search(name, str(ss.get("add:q", "")))
    if not found:
        st.info("Geen zin gevonden met deze zoektekst.")
        return False
    if len(found) >= 200:
        st.caption("Eerste 200 zinnen; verfijn met een zoektekst.")
    if not isinstance(ss.get("add:pick"), int) or ss["add:pick"] >= len(found):
        ss["add:pick"] = 0
    st.selectbox("Passage", list(range(len(found))), key="add:pick",
                 format_func=lambda i: found[i].label(doc.text))
    p = found[ss["add:pick"]]
    st.caption(md_plain(f"{name} · pagina {p.page or '–'} · tekens {p.start}–{p.end}"))
    show_html(highlight_html(doc.text, context_window(doc.text, p.start, p.end, text_of.entries(name)),
                             [(p.start, p.end)]))
    return True


def add_section(audit: dict, text_of: DossierText) -> None:
    """Add a finding the tool missed: pick a passage of a file, say what it is."""
    st.subheader("Toevoegen wat de tool miste")
    names = text_of.file_names
    if not names:
        st.info("Geen leesbare bestanden in deze dossiermap.")
        return
    if not _pick_passage(text_of, names):
        return
    c1, c2, c3 = st.columns(3)
    c1.selectbox("Soort", [*EVENT_KINDS, "goal"], key="add:kind", format_func=lambda k: KIND_NL[k])
    c2.text_input("Datum (JJJJ-MM-DD, JJJJ-MM of JJJJ; leeg = onbekend)", key="add:date")
    c3.selectbox("Kind gesproken (bij veiligheidscheck)", list(CHILD_SPOKEN_OPTIONS), index=2, key="add:child")
    st.text_input("Opmerking (optioneel)", key="add:note")
    st.button("Toevoegen", key="add:btn", on_click=on_add, args=(audit, text_of), disabled=not reviewer(),
              type="primary")
    message_slot("add")
