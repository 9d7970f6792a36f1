"""Reading the log back: every line checked, the current decisions derived, nothing raised.

Each line must parse, carry the right ``checksum`` (SHA-256 of the canonical JSON
of all other fields) and validate. A line that fails is reported with its file and
line number and skipped. As a second line of defence (a log written by another
tool, or a copy that lost the separator) a bad line is searched for a complete
record that starts later in the line (a torn fragment followed by a whole record);
it is accepted only if it passes the same checksum and validation, and the
fragment is reported.

The records of one file form a chain: a record's ``prev`` must be the ``checksum``
of the valid record before it ("" for the first). A line edited after it was written,
even with its own checksum recomputed, or a line removed or inserted, breaks the chain
at the next record; that is reported as a problem of kind ``chain`` naming the file
and the line (never its text). Both records are kept: which of the two was changed
cannot be told from the log, so the break is for a person to look at. Records
without ``prev`` (written before the chain) are not checked; the last line of a file
can only be protected by what follows it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import NamedTuple

from audit.review.record import AnnotationRecord, InvalidRecord


@dataclass(frozen=True)
class Problem:
    """A line that was skipped (or partly skipped) on replay. Never contains the line's text."""

    file: str
    line: int  # 1-based physical line
    # "torn" (incomplete or unparsable), "checksum", "invalid", "duplicate", "locked", "unreadable",
    # "chain" (a line changed, removed or inserted after writing; the records are kept)
    kind: str
    message: str  # Dutch

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class ReplayState:
    """The log read back: valid records in log order, the current decisions, and what was skipped.

    ``records`` holds the decisions that stand: an ``undo`` record takes the record it
    names out of it (only the same reviewer's, on the same dossier), so export, agreement
    and training never see an undone decision; both stay in ``undone`` for the trail.
    """

    records: list[AnnotationRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    latest: dict[tuple[str, str, str], AnnotationRecord] = field(default_factory=dict)
    latest_by_finding: dict[tuple[str, str], AnnotationRecord] = field(default_factory=dict)
    undone: list[tuple[AnnotationRecord, AnnotationRecord]] = field(default_factory=list)  # (undo, undone)
    _by_hash: dict[tuple[str, str], list[AnnotationRecord]] | None = field(default=None, repr=False, compare=False)

    def add(self, record: AnnotationRecord) -> None:
        """Take one valid record, in log order (later records overrule earlier ones)."""
        self._by_hash = None
        if record.decision == "undo":
            self._undo(record)
            return
        self.records.append(record)
        self.latest[(record.dossier_id, record.finding_id, record.reviewer)] = record
        self.latest_by_finding[(record.dossier_id, record.finding_id)] = record

    def _undo(self, undo: AnnotationRecord) -> None:
        target = undo.correction.get("undoes")
        for i in range(len(self.records) - 1, -1, -1):
            r = self.records[i]
            if r.record_id == target and r.reviewer == undo.reviewer and r.dossier_id == undo.dossier_id:
                del self.records[i]
                self.undone.append((undo, r))
                self._relink(r.dossier_id, r.finding_id, r.reviewer)
                return

    def _relink(self, dossier_id: str, finding_id: str, reviewer: str) -> None:
        """Point the latest-decision maps of one finding back at what stands after an undo."""
        mine = other = None
        for r in reversed(self.records):
            if r.dossier_id == dossier_id and r.finding_id == finding_id:
                other = other or r
                if r.reviewer == reviewer:
                    mine = r
                    break
        for table, key, value in ((self.latest, (dossier_id, finding_id, reviewer), mine),
                                  (self.latest_by_finding, (dossier_id, finding_id), other)):
            if value is None:
                table.pop(key, None)
            else:
                table[key] = value

    def last_own(self, dossier_id: str, reviewer: str) -> AnnotationRecord | None:
        """This reviewer's most recent decision on a dossier that still stands (what "undo" takes back)."""
        return next((r for r in reversed(self.records) if r.dossier_id == dossier_id and r.reviewer == reviewer),
                    None)

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
        for r in reversed(self.for_input_hash(dossier_id, input_hash)):
            if reviewer is None or r.reviewer == reviewer:
                return r
        return None

    def for_input_hash(self, dossier_id: str, input_hash: str) -> list[AnnotationRecord]:
        """The standing records on one version of a finding, in log order (indexed: the app asks per item)."""
        if self._by_hash is None:
            self._by_hash = {}
            for r in self.records:
                self._by_hash.setdefault((r.dossier_id, r.input_hash), []).append(r)
        return list(self._by_hash.get((dossier_id, input_hash), ()))

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


class Parsed(NamedTuple):
    """One line parsed: the record and its stored checksum, or the problem kind and Dutch message."""

    record: AnnotationRecord | None
    checksum: str
    kind: str
    message: str


def _parse(raw: bytes) -> Parsed:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return Parsed(None, "", "torn", "regel onvolledig of geen geldige JSON; overgeslagen")
    try:
        return Parsed(AnnotationRecord.from_json(data), str(data.get("checksum")), "", "")
    except InvalidRecord as exc:
        kind = "checksum" if "controlegetal" in str(exc) else "invalid"
        return Parsed(None, "", kind, f"record ongeldig ({exc}); overgeslagen")
    except TypeError:
        return Parsed(None, "", "invalid", "record ongeldig (onverwachte velden); overgeslagen")


def parse_line(raw: bytes) -> tuple[Parsed, bool]:
    """One physical line as replay reads it: (parsed, whether a torn fragment before the record was dropped)."""
    parsed = _parse(raw)
    if parsed.record is None:
        salvaged = _salvage(raw)
        if salvaged is not None:
            return salvaged, True
    return parsed, False


class _Chain:
    """Checks each record's ``prev`` against the checksum of the valid record before it in the file.

    After a skipped line (already reported) a mismatch is not reported again: a torn line
    left by a crashed writer is skipped by the next writer too (its ``prev`` still matches),
    but a damaged record was the one the next record pointed at.
    """

    def __init__(self, file_label: str) -> None:
        self.file_label = file_label
        self.last: tuple[int, str] | None = None  # (line, checksum) of the previous valid record
        self.gap = False  # a skipped line since the previous valid record

    def check(self, number: int, parsed: Parsed) -> Problem | None:
        prev, last, gap = parsed.record.prev if parsed.record else None, self.last, self.gap
        self.last, self.gap = (number, parsed.checksum), False
        if prev is None or prev == (last[1] if last else "") or gap:
            return None
        if last is None:
            return Problem(self.file_label, number, "chain",
                           "keten verbroken: het eerste record verwijst naar een record dat er niet (meer) is; "
                           "er is een regel verwijderd of gewijzigd")
        return Problem(self.file_label, last[0], "chain",
                       f"keten verbroken: regel {number} verwijst niet naar dit record; deze regel is na het "
                       "schrijven gewijzigd, of er is een regel verwijderd of ingevoegd (records niet overgeslagen)")


def parse_lines(data: bytes, file_label: str) -> tuple[list[tuple[int, AnnotationRecord]], list[Problem]]:
    """All valid records of one log file's bytes with their line numbers, and a problem per skipped part."""
    records: list[tuple[int, AnnotationRecord]] = []
    problems: list[Problem] = []
    chain = _Chain(file_label)
    lines = data.split(b"\n")
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        parsed, salvaged = parse_line(raw)
        if salvaged:
            problems.append(Problem(file_label, number, "torn",
                                    "onvolledig begin van de regel overgeslagen; het volledige record erna is gelezen"))
        if parsed.record is None:
            message = parsed.message
            if number == len(lines) and parsed.kind == "torn":
                message = "laatste regel onvolledig (schrijven afgebroken?); overgeslagen"
            problems.append(Problem(file_label, number, parsed.kind, message))
            chain.gap = True
            continue
        broken = chain.check(number, parsed)
        if broken is not None:
            problems.append(broken)
        records.append((number, parsed.record))
    return records, problems


def _salvage(raw: bytes) -> Parsed | None:
    """A complete record at the end of a line that starts with a torn fragment, if any."""
    pos = raw.find(b'{"', 1)
    while pos != -1:
        parsed = _parse(raw[pos:])
        if parsed.record is not None:
            return parsed
        pos = raw.find(b'{"', pos + 1)
    return None
