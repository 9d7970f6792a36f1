"""Decisions built from what the reviewer typed or clicked in the app.

Each function returns the record(s) to append, or raises :class:`CorrectionError`
with a Dutch message the app shows as it is. A reviewer's date goes through the
tool's own date reader (:func:`audit.structure.dates.parse_date`), so the app
accepts what the detectors read.
"""
from __future__ import annotations

import re
from typing import Any

from audit.review.contract import EVENT_KINDS, FACT_KINDS, GOAL_CRITERIA, has_section, precision_of
from audit.review.items import Item
from audit.review.labels_nl import CHILD_SPOKEN_OPTIONS, UNANNOUNCED_OPTIONS, VERDICT_NL, parse_names
from audit.review.record import AnnotationRecord
from audit.structure.dates import parse_date

_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


class CorrectionError(ValueError):
    """A correction the app cannot log; the message is Dutch."""


def parse_date_input(value: str) -> str | None:
    """A reviewer's date as a partial ISO date; empty = unknown.

    Accepts ``JJJJ-MM-DD``, ``JJJJ-MM``, ``JJJJ``, ``DD-MM-JJJJ``, ``MM-JJJJ`` and the
    other forms a date field in a dossier may take ("12 maart 2024"). An impossible
    date (30 February) is refused, never moved.
    """
    v = value.strip()
    if not v:
        return None
    # the audit's own month notation, which the dossier date reader does not take: read it as MM-JJJJ
    m = _ISO_MONTH.match(v)
    mention = parse_date(f"{m.group(2)}-{m.group(1)}" if m else v)
    if mention is None:
        raise CorrectionError(f"geen (bestaande) datum: {v}; schrijf JJJJ-MM-DD, JJJJ-MM, JJJJ of DD-MM-JJJJ")
    return mention.iso()


def _note(note: str, why: str) -> str:
    return (note + " | " if note else "") + why


def _event_correction(item: Item, new_date: str | None, kind: str, child_spoken: str | None,
                      unannounced: str | None = None) -> dict[str, Any]:
    """The fields that differ from what the tool found (date; child_spoken of a check, unannounced of a visit)."""
    old = item.data
    correction: dict[str, Any] = {}
    if new_date != old.get("date"):
        correction["date"] = new_date
        correction["date_precision"] = precision_of(new_date)
    if kind == "safety_check" and child_spoken is not None:
        value = CHILD_SPOKEN_OPTIONS.get(child_spoken, None)
        if item.kind != "safety_check" or value != old.get("child_spoken"):
            correction["child_spoken"] = value
    if kind == "home_visit" and unannounced in UNANNOUNCED_OPTIONS:
        flag = UNANNOUNCED_OPTIONS[unannounced]
        if item.kind != "home_visit" or flag != bool(old.get("unannounced")):
            correction["unannounced"] = flag
    return correction


def _added_fields(item: Item, kind: str, new_date: str | None, correction: dict[str, Any]) -> dict[str, Any]:
    """The fields of the same evidence added under another kind (what the old kind knew carries over)."""
    added: dict[str, Any] = {"date": new_date, "date_precision": precision_of(new_date)}
    if kind == "safety_check":
        added["child_spoken"] = correction.get("child_spoken", item.data.get("child_spoken"))
    if kind == "home_visit":
        added["unannounced"] = correction.get("unannounced", bool(item.data.get("unannounced")))
    return added


def correction_records(
    audit: dict[str, Any], item: Item, reviewer: str, *, date_text: str, kind: str,
    child_spoken: str | None = None, unannounced: str | None = None, note: str = "",
) -> list[AnnotationRecord]:
    """The record(s) for a correction of an event finding.

    Date, child_spoken and unannounced: one ``correct`` record. A different kind cannot be a
    correction in the log's contract (the finding's identity includes its kind),
    so it becomes two records: ``reject`` of this finding and ``add`` of the same
    evidence under the new kind (with the corrected date).
    """
    if item.kind not in EVENT_KINDS:
        raise CorrectionError("alleen gebeurtenissen met een datum kunnen zo gecorrigeerd worden")
    new_date = parse_date_input(date_text)
    if kind not in EVENT_KINDS or not has_section(audit, kind):
        raise CorrectionError(f"onbekende soort: {kind}")
    correction = _event_correction(item, new_date, kind, child_spoken, unannounced)
    if kind == item.kind:
        if not correction:
            raise CorrectionError("niets gewijzigd: pas de datum, 'kind gesproken' of 'onaangekondigd' aan, "
                                  "of kies Bevestigen")
        return [AnnotationRecord.for_item(audit, item.kind, item.finding_id, "correct", reviewer,
                                          correction=correction, note=note)]
    added = _added_fields(item, kind, new_date, correction)
    why = f"soort gewijzigd: {item.kind} -> {kind}"
    evidence = [{k: e.get(k) for k in ("file", "page", "start", "end", "sentence")} for e in item.evidence]
    if not evidence:
        raise CorrectionError("deze bevinding heeft geen bewijs; soort wijzigen kan niet")
    return [
        AnnotationRecord.for_item(audit, item.kind, item.finding_id, "reject", reviewer, note=_note(note, why)),
        AnnotationRecord.for_added(audit, kind, evidence, added, reviewer, note=_note(note, why)),
    ]


def added_record(audit: dict[str, Any], kind: str, evidence: dict[str, Any], reviewer: str, *,
                 date_text: str = "", child_spoken: str | None = None, unannounced: str | None = None,
                 note: str = "") -> AnnotationRecord:
    """The ``add`` record for a finding the tool missed (event, or a goal)."""
    if kind == "goal":
        return AnnotationRecord.for_added(audit, "goal", [evidence], {"text": evidence["sentence"]}, reviewer, note=note)
    if kind not in EVENT_KINDS or not has_section(audit, kind):
        raise CorrectionError(f"onbekende soort: {kind}")
    date = parse_date_input(date_text)
    correction: dict[str, Any] = {"date": date, "date_precision": precision_of(date)}
    if kind == "safety_check":
        correction["child_spoken"] = CHILD_SPOKEN_OPTIONS.get(child_spoken or "onbekend")
    if kind == "home_visit":
        correction["unannounced"] = UNANNOUNCED_OPTIONS.get(unannounced or "nee", False)
    return AnnotationRecord.for_added(audit, kind, [evidence], correction, reviewer, note=note)


def fact_record(audit: dict[str, Any], item: Item, reviewer: str, *, value: bool | None,
                missing_text: str = "", note: str = "") -> AnnotationRecord:
    """A correction of a file-level fact: documented (matching, support figure), or complete and who misses a VGB."""
    if item.kind not in FACT_KINDS:
        raise CorrectionError("alleen onderbouwing matching, steunfiguur en VGB kunnen zo gecorrigeerd worden")
    if item.kind != "vgb":
        return AnnotationRecord.for_item(audit, item.kind, item.finding_id, "correct", reviewer,
                                         correction={"documented": value}, note=note)
    missing = parse_names(missing_text) if value is False else []
    if value is False and not missing:
        raise CorrectionError("noem wie er geen VGB heeft (één naam per regel of gescheiden door komma's)")
    correction: dict[str, Any] = {}
    if value != item.data.get("complete"):
        correction["complete"] = value
    if missing != list(item.data.get("missing") or []):
        correction["missing"] = missing
    if not correction:
        raise CorrectionError("niets gewijzigd: pas 'VGB compleet' of de namen aan, of kies Bevestigen")
    return AnnotationRecord.for_item(audit, "vgb", item.finding_id, "correct", reviewer, correction=correction,
                                     note=note)


def withdraw_record(added: AnnotationRecord, reviewer: str, note: str = "") -> AnnotationRecord:
    """Withdraw a reviewer-added finding: a ``reject`` on the same identity."""
    return AnnotationRecord(added.dossier_id, added.finding_id, added.finding_kind, added.input_hash, "reject",
                            reviewer, note=note, tool_version=added.tool_version, model_version=added.model_version)


def goal_criteria_record(audit: dict[str, Any], item: Item, reviewer: str, changes: dict[str, bool],
                         note: str = "") -> AnnotationRecord:
    """A change of one or more of a goal's five criteria."""
    if item.kind != "goal":
        raise CorrectionError("alleen doelen hebben criteria")
    if not changes or any(k not in GOAL_CRITERIA for k in changes):
        raise CorrectionError("geen geldige criteria aangepast")
    return AnnotationRecord.for_item(audit, "goal", item.finding_id, "goal_criteria", reviewer,
                                     correction={k: bool(v) for k, v in changes.items()}, note=note)


def override_record(audit: dict[str, Any], norm: str, verdict: str, reason: str, reviewer: str) -> AnnotationRecord:
    """A norm verdict the reviewer sets aside; a reason is required."""
    if not reason.strip():
        raise CorrectionError("geef een reden voor het aangepaste oordeel")
    if verdict not in VERDICT_NL:
        raise CorrectionError(f"onbekend oordeel: {verdict}")
    return AnnotationRecord.for_item(audit, "norm", norm, "override", reviewer,
                                     correction={"verdict": verdict}, reason=reason.strip())


def norm_confirm_record(audit: dict[str, Any], norm: str, reviewer: str, note: str = "") -> AnnotationRecord:
    """A confirmed norm verdict, recording the verdict that was shown (for agreement)."""
    verdict = audit.get("norms", {}).get(norm)
    correction = {"verdict": verdict} if verdict in VERDICT_NL else {}
    return AnnotationRecord.for_item(audit, "norm", norm, "confirm", reviewer, correction=correction, note=note)


def undo_record(target: AnnotationRecord, reviewer: str) -> AnnotationRecord:
    """Take back one of this reviewer's own records: a new ``undo`` record (the log stays append-only)."""
    if target.reviewer != reviewer:
        raise CorrectionError("je kunt alleen je eigen beslissingen ongedaan maken")
    return AnnotationRecord(target.dossier_id, target.finding_id, target.finding_kind, target.input_hash, "undo",
                            reviewer, correction={"undoes": target.record_id}, tool_version=target.tool_version,
                            model_version=target.model_version)
