"""A Doc's token texts and whitespace read in one go.

``Token.text``, ``Doc.text`` and ``Span.text`` make a ``Token`` object per token on every
access; on a long journal the components paid for that more than for their own rules.
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc


def token_texts(doc: Doc) -> tuple[list[str], list[bool]]:
    """(``token.text`` of every token, whether it is followed by a space: ``token.whitespace_ == " "``)."""
    if not len(doc):
        return [], []
    ids = doc.to_array([ORTH, SPACY])
    orths, where = np.unique(ids[:, 0], return_inverse=True)  # each distinct word looked up once
    strings = doc.vocab.strings
    words = [strings[orth] for orth in orths.tolist()]
    return [words[i] for i in where.reshape(-1).tolist()], [bool(s) for s in ids[:, 1].tolist()]


def doc_text(doc: Doc) -> str:
    """``doc.text``: every token's text and its trailing space."""
    texts, spaces = token_texts(doc)
    return "".join([text + " " if space else text for text, space in zip(texts, spaces)])
