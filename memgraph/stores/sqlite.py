"""The embedded store: SQLite (WAL) for nodes, relationships, vectors and FTS5, numpy for search.

Layout (one file):

- ``nodes``: label, id, owner, status, props (JSON), embedding (float32 blob), keyword text.
- ``rels``: type, source and target (label, id), props (JSON), sourceId, validTo.
- ``fts``: an FTS5 table (porter stemming, unicode61) whose rowid is the node's rowid; its
  ``scope`` column holds one token per (label, owner) so scope filtering happens inside the
  full-text query, not after it. Its text is the node's keyword text with every Chinese,
  Japanese and Korean character a token of its own (:func:`~memgraph.text.textutil.segment_cjk`;
  unicode61 would keep an unspaced run such as "我下周三要去上海出差" as one token), and a
  query term is segmented the same way, so "上海" is the phrase "上 海". ``PRAGMA user_version``
  records that form (:data:`FTS_FORMAT`); :meth:`SQLiteStore.init_schema` rewrites the rows of
  a file indexed in an older form.
- ``meta``: embedding model and dimension the store was built with.

Vector search is exact cosine over an in-memory float32 matrix per label, grouped by
owner so a call only scores rows of the caller's scopes. The matrix follows this
process's writes incrementally and is rebuilt when ``PRAGMA data_version`` shows a commit
by another connection.

Every :meth:`SQLiteStore.write` and :meth:`SQLiteStore.transaction` is one ``BEGIN
IMMEDIATE`` transaction. With
``WriteBatch.forget`` the store runs with ``secure_delete``, optimises the FTS5 index
(dropping deleted tokens from its segments) and checkpoints the WAL, so forgotten text
does not stay in the file.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import EmbeddingMismatchError, InvalidInputError, RetryableError, StoreError
from ..models import NodeLabel, Relationship, RelType
from ..text.textutil import segment_cjk
from .base import (
    KEYWORD_STATUSES,
    CypherResult,
    Hit,
    NodeRecord,
    NodeRef,
    StoreTransaction,
    T,
    WriteBatch,
    chunked,
    relationship_from,
    scope_token,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nodes(
    rowid INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    id TEXT NOT NULL,
    owner TEXT NOT NULL,
    status TEXT,
    created_at TEXT,
    props TEXT NOT NULL,
    text TEXT,
    embedding BLOB,
    UNIQUE(label, id)
);
CREATE INDEX IF NOT EXISTS nodes_scope ON nodes(label, owner, status, created_at);
CREATE TABLE IF NOT EXISTS rels(
    rowid INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    src_label TEXT NOT NULL, src_id TEXT NOT NULL,
    dst_label TEXT NOT NULL, dst_id TEXT NOT NULL,
    source_id TEXT,
    valid_to TEXT,
    props TEXT NOT NULL,
    UNIQUE(src_label, src_id, type, dst_label, dst_id)
);
CREATE INDEX IF NOT EXISTS rels_dst ON rels(dst_label, dst_id, type);
CREATE INDEX IF NOT EXISTS rels_source ON rels(source_id);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(text, scope, tokenize='porter unicode61');
"""


_INSERT_NODE = (
    "INSERT INTO nodes(label, id, owner, status, created_at, props, text, embedding) VALUES (?,?,?,?,?,?,?,?)"
)


def _node_row(node: NodeRecord, embedding: bytes | None) -> tuple[Any, ...]:
    """The values of :data:`_INSERT_NODE` for a record."""
    props = json.dumps(node.props, ensure_ascii=False)
    return (
        node.label.value,
        node.id,
        node.owner,
        node.status,
        node.props.get("createdAt"),
        props,
        node.text,
        embedding,
    )


FTS_FORMAT = 1
"""Form of the FTS5 index's text, kept in ``PRAGMA user_version``: 0 = the keyword text as it
is (before CJK segmentation), 1 = CJK characters segmented (:func:`~memgraph.text.textutil.segment_cjk`)."""


def _fts_term(term: str) -> str:
    """A plain word as an FTS5 string literal (double quotes doubled): never query syntax."""
    return '"' + term.replace('"', '""') + '"'


@dataclass
class _VectorCache:
    """Vectors of one label held in memory: rows grouped by owner, a live mask."""

    dim: int
    vecs: np.ndarray
    rowids: list[int] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    alive: np.ndarray = field(default_factory=lambda: np.zeros(1024, dtype=bool))
    by_owner: dict[str, list[int]] = field(default_factory=dict)
    pos: dict[int, int] = field(default_factory=dict)

    @classmethod
    def empty(cls, dim: int) -> _VectorCache:
        return cls(dim=dim, vecs=np.zeros((1024, dim), dtype=np.float32))

    def add(self, rowid: int, node_id: str, owner: str, vec: np.ndarray) -> None:
        old = self.pos.get(rowid)
        if old is not None:
            self.alive[old] = False
        n = len(self.rowids)
        if n >= self.vecs.shape[0]:
            grown = np.zeros((self.vecs.shape[0] * 2, self.dim), dtype=np.float32)
            grown[:n] = self.vecs[:n]
            self.vecs = grown
            alive = np.zeros(self.vecs.shape[0], dtype=bool)
            alive[:n] = self.alive[:n]
            self.alive = alive
        norm = float(np.linalg.norm(vec))
        self.vecs[n] = vec / norm if norm > 0 else vec
        self.rowids.append(rowid)
        self.ids.append(node_id)
        self.alive[n] = True
        self.by_owner.setdefault(owner, []).append(n)
        self.pos[rowid] = n

    def remove(self, rowid: int) -> None:
        old = self.pos.pop(rowid, None)
        if old is not None:
            self.alive[old] = False


def _utc_iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    return str(value)


def _segment_fts(c: sqlite3.Connection) -> None:
    """Rewrite the FTS5 rows of keyword texts holding CJK characters in the segmented form
    (a file indexed before :data:`FTS_FORMAT` 1); other rows are the same in both forms."""
    rows = c.execute(
        "SELECT rowid, label, owner, text FROM nodes WHERE text IS NOT NULL AND text != '' "
        "AND (status IS NULL OR status = 'active')"
    ).fetchall()
    for rowid, label, owner, text in rows:
        segmented = segment_cjk(text)
        if segmented != text:
            c.execute("DELETE FROM fts WHERE rowid=?", (rowid,))
            c.execute(
                "INSERT INTO fts(rowid, text, scope) VALUES (?,?,?)", (rowid, segmented, scope_token(label, owner))
            )


_REFS_PER_QUERY = 5000
"""Node refs bound in one query (two variables each; SQLite allows 32,766 variables)."""


def _chunks(refs: Sequence[NodeRef] | None) -> list[list[NodeRef] | None]:
    """``refs`` without repeats in parts of at most ``_REFS_PER_QUERY``; ``[None]`` for no filter."""
    if refs is None:
        return [None]
    unique = list(dict.fromkeys((lab, nid) for lab, nid in refs))
    return [unique[i : i + _REFS_PER_QUERY] for i in range(0, len(unique), _REFS_PER_QUERY)]


def _rels_query(src: list[NodeRef] | None, dst: list[NodeRef] | None, where: list[str]) -> tuple[str, list[Any]]:
    """SELECT of relationships from and to the given node refs: the first side joined from a
    VALUES list (one index search per ref; an OR per ref passes SQLite's expression depth limit
    of 1000), the second matched against another (no cross join); ``where`` appended."""
    sides = [(col, refs) for col, refs in (("src", src), ("dst", dst)) if refs is not None]
    sql, params, clauses = "SELECT rels.* FROM rels", [], list(where)
    for i, (col, refs) in enumerate(sides):
        rows = ",".join("(?,?)" for _ in refs)
        if i == 0:
            on = f"rels.{col}_label=v.column1 AND rels.{col}_id=v.column2"
            sql = f"SELECT rels.* FROM (VALUES {rows}) AS v JOIN rels ON {on}"
        else:
            clauses.insert(0, f"(rels.{col}_label, rels.{col}_id) IN (VALUES {rows})")
        params += [x for lab, nid in refs for x in (lab.value, nid)]
    return sql + (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _rel_from_row(row: sqlite3.Row) -> Relationship:
    return relationship_from(
        row["type"], row["src_label"], row["src_id"], row["dst_label"], row["dst_id"], json.loads(row["props"])
    )


class SQLiteStore:
    """The embedded :class:`~memgraph.stores.base.GraphStore` (``sqlite:///path``).

    Args:
        path: database file; parent folders are created on :meth:`open`. ``:memory:`` works
            for throwaway use.
        busy_timeout_ms: how long a writer waits for another process's lock before
            :class:`~memgraph.errors.RetryableError`.
        create: create the file (and its folders) when missing; False makes :meth:`open`
            raise InvalidInputError instead (a migration's source, for example).
    """

    def __init__(self, path: str | Path, *, busy_timeout_ms: int = 10_000, create: bool = True) -> None:
        self.path = str(path)
        self.create = create
        self.uri = f"sqlite:///{self.path}"
        self.busy_timeout_ms = busy_timeout_ms
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()
        self._dim: int | None = None
        self._caches: dict[NodeLabel, _VectorCache] = {}
        self._data_version: int | None = None
        self._graph: tuple[tuple[int, int], Any] | None = None

    # -- connection -------------------------------------------------------------------
    def open(self) -> None:
        if self._conn is not None:
            return
        if self.path != ":memory:":
            if not self.create and not Path(self.path).is_file():
                raise InvalidInputError(f"store file {self.path} does not exist")
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create the folder of SQLite store {self.path}: {e.strerror}") from e
        try:
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=self.busy_timeout_ms / 1000
            )
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot open SQLite store at {self.path}: {e}") from e
        self._conn = conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            self._caches.clear()
            self._graph = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("store is not open: call open() first")
        return self._conn

    def init_schema(self, embedding_model: str, dimension: int) -> None:
        with self._lock, self._tx() as c:
            for stmt in _SCHEMA.strip().split(";\n"):
                if stmt.strip():
                    c.execute(stmt)
            rows = dict(c.execute("SELECT key, value FROM meta").fetchall())
            if not rows:
                c.execute("INSERT INTO meta VALUES ('embeddingModel', ?)", (embedding_model,))
                c.execute("INSERT INTO meta VALUES ('embeddingDimension', ?)", (str(dimension),))
            elif rows.get("embeddingModel") != embedding_model or int(rows["embeddingDimension"]) != dimension:
                raise EmbeddingMismatchError(
                    f"store {self.path} was built with embedding model {rows.get('embeddingModel')!r} "
                    f"({rows.get('embeddingDimension')} dimensions); the configured model is "
                    f"{embedding_model!r} ({dimension} dimensions). Use the same model, or migrate the store."
                )
            if c.execute("PRAGMA user_version").fetchone()[0] < FTS_FORMAT:
                _segment_fts(c)
                c.execute(f"PRAGMA user_version={FTS_FORMAT}")
        self._dim = dimension

    def meta(self) -> dict[str, Any]:
        """The store's recorded settings (``embeddingModel``, ``embeddingDimension``), or {}."""
        with self._lock:
            try:
                rows = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())
            except sqlite3.OperationalError:  # never initialised: no meta table yet
                return {}
        if "embeddingDimension" in rows:
            rows["embeddingDimension"] = int(rows["embeddingDimension"])
        return rows

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise RetryableError(f"store is locked by another writer: {e}") from e
        try:
            yield c
        except BaseException:
            c.execute("ROLLBACK")
            raise
        else:
            try:
                c.execute("COMMIT")
            except sqlite3.OperationalError as e:
                c.execute("ROLLBACK")
                raise RetryableError(f"commit failed: {e}") from e

    # -- writes -----------------------------------------------------------------------
    def write(self, batch: WriteBatch) -> None:
        if batch.is_empty():
            return
        self.transaction(lambda tx: tx.write(batch))

    def transaction(self, work: Callable[[StoreTransaction], T], *, lock: Sequence[NodeRecord] = ()) -> T:
        """See :meth:`GraphStore.transaction`. ``BEGIN IMMEDIATE`` takes SQLite's write lock
        for the whole call, so every writer (thread or process) runs after the other; the
        ``lock`` nodes are only created when missing."""
        cache_ops: list[tuple[str, Any]] = []
        with self._lock:
            tx = _SQLiteTransaction(self, cache_ops)
            try:
                with self._tx() as c:
                    # Inside the write lock: notice commits made while we waited for it.
                    self._sync_caches()
                    for node in lock:
                        c.execute(f"{_INSERT_NODE} ON CONFLICT(label, id) DO NOTHING", _node_row(node, None))
                    result = work(tx)
                if tx.forget:
                    # Rewrite the FTS5 index without the deleted tokens, zeroing freed pages,
                    # then move the WAL into the main file and truncate it.
                    with self._tx() as c:
                        c.execute("INSERT INTO fts(fts) VALUES ('optimize')")
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.IntegrityError as e:
                raise InvalidInputError(f"write rejected by the store: {e}") from e
            except sqlite3.DatabaseError as e:
                raise StoreError(f"write failed: {e}") from e
            finally:
                if tx.forget:
                    self.conn.execute("PRAGMA secure_delete=OFF")
            for op, arg in cache_ops:
                self._cache_apply(op, arg)
        return result

    def _apply(self, c: sqlite3.Connection, batch: WriteBatch, cache_ops: list[tuple[str, Any]]) -> None:
        for label, node_id in batch.delete_nodes:
            row = c.execute("SELECT rowid FROM nodes WHERE label=? AND id=?", (label.value, node_id)).fetchone()
            if row is None:
                continue
            c.execute("DELETE FROM fts WHERE rowid=?", (row[0],))
            c.execute("DELETE FROM nodes WHERE rowid=?", (row[0],))
            c.execute(
                "DELETE FROM rels WHERE (src_label=? AND src_id=?) OR (dst_label=? AND dst_id=?)",
                (label.value, node_id, label.value, node_id),
            )
            cache_ops.append(("remove", (label, row[0])))
        for rel in batch.delete_relationships:
            c.execute(
                "DELETE FROM rels WHERE src_label=? AND src_id=? AND type=? AND dst_label=? AND dst_id=?",
                (rel.src_label.value, rel.src_id, rel.type.value, rel.dst_label.value, rel.dst_id),
            )
        for source in batch.delete_relationships_from_source:
            c.execute("DELETE FROM rels WHERE source_id=?", (source,))
        for node in batch.nodes:
            emb = None
            if node.embedding is not None:
                vec = np.asarray(node.embedding, dtype=np.float32)
                if self._dim is not None and vec.shape != (self._dim,):
                    raise InvalidInputError(
                        f"embedding of {node.label.value} {node.id!r} has shape {vec.shape}; "
                        f"the store holds {self._dim}-dimensional vectors"
                    )
                emb = vec.tobytes()
            c.execute(
                f"{_INSERT_NODE} ON CONFLICT(label, id) DO UPDATE SET owner=excluded.owner, status=excluded.status, "
                "props=excluded.props, text=excluded.text, embedding=excluded.embedding",
                _node_row(node, emb),
            )
            rowid = c.execute("SELECT rowid FROM nodes WHERE label=? AND id=?", (node.label.value, node.id)).fetchone()[
                0
            ]
            c.execute("DELETE FROM fts WHERE rowid=?", (rowid,))
            if node.text and node.status in KEYWORD_STATUSES:
                c.execute(
                    "INSERT INTO fts(rowid, text, scope) VALUES (?,?,?)",
                    (rowid, segment_cjk(node.text), scope_token(node.label, node.owner, node.status)),
                )
            if emb is not None and node.status in (None, "active"):
                cache_ops.append(("add", (node, rowid)))
            else:
                cache_ops.append(("remove", (node.label, rowid)))
        for rel in batch.relationships:
            props = rel.stored_properties()
            c.execute(
                "INSERT INTO rels(type, src_label, src_id, dst_label, dst_id, source_id, valid_to, props) "
                "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(src_label, src_id, type, dst_label, dst_id) DO UPDATE SET "
                "source_id=excluded.source_id, valid_to=excluded.valid_to, props=excluded.props",
                (
                    rel.type.value,
                    rel.src_label.value,
                    rel.src_id,
                    rel.dst_label.value,
                    rel.dst_id,
                    rel.source_id,
                    _utc_iso(rel.valid_to),
                    json.dumps(props, ensure_ascii=False),
                ),
            )

    # -- vector cache -----------------------------------------------------------------
    def _read_data_version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def _sync_caches(self) -> None:
        """Drop the vector caches when another connection has committed since we looked."""
        version = self._read_data_version()
        if self._data_version is not None and version != self._data_version:
            self._caches.clear()
        self._data_version = version

    def _cache_apply(self, op: str, arg: Any) -> None:
        if op == "add":
            node, rowid = arg
            cache = self._caches.get(node.label)
            if cache is not None:
                cache.add(rowid, node.id, node.owner, np.asarray(node.embedding, dtype=np.float32))
        else:
            label, rowid = arg
            cache = self._caches.get(label)
            if cache is not None:
                cache.remove(rowid)

    def _cache(self, label: NodeLabel) -> _VectorCache:
        cache = self._caches.get(label)
        if cache is not None:
            return cache
        dim = self._dim or int(self.meta().get("embeddingDimension", 0))
        cache = _VectorCache.empty(dim)
        cur = self.conn.execute(
            "SELECT rowid, id, owner, embedding FROM nodes WHERE label=? AND embedding IS NOT NULL "
            "AND (status IS NULL OR status='active')",
            (label.value,),
        )
        for row in cur:
            cache.add(row[0], row[1], row[2], np.frombuffer(row[3], dtype=np.float32))
        self._caches[label] = cache
        return cache

    # -- reads ------------------------------------------------------------------------
    def _record(self, row: sqlite3.Row, with_embedding: bool = False) -> NodeRecord:
        emb = None
        if with_embedding and row["embedding"] is not None:
            emb = np.frombuffer(row["embedding"], dtype=np.float32).copy()
        return NodeRecord(
            label=NodeLabel(row["label"]),
            id=row["id"],
            owner=row["owner"],
            props=json.loads(row["props"]),
            status=row["status"],
            text=row["text"],
            embedding=emb,
        )

    def get_nodes(self, label: NodeLabel, ids: Sequence[str], scopes: Sequence[str] | None) -> list[NodeRecord]:
        out: list[NodeRecord] = []
        with self._lock:
            for part in chunked(list(dict.fromkeys(ids)), 500):
                sql = f"SELECT * FROM nodes WHERE label=? AND id IN ({','.join('?' * len(part))})"
                params: list[Any] = [label.value, *part]
                if scopes is not None:
                    sql += f" AND owner IN ({','.join('?' * len(scopes))})"
                    params += list(scopes)
                out.extend(self._record(r) for r in self.conn.execute(sql, params))
        return out

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
        sql = "SELECT * FROM nodes WHERE label=?"
        params: list[Any] = [label.value]
        if scopes is not None:
            if not scopes:
                return []
            sql += f" AND owner IN ({','.join('?' * len(scopes))})"
            params += list(scopes)
        if status is not None:
            sql += f" AND status IN ({','.join('?' * len(status))})"
            params += list(status)
        for key, value in (where or {}).items():
            sql += " AND json_extract(props, ?) IS ?"
            params += ["$." + key, value]
        for key, values in (where_in or {}).items():
            if not values:
                return []
            sql += f" AND json_extract(props, ?) IN ({','.join('?' * len(values))})"
            params += ["$." + key, *values]
        sql += f" ORDER BY created_at {'DESC' if newest_first else 'ASC'}, rowid {'DESC' if newest_first else 'ASC'}"
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
        with self._lock:
            return [self._record(r) for r in self.conn.execute(sql, params)]

    def get_embeddings(self, label: NodeLabel, ids: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        with self._lock:
            for part in chunked(list(dict.fromkeys(ids)), 500):
                sql = (
                    "SELECT id, embedding FROM nodes WHERE label=? AND embedding IS NOT NULL "
                    f"AND id IN ({','.join('?' * len(part))})"
                )
                for row in self.conn.execute(sql, [label.value, *part]):
                    out[row[0]] = np.frombuffer(row[1], dtype=np.float32)
        return out

    def vector_search(self, label: NodeLabel, vector: np.ndarray, scopes: Sequence[str], top_k: int) -> list[Hit]:
        if top_k <= 0 or not scopes:
            return []
        q = np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(q))
        if norm == 0.0:
            return []
        q = q / norm
        with self._lock:
            self._sync_caches()
            cache = self._cache(label)
            scopes = list(dict.fromkeys(scopes))
            parts = [np.asarray(cache.by_owner[s], dtype=np.int64) for s in scopes if s in cache.by_owner]
            if not parts:
                return []
            rows = np.concatenate(parts)
            rows = rows[cache.alive[rows]]
            if rows.size == 0:
                return []
            scores = cache.vecs[rows] @ q
            k = min(top_k, rows.size)
            top = np.argpartition(-scores, k - 1)[:k]
            top = top[np.argsort(-scores[top])]
            ids = [cache.ids[rows[i]] for i in top]
            by_id = {r.id: r for r in self.get_nodes(label, ids, scopes)}
        return [Hit(by_id[i], float(scores[t])) for i, t in zip(ids, top) if i in by_id]

    def keyword_search(
        self,
        label: NodeLabel,
        terms: Sequence[str],
        scopes: Sequence[str],
        top_k: int,
        *,
        statuses: Sequence[str] = ("active",),
    ) -> list[Hit]:
        terms = [t for t in dict.fromkeys(terms) if t.strip()]
        if not terms or not scopes or top_k <= 0 or not statuses:
            return []
        tokens = dict.fromkeys(scope_token(label, s, st) for s in scopes for st in statuses)
        scope_q = " OR ".join(_fts_term(t) for t in tokens)
        text_q = " OR ".join(_fts_term(segment_cjk(t)) for t in terms)
        match = f"scope : ({scope_q}) AND text : ({text_q})"
        sql = (
            "SELECT n.*, -bm25(fts, 1.0, 0.0) AS score FROM fts JOIN nodes n ON n.rowid = fts.rowid "
            f"WHERE fts MATCH ? AND (n.status IS NULL OR n.status IN ({','.join('?' * len(statuses))})) "
            "ORDER BY bm25(fts, 1.0, 0.0) LIMIT ?"
        )
        with self._lock:
            try:
                rows = self.conn.execute(sql, (match, *statuses, top_k)).fetchall()
            except sqlite3.OperationalError as e:
                raise StoreError(f"keyword search failed: {e}") from e
        return [Hit(self._record(r), float(r["score"])) for r in rows]

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
        where: list[str] = []
        tail: list[Any] = []
        if types is not None:
            where.append(f"rels.type IN ({','.join('?' * len(types))})")
            tail += [t.value for t in types]
        if current_only:
            where.append("rels.valid_to IS NULL")
        if source_id is not None:
            where.append("rels.source_id=?")
            tail.append(source_id)
        rows: list[sqlite3.Row] = []
        with self._lock:
            for src_part in _chunks(src):
                for dst_part in _chunks(dst):
                    sql, params = _rels_query(src_part, dst_part, where)
                    rows += self.conn.execute(sql, params + tail).fetchall()
        rows.sort(key=lambda r: r["rowid"])
        return [_rel_from_row(r) for r in rows]

    def neighbours(self, label: NodeLabel, ids: Sequence[str], rel_type: RelType) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        with self._lock:
            for part in chunked(list(dict.fromkeys(ids)), 500):
                marks = ",".join("?" * len(part))
                sql = (
                    f"SELECT src_id, dst_id FROM rels WHERE src_label=?1 AND type=?2 AND dst_label=?1 "
                    f"AND src_id IN ({marks}) "
                    f"UNION ALL SELECT dst_id, src_id FROM rels INDEXED BY rels_dst "
                    f"WHERE dst_label=?1 AND type=?2 AND src_label=?1 "
                    f"AND dst_id IN ({marks})"
                )
                params = [label.value, rel_type.value, *part]
                # ?1 and ?2 are numbered; the IN lists take the following positional slots.
                sql = sql.replace(f"IN ({marks})", "IN (" + ",".join(f"?{k + 3}" for k in range(len(part))) + ")")
                for a, b in self.conn.execute(sql, params):
                    out.setdefault(a, set()).add(b)
        return out

    def counts(self) -> dict[str, int]:
        with self._lock:
            out = {r[0]: r[1] for r in self.conn.execute("SELECT label, count(*) FROM nodes GROUP BY label")}
            out.update({":" + r[0]: r[1] for r in self.conn.execute("SELECT type, count(*) FROM rels GROUP BY type")})
        return out

    def iter_nodes(self, label: NodeLabel | None = None) -> Iterator[NodeRecord]:
        sql = "SELECT * FROM nodes" + (" WHERE label=?" if label else "") + " ORDER BY rowid"
        with self._lock:
            rows = self.conn.execute(sql, (label.value,) if label else ()).fetchall()
        for r in rows:
            yield self._record(r, with_embedding=True)

    def iter_relationships(self) -> Iterator[Relationship]:
        with self._lock:
            rows = self.conn.execute("SELECT * FROM rels ORDER BY rowid").fetchall()
        for r in rows:
            yield _rel_from_row(r)

    # -- analysts ---------------------------------------------------------------------
    def read_query(self, query: str, params: dict[str, Any] | None = None, *, limit: int = 1000) -> CypherResult:
        """Run an analyst's read-only Cypher ``query`` over a networkx copy of the store with
        grand-cypher (the subset described in :mod:`memgraph.stores.networkx_cypher`); at most
        ``limit`` rows.

        The copy holds every node's stored properties (no embeddings, no keyword text) and
        every relationship. It is built at the first query and reused until the store
        changes: its key is SQLite's ``PRAGMA data_version`` (commits by other connections,
        other processes included) and this connection's ``total_changes`` (rows written by
        this store, whichever method wrote them).

        Raises:
            InvalidInputError: the query writes, names a parameter not in ``params``, or is
                outside grand-cypher's subset.
        """
        from . import networkx_cypher

        text = networkx_cypher.prepare(query, params or {})
        with self._lock:
            key = (self._read_data_version(), self.conn.total_changes)
            if self._graph is None or self._graph[0] != key:
                self._graph = (key, networkx_cypher.build_graph(self._graph_nodes(), self._graph_relationships()))
            graph = self._graph[1]
        return networkx_cypher.run(graph, text, limit)

    def _graph_nodes(self) -> Iterator[tuple[NodeLabel, str, dict[str, Any]]]:
        """(label, id, properties) of every node, read without embeddings or keyword text."""
        for label, node_id, props in self.conn.execute("SELECT label, id, props FROM nodes ORDER BY rowid"):
            yield NodeLabel(label), node_id, json.loads(props)

    def _graph_relationships(self) -> Iterator[Relationship]:
        for row in self.conn.execute("SELECT * FROM rels ORDER BY rowid"):
            yield _rel_from_row(row)


class _SQLiteTransaction:
    """The open transaction :meth:`SQLiteStore.transaction` hands to its work: the store's
    reads (same connection, same thread: they see the transaction's own writes) and
    :meth:`write` applying a batch inside it."""

    def __init__(self, store: SQLiteStore, cache_ops: list[tuple[str, Any]]) -> None:
        self._store = store
        self._cache_ops = cache_ops
        self.forget = False
        self.get_nodes = store.get_nodes
        self.find_nodes = store.find_nodes
        self.relationships = store.relationships

    def write(self, batch: WriteBatch) -> None:
        if batch.forget and not self.forget:
            self._store.conn.execute("PRAGMA secure_delete=ON")
            self.forget = True
        self._store._apply(self._store.conn, batch, self._cache_ops)
