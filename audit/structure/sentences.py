"""Sentences of one block of text, without spaCy, with exact offsets.

The structure stage's own splitter, for stages that work on the extracted text
rather than on a spaCy ``Doc`` (goal extraction splits the prose under a goals
heading with it). Offsets index into the string passed in; a caller adds the
block's start to get offsets into ``Document.text``.
"""
from __future__ import annotations

import re

from audit.resources import abbreviations as _abbreviations, never_ending_abbreviations

# A run of . ! ? that is followed by blank space and a capital or digit (optionally after a quote or bracket).
_SENT_END = re.compile(r"[.!?]+(?=\s+[\"'(‘“]?[A-ZÀ-Ý0-9])")
_DIGIT_NEXT = re.compile(r"\s+\d")
_NUMBER_BEFORE = re.compile(r"\d\s*\S+\s*$")  # "15 min": the abbreviation is the number's unit
# A single capital letter at the end of the text before a period: an initial ("L." in "L. Hogenbirk").
_INITIAL = re.compile(r"(?:^|[\s(])[A-ZÀ-Ý]$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence in ``text``, trimmed of surrounding blanks.

    A period (or ! ?) ends a sentence only before blank space and a capital or
    digit, and not after an abbreviation whose period never ends a sentence
    ("fam.", "o.a.", from ``resources/abbreviations.txt``) or an initial
    ("L. Hogenbirk"), so "om 20.30 uur" and "door L. Hogenbirk" stay inside
    their sentence; one that may end a sentence ("max.", "min.") does not before a number ("max. 1
    driftbui"), unless it is a number's unit ("15 min. 3 keer per week ..."), nor does a form's dotted leader
    before a worded answer ("gesproken met ......... Bram ja, alleen"). Blank stretches yield no span;
    ``text[start:end]`` is always the sentence itself.
    """
    abbreviations = never_ending_abbreviations()
    _, may_end = _abbreviations()
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.group(0).startswith("....") and text[m.start() - 1 : m.start()].isspace() \
                and text[m.end() :].lstrip()[:1].isalpha():
            continue  # a form's dotted leader before its answer ("gesproken met ......... Bram (9) ja, alleen")
        before = text[start:m.start()]
        word = before.rsplit(None, 1)[-1].lower() + "." if before.split() else ""
        if word in abbreviations or _INITIAL.search(before):
            continue
        if word in may_end and _DIGIT_NEXT.match(text, m.end()) and not _NUMBER_BEFORE.search(before):
            continue  # "max. 1 driftbui per week": a quantifier before its number; "15 min. 3 keer ..." ends
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        ls = len(seg) - len(seg.lstrip())
        if seg.strip():
            out.append((s + ls, s + len(seg.rstrip())))
    return out
