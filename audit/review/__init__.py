"""Review stage: inspectors' decisions on findings, kept as an append-only log.

The log: ``contract`` (kinds and decisions), ``identity`` (what a decision is
about), ``record`` (one decision and its contract), ``log`` (durable append-only
files), ``replay`` (reading them back). Using it: ``fold`` + ``export`` +
``summary`` (the reviewed audit), ``agreement`` (two reviewers compared),
``labels_nl`` (every Dutch label). The app's Streamlit-free logic: ``loading``,
``items``, ``queue``, ``markup``, ``evidence``, ``passages``, ``records``,
``history``, ``goal_review``; the Streamlit app itself is ``audit.review.app``.
"""
from audit.review.contract import DECISIONS, FINDING_KINDS
from audit.review.identity import file_shas, finding_input_hash, iter_reviewable
from audit.review.log import AnnotationLog
from audit.review.record import AnnotationRecord, InvalidRecord
from audit.review.replay import Problem, ReplayState

__all__ = [
    "DECISIONS",
    "FINDING_KINDS",
    "AnnotationLog",
    "AnnotationRecord",
    "InvalidRecord",
    "Problem",
    "ReplayState",
    "file_shas",
    "finding_input_hash",
    "iter_reviewable",
]
