"""The sentence model card written beside a freshly trained model: data, figures, limits."""
from __future__ import annotations

from pathlib import Path
from typing import Any

SENTENCE_CARD = "SENTENCE_MODEL_CARD.md"

_TEMPLATE = """# Sentence classifiers (`{name}`)

One binary classifier per event kind: does this sentence show that the event actually
happened? Hashed word 1-3-grams and character 2-5-grams (TF-IDF weighted) with logistic
regression (`audit/ml/sentence_classifier.py`, pipeline in `audit/ml/text_pipeline.py`).
Saved with skops; loading checks every type in the file against one allow-list
(`audit/ml/skops_io.py`).

## Training data
- {n_base} labelled sentences from `training/sentences.jsonl`: fictional, written by the
  project's generator in six house styles, with hard negatives (negated, planned,
  cancelled, foster parent present, other child, policy, hypothetical, question).
- {n_extra} sentences from reviewer annotations (confirm/reject/correct/add).
- Other kinds' positives are added as negatives of each kind.
- Never the provider dev corpus.

## Cross-validated metrics (5-fold, stratified)
| kind | n | positives | precision | recall | F1 |
|---|---|---|---|---|---|
{rows}

## Use and limits
The rules (triggers + ConText qualifiers) decide whether an event counts; the classifier
only moves its confidence (ordering for the reviewer). The veto
(`detect.classifier_veto`, default 0) stays off until the model has learned from real
reviewed dossiers: trained on synthetic text only, its probabilities are poorly
calibrated on other house styles. Cross-validation on generated sentences flatters it
(sentences share templates). A missing or refused model file is recorded with a
warning in the audit's provenance; the rules then run alone.
"""


def write_sentence_card(path: Path, metrics: list[dict[str, Any]], n_base: int, n_extra: int) -> Path:
    """Write the card next to the model file ``path``; ``metrics`` as ``KindMetrics.to_json()``."""
    rows = "\n".join(
        f"| {m['kind']} | {m['n']} | {m['positives']} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} |"
        for m in metrics
    )
    target = path.parent / SENTENCE_CARD
    target.write_text(_TEMPLATE.format(name=path.name, n_base=n_base, n_extra=n_extra, rows=rows), encoding="utf-8")
    return target
