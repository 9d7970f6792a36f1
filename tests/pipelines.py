"""Shared test helper: a private copy of the embedded pipeline with fresh detection components."""
from spacy.language import Language

from audit.nlp.components import context, triggers  # noqa: F401  (registers the factories)
from audit.nlp import load

DETECTION = ("dossier_audit_triggers", "dossier_audit_context")


def detection_pipeline(spans_key: str | None = None, context_too: bool = True) -> Language:
    """``load()`` may already include the detection components; the cached pipeline is never mutated."""
    base = load("embedded")
    nlp = type(base)(vocab=base.vocab)
    for name in base.pipe_names:
        if name not in DETECTION:
            nlp.add_pipe(name, source=base)
    cfg = {"spans_key": spans_key} if spans_key else {}
    nlp.add_pipe("dossier_audit_triggers", config=cfg)
    if context_too:
        nlp.add_pipe("dossier_audit_context", config=cfg)
    return nlp
