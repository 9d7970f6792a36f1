"""Evaluate the tool on an annotated corpus (folders with ``gold.json``, see corpus/SCHEMA.md).

Per event detector: precision / recall / F1, where a predicted event matches a gold
event when kind and date agree (one event per distinct date). Matching rationale:
per-dossier agreement on ``documented``. Norms: accuracy per norm. Goals: extraction
precision/recall, per-criterion accuracy and Spearman (``audit.goals.evaluate``).
Plus ingestion fidelity: the share of gold quotes found in the extracted text.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.report import NORM_NAMES

EVENT_FIELDS = ("one_on_one_contacts", "safety_checks", "behavioural_scientist_advice")
# Schema version 2: scored only where a gold.json has the field (absent = not annotated).
FURTHER_EVENT_FIELDS = ("home_visits", "care_team_meetings", "sexual_development", "goal_evaluations")
FURTHER_FACTS = ("support_figure", "vgb", "rescreening")


# a typesetter's hyphen where a quote's word broke over lines ("Ad-\nvies") is read "Ad-vies" by the PDF reader
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n\s*(?=[^\W\d_])")


def squash(text: str) -> str:
    """The text with its whitespace collapsed, soft hyphens (invisible) dropped and a word broken over lines
    with a hyphen read as the reader joins it."""
    return " ".join(_LINE_BREAK_HYPHEN.sub("-", text.replace("\u00ad", "")).split())


_CELL_BAR = re.compile(r" \| ")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    detectors: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in (*EVENT_FIELDS, "matching_rationale",
                                                                                  *FURTHER_EVENT_FIELDS)})
    child_spoken: list[bool] = field(default_factory=list)
    facts: dict[str, list[bool]] = field(default_factory=lambda: {k: [] for k in (
        "home_visits.unannounced", "support_figure.documented", "vgb.complete", "rescreening.change",
        "rescreening.rescreened")})
    annotated: set[str] = field(default_factory=set)  # the v2 fields some gold.json had
    norms: dict[str, list[bool]] = field(default_factory=lambda: {n: [] for n in NORM_NAMES})
    errors: list[dict[str, Any]] = field(default_factory=list)  # misses and false alarms
    quotes_found: int = 0
    quotes_total: int = 0
    missing_quotes: list[dict[str, str]] = field(default_factory=list)
    file_errors: list[dict[str, str]] = field(default_factory=list)
    goals: dict[str, Any] = field(default_factory=dict)
    dossiers: int = 0
    goal_pairs: list[tuple[list[dict], list[dict]]] = field(default_factory=list)  # (predicted, gold) per dossier

    def to_json(self) -> dict[str, Any]:
        acc = lambda xs: round(sum(xs) / len(xs), 3) if xs else None  # noqa: E731
        return {
            "dossiers": self.dossiers,
            "detectors": {k: v.to_json() for k, v in self.detectors.items()
                          if k not in FURTHER_EVENT_FIELDS or k in self.annotated},
            "child_spoken_accuracy": acc(self.child_spoken),
            "facts": {k: {"accuracy": acc(v), "n": len(v)} for k, v in self.facts.items() if v},
            "norms": {k: {"accuracy": acc(v), "n": len(v)} for k, v in self.norms.items()},
            "goals": self.goals,
            "ingestion": {"quotes_found": self.quotes_found, "quotes_total": self.quotes_total,
                          "fidelity": round(self.quotes_found / self.quotes_total, 4) if self.quotes_total else None,
                          "missing": self.missing_quotes},
            "file_errors": self.file_errors,
            "errors": self.errors,
        }


def gold_quotes(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """(file, quote) pairs of everything the gold quotes from the files."""
    out = []
    for fld in (*EVENT_FIELDS, *FURTHER_EVENT_FIELDS, "traps"):
        out += [(x["file"], x["quote"]) for x in gold.get(fld, []) if x.get("file") and x.get("quote")]
    rescreening = gold.get("rescreening") or {}
    for m in (gold.get("matching_rationale"), gold.get("support_figure"), gold.get("vgb"),
              rescreening.get("change"), rescreening.get("rescreened")):
        if m and m.get("file") and m.get("quote"):
            out.append((m["file"], m["quote"]))
    out += [(g["file"], g["text"]) for g in gold.get("goals", []) if g.get("file") and g.get("text")]
    return out


def _gold_key(pred_date: str, gold_dates: set[str]) -> str:
    """A month-precision prediction ("2024-03") matches a gold date in that month ("2024-03-01")."""
    if len(pred_date) == 7:
        same_month = sorted(d for d in gold_dates if d.startswith(pred_date))
        if same_month:
            return same_month[0]
    return pred_date


def _fact(report: Report, dossier_id: str, name: str, predicted: Any, gold: Any, sentence: str | None) -> None:
    report.facts[name].append(predicted == gold)
    if predicted != gold:
        report.errors.append({"dossier": dossier_id, "field": name, "type": "wrong_value", "date": None,
                              "file": None, "sentence": f"voorspeld {predicted}, gold {gold}: {sentence or ''}"})


def _score_further(report: Report, dossier_id: str, audit: dict[str, Any], gold: dict[str, Any]) -> None:
    """The schema-version-2 fields the gold annotates."""
    for fld in FURTHER_EVENT_FIELDS:
        if fld in gold:
            report.annotated.add(fld)
            _score_events(report, dossier_id, fld, audit[fld], gold[fld])
    if "home_visits" in gold:
        predicted = {p["date"]: bool(p.get("unannounced")) for p in audit["home_visits"] if p.get("date")}
        for g in gold["home_visits"]:
            if g["date"] in predicted:
                _fact(report, dossier_id, "home_visits.unannounced", predicted[g["date"]], bool(g.get("unannounced")),
                      g.get("quote"))
    if "support_figure" in gold:
        _fact(report, dossier_id, "support_figure.documented", bool(audit["support_figure"]["documented"]),
              bool(gold["support_figure"].get("documented")), audit["support_figure"].get("quote"))
    if "vgb" in gold:
        _fact(report, dossier_id, "vgb.complete", audit["vgb"]["complete"], gold["vgb"].get("complete"),
              f"missing {audit['vgb'].get('missing')} / gold {gold['vgb'].get('missing')}")
    if "rescreening" in gold:
        for part in ("change", "rescreened"):
            p, g = audit["rescreening"][part], gold["rescreening"].get(part)
            _fact(report, dossier_id, f"rescreening.{part}", (p or {}).get("date"), (g or {}).get("date"),
                  (p or g or {}).get("quote"))


def _score_events(report: Report, dossier_id: str, fld: str, pred: list[dict], gold: list[dict]) -> None:
    gold_dates = {g["date"] for g in gold}
    pred_by_date = {_gold_key(p["date"], gold_dates): p for p in pred if p.get("date")}
    gold_by_date = {g["date"]: g for g in gold}
    prf = report.detectors[fld]
    for date, g in gold_by_date.items():
        if date in pred_by_date:
            prf.tp += 1
            if fld == "safety_checks":
                p_heard, g_heard = bool(pred_by_date[date].get("child_spoken")), bool(g.get("child_spoken"))
                report.child_spoken.append(p_heard == g_heard)
                if p_heard != g_heard:
                    report.errors.append({"dossier": dossier_id, "field": "safety_checks.child_spoken",
                                          "type": f"predicted {p_heard}, gold {g_heard}", "date": date,
                                          "file": g.get("file"), "sentence": g.get("quote")})
        else:
            prf.fn += 1
            report.errors.append({"dossier": dossier_id, "field": fld, "type": "miss", "date": date,
                                  "file": g.get("file"), "sentence": g.get("quote")})
    for date, p in pred_by_date.items():
        if date not in gold_by_date:
            prf.fp += 1
            report.errors.append({"dossier": dossier_id, "field": fld, "type": "false_alarm", "date": date,
                                  "file": p.get("file"), "sentence": p.get("quote")})
    prf.fp += sum(1 for p in pred if not p.get("date"))  # an undated event cannot match


def _score_matching(report: Report, dossier_id: str, pred: dict[str, Any], gold: dict[str, Any]) -> None:
    g_doc, p_doc = bool(gold.get("documented")), bool(pred.get("documented"))
    prf = report.detectors["matching_rationale"]
    if g_doc and p_doc:
        prf.tp += 1
    elif p_doc:
        prf.fp += 1
    elif g_doc:
        prf.fn += 1
    if g_doc != p_doc:
        source = pred if p_doc else gold
        report.errors.append({"dossier": dossier_id, "field": "matching_rationale",
                              "type": "miss" if g_doc else "false_alarm", "date": None,
                              "file": source.get("file"), "sentence": source.get("quote")})


def _score_norms(report: Report, dossier_id: str, pred: dict[str, str], gold: dict[str, str]) -> None:
    for name in NORM_NAMES:
        if name not in gold:
            continue
        ok = pred.get(name) == gold[name]
        report.norms[name].append(ok)
        if not ok:
            report.errors.append({"dossier": dossier_id, "field": f"norm:{name}", "type": "wrong_verdict",
                                  "date": None, "file": None, "sentence": f"voorspeld {pred.get(name)}, gold {gold[name]}"})


def _score_ingestion(report: Report, dossier, gold: dict[str, Any]) -> None:
    report.file_errors += [{"dossier": dossier.dossier_id, "file": e.file, "message": e.message} for e in dossier.errors]
    texts = {d.name: squash(d.text) for d in dossier.documents}
    # a table row is read as cells ("Instrument | 12-09-2024 | pleegmoeder"); pdfplumber's plain text, which
    # annotators quote, joins the same cells with a space: the row is there when the bars are read as spaces
    rows = {name: _CELL_BAR.sub(" ", text) for name, text in texts.items() if " | " in text}
    for file, quote in gold_quotes(gold):
        report.quotes_total += 1
        if squash(quote) in texts.get(file, "") or squash(quote) in rows.get(file, ""):
            report.quotes_found += 1
        else:
            report.missing_quotes.append({"dossier": dossier.dossier_id, "file": file, "quote": quote})


def evaluate_dossier(report: Report, folder: Path, as_of: dt.date | None, config, nlp) -> None:
    """Audit one annotated dossier (peildatum from its gold unless ``as_of``) and score it into ``report``."""
    from audit.pipeline import audit_dossier
    from audit.read import load_dossier

    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    dossier = load_dossier(folder)
    report.dossiers += 1
    _score_ingestion(report, dossier, gold)
    audit = audit_dossier(dossier, as_of or dt.date.fromisoformat(gold["reference_date"]), config, nlp)
    for fld in EVENT_FIELDS:
        _score_events(report, dossier.dossier_id, fld, audit[fld], gold.get(fld, []))
    _score_matching(report, dossier.dossier_id, audit["matching_rationale"], gold.get("matching_rationale") or {})
    _score_further(report, dossier.dossier_id, audit, gold)
    _score_norms(report, dossier.dossier_id, audit["norms"], gold.get("norms", {}))
    report.goal_pairs.append((audit["goals"], gold.get("goals", [])))


def evaluate_corpus(corpus: Path, *, as_of: dt.date | None = None, as_of_from_gold: bool = True,
                    pipeline: str | None = None, config=None) -> Report:
    """Every dossier with a ``gold.json`` in ``corpus``, scored in one report."""
    from audit import nlp as nlp_mod
    from audit.config import load_config
    from audit.goals.evaluate import evaluate_goals

    config = config or load_config()
    nlp = nlp_mod.load(pipeline)
    report = Report()
    for folder in sorted(p for p in Path(corpus).iterdir() if (p / "gold.json").is_file()):
        evaluate_dossier(report, folder, None if as_of_from_gold else (as_of or dt.date.today()), config, nlp)
    report.goals = evaluate_goals(report.goal_pairs)
    return report


def combine(reports: list[Report]) -> Report:
    """One report over several corpora: counts added up, goal metrics recomputed over all goals."""
    from audit.goals.evaluate import evaluate_goals

    total = Report()
    for r in reports:
        total.dossiers += r.dossiers
        for name, prf in r.detectors.items():
            t = total.detectors[name]
            t.tp, t.fp, t.fn = t.tp + prf.tp, t.fp + prf.fp, t.fn + prf.fn
        total.child_spoken += r.child_spoken
        total.annotated |= r.annotated
        for name, values in r.facts.items():
            total.facts[name] += values
        for name, values in r.norms.items():
            total.norms[name] += values
        total.quotes_found += r.quotes_found
        total.quotes_total += r.quotes_total
        total.missing_quotes += r.missing_quotes
        total.file_errors += r.file_errors
        total.goal_pairs += r.goal_pairs
    total.goals = evaluate_goals(total.goal_pairs)
    return total


def _detector_lines(data: dict[str, Any]) -> list[str]:
    lines = [f"{'detector':<32}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}"]
    for name, d in data["detectors"].items():
        lines.append(f"{name:<32}{d['precision']:>7.3f}{d['recall']:>7.3f}{d['f1']:>7.3f}{d['tp']:>5}{d['fp']:>5}{d['fn']:>5}")
    if data["child_spoken_accuracy"] is not None:
        lines.append(f"{'safety_checks.child_spoken acc':<32}{data['child_spoken_accuracy']:>7.3f}")
    for name, d in data.get("facts", {}).items():
        lines.append(f"{name + ' acc':<32}{d['accuracy']:>7.3f}{'':>14}  n={d['n']}")
    lines += ["", f"{'norm':<42}{'accuracy':>9}{'n':>5}"]
    for name, d in data["norms"].items():
        acc = "-" if d["accuracy"] is None else f"{d['accuracy']:.3f}"
        lines.append(f"{name:<42}{acc:>9}{d['n']:>5}")
    return lines


def _goal_lines(goals: dict[str, Any]) -> list[str]:
    if not goals:
        return []
    lines = ["", "goals:"]
    for k, v in goals.items():
        if isinstance(v, (int, float, str)) or v is None:
            lines.append(f"  {k:<38}{v if not isinstance(v, float) else round(v, 3)}")
        elif isinstance(v, dict):
            lines.append(f"  {k:<38}" + ", ".join(f"{a}={round(b, 3) if isinstance(b, float) else b}" for a, b in v.items()))
    return lines


def _error_lines(data: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    if data["errors"]:
        lines += ["", "misses and false alarms:"]
        for e in data["errors"]:
            where = f"{e['file']}" if e.get("file") else ""
            lines.append(f"  [{e['dossier']}] {e['field']} {e['type']} {e.get('date') or ''} {where}: {e.get('sentence') or ''}")
    goal_errors = (data.get("goals") or {}).get("errors") or []
    if goal_errors:
        lines += ["", "goal criteria that differ from gold:"]
        lines += [f"  {e['criterion']}: gold {'ja' if e['gold'] else 'nee'}: {e['text']}" for e in goal_errors]
    return lines


def format_table(report: Report, errors: bool = True) -> str:
    """The plain-text table `evaluate` prints (``errors=False``: without the list of misses)."""
    data = report.to_json()
    ing = data["ingestion"]
    lines = [f"Dossiers: {data['dossiers']}", "", *_detector_lines(data), *_goal_lines(data["goals"]),
             "", f"ingestion fidelity: {ing['quotes_found']}/{ing['quotes_total']} gold quotes found in extracted text",
             f"file errors: {len(data['file_errors'])}"]
    if errors:
        lines += _error_lines(data)
    return "\n".join(lines)
