"""What a click does: build the record(s), append each at once, say what happened (in Dutch).

Every function here is a widget callback; it runs before the rerun that shows the
new state, and leaves its message in ``flash`` for that rerun.
"""
from __future__ import annotations

from typing import Callable

from filelock import Timeout

from audit.review.app.session import audits, log, reviewer, ss, state
from audit.review.items import Item, audit_items, is_reviewed
from audit.review.labels_nl import CRITERIA_NL, DECISION_NL, NORM_NL
from audit.review.loading import DossierText
from audit.review.passages import evidence_from_passage
from audit.review.queue import filter_rows, next_unreviewed, overview_rows
from audit.review.record import AnnotationRecord, InvalidRecord
from audit.review.ui_records import (
    CorrectionError,
    added_record,
    correction_records,
    goal_criteria_record,
    norm_confirm_record,
    override_record,
    withdraw_record,
)


def flash(level: str, message: str) -> None:
    ss["flash"] = (level, message)


def write(make_records: Callable[[], list[AnnotationRecord]], done: str) -> None:
    """Build the record(s) and append each at once; the message says what happened (in Dutch)."""
    if not reviewer():
        flash("error", "Vul eerst je naam in (zijbalk) voordat je een beslissing neemt.")
        return
    try:
        records = make_records()
        for r in records:
            log().append(r)
    except (InvalidRecord, CorrectionError) as exc:
        flash("error", f"Niet opgeslagen: {exc}")
    except Timeout:
        flash("error", "Niet opgeslagen: het logboek is bezet door een andere beoordelaar. Probeer het opnieuw.")
    except OSError as exc:
        flash("error", f"Niet opgeslagen: logboek niet schrijfbaar ({type(exc).__name__}).")
    else:
        flash("success", done)


def note_of(key: str) -> str:
    return str(ss.get(key, "") or "").strip()


def on_decide(audit: dict, item: Item, decision: str, note_key: str) -> None:
    if item.kind == "norm" and decision == "confirm":
        write(lambda: [norm_confirm_record(audit, item.finding_id, reviewer(), note_of(note_key))],
              f"{item.title()}: bevestigd.")
        return
    write(lambda: [AnnotationRecord.for_item(audit, item.kind, item.finding_id, decision, reviewer(),
                                             note=note_of(note_key))],
          f"{item.title()}: {DECISION_NL[decision]}.")


def on_correct_event(audit: dict, item: Item, prefix: str, note_key: str) -> None:
    write(lambda: correction_records(audit, item, reviewer(), date_text=str(ss.get(f"{prefix}:date", "")),
                                     kind=ss.get(f"{prefix}:kind", item.kind),
                                     child_spoken=ss.get(f"{prefix}:child"), note=note_of(note_key)),
          f"{item.title()}: gecorrigeerd.")


def on_correct_matching(audit: dict, item: Item, prefix: str, note_key: str) -> None:
    documented = bool(ss.get(f"{prefix}:documented"))
    write(lambda: [AnnotationRecord.for_item(audit, "matching_rationale", item.finding_id, "correct", reviewer(),
                                             correction={"documented": documented}, note=note_of(note_key))],
          f"{item.title()}: gecorrigeerd (vastgelegd: {'ja' if documented else 'nee'}).")


def on_goal_toggle(audit: dict, item: Item, crit: str, key: str, note_key: str) -> None:
    value = bool(ss.get(key))
    write(lambda: [goal_criteria_record(audit, item, reviewer(), {crit: value}, note_of(note_key))],
          f"Doel {item.finding_id}: {CRITERIA_NL[crit]} → {'ja' if value else 'nee'}.")


def on_override(audit: dict, norm: str, prefix: str) -> None:
    write(lambda: [override_record(audit, norm, ss.get(f"{prefix}:verdict", "meets"),
                                   str(ss.get(f"{prefix}:reason", "")), reviewer())],
          f"Normoordeel {NORM_NL.get(norm, norm)} aangepast.")


def on_add(audit: dict, text_of: DossierText) -> None:
    name = ss.get("add:file")
    doc = text_of.doc(name) if name else None
    found = text_of.search(name, str(ss.get("add:q", ""))) if doc is not None else []
    idx = ss.get("add:pick")

    def make() -> list[AnnotationRecord]:
        if doc is None or idx is None or not (0 <= idx < len(found)):
            raise CorrectionError("kies een bestand en een passage")
        ev = evidence_from_passage(doc, found[idx])
        return [added_record(audit, ss.get("add:kind", "one_on_one_contact"), ev, reviewer(),
                             date_text=str(ss.get("add:date", "")), child_spoken=ss.get("add:child"),
                             note=note_of("add:note"))]

    write(make, "Bevinding toegevoegd.")


def on_withdraw(record: AnnotationRecord) -> None:
    write(lambda: [withdraw_record(record, reviewer(), "toevoeging ingetrokken")], "Toevoeging ingetrokken.")


def on_next(low_conf: bool) -> None:
    """Go to the next unreviewed item, in the overview's order and filters, after the current one."""
    all_audits = audits()
    st_ = state()
    rows = filter_rows(overview_rows(all_audits, st_, reviewer() or None),
                       norm=ss.get("f:norm") or None, verdict=ss.get("f:verdict") or None,
                       low_confidence_first=low_conf)
    order = [r.dossier_id for r in rows] or sorted(all_audits)
    current = (ss.get("dossier"), ss.get("focus") or "") if ss.get("dossier") else None
    found = next_unreviewed(
        order, lambda did: audit_items(all_audits[did], low_confidence_first=low_conf),
        lambda did, it: is_reviewed(st_, did, it, reviewer() or None), current)
    if found is None:
        flash("success", "Alles is beoordeeld.")
        return
    ss["dossier"], ss["focus"], ss["page"] = found[0], found[1].key, "Dossier"


def on_open(dossier_id: str, focus: str = "") -> None:
    ss["dossier"], ss["focus"], ss["page"] = dossier_id, focus, "Dossier"


