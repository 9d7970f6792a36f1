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
from audit.review.items import Item, is_reviewed
from audit.review.order import review_order
from audit.review.labels_nl import CRITERIA_NL, DECISION_NL, FIELD_NL, NORM_NL, YES_NO_OPTIONS, value_nl
from audit.review.loading import DossierText
from audit.review.log import UnsafeLogFile
from audit.review.passages import evidence_from_passage
from audit.review.queue import filter_rows, next_unreviewed, overview_rows
from audit.review.record import AnnotationRecord, InvalidRecord
from audit.review.ui_records import (
    CorrectionError,
    added_record,
    correction_records,
    fact_record,
    goal_criteria_record,
    norm_confirm_record,
    override_record,
    undo_record,
    withdraw_record,
)

#: message slot of the "nu aan de beurt" area (a decided item moves on, its message stays here)
FOCUS_SLOT = "focus"


def item_prefix(audit: dict, item: Item) -> str:
    """Prefix of every widget key of one item: dossier + kind + finding id (or norm name), never a position."""
    return f"{audit['dossier_id']}:{item.key}"


def panel_key(dossier_id: str, item_key: str) -> str:
    """Where the open / closed state of an item's panel is kept (see :func:`widgets.panel`)."""
    return f"{dossier_id}:{item_key}:panel"


def flash(level: str, message: str, where: str | None = None) -> None:
    """Leave a message for the next run, for the message slot ``where`` (None: the top of the page)."""
    ss["flash"] = (level, message, where)


def write(make_records: Callable[[], list[AnnotationRecord]], done: str, where: str | None = None,
          undoable: bool = True) -> bool:
    """Build the record(s) and append each at once; the message says what happened (in Dutch).

    The ids of what one action wrote go on the session's undo stack, so "ongedaan maken"
    takes back the whole action (a kind correction writes a reject and an add).
    """
    if not reviewer():
        flash("error", "Vul eerst je naam in (zijbalk) voordat je een beslissing neemt.", where)
        return False
    written: list[AnnotationRecord] = []
    try:
        for r in make_records():
            log().append(r)
            written.append(r)
    except (InvalidRecord, CorrectionError) as exc:
        flash("error", f"Niet opgeslagen: {exc}", where)
    except Timeout:
        flash("error", "Niet opgeslagen: het logboek is bezet door een andere beoordelaar. Probeer het opnieuw.",
              where)
    except UnsafeLogFile as exc:
        flash("error", f"Niet opgeslagen: {exc}", where)
    except OSError as exc:
        flash("error", f"Niet opgeslagen: logboek niet schrijfbaar ({type(exc).__name__}).", where)
    else:
        flash("success", done, where)
    if written and undoable:
        ss["undo_stack"] = [*ss.get("undo_stack", [])[-49:], (written[0].dossier_id, [r.record_id for r in written])]
    return bool(written)


def note_of(key: str) -> str:
    return str(ss.get(key, "") or "").strip()


def _where(audit: dict, item: Item) -> str:
    """The item shown as "nu aan de beurt" reports in the focus area (it moves on); others in their own slot."""
    return FOCUS_SLOT if is_focus(audit, item) else item_prefix(audit, item)


def is_focus(audit: dict, item: Item) -> bool:
    return ss.get("dossier") == audit["dossier_id"] and ss.get("focus") == item.key


def advance(audit: dict, item: Item) -> None:
    """After a decision on the item shown, show the next unreviewed item of the dossier (review order)."""
    if not is_focus(audit, item):
        return
    did, me, st_ = audit["dossier_id"], reviewer() or None, state()
    order = review_order(audit, low_confidence_first=bool(ss.get("f:lowconf")))
    found = next_unreviewed([did], lambda _: order, lambda d, it: is_reviewed(st_, d, it, me), (did, item.key))
    if found is None:
        ss["focus"] = ""
        level, text, _ = ss.get("flash") or ("success", "", FOCUS_SLOT)
        flash(level, f"{text} Alles in dit dossier is beoordeeld.".strip(), FOCUS_SLOT)
        return
    on_open(did, found[1].key)


def on_decide(audit: dict, item: Item, decision: str, note_key: str) -> None:
    where = _where(audit, item)
    if item.kind == "norm" and decision == "confirm":
        ok = write(lambda: [norm_confirm_record(audit, item.finding_id, reviewer(), note_of(note_key))],
                   f"{item.title()}: bevestigd.", where)
    else:
        ok = write(lambda: [AnnotationRecord.for_item(audit, item.kind, item.finding_id, decision, reviewer(),
                                                      note=note_of(note_key))],
                   f"{item.title()}: {DECISION_NL[decision]}.", where)
    if ok:
        advance(audit, item)


def on_undo(dossier_id: str) -> None:
    """Take back this reviewer's last action on the dossier (new ``undo`` records) and show that item again."""
    me = reviewer()
    stack = [e for e in ss.get("undo_stack", []) if e[0] == dossier_id]
    st_ = state()
    standing = {r.record_id: r for r in st_.records if r.dossier_id == dossier_id and r.reviewer == me}
    targets = [standing[i] for i in stack[-1][1] if i in standing] if stack else []
    if not targets:  # nothing from this session: the reviewer's latest decision that still stands
        last = st_.last_own(dossier_id, me) if me else None
        targets = [last] if last else []
    if not targets:
        flash("error", "Er is geen eigen beslissing in dit dossier om ongedaan te maken.", FOCUS_SLOT)
        return
    if write(lambda: [undo_record(t, me) for t in reversed(targets)],
             f"Ongedaan gemaakt: {DECISION_NL.get(targets[0].decision, targets[0].decision)}.", FOCUS_SLOT,
             undoable=False):
        if stack:
            ss["undo_stack"] = [e for e in ss.get("undo_stack", []) if e is not stack[-1]]
        kind = targets[0].finding_kind
        if targets[0].decision != "add":
            on_open(dossier_id, f"{kind}:{targets[0].finding_id}")


def on_correct_event(audit: dict, item: Item, prefix: str, note_key: str) -> None:
    if write(lambda: correction_records(audit, item, reviewer(), date_text=str(ss.get(f"{prefix}:date", "")),
                                        kind=ss.get(f"{prefix}:kind", item.kind),
                                        child_spoken=ss.get(f"{prefix}:child"),
                                        unannounced=ss.get(f"{prefix}:unannounced"), note=note_of(note_key)),
             f"{item.title()}: gecorrigeerd.", _where(audit, item)):
        ss[f"{prefix}:correcting"] = False
        advance(audit, item)


def on_correct_fact(audit: dict, item: Item, prefix: str, note_key: str) -> None:
    """Matching rationale or support figure: documented yes / no; VGB: complete and who has none."""
    if item.kind == "vgb":
        field, value = "complete", YES_NO_OPTIONS.get(str(ss.get(f"{prefix}:complete", "onbekend")))
    else:
        field, value = "documented", bool(ss.get(f"{prefix}:documented"))
    if write(lambda: [fact_record(audit, item, reviewer(), value=value, missing_text=str(ss.get(f"{prefix}:missing", "")),
                                  note=note_of(note_key))],
             f"{item.title()}: gecorrigeerd ({FIELD_NL[field]}: {value_nl(value)}).", _where(audit, item)):
        ss[f"{item_prefix(audit, item)}:correcting"] = False
        advance(audit, item)


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
                             unannounced=ss.get("add:unannounced"), note=note_of("add:note"))]

    if write(make, "Bevinding toegevoegd.", "add"):
        for key, empty in (("add:q", ""), ("add:date", ""), ("add:note", ""), ("add:pick", 0)):
            ss[key] = empty  # a new passage starts from a clean form


def on_toggle_correct(prefix: str) -> None:
    ss[f"{prefix}:correcting"] = not ss.get(f"{prefix}:correcting", False)


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
        order, lambda did: review_order(all_audits[did], low_confidence_first=low_conf),
        lambda did, it: is_reviewed(st_, did, it, reviewer() or None), current)
    if found is None:
        flash("success", "Alles is beoordeeld.")
        return
    on_open(found[0], found[1].key)


def on_open(dossier_id: str, focus: str = "") -> None:
    """A callback: go to the dossier page and show ``focus`` (the sidebar's widgets are not drawn yet)."""
    ss["dossier"], ss["page"] = dossier_id, "Dossier"
    show_item(dossier_id, focus)


def show_item(dossier_id: str, focus: str) -> None:
    """Make ``focus`` the item shown now (its correction form closed, a norm's panel open)."""
    if ss.get("focus") != focus:
        ss[f"{dossier_id}:{focus}:correcting"] = False
    ss["focus"] = focus
    if focus:  # the item to judge now: its panel opens (a finding is shown above the list, a norm in place)
        ss[panel_key(dossier_id, focus)] = True


