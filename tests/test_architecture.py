"""The code's shape, checked: kinds are named in one place, modules stay small, imports flow one way.

These read the source with `ast`; they fail with the file and line to change.
"""

from __future__ import annotations

import ast
from pathlib import Path

from briefing.kinds import KINDS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "hooks" / "briefing"
MAX_LINES = 300


def _modules() -> dict[str, Path]:
    """Dotted module name → file, for every module of the generator."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _docstrings(tree: ast.AST) -> set[int]:
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def test_only_the_kinds_package_names_a_kind_by_its_string():
    """Everything else asks `KINDS` or a kind object, so adding a kind touches one module and one line."""
    names = {kind.name for kind in KINDS}
    files = [p for p in _modules().values() if "kinds" not in p.relative_to(PACKAGE).parts[:1]]
    files += sorted((ROOT / "scripts").glob("*.py"))
    found = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        found += [
            f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and node.value in names and id(node) not in docs
        ]
    assert len(files) > 30
    assert not found, "use the kind object from briefing.kinds instead:\n" + "\n".join(found)


def test_the_check_above_sees_a_kind_named_by_its_string(tmp_path):
    """The scan is not vacuous: the same walk flags a literal kind name in a module."""
    tree = ast.parse('if entity.kind == "official":\n    pass\n')
    assert [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value in {k.name for k in KINDS}] == [
        "official"
    ]


def test_no_module_is_longer_than_the_limit():
    long = {
        str(p.relative_to(ROOT)): n
        for p in _modules().values()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these modules (over {MAX_LINES} lines): {long}"


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Generator modules that `name` imports, at any depth of its code (lazy imports count too)."""
    is_package = path.name == "__init__.py"
    here = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            target = ".".join(base + (node.module.split(".") if node.module else []))
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                found.add(candidate if candidate in modules else target)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m in modules and m != name}


def _edges() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def test_imports_have_no_cycles():
    """Stages depend on earlier stages only, so each can be read and tested on its own."""
    edges = _edges()
    assert sum(len(v) for v in edges.values()) > 50
    cycles, state = [], {}

    def visit(node, trail):
        state[node] = "open"
        for nxt in sorted(edges[node]):
            if state.get(nxt) == "open":
                cycles.append(" → ".join(trail[trail.index(nxt) :] + [nxt]))
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert not cycles, cycles


def test_the_core_never_imports_mkdocs():
    """Only the hook adapts the pipeline to MkDocs; another engine stays one adapter away."""
    offenders = [
        str(p.relative_to(ROOT))
        for p in _modules().values()
        if any(
            isinstance(n, (ast.Import, ast.ImportFrom)) and "mkdocs" in ast.unparse(n)
            for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        )
    ]
    assert not offenders, offenders
