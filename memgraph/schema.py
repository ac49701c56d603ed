"""The graph schema as data: where ``schema/`` lives and the JSON Schema of the public models.

``schema/`` ships in the wheel as ``memgraph/_schema`` (data files, not a package). It holds
``models.schema.json`` (JSON Schema of every node model and of relationships, generated from
:mod:`memgraph.models`; a test keeps it current) and the Neo4j DDL.

Regenerate after changing a model: ``python -m memgraph.schema``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from .models import NODE_MODELS, EntityType, NodeLabel, Relationship, RelType


def schema_dir() -> Path:
    """The folder holding the schema files: the installed copy, else the source tree's."""
    installed = Path(__file__).with_name("_schema")
    return installed if installed.is_dir() else Path(__file__).resolve().parents[1] / "schema"


def models_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of every node model and Relationship, by alias (camelCase)."""
    models: list[type[BaseModel]] = [*(NODE_MODELS[label] for label in NodeLabel), Relationship]
    _, schema = models_json_schema([(m, "serialization") for m in models], by_alias=True, title="MemGraph graph model")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["x-labels"] = [label.value for label in NodeLabel]
    schema["x-entityTypes"] = [t.value for t in EntityType]
    schema["x-relationshipTypes"] = [t.value for t in RelType]
    return schema


def render_models_schema() -> str:
    """The text of ``models.schema.json``."""
    return json.dumps(models_schema(), indent=2, sort_keys=True) + "\n"


def main() -> None:
    """Write ``schema/models.schema.json`` in the source tree."""
    target = Path(__file__).resolve().parents[1] / "schema" / "models.schema.json"
    target.write_text(render_models_schema())
    print(target)


if __name__ == "__main__":
    main()
