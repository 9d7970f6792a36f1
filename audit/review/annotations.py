"""Old import path of the annotation log, kept only until its last users move.

``audit/train/from_annotations.py`` and ``tests/test_train.py`` still import from
here; new code imports from :mod:`audit.review` (or the module that holds the
name: ``log``, ``record``, ``replay``, ``identity``, ``contract``). Delete this
file once nothing imports ``audit.review.annotations``.
"""
from audit.review import AnnotationLog, AnnotationRecord, InvalidRecord, ReplayState, iter_reviewable

__all__ = ["AnnotationLog", "AnnotationRecord", "InvalidRecord", "ReplayState", "iter_reviewable"]
