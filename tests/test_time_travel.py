"""Valid time of facts: relative time in statements and ``facts(as_of=...)``, on both stores."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from memgraph import InvalidInputError, MemGraph
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
