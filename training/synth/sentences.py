"""Build the labelled sentence set (training/sentences.jsonl)."""
from __future__ import annotations

import random
import re

from . import templates as T
from .context import make_ctx
from .handwritten import HANDWRITTEN
from .pools import TRAIN

# Target count per (kind, label, why). Cells whose templates cannot yield that
# many distinct sentences simply stop early (duplicates are rejected).
TARGETS = {
    T.K1: {("", True): 430, "negated": 85, "planned": 75, "cancelled": 60, "foster_parent_present": 85,
           "other_person": 30, "other_child": 55, "policy": 50, "hypothetical": 40, "question": 35, "unrelated": 60},
    T.K2: {("", True): 400, "planned": 60, "negated": 50, "cancelled": 35, "policy": 35, "hypothetical": 25,
           "question": 25, "other_child": 25, "unrelated": 50},
    T.K3: {("", True): 380, "advice_planned": 75, "negated": 35, "cancelled": 25, "no_content": 40,
           "other_child": 30, "policy": 20, "question": 30, "hypothetical": 30, "other_role": 25},
    T.K4: {("", True): 360, "bare_statement": 100, "planned": 20, "negated": 20, "policy": 15, "hypothetical": 20,
           "question": 15, "unrelated": 30},
}

_PROTECTED = re.compile(r"^[A-Z]")


def typo(text: str, r: random.Random) -> str:
    """Introduce one plausible keyboard typo in a lower-case word of >= 5 letters."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
    if not idx:
        return text
    i = r.choice(idx)
    w = words[i]
    j = r.randint(1, len(w) - 2)
    op = r.random()
    if op < 0.4:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op < 0.7:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def build(seed: int = 20250301, typo_rate: float = 0.035) -> list[dict]:
    r = random.Random(seed)
    out: list[dict] = []
    seen: set[str] = set()
    for kind, hw_label, hw_why, cs, style, text in HANDWRITTEN:
        seen.add(text)
        out.append({"text": text, "kind": kind, "label": hw_label, "why": hw_why or "",
                    "child_spoken": cs if kind == T.K2 and hw_label else None, "style": style})
    for kind, cells in TARGETS.items():
        for key, n in cells.items():
            label, why = (True, "") if isinstance(key, tuple) else (False, key)
            made, tries = 0, 0
            while made < n and tries < n * 30:
                tries += 1
                c = make_ctx(r, TRAIN)
                style = r.choice(T.STYLES)
                text, cs, st = T.generate(kind, label, why, c, r, style)
                if r.random() < typo_rate:
                    text = typo(text, r)
                if text in seen:
                    continue
                seen.add(text)
                made += 1
                out.append({"text": text, "kind": kind, "label": label, "why": why,
                            "child_spoken": cs if (kind == T.K2 and label) else None, "style": st})
    r.shuffle(out)
    return out
