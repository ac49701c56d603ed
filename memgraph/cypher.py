"""Analysts' read-only Cypher over a MemGraph store.

- Neo4j: full Cypher, run by the server in READ access mode, so any write (``CREATE``,
  ``MERGE``, ``SET``, ``DELETE``, writing procedures) is refused by the server and nothing
  is applied; the transaction is rolled back in any case.
- Embedded store: the subset of Cypher that grand-cypher (https://github.com/aplbrain/grand-cypher)
  runs over a networkx ``MultiDiGraph`` built from the store: ``MATCH`` with labels,
  relationship types and variable-length hops, ``WHERE``, ``RETURN`` with ``DISTINCT``,
  aliases, ``count``/``sum``/``avg``/``min``/``max``, ``ORDER BY``, ``SKIP`` and ``LIMIT``.
  No ``OPTIONAL MATCH``, ``WITH``, ``UNWIND``, procedures or list functions; string literals
  take double quotes; ``count`` takes a property (``COUNT(m.id)``, not ``count(m)``). A
  query that writes is refused before it runs. Parameters (``$name``) are substituted as
  literals (the graph is an in-memory copy, so nothing can reach the store).

Both return a :class:`CypherResult` of plain values: nodes as property maps with their
labels (embeddings left out), relationships as property maps with their type.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import networkx as nx

from .errors import InvalidInputError
from .models import NodeLabel
from .stores.base import GraphStore

WRITE_CLAUSES = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|LOAD\s+CSV|FOREACH|CALL)\b", re.IGNORECASE)
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class CypherResult:
    """Rows of a read-only query.

    Attributes:
        columns: the RETURN column names, in order.
        rows: at most the requested limit of rows, each a list aligned with ``columns``.
        truncated: True when the query had more rows than the limit.
    """

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts keyed by column."""
        return [dict(zip(self.columns, row)) for row in self.rows]


def run_cypher(
    store: GraphStore, query: str, params: dict[str, Any] | None = None, *, limit: int = 1000
) -> CypherResult:
    """Run an analyst's read-only Cypher ``query`` with ``params``; at most ``limit`` rows.

    Raises:
        InvalidInputError: an empty query, a query that writes, a bad limit, or a query the
            store cannot parse or run.
        StoreError: the server failed.
    """
    if not query.strip():
        raise InvalidInputError("query is empty")
    if limit < 1:
        raise InvalidInputError(f"limit must be at least 1, got {limit}")
    read_query = getattr(store, "read_query", None)
    if read_query is not None:  # the Neo4j store: the server enforces READ access
        columns, rows, more = read_query(query, params or {}, limit=limit)
        return CypherResult(columns, rows, more)
    return _run_embedded(store, query, params or {}, limit)


def _run_embedded(store: GraphStore, query: str, params: dict[str, Any], limit: int) -> CypherResult:
    from grandcypher import GrandCypher

    bare = _STRING.sub("''", query)
    write = WRITE_CLAUSES.search(bare)
    if write:
        clause = " ".join(write.group(1).upper().split())
        what = "calls a procedure" if clause == "CALL" else "writes"
        raise InvalidInputError(
            f"query refused: {clause} {what}; the embedded store runs read-only Cypher (MATCH ... RETURN)"
        )
    text = _bind(query, params)
    graph = store_graph(store)
    try:
        result = GrandCypher(graph, limit=limit + 1).run(text)
    except Exception as e:  # grand-cypher raises lark and plain errors for what it cannot run
        first = str(e).strip().splitlines()[0] if str(e).strip() else ""
        raise InvalidInputError(
            f"query not supported on the embedded store's Cypher subset: {type(e).__name__}: {first}"
        ) from e
    columns = [str(c) for c in result]
    values = [list(result[c]) for c in result]
    n = max((len(v) for v in values), default=0)
    rows = [[_plain(v[i]) if i < len(v) else None for v in values] for i in range(n)]
    return CypherResult(columns, rows[:limit], len(rows) > limit)


def _bind(query: str, params: dict[str, Any]) -> str:
    """``$name`` replaced by the parameter as a Cypher literal (outside string literals only)."""
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


def store_graph(store: GraphStore) -> nx.MultiDiGraph:
    """The whole store as a networkx ``MultiDiGraph`` in grand-cypher's form: node key
    ``Label:id``, ``__labels__`` sets on nodes (label, and an Entity's type) and on edges
    (relationship type), stored properties as attributes, no embeddings."""
    graph = nx.MultiDiGraph()
    for rec in store.iter_nodes():
        labels = {rec.label.value}
        if rec.label == NodeLabel.ENTITY and rec.props.get("type"):
            labels.add(str(rec.props["type"]))
        graph.add_node(f"{rec.label.value}:{rec.id}", __labels__=labels, **rec.props)
    for rel in store.iter_relationships():
        src, dst = f"{rel.src_label.value}:{rel.src_id}", f"{rel.dst_label.value}:{rel.dst_id}"
        if src in graph and dst in graph:
            graph.add_edge(src, dst, __labels__={rel.type.value}, **rel.stored_properties())
    return graph


def _plain(value: Any) -> Any:
    """grand-cypher values as plain data: node attribute maps keep their labels as a sorted list."""
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
