"""Analysts' read-only Cypher on both stores, and the migrate command's exact copy."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import NEO4J_SKIP_REASON, TEST_DIM, TEST_MODEL, make_store, store_snapshot

from memgraph import MemGraph
from memgraph.errors import InvalidInputError
from memgraph.models import (
    SHARED_SCOPE,
    Chunk,
    Entity,
    EntityType,
    Memory,
    MemoryStatus,
    NodeLabel,
    Relationship,
    RelType,
    User,
)
from memgraph.recall.cypher import run_cypher
from memgraph.stores.base import GraphStore, WriteBatch, record_of
from memgraph.stores.migrate import migrate
from memgraph.stores.sqlite import SQLiteStore

needs_neo4j = pytest.mark.skipif(bool(NEO4J_SKIP_REASON), reason=NEO4J_SKIP_REASON or "")


def fill(store: GraphStore) -> None:
    """Two users, two departments, memories (one superseded), a chunk and their relationships."""
    rng = np.random.default_rng(3)
    vec = lambda: rng.normal(size=TEST_DIM).astype(np.float32)  # noqa: E731
    alice = User(id="alice", owner="user:alice", name="Alice")
    bob = User(id="bob", owner="user:bob", name="Bob")
    ops = Entity(id="Department:ops", owner=SHARED_SCOPE, name="Operations", type=EntityType.DEPARTMENT)
    tech = Entity(id="Department:tech", owner=SHARED_SCOPE, name="Technology", type=EntityType.DEPARTMENT)
    m1 = Memory(id="m1", owner="user:alice", text="I work in Operations", metadata={"src": "chat", "n": [1, 2]})
    m2 = Memory(id="m2", owner="user:alice", text="I like tea", status=MemoryStatus.SUPERSEDED)
    m3 = Memory(id="m3", owner="user:bob", text='Bob said "hi" in Technology')
    chunk = Chunk(
        id="c1", owner=SHARED_SCOPE, text="Operations staff get 25 days.", document_id="d", document_title="H", seq=0
    )
    store.write(
        WriteBatch(
            nodes=[
                record_of(alice),
                record_of(bob),
                record_of(ops),
                record_of(tech),
                record_of(m1, embedding=vec()),
                record_of(m2, embedding=vec()),
                record_of(m3, embedding=vec()),
                record_of(chunk, embedding=vec()),
            ],
            relationships=[
                Relationship.between(RelType.WORKS_IN, alice, ops, source_id="m1", confidence=0.9),
                Relationship.between(RelType.WORKS_IN, bob, tech, source_id="m3"),
                Relationship.between(RelType.OWNS, alice, m1),
                Relationship.between(RelType.OWNS, alice, m2),
                Relationship.between(RelType.OWNS, bob, m3),
                Relationship.between(RelType.APPLIES_TO, chunk, ops, properties={"why": "heading"}),
            ],
        )
    )


@pytest.fixture
def filled(store: GraphStore) -> GraphStore:
    fill(store)
    return store


def test_cypher_follows_user_to_department_on_both_stores(filled: GraphStore) -> None:
    result = run_cypher(
        filled,
        "MATCH (u:User)-[r:WORKS_IN]->(d:Department) WHERE u.id = $uid RETURN u.name, d.name",
        {"uid": "alice"},
    )
    assert result.columns == ["u.name", "d.name"]
    assert result.rows == [["Alice", "Operations"]]
    assert not result.truncated


def test_cypher_columns_come_in_return_order_on_both_stores(filled: GraphStore) -> None:
    result = run_cypher(filled, "MATCH (u:User)-[r:WORKS_IN]->(d:Department) RETURN d.name, type(r), u.id")
    assert result.columns == ["d.name", "type(r)", "u.id"]
    assert ["Operations", "WORKS_IN", "alice"] in result.rows


def test_cypher_counts_and_orders_on_both_stores(filled: GraphStore) -> None:
    result = run_cypher(
        filled, "MATCH (u:User)-[:OWNS]->(m:Memory) RETURN u.id AS user, COUNT(m.id) AS n ORDER BY n DESC"
    )
    assert result.records() == [{"user": "alice", "n": 2}, {"user": "bob", "n": 1}]


def test_cypher_returns_whole_nodes_without_embeddings_and_honours_the_row_limit(filled: GraphStore) -> None:
    result = run_cypher(filled, 'MATCH (m:Memory) WHERE m.text CONTAINS "Operations" RETURN m')
    ((node,),) = result.rows
    assert node["labels"] == ["Memory"]
    assert node["text"] == "I work in Operations"
    assert node["metadata"] == {"src": "chat", "n": [1, 2]}
    assert "embedding" not in node
    limited = run_cypher(filled, "MATCH (m:Memory) RETURN m.id", limit=2)
    assert len(limited.rows) == 2
    assert limited.truncated


@pytest.mark.parametrize(
    "query",
    [
        'CREATE (:Memory {id: "x", owner: "user:alice"})',
        "MATCH (m:Memory) SET m.text = 'changed' RETURN m.id",
        "MATCH (m:Memory) DETACH DELETE m",
        "MATCH (u:User) MERGE (u)-[:OWNS]->(:Memory {id: 'y'})",
    ],
)
def test_cypher_refuses_writes_and_changes_nothing(filled: GraphStore, query: str) -> None:
    before = store_snapshot(filled)
    with pytest.raises(InvalidInputError):
        run_cypher(filled, query)
    assert store_snapshot(filled) == before


def test_cypher_bad_input_is_a_clear_error(filled: GraphStore) -> None:
    with pytest.raises(InvalidInputError, match="empty"):
        run_cypher(filled, "  ")
    with pytest.raises(InvalidInputError, match="limit"):
        run_cypher(filled, "MATCH (m:Memory) RETURN m.id", limit=0)
    with pytest.raises(InvalidInputError):
        run_cypher(filled, "MATCH (m:Memory RETURN m.id")


def test_embedded_cypher_names_a_missing_parameter(tmp_path: Path) -> None:
    store = make_store("sqlite", tmp_path)
    store.open()
    store.init_schema(TEST_MODEL, TEST_DIM)
    fill(store)
    with pytest.raises(InvalidInputError, match=r"\$uid"):
        run_cypher(store, "MATCH (u:User) WHERE u.id = $uid RETURN u.id")
    # A parameter value is a literal, never query text.
    assert run_cypher(store, "MATCH (u:User) WHERE u.id = $uid RETURN u.id", {"uid": 'x" OR 1=1'}).rows == []
    store.close()


def test_cypher_sees_writes_made_after_an_earlier_query_on_both_stores(
    filled: GraphStore, store_kind: str, tmp_path: Path
) -> None:
    count = "MATCH (m:Memory) RETURN COUNT(m.id) AS n"
    assert run_cypher(filled, count).rows == [[3]]
    filled.write(WriteBatch(nodes=[record_of(Memory(id="m4", owner="user:bob", text="I moved to Lisbon"))]))
    assert run_cypher(filled, count).rows == [[4]]
    filled.write(WriteBatch(delete_nodes=[(NodeLabel.MEMORY, "m1")]))
    assert run_cypher(filled, count).rows == [[3]]
    # A write through another connection to the same data (another process, on SQLite).
    other = make_store(store_kind, tmp_path)
    other.open()
    try:
        other.write(WriteBatch(nodes=[record_of(Memory(id="m5", owner="user:bob", text="I like cycling"))]))
    finally:
        other.close()
    result = run_cypher(filled, 'MATCH (m:Memory) WHERE m.owner = "user:bob" RETURN m.id ORDER BY m.id')
    assert result.rows == [["m3"], ["m4"], ["m5"]]


def test_embedded_cypher_reads_the_store_once_until_it_changes(tmp_path: Path) -> None:
    store = make_store("sqlite", tmp_path)
    store.open()
    store.init_schema(TEST_MODEL, TEST_DIM)
    fill(store)
    assert isinstance(store, SQLiteStore)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)

    def node_reads() -> list[str]:
        return [s for s in statements if "FROM nodes" in s]

    query = "MATCH (u:User)-[:OWNS]->(m:Memory) RETURN u.id, m.id ORDER BY m.id"
    first = run_cypher(store, query)
    assert node_reads() and not any("embedding" in s for s in node_reads())  # the copy holds no vectors
    statements.clear()
    assert run_cypher(store, query) == first
    assert run_cypher(store, "MATCH (u:User) RETURN u.name ORDER BY u.name").rows == [["Alice"], ["Bob"]]
    assert node_reads() == []  # two queries, no write: the copy is reused
    store.write(
        WriteBatch(
            relationships=[
                Relationship(
                    type=RelType.OWNS, src_label=NodeLabel.USER, src_id="bob", dst_label=NodeLabel.MEMORY, dst_id="m1"
                )
            ]
        )
    )
    statements.clear()
    assert ["bob", "m1"] in run_cypher(store, query).rows
    assert node_reads()  # the write made it read the store again
    store.close()


# -- migrate ----------------------------------------------------------------------------------------


@needs_neo4j
def test_migrate_sqlite_to_neo4j_and_back_is_exact(tmp_path: Path) -> None:
    src = make_store("sqlite", tmp_path, name="src.db")
    mid = make_store("neo4j", tmp_path, name="mid")
    back = make_store("sqlite", tmp_path, name="back.db")
    for s in (src, mid, back):
        s.open()
    try:
        src.init_schema(TEST_MODEL, TEST_DIM)
        fill(src)
        there = migrate(src, mid, batch_size=3)
        assert there.ok, there.mismatches
        assert (there.nodes, there.relationships, there.embeddings_checked) == (8, 6, 4)
        assert store_snapshot(mid) == store_snapshot(src)
        home = migrate(mid, back)
        assert home.ok, home.mismatches
        assert store_snapshot(back) == store_snapshot(src)
        assert back.meta()["embeddingModel"] == TEST_MODEL
    finally:
        for s in (src, mid, back):
            s.close()


def test_migrate_refuses_a_destination_that_holds_data(tmp_path: Path) -> None:
    src = make_store("sqlite", tmp_path, name="a.db")
    dst = make_store("sqlite", tmp_path, name="b.db")
    for s in (src, dst):
        s.open()
        s.init_schema(TEST_MODEL, TEST_DIM)
    fill(src)
    fill(dst)
    with pytest.raises(InvalidInputError, match="not empty"):
        migrate(src, dst)
    empty = make_store("sqlite", tmp_path, name="never.db")
    empty.open()
    with pytest.raises(InvalidInputError, match="no MemGraph data"):
        migrate(empty, make_store("sqlite", tmp_path, name="c.db"))
    for s in (src, dst, empty):
        s.close()


def test_count_over_more_rows_than_the_limit_counts_them_all(mg: MemGraph) -> None:
    mg.add_many([{"content": f"Parking note number {i}", "user_id": "ann"} for i in range(12)], infer=False)
    got = mg.cypher("MATCH (m:Memory) RETURN COUNT(m.id) AS n", limit=5)
    assert got.rows == [[12]] and not got.truncated
