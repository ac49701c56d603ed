"""The GraphStore protocol: what every MemGraph store implements.

A store keeps nodes (label, id, owner scope, properties, optional embedding and keyword
text) and typed relationships. Every read takes the caller's readable ``scopes`` and must
filter by them inside the store query itself, so no call can return another owner's node.
Every write goes through :meth:`GraphStore.write` with one :class:`WriteBatch`, applied in
one transaction: all of it or nothing. A call that must decide what to write from what is
stored (is this a duplicate? which message ends the session?) runs its reads and writes in
one :meth:`GraphStore.transaction`, which also serialises calls on the same owner.

Both stores (``sqlite.py``, ``neo4j.py``) pass the same contract suite in
``tests/test_store_contract.py``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, runtime_checkable

import numpy as np

from ..models import Node, NodeLabel, Relationship, RelType


@dataclass(frozen=True)
class NodeRecord:
    """A node as a store holds it.

    Attributes:
        label: the node's label.
        id: unique per label.
        owner: owner scope (``user:<id>``, ``agent:<id>`` or ``shared``).
        props: all properties, camelCase keys, JSON-compatible values (no embedding).
        status: lifecycle status used for filtering (``active``, ...), or None.
        text: text for the keyword index; None keeps the node out of it.
        embedding: float32 vector of the store's dimension, or None.
    """

    label: NodeLabel
    id: str
    owner: str
    props: dict[str, Any]
    status: str | None = None
    text: str | None = None
    embedding: np.ndarray | None = None

    @property
    def ref(self) -> tuple[NodeLabel, str]:
        return (self.label, self.id)


def record_of(node: Node, *, embedding: np.ndarray | None = None, text: str | None = None) -> NodeRecord:
    """The store record of a model node.

    Args:
        node: any node model.
        embedding: its vector, for embedded labels.
        text: keyword-indexed text; defaults to ``node.search_text()``.
    """
    return NodeRecord(
        label=node.LABEL,
        id=node.id,
        owner=node.owner,
        props=node.properties(),
        status=node.lifecycle_status(),
        text=text if text is not None else node.search_text(),
        embedding=embedding,
    )


KEYWORD_STATUSES: tuple[str | None, ...] = (None, "active", "superseded")
"""Statuses whose nodes' text is kept in the keyword index: current nodes, and superseded ones
(searched only when asked for, as of a past time). Retired and deleted nodes leave it."""

NodeRef = tuple[NodeLabel, str]
"""(label, id): how a node is named across the store API."""


@dataclass
class WriteBatch:
    """Everything one API call writes, applied atomically by :meth:`GraphStore.write`.

    Order of application: node deletions (with their relationships), relationship
    deletions, node upserts, relationship upserts. An upsert replaces the whole node
    (properties, text, embedding) or relationship (properties) with the same key.
    """

    nodes: list[NodeRecord] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    delete_nodes: list[NodeRef] = field(default_factory=list)
    delete_relationships: list[Relationship] = field(default_factory=list)
    delete_relationships_from_source: list[str] = field(default_factory=list)
    forget: bool = False
    """True when the batch deletes personal data: the store also scrubs it from free pages,
    write-ahead logs and index segments (slower)."""

    def is_empty(self) -> bool:
        return not (
            self.nodes
            or self.relationships
            or self.delete_nodes
            or self.delete_relationships
            or self.delete_relationships_from_source
        )


T = TypeVar("T")


@dataclass(frozen=True)
class Hit:
    """A search candidate: the node and the raw score of the signal that found it."""

    node: NodeRecord
    score: float


@dataclass(frozen=True)
class CypherResult:
    """Rows of a read-only Cypher query (:meth:`GraphStore.read_query`).

    Attributes:
        columns: the RETURN column names, in order.
        rows: at most the requested limit of rows, each a list aligned with ``columns``, of
            plain values: nodes as property maps with a sorted ``labels`` list (no embedding),
            relationships as property maps (with ``type`` on Neo4j).
        truncated: True when the query had more rows than the limit.
    """

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts keyed by column."""
        return [dict(zip(self.columns, row)) for row in self.rows]


class StoreReader(Protocol):
    """The reads a write transaction needs (a :class:`GraphStore` has them too)."""

    def get_nodes(self, label: NodeLabel, ids: Sequence[str], scopes: Sequence[str] | None) -> list[NodeRecord]:
        """Nodes with these ids that lie in ``scopes`` (None: any scope), in no set order."""

    def find_nodes(
        self,
        label: NodeLabel,
        scopes: Sequence[str] | None,
        *,
        where: dict[str, Any] | None = None,
        where_in: dict[str, Sequence[Any]] | None = None,
        status: Sequence[str] | None = None,
        limit: int | None = 100,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[NodeRecord]:
        """Nodes of a label in scopes whose properties equal ``where`` and take one of the
        values listed in ``where_in`` (an empty list matches nothing), ordered by createdAt;
        ``limit=None``: all of them."""

    def relationships(
        self,
        *,
        src: Sequence[NodeRef] | None = None,
        dst: Sequence[NodeRef] | None = None,
        types: Sequence[RelType] | None = None,
        current_only: bool = False,
        source_id: str | None = None,
    ) -> list[Relationship]:
        """Relationships matching every given filter. ``current_only`` drops those with validTo."""


class StoreTransaction(StoreReader, Protocol):
    """One open write transaction (see :meth:`GraphStore.transaction`): its reads see what
    it has written so far, and what it writes commits with the rest or not at all."""

    def write(self, batch: WriteBatch) -> None:
        """Apply a batch inside the transaction."""


@runtime_checkable
class GraphStore(StoreReader, Protocol):
    """Storage of the MemGraph property graph (its node and relationship reads are
    :class:`StoreReader`'s).

    Implementations do no I/O in their constructor: :meth:`open` connects and
    :meth:`init_schema` applies the schema idempotently.
    """

    uri: str

    def open(self) -> None:
        """Connect. Raises StoreError or ConfigError."""

    def close(self) -> None:
        """Release connections; safe to call twice."""

    def init_schema(self, embedding_model: str, dimension: int) -> None:
        """Create tables/indexes if missing and record the embedding model and dimension.

        Raises:
            EmbeddingMismatchError: the store was built with another model or dimension.
        """

    def meta(self) -> dict[str, Any]:
        """Recorded settings: ``embeddingModel`` and ``embeddingDimension`` ({} before init_schema)."""

    def write(self, batch: WriteBatch) -> None:
        """Apply a batch in one transaction. Raises StoreError; nothing is applied then."""

    def transaction(self, work: Callable[[StoreTransaction], T], *, lock: Sequence[NodeRecord] = ()) -> T:
        """Run ``work`` in one write transaction and commit what it wrote; returns its result.

        ``work`` reads through the transaction it is given (in the calling thread) and
        writes with ``tx.write``; if it raises, nothing is applied and the error propagates.
        It may run more than once when the store retries a transient failure (a deadlock on
        Neo4j), so it must have no effect outside the transaction.

        Args:
            work: ``work(tx) -> T``.
            lock: nodes (an owner's ``User`` or ``Agent``) created as given when missing and
                write-locked until commit. Transactions that lock the same node run one after
                the other, so what ``work`` read (no duplicate yet, the session's last
                message, the current department) still holds when its writes commit.

        Raises:
            StoreError, RetryableError: the store failed; nothing is applied.
        """

    def get_embeddings(self, label: NodeLabel, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Embeddings by id for the ids that have one."""

    def vector_search(
        self,
        label: NodeLabel,
        vector: np.ndarray,
        scopes: Sequence[str],
        top_k: int,
    ) -> list[Hit]:
        """Nearest active nodes (status None or ``active``) by cosine similarity (score in
        [-1, 1]), best first, within scopes."""

    def keyword_search(
        self,
        label: NodeLabel,
        terms: Sequence[str],
        scopes: Sequence[str],
        top_k: int,
        *,
        statuses: Sequence[str] = ("active",),
    ) -> list[Hit]:
        """Nodes whose keyword text matches any of ``terms``, best first by BM25 (higher score
        is better), within scopes. Only nodes with text, whose status is None or one of
        ``statuses`` (superseded memories stay in the keyword index for searches of the past:
        ``statuses=("active", "superseded")``).

        A term is a plain word or a phrase of words separated by spaces (matched as a
        phrase); never query syntax: quotes and operators in a term are literal text.
        """

    def neighbours(self, label: NodeLabel, ids: Sequence[str], rel_type: RelType) -> dict[str, set[str]]:
        """Ids of ``label`` nodes joined to each given id by ``rel_type`` in either direction
        (ids without one are absent). A light query for the hot path of retrieval."""

    def counts(self) -> dict[str, int]:
        """Node counts per label and relationship counts per type (keys ``Label`` / ``:TYPE``)."""

    def iter_nodes(self, label: NodeLabel | None = None) -> Iterator[NodeRecord]:
        """Every node (with embedding), for export and migration."""

    def iter_relationships(self) -> Iterator[Relationship]:
        """Every relationship, for export and migration."""

    def read_query(self, query: str, params: dict[str, Any] | None = None, *, limit: int = 1000) -> CypherResult:
        """Run an analyst's read-only Cypher ``query`` with ``params``; at most ``limit`` rows.

        Nothing a query does is ever applied: Neo4j runs it in READ access mode (the server
        refuses writes) and rolls back; the embedded store runs grand-cypher's subset over an
        in-memory copy and refuses writing clauses before it runs (see
        :mod:`memgraph.stores.networkx_cypher`). Parameters are never pasted into query text
        by Neo4j; the embedded store binds them as literals of its copy.

        Raises:
            InvalidInputError: the query writes, or the store cannot parse or run it.
            StoreError: the server failed.
        """


def chunked(items: Sequence[Any] | Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Split items into lists of at most ``size``."""
    buf: list[Any] = []
    for item in items:
        buf.append(item)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def scope_token(label: NodeLabel | str, owner: str, status: str | None = None) -> str:
    """The keyword-index token standing for (label, owner) and, for a node that is neither
    current nor without status (a superseded memory), its status: ``s`` + 24 hex chars of SHA-1.

    Both stores index it beside a node's keyword text, so scope and status filtering happen
    inside the full-text query (SQLite FTS5 column, Neo4j full-text index property), not after
    it: a search of current nodes never meets a superseded one in its top k.
    """
    lab = label.value if isinstance(label, NodeLabel) else label
    key = f"{lab}\x00{owner}" if status in (None, "active") else f"{lab}\x00{owner}\x00{status}"
    return "s" + hashlib.sha1(key.encode()).hexdigest()[:24]


def relationship_from(
    rtype: str, src_label: str, src_id: str, dst_label: str, dst_id: str, props: dict[str, Any]
) -> Relationship:
    """A :class:`Relationship` rebuilt from its stored form (see ``Relationship.stored_properties``).

    Raises:
        ValueError: an unknown label or relationship type.
    """
    props = dict(props)
    return Relationship(
        type=RelType(rtype),
        src_label=NodeLabel(src_label),
        src_id=src_id,
        dst_label=NodeLabel(dst_label),
        dst_id=dst_id,
        valid_from=props.pop("validFrom", None),
        valid_to=props.pop("validTo", None),
        source_id=props.pop("sourceId", None),
        confidence=props.pop("confidence", None),
        properties=props,
    )
