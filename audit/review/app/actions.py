"""What a click does: build the record(s), append each at once, say what happened (in Dutch).

Every function here is a widget callback; it runs before the rerun that shows the
new state, and leaves its message in ``flash`` for that rerun, addressed to the item
it is about (:func:`item_prefix`): the page shows it in that item's own message slot,
next to the button that was clicked, never at the top of the page (a message there
would push every block down one place, and the browser keeps what is open by place).
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


def item_prefix(audit: dict, item: Item) -> str:
    """Prefix of every widget key of one item: dossier + kind + finding id (or norm name), never a position."""
    return f"{audit['dossier_id']}:{item.key}"


def panel_key(dossier_id: str, item_key: str) -> str:
    """Where the open / closed state of an item's panel is kept (see :func:`widgets.panel`)."""
    return f"{dossier_id}:{item_key}:panel"


def flash(level: str, message: str, where: str | None = None) -> None:
    """Leave a message for the next run, for the message slot ``where`` (None: the top of the page)."""
    ss["flash"] = (level, message, where)


def write(make_records: Callable[[], list[AnnotationRecord]], done: str, where: str | None = None) -> None:
    """Build the record(s) and append each at once; the message says what happened (in Dutch)."""
    if not reviewer():
        flash("error", "Vul eerst je naam in (zijbalk) voordat je een beslissing neemt.", where)
        return
    try:
        records = make_records()
        for r in records:
            log().append(r)
    except (InvalidRecord, CorrectionError) as exc:
        flash("error", f"Niet opgeslagen: {exc}", where)
    except Timeout:
        flash("error", "Niet opgeslagen: het logboek is bezet door een andere beoordelaar. Probeer het opnieuw.",
              where)
    except OSError as exc:
        flash("error", f"Niet opgeslagen: logboek niet schrijfbaar ({type(exc).__name__}).", where)
    else:
        flash("success", done, where)


def note_of(key: str) -> str:
    return str(ss.get(key, "") or "").strip()


def on_decide(audit: dict, item: Item, decision: str, note_key: str) -> None:
    if item.kind == "norm" and decision == "confirm":
        write(lambda: [norm_confirm_record(audit, item.finding_id, reviewer(), note_of(note_key))],
              f"{item.title()}: bevestigd.", item_prefix(audit, item))
        return
    write(lambda: [AnnotationRecord.for_item(audit, item.kind, item.finding_id, decision, reviewer(),
                                             note=note_of(note_key))],
          f"{item.title()}: {DECISION_NL[decision]}.", item_prefix(audit, item))


def on_correct_event(audit: dict, item: Item, prefix: str, note_key: str) -> None:
    write(lambda: correction_records(audit, item, reviewer(), date_text=str(ss.get(f"{prefix}:date", "")),
                                     kind=ss.get(f"{prefix}:kind", item.kind),
                                     child_spoken=ss.get(f"{prefix}:child"), note=note_of(note_key)),
          f"{item.title()}: gecorrigeerd.", prefix)


def on_correct_matching(audit: dict, item: Item, prefix: str, note_key: str) -> None:
    documented = bool(ss.get(f"{prefix}:documented"))
    write(lambda: [AnnotationRecord.for_item(audit, "matching_rationale", item.finding_id, "correct", reviewer(),
                                             correction={"documented": documented}, note=note_of(note_key))],
          f"{item.title()}: gecorrigeerd (vastgelegd: {'ja' if documented else 'nee'}).", item_prefix(audit, item))


def on_goal_toggle(audit: dict, item: Item, crit: str, key: str, note_key: str) -> None:
    value = bool(ss.get(key))
    write(lambda: [goal_criteria_record(audit, item, reviewer(), {crit: value}, note_of(note_key))],
          f"Doel {item.finding_id}: {CRITERIA_NL[crit]} → {'ja' if value else 'nee'}.", item_prefix(audit, item))


def on_override(audit: dict, norm: str, prefix: str) -> None:
    write(lambda: [override_record(audit, norm, ss.get(f"{prefix}:verdict", "meets"),
                                   str(ss.get(f"{prefix}:reason", "")), reviewer())],
          f"Normoordeel {NORM_NL.get(norm, norm)} aangepast.", prefix)


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

    write(make, "Bevinding toegevoegd.", "add")


def on_withdraw(record: AnnotationRecord) -> None:
    write(lambda: [withdraw_record(record, reviewer(), "toevoeging ingetrokken")], "Toevoeging ingetrokken.",
          f"{record.dossier_id}:withdraw:{record.record_id}")


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
    on_open(found[0], found[1].key)


def on_open(dossier_id: str, focus: str = "") -> None:
    ss["dossier"], ss["focus"], ss["page"] = dossier_id, focus, "Dossier"
    if focus:  # the item to judge now: its panel opens (a finding is shown above the list, a norm in place)
        ss[panel_key(dossier_id, focus)] = True


