"""Chunking of loaded documents: by section and page, then by sentence up to a token budget."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from ..loaders.base import Block
from ..text.textutil import BULLETS, LIST_ITEM, sentences


@dataclass(frozen=True)
class ChunkSpec:
    """A passage to store: its text, the 1-based pages it starts and ends on, its heading path,
    and the scope every unit of it shares (``()``: general; see ``chunk_blocks(scope=...)``)."""

    text: str
    page: int | None
    section: tuple[str, ...]
    page_end: int | None = None
    scope: tuple[Any, ...] = ()
    topic: str | None = None
    """The run-in label of the list item or paragraph the text is in ("Utilisation target"
    for "• Utilisation target. Strategy: 70%. ...", "Pay" for "Pay. Payslips are in ..."),
    when the section was cut by scope: it says what the text is about, as a heading does, but
    keys no scope."""
    context: str | None = None
    """What the text was cut from, when the section was cut by scope: the whole sentence of a
    clause ("Teaching staff are paid on the last working day, support staff on the 20th"
    for "support staff on the 20th") and the lead-in of a list item ("Where to park depends
    on your campus:"). The text alone may not say what it is about; indexed beside it, this
    does (contextual chunk embedding, as in Anthropic's "Contextual Retrieval", 2024, with
    the document's own words instead of a model's)."""


UnitScopes = Callable[[tuple[str, ...], Sequence[str], Sequence[bool]], Sequence[tuple[Hashable, ...]]]
"""What each unit of a section applies to: given the section's units in order and whether each
starts a paragraph (a loader block), one tuple per unit (``()`` for general), e.g.
:meth:`memgraph.extraction.applicability.ScopeReader.unit_scopes`."""


def chunk_blocks(
    blocks: Sequence[Block],
    count_tokens: Callable[[str], int],
    *,
    max_tokens: int = 200,
    overlap_tokens: int = 20,
    scope: UnitScopes | None = None,
    split_units: Callable[[str], list[str]] | None = None,
) -> list[ChunkSpec]:
    """Group blocks into chunks that never cross a section boundary.

    A section's first chunk starts on its heading's page, so a section whose heading sits at
    the foot of a page is cited from that page. Headings are not chunk text: they travel as
    the chunk's ``section``. Within a section sentences are packed up to ``max_tokens``
    word pieces; a chunk's page is the page of its first sentence, and the next chunk of
    the section starts with the previous chunk's last whole sentences that fit in
    ``overlap_tokens``, and at least its last sentence (overlap never cuts a sentence, so it
    rounds up to one; 0 turns it off), as long as the chunk stays within ``max_tokens``.

    Args:
        blocks: loader output in reading order.
        count_tokens: word pieces of a text (the embedder's tokenizer).
        max_tokens: budget per chunk (the default model reads 254 at most).
        overlap_tokens: word pieces repeated at the start of the next chunk of a section
            (whole sentences, at least one; 0 for none).
        scope: what each unit of a section applies to, called with the section's heading
            path, its units and, per unit, whether it starts a block. A section whose units all share one
            scope chunks as without it; otherwise it is cut into its units
            (``split_units``: sentences, list items) and a new chunk starts, with no overlap,
            wherever the scope changes, so each chunk's ``scope`` holds for all its text (and
            wherever a list item's or paragraph's run-in label, the chunk's ``topic``,
            changes); each such chunk carries the ``context`` it was cut from.
        split_units: a text's units (required with ``scope``).

    Returns:
        Chunks in reading order; a sentence longer than ``max_tokens`` is a chunk of its own
        (the embedder truncates it).
    """
    # (section, page of its heading or None, [(sentence, page, first of its block)])
    groups: list[tuple[tuple[str, ...], int | None, list[tuple[str, int | None, bool]]]] = []
    for block in blocks:
        if block.heading:
            groups.append((block.section, block.page, []))
            continue
        items = [(p, block.page, i == 0) for i, p in enumerate(sentences(block.text))]
        if groups and groups[-1][0] == block.section:
            groups[-1][2].extend(items)
        else:
            groups.append((block.section, None, items))
    out: list[ChunkSpec] = []
    for section, heading_page, items in groups:
        keyed = _scoped(section, items, scope, split_units) if scope is not None else None
        if keyed is None:
            keyed = [_Unit(sent, page) for sent, page, _ in items]
        cur: list[_Unit] = []
        cur_tokens = 0
        start = heading_page
        cur_key: tuple[Hashable, ...] = keyed[0].key if keyed else ()
        cur_topic = keyed[0].topic if keyed else None
        for unit in keyed:
            n = count_tokens(unit.text)
            if cur and (unit.key != cur_key or unit.topic != cur_topic):
                out.append(_spec(cur, section, start, cur_key, cur_topic))
                start = None
                cur, cur_tokens = [], 0
            elif cur and cur_tokens + n > max_tokens:
                out.append(_spec(cur, section, start, cur_key, cur_topic))
                start = None
                cur, cur_tokens = _tail(cur, count_tokens, overlap_tokens, max_tokens - n)
            cur_key, cur_topic = unit.key, unit.topic
            cur.append(unit)
            cur_tokens += n
        if cur:
            out.append(_spec(cur, section, start, cur_key, cur_topic))
    return out


@dataclass(frozen=True)
class _Unit:
    """A sentence, or a unit of one when the section is cut by scope, with its page, scope,
    topic and what it was cut from (see :class:`ChunkSpec`)."""

    text: str
    page: int | None
    key: tuple[Hashable, ...] = ()
    topic: str | None = None
    context: str | None = None


_RUN_IN_LABEL = re.compile(r"^(?:[" + BULLETS + r"*-]\s*)?(?P<label>[A-Z][^.:;!?\d]{1,40})[.:]$")
"""A list item or a paragraph that opens with a short label of its own ("• Learning budget.
It is 1,800 EUR ...", "Fire. When the alarm sounds, ..."): the label is the topic of the item's
or paragraph's sentences, as a heading is of a section's."""
_LABEL_WORDS = 5


def _run_in_labels(
    units: Sequence[tuple[str, int | None, bool]], keys: Sequence[Hashable] | None = None
) -> list[str | None]:
    """Per unit, the run-in label of the list item or paragraph it belongs to (None outside
    one): a label holds from the unit after it to the next list item or paragraph. A
    paragraph's label is its first unit; a list item's, the unit it opens with. A paragraph
    that is only a lead-in label ("Responsibilities:") labels the list after it, item by item
    (an item with a label of its own has that), so the lead-in and its list stay one topic;
    not one whose scope (``keys``, per unit) is a context's ("Porters must complete:"), whose
    items that scope keeps apart already."""
    out: list[str | None] = []
    label: str | None = None
    lead: str | None = None  # a lead-in label over the list being read
    for k, (u, _, first) in enumerate(units):
        item = u[:1] in BULLETS + "*-"
        if first and not item:
            lead = None  # a new paragraph ends the list
        if first or item:
            label = lead if item else None
        m = _RUN_IN_LABEL.match(u.strip()) if item or first else None
        found = m.group("label").strip() if m is not None else None
        if found is not None and len(found.split()) > _LABEL_WORDS:
            found = None
        if found is not None and not item:
            label = found  # a paragraph's label stays with its first sentence
            lead = found if u.rstrip().endswith(":") and not (keys and keys[k]) else None
        out.append(label)
        if found is not None:
            label = found
    return out


_ITEM = re.compile(LIST_ITEM.pattern + r"|^[^:;.]{1,40}:\s[^;]+;\s*[^:;.]{1,40}:")
"""A unit that is an item of a list or a row of a table, as the loaders write them: a bullet,
"(a)", "ii)", "1." or "Header: value; Header: value"."""


_ROW = re.compile(r"^[^:;.]{1,40}:\s[^;]+;")
"""A table row's cell as the loaders write it ("Role: Care assistant; ...")."""


def _cut_from(units: Sequence[tuple[str, str, bool]]) -> list[str | None]:
    """Per unit (text, the sentence it is a unit of, whether it opens a block), what it was
    cut from (:attr:`ChunkSpec.context`): its sentence when that holds more than it, else
    the lead-in of the list or table it is an item or a row of (the sentence ending in ":"
    before it); a table row's cell both ("we pay a night enhancement ... in a hands-on role:"
    for "Role: Care assistant; Northern homes: £1.45 an hour.", cut from its row)."""
    out: list[str | None] = []
    lead: str | None = None
    for u, sent, first in units:
        item = _ITEM.match(u) is not None
        if first and not item:
            lead = None  # a new paragraph ends the list
        whole = " ".join(sent.split())
        part = whole != " ".join(u.split())
        # (a table row cut into its cells keeps both: its row, and the lead-in that says what it gives)
        cut = [whole if part else None, lead if item and (not part or _ROW.match(u)) else None]
        out.append(" ".join(c for c in cut if c) or None)
        if not item and u.rstrip().endswith(":"):
            lead = " ".join(u.split())
    return out


def _scoped(
    section: tuple[str, ...],
    items: list[tuple[str, int | None, bool]],
    scope: UnitScopes,
    split_units: Callable[[str], list[str]] | None,
) -> list[_Unit] | None:
    """A section's units with their scopes, topics (run-in labels) and what they were cut
    from, or None when they all share one scope (the section then chunks by sentence as
    usual, under that scope)."""
    if split_units is None:
        raise ValueError("chunk_blocks: scope needs split_units")
    cut = [(u, sent, page, first and j == 0) for sent, page, first in items for j, u in enumerate(split_units(sent))]
    units = [(u, page, first) for u, _, page, first in cut]
    keys = list(scope(section, [u for u, _, _ in units], [first for _, _, first in units]))
    if len(set(keys)) <= 1:
        key = keys[0] if keys else ()
        return [_Unit(sent, page, key) for sent, page, _ in items]
    # Cut into units, a list item's or paragraph's rules keep its run-in label as their
    # chunk's topic ("Utilisation target" for "Strategy: 70%."), and a clause the sentence it
    # was cut from, which the index reads with the text.
    labels = _run_in_labels(units, keys)
    sources = _cut_from([(u, sent, first) for u, sent, _, first in cut])
    return [
        _Unit(u, page, key, label, source) for (u, page, _), key, label, source in zip(units, keys, labels, sources)
    ]


def _tail(sents: list[_Unit], count_tokens: Callable[[str], int], budget: int, room: int) -> tuple[list[_Unit], int]:
    """The last whole sentences of ``sents`` within ``budget`` word pieces, at least the last
    one when ``budget`` is positive and it fits in ``room``; and their count."""
    tail: list[_Unit] = []
    used = 0
    for sent in reversed(sents):
        n = count_tokens(sent.text)
        if used + n > budget and not (not tail and budget > 0 and n <= room):
            break
        tail.insert(0, sent)
        used += n
        if used >= budget:
            break
    return tail, used


def _spec(
    sents: list[_Unit],
    section: tuple[str, ...],
    start: int | None,
    key: tuple[Any, ...] = (),
    topic: str | None = None,
) -> ChunkSpec:
    """A chunk of sentences; it starts on ``start`` (its heading's page) when given."""
    context = " ".join(dict.fromkeys(u.context for u in sents if u.context)) or None
    return ChunkSpec(
        " ".join(u.text for u in sents),
        start if start is not None else sents[0].page,
        section,
        sents[-1].page,
        key,
        topic,
        context,
    )
