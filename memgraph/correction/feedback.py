"""Natural-language feedback: read it, find what it is about, change what it asks, in one
transaction, and say what changed.

What feedback is about, first found first:

1. the ``target_id`` the caller gives (a memory of the caller's, or a knowledge-base passage);
2. what the caller's last answer in the session was built from (:class:`AnswerLog`): the
   passages and memories it cited and the memories its facts come from;
3. a search of the caller's memories (forget, correction) or of the knowledge base
   (knowledge feedback).

What each kind does (:class:`~memgraph.models.FeedbackKind`):

- correction: a fact the feedback states ("No, I'm in Technology now") is written as a
  ``correction`` memory whose facts close the old ones (``validTo``), as any statement's do;
  a replacement of one value of the person's current facts ("I said Bristol, not Antwerp") is
  the same fact with the new value; a replacement of words of one of their memories ("my
  manager is Dana, not Lee") writes a new version of that memory.
- forget: the memories the feedback names are forgotten as by :meth:`MemGraph.delete`.
- confirm: the facts and memories the last answer used gain confidence
  (:data:`CONFIRM_STEP`, from :data:`DEFAULT_CONFIDENCE`); a confirmed passage gets an
  ``applied`` confirm :class:`~memgraph.models.Feedback`.
- preference: a ``preference`` memory of the person.
- knowledge: an ``open`` :class:`~memgraph.models.Feedback` ``ABOUT`` the passage and
  ``GIVEN_BY`` the person (one per person and passage: repeats raise its ``count``); the
  passage and its document are marked ``needsReview`` and keep answering (see
  :mod:`memgraph.correction.review`).

Every applied feedback leaves a ``FEEDBACK`` :class:`~memgraph.models.HistoryEvent` naming
what it replaced and wrote (a forget's holds no text). Feedback that cannot be resolved
changes nothing and says why (:attr:`FeedbackResult.applied` False).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from ..errors import ConfigError, InvalidInputError, LLMError, NotFoundError
from ..extraction.extract import SELF, Extraction, Extractor, Fact, FoundEntity, entity_key, normalise_name
from ..extraction.feedback import FeedbackReading, read_feedback
from ..intake.lifecycle import MemoryWriter, NewMemory, Owner, memory_from_record
from ..models import (
    FACT_RELS,
    SHARED_SCOPE,
    SINGLE_VALUED_FACTS,
    AnswerEvent,
    Chunk,
    Document,
    Entity,
    Feedback,
    FeedbackKind,
    FeedbackStatus,
    HistoryEvent,
    HistoryKind,
    Memory,
    MemoryKind,
    MemoryStatus,
    NodeLabel,
    Relationship,
    RelType,
    utcnow,
)
from ..recall.retrieval import CallerContext, Retriever, SearchConfig
from ..stores.base import GraphStore, NodeRecord, StoreTransaction, WriteBatch, record_of
from ..text.embed import Embedder
from ..text.llm import ChatClient
from ..text.textutil import clip
from ..validate import check_limit, check_offset, check_optional_id, check_text
from .answers import AnswerLog
from .llm_reading import llm_reading

DEFAULT_CONFIDENCE = 0.8
"""Confidence of a fact or memory nobody has confirmed (facts are written with 0.8)."""
CONFIRM_STEP = 0.1
"""What one confirmation adds to a fact's or memory's confidence (capped at 1.0); not tuned."""
FORGET_MIN_COSINE = 0.5
"""Cosine (all-MiniLM-L6-v2) between what "forget ..." names and a memory for the memory to be
forgotten when no target is given and no keyword is shared. Measured on bench/feedback.py's
tuning split: the memories meant reach 0.42-0.88 ("my car" / "My car is a blue Volvo." 0.42),
the best other memory of the same person 0.12-0.29, a thing never mentioned ("my boat") 0.20."""
FORGET_MIN_COSINE_KEYWORD = 0.3
"""The same cosine for a memory that also shares a keyword (BM25 > 0) with what is named."""
FORGET_MARGIN = 0.15
"""Memories more than this below the best one's cosine are not forgotten with it; not tuned."""
FORGET_MAX = 5
"""At most this many memories are forgotten by one "forget ..." without a target."""
REVISE_MIN_COSINE = 0.55
"""Cosine between a personal correction that states no fact and names no replaced value ("my
dentist changed, it's Dr. Lopez now") and one of the person's memories for that memory to be
revised with the words said; measured on bench/feedback.py (see the note there)."""
KNOWLEDGE_MIN_COSINE = 0.35
"""Cosine a passage must reach with knowledge feedback to be its target when no answer or
target names one; measured on bench/feedback.py."""


class FeedbackResult(BaseModel):
    """What :meth:`FeedbackAPI.__call__` did.

    Attributes:
        kind: what the feedback asked for (None when it could not be told).
        applied: True when the store changed; False when nothing changed (``message`` says why).
        target_id, target_label: what the feedback was found to be about.
        resolved_by: how the target was found: ``target_id``, ``last_answer`` or ``search``.
        feedback_id: the :class:`~memgraph.models.Feedback` node written or counted (knowledge
            feedback, confirmations of passages).
        event_id: the ``FEEDBACK`` history entry (``undo`` takes it).
        memory_ids: memories written (a correction, a new version, a preference).
        forgotten: memories forgotten.
        closed: facts closed, as ``"WORKS_IN Sales"``.
        opened: facts written, as ``"WORKS_IN Technology"``.
        message: one sentence for the person.
        used_llm, llm_error: whether the configured LLM read it, and why not when it failed.
    """

    model_config = ConfigDict(frozen=True)

    kind: FeedbackKind | None
    applied: bool
    message: str
    target_id: str | None = None
    target_label: NodeLabel | None = None
    resolved_by: str | None = None
    feedback_id: str | None = None
    event_id: str | None = None
    memory_ids: list[str] = Field(default_factory=list)
    forgotten: list[str] = Field(default_factory=list)
    closed: list[str] = Field(default_factory=list)
    opened: list[str] = Field(default_factory=list)
    used_llm: bool = False
    """True when the configured LLM read the feedback."""
    llm_error: str | None = None
    """Why the LLM's reading was not used (its endpoint failed or its reply was not valid): the
    rules read the feedback instead."""


class _Target(BaseModel):
    """Candidates feedback may be about, and how they were found."""

    memories: list[Memory] = Field(default_factory=list)
    chunks: list[Chunk] = Field(default_factory=list)
    fact_sources: list[str] = Field(default_factory=list)
    question: str = ""
    """The question of the answer the candidates come from."""
    resolved_by: str | None = None


class FeedbackApplier:
    """Resolves and applies feedback (see the module doc). Built by the facade."""

    def __init__(
        self,
        store: GraphStore,
        writer: MemoryWriter,
        retriever: Retriever,
        extractor: Extractor,
        embedder: Embedder,
        answers: AnswerLog,
        llm: ChatClient | None = None,
    ) -> None:
        self.llm = llm
        self.store = store
        self.writer = writer
        self.retriever = retriever
        self.extractor = extractor
        self.embedder = embedder
        self.answers = answers

    # -- resolving -------------------------------------------------------------------------------
    def _explicit(self, target_id: str, owner: Owner) -> _Target:
        """The node ``target_id`` names, if the owner can reach it. Raises NotFoundError (the
        same message for another person's memory as for no node at all)."""
        mems = self.store.get_nodes(NodeLabel.MEMORY, [target_id], [owner.scope])
        if mems:
            mem = memory_from_record(mems[0])
            if mem.status != MemoryStatus.ACTIVE:
                raise NotFoundError(f"memory {target_id!r} is {mem.status.value}; give its latest version")
            return _Target(memories=[mem], resolved_by="target_id")
        chunks = self.store.get_nodes(NodeLabel.CHUNK, [target_id], [SHARED_SCOPE])
        if chunks:
            chunk = Chunk.model_validate(chunks[0].props)
            if chunk.status.value not in ("active", "needs_review"):
                raise NotFoundError(f"passage {target_id!r} is {chunk.status.value}; it no longer answers")
            return _Target(chunks=[chunk], resolved_by="target_id")
        raise NotFoundError(f"no memory or knowledge-base passage with id {target_id!r} that you can reach")

    def _from_answer(self, event: AnswerEvent, owner: Owner) -> _Target:
        mems = [
            memory_from_record(r)
            for r in self.store.get_nodes(NodeLabel.MEMORY, event.memory_ids, [owner.scope])
            if r.status == MemoryStatus.ACTIVE.value
        ]
        chunks = [Chunk.model_validate(r.props) for r in self.store.get_nodes(NodeLabel.CHUNK, event.chunk_ids, None)]
        chunks.sort(key=lambda c: event.chunk_ids.index(c.id))
        return _Target(
            memories=mems,
            chunks=chunks,
            fact_sources=event.fact_sources,
            question=event.question,
            resolved_by="last_answer",
        )

    def _search(self, query: str, owner: Owner, label: NodeLabel, min_cosine: float, k: int) -> list[NodeRecord]:
        """Up to ``k`` nodes of ``label`` the owner reads whose cosine with ``query`` reaches
        ``min_cosine``, best first."""
        scopes = (owner.scope,) if label == NodeLabel.MEMORY else (SHARED_SCOPE,)
        cfg = SearchConfig.HYBRID.with_(labels=(label,), top_k=max(k, 5))
        hits = self.retriever.search(query, CallerContext(scopes, owner.node), cfg)
        keep = [h.id for h in hits if h.signals.get("vector", 0.0) >= min_cosine][:k]
        recs = {r.id: r for r in self.store.get_nodes(label, keep, list(scopes))}
        return [recs[i] for i in keep if i in recs]

    def _named_memories(self, about: str, owner: Owner) -> list[str]:
        """Ids of the owner's memories that ``about`` names (see :data:`FORGET_MIN_COSINE`):
        near the best match, at most :data:`FORGET_MAX`; chat messages too (forgetting what
        was said covers where it was said)."""
        cfg = SearchConfig.HYBRID.with_(labels=(NodeLabel.MEMORY,), top_k=10)
        hits = self.retriever.search(about, CallerContext((owner.scope,), owner.node), cfg)

        def named(signals: dict[str, float]) -> bool:
            cosine = signals.get("vector", 0.0)
            floor = FORGET_MIN_COSINE_KEYWORD if signals.get("keyword", 0.0) > 0 else FORGET_MIN_COSINE
            return cosine >= floor

        found = [h for h in hits if named(h.signals)]
        if not found:
            return []
        best = max(h.signals.get("vector", 0.0) for h in found)
        return [h.id for h in found if h.signals.get("vector", 0.0) >= best - FORGET_MARGIN][:FORGET_MAX]

    def on_forget(self, owner: Owner) -> Callable[[StoreTransaction, WriteBatch], None]:
        """Writes for the transaction that forgets ``owner`` whole: the passages they flagged
        count the people left flagging them (their review marks cleared when none is)."""

        def also(tx: StoreTransaction, batch: WriteBatch) -> None:
            mine = tx.find_nodes(
                NodeLabel.FEEDBACK,
                [owner.scope],
                where={Feedback.prop("kind"): FeedbackKind.KNOWLEDGE.value},
                status=[FeedbackStatus.OPEN.value],
                limit=None,
            )
            for chunk_id in sorted({str(Feedback.model_validate(r.props).target_id) for r in mine}):
                others = {f.owner for f in open_feedback(tx, chunk_id) if f.owner != owner.scope}
                vector = self.store.get_embeddings(NodeLabel.CHUNK, [chunk_id]).get(chunk_id)
                batch.nodes.extend(passage_marks(tx, chunk_id, len(others), vector, utcnow()))

        return also

    # -- applying --------------------------------------------------------------------------------
    def apply(
        self, text: str, owner: Owner, *, target_id: str | None = None, use_llm: bool | None = None
    ) -> FeedbackResult:
        """Read, resolve and apply one piece of feedback (validated by the caller). With an
        LLM configured and ``use_llm`` not False the LLM reads it
        (:func:`~memgraph.correction.llm_reading.llm_reading`); when that fails the rules do
        (and ``llm_error`` says why), unless ``use_llm`` is True.

        Raises:
            NotFoundError: ``target_id`` names nothing the owner can reach, or a memory that is
                no longer current.
            ConfigError: ``use_llm`` True without a configured LLM.
            LLMError: the LLM failed with ``use_llm`` True.
        """
        if use_llm and self.llm is None:
            raise ConfigError("use_llm=True but no LLM is configured (llm.base_url)")
        if target_id is not None:
            target = self._explicit(target_id, owner)
        else:
            last = self.answers.last(owner) if owner.user_id is not None else None
            target = self._from_answer(last, owner) if last is not None else _Target()
        reading = read_feedback(text, self.extractor)
        used_llm, llm_error = False, None
        if self.llm is not None and use_llm is not False:
            try:
                reading = llm_reading(self.llm, text, reading, self.extractor, _context(target))
                used_llm = True
            except LLMError as e:
                if use_llm:
                    raise
                llm_error = str(e)
        result = self._apply(reading, owner, target)
        return result.model_copy(update={"used_llm": used_llm, "llm_error": llm_error})

    def _apply(self, reading: FeedbackReading, owner: Owner, target: _Target) -> FeedbackResult:
        kind = reading.kind
        if kind is None:
            kind = self._kind_from_target(reading, target, owner)
        if kind is None:
            why = (
                "I could not tell what is wrong: say what is right (for example 'I work in Technology') "
                "or which passage is outdated."
                if reading.negative
                else "I could not tell what this feedback asks me to change."
            )
            return FeedbackResult(kind=None, applied=False, message=why)
        if kind == FeedbackKind.FORGET:
            return self._forget(reading, owner, target)
        if kind == FeedbackKind.CORRECTION:
            return self._correct(reading, owner, target)
        if kind == FeedbackKind.PREFERENCE:
            return self._prefer(reading, owner)
        if kind == FeedbackKind.CONFIRM:
            return self._confirm(reading, owner, target)
        return self._flag(reading, owner, target)

    def _kind_from_target(self, reading: FeedbackReading, target: _Target, owner: Owner) -> FeedbackKind | None:
        """The kind of feedback that names no kind: a replacement of a value of the person's
        facts or memories is a correction; one of a passage's, or "that's wrong" about an
        answer from passages, is knowledge feedback."""
        if reading.old_value is not None:
            if self._fact_with_value(owner, reading.old_value) is not None:
                return FeedbackKind.CORRECTION
            if self._memory_with_value(reading.old_value, owner, target) is not None:
                return FeedbackKind.CORRECTION
            if any(_holds(c.text, reading.old_value) for c in target.chunks):
                return FeedbackKind.KNOWLEDGE
            return None
        if reading.negative and target.chunks and not target.memories:
            return FeedbackKind.KNOWLEDGE
        if reading.personal and self._similar_memory(reading.statement, owner, target) is not None:
            return FeedbackKind.CORRECTION
        return None

    def _similar_memory(self, statement: str, owner: Owner, target: _Target) -> Memory | None:
        """The person's statement (no chat message) closest to ``statement`` when its cosine
        reaches :data:`REVISE_MIN_COSINE`: the given target first."""
        if target.resolved_by == "target_id":
            return target.memories[0] if target.memories else None
        for rec in self._search(statement, owner, NodeLabel.MEMORY, REVISE_MIN_COSINE, 3):
            mem = memory_from_record(rec)
            if mem.kind != MemoryKind.MESSAGE:
                return mem
        return None

    def _current_facts(self, owner: Owner) -> list[tuple[Relationship, Entity]]:
        if owner.user_id is None:
            return []
        rels = self.store.relationships(src=[owner.node], types=list(FACT_RELS), current_only=True)
        ents = {
            r.id: Entity.model_validate(r.props)
            for r in self.store.get_nodes(NodeLabel.ENTITY, [r.dst_id for r in rels], [owner.scope, SHARED_SCOPE])
        }
        return [(r, ents[r.dst_id]) for r in rels if r.dst_id in ents]

    def _fact_with_value(self, owner: Owner, value: str) -> tuple[Relationship, Entity] | None:
        """The person's current fact whose entity is ``value`` (names compared by key)."""
        key = entity_key(normalise_name(value))
        for rel, ent in self._current_facts(owner):
            if key and (ent.key == key or entity_key(ent.name) == key):
                return rel, ent
        return None

    def _memory_with_value(self, value: str, owner: Owner, target: _Target) -> Memory | None:
        """The target memory, or else the person's memory found by search, that holds ``value``."""
        for mem in target.memories:
            if _holds(mem.text, value):
                return mem
        if target.resolved_by == "target_id":
            return None
        for rec in self._search(value, owner, NodeLabel.MEMORY, 0.0, 5):
            mem = memory_from_record(rec)
            if mem.kind != MemoryKind.MESSAGE and _holds(mem.text, value):
                return mem
        return None

    def _event(
        self,
        owner: Owner,
        about: str,
        reason: str,
        *,
        text: str | None,
        before: Sequence[str],
        after: Sequence[str],
        lineage: str | None = None,
        operation: str,
    ) -> HistoryEvent:
        """A FEEDBACK history entry about node ``about`` (in ``lineage``: a memory's version
        chain, so the memory's history lists it; the node's id by default); ``operation`` as
        :attr:`HistoryEvent.operation` says."""
        now = utcnow()
        return HistoryEvent(
            owner=owner.scope,
            memory_id=about,
            lineage=lineage or about,
            operation=operation,
            event=HistoryKind.FEEDBACK,
            new_text=text,
            actor=owner.user_id or owner.agent_id,
            reason=reason,
            before=list(before),
            after=list(after),
            at=now,
            created_at=now,
            updated_at=now,
        )

    def _correct(self, reading: FeedbackReading, owner: Owner, target: _Target) -> FeedbackResult:
        facts = list(reading.facts)
        if not facts and reading.old_value is not None and reading.new_value is not None:
            held = self._fact_with_value(owner, reading.old_value)
            if held is not None:
                rel, ent = held
                facts = [Fact(SELF, rel.type, normalise_name(reading.new_value), ent.type)]
            else:
                mem = self._memory_with_value(reading.old_value, owner, target)
                if mem is not None:
                    return self._revise(
                        reading, owner, mem, target, _replace(mem.text, reading.old_value, reading.new_value)
                    )
        if not facts and reading.personal and reading.old_value is None:
            mem = self._similar_memory(reading.statement, owner, target)
            if mem is not None:
                return self._revise(reading, owner, mem, target, reading.statement)
        if not facts:
            return FeedbackResult(
                kind=FeedbackKind.CORRECTION,
                applied=False,
                message="I could not tell which of your facts or memories this corrects: say what is right "
                "(for example 'I work in Technology').",
            )
        before = self._current_facts(owner)
        holding = {(r.type, e.key) for r, e in before}
        if all((f.rel, entity_key(f.object)) in holding for f in facts):
            said = "; ".join(f"{f.rel.value} {f.object}" for f in facts)
            return FeedbackResult(
                kind=FeedbackKind.CORRECTION,
                applied=False,
                message=f"That is what I have already ({said}): nothing changed.",
            )
        changing = {f.rel for f in facts}
        closed = [(r, e) for r, e in before if r.type in changing and r.type in SINGLE_VALUED_FACTS]
        closed = [(r, e) for r, e in closed if all(entity_key(f.object) != e.key for f in facts if f.rel == r.type)]
        extraction = Extraction(entities=[FoundEntity(f.object, f.object_type) for f in facts], facts=facts)
        event: list[HistoryEvent] = []

        def also(tx: StoreTransaction, batch: WriteBatch) -> None:
            written = [r for r in batch.nodes if r.label == NodeLabel.MEMORY and r.status == MemoryStatus.ACTIVE.value]
            ev = self._event(
                owner,
                written[0].id if written else "",
                f"feedback (correction): {reading.cue}",
                text=reading.statement,
                operation="correction",
                before=[r.source_id or "" for r, _ in closed],
                after=[r.id for r in written],
            )
            event.append(ev)
            batch.nodes.append(record_of(ev))

        item = NewMemory(reading.statement, MemoryKind.CORRECTION, metadata={"source": "feedback"})
        mems = self.writer.add([item], owner, extractions=[extraction], also=also)
        opened = [f"{f.rel.value} {f.object}" for f in facts]
        shut = [f"{r.type.value} {e.name}" for r, e in closed]
        what = "; ".join(opened)
        message = f"Noted: {what}" + (f" (was {'; '.join(e.name for _, e in closed)})." if closed else ".")
        return FeedbackResult(
            kind=FeedbackKind.CORRECTION,
            applied=True,
            message=message,
            target_id=mems[0].id if mems else None,
            target_label=NodeLabel.MEMORY,
            resolved_by="statement",
            event_id=event[0].id if event else None,
            memory_ids=[m.id for m in mems],
            closed=shut,
            opened=opened,
        )

    def _revise(
        self, reading: FeedbackReading, owner: Owner, mem: Memory, target: _Target, text: str
    ) -> FeedbackResult:
        """A new version of ``mem`` with ``text``."""
        event: list[HistoryEvent] = []

        def also(tx: StoreTransaction, batch: WriteBatch) -> None:
            new_ids = [
                r.id
                for r in batch.nodes
                if r.label == NodeLabel.MEMORY and r.id != mem.id and r.status == MemoryStatus.ACTIVE.value
            ]
            ev = self._event(
                owner,
                new_ids[0] if new_ids else mem.id,
                f"feedback (correction): {reading.cue}",
                text=reading.statement,
                operation="revision",
                before=[mem.id],
                after=new_ids,
                lineage=mem.lineage or mem.id,
            )
            event.append(ev)
            batch.nodes.append(record_of(ev))

        new = self.writer.update(
            mem.id,
            text,
            [mem.owner],
            actor=owner.user_id or owner.agent_id,
            reason=f"feedback (correction): {reading.cue}",
            also=also,
        )
        return FeedbackResult(
            kind=FeedbackKind.CORRECTION,
            applied=True,
            message=f'Updated what you said: "{text}".',
            target_id=mem.id,
            target_label=NodeLabel.MEMORY,
            resolved_by=target.resolved_by if any(m.id == mem.id for m in target.memories) else "search",
            event_id=event[0].id if event else None,
            memory_ids=[new.id],
        )

    def _forget(self, reading: FeedbackReading, owner: Owner, target: _Target) -> FeedbackResult:
        resolved_by = target.resolved_by
        if target.resolved_by == "target_id" and target.memories:
            ids = [m.id for m in target.memories]
        else:
            ids = self._named_memories(reading.about, owner)
            resolved_by = "search"
        if not ids:
            return FeedbackResult(
                kind=FeedbackKind.FORGET,
                applied=False,
                message=f'I found nothing you told me about "{reading.about}" to forget.',
            )
        event: list[HistoryEvent] = []

        def also(tx: StoreTransaction, batch: WriteBatch) -> None:
            ev = self._event(owner, ids[0], "feedback (forget)", text=None, before=ids, after=[], operation="forget")
            event.append(ev)
            batch.nodes.append(record_of(ev))

        self.writer.delete_many(ids, [owner.scope], actor=owner.user_id or owner.agent_id, reason="feedback", also=also)
        n = len(ids)
        return FeedbackResult(
            kind=FeedbackKind.FORGET,
            applied=True,
            message=f"Forgotten: {n} {'memory' if n == 1 else 'memories'}.",
            target_id=ids[0],
            target_label=NodeLabel.MEMORY,
            resolved_by=resolved_by,
            event_id=event[0].id if event else None,
            forgotten=ids,
        )

    def _prefer(self, reading: FeedbackReading, owner: Owner) -> FeedbackResult:
        event: list[HistoryEvent] = []

        def also(tx: StoreTransaction, batch: WriteBatch) -> None:
            written = [
                r.id for r in batch.nodes if r.label == NodeLabel.MEMORY and r.status == MemoryStatus.ACTIVE.value
            ]
            ev = self._event(
                owner,
                written[0] if written else "",
                "feedback (preference)",
                text=reading.statement,
                operation="preference",
                before=[],
                after=written,
            )
            event.append(ev)
            batch.nodes.append(record_of(ev))

        item = NewMemory(reading.statement, MemoryKind.PREFERENCE, metadata={"source": "feedback", "about": "answers"})
        mems = self.writer.add([item], owner, infer=False, also=also)
        return FeedbackResult(
            kind=FeedbackKind.PREFERENCE,
            applied=True,
            message=f'I will remember: "{reading.statement}".',
            target_id=mems[0].id if mems else None,
            target_label=NodeLabel.MEMORY,
            resolved_by="statement",
            event_id=event[0].id if event else None,
            memory_ids=[m.id for m in mems],
        )

    def _confirm(self, reading: FeedbackReading, owner: Owner, target: _Target) -> FeedbackResult:
        mems = target.memories
        # What the answer cited is what is confirmed; the asker's facts only when it cited
        # nothing (an answer from the facts alone).
        cited = bool(mems or target.chunks)
        sources = {m.id for m in mems} if cited else set(target.fact_sources)
        rels = (
            [
                r
                for r in self.store.relationships(src=[owner.node], types=list(FACT_RELS), current_only=True)
                if r.source_id in sources
            ]
            if sources and owner.user_id is not None
            else []
        )
        best = self._passage_of(reading, owner, target)[0] if target.chunks and not mems else None
        chunks = [best] if best is not None else []
        if not mems and not rels and not chunks:
            return FeedbackResult(
                kind=FeedbackKind.CONFIRM,
                applied=False,
                message="There is nothing to confirm: I have not answered you in this session.",
            )
        vectors = self.store.get_embeddings(NodeLabel.MEMORY, [m.id for m in mems]) if mems else {}
        event: list[HistoryEvent] = []
        fb_ids: list[str] = []
        now = utcnow()

        def work(tx: StoreTransaction) -> None:
            batch = WriteBatch()
            for mem in mems:
                current = tx.get_nodes(NodeLabel.MEMORY, [mem.id], [owner.scope])
                if not current or current[0].status != MemoryStatus.ACTIVE.value:
                    continue
                fresh = memory_from_record(current[0])
                bumped = fresh.model_copy(update={"confidence": _bump(fresh.confidence), "updated_at": now})
                batch.nodes.append(record_of(bumped, embedding=vectors.get(mem.id)))
            for rel in rels:
                batch.relationships.append(rel.model_copy(update={"confidence": _bump(rel.confidence)}))
            for chunk in chunks:
                fb = _feedback_node(owner, reading, chunk, FeedbackKind.CONFIRM, FeedbackStatus.APPLIED, now, batch)
                fb_ids.append(fb.id)
                batch.nodes.append(record_of(fb))
            about = mems[0].id if mems else (rels[0].source_id or "" if rels else chunks[0].id)
            ev = self._event(
                owner,
                about,
                "feedback (confirm)",
                text=reading.statement,
                operation="confirm",
                before=[],
                after=[m.id for m in mems] + [r.source_id or "" for r in rels] + fb_ids,
            )
            event.append(ev)
            batch.nodes.append(record_of(ev))
            tx.write(batch)

        self.store.transaction(work, lock=self.writer.owner_locks([owner], now))
        parts = []
        if rels:
            parts.append(f"{len(rels)} fact{'s' if len(rels) != 1 else ''}")
        if mems:
            parts.append(f"{len(mems)} memor{'ies' if len(mems) != 1 else 'y'}")
        if chunks:
            parts.append("the passage I quoted")
        return FeedbackResult(
            kind=FeedbackKind.CONFIRM,
            applied=True,
            message=f"Thanks: confirmed {' and '.join(parts)}.",
            target_id=mems[0].id if mems else (chunks[0].id if chunks else rels[0].source_id),
            target_label=NodeLabel.MEMORY if mems or rels else NodeLabel.CHUNK,
            resolved_by=target.resolved_by,
            feedback_id=fb_ids[0] if fb_ids else None,
            event_id=event[0].id if event else None,
        )

    def _passage_of(self, reading: FeedbackReading, owner: Owner, target: _Target) -> tuple[Chunk | None, str | None]:
        """The passage knowledge feedback is about: the given one; of the last answer's
        passages, the one closest to the question and the feedback's words together (a bare
        "that's outdated" is about the passage that answered the question best); else the best
        passage found by search."""
        if len(target.chunks) == 1:
            return target.chunks[0], target.resolved_by
        if target.chunks:
            about = f"{target.question} {reading.statement}".strip()
            vecs = self.embedder.embed([about] + [c.text for c in target.chunks])
            sims = vecs[1:] @ vecs[0]
            return target.chunks[int(np.argmax(sims))], target.resolved_by
        recs = self._search(reading.statement, owner, NodeLabel.CHUNK, KNOWLEDGE_MIN_COSINE, 1)
        return (Chunk.model_validate(recs[0].props), "search") if recs else (None, None)

    def _flag(self, reading: FeedbackReading, owner: Owner, target: _Target) -> FeedbackResult:
        chunk, resolved_by = self._passage_of(reading, owner, target)
        if chunk is None:
            return FeedbackResult(
                kind=FeedbackKind.KNOWLEDGE,
                applied=False,
                message="I could not tell which knowledge-base passage this is about: ask the question again "
                "and then give the feedback, or name the passage.",
            )
        now = utcnow()
        vector = self.store.get_embeddings(NodeLabel.CHUNK, [chunk.id]).get(chunk.id)
        out: list[tuple[Feedback, HistoryEvent]] = []

        def work(tx: StoreTransaction) -> None:
            batch = WriteBatch()
            mine = tx.find_nodes(
                NodeLabel.FEEDBACK,
                [owner.scope],
                where={Feedback.prop("target_id"): chunk.id, Feedback.prop("kind"): FeedbackKind.KNOWLEDGE.value},
                status=[FeedbackStatus.OPEN.value],
                limit=1,
            )
            if mine:
                old = Feedback.model_validate(mine[0].props)
                fb = old.model_copy(update={"count": old.count + 1, "last_at": now, "updated_at": now})
            else:
                fb = _feedback_node(owner, reading, chunk, FeedbackKind.KNOWLEDGE, FeedbackStatus.OPEN, now, batch)
            batch.nodes.append(record_of(fb))
            givers = {f.owner for f in open_feedback(tx, chunk.id)} | {owner.scope}
            batch.nodes.extend(passage_marks(tx, chunk.id, len(givers), vector, now))
            ev = self._event(
                owner,
                chunk.id,
                "feedback (knowledge)",
                text=reading.statement,
                before=[],
                after=[fb.id],
                operation="knowledge",
            )
            batch.nodes.append(record_of(ev))
            tx.write(batch)
            out.append((fb, ev))

        self.store.transaction(work, lock=self.writer.owner_locks([owner], now))
        fb, ev = out[0]
        where = f"{chunk.document_title}" + (f", p. {chunk.page}" if chunk.page else "")
        repeat = f" (you have flagged it {fb.count} times)" if fb.count > 1 else ""
        return FeedbackResult(
            kind=FeedbackKind.KNOWLEDGE,
            applied=True,
            message=f"Thanks: the passage from {where} is flagged for review{repeat}. It still answers until "
            "a knowledge-base owner reviews it.",
            target_id=chunk.id,
            target_label=NodeLabel.CHUNK,
            resolved_by=resolved_by,
            feedback_id=fb.id,
            event_id=ev.id,
        )


class FeedbackAPI:
    """The feedback sub-API, ``mg.feedback``: call it with what a person says about what
    MemGraph knows ("No, I'm in Technology now", "that policy is outdated"); see
    :mod:`memgraph.correction.feedback` for what each kind of feedback does.

    A sub-API of :class:`~memgraph.MemGraph`: it validates input and calls the applier the
    MemGraph object owns; it keeps no state.

    Example:
        >>> mg.ask("What is the meal allowance?", user_id="alex", session_id="s1")
        >>> mg.feedback("that allowance is outdated", user_id="alex", session_id="s1").message
        'Thanks: the passage from Travel policy, p. 2 is flagged for review. ...'
    """

    def __init__(self, applier: FeedbackApplier, owner_of: Callable[[str | None, str | None, str | None], Owner]):
        self._applier = applier
        self._owner_of = owner_of

    def __call__(
        self,
        text: str,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        session_id: str | None = None,
        target_id: str | None = None,
        use_llm: bool | None = None,
    ) -> FeedbackResult:
        """Apply one piece of feedback, atomically.

        Args:
            text: what the person said (non-empty, at most 10,000 characters).
            user_id, agent_id: who gives it (at least one); only their own memories and the
                knowledge base can be its target.
            session_id: the conversation: without ``target_id`` the feedback is about the
                last answer given in it (``ask(..., session_id=...)``).
            target_id: the memory or knowledge-base passage it is about, when known.
            use_llm: None lets a configured LLM read the feedback (the rules read it when the
                LLM fails, and ``llm_error`` says why); False uses the rules; True requires
                the LLM.

        Returns:
            A :class:`FeedbackResult`; ``applied`` False (and nothing changed) when it could
            not be resolved, with the reason in ``message``.

        Raises:
            InvalidInputError: empty text, no owner, a bad id.
            NotFoundError: ``target_id`` names nothing the caller can reach (another person's
                memory gets the same answer as no memory) or a memory no longer current.
            ConfigError: ``use_llm=True`` without a configured LLM.
            LLMError: the LLM failed with ``use_llm=True``.
        """
        text = check_text("feedback", text, limit=10_000)
        owner = self._owner_of(user_id, agent_id, session_id)
        return self._applier.apply(text, owner, target_id=check_optional_id("target_id", target_id), use_llm=use_llm)

    def list(
        self,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        status: FeedbackStatus | str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Feedback]:
        """The caller's feedback nodes (knowledge flags and confirmations of passages), newest first.

        Raises:
            InvalidInputError: no owner, a bad id or status, ``limit`` / ``offset`` out of range.
        """
        owner = self._owner_of(user_id, agent_id, None)
        try:
            statuses = None if status is None else [FeedbackStatus(status).value]
        except ValueError as e:
            raise InvalidInputError(f"unknown feedback status {status!r}") from e
        recs = self._applier.store.find_nodes(
            NodeLabel.FEEDBACK, [owner.scope], status=statuses, limit=check_limit(limit), offset=check_offset(offset)
        )
        return [Feedback.model_validate(r.props) for r in recs]


def _feedback_node(
    owner: Owner,
    reading: FeedbackReading,
    chunk: Chunk,
    kind: FeedbackKind,
    status: FeedbackStatus,
    now: datetime,
    batch: WriteBatch,
) -> Feedback:
    """A new :class:`Feedback` of the owner's about a passage; its ``ABOUT`` and ``GIVEN_BY``
    relationships go to ``batch`` (the node itself is the caller's to write)."""
    fb = Feedback(
        owner=owner.scope,
        text=reading.statement,
        kind=kind,
        status=status,
        target_id=chunk.id,
        target_label=NodeLabel.CHUNK,
        user_id=owner.user_id,
        session_id=owner.session_id,
        last_at=now,
        created_at=now,
        updated_at=now,
    )
    batch.relationships.append(Relationship.between(RelType.ABOUT, fb, chunk))
    batch.relationships.append(Relationship.link(RelType.GIVEN_BY, (NodeLabel.FEEDBACK, fb.id), owner.node))
    return fb


def _context(target: _Target) -> str:
    """What the last answer was about, for the LLM: its question and what it cited (clipped)."""
    lines = [f"Question: {target.question}"] if target.question else []
    lines += [f"Passage ({c.document_title}): {clip(c.text, 300)}" for c in target.chunks[:3]]
    lines += [f"The person's memory: {clip(m.text, 200)}" for m in target.memories[:3]]
    return "\n".join(lines)


def passage_marks(
    tx: StoreTransaction, chunk_id: str, flaggers: int, vector: np.ndarray | None, now: datetime
) -> list[NodeRecord]:
    """The passage's and its document's records with their review marks set from ``flaggers``
    (the number of people with open feedback on it): marked since the first flag while there
    are any, cleared when none is left (the document stays marked while another of its
    passages is). ``vector`` is the passage's embedding (the record is written whole)."""
    current = tx.get_nodes(NodeLabel.CHUNK, [chunk_id], [SHARED_SCOPE])
    if not current:
        return []
    chunk = Chunk.model_validate(current[0].props)
    marked = chunk.model_copy(
        update={
            "needs_review": flaggers > 0,
            "review_since": (chunk.review_since or now) if flaggers else None,
            "review_flaggers": flaggers,
        }
    )
    # the keyword text stays as indexed (a chunk's carries its title and section)
    return [record_of(marked, embedding=vector, text=current[0].text), *document_mark(tx, chunk, flaggers > 0)]


def document_mark(tx: StoreTransaction, chunk: Chunk, flagged: bool) -> list[NodeRecord]:
    """The passage's document with ``needsReview`` set while ``flagged`` (this passage) or
    another of its passages is flagged; [] when the mark is right already."""
    docs = tx.get_nodes(NodeLabel.DOCUMENT, [chunk.document_id], [SHARED_SCOPE])
    if not docs:
        return []
    doc = Document.model_validate(docs[0].props)
    flagged = flagged or any(
        Chunk.model_validate(r.props).needs_review
        for r in tx.find_nodes(
            NodeLabel.CHUNK, [SHARED_SCOPE], where={Chunk.prop("document_id"): chunk.document_id}, limit=None
        )
        if r.id != chunk.id
    )
    return [] if doc.needs_review == flagged else [record_of(doc.model_copy(update={"needs_review": flagged}))]


def open_feedback(tx: StoreTransaction | GraphStore, chunk_id: str) -> list[Feedback]:
    """Every open knowledge-base feedback about a passage, whoever gave it, oldest first."""
    recs = tx.find_nodes(
        NodeLabel.FEEDBACK,
        None,
        where={Feedback.prop("target_id"): chunk_id, Feedback.prop("kind"): FeedbackKind.KNOWLEDGE.value},
        status=[FeedbackStatus.OPEN.value],
        limit=None,
        newest_first=False,
    )
    return [Feedback.model_validate(r.props) for r in recs]


def _bump(confidence: float | None) -> float:
    return round(min(1.0, (DEFAULT_CONFIDENCE if confidence is None else confidence) + CONFIRM_STEP), 4)


def _pattern(value: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in value.split()) + r"(?!\w)", re.IGNORECASE)


def _holds(text: str, value: str) -> bool:
    """Whether ``text`` holds ``value`` as whole words, case folded."""
    return bool(value.strip()) and _pattern(value).search(text) is not None


def _replace(text: str, old: str, new: str) -> str:
    """``text`` with its first whole-word ``old`` replaced by ``new``."""
    return _pattern(old).sub(lambda _: new, text, count=1)


__all__ = [
    "CONFIRM_STEP",
    "DEFAULT_CONFIDENCE",
    "FORGET_MIN_COSINE",
    "FeedbackAPI",
    "FeedbackApplier",
    "FeedbackResult",
    "document_mark",
    "open_feedback",
    "passage_marks",
]
