"""Inter-rater agreement: where two reviewers judged the same findings, how often they agree.

Items are findings (matched by ``input_hash``, so a re-run does not split them) on
which both reviewers have a current decision. The label compared is the decision
*with* its correction: two reviewers who both correct a date but to different dates
disagree, so every listed disagreement also counts against kappa. Free text in a
correction (goal text, evidence, the names of a VGB correction) is compared by hash and never
printed.
Reviewer-added findings are left out: an ``add`` has no counterpart decision by the
other reviewer that says "not there".

Cohen's kappa is undefined when both reviewers gave one and the same label to every
item (expected agreement is 1, kappa is 0/0). We then report ``kappa = None`` with
the observed agreement (1.0) and a note, rather than sklearn's nan and a warning.
"""
from __future__ import annotations

import hashlib
import itertools
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from audit.review.identity import canonical_json
from audit.review.labels_nl import DECISION_NL, KIND_NL_LOWER
from audit.review.record import AnnotationRecord
from audit.review.replay import Problem, ReplayState

_FREE_TEXT = {"text", "evidence", "missing"}  # goal text, quotes, names of people


@dataclass
class KappaResult:
    group: str  # finding kind, or norm name
    reviewer_a: str
    reviewer_b: str
    n: int
    observed: float  # share of items with the same label
    kappa: float | None  # None when undefined (see module docstring)
    note: str = ""


@dataclass
class Disagreement:
    dossier_id: str
    finding_id: str
    finding_kind: str
    reviewer_a: str
    decision_a: str
    reviewer_b: str
    decision_b: str


@dataclass
class AgreementReport:
    by_kind: list[KappaResult] = field(default_factory=list)
    by_norm: list[KappaResult] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "by_kind": [asdict(r) for r in self.by_kind],
            "by_norm": [asdict(r) for r in self.by_norm],
            "disagreements": [asdict(d) for d in self.disagreements],
            "skipped_lines": [{"file": p.file, "line": p.line, "message": p.message} for p in self.problems],
        }


def label(record: AnnotationRecord) -> str:
    """What a reviewer said about a finding, comparable across reviewers and free of dossier text."""
    if record.finding_kind == "norm":
        return f"override:{record.correction.get('verdict')}" if record.decision == "override" else "confirm"
    if not record.correction or record.decision in ("confirm", "reject"):
        return record.decision
    shown = {k: (hashlib.sha256(canonical_json(v).encode()).hexdigest()[:8] if k in _FREE_TEXT else v)
             for k, v in record.correction.items()}
    return f"{record.decision}:{canonical_json(shown)}"


def kappa(a: list[str], b: list[str]) -> tuple[float | None, float, str]:
    """(kappa, observed agreement, note); kappa None when every label is one and the same."""
    from sklearn.metrics import cohen_kappa_score

    if not a:
        return None, 0.0, "geen gemeenschappelijke beoordelingen"
    observed = sum(x == y for x, y in zip(a, b)) / len(a)
    if len(set(a) | set(b)) == 1:  # expected agreement 1: kappa is 0/0
        return None, observed, "alle beoordelingen gelijk: kappa niet gedefinieerd, overeenstemming 100%"
    return float(cohen_kappa_score(a, b)), observed, ""


def _items(state: ReplayState) -> dict[tuple[str, str], dict[str, AnnotationRecord]]:
    """(dossier, input_hash) -> reviewer -> that reviewer's latest decision."""
    items: dict[tuple[str, str], dict[str, AnnotationRecord]] = {}
    for r in state.records:  # log order: later overwrites earlier
        items.setdefault((r.dossier_id, r.input_hash), {})[r.reviewer] = r
    return items


def open_dispute(records: list[AnnotationRecord]) -> dict[str, str]:
    """Reviewer -> label of the latest decision each took on one finding, when they differ; else ``{}``.

    The same rule as :func:`compute_agreement`'s disagreements (one reviewer's later
    decision replaces their earlier one; findings a reviewer added are left out), so
    a disagreement stays open until the reviewers' current decisions agree.
    """
    latest: dict[str, AnnotationRecord] = {}
    for r in records:  # log order: later overwrites earlier
        latest[r.reviewer] = r
    if len(latest) < 2 or any(r.decision == "add" for r in latest.values()):
        return {}
    labels = {who: label(r) for who, r in sorted(latest.items())}
    return labels if len(set(labels.values())) > 1 else {}


def compute_agreement(state: ReplayState) -> AgreementReport:
    report = AgreementReport(problems=list(state.problems))
    pairs: dict[tuple[str, str, str, str], list[tuple[AnnotationRecord, AnnotationRecord]]] = {}
    for _, by_reviewer in sorted(_items(state).items()):
        if any(r.decision == "add" for r in by_reviewer.values()):
            continue
        for ra, rb in itertools.combinations(sorted(by_reviewer), 2):
            a, b = by_reviewer[ra], by_reviewer[rb]
            kind = a.finding_kind
            pairs.setdefault(("kind", kind, ra, rb), []).append((a, b))
            if kind == "norm":
                pairs.setdefault(("norm", a.finding_id, ra, rb), []).append((a, b))
    for (level, group, ra, rb), got in sorted(pairs.items()):
        la, lb = [label(a) for a, _ in got], [label(b) for _, b in got]
        k, observed, note = kappa(la, lb)
        result = KappaResult(group, ra, rb, len(got), round(observed, 4), None if k is None else round(k, 4), note)
        (report.by_kind if level == "kind" else report.by_norm).append(result)
        if level == "kind":
            report.disagreements.extend(
                Disagreement(a.dossier_id, a.finding_id, a.finding_kind, ra, x, rb, y)
                for (a, _), x, y in zip(got, la, lb) if x != y
            )
    report.disagreements.sort(key=lambda d: (d.dossier_id, d.finding_kind, d.finding_id, d.reviewer_a, d.reviewer_b))
    return report


def describe_label(lab: str) -> str:
    """A label of :func:`label` in Dutch words (the app and the terminal report show it)."""
    decision, _, rest = lab.partition(":")
    if decision == "override":
        return f"{DECISION_NL['override']} → {rest}"
    text = DECISION_NL.get(decision, decision)
    if rest:
        try:
            fields_ = json.loads(rest)
            text += " (" + ", ".join(f"{k}={v}" for k, v in fields_.items()) + ")"
        except json.JSONDecodeError:
            text += f" ({rest})"
    return text


def _table(rows: list[list[str]], header: list[str]) -> list[str]:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    fmt = lambda r: "  ".join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip()  # noqa: E731
    return [fmt(header), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)]


def _kappa_rows(results: list[KappaResult], names: dict[str, str]) -> list[list[str]]:
    return [[names.get(r.group, r.group), f"{r.reviewer_a} / {r.reviewer_b}", str(r.n), f"{r.observed:.0%}",
             "n.v.t.*" if r.kappa is None else f"{r.kappa:.2f}"] for r in results]


def format_table(report: AgreementReport) -> str:
    """The Dutch report for the terminal."""
    header = ["", "beoordelaars", "n", "gelijk", "kappa"]
    lines = ["Overeenstemming tussen beoordelaars (Cohen's kappa)", ""]
    if not report.by_kind:
        lines.append("Geen bevindingen die door twee beoordelaars zijn beoordeeld.")
    else:
        lines += ["Per soort bevinding:"] + _table(_kappa_rows(report.by_kind, KIND_NL_LOWER), ["soort", *header[1:]])
        if report.by_norm:
            lines += ["", "Per norm:"] + _table(_kappa_rows(report.by_norm, {}), ["norm", *header[1:]])
        if any(r.kappa is None for r in report.by_kind + report.by_norm):
            lines += ["", "* alle beoordelingen gelijk: kappa is dan niet gedefinieerd; de overeenstemming is 100%."]
        lines += ["", f"Te bespreken verschillen: {len(report.disagreements)}"]
        if report.disagreements:
            lines += _table(
                [[d.dossier_id, d.finding_id, KIND_NL_LOWER.get(d.finding_kind, d.finding_kind),
                  f"{d.reviewer_a}: {describe_label(d.decision_a)}", f"{d.reviewer_b}: {describe_label(d.decision_b)}"]
                 for d in report.disagreements],
                ["dossier", "bevinding", "soort", "beoordelaar A", "beoordelaar B"],
            )
    if report.problems:
        lines += ["", f"Let op: {len(report.problems)} regel(s) in het logboek overgeslagen:"]
        lines += [f"  {p}" for p in report.problems]
    return "\n".join(lines)
