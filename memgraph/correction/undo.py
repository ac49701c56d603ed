"""Undo: reverse a merge or a change feedback applied, named by its history entry.

What each entry's :attr:`~memgraph.models.HistoryEvent.operation` is undone by:

- ``merge`` (or the ``merged_into`` entry of one of the merged memories): the merged memory is
  forgotten (the facts it stated with it) and the memories it was made from are current
  again, their facts reopened;
- ``correction``: the correction memory is forgotten; the facts it had closed are current again;
- ``revision``: a new version of the memory with the text it had before;
- ``preference``: the preference memory is forgotten;
- ``confirm``: the confidence it added is taken back;
- ``knowledge``: the flag is withdrawn (one of a repeated flag's count), and the passage's
  review marks follow.

A ``forget`` cannot be undone: what it forgot is gone. An entry undone already, one whose
memory was since forgotten or changed again, is refused with the reason; nothing changes then.
The undo writes an ``UNDO`` entry, and the undone entry names it (``undone_by``).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ..errors import InvalidInputError, NotFoundError
from ..intake.lifecycle import MemoryWriter, Owner, embedding_text, memory_from_record
from ..models import (
    FACT_RELS,
    Feedback,
    FeedbackStatus,
    HistoryEvent,
    HistoryKind,
    Memory,
    MemoryStatus,
    NodeLabel,
    utcnow,
)
from ..stores.base import GraphStore, StoreTransaction, WriteBatch, record_of
from ..text.embed import Embedder
from .feedback import CONFIRM_STEP, DEFAULT_CONFIDENCE, open_feedback, passage_marks

UNDOABLE = ("merge", "merged_into", "correction", "revision", "preference", "confirm", "knowledge")


class UndoResult(BaseModel):
    """What :meth:`MemGraph.undo` did: the entry undone, the ``UNDO`` entry written, and the
    memories made current again (``restored``) or forgotten / written (``removed``, ``written``)."""

    model_config = ConfigDict(frozen=True)

    event_id: str
    undo_event_id: str
    operation: str
    restored: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    written: list[str] = Field(default_factory=list)
    message: str


class Undoer:
    """Reverses history entries (see the module doc). Built by the facade."""

    def __init__(self, store: GraphStore, writer: MemoryWriter, embedder: Embedder) -> None:
        self.store = store
        self.writer = writer
        self.embedder = embedder

    def _entry(self, event_id: str, owner: Owner) -> HistoryEvent:
        recs = self.store.get_nodes(NodeLabel.HISTORY, [event_id], [owner.scope])
        if not recs:
            raise NotFoundError(f"no history entry with id {event_id!r} in this scope")
        event = HistoryEvent.model_validate(recs[0].props)
        if event.undone_by:
            raise InvalidInputError(f"history entry {event_id!r} was undone already (by {event.undone_by})")
        if event.operation == "forget":
            raise InvalidInputError("a forget cannot be undone: what it forgot is gone")
        if event.operation not in UNDOABLE:
            raise InvalidInputError(
                f"history entry {event_id!r} ({event.event.value}) cannot be undone: only merges and changes "
                "feedback applied can"
            )
        return event

    def _memory(self, memory_id: str, owner: Owner) -> Memory:
        recs = self.store.get_nodes(NodeLabel.MEMORY, [memory_id], [owner.scope])
        if not recs:
            raise NotFoundError(f"memory {memory_id!r} that this entry wrote was forgotten since; nothing to undo")
        mem = memory_from_record(recs[0])
        if mem.status != MemoryStatus.ACTIVE:
            raise InvalidInputError(f"memory {memory_id!r} was changed since ({mem.status.value}); undo that first")
        return mem

    def _undo_entry(self, event: HistoryEvent, owner: Owner, now_reason: str) -> HistoryEvent:
        now = utcnow()
        return HistoryEvent(
            owner=owner.scope,
            memory_id=event.memory_id,
            lineage=event.lineage,
            event=HistoryKind.UNDO,
            actor=owner.user_id or owner.agent_id,
            reason=now_reason,
            operation="undo",
            before=[event.id],
            after=[],
            at=now,
            created_at=now,
            updated_at=now,
        )

    def undo(self, event_id: str, owner: Owner) -> UndoResult:
        """Undo one entry in one transaction (see the module doc).

        Raises:
            NotFoundError: no such entry of the owner's, or the memory it wrote was forgotten.
            InvalidInputError: an entry that cannot be undone, or was undone already, or whose
                memory changed since.
        """
        event = self._entry(event_id, owner)
        op = event.operation or ""
        if op == "merged_into":  # the merged memory's own entry stands for the merge
            merged = self._memory(event.after[0], owner)
            entries = self.store.find_nodes(
                NodeLabel.HISTORY, [owner.scope], where={HistoryEvent.prop("lineage"): merged.lineage}, limit=None
            )
            main = [HistoryEvent.model_validate(r.props) for r in entries]
            event = next(e for e in main if e.operation == "merge")
            if event.undone_by:
                raise InvalidInputError(f"that merge was undone already (by {event.undone_by})")
            op = "merge"
        if op in ("merge", "correction", "preference"):
            return self._forget_written(event, owner, op)
        if op == "revision":
            return self._revert(event, owner)
        if op == "confirm":
            return self._unconfirm(event, owner)
        return self._unflag(event, owner)

    def _mark(
        self,
        tx: StoreTransaction,
        event: HistoryEvent,
        undo: HistoryEvent,
        batch: WriteBatch,
        *,
        content_free: bool = False,
    ) -> None:
        """The undone entry names the undo (re-read: two undos at once, the second fails);
        ``content_free`` when the undo forgets the memory the entry holds the text of."""
        recs = tx.get_nodes(NodeLabel.HISTORY, [event.id], [event.owner])
        if not recs or HistoryEvent.model_validate(recs[0].props).undone_by:
            raise InvalidInputError(f"history entry {event.id!r} was undone already")
        update: dict[str, object] = {"undone_by": undo.id}
        if content_free:
            update.update(old_text=None, new_text=None)
        batch.nodes.append(record_of(event.model_copy(update=update)))
        now = utcnow()  # the undo is the call's last entry, after the DELETE / UPDATE it caused
        batch.nodes.append(record_of(undo.model_copy(update={"at": now, "created_at": now, "updated_at": now})))

    def _forget_written(self, event: HistoryEvent, owner: Owner, op: str) -> UndoResult:
        """Forget what the entry wrote; for a merge, make the merged memories current again."""
        written = [self._memory(mid, owner).id for mid in event.after]
        restored: list[Memory] = []
        if op == "merge":
            recs = self.store.get_nodes(NodeLabel.MEMORY, event.before, [owner.scope])
            restored = [memory_from_record(r) for r in recs]
            if len(restored) != len(event.before):
                raise NotFoundError("a memory this merge was made from was forgotten since; the merge cannot be undone")
        vectors = list(self.embedder.embed([embedding_text(m) for m in restored])) if restored else []
        undo = self._undo_entry(event, owner, f"undo {op}")
        now = undo.at

        def also(tx: StoreTransaction, batch: WriteBatch) -> None:
            for mem, vec in zip(restored, vectors):
                back = mem.model_copy(update={"status": MemoryStatus.ACTIVE, "valid_to": None, "updated_at": now})
                batch.nodes.append(record_of(back, embedding=vec))
            self._mark(tx, event, undo, batch, content_free=True)

        # Forgetting the written memory reopens the facts it had closed (closedBy).
        self.writer.delete_many(
            written,
            [owner.scope],
            actor=undo.actor,
            reason=f"undo {op}",
            also=also,
            reviving=[m.id for m in restored],
        )
        what = {"merge": "merge undone", "correction": "correction undone", "preference": "preference removed"}[op]
        return UndoResult(
            event_id=event.id,
            undo_event_id=undo.id,
            operation=op,
            restored=[m.id for m in restored],
            removed=written,
            message=f"{what}: {len(restored)} memories current again." if restored else f"{what}.",
        )

    def _revert(self, event: HistoryEvent, owner: Owner) -> UndoResult:
        """A new version with the text the memory had before the entry's revision."""
        current = self._memory(event.after[0], owner)
        recs = self.store.get_nodes(NodeLabel.MEMORY, event.before, [owner.scope])
        if not recs:
            raise NotFoundError("the version this revision replaced was forgotten since; nothing to undo")
        old_text = memory_from_record(recs[0]).text
        undo = self._undo_entry(event, owner, "undo revision")

        def also(tx: StoreTransaction, batch: WriteBatch) -> None:
            self._mark(tx, event, undo, batch)

        new = self.writer.update(
            current.id, old_text, [owner.scope], actor=undo.actor, reason="undo of a correction", also=also
        )
        return UndoResult(
            event_id=event.id,
            undo_event_id=undo.id,
            operation="revision",
            written=[new.id],
            message=f'back to "{old_text}".',
        )

    def _unconfirm(self, event: HistoryEvent, owner: Owner) -> UndoResult:
        """Take back the confidence a confirmation added (and withdraw its passage feedback)."""
        ids = set(event.after)
        mems = [memory_from_record(r) for r in self.store.get_nodes(NodeLabel.MEMORY, sorted(ids), [owner.scope])]
        vectors = self.store.get_embeddings(NodeLabel.MEMORY, [m.id for m in mems])
        undo = self._undo_entry(event, owner, "undo confirm")

        def work(tx: StoreTransaction) -> None:
            batch = WriteBatch()
            for mem in mems:
                if mem.confidence is not None:
                    batch.nodes.append(record_of(_lowered(mem), embedding=vectors.get(mem.id)))
            rels = tx.relationships(src=[owner.node], types=list(FACT_RELS), current_only=True) if ids else []
            for rel in rels:
                if rel.source_id in ids and rel.confidence is not None:
                    back = max(DEFAULT_CONFIDENCE, round(rel.confidence - CONFIRM_STEP, 4))
                    batch.relationships.append(rel.model_copy(update={"confidence": back}))
            for rec in tx.get_nodes(NodeLabel.FEEDBACK, sorted(ids), [owner.scope]):
                fb = Feedback.model_validate(rec.props)
                batch.nodes.append(record_of(fb.model_copy(update={"status": FeedbackStatus.UNDONE})))
            self._mark(tx, event, undo, batch)
            tx.write(batch)

        self.store.transaction(work, lock=self.writer.owner_locks([owner], undo.at))
        return UndoResult(
            event_id=event.id, undo_event_id=undo.id, operation="confirm", message="confirmation taken back."
        )

    def _unflag(self, event: HistoryEvent, owner: Owner) -> UndoResult:
        """Withdraw one flag: the feedback's count goes down, or it is closed as undone."""
        chunk_id = event.memory_id
        vector = self.store.get_embeddings(NodeLabel.CHUNK, [chunk_id]).get(chunk_id)
        undo = self._undo_entry(event, owner, "undo knowledge feedback")

        def work(tx: StoreTransaction) -> None:
            batch = WriteBatch()
            recs = tx.get_nodes(NodeLabel.FEEDBACK, event.after, [owner.scope])
            if not recs:
                raise NotFoundError("the feedback this entry wrote was forgotten since; nothing to undo")
            fb = Feedback.model_validate(recs[0].props)
            if fb.status != FeedbackStatus.OPEN:
                raise InvalidInputError(f"the feedback was {fb.status.value} by a reviewer since; it cannot be undone")
            if fb.count > 1:
                batch.nodes.append(record_of(fb.model_copy(update={"count": fb.count - 1, "updated_at": undo.at})))
                givers = {f.owner for f in open_feedback(tx, chunk_id)}
            else:
                batch.nodes.append(record_of(fb.model_copy(update={"status": FeedbackStatus.UNDONE})))
                givers = {f.owner for f in open_feedback(tx, chunk_id) if f.id != fb.id}
            batch.nodes.extend(passage_marks(tx, chunk_id, len(givers), vector, undo.at))
            self._mark(tx, event, undo, batch)
            tx.write(batch)

        self.store.transaction(work, lock=self.writer.owner_locks([owner], undo.at))
        return UndoResult(event_id=event.id, undo_event_id=undo.id, operation="knowledge", message="flag withdrawn.")


def _lowered(mem: Memory) -> Memory:
    conf = mem.confidence if mem.confidence is not None else DEFAULT_CONFIDENCE
    back = round(conf - CONFIRM_STEP, 4)
    return mem.model_copy(update={"confidence": None if back <= DEFAULT_CONFIDENCE else back})


__all__ = ["UndoResult", "Undoer"]
