"""Distance from home to work: what people say of theirs, the bands handbooks key travel rules
by (memgraph.text.distance), the table rows they key (memgraph.extraction.applicability) and
the answer's choice of the asker's band (memgraph.recall.selection, memgraph.recall.answer)."""

from __future__ import annotations

import pytest
from conftest import document_memgraph

from memgraph import MemGraph
from memgraph.extraction.applicability import units
from memgraph.recall.selection import distance_banded, version_choice
from memgraph.text.distance import KM_IN_MILES, distance_range, stated_distance
from memgraph.text.service import holding


@pytest.mark.parametrize(
    ("said", "miles"),
    [
        ("I live about 40 miles from the site.", 40.0),
        ("I'm on the bypass at Rudston, it's about 20 miles from home.", 20.0),
        ("Home's Whitby, about 90 miles away, so I stay in digs in the week.", 90.0),
        ("I drive 30 km to work each way.", 30 * KM_IN_MILES),
        ("I live just over 30 miles away.", 30.5),
        ("Home is 60 miles away from the depot.", 60.0),
        # no distance of the speaker's home from work
        ("The depot is 40 miles from Leeds.", None),
        ("I ran 5 miles today.", None),
        ("I've been here about two years.", None),
    ],
)
def test_stated_distance(said: str, miles: float | None) -> None:
    assert stated_distance([said]) == pytest.approx(miles) if miles is not None else stated_distance([said]) is None


def test_newest_statement_wins() -> None:
    assert stated_distance(["I moved, it's about 12 miles from home now.", "I live 40 miles away."]) == 12.0


@pytest.mark.parametrize(
    ("key", "band"),
    [
        ("Up to 15 miles", (0.0, 15.0)),
        ("Over 15, up to 30 miles", (15.0, 30.0)),
        ("Over 50 miles", (50.0, None)),
        ("50 miles or more", (50.0, None)),
        ("50+ miles", (50.0, None)),
        ("less than 10 km", (0.0, 10 * KM_IN_MILES)),
        ("Double time (x2)", None),
        ("After 5 years", None),
    ],
)
def test_distance_range(key: str, band: tuple[float, float | None] | None) -> None:
    got = distance_range(key)
    if band is None:
        assert got is None
        return
    assert got is not None and got[0] == pytest.approx(band[0], abs=1e-3)
    assert (got[1] is None) if band[1] is None else got[1] == pytest.approx(band[1], abs=1e-3)


BANDS = ["Up to 15 miles", "Over 15, up to 30 miles", "Over 30, up to 50 miles", "Over 50 miles"]


@pytest.mark.parametrize(("miles", "band"), [(3, 0), (15, 0), (15.5, 1), (30, 1), (40, 2), (50, 2), (51, 3), (200, 3)])
def test_up_to_holds_its_own_value_and_over_does_not(miles: float, band: int) -> None:
    assert holding(BANDS, miles, reader=distance_range) == [band]


ROWS = [
    "Band: A; Home to site: Up to 15 miles; Daily travel allowance: Nil.",
    "Band: B; Home to site: Over 15, up to 30 miles; Daily travel allowance: £6.40.",
    "Band: C; Home to site: Over 30, up to 50 miles; Daily travel allowance: £11.20.",
]


def _tags(texts: list[str]) -> list[list[tuple[int, str]]]:
    return [[] for _ in texts]


def test_a_banded_row_is_one_unit() -> None:
    # a row keyed by a context word is otherwise cut into one unit per cell
    assert units(ROWS[1]) == [ROWS[1]]
    assert len(units("Grade: K2; Ireland: 530 EUR; Spain: 470 EUR.")) == 2
    assert all(distance_banded(r) for r in ROWS)
    assert not distance_banded("Day: Sunday; Hours: All hours; Rate: Double time (x2).")


def test_rows_by_band_are_chosen_by_the_askers_distance() -> None:
    out, theirs = version_choice(ROWS, frozenset(), frozenset(), _tags, distance=40.0)
    assert out == [None, None, ROWS[2]] and theirs == {2}
    # without a distance no row is chosen by words ("site" is in every key)
    out, theirs = version_choice(ROWS, frozenset({"site"}), frozenset(), _tags)
    assert out == ROWS and theirs == set()


DEPOT = """<html><head><title>Harrowgate Civils: Site Rules</title></head><body>
<h1>Harrowgate Civils: Site Rules</h1>
<h2>Travel</h2>
<p>Operatives receive a daily travel allowance for each day worked, by the distance from home to site.</p>
<table>
<tr><th>Band</th><th>Home to site</th><th>Daily travel allowance</th></tr>
<tr><td>A</td><td>Up to 10 miles</td><td>Nil</td></tr>
<tr><td>B</td><td>Over 10, up to 25 miles</td><td>£5.10</td></tr>
<tr><td>C</td><td>Over 25, up to 45 miles</td><td>£9.70</td></tr>
<tr><td>D</td><td>Over 45 miles</td><td>£13.90</td></tr>
</table>
<h2>Hours</h2>
<p>Sites open at 07:30 and close at 17:00.</p>
</body></html>
"""

DEPOT_PEOPLE = {
    "owain": "I'm a groundworker with Harrowgate, I live about 30 miles from the site.",
    "ffion": "I'm a steel fixer. It's roughly 8 miles from home.",
    "gethin": "I'm a groundworker on the Cardiff job.",
}

depot_mg = document_memgraph("depot.html", DEPOT, DEPOT_PEOPLE)


@pytest.mark.parametrize(
    ("user", "want", "others"),
    [
        ("owain", "£9.70", ("£5.10", "£13.90")),
        ("ffion", "Nil", ("£5.10", "£9.70", "£13.90")),
    ],
)
def test_travel_bands_answer_by_the_askers_distance(
    depot_mg: MemGraph, user: str, want: str, others: tuple[str, ...]
) -> None:
    answer = depot_mg.ask("What travel allowance do I get?", user_id=user, use_llm=False)
    assert want in answer.answer and not any(o in answer.answer for o in others), answer.answer


def test_an_asker_who_has_not_said_their_distance_is_asked_for_it(depot_mg: MemGraph) -> None:
    answer = depot_mg.ask("What travel allowance do I get?", user_id="gethin", use_llm=False)
    assert answer.gap == "unknown_context" and "how far you live" in answer.answer, answer.answer
    assert not any(v in answer.answer for v in ("£5.10", "£9.70", "£13.90")), answer.answer
    # the band letters are no grades: nobody is asked for a grade
    assert "grade" not in answer.answer
