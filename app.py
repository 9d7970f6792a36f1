"""Beoordelingsapp voor dossier-audit: inspecteurs bevestigen of corrigeren elke bevinding.

    streamlit run app.py -- --audits OUT --dossiers DOSSIERS --annotations annotations/
    dossier-audit review OUT --dossiers DOSSIERS --annotations annotations/

De tool stelt voor, de inspecteur beslist. Elke klik schrijft meteen één record in
het logboek (``audit.review.annotations.AnnotationLog``); het scherm toont daarna de
nieuwe stand. Alle dossiertekst gaat escaped (``app_logic.escape_text``) in HTML;
niets van de dossiertekst wordt gelogd.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent
if str(_ROOT) not in sys.path:  # find the package next to this file, installed or not
    sys.path.insert(0, str(_ROOT))

import streamlit as st  # noqa: E402
from filelock import Timeout  # noqa: E402

from audit.review import app_logic as L  # noqa: E402
from audit.review.annotations import (  # noqa: E402
    EVENT_KINDS,
    GOAL_CRITERIA,
    AnnotationLog,
    InvalidRecord,
    file_shas,
)

PAGES = ["Overzicht", "Dossier", "Doelencheck", "Verschillen"]
ss = st.session_state


# --------------------------------------------------------------------------- arguments


def _cli_defaults() -> dict[str, str]:
    """Folders given after ``--`` on the streamlit command line (absent under tests)."""
    p = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    p.add_argument("--audits", default="")
    p.add_argument("--dossiers", default="")
    p.add_argument("--annotations", default="")
    p.add_argument("--reviewer", default="")
    args, _ = p.parse_known_args(sys.argv[1:])
    return {"audits_dir": args.audits, "dossiers_dir": args.dossiers,
            "annotations_dir": args.annotations or "annotations", "reviewer": args.reviewer}


# --------------------------------------------------------------------------- caches


@st.cache_resource(max_entries=4, show_spinner=False)
def _audits(path: str, signature: tuple) -> dict:
    return L.load_audits(Path(path))


@st.cache_resource(max_entries=4, show_spinner=False)
def _replay(path: str, signature: tuple):
    return AnnotationLog(Path(path)).replay()


@st.cache_resource(max_entries=8, show_spinner="Dossier wordt gelezen…")
def _dossier_text(path: str, signature: tuple) -> L.DossierText:
    from audit.read import load_dossier

    return L.DossierText(load_dossier(Path(path)))


@st.cache_resource(show_spinner=False)
def _goal_model():
    from audit.goals.model import default_model

    return default_model()


def audits() -> dict:
    d = ss.get("audits_dir", "").strip()
    return _audits(d, L.audits_signature(Path(d))) if d else {}


def state():
    d = Path(ss.get("annotations_dir", "").strip() or "annotations")
    return _replay(str(d), L.folder_signature(d))


def dossier_text(dossier_id: str) -> L.DossierText | None:
    d = ss.get("dossiers_dir", "").strip()
    folder = L.dossier_folder(Path(d), dossier_id) if d else None
    if folder is None:
        return None
    return _dossier_text(str(folder), L.folder_signature(folder))


def reviewer() -> str:
    return " ".join(str(ss.get("reviewer", "")).split())


def log() -> AnnotationLog:
    return AnnotationLog(Path(ss.get("annotations_dir", "").strip() or "annotations"))


# --------------------------------------------------------------------------- writing


def flash(level: str, message: str) -> None:
    ss["flash"] = (level, message)


def write(make_records, done: str) -> None:
    """Build the record(s) and append each at once; the message says what happened (in Dutch)."""
    if not reviewer():
        flash("error", "Vul eerst je naam in (zijbalk) voordat je een beslissing neemt.")
        return
    try:
        records = make_records()
        for r in records:
            log().append(r)
    except (InvalidRecord, L.CorrectionError) as exc:
        flash("error", f"Niet opgeslagen: {exc}")
    except Timeout:
        flash("error", "Niet opgeslagen: het logboek is bezet door een andere beoordelaar. Probeer het opnieuw.")
    except OSError as exc:
        flash("error", f"Niet opgeslagen: logboek niet schrijfbaar ({type(exc).__name__}).")
    else:
        flash("success", done)


def note_of(key: str) -> str:
    return str(ss.get(key, "") or "").strip()


def on_decide(audit: dict, item: L.Item, decision: str, note_key: str) -> None:
    from audit.review.annotations import AnnotationRecord

    if item.kind == "norm" and decision == "confirm":
        write(lambda: [L.norm_confirm_record(audit, item.finding_id, reviewer(), note_of(note_key))],
              f"{item.title()}: bevestigd.")
        return
    write(lambda: [AnnotationRecord.for_item(audit, item.kind, item.finding_id, decision, reviewer(),
                                             note=note_of(note_key))],
          f"{item.title()}: {L.DECISION_NL[decision]}.")


def on_correct_event(audit: dict, item: L.Item, prefix: str, note_key: str) -> None:
    write(lambda: L.correction_records(audit, item, reviewer(), date_text=str(ss.get(f"{prefix}:date", "")),
                                       kind=ss.get(f"{prefix}:kind", item.kind),
                                       child_spoken=ss.get(f"{prefix}:child"), note=note_of(note_key)),
          f"{item.title()}: gecorrigeerd.")


def on_correct_matching(audit: dict, item: L.Item, prefix: str, note_key: str) -> None:
    from audit.review.annotations import AnnotationRecord

    documented = bool(ss.get(f"{prefix}:documented"))
    write(lambda: [AnnotationRecord.for_item(audit, "matching_rationale", item.finding_id, "correct", reviewer(),
                                             correction={"documented": documented}, note=note_of(note_key))],
          f"{item.title()}: gecorrigeerd (vastgelegd: {'ja' if documented else 'nee'}).")


def on_goal_toggle(audit: dict, item: L.Item, crit: str, key: str, note_key: str) -> None:
    value = bool(ss.get(key))
    write(lambda: [L.goal_criteria_record(audit, item, reviewer(), {crit: value}, note_of(note_key))],
          f"Doel {item.finding_id}: {L.CRITERIA_NL[crit]} → {'ja' if value else 'nee'}.")


def on_override(audit: dict, norm: str, prefix: str) -> None:
    write(lambda: [L.override_record(audit, norm, ss.get(f"{prefix}:verdict", "meets"),
                                     str(ss.get(f"{prefix}:reason", "")), reviewer())],
          f"Normoordeel {L.NORM_NL.get(norm, norm)} aangepast.")


def on_add(audit: dict, text_of: L.DossierText) -> None:
    name = ss.get("add:file")
    doc = text_of.doc(name) if name else None
    found = text_of.search(name, str(ss.get("add:q", ""))) if doc is not None else []
    idx = ss.get("add:pick")

    def make():
        if doc is None or idx is None or not (0 <= idx < len(found)):
            raise L.CorrectionError("kies een bestand en een passage")
        ev = L.evidence_from_passage(doc, found[idx])
        return [L.added_record(audit, ss.get("add:kind", "one_on_one_contact"), ev, reviewer(),
                               date_text=str(ss.get("add:date", "")), child_spoken=ss.get("add:child"),
                               note=note_of("add:note"))]

    write(make, "Bevinding toegevoegd.")


def on_withdraw(record) -> None:
    write(lambda: [L.withdraw_record(record, reviewer(), "toevoeging ingetrokken")], "Toevoeging ingetrokken.")


def on_next(low_conf: bool) -> None:
    all_audits = audits()
    st_ = state()
    rows = L.filter_rows(L.overview_rows(all_audits, st_, reviewer() or None),
                         norm=ss.get("f:norm") or None, verdict=ss.get("f:verdict") or None,
                         low_confidence_first=low_conf)
    order = [r.dossier_id for r in rows] or sorted(all_audits)
    current = (ss.get("dossier"), ss.get("focus") or "") if ss.get("dossier") else None
    found = L.next_unreviewed(
        order, lambda did: L.audit_items(all_audits[did], low_confidence_first=low_conf),
        lambda did, it: L.is_reviewed(st_, did, it, reviewer() or None), current)
    if found is None:
        flash("success", "Alles is beoordeeld.")
        return
    ss["dossier"], ss["focus"], ss["page"] = found[0], found[1].key, "Dossier"


def on_open(dossier_id: str, focus: str = "") -> None:
    ss["dossier"], ss["focus"], ss["page"] = dossier_id, focus, "Dossier"


# --------------------------------------------------------------------------- rendering helpers


def show_html(fragment: str) -> None:
    """Only for fragments built by app_logic from escaped text."""
    st.markdown(fragment, unsafe_allow_html=True)


def show_plain(text: str) -> None:
    show_html(L.highlight_html(text, (0, len(text)), [], prefix_ellipsis=False, suffix_ellipsis=False))


def status_line(did: str, item: L.Item, st_) -> None:
    me = reviewer()
    mine = L.decision_of(st_, did, item, me) if me else None
    others = [r for r in st_.for_input_hash(did, item.input_hash) if r.reviewer != me]
    latest_other: dict[str, object] = {}
    for r in others:
        latest_other[r.reviewer] = r
    bits = [f"**Jouw beslissing:** {L.DECISION_NL.get(mine.decision, mine.decision) if mine else 'nog niet beoordeeld'}"]
    if latest_other and ss.get("show_others"):
        bits.append("**Anderen:** " + ", ".join(f"{L.md_plain(name)}: {L.DECISION_NL.get(r.decision, r.decision)}"
                                               for name, r in sorted(latest_other.items())))
    st.markdown(" · ".join(bits))


def trail(did: str, item: L.Item, st_) -> None:
    records = [r for r in st_.for_input_hash(did, item.input_hash)
               if ss.get("show_others") or r.reviewer == reviewer()]
    if records:
        with st.popover(f"Geschiedenis ({len(records)})"):
            for r in records:
                st.text(L.describe_record(r))
                if r.note:
                    st.text(f"   opmerking: {r.note}")
                if r.reason:
                    st.text(f"   reden: {r.reason}")


def show_evidence(item: L.Item, text_of: L.DossierText | None, shas: dict) -> None:
    if not item.evidence:
        st.caption("Geen bewijs in het dossier (de bevinding rust op het hele dossier).")
        return
    for v in L.evidence_views(item.evidence, text_of, shas):
        where = f"{v.file} · pagina {v.page if v.page else '–'} · tekens {v.start}–{v.end}"
        st.caption(L.md_plain(where))
        if v.message:
            st.warning(v.message)
        show_html(v.html)


def decision_buttons(audit: dict, item: L.Item, prefix: str, note_key: str, disabled: bool,
                     reject: bool = True) -> None:
    cols = st.columns(2 if reject else 1)
    cols[0].button("Bevestigen", key=f"{prefix}:confirm", on_click=on_decide, args=(audit, item, "confirm", note_key),
                   disabled=disabled, type="primary", width="stretch")
    if reject:
        cols[1].button("Afwijzen", key=f"{prefix}:reject", on_click=on_decide, args=(audit, item, "reject", note_key),
                       disabled=disabled, width="stretch")


def render_item(audit: dict, item: L.Item, text_of: L.DossierText | None, st_, shas: dict) -> None:
    did = audit["dossier_id"]
    prefix = f"{did}:{item.key}"
    note_key = f"{prefix}:note"
    disabled = not reviewer()
    status_line(did, item, st_)
    d = item.data
    if item.kind in EVENT_KINDS:
        facts = [f"datum: {d.get('date') or 'onbekend'} ({d.get('date_precision') or '–'})"]
        if item.kind == "safety_check":
            facts.append(f"kind gesproken: {L.child_spoken_label(d.get('child_spoken'))}")
            if d.get("copied_from"):
                facts.append(f"kopie van check van {d.get('copied_from')}")
        if item.confidence is not None:
            facts.append(f"zekerheid: {item.confidence:.2f}")
        facts.append(f"detector: {d.get('detector', '–')}")
        st.caption(L.md_plain(" · ".join(facts)))
    elif item.kind == "matching_rationale":
        st.caption(L.md_plain(f"vastgelegd volgens de tool: {'ja' if d.get('documented') else 'nee'}"
                              + (f" · zekerheid: {item.confidence:.2f}" if item.confidence is not None else "")))
    show_evidence(item, text_of, shas)
    st.text_input("Opmerking (optioneel)", key=note_key)
    if item.kind == "goal":
        render_goal(audit, item, st_, prefix, note_key, disabled)
        decision_buttons(audit, item, prefix, note_key, disabled)
    else:
        decision_buttons(audit, item, prefix, note_key, disabled)
    if item.kind in EVENT_KINDS:
        with st.form(key=f"{prefix}:form", border=True):
            st.markdown("**Corrigeren**")
            c1, c2, c3 = st.columns(3)
            c1.text_input("Datum (JJJJ-MM-DD, JJJJ-MM of JJJJ; leeg = onbekend)", value=d.get("date") or "",
                          key=f"{prefix}:date")
            c2.selectbox("Soort", list(EVENT_KINDS), index=list(EVENT_KINDS).index(item.kind),
                         format_func=lambda k: L.KIND_NL[k], key=f"{prefix}:kind")
            c3.selectbox("Kind gesproken (bij veiligheidscheck)", list(L.CHILD_SPOKEN_OPTIONS),
                         index=list(L.CHILD_SPOKEN_OPTIONS).index(L.child_spoken_label(d.get("child_spoken"))),
                         key=f"{prefix}:child")
            st.form_submit_button("Corrigeren", on_click=on_correct_event, args=(audit, item, prefix, note_key),
                                  disabled=disabled)
    elif item.kind == "matching_rationale":
        with st.form(key=f"{prefix}:form", border=True):
            st.checkbox("Afweging is vastgelegd", value=bool(d.get("documented")), key=f"{prefix}:documented")
            st.form_submit_button("Corrigeren", on_click=on_correct_matching, args=(audit, item, prefix, note_key),
                                  disabled=disabled)
    trail(did, item, st_)


def render_goal(audit: dict, item: L.Item, st_, prefix: str, note_key: str, disabled: bool) -> None:
    did, g = audit["dossier_id"], item.data
    me = reviewer()
    mine = [r for r in st_.for_input_hash(did, item.input_hash) if r.reviewer == me] if me else []
    crit = L.goal_effective_criteria(g, mine)
    st.markdown("**Doeltekst**")
    show_plain(str(g.get("text") or ""))
    cols = st.columns(len(GOAL_CRITERIA))
    cues = g.get("criteria") or {}
    for col, c in zip(cols, GOAL_CRITERIA):
        key = f"{prefix}:crit:{c}:{me}"
        col.toggle(L.CRITERIA_NL[c], value=crit[c], key=key, disabled=disabled,
                   on_change=on_goal_toggle, args=(audit, item, c, key, note_key))
        tool = bool(g.get(c))
        col.caption(f"tool: {'ja' if tool else 'nee'}")
        cue_list = (cues.get(c) or {}).get("cues") or []
        if cue_list:
            col.text("; ".join(str(x) for x in cue_list)[:200])
    value = L.concreteness(crit)
    st.markdown(f"**Concreetheid:** {value:.2f} (tool: {float(g.get('concreteness') or 0):.2f})")
    st.markdown("**Tip om te herschrijven**")
    show_plain(L.goal_hint(g, crit))


# --------------------------------------------------------------------------- pages


def page_overview() -> None:
    st.header("Overzicht")
    all_audits = audits()
    if not all_audits:
        st.info("Geen audits gevonden. Vul in de zijbalk de map met de uitvoer van 'dossier-audit run' in.")
        return
    st_ = state()
    me = reviewer() or None
    rows = L.overview_rows(all_audits, st_, me)
    c1, c2, c3, c4 = st.columns(4)
    c1.checkbox("Alleen onbeoordeelde", key="f:unreviewed")
    norms = sorted({n for r in rows for n in r.norms})
    c2.selectbox("Norm", [""] + norms, key="f:norm", format_func=lambda n: L.NORM_NL.get(n, n) if n else "alle normen")
    c3.selectbox("Oordeel", ["", "meets", "fails", "n/a"], key="f:verdict",
                 format_func=lambda v: L.VERDICT_NL.get(v, v) if v else "alle oordelen")
    c4.checkbox("Laagste zekerheid eerst", key="f:lowconf")
    shown = L.filter_rows(rows, unreviewed_only=bool(ss.get("f:unreviewed")), norm=ss.get("f:norm") or None,
                          verdict=ss.get("f:verdict") or None, low_confidence_first=bool(ss.get("f:lowconf")))
    done = sum(r.reviewed for r in rows)
    total = sum(r.total for r in rows)
    who = f"door {me}" if me else "door iemand"
    st.caption(f"{len(shown)} van {len(rows)} dossiers · {done}/{total} bevindingen beoordeeld {L.md_plain(who)}")
    st.progress(done / total if total else 1.0)
    if shown:
        st.dataframe([r.as_table_row() for r in shown], hide_index=True, width="stretch",
                     column_config={"voortgang": st.column_config.ProgressColumn("voortgang", min_value=0.0,
                                                                                   max_value=1.0, format="percent")})
        c1, c2 = st.columns([3, 1])
        pick = c1.selectbox("Dossier openen", [r.dossier_id for r in shown], key="f:open")
        c2.button("Openen", key="f:open_btn", on_click=on_open, args=(pick,), width="stretch")
    else:
        st.info("Geen dossiers bij deze filters.")
    if st_.problems:
        st.warning(f"{len(st_.problems)} regel(s) in het logboek overgeslagen (onvolledig of ongeldig).")


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
    shas = file_shas(audit)
    st.header(f"Dossier {L.md_plain(did)}")
    done, total = L.progress(audit, st_, me)
    st.caption(f"Peildatum {audit.get('reference_date')} · {done}/{total} beoordeeld "
               f"{L.md_plain('door ' + me) if me else '(door iemand)'}")
    st.progress(done / total if total else 1.0)
    if text_of is None:
        st.warning("Dossiermap niet gevonden: alleen de vastgelegde zinnen worden getoond, zonder omringende tekst.")
    for err in audit.get("errors") or []:
        st.warning(L.md_plain(f"{err.get('file')}: {err.get('message')}"))

    items = L.audit_items(audit, low_confidence_first=bool(ss.get("f:lowconf")))
    by_key = {it.key: it for it in items}

    # norms first: verdict, Dutch explanation, confirm / override (two per row to keep it short)
    st.subheader("Normoordelen")
    details = audit.get("norm_details") or {}
    norm_items = [i for i in items if i.kind == "norm"]
    for row_start in range(0, len(norm_items), 2):
        for col, it in zip(st.columns(2), norm_items[row_start:row_start + 2]):
            with col, st.container(border=True):
                render_norm(audit, it, details, st_, me, focused=(it.key == ss.get("focus")))

    if ss.get("show_others"):
        with st.expander("Uitkomst na beoordeling (beslissingen van alle beoordelaars toegepast)"):
            reviewed_view(audit, st_)

    focus = by_key.get(ss.get("focus") or "")
    if focus is not None and focus.kind != "norm":
        st.subheader("Nu aan de beurt")
        with st.container(border=True):
            st.markdown(f"**{focus.title()}**")
            render_item(audit, focus, text_of, st_, shas)
            st.button("Volgende onbeoordeelde bevinding", key="next_inline", on_click=on_next,
                      args=(bool(ss.get("f:lowconf")),))

    st.subheader("Bevindingen")
    only_open = st.toggle("Alleen onbeoordeelde tonen", key="d:only_open")
    for kind in L.KIND_ORDER[:-1]:
        group = [it for it in items if it.kind == kind and it is not focus
                 and not (only_open and L.is_reviewed(st_, did, it, me))]
        if not group:
            continue
        st.markdown(f"#### {L.KIND_NL[kind]} ({len(group)})")
        for it in group:
            mark = "✔ " if L.is_reviewed(st_, did, it, me) else "○ "
            with st.expander(mark + it.title(), expanded=False):
                render_item(audit, it, text_of, st_, shas)

    added_section(audit, st_)
    if text_of is not None:
        add_section(audit, text_of)


def render_norm(audit: dict, it: L.Item, details: dict, st_, me: str | None, focused: bool = False) -> None:
    did, name, verdict = audit["dossier_id"], it.finding_id, it.data["verdict"]
    prefix = f"{did}:{it.key}"
    current = L.decision_of(st_, did, it, me) if me else None
    shown = current.correction.get("verdict") if current and current.decision == "override" else verdict
    st.markdown(f"**{L.NORM_NL.get(name, L.md_plain(name))}** — {L.verdict_md(shown)}"
                + (f" (tool: {L.VERDICT_NL.get(verdict, verdict)})" if shown != verdict else ""))
    show_plain(str((details.get(name) or {}).get("explanation") or ""))
    status_line(did, it, st_)
    if focused:
        st.info("Nu aan de beurt: dit normoordeel.")
    with st.expander("Oordeel beoordelen", expanded=focused):
        st.text_input("Opmerking (optioneel)", key=f"{prefix}:note")
        decision_buttons(audit, it, prefix, f"{prefix}:note", not reviewer(), reject=False)
        st.selectbox("Nieuw oordeel", ["meets", "fails", "n/a"], key=f"{prefix}:verdict",
                     format_func=lambda v: L.VERDICT_NL[v])
        st.text_area("Reden (verplicht bij aanpassen)", key=f"{prefix}:reason", height=70)
        st.button("Oordeel aanpassen", key=f"{prefix}:override", on_click=on_override,
                  args=(audit, name, prefix), disabled=not reviewer())
    trail(did, it, st_)


def reviewed_view(audit: dict, st_) -> None:
    from audit.review.export import apply_annotations

    try:
        reviewed = apply_annotations(audit, st_)
    except Exception as exc:  # never break the page on the summary
        st.error(f"Uitkomst kon niet worden berekend ({type(exc).__name__}).")
        return
    rows = []
    for name, verdict in reviewed.get("norms", {}).items():
        rows.append({"norm": L.NORM_NL.get(name, name), "tool": L.VERDICT_NL.get(audit["norms"].get(name), "–"),
                     "na beoordeling": L.VERDICT_NL.get(verdict, verdict)})
    st.dataframe(rows, hide_index=True, width="stretch")
    counts = reviewed.get("review", {}).get("counts", {})
    st.caption(" · ".join(f"{k}: {v}" for k, v in counts.items()))


def added_section(audit: dict, st_) -> None:
    did = audit["dossier_id"]
    added = st_.added_findings(did)
    if not added:
        return
    st.subheader(f"Toegevoegd door beoordelaars ({len(added)})")
    for r in added:
        with st.container(border=True):
            st.markdown(L.md_plain(f"{L.KIND_NL.get(r.finding_kind, r.finding_kind)} · {r.finding_id} · door "
                                   f"{r.reviewer} · " + ", ".join(f"{k}={L._fmt(v)}" for k, v in r.correction.items()
                                                                  if k != "text")))
            for ev in r.evidence:
                st.caption(L.md_plain(f"{ev.get('file')} · pagina {ev.get('page') or '–'} · tekens "
                                      f"{ev.get('start')}–{ev.get('end')}"))
                show_plain(str(ev.get("sentence") or ""))
            st.button("Intrekken", key=f"{did}:withdraw:{r.record_id}", on_click=on_withdraw, args=(r,),
                      disabled=not reviewer())


def add_section(audit: dict, text_of: L.DossierText) -> None:
    st.subheader("Toevoegen wat de tool miste")
    names = text_of.file_names
    if not names:
        st.info("Geen leesbare bestanden in deze dossiermap.")
        return
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
        return
    if len(found) >= 200:
        st.caption("Eerste 200 zinnen; verfijn met een zoektekst.")
    if not isinstance(ss.get("add:pick"), int) or ss["add:pick"] >= len(found):
        ss["add:pick"] = 0
    st.selectbox("Passage", list(range(len(found))), key="add:pick",
                 format_func=lambda i: found[i].label(doc.text))
    p = found[ss["add:pick"]]
    st.caption(L.md_plain(f"{name} · pagina {p.page or '–'} · tekens {p.start}–{p.end}"))
    show_html(L.highlight_html(doc.text, L.context_window(doc.text, p.start, p.end, text_of.entries(name)),
                               [(p.start, p.end)]))
    c1, c2, c3 = st.columns(3)
    c1.selectbox("Soort", [*EVENT_KINDS, "goal"], key="add:kind", format_func=lambda k: L.KIND_NL[k])
    c2.text_input("Datum (JJJJ-MM-DD, JJJJ-MM of JJJJ; leeg = onbekend)", key="add:date")
    c3.selectbox("Kind gesproken (bij veiligheidscheck)", list(L.CHILD_SPOKEN_OPTIONS), index=2, key="add:child")
    st.text_input("Opmerking (optioneel)", key="add:note")
    st.button("Toevoegen", key="add:btn", on_click=on_add, args=(audit, text_of), disabled=not reviewer(),
              type="primary")


def page_goals() -> None:
    st.header("Doelencheck")
    st.write("Plak doelen uit een plan, één per regel. Elk doel wordt beoordeeld op de vijf criteria "
             "(specifiek, meetbaar, termijn, wie, ontwikkeling), met een tip om het te herschrijven.")
    st.text_area("Doelen (één per regel)", key="gc:text", height=160)
    c1, c2 = st.columns(2)
    c1.text_input("Termijn (optioneel, geldt voor alle doelen)", key="gc:termijn")
    c2.text_input("Wie (optioneel, geldt voor alle doelen)", key="gc:wie")
    goals = [g.strip() for g in str(ss.get("gc:text", "")).splitlines() if g.strip()]
    if not st.button("Beoordelen", key="gc:go", type="primary") and not ss.get("gc:shown"):
        return
    ss["gc:shown"] = True
    if not goals:
        st.info("Geen doelen ingevuld.")
        return
    from audit.goals.score import score_goal

    model = _goal_model()
    if model is None:
        st.caption("Geen model gevonden: alleen regels gebruikt.")
    for n, g in enumerate(goals, 1):
        s = score_goal(g, termijn=ss.get("gc:termijn") or None, wie=ss.get("gc:wie") or None, model=model)
        with st.container(border=True):
            st.markdown(f"**Doel {n}** — concreetheid {s.concreteness:.2f}")
            show_plain(s.text)
            st.dataframe([{"criterium": L.CRITERIA_NL[c], "voldoet": "✓" if s.criteria[c].value else "✗",
                           "aanwijzingen": "; ".join(s.criteria[c].cues),
                           "bron": "model" if s.criteria[c].source == "model" else "regel"} for c in GOAL_CRITERIA],
                         hide_index=True, width="stretch")
            st.markdown("**Tip**")
            show_plain(s.hint)


def page_disagreements() -> None:
    from audit.review.agreement import compute_agreement

    try:
        from audit.review.agreement import _describe as describe
    except ImportError:  # pragma: no cover
        def describe(x: str) -> str:
            return x
    st.header("Verschillen tussen beoordelaars")
    report = compute_agreement(state())
    if not report.by_kind:
        st.info("Nog geen bevindingen die door twee beoordelaars zijn beoordeeld.")
        return

    def krow(r, names):
        return {"groep": names.get(r.group, r.group), "beoordelaars": f"{r.reviewer_a} / {r.reviewer_b}", "n": r.n,
                "gelijk": f"{r.observed:.0%}", "kappa": "n.v.t." if r.kappa is None else f"{r.kappa:.2f}",
                "opmerking": r.note}

    st.subheader("Overeenstemming per soort bevinding")
    st.dataframe([krow(r, L.KIND_NL) for r in report.by_kind], hide_index=True, width="stretch")
    if report.by_norm:
        st.subheader("Per norm")
        st.dataframe([krow(r, L.NORM_NL) for r in report.by_norm], hide_index=True, width="stretch")
    st.subheader(f"Te bespreken verschillen ({len(report.disagreements)})")
    if not report.disagreements:
        st.success("Geen verschillen.")
        return
    st.dataframe([{"dossier": d.dossier_id, "bevinding": d.finding_id, "soort": L.KIND_NL.get(d.finding_kind),
                   "beoordelaar A": f"{d.reviewer_a}: {describe(d.decision_a)}",
                   "beoordelaar B": f"{d.reviewer_b}: {describe(d.decision_b)}"} for d in report.disagreements],
                 hide_index=True, width="stretch")
    labels = [f"{d.dossier_id} · {d.finding_kind}:{d.finding_id}" for d in report.disagreements]
    c1, c2 = st.columns([3, 1])
    i = c1.selectbox("Verschil openen", list(range(len(labels))), format_func=lambda k: labels[k], key="v:pick")
    d = report.disagreements[i]
    c2.button("Openen", key="v:open", on_click=on_open, args=(d.dossier_id, f"{d.finding_kind}:{d.finding_id}"),
              width="stretch")


# --------------------------------------------------------------------------- main


def sidebar() -> None:
    for k, v in _cli_defaults().items():
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
              args=(bool(ss.get("f:lowconf")),), type="primary", width="stretch")
    with sb.expander("Mappen", expanded=not all_audits):
        st.text_input("Map met audit-uitvoer (JSON)", key="audits_dir")
        st.text_input("Map met dossiers (voor de omringende tekst)", key="dossiers_dir")
        st.text_input("Map voor het logboek van beoordelingen", key="annotations_dir")
    d = ss.get("audits_dir", "").strip()
    if d and not Path(d).is_dir():
        sb.error("Map met audit-uitvoer bestaat niet.")


def main() -> None:
    st.set_page_config(page_title="Dossier-audit beoordelen", layout="wide")
    sidebar()
    msg = ss.pop("flash", None)
    if msg:
        (st.success if msg[0] == "success" else st.error)(msg[1])
    {"Overzicht": page_overview, "Dossier": page_dossier, "Doelencheck": page_goals,
     "Verschillen": page_disagreements}[ss.get("page", PAGES[0])]()


main()
