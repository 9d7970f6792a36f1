"""The JSON Schema of the output contract, shipped in the package, and validation against it."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema


@lru_cache(maxsize=1)
def output_schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("output.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator() -> Any:
    """The schema checked once and its validator made once: ``jsonschema.validate`` does both on
    every call, which cost more than the validation itself (~60 ms a dossier)."""
    schema = output_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate(audit: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when an audit breaks the output contract (what
    ``jsonschema.validate`` raises: the best match among the errors)."""
    error = jsonschema.exceptions.best_match(_validator().iter_errors(audit))
    if error is not None:
        raise error
