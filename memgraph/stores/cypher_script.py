"""A graph as a Cypher script that loads into an empty Neo4j 5.26+ and reproduces it as
:class:`~memgraph.stores.neo4j.Neo4jStore` would have written it (labels, properties, keyword
fields, embeddings, entity type labels, the schema and the store's settings), so MemGraph
opens the loaded database as a store.

One statement per line, each ending in ``;`` (``cypher-shell -f graph.cypher``, or any
driver, line by line). The statements are the store's own (:mod:`memgraph.stores.neo4j_rows`)
with their rows written as Cypher literals by :func:`cypher_literal`: strings escaped, map keys
quoted, so no value can end a literal early.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, TextIO

from ..errors import InvalidInputError
from ..models import EMBEDDED_LABELS, NodeLabel, Relationship
from .base import NodeRecord
from .neo4j_rows import (
    entity_type_labels,
    ids_by_entity_type,
    node_rows,
    node_upsert,
    record_settings,
    relationship_rows,
    relationship_upsert,
    renew_scope_tokens,
)
from .schema import load_neo4j_ddl

SCRIPT_BATCH = 100
"""Rows per statement: a 384-dimension embedding is about 4 KB of literal text."""

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_literal(value: Any) -> str:
    """``value`` as a Cypher literal: null, boolean, integer, float, string, list or map.

    Strings are single-quoted with backslash escapes (control characters as ``\\uXXXX``);
    map keys are backquoted (a backquote in a key doubled).

    Raises:
        InvalidInputError: a float that is NaN or infinite, or a type Cypher has no literal for.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidInputError(f"{value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, str):
        out = []
        for ch in value:
            if ch in _ESCAPES:
                out.append(_ESCAPES[ch])
            elif ord(ch) < 0x20 or ord(ch) == 0x7F:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        return "'" + "".join(out) + "'"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = ("`" + str(k).replace("`", "``") + "`" for k in value)
        return "{" + ", ".join(f"{k}: {cypher_literal(v)}" for k, v in zip(keys, value.values())) + "}"
    raise InvalidInputError(f"a {type(value).__name__} has no Cypher literal")


def write_cypher_script(
    out: TextIO,
    nodes: Iterable[NodeRecord],
    relationships: Iterable[Relationship],
    *,
    embedding_model: str,
    dimension: int,
    schema: bool = True,
    batch: int = SCRIPT_BATCH,
) -> tuple[int, int]:
    """Write the script for ``nodes`` and ``relationships`` to ``out``.

    Args:
        out: a text stream (UTF-8 when it is a file).
        nodes: node records; an embedding is written when the record has one.
        relationships: relationships between those nodes (a loaded relationship whose endpoint
            is missing is skipped by its MATCH).
        embedding_model, dimension: the store's settings, recorded for MemGraph.
        schema: begin with MemGraph's constraints and indexes (``IF NOT EXISTS``).
        batch: rows per statement.

    Returns:
        (nodes written, relationships written).

    Raises:
        InvalidInputError: an embedding of another dimension, or a value with no literal.
    """
    out.write(
        "// MemGraph graph export: load into an empty Neo4j 5.26+ with `cypher-shell -f <file>`\n"
        "// (one statement per line). MemGraph opens the loaded database as a store.\n"
    )
    if schema:
        for stmt in load_neo4j_ddl(dimension):
            out.write(stmt + ";\n")
    out.write(record_settings(cypher_literal(embedding_model), cypher_literal(dimension)) + ";\n")
    pending: dict[NodeLabel, list[NodeRecord]] = {}
    owners: set[str] = set()
    n_nodes = 0

    def flush(label: NodeLabel) -> None:
        rows = node_rows(pending.pop(label), dimension)[label]
        out.write(node_upsert(label, cypher_literal(rows)) + ";\n")
        if label == NodeLabel.ENTITY:
            for etype, ids in ids_by_entity_type(rows).items():
                out.write(entity_type_labels(etype, cypher_literal(ids)) + ";\n")

    for node in nodes:
        pending.setdefault(node.label, []).append(node)
        n_nodes += 1
        if node.label in EMBEDDED_LABELS:
            owners.add(node.owner)
        if len(pending[node.label]) >= batch:
            flush(node.label)
    for label in list(pending):
        flush(label)
    n_rels = 0
    group: list[Relationship] = []

    def flush_rels() -> None:
        for (rtype, src, dst), rows in relationship_rows(group).items():
            out.write(relationship_upsert(rtype, src, dst, cypher_literal(rows)) + ";\n")
        group.clear()

    for rel in relationships:
        group.append(rel)
        n_rels += 1
        if len(group) >= batch:
            flush_rels()
    flush_rels()
    if owners:
        out.write(renew_scope_tokens(cypher_literal(sorted(owners))) + ";\n")
    return n_nodes, n_rels
