"""Review stage: inspectors' decisions on findings, kept as an append-only log.

``annotations`` is the log (one JSON Lines file per dossier), ``export`` applies the
decisions to an audit, ``agreement`` measures how often two reviewers agree.
"""
from audit.review.annotations import (
    DECISIONS,
    FINDING_KINDS,
    AnnotationLog,
    AnnotationRecord,
    Problem,
    ReplayState,
    finding_input_hash,
    iter_reviewable,
)

__all__ = [
    "DECISIONS",
    "FINDING_KINDS",
    "AnnotationLog",
    "AnnotationRecord",
    "Problem",
    "ReplayState",
    "finding_input_hash",
    "iter_reviewable",
]
