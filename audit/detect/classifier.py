"""Re-export of ``audit.ml.sentence_classifier``; the shipped model file stores this class path."""
from audit.ml.sentence_classifier import KINDS, MODEL_FILE, SentenceClassifier, SentenceModels, load_models, save_models  # noqa: F401
