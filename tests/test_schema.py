"""The schema files shipped with the package are current, and the public surface is honest."""

from __future__ import annotations

import json

import memgraph
from memgraph.models import NodeLabel, RelType
from memgraph.stores.schema import render_models_schema, schema_dir


def test_models_schema_file_is_current():
    on_disk = (schema_dir() / "models.schema.json").read_text()
    assert on_disk == render_models_schema(), "schema is stale: run python -m memgraph.stores"


def test_models_schema_names_every_label_and_relationship_type():
    schema = json.loads(render_models_schema())
    assert schema["x-labels"] == [label.value for label in NodeLabel]
    assert schema["x-relationshipTypes"] == [t.value for t in RelType]
    memory = schema["$defs"]["Memory"]["properties"]
    assert {"contentHash", "validFrom", "createdAt", "owner", "text"} <= set(memory)


def test_public_names_are_importable_and_documented():
    for name in memgraph.__all__:
        obj = getattr(memgraph, name)
        if callable(obj) and name != "__version__":
            assert obj.__doc__, f"{name} has no docstring"
