"""One reviewer decision as written to the log, and the contract it must meet.

Records resemble Prodigy's JSONL tasks: ``input_hash`` plays ``_input_hash`` (the
identity of what was judged) and ``decision`` plays ``answer``. Every message is
Dutch: the app shows them to the reviewer as they are.

Each record's line carries ``checksum`` (SHA-256 of the canonical JSON of all its other
fields). Records written since the chain was introduced also carry ``prev``: the
``checksum`` of the record before it in the same file ("" for the first), set by the
log under its lock, so a line edited later (with its own checksum recomputed) breaks
the chain at the next record. Older records have no ``prev``; their lines (and so
their checksums) are exactly as they were written.
"""
from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from audit.review.contract import (
    ALLOWED_DECISIONS,
    DECISIONS,
    EVENT_FIELDS,
    EVENT_KINDS,
    FACT_FIELDS,
    FACT_KINDS,
    FINDING_KINDS,
    GOAL_CRITERIA,
    LOG_VERSION,
    VERDICTS,
)
from audit.review.identity import (
    canonical_json,
    file_shas,
    finding_input_hash,
    iter_reviewable,
    model_version_of,
    new_added_finding_id,
    sha256_text,
)

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CHECKSUM = re.compile(r"^[0-9a-f]{64}$")
_REQUIRED = ("dossier_id", "finding_id", "finding_kind", "input_hash", "decision", "reviewer", "timestamp", "record_id")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


class InvalidRecord(ValueError):
    """A decision that breaks the log's contract; the message is Dutch, for the app."""


@dataclass
class AnnotationRecord:
    """One reviewer decision on one finding, as written to the log."""

    dossier_id: str
    finding_id: str
    finding_kind: str
    input_hash: str
    decision: str
    reviewer: str
    correction: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    reason: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)  # only for decision "add"
    tool_version: str = ""
    model_version: str = ""
    timestamp: str = field(default_factory=_now)
    record_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    prev: str | None = None  # checksum of the previous record in the file ("" first); None: written before chaining

    # -- construction helpers for the app ------------------------------------------
    @classmethod
    def for_item(
        cls, audit: dict[str, Any], kind: str, finding_id: str, decision: str, reviewer: str, **kw: Any
    ) -> "AnnotationRecord":
        """A decision on an item of ``audit`` (identity and versions filled in)."""
        for k, fid, ihash, _ in iter_reviewable(audit):
            if k == kind and fid == finding_id:
                return cls(audit["dossier_id"], fid, kind, ihash, decision, reviewer,
                           tool_version=str(audit.get("provenance", {}).get("tool_version", "")),
                           model_version=model_version_of(audit), **kw)
        raise InvalidRecord(f"onbekende bevinding {kind}/{finding_id} in dossier {audit.get('dossier_id')}")

    @classmethod
    def for_added(
        cls, audit: dict[str, Any], kind: str, evidence: list[dict[str, Any]], correction: dict[str, Any],
        reviewer: str, finding_id: str | None = None, **kw: Any,
    ) -> "AnnotationRecord":
        """A finding the detectors missed; its identity comes from the reviewer's evidence."""
        ihash = finding_input_hash(audit["dossier_id"], kind, evidence, file_shas(audit))
        return cls(audit["dossier_id"], finding_id or new_added_finding_id(), kind, ihash, "add", reviewer,
                   correction=correction, evidence=evidence,
                   tool_version=str(audit.get("provenance", {}).get("tool_version", "")),
                   model_version=model_version_of(audit), **kw)

    # -- (de)serialisation ------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        body = {"v": LOG_VERSION, **asdict(self)}
        if body["prev"] is None:  # a record from before the chain: its line stays as it was written
            del body["prev"]
        return body

    def to_line(self) -> bytes:
        """The record's line (without newline): canonical JSON with its checksum."""
        body = self.payload()
        body["checksum"] = sha256_text(canonical_json(body))
        return canonical_json(body).encode("utf-8")

    @classmethod
    def from_json(cls, data: Any) -> "AnnotationRecord":
        """Check checksum and contract; raise ``InvalidRecord`` (Dutch) when either fails."""
        body = _checked_body(data)
        missing = [n for n in _REQUIRED if n not in body]
        if missing:
            raise InvalidRecord(f"velden ontbreken: {', '.join(missing)}")
        names = {f.name for f in fields(cls)}
        record = cls(**{k: v for k, v in body.items() if k in names})  # unknown keys: newer writer, ignored
        errors = record.validate()
        if errors:
            raise InvalidRecord("; ".join(errors))
        return record

    # -- contract -----------------------------------------------------------------------
    def validate(self) -> list[str]:
        """Everything wrong with this record, in Dutch; empty when it may be logged."""
        err = _type_errors(self)
        if err:
            return err
        err = _timestamp_errors(self.timestamp)
        if self.finding_kind not in FINDING_KINDS:
            return err + [f"onbekende soort bevinding: {self.finding_kind!r}"]
        if self.decision not in DECISIONS:
            return err + [f"onbekende beslissing: {self.decision!r}"]
        if self.decision not in ALLOWED_DECISIONS[self.finding_kind]:
            return err + [f"beslissing {self.decision!r} kan niet bij {self.finding_kind!r}"]
        err += correction_errors(self.finding_kind, self.decision, self.correction)
        if self.decision == "add":
            if not self.evidence:
                err.append("een toegevoegde bevinding heeft bewijs nodig (bestand, pagina, start, eind, zin)")
            err += evidence_errors(self.evidence)
        elif self.evidence and not (self.finding_kind in FACT_KINDS and self.decision == "correct"):
            err.append("bewijs hoort alleen bij een toegevoegde bevinding")
        if self.decision == "override" and not self.reason.strip():
            err.append("een aangepast normoordeel heeft een reden nodig")
        return err


def _checked_body(data: Any) -> dict[str, Any]:
    """The record's fields once the checksum and the log version check out."""
    if not isinstance(data, dict):
        raise InvalidRecord("geen JSON-object")
    body = dict(data)
    checksum = body.pop("checksum", None)
    if not isinstance(checksum, str):
        raise InvalidRecord("controlegetal ontbreekt")
    if sha256_text(canonical_json(body)) != checksum:
        raise InvalidRecord("controlegetal klopt niet (onvolledig of gewijzigd record)")
    if body.get("v") != LOG_VERSION:
        raise InvalidRecord(f"onbekende logversie: {body.get('v')!r}")
    return body


def _type_errors(r: AnnotationRecord) -> list[str]:
    err: list[str] = []
    for name in ("dossier_id", "finding_id", "finding_kind", "input_hash", "decision", "reviewer", "record_id", "timestamp"):
        value = getattr(r, name)
        if not isinstance(value, str) or not value.strip():
            err.append(f"{name} ontbreekt of is leeg")
    for name in ("note", "reason", "tool_version", "model_version"):
        if not isinstance(getattr(r, name), str):
            err.append(f"{name} moet tekst zijn")
    if not isinstance(r.correction, dict):
        err.append("correction moet een object zijn")
    if not isinstance(r.evidence, list):
        err.append("evidence moet een lijst zijn")
    if r.prev is not None and not (isinstance(r.prev, str) and (r.prev == "" or _CHECKSUM.match(r.prev))):
        err.append("prev moet het controlegetal van het vorige record zijn (of leeg)")
    return err


def _timestamp_errors(timestamp: str) -> list[str]:
    try:
        ts = dt.datetime.fromisoformat(timestamp)
    except ValueError:
        return ["timestamp is geen ISO-tijdstip"]
    if ts.tzinfo is None or ts.utcoffset() != dt.timedelta(0):
        return ["timestamp moet in UTC zijn"]
    return []


# --------------------------------------------------------------------------- corrections


def correction_errors(kind: str, decision: str, c: dict[str, Any]) -> list[str]:
    """What is wrong with ``correction`` for this kind and decision (Dutch; empty when fine)."""
    if decision == "undo":
        ok = set(c) == {"undoes"} and isinstance(c["undoes"], str) and 0 < len(c["undoes"]) <= 64
        return [] if ok else ["ongedaan maken heeft precies {'undoes': <record_id>} nodig"]
    if decision in ("confirm", "reject"):
        if kind == "norm" and decision == "confirm" and set(c) <= {"verdict"} and c.get("verdict", "meets") in VERDICTS:
            return []  # a confirm may record the verdict that was shown (for agreement)
        return ["bij bevestigen of afwijzen hoort geen correctie"] if c else []
    if kind == "norm":
        if set(c) != {"verdict"} or c["verdict"] not in VERDICTS:
            return ["een aangepast normoordeel heeft precies {'verdict': meets|fails|n/a} nodig"]
        return []
    if not c and decision != "add":
        return ["een correctie zonder inhoud"]
    if kind in EVENT_KINDS:
        return _event_errors(kind, decision, c)
    if kind in FACT_KINDS:
        return _fact_errors(kind, c)
    if kind == "goal":
        return _goal_errors(decision, c)
    return []


def _event_field_error(kind: str, k: str, v: Any) -> str | None:
    if k not in ("date", "date_precision", *EVENT_FIELDS.get(kind, ())):
        return f"veld {k!r} kan niet gecorrigeerd worden bij {kind}"
    if k == "date" and not (v is None or (isinstance(v, str) and _PARTIAL_DATE.match(v) and _real_date(v))):
        return "date moet JJJJ, JJJJ-MM of JJJJ-MM-DD zijn (of leeg)"
    if k == "date_precision" and v not in ("day", "month", "year", None):
        return "date_precision moet day, month of year zijn"
    if k == "child_spoken" and v not in (True, False, None):
        return "child_spoken moet waar, onwaar of onbekend zijn"
    if k == "copied_from" and not (v is None or isinstance(v, str)):
        return "copied_from moet tekst of leeg zijn"
    if k == "unannounced" and not isinstance(v, bool):
        return "unannounced moet waar of onwaar zijn"
    return None


def _event_errors(kind: str, decision: str, c: dict[str, Any]) -> list[str]:
    err = [e for k, v in c.items() if (e := _event_field_error(kind, k, v)) is not None]
    if decision == "add" and "date" not in c:
        err.append("een toegevoegde bevinding heeft een datum (date) nodig, eventueel leeg")
    return err


MAX_NAMES, MAX_NAME_CHARS = 30, 200


def _names_error(v: Any) -> str | None:
    """A VGB's list of adults without one: short names, not a pasted page."""
    ok = (isinstance(v, list) and len(v) <= MAX_NAMES
          and all(isinstance(n, str) and n.strip() and len(n) <= MAX_NAME_CHARS for n in v))
    return None if ok else f"missing moet een lijst van hoogstens {MAX_NAMES} namen zijn (elk niet leeg)"


def _fact_errors(kind: str, c: dict[str, Any]) -> list[str]:
    """A correction of a file-level fact: only its own fields, each of the right type."""
    err: list[str] = []
    for k, v in c.items():
        if k not in FACT_FIELDS[kind]:
            err.append(f"veld {k!r} kan niet gecorrigeerd worden bij {kind}")
        elif k in ("documented", "complete") and v not in (True, False, None):
            err.append(f"{k} moet waar, onwaar of onbekend zijn")
        elif k == "evidence":
            err += evidence_errors(v if isinstance(v, list) else [v])
        elif k == "missing" and (e := _names_error(v)) is not None:
            err.append(e)
    return err


def _goal_errors(decision: str, c: dict[str, Any]) -> list[str]:
    err: list[str] = []
    for k, v in c.items():
        if k in GOAL_CRITERIA:
            if not isinstance(v, bool):
                err.append(f"criterium {k} moet waar of onwaar zijn")
        elif k == "text" and decision in ("add", "correct"):
            if not isinstance(v, str) or not v.strip():
                err.append("doeltekst mag niet leeg zijn")
        else:
            err.append(f"veld {k!r} kan niet gecorrigeerd worden bij een doel")
    if decision == "goal_criteria" and not any(k in GOAL_CRITERIA for k in c):
        err.append("geen criteria aangepast")
    return err


def _real_date(value: str) -> bool:
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def evidence_errors(evidence: list[Any]) -> list[str]:
    """What is wrong with evidence in the output contract's shape (Dutch; empty when fine)."""
    err = []
    for i, e in enumerate(evidence, 1):
        if not isinstance(e, dict):
            err.append(f"bewijs {i} is geen object")
            continue
        if not isinstance(e.get("file"), str) or not e["file"]:
            err.append(f"bewijs {i}: bestand ontbreekt")
        page = e.get("page")
        if "page" not in e or not (page is None or (_is_int(page) and page >= 1)):
            err.append(f"bewijs {i}: pagina moet een getal ≥ 1 of leeg zijn")
        start, end = e.get("start"), e.get("end")
        if not (_is_int(start) and _is_int(end) and 0 <= start <= end):
            err.append(f"bewijs {i}: start en eind moeten getallen zijn met 0 ≤ start ≤ eind")
        if not isinstance(e.get("sentence"), str):
            err.append(f"bewijs {i}: zin ontbreekt")
    return err
