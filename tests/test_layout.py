"""Package layout: the loaders ship as ``memgraph.loaders`` and sit below memgraph's upper layers."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GROUND = {"memgraph.errors", "memgraph.text.textutil"}
"""The only memgraph modules a loader may import: nothing that imports the loaders back."""


def test_loaders_are_memgraph_loaders_and_not_a_top_level_package() -> None:
    loaders = importlib.import_module("memgraph.loaders")
    assert Path(loaders.__file__).resolve() == ROOT / "loaders" / "__init__.py"
    assert importlib.import_module("memgraph.loaders.pdf").load_pdf is loaders.load_pdf
    with pytest.raises(ImportError):
        importlib.import_module("loaders")


def test_loaders_import_only_memgraphs_ground_modules() -> None:
    imported: dict[str, set[str]] = {}
    for path in sorted((ROOT / "loaders").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = {node.module}
            elif isinstance(node, ast.Import):
                names = {a.name for a in node.names}
            else:
                continue
            imported.setdefault(path.name, set()).update(n for n in names if n.split(".")[0] == "memgraph")
    assert set().union(*imported.values()) <= GROUND, imported


def _raw_key_uses(path: Path) -> list[str]:
    """Places in a module that read or filter a stored property by a literal key:
    ``x.props["key"]``, ``x.props.get("key")``, ``where={"key": ...}``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        key = None
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "props":
            key = node.slice
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "props"
            and node.args
        ):
            key = node.args[0]
        elif isinstance(node, ast.keyword) and node.arg in ("where", "where_in") and isinstance(node.value, ast.Dict):
            key = next((k for k in node.value.keys if k is not None), None)
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {key.value!r}")
    return found


def test_property_keys_are_named_by_the_models_above_the_stores() -> None:
    """Above ``memgraph/stores`` a stored property is named through its model (``Memory.prop(
    "session_id")``) or read from a typed model, never as a literal key: a renamed field then
    fails at import instead of matching nothing at run time."""
    modules = [p for p in sorted((ROOT / "memgraph").rglob("*.py")) if "stores" not in p.parts]
    modules = [p for p in modules if not p.is_symlink() and "loaders" not in p.relative_to(ROOT / "memgraph").parts]
    uses = [u for p in modules for u in _raw_key_uses(p)]
    assert modules and uses == []


LAYERS: dict[str, int] = {
    "memgraph.errors": 0,
    "memgraph.models": 0,
    "memgraph.settings": 0,
    "memgraph.tuning": 1,
    "memgraph.text": 2,
    "memgraph.loaders": 3,
    "memgraph.validate": 3,
    "memgraph.extraction": 4,
    "memgraph.stores": 4,
    "memgraph.recall": 5,
    "memgraph.intake": 5,
    "memgraph.correction": 6,
    "memgraph.tools": 6,
    "memgraph.kg": 6,
    "memgraph.memory": 7,
    "memgraph.faces": 8,
    "memgraph": 9,
}
"""Each module's floor, by the longest matching prefix: a module imports only from floors below
its own, or from its own package. Packages on one floor (``recall`` and ``intake``,
``extraction`` and ``stores``) do not import each other."""


def _place(module: str) -> str:
    return max((p for p in LAYERS if module == p or module.startswith(p + ".")), key=len)


def _imports(path: Path, module: str) -> set[str]:
    """The memgraph modules ``path`` (module ``module``) imports, relative imports resolved."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            if source == "memgraph":
                found.update(f"memgraph.{a.name}" for a in node.names)
            else:
                found.add(source)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m.split(".")[0] == "memgraph"}


def test_layers_point_down_only() -> None:
    paths = [p for p in sorted((ROOT / "memgraph").rglob("*.py")) if "loaders" not in p.parts]
    paths += sorted((ROOT / "loaders").glob("*.py"))
    upward = []
    for path in paths:
        if path.is_relative_to(ROOT / "loaders"):
            module = "memgraph.loaders." + path.stem
        else:
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        own = _place(module)
        for target in _imports(path, module):
            there = _place(target)
            if there != own and LAYERS[there] >= LAYERS[own]:
                upward.append(f"{module} -> {target}")
    assert len(paths) > 30 and upward == []
