"""Merge and undo, on both stores, through the public API."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import store_snapshot

from memgraph import InvalidInputError, MemGraph, NotFoundError
from memgraph.models import HistoryKind, MemoryStatus, NodeLabel, RelType


def _facts(mg: MemGraph, user: str) -> set[tuple[str, str]]:
    return {(f.relation, f.entity) for f in mg.facts(user_id=user)}


def test_merge_supersedes_and_undo_restores(mg: MemGraph) -> None:
    a = mg.add("I work in the Sales department", user_id="ana")[0]
    b = mg.add("I love sailing on weekends", user_id="ana")[0]
    merged = mg.merge([a.id, b.id], user_id="ana")
    assert merged.text == "I work in the Sales department I love sailing on weekends"
    assert {mg.get(i, user_id="ana").status for i in (a.id, b.id)} == {MemoryStatus.SUPERSEDED}
    found = {r.id for r in mg.search("sailing", user_id="ana")}
    assert merged.id in found and b.id not in found
    rels = mg.store.relationships(src=[(NodeLabel.MEMORY, merged.id)], types=[RelType.MERGED_FROM])
    assert {r.dst_id for r in rels} == {a.id, b.id}
    assert _facts(mg, "ana") == {("WORKS_IN", "Sales")}  # stated again by the merged memory
    merge_entry = next(e for e in mg.history(merged.id, user_id="ana") if e.event == HistoryKind.MERGE)
    assert merge_entry.before == [a.id, b.id]
    assert [e.event for e in mg.history(a.id, user_id="ana")] == [HistoryKind.ADD, HistoryKind.MERGE]

    done = mg.undo(merge_entry.id, user_id="ana")
    assert sorted(done.restored) == sorted([a.id, b.id]) and done.removed == [merged.id]
    assert {mg.get(i, user_id="ana").status for i in (a.id, b.id)} == {MemoryStatus.ACTIVE}
    with pytest.raises(NotFoundError):
        mg.get(merged.id, user_id="ana")
    assert b.id in {r.id for r in mg.search("sailing", user_id="ana")}
    assert _facts(mg, "ana") == {("WORKS_IN", "Sales")}
    with pytest.raises(InvalidInputError, match="undone already"):
        mg.undo(merge_entry.id, user_id="ana")


def test_undo_a_correction_reopens_the_old_fact(mg: MemGraph) -> None:
    mg.add("I work in the Sales department", user_id="ana")
    res = mg.feedback("No, I'm in Technology now", user_id="ana")
    assert _facts(mg, "ana") == {("WORKS_IN", "Technology")}
    assert res.event_id
    mg.undo(res.event_id, user_id="ana")
    assert _facts(mg, "ana") == {("WORKS_IN", "Sales")}
    kinds = [e.event for e in mg.history(user_id="ana")]
    assert kinds[0] == HistoryKind.UNDO


def test_undo_a_revision_and_a_flag(mg: MemGraph, tmp_path: Path) -> None:
    mg.add("My manager is Lee Chen", user_id="ana")
    res = mg.feedback("my manager is Dana Wu now, not Lee Chen", user_id="ana")
    assert res.event_id
    back = mg.undo(res.event_id, user_id="ana")
    assert mg.get(back.written[0], user_id="ana").text == "My manager is Lee Chen"

    path = tmp_path / "travel.md"
    path.write_text("# Travel\n\n## Meals\n\nThe meal allowance is 25 EUR a day.\n", encoding="utf-8")
    mg.kb.ingest(path)
    mg.ask("What is the meal allowance?", user_id="ana", session_id="s")
    first = mg.feedback("that allowance is outdated", user_id="ana", session_id="s")
    second = mg.feedback("that allowance is outdated", user_id="ana", session_id="s")
    assert first.event_id and second.event_id
    assert mg.review.list()[0].flags == 2
    mg.undo(second.event_id, user_id="ana")
    assert mg.review.list()[0].flags == 1
    mg.undo(first.event_id, user_id="ana")
    assert mg.review.list() == []
    answer = mg.ask("What is the meal allowance?", user_id="ana")
    assert "25 EUR" in answer.answer and "flagged" not in answer.answer


def test_bad_merge_and_undo_change_nothing(mg: MemGraph) -> None:
    a = mg.add("I like tea", user_id="ana")[0]
    b = mg.add("I like coffee", user_id="ana")[0]
    theirs = mg.add("I like cocoa", user_id="bo")[0]
    forgotten = mg.feedback("forget that I like coffee", user_id="ana")
    assert forgotten.applied and forgotten.forgotten == [b.id] and forgotten.event_id
    c = mg.add("I like mint tea", user_id="ana")[0]
    before = store_snapshot(mg.store)
    with pytest.raises(InvalidInputError, match="two"):
        mg.merge([a.id, a.id], user_id="ana")
    with pytest.raises(InvalidInputError, match="list"):
        mg.merge(a.id, user_id="ana")
    with pytest.raises(NotFoundError):
        mg.merge([a.id, theirs.id], user_id="ana")
    with pytest.raises(InvalidInputError, match="cannot be undone"):
        mg.undo(forgotten.event_id, user_id="ana")
    add_entry = mg.history(a.id, user_id="ana")[0]
    with pytest.raises(InvalidInputError, match="cannot be undone"):
        mg.undo(add_entry.id, user_id="ana")
    with pytest.raises(NotFoundError):
        mg.undo(add_entry.id, user_id="bo")
    assert store_snapshot(mg.store) == before
    mg.update(c.id, "I like peppermint tea", user_id="ana")
    with pytest.raises(InvalidInputError, match="current"):
        mg.merge([a.id, c.id], user_id="ana")


def test_forgetting_a_restatement_keeps_the_fact_the_first_statement_made(mg: MemGraph) -> None:
    first = mg.add("I work in the Sales department", user_id="ana")[0]
    again = mg.add("As I said, I'm in the Sales department", user_id="ana")[0]
    (fact,) = mg.facts(user_id="ana")
    assert fact.source_id == again.id
    mg.delete(again.id, user_id="ana")
    (fact,) = mg.facts(user_id="ana")
    assert (fact.relation, fact.entity, fact.source_id) == ("WORKS_IN", "Sales", first.id)
    assert fact.since == first.valid_from
    mg.delete(first.id, user_id="ana")
    assert mg.facts(user_id="ana") == []


def test_a_statement_said_again_is_a_mention(mg: MemGraph) -> None:
    first = mg.add("My son plays the violin", user_id="ana")[0]
    again = mg.add("my son plays violin.", user_id="ana")[0]
    assert again.id == first.id and again.mentions == 2 and again.last_seen_at is not None
    same = mg.add("My son plays the violin", user_id="ana")[0]  # the same words
    assert same.id == first.id and same.mentions == 3
    assert [m.id for m in mg.list(user_id="ana")] == [first.id]
    mentions = [e for e in mg.history(first.id, user_id="ana") if e.operation == "mention"]
    assert [e.new_text for e in mentions] == ["my son plays violin.", "My son plays the violin"]
    # a changed number, tense, order or added detail is a memory of its own
    for text in ("My son played the violin", "My son plays the violin and the piano", "The violin plays my son"):
        assert mg.add(text, user_id="ana")[0].id != first.id
    assert (
        mg.add("I take 20 mg of lisinopril daily", user_id="bo")[0].id
        != mg.add("I take 40 mg of lisinopril daily", user_id="bo")[0].id
    )
    # chat messages stay events
    msgs = [{"role": "user", "content": "My son plays the violin"}]
    assert mg.add(msgs, user_id="ana", session_id="s")[0].id != first.id


def test_undo_after_the_memory_was_forgotten_is_refused(mg: MemGraph) -> None:
    mg.add("I work in the Sales department", user_id="ana")
    res = mg.feedback("No, I'm in Technology now", user_id="ana")
    assert res.event_id and res.memory_ids
    mg.delete(res.memory_ids[0], user_id="ana")
    before = store_snapshot(mg.store)
    with pytest.raises(NotFoundError, match="forgotten"):
        mg.undo(res.event_id, user_id="ana")
    assert store_snapshot(mg.store) == before
