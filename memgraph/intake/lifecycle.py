"""Memory lifecycle: add (with dedupe, entities and facts), update (supersede), delete
(forget), history. Every operation builds one :class:`~memgraph.stores.base.WriteBatch`
and writes it atomically.

Rules:

- A plain statement (kind fact/preference/event/correction) that an active memory of the same
  owner already says is not stored twice: the existing memory is returned, its ``mentions``
  count raised and ``lastSeenAt`` set, and an ADD history entry (operation ``mention``) keeps
  the words said. "Already says": the same normalised text, or an embedding cosine of at least
  :data:`NEAR_DUPLICATE_COSINE` and the same content words
  (:func:`memgraph.text.textutil.statement_words`: "My son plays the violin" / "My son plays
  violin"; not "20 mg" / "40 mg", "works" / "worked", "every Tuesday" / "every other
  Tuesday"). Chat messages are never deduplicated (the same words in two sessions are two
  events).
- Facts found in a memory become relationships from the speaker (the ``User`` node for
  first-person statements or the user's own name, else a ``Person`` entity) with
  ``sourceId`` = the memory and ``validFrom`` = its time, or the time it names ("I moved to
  Legal last month": a month before it was said; :func:`memgraph.extraction.when.stated_time`).
  WORKS_IN, HAS_ROLE and LOCATED_IN hold one value at a time: a new one closes the previous one
  (``validTo``, never before the previous one began), and a statement all of whose facts are
  closed so is superseded by the newer memory (it no longer answers; forgetting the newer one
  brings it back). Chat messages are never superseded this way.
- An update writes a new version that SUPERSEDES the old; the old leaves the indexes and
  its facts are closed. History lists every version.
- A delete forgets: every version's node, text, vector, keyword entry and relationships
  (and the facts sourced from it) are removed, history entries lose their text, and a
  content-free DELETE entry remains.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from ..errors import InvalidInputError, NotFoundError
from ..extraction.extract import SELF, Extraction, Extractor, Fact, FoundEntity, entity_key
from ..extraction.when import stated_time
from ..models import (
    SHARED_ENTITY_TYPES,
    SHARED_SCOPE,
    SINGLE_VALUED_FACTS,
    Agent,
    Entity,
    EntityType,
    HistoryEvent,
    HistoryKind,
    Memory,
    MemoryKind,
    MemoryStatus,
    Node,
    NodeLabel,
    Relationship,
    RelType,
    Session,
    User,
    agent_scope,
    entity_id,
    new_id,
    user_scope,
    utcnow,
)
from ..stores.base import (
    GraphStore,
    NodeRecord,
    NodeRef,
    StoreReader,
    StoreTransaction,
    WriteBatch,
    chunked,
    record_of,
)
from ..text.embed import Embedder
from ..text.textutil import content_hash, statement_key

RESTATED_FROM = "restatedFrom"
"""Property of a fact relationship a memory stated again: the memory that stated it before
(restored as its source when the later memory is forgotten)."""
RESTATED_SINCE = "restatedSince"
"""With :data:`RESTATED_FROM`: when the earlier statement made the fact hold (ISO 8601)."""

NEAR_DUPLICATE_COSINE = 0.85
"""Cosine (all-MiniLM-L6-v2) a statement with the same content words as a stored one of the same
owner must also reach to count as said again. Measured on bench/dedupe.py (pairs of our own):
cosine alone cannot tell a restatement from a near miss ("I have a meeting with Dana every
Tuesday" / "... every other Tuesday" is 0.996, above 28 of 30 restatements), so the content
words decide and the cosine is a floor under them (pairs with equal content words measured
0.96-0.99)."""

Also = Callable[[StoreTransaction, WriteBatch], None]
"""More writes for the same transaction: called with the transaction and the batch just before
the batch is written (feedback adds its own nodes to the memory it writes or forgets)."""


def _own_words(memory: Memory) -> bool:
    """Whether a memory is its owner's own words: a statement, or a message the user sent
    themselves (no assistant's reply, no other speaker's line of an imported transcript); its
    fragments are read as the owner's own context (:meth:`Extractor.extract_many`'s ``own``)."""
    if memory.kind != MemoryKind.MESSAGE:
        return True
    return (memory.role or "user") == "user" and memory.speaker is None


@dataclass(frozen=True)
class NewMemory:
    """One memory to write: text plus what kind it is and when it was said (UTC)."""

    text: str
    kind: MemoryKind = MemoryKind.FACT
    role: str | None = None
    speaker: str | None = None
    timestamp: datetime | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    image_caption: str | None = None

    @property
    def content_hash(self) -> str:
        """Hash of the normalised text: equal statements have equal hashes."""
        return content_hash(self.text)


@dataclass(frozen=True)
class Forgotten:
    """What :meth:`MemoryWriter.forget_owner` did.

    Attributes:
        removed: nodes deleted per label (``{"Memory": 1000, "Session": 10, "User": 1,
            "Entity": 12}``), the shared entities only the owner named included.
        history_kept: history entries that stay, without text (the owner's earlier entries,
            now content-free, and one DELETE entry per forgotten memory).
    """

    removed: dict[str, int]
    history_kept: int


@dataclass(frozen=True)
class Owner:
    """Who a write belongs to: user and/or agent, optional session. The scope is the user's
    when there is one, else the agent's."""

    user_id: str | None = None
    agent_id: str | None = None
    session_id: str | None = None

    @property
    def scope(self) -> str:
        if self.user_id is not None:
            return user_scope(self.user_id)
        assert self.agent_id is not None
        return agent_scope(self.agent_id)

    @property
    def node(self) -> NodeRef:
        if self.user_id is not None:
            return (NodeLabel.USER, self.user_id)
        assert self.agent_id is not None
        return (NodeLabel.AGENT, self.agent_id)

    @property
    def session_node_id(self) -> str | None:
        return None if self.session_id is None else f"{self.scope}|{self.session_id}"


def memory_from_record(rec: NodeRecord) -> Memory:
    """The typed memory of a store record."""
    return Memory.model_validate(rec.props)


def embedding_text(mem: Memory) -> str:
    """What a memory's vector is computed from: the text, prefixed by the speaker's name when
    a message names one ("Caroline: I went to a support group"), since questions about a
    conversation name people the turn itself rarely mentions. The keyword index keeps the
    bare text."""
    if mem.speaker and mem.speaker != mem.role:
        return f"{mem.speaker}: {mem.full_text()}"
    return mem.full_text()


class MemoryWriter:
    """Writes memories. Reached through :class:`~memgraph.MemGraph`; not public API."""

    def __init__(self, store: GraphStore, embedder: Embedder, extractor: Extractor) -> None:
        self.store = store
        self.embedder = embedder
        self.extractor = extractor
        self.on_new_entities: Callable[[list[FoundEntity]], object] | None = None
        """Called after a commit with the shared entities the graph did not know before (set
        by MemGraph: the knowledge base links passages to them, ``KnowledgeBase.relink``)."""

    # -- add ------------------------------------------------------------------------------
    def add(
        self,
        items: Sequence[NewMemory],
        owner: Owner,
        *,
        infer: bool = True,
        extractions: Sequence[Extraction] | None = None,
        also: Also | None = None,
    ) -> list[Memory]:
        """Write memories for one owner in one transaction; see the module rules.

        ``extractions`` (one per item) replaces what the extractor would find (feedback that
        knows the fact it states); ``also`` adds writes to the same transaction."""
        given = None if extractions is None else [extractions]
        return self.add_many([(items, owner)], infer=infer, extractions=given, also=also)[0]

    def add_many(
        self,
        groups: Sequence[tuple[Sequence[NewMemory], Owner]],
        *,
        infer: bool = True,
        extractions: Sequence[Sequence[Extraction]] | None = None,
        also: Also | None = None,
    ) -> list[list[Memory]]:
        """Write several owners' or sessions' memories in one transaction, embedding all the
        texts in one batched call (sorted by length, so less padding than call by call).

        Embedding and extraction run first, outside the transaction; then one transaction,
        holding the owners' nodes locked, reads what the write depends on (duplicates, the
        sessions' last messages, current facts, known entities: one query each, whatever the
        number of memories) and writes. Entities are learned by the extractor after commit.

        ``extractions`` (per group, one per item) replaces what the extractor would find;
        ``also`` adds writes to the transaction (see :data:`Also`).

        Returns:
            The stored memories of each group, in order.
        """
        now = utcnow()
        planned: list[tuple[int, int, Memory, Owner]] = []  # (group, position, memory, owner)
        for g, (items, owner) in enumerate(groups):
            seen_hash: set[str] = set()
            for k, item in enumerate(items):
                if item.kind != MemoryKind.MESSAGE:
                    if item.content_hash in seen_hash:
                        continue  # a repeat within the call: the first one answers for it
                    seen_hash.add(item.content_hash)
                planned.append((g, k, self._memory(item, owner, now), owner))
        if not planned:
            return [[] for _ in groups]
        found: list[Extraction] = []
        if extractions is not None:
            found = [extractions[g][k] for g, k, _, _ in planned]
            vectors = self.embedder.embed([embedding_text(m) for _, _, m, _ in planned])
        else:
            # Entity extraction (spaCy, mostly one core) runs beside the embedding (PyTorch
            # releases the GIL), so a large call costs about the embedding alone.
            with ThreadPoolExecutor(max_workers=1) as pool:
                pending = (
                    pool.submit(
                        self.extractor.extract_many,
                        [m.text for _, _, m, _ in planned],
                        [_own_words(m) for _, _, m, _ in planned],
                    )
                    if infer
                    else None
                )
                vectors = self.embedder.embed([embedding_text(m) for _, _, m, _ in planned])
                found = pending.result() if pending is not None else []

        def work(tx: StoreTransaction) -> tuple[list[list[Memory | None]], list[FoundEntity]]:
            # Stamped under the owners' lock, a microsecond apart: times follow commit and
            # call order, so the newest message of a session is the one written last.
            now = utcnow()
            stamped = [
                (g, k, self._stamp(mem, groups[g][0][k], now + timedelta(microseconds=i)), o)
                for i, (g, k, mem, o) in enumerate(planned)
            ]
            batch = WriteBatch()
            out: list[list[Memory | None]] = [[None] * len(items) for items, _ in groups]
            existing, same_content = self._duplicates(tx, [(m, owner) for _, _, m, owner in stamped])
            stored_vectors = self.store.get_embeddings(NodeLabel.MEMORY, [m.id for m in same_content.values()])
            fresh: list[int] = []  # indexes into stamped
            said_again: dict[str, list[tuple[int, Memory]]] = {}  # existing id -> (stamped index, said)
            for i, (g, k, mem, _) in enumerate(stamped):
                dup = None
                if mem.kind != MemoryKind.MESSAGE:
                    dup = existing.get((mem.owner, mem.content_hash))
                    near = same_content.get((mem.owner, mem.statement_key))
                    if dup is None and near is not None and self._close(stored_vectors.get(near.id), vectors[i]):
                        dup = near
                if dup is not None:
                    out[g][k] = dup
                    said_again.setdefault(dup.id, []).append((i, mem))
                else:
                    out[g][k] = mem
                    fresh.append(i)
            if said_again:
                self._mentions(said_again, out, stamped, batch, now)
            written = [stamped[i] for i in fresh]
            self.ensure_sessions(tx, [(owner, mem.created_at) for _, _, mem, owner in written], batch, now)
            self._chain_sessions(tx, [(mem, owner) for _, _, mem, owner in written], batch)
            for i in fresh:
                _, _, mem, owner = stamped[i]
                batch.nodes.append(record_of(mem, embedding=vectors[i]))
                batch.relationships.append(Relationship.link(RelType.OWNS, owner.node, (NodeLabel.MEMORY, mem.id)))
                batch.nodes.append(record_of(self._event(mem, HistoryKind.ADD, new_text=mem.text, at=now)))
            learned: list[FoundEntity] = []
            if infer:
                learned = self._apply_extractions(
                    tx, [(stamped[i][2], found[i], stamped[i][3]) for i in fresh], batch, now
                )
            if also is not None:
                also(tx, batch)
            tx.write(batch)
            return out, learned

        results, learned = self.store.transaction(work, lock=self.owner_locks([o for _, o in groups], utcnow()))
        self._learn(learned)
        return [[m for m in out if m is not None] for out in results]

    @staticmethod
    def _close(stored: np.ndarray | None, vector: np.ndarray) -> bool:
        """Whether a stored statement's vector is within :data:`NEAR_DUPLICATE_COSINE` of a new one's."""
        return stored is not None and float(stored @ vector) >= NEAR_DUPLICATE_COSINE

    def _mentions(
        self,
        said_again: dict[str, list[tuple[int, Memory]]],
        out: list[list[Memory | None]],
        stamped: Sequence[tuple[int, int, Memory, Owner]],
        batch: WriteBatch,
        now: datetime,
    ) -> None:
        """Count statements said again on the memories that already say them (``mentions``,
        ``lastSeenAt``), with an ADD history entry each (operation ``mention``)."""
        vectors = self.store.get_embeddings(NodeLabel.MEMORY, list(said_again))
        for mid, said in said_again.items():
            first = out[stamped[said[0][0]][0]][stamped[said[0][0]][1]]
            assert first is not None
            counted = first.model_copy(
                update={"mentions": first.mentions + len(said), "last_seen_at": now, "updated_at": now}
            )
            batch.nodes.append(record_of(counted, embedding=vectors.get(mid)))
            for i, mem in said:
                g, k = stamped[i][0], stamped[i][1]
                out[g][k] = counted
                event = self._event(
                    counted, HistoryKind.ADD, new_text=mem.text, at=now, reason="said again", operation="mention"
                )
                batch.nodes.append(record_of(event))

    def _learn(self, learned: Sequence[FoundEntity]) -> None:
        """After a commit: the extractor learns the shared entities written, and names it did
        not know yet go to ``on_new_entities`` (the knowledge base links its passages)."""
        fresh = [f for f in learned if self.extractor.known(f.name) is None]
        self.extractor.add_known(learned)
        if fresh and self.on_new_entities is not None:
            self.on_new_entities(fresh)

    @staticmethod
    def owner_locks(owners: Sequence[Owner], now: datetime) -> list[NodeRecord]:
        """The ``User`` / ``Agent`` nodes a write of these owners locks (created when
        missing), in a fixed order so that two calls never wait on each other crosswise."""
        nodes: dict[NodeRef, Node] = {}
        for owner in owners:
            if owner.user_id is not None:
                uid = owner.user_id
                nodes[(NodeLabel.USER, uid)] = User(id=uid, owner=user_scope(uid), created_at=now, updated_at=now)
            if owner.agent_id is not None:
                aid = owner.agent_id
                nodes[(NodeLabel.AGENT, aid)] = Agent(id=aid, owner=agent_scope(aid), created_at=now, updated_at=now)
        return [record_of(nodes[ref]) for ref in sorted(nodes)]

    @staticmethod
    def _duplicates(
        tx: StoreReader, mems: Sequence[tuple[Memory, Owner]]
    ) -> tuple[dict[tuple[str, str], Memory], dict[tuple[str, str], Memory]]:
        """Active stored statements that say what the given ones say: the same text ((owner
        scope, content hash) -> memory) and the same content words ((owner scope, content key)
        -> memory); two queries per owner, whatever the number of memories."""
        wanted: dict[str, tuple[set[str], set[str]]] = {}
        for mem, owner in mems:
            if mem.kind != MemoryKind.MESSAGE and mem.content_hash:
                hashes, keys = wanted.setdefault(owner.scope, (set(), set()))
                hashes.add(mem.content_hash)
                if mem.statement_key:
                    keys.add(mem.statement_key)
        same_text: dict[tuple[str, str], Memory] = {}
        same_words: dict[tuple[str, str], Memory] = {}
        for scope, (hashes, keys) in wanted.items():
            for field_name, values, found in (
                ("content_hash", hashes, same_text),
                ("statement_key", keys, same_words),
            ):
                if not values:
                    continue
                for rec in tx.find_nodes(
                    NodeLabel.MEMORY,
                    [scope],
                    where_in={Memory.prop(field_name): sorted(values)},
                    status=[MemoryStatus.ACTIVE.value],
                    limit=None,
                    newest_first=False,
                ):
                    mem = memory_from_record(rec)
                    if mem.kind != MemoryKind.MESSAGE:
                        found.setdefault((scope, getattr(mem, field_name)), mem)
        return same_text, same_words

    @staticmethod
    def ensure_sessions(
        tx: StoreReader, written: Sequence[tuple[Owner, datetime]], batch: WriteBatch, now: datetime
    ) -> None:
        """Add to ``batch`` the Session nodes (with OWNS) that the written nodes' owners name
        and the store lacks; a session starts at the time given with its first node."""
        started: dict[str, tuple[Owner, datetime]] = {}
        for owner, at in written:
            sid = owner.session_node_id
            if sid is not None and sid not in started:
                started[sid] = (owner, at)
        if not started:
            return
        have = {r.id for r in tx.get_nodes(NodeLabel.SESSION, list(started), None)}
        for sid, (owner, at) in started.items():
            if sid in have:
                continue
            session = Session(
                id=sid,
                owner=owner.scope,
                user_id=owner.user_id,
                agent_id=owner.agent_id,
                started_at=at,
                created_at=now,
                updated_at=now,
            )
            batch.nodes.append(record_of(session))
            batch.relationships.append(Relationship.link(RelType.OWNS, owner.node, (NodeLabel.SESSION, sid)))

    def ensure_owner_nodes(self, owner: Owner, batch: WriteBatch, now: datetime) -> None:
        """Add to ``batch`` the owner's User/Agent node when the store lacks it (for writes
        that do not run in :meth:`GraphStore.transaction` with :meth:`owner_locks`)."""
        for rec in self.owner_locks([owner], now):
            if not self.store.get_nodes(rec.label, [rec.id], None):
                batch.nodes.append(rec)

    @staticmethod
    def _chain_sessions(tx: StoreReader, written: Sequence[tuple[Memory, Owner]], batch: WriteBatch) -> None:
        """IN_SESSION for each new message and NEXT from each session's latest stored message
        to its first new one, then along the new ones in call order."""
        by_session: dict[str, list[Memory]] = {}
        owners: dict[str, Owner] = {}
        for mem, owner in written:
            sid = owner.session_node_id
            if sid is None:
                continue
            by_session.setdefault(sid, []).append(mem)
            owners[sid] = owner
            batch.relationships.append(
                Relationship.link(RelType.IN_SESSION, (NodeLabel.MEMORY, mem.id), (NodeLabel.SESSION, sid))
            )
        for sid, memories in by_session.items():
            owner = owners[sid]
            last = tx.find_nodes(
                NodeLabel.MEMORY,
                [owner.scope],
                where={Memory.prop("session_id"): owner.session_id},
                status=[MemoryStatus.ACTIVE.value],
                limit=1,
            )
            chain = [memory_from_record(last[0])] if last else []
            chain += memories
            for x, y in itertools.pairwise(chain):
                batch.relationships.append(Relationship.between(RelType.NEXT, x, y))

    @staticmethod
    def _stamp(mem: Memory, item: NewMemory, now: datetime) -> Memory:
        """The memory with the write's time where the caller gave none."""
        if item.timestamp is not None:
            return mem
        return mem.model_copy(update={"created_at": now, "updated_at": now, "valid_from": now, "recorded_at": now})

    @staticmethod
    def _memory(item: NewMemory, owner: Owner, now: datetime) -> Memory:
        mid = new_id()
        return Memory(
            id=mid,
            owner=owner.scope,
            text=item.text,
            kind=item.kind,
            user_id=owner.user_id,
            agent_id=owner.agent_id,
            session_id=owner.session_id,
            role=item.role,
            speaker=item.speaker,
            image_caption=item.image_caption,
            content_hash=content_hash(item.text),
            statement_key=statement_key(item.text) if item.kind != MemoryKind.MESSAGE else "",
            valid_from=item.timestamp or now,
            recorded_at=now,
            lineage=mid,
            metadata=item.metadata,
            created_at=item.timestamp or now,
            updated_at=now,
        )

    def _event(
        self,
        mem: Memory,
        event: HistoryKind,
        *,
        old_text: str | None = None,
        new_text: str | None = None,
        at: datetime | None = None,
        actor: str | None = None,
        reason: str | None = None,
        operation: str | None = None,
        before: Sequence[str] = (),
        after: Sequence[str] = (),
    ) -> HistoryEvent:
        at = at or utcnow()
        return HistoryEvent(
            owner=mem.owner,
            memory_id=mem.id,
            lineage=mem.lineage or mem.id,
            event=event,
            old_text=old_text,
            new_text=new_text,
            actor=actor,
            reason=reason,
            operation=operation,
            before=list(before),
            after=list(after),
            at=at,
            created_at=at,
            updated_at=at,
        )

    # -- entities and facts ---------------------------------------------------------------------
    def _entity(
        self, found: FoundEntity, scope: str, cache: dict[str, Entity], *, shared: bool | None = None
    ) -> Entity:
        """The entity node for a name: shared for organisation types (or as ``shared`` says),
        else owned by ``scope``."""
        if shared is None:
            shared = found.type in SHARED_ENTITY_TYPES
        ent_scope = SHARED_SCOPE if shared else scope
        key = entity_key(found.name)
        eid = entity_id(ent_scope, found.type, key)
        if eid not in cache:
            cache[eid] = Entity(id=eid, owner=ent_scope, name=found.name, type=found.type, key=key)
        return cache[eid]

    def _subject(
        self, fact: Fact, mem: Memory, owner: Owner, user_name: str | None, ents: dict[str, Entity]
    ) -> NodeRef | None:
        """Who a fact is about. "I" is the message's speaker: the user, unless the message
        names another speaker (a Person) or comes from the assistant (no fact then)."""
        subject = fact.subject
        if subject == SELF:
            if mem.role == "assistant":
                return None
            if not mem.speaker or mem.speaker == mem.role:
                return owner.node
            subject = mem.speaker
        if owner.user_id is not None and entity_key(subject) == entity_key(owner.user_id):
            return owner.node
        if user_name and entity_key(subject) == entity_key(user_name):
            return owner.node
        person = self._entity(FoundEntity(subject, EntityType.PERSON), owner.scope, ents)
        return (NodeLabel.ENTITY, person.id)

    def _apply_extractions(
        self,
        tx: StoreReader,
        items: Sequence[tuple[Memory, Extraction, Owner]],
        batch: WriteBatch,
        now: datetime,
    ) -> list[FoundEntity]:
        """Add to ``batch`` the facts and mentions extracted from the memories: a fixed number
        of reads (user names, the subjects' current single-valued facts, known entities),
        whatever the number of memories and facts.

        Returns:
            The shared (organisation) entities the memories name, for the extractor to learn
            once the transaction has committed.
        """
        ents: dict[str, Entity] = {}
        learned: dict[str, FoundEntity] = {}
        users = sorted({o.user_id for _, _, o in items if o.user_id is not None})
        names = {
            r.id: r.props.get(User.prop("name")) for r in (tx.get_nodes(NodeLabel.USER, users, None) if users else [])
        }
        stated: list[tuple[Memory, Fact, NodeRef, Entity]] = []
        for mem, ext, owner in items:
            for fact in ext.facts:
                if fact.object_type in SHARED_ENTITY_TYPES:
                    learned.setdefault(entity_key(fact.object), FoundEntity(fact.object, fact.object_type))
                subj = self._subject(fact, mem, owner, names.get(owner.user_id or ""), ents)
                if subj is not None:
                    obj = self._entity(FoundEntity(fact.object, fact.object_type), owner.scope, ents)
                    stated.append((mem, fact, subj, obj))
        current: dict[tuple[NodeRef, RelType], list[Relationship]] = {}
        held: dict[tuple[str, str, str, str, str], Relationship] = {}
        if stated:
            for rel in tx.relationships(
                src=sorted({s for _, _, s, _ in stated}),
                types=sorted({f.rel for _, f, _, _ in stated}),
                current_only=True,
            ):
                held[rel.key] = rel
                if rel.type in SINGLE_VALUED_FACTS:
                    current.setdefault(((rel.src_label, rel.src_id), rel.type), []).append(rel)
        this_call = {mem.id for mem, _, _ in items}
        replaced: dict[str, tuple[Memory, datetime, set[tuple[str, str, str, str, str]]]] = {}
        began: dict[str, datetime] = {}
        for mem, _, _, _ in stated:
            if mem.id not in began:
                said = mem.valid_from or now
                began[mem.id] = stated_time(mem.text, said) or said  # "I moved to Legal last month"
        for mem, fact, subj, obj in stated:
            when = began[mem.id]
            new = Relationship.link(
                fact.rel, subj, (NodeLabel.ENTITY, obj.id), valid_from=when, source_id=mem.id, confidence=0.8
            )
            earlier = held.get(new.key)
            if earlier is not None and earlier.source_id not in (None, mem.id):
                # The same fact stated again: this memory becomes its source, and the one
                # that stated it first is kept, so forgetting this one restores it.
                since = earlier.valid_from.isoformat() if earlier.valid_from else None
                new = new.model_copy(update={"properties": {RESTATED_FROM: earlier.source_id, RESTATED_SINCE: since}})
            if fact.rel in SINGLE_VALUED_FACTS:
                # One value at a time: the current one (stored, or stated earlier in this
                # call) is closed by this memory.
                for rel in current.get((subj, fact.rel), []):
                    if rel.dst_id != obj.id:
                        # a change dated before the old value was stated ends it when it began
                        end = max(when, rel.valid_from) if rel.valid_from is not None else when
                        closed_by = {**rel.properties, "closedBy": mem.id}
                        batch.relationships.append(rel.model_copy(update={"valid_to": end, "properties": closed_by}))
                        if rel.source_id and rel.source_id not in this_call:
                            replaced.setdefault(rel.source_id, (mem, end, set()))[2].add(rel.key)
                current[(subj, fact.rel)] = [new]
            batch.relationships.append(new)
        self._outdate(tx, replaced, batch, now)
        for mem, ext, owner in items:
            # Facts first: "the Operations department" makes Operations a Department, also
            # for the NER mention of the same name (which spaCy may call an organisation).
            fact_types = {entity_key(f.object): f.object_type for f in ext.facts}
            for found in ext.entities:
                key = entity_key(found.name)
                etype = fact_types.get(key, found.type)
                # A name NER found in someone's memory stays theirs unless the graph already
                # knows it as an organisation entity (a department, a site): no new shared
                # node reveals what a user talked about.
                shared = etype in SHARED_ENTITY_TYPES and (
                    key in fact_types or key in learned or self.extractor.known(found.name) is not None
                )
                ent = self._entity(FoundEntity(found.name, etype), owner.scope, ents, shared=shared)
                batch.relationships.append(Relationship.between(RelType.MENTIONS, mem, ent, source_id=mem.id))
        existing = {r.id for r in tx.get_nodes(NodeLabel.ENTITY, list(ents), None)} if ents else set()
        batch.nodes.extend(record_of(e) for eid, e in ents.items() if eid not in existing)
        for e in ents.values():
            if e.owner == SHARED_SCOPE:
                learned.setdefault(e.key, FoundEntity(e.name, e.type))
        return list(learned.values())

    def _outdate(
        self,
        tx: StoreReader,
        replaced: dict[str, tuple[Memory, datetime, set[tuple[str, str, str, str, str]]]],
        batch: WriteBatch,
        now: datetime,
    ) -> None:
        """Statements all of whose current facts a new memory has just closed ("I work in
        Sales" once "I moved to Marketing" is said) are superseded by it (``SUPERSEDES``,
        ``validTo`` the change's time): they no longer answer what holds now, and a search as
        of a past time still finds them. Chat messages stay as they were said. Forgetting the
        new memory makes them current again (:meth:`_revive_outdated`)."""
        rewritten = {r.id for r in batch.nodes if r.label == NodeLabel.MEMORY}  # an update's old version
        replaced = {k: v for k, v in replaced.items() if k not in rewritten}
        if not replaced:
            return
        recs = tx.get_nodes(NodeLabel.MEMORY, sorted(replaced), None)
        stale = [memory_from_record(r) for r in recs if r.status == MemoryStatus.ACTIVE.value]
        stale = [m for m in stale if m.kind != MemoryKind.MESSAGE]
        outdated = [
            m
            for m in stale
            if all(
                rel.key in replaced[m.id][2]
                for rel in tx.relationships(source_id=m.id, current_only=True)
                if rel.type != RelType.MENTIONS
            )
        ]
        if not outdated:
            return
        vectors = self.store.get_embeddings(NodeLabel.MEMORY, [m.id for m in outdated])
        for old in outdated:
            by, end, _ = replaced[old.id]
            retired = old.model_copy(update={"status": MemoryStatus.SUPERSEDED, "valid_to": end, "updated_at": now})
            batch.nodes.append(record_of(retired, embedding=vectors.get(old.id)))
            batch.relationships.append(Relationship.between(RelType.SUPERSEDES, by, old))
            event = self._event(
                old,
                HistoryKind.UPDATE,
                old_text=old.text,
                at=now,
                reason=f"its facts were replaced by memory {by.id}",
                operation="outdated",
                before=[old.id],
                after=[by.id],
            )
            batch.nodes.append(record_of(event))

    def _revive_outdated(self, tx: StoreReader, memory_ids: set[str], batch: WriteBatch) -> None:
        """Statements the forgotten memories had superseded by replacing their facts (see
        :meth:`_outdate`) are current again. A ``SUPERSEDES`` from a memory to one of another
        lineage is only ever written there (an update's old version shares the new one's
        lineage and is forgotten with it)."""
        refs = [(NodeLabel.MEMORY, mid) for mid in sorted(memory_ids)]
        targets = [
            r.dst_id
            for r in tx.relationships(src=refs, types=[RelType.SUPERSEDES])
            if r.dst_label == NodeLabel.MEMORY and r.dst_id not in memory_ids
        ]
        olds = [memory_from_record(r) for r in tx.get_nodes(NodeLabel.MEMORY, targets, None)] if targets else []
        olds = [m for m in olds if m.status == MemoryStatus.SUPERSEDED]
        vectors = self.store.get_embeddings(NodeLabel.MEMORY, [m.id for m in olds]) if olds else {}
        for old in olds:
            back = old.model_copy(update={"status": MemoryStatus.ACTIVE, "valid_to": None})
            batch.nodes.append(record_of(back, embedding=vectors.get(old.id)))

    # -- read helpers ----------------------------------------------------------------------------
    def get(self, memory_id: str, scopes: Sequence[str]) -> Memory:
        """The memory (any status) if it lies in scopes. Raises NotFoundError."""
        recs = self.store.get_nodes(NodeLabel.MEMORY, [memory_id], scopes)
        if not recs:
            raise NotFoundError(f"no memory with id {memory_id!r} in this scope")
        return memory_from_record(recs[0])

    @staticmethod
    def _versions(tx: StoreReader, mem: Memory) -> list[NodeRecord]:
        return tx.find_nodes(
            NodeLabel.MEMORY, [mem.owner], where={Memory.prop("lineage"): mem.lineage or mem.id}, limit=None
        )

    @staticmethod
    def _current(tx: StoreReader, memory_id: str, scopes: Sequence[str]) -> Memory:
        """The memory as the transaction sees it. Raises NotFoundError."""
        recs = tx.get_nodes(NodeLabel.MEMORY, [memory_id], scopes)
        if not recs:
            raise NotFoundError(f"no memory with id {memory_id!r} in this scope")
        return memory_from_record(recs[0])

    @staticmethod
    def _check_active(mem: Memory) -> None:
        if mem.status != MemoryStatus.ACTIVE:
            raise NotFoundError(f"memory {mem.id!r} is {mem.status.value}; update its latest version")

    # -- update ------------------------------------------------------------------------------------
    def update(
        self,
        memory_id: str,
        text: str,
        scopes: Sequence[str],
        *,
        actor: str | None = None,
        metadata: dict[str, Any] | None = None,
        reason: str | None = None,
        also: Also | None = None,
    ) -> Memory:
        """Write a new version of an active memory that SUPERSEDES it, in one transaction
        that re-reads the memory: of two concurrent updates of one version, the second
        finds it superseded. ``reason`` goes to the history entry; ``also`` adds writes to
        the transaction. Raises NotFoundError."""
        old = self.get(memory_id, scopes)
        self._check_active(old)
        now = utcnow()
        new = old.model_copy(
            update={
                "id": new_id(),
                "text": text,
                "content_hash": content_hash(text),
                "statement_key": statement_key(text) if old.kind != MemoryKind.MESSAGE else "",
                "version": old.version + 1,
                "valid_from": now,
                "recorded_at": now,
                "created_at": now,
                "updated_at": now,
                "metadata": metadata if metadata is not None else old.metadata,
            }
        )
        new = Memory.model_validate(new.model_dump())
        vector = self.embedder.embed_one(embedding_text(new))
        extraction = self.extractor.extract_many([text], [_own_words(old)])[0]
        owner = Owner(old.user_id, old.agent_id, old.session_id)
        # the old version keeps its vector and keyword text: searches as of a past time find it
        old_vector = self.store.get_embeddings(NodeLabel.MEMORY, [memory_id]).get(memory_id)

        def work(tx: StoreTransaction) -> list[FoundEntity]:
            current = self._current(tx, memory_id, scopes)
            self._check_active(current)
            retired = current.model_copy(update={"status": MemoryStatus.SUPERSEDED, "valid_to": now, "updated_at": now})
            batch = WriteBatch()
            batch.nodes.append(record_of(retired, embedding=old_vector))
            batch.nodes.append(record_of(new, embedding=vector))
            batch.relationships.append(Relationship.between(RelType.SUPERSEDES, new, current))
            # Move structural relationships to the new version; close facts sourced from the old one.
            ref = (NodeLabel.MEMORY, current.id)
            for rel in tx.relationships(src=[ref]) + tx.relationships(dst=[ref]):
                if rel.type in (RelType.NEXT, RelType.IN_SESSION, RelType.OWNS, RelType.ATTACHED):
                    moved = rel.model_copy(
                        update={
                            "src_id": new.id if (rel.src_label, rel.src_id) == ref else rel.src_id,
                            "dst_id": new.id if (rel.dst_label, rel.dst_id) == ref else rel.dst_id,
                        }
                    )
                    batch.delete_relationships.append(rel)
                    batch.relationships.append(moved)
            for rel in tx.relationships(source_id=current.id, current_only=True):
                if rel.type != RelType.MENTIONS:
                    batch.relationships.append(rel.model_copy(update={"valid_to": now}))
            event = self._event(
                new,
                HistoryKind.UPDATE,
                old_text=current.text,
                new_text=text,
                at=now,
                actor=actor,
                reason=reason,
                before=[current.id],
                after=[new.id],
            )
            batch.nodes.append(record_of(event))
            learned = self._apply_extractions(tx, [(new, extraction, owner)], batch, now)
            if also is not None:
                also(tx, batch)
            tx.write(batch)
            return learned

        learned = self.store.transaction(work, lock=self.owner_locks([owner], now))
        self._learn(learned)
        return new

    # -- merge -------------------------------------------------------------------------------------
    def merge(
        self,
        memory_ids: Sequence[str],
        scopes: Sequence[str],
        *,
        text: str | None = None,
        actor: str | None = None,
    ) -> Memory:
        """One memory from several of one owner, in one transaction: a new memory (``text``, or
        the memories' texts joined oldest first, each once) ``MERGED_FROM`` each of them; they
        are superseded (out of search, kept for history) and the facts they stated are closed
        (``closedBy`` the new memory, so undoing the merge reopens them); the new memory's own
        facts are extracted from its text. Its kind is theirs when they share one, else
        ``fact``; it is valid from the earliest of theirs. A ``merge`` history entry goes to
        the new memory's lineage and a ``merged_into`` entry to each merged one's.

        Raises:
            InvalidInputError: fewer than two distinct ids, owners that differ, a memory that
                is not active.
            NotFoundError: an id that is not the caller's memory.
        """
        ids = list(dict.fromkeys(memory_ids))
        if len(ids) < 2:
            raise InvalidInputError("merge needs at least two different memory ids")
        mems = sorted((self.get(i, scopes) for i in ids), key=lambda m: m.created_at)
        if len({m.owner for m in mems}) > 1:
            raise InvalidInputError("memories of different owners cannot be merged")
        for m in mems:
            if m.status != MemoryStatus.ACTIVE:
                raise InvalidInputError(f"memory {m.id!r} is {m.status.value}; merge current versions only")
        first = mems[0]
        now = utcnow()
        body = text if text is not None else " ".join(dict.fromkeys(m.text for m in mems))
        kinds = {m.kind for m in mems}
        mid = new_id()
        new = Memory(
            id=mid,
            owner=first.owner,
            text=body,
            kind=kinds.pop() if len(kinds) == 1 else MemoryKind.FACT,
            user_id=first.user_id,
            agent_id=first.agent_id,
            session_id=first.session_id if len({m.session_id for m in mems}) == 1 else None,
            content_hash=content_hash(body),
            statement_key=statement_key(body),
            valid_from=min(m.valid_from or m.created_at for m in mems),
            recorded_at=now,
            lineage=mid,
            metadata={"mergedFrom": [m.id for m in mems]},
            created_at=now,
            updated_at=now,
        )
        vector = self.embedder.embed_one(embedding_text(new))
        extraction = self.extractor.extract_many([body], [all(_own_words(m) for m in mems)])[0]
        owner = Owner(first.user_id, first.agent_id)
        old_vectors = self.store.get_embeddings(NodeLabel.MEMORY, [m.id for m in mems])

        def work(tx: StoreTransaction) -> list[FoundEntity]:
            batch = WriteBatch()
            for m in mems:
                current = self._current(tx, m.id, scopes)
                if current.status != MemoryStatus.ACTIVE:
                    raise InvalidInputError(f"memory {m.id!r} is {current.status.value}; merge current versions only")
                retired = current.model_copy(
                    update={"status": MemoryStatus.SUPERSEDED, "valid_to": now, "updated_at": now}
                )
                batch.nodes.append(record_of(retired, embedding=old_vectors.get(current.id)))
                batch.relationships.append(Relationship.between(RelType.MERGED_FROM, new, current))
                for rel in tx.relationships(source_id=current.id, current_only=True):
                    if rel.type != RelType.MENTIONS:
                        closed = {**rel.properties, "closedBy": new.id}
                        batch.relationships.append(rel.model_copy(update={"valid_to": now, "properties": closed}))
                batch.nodes.append(
                    record_of(
                        self._event(
                            current,
                            HistoryKind.MERGE,
                            old_text=current.text,
                            at=now,
                            actor=actor,
                            reason=f"merged into {new.id}",
                            operation="merged_into",
                            before=[current.id],
                            after=[new.id],
                        )
                    )
                )
            batch.nodes.append(record_of(new, embedding=vector))
            batch.relationships.append(Relationship.link(RelType.OWNS, owner.node, (NodeLabel.MEMORY, new.id)))
            batch.nodes.append(
                record_of(
                    self._event(
                        new,
                        HistoryKind.MERGE,
                        new_text=body,
                        at=now,
                        actor=actor,
                        reason=f"merged from {len(mems)} memories",
                        operation="merge",
                        before=[m.id for m in mems],
                        after=[new.id],
                    )
                )
            )
            learned = self._apply_extractions(tx, [(new, extraction, owner)], batch, now)
            tx.write(batch)
            return learned

        learned = self.store.transaction(work, lock=self.owner_locks([owner], now))
        self._learn(learned)
        return new

    # -- delete -------------------------------------------------------------------------------------
    def delete(self, memory_id: str, scopes: Sequence[str], *, actor: str | None = None) -> int:
        """Forget a memory and all its versions, in one transaction. Returns the number of
        versions removed.

        Raises:
            NotFoundError: no such memory in scopes.
        """
        return self.delete_many([memory_id], scopes, actor=actor)

    def delete_many(
        self,
        memory_ids: Sequence[str],
        scopes: Sequence[str],
        *,
        actor: str | None = None,
        reason: str | None = None,
        also: Also | None = None,
        reviving: Sequence[str] = (),
    ) -> int:
        """Forget memories and all their versions, in one transaction (all or none). Returns
        the number of versions removed. ``reason`` goes to each DELETE entry (it must hold no
        forgotten text); ``also`` adds writes to the transaction; ``reviving`` names memories
        the same transaction makes current again (undoing a merge), whose facts the forgotten
        ones stated again are restored as for current memories.

        Raises:
            NotFoundError: one of the memories is not in scopes (nothing is removed).
        """
        mems = [self.get(mid, scopes) for mid in memory_ids]
        owners = {(m.user_id, m.agent_id) for m in mems}

        def work(tx: StoreTransaction) -> int:
            batch = WriteBatch(forget=True)
            versions: dict[NodeRef, NodeRecord] = {}
            current = [self._current(tx, mid, scopes) for mid in memory_ids]
            for mem in current:
                versions.update((rec.ref, rec) for rec in self._versions(tx, mem))
            for rec in versions.values():
                batch.delete_nodes.append(rec.ref)
                batch.delete_relationships_from_source.append(rec.id)
            ids = {rec.id for rec in versions.values()}
            self._reopen_facts_closed_by(tx, ids, batch)
            self._restore_restated(tx, ids, set(reviving), batch)
            self._revive_outdated(tx, ids, batch)
            for scope in sorted({mem.owner for mem in current}):
                self._drop_orphaned_entities(tx, ids, scope, batch)
            done: set[str] = set()
            for mem in current:
                lineage = mem.lineage or mem.id
                if lineage in done:
                    continue
                done.add(lineage)
                for ev in tx.find_nodes(
                    NodeLabel.HISTORY, [mem.owner], where={HistoryEvent.prop("lineage"): lineage}, limit=None
                ):
                    batch.nodes.append(_content_free(ev))
                batch.nodes.append(record_of(self._event(mem, HistoryKind.DELETE, actor=actor, reason=reason)))
            if also is not None:
                also(tx, batch)
            tx.write(batch)
            return len(versions)

        locks = self.owner_locks([Owner(u, a) for u, a in sorted(owners, key=str)], utcnow())
        return self.store.transaction(work, lock=locks)

    @staticmethod
    def _drop_orphaned_entities(tx: StoreReader, memory_ids: set[str], scope: str, batch: WriteBatch) -> None:
        """The user's own entities (people, things they named) that only the forgotten
        memories mention or state facts about are forgotten too: a name is personal data.
        Shared organisation entities stay."""
        touched: set[NodeRef] = set()
        refs = [(NodeLabel.MEMORY, mid) for mid in sorted(memory_ids)]
        for rel in tx.relationships(src=refs, types=[RelType.MENTIONS]):
            touched.add((rel.dst_label, rel.dst_id))
        for mid in memory_ids:
            for rel in tx.relationships(source_id=mid):
                for ref in ((rel.src_label, rel.src_id), (rel.dst_label, rel.dst_id)):
                    if ref[0] == NodeLabel.ENTITY:
                        touched.add(ref)
        if not touched:
            return
        owned = sorted(r.ref for r in tx.get_nodes(NodeLabel.ENTITY, [t[1] for t in touched], [scope]))
        if not owned:
            return
        still_used = {
            ref
            for rel in tx.relationships(src=owned) + tx.relationships(dst=owned)
            if rel.source_id not in memory_ids and not (rel.src_label == NodeLabel.MEMORY and rel.src_id in memory_ids)
            for ref in ((rel.src_label, rel.src_id), (rel.dst_label, rel.dst_id))
        }
        batch.delete_nodes.extend(ref for ref in owned if ref not in still_used)

    @staticmethod
    def _restore_restated(tx: StoreReader, memory_ids: set[str], reviving: set[str], batch: WriteBatch) -> None:
        """Facts the forgotten memories stated again (:data:`RESTATED_FROM`) go back to the
        memory that stated them before, when it is current (or revived) and not forgotten too."""
        restated = [
            rel
            for mid in sorted(memory_ids)
            for rel in tx.relationships(source_id=mid)
            if rel.properties.get(RESTATED_FROM) and rel.properties[RESTATED_FROM] not in memory_ids
        ]
        if not restated:
            return
        earlier = {str(r.properties[RESTATED_FROM]) for r in restated}
        alive = {
            r.id for r in tx.get_nodes(NodeLabel.MEMORY, sorted(earlier), None) if r.status == MemoryStatus.ACTIVE.value
        } | (earlier & reviving)
        for rel in restated:
            source = str(rel.properties[RESTATED_FROM])
            if source in alive:
                since = rel.properties.get(RESTATED_SINCE)
                batch.relationships.append(
                    rel.model_copy(
                        update={
                            "source_id": source,
                            "valid_from": datetime.fromisoformat(since) if since else rel.valid_from,
                            "valid_to": None,
                            "properties": {},
                        }
                    )
                )

    @staticmethod
    def _reopen_facts_closed_by(tx: StoreReader, memory_ids: set[str], batch: WriteBatch) -> None:
        """Facts that the forgotten memories had closed become current again ("I moved to
        Technology" deleted: the earlier "I work in Operations" holds again)."""
        subjects: set[NodeRef] = set()
        types: set[RelType] = set()
        for mid in memory_ids:
            for rel in tx.relationships(source_id=mid):
                if rel.type in SINGLE_VALUED_FACTS:
                    subjects.add((rel.src_label, rel.src_id))
                    types.add(rel.type)
        if not subjects:
            return
        for rel in tx.relationships(src=sorted(subjects), types=sorted(types)):
            if rel.properties.get("closedBy") in memory_ids and rel.source_id not in memory_ids:
                props = {k: v for k, v in rel.properties.items() if k != "closedBy"}
                batch.relationships.append(rel.model_copy(update={"valid_to": None, "properties": props}))

    # -- forget an owner -------------------------------------------------------------------------
    def forget_owner(self, owner: Owner, *, actor: str | None = None, also: Also | None = None) -> Forgotten:
        """Forget everything a user or agent owns, in one transaction: their ``User`` /
        ``Agent`` node, memories (every version), sessions, facts, their own entities,
        documents with chunks and images, and images; and shared (organisation) entities that
        only their memories named. History stays, content-free, with a DELETE entry for every
        lineage. Knowledge-base documents and entities something else refers to stay. The
        store scrubs the deleted text (``WriteBatch.forget``); the extractor stops
        recognising the shared names removed.

        Raises:
            NotFoundError: the store has no such user or agent.
        """
        ref = owner.node
        if not self.store.get_nodes(ref[0], [ref[1]], None):
            raise NotFoundError(f"no {ref[0].value.lower()} {ref[1]!r} in the store")
        scope = owner.scope
        now = utcnow()

        def work(tx: StoreTransaction) -> tuple[Forgotten, list[str]]:
            batch = WriteBatch(forget=True)
            removed: dict[str, int] = {}
            lineages: dict[str, Memory] = {}
            doomed: set[NodeRef] = set()
            for label in NodeLabel:
                if label == NodeLabel.HISTORY:
                    continue
                recs = tx.find_nodes(label, [scope], limit=None)
                if recs:
                    removed[label.value] = len(recs)
                    doomed.update(r.ref for r in recs)
                if label == NodeLabel.MEMORY:
                    for rec in recs:
                        mem = memory_from_record(rec)
                        lineages.setdefault(mem.lineage or mem.id, mem)
            shared = self._only_named_by(tx, doomed)
            if shared:
                removed[NodeLabel.ENTITY.value] = removed.get(NodeLabel.ENTITY.value, 0) + len(shared)
            batch.delete_nodes.extend(sorted(doomed) + [e.ref for e in shared])
            events = tx.find_nodes(NodeLabel.HISTORY, [scope], limit=None)
            batch.nodes.extend(_content_free(ev) for ev in events)
            batch.nodes.extend(
                record_of(self._event(mem, HistoryKind.DELETE, at=now, actor=actor)) for mem in lineages.values()
            )
            if also is not None:
                also(tx, batch)
            tx.write(batch)
            kept = len(events) + len(lineages)
            return Forgotten(removed=removed, history_kept=kept), [Entity.model_validate(e.props).name for e in shared]

        result, names = self.store.transaction(work, lock=self.owner_locks([owner], now))
        self.extractor.forget_known(names)
        return result

    @staticmethod
    def _only_named_by(tx: StoreReader, doomed: set[NodeRef]) -> list[NodeRecord]:
        """Shared entities that only the ``doomed`` nodes refer to (a department a user's
        statement alone created): they go with them, as a user's own names do."""
        sources = sorted(
            r for r in doomed if r[0] in (NodeLabel.USER, NodeLabel.AGENT, NodeLabel.MEMORY, NodeLabel.ENTITY)
        )
        targets: set[str] = set()
        for part in chunked(sources, 200):
            for rel in tx.relationships(src=part):
                if rel.dst_label == NodeLabel.ENTITY and (rel.dst_label, rel.dst_id) not in doomed:
                    targets.add(rel.dst_id)
        if not targets:
            return []
        shared = tx.get_nodes(NodeLabel.ENTITY, sorted(targets), [SHARED_SCOPE])
        refs = [e.ref for e in shared]
        used: set[NodeRef] = set()
        for part in chunked(refs, 200):
            for rel in tx.relationships(src=part) + tx.relationships(dst=part):
                src, dst = (rel.src_label, rel.src_id), (rel.dst_label, rel.dst_id)
                if src not in doomed and dst in part:
                    used.add(dst)
                if dst not in doomed and src in part:
                    used.add(src)
        return [e for e in shared if e.ref not in used]

    def history(self, memory_id: str, scopes: Sequence[str]) -> list[HistoryEvent]:
        """Every history entry of the memory's lineage, oldest first (works after a delete).

        Raises:
            NotFoundError: no memory or history with this id in scopes.
        """
        recs = self.store.get_nodes(NodeLabel.MEMORY, [memory_id], scopes)
        if recs:
            lineage = memory_from_record(recs[0]).lineage or memory_id
        else:
            events = self.store.find_nodes(
                NodeLabel.HISTORY, list(scopes), where={HistoryEvent.prop("memory_id"): memory_id}, limit=1
            )
            if not events:
                raise NotFoundError(f"no memory or history with id {memory_id!r} in this scope")
            lineage = HistoryEvent.model_validate(events[0].props).lineage
        events = self.store.find_nodes(
            NodeLabel.HISTORY,
            list(scopes),
            where={HistoryEvent.prop("lineage"): lineage},
            limit=None,
            newest_first=False,
        )
        out = [HistoryEvent.model_validate(e.props) for e in events]
        out.sort(key=lambda e: e.at)
        return out

    def owner_history(self, scopes: Sequence[str], *, limit: int, offset: int = 0) -> list[HistoryEvent]:
        """The history entries of the scopes, newest first (an entry's ``createdAt`` is its
        time): at most ``limit`` after skipping ``offset``."""
        recs = self.store.find_nodes(NodeLabel.HISTORY, list(scopes), limit=limit, offset=offset)
        return [HistoryEvent.model_validate(r.props) for r in recs]


def _content_free(event: NodeRecord) -> NodeRecord:
    """A history entry without the memory's text (what stays after a memory is forgotten)."""
    ev = HistoryEvent.model_validate(event.props).model_copy(update={"old_text": None, "new_text": None})
    return record_of(ev)
