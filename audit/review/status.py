"""How far the review of a dossier has come: ``review_status`` of each finding and of the whole audit.

The exported audit (``dossier-audit export``) carries these Dutch values:

- ``niet beoordeeld``: no reviewer has decided on the finding (the audit: on none of its items);
- ``gedeeltelijk beoordeeld`` (the audit only): some items have a decision, others none, none disputed;
- ``beoordeeld``: decided, and the current decisions of all its reviewers agree (the audit: every item);
- ``betwist``: two reviewers' current decisions differ, the open disagreements of
  :mod:`audit.review.agreement` (the audit: at least one item is disputed; this wins over the others).

``reviewed: true`` in the export means exactly ``review_status == "beoordeeld"``.
"""
from __future__ import annotations

from typing import Iterable

NOT_REVIEWED = "niet beoordeeld"
PARTLY_REVIEWED = "gedeeltelijk beoordeeld"
REVIEWED = "beoordeeld"
DISPUTED = "betwist"
#: every value ``review_status`` can take (findings never carry PARTLY_REVIEWED)
REVIEW_STATUSES = (NOT_REVIEWED, PARTLY_REVIEWED, REVIEWED, DISPUTED)


def overall_status(statuses: Iterable[str]) -> str:
    """The audit's status from the statuses of its items."""
    got = list(statuses)
    if DISPUTED in got:
        return DISPUTED
    if all(s == NOT_REVIEWED for s in got):  # also an audit without items
        return NOT_REVIEWED
    if all(s == REVIEWED for s in got):
        return REVIEWED
    return PARTLY_REVIEWED
