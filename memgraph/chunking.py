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

    A section's first chunk starts on its heading's page, so a section whose heading sits at
    the foot of a page is cited from that page. Headings are not chunk text: they travel as
    the chunk's ``section``. Within a section sentences are packed up to ``max_tokens``
    word pieces; a chunk's page is the page of its first sentence, and the next chunk
    repeats the last ``overlap_sentences`` sentences.

    Args:
        blocks: loader output in reading order.
        count_tokens: word pieces of a text (the embedder's tokenizer).
        max_tokens: budget per chunk (the default model reads 254 at most).
        overlap_sentences: sentences repeated at the start of the next chunk of a section.
    """
    # (section, page of its heading or None, [(sentence, page)])
    groups: list[tuple[tuple[str, ...], int | None, list[tuple[str, int | None]]]] = []
    for block in blocks:
        if block.heading:
            groups.append((block.section, block.page, []))
            continue
        items = [(p, block.page) for p in sentences(block.text)]
        if groups and groups[-1][0] == block.section:
            groups[-1][2].extend(items)
        else:
            groups.append((block.section, None, items))
    out: list[ChunkSpec] = []
    for section, heading_page, items in groups:
        cur: list[tuple[str, int | None]] = []
        cur_tokens = 0
        start = heading_page
        for sent, page in items:
            n = count_tokens(sent)
            if cur and cur_tokens + n > max_tokens:
                out.append(_spec(cur, section, start))
                start = None
                cur = cur[-overlap_sentences:] if overlap_sentences else []
                cur_tokens = sum(count_tokens(t) for t, _ in cur)
                if cur_tokens + n > max_tokens:
                    cur, cur_tokens = [], 0
            cur.append((sent, page))
            cur_tokens += n
        if cur:
            out.append(_spec(cur, section, start))
    return out


def _spec(sents: list[tuple[str, int | None]], section: tuple[str, ...], start: int | None) -> ChunkSpec:
    """A chunk of sentences; it starts on ``start`` (its heading's page) when given."""
    return ChunkSpec(" ".join(t for t, _ in sents), start if start is not None else sents[0][1], section, sents[-1][1])
