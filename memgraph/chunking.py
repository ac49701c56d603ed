"""Chunking of loaded documents: by section and page, then by sentence up to a token budget."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from loaders.base import Block

from .textutil import sentences


@dataclass(frozen=True)
class ChunkSpec:
    """A passage to store: its text, the 1-based page it starts on, its heading path."""

    text: str
    page: int | None
    section: tuple[str, ...]


def chunk_blocks(
    blocks: Sequence[Block],
    count_tokens: Callable[[str], int],
    *,
    max_tokens: int = 200,
    overlap_sentences: int = 1,
) -> list[ChunkSpec]:
    """Group blocks into chunks that never cross a section or page boundary.

    Within a (section, page) group sentences are packed up to ``max_tokens`` word pieces;
    the next chunk repeats the last ``overlap_sentences`` sentences. Heading blocks are not
    chunk text: they travel as the chunk's ``section``.

    Args:
        blocks: loader output in reading order.
        count_tokens: word pieces of a text (the embedder's tokenizer).
        max_tokens: budget per chunk (the default model reads 254 at most).
        overlap_sentences: sentences repeated at the start of the next chunk of a group.
    """
    groups: list[tuple[tuple[str, ...], int | None, list[str]]] = []
    for block in blocks:
        if block.heading:
            continue
        key = (block.section, block.page)
        if groups and (groups[-1][0], groups[-1][1]) == key:
            groups[-1][2].append(block.text)
        else:
            groups.append((block.section, block.page, [block.text]))
    out: list[ChunkSpec] = []
    for section, page, texts in groups:
        sents: list[str] = []
        for t in texts:
            sents.extend(sentences(t))
        cur: list[str] = []
        cur_tokens = 0
        for sent in sents:
            n = count_tokens(sent)
            if cur and cur_tokens + n > max_tokens:
                out.append(ChunkSpec(" ".join(cur), page, section))
                cur = cur[-overlap_sentences:] if overlap_sentences else []
                cur_tokens = sum(count_tokens(s) for s in cur)
                if cur_tokens + n > max_tokens:
                    cur, cur_tokens = [], 0
            cur.append(sent)
            cur_tokens += n
        if cur:
            out.append(ChunkSpec(" ".join(cur), page, section))
    return out
