"""Natural-language feedback and the review queue, on both stores, through the public API."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import store_snapshot

from memgraph import InvalidInputError, MemGraph, NotFoundError
from memgraph.extraction.extract import Extractor
from memgraph.extraction.feedback import read_feedback, replacement
from memgraph.models import Chunk, Document, FeedbackKind, HistoryKind, NodeLabel, RelType

POLICY = """# Travel policy

## Meals

The meal allowance is 25 EUR a day for every employee on business travel.

## Parking

Staff park in the north car park. Visitors use the south car park.
"""


@pytest.fixture
def kb(mg: MemGraph, tmp_path: Path) -> MemGraph:
    path = tmp_path / "travel.md"
    path.write_text(POLICY, encoding="utf-8")
    mg.kb.ingest(path)
    return mg


def _facts(mg: MemGraph, user: str) -> set[tuple[str, str]]:
    return {(f.relation, f.entity) for f in mg.facts(user_id=user)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("No, I'm in Technology now", FeedbackKind.CORRECTION),
        ("You're wrong, I work in Sales", FeedbackKind.CORRECTION),
        ("forget my home address", FeedbackKind.FORGET),
        ("Please delete what I told you about my sister.", FeedbackKind.FORGET),
        ("answer in one sentence", FeedbackKind.PREFERENCE),
        ("Keep it short please", FeedbackKind.PREFERENCE),
        ("Can you give shorter answers?", FeedbackKind.PREFERENCE),
        ("Don't use emojis", FeedbackKind.PREFERENCE),
        ("answers should be shorter", FeedbackKind.PREFERENCE),
        ("please drop my phone number", FeedbackKind.FORGET),
        ("you don't need to remember where I live", FeedbackKind.FORGET),
        ("The answer is no longer valid", FeedbackKind.KNOWLEDGE),
        ("My dentist changed, it's Dr. Lopez now", None),
        ("yes, that's right", FeedbackKind.CONFIRM),
        ("Correct.", FeedbackKind.CONFIRM),
        ("Thanks, but that's outdated", FeedbackKind.KNOWLEDGE),
        ("The parking rule changed in March", FeedbackKind.KNOWLEDGE),
        ("that's wrong", None),
        ("I said Bristol, not Antwerp", None),
        ("Don't forget the deadline", None),
    ],
)
def test_read_feedback_kinds(text: str, kind: FeedbackKind | None, extractor: Extractor) -> None:
    assert read_feedback(text, extractor).kind == kind


def test_read_feedback_parts(extractor: Extractor) -> None:
    r = read_feedback("No, I'm in Technology now", extractor)
    assert r.statement == "I'm in Technology now"
    assert [(f.rel.value, f.object) for f in r.facts] == [("WORKS_IN", "Technology")]
    assert read_feedback("Please delete what I told you about my sister.", extractor).about == "my sister"
    assert replacement("I said Bristol, not Antwerp") == ("Bristol", "Antwerp")
    assert replacement("It's 30 EUR a day, not 25") == ("30 EUR a day", "25")
    assert replacement("not Lee but Dana") == ("Dana", "Lee")
    assert replacement("I work in Leeds") is None


def test_correction_closes_the_old_fact(mg: MemGraph) -> None:
    mg.add("I work in the Sales department", user_id="ana")
    res = mg.feedback("No, I'm in Technology now", user_id="ana")
    assert res.applied and res.kind == FeedbackKind.CORRECTION
    assert res.closed == ["WORKS_IN Sales"] and res.opened == ["WORKS_IN Technology"]
    assert _facts(mg, "ana") == {("WORKS_IN", "Technology")}
    events = mg.history(user_id="ana")
    assert events[0].event == HistoryKind.FEEDBACK and events[0].id == res.event_id
    assert events[0].after == res.memory_ids
    assert mg.get(res.memory_ids[0], user_id="ana").kind.value == "correction"


def test_replacement_of_a_fact_value(mg: MemGraph) -> None:
    mg.add("I am based in Antwerp", user_id="ana")
    res = mg.feedback("I said Bristol, not Antwerp", user_id="ana")
    assert res.applied and res.kind == FeedbackKind.CORRECTION
    assert _facts(mg, "ana") == {("LOCATED_IN", "Bristol")}


def test_replacement_in_a_memory_writes_a_new_version(mg: MemGraph) -> None:
    old = mg.add("My manager is Lee Chen", user_id="ana")[0]
    res = mg.feedback("my manager is Dana now, not Lee Chen", user_id="ana")
    assert res.applied and res.target_id == old.id
    new = mg.get(res.memory_ids[0], user_id="ana")
    assert new.text == "My manager is Dana" and new.version == 2
    assert mg.get(old.id, user_id="ana").status.value == "superseded"
    kinds = [e.event for e in mg.history(new.id, user_id="ana")]
    assert kinds[:2] == [HistoryKind.ADD, HistoryKind.UPDATE] and HistoryKind.FEEDBACK in kinds


def test_a_personal_correction_without_a_fact_revises_the_closest_memory(mg: MemGraph) -> None:
    dentist = mg.add("My dentist is Dr. Park on 5th Avenue", user_id="raj")[0]
    mg.add("I play tennis every Tuesday", user_id="raj")
    res = mg.feedback("My dentist changed, it's Dr. Lopez now", user_id="raj")
    assert res.applied and res.kind == FeedbackKind.CORRECTION and res.target_id == dentist.id
    assert mg.get(res.memory_ids[0], user_id="raj").text == "My dentist changed, it's Dr. Lopez now"
    # nothing close enough: nothing changes
    assert not mg.feedback("my boat is red now", user_id="raj").applied


def test_forget_feedback_forgets_what_it_names(mg: MemGraph) -> None:
    address = mg.add("My home address is 12 Elm Street, Leeds", user_id="ana")[0]
    kept = mg.add("I like hiking on weekends", user_id="ana")[0]
    res = mg.feedback("forget my home address", user_id="ana")
    assert res.applied and res.forgotten == [address.id]
    with pytest.raises(NotFoundError):
        mg.get(address.id, user_id="ana")
    assert mg.get(kept.id, user_id="ana").text == "I like hiking on weekends"
    # the trail says something was forgotten, never what
    for e in mg.history(user_id="ana"):
        if e.memory_id == address.id or address.id in e.before:
            assert e.old_text is None and e.new_text is None


def test_preference_and_confirm(kb: MemGraph) -> None:
    kb.add("I work in the Sales department", user_id="ana")
    pref = kb.feedback("answer in one sentence", user_id="ana")
    assert pref.applied and kb.get(pref.memory_ids[0], user_id="ana").kind.value == "preference"
    answer = kb.ask("Which department do I work in?", user_id="ana", session_id="s1")
    assert answer.answer_id
    done = kb.feedback("yes, that's right", user_id="ana", session_id="s1")
    assert done.applied and done.kind == FeedbackKind.CONFIRM
    rels = kb.store.relationships(src=[(NodeLabel.USER, "ana")], current_only=True)
    assert {round(r.confidence or 0, 2) for r in rels if r.type.value == "WORKS_IN"} == {0.9}


def test_knowledge_feedback_flags_and_review_accepts(kb: MemGraph) -> None:
    answer = kb.ask("What is the meal allowance?", user_id="ana", session_id="s1")
    cited = answer.citations[0].id
    res = kb.feedback("that allowance is outdated: it is 30 EUR a day since October", user_id="ana", session_id="s1")
    assert res.applied and res.kind == FeedbackKind.KNOWLEDGE
    assert res.target_id == cited and res.resolved_by == "last_answer"
    for _ in range(3):  # repeats from one person are one review item
        kb.feedback("that allowance is outdated", user_id="ana", session_id="s1")
    other = kb.feedback("The meal allowance figure is outdated", user_id="bo")  # no answer: found by search
    assert other.target_id == cited and other.resolved_by == "search"
    chunk = Chunk.model_validate(kb.store.get_nodes(NodeLabel.CHUNK, [cited], None)[0].props)
    assert chunk.needs_review and chunk.review_flaggers == 2
    doc = Document.model_validate(kb.store.get_nodes(NodeLabel.DOCUMENT, [chunk.document_id], None)[0].props)
    assert doc.needs_review
    items = kb.review.list()
    assert len(items) == 1 and items[0].flags == 5 and items[0].givers == ["ana", "bo"]
    flagged = kb.ask("What is the meal allowance?", user_id="ana")
    assert "25 EUR" in flagged.answer and "flagged as possibly outdated by 2 people" in flagged.answer
    assert flagged.citations[0].review
    assert "under review" in kb.search("meal allowance", user_id="ana")[0].explain()

    done = kb.review.accept(items[0].id, "The meal allowance is 30 EUR a day on business travel.", reviewer="hr")
    assert done.new_chunk_id and done.closed == 2
    after = kb.ask("What is the meal allowance?", user_id="ana")
    assert "30 EUR" in after.answer and "25 EUR" not in after.answer and "flagged" not in after.answer
    assert kb.review.list() == []
    (entry,) = kb.review.history()
    assert entry.actor == "hr" and entry.before[0] == cited and entry.after == [done.new_chunk_id]
    doc = Document.model_validate(kb.store.get_nodes(NodeLabel.DOCUMENT, [chunk.document_id], None)[0].props)
    assert not doc.needs_review
    with pytest.raises(InvalidInputError, match="already accepted"):
        kb.review.accept(items[0].id)


def test_review_reject_keeps_the_passage(kb: MemGraph) -> None:
    kb.ask("Where do staff park?", user_id="ana", session_id="s1")
    res = kb.feedback("that's wrong", user_id="ana", session_id="s1")
    assert res.applied and res.kind == FeedbackKind.KNOWLEDGE
    item = kb.review.list()[0]
    with pytest.raises(InvalidInputError, match="reason"):
        kb.review.reject(item.id, "  ")
    out = kb.review.reject(item.id, "the car parks have not changed", reviewer="facilities")
    assert out.status.value == "rejected" and out.new_chunk_id is None
    answer = kb.ask("Where do staff park?", user_id="ana")
    assert "north car park" in answer.answer and "flagged" not in answer.answer
    assert [f.verdict for f in kb.feedback.list(user_id="ana")] == ["the car parks have not changed"]


def test_bad_feedback_changes_nothing(mg: MemGraph) -> None:
    mine = mg.add("I work in the Sales department", user_id="ana")[0]
    before = store_snapshot(mg.store)
    with pytest.raises(InvalidInputError):
        mg.feedback("   ", user_id="ana")
    with pytest.raises(InvalidInputError):
        mg.feedback("that's wrong")
    with pytest.raises(NotFoundError) as theirs:
        mg.feedback("No, I'm in Technology now", user_id="bo", target_id=mine.id)
    with pytest.raises(NotFoundError) as nothing:
        mg.feedback("No, I'm in Technology now", user_id="bo", target_id="no-such-id")
    # another person's memory gets the same answer as no memory at all
    assert str(theirs.value).replace(mine.id, "X") == str(nothing.value).replace("no-such-id", "X")
    unresolved = mg.feedback("that's wrong", user_id="ana")
    assert not unresolved.applied and unresolved.message
    assert store_snapshot(mg.store) == before
    mg.update(mine.id, "I work in the Legal department", user_id="ana")
    with pytest.raises(NotFoundError, match="superseded"):
        mg.feedback("No, I'm in Technology now", user_id="ana", target_id=mine.id)


def test_forgetting_a_person_withdraws_their_flags(kb: MemGraph) -> None:
    kb.feedback("The meal allowance figure is outdated", user_id="ana")
    kb.feedback("The meal allowance figure is outdated", user_id="bo")
    assert kb.review.list()[0].givers == ["ana", "bo"]
    kb.forget(user_id="ana")
    (item,) = kb.review.list()
    assert item.givers == ["bo"]
    assert "flagged as possibly outdated by 1 person" in kb.ask("What is the meal allowance?", user_id="bo").answer
    kb.forget(user_id="bo")
    assert kb.review.list() == []
    assert "flagged" not in kb.ask("What is the meal allowance?", user_id="cy").answer


def test_a_hundred_identical_flags_are_one_review_item(kb: MemGraph) -> None:
    kb.ask("Where do staff park?", user_id="ana", session_id="s")
    for _ in range(100):
        kb.feedback("that parking rule is outdated", user_id="ana", session_id="s")
    (item,) = kb.review.list()
    assert item.flags == 100 and item.givers == ["ana"] and item.comments == ["that parking rule is outdated"]
    assert len(kb.feedback.list(user_id="ana")) == 1


def test_a_corrected_statement_no_longer_answers_and_comes_back_on_undo(mg: MemGraph) -> None:
    old = mg.add("I work in the Operations department", user_id="priya")[0]
    mg.add("My desk is on floor 2", user_id="priya")
    res = mg.feedback("No, I'm in Finance now", user_id="priya")
    assert mg.get(old.id, user_id="priya").status.value == "superseded"
    answer = mg.ask("Which department am I in?", user_id="priya")
    assert "Operations" not in answer.answer
    assert "floor 2" in mg.search("desk", user_id="priya")[0].text  # other statements stay
    same = mg.feedback("No, I'm in the Finance department", user_id="priya")
    assert not same.applied and "already" in same.message
    assert res.event_id
    mg.undo(res.event_id, user_id="priya")
    assert mg.get(old.id, user_id="priya").status.value == "active"
    assert {(f.relation, f.entity) for f in mg.facts(user_id="priya")} == {("WORKS_IN", "Operations")}


def test_a_change_dated_before_the_old_statement_ends_it_when_it_began(mg: MemGraph) -> None:
    mg.add("I work in the Sales department", user_id="noor")
    mg.add("I moved to the Marketing department two months ago", user_id="noor")
    rels = mg.store.relationships(src=[(NodeLabel.USER, "noor")], types=[RelType.WORKS_IN])
    for rel in rels:
        assert rel.valid_to is None or rel.valid_from is None or rel.valid_to >= rel.valid_from
    for f in mg.facts(user_id="noor"):
        assert f.entity == "Marketing"
