"""Page "Verschillen": agreement between reviewers (Cohen's kappa) and the findings they differ on."""
from __future__ import annotations

import streamlit as st

from audit.review.agreement import AgreementReport, KappaResult, compute_agreement, describe_label
from audit.review.app.actions import on_open
from audit.review.app.session import state
from audit.review.labels_nl import KIND_NL, NORM_NL


def _kappa_row(r: KappaResult, names: dict[str, str]) -> dict[str, object]:
    return {"groep": names.get(r.group, r.group), "beoordelaars": f"{r.reviewer_a} / {r.reviewer_b}", "n": r.n,
            "gelijk": f"{r.observed:.0%}", "kappa": "n.v.t." if r.kappa is None else f"{r.kappa:.2f}",
            "opmerking": r.note}


def _disagreements(report: AgreementReport) -> None:
    st.dataframe([{"dossier": d.dossier_id, "bevinding": d.finding_id, "soort": KIND_NL.get(d.finding_kind),
                   "beoordelaar A": f"{d.reviewer_a}: {describe_label(d.decision_a)}",
                   "beoordelaar B": f"{d.reviewer_b}: {describe_label(d.decision_b)}"} for d in report.disagreements],
                 hide_index=True, width="stretch")
    labels = [f"{d.dossier_id} · {d.finding_kind}:{d.finding_id}" for d in report.disagreements]
    c1, c2 = st.columns([3, 1])
    i = c1.selectbox("Verschil openen", list(range(len(labels))), format_func=lambda k: labels[k], key="v:pick")
    d = report.disagreements[i]
    c2.button("Openen", key="v:open", on_click=on_open, args=(d.dossier_id, f"{d.finding_kind}:{d.finding_id}"),
              width="stretch")


def page_disagreements() -> None:
    st.header("Verschillen tussen beoordelaars")
    report = compute_agreement(state())
    if not report.by_kind:
        st.info("Nog geen bevindingen die door twee beoordelaars zijn beoordeeld.")
        return
    st.subheader("Overeenstemming per soort bevinding")
    st.dataframe([_kappa_row(r, KIND_NL) for r in report.by_kind], hide_index=True, width="stretch")
    if report.by_norm:
        st.subheader("Per norm")
        st.dataframe([_kappa_row(r, NORM_NL) for r in report.by_norm], hide_index=True, width="stretch")
    st.subheader(f"Te bespreken verschillen ({len(report.disagreements)})")
    if not report.disagreements:
        st.success("Geen verschillen.")
        return
    _disagreements(report)
