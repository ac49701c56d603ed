"""The Neo4j store: the MemGraph graph in Neo4j 5.26+ (Community, Enterprise, Aura).

How a :class:`~memgraph.stores.base.NodeRecord` lies in Neo4j:

- label from :class:`~memgraph.models.NodeLabel`; an Entity also carries its type as a second
  label (``(:Entity:Department)``);
- its properties as native Neo4j properties (camelCase). Values Neo4j cannot hold natively
  (maps, mixed lists) are JSON strings listed in ``mgJson``; keys whose value is null are
  listed in ``mgNulls`` (Neo4j drops null properties), so a node reads back exactly as written;
- ``embedding``: ``LIST<FLOAT>`` in the label's vector index (cosine);
- ``mgStatus``: the record's lifecycle status; ``mgText``: its keyword text. While the node
  is searchable (status null, ``active``, or ``superseded`` for searches of the past; see
  :data:`~memgraph.stores.base.KEYWORD_STATUSES`) also ``mgTerms``, the Porter stems of that text
  (:func:`~memgraph.text.textutil.stemmed`, so ranking follows the embedded store's FTS5), and
  ``mgScope``, the scope token of (label, owner): the full-text index covers these two, and a
  query filters by scope and status inside Lucene.

Relationships are one per (source node, type, target node), with their properties encoded
the same way. Labels and relationship types in Cypher text come only from the model enums;
every value is a parameter.

Vector search never returns another owner's node and still returns ``top_k`` for a small
scope. Every write that changes an owner's embedded nodes renews that owner's scope token
(a ``MemGraphScope`` node, random UUID, same transaction). The store holds each searched
owner's vectors in memory while its token is unchanged, so a search reads the tokens (one
round trip), scores the caller's scopes exactly in numpy (cosine, as the embedded store
does) and reads the top nodes (one more). A scope of more than
:attr:`Neo4jStore.exact_scan_limit` nodes is not held: it goes through
``db.index.vector.queryNodes``, asked for ``top_k`` times the inverse of the scopes' share of
the label (plus margin), doubling until ``top_k`` in-scope nodes are found, and those
candidates are re-ranked by exact cosine (the index scores quantised vectors).

Reads are auto-commit statements in READ access mode (one round trip; retried on transient
errors); each write is one managed transaction (``execute_write``, retried by the driver), and
so is each :meth:`Neo4jStore.transaction`, whose reads run inside it after it has locked the
owner's node (read committed isolation alone would let two calls read the same state).
"""

from __future__ import annotations

import functools
import math
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

import numpy as np

from ..errors import ConfigError, EmbeddingMismatchError, InvalidInputError, RetryableError, StoreError
from ..models import EMBEDDED_LABELS, NODE_MODELS, NodeLabel, Relationship, RelType
from ..text.textutil import stemmed
from .base import (
    CypherResult,
    Hit,
    NodeRecord,
    NodeRef,
    StoreTransaction,
    WriteBatch,
    chunked,
    relationship_from,
    scope_token,
)
from .neo4j_rows import (
    NodeRows,
    decode_properties,
    entity_type_labels,
    ids_by_entity_type,
    node_rows,
    node_upsert,
    record_settings,
    relationship_rows,
    relationship_upsert,
    renew_scope_tokens,
)
from .neo4j_rows import label_of as _label
from .neo4j_rows import rtype_of as _rtype
from .schema import FULLTEXT_INDEX, FULLTEXT_PROPERTIES, META_LABEL, SCOPE_LABEL, load_neo4j_ddl, vector_index_name

T = TypeVar("T")

NEO4J_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")
"""URI schemes the official driver takes: ``neo4j*`` routes (clusters, Aura), ``bolt*`` one server."""

_READ_RETRIES = 3
"""Retries of a read statement after a transient error."""

_DDL_RETRIES = 5
"""Retries of a schema statement after a transient error (concurrent first opens)."""

_BATCH = 2_000
"""Rows per UNWIND statement."""

_SEARCHABLE = "n.embedding IS NOT NULL AND (n.mgStatus IS NULL OR n.mgStatus = 'active')"
"""Cypher condition: a node vector search may return."""


@dataclass
class _ScopeVectors:
    """One owner's searchable vectors of one label, unit length, as of its scope token."""

    token: str | None
    ids: list[str]
    vecs: np.ndarray
    large: bool = False
    """More than ``exact_scan_limit`` nodes: not held; searched through the vector index."""


def _node_label(labels: Sequence[str]) -> str:
    """The model label among a node's labels (an Entity also has its type label)."""
    for lab in labels:
        if lab in NodeLabel._value2member_map_:
            return lab
    raise StoreError(f"node with labels {list(labels)} has no MemGraph label")


def parse_neo4j_uri(uri: str) -> tuple[str, tuple[str, str] | None, str | None]:
    """Split ``scheme://[user:password@]host[:port][?database=name]`` into the driver URI, auth and database.

    Raises:
        ConfigError: an unsupported scheme or no host.
    """
    parts = urlsplit(uri)
    if parts.scheme not in NEO4J_SCHEMES:
        raise ConfigError(f"unsupported Neo4j URI scheme {parts.scheme!r} in {uri!r}; use one of {NEO4J_SCHEMES}")
    if not parts.hostname:
        raise ConfigError(f"Neo4j URI {uri!r} names no host")
    auth = None
    if parts.username is not None:
        auth = (unquote(parts.username), unquote(parts.password or ""))
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    databases = parse_qs(parts.query).get("database")
    database = databases[0] if databases else None
    return urlunsplit((parts.scheme, netloc, "", "", "")), auth, database


class _Reads:
    """The store's node and relationship reads over one query runner, :meth:`_read`: auto-commit
    statements for :class:`Neo4jStore`, the open transaction for :class:`_Neo4jTransaction`."""

    def _read(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        raise NotImplementedError

    @staticmethod
    def _record(label: NodeLabel, stored: dict[str, Any], with_embedding: bool = False) -> NodeRecord:
        emb = stored.get("embedding") if with_embedding else None
        props = decode_properties(stored)
        return NodeRecord(
            label=label,
            id=stored["id"],
            owner=stored["owner"],
            props=props,
            status=stored.get("mgStatus"),
            text=stored.get("mgText"),
            embedding=None if emb is None else np.asarray(emb, dtype=np.float32),
        )

    def _records(self, label: NodeLabel, rows: list[dict[str, Any]], key: str = "p") -> list[NodeRecord]:
        return [self._record(label, row[key]) for row in rows]

    def get_nodes(self, label: NodeLabel, ids: Sequence[str], scopes: Sequence[str] | None) -> list[NodeRecord]:
        label = _label(label)
        ids = list(dict.fromkeys(ids))
        if not ids or (scopes is not None and not scopes):
            return []
        scope_clause = "" if scopes is None else " AND n.owner IN $scopes"
        rows = self._read(
            f"MATCH (n:{label.value}) WHERE n.id IN $ids{scope_clause} RETURN n {_projection(label)} AS p",
            ids=ids,
            scopes=list(scopes or []),
        )
        return self._records(label, rows)

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
        label = _label(label)
        clauses: list[str] = []
        params: dict[str, Any] = {"limit": limit, "offset": offset}
        if scopes is not None:
            if not scopes:
                return []
            clauses.append("n.owner IN $scopes")
            params["scopes"] = list(scopes)
        if status is not None:
            clauses.append("n.mgStatus IN $status")
            params["status"] = list(status)
        for i, (key, value) in enumerate((where or {}).items()):
            params[f"k{i}"] = key
            if value is None:
                clauses.append(f"n[$k{i}] IS NULL")
            else:
                clauses.append(f"n[$k{i}] = $v{i}")
                params[f"v{i}"] = value
        for i, (key, values) in enumerate((where_in or {}).items()):
            if not values:
                return []
            params[f"ik{i}"] = key
            params[f"iv{i}"] = list(values)
            clauses.append(f"n[$ik{i}] IN $iv{i}")
        order = "DESC" if newest_first else "ASC"
        query = (
            f"MATCH (n:{label.value})"
            + (" WHERE " + " AND ".join(clauses) if clauses else "")
            + f" RETURN n {_projection(label)} AS p ORDER BY n.createdAt {order}, n.id {order}"
            + " SKIP $offset"
            + ("" if limit is None else " LIMIT $limit")
        )
        return self._records(label, self._read(query, **params))

    def get_embeddings(self, label: NodeLabel, ids: Sequence[str]) -> dict[str, np.ndarray]:
        label = _label(label)
        rows = self._read(
            f"MATCH (n:{label.value}) WHERE n.id IN $ids AND n.embedding IS NOT NULL "
            "RETURN n.id AS id, n.embedding AS e",
            ids=list(dict.fromkeys(ids)),
        )
        return {r["id"]: np.asarray(r["e"], dtype=np.float32) for r in rows}

    def relationships(
        self,
        *,
        src: Sequence[NodeRef] | None = None,
        dst: Sequence[NodeRef] | None = None,
        types: Sequence[RelType] | None = None,
        current_only: bool = False,
        source_id: str | None = None,
    ) -> list[Relationship]:
        if (src is not None and not src) or (dst is not None and not dst):
            return []
        params: dict[str, Any] = {}
        rel = "r" + (":" + "|".join(_rtype(t).value for t in types) if types else "")
        filters: list[str] = []
        if current_only:
            filters.append("r.validTo IS NULL")
        if source_id is not None:
            filters.append("r.sourceId = $source")
            params["source"] = source_id
        if src is not None:
            pattern = f"{_match_refs('a', src, params)} MATCH (a)-[{rel}]->(b)"
            if dst is not None:
                filters.append("any(l IN labels(b) WHERE l + '|' + b.id IN $other)")
                params["other"] = [f"{lab.value}|{i}" for lab, i in dst]
        elif dst is not None:
            pattern = f"{_match_refs('b', dst, params)} MATCH (a)-[{rel}]->(b)"
        elif source_id is not None and not types:
            pattern = _per_type("MATCH ()-[r:{t}]->() WHERE r.sourceId = $source RETURN r") + " MATCH (a)-[r]->(b)"
        else:
            pattern = f"MATCH (a)-[{rel}]->(b)"
        query = (
            pattern
            + (" WHERE " + " AND ".join(filters) if filters else "")
            + " RETURN type(r) AS t, labels(a) AS al, a.id AS ai, labels(b) AS bl, b.id AS bi, properties(r) AS p"
        )
        return [_rel(row) for row in self._read(query, **params)]

    def neighbours(self, label: NodeLabel, ids: Sequence[str], rel_type: RelType) -> dict[str, set[str]]:
        label, rel_type = _label(label), _rtype(rel_type)
        rows = self._read(
            f"MATCH (a:{label.value})-[:{rel_type.value}]-(b:{label.value}) WHERE a.id IN $ids "
            "RETURN a.id AS a, b.id AS b",
            ids=list(dict.fromkeys(ids)),
        )
        out: dict[str, set[str]] = {}
        for row in rows:
            out.setdefault(row["a"], set()).add(row["b"])
        return out


class _Neo4jTransaction(_Reads):
    """The open transaction :meth:`Neo4jStore.transaction` hands to its work: reads run in it
    (they see its own writes) and :meth:`write` applies a batch inside it."""

    def __init__(self, store: Neo4jStore, tx: Any) -> None:
        self._store = store
        self._tx = tx

    def _read(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        return [dict(r.items()) for r in self._tx.run(cypher, params)]

    def write(self, batch: WriteBatch) -> None:
        if not batch.is_empty():
            self._store._apply(self._tx, batch, self._store._node_rows(batch.nodes))


class Neo4jStore(_Reads):
    """The server :class:`~memgraph.stores.base.GraphStore` (``neo4j://``, ``bolt://``, ``neo4j+s://``).

    Args:
        uri: driver URI; ``user:password@`` in it and ``?database=`` are honoured.
        auth: (user, password) when not in the URI; None with neither means no auth.
        database: database name (Community has one, ``neo4j``); None: the server's default.
        exact_scan_limit: scope sizes up to which vector search scores the scope exactly
            instead of using the vector index.

    Raises:
        ConfigError: on :meth:`open`, a bad URI or a server that cannot be reached.
    """

    def __init__(
        self,
        uri: str,
        *,
        auth: tuple[str, str] | None = None,
        database: str | None = None,
        exact_scan_limit: int = 20_000,
    ) -> None:
        self._driver_uri, uri_auth, uri_db = parse_neo4j_uri(uri)
        self.uri = self._driver_uri + (f"?database={database or uri_db}" if (database or uri_db) else "")
        self._auth = uri_auth or auth
        self.database = database or uri_db
        self.exact_scan_limit = exact_scan_limit
        self._driver: Any = None
        self._dim: int | None = None
        self._vectors: dict[tuple[NodeLabel, str], _ScopeVectors] = {}
        self._cache_lock = threading.Lock()

    # -- connection -------------------------------------------------------------------
    def open(self) -> None:
        if self._driver is not None:
            return
        import neo4j

        try:
            driver = neo4j.GraphDatabase.driver(self._driver_uri, auth=self._auth, notifications_min_severity="OFF")
            driver.verify_connectivity()
        except neo4j.exceptions.AuthError as e:
            raise ConfigError(f"Neo4j at {self._driver_uri} refused the credentials: {e.message}") from e
        except (neo4j.exceptions.ServiceUnavailable, OSError, ValueError) as e:
            raise ConfigError(f"cannot reach Neo4j at {self._driver_uri}: {e}") from e
        self._driver = driver

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    @property
    def driver(self) -> Any:
        """The official driver (for analysts' read-only queries and tests)."""
        if self._driver is None:
            raise StoreError("store is not open: call open() first")
        return self._driver

    def _session(self, **kwargs: Any) -> Any:
        return self.driver.session(database=self.database, **kwargs)

    @contextmanager
    def _driver_errors(self) -> Iterator[None]:
        """Driver errors as MemGraph errors (constraint: bad input; transient: retryable)."""
        import neo4j.exceptions as nx

        try:
            yield
        except nx.ConstraintError as e:
            raise InvalidInputError(f"write rejected by Neo4j: {e.message}") from e
        except (nx.ServiceUnavailable, nx.SessionExpired, nx.TransientError) as e:
            raise RetryableError(f"Neo4j is unavailable or busy: {e}") from e
        except nx.Neo4jError as e:
            raise StoreError(f"Neo4j query failed: {e.code}: {e.message}") from e
        except nx.DriverError as e:
            raise StoreError(f"Neo4j driver failed: {e}") from e

    def _run(self, work: Callable[[Any], T], *, write: bool = False) -> T:
        """Run ``work(tx)`` in a managed transaction (the driver retries transient errors)."""
        with self._driver_errors(), self._session() as session:
            return session.execute_write(work) if write else session.execute_read(work)  # type: ignore[no-any-return]

    def _read(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        """One read statement as an auto-commit query in READ access mode: one round trip
        instead of a managed transaction's three. Transient failures are retried here
        (:data:`_READ_RETRIES` times, backing off from 50 ms)."""
        import neo4j
        import neo4j.exceptions as nx

        with self._driver_errors():
            for attempt in range(_READ_RETRIES + 1):
                try:
                    with self._session(default_access_mode=neo4j.READ_ACCESS) as session:
                        return [dict(r.items()) for r in session.run(cypher, params)]
                except (nx.ServiceUnavailable, nx.SessionExpired, nx.TransientError):
                    if attempt == _READ_RETRIES:
                        raise
                    time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    # -- schema -----------------------------------------------------------------------
    def init_schema(self, embedding_model: str, dimension: int) -> None:
        meta = self.meta()
        if meta and (meta.get("embeddingModel") != embedding_model or meta.get("embeddingDimension") != dimension):
            raise self._mismatch(meta.get("embeddingModel"), meta.get("embeddingDimension"), embedding_model, dimension)
        names = {vector_index_name(label) for label in EMBEDDED_LABELS}
        for row in self._read("SHOW VECTOR INDEXES YIELD name, options"):
            have = (row["options"] or {}).get("indexConfig", {}).get("vector.dimensions")
            if row["name"] in names and have is not None and int(have) != dimension:
                raise self._mismatch(meta.get("embeddingModel"), int(have), embedding_model, dimension)
        import neo4j.exceptions as nx

        try:
            with self._session() as session:
                # The full-text index is derived data: one built by an older MemGraph over
                # other properties or labels is rebuilt rather than left to answer wrongly.
                for row in session.run(
                    "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name",
                    name=FULLTEXT_INDEX,
                ):
                    labels = sorted(label.value for label in NodeLabel)
                    if list(row["properties"]) != list(FULLTEXT_PROPERTIES) or sorted(row["labelsOrTypes"]) != labels:
                        session.run(f"DROP INDEX {FULLTEXT_INDEX}").consume()
                for stmt in load_neo4j_ddl(dimension):
                    self._apply_ddl(session, stmt)
                session.run("CALL db.awaitIndexes(300)").consume()
        except nx.Neo4jError as e:
            raise StoreError(f"applying the Neo4j schema failed: {e.code}: {e.message}") from e
        self._run(
            lambda tx: tx.run(
                record_settings(),
                model=embedding_model,
                dim=dimension,
            ).consume(),
            write=True,
        )
        self._dim = dimension

    @staticmethod
    def _apply_ddl(session: Any, stmt: str) -> None:
        """One ``IF NOT EXISTS`` schema statement. Several processes opening a fresh database
        at once race on it: a schema deadlock is retried (backing off from 100 ms), and an
        equivalent index or constraint created meanwhile by another process is success."""
        import neo4j.exceptions as nx

        for attempt in range(_DDL_RETRIES + 1):
            try:
                session.run(stmt).consume()
                return
            except nx.TransientError:
                if attempt == _DDL_RETRIES:
                    raise
                time.sleep(0.1 * 2**attempt)
            except nx.ClientError as e:
                if "AlreadyExists" in (e.code or ""):
                    return
                raise

    def _mismatch(self, have_model: Any, have_dim: Any, model: str, dim: int) -> EmbeddingMismatchError:
        return EmbeddingMismatchError(
            f"Neo4j store {self.uri} was built with embedding model {have_model!r} ({have_dim} dimensions); "
            f"the configured model is {model!r} ({dim} dimensions). Use the same model, or migrate the store."
        )

    def meta(self) -> dict[str, Any]:
        """The store's recorded settings (``embeddingModel``, ``embeddingDimension``), or {}."""
        rows = self._read(f"MATCH (m:{META_LABEL} {{id: 'schema'}}) RETURN properties(m) AS p")
        if not rows:
            return {}
        return {k: v for k, v in rows[0]["p"].items() if k != "id"}

    # -- writes -----------------------------------------------------------------------
    def write(self, batch: WriteBatch) -> None:
        if batch.is_empty():
            return
        node_rows = self._node_rows(batch.nodes)  # validates everything before the transaction
        # On Neo4j, WriteBatch.forget needs nothing more: deleted nodes leave the store, the
        # vector and full-text indexes at commit. Transaction log files keep the history until
        # the server prunes them (db.tx_log.rotation.retention_policy; see docs/how-it-works.md).
        self._run(lambda tx: self._apply(tx, batch, node_rows), write=True)

    def transaction(self, work: Callable[[StoreTransaction], T], *, lock: Sequence[NodeRecord] = ()) -> T:
        """See :meth:`GraphStore.transaction`. One managed write transaction
        (``execute_write``: the driver runs ``work`` again after a transient error). Each
        ``lock`` node is merged on its id (created with its properties when missing) and
        locked by setting and removing a property, Neo4j's way to take a node's write lock
        explicitly; the lock is held until commit."""
        lock_rows = self._node_rows(lock)

        def run(tx: Any) -> T:
            for label, rows in lock_rows.items():
                tx.run(
                    f"UNWIND $rows AS row MERGE (n:{label.value} {{id: row.id}}) ON CREATE SET n = row.props "
                    "SET n.mgLock = true REMOVE n.mgLock",
                    rows=rows,
                ).consume()
            return work(_Neo4jTransaction(self, tx))

        return self._run(run, write=True)

    def _node_rows(self, nodes: Sequence[NodeRecord]) -> NodeRows:
        return node_rows(nodes, self._dim)

    def _apply(self, tx: Any, batch: WriteBatch, node_rows: dict[NodeLabel, list[dict[str, Any]]]) -> None:
        touched: set[str] = set()  # owners whose searchable vectors change: their scope token is renewed
        by_label: dict[NodeLabel, list[str]] = defaultdict(list)
        for label, node_id in batch.delete_nodes:
            by_label[_label(label)].append(node_id)
        for label, ids in by_label.items():
            for part in chunked(ids, _BATCH):
                owners = tx.run(
                    f"UNWIND $ids AS id MATCH (n:{label.value} {{id: id}}) WITH n, n.owner AS o DETACH DELETE n "
                    "RETURN collect(DISTINCT o) AS owners",
                    ids=part,
                ).single()["owners"]
                if label in EMBEDDED_LABELS:
                    touched.update(owners)
        for (rtype, src, dst), pairs in relationship_rows(batch.delete_relationships).items():
            for part in chunked(pairs, _BATCH):
                tx.run(
                    f"UNWIND $rows AS row MATCH (:{src} {{id: row.s}})-[r:{rtype}]->(:{dst} {{id: row.d}}) DELETE r",
                    rows=part,
                ).consume()
        if batch.delete_relationships_from_source:
            tx.run(
                _per_type("MATCH ()-[r:{t}]->() WHERE r.sourceId IN $sources RETURN r") + " DELETE r",
                sources=list(batch.delete_relationships_from_source),
            ).consume()
        for label, rows in node_rows.items():
            for part in chunked(rows, _BATCH):
                # setNodeVectorProperty stores the vector as float32 (half the size of a LIST<FLOAT>).
                old_owners = tx.run(node_upsert(label) + " RETURN collect(DISTINCT old) AS owners", rows=part).single()[
                    "owners"
                ]
                if label in EMBEDDED_LABELS:
                    touched.update(old_owners)
                    touched.update(row["props"]["owner"] for row in part)
                if label == NodeLabel.ENTITY:
                    self._set_entity_labels(tx, part)
        for (rtype, src, dst), pairs in relationship_rows(batch.relationships).items():
            for part in chunked(pairs, _BATCH):
                found = tx.run(relationship_upsert(rtype, src, dst) + " RETURN count(r) AS n", rows=part).single()["n"]
                if found != len(part):
                    missing = self._missing_endpoints(tx, src, dst, part)
                    raise InvalidInputError(f"relationship {rtype} names nodes that do not exist: {missing}")
        if touched:
            tx.run(renew_scope_tokens(), owners=sorted(touched)).consume()

    @staticmethod
    def _set_entity_labels(tx: Any, rows: list[dict[str, Any]]) -> None:
        for etype, ids in ids_by_entity_type(rows).items():
            tx.run(entity_type_labels(etype), ids=ids).consume()

    @staticmethod
    def _missing_endpoints(tx: Any, src: str, dst: str, rows: list[dict[str, Any]]) -> list[str]:
        have_src = {
            r["id"] for r in tx.run(f"MATCH (n:{src}) WHERE n.id IN $ids RETURN n.id AS id", ids=[x["s"] for x in rows])
        }
        have_dst = {
            r["id"] for r in tx.run(f"MATCH (n:{dst}) WHERE n.id IN $ids RETURN n.id AS id", ids=[x["d"] for x in rows])
        }
        missing = [f"{src} {x['s']!r}" for x in rows if x["s"] not in have_src]
        missing += [f"{dst} {x['d']!r}" for x in rows if x["d"] not in have_dst]
        return sorted(set(missing))[:5]

    # -- reads ------------------------------------------------------------------------
    def vector_search(self, label: NodeLabel, vector: np.ndarray, scopes: Sequence[str], top_k: int) -> list[Hit]:
        label = _label(label)
        q = np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(q))
        if top_k <= 0 or not scopes or label not in EMBEDDED_LABELS or norm == 0.0:
            return []
        scopes = list(dict.fromkeys(scopes))
        rows = self._read(
            f"UNWIND $scopes AS s OPTIONAL MATCH (v:{SCOPE_LABEL} {{id: s}}) RETURN s, v.token AS t", scopes=scopes
        )
        parts = [self._scope_vectors(label, r["s"], r["t"]) for r in rows]
        if any(p.large for p in parts) or sum(len(p.ids) for p in parts) > self.exact_scan_limit:
            return self._index_search(label, q, scopes, top_k)
        parts = [p for p in parts if p.ids]
        if not parts:
            return []
        ids = [i for p in parts for i in p.ids]
        scores = np.concatenate([p.vecs for p in parts]) @ (q / norm)
        k = min(top_k, len(ids))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        by_id = {r.id: r for r in self.get_nodes(label, [ids[t] for t in top], scopes)}
        return [Hit(by_id[ids[t]], float(scores[t])) for t in top if ids[t] in by_id]

    def _scope_vectors(self, label: NodeLabel, owner: str, token: str | None) -> _ScopeVectors:
        """The searchable vectors of one owner's nodes of a label, from the cache while the
        owner's scope token is unchanged; reloaded (or marked large) otherwise."""
        with self._cache_lock:
            cached = self._vectors.get((label, owner))
        if cached is not None and cached.token == token:
            return cached
        # Loaded after the token was read: the data is at least as new as the token says.
        rows = self._read(
            f"MATCH (n:{label.value}) WHERE n.owner = $owner AND {_SEARCHABLE} "
            "WITH n LIMIT $cap RETURN n.id AS id, n.embedding AS e",
            owner=owner,
            cap=self.exact_scan_limit + 1,
        )
        if not rows:
            entry = _ScopeVectors(token, [], np.zeros((0, self._dim or 1), np.float32))
        elif len(rows) > self.exact_scan_limit:
            entry = _ScopeVectors(token, [], np.zeros((0, 0), np.float32), large=True)
        else:
            vecs = np.asarray([r["e"] for r in rows], dtype=np.float32).reshape(len(rows), self._dim or -1)
            norms = np.linalg.norm(vecs, axis=1, keepdims=True)
            entry = _ScopeVectors(token, [r["id"] for r in rows], vecs / np.where(norms == 0, 1, norms))
        with self._cache_lock:
            self._vectors[(label, owner)] = entry
        return entry

    def _index_search(self, label: NodeLabel, q: np.ndarray, scopes: list[str], top_k: int) -> list[Hit]:
        """Scopes too large to hold: the label's vector index, over-fetching by the inverse of
        the scopes' share of the label and doubling until ``top_k`` in-scope nodes are found."""
        in_scope = self._read(
            f"MATCH (n:{label.value}) WHERE n.owner IN $scopes AND {_SEARCHABLE} RETURN count(n) AS c", scopes=scopes
        )[0]["c"]
        if in_scope == 0:
            return []
        total = self._read(f"MATCH (n:{label.value}) RETURN count(n) AS c")[0]["c"]
        fetch = min(total, math.ceil(top_k * total / in_scope * 1.5) + top_k)
        while True:
            rows = self._read(
                # The index's scores come from quantised vectors: rank its candidates exactly.
                "CALL db.index.vector.queryNodes($index, $fetch, $q) YIELD node AS n "
                f"WITH n WHERE n.owner IN $scopes AND {_SEARCHABLE} "
                "WITH n, vector.similarity.cosine(n.embedding, $q) AS s "
                f"RETURN n {_projection(label)} AS p, s ORDER BY s DESC, n.createdAt, n.id LIMIT $k",
                index=vector_index_name(label),
                fetch=fetch,
                q=q.tolist(),
                scopes=scopes,
                k=top_k,
            )
            if len(rows) >= min(top_k, in_scope) or fetch >= total:
                break
            fetch = min(total, fetch * 2)
        # Neo4j's cosine similarity is (1 + cos) / 2; the protocol's score is cos.
        return [Hit(self._record(label, r["p"]), 2.0 * float(r["s"]) - 1.0) for r in rows]

    def keyword_search(
        self,
        label: NodeLabel,
        terms: Sequence[str],
        scopes: Sequence[str],
        top_k: int,
        *,
        statuses: Sequence[str] = ("active",),
    ) -> list[Hit]:
        label = _label(label)
        phrases = [_lucene_phrase(p) for p in dict.fromkeys(stemmed(t) for t in terms) if p]
        if not phrases or not scopes or top_k <= 0 or not statuses:
            return []
        tokens = " ".join(f'"{t}"' for t in dict.fromkeys(scope_token(label, s, st) for s in scopes for st in statuses))
        # The scope clause must match and adds nothing to the score (boost 0); text terms rank.
        query = f"+mgScope:({tokens})^0 +mgTerms:({' '.join(phrases)})"
        rows = self._read(
            f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', $query, {{limit: $k}}) YIELD node AS n, score "
            f"WHERE n:{label.value} AND (n.mgStatus IS NULL OR n.mgStatus IN $statuses) "
            f"RETURN n {_projection(label)} AS p, score ORDER BY score DESC, n.createdAt, n.id LIMIT $k",
            query=query,
            k=top_k,
            statuses=list(statuses),
        )
        return [Hit(self._record(label, r["p"]), float(r["score"])) for r in rows]

    def counts(self) -> dict[str, int]:
        # Each branch is answered from Neo4j's count store: O(1) per label and type.
        parts = [f"MATCH (n:{lab.value}) RETURN '{lab.value}' AS k, count(n) AS c" for lab in NodeLabel]
        parts += [f"MATCH ()-[r:{t.value}]->() RETURN ':{t.value}' AS k, count(r) AS c" for t in RelType]
        rows = self._read(" UNION ALL ".join(parts))
        return {r["k"]: r["c"] for r in rows if r["c"]}

    def iter_nodes(self, label: NodeLabel | None = None) -> Iterator[NodeRecord]:
        for lab in [_label(label)] if label else list(NodeLabel):
            after = ""
            while True:  # pages by id, so no transaction stays open while the caller works
                rows = self._read(
                    f"MATCH (n:{lab.value}) WHERE n.id > $after RETURN properties(n) AS p ORDER BY n.id LIMIT $n",
                    after=after,
                    n=_BATCH,
                )
                for row in rows:
                    yield self._record(lab, row["p"], with_embedding=True)
                if len(rows) < _BATCH:
                    break
                after = rows[-1]["p"]["id"]

    def iter_relationships(self) -> Iterator[Relationship]:
        for rtype in RelType:
            skip = 0
            while True:
                rows = self._read(
                    f"MATCH (a)-[r:{rtype.value}]->(b) RETURN type(r) AS t, labels(a) AS al, a.id AS ai, "
                    "labels(b) AS bl, b.id AS bi, properties(r) AS p ORDER BY elementId(r) SKIP $skip LIMIT $n",
                    skip=skip,
                    n=_BATCH,
                )
                for row in rows:
                    yield _rel(row)
                if len(rows) < _BATCH:
                    break
                skip += _BATCH

    # -- analysts ---------------------------------------------------------------------
    def read_query(self, query: str, params: dict[str, Any] | None = None, *, limit: int = 1000) -> CypherResult:
        """Run an analyst's Cypher query in READ access mode; the server refuses any write.

        Returns:
            The column names, at most ``limit`` rows and whether more rows were left off.

        Raises:
            InvalidInputError: the query writes, or has a syntax or semantic error.
            StoreError: the server failed.
        """
        import neo4j
        import neo4j.exceptions as nx

        try:
            with self._session(default_access_mode=neo4j.READ_ACCESS) as session:
                tx = session.begin_transaction()
                try:
                    result = tx.run(query, params or {})
                    keys = list(result.keys())
                    rows: list[list[Any]] = []
                    more = False
                    for record in result:
                        if len(rows) >= limit:
                            more = True
                            break
                        rows.append([_plain(v) for v in record.values()])
                finally:
                    tx.rollback()  # nothing an analyst runs is ever committed
        except nx.ClientError as e:
            if "AccessMode" in (e.code or ""):
                raise InvalidInputError(
                    f"query refused: it writes, and analysts' queries are read-only ({e.message})"
                ) from e
            raise InvalidInputError(f"query failed: {e.code}: {e.message}") from e
        except nx.Neo4jError as e:
            raise StoreError(f"query failed: {e.code}: {e.message}") from e
        return CypherResult(keys, rows, more)


@functools.cache
def _projection(label: NodeLabel) -> str:
    """Cypher map projection of what a read returns: the model's properties and the store's
    own, not the embedding or the stemmed terms (``n {.id, .owner, ...}``)."""
    keys = [f.alias or name for name, f in NODE_MODELS[label].model_fields.items()]
    keys += ["mgText", "mgStatus", "mgJson", "mgNulls"]
    return "{" + ", ".join(f".`{k}`" for k in dict.fromkeys(keys)) + "}"


def _lucene_phrase(term: str) -> str:
    """A term as a quoted Lucene phrase: backslashes and quotes escaped, never query syntax."""
    return '"' + term.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _per_type(template: str) -> str:
    """``CALL { ... }`` body: ``template`` for every relationship type, joined by UNION ALL
    (so each branch can use that type's ``sourceId`` index)."""
    return "CALL () { " + " UNION ALL ".join(template.format(t=t.value) for t in RelType) + " }"


def _match_refs(var: str, refs: Sequence[NodeRef], params: dict[str, Any]) -> str:
    """``CALL { ... }`` matching ``var`` to the nodes named by refs, one indexed branch per label;
    the id lists go into ``params`` (``ids_<Label>``)."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for ref_label, node_id in refs:
        by_label[_label(ref_label).value].append(node_id)
    branches = []
    for name, ids in sorted(by_label.items()):
        params[f"ids_{name}"] = ids
        branches.append(f"MATCH ({var}:{name}) WHERE {var}.id IN $ids_{name} RETURN {var}")
    return "CALL () { " + " UNION ".join(branches) + " }"


def _rel(row: dict[str, Any]) -> Relationship:
    return relationship_from(
        row["t"], _node_label(row["al"]), row["ai"], _node_label(row["bl"]), row["bi"], decode_properties(row["p"])
    )


def _plain(value: Any) -> Any:
    """A driver value as plain data: nodes and relationships as property maps with labels/type."""
    import neo4j.graph as ng

    if isinstance(value, ng.Node):
        props = dict(value.items())
        props.pop("embedding", None)
        return {"labels": sorted(value.labels), **decode_properties(props)}
    if isinstance(value, ng.Relationship):
        return {"type": value.type, **decode_properties(dict(value.items()))}
    if isinstance(value, ng.Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
