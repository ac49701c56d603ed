"""Valid time of facts: relative time in statements and ``facts(as_of=...)``, on both stores."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from memgraph import InvalidInputError, MemGraph, SearchConfig
from memgraph.extraction.when import stated_time

SAID = datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "began"),
    [
        ("I moved to Technology last month", datetime(2026, 11, 1, 12, 0, tzinfo=timezone.utc)),
        ("I've been in Sales since March", datetime(2026, 3, 1, tzinfo=timezone.utc)),
        ("I joined the Legal department two weeks ago", SAID - timedelta(weeks=2)),
        ("I was promoted to Senior Analyst on 3 October", datetime(2026, 10, 3, tzinfo=timezone.utc)),
        ("I moved to Lisbon in May", datetime(2026, 5, 1, tzinfo=timezone.utc)),
        ("I work in Sales", None),
        ("I may move to Sales", None),
        ("I will move to Sales next month", None),
        ("I work in Building 7", None),
    ],
)
def test_stated_time(text: str, began: datetime | None) -> None:
    assert stated_time(text, SAID) == began


def test_facts_as_of_follow_the_time_a_statement_names(mg: MemGraph) -> None:
    mg.add("I work in the Sales department", user_id="ana", timestamp=SAID - timedelta(days=400))
    mg.add("I moved to the Technology department last month", user_id="ana", timestamp=SAID)
    now = {(f.relation, f.entity) for f in mg.facts(user_id="ana")}
    assert now == {("WORKS_IN", "Technology")}
    (tech,) = mg.facts(user_id="ana")
    assert tech.since == datetime(2026, 11, 1, 12, 0, tzinfo=timezone.utc)
    at = {(f.relation, f.entity) for f in mg.facts(user_id="ana", as_of=SAID - timedelta(days=40))}
    assert at == {("WORKS_IN", "Sales")}
    at = {(f.relation, f.entity) for f in mg.facts(user_id="ana", as_of="2026-11-20T00:00:00+00:00")}
    assert at == {("WORKS_IN", "Technology")}
    assert mg.facts(user_id="ana", as_of=SAID - timedelta(days=500)) == []
    with pytest.raises(InvalidInputError, match="naive"):
        mg.facts(user_id="ana", as_of=datetime(2026, 1, 1))
    with pytest.raises(InvalidInputError, match="future"):
        mg.facts(user_id="ana", as_of=datetime.now(timezone.utc) + timedelta(days=1))
    assert mg.list(user_id="ana")[0].recorded_at is not None


def test_search_and_ask_as_of_a_past_time(mg: MemGraph, tmp_path: Path) -> None:
    old = mg.add("My parking spot is B12", user_id="ana", timestamp=SAID - timedelta(days=60))[0]
    new = mg.update(old.id, "My parking spot is C7", user_id="ana")
    later = mg.add("My locker is number 44", user_id="ana")[0]
    then = SAID - timedelta(days=30)
    now_hits = [r.id for r in mg.search("parking spot", user_id="ana", include_knowledge_base=False)]
    assert new.id in now_hits and old.id not in now_hits
    past = [r.id for r in mg.search("parking spot", user_id="ana", include_knowledge_base=False, as_of=then)]
    assert old.id in past and new.id not in past
    assert later.id not in [r.id for r in mg.search("locker", user_id="ana", as_of=then, include_knowledge_base=False)]
    # a keyword-only search reaches the superseded version too, and only as of the past
    kw = SearchConfig.KEYWORD_ONLY
    assert [r.id for r in mg.search("B12", user_id="ana", config=kw, as_of=then)] == [old.id]
    assert mg.search("B12", user_id="ana", config=kw) == []

    path = tmp_path / "leave.md"
    path.write_text(LEAVE, encoding="utf-8")
    mg.kb.ingest(path)
    mg.add("I work in the Operations department", user_id="bo", timestamp=SAID - timedelta(days=100))
    mg.add("I moved to the Technology department last month", user_id="bo", timestamp=SAID)
    assert "22 days" in mg.ask("How many days of annual leave do I have?", user_id="bo").answer
    before = mg.ask("How many days of annual leave do I have?", user_id="bo", as_of=SAID - timedelta(days=60))
    assert "25 days" in before.answer and "22 days" not in before.answer
    assert [(f.relation, f.entity) for f in before.facts if f.relation == "WORKS_IN"] == [("WORKS_IN", "Operations")]
    with pytest.raises(InvalidInputError, match="future"):
        mg.search("parking", user_id="ana", as_of=datetime.now(timezone.utc) + timedelta(hours=1))


LEAVE = """# Employee Handbook

## Operations department: 25 days of annual leave
Staff in the Operations department receive 25 days of annual leave per calendar year.

## Technology department: 22 days of annual leave
Staff in the Technology department receive 22 days of annual leave per calendar year.
"""
