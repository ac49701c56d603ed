"""The kind of value a question asks for, and the answer's preference for sentences that give it."""

from __future__ import annotations

import pytest

from memgraph.recall.value_kinds import DURATION, MONEY, asked_kinds, value_phrases, value_units


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("How much do I get an hour?", MONEY),
        ("What is the night rate?", MONEY),
        ("How much annual leave do I get?", DURATION),
        ("How much notice do I have to give?", DURATION),
        ("How long is my lunch break?", DURATION),
        ("What time do I need to start?", {"clock"}),
        ("When does handover begin in the morning?", {"clock"}),
        ("How many nights am I expected to cover?", {"night"}),
        ("How many working days of leave do I have?", {"day"}),
        ("What percentage do I get on bar sales?", {"percent"}),
        # no value asked for
        ("Where do staff park?", set()),
        ("How many approvals does a pull request need?", set()),
        ("When is pay day?", set()),
    ],
)
def test_questions_ask_for_a_kind_of_value(question: str, kinds: set[str]) -> None:
    assert asked_kinds(question) == kinds


def test_sentences_give_values_by_their_units() -> None:
    assert value_units("Shift: Days; Avonmouth: £12.85;") == {"currency"}
    assert value_units("A 30-minute unpaid lunch and two 15 minutes breaks.") == {"minute"}
    assert value_units("Days start at 06:00.") == {"clock"}
    assert value_units("Days and nights both work Monday to Friday.") == set()


def test_values_name_what_they_quantify() -> None:
    """ "weeks' notice" is inside "weeks' notice of resignation"; "days of untaken leave" is not
    "days of annual leave"."""
    assert value_phrases("give two weeks' notice of resignation.") == [frozenset({"week", "notic", "resign"})]
    assert value_phrases("for four weeks' notice, so that") == [frozenset({"week", "notic"})]
    assert value_phrases("29 days of annual leave and up to five days of untaken leave") == [
        frozenset({"dai", "annual", "leav"}),
        frozenset({"dai", "untaken", "leav"}),
    ]
    assert value_phrases("a break of 30 minutes") == [frozenset({"minut"})]
    assert value_phrases("£140 a year") == []
