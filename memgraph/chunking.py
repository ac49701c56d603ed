"""Chunking of loaded documents: by section and page, then by sentence up to a token budget."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from loaders.base import Block

from .textutil import sentences


@dataclass(frozen=True)
class ChunkSpec:
    """A passage to store: its text, the 1-based pages it starts and ends on, its heading path."""

    text: str
    page: int | None
    section: tuple[str, ...]
    page_end: int | None = None


def chunk_blocks(
    blocks: Sequence[Block],
    count_tokens: Callable[[str], int],
    *,
    max_tokens: int = 200,
    overlap_sentences: int = 1,
) -> list[ChunkSpec]:
    """Group blocks into chunks that never cross a section boundary.

    A section's heading opens its first chunk, so a section that starts at the foot of a
    page is cited at that page. Within a section sentences are packed up to ``max_tokens``
    word pieces; a chunk's page is the page of its first sentence, and the next chunk
    repeats the last ``overlap_sentences`` sentences.

    Args:
        blocks: loader output in reading order.
        count_tokens: word pieces of a text (the embedder's tokenizer).
        max_tokens: budget per chunk (the default model reads 254 at most).
        overlap_sentences: sentences repeated at the start of the next chunk of a section.
    """
    groups: list[tuple[tuple[str, ...], list[tuple[str, int | None]], list[bool]]] = []
    for block in blocks:
        parts = [block.text] if block.heading else sentences(block.text)
        items = [(p, block.page) for p in parts]
        if groups and groups[-1][0] == block.section and not block.heading:
            groups[-1][1].extend(items)
            groups[-1][2][0] = True
        else:
            groups.append((block.section, items, [not block.heading]))
    out: list[ChunkSpec] = []
    for section, items, has_body in groups:
        if not has_body[0]:
            continue  # a heading with no text of its own before the next heading
        cur: list[tuple[str, int | None]] = []
        cur_tokens = 0
        for sent, page in items:
            n = count_tokens(sent)
            if cur and cur_tokens + n > max_tokens:
                out.append(ChunkSpec(" ".join(t for t, _ in cur), cur[0][1], section, cur[-1][1]))
                cur = cur[-overlap_sentences:] if overlap_sentences else []
                cur_tokens = sum(count_tokens(t) for t, _ in cur)
                if cur_tokens + n > max_tokens:
                    cur, cur_tokens = [], 0
            cur.append((sent, page))
            cur_tokens += n
        if cur:
            out.append(ChunkSpec(" ".join(t for t, _ in cur), cur[0][1], section, cur[-1][1]))
    return out
