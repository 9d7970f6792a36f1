"""Dutch tables for a goal-model training run: the existing measures before and after, and the real goals."""
from __future__ import annotations

from typing import Any

from audit.ml.goal_model import CRITERIA

COLUMNS = ("specifiek", "meetbaar", "termijn", "wie", "ontwikkeling", "Spearman")
EXISTING = (("cv_combined", "5-voudige CV, trainingsdoelen"), ("generated_to_hand", "gegenereerd -> handgeschreven"),
            ("rules_only", "alleen regels"))
REAL_ROWS = (("rules_only", "alleen regels"), ("without_real", "model zonder echte doelen"),
             ("with_real_oof", "model met echte doelen (buiten de fold)"))
REAL_VIEWS = (("first_labeller", "eerste labeller"), ("second_labeller", "tweede labeller"),
              ("consensus", "waar beide labellers het eens zijn"))


def _cells(acc: dict[str, float | None] | None, rho: float | None) -> str:
    vals = [(acc or {}).get(c) for c in CRITERIA] + [rho]
    return "".join(f"{'-' if v is None else f'{v:.3f}':>14}" for v in vals)


def _header(width: int) -> str:
    return " " * width + "".join(f"{c:>14}" for c in COLUMNS)


def existing_table(before: dict[str, Any] | None, after: dict[str, Any]) -> str:
    """The training-data measures of the current model (its metrics file) and of the new one."""
    lines = ["Doelenmodel, bestaande maten (nauwkeurigheid per criterium; Spearman van de concreetheid):",
             _header(44)]
    for key, label in EXISTING:
        for when, m in (("voor", before), ("na", after)):
            if m is None:
                continue
            lines.append(f"  {label + ', ' + when:<42}{_cells(m.get(f'{key}_accuracy'), m.get(f'{key}_spearman'))}")
    return "\n".join(lines)


def real_goals_table(real: dict[str, Any]) -> str:
    """Real goals, cross-validated grouped by source: rules, model without and with real goals."""
    lines = [f"Echte doelen ({real['n']} doelen, {real['n_groups']} bronnen), {real['folds']}:"]
    for view, view_label in REAL_VIEWS:
        n = real["with_real_oof"][view]["n"]
        lines += [f"  tegen {view_label} (n={n}):", _header(44)]
        for key, label in REAL_ROWS:
            f = real[key][view]
            lines.append(f"  {label:<42}{_cells(f['accuracy'], f['spearman'])}")
    return "\n".join(lines)
