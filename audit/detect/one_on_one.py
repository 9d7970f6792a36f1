"""One-on-one contacts: the worker spoke with the foster child without foster parents present."""
from __future__ import annotations

from typing import TYPE_CHECKING

from audit.detect.base import classifier_vetoes, clear_triggers, dated_ok, event_finding, in_entry_header, merge_by_date
from audit.detect.dating import sentence_date
from audit.detect.participants import about_other_child, informal_speaker
from audit.types import DossierContext, Finding

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "one_on_one_contact"


def detect_one_on_one(ctx: DossierContext, models: "SentenceModels") -> list[Finding]:
    findings: list[Finding] = []
    for adoc in ctx.documents:
        seen_sents: set[tuple[int, object]] = set()  # one finding per sentence and date
        for span in clear_triggers(adoc, KIND):
            sent = span.sent
            if in_entry_header(adoc, sent) or about_other_child(sent, span, ctx):
                continue
            if informal_speaker(adoc.document.text[sent.start_char : span.start_char]):
                continue
            dated = sentence_date(adoc, sent, anchor=span.start_char)
            key = (sent.start, dated.mention.date if dated.mention else None)
            if key in seen_sents or not dated_ok(adoc, dated):
                continue
            vetoed, prob = classifier_vetoes(models, KIND, sent.text)
            if vetoed:
                continue
            seen_sents.add(key)
            findings.append(event_finding(KIND, "one_on_one", adoc, sent, span, dated, prob))
    return merge_by_date(findings)
