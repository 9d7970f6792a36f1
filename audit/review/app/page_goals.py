"""Page "Doelencheck": paste goals, see each scored on the five criteria with a rewrite tip."""
from __future__ import annotations

import streamlit as st

from audit.goals.score import GoalScore, score_goal
from audit.review.app.session import goal_model, ss
from audit.review.app.widgets import show_plain
from audit.review.contract import GOAL_CRITERIA
from audit.review.labels_nl import CRITERIA_NL


def _show_score(n: int, s: GoalScore) -> None:
    with st.container(border=True):
        st.markdown(f"**Doel {n}** — concreetheid {s.concreteness:.2f}")
        show_plain(s.text)
        st.dataframe([{"criterium": CRITERIA_NL[c], "voldoet": "✓" if s.criteria[c].value else "✗",
                       "aanwijzingen": "; ".join(s.criteria[c].cues),
                       "bron": "model" if s.criteria[c].source == "model" else "regel"} for c in GOAL_CRITERIA],
                     hide_index=True, width="stretch")
        st.markdown("**Tip**")
        show_plain(s.hint)


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
    model = goal_model()
    if model is None:
        st.caption("Geen model gevonden: alleen regels gebruikt.")
    for n, g in enumerate(goals, 1):
        _show_score(n, score_goal(g, termijn=ss.get("gc:termijn") or None, wie=ss.get("gc:wie") or None, model=model))
