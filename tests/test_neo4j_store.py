"""What only the Neo4j store can show: its indexes, the vector-index path, labels, URIs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from conftest import NEO4J_SKIP_REASON, TEST_DIM, TEST_MODEL, make_store

from memgraph.errors import ConfigError, EmbeddingMismatchError
from memgraph.models import (
    EMBEDDED_LABELS,
    SHARED_SCOPE,
    Entity,
    EntityType,
    Memory,
    NodeLabel,
    Relationship,
    RelType,
    User,
)
from memgraph.stores import open_store
from memgraph.stores.base import WriteBatch, record_of
from memgraph.stores.neo4j import Neo4jStore, parse_neo4j_uri
from memgraph.stores.schema import FULLTEXT_INDEX, load_neo4j_ddl, render_neo4j_ddl, schema_dir

needs_neo4j = pytest.mark.skipif(bool(NEO4J_SKIP_REASON), reason=NEO4J_SKIP_REASON or "")


@pytest.fixture
def neo(tmp_path: Path) -> Iterator[Neo4jStore]:
    store = make_store("neo4j", tmp_path)
    assert isinstance(store, Neo4jStore)
    store.open()
    store.init_schema(TEST_MODEL, TEST_DIM)
    yield store
    store.close()


def unit(rng: np.random.Generator) -> np.ndarray:
    v = rng.normal(size=TEST_DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def cypher(store: Neo4jStore, query: str, **params: object) -> list[dict[str, object]]:
    return [r.data() for r in store.driver.execute_query(query, params).records]


@needs_neo4j
@pytest.mark.parametrize("exact_scan_limit", [20_000, 0], ids=["exact-scan", "vector-index"])
def test_small_scope_in_a_large_graph_gets_its_full_top_k(neo: Neo4jStore, exact_scan_limit: int) -> None:
    rng = np.random.default_rng(1)
    query = unit(rng)
    # Bob owns 400 memories pointing the query's way; Alice owns 6 a little further from it, so
    # a global top-k (what the vector index answers) holds none of hers.
    bob = [
        record_of(Memory(id=f"b{i}", owner="user:bob", text=f"bob {i}"), embedding=query + 0.05 * unit(rng))
        for i in range(400)
    ]
    alice_vecs = {f"a{i}": (v := query + 0.4 * unit(rng)) / np.linalg.norm(v) for i in range(6)}
    alice = [
        record_of(Memory(id=mid, owner="user:alice", text=f"alice {mid}"), embedding=v) for mid, v in alice_vecs.items()
    ]
    neo.write(WriteBatch(nodes=bob + alice))
    neo.exact_scan_limit = exact_scan_limit

    hits = neo.vector_search(NodeLabel.MEMORY, query, ["user:alice"], 5)
    expected = sorted(alice_vecs, key=lambda mid: -float(alice_vecs[mid] @ query))[:5]
    assert [h.node.id for h in hits] == expected
    assert all(h.node.owner == "user:alice" for h in hits)
    for h in hits:
        assert h.score == pytest.approx(float(alice_vecs[h.node.id] @ query), abs=1e-4)
    assert len(neo.vector_search(NodeLabel.MEMORY, query, ["user:alice"], 50)) == 6


@needs_neo4j
def test_schema_creates_every_constraint_and_index_and_is_idempotent(neo: Neo4jStore) -> None:
    names = {r["name"] for r in cypher(neo, "SHOW INDEXES YIELD name")}
    constraints = {r["name"] for r in cypher(neo, "SHOW CONSTRAINTS YIELD name")}
    for label in NodeLabel:
        assert any(c.endswith("_id") and label.value.lower() in c.replace("_", "") for c in constraints), label
    assert {"memory_embedding", "chunk_embedding", "image_embedding", "tool_call_embedding", FULLTEXT_INDEX} <= names
    (vec,) = cypher(neo, "SHOW VECTOR INDEXES YIELD name, options WHERE name = 'memory_embedding' RETURN options")
    assert vec["options"]["indexConfig"]["vector.dimensions"] == TEST_DIM
    assert vec["options"]["indexConfig"]["vector.similarity_function"].lower() == "cosine"
    before = len(names)
    neo.init_schema(TEST_MODEL, TEST_DIM)
    assert len(cypher(neo, "SHOW INDEXES YIELD name")) == before


@needs_neo4j
def test_a_vector_index_of_another_dimension_is_refused_even_without_the_meta_node(neo: Neo4jStore) -> None:
    neo.driver.execute_query("MATCH (m:MemGraphMeta) DELETE m")
    with pytest.raises(EmbeddingMismatchError, match=str(TEST_DIM)):
        neo.init_schema(TEST_MODEL, TEST_DIM * 2)


@needs_neo4j
def test_delete_leaves_no_vector_index_full_text_entry_or_relationship(neo: Neo4jStore) -> None:
    user = User(id="alice", owner="user:alice")
    mem = Memory(id="m1", owner="user:alice", text="the doomed wombat note")
    vec = np.eye(TEST_DIM, dtype=np.float32)[0]
    neo.write(
        WriteBatch(
            nodes=[record_of(user), record_of(mem, embedding=vec)],
            relationships=[Relationship.between(RelType.OWNS, user, mem)],
        )
    )
    in_vector_index = "CALL db.index.vector.queryNodes('memory_embedding', 10, $v) YIELD node RETURN node.id AS id"
    in_full_text = (
        f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', 'mgTerms:wombat') YIELD node RETURN node.id AS id"
    )
    assert cypher(neo, in_vector_index, v=vec.tolist()) == [{"id": "m1"}]
    assert cypher(neo, in_full_text) == [{"id": "m1"}]

    neo.write(WriteBatch(delete_nodes=[(NodeLabel.MEMORY, "m1")], forget=True))

    assert cypher(neo, in_vector_index, v=vec.tolist()) == []
    assert cypher(neo, in_full_text) == []
    assert cypher(neo, "MATCH ()-[r]->() RETURN count(r) AS n") == [{"n": 0}]
    assert cypher(neo, "MATCH (n:Memory) RETURN count(n) AS n") == [{"n": 0}]


@needs_neo4j
def test_entities_carry_their_type_as_a_second_label_which_follows_a_change(neo: Neo4jStore) -> None:
    ops = Entity(id="x", owner=SHARED_SCOPE, name="Operations", type=EntityType.DEPARTMENT)
    neo.write(WriteBatch(nodes=[record_of(ops)]))
    assert cypher(neo, "MATCH (d:Department) RETURN d.name AS name") == [{"name": "Operations"}]
    neo.write(WriteBatch(nodes=[record_of(ops.model_copy(update={"type": EntityType.LOCATION}))]))
    assert cypher(neo, "MATCH (d:Department) RETURN d.name AS name") == []
    assert cypher(neo, "MATCH (e:Entity:Location) RETURN e.id AS id") == [{"id": "x"}]


def test_the_shipped_ddl_is_current_and_resolves_the_dimension() -> None:
    assert (schema_dir() / "neo4j.cypher").read_text() == render_neo4j_ddl(), "run python -m memgraph.stores"
    statements = load_neo4j_ddl(384)
    assert all("$dimension" not in s for s in statements)
    assert sum("`vector.dimensions`: 384" in s for s in statements) == len(
        EMBEDDED_LABELS
    )  # Memory, Chunk, Image, ToolCall, Task
    with pytest.raises(ValueError):
        load_neo4j_ddl(0)


def test_uris_carry_credentials_and_database_but_never_show_the_password() -> None:
    uri, auth, db = parse_neo4j_uri("neo4j+s://alice:p%40ss@example.databases.neo4j.io?database=mem")
    assert (uri, auth, db) == ("neo4j+s://example.databases.neo4j.io", ("alice", "p@ss"), "mem")
    store = open_store("bolt://bob:secret@localhost:7687")
    assert isinstance(store, Neo4jStore)
    assert "secret" not in store.uri
    with pytest.raises(ConfigError, match="scheme"):
        parse_neo4j_uri("http://localhost:7474")


def test_an_unreachable_server_is_a_clear_config_error() -> None:
    store = Neo4jStore("bolt://127.0.0.1:9")  # nothing listens on the discard port
    with pytest.raises(ConfigError) as info:
        store.open()
    assert "bolt://127.0.0.1:9" in str(info.value)  # names the server it could not reach


@needs_neo4j
def test_held_vectors_follow_writes_made_through_another_connection(neo: Neo4jStore) -> None:
    eye = np.eye(TEST_DIM, dtype=np.float32)
    neo.write(
        WriteBatch(
            nodes=[record_of(Memory(id=f"m{i}", owner="user:alice", text=f"m{i}"), embedding=eye[i]) for i in range(3)]
        )
    )
    assert [h.node.id for h in neo.vector_search(NodeLabel.MEMORY, eye[0], ["user:alice"], 1)] == ["m0"]  # held now

    other = Neo4jStore(neo.uri)
    other.open()
    try:
        other.write(
            WriteBatch(
                nodes=[
                    record_of(Memory(id="m0", owner="user:alice", text="m0", status="superseded"), embedding=eye[0]),
                    record_of(Memory(id="new", owner="user:alice", text="new"), embedding=eye[0] + 0.1 * eye[1]),
                ],
                delete_nodes=[(NodeLabel.MEMORY, "m1")],
            )
        )
    finally:
        other.close()

    hits = neo.vector_search(NodeLabel.MEMORY, eye[0], ["user:alice"], 10)
    assert [h.node.id for h in hits] == ["new", "m2"]
    assert hits[0].score == pytest.approx(1 / np.sqrt(1.01), abs=1e-5)


@needs_neo4j
def test_several_processes_opening_a_fresh_database_at_once_all_succeed(tmp_path: Path) -> None:
    """Four stores (four drivers, as four processes would have) apply the schema at once to
    an emptied database whose indexes are gone: every one opens."""
    import threading

    from conftest import NEO4J_URI, reset_neo4j

    reset_neo4j()
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def open_one() -> None:
        store = Neo4jStore(NEO4J_URI)
        try:
            store.open()
            barrier.wait()
            store.init_schema(TEST_MODEL, TEST_DIM)
        except BaseException as e:
            errors.append(e)
        finally:
            store.close()

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert errors == []
    make_store("neo4j", tmp_path)  # leave it wiped for the next test
