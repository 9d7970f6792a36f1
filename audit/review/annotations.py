"""The annotation log: every reviewer decision, appended the moment it is made.

The decisions are the audit's record and the training data, so the log is built to
lose nothing that was completed and to accept nothing that was not:

* **Layout.** One JSON Lines file per dossier, ``<dir>/<dossier>.jsonl``, with a
  sidecar ``<dossier>.jsonl.lock``. A dossier is the unit of review (the app loads
  one dossier, replays one small file), writers on different dossiers never wait for
  each other, damage to one file stays in one dossier, and the order of the lines in
  a file is a total order of the decisions on that dossier (the lock serialises
  writers), so "the last decision" never depends on reviewers' clocks. Retention
  or an access request for one dossier is one file. File names are readable; two
  ids that map to the same name share a file harmlessly because every record
  carries its ``dossier_id``.
* **Writing.** Under the lock: open ``O_APPEND``, look at the last byte, write
  ``[\\n] + line + \\n`` in one ``write`` (looping only on a short write), ``fsync``,
  close. The leading ``\\n`` is added only when the file does not end in one, i.e.
  after a writer crashed mid-line: the torn fragment is then closed off on its own
  line instead of being glued to the next record. Nothing is ever rewritten,
  truncated or repaired in place.
* **Reading.** Each line must parse, carry the right ``checksum`` (SHA-256 of the
  canonical JSON of all other fields) and validate. A line that fails is reported
  with its file and line number and skipped, never raised. As a second line of
  defence (a log written by another tool, or a copy that lost the separator) a bad
  line is searched for a complete record that starts later in the line (a torn
  fragment followed by a whole record); it is accepted only if it passes the same
  checksum and validation, and the fragment is reported.

Records resemble Prodigy's JSONL tasks: ``input_hash`` plays ``_input_hash`` (the
identity of what was judged) and ``decision`` plays ``answer``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable, Iterator

from filelock import FileLock, Timeout

LOG_VERSION = 1
DECISIONS = ("confirm", "reject", "correct", "add", "override", "goal_criteria")
EVENT_KINDS = ("one_on_one_contact", "safety_check", "behavioural_scientist_advice")
FINDING_KINDS = (*EVENT_KINDS, "matching_rationale", "goal", "norm")
#: output field of the audit JSON that holds each event kind
SECTION_OF_KIND = {
    "one_on_one_contact": "one_on_one_contacts",
    "safety_check": "safety_checks",
    "behavioural_scientist_advice": "behavioural_scientist_advice",
}
GOAL_CRITERIA = ("specific", "measurable", "time_bound", "actor", "development_oriented")
VERDICTS = ("meets", "fails", "n/a")

ALLOWED_DECISIONS: dict[str, tuple[str, ...]] = {
    **{k: ("confirm", "reject", "correct", "add") for k in EVENT_KINDS},
    "matching_rationale": ("confirm", "reject", "correct"),
    "goal": ("confirm", "reject", "correct", "goal_criteria", "add"),
    "norm": ("confirm", "override"),
}
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LOCK_TIMEOUT = 30.0


def canonical_json(obj: Any) -> str:
    """The one serialisation used for checksums, hashes and lines (key order fixed)."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


# --------------------------------------------------------------------------- identity


def file_shas(audit: dict[str, Any]) -> dict[str, str]:
    """File name -> sha256 from the audit's provenance ("" when unknown)."""
    return {f["file"]: f.get("sha256") or "" for f in audit.get("provenance", {}).get("files", [])}


def finding_input_hash(
    dossier_id: str, kind: str, evidence: Iterable[dict[str, Any]], shas: dict[str, str], extra: str = ""
) -> str:
    """Stable identity of a finding: what was judged, not how the run numbered it.

    Finding ids (``o1``, ``s2``) are renumbered when a re-run finds one more contact;
    file + offsets + the file's sha256 are not, so a decision follows its finding
    across re-runs for as long as the file is unchanged. Every evidence location
    counts: a decision covers exactly the evidence the reviewer saw. Without
    evidence (a norm, an undocumented matching rationale) the finding rests on the
    whole dossier, so every file's sha256 counts, plus ``extra`` (norm name and
    reference date).
    """
    ev = sorted({(e["file"], int(e["start"]), int(e["end"]), shas.get(e["file"], "")) for e in evidence})
    payload: dict[str, Any] = {"dossier_id": dossier_id, "kind": kind, "evidence": [list(x) for x in ev], "extra": extra}
    if not ev:
        payload["files"] = sorted(shas.items())
    return _sha256(canonical_json(payload))


def goal_id(goal: dict[str, Any], index: int) -> str:
    """Goals carry no finding id in the contract (yet); their position is the fallback."""
    return str(goal.get("finding_id") or f"g{index + 1}")


def iter_reviewable(audit: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """Every reviewable item of an audit as ``(kind, finding_id, input_hash, item)``.

    Norm items are ``{"name", "verdict"}``; the others are the audit's own dicts.
    """
    did, shas = audit["dossier_id"], file_shas(audit)
    for kind, section in SECTION_OF_KIND.items():
        for f in audit.get(section, []):
            yield kind, f["finding_id"], finding_input_hash(did, kind, f.get("evidence", []), shas), f
    m = audit.get("matching_rationale")
    if m is not None:
        yield "matching_rationale", str(m.get("finding_id") or "m1"), finding_input_hash(
            did, "matching_rationale", m.get("evidence", []), shas), m
    for i, g in enumerate(audit.get("goals", [])):
        yield "goal", goal_id(g, i), finding_input_hash(did, "goal", g.get("evidence", []), shas), g
    for name, verdict in audit.get("norms", {}).items():
        yield "norm", name, norm_input_hash(audit, name), {"name": name, "verdict": verdict}


def norm_input_hash(audit: dict[str, Any], name: str) -> str:
    """A norm verdict rests on the whole dossier at one reference date."""
    return finding_input_hash(audit["dossier_id"], "norm", [], file_shas(audit), f"{name}@{audit.get('reference_date', '')}")


def model_version_of(audit: dict[str, Any]) -> str:
    models = audit.get("provenance", {}).get("models") or {}
    return ";".join(f"{k}={v if isinstance(v, str) else canonical_json(v)}" for k, v in sorted(models.items()))


def new_added_finding_id() -> str:
    """Id for a reviewer-added finding; the ``r-`` prefix never clashes with detector ids."""
    return f"r-{uuid.uuid4().hex[:10]}"


# --------------------------------------------------------------------------- record


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
        return {"v": LOG_VERSION, **asdict(self)}

    def to_line(self) -> bytes:
        """The record's line (without newline): canonical JSON with its checksum."""
        body = self.payload()
        body["checksum"] = _sha256(canonical_json(body))
        return canonical_json(body).encode("utf-8")

    @classmethod
    def from_json(cls, data: Any) -> "AnnotationRecord":
        """Check checksum and contract; raise ``InvalidRecord`` (Dutch) when either fails."""
        if not isinstance(data, dict):
            raise InvalidRecord("geen JSON-object")
        body = dict(data)
        checksum = body.pop("checksum", None)
        if not isinstance(checksum, str):
            raise InvalidRecord("controlegetal ontbreekt")
        if _sha256(canonical_json(body)) != checksum:
            raise InvalidRecord("controlegetal klopt niet (onvolledig of gewijzigd record)")
        if body.get("v") != LOG_VERSION:
            raise InvalidRecord(f"onbekende logversie: {body.get('v')!r}")
        names = {f.name for f in fields(cls)}
        missing = [n for n in ("dossier_id", "finding_id", "finding_kind", "input_hash", "decision", "reviewer",
                               "timestamp", "record_id") if n not in body]
        if missing:
            raise InvalidRecord(f"velden ontbreken: {', '.join(missing)}")
        record = cls(**{k: v for k, v in body.items() if k in names})  # unknown keys: newer writer, ignored
        errors = record.validate()
        if errors:
            raise InvalidRecord("; ".join(errors))
        return record

    # -- contract -----------------------------------------------------------------------
    def validate(self) -> list[str]:
        """Everything wrong with this record, in Dutch; empty when it may be logged."""
        err: list[str] = []
        for name in ("dossier_id", "finding_id", "finding_kind", "input_hash", "decision", "reviewer", "record_id", "timestamp"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                err.append(f"{name} ontbreekt of is leeg")
        for name in ("note", "reason", "tool_version", "model_version"):
            if not isinstance(getattr(self, name), str):
                err.append(f"{name} moet tekst zijn")
        if not isinstance(self.correction, dict):
            err.append("correction moet een object zijn")
        if not isinstance(self.evidence, list):
            err.append("evidence moet een lijst zijn")
        if err:
            return err
        try:
            ts = dt.datetime.fromisoformat(self.timestamp)
            if ts.tzinfo is None or ts.utcoffset() != dt.timedelta(0):
                err.append("timestamp moet in UTC zijn")
        except ValueError:
            err.append("timestamp is geen ISO-tijdstip")
        if self.finding_kind not in FINDING_KINDS:
            return err + [f"onbekende soort bevinding: {self.finding_kind!r}"]
        if self.decision not in DECISIONS:
            return err + [f"onbekende beslissing: {self.decision!r}"]
        if self.decision not in ALLOWED_DECISIONS[self.finding_kind]:
            return err + [f"beslissing {self.decision!r} kan niet bij {self.finding_kind!r}"]
        err += self._validate_correction()
        if self.decision == "add":
            if not self.evidence:
                err.append("een toegevoegde bevinding heeft bewijs nodig (bestand, pagina, start, eind, zin)")
            err += _validate_evidence(self.evidence)
        elif self.evidence and not (self.finding_kind == "matching_rationale" and self.decision == "correct"):
            err.append("bewijs hoort alleen bij een toegevoegde bevinding")
        if self.decision == "override" and not self.reason.strip():
            err.append("een aangepast normoordeel heeft een reden nodig")
        return err

    def _validate_correction(self) -> list[str]:
        c, kind, decision = self.correction, self.finding_kind, self.decision
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
        err: list[str] = []
        if kind in EVENT_KINDS:
            allowed = {"date", "date_precision"} | ({"child_spoken", "copied_from"} if kind == "safety_check" else set())
            for k, v in c.items():
                if k not in allowed:
                    err.append(f"veld {k!r} kan niet gecorrigeerd worden bij {kind}")
                elif k == "date" and not (v is None or (isinstance(v, str) and _PARTIAL_DATE.match(v) and _real_date(v))):
                    err.append("date moet JJJJ, JJJJ-MM of JJJJ-MM-DD zijn (of leeg)")
                elif k == "date_precision" and v not in ("day", "month", "year", None):
                    err.append("date_precision moet day, month of year zijn")
                elif k == "child_spoken" and v not in (True, False, None):
                    err.append("child_spoken moet waar, onwaar of onbekend zijn")
                elif k == "copied_from" and not (v is None or isinstance(v, str)):
                    err.append("copied_from moet tekst of leeg zijn")
            if decision == "add" and "date" not in c:
                err.append("een toegevoegde bevinding heeft een datum (date) nodig, eventueel leeg")
        elif kind == "matching_rationale":
            for k, v in c.items():
                if k == "documented" and v not in (True, False, None):
                    err.append("documented moet waar, onwaar of onbekend zijn")
                elif k == "evidence":
                    err += _validate_evidence(v if isinstance(v, list) else [v])
                elif k not in ("documented", "evidence"):
                    err.append(f"veld {k!r} kan niet gecorrigeerd worden bij matching_rationale")
        elif kind == "goal":
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


def _validate_evidence(evidence: list[Any]) -> list[str]:
    err = []
    for i, e in enumerate(evidence, 1):
        if not isinstance(e, dict):
            err.append(f"bewijs {i} is geen object")
            continue
        if not isinstance(e.get("file"), str) or not e["file"]:
            err.append(f"bewijs {i}: bestand ontbreekt")
        page = e.get("page")
        if "page" not in e or not (page is None or (isinstance(page, int) and not isinstance(page, bool) and page >= 1)):
            err.append(f"bewijs {i}: pagina moet een getal ≥ 1 of leeg zijn")
        start, end = e.get("start"), e.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool)
                and not isinstance(end, bool) and 0 <= start <= end):
            err.append(f"bewijs {i}: start en eind moeten getallen zijn met 0 ≤ start ≤ eind")
        if not isinstance(e.get("sentence"), str):
            err.append(f"bewijs {i}: zin ontbreekt")
    return err


# --------------------------------------------------------------------------- replay


@dataclass(frozen=True)
class Problem:
    """A line that was skipped (or partly skipped) on replay. Never contains the line's text."""

    file: str
    line: int  # 1-based physical line
    kind: str  # "torn" (incomplete or unparsable), "checksum", "invalid", "duplicate", "locked", "unreadable"
    message: str  # Dutch

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class ReplayState:
    """The log read back: valid records in log order, the current decisions, and what was skipped."""

    records: list[AnnotationRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    latest: dict[tuple[str, str, str], AnnotationRecord] = field(default_factory=dict)
    latest_by_finding: dict[tuple[str, str], AnnotationRecord] = field(default_factory=dict)

    def _add(self, record: AnnotationRecord) -> None:
        self.records.append(record)
        self.latest[(record.dossier_id, record.finding_id, record.reviewer)] = record
        self.latest_by_finding[(record.dossier_id, record.finding_id)] = record

    @property
    def torn_lines(self) -> int:
        return sum(1 for p in self.problems if p.kind == "torn")

    def decisions_for(self, dossier_id: str) -> list[AnnotationRecord]:
        """Every valid decision on a dossier, oldest first (the audit trail)."""
        return [r for r in self.records if r.dossier_id == dossier_id]

    def current(
        self, dossier_id: str, finding_id: str, reviewer: str | None = None, input_hash: str | None = None
    ) -> AnnotationRecord | None:
        """The last decision on a finding (by ``reviewer``, or by anyone).

        Pass ``input_hash`` (from ``iter_reviewable``) to ignore decisions taken on an
        earlier version of the finding: after a re-run the same id may name another one.
        """
        if input_hash is None:
            if reviewer is not None:
                return self.latest.get((dossier_id, finding_id, reviewer))
            return self.latest_by_finding.get((dossier_id, finding_id))
        for r in reversed(self.records):
            if (r.dossier_id == dossier_id and r.input_hash == input_hash
                    and (reviewer is None or r.reviewer == reviewer)):
                return r
        return None

    def for_input_hash(self, dossier_id: str, input_hash: str) -> list[AnnotationRecord]:
        return [r for r in self.records if r.dossier_id == dossier_id and r.input_hash == input_hash]

    def reviewed_finding_ids(self, dossier_id: str, reviewer: str | None = None) -> set[str]:
        """Finding ids with at least one decision (by ``reviewer``, or by anyone)."""
        return {r.finding_id for r in self.records
                if r.dossier_id == dossier_id and (reviewer is None or r.reviewer == reviewer)}

    def added_findings(self, dossier_id: str) -> list[AnnotationRecord]:
        """Reviewer-added findings still standing: the latest ``add`` per id, unless rejected later."""
        out: dict[str, AnnotationRecord] = {}
        for r in self.decisions_for(dossier_id):
            if r.decision == "add":
                out[r.finding_id] = r
            elif r.decision == "reject":
                out.pop(r.finding_id, None)
        return list(out.values())

    def reviewers(self, dossier_id: str | None = None) -> list[str]:
        return sorted({r.reviewer for r in self.records if dossier_id is None or r.dossier_id == dossier_id})

    def dossier_ids(self) -> list[str]:
        return sorted({r.dossier_id for r in self.records})


def _try_record(raw: bytes) -> tuple[AnnotationRecord | None, str, str]:
    """Parse one line: (record, "", "") or (None, problem kind, Dutch message)."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None, "torn", "regel onvolledig of geen geldige JSON; overgeslagen"
    try:
        return AnnotationRecord.from_json(data), "", ""
    except InvalidRecord as exc:
        kind = "checksum" if "controlegetal" in str(exc) else "invalid"
        return None, kind, f"record ongeldig ({exc}); overgeslagen"
    except TypeError:
        return None, "invalid", "record ongeldig (onverwachte velden); overgeslagen"


def parse_lines(data: bytes, file_label: str) -> tuple[list[tuple[int, AnnotationRecord]], list[Problem]]:
    """All valid records of one log file's bytes with their line numbers, and a problem per skipped part."""
    records: list[tuple[int, AnnotationRecord]] = []
    problems: list[Problem] = []
    lines = data.split(b"\n")
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        record, kind, message = _try_record(raw)
        if record is None:
            salvaged = _salvage(raw)
            if salvaged is not None:
                problems.append(Problem(file_label, number, "torn",
                                        "onvolledig begin van de regel overgeslagen; het volledige record erna is gelezen"))
                records.append((number, salvaged))
                continue
            if number == len(lines) and kind == "torn":
                message = "laatste regel onvolledig (schrijven afgebroken?); overgeslagen"
            problems.append(Problem(file_label, number, kind, message))
            continue
        records.append((number, record))
    return records, problems


def _salvage(raw: bytes) -> AnnotationRecord | None:
    """A complete record at the end of a line that starts with a torn fragment, if any."""
    pos = raw.find(b'{"', 1)
    while pos != -1:
        record, _, _ = _try_record(raw[pos:])
        if record is not None:
            return record
        pos = raw.find(b'{"', pos + 1)
    return None


# --------------------------------------------------------------------------- the log


def log_name(dossier_id: str) -> str:
    """File name of a dossier's log (own copy: the storage layout must not drift with report/)."""
    keep = "".join(c if c.isalnum() or c in "-_." else "_" for c in dossier_id).strip(" .")
    return f"{keep or 'dossier'}.jsonl"


class AnnotationLog:
    """Append-only decision log in ``directory`` (one ``.jsonl`` per dossier)."""

    def __init__(self, directory: Path, lock_timeout: float = _LOCK_TIMEOUT) -> None:
        self.directory = Path(directory)
        self.lock_timeout = lock_timeout

    def path_for(self, dossier_id: str) -> Path:
        return self.directory / log_name(dossier_id)

    @staticmethod
    def lock_path(path: Path) -> Path:
        return path.with_name(path.name + ".lock")

    def _lock(self, path: Path) -> FileLock:
        return FileLock(self.lock_path(path), timeout=self.lock_timeout, poll_interval=0.005)

    def files(self) -> list[Path]:
        if not self.directory.is_dir():
            return []
        return sorted(p for p in self.directory.glob("*.jsonl") if p.is_file())

    def append(self, record: AnnotationRecord) -> AnnotationRecord:
        """Write one decision durably; when this returns, the decision survives a crash.

        Raises ``InvalidRecord`` (Dutch message) before touching the file when the
        decision breaks the contract, and ``filelock.Timeout`` when another writer
        holds the lock for longer than ``lock_timeout``.
        """
        errors = record.validate()
        if errors:
            raise InvalidRecord("; ".join(errors))
        line = record.to_line()
        path = self.path_for(record.dossier_id)
        self.directory.mkdir(parents=True, exist_ok=True)
        with self._lock(path):
            created = not path.exists()
            fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o660)
            try:
                size = os.fstat(fd).st_size
                # a crashed writer may have left a torn line: close it off, never glue onto it
                sep = b"\n" if size and os.pread(fd, 1, size - 1) != b"\n" else b""
                data = memoryview(sep + line + b"\n")
                while data:  # one write; the loop only matters on a short write
                    written = os.write(fd, data)
                    data = data[written:]
                os.fsync(fd)
            finally:
                os.close(fd)
            if created:
                _fsync_dir(self.directory)
        return record

    def read_file(self, path: Path) -> tuple[list[tuple[int, AnnotationRecord]], list[Problem]]:
        """One file's records and problems, read under its lock (no half-written tail mid-append).

        If the lock cannot be had in time the file is read anyway: a line being
        written at that moment then shows up as torn, which replay already tolerates.
        """
        extra: list[Problem] = []
        try:
            try:
                with self._lock(path):
                    data = path.read_bytes()
            except Timeout:
                extra.append(Problem(path.name, 0, "locked", "slot niet vrijgegeven; gelezen zonder slot"))
                data = path.read_bytes()
        except OSError as exc:
            return [], [Problem(path.name, 0, "unreadable", f"bestand kon niet gelezen worden ({type(exc).__name__})")]
        records, problems = parse_lines(data, path.name)
        return records, extra + problems

    def replay(self, dossier_id: str | None = None) -> ReplayState:
        """Read the log back (one dossier, or all) into the current decisions; never raises on bad lines."""
        state = ReplayState()
        paths = [self.path_for(dossier_id)] if dossier_id is not None else self.files()
        seen: set[str] = set()
        for path in paths:
            if not path.exists():
                continue
            records, problems = self.read_file(path)
            state.problems.extend(problems)
            for number, record in records:
                if dossier_id is not None and record.dossier_id != dossier_id:
                    continue  # another id that maps to the same file name
                if record.record_id in seen:
                    state.problems.append(Problem(path.name, number, "duplicate",
                                                  f"record {record.record_id} staat er dubbel in; tweede genegeerd"))
                    continue
                seen.add(record.record_id)
                state._add(record)
        return state

    # thin wrappers so the app can ask about one dossier without replaying everything
    def decisions_for(self, dossier_id: str) -> list[AnnotationRecord]:
        return self.replay(dossier_id).decisions_for(dossier_id)

    def current(self, dossier_id: str, finding_id: str, reviewer: str | None = None,
                input_hash: str | None = None) -> AnnotationRecord | None:
        return self.replay(dossier_id).current(dossier_id, finding_id, reviewer, input_hash)

    def reviewed_finding_ids(self, dossier_id: str, reviewer: str | None = None) -> set[str]:
        return self.replay(dossier_id).reviewed_finding_ids(dossier_id, reviewer)

    def added_findings(self, dossier_id: str) -> list[AnnotationRecord]:
        return self.replay(dossier_id).added_findings(dossier_id)


def _fsync_dir(directory: Path) -> None:
    """Make a new file's directory entry durable too (POSIX; a no-op where unsupported)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
