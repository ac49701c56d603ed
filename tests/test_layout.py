"""Package layout: the loaders ship as ``memgraph.loaders`` and sit below memgraph's upper layers."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GROUND = {"memgraph.errors", "memgraph.textutil"}
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
