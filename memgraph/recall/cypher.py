"""Analysts' read-only Cypher over a MemGraph store (:meth:`GraphStore.read_query`).

- Neo4j: full Cypher, run by the server in READ access mode, so any write (``CREATE``,
  ``MERGE``, ``SET``, ``DELETE``, writing procedures) is refused by the server and nothing
  is applied; the transaction is rolled back in any case.
- Embedded store: the subset of Cypher that grand-cypher (https://github.com/aplbrain/grand-cypher)
  runs over a networkx ``MultiDiGraph`` copy of the store, kept until the store changes:
  ``MATCH`` with labels, relationship types and variable-length hops, ``WHERE``, ``RETURN``
  with ``DISTINCT``, aliases, ``count``/``sum``/``avg``/``min``/``max``, ``ORDER BY``, ``SKIP``
  and ``LIMIT``. No ``OPTIONAL MATCH``, ``WITH``, ``UNWIND``, procedures or list functions;
  string literals take double quotes; ``count`` takes a property (``COUNT(m.id)``, not
  ``count(m)``). A query that writes is refused before it runs. Parameters (``$name``) are
  substituted as literals (the graph is an in-memory copy, so nothing can reach the store).
  See :mod:`memgraph.stores.networkx_cypher`.

Both return a :class:`CypherResult` of plain values: nodes as property maps with their
labels (embeddings left out), relationships as property maps with their type.
"""

from __future__ import annotations

from typing import Any

from ..errors import InvalidInputError
from ..stores.base import CypherResult, GraphStore
from ..validate import check_limit

__all__ = ["CypherResult", "run_cypher"]


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
    return store.read_query(query, params or {}, limit=check_limit(limit))
