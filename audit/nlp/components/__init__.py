"""spaCy components of dossier-audit, registered as factories with the ``dossier_audit_`` prefix.

Importing this package registers them: the sentencizer, the event triggers and
their ConText qualifiers. Data they set lives on ``Doc.spans`` and ``Span._`` extensions.
"""
from audit.nlp.components import context, sentencizer, triggers  # noqa: F401  (register the factories)
