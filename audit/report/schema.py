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


def validate(audit: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when an audit breaks the output contract."""
    jsonschema.validate(audit, output_schema())
