"""Score one care-plan goal on the five concreteness criteria of the inspection.

How rules and model combine (see GOAL_MODEL_CARD.md):
- ``time_bound`` and ``actor`` are lexical: rules decide (a deadline pattern or
  a Termijn cell; an acting subject, a Wie cell or "door X").
- ``measurable``: a number, frequency or observable end state found by the rules
  decides True; without such a cue the model judges (it knows phrasings such as
  "haalt zijn diploma" or "is zindelijk").
- ``specific`` and ``development_oriented`` need judgement (behaviour vs state,
  child's development vs adults/setting): the model decides, the rules supply
  the cues shown to the user and the fallback when no model file is present.
``Criterion.source`` says which of the two decided.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from audit.ml.goal_model import CRITERIA, GoalModel, default_model
from audit.goals.rules import analyse

Source = Literal["rule", "model"]
_NO_MODEL = object()

CRITERIA_NL = {
    "specific": "specifiek",
    "measurable": "meetbaar",
    "time_bound": "termijn",
    "actor": "wie",
    "development_oriented": "ontwikkeling",
}


@dataclass
class Criterion:
    value: bool
    cues: list[str] = field(default_factory=list)
    source: Source = "rule"
    confidence: float = 0.5


@dataclass
class GoalScore:
    text: str
    criteria: dict[str, Criterion]
    concreteness: float
    hint: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def rewrite_hint(crit: dict[str, Criterion]) -> str:
    """A Dutch hint saying what the goal lacks (the reviewer shows it after a correction too)."""
    parts: list[str] = []
    if not crit["specific"].value:
        vague = [c.removeprefix("vaag: ") for c in crit["specific"].cues if c.startswith("vaag: ")]
        extra = f" in plaats van een toestand ('{vague[0]}')" if vague else ""
        parts.append(f"Maak specifiek: beschrijf zichtbaar gedrag of een vaardigheid{extra}.")
    if not crit["measurable"].value:
        parts.append("Maak meetbaar: hoe vaak of wanneer is het doel bereikt?")
    if not crit["time_bound"].value:
        parts.append("Noem een termijn (bijv. 'vóór 1 juli 2025').")
    if not crit["actor"].value:
        parts.append("Noem wie het doet (het kind, de pleegouder, een ouder of de PZB).")
    if not crit["development_oriented"].value:
        parts.append("Richt het doel op de ontwikkeling van het kind (bijv. school, sociale contacten, emoties, contact met ouders).")
    return " ".join(parts) if parts else "Doel is concreet; geen aanvulling nodig."


def score_goal(
    text: str,
    *,
    termijn: str | None = None,
    wie: str | None = None,
    model: GoalModel | None | object = _NO_MODEL,
) -> GoalScore:
    """Score a goal; ``termijn``/``wie`` are cells from the goal's table row, if any.

    ``model`` defaults to the shipped model (``models/goal_model.skops``); pass
    ``None`` to score with rules only.
    """
    return score_goals([(text, termijn, wie)], model=model)[0]


def score_goals(
    items: list[tuple[str, str | None, str | None]], *, model: GoalModel | None | object = _NO_MODEL
) -> list[GoalScore]:
    """Score many goals ``(text, termijn, wie)`` with one model call per criterion."""
    m: GoalModel | None = default_model() if model is _NO_MODEL else model  # type: ignore[assignment]
    probs = m.predict_proba_many(items) if m is not None else [{} for _ in items]
    return [_assemble(text, analyse(text, termijn, wie), p) for (text, termijn, wie), p in zip(items, probs)]


def _assemble(text: str, ra: Any, probs: dict[str, float]) -> GoalScore:
    """Combine the rule analysis and model probabilities into the five criteria."""
    crit: dict[str, Criterion] = {}
    for name in CRITERIA:
        cues = ra.cues.get(name, [])
        decided = ra.decided.get(name)
        if name in ("time_bound", "actor"):
            crit[name] = Criterion(bool(decided), cues, "rule", 0.9 if decided else 0.8)
        elif decided is True:
            crit[name] = Criterion(True, cues, "rule", 0.9)
        elif name in probs:
            p = probs[name]
            crit[name] = Criterion(p >= 0.5, cues, "model", round(max(p, 1 - p), 3))
        else:
            crit[name] = Criterion(bool(ra.guess[name]), cues, "rule", 0.6)
    conc = round(sum(c.value for c in crit.values()) / len(crit), 2)
    return GoalScore(text=text, criteria=crit, concreteness=conc, hint=rewrite_hint(crit))
