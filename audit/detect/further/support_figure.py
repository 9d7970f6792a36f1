"""The child's own informal support figure or confidant, or a record that the child was asked.

Documented: a clear sentence naming a support figure ("steunfiguur", "vertrouwenspersoon",
"JIM", "bij wie ze terecht kan"), or the child's answer that she wants nobody. Not:
pending ("nog niet besproken", "wordt nog uitgezocht"), an empty form field, a support
figure of a foster parent or parent, policy or plans. Hand-written because which
sentence *names* a figure is dossier language; the phrases are data (``further_nl.json``).
"""
from __future__ import annotations

from spacy.tokens import Span

from audit.detect.base import all_triggers, evidence_for
from audit.detect.dating import span_text
from audit.detect.further.events import NOT_HAPPENED
from audit.detect.further.facts import FactResult
from audit.detect.further.lexicon import hit
from audit.detect.participants import about_other_child
from audit.types import AnalysedDocument, DossierContext

KIND = "support_figure"
DETECTOR = "support_figure:triggers+context"
FOUND, ABSENT_WITH_EVIDENCE, ABSENT = 0.85, 0.7, 0.6


def _verdict(ctx: DossierContext, adoc: AnalysedDocument, span: Span) -> bool | None:
    """True: documented; False: a mention that does not document one; None: not about this child."""
    sent = span.sent
    text = span_text(adoc, sent)
    quals = span._.qualifiers or set()
    if hit("support_of_adult", text) or about_other_child(sent, span, ctx, True, text):
        return None
    if quals & NOT_HAPPENED or hit("support_pending", text):
        return False
    if "NEGATED" in quals and not hit("support_declined", text):
        return False
    return True


def detect_support_figure(ctx: DossierContext) -> FactResult:
    """The first sentence that documents a support figure, else the first that shows its absence."""
    absent = None
    for adoc in ctx.documents:
        for span in all_triggers(adoc, KIND):
            verdict = _verdict(ctx, adoc, span)
            if verdict:
                return FactResult(True, [evidence_for(adoc, span.sent)], FOUND, DETECTOR, span._.cue)
            if verdict is False and absent is None:
                absent = evidence_for(adoc, span.sent)
    if absent is not None:
        return FactResult(False, [absent], ABSENT_WITH_EVIDENCE, DETECTOR)
    return FactResult(False, [], ABSENT, DETECTOR)
