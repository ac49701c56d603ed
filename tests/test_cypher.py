"""Analysts' read-only Cypher on both stores, and the migrate command's exact copy."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import NEO4J_SKIP_REASON, TEST_DIM, TEST_MODEL, make_store, store_snapshot

from memgraph.cypher import run_cypher
from memgraph.errors import InvalidInputError
from memgraph.migrate import migrate
from memgraph.models import (
    SHARED_SCOPE,
    Chunk,
    Entity,
    EntityType,
    Memory,
    MemoryStatus,
    Relationship,
    RelType,
    User,
)
from memgraph.stores.base import GraphStore, WriteBatch, record_of

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
