"""Loading the Dutch pipeline: the best one installed, else the embedded one.

``load()`` prefers ``nl_core_news_md``, then ``nl_core_news_sm`` (install with
``python -m spacy download nl_core_news_md`` where the internet is reachable),
else builds the embedded pipeline: ``spacy.blank("nl")`` with the dossier
sentencizer. The embedded pipeline carries every accuracy bar; which one ran is
recorded in each output. No lemmatizer: no trigger, context rule or model reads
lemmas, and spaCy's lookup lemmatizer cost ~15% of the analysis time.
"""
from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.util import compile_infix_regex
from spacy.language import Language

from audit.nlp import components  # noqa: F401  (registers the factories)
from audit.nlp.tokenizer import WarmTokenizer
from audit.resources import resource_cache, resource_json

# Event triggers and their ConText qualifiers run inside the pipeline, so every Doc
# carries them; the detectors read them from doc.spans.
DETECTION_PIPES = ("dossier_audit_triggers", "dossier_audit_context")


def _add_detection(nlp: Language) -> None:
    """The detection components, and the tokenizer wrapped so long texts use its cache (same tokens)."""
    drop_emoticons(nlp)  # before the components build their patterns with this tokenizer
    split_field_separators(nlp)
    for pipe in DETECTION_PIPES:
        nlp.add_pipe(pipe)
    nlp.tokenizer = WarmTokenizer(nlp.tokenizer)


def drop_emoticons(nlp: Language) -> None:
    """"Sanne (PZB): Was fijn ...": spaCy's special case for the emoticon "):" made the bracket and the
    colon one token, which the context rules then did not read as a clause break (sentences_nl.json)."""
    drop = set(resource_json("sentences_nl.json")["not_emoticons"])
    rules = nlp.tokenizer.rules or {}
    if drop & set(rules):
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in drop}


def split_field_separators(nlp: Language) -> None:
    """A semicolon-delimited row ('10-9-2024;19:30;"Koen";"Veiligheidscheck ...') split at its separators
    (``sentences_nl.json`` field_separator_infixes): spaCy's own infixes leave it one token up to a space."""
    extra = resource_json("sentences_nl.json")["field_separator_infixes"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes or ()) + extra).finditer


PREFERRED = ("nl_core_news_md", "nl_core_news_sm")
EMBEDDED = "embedded:blank_nl+dossier_sentencizer"


@dataclass(frozen=True)
class PipelineInfo:
    name: str
    version: str


def build_embedded() -> Language:
    nlp = spacy.blank("nl")
    nlp.add_pipe("dossier_audit_sentencizer")
    nlp.initialize()
    _add_detection(nlp)
    return nlp


def _load_installed(name: str) -> Language:
    nlp = spacy.load(name, exclude=["ner"])
    # Our sentencizer replaces the parser's boundaries: dossier lines are hard breaks.
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dossier_audit_sentencizer", before="parser")
    else:
        nlp.add_pipe("dossier_audit_sentencizer", first=True)
    _add_detection(nlp)
    return nlp


@resource_cache  # the trigger and context rules are built into the pipeline: rebuilt when the rules change
def load(prefer: str | None = None) -> Language:
    """Return the best Dutch pipeline available (cached).

    ``prefer="embedded"`` forces the embedded pipeline (tests, reproducible runs).
    """
    candidates = () if prefer == "embedded" else ((prefer,) if prefer else PREFERRED)
    for name in candidates:
        if spacy.util.is_package(name):
            nlp = _load_installed(name)
            nlp.meta["dossier_audit_pipeline"] = name
            return nlp
    nlp = build_embedded()
    nlp.meta["dossier_audit_pipeline"] = EMBEDDED
    return nlp


def info(nlp: Language) -> PipelineInfo:
    name = nlp.meta.get("dossier_audit_pipeline", nlp.meta.get("name", "unknown"))
    version = nlp.meta.get("version", "") if name != EMBEDDED else f"spacy-{spacy.__version__}"
    return PipelineInfo(name=name, version=version)
