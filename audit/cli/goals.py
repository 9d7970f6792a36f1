"""``dossier-audit goals``: check goal texts before an evaluation.

    dossier-audit goals "Sanne gaat vóór 1 juli 2025 ..." "Pleegouder biedt ..."
    dossier-audit goals --file doelen.txt --json

Prints a Dutch table (goal, the five criteria as ✓/✗ with their cues,
concreteness, hint) or JSON. Exit code 0, or 2 when no goal was given.
"""
from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import TextIO

from audit.ml.goal_model import CRITERIA, default_model
from audit.goals.score import CRITERIA_NL, GoalScore, score_goal


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "goals",
        help="Beoordeel doelen op concreetheid (specifiek, meetbaar, termijn, wie, ontwikkeling).",
        description="Beoordeel doelteksten uit een hulpverleningsplan op de vijf criteria van de inspectie.",
    )
    p.add_argument("goals", nargs="*", metavar="DOEL", help="doeltekst(en); tussen aanhalingstekens")
    p.add_argument("--file", "-f", type=Path, help="bestand met één doel per regel")
    p.add_argument("--termijn", help="termijn die bij alle opgegeven doelen hoort (zoals een Termijn-kolom)")
    p.add_argument("--wie", help="wie het doel uitvoert (zoals een Wie-kolom)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.add_argument("--rules-only", action="store_true", help="alleen regels, zonder het getrainde model")
    p.set_defaults(handler=run)
    return p


def _read_goals(args: argparse.Namespace) -> list[str]:
    goals = [g.strip() for g in (args.goals or []) if g and g.strip()]
    if getattr(args, "file", None):
        text = Path(args.file).read_text("utf-8-sig")
        goals += [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return goals


def format_table(scores: list[GoalScore], width: int = 100) -> str:
    """Readable Dutch report: one block per goal."""
    lines: list[str] = []
    for n, s in enumerate(scores, 1):
        lines.append(f"Doel {n}: " + textwrap.fill(s.text, width=width, subsequent_indent="        "))
        for c in CRITERIA:
            cr = s.criteria[c]
            mark = "✓" if cr.value else "✗"
            cues = "; ".join(cr.cues) if cr.cues else "-"
            src = "model" if cr.source == "model" else "regel"
            lines.append(f"  {mark} {CRITERIA_NL[c]:<13} {cues}  ({src}, {cr.confidence:.2f})")
        lines.append(f"  Concreetheid: {s.concreteness:.2f}")
        lines.append("  Tip: " + textwrap.fill(s.hint, width=width, subsequent_indent="       "))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        goals = _read_goals(args)
    except OSError as e:
        print(f"Bestand kan niet gelezen worden: {e.strerror or e}", file=sys.stderr)
        return 2
    if not goals:
        print("Geef een of meer doelen op, of --file met één doel per regel.", file=sys.stderr)
        return 2
    model = None if getattr(args, "rules_only", False) else default_model()
    scores = [score_goal(g, termijn=getattr(args, "termijn", None), wie=getattr(args, "wie", None), model=model)
              for g in goals]
    if getattr(args, "json", False):
        payload = {"model": "geen (alleen regels)" if model is None else model.meta.get("version"),
                   "goals": [s.to_json() for s in scores]}
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        if model is None:
            out.write("Let op: geen model gevonden of gekozen; alleen regels gebruikt.\n\n")
        out.write(format_table(scores))
    return 0
