"""Chunking: sections never mix, the token budget holds, overlap is whole sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from memgraph import MemGraph, NodeLabel, RelType, Settings
from memgraph.extraction.extract import Extractor
from memgraph.intake.chunking import chunk_blocks
from memgraph.loaders.base import Block
from memgraph.text.embed import Embedder


def words(text: str) -> int:
    return len(text.split())


def sentence(n: int, tag: str) -> str:
    """A sentence of exactly ``n`` words, recognisable by ``tag``."""
    return " ".join([tag] + ["word"] * (n - 2) + ["end."])


BLOCKS = [
    Block("Leave", 1, ("Leave",), heading=True),
    Block(" ".join(sentence(10, f"L{i}") for i in range(6)), 1, ("Leave",)),
    Block(" ".join(sentence(10, f"M{i}") for i in range(2)), 2, ("Leave",)),
    Block("Travel", 2, ("Travel",), heading=True),
    Block(" ".join(sentence(10, f"T{i}") for i in range(3)), 2, ("Travel",)),
]


def tags(text: str) -> list[str]:
    return [w for w in text.split() if w[0] in "LMT" and w[1:].isdigit()]


@pytest.mark.parametrize(
    ("max_tokens", "overlap", "expected"),
    [
        (30, 0, [["L0", "L1", "L2"], ["L3", "L4", "L5"], ["M0", "M1"], ["T0", "T1", "T2"]]),
        # 5 words of overlap round up to one whole sentence
        (30, 5, [["L0", "L1", "L2"], ["L2", "L3", "L4"], ["L4", "L5", "M0"], ["M0", "M1"], ["T0", "T1", "T2"]]),
        # 20 words of overlap: two sentences
        (40, 20, [["L0", "L1", "L2", "L3"], ["L2", "L3", "L4", "L5"], ["L4", "L5", "M0", "M1"], ["T0", "T1", "T2"]]),
    ],
)
def test_chunks_keep_to_sections_budget_and_whole_sentence_overlap(
    max_tokens: int, overlap: int, expected: list[list[str]]
) -> None:
    specs = chunk_blocks(BLOCKS, words, max_tokens=max_tokens, overlap_tokens=overlap)
    assert [tags(s.text) for s in specs] == expected
    assert all(words(s.text) <= max_tokens for s in specs)
    assert {s.section for s in specs if "T0" in s.text} == {("Travel",)}
    assert [(s.page, s.page_end) for s in specs][-1] == (2, 2)
    crossing = next(s for s in specs if "M0" in s.text and "L5" in s.text) if overlap else None
    if crossing is not None:
        assert (crossing.page, crossing.page_end) == (1, 2)


def test_chunk_size_and_overlap_come_from_settings(tmp_path: Path, embedder: Embedder, extractor: Extractor) -> None:
    text = "# Guide\n\n## Rules\n" + " ".join(f"Rule number {i} says something about the office." for i in range(40))
    (tmp_path / "guide.md").write_text(text, encoding="utf-8")
    counts: dict[int, int] = {}
    for size in (40, 120):
        settings = Settings(chunk_tokens=size, chunk_overlap_tokens=0)
        with MemGraph(
            f"sqlite:///{tmp_path}/{size}.db", settings=settings, embedder=embedder, extractor=extractor
        ) as mg:
            res = mg.ingest(tmp_path / "guide.md")
            counts[size] = res.chunks
            chunks = mg.store.find_nodes(NodeLabel.CHUNK, ["shared"], limit=1000)
            assert all(mg.embedder.count_tokens(c.props["text"]) <= size for c in chunks)
            nexts = mg.store.relationships(types=[RelType.NEXT])
            assert len(nexts) == res.chunks - 1
    assert counts[40] > 2 * counts[120]
    with pytest.raises(ValueError) as info:
        Settings(chunk_tokens=50, chunk_overlap_tokens=50)
    assert "chunk_overlap_tokens" in str(info.value) and "chunk_tokens (50)" in str(info.value)
