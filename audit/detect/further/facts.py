"""A document-level fact (support figure, VGB): documented or not, with the sentence it rests on."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from audit.types import Evidence


@dataclass
class FactResult:
    """``documented`` True/False, or None when the file says nothing to judge by (n/a)."""

    documented: bool | None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.6
    detector: str = ""
    cue: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
