"""The knowledge base's review queue: passages people flagged as outdated or wrong.

A review item is a passage with open knowledge feedback (see
:mod:`memgraph.correction.feedback`): every person's flags on it are one item, with the number of
flags, who gave them and what they said. An owner of the knowledge base settles an item once:

- :meth:`ReviewAPI.accept` with ``new_text``: a new version of the passage (same document,
  page, section and applicability) ``SUPERSEDES`` the flagged one, which leaves search and
  stays stored for history; without ``new_text`` the passage is retired (out of search and
  answers, kept for history);
- :meth:`ReviewAPI.reject`: the passage stays as it is and the reason is kept on the feedback.

Either way the feedback is closed (``accepted`` / ``rejected`` with the reviewer's verdict),
the passage's and, when none of its passages is flagged any more, the document's
``needsReview`` mark is cleared, and a ``REVIEW`` history entry names the passages before and
after.
"""

from __future__ import annotations

import builtins
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from ..errors import InvalidInputError, NotFoundError
from ..models import (
    SHARED_SCOPE,
    Chunk,
    DocumentStatus,
    Feedback,
    FeedbackKind,
    FeedbackStatus,
    HistoryEvent,
    HistoryKind,
    NodeLabel,
    Relationship,
    RelType,
    new_id,
    utcnow,
)
from ..stores.base import GraphStore, StoreTransaction, WriteBatch, record_of
from ..text.embed import Embedder
from ..validate import check_id, check_limit, check_offset, check_text
from .feedback import document_mark, open_feedback

_MOVED_FROM_PASSAGE = (RelType.APPLIES_TO, RelType.EXCEPT_FOR, RelType.NEXT, RelType.HAS_IMAGE, RelType.MENTIONS)
"""Relationships of a passage that its accepted new version takes over (applicability, order)."""


class ReviewItem(BaseModel):
    """One flagged passage waiting for review.

    Attributes:
        id: the item's id, the id of its oldest open feedback (``accept`` / ``reject`` take it
            or any of ``feedback_ids``).
        chunk_id, document_id, document, page, section, text: the passage.
        flags: how many times it was flagged (repeats of one person count).
        givers: who flagged it (user ids), first first.
        comments: what they said, one per person, first first.
        first_at, last_at: the first and the latest flag.
        feedback_ids: every open feedback of the item.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    chunk_id: str
    document_id: str
    document: str
    page: int | None = None
    section: str | None = None
    text: str
    flags: int
    givers: list[str] = Field(default_factory=list)
    comments: list[str] = Field(default_factory=list)
    first_at: datetime
    last_at: datetime
    feedback_ids: list[str] = Field(default_factory=list)


class ReviewOutcome(BaseModel):
    """What :meth:`ReviewAPI.accept` or :meth:`ReviewAPI.reject` did."""

    model_config = ConfigDict(frozen=True)

    item_id: str
    status: FeedbackStatus
    chunk_id: str
    new_chunk_id: str | None = None
    """The passage's new version (accept with ``new_text``)."""
    retired: bool = False
    """The passage left search (accept without ``new_text``)."""
    closed: int = 0
    """Feedback nodes closed."""
    event_id: str


class ReviewQueue:
    """Reads and settles review items (see the module doc). Built by the facade."""

    def __init__(self, store: GraphStore, embedder: Embedder) -> None:
        self.store = store
        self.embedder = embedder

    def items(self, *, limit: int = 100, offset: int = 0) -> list[ReviewItem]:
        """Open items, the most flagged first (then the oldest)."""
        recs = self.store.find_nodes(
            NodeLabel.FEEDBACK,
            None,
            where={Feedback.prop("kind"): FeedbackKind.KNOWLEDGE.value},
            status=[FeedbackStatus.OPEN.value],
            limit=None,
            newest_first=False,
        )
        groups: dict[str, list[Feedback]] = {}
        for rec in recs:
            fb = Feedback.model_validate(rec.props)
            if fb.target_id is not None:
                groups.setdefault(fb.target_id, []).append(fb)
        chunks = {
            r.id: Chunk.model_validate(r.props)
            for r in self.store.get_nodes(NodeLabel.CHUNK, list(groups), [SHARED_SCOPE])
        }
        items = [_item(chunks[cid], fbs) for cid, fbs in groups.items() if cid in chunks]
        items.sort(key=lambda i: (-i.flags, i.first_at))
        return items[offset : offset + limit]

    def _open_group(self, tx: StoreTransaction, feedback_id: str) -> tuple[Chunk, list[Feedback]]:
        recs = tx.get_nodes(NodeLabel.FEEDBACK, [feedback_id], None)
        if not recs:
            raise NotFoundError(f"no review item with id {feedback_id!r}")
        fb = Feedback.model_validate(recs[0].props)
        if fb.kind != FeedbackKind.KNOWLEDGE or fb.target_id is None:
            raise InvalidInputError(f"feedback {feedback_id!r} is {fb.kind.value} feedback, not a review item")
        if fb.status != FeedbackStatus.OPEN:
            raise InvalidInputError(f"review item {feedback_id!r} is already {fb.status.value}")
        chunks = tx.get_nodes(NodeLabel.CHUNK, [fb.target_id], [SHARED_SCOPE])
        if not chunks:
            raise NotFoundError(f"the passage of review item {feedback_id!r} is no longer in the knowledge base")
        return Chunk.model_validate(chunks[0].props), open_feedback(tx, fb.target_id)

    def settle(
        self,
        feedback_id: str,
        *,
        accept: bool,
        new_text: str | None = None,
        reason: str | None = None,
        actor: str | None = None,
    ) -> ReviewOutcome:
        """Accept or reject an item in one transaction (see the module doc).

        Raises:
            NotFoundError: no such feedback, or its passage is gone.
            InvalidInputError: the feedback is no review item or was settled already.
        """
        vector = self.embedder.embed_one(new_text) if new_text is not None else None
        now = utcnow()
        # the passage's vector is read before the transaction (it does not change with a flag)
        found = self.store.get_nodes(NodeLabel.FEEDBACK, [feedback_id], None)
        target = found[0].props.get(Feedback.prop("target_id")) if found else None
        old_vec = self.store.get_embeddings(NodeLabel.CHUNK, [target]).get(target) if target else None

        def work(tx: StoreTransaction) -> ReviewOutcome:
            chunk, group = self._open_group(tx, feedback_id)
            batch = WriteBatch()
            status = FeedbackStatus.ACCEPTED if accept else FeedbackStatus.REJECTED
            rec = tx.get_nodes(NodeLabel.CHUNK, [chunk.id], [SHARED_SCOPE])[0]
            cleared = chunk.model_copy(update={"needs_review": False, "review_since": None, "review_flaggers": 0})
            new_chunk: Chunk | None = None
            if accept and new_text is not None:
                new_chunk = cleared.model_copy(
                    update={"id": new_id(), "text": new_text, "created_at": now, "updated_at": now}
                )
                cleared = cleared.model_copy(update={"status": DocumentStatus.SUPERSEDED, "updated_at": now})
                indexed = new_text if rec.text is None else rec.text.replace(chunk.text, new_text)
                batch.nodes.append(record_of(new_chunk, embedding=vector, text=indexed))
                batch.relationships.append(Relationship.between(RelType.SUPERSEDES, new_chunk, chunk))
                ref = (NodeLabel.CHUNK, chunk.id)
                for rel in tx.relationships(src=[ref]) + tx.relationships(dst=[ref]):
                    if rel.type in _MOVED_FROM_PASSAGE or rel.type == RelType.HAS_CHUNK:
                        src = new_chunk.id if (rel.src_label, rel.src_id) == ref else rel.src_id
                        dst = new_chunk.id if (rel.dst_label, rel.dst_id) == ref else rel.dst_id
                        batch.relationships.append(rel.model_copy(update={"src_id": src, "dst_id": dst}))
                        if rel.type != RelType.HAS_CHUNK:
                            batch.delete_relationships.append(rel)
            elif accept:
                cleared = cleared.model_copy(update={"status": DocumentStatus.RETIRED, "updated_at": now})
            batch.nodes.append(record_of(cleared, embedding=old_vec, text=rec.text))
            verdict = reason or (
                f"new version {new_chunk.id}" if new_chunk else ("passage retired" if accept else "rejected")
            )
            for fb in group:
                closed = fb.model_copy(update={"status": status, "verdict": verdict, "updated_at": now})
                batch.nodes.append(record_of(closed))
            batch.nodes.extend(document_mark(tx, chunk, False))
            event = HistoryEvent(
                owner=SHARED_SCOPE,
                memory_id=chunk.id,
                lineage=chunk.id,
                event=HistoryKind.REVIEW,
                old_text=chunk.text,
                new_text=new_text,
                actor=actor,
                reason=f"review {status.value}: {verdict}",
                before=[chunk.id, *(f.id for f in group)],
                after=[new_chunk.id] if new_chunk else [],
                at=now,
                created_at=now,
                updated_at=now,
            )
            batch.nodes.append(record_of(event))
            tx.write(batch)
            return ReviewOutcome(
                item_id=feedback_id,
                status=status,
                chunk_id=chunk.id,
                new_chunk_id=new_chunk.id if new_chunk else None,
                retired=accept and new_chunk is None,
                closed=len(group),
                event_id=event.id,
            )

        return self.store.transaction(work)


def _history(store: GraphStore, limit: int, offset: int) -> list[HistoryEvent]:
    """The review queue's own entries (``REVIEW``, kept in the shared scope), newest first."""
    recs = store.find_nodes(
        NodeLabel.HISTORY,
        [SHARED_SCOPE],
        where={HistoryEvent.prop("event"): HistoryKind.REVIEW.value},
        limit=limit,
        offset=offset,
    )
    return [HistoryEvent.model_validate(r.props) for r in recs]


def _item(chunk: Chunk, group: list[Feedback]) -> ReviewItem:
    givers = list(dict.fromkeys(f.user_id or f.owner for f in group))
    comments = list(dict.fromkeys(f.text for f in group))
    return ReviewItem(
        id=group[0].id,
        chunk_id=chunk.id,
        document_id=chunk.document_id,
        document=chunk.document_title,
        page=chunk.page,
        section=chunk.section,
        text=chunk.text,
        flags=sum(f.count for f in group),
        givers=givers,
        comments=comments,
        first_at=group[0].created_at,
        last_at=max(f.last_at or f.created_at for f in group),
        feedback_ids=[f.id for f in group],
    )


class ReviewAPI:
    """The review sub-API, ``mg.review``: the queue of knowledge-base passages people flagged
    (see :mod:`memgraph.correction.review`). Reviewing is an owner's task: the API takes the
    reviewer's name for the history, not a user scope.

    Example:
        >>> item = mg.review.list()[0]
        >>> mg.review.accept(item.id, new_text="The meal allowance is 30 EUR a day.", reviewer="hr")
    """

    def __init__(self, queue: ReviewQueue) -> None:
        self._queue = queue

    def list(self, *, limit: int = 100, offset: int = 0) -> list[ReviewItem]:
        """Open review items, the most flagged first: at most ``limit`` after ``offset``.

        Raises:
            InvalidInputError: ``limit`` / ``offset`` not an integer in range.
        """
        return self._queue.items(limit=check_limit(limit), offset=check_offset(offset))

    def history(self, *, limit: int = 100, offset: int = 0) -> builtins.list[HistoryEvent]:
        """What reviewers did, newest first: each ``REVIEW`` entry names the passage, the
        reviewer (``actor``), the verdict (``reason``), the feedback closed and the passage's
        new version (``before`` / ``after``).

        Raises:
            InvalidInputError: ``limit`` / ``offset`` not an integer in range.
        """
        return _history(self._queue.store, check_limit(limit), check_offset(offset))

    def accept(self, item_id: str, new_text: str | None = None, *, reviewer: str | None = None) -> ReviewOutcome:
        """Accept an item: with ``new_text`` the passage's new version supersedes it; without,
        the passage is retired. ``item_id`` is the item's id or any of its feedback ids.

        Raises:
            InvalidInputError: a bad id or text, or an item settled already.
            NotFoundError: no such item.
        """
        text = None if new_text is None else check_text("new_text", new_text, limit=100_000)
        return self._queue.settle(check_id("item_id", item_id), accept=True, new_text=text, actor=_reviewer(reviewer))

    def reject(self, item_id: str, reason: str, *, reviewer: str | None = None) -> ReviewOutcome:
        """Reject an item: the passage stays; ``reason`` (required) is kept on the feedback.

        Raises:
            InvalidInputError: a bad id, an empty reason, or an item settled already.
            NotFoundError: no such item.
        """
        why = check_text("reason", reason, limit=10_000)
        return self._queue.settle(check_id("item_id", item_id), accept=False, reason=why, actor=_reviewer(reviewer))


def _reviewer(reviewer: str | None) -> str | None:
    return None if reviewer is None else check_id("reviewer", reviewer)


__all__ = ["ReviewAPI", "ReviewItem", "ReviewOutcome", "ReviewQueue"]
