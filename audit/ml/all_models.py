"""Every model an audit uses, loaded at once: before workers fork, and to check them up front.

Each loader caches per file version and records the load (``store.loaded_models``), so
calling this again is cheap and still notices a replaced or broken model file.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audit.config import Config


def load_all(config: "Config") -> None:
    """Load the sentence classifiers, the decision model (when the decision layer is on) and the goal model."""
    from audit.ml import decision_model, goal_model
    from audit.ml.sentence_classifier import SentenceModels

    SentenceModels.load(veto=config.detect.classifier_veto)
    if config.detect.decision_layer:
        decision_model.load()
    goal_model.default_model()
