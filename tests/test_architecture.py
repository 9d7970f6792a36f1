"""The package's shape: no import cycles, short functions, every resource key read, every package shipped."""
from __future__ import annotations

import ast
import json
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "audit"
MAX_FUNCTION_LINES = 60


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of import nodes inside ``if TYPE_CHECKING:`` blocks (annotations only, no runtime edge)."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            skip.update(id(n) for child in node.body for n in ast.walk(child))
    return skip


def _imports(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    skip = _type_checking_nodes(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
                pkg = pkg[: len(pkg) - (node.level - 1)]
                base = ".".join(pkg + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    # Importing ``a.b.c`` from outside package ``a.b`` runs ``a/b/__init__.py`` first: an edge too.
    ancestors = {".".join(module.split(".")[:i]) for i in range(1, module.count(".") + 1)}
    found |= {".".join(m.split(".")[:i]) for m in list(found) for i in range(2, m.count(".") + 1)} - ancestors
    return {m for m in found if m in known and m != module and m not in ancestors}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles() -> None:
    """Lazy (function-level) imports count too: a cycle hidden in a function is still a cycle;
    so does the package ``__init__`` that importing a submodule from outside runs first."""
    known = _modules()
    graph = {m: _imports(m, p, known) for m, p in known.items()}
    assert _cycles(graph) == []


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_functions_are_short() -> None:
    long = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines})")
    assert long == []


def _code_strings() -> set[str]:
    strings: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
    return strings


RESOURCES = sorted((PACKAGE / "resources").glob("*.json"))


@pytest.mark.parametrize("path", RESOURCES, ids=lambda p: p.name)
def test_every_resource_key_is_read(path: Path) -> None:
    """Each top-level key of a JSON resource is named in the code (documentation keys aside)."""
    strings = _code_strings()
    assert path.name in strings, f"{path.name} is never loaded"
    keys = [k for k in json.loads(path.read_text("utf-8")) if not k.startswith("_") and k != "description"]
    unread = [k for k in keys if k not in strings]
    assert unread == []


def test_every_resource_file_is_read() -> None:
    strings = _code_strings()
    others = [p.name for p in (PACKAGE / "resources").iterdir() if p.suffix in (".toml", ".txt")]
    assert [n for n in others if n not in strings] == []


def test_every_package_is_shipped() -> None:
    """pyproject lists packages by hand (models/ is mapped in): a new folder must be listed too."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    folders = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")}
    assert folders - listed == set()
    assert config["package-dir"]["audit.models"] == "models"
    assert (ROOT / "models" / "__init__.py").is_file()
