"""Sample figures: per norm how many dossiers meet, fail or cannot be judged, with a Wilson interval.

The Wilson score interval is a few lines of arithmetic (the normal quantile comes from
the standard library's ``statistics.NormalDist``), so no statistics package is needed.
Unlike the plain "p ± 1.96·se" interval it stays inside 0–1 and is honest for the small
samples an inspection draws (10–40 dossiers) and for shares near 0% or 100%.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Any, Iterable

from audit.norms import FAILS, MEETS, NA, NORM_NAMES

ONE_ON_ONE = "one_on_one_min3_last12m"


def wilson(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float] | None:
    """The Wilson score interval for ``successes`` out of ``n``; None when ``n`` is 0."""
    if n <= 0:
        return None
    if not 0 <= successes <= n:
        raise ValueError(f"successes {successes} not in 0..{n}")
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low = 0.0 if successes == 0 else max(0.0, centre - half)  # exact bounds, no rounding noise
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


@dataclass
class NormFigures:
    """One norm over the sample."""

    name: str
    meets: list[str] = field(default_factory=list)
    fails: list[str] = field(default_factory=list)
    na: list[str] = field(default_factory=list)

    @property
    def judged(self) -> int:
        return len(self.meets) + len(self.fails)

    @property
    def share(self) -> float | None:
        """Share meeting the norm among the dossiers that could be judged."""
        return len(self.meets) / self.judged if self.judged else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson(len(self.meets), self.judged)


def norm_figures(audits: Iterable[dict[str, Any]]) -> list[NormFigures]:
    """Per norm, in contract order, the dossier ids that meet, fail and are n.v.t."""
    figures = {name: NormFigures(name) for name in NORM_NAMES}
    for audit in audits:
        for name, fig in figures.items():
            verdict = audit.get("norms", {}).get(name, NA)
            bucket = {MEETS: fig.meets, FAILS: fig.fails}.get(verdict, fig.na)
            bucket.append(audit["dossier_id"])
    return list(figures.values())


def counted_talks(audit: dict[str, Any]) -> int:
    """One-on-one talks that count for the norm (in the window, confident enough), as summary.csv counts them."""
    return len(audit.get("norm_details", {}).get(ONE_ON_ONE, {}).get("findings", []))


def talks_histogram(audits: Iterable[dict[str, Any]], top: int = 6) -> list[tuple[str, int]]:
    """Dossiers per number of counted talks: 0, 1, ... and '6+' for ``top`` and more."""
    got = Counter(min(counted_talks(a), top) for a in audits)
    return [(f"{k}+" if k == top else str(k), got.get(k, 0)) for k in range(top + 1)]


def concreteness_histogram(audits: Iterable[dict[str, Any]]) -> list[tuple[str, int]]:
    """Goals per concreteness score: the mean of five yes/no criteria, so 0, 0.2 ... 1."""
    got = Counter(round(float(g.get("concreteness", 0)) * 5) for a in audits for g in a.get("goals", []))
    return [(f"{k / 5:.1f}".replace(".", ","), got.get(k, 0)) for k in range(6)]


def changed_verdicts(audits: Iterable[dict[str, Any]]) -> list[tuple[str, str, str, str]]:
    """(dossier, norm, tool verdict, reviewed verdict) for every verdict a reviewer changed."""
    out = []
    for audit in audits:
        for name, detail in audit.get("norm_details", {}).items():
            before = detail.get("tool_verdict")
            if before is not None and before != detail.get("verdict"):
                out.append((audit["dossier_id"], name, before, detail.get("verdict", NA)))
    return out


def has_review(audits: Iterable[dict[str, Any]]) -> bool:
    """True when any audit is a reviewed export (it carries ``review_status``)."""
    return any("review_status" in a or "reviewed" in a for a in audits)
