"""The compiled output check (fastjsonschema) says what jsonschema says, on valid and broken audits."""
import copy
import random

import jsonschema
import pytest

from audit.report import validate
from audit.report.schema import SAME_IN_DRAFT7, _validator, fast_check, output_schema, schema_keywords
from tests.report.conftest import make_audit


def test_shipped_schema_takes_the_compiled_path():
    assert schema_keywords(output_schema()) <= SAME_IN_DRAFT7
    assert fast_check() is not None


def _leaves(node, path=()):
    """Every (path, value) in an audit, containers included."""
    yield path, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _leaves(v, path + (i,))


def _set(audit, path, value):
    node = audit
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def _drop(audit, path):
    node = audit
    for key in path[:-1]:
        node = node[key]
    if isinstance(node, dict):
        del node[path[-1]]
    else:
        node.pop(path[-1])


# values of every JSON type, and the ones validators tell apart badly (bool as number, 1.0 as integer)
ODD = [None, True, False, 0, -1, 1.0, 1.5, 2, "", "x", "2025-13-45", "2025-06-01", "2025-06", [], [1], {}, {"a": 1}]


def _mutants(audit, n, seed):
    rng = random.Random(seed)
    paths = [p for p, _ in _leaves(audit) if p]
    for _ in range(n):
        broken = copy.deepcopy(audit)
        path = rng.choice(paths)
        if rng.random() < 0.25:
            _drop(broken, path)
        else:
            _set(broken, path, copy.deepcopy(rng.choice(ODD)))
        yield broken


def _slow_valid(audit):
    return _validator().is_valid(audit)


def _fast_valid(audit):
    import fastjsonschema
    try:
        fast_check()(audit)
        return True
    except fastjsonschema.JsonSchemaException:
        return False


def test_compiled_check_agrees_with_jsonschema_on_broken_audits():
    base = make_audit()
    assert _fast_valid(base) and _slow_valid(base)
    verdicts = {"valid": 0, "invalid": 0}
    for broken in _mutants(base, 1500, seed=13):
        slow = _slow_valid(broken)
        assert _fast_valid(broken) == slow, [p for p, _ in _leaves(broken)][:3]
        verdicts["valid" if slow else "invalid"] += 1
    assert verdicts["invalid"] > 500 and verdicts["valid"] > 50  # both kinds were tried


def test_a_broken_audit_still_raises_jsonschemas_error():
    broken = make_audit()
    broken["reference_date"] = "1 juni"
    with pytest.raises(jsonschema.ValidationError) as err:
        validate(broken)
    assert "reference_date" in str(err.value.path) or "1 juni" in err.value.message
    broken = make_audit()
    broken["goals"][0]["concreteness"] = True  # a bool is no number
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)
