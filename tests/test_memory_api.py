"""The MemGraph facade: add, get/list, update, delete, history, facts, search, scopes, presets."""

from __future__ import annotations

import importlib
import inspect
from datetime import datetime, timedelta, timezone

import pytest
from conftest import store_uri

import memgraph
from memgraph import (
    InvalidInputError,
    MemGraph,
    MemoryKind,
    MemoryStatus,
    NodeLabel,
    NotFoundError,
    RelType,
    SearchConfig,
    SearchResult,
)
from memgraph.extraction.extract import Extractor
from memgraph.models import EntityType

LEAVE_MD = """# Staff Handbook

## Annual leave
Every employee receives annual leave; carry-over of up to five days needs a manager's approval.
"""


def _ids(items) -> set[str]:
    return {i.id for i in items}


def _write_kb(tmp_path) -> None:
    (tmp_path / "handbook.md").write_text(LEAVE_MD, encoding="utf-8")


# -- add -------------------------------------------------------------------------------------


def test_add_text_returns_stored_memory(mg: MemGraph) -> None:
    mems = mg.add("I prefer tea over coffee in the morning", user_id="u1", metadata={"source": "chat", "n": 3})
    assert len(mems) == 1
    m = mems[0]
    assert m.text == "I prefer tea over coffee in the morning"
    assert m.kind == MemoryKind.FACT
    assert m.status == MemoryStatus.ACTIVE
    assert m.user_id == "u1"
    assert m.owner == "user:u1"
    assert m.version == 1
    assert m.metadata == {"source": "chat", "n": 3}
    got = mg.get(m.id, user_id="u1")
    assert got.text == m.text
    assert got.metadata == {"source": "chat", "n": 3}
    assert got.created_at.tzinfo is not None


def test_add_kind_and_timestamp(mg: MemGraph) -> None:
    when = datetime(2024, 5, 1, 9, 30, tzinfo=timezone.utc)
    m = mg.add("We shipped release 2.0 to customers", user_id="u1", kind="event", timestamp=when)[0]
    assert m.kind == MemoryKind.EVENT
    assert m.valid_from == when
    assert mg.get(m.id, user_id="u1").created_at == when
    with pytest.raises(InvalidInputError):
        mg.add("Naive time", user_id="u1", timestamp=datetime(2024, 5, 1, 9, 30))
    with pytest.raises(InvalidInputError):
        mg.add("Unknown kind", user_id="u1", kind="rumour")


def test_add_rejects_bad_input(mg: MemGraph) -> None:
    before = mg.stats()
    for bad in ("", "   ", []):
        with pytest.raises(InvalidInputError):
            mg.add(bad, user_id="u1")
    with pytest.raises(InvalidInputError):
        mg.add("no owner given")
    with pytest.raises(InvalidInputError):
        mg.add([{"role": "user"}], user_id="u1")
    with pytest.raises(InvalidInputError):
        mg.add("x", user_id="u1", metadata={"bad": object()})
    assert mg.stats() == before


def test_add_messages_chains_session_across_calls(mg: MemGraph) -> None:
    t0 = datetime(2024, 3, 1, 10, 0, tzinfo=timezone.utc)
    first = mg.add(
        [
            {"role": "user", "content": "Can you book a table for Friday?", "timestamp": t0},
            {
                "role": "assistant",
                "content": "Sure, which restaurant would you like?",
                "timestamp": t0 + timedelta(minutes=1),
            },
        ],
        user_id="u1",
        session_id="s1",
    )
    second = mg.add(
        [
            {
                "role": "user",
                "content": "The Italian place on Main Street, please.",
                "timestamp": t0 + timedelta(minutes=2),
            }
        ],
        user_id="u1",
        session_id="s1",
    )
    assert [m.kind for m in first + second] == [MemoryKind.MESSAGE] * 3
    assert [m.role for m in first + second] == ["user", "assistant", "user"]
    assert all(m.session_id == "s1" for m in first + second)
    a, b, c = (m.id for m in first + second)
    nxt = {(r.src_id, r.dst_id) for r in mg.store.relationships(types=[RelType.NEXT])}
    assert nxt == {(a, b), (b, c)}
    in_session = mg.store.relationships(types=[RelType.IN_SESSION])
    assert {r.src_id for r in in_session} == {a, b, c}
    assert len({r.dst_id for r in in_session}) == 1
    assert mg.stats()["Session"] == 1
    assert _ids(mg.list(user_id="u1", session_id="s1")) == {a, b, c}


def test_messages_extra_fields_become_metadata(mg: MemGraph) -> None:
    m = mg.add(
        [{"role": "user", "content": "Remind me to call the bank", "name": "Sam", "channel": "sms"}],
        user_id="u1",
        metadata={"app": "demo"},
    )[0]
    assert m.speaker == "Sam"
    assert m.metadata == {"app": "demo", "channel": "sms"}


def test_duplicate_statement_returns_existing_and_counts_a_mention(mg: MemGraph) -> None:
    first = mg.add("My favourite colour is green", user_id="u1")[0]
    before = mg.stats()
    again = mg.add("  my favourite   colour is GREEN ", user_id="u1")
    assert [m.id for m in again] == [first.id]
    assert again[0].mentions == 2
    # nothing new but the history entry that keeps the words said again
    assert mg.stats() == {**before, "HistoryEvent": before["HistoryEvent"] + 1}
    assert len(mg.list(user_id="u1")) == 1
    # Another owner saying the same thing gets a memory of their own.
    other = mg.add("My favourite colour is green", user_id="u2")[0]
    assert other.id != first.id


def test_duplicate_chat_messages_are_kept(mg: MemGraph) -> None:
    msgs = [{"role": "user", "content": "Good morning!"}]
    a = mg.add(msgs, user_id="u1", session_id="s1")
    b = mg.add(msgs, user_id="u1", session_id="s2")
    assert a[0].id != b[0].id
    texts = [m.text for m in mg.list(user_id="u1")]
    assert texts.count("Good morning!") == 2


# -- get / list ------------------------------------------------------------------------------


def test_get_unknown_id_raises(mg: MemGraph) -> None:
    with pytest.raises(NotFoundError):
        mg.get("does-not-exist", user_id="u1")


def test_list_newest_first_with_kind_filter_and_paging(mg: MemGraph) -> None:
    t0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
    ids = []
    for i, text in enumerate(["I like jazz music", "The dentist appointment is on Tuesday", "I enjoy long walks"]):
        kind = "event" if "dentist" in text else "preference"
        ids.append(mg.add(text, user_id="u1", kind=kind, timestamp=t0 + timedelta(days=i))[0].id)
    listed = mg.list(user_id="u1")
    assert [m.id for m in listed] == list(reversed(ids))
    assert [m.id for m in mg.list(user_id="u1", kind="event")] == [ids[1]]
    assert [m.id for m in mg.list(user_id="u1", limit=1, offset=1)] == [ids[1]]


# -- update ----------------------------------------------------------------------------------


def test_update_supersedes_old_version(mg: MemGraph) -> None:
    old = mg.add("My flight to Lisbon leaves on Monday", user_id="u1", metadata={"k": 1})[0]
    new = mg.update(old.id, "My flight to Lisbon leaves on Wednesday", user_id="u1")
    assert new.id != old.id
    assert new.version == 2
    assert new.lineage == old.lineage == old.id
    assert new.metadata == {"k": 1}
    assert mg.get(old.id, user_id="u1").status == MemoryStatus.SUPERSEDED
    assert mg.get(new.id, user_id="u1").status == MemoryStatus.ACTIVE
    sup = mg.store.relationships(types=[RelType.SUPERSEDES])
    assert [(r.src_id, r.dst_id) for r in sup] == [(new.id, old.id)]
    # Only the new version is searchable and listed by default.
    found = _ids(mg.search("When does my flight to Lisbon leave?", user_id="u1"))
    assert new.id in found
    assert old.id not in found
    assert _ids(mg.list(user_id="u1")) == {new.id}
    assert _ids(mg.list(user_id="u1", include_superseded=True)) == {old.id, new.id}
    # The OWNS edge moved to the new version.
    owns = {r.dst_id for r in mg.store.relationships(src=[(NodeLabel.USER, "u1")], types=[RelType.OWNS])}
    assert new.id in owns


def test_update_superseded_or_unknown_raises(mg: MemGraph) -> None:
    old = mg.add("The project deadline is in June", user_id="u1")[0]
    mg.update(old.id, "The project deadline is in July", user_id="u1")
    with pytest.raises(NotFoundError):
        mg.update(old.id, "The project deadline is in August", user_id="u1")
    with pytest.raises(NotFoundError):
        mg.update("nope", "text", user_id="u1")
    with pytest.raises(NotFoundError):
        mg.update(old.id, "hijack", user_id="u2")
    with pytest.raises(InvalidInputError):
        mg.update(old.id, "  ", user_id="u1")


def test_update_reextracts_facts(mg: MemGraph) -> None:
    m = mg.add("I work in the Operations department", user_id="dana")[0]
    assert [(f.relation, f.entity) for f in mg.facts(user_id="dana")] == [("WORKS_IN", "Operations")]
    new = mg.update(m.id, "I moved to Technology", user_id="dana")
    facts = mg.facts(user_id="dana")
    assert [(f.relation, f.entity) for f in facts] == [("WORKS_IN", "Technology")]
    assert facts[0].source_id == new.id


# -- delete / history ----------------------------------------------------------------------


def test_delete_forgets_every_version(mg: MemGraph) -> None:
    m = mg.add("I work in the Operations department", user_id="erin")[0]
    keep = mg.add("I like sailing on the lake", user_id="erin")[0]
    v2 = mg.update(m.id, "I work in the Operations department at the harbour site", user_id="erin")
    assert mg.facts(user_id="erin")
    removed = mg.delete(v2.id, user_id="erin")
    assert removed == 2
    for mid in (m.id, v2.id):
        with pytest.raises(NotFoundError):
            mg.get(mid, user_id="erin")
        assert mg.store.relationships(source_id=mid) == []
        assert mg.store.relationships(src=[(NodeLabel.MEMORY, mid)]) == []
        assert mg.store.relationships(dst=[(NodeLabel.MEMORY, mid)]) == []
    assert _ids(mg.list(user_id="erin", include_superseded=True)) == {keep.id}
    found = _ids(mg.search("Which department do I work in?", user_id="erin"))
    assert not found & {m.id, v2.id}
    assert [f for f in mg.facts(user_id="erin") if f.relation == "WORKS_IN"] == []
    assert mg.store.relationships(src=[(NodeLabel.USER, "erin")], types=[RelType.WORKS_IN]) == []
    with pytest.raises(NotFoundError):
        mg.delete(v2.id, user_id="erin")


def test_deleting_a_change_restores_the_earlier_fact(mg: MemGraph) -> None:
    """A forgotten memory leaves no effect behind: the fact it had closed is current again."""
    mg.add("I work in the Operations department", user_id="fay")
    moved = mg.add("I moved to Technology", user_id="fay")[0]
    assert [(f.relation, f.entity) for f in mg.facts(user_id="fay")] == [("WORKS_IN", "Technology")]
    mg.delete(moved.id, user_id="fay")
    assert [(f.relation, f.entity) for f in mg.facts(user_id="fay")] == [("WORKS_IN", "Operations")]


def test_history_order_and_content_free_after_delete(mg: MemGraph) -> None:
    m = mg.add("My locker number is 17", user_id="u1")[0]
    v2 = mg.update(m.id, "My locker number is 18", user_id="u1")
    v3 = mg.update(v2.id, "My locker number is 19", user_id="u1")
    hist = mg.history(v3.id, user_id="u1")
    assert [e.event for e in hist] == ["ADD", "UPDATE", "UPDATE"]
    assert [e.memory_id for e in hist] == [m.id, v2.id, v3.id]
    assert hist[0].new_text == "My locker number is 17"
    assert (hist[1].old_text, hist[1].new_text) == ("My locker number is 17", "My locker number is 18")
    assert [e.at for e in hist] == sorted(e.at for e in hist)
    assert mg.history(m.id, user_id="u1") == hist

    mg.delete(v3.id, user_id="u1")
    after = mg.history(m.id, user_id="u1")
    assert [e.event for e in after] == ["ADD", "UPDATE", "UPDATE", "DELETE"]
    assert all(e.old_text is None and e.new_text is None for e in after)
    # No trace of the text anywhere in the history nodes.
    for rec in mg.store.iter_nodes(NodeLabel.HISTORY):
        assert "locker" not in str(rec.props)
    with pytest.raises(NotFoundError):
        mg.history(m.id, user_id="u2")


# -- facts ---------------------------------------------------------------------------------


def test_named_user_statement_attaches_fact_to_user(mg: MemGraph) -> None:
    mg.set_user("alex", name="Alex")
    m = mg.add("Alex works in the Operations department", user_id="alex")[0]
    facts = mg.facts(user_id="alex")
    assert [(f.relation, f.entity) for f in facts] == [("WORKS_IN", "Operations")]
    assert facts[0].source_id == m.id
    rels = mg.store.relationships(types=[RelType.WORKS_IN], source_id=m.id)
    assert [(r.src_label, r.src_id) for r in rels] == [(NodeLabel.USER, "alex")]
    assert not any(
        r.src_label == NodeLabel.ENTITY for r in mg.store.relationships(types=[RelType.WORKS_IN], source_id=m.id)
    )


def test_other_person_becomes_person_entity(mg: MemGraph) -> None:
    mg.set_user("alex", name="Alex")
    m = mg.add("Maria works in the Finance department", user_id="alex")[0]
    assert mg.facts(user_id="alex") == []
    rels = mg.store.relationships(types=[RelType.WORKS_IN], source_id=m.id)
    assert len(rels) == 1
    assert rels[0].src_label == NodeLabel.ENTITY
    person = mg.store.get_nodes(NodeLabel.ENTITY, [rels[0].src_id], ["user:alex"])
    assert len(person) == 1
    assert person[0].props["type"] == EntityType.PERSON.value
    assert person[0].props["name"] == "Maria"
    # The person belongs to the user who named them; another user cannot read it.
    assert mg.store.get_nodes(NodeLabel.ENTITY, [rels[0].src_id], ["user:bob", "shared"]) == []


def test_same_department_is_one_entity_for_every_user(store_kind, tmp_path, embedder) -> None:
    """Two people in the same department must reach the same Department node, or the
    User-WORKS_IN->Department<-APPLIES_TO-Chunk path cannot connect them to one policy."""
    with MemGraph(store_uri(store_kind, tmp_path, "same.db"), embedder=embedder, extractor=Extractor()) as mg:
        mg.add("I work in the Operations department", user_id="p1")
        mg.add("I work in the Operations department", user_id="p2")
        f1, f2 = mg.facts(user_id="p1"), mg.facts(user_id="p2")
        assert [(f.entity, f.entity_type) for f in f1] == [("Operations", "Department")]
        assert [(f.entity, f.entity_type) for f in f2] == [("Operations", "Department")]
        d1 = {r.dst_id for r in mg.store.relationships(src=[(NodeLabel.USER, "p1")], types=[RelType.WORKS_IN])}
        d2 = {r.dst_id for r in mg.store.relationships(src=[(NodeLabel.USER, "p2")], types=[RelType.WORKS_IN])}
        assert d1 == d2


# -- search ----------------------------------------------------------------------------------


def test_search_results_carry_signals_paths_and_explain(store_kind, tmp_path, embedder) -> None:
    _write_kb(tmp_path)
    with MemGraph(store_uri(store_kind, tmp_path, "s.db"), embedder=embedder, extractor=Extractor()) as mg:
        mg.ingest(tmp_path / "handbook.md", applies_to={"Department": ["Logistics"]})
        mg.add("I work in the Logistics department", user_id="lee")
        mem = mg.add("Carry-over of leave days was approved by my manager last year", user_id="lee")[0]
        results = mg.search("carry-over of annual leave days", user_id="lee")
        assert results and all(isinstance(r, SearchResult) for r in results)
        assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
        by_id = {r.id: r for r in results}
        assert mem.id in by_id
        r_mem = by_id[mem.id]
        assert r_mem.label == NodeLabel.MEMORY
        assert {"vector", "vector_rank", "keyword", "keyword_rank"} <= set(r_mem.signals)
        assert "vector" in r_mem.explain() and "keyword" in r_mem.explain()
        chunk = next(r for r in results if r.label == NodeLabel.CHUNK)
        assert chunk.document == "Staff Handbook"
        assert chunk.section and "Annual leave" in chunk.section
        assert "User-WORKS_IN->Logistics<-APPLIES_TO-Chunk" in chunk.paths
        assert "graph_rank" in chunk.signals
        assert "User-WORKS_IN->Logistics<-APPLIES_TO-Chunk" in chunk.explain()
        assert chunk.citation() == "Staff Handbook"


def test_search_validates_input(mg: MemGraph) -> None:
    with pytest.raises(InvalidInputError):
        mg.search("", user_id="u1")
    with pytest.raises(InvalidInputError):
        mg.search("hello", user_id="u1", top_k=0)
    with pytest.raises(InvalidInputError):
        mg.search("hello")
    assert mg.search("anything at all", user_id="nobody-yet") == []


def test_search_returns_top_k_when_that_many_match(mg: MemGraph) -> None:
    plants = ("tomato", "basil", "carrot", "onion", "lettuce", "pepper")
    mg.add_many(
        [
            {"content": f"Garden note {i}: water the {plants[i % 6]} bed on day {i}", "user_id": "gardener"}
            for i in range(300)
        ],
        infer=False,
    )
    for config in (SearchConfig.HYBRID, SearchConfig.VECTOR_ONLY, SearchConfig.KEYWORD_ONLY):
        results = mg.search("garden note", user_id="gardener", top_k=300, config=config)
        assert len(results) == 300, config
        assert len({r.id for r in results}) == 300


def test_search_top_k_bounds(mg: MemGraph) -> None:
    mg.add("The spare key is under the blue flower pot", user_id="u1")
    for bad, words in ((10_000, "1000"), (True, "True"), (False, "False"), (2.0, "2.0"), ("5", "'5'"), (-3, "-3")):
        with pytest.raises(InvalidInputError) as err:
            mg.search("spare key", user_id="u1", top_k=bad)  # type: ignore[arg-type]
        assert "top_k" in str(err.value) and words in str(err.value)
    with pytest.raises(InvalidInputError, match="config must be a SearchConfig"):
        mg.search("spare key", user_id="u1", config={"top_k": 3})  # type: ignore[arg-type]
    assert len(mg.search("spare key", user_id="u1", top_k=1000)) == 1


def test_scope_isolation_between_users(mg: MemGraph, tmp_path) -> None:
    _write_kb(tmp_path)
    mg.ingest(tmp_path / "handbook.md")
    a = mg.add("My bank PIN hint is the name of my first cat", user_id="ann")[0]
    b = mg.add("My bank PIN hint is the name of my first dog", user_id="ben")[0]
    for query in ("bank PIN hint", "name of my first cat", "annual leave carry-over"):
        ids_ann = _ids(mg.search(query, user_id="ann", top_k=50))
        ids_ben = _ids(mg.search(query, user_id="ben", top_k=50))
        assert b.id not in ids_ann
        assert a.id not in ids_ben
    assert _ids(mg.list(user_id="ann", include_superseded=True)) == {a.id}
    assert _ids(mg.list(user_id="ben", include_superseded=True)) == {b.id}
    with pytest.raises(NotFoundError):
        mg.get(b.id, user_id="ann")
    with pytest.raises(NotFoundError):
        mg.delete(b.id, user_id="ann")
    with pytest.raises(NotFoundError):
        mg.history(b.id, user_id="ann")
    assert mg.get(b.id, user_id="ben").text.endswith("dog")
    # Both read the shared knowledge base.
    for user in ("ann", "ben"):
        res = mg.search("How many leave days can I carry over?", user_id=user)
        assert any(r.label == NodeLabel.CHUNK and r.document == "Staff Handbook" for r in res)
    # ...unless they ask for memories only.
    res = mg.search("How many leave days can I carry over?", user_id="ann", include_knowledge_base=False)
    assert all(r.label == NodeLabel.MEMORY for r in res)


def test_agent_only_memories(mg: MemGraph) -> None:
    m = mg.add("The deploy script needs the --force flag on staging", agent_id="ops-bot")[0]
    assert m.owner == "agent:ops-bot"
    assert m.user_id is None and m.agent_id == "ops-bot"
    assert _ids(mg.list(agent_id="ops-bot")) == {m.id}
    assert mg.get(m.id, agent_id="ops-bot").id == m.id
    assert m.id in _ids(mg.search("deploy script flag for staging", agent_id="ops-bot"))
    assert m.id not in _ids(mg.search("deploy script flag for staging", user_id="someone"))
    with pytest.raises(NotFoundError):
        mg.get(m.id, user_id="someone")
    with pytest.raises(NotFoundError):
        mg.get(m.id, agent_id="other-bot")
    assert mg.store.get_nodes(NodeLabel.AGENT, ["ops-bot"], None)


def test_search_session_filter(mg: MemGraph) -> None:
    s1 = mg.add([{"role": "user", "content": "Let's plan the hiking trip to the Alps"}], user_id="u1", session_id="s1")
    s2 = mg.add([{"role": "user", "content": "Let's plan the hiking trip to Norway"}], user_id="u1", session_id="s2")
    plain = mg.add("Hiking boots need new laces", user_id="u1")
    everything = _ids(mg.search("hiking trip plans", user_id="u1"))
    assert {s1[0].id, s2[0].id, plain[0].id} <= everything
    only_s1 = mg.search("hiking trip plans", user_id="u1", session_id="s1")
    mems = {r.id for r in only_s1 if r.label == NodeLabel.MEMORY}
    assert mems == {s1[0].id}


def test_session_search_returns_top_k_of_the_session(mg: MemGraph) -> None:
    """Other sessions match the query better than every message of s1; s1 still gives top_k."""
    for n in range(3):
        msgs = [{"role": "user", "content": f"Planning our hiking trip to the Alps, stage {n}.{i}"} for i in range(20)]
        mg.add(msgs, user_id="u1", session_id=f"other{n}", infer=False)
    mine = mg.add(
        [{"role": "user", "content": f"Packing idea {i}: boots and a rain jacket for the trip"} for i in range(12)],
        user_id="u1",
        session_id="s1",
        infer=False,
    )
    query = "hiking trip to the Alps"
    overall = mg.search(query, user_id="u1", top_k=10)
    assert not {r.id for r in overall} & {m.id for m in mine}  # s1 is not among the best overall
    for config in (SearchConfig.HYBRID, SearchConfig.VECTOR_ONLY, SearchConfig.KEYWORD_ONLY):
        results = mg.search(query, user_id="u1", session_id="s1", top_k=10, config=config)
        assert len(results) == 10, config
        assert all(r.label == NodeLabel.MEMORY and r.properties["sessionId"] == "s1" for r in results)
    assert {r.id for r in mg.search(query, user_id="u1", session_id="s1", top_k=50)} == {m.id for m in mine}


def test_keyword_search_finds_chinese_and_japanese_words_in_unspaced_text(mg: MemGraph) -> None:
    zh = mg.add("我下周三要去上海出差", user_id="li")[0]
    ja = mg.add("来週の水曜日に大阪へ出張します", user_id="li")[0]
    mg.add("I am flying to Berlin next week", user_id="li")
    for query, want in (("上海", zh), ("我什么时候去上海?", zh), ("大阪への出張はいつですか", ja), ("水曜日", ja)):
        hits = mg.search(query, user_id="li", config=SearchConfig.KEYWORD_ONLY)
        assert [h.id for h in hits] == [want.id], (query, [h.text for h in hits])


# -- presets ---------------------------------------------------------------------------------


def test_vector_and_keyword_presets(mg: MemGraph) -> None:
    cat = mg.add("My cat Whiskers is eleven years old", user_id="u1")[0]
    mg.add("The quarterly budget review is due soon", user_id="u1")
    vec = mg.search("feline pet age", user_id="u1", config=SearchConfig.VECTOR_ONLY)
    assert vec[0].id == cat.id
    assert all("vector" in r.signals and "keyword" not in r.signals for r in vec)
    assert all("graph_rank" not in r.signals for r in vec)
    # No shared word: the keyword preset finds nothing, the vector preset still does.
    assert mg.search("feline pet age", user_id="u1", config=SearchConfig.KEYWORD_ONLY) == []
    kw = mg.search("Whiskers", user_id="u1", config=SearchConfig.KEYWORD_ONLY)
    assert [r.id for r in kw] == [cat.id]
    assert "keyword" in kw[0].signals and "vector" not in kw[0].signals


def test_diverse_preset_drops_near_duplicate(mg: MemGraph) -> None:
    a = mg.add("I love hiking in the mountains on weekends.", user_id="u1")[0]
    b = mg.add("I love hiking up in the mountains at weekends!", user_id="u1")[0]
    mg.add("Camping by a mountain lake is my favourite holiday.", user_id="u1")
    mg.add("The office printer on floor two is broken.", user_id="u1")
    query = "hiking in the mountains on weekends"
    plain = mg.search(query, user_id="u1", top_k=2, include_knowledge_base=False)
    assert {r.id for r in plain} == {a.id, b.id}
    diverse = mg.search(query, user_id="u1", top_k=2, config=SearchConfig.DIVERSE, include_knowledge_base=False)
    assert len(diverse) == 2
    assert len({r.id for r in diverse} & {a.id, b.id}) == 1


# -- public API ------------------------------------------------------------------------------


def test_facade_public_attributes(mg: MemGraph) -> None:
    """Collaborators and sub-APIs are public; the writer, retriever and image writer are not."""
    public = {name for name, value in vars(mg).items() if not name.startswith("_")}
    assert public == {
        "settings",
        "store",
        "embedder",
        "extractor",
        "llm",
        "kb",
        "feedback",
        "review",
        "tools",
        "kg",
        "export",
    }
    assert isinstance(mg.kb, memgraph.KnowledgeBaseAPI)
    assert isinstance(mg.kg, memgraph.KnowledgeGraphAPI) and isinstance(mg.export, memgraph.ExportAPI)


def test_search_with_a_precomputed_query_vector(mg: MemGraph) -> None:
    mg.add("My cat Whiskers is eleven years old", user_id="u1")
    mg.add("The quarterly budget review is due soon", user_id="u1")
    query = "feline pet age"
    qv = mg.embedder.embed_one(query)
    plain = mg.search(query, user_id="u1")
    given = mg.search(query, user_id="u1", query_vector=qv)
    assert [(r.id, round(r.score, 6)) for r in given] == [(r.id, round(r.score, 6)) for r in plain]
    assert given[0].text.startswith("My cat")
    # The vector decides the ranking: the budget memory's own vector puts it first.
    budget = mg.embedder.embed_one("The quarterly budget review is due soon")
    assert mg.search(query, user_id="u1", query_vector=budget, config=SearchConfig.VECTOR_ONLY)[0].text.startswith(
        "The quarterly budget"
    )
    for bad, words in ((qv[:5], "shape"), ([float("nan")] * len(qv), "NaN"), ("abc", "vector")):
        with pytest.raises(InvalidInputError, match=words):
            mg.search(query, user_id="u1", query_vector=bad)


def test_all_matches_public_names() -> None:
    public = {
        name
        for name, value in vars(memgraph).items()
        if not name.startswith("_") and not inspect.ismodule(value) and name != "annotations"
    }
    exported = set(memgraph.__all__)
    assert len(exported) == len(memgraph.__all__), "duplicates in __all__"
    assert public == exported - {"__version__"}
    for name in memgraph.__all__:
        assert getattr(importlib.import_module("memgraph"), name) is not None
        ns: dict[str, object] = {}
        exec(f"from memgraph import {name}", ns)
        assert name in ns
    assert isinstance(memgraph.__version__, str) and memgraph.__version__


def test_add_many_writes_sessions_of_several_users_in_one_call(mg: MemGraph) -> None:
    ts = datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc)
    out = mg.add_many(
        [
            {
                "content": [{"role": "user", "content": "Morning!"}, {"role": "user", "content": "Coffee?"}],
                "user_id": "ana",
                "session_id": "s1",
                "timestamp": ts,
            },
            {"content": [{"role": "user", "content": "Yes please."}], "user_id": "ana", "session_id": "s1"},
            {"content": "I work in the Finance department", "user_id": "ben"},
        ]
    )
    assert [len(group) for group in out] == [2, 1, 1]
    ana = [m.id for m in out[0] + out[1]]
    nexts = mg.store.relationships(src=[(memgraph.NodeLabel.MEMORY, i) for i in ana], types=[memgraph.RelType.NEXT])
    assert {(r.src_id, r.dst_id) for r in nexts} == {(ana[0], ana[1]), (ana[1], ana[2])}
    assert [f.entity for f in mg.facts(user_id="ben")] == ["Finance"]
    assert {m.id for m in mg.list(user_id="ana")} == set(ana)
    assert mg.list(user_id="ben")[0].text == "I work in the Finance department"


def test_add_many_with_one_bad_request_writes_nothing(mg: MemGraph) -> None:
    before = mg.stats()
    with pytest.raises(InvalidInputError, match="request #1"):
        mg.add_many([{"content": "fine", "user_id": "ana"}, {"user_id": "ana"}])
    with pytest.raises(InvalidInputError, match="empty"):
        mg.add_many([{"content": "fine", "user_id": "ana"}, {"content": "  ", "user_id": "ana"}])
    assert mg.stats() == before


def test_first_person_facts_belong_to_the_named_speaker(mg: MemGraph) -> None:
    mg.add(
        [
            {"role": "user", "name": "Melanie", "content": "I work in the Design department."},
            {"role": "user", "content": "I work in the Finance department."},
            {"role": "assistant", "content": "I work in the Support team."},
        ],
        user_id="conv-x",
        session_id="s1",
    )
    assert [f.entity for f in mg.facts(user_id="conv-x")] == ["Finance"]
    melanie = [r for r in mg.store.relationships(types=[memgraph.RelType.WORKS_IN]) if "Melanie" in r.src_id.title()]
    assert len(melanie) == 1 and melanie[0].dst_id.endswith("design")


def test_query_naming_a_speaker_prefers_their_messages(mg: MemGraph) -> None:
    mg.add(
        [
            {"role": "user", "name": "Caroline", "content": "I went hiking in the mountains last weekend."},
            {"role": "user", "name": "Melanie", "content": "I went hiking by the lake last weekend."},
        ],
        user_id="conv-y",
        session_id="s1",
    )
    for speaker in ("Caroline", "Melanie"):
        top = mg.search(f"Where did {speaker} go hiking?", user_id="conv-y", top_k=2)[0]
        assert top.properties["speaker"] == speaker
        assert top.signals.get("speaker")
    plain = mg.search("Where did Caroline go hiking?", user_id="conv-y", config=SearchConfig.VECTOR_ONLY)
    assert plain and all("speaker" not in r.signals for r in plain)


def test_delete_forgets_people_only_that_memory_named(mg: MemGraph) -> None:
    kept = mg.add("My sister Beatrice lives in Lisbon.", user_id="ana")[0]
    gone = mg.add("My therapist Dr. Okonkwo works in the Psychiatry department.", user_id="ana")[0]
    people = {r.props["name"] for r in mg.store.find_nodes(memgraph.NodeLabel.ENTITY, ["user:ana"], limit=100)}
    # Both people were found, so their absence after the delete is the delete's doing.
    assert any("Okonkwo" in name for name in people), people
    assert any("Beatrice" in name for name in people), people
    mg.delete(gone.id, user_id="ana")
    left = {r.props["name"] for r in mg.store.find_nodes(memgraph.NodeLabel.ENTITY, ["user:ana"], limit=100)}
    assert not any("Okonkwo" in name for name in left), left
    assert any("Beatrice" in name for name in left), left
    assert mg.get(kept.id, user_id="ana").text.startswith("My sister")


def test_every_search_result_has_a_citation_saying_who_said_a_memory_and_when(mg: MemGraph) -> None:
    mg.add("I prefer aisle seats on long flights", user_id="alex", timestamp="2026-11-30T14:05:00+00:00")
    mg.add(
        [
            {"role": "user", "name": "Caroline", "content": "The choir rehearses on Tuesdays"},
            {"role": "assistant", "content": "Noted: choir rehearsal every Tuesday"},
        ],
        user_id="alex",
        session_id="s1",
        timestamp="2026-12-01T09:30:00+01:00",
    )
    hits = {h.text: h for h in mg.search("aisle seats choir rehearsal", user_id="alex", top_k=5)}
    assert hits["I prefer aisle seats on long flights"].citation() == "alex, 2026-11-30 14:05"
    assert hits["The choir rehearses on Tuesdays"].citation() == "Caroline, 2026-12-01 08:30"
    assert hits["Noted: choir rehearsal every Tuesday"].citation() == "assistant, 2026-12-01 08:30"
    assert all(h.source() == h.citation() for h in hits.values())
