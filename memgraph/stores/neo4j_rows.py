"""How MemGraph records lie in Neo4j: the encoding of nodes and relationships as Neo4j rows,
and the Cypher statements that upsert those rows.

One definition serves both writers of a Neo4j graph: :class:`~memgraph.stores.neo4j.Neo4jStore`
runs the statements with the rows as parameters, and :mod:`memgraph.stores.cypher_script`
writes them into a script with the rows as literals, so a loaded script holds exactly what
the store would have written. See :mod:`memgraph.stores.neo4j` for the layout itself
(``mgJson``, ``mgNulls``, ``mgStatus``, ``mgText``, ``mgTerms``, ``mgScope``, the entity type label).

Labels and relationship types reach Cypher text only as model enums (:func:`label_of`,
:func:`rtype_of`); every value is a row.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import InvalidInputError
from ..models import EntityType, NodeLabel, Relationship, RelType
from ..text.textutil import stemmed
from .base import KEYWORD_STATUSES, NodeRecord, scope_token
from .schema import META_LABEL, SCOPE_LABEL

INTERNAL_PROPERTIES = ("embedding", "mgText", "mgTerms", "mgScope", "mgStatus", "mgJson", "mgNulls")
"""Properties the store adds beside a node's own."""

_ENTITY_LABELS = ":".join(t.value for t in EntityType)

NodeRows = dict[NodeLabel, list[dict[str, Any]]]
"""Encoded nodes by label: each row ``{"id", "props", "emb", "etype"}``."""

RelRows = dict[tuple[str, str, str], list[dict[str, Any]]]
"""Encoded relationships by (type, source label, target label): each row ``{"s", "d", "props"}``."""


def label_of(value: Any) -> NodeLabel:
    """A NodeLabel, checked: the only way a label reaches Cypher text."""
    return value if isinstance(value, NodeLabel) else NodeLabel(value)


def rtype_of(value: Any) -> RelType:
    """A RelType, checked: the only way a relationship type reaches Cypher text."""
    return value if isinstance(value, RelType) else RelType(value)


def encode_properties(props: dict[str, Any]) -> tuple[dict[str, Any], list[str], list[str]]:
    """Split properties into (native Neo4j values, JSON-encoded keys, null keys).

    Raises:
        InvalidInputError: a key the store reserves (:data:`INTERNAL_PROPERTIES`).
    """
    native: dict[str, Any] = {}
    json_keys: list[str] = []
    nulls: list[str] = []
    for key, value in props.items():
        if key in INTERNAL_PROPERTIES:
            raise InvalidInputError(f"property name {key!r} is reserved by the Neo4j store")
        if value is None:
            nulls.append(key)
        elif isinstance(value, (str, bool, int, float)) or (isinstance(value, list) and _homogeneous(value)):
            native[key] = value
        else:
            native[key] = json.dumps(value, ensure_ascii=False)
            json_keys.append(key)
    return native, json_keys, nulls


def _homogeneous(values: list[Any]) -> bool:
    """True when Neo4j can store the list as a property: one primitive type, no nulls."""
    if not values:
        return True
    kinds = {type(v) for v in values}
    return len(kinds) == 1 and kinds <= {str, bool, int, float}


def decode_properties(stored: dict[str, Any]) -> dict[str, Any]:
    """The properties as written: JSON keys parsed, null keys restored, internal ones dropped."""
    json_keys = stored.get("mgJson") or []
    # Neo4j holds no nulls: a None here is a property the node lacks (a map projection names it).
    props = {k: v for k, v in stored.items() if k not in INTERNAL_PROPERTIES and v is not None}
    for key in json_keys:
        if key in props:
            props[key] = json.loads(props[key])
    for key in stored.get("mgNulls") or []:
        props[key] = None
    return props


def node_rows(nodes: Sequence[NodeRecord], dimension: int | None) -> NodeRows:
    """Encode nodes for :func:`node_upsert`, checking them all first.

    Args:
        nodes: the records.
        dimension: the store's embedding dimension, or None when not yet known.

    Raises:
        InvalidInputError: an owner that differs from the ``owner`` property, a reserved
            property name, an embedding of another dimension or holding NaN or infinity.
    """
    rows: NodeRows = defaultdict(list)
    for node in nodes:
        label = label_of(node.label)
        if node.props.get("owner", node.owner) != node.owner:
            raise InvalidInputError(
                f"{label.value} {node.id!r}: owner {node.owner!r} differs from its owner property "
                f"{node.props.get('owner')!r}"
            )
        native, json_keys, nulls = encode_properties(node.props)
        native["id"] = node.id
        native["owner"] = node.owner
        if json_keys:
            native["mgJson"] = json_keys
        if nulls:
            native["mgNulls"] = nulls
        if node.status is not None:
            native["mgStatus"] = node.status
        if node.text is not None:
            native["mgText"] = node.text
            if node.status in KEYWORD_STATUSES:
                native["mgTerms"] = stemmed(node.text)
                native["mgScope"] = scope_token(label, node.owner, node.status)
        emb = None
        if node.embedding is not None:
            vec = np.asarray(node.embedding, dtype=np.float32)
            if dimension is not None and vec.shape != (dimension,):
                raise InvalidInputError(
                    f"embedding of {label.value} {node.id!r} has shape {vec.shape}; "
                    f"the store holds {dimension}-dimensional vectors"
                )
            if not np.all(np.isfinite(vec)):
                raise InvalidInputError(f"embedding of {label.value} {node.id!r} holds NaN or infinity")
            emb = vec.tolist()
        entity_type = None
        if label == NodeLabel.ENTITY and node.props.get("type") is not None:
            entity_type = EntityType(node.props["type"]).value
        rows[label].append({"id": node.id, "props": native, "emb": emb, "etype": entity_type})
    return rows


def relationship_rows(rels: Sequence[Relationship]) -> RelRows:
    """Encode relationships for :func:`relationship_upsert`, grouped by (type, source label, target label)."""
    groups: RelRows = defaultdict(list)
    for rel in rels:
        native, json_keys, nulls = encode_properties(rel.stored_properties())
        if json_keys:
            native["mgJson"] = json_keys
        if nulls:
            native["mgNulls"] = nulls
        key = (rtype_of(rel.type).value, label_of(rel.src_label).value, label_of(rel.dst_label).value)
        groups[key].append({"s": rel.src_id, "d": rel.dst_id, "props": native})
    return groups


def node_upsert(label: NodeLabel, rows: str = "$rows") -> str:
    """Upsert rows of :func:`node_rows` (MERGE on id, then every property replaced); the
    vector goes in through ``db.create.setNodeVectorProperty``, which stores it as float32
    (half the size of a ``LIST<FLOAT>``). ``old`` is each node's owner before the write."""
    return (
        f"UNWIND {rows} AS row MERGE (n:{label_of(label).value} {{id: row.id}}) "
        "WITH n, row, n.owner AS old SET n = row.props "
        "WITH n, row, old CALL (n, row) { WITH n, row WHERE row.emb IS NOT NULL "
        "CALL db.create.setNodeVectorProperty(n, 'embedding', row.emb) }"
    )


def entity_type_labels(entity_type: str, ids: str = "$ids") -> str:
    """Give Entity nodes their type label (``:Entity:Department``), removing any other type label;
    an empty ``entity_type`` only removes."""
    add = f" SET n:{EntityType(entity_type).value}" if entity_type else ""
    return f"UNWIND {ids} AS id MATCH (n:Entity {{id: id}}) REMOVE n:{_ENTITY_LABELS}{add}"


def ids_by_entity_type(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Entity row ids grouped by type ("" for none), for :func:`entity_type_labels`."""
    by_type: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_type[row["etype"] or ""].append(row["id"])
    return by_type


def relationship_upsert(rtype: str, src: str, dst: str, rows: str = "$rows") -> str:
    """Upsert rows of :func:`relationship_rows`: one relationship per (source, type, target),
    its properties replaced. The endpoints must exist (the store counts what matched)."""
    rtype, src, dst = rtype_of(rtype).value, label_of(src).value, label_of(dst).value
    return (
        f"UNWIND {rows} AS row MATCH (a:{src} {{id: row.s}}) MATCH (b:{dst} {{id: row.d}}) "
        f"MERGE (a)-[r:{rtype}]->(b) SET r = row.props"
    )


def renew_scope_tokens(owners: str = "$owners") -> str:
    """New scope tokens for owners whose searchable vectors changed (see :mod:`memgraph.stores.neo4j`)."""
    return f"UNWIND {owners} AS o MERGE (v:{SCOPE_LABEL} {{id: o}}) SET v.token = randomUUID()"


def record_settings(model: str = "$model", dimension: str = "$dim") -> str:
    """Record the embedding model and dimension on the meta node, when it has none yet."""
    return (
        f"MERGE (m:{META_LABEL} {{id: 'schema'}}) ON CREATE SET m.embeddingModel = {model}, "
        f"m.embeddingDimension = {dimension}"
    )
