"""Read-only Cypher for the embedded store: grand-cypher over a networkx copy of the graph.

grand-cypher (https://github.com/aplbrain/grand-cypher) runs a subset of Cypher over a
networkx ``MultiDiGraph``: ``MATCH`` with labels, relationship types and variable-length hops,
``WHERE``, ``RETURN`` with ``DISTINCT``, aliases, ``count``/``sum``/``avg``/``min``/``max``,
``ORDER BY``, ``SKIP`` and ``LIMIT``. No ``OPTIONAL MATCH``, ``WITH``, ``UNWIND``, procedures
or list functions; string literals take double quotes; ``count`` takes a property
(``COUNT(m.id)``, not ``count(m)``). A query that writes is refused before it runs.
Parameters (``$name``) are substituted as literals: the graph is an in-memory copy, so
nothing can reach the store.

The copy is built by :func:`build_graph` from what the store yields (no embeddings, no
keyword text) and kept by :class:`~memgraph.stores.sqlite.SQLiteStore` until the store changes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

import networkx as nx

from ..errors import InvalidInputError
from ..models import NodeLabel, Relationship
from .base import CypherResult

WRITE_CLAUSES = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|LOAD\s+CSV|FOREACH|CALL)\b", re.IGNORECASE)
"""Clauses that write or call procedures; outside string literals they make a query refused."""

_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def prepare(query: str, params: dict[str, Any]) -> str:
    """The query text grand-cypher runs: refused when it writes, ``$name`` bound as literals.

    Raises:
        InvalidInputError: the query writes or calls a procedure, uses a parameter that was
            not given, or is given a parameter that is not a string, number, boolean, list or None.
    """
    write = WRITE_CLAUSES.search(_STRING.sub("''", query))
    if write:
        clause = " ".join(write.group(1).upper().split())
        what = "calls a procedure" if clause == "CALL" else "writes"
        raise InvalidInputError(
            f"query refused: {clause} {what}; the embedded store runs read-only Cypher (MATCH ... RETURN)"
        )
    pieces: list[str] = []
    last = 0
    for m in _STRING.finditer(query):
        pieces.append(_bind_plain(query[last : m.start()], params))
        pieces.append(m.group(0))
        last = m.end()
    pieces.append(_bind_plain(query[last:], params))
    return "".join(pieces)


def _bind_plain(text: str, params: dict[str, Any]) -> str:
    def literal(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in params:
            raise InvalidInputError(f"query uses parameter ${name}, which was not given")
        value = params[name]
        if value is None or isinstance(value, (bool, int, float, str, list)):
            return "null" if value is None else json.dumps(value, ensure_ascii=False)
        raise InvalidInputError(f"parameter ${name} must be a string, number, boolean, list or null")

    return _PARAM.sub(literal, text)


def build_graph(
    nodes: Iterable[tuple[NodeLabel, str, dict[str, Any]]], relationships: Iterable[Relationship]
) -> nx.MultiDiGraph:
    """A networkx ``MultiDiGraph`` in grand-cypher's form.

    Args:
        nodes: (label, id, stored properties) of every node; no embeddings.
        relationships: every relationship; those whose ends are not among ``nodes`` are left out.

    Returns:
        Node key ``Label:id``; ``__labels__`` sets on nodes (the label, and an Entity's type)
        and on edges (the relationship type); stored properties as attributes.
    """
    graph = nx.MultiDiGraph()
    for label, node_id, props in nodes:
        labels = {label.value}
        if label == NodeLabel.ENTITY and props.get("type"):
            labels.add(str(props["type"]))
        graph.add_node(f"{label.value}:{node_id}", __labels__=labels, **props)
    for rel in relationships:
        src, dst = f"{rel.src_label.value}:{rel.src_id}", f"{rel.dst_label.value}:{rel.dst_id}"
        if src in graph and dst in graph:
            graph.add_edge(src, dst, __labels__={rel.type.value}, **rel.stored_properties())
    return graph


def run(graph: nx.MultiDiGraph, text: str, limit: int) -> CypherResult:
    """Run prepared query ``text`` (see :func:`prepare`) over ``graph``; at most ``limit`` rows.

    Raises:
        InvalidInputError: grand-cypher cannot parse or run the query.
    """
    from grandcypher import GrandCypher

    try:
        # No match limit: grand-cypher applies its limit to matches before aggregating, which
        # made COUNT(...) count at most that many. Rows are cut after.
        result = GrandCypher(graph).run(text)
    except Exception as e:  # grand-cypher raises lark and plain errors for what it cannot run
        first = str(e).strip().splitlines()[0] if str(e).strip() else ""
        raise InvalidInputError(
            f"query not supported on the embedded store's Cypher subset: {type(e).__name__}: {first}"
        ) from e
    # grand-cypher's result is keyed by column but not in RETURN's order: restore it
    start = text.upper().rfind("RETURN")
    keys = sorted(result, key=lambda c: (text.find(str(c), start) % (len(text) + 1), list(result).index(c)))
    columns = [str(c) for c in keys]
    values = [list(result[c]) for c in keys]
    n = max((len(v) for v in values), default=0)
    rows = [[_plain(v[i]) if i < len(v) else None for v in values] for i in range(n)]
    return CypherResult(columns, rows[:limit], len(rows) > limit)


def _plain(value: Any) -> Any:
    """grand-cypher values as plain data (fresh containers, so callers never alter the cached
    graph): node attribute maps keep their labels as a sorted list."""
    if isinstance(value, dict):
        out = {k: _plain(v) for k, v in value.items() if k != "__labels__"}
        if "__labels__" in value:
            out = {"labels": sorted(value["__labels__"]), **out}
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, set):
        return sorted(_plain(v) for v in value)
    return value
