"""The graph around a caller as a networkx ``MultiDiGraph``: traversal, algorithms, export.

Nodes are keyed ``"Label:id"`` and carry ``label``, ``id`` and their stored properties
(no embeddings); edges carry ``type`` and their properties. Only nodes in the caller's
readable scopes are included, so an exported graph never holds another owner's data.

Algorithms come from networkx: :func:`central_entities` ranks the entities around a user
by personalised PageRank (Haveliwala, WWW 2002; ``networkx.pagerank`` with a
personalisation vector on the user's node).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import networkx as nx

from ..errors import InvalidInputError
from ..models import NodeLabel, Relationship, RelType
from ..stores.base import GraphStore, NodeRef


def node_key(ref: NodeRef) -> str:
    """The networkx key of a node: ``"Label:id"``."""
    return f"{ref[0].value}:{ref[1]}"


def parse_node_key(key: str) -> NodeRef:
    """The (label, id) of a node key ``"Label:id"`` (the id may hold colons).

    Raises:
        InvalidInputError: not ``Label:id`` with a known label.
    """
    if not isinstance(key, str) or ":" not in key:
        raise InvalidInputError(f"node key {key!r} is not Label:id")
    label, node_id = key.split(":", 1)
    if label not in NodeLabel._value2member_map_ or not node_id:
        raise InvalidInputError(f"node key {key!r}: unknown label {label!r}")
    return NodeLabel(label), node_id


def flat_value(value: Any) -> Any:
    """A GraphML/GEXF attribute value: scalars stay, lists and maps become JSON text (drop
    None values before: neither format has a null)."""
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def neighbourhood(
    store: GraphStore,
    seeds: Sequence[NodeRef],
    scopes: Sequence[str],
    *,
    depth: int = 2,
    max_nodes: int = 5000,
    types: Sequence[RelType] | None = None,
) -> nx.MultiDiGraph:
    """Breadth-first expansion from ``seeds`` over relationships in both directions.

    Args:
        store: the store.
        seeds: start nodes (label, id); those outside ``scopes`` are left out.
        scopes: readable scopes; nodes of other scopes are never added.
        depth: hops from the seeds (0 = the seeds alone).
        max_nodes: stop expanding once the graph holds this many nodes.
        types: relationship types to follow (None: all).

    Returns:
        A MultiDiGraph keyed by :func:`node_key`, with every relationship (of ``types``) among
        its nodes, also between nodes of the last layer reached.

    Raises:
        InvalidInputError: negative depth.
    """
    if depth < 0:
        raise InvalidInputError(f"depth must be >= 0, got {depth}")
    graph = nx.MultiDiGraph()
    visible: dict[NodeRef, bool] = {}

    def admit(refs: Sequence[NodeRef]) -> list[NodeRef]:
        by_label: dict[NodeLabel, list[str]] = {}
        for lab, nid in refs:
            if (lab, nid) not in visible:
                by_label.setdefault(lab, []).append(nid)
        for lab, ids in by_label.items():
            found = {r.id: r for r in store.get_nodes(lab, ids, scopes)}
            for nid in ids:
                rec = found.get(nid)
                visible[(lab, nid)] = rec is not None
                if rec is not None:
                    attrs = {k: flat_value(v) for k, v in rec.props.items() if k != "id" and v is not None}
                    graph.add_node(node_key(rec.ref), label=lab.value, id=nid, **attrs)
        return [r for r in refs if visible.get(r)]

    def link(r: Relationship) -> None:
        a, b = (r.src_label, r.src_id), (r.dst_label, r.dst_id)
        if visible.get(a) and visible.get(b):
            props = {k: flat_value(v) for k, v in r.stored_properties().items() if v is not None}
            graph.add_edge(node_key(a), node_key(b), key=r.type.value, type=r.type.value, **props)

    frontier = admit(list(dict.fromkeys(seeds)))
    for _ in range(depth):
        if not frontier or graph.number_of_nodes() >= max_nodes:
            break
        rels = store.relationships(src=frontier, types=types) + store.relationships(dst=frontier, types=types)
        candidates = [(r.dst_label, r.dst_id) for r in rels] + [(r.src_label, r.src_id) for r in rels]
        fresh = [c for c in dict.fromkeys(candidates) if c not in visible]
        admit(fresh[: max(0, max_nodes - graph.number_of_nodes())])
        for r in rels:
            link(r)
        frontier = [c for c in fresh if visible.get(c)]
    if frontier:  # the last layer was not expanded: the relationships among its nodes too
        for r in store.relationships(src=frontier, types=types):
            link(r)
    return graph


def central_entities(graph: nx.MultiDiGraph, source: str, *, top: int = 10) -> list[tuple[str, float]]:
    """Entities of ``graph`` ranked by personalised PageRank from ``source`` (a node key).

    Returns:
        Up to ``top`` (node key, score) pairs, best first; empty when ``source`` is absent.
    """
    if source not in graph:
        return []
    ranks = nx.pagerank(nx.DiGraph(graph).to_undirected(), personalization={source: 1.0})
    ents = [(k, v) for k, v in ranks.items() if graph.nodes[k].get("label") == NodeLabel.ENTITY.value]
    return sorted(ents, key=lambda kv: -kv[1])[:top]
