"""Every write call is one transaction whose reads happen inside it: concurrent writers on
both stores neither duplicate a statement nor fork a session, a failed write teaches the
extractor nothing, and a person is forgotten whole in one call."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import store_uri

from memgraph import MemGraph
from memgraph.errors import InvalidInputError, NotFoundError, RetryableError
from memgraph.extraction.extract import Extractor
from memgraph.models import MemoryKind, NodeLabel, RelType
from memgraph.stores.sqlite import SQLiteStore
from memgraph.text.embed import Embedder
from memgraph.text.textutil import content_hash


@pytest.fixture
def two(store_kind: str, tmp_path: Path, embedder: Embedder, extractor: Extractor) -> Iterator[list[MemGraph]]:
    """Two MemGraph objects on one fresh store: two connections (SQLite) or drivers (Neo4j),
    as two processes would have."""
    uri = store_uri(store_kind, tmp_path)
    mgs = [MemGraph(uri, embedder=embedder, extractor=extractor) for _ in range(2)]
    try:
        yield mgs
    finally:
        for m in mgs:
            m.close()


def at_once(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls in threads released together; re-raise the first error."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)
    errors: list[BaseException] = []

    def run(i: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[i] = call()
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    if errors:
        raise errors[0]
    return results


def test_the_same_statement_added_at_once_is_stored_once(two: list[MemGraph]) -> None:
    a, b = two
    for i in range(10):
        text = f"Round {i}: I prefer the window seat on long flights"
        got = at_once(lambda t=text: a.add(t, user_id="alex"), lambda t=text: b.add(t, user_id="alex"))
        assert got[0][0].id == got[1][0].id
        stored = a.store.find_nodes(
            NodeLabel.MEMORY, ["user:alex"], where={"contentHash": content_hash(text)}, limit=None
        )
        assert len(stored) == 1


def test_two_writers_on_one_session_keep_one_next_chain(two: list[MemGraph]) -> None:
    a, b = two

    def writer(mg: MemGraph, who: str) -> None:
        for k in range(6):
            mg.add([{"role": "user", "content": f"{who} says message {k}"}], user_id="alex", session_id="s1")

    at_once(lambda: writer(a, "first"), lambda: writer(b, "second"))
    msgs = a.list(user_id="alex", session_id="s1", limit=100)
    assert len(msgs) == 12
    refs = [(NodeLabel.MEMORY, m.id) for m in msgs]
    nexts = a.store.relationships(src=refs, types=[RelType.NEXT])
    successors: dict[str, int] = {}
    predecessors: dict[str, int] = {}
    for r in nexts:
        successors[r.src_id] = successors.get(r.src_id, 0) + 1
        predecessors[r.dst_id] = predecessors.get(r.dst_id, 0) + 1
    assert max(successors.values()) == 1
    assert max(predecessors.values()) == 1
    heads = [m.id for m in msgs if m.id not in predecessors]
    assert len(heads) == 1 and len(nexts) == 11  # one chain through all twelve


def test_concurrent_updates_of_one_version_make_one_successor(two: list[MemGraph]) -> None:
    a, b = two
    m = a.add("I prefer tea in the morning", user_id="alex")[0]
    outcomes = []
    for mg, text in ((a, "I prefer coffee in the morning"), (b, "I prefer juice in the morning")):
        outcomes.append(lambda mg=mg, text=text: _try(lambda: mg.update(m.id, text, user_id="alex")))
    results = at_once(*outcomes)
    assert sorted(type(r).__name__ for r in results) == ["Memory", "NotFoundError"]
    supersedes = a.store.relationships(dst=[(NodeLabel.MEMORY, m.id)], types=[RelType.SUPERSEDES])
    assert len(supersedes) == 1


def _try(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except Exception as e:
        return e


def test_a_failed_write_teaches_the_extractor_nothing(tmp_path: Path, embedder: Embedder) -> None:
    extractor = Extractor()
    path = tmp_path / "locked.db"
    mg = MemGraph(SQLiteStore(path, busy_timeout_ms=200), embedder=embedder, extractor=extractor)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the store
    try:
        with pytest.raises(RetryableError):
            mg.add("I work in the Zorblax department", user_id="alex")
        assert extractor.known("Zorblax") is None
        assert mg.facts(user_id="alex") == []
    finally:
        other.execute("ROLLBACK")
        other.close()
    mg.add("I work in the Zorblax department", user_id="alex")
    assert extractor.known("Zorblax") is not None
    assert [f.entity for f in mg.facts(user_id="alex")] == ["Zorblax"]
    mg.close()


class CountingStore(SQLiteStore):
    """The embedded store, counting the reads a write makes."""

    reads = 0

    def get_nodes(self, *args: Any, **kwargs: Any) -> Any:
        self.reads += 1
        return super().get_nodes(*args, **kwargs)

    def find_nodes(self, *args: Any, **kwargs: Any) -> Any:
        self.reads += 1
        return super().find_nodes(*args, **kwargs)

    def relationships(self, *args: Any, **kwargs: Any) -> Any:
        self.reads += 1
        return super().relationships(*args, **kwargs)


def test_reads_of_a_write_do_not_grow_with_its_facts(tmp_path: Path, embedder: Embedder, extractor: Extractor) -> None:
    store = CountingStore(tmp_path / "count.db")
    mg = MemGraph(store, embedder=embedder, extractor=extractor)
    # The first mention of a department or place also re-reads the knowledge base once (relink):
    # the same for one fact or many, and not what is counted here.
    mg.add("Ann works in the Logistics department. Ann is based in Lisbon.", user_id="alex")
    counts = []
    for n in (1, 12):
        people = [f"Person{n}x{k}" for k in range(n)]
        requests = [
            {"content": f"{p} works in the Logistics department. {p} is based in Lisbon.", "user_id": "alex"}
            for p in people
        ]
        store.reads = 0
        mg.add_many(requests)
        counts.append(store.reads)
    assert counts[0] == counts[1], counts
    mg.close()


def test_forget_removes_a_person_whole_and_keeps_others(mg: MemGraph, tmp_path: Path) -> None:
    mg.add("I work in the Operations department", user_id="alex")
    mg.add("My sister Maria lives in Porto", user_id="alex")
    m = mg.add("I prefer aisle seats", user_id="alex")[0]
    mg.update(m.id, "I prefer window seats", user_id="alex")
    mg.add([{"role": "user", "content": "Book a table for Friday"}], user_id="alex", session_id="s1")
    doc = tmp_path / "notes.md"
    doc.write_text("# Travel notes\n\nThe hotel in Porto has a quiet courtyard and late breakfast.\n")
    mg.add_document(doc, user_id="alex")
    mg.add("I work in the Operations department", user_id="sam")
    before = mg.stats()

    mg.add("I work in the Zorblax department", user_id="alex")  # a department only alex named
    done = mg.forget(user_id="alex")
    removed = done.removed

    assert removed["Memory"] == 6 and removed["User"] == 1 and removed["Session"] == 1
    assert removed["Document"] == 1 and removed["Chunk"] >= 1
    for label in NodeLabel:
        if label != NodeLabel.HISTORY:
            assert mg.store.find_nodes(label, ["user:alex"], limit=None) == [], label
    assert mg.store.get_nodes(NodeLabel.USER, ["alex"], None) == []
    history = mg.store.find_nodes(NodeLabel.HISTORY, ["user:alex"], limit=None)
    assert history and all(h.props.get("oldText") is None and h.props.get("newText") is None for h in history)
    assert {h.props["event"] for h in history} == {"ADD", "UPDATE", "DELETE"}
    assert done.history_kept == len(history)
    assert mg.extractor.known("Zorblax") is None
    assert not mg.cypher('MATCH (d:Department) WHERE d.name = "Zorblax" RETURN d.name').rows
    assert mg.search("window seats Porto courtyard", user_id="alex") == []
    # Sam and the shared department are untouched.
    assert [f.entity for f in mg.facts(user_id="sam")] == ["Operations"]
    after = mg.stats()
    assert after["Entity"] < before["Entity"]  # Maria (alex's own) went; Operations stayed
    assert mg.list(user_id="sam")[0].text == "I work in the Operations department"


def test_forget_needs_exactly_one_owner_that_exists(mg: MemGraph) -> None:
    with pytest.raises(NotFoundError, match="nobody"):
        mg.forget(user_id="nobody")
    with pytest.raises(InvalidInputError, match="exactly one"):
        mg.forget()
    with pytest.raises(InvalidInputError, match="exactly one"):
        mg.forget(user_id="a", agent_id="b")


def test_forget_of_an_agent(mg: MemGraph) -> None:
    mg.add("Use the staging endpoint for tests", agent_id="planner")
    mg.add("I like short answers", user_id="alex")
    removed = mg.forget(agent_id="planner").removed
    assert removed["Memory"] == 1 and removed["Agent"] == 1
    assert mg.search("staging endpoint", agent_id="planner") == []
    assert len(mg.list(user_id="alex")) == 1


def test_add_many_without_requests_says_so(mg: MemGraph) -> None:
    with pytest.raises(InvalidInputError, match="no requests"):
        mg.add_many([])


def test_message_kind_is_never_deduplicated_in_one_call(mg: MemGraph) -> None:
    msgs = [{"role": "user", "content": "ok"}, {"role": "user", "content": "ok"}]
    got = mg.add(msgs, user_id="alex", session_id="s")
    assert len({m.id for m in got}) == 2 and all(m.kind == MemoryKind.MESSAGE for m in got)
