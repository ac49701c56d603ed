"""SearchConfig and AnswerConfig: validated values and variants, bench overrides, evidence for every
field, presets that mean what they say."""

from __future__ import annotations

import importlib
import re
import sys

import pytest

from memgraph import AnswerConfig, InvalidInputError, NodeLabel, SearchConfig
from memgraph.recall.retrieval import PRESET_SIGNALS, SIGNAL_OFF


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"top_k": 5000}, ["top_k", "1000"]),
        ({"top_k": 0}, ["top_k", "1"]),
        ({"rrf_k": 0}, ["rrf_k", "greater than 0"]),
        ({"vector_weight": -1}, ["vector_weight"]),
        ({"top_k": "many"}, ["top_k", "integer"]),
        ({"nope": 1}, ["no setting 'nope'", "top_k"]),
        ({"vector_weight": float("inf")}, ["vector_weight", "finite"]),
        ({"rrf_k": float("nan")}, ["rrf_k", "finite"]),
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


def test_answer_config_is_validated_too() -> None:
    assert AnswerConfig() == AnswerConfig.DEFAULT
    assert AnswerConfig.DEFAULT.with_(min_relevance=0.4).min_relevance == 0.4
    for changes, words in (
        ({"min_relevance": 2}, "min_relevance"),
        ({"max_sentences": True}, "bool"),
        ({"top_k": 0}, "top_k"),
        ({"colour": 1}, "no setting 'colour'"),
    ):
        with pytest.raises(InvalidInputError, match=words):
            AnswerConfig(**changes)
    assert AnswerConfig.DEFAULT.with_overrides(["max_sentences=3"]).max_sentences == 3


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


# -- every tuned number carries its evidence; presets mean what they say ------------------------------

PARAMETERS = {
    "top_k",
    "candidates",
    "labels",
    "graph_min_share",
    "rrf_k",
    "distinct_pages",
    "document_title_share",
    "title_word_share",
    "mmr_lambda",
    "mmr_pool",
    "search_threads",
}
"""SearchConfig fields that shape a search without being a ranking signal of their own: a
new field must be listed here or in SIGNAL_OFF, so no preset can leave a new signal on."""


def test_every_field_is_a_signal_or_a_parameter() -> None:
    signal_fields = [f for fields in SIGNAL_OFF.values() for f in fields]
    assert len(signal_fields) == len(set(signal_fields)), "a field feeds two signals"
    assert set(signal_fields) | PARAMETERS == set(SearchConfig.model_fields)
    assert not set(signal_fields) & PARAMETERS


@pytest.mark.parametrize("preset", sorted(PRESET_SIGNALS))
def test_every_preset_turns_off_every_signal_outside_it(preset: str) -> None:
    config = getattr(SearchConfig, preset)
    for signal, fields in SIGNAL_OFF.items():
        values = {f: getattr(config, f) for f in fields}
        if signal in PRESET_SIGNALS[preset]:
            assert values != fields, f"{preset} names {signal} but turns it off"
        else:
            assert values == fields, f"{preset} leaves {signal} on: {values}"


def test_presets_keep_the_default_values_of_their_signals() -> None:
    assert SearchConfig() == SearchConfig.HYBRID
    assert SearchConfig(mmr=True) == SearchConfig.DIVERSE
    for preset in ("VECTOR_ONLY", "KEYWORD_ONLY"):
        config = getattr(SearchConfig, preset)
        kept = {f for s in PRESET_SIGNALS[preset] for f in SIGNAL_OFF[s]} | PARAMETERS
        assert {f: getattr(config, f) for f in kept} == {f: getattr(SearchConfig(), f) for f in kept}
    with pytest.raises(InvalidInputError, match="colour"):
        SearchConfig.only("vector", "colour")


@pytest.mark.parametrize("config", [SearchConfig, AnswerConfig])
def test_every_field_says_what_it_was_chosen_on(config: type) -> None:
    evidence = re.compile(r"not tuned: \w|bench/\w+\.py|tests/test_\w+\.py|commit [0-9a-f]{7}|issue \d")
    for name, text in config.descriptions().items():
        assert evidence.search(text), f"{config.__name__}.{name}: {text!r}"


@pytest.mark.parametrize("bench", ["contoso", "locomo"])
@pytest.mark.parametrize(
    ("override", "words"), [("bogus=1", "no setting 'bogus'"), ("rrf_k=-1", "rrf_k"), ("top_k", "key=value")]
)
def test_bench_set_flag_refuses_bad_overrides(
    bench: str, override: str, words: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    module = importlib.import_module(f"bench.{bench}")
    monkeypatch.setattr(sys, "argv", [f"{bench}.py", "--set", "mmr=true", "--set", override])
    with pytest.raises(SystemExit) as stop:
        module.main()
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "--set" in err and words in err, err
