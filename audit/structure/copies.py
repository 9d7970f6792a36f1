"""Text copied forward in a file: a run of sentences that repeats, word for word, sentences written earlier in
the same file ("Stand van zaken: <the last entry's note>", an evaluation that pastes the plan's words). Its
events are the earlier text's, told again under a later date; the earlier one is the record.

Written by hand: what counts as a copy is specific to how dossiers are kept (a run of several sentences of
some length, compared after their whitespace, within one file; ``copies_nl.json``); a worker who writes the
same sentence at every visit, and a form's fields that repeat in every form, record each visit.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from audit.resources import resource_cache, resource_json
from audit.types import Document

_KINDS = frozenset({"paragraph", "line", "list_item"})
_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")


@dataclass(frozen=True)
class _Rules:
    min_sentences: int
    min_words: int
    field_label: re.Pattern[str]
    boxes: re.Pattern[str]
    field_value_words: int


@resource_cache
def _rules() -> _Rules:
    d = resource_json("copies_nl.json")
    return _Rules(int(d["min_sentences"]), int(d["min_words"]), re.compile(d["field_label"]), re.compile(d["boxes"]),
                  int(d["field_value_words"]))


def copied_blocks(doc: Document, newest_first: bool = False) -> list[tuple[int, int]]:
    """The (start, end) of every sentence in a run that repeats sentences written earlier in ``doc`` (a copied
    paragraph, also one with new words added after it or cut short), in the file's order. ``newest_first``: the
    file is written newest first, so the earlier text is the one further down."""
    rules = _rules()
    blocks = [b for b in doc.blocks if b.kind in _KINDS]
    seen: set[str] = set()
    out: list[tuple[int, int]] = []
    for block in reversed(blocks) if newest_first else blocks:
        sentences = _sentences(doc.text, block.start, block.end)
        run: list[tuple[int, int, int]] = []
        for start, end, key in sentences + [(block.end, block.end, None)]:
            if key is not None and key in seen:
                run.append((start, end, len(_WORD.findall(key))))
                continue
            if len(run) >= rules.min_sentences and sum(n for _, _, n in run) >= rules.min_words:
                out.extend((a, b) for a, b, _ in run)
            run = []
        seen.update(key for _, _, key in sentences)
    return sorted(out)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The sentences of text[start:end] (split after . ! ? before a letter), each with its words as a key;
    a form's fields left out."""
    out, at = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return [(a, b, " ".join(text[a:b].split()).lower()) for a, b in out if text[a:b].strip() and not _field(text[a:b])]


def _field(sentence: str) -> bool:
    """A form's field ("Soort contact: [x] huisbezoek ...", "Aanwezig: PM, PK"), not prose after a label."""
    rules = _rules()
    if rules.boxes.search(sentence):
        return True
    label = rules.field_label.match(sentence)
    if label is None:
        return False
    value = sentence[label.end() :]
    return ":" in value or len(_WORD.findall(value)) < rules.field_value_words


def in_copied_block(blocks: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies in one of ``blocks`` (sorted, as ``copied_blocks`` gives them)."""
    i = bisect_right(blocks, (offset, float("inf"))) - 1
    return i >= 0 and blocks[i][0] <= offset < blocks[i][1]
