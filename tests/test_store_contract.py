"""The GraphStore contract: every store kind in ``conftest.STORE_KINDS`` must pass these.

Vectors are small synthetic 8-dimensional numpy arrays; no model is loaded here. Tests at the
end of the file marked "SQLite only" check what only the embedded store can show (file bytes,
a second connection on the same file).
"""

from __future__ import annotations

import itertools
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest
from conftest import TEST_DIM, TEST_MODEL, make_store, store_snapshot

from memgraph.errors import EmbeddingMismatchError, MemGraphError
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
from memgraph.stores.base import GraphStore, Hit, NodeRecord, WriteBatch, record_of
from memgraph.stores.sqlite import SQLiteStore, scope_token

ALICE = "user:alice"
BOB = "user:bob"
CAROL = "user:carol"  # owns nothing: searches in her scope must come back empty

T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)


# -- helpers ------------------------------------------------------------------------------------


def basis(i: int) -> np.ndarray:
    """The i-th unit vector of the test dimension."""
    v = np.zeros(TEST_DIM, dtype=np.float32)
    v[i] = 1.0
    return v


def unit(values: Sequence[float]) -> np.ndarray:
    """A unit-length test vector from its first components (the rest are zero)."""
    v = np.zeros(TEST_DIM, dtype=np.float32)
    v[: len(values)] = values
    return v / np.linalg.norm(v)


def memory(mid: str, owner: str, text: str, **fields: object) -> Memory:
    fields.setdefault("created_at", T0)
    fields.setdefault("updated_at", T0)
    return Memory(id=mid, owner=owner, text=text, **fields)  # type: ignore[arg-type]


def mem_rec(mid: str, owner: str, text: str, vec: np.ndarray | None = None, **fields: object) -> NodeRecord:
    """The store record of a Memory node, with an embedding (basis(0) unless given)."""
    return record_of(memory(mid, owner, text, **fields), embedding=basis(0) if vec is None else vec)


def write_nodes(store: GraphStore, *records: NodeRecord) -> None:
    store.write(WriteBatch(nodes=list(records)))


def ids(hits: Sequence[Hit]) -> list[str]:
    return [h.node.id for h in hits]


def rel_sort_key(rel: Relationship) -> str:
    return rel.model_dump_json()


snapshot = store_snapshot


# -- nodes ----------------------------------------------------------------------------------------


def test_upserted_node_is_returned_by_get_nodes_with_all_its_fields(store: GraphStore) -> None:
    mem = memory("m1", ALICE, "Alice likes green tea", metadata={"source": "chat", "n": 3})
    write_nodes(store, record_of(mem, embedding=unit([1, 2, 3])))

    (got,) = store.get_nodes(NodeLabel.MEMORY, ["m1"], [ALICE])
    assert got.label == NodeLabel.MEMORY
    assert got.id == "m1"
    assert got.owner == ALICE
    assert got.status == "active"
    assert got.text == "Alice likes green tea"
    assert got.props == mem.properties()
    assert Memory.model_validate(got.props) == mem
    emb = store.get_embeddings(NodeLabel.MEMORY, ["m1"])
    assert set(emb) == {"m1"}
    assert emb["m1"].dtype == np.float32
    np.testing.assert_allclose(emb["m1"], unit([1, 2, 3]), rtol=1e-6)


def test_get_nodes_of_unknown_ids_returns_nothing(store: GraphStore) -> None:
    write_nodes(store, mem_rec("m1", ALICE, "something"))
    assert store.get_nodes(NodeLabel.MEMORY, ["nope"], None) == []
    assert store.get_nodes(NodeLabel.MEMORY, [], None) == []
    assert [r.id for r in store.get_nodes(NodeLabel.MEMORY, ["nope", "m1", "m1"], None)] == ["m1"]


def test_upsert_with_the_same_id_replaces_text_properties_and_embedding(store: GraphStore) -> None:
    write_nodes(store, mem_rec("m1", ALICE, "the old walrus text", basis(0), metadata={"v": 1}))
    store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)  # build any cache before the replace
    write_nodes(store, mem_rec("m1", ALICE, "the new pelican text", basis(1), metadata={"v": 2}))

    assert store.counts()["Memory"] == 1
    (got,) = store.get_nodes(NodeLabel.MEMORY, ["m1"], None)
    assert got.text == "the new pelican text"
    assert got.props["metadata"] == {"v": 2}
    np.testing.assert_allclose(store.get_embeddings(NodeLabel.MEMORY, ["m1"])["m1"], basis(1))
    assert store.keyword_search(NodeLabel.MEMORY, ["walrus"], [ALICE], 5) == []
    assert ids(store.keyword_search(NodeLabel.MEMORY, ["pelican"], [ALICE], 5)) == ["m1"]
    hits = store.vector_search(NodeLabel.MEMORY, basis(1), [ALICE], 5)
    assert ids(hits) == ["m1"]
    assert hits[0].score == pytest.approx(1.0, abs=1e-5)


def test_get_nodes_returns_only_nodes_in_the_given_scopes(store: GraphStore) -> None:
    write_nodes(store, mem_rec("a1", ALICE, "alice note"), mem_rec("b1", BOB, "bob note"))

    assert {r.id for r in store.get_nodes(NodeLabel.MEMORY, ["a1", "b1"], None)} == {"a1", "b1"}
    assert [r.id for r in store.get_nodes(NodeLabel.MEMORY, ["a1", "b1"], [ALICE])] == ["a1"]
    assert [r.id for r in store.get_nodes(NodeLabel.MEMORY, ["a1", "b1"], [BOB])] == ["b1"]
    assert store.get_nodes(NodeLabel.MEMORY, ["a1", "b1"], [CAROL]) == []
    assert store.get_nodes(NodeLabel.MEMORY, ["a1", "b1"], []) == []


def test_ids_are_unique_per_label_not_across_labels(store: GraphStore) -> None:
    chunk = Chunk(id="same", owner=SHARED_SCOPE, text="a chunk", document_id="d", document_title="D", seq=0)
    write_nodes(store, mem_rec("same", ALICE, "a memory"), record_of(chunk, embedding=basis(0)))

    (mem,) = store.get_nodes(NodeLabel.MEMORY, ["same"], None)
    (chk,) = store.get_nodes(NodeLabel.CHUNK, ["same"], None)
    assert (mem.label, mem.text) == (NodeLabel.MEMORY, "a memory")
    assert (chk.label, chk.text) == (NodeLabel.CHUNK, "a chunk")
    assert store.counts()["Memory"] == 1
    assert store.counts()["Chunk"] == 1


def test_find_nodes_filters_by_scope_properties_and_status(store: GraphStore) -> None:
    write_nodes(
        store,
        mem_rec("a1", ALICE, "alice fact", kind="fact", session_id="s1"),
        mem_rec("a2", ALICE, "alice event", kind="event", session_id="s1"),
        mem_rec("a3", ALICE, "alice old", kind="fact", status=MemoryStatus.SUPERSEDED),
        mem_rec("b1", BOB, "bob fact", kind="fact", session_id="s1"),
    )

    assert {r.id for r in store.find_nodes(NodeLabel.MEMORY, [ALICE])} == {"a1", "a2", "a3"}
    assert {r.id for r in store.find_nodes(NodeLabel.MEMORY, [BOB])} == {"b1"}
    assert {r.id for r in store.find_nodes(NodeLabel.MEMORY, None)} == {"a1", "a2", "a3", "b1"}
    assert store.find_nodes(NodeLabel.MEMORY, [CAROL]) == []
    assert store.find_nodes(NodeLabel.MEMORY, []) == []
    assert {r.id for r in store.find_nodes(NodeLabel.MEMORY, [ALICE], where={"kind": "fact"})} == {"a1", "a3"}
    assert {r.id for r in store.find_nodes(NodeLabel.MEMORY, [ALICE], where={"sessionId": "s1"})} == {"a1", "a2"}
    assert {r.id for r in store.find_nodes(NodeLabel.MEMORY, [ALICE], where={"kind": "fact"}, status=["active"])} == {
        "a1"
    }
    assert {r.id for r in store.find_nodes(NodeLabel.MEMORY, [ALICE], status=["superseded"])} == {"a3"}
    assert store.find_nodes(NodeLabel.MEMORY, [ALICE], where={"kind": "nonexistent"}) == []
    assert store.find_nodes(NodeLabel.USER, [ALICE]) == []


def test_find_nodes_orders_by_created_at_and_pages_with_limit_and_offset(store: GraphStore) -> None:
    # Written out of time order, so insertion order cannot pass for createdAt order.
    order = [3, 0, 4, 1, 2]
    write_nodes(store, *(mem_rec(f"m{i}", ALICE, f"note {i}", created_at=T0 + timedelta(days=i)) for i in order))

    newest = [r.id for r in store.find_nodes(NodeLabel.MEMORY, [ALICE])]
    assert newest == ["m4", "m3", "m2", "m1", "m0"]
    oldest = [r.id for r in store.find_nodes(NodeLabel.MEMORY, [ALICE], newest_first=False)]
    assert oldest == ["m0", "m1", "m2", "m3", "m4"]
    assert [r.id for r in store.find_nodes(NodeLabel.MEMORY, [ALICE], limit=2)] == ["m4", "m3"]
    assert [r.id for r in store.find_nodes(NodeLabel.MEMORY, [ALICE], limit=2, offset=2)] == ["m2", "m1"]
    assert [r.id for r in store.find_nodes(NodeLabel.MEMORY, [ALICE], limit=2, offset=4)] == ["m0"]


# -- vector search ----------------------------------------------------------------------------------


def test_vector_search_never_returns_another_owners_node(store: GraphStore) -> None:
    # Bob's node is an exact match for the query; Alice's is orthogonal to it.
    write_nodes(store, mem_rec("a1", ALICE, "alice", basis(1)), mem_rec("b1", BOB, "bob", basis(0)))

    assert ids(store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 10)) == ["a1"]
    assert ids(store.vector_search(NodeLabel.MEMORY, basis(0), [BOB], 10)) == ["b1"]
    assert store.vector_search(NodeLabel.MEMORY, basis(0), [CAROL], 10) == []
    assert store.vector_search(NodeLabel.MEMORY, basis(0), [], 10) == []
    assert ids(store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE, BOB], 10)) == ["b1", "a1"]


def test_vector_search_orders_by_cosine_and_truncates_to_top_k(store: GraphStore) -> None:
    rng = np.random.default_rng(7)
    vecs = {f"m{i}": unit(rng.normal(size=TEST_DIM).tolist()) for i in range(12)}
    write_nodes(store, *(mem_rec(mid, ALICE, f"note {mid}", v) for mid, v in vecs.items()))
    query = unit(rng.normal(size=TEST_DIM).tolist())
    expected = sorted(vecs, key=lambda mid: -float(vecs[mid] @ query))

    hits = store.vector_search(NodeLabel.MEMORY, query, [ALICE], 5)
    assert ids(hits) == expected[:5]
    for hit in hits:
        assert hit.score == pytest.approx(float(vecs[hit.node.id] @ query), abs=1e-5)
        assert -1.0 - 1e-6 <= hit.score <= 1.0 + 1e-6
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert ids(store.vector_search(NodeLabel.MEMORY, query, [ALICE], 100)) == expected
    assert ids(store.vector_search(NodeLabel.MEMORY, query, [ALICE], 1)) == expected[:1]
    assert store.vector_search(NodeLabel.MEMORY, query, [ALICE], 0) == []


def test_vector_search_scores_are_cosine_for_vectors_that_are_not_unit_length(store: GraphStore) -> None:
    # The protocol promises cosine similarity in [-1, 1], whatever the stored vectors' length
    # (the Neo4j cosine vector index normalises both sides).
    # "far" points 45 degrees away but is long; "near" points the query's way but is short.
    write_nodes(
        store,
        mem_rec("far", ALICE, "far", unit([1.0, 1.0]) * 10.0),
        mem_rec("near", ALICE, "near", basis(0) * 0.1),
    )

    hits = store.vector_search(NodeLabel.MEMORY, basis(0) * 3.0, [ALICE], 10)
    assert ids(hits) == ["near", "far"]
    assert hits[0].score == pytest.approx(1.0, abs=1e-5)
    assert hits[1].score == pytest.approx(float(np.sqrt(0.5)), abs=1e-5)


def test_vector_search_with_a_scope_named_twice_returns_each_node_once(store: GraphStore) -> None:
    write_nodes(store, mem_rec("a1", ALICE, "one", basis(0)), mem_rec("a2", ALICE, "two", unit([1, 1])))

    assert ids(store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE, ALICE], 10)) == ["a1", "a2"]


def test_vector_search_only_searches_the_given_label(store: GraphStore) -> None:
    chunk = Chunk(id="c1", owner=ALICE, text="a chunk", document_id="d", document_title="D", seq=0)
    write_nodes(store, record_of(chunk, embedding=basis(0)), mem_rec("m1", ALICE, "a memory", basis(1)))

    assert ids(store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 10)) == ["m1"]
    assert ids(store.vector_search(NodeLabel.CHUNK, basis(0), [ALICE], 10)) == ["c1"]


def test_node_upserted_as_superseded_leaves_vector_and_keyword_search(store: GraphStore) -> None:
    write_nodes(store, mem_rec("m1", ALICE, "the quokka lives here", basis(0)))
    assert ids(store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["m1"]  # cache built
    assert ids(store.keyword_search(NodeLabel.MEMORY, ["quokka"], [ALICE], 5)) == ["m1"]

    # Same node, same embedding, status superseded (what a memory update does to the old version).
    write_nodes(store, mem_rec("m1", ALICE, "the quokka lives here", basis(0), status=MemoryStatus.SUPERSEDED))
    assert store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5) == []
    assert store.keyword_search(NodeLabel.MEMORY, ["quokka"], [ALICE], 5) == []
    (got,) = store.get_nodes(NodeLabel.MEMORY, ["m1"], [ALICE])  # still readable by id
    assert got.status == "superseded"
    # ... and found by keyword when superseded nodes are asked for (searches as of a past time)
    past = ("active", "superseded")
    assert ids(store.keyword_search(NodeLabel.MEMORY, ["quokka"], [ALICE], 5, statuses=past)) == ["m1"]

    # Back to active: searchable again.
    write_nodes(store, mem_rec("m1", ALICE, "the quokka lives here", basis(0)))
    assert ids(store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["m1"]
    assert ids(store.keyword_search(NodeLabel.MEMORY, ["quokka"], [ALICE], 5)) == ["m1"]


def test_record_with_a_non_active_status_is_not_keyword_searchable_even_with_text(store: GraphStore) -> None:
    # NodeRecord.status is "lifecycle status used for filtering": a record written with
    # status "retired" and keyword text must leave keyword search just as it leaves vector search.
    props = memory("m1", ALICE, "the axolotl policy").properties()
    rec = NodeRecord(
        NodeLabel.MEMORY, "m1", ALICE, props, status="retired", text="the axolotl policy", embedding=basis(0)
    )
    write_nodes(store, rec)

    assert store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5) == []
    assert store.keyword_search(NodeLabel.MEMORY, ["axolotl"], [ALICE], 5) == []


def test_superseded_nodes_never_crowd_a_search_of_current_ones(store: GraphStore) -> None:
    old = [mem_rec(f"old{i}", ALICE, "wombat " * 5, status=MemoryStatus.SUPERSEDED) for i in range(5)]
    write_nodes(store, *old, mem_rec("new", ALICE, "a wombat"))
    assert ids(store.keyword_search(NodeLabel.MEMORY, ["wombat"], [ALICE], 2)) == ["new"]
    both = store.keyword_search(NodeLabel.MEMORY, ["wombat"], [ALICE], 10, statuses=("active", "superseded"))
    assert set(ids(both)) == {"new", *(f"old{i}" for i in range(5))}
    assert store.keyword_search(NodeLabel.MEMORY, ["wombat"], [ALICE], 10, statuses=("superseded",)) != []


# -- keyword search ----------------------------------------------------------------------------------


def test_keyword_search_matches_any_term_best_first(store: GraphStore) -> None:
    write_nodes(
        store,
        mem_rec("dense", ALICE, "mango mango mango"),
        mem_rec("sparse", ALICE, "mango with lots of other words about the orchard and the weather"),
        mem_rec("kiwi", ALICE, "a kiwi in the bowl"),
        mem_rec("none", ALICE, "nothing relevant here"),
    )

    hits = store.keyword_search(NodeLabel.MEMORY, ["mango", "kiwi"], [ALICE], 10)
    assert set(ids(hits)) == {"dense", "sparse", "kiwi"}
    assert ids(hits).index("dense") < ids(hits).index("sparse")
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert ids(store.keyword_search(NodeLabel.MEMORY, ["mango"], [ALICE], 1)) == ["dense"]
    assert store.keyword_search(NodeLabel.MEMORY, ["mango"], [ALICE], 0) == []
    assert store.keyword_search(NodeLabel.MEMORY, [], [ALICE], 10) == []
    assert store.keyword_search(NodeLabel.MEMORY, ["mango"], [], 10) == []


ODD_TEXTS = {
    "quote": 'o\'brien said "x" twice',
    "hyphen": "jean-luc picard commands",
    "ops": "AND OR NOT NEAR are words here",
    "cyrillic": "Дмитрий любит чай",
    "cjk": "李雷 和 韩梅梅",
    "plain": "plain apple pie",
}

ODD_TERMS = [
    '"',
    "'",
    '""',
    "o'brien",
    '"x"',
    'a"b',
    "jean-luc",
    "-",
    "-picard",
    "+",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(apple pie)",
    "NEAR(apple pie, 2)",
    "apple AND pie",
    "apple OR NOT pie",
    "*",
    "apple*",
    "^plain",
    "^",
    ":",
    "text:",
    "text:apple",
    "scope:",
    "scope : apple",
    "{text scope}: apple",
    "(",
    ")",
    "(apple",
    "Дмитрий",
    "李雷",
    "韩梅梅",
    "🙂",
    "\\",
    "%",
    "_",
    ";",
    "apple; DROP TABLE nodes; --",
    " ",
]


@pytest.fixture
def odd_store(store: GraphStore) -> GraphStore:
    """Alice and Bob hold the same awkward texts under different ids; Carol holds nothing."""
    records = []
    for key, text in ODD_TEXTS.items():
        records.append(mem_rec(f"alice-{key}", ALICE, text))
        records.append(mem_rec(f"bob-{key}", BOB, text))
    write_nodes(store, *records)
    return store


@pytest.mark.parametrize("term", ODD_TERMS)
def test_keyword_search_with_query_syntax_in_a_term_never_raises_or_leaves_the_scope(
    odd_store: GraphStore, term: str
) -> None:
    for scopes, prefix in (([ALICE], "alice-"), ([BOB], "bob-")):
        hits = odd_store.keyword_search(NodeLabel.MEMORY, [term], scopes, 20)
        assert all(h.node.owner == scopes[0] and h.node.id.startswith(prefix) for h in hits), ids(hits)
    assert odd_store.keyword_search(NodeLabel.MEMORY, [term], [CAROL], 20) == []
    both = odd_store.keyword_search(NodeLabel.MEMORY, [term, "apple"], [ALICE, BOB], 20)
    assert {"alice-plain", "bob-plain"} <= set(ids(both))  # the plain term still works beside it


def test_keyword_search_with_every_odd_term_at_once_stays_in_scope(odd_store: GraphStore) -> None:
    hits = odd_store.keyword_search(NodeLabel.MEMORY, ODD_TERMS, [BOB], 50)
    assert hits, "plain words among the terms must still match"
    assert all(h.node.owner == BOB for h in hits)
    assert odd_store.keyword_search(NodeLabel.MEMORY, ODD_TERMS, [CAROL], 50) == []


@pytest.mark.parametrize(
    ("term", "key"),
    [
        ("o'brien", "quote"),
        ("jean-luc", "hyphen"),
        ("picard", "hyphen"),
        ("NOT", "ops"),
        ("NEAR", "ops"),
        ("Дмитрий", "cyrillic"),
        ("李雷", "cjk"),
    ],
)
def test_keyword_search_treats_awkward_terms_as_plain_words(odd_store: GraphStore, term: str, key: str) -> None:
    assert ids(odd_store.keyword_search(NodeLabel.MEMORY, [term], [ALICE], 20)) == [f"alice-{key}"]
    assert ids(odd_store.keyword_search(NodeLabel.MEMORY, [term], [BOB], 20)) == [f"bob-{key}"]


def test_keyword_search_scopes_hold_for_owners_with_awkward_names(store: GraphStore) -> None:
    owners = ['user:o\'brien "x"', "user:jean-luc picard", "user:Дмитрий", "user:李雷", "user:a OR b"]
    write_nodes(store, *(mem_rec(f"m{i}", owner, "the shared wombat sentence") for i, owner in enumerate(owners)))

    for i, owner in enumerate(owners):
        assert ids(store.keyword_search(NodeLabel.MEMORY, ["wombat"], [owner], 20)) == [f"m{i}"]
        assert ids(store.vector_search(NodeLabel.MEMORY, basis(0), [owner], 20)) == [f"m{i}"]
        assert [r.id for r in store.find_nodes(NodeLabel.MEMORY, [owner])] == [f"m{i}"]
    assert store.keyword_search(NodeLabel.MEMORY, ["wombat"], ["user:a", "user:b", "user:o'brien"], 20) == []


def test_keyword_search_cannot_reach_another_scope_by_naming_its_scope_token(store: GraphStore) -> None:
    # The real token both stores index beside Alice's memories (FTS5 column, Neo4j mgScope).
    alice_token = scope_token(NodeLabel.MEMORY, ALICE)
    write_nodes(
        store,
        mem_rec("a1", ALICE, "alice private diary"),
        mem_rec("b1", BOB, f"bob mentions {alice_token} in passing"),
    )

    assert store.keyword_search(NodeLabel.MEMORY, [alice_token], [ALICE], 10) == []
    assert ids(store.keyword_search(NodeLabel.MEMORY, [alice_token], [BOB], 10)) == ["b1"]
    assert store.keyword_search(NodeLabel.MEMORY, ["diary"], [BOB], 10) == []


CJK_TEXTS = {
    "zh": "我下周三要去上海出差",  # "I'm going to Shanghai on business next Wednesday"
    "ja": "来週の水曜日に大阪へ出張します",  # "Next Wednesday I'm going to Osaka on business"
    "kana": "毎朝コーヒーを飲みます",  # "I drink coffee every morning"
}


@pytest.fixture
def cjk_store(store: GraphStore) -> GraphStore:
    """Alice's unspaced Chinese and Japanese texts, and an English one."""
    records = [mem_rec(f"m-{key}", ALICE, text) for key, text in CJK_TEXTS.items()]
    write_nodes(store, *records, mem_rec("m-en", ALICE, "I travel to Shanghai next Wednesday"))
    return store


@pytest.mark.parametrize(
    ("term", "key"),
    [("上海", "zh"), ("下周三", "zh"), ("上海出差", "zh"), ("大阪", "ja"), ("水曜日", "ja"), ("コーヒー", "kana")],
)
def test_keyword_search_finds_words_inside_unspaced_chinese_and_japanese(
    cjk_store: GraphStore, term: str, key: str
) -> None:
    assert ids(cjk_store.keyword_search(NodeLabel.MEMORY, [term], [ALICE], 10)) == [f"m-{key}"]
    assert cjk_store.keyword_search(NodeLabel.MEMORY, [term], [BOB], 10) == []


def test_keyword_search_matches_cjk_characters_together_and_in_order(cjk_store: GraphStore) -> None:
    # The characters of 上海 reversed, and 上 ... 差 apart: no match.
    assert cjk_store.keyword_search(NodeLabel.MEMORY, ["海上"], [ALICE], 10) == []
    assert cjk_store.keyword_search(NodeLabel.MEMORY, ["上差"], [ALICE], 10) == []
    both = cjk_store.keyword_search(NodeLabel.MEMORY, ["上海", "大阪", "shanghai"], [ALICE], 10)
    assert set(ids(both)) == {"m-zh", "m-ja", "m-en"}


def test_keyword_search_only_searches_the_given_label(store: GraphStore) -> None:
    chunk = Chunk(id="c1", owner=ALICE, text="the narwhal chunk", document_id="d", document_title="D", seq=0)
    write_nodes(store, record_of(chunk, embedding=basis(0)), mem_rec("m1", ALICE, "the narwhal memory"))

    assert ids(store.keyword_search(NodeLabel.MEMORY, ["narwhal"], [ALICE], 10)) == ["m1"]
    assert ids(store.keyword_search(NodeLabel.CHUNK, ["narwhal"], [ALICE], 10)) == ["c1"]


def test_node_without_text_is_not_keyword_searchable(store: GraphStore) -> None:
    user = User(id="alice", owner=ALICE, name="Alice Walrus")
    write_nodes(store, record_of(user))

    assert store.keyword_search(NodeLabel.USER, ["walrus"], [ALICE], 10) == []
    assert store.keyword_search(NodeLabel.USER, ["alice"], [ALICE], 10) == []


# -- relationships ---------------------------------------------------------------------------------


@pytest.fixture
def graph(store: GraphStore) -> dict[str, Relationship]:
    """A user, two departments, two memories and five relationships between them."""
    user = User(id="alice", owner=ALICE)
    ops = Entity(id="Department:ops", owner=SHARED_SCOPE, name="Operations", type=EntityType.DEPARTMENT)
    sales = Entity(id="Department:sales", owner=SHARED_SCOPE, name="Sales", type=EntityType.DEPARTMENT)
    m1 = memory("m1", ALICE, "I work in Operations")
    m2 = memory("m2", ALICE, "I moved to Sales")
    rels = {
        "works_ops": Relationship.between(
            RelType.WORKS_IN,
            user,
            ops,
            valid_from=T0,
            valid_to=T0 + timedelta(days=30),
            source_id="m1",
            confidence=0.8,
        ),
        "works_sales": Relationship.between(
            RelType.WORKS_IN, user, sales, valid_from=T0 + timedelta(days=30), source_id="m2", confidence=0.8
        ),
        "mentions_ops": Relationship.between(RelType.MENTIONS, m1, ops, source_id="m1"),
        "owns_m1": Relationship.between(RelType.OWNS, user, m1),
        "owns_m2": Relationship.between(RelType.OWNS, user, m2, properties={"note": "kept"}),
    }
    store.write(
        WriteBatch(
            nodes=[
                record_of(user),
                record_of(ops),
                record_of(sales),
                record_of(m1, embedding=basis(0)),
                record_of(m2, embedding=basis(1)),
            ],
            relationships=list(rels.values()),
        )
    )
    return rels


def as_set(rels: Sequence[Relationship]) -> set[str]:
    return {r.model_dump_json() for r in rels}


def test_relationships_round_trip_with_validity_source_confidence_and_properties(
    store: GraphStore, graph: dict[str, Relationship]
) -> None:
    assert as_set(store.relationships()) == as_set(list(graph.values()))
    (works_ops,) = store.relationships(dst=[(NodeLabel.ENTITY, "Department:ops")], types=[RelType.WORKS_IN])
    assert works_ops == graph["works_ops"]
    assert works_ops.valid_to == T0 + timedelta(days=30)
    assert works_ops.confidence == 0.8
    (owns_m2,) = store.relationships(dst=[(NodeLabel.MEMORY, "m2")])
    assert owns_m2.properties == {"note": "kept"}


def test_relationship_upsert_with_the_same_key_replaces_it(store: GraphStore, graph: dict[str, Relationship]) -> None:
    before = store.counts()[":WORKS_IN"]
    replaced = graph["works_sales"].model_copy(
        update={"confidence": 0.3, "valid_to": T0 + timedelta(days=60), "properties": {"why": "corrected"}}
    )
    store.write(WriteBatch(relationships=[replaced]))

    assert store.counts()[":WORKS_IN"] == before
    (got,) = store.relationships(dst=[(NodeLabel.ENTITY, "Department:sales")])
    assert got == replaced
    assert store.relationships(types=[RelType.WORKS_IN], current_only=True) == []


def test_relationship_filters_combine(store: GraphStore, graph: dict[str, Relationship]) -> None:
    user = (NodeLabel.USER, "alice")
    ops = (NodeLabel.ENTITY, "Department:ops")
    m1 = (NodeLabel.MEMORY, "m1")
    g = graph

    def q(**kw: object) -> set[str]:
        return as_set(store.relationships(**kw))  # type: ignore[arg-type]

    assert q(src=[user]) == as_set([g["works_ops"], g["works_sales"], g["owns_m1"], g["owns_m2"]])
    assert q(dst=[ops]) == as_set([g["works_ops"], g["mentions_ops"]])
    assert q(types=[RelType.WORKS_IN]) == as_set([g["works_ops"], g["works_sales"]])
    assert q(types=[RelType.WORKS_IN], current_only=True) == as_set([g["works_sales"]])
    assert q(current_only=True) == as_set([g["works_sales"], g["mentions_ops"], g["owns_m1"], g["owns_m2"]])
    assert q(source_id="m1") == as_set([g["works_ops"], g["mentions_ops"]])
    assert q(source_id="m1", types=[RelType.MENTIONS]) == as_set([g["mentions_ops"]])
    assert q(src=[user], dst=[ops]) == as_set([g["works_ops"]])
    assert q(src=[user, m1], types=[RelType.WORKS_IN, RelType.MENTIONS]) == as_set(
        [g["works_ops"], g["works_sales"], g["mentions_ops"]]
    )
    assert q(src=[(NodeLabel.ENTITY, "alice")]) == set()  # same id, other label
    assert q(src=[]) == set()
    assert q(dst=[]) == set()
    assert q(source_id="nope") == set()


def test_relationships_of_many_thousand_nodes_at_once(store: GraphStore) -> None:
    """A graph view's frontier can hold thousands of nodes: one call must answer for all of them
    (more than one query's worth of variables on SQLite), each once."""
    user = User(id="alice", owner=ALICE)
    mems = [memory(f"m{i}", ALICE, f"note {i}") for i in range(12_000)]
    owns = [Relationship.between(RelType.OWNS, user, m) for m in mems]
    nexts = [Relationship.between(RelType.NEXT, a, b) for a, b in itertools.pairwise(mems)]
    store.write(WriteBatch(nodes=[record_of(user), *[record_of(m) for m in mems]], relationships=owns + nexts))
    refs = [(NodeLabel.MEMORY, m.id) for m in mems]

    got = store.relationships(dst=refs + refs[:10], types=[RelType.OWNS])
    assert sorted(r.dst_id for r in got) == sorted(m.id for m in mems)
    assert len(store.relationships(src=refs, types=[RelType.NEXT])) == 11_999
    odd = refs[1::2]
    both = store.relationships(src=refs[::2], dst=odd)
    assert {(r.src_id, r.dst_id) for r in both} == {(f"m{i}", f"m{i + 1}") for i in range(0, 11_999, 2)}
    assert store.relationships(src=[(NodeLabel.USER, "alice")], dst=odd, types=[RelType.NEXT]) == []


def test_delete_relationships_from_source_removes_only_that_sources_relationships(
    store: GraphStore, graph: dict[str, Relationship]
) -> None:
    store.write(WriteBatch(delete_relationships_from_source=["m1"]))

    g = graph
    assert as_set(store.relationships()) == as_set([g["works_sales"], g["owns_m1"], g["owns_m2"]])
    assert store.relationships(source_id="m1") == []
    assert len(store.get_nodes(NodeLabel.MEMORY, ["m1"], None)) == 1  # the source node itself stays


def test_delete_relationships_removes_exactly_that_relationship(
    store: GraphStore, graph: dict[str, Relationship]
) -> None:
    store.write(WriteBatch(delete_relationships=[graph["owns_m1"]]))

    others = [r for k, r in graph.items() if k != "owns_m1"]
    assert as_set(store.relationships()) == as_set(others)


# -- deleting nodes -----------------------------------------------------------------------------


def test_delete_nodes_removes_the_node_its_relationships_keyword_entry_and_vector(store: GraphStore) -> None:
    user = User(id="alice", owner=ALICE)
    ops = Entity(id="Department:ops", owner=SHARED_SCOPE, name="Operations", type=EntityType.DEPARTMENT)
    m0 = memory("m0", ALICE, "the first capybara note")
    m1 = memory("m1", ALICE, "the doomed capybara note")
    m2 = memory("m2", ALICE, "the last capybara note")
    keep_rels = [Relationship.between(RelType.OWNS, user, m0), Relationship.between(RelType.OWNS, user, m2)]
    doomed_rels = [
        Relationship.between(RelType.OWNS, user, m1),
        Relationship.between(RelType.MENTIONS, m1, ops, source_id="m1"),
        Relationship.between(RelType.NEXT, m0, m1),
        Relationship.between(RelType.NEXT, m1, m2),
    ]
    store.write(
        WriteBatch(
            nodes=[
                record_of(user),
                record_of(ops),
                record_of(m0, embedding=basis(1)),
                record_of(m1, embedding=basis(0)),
                record_of(m2, embedding=basis(2)),
            ],
            relationships=keep_rels + doomed_rels,
        )
    )
    assert ids(store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 1)) == ["m1"]  # cache built
    assert "m1" in ids(store.keyword_search(NodeLabel.MEMORY, ["doomed"], [ALICE], 10))
    before = store.counts()

    store.write(WriteBatch(delete_nodes=[(NodeLabel.MEMORY, "m1")]))

    assert store.get_nodes(NodeLabel.MEMORY, ["m1"], None) == []
    assert store.get_embeddings(NodeLabel.MEMORY, ["m1"]) == {}
    assert "m1" not in ids(store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 10))
    assert set(ids(store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 10))) == {"m0", "m2"}
    assert store.keyword_search(NodeLabel.MEMORY, ["doomed"], [ALICE], 10) == []
    assert set(ids(store.keyword_search(NodeLabel.MEMORY, ["capybara"], [ALICE], 10))) == {"m0", "m2"}
    assert store.relationships(src=[(NodeLabel.MEMORY, "m1")]) == []
    assert store.relationships(dst=[(NodeLabel.MEMORY, "m1")]) == []
    assert as_set(store.relationships()) == as_set(keep_rels)
    assert "m1" not in {r.id for r in store.iter_nodes(NodeLabel.MEMORY)}
    after = store.counts()
    assert after["Memory"] == before["Memory"] - 1
    assert after.get(":MENTIONS", 0) == 0
    assert after.get(":NEXT", 0) == 0
    assert after[":OWNS"] == 2
    assert after["Entity"] == 1  # the other end of a deleted relationship stays


def test_deleting_an_unknown_node_is_a_no_op(store: GraphStore) -> None:
    write_nodes(store, mem_rec("m1", ALICE, "stays"))
    before = snapshot(store)
    store.write(WriteBatch(delete_nodes=[(NodeLabel.MEMORY, "nope"), (NodeLabel.CHUNK, "m1")]))
    assert snapshot(store) == before


# -- atomic batches --------------------------------------------------------------------------------


def test_batch_failing_half_way_leaves_the_store_exactly_as_before(store: GraphStore) -> None:
    user = User(id="alice", owner=ALICE)
    m1 = memory("m1", ALICE, "original gecko text")
    m2 = memory("m2", ALICE, "second gecko text")
    store.write(
        WriteBatch(
            nodes=[record_of(user), record_of(m1, embedding=basis(0)), record_of(m2, embedding=basis(1))],
            relationships=[
                Relationship.between(RelType.OWNS, user, m1),
                Relationship.between(RelType.OWNS, user, m2, source_id="src-1"),
            ],
        )
    )
    # Build whatever caches the store keeps, so a half-applied batch could poison them.
    vec_before = [(h.node.id, round(h.score, 5)) for h in store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 10)]
    kw_before = ids(store.keyword_search(NodeLabel.MEMORY, ["gecko"], [ALICE], 10))
    before = snapshot(store)

    m3 = memory("m3", ALICE, "new iguana text")
    bad = memory("m4", ALICE, "wrong dimension")
    batch = WriteBatch(
        delete_nodes=[(NodeLabel.MEMORY, "m2")],
        delete_relationships=[Relationship.between(RelType.OWNS, user, m1)],
        delete_relationships_from_source=["src-1"],
        nodes=[
            record_of(m1.model_copy(update={"text": "replaced iguana text"}), embedding=basis(3)),
            record_of(m3, embedding=basis(0)),
            record_of(bad, embedding=np.ones(TEST_DIM + 1, dtype=np.float32)),  # fails last
        ],
        relationships=[Relationship.between(RelType.OWNS, user, m3)],
    )
    with pytest.raises(MemGraphError) as err:
        store.write(batch)
    assert "dimension" in str(err.value) or str(TEST_DIM) in str(err.value)

    assert snapshot(store) == before
    vec_after = [(h.node.id, round(h.score, 5)) for h in store.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 10)]
    assert vec_after == vec_before
    assert ids(store.keyword_search(NodeLabel.MEMORY, ["gecko"], [ALICE], 10)) == kw_before
    assert store.keyword_search(NodeLabel.MEMORY, ["iguana"], [ALICE], 10) == []
    # And the store still takes a good batch afterwards.
    store.write(WriteBatch(nodes=[record_of(m3, embedding=basis(2))]))
    assert ids(store.vector_search(NodeLabel.MEMORY, basis(2), [ALICE], 1)) == ["m3"]


def test_embedding_of_the_wrong_dimension_is_refused_alone(store: GraphStore) -> None:
    with pytest.raises(MemGraphError):
        write_nodes(store, mem_rec("m1", ALICE, "too short", np.ones(TEST_DIM - 1, dtype=np.float32)))
    assert store.get_nodes(NodeLabel.MEMORY, ["m1"], None) == []
    assert store.counts().get("Memory", 0) == 0


# -- counts and iteration ---------------------------------------------------------------------------


def test_counts_per_label_and_relationship_type(store: GraphStore, graph: dict[str, Relationship]) -> None:
    assert store.counts() == {
        "User": 1,
        "Entity": 2,
        "Memory": 2,
        ":WORKS_IN": 2,
        ":MENTIONS": 1,
        ":OWNS": 2,
    }


def test_counts_of_an_empty_store_are_empty(store: GraphStore) -> None:
    assert store.counts() == {}


def test_iter_nodes_and_iter_relationships_return_everything(store: GraphStore, graph: dict[str, Relationship]) -> None:
    everything = list(store.iter_nodes())
    assert {(r.label, r.id) for r in everything} == {
        (NodeLabel.USER, "alice"),
        (NodeLabel.ENTITY, "Department:ops"),
        (NodeLabel.ENTITY, "Department:sales"),
        (NodeLabel.MEMORY, "m1"),
        (NodeLabel.MEMORY, "m2"),
    }
    memories = {r.id: r for r in store.iter_nodes(NodeLabel.MEMORY)}
    assert set(memories) == {"m1", "m2"}
    np.testing.assert_allclose(memories["m1"].embedding, basis(0))
    np.testing.assert_allclose(memories["m2"].embedding, basis(1))
    assert memories["m1"].text == "I work in Operations"
    assert [r.id for r in store.iter_nodes(NodeLabel.USER)] == ["alice"]
    assert all(r.embedding is None for r in store.iter_nodes(NodeLabel.ENTITY))
    assert list(store.iter_nodes(NodeLabel.CHUNK)) == []
    assert as_set(list(store.iter_relationships())) == as_set(list(graph.values()))


# -- schema ---------------------------------------------------------------------------------------


def test_init_schema_again_with_the_same_model_keeps_the_data(store: GraphStore) -> None:
    write_nodes(store, mem_rec("m1", ALICE, "kept"))
    store.init_schema(TEST_MODEL, TEST_DIM)
    assert [r.id for r in store.get_nodes(NodeLabel.MEMORY, ["m1"], None)] == ["m1"]


@pytest.mark.parametrize(
    ("model", "dim"), [("another-model", TEST_DIM), (TEST_MODEL, TEST_DIM * 2), ("another-model", 384)]
)
def test_init_schema_with_another_model_or_dimension_raises_embedding_mismatch(
    store: GraphStore, model: str, dim: int
) -> None:
    write_nodes(store, mem_rec("m1", ALICE, "kept"))
    with pytest.raises(EmbeddingMismatchError) as err:
        store.init_schema(model, dim)
    message = str(err.value)
    assert TEST_MODEL in message
    assert str(TEST_DIM) in message
    # Nothing changed: the original settings still open it, and it still holds 8-dim vectors.
    store.init_schema(TEST_MODEL, TEST_DIM)
    write_nodes(store, mem_rec("m2", ALICE, "still eight", basis(1)))
    with pytest.raises(MemGraphError):
        write_nodes(store, mem_rec("m3", ALICE, "wrong size", np.ones(dim if dim != TEST_DIM else 3, np.float32)))
    assert {r.id for r in store.find_nodes(NodeLabel.MEMORY, None)} == {"m1", "m2"}


def test_a_second_store_on_the_same_data_with_another_dimension_is_refused(store_kind: str, tmp_path: Path) -> None:
    first = make_store(store_kind, tmp_path, name="shared.db")
    first.open()
    first.init_schema(TEST_MODEL, TEST_DIM)
    first.close()
    second = make_store(store_kind, tmp_path, name="shared.db")
    second.open()
    try:
        with pytest.raises(EmbeddingMismatchError):
            second.init_schema(TEST_MODEL, TEST_DIM + 1)
    finally:
        second.close()


# -- SQLite only: file bytes and a second connection ----------------------------------------------


@pytest.fixture
def sqlite_pair(tmp_path: Path) -> Iterator[tuple[SQLiteStore, SQLiteStore]]:
    """Two SQLiteStore objects (two connections) on one file, like two processes."""
    stores = []
    for _ in range(2):
        s = SQLiteStore(tmp_path / "pair.db")
        s.open()
        s.init_schema(TEST_MODEL, TEST_DIM)
        stores.append(s)
    try:
        yield stores[0], stores[1]
    finally:
        for s in stores:
            s.close()


def test_a_file_indexed_before_cjk_segmentation_is_reindexed_by_init_schema(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    store = SQLiteStore(db)
    store.open()
    store.init_schema(TEST_MODEL, TEST_DIM)
    write_nodes(store, mem_rec("zh", ALICE, CJK_TEXTS["zh"]), mem_rec("en", ALICE, "plain english words"))
    store.close()
    # Make the file what earlier versions wrote: keyword text indexed as it is, user_version 0.
    raw = sqlite3.connect(db, isolation_level=None)
    raw.execute("DELETE FROM fts")
    for rowid, label, owner, text in raw.execute("SELECT rowid, label, owner, text FROM nodes").fetchall():
        raw.execute("INSERT INTO fts(rowid, text, scope) VALUES (?,?,?)", (rowid, text, scope_token(label, owner)))
    raw.execute("PRAGMA user_version=0")
    raw.close()

    old = SQLiteStore(db)
    old.open()
    try:
        assert old.keyword_search(NodeLabel.MEMORY, ["上海"], [ALICE], 10) == []  # the old index, as it is
        old.init_schema(TEST_MODEL, TEST_DIM)
        assert ids(old.keyword_search(NodeLabel.MEMORY, ["上海"], [ALICE], 10)) == ["zh"]
        assert ids(old.keyword_search(NodeLabel.MEMORY, ["english"], [ALICE], 10)) == ["en"]
        assert old.keyword_search(NodeLabel.MEMORY, ["上海"], [BOB], 10) == []
    finally:
        old.close()


def file_bytes(db: Path) -> dict[str, bytes]:
    """Raw bytes of the database file and its -wal and -shm files (those that exist)."""
    out = {}
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(db) + suffix)
        if p.exists():
            out[p.name] = p.read_bytes()
    return out


def test_forget_delete_leaves_no_trace_of_the_text_in_the_database_or_wal_file(tmp_path: Path) -> None:
    db = tmp_path / "forget.db"
    store = SQLiteStore(db)
    store.open()
    store.init_schema(TEST_MODEL, TEST_DIM)
    try:
        # The marker is a word no other text shares a prefix with, so the full-text index
        # stores it whole; it is lower case so the index's folded form is the same bytes.
        marker = "zqxjmarkerseven7731"
        others = [
            mem_rec(f"keep{i}", ALICE, f"ordinary note number {i} about lunch", basis(i % TEST_DIM)) for i in range(20)
        ]
        secret = mem_rec(
            "secret", ALICE, f"my secret is {marker} and nobody may know", basis(0), metadata={"echo": marker}
        )
        store.write(WriteBatch(nodes=[*others, secret]))
        store.write(
            WriteBatch(
                relationships=[
                    Relationship(
                        type=RelType.MENTIONS,
                        src_label=NodeLabel.MEMORY,
                        src_id="secret",
                        dst_label=NodeLabel.MEMORY,
                        dst_id="keep0",
                        source_id="secret",
                        properties={"quote": marker},
                    )
                ]
            )
        )
        assert ids(store.keyword_search(NodeLabel.MEMORY, [marker], [ALICE], 5)) == ["secret"]
        before = file_bytes(db)
        assert any(marker.encode() in data for data in before.values()), "marker must be on disk before the delete"

        store.write(WriteBatch(delete_nodes=[(NodeLabel.MEMORY, "secret")], forget=True))

        after = file_bytes(db)
        leaks = [name for name, data in after.items() if marker.encode() in data]
        assert leaks == [], f"forgotten text still in {leaks}"
        assert store.get_nodes(NodeLabel.MEMORY, ["secret"], None) == []
        assert store.keyword_search(NodeLabel.MEMORY, [marker], [ALICE], 5) == []
        assert len(ids(store.keyword_search(NodeLabel.MEMORY, ["lunch"], [ALICE], 50))) == 20
    finally:
        store.close()
    # Also after close (a final checkpoint must not bring anything back).
    assert [name for name, data in file_bytes(db).items() if marker.encode() in data] == []


def test_second_connection_sees_the_first_ones_writes_in_every_read(
    sqlite_pair: tuple[SQLiteStore, SQLiteStore],
) -> None:
    s1, s2 = sqlite_pair
    write_nodes(s1, mem_rec("a", ALICE, "the first heron", basis(1)))
    # Both connections build their vector caches now.
    assert ids(s1.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["a"]
    assert ids(s2.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["a"]

    write_nodes(s2, mem_rec("b", ALICE, "the second heron", basis(0)))
    assert ids(s1.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["b", "a"]
    assert set(ids(s1.keyword_search(NodeLabel.MEMORY, ["heron"], [ALICE], 5))) == {"a", "b"}
    assert [r.id for r in s1.get_nodes(NodeLabel.MEMORY, ["b"], [ALICE])] == ["b"]

    # A write of the first connection after the second one's commit keeps both.
    write_nodes(s1, mem_rec("c", ALICE, "the third heron", unit([1, 1])))
    assert ids(s1.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["b", "c", "a"]
    assert ids(s2.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["b", "c", "a"]

    # Deletes, re-embeddings and status changes by the other connection reach the cache too.
    s2.write(WriteBatch(delete_nodes=[(NodeLabel.MEMORY, "b")]))
    assert ids(s1.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["c", "a"]
    write_nodes(s2, mem_rec("a", ALICE, "the first heron", basis(0)))
    assert ids(s1.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["a", "c"]
    write_nodes(s2, mem_rec("c", ALICE, "the third heron", unit([1, 1]), status=MemoryStatus.SUPERSEDED))
    assert ids(s1.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["a"]
    assert ids(s1.keyword_search(NodeLabel.MEMORY, ["heron"], [ALICE], 5)) == ["a"]


def test_vector_cache_notices_a_commit_made_while_it_waited_for_the_write_lock(
    sqlite_pair: tuple[SQLiteStore, SQLiteStore],
) -> None:
    """Another process commits between this connection's cache check and its own commit.

    ``raw`` stands for that process: it holds the write lock, retires node "a", and commits
    only once the store's own write is waiting for the lock.
    """
    s1, _ = sqlite_pair
    write_nodes(s1, mem_rec("a", ALICE, "alpha", basis(0)))
    assert ids(s1.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["a"]  # cache built

    raw = sqlite3.connect(s1.path, isolation_level=None, timeout=10)
    try:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("UPDATE nodes SET status='superseded' WHERE label='Memory' AND id='a'")
        errors: list[BaseException] = []

        def own_write() -> None:
            try:
                write_nodes(s1, mem_rec("c", ALICE, "gamma", basis(1)))
            except BaseException as e:  # pragma: no cover - reported below
                errors.append(e)

        t = threading.Thread(target=own_write)
        t.start()
        time.sleep(0.5)  # let the write reach BEGIN IMMEDIATE and wait on the lock
        raw.execute("COMMIT")
        t.join(10)
        assert not errors, errors
    finally:
        raw.close()

    fresh = SQLiteStore(s1.path)
    fresh.open()
    try:
        assert ids(fresh.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["c"]
    finally:
        fresh.close()
    assert ids(s1.vector_search(NodeLabel.MEMORY, basis(0), [ALICE], 5)) == ["c"]
