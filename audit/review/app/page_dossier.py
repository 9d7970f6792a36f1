"""Page "Dossier": one dossier's norm verdicts, its findings to decide on, and what the tool missed."""
from __future__ import annotations

from concurrent.futures import Future

import streamlit as st

from audit.review.app.actions import on_add, on_withdraw, show_item
from audit.review.app.focus_view import render_focus
from audit.review.app.item_view import render_norm
from audit.review.app.session import audits, dossier_text, reviewer, ss, state
from audit.review.app.widgets import message_slot, show_html, show_plain
from audit.review.app.worklist import render_worklist
from audit.review.contract import EVENT_KINDS, has_section
from audit.review.evidence import context_window
from audit.review.identity import file_shas
from audit.review.items import Item, decision_of
from audit.review.labels_nl import (
    CHILD_SPOKEN_OPTIONS,
    COUNT_NL,
    FIELD_NL,
    KIND_NL,
    NORM_NL,
    UNANNOUNCED_OPTIONS,
    VERDICT_NL,
    value_nl,
)
from audit.review.loading import DossierText
from audit.review.markup import highlight_html, md_plain
from audit.review.order import review_sections
from audit.review.replay import ReplayState


def _header(audit: dict, items: list[Item], decided: dict[str, object], me: str | None,
            text_of: DossierText | None, pending: bool = False) -> None:
    did = audit["dossier_id"]
    st.header(f"Dossier {md_plain(did)}")
    done = [decided[it.key] is not None for it in items]
    open_norms = sum(1 for it, d in zip(items, done) if it.kind == "norm" and not d)
    who = md_plain("door " + me) if me else "(door iemand)"
    st.caption(f"Peildatum {md_plain(str(audit.get('reference_date')))} · {sum(done)} van {len(items)} beoordeeld "
               f"{who}; {open_norms} {'norm' if open_norms == 1 else 'normen'} nog open")
    st.progress(sum(done) / len(items) if items else 1.0)
    if pending:
        _reading_note()
    elif text_of is None:
        st.warning("Dossiermap niet gevonden of niet leesbaar: alleen de vastgelegde zinnen worden getoond, "
                   "zonder omringende tekst.")
    for err in audit.get("errors") or []:
        st.warning(md_plain(f"{err.get('file')}: {err.get('message')}"))


@st.fragment(run_every=2)
def _reading_note() -> None:
    """While a long dossier is read in the background: say so, and redraw the page once it is read."""
    did = ss.get("dossier")
    if did and not isinstance(dossier_text(did, wait=0), Future):
        st.rerun(scope="app")
    st.info("Het dossier wordt nog gelezen. Je kunt al beslissen op de vastgelegde zinnen; de omringende "
            "tekst verschijnt vanzelf.")


def _norms(audit: dict, items: list[Item], st_: ReplayState, me: str | None) -> None:
    """Norms first: verdict, Dutch explanation, confirm / override (two per row to keep it short)."""
    st.subheader("Normoordelen")
    details = audit.get("norm_details") or {}
    norm_items = [i for i in items if i.kind == "norm"]
    for row_start in range(0, len(norm_items), 2):
        for col, it in zip(st.columns(2), norm_items[row_start:row_start + 2]):
            with col, st.container(border=True):
                if it.key == ss.get("focus"):  # drawn in full under "Nu aan de beurt"
                    st.markdown(f"**{NORM_NL.get(it.finding_id, it.finding_id)}** — wordt hierboven beoordeeld.")
                    continue
                render_norm(audit, it, details, st_, me)
                if it.data.get("verdict") == "fails":
                    st.caption("Voldoet niet: heeft de tool iets gemist? Zoek het in het dossier onder "
                               "'Toevoegen wat de tool miste'.")


def _first_open(order: list[Item], decided: dict[str, object]) -> str:
    """On arrival, show the first open item in review order (nothing when all is done)."""
    return next((it.key for it in order if decided[it.key] is None), "")


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
    text_of = dossier_text(did, wait=0.0 if ss.get(f"{did}:read_started") else 1.0)  # wait once, not per click
    ss[f"{did}:read_started"] = True
    pending = isinstance(text_of, Future)
    if pending:
        text_of = None
    sections = review_sections(audit, low_confidence_first=bool(ss.get("f:lowconf")))
    order = [it for s in sections for it in s.items]
    decided = {it.key: decision_of(st_, did, it, me) for it in order}  # once per run: header, arrival, list
    if ss.get("arrived") != did:  # a dossier just opened: start at its first open item
        ss["arrived"] = did
        if not ss.get("focus"):
            show_item(did, _first_open(order, decided))
    _header(audit, order, decided, me, text_of, pending)
    focus = {it.key: it for it in order}.get(ss.get("focus") or "")
    render_focus(audit, focus, text_of, st_, file_shas(audit))  # first: the item stays in view after each key
    _norms(audit, order, st_, me)
    render_worklist(did, sections, decided)
    with st.expander("Uitkomst na beoordeling (zoals de export die schrijft)"):
        reviewed_view(audit, st_, me)
    added_section(audit, st_)
    if text_of is not None:
        add_section(audit, text_of)


def reviewed_view(audit: dict, st_: ReplayState, me: str | None) -> None:
    """The norms after every reviewer's decisions, as ``dossier-audit export`` would write them.

    While others' decisions are hidden (an independent second review) and others have
    decided on this dossier, the outcome would show them: it stays hidden too.
    """
    from audit.review.export import apply_annotations

    others = [r for r in st_.reviewers(audit["dossier_id"]) if r != me]
    if others and not ss.get("show_others"):
        st.caption("Verborgen: andere beoordelaars hebben dit dossier ook beoordeeld. Zet 'Beslissingen van "
                   "anderen tonen' aan om de gezamenlijke uitkomst te zien.")
        return

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
    status = reviewed.get("review_status") or "–"  # already Dutch (audit.review.status)
    st.caption(md_plain(f"Stand: {status} · ") + " · ".join(f"{COUNT_NL.get(k, k)}: {v}" for k, v in counts.items()))


def added_section(audit: dict, st_: ReplayState) -> None:
    """Findings reviewers added that still stand, each with a button to withdraw it."""
    did = audit["dossier_id"]
    added = st_.added_findings(did)
    if not added:
        return
    st.subheader(f"Toegevoegd door beoordelaars ({len(added)})")
    for r in added:
        with st.container(border=True):
            st.markdown(md_plain(f"{KIND_NL.get(r.finding_kind, r.finding_kind)} · door {r.reviewer} · "
                                 + ", ".join(f"{FIELD_NL.get(k, k)}: {value_nl(v)}" for k, v in r.correction.items()
                                             if k not in ("text", "date_precision"))))
            for ev in r.evidence:
                st.caption(md_plain(f"{ev.get('file')} · pagina {ev.get('page') or '–'} · tekens "
                                    f"{ev.get('start')}–{ev.get('end')}"))
                show_plain(str(ev.get("sentence") or ""))
            st.button("Intrekken", key=f"{did}:withdraw:{r.record_id}", on_click=on_withdraw, args=(r,),
                      disabled=not reviewer())
            message_slot(f"{did}:withdraw:{r.record_id}")


def _new_search() -> None:
    """Another file or search text: the first passage found is the one shown and picked."""
    ss["add:pick"] = 0


def _pick_passage(text_of: DossierText, names: list[str]) -> bool:
    """File, search and passage pickers; False when there is no passage to pick."""
    if ss.get("add:file") not in names:
        ss["add:file"] = names[0]
    c1, c2 = st.columns(2)
    c1.selectbox("Bestand", names, key="add:file", on_change=_new_search)
    c2.text_input("Zoek in het bestand (leeg = alle zinnen)", key="add:q", on_change=_new_search)
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
    kinds = [k for k in EVENT_KINDS if has_section(audit, k)] + ["goal"]  # an older audit has fewer kinds
    c1, c2 = st.columns(2)
    c1.selectbox("Soort", kinds, key="add:kind", format_func=lambda k: KIND_NL[k])
    c2.text_input("Datum (JJJJ-MM-DD, JJJJ-MM of JJJJ; leeg = onbekend)", key="add:date")
    c3, c4 = st.columns(2)
    c3.selectbox("Kind gesproken (bij veiligheidscheck)", list(CHILD_SPOKEN_OPTIONS), index=2, key="add:child")
    c4.selectbox("Onaangekondigd (bij huisbezoek)", list(UNANNOUNCED_OPTIONS), key="add:unannounced")
    st.text_input("Opmerking (optioneel)", key="add:note")
    st.button("Toevoegen", key="add:btn", on_click=on_add, args=(audit, text_of), disabled=not reviewer(),
              type="primary")
    message_slot("add")
