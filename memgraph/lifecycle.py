"""Memory lifecycle: add (with dedupe, entities and facts), update (supersede), delete
(forget), history. Every operation builds one :class:`~memgraph.stores.base.WriteBatch`
and writes it atomically.

Rules:

- A plain statement (kind fact/preference/event/correction) whose normalised text equals an
  active memory of the same owner is not stored twice: the existing memory is returned.
  Chat messages are never deduplicated (the same words in two sessions are two events).
- Facts found in a memory become relationships from the speaker (the ``User`` node for
  first-person statements or the user's own name, else a ``Person`` entity) with
  ``sourceId`` = the memory and ``validFrom`` = its time. WORKS_IN, HAS_ROLE and LOCATED_IN
  hold one value at a time: a new one closes the previous one (``validTo``).
- An update writes a new version that SUPERSEDES the old; the old leaves the indexes and
  its facts are closed. History lists every version.
- A delete forgets: every version's node, text, vector, keyword entry and relationships
  (and the facts sourced from it) are removed, history entries lose their text, and a
  content-free DELETE entry remains.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .embed import Embedder
from .errors import NotFoundError
from .extract import SELF, Extraction, Extractor, Fact, FoundEntity, entity_key
from .models import (
    SHARED_ENTITY_TYPES,
    SHARED_SCOPE,
    SINGLE_VALUED_FACTS,
    Agent,
    Entity,
    EntityType,
    HistoryEvent,
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
from .stores.base import GraphStore, NodeRecord, NodeRef, WriteBatch, record_of
from .textutil import content_hash


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

    # -- add ------------------------------------------------------------------------------
    def add(self, items: Sequence[NewMemory], owner: Owner, *, infer: bool = True) -> list[Memory]:
        """Write memories for one owner in one transaction; see the module rules."""
        return self.add_many([(items, owner)], infer=infer)[0]

    def add_many(
        self, groups: Sequence[tuple[Sequence[NewMemory], Owner]], *, infer: bool = True
    ) -> list[list[Memory]]:
        """Write several owners' or sessions' memories in one transaction, embedding all the
        texts in one batched call (sorted by length, so less padding than call by call).

        Returns:
            The stored memories of each group, in order.
        """
        now = utcnow()
        batch = WriteBatch()
        results: list[list[Memory | None]] = []
        fresh: list[tuple[Memory, Owner]] = []
        last_of_session: dict[str, Memory] = {}
        for items, owner in groups:
            out: list[Memory | None] = [None] * len(items)
            results.append(out)
            picked = self._new_items(items, owner, out)
            if not picked:
                continue
            self.ensure_owner_nodes(owner, batch, now, started=picked[0][1].timestamp or now)
            memories: list[Memory] = []
            for k, item in picked:
                mem = self._memory(item, owner, now)
                out[k] = mem
                memories.append(mem)
            sid = owner.session_node_id
            if sid is not None:
                for mem in memories:
                    batch.relationships.append(
                        Relationship.link(RelType.IN_SESSION, (NodeLabel.MEMORY, mem.id), (NodeLabel.SESSION, sid))
                    )
                self._chain(memories, owner, batch, last_of_session.get(sid))
                last_of_session[sid] = memories[-1]
            fresh.extend((mem, owner) for mem in memories)
        if not fresh:
            return [[m for m in out if m is not None] for out in results]
        # Entity extraction (spaCy, mostly one core) runs beside the embedding (PyTorch
        # releases the GIL), so a large call costs about the embedding alone.
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(self.extractor.extract_many, [m.text for m, _ in fresh]) if infer else None
            vectors = self.embedder.embed([embedding_text(m) for m, _ in fresh])
            extractions = pending.result() if pending is not None else []
        for (mem, owner), vec in zip(fresh, vectors):
            owner_ref = owner.node
            batch.nodes.append(record_of(mem, embedding=vec))
            batch.relationships.append(Relationship.link(RelType.OWNS, owner_ref, (NodeLabel.MEMORY, mem.id)))
            batch.nodes.append(record_of(self._event(mem, "ADD", new_text=mem.text, at=now)))
        if infer:
            closed: dict[tuple[NodeRef, RelType], Relationship] = {}
            start = 0
            for end in range(1, len(fresh) + 1):
                if end == len(fresh) or fresh[end][1] != fresh[start][1]:
                    owner = fresh[start][1]
                    mems = [m for m, _ in fresh[start:end]]
                    self._apply_extractions(mems, extractions[start:end], owner, batch, now, closed)
                    start = end
        self.store.write(batch)
        return [[m for m in out if m is not None] for out in results]

    def _new_items(
        self, items: Sequence[NewMemory], owner: Owner, out: list[Memory | None]
    ) -> list[tuple[int, NewMemory]]:
        """(index, item) of the items to write; a statement equal to an active memory fills
        ``out`` with it instead, and a repeat within the call is dropped."""
        picked: list[tuple[int, NewMemory]] = []
        seen_hash: set[str] = set()
        for i, item in enumerate(items):
            if item.kind != MemoryKind.MESSAGE:
                h = content_hash(item.text)
                if h in seen_hash:
                    continue
                existing = self.store.find_nodes(
                    NodeLabel.MEMORY,
                    [owner.scope],
                    where={"contentHash": h},
                    status=[MemoryStatus.ACTIVE.value],
                    limit=1,
                )
                if existing:
                    out[i] = memory_from_record(existing[0])
                    continue
                seen_hash.add(h)
            picked.append((i, item))
        return picked

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
            valid_from=item.timestamp or now,
            lineage=mid,
            metadata=item.metadata,
            created_at=item.timestamp or now,
            updated_at=now,
        )

    def ensure_owner_nodes(self, owner: Owner, batch: WriteBatch, now: datetime, *, started: datetime) -> None:
        """Add to ``batch`` the owner's User/Agent node and Session node (with OWNS) when missing."""
        scope = owner.scope
        nodes: list[Node] = []
        if owner.user_id is not None and not self.store.get_nodes(NodeLabel.USER, [owner.user_id], None):
            nodes.append(User(id=owner.user_id, owner=user_scope(owner.user_id), created_at=now, updated_at=now))
        if owner.agent_id is not None and not self.store.get_nodes(NodeLabel.AGENT, [owner.agent_id], None):
            nodes.append(Agent(id=owner.agent_id, owner=agent_scope(owner.agent_id), created_at=now, updated_at=now))
        sid = owner.session_node_id
        if sid is not None and not self.store.get_nodes(NodeLabel.SESSION, [sid], [scope]):
            nodes.append(
                Session(
                    id=sid,
                    owner=scope,
                    user_id=owner.user_id,
                    agent_id=owner.agent_id,
                    started_at=started,
                    created_at=now,
                    updated_at=now,
                )
            )
            ref = owner.node
            batch.relationships.append(Relationship.link(RelType.OWNS, ref, (NodeLabel.SESSION, sid)))
        batch.nodes.extend(record_of(n) for n in nodes)

    def _chain(self, memories: list[Memory], owner: Owner, batch: WriteBatch, previous: Memory | None) -> None:
        """NEXT from the session's latest message (``previous`` when this batch already wrote
        one) to the first new one, then along the new ones."""
        if previous is None:
            last = self.store.find_nodes(
                NodeLabel.MEMORY,
                [owner.scope],
                where={"sessionId": owner.session_id},
                status=[MemoryStatus.ACTIVE.value],
                limit=1,
            )
            previous = memory_from_record(last[0]) if last else None
        chain = ([previous] if previous else []) + memories
        for a, b in itertools.pairwise(chain):
            batch.relationships.append(Relationship.between(RelType.NEXT, a, b))

    def _event(
        self,
        mem: Memory,
        event: str,
        *,
        old_text: str | None = None,
        new_text: str | None = None,
        at: datetime | None = None,
        actor: str | None = None,
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

    def _subject(self, fact: Fact, mem: Memory, owner: Owner, scope: str, ents: dict[str, Entity]) -> NodeRef | None:
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
        user_name = self._user_name(owner)
        if user_name and entity_key(subject) == entity_key(user_name):
            return owner.node
        person = self._entity(FoundEntity(subject, EntityType.PERSON), scope, ents)
        return (NodeLabel.ENTITY, person.id)

    def _user_name(self, owner: Owner) -> str | None:
        if owner.user_id is None:
            return None
        users = self.store.get_nodes(NodeLabel.USER, [owner.user_id], None)
        return users[0].props.get("name") if users else None

    def _apply_extractions(
        self,
        memories: list[Memory],
        extractions: list[Extraction],
        owner: Owner,
        batch: WriteBatch,
        now: datetime,
        closed: dict[tuple[NodeRef, RelType], Relationship] | None = None,
    ) -> None:
        scope = owner.scope
        ents: dict[str, Entity] = {}
        closed = {} if closed is None else closed
        for mem, ext in zip(memories, extractions):
            # Facts first: "the Operations department" makes Operations a Department, also
            # for the NER mention of the same name (which spaCy may call an organisation).
            fact_types = {entity_key(f.object): f.object_type for f in ext.facts}
            self.extractor.add_known(
                FoundEntity(f.object, f.object_type) for f in ext.facts if f.object_type in SHARED_ENTITY_TYPES
            )
            for fact in ext.facts:
                subj = self._subject(fact, mem, owner, scope, ents)
                if subj is None:
                    continue
                obj = self._entity(FoundEntity(fact.object, fact.object_type), scope, ents)
                when = mem.valid_from or now
                if fact.rel in SINGLE_VALUED_FACTS:
                    key = (subj, fact.rel)
                    current = self.store.relationships(src=[subj], types=[fact.rel], current_only=True)
                    current += [r for k, r in closed.items() if k == key and r.valid_to is None]
                    for rel in current:
                        if rel.dst_id != obj.id:
                            ended = rel.model_copy(
                                update={"valid_to": when, "properties": {**rel.properties, "closedBy": mem.id}}
                            )
                            batch.relationships.append(ended)
                            closed[key] = ended
                new = Relationship.link(
                    fact.rel, subj, (NodeLabel.ENTITY, obj.id), valid_from=when, source_id=mem.id, confidence=0.8
                )
                batch.relationships.append(new)
                if fact.rel in SINGLE_VALUED_FACTS:
                    closed[(subj, fact.rel)] = new
            for found in ext.entities:
                etype = fact_types.get(entity_key(found.name), found.type)
                # A name NER found in someone's memory stays theirs unless the graph already
                # knows it as an organisation entity (a department, a site): no new shared
                # node reveals what a user talked about.
                shared = etype in SHARED_ENTITY_TYPES and (
                    entity_key(found.name) in fact_types or self.extractor.known(found.name) is not None
                )
                ent = self._entity(FoundEntity(found.name, etype), scope, ents, shared=shared)
                batch.relationships.append(Relationship.between(RelType.MENTIONS, mem, ent, source_id=mem.id))
        existing = {r.id for r in self.store.get_nodes(NodeLabel.ENTITY, list(ents), None)}
        batch.nodes.extend(record_of(e) for eid, e in ents.items() if eid not in existing)
        self.extractor.add_known(FoundEntity(e.name, e.type) for e in ents.values() if e.owner == SHARED_SCOPE)

    # -- read helpers ----------------------------------------------------------------------------
    def get(self, memory_id: str, scopes: Sequence[str]) -> Memory:
        """The memory (any status) if it lies in scopes. Raises NotFoundError."""
        recs = self.store.get_nodes(NodeLabel.MEMORY, [memory_id], scopes)
        if not recs:
            raise NotFoundError(f"no memory with id {memory_id!r} in this scope")
        return memory_from_record(recs[0])

    def _versions(self, mem: Memory) -> list[NodeRecord]:
        return self.store.find_nodes(
            NodeLabel.MEMORY, [mem.owner], where={"lineage": mem.lineage or mem.id}, limit=10_000
        )

    # -- update ------------------------------------------------------------------------------------
    def update(
        self,
        memory_id: str,
        text: str,
        scopes: Sequence[str],
        *,
        actor: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Memory:
        """Write a new version of an active memory that SUPERSEDES it. Raises NotFoundError."""
        old = self.get(memory_id, scopes)
        if old.status != MemoryStatus.ACTIVE:
            raise NotFoundError(f"memory {memory_id!r} is {old.status.value}; update its latest version")
        now = utcnow()
        new = old.model_copy(
            update={
                "id": new_id(),
                "text": text,
                "content_hash": content_hash(text),
                "version": old.version + 1,
                "valid_from": now,
                "created_at": now,
                "updated_at": now,
                "metadata": metadata if metadata is not None else old.metadata,
            }
        )
        new = Memory.model_validate(new.model_dump())
        retired = old.model_copy(update={"status": MemoryStatus.SUPERSEDED, "valid_to": now, "updated_at": now})
        batch = WriteBatch()
        batch.nodes.append(record_of(retired))
        batch.nodes.append(record_of(new, embedding=self.embedder.embed_one(embedding_text(new))))
        batch.relationships.append(Relationship.between(RelType.SUPERSEDES, new, old))
        # Move structural relationships to the new version; close facts sourced from the old one.
        for rel in self.store.relationships(src=[(NodeLabel.MEMORY, old.id)]) + self.store.relationships(
            dst=[(NodeLabel.MEMORY, old.id)]
        ):
            if rel.type in (RelType.NEXT, RelType.IN_SESSION, RelType.OWNS, RelType.ATTACHED):
                moved = rel.model_copy(
                    update={
                        "src_id": new.id if rel.src_id == old.id and rel.src_label == NodeLabel.MEMORY else rel.src_id,
                        "dst_id": new.id if rel.dst_id == old.id and rel.dst_label == NodeLabel.MEMORY else rel.dst_id,
                    }
                )
                batch.delete_relationships.append(rel)
                batch.relationships.append(moved)
        for rel in self.store.relationships(source_id=old.id, current_only=True):
            if rel.type != RelType.MENTIONS:
                batch.relationships.append(rel.model_copy(update={"valid_to": now}))
        batch.nodes.append(record_of(self._event(new, "UPDATE", old_text=old.text, new_text=text, at=now, actor=actor)))
        owner = Owner(old.user_id, old.agent_id, old.session_id)
        self._apply_extractions([new], self.extractor.extract_many([text]), owner, batch, now)
        self.store.write(batch)
        return new

    # -- delete -------------------------------------------------------------------------------------
    def delete(self, memory_id: str, scopes: Sequence[str], *, actor: str | None = None) -> int:
        """Forget a memory and all its versions. Returns the number of versions removed.

        Raises:
            NotFoundError: no such memory in scopes.
        """
        mem = self.get(memory_id, scopes)
        versions = self._versions(mem)
        batch = WriteBatch(forget=True)
        for rec in versions:
            batch.delete_nodes.append(rec.ref)
            batch.delete_relationships_from_source.append(rec.id)
        self._reopen_facts_closed_by({rec.id for rec in versions}, batch)
        self._drop_orphaned_entities({rec.id for rec in versions}, mem.owner, batch)
        lineage = mem.lineage or mem.id
        for ev in self.store.find_nodes(NodeLabel.HISTORY, [mem.owner], where={"lineage": lineage}, limit=100_000):
            props = dict(ev.props, oldText=None, newText=None)
            batch.nodes.append(NodeRecord(NodeLabel.HISTORY, ev.id, ev.owner, props))
        batch.nodes.append(record_of(self._event(mem, "DELETE", actor=actor)))
        self.store.write(batch)
        return len(versions)

    def _drop_orphaned_entities(self, memory_ids: set[str], scope: str, batch: WriteBatch) -> None:
        """The user's own entities (people, things they named) that only the forgotten
        memories mention or state facts about are forgotten too: a name is personal data.
        Shared organisation entities stay."""
        touched: set[NodeRef] = set()
        for mid in memory_ids:
            for rel in self.store.relationships(src=[(NodeLabel.MEMORY, mid)], types=[RelType.MENTIONS]):
                touched.add((rel.dst_label, rel.dst_id))
            for rel in self.store.relationships(source_id=mid):
                for ref in ((rel.src_label, rel.src_id), (rel.dst_label, rel.dst_id)):
                    if ref[0] == NodeLabel.ENTITY:
                        touched.add(ref)
        if not touched:
            return
        owned = {r.ref for r in self.store.get_nodes(NodeLabel.ENTITY, [t[1] for t in touched], [scope])}
        for ref in owned:
            rels = self.store.relationships(src=[ref]) + self.store.relationships(dst=[ref])
            remaining = [
                r
                for r in rels
                if r.source_id not in memory_ids and not (r.src_label == NodeLabel.MEMORY and r.src_id in memory_ids)
            ]
            if not remaining:
                batch.delete_nodes.append(ref)

    def _reopen_facts_closed_by(self, memory_ids: set[str], batch: WriteBatch) -> None:
        """Facts that the forgotten memories had closed become current again ("I moved to
        Technology" deleted: the earlier "I work in Operations" holds again)."""
        subjects: set[tuple[NodeRef, RelType]] = set()
        for mid in memory_ids:
            for rel in self.store.relationships(source_id=mid):
                if rel.type in SINGLE_VALUED_FACTS:
                    subjects.add(((rel.src_label, rel.src_id), rel.type))
        for subj, rtype in subjects:
            for rel in self.store.relationships(src=[subj], types=[rtype]):
                if rel.properties.get("closedBy") in memory_ids and rel.source_id not in memory_ids:
                    props = {k: v for k, v in rel.properties.items() if k != "closedBy"}
                    batch.relationships.append(rel.model_copy(update={"valid_to": None, "properties": props}))

    def history(self, memory_id: str, scopes: Sequence[str]) -> list[HistoryEvent]:
        """Every history entry of the memory's lineage, oldest first (works after a delete).

        Raises:
            NotFoundError: no memory or history with this id in scopes.
        """
        recs = self.store.get_nodes(NodeLabel.MEMORY, [memory_id], scopes)
        if recs:
            lineage = recs[0].props.get("lineage") or memory_id
        else:
            events = self.store.find_nodes(NodeLabel.HISTORY, list(scopes), where={"memoryId": memory_id}, limit=1)
            if not events:
                raise NotFoundError(f"no memory or history with id {memory_id!r} in this scope")
            lineage = events[0].props["lineage"]
        events = self.store.find_nodes(
            NodeLabel.HISTORY, list(scopes), where={"lineage": lineage}, limit=100_000, newest_first=False
        )
        out = [HistoryEvent.model_validate(e.props) for e in events]
        out.sort(key=lambda e: e.at)
        return out
