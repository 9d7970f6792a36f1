"""Re-export of ``audit.ml.goal_model`` (and its skops checks) for existing importers."""
from audit.ml.goal_model import (  # noqa: F401
    CRITERIA, MODEL_VERSION, N_FEATURES, GoalModel, default_model, default_path, fit_goal_model, load, make_pipeline,
    save,
)
from audit.ml.skops_io import TRUSTED_TYPES, UntrustedModelFile, types_in  # noqa: F401

DEFAULT_PATH = default_path()
