"""The JSON Schema of the output contract, shipped in the package, and validation against it.

Every audit is validated before it is written. ``jsonschema`` interprets the schema anew for
every value (~40 ms a dossier, 5% of a run's CPU); ``fastjsonschema`` compiles it once into
Python code that tests the same rules in a sixth of that time. The compiled test answers
"valid or not"; an audit it rejects is validated again by ``jsonschema``, whose best-matching
error is what is raised, so errors read as they always have. fastjsonschema knows drafts 4, 6
and 7; the schema says draft 2020-12 and uses only keywords that mean the same in draft 7
(:data:`SAME_IN_DRAFT7`; a test keeps it so).
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

import jsonschema

#: keywords whose meaning draft 7 and draft 2020-12 share (``items`` with one schema, ``$defs``
#: reached by a JSON pointer); a schema keyword outside this set needs the slow path only
SAME_IN_DRAFT7 = frozenset({
    "$schema", "$id", "$ref", "$defs", "title", "description", "type", "properties", "required", "items",
    "additionalProperties", "enum", "const", "pattern", "minimum", "maximum", "minLength", "maxLength",
    "minItems", "maxItems", "anyOf", "allOf", "oneOf", "not", "format",
})


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


def schema_keywords(schema: Any) -> set[str]:
    """Every keyword the schema uses (property names under ``properties`` and ``$defs`` excluded)."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                found.add(key)
                if key in ("properties", "$defs"):
                    for sub in value.values():
                        walk(sub)
                else:
                    walk(value)

    walk(schema)
    return found


@lru_cache(maxsize=1)
def fast_check() -> Callable[[Any], Any] | None:
    """The schema compiled by fastjsonschema as draft 7; None when it uses a keyword that draft 7
    reads otherwise, or fastjsonschema is missing (then ``jsonschema`` alone validates)."""
    try:
        import fastjsonschema
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    schema = dict(output_schema())
    if not schema_keywords(schema) <= SAME_IN_DRAFT7:
        return None
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    schema.pop("$id", None)  # a relative id: nothing to resolve, all references are local pointers
    return fastjsonschema.compile(schema)


def validate(audit: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when an audit breaks the output contract (what
    ``jsonschema.validate`` raises: the best match among the errors)."""
    check = fast_check()
    if check is not None:
        import fastjsonschema

        try:
            check(audit)
            return
        except fastjsonschema.JsonSchemaException:
            pass  # jsonschema says what is wrong (and has the last word)
    error = jsonschema.exceptions.best_match(_validator().iter_errors(audit))
    if error is not None:
        raise error
