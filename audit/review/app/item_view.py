"""One item on the dossier page: what the tool found, its evidence, and the ways to decide on it."""
from __future__ import annotations

import streamlit as st

from audit.review.app.actions import (
    item_prefix,
    on_correct_event,
    on_correct_fact,
    on_goal_toggle,
    on_override,
    on_toggle_correct,
)
from audit.review.app.session import reviewer, ss
from audit.review.app.widgets import (
    SHORTCUTS,
    decision_buttons,
    message_slot,
    panel,
    show_evidence,
    show_plain,
    status_line,
    trail,
)
from audit.review.contract import EVENT_KINDS, FACT_KINDS, GOAL_CRITERIA, has_section
from audit.review.goal_review import concreteness, goal_effective_criteria, goal_hint
from audit.review.items import Item, decision_of
from audit.review.labels_nl import (
    CHILD_SPOKEN_OPTIONS,
    CRITERIA_NL,
    FACT_NL,
    KIND_NL,
    NORM_NL,
    PRECISION_NL,
    UNANNOUNCED_OPTIONS,
    VERDICT_NL,
    YES_NO_OPTIONS,
    child_spoken_label,
    names_nl,
    value_nl,
)
from audit.review.loading import DossierText
from audit.review.markup import md_plain, verdict_md
from audit.review.replay import ReplayState


def _event_facts(audit: dict, item: Item) -> list[str]:
    """What the tool says about a dated finding: date, and the fields of its kind."""
    d = item.data
    precision = PRECISION_NL.get(d.get("date_precision"), "")
    facts = [f"datum: {d.get('date') or 'onbekend'}" + (f" (op {precision} nauwkeurig)" if precision else "")]
    if item.kind == "safety_check":
        facts.append(f"kind gesproken: {child_spoken_label(d.get('child_spoken'))}")
        if d.get("copied_from"):
            facts.append(f"kopie van check van {d.get('copied_from')}")
    if item.kind == "home_visit":
        facts.append(f"onaangekondigd: {value_nl(bool(d.get('unannounced')))}")
    facts += _rescreening_facts(audit, item)
    return facts


def _rescreening_facts(audit: dict, item: Item) -> list[str]:
    """Whether this change is the one judged (and what followed), or this rescreening the one after it."""
    r = audit.get("rescreening") or {}
    change, done = r.get("change") or {}, r.get("rescreened") or {}
    if item.kind == "household_change" and change.get("finding_id") == item.finding_id:
        after = f"herscreening op {done.get('date')}" if done else "geen herscreening gevonden"
        return [f"de verandering die beoordeeld wordt; daarna: {after}"]
    if item.kind == "rescreening" and done.get("finding_id") == item.finding_id:
        return [f"de herscreening na de verandering van {change.get('date') or 'onbekende datum'}"]
    return []


def _fact_facts(item: Item) -> list[str]:
    """What the tool says about a file-level fact (names of a VGB escaped by the caller)."""
    d = item.data
    if item.kind != "vgb":
        return [f"{FACT_NL[item.kind][0]} volgens de tool: {'ja' if d.get('documented') else 'nee'}"]
    facts = [f"{FACT_NL['vgb'][0]} volgens de tool: {value_nl(d.get('complete'))}"]
    if d.get("adults"):
        facts.append(f"volwassenen in het pleeggezin: {names_nl(list(d['adults']))}")
    if d.get("complete") is False:
        facts.append(f"zonder VGB: {names_nl(list(d.get('missing') or []))}")
    return facts


def _facts(audit: dict, item: Item) -> None:
    """What the tool says about the item, in one caption (escaped: VGB names come from the dossier)."""
    if item.kind in EVENT_KINDS:
        facts = _event_facts(audit, item)
    elif item.kind in FACT_KINDS:
        facts = _fact_facts(item)
    else:
        return
    if item.confidence is not None:
        facts.append(f"zekerheid: {item.confidence:.2f}")
    st.caption(md_plain(" · ".join(facts)), help=md_plain(f"Technisch: {item.key} · {item.data.get('detector', '–')}"))


def _event_form(audit: dict, item: Item, prefix: str, note_key: str, disabled: bool) -> None:
    d = item.data
    kinds = [k for k in EVENT_KINDS if has_section(audit, k)]
    with st.form(key=f"{prefix}:form", border=True):
        st.markdown("**Corrigeren**")
        c1, c2 = st.columns(2)
        c1.text_input("Datum (JJJJ-MM-DD, JJJJ-MM of JJJJ; leeg = onbekend)", value=d.get("date") or "",
                      key=f"{prefix}:date")
        c2.selectbox("Soort", kinds, index=kinds.index(item.kind), format_func=lambda k: KIND_NL[k], key=f"{prefix}:kind")
        c3, c4 = st.columns(2)
        c3.selectbox("Kind gesproken (bij veiligheidscheck)", list(CHILD_SPOKEN_OPTIONS),
                     index=list(CHILD_SPOKEN_OPTIONS).index(child_spoken_label(d.get("child_spoken"))),
                     key=f"{prefix}:child")
        c4.selectbox("Onaangekondigd (bij huisbezoek)", list(UNANNOUNCED_OPTIONS),
                     index=int(bool(d.get("unannounced"))), key=f"{prefix}:unannounced")
        st.form_submit_button("Corrigeren", on_click=on_correct_event, args=(audit, item, prefix, note_key),
                              disabled=disabled)


def _fact_form(audit: dict, item: Item, prefix: str, note_key: str, disabled: bool) -> None:
    """Documented yes / no; for a VGB: complete yes / no / unknown and who has none."""
    d = item.data
    with st.form(key=f"{prefix}:form", border=True):
        if item.kind != "vgb":
            st.checkbox(FACT_NL[item.kind][1], value=bool(d.get("documented")), key=f"{prefix}:documented")
        else:
            options = list(YES_NO_OPTIONS)
            st.selectbox(FACT_NL["vgb"][1], options, index=options.index(value_nl(d.get("complete"))),
                         key=f"{prefix}:complete")
            st.text_area("Zonder VGB (bij 'nee'): één naam per regel of gescheiden door komma's",
                         value="\n".join(d.get("missing") or []), key=f"{prefix}:missing", height=90)
        st.form_submit_button("Corrigeren", on_click=on_correct_fact, args=(audit, item, prefix, note_key),
                              disabled=disabled)


def render_item(audit: dict, item: Item, text_of: DossierText | None, st_: ReplayState, shas: dict) -> None:
    """The item shown now: evidence, decision buttons (with keys), and the correction form on demand (K)."""
    did = audit["dossier_id"]
    prefix = item_prefix(audit, item)
    note_key = f"{prefix}:note"
    disabled = not reviewer()
    status_line(did, item, st_)
    _facts(audit, item)
    show_evidence(item, text_of, shas)
    if item.kind == "goal":
        render_goal(audit, item, st_, prefix, note_key, disabled)
    decision_buttons(audit, item, prefix, note_key, disabled, reject=item.kind != "vgb", keys=True)
    message_slot(prefix)
    if item.kind in EVENT_KINDS or item.kind in FACT_KINDS:
        correcting = bool(ss.get(f"{prefix}:correcting"))
        st.button("Formulier sluiten" if correcting else "Corrigeren…", key=f"{prefix}:correct",
                  on_click=on_toggle_correct, args=(prefix,), disabled=disabled, shortcut=SHORTCUTS["correct"])
        if correcting and item.kind in EVENT_KINDS:
            _event_form(audit, item, prefix, note_key, disabled)
        elif correcting:
            _fact_form(audit, item, prefix, note_key, disabled)
    st.text_input("Opmerking (optioneel, vóór je beslist)", key=note_key)
    trail(did, item, st_)


def render_goal(audit: dict, item: Item, st_: ReplayState, prefix: str, note_key: str, disabled: bool) -> None:
    """A goal's text, its five criteria as toggles (as this reviewer left them) and the rewrite hint."""
    did, g = audit["dossier_id"], item.data
    me = reviewer()
    mine = [r for r in st_.for_input_hash(did, item.input_hash) if r.reviewer == me] if me else []
    crit = goal_effective_criteria(g, mine)
    st.markdown("**Doeltekst**")
    show_plain(str(g.get("text") or ""))
    cols = st.columns(len(GOAL_CRITERIA))
    cues = g.get("criteria") or {}
    for col, c in zip(cols, GOAL_CRITERIA):
        key = f"{prefix}:crit:{c}:{me}"
        col.toggle(CRITERIA_NL[c], value=crit[c], key=key, disabled=disabled,
                   on_change=on_goal_toggle, args=(audit, item, c, key, note_key))
        col.caption(f"tool: {'ja' if bool(g.get(c)) else 'nee'}")
        cue_list = (cues.get(c) or {}).get("cues") or []
        if cue_list:
            col.text("; ".join(str(x) for x in cue_list)[:200])
    st.markdown(f"**Concreetheid:** {concreteness(crit):.2f} (tool: {float(g.get('concreteness') or 0):.2f})")
    st.markdown("**Tip om te herschrijven**")
    show_plain(goal_hint(g, crit))


def render_norm(audit: dict, it: Item, details: dict, st_: ReplayState, me: str | None, focused: bool = False) -> None:
    """A norm verdict with its explanation; confirm it, or override it with a reason."""
    did, name, verdict = audit["dossier_id"], it.finding_id, it.data["verdict"]
    prefix = item_prefix(audit, it)
    current = decision_of(st_, did, it, me) if me else None
    shown = current.correction.get("verdict") if current and current.decision == "override" else verdict
    st.markdown(f"**{NORM_NL.get(name, md_plain(name))}** — {verdict_md(shown)}"
                + (f" (tool: {VERDICT_NL.get(verdict, verdict)})" if shown != verdict else ""))
    explanation = str((details.get(name) or {}).get("explanation") or "")
    show_plain(explanation if len(explanation) <= 220 else explanation[:200].rsplit(" ", 1)[0] + " …")
    status_line(did, it, st_)
    hint = st.empty()  # always drawn: the hint never moves what follows
    if focused:
        hint.info("Nu aan de beurt: dit normoordeel.")
    with panel("Oordeel beoordelen", did, it.key, opened=focused):
        if len(explanation) > 220:
            show_plain(explanation)
        st.text_input("Opmerking (optioneel)", key=f"{prefix}:note")
        decision_buttons(audit, it, prefix, f"{prefix}:note", not reviewer(), reject=False, keys=focused)
        st.selectbox("Nieuw oordeel", ["meets", "fails", "n/a"], key=f"{prefix}:verdict",
                     format_func=lambda v: VERDICT_NL[v])
        st.text_area("Reden (verplicht bij aanpassen)", key=f"{prefix}:reason", height=70)
        st.button("Oordeel aanpassen", key=f"{prefix}:override", on_click=on_override,
                  args=(audit, name, prefix), disabled=not reviewer())
        message_slot(prefix)  # confirm's and override's messages, in this norm's own panel
    trail(did, it, st_)
