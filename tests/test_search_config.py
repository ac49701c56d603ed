"""SearchConfig (and the tuned-config base): validated values, validated variants, bench overrides."""

from __future__ import annotations

import pytest

from memgraph import InvalidInputError, NodeLabel, SearchConfig


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"top_k": 5000}, ["top_k", "1000"]),
        ({"top_k": 0}, ["top_k", "1"]),
        ({"rrf_k": 0}, ["rrf_k", "greater than 0"]),
        ({"vector_weight": -1}, ["vector_weight"]),
        ({"top_k": "many"}, ["top_k", "integer"]),
        ({"nope": 1}, ["no setting 'nope'", "top_k"]),
    ],
)
def test_bad_values_raise_invalid_input_naming_the_field(changes: dict[str, object], words: list[str]) -> None:
    with pytest.raises(InvalidInputError) as err:
        SearchConfig(**changes)
    assert all(w in str(err.value) for w in words), str(err.value)


@pytest.mark.parametrize("field", ["top_k", "candidates", "vector_weight", "rrf_k", "mismatch_factor"])
def test_a_bool_is_not_a_number(field: str) -> None:
    for value in (True, False):
        with pytest.raises(InvalidInputError, match=f"{field}.*bool"):
            SearchConfig(**{field: value})
    assert SearchConfig(mmr=True).mmr is True


def test_variants_are_validated() -> None:
    base = SearchConfig.HYBRID
    assert base.with_(rrf_k=60).rrf_k == 60
    assert base.rrf_k == 30  # frozen: the preset is untouched
    for make in (lambda: base.with_(top_k=10_000), lambda: base.model_copy(update={"top_k": 10_000})):
        with pytest.raises(InvalidInputError, match="top_k"):
            make()
    with pytest.raises(InvalidInputError, match="top_k"):
        base.with_(top_k=True)
    assert base.model_copy() == base


def test_overrides_from_the_command_line() -> None:
    cfg = SearchConfig.HYBRID.with_overrides(["rrf_k=60", "mmr=true", 'labels=["Memory"]'])
    assert (cfg.rrf_k, cfg.mmr, cfg.labels) == (60.0, True, (NodeLabel.MEMORY,))
    assert SearchConfig.HYBRID.with_overrides([]) is SearchConfig.HYBRID
    for bad, words in (("rrf_k", "key=value"), ("bogus=1", "bogus"), ("top_k=2.5", "top_k"), ("mmr=maybe", "mmr")):
        with pytest.raises(InvalidInputError) as err:
            SearchConfig.HYBRID.with_overrides([bad])
        assert words in str(err.value)
