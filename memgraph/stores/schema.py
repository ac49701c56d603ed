"""The graph schema as data: where ``schema/`` lives and the JSON Schema of the public models.

``schema/`` ships in the wheel as ``memgraph/_schema`` (data files, not a package). It holds
``models.schema.json`` (JSON Schema of every node model and of relationships, generated from
:mod:`memgraph.models`; a test keeps it current) and ``neo4j.cypher``, the Neo4j DDL (generated
from the same models, applied by the Neo4j store at start).

Regenerate after changing a model: ``python -m memgraph.stores``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from ..models import EMBEDDED_LABELS, NODE_MODELS, EntityType, NodeLabel, Relationship, RelType

FULLTEXT_INDEX = "memgraph_text"
"""Name of the Neo4j full-text index over every label's keyword text and scope token."""

FULLTEXT_PROPERTIES = ("mgTerms", "mgScope")
"""Properties the full-text index covers: stemmed keyword text and the scope token."""

FULLTEXT_ANALYZER = "standard-no-stop-words"
"""Lucene analyzer of the full-text index: Unicode word breaks, lower case, no stop words (so
"NOT" or "who" stay searchable words, as on the embedded store's FTS5). The indexed text is
already Porter-stemmed by the store (Neo4j's ``english`` analyzer stems but drops stop words)."""

META_LABEL = "MemGraphMeta"
"""Label of the one node recording the store's embedding model and dimension (not a model label)."""

SCOPE_LABEL = "MemGraphScope"
"""Label of one node per owner scope whose ``token`` every write of that owner's embedded
nodes renews; the Neo4j store keeps a scope's vectors in memory while the token holds."""

DIMENSION_PLACEHOLDER = "$dimension"
"""Text in ``neo4j.cypher`` replaced by the embedder's dimension (an int) before it runs."""


LOOKUP_PROPERTIES: tuple[tuple[NodeLabel, str], ...] = (
    (NodeLabel.MEMORY, "contentHash"),
    (NodeLabel.MEMORY, "statementKey"),
    (NodeLabel.MEMORY, "lineage"),
    (NodeLabel.MEMORY, "sessionId"),
    (NodeLabel.HISTORY, "lineage"),
    (NodeLabel.HISTORY, "memoryId"),
    (NodeLabel.DOCUMENT, "sha256"),
    (NodeLabel.TOOL_CALL, "argsHash"),
    (NodeLabel.TOOL_CALL, "taskId"),
    (NodeLabel.TOOL_CALL, "tool"),
    (NodeLabel.TASK, "runHash"),
)
"""Properties the memory API looks nodes up by (duplicate check, history, sessions, re-ingest,
the tool-result cache, a run's calls, a tool's calls, an imported run)."""


def snake(name: str) -> str:
    """``ToolCall`` -> ``tool_call``, ``IN_SESSION`` -> ``in_session``: index and constraint names."""
    out = "".join(
        "_" + c.lower() if c.isupper() and i and not name[i - 1].isupper() else c.lower() for i, c in enumerate(name)
    )
    return out.replace("__", "_")


def vector_index_name(label: NodeLabel) -> str:
    """Name of the vector index of an embedded label (``memory_embedding``)."""
    return f"{snake(label.value)}_embedding"


def neo4j_ddl() -> list[str]:
    """The Neo4j schema statements, in order, with :data:`DIMENSION_PLACEHOLDER` unresolved.

    Every statement is ``IF NOT EXISTS``, so applying them again is a no-op:

    - a uniqueness constraint on ``id`` per label (and on the meta node);
    - a range index on ``owner`` per label (scope filters) and on ``createdAt`` for listing;
    - range indexes on the properties of :data:`LOOKUP_PROPERTIES`;
    - one vector index per embedded label on ``embedding``, cosine similarity;
    - one full-text index over ``mgTerms`` (stemmed keyword text) and ``mgScope`` (scope token) of every label;
    - a range index on ``sourceId`` per relationship type (forgetting what a memory stated).
    """
    out: list[str] = []
    for label in NodeLabel:
        name = snake(label.value)
        out.append(f"CREATE CONSTRAINT {name}_id IF NOT EXISTS FOR (n:{label.value}) REQUIRE n.id IS UNIQUE")
    out.append(f"CREATE CONSTRAINT memgraph_meta_id IF NOT EXISTS FOR (n:{META_LABEL}) REQUIRE n.id IS UNIQUE")
    out.append(f"CREATE CONSTRAINT memgraph_scope_id IF NOT EXISTS FOR (n:{SCOPE_LABEL}) REQUIRE n.id IS UNIQUE")
    for label in NodeLabel:
        name = snake(label.value)
        out.append(f"CREATE INDEX {name}_owner IF NOT EXISTS FOR (n:{label.value}) ON (n.owner)")
        out.append(f"CREATE INDEX {name}_created IF NOT EXISTS FOR (n:{label.value}) ON (n.createdAt)")
    for label, prop in LOOKUP_PROPERTIES:
        name = f"{snake(label.value)}_{snake(prop)}"
        out.append(f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label.value}) ON (n.{prop})")
    for label in EMBEDDED_LABELS:
        out.append(
            f"CREATE VECTOR INDEX {vector_index_name(label)} IF NOT EXISTS FOR (n:{label.value}) ON n.embedding "
            f"OPTIONS {{indexConfig: {{`vector.dimensions`: {DIMENSION_PLACEHOLDER}, "
            "`vector.similarity_function`: 'cosine'}}"
        )
    labels = "|".join(label.value for label in NodeLabel)
    props = ", ".join("n." + p for p in FULLTEXT_PROPERTIES)
    out.append(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{labels}) ON EACH [{props}] "
        f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{FULLTEXT_ANALYZER}'}}}}"
    )
    for rtype in RelType:
        out.append(
            f"CREATE INDEX {snake(rtype.value)}_source IF NOT EXISTS FOR ()-[r:{rtype.value}]-() ON (r.sourceId)"
        )
    return out


def render_neo4j_ddl() -> str:
    """The text of ``neo4j.cypher``: one statement per line, each ending in ``;``."""
    head = (
        "// MemGraph's Neo4j schema. Generated from memgraph/models.py by `python -m memgraph.stores`;\n"
        "// the Neo4j store applies it at start (every statement is IF NOT EXISTS). "
        f"{DIMENSION_PLACEHOLDER} is replaced by\n"
        "// the embedder's dimension (384 for all-MiniLM-L6-v2) before the statements run.\n"
    )
    return head + "".join(stmt + ";\n" for stmt in neo4j_ddl())


def load_neo4j_ddl(dimension: int) -> list[str]:
    """The statements of the shipped ``neo4j.cypher`` for an embedding ``dimension``.

    Raises:
        ValueError: ``dimension`` is not a positive int.
    """
    if not isinstance(dimension, int) or isinstance(dimension, bool) or dimension <= 0:
        raise ValueError(f"embedding dimension must be a positive int, got {dimension!r}")
    text = (schema_dir() / "neo4j.cypher").read_text()
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("//")]
    return [ln.rstrip(";").replace(DIMENSION_PLACEHOLDER, str(dimension)) for ln in lines]


def schema_dir() -> Path:
    """The folder holding the schema files: the installed copy, else the source tree's."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "_schema"
    return installed if installed.is_dir() else package.parent / "schema"


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
    """Write ``schema/models.schema.json`` and ``schema/neo4j.cypher`` in the source tree."""
    folder = Path(__file__).resolve().parents[2] / "schema"
    for name, text in (("models.schema.json", render_models_schema()), ("neo4j.cypher", render_neo4j_ddl())):
        (folder / name).write_text(text)
        print(folder / name)
