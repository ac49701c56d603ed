"""The MemGraph facade: one object owning store, embedder, extractor, retriever and KB."""

from __future__ import annotations

import builtins
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from .correction.answers import AnswerLog
from .correction.feedback import FeedbackAPI, FeedbackApplier
from .correction.review import ReviewAPI, ReviewQueue
from .correction.undo import Undoer, UndoResult
from .errors import ConfigError, InvalidInputError, LLMError, NotFoundError, UnsupportedFileError
from .extraction.extract import Extractor, FoundEntity
from .intake.images import ImageWriter
from .intake.kb import AppliesTo, IngestResult, KnowledgeBase, KnowledgeBaseAPI
from .intake.lifecycle import Forgotten, MemoryWriter, NewMemory, Owner, memory_from_record
from .kg import KnowledgeGraphAPI
from .models import (
    FACT_RELS,
    SHARED_ENTITY_TYPES,
    SHARED_SCOPE,
    Document,
    Entity,
    HistoryEvent,
    Image,
    Memory,
    MemoryKind,
    MemoryStatus,
    NodeLabel,
    Relationship,
    RelType,
    agent_scope,
    held_at,
    user_scope,
    utcnow,
)
from .recall.answer import Answer, AnswerConfig, ContextFact, compose_answer
from .recall.cypher import CypherResult, run_cypher
from .recall.export import ExportAPI
from .recall.mentions import context_statements, named_spans, recent_texts
from .recall.personal import asks_about_me
from .recall.retrieval import ANSWER_LABELS, CallerContext, Retriever, SearchConfig, SearchResult
from .recall.selection import Asker
from .settings import Settings, neo4j_auth
from .stores import open_store
from .stores.base import GraphStore, WriteBatch
from .text.distance import stated_distance
from .text.embed import Embedder
from .text.llm import ChatClient
from .text.service import asked_service, stated_service
from .text.vocabulary import CONTEXT_TYPES, expand_abbreviations
from .tools.api import ToolsAPI
from .tools.experience import ExperienceFinder
from .tools.recorder import ToolRecorder
from .validate import (
    check_as_of,
    check_id,
    check_limit,
    check_metadata,
    check_offset,
    check_optional_id,
    check_text,
    check_time,
    check_top_k,
)

logger = logging.getLogger(__name__)

Messages = Sequence[Mapping[str, Any]]
"""Chat messages: ``[{"role": "user", "content": "...", "timestamp"?: ..., "name"?: ..., "image_caption"?: ...}]``;
other keys are kept as the memory's metadata."""

_MESSAGE_KEYS = frozenset({"role", "content", "timestamp", "name", "image_caption"})


class MemGraph:
    """Long-term memory for agents over a property graph.

    The facade validates input, decides scopes and delegates: writes to the memory writer
    (``lifecycle``), search to the retriever (``retrieval``), answer rules to
    :func:`memgraph.recall.answer.compose_answer`. A person's memories, images and documents (add,
    get, list, update, delete, history, search, ask, add_image, add_document, ...) are methods
    of this object; other capabilities are sub-API attributes, objects with their own methods
    and docstrings: :attr:`kb` (the shared knowledge base: ``mg.kb.ingest``, ``documents``,
    ``retire``, ``delete``), :attr:`feedback` (callable: ``mg.feedback(text, user_id=...)``;
    ``mg.feedback.list``), :attr:`review` (``mg.review.list``, ``accept``, ``reject``) and
    :attr:`tools` (tool-call memory: ``mg.tools.record``, ``import_log``, ``cached``,
    ``experience``, ``suggest``, ``stats``).
    A sub-API takes its collaborators from this object and adds no state of its own;
    shortcuts kept on the facade (:meth:`ingest`) only call it.

    A ``sqlite:///path.db`` store that does not exist is created (with its folders), so a
    script starts on a new store without a set-up step; to refuse a missing file, pass
    ``open_store(uri, create=False)`` from :mod:`memgraph.stores` as ``store``. (The
    ``memgraph`` command creates one only for ``init`` and the commands that write.)

    Public attributes: :attr:`settings`, :attr:`store` (the :class:`GraphStore`, for
    migrations and store-level tools), :attr:`embedder`, :attr:`extractor`, :attr:`llm` (None
    without an endpoint) and the sub-APIs. The writer, retriever and image writer are
    private: use :meth:`add`, :meth:`search` (``config=``, ``query_vector=``) and
    :meth:`add_image`.

    Args:
        store: a store URI (``sqlite:///path.db``), a :class:`GraphStore`, or None for
            ``settings.store``.
        settings: configuration; ``Settings()`` (defaults, no environment) when omitted.
        embedder, extractor, llm: collaborators to share or replace (tests, servers).

    Raises:
        ConfigError: unknown store URI, model that cannot load offline.
        EmbeddingMismatchError: the store was built with another embedding model.

    Example:
        >>> mg = MemGraph("sqlite:///memgraph.db")
        >>> mg.add("I work in the Operations department", user_id="alex")
        >>> mg.ask("How many days of annual leave do I have?", user_id="alex").answer
    """

    def __init__(
        self,
        store: str | GraphStore | None = None,
        *,
        settings: Settings | None = None,
        embedder: Embedder | None = None,
        extractor: Extractor | None = None,
        llm: ChatClient | None = None,
    ) -> None:
        self.settings = settings or Settings()
        if store is None or isinstance(store, str):
            self.store: GraphStore = open_store(store or self.settings.store, neo4j_auth=neo4j_auth(self.settings))
        else:
            self.store = store
        self.embedder = embedder or Embedder(
            self.settings.embedding_model, batch_size=self.settings.embedding_batch_size
        )
        self.extractor = extractor or Extractor(self.settings.spacy_model)
        self.llm = llm if llm is not None else (ChatClient(self.settings.llm) if self.settings.llm.base_url else None)
        self.store.open()
        self.store.init_schema(self.embedder.model_name, self.embedder.dimension)
        self._load_known_entities()
        self._writer = MemoryWriter(self.store, self.embedder, self.extractor)
        self._retriever = Retriever(self.store, self.embedder, self.extractor)
        self._kb = KnowledgeBase(
            self.store,
            self.embedder,
            self.extractor,
            chunk_tokens=self.settings.chunk_tokens,
            chunk_overlap_tokens=self.settings.chunk_overlap_tokens,
        )
        self._writer.on_new_entities = self._kb.relink
        self._kb.load_group_words()
        self._images = ImageWriter(self.store, self.embedder, self._writer)
        if self.llm is not None and self.llm.settings.vision_model:
            self._kb.captioner = self._caption
        self.kb = KnowledgeBaseAPI(self._kb)
        """The knowledge-base sub-API: shared documents (:class:`KnowledgeBaseAPI`)."""
        self._answers = AnswerLog(self.store)
        self._feedback = FeedbackApplier(
            self.store, self._writer, self._retriever, self.extractor, self.embedder, self._answers, self.llm
        )
        self.feedback = FeedbackAPI(self._feedback, self._owner)
        """The feedback sub-API, callable: ``mg.feedback("No, I'm in Technology now", user_id=...)``
        (:class:`~memgraph.correction.feedback.FeedbackAPI`)."""
        self._undoer = Undoer(self.store, self._writer, self.embedder)
        self.review = ReviewAPI(ReviewQueue(self.store, self.embedder))
        """The knowledge base's review queue (:class:`~memgraph.correction.review.ReviewAPI`)."""
        self.tools = ToolsAPI(
            self.store,
            ToolRecorder(self.store, self.embedder, self._writer),
            ExperienceFinder(self.store, self.embedder),
            self._owner,
        )
        """Tool-call memory (:class:`~memgraph.tools.api.ToolsAPI`): ``mg.tools.record``,
        ``import_log``, ``cached``, ``experience``, ``suggest``, ``stats``, ``@mg.tools.remember``."""
        self.kg = KnowledgeGraphAPI(self.store, lambda u, a: self._owner(u, a))
        """The reference MCP memory server's knowledge-graph operations on the owner's graph
        (:class:`~memgraph.kg.api.KnowledgeGraphAPI`): ``create_entities``, ``read_graph``, ..."""
        self.export = ExportAPI(self.store, lambda u, a: self._scopes(self._owner(u, a), shared=False))
        """Export (:class:`~memgraph.recall.export.ExportAPI`): ``mg.export.write("ana.graphml", user_id="ana")``,
        GraphML, GEXF, node-link JSON or a Cypher script that reproduces the store."""

    def _load_known_entities(self) -> None:
        ents = [
            Entity.model_validate(r.props) for r in self.store.find_nodes(NodeLabel.ENTITY, [SHARED_SCOPE], limit=None)
        ]
        # (every shared context's name: a handbook's working patterns and categories too, or a
        # reopened store would not know "Night shift" in its own passages)
        known = SHARED_ENTITY_TYPES | frozenset(CONTEXT_TYPES)
        self.extractor.add_known(FoundEntity(e.name, e.type) for e in ents if e.type in known)

    # -- lifecycle of the object --------------------------------------------------------------
    def close(self) -> None:
        """Close the store (and the LLM client)."""
        self.store.close()
        if self.llm is not None:
            self.llm.close()

    def __enter__(self) -> MemGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- scopes -------------------------------------------------------------------------------
    @staticmethod
    def _owner(user_id: str | None, agent_id: str | None, session_id: str | None = None) -> Owner:
        user_id = check_optional_id("user_id", user_id)
        agent_id = check_optional_id("agent_id", agent_id)
        session_id = check_optional_id("session_id", session_id)
        if user_id is None and agent_id is None:
            raise InvalidInputError("give user_id or agent_id: every memory belongs to someone")
        return Owner(user_id, agent_id, session_id)

    @staticmethod
    def _scopes(owner: Owner, *, shared: bool = True) -> builtins.list[str]:
        scopes = []
        if owner.user_id is not None:
            scopes.append(user_scope(owner.user_id))
        if owner.agent_id is not None:
            scopes.append(agent_scope(owner.agent_id))
        if shared:
            scopes.append(SHARED_SCOPE)
        return scopes

    # -- users ------------------------------------------------------------------------------------
    def set_user(self, user_id: str, *, name: str | None = None) -> None:
        """Create or rename a user. A memory that names the user ("Alex works in ...") then
        attaches its facts to the User node."""
        from .models import User
        from .stores.base import WriteBatch, record_of

        check_id("user_id", user_id)
        if name is not None:
            name = check_text("name", name, limit=200)
        existing = self.store.get_nodes(NodeLabel.USER, [user_id], None)
        user = User.model_validate(existing[0].props) if existing else User(id=user_id, owner=user_scope(user_id))
        user = user.model_copy(update={"name": name})
        self.store.write(WriteBatch(nodes=[record_of(user)]))

    # -- memories -------------------------------------------------------------------------------
    def add(
        self,
        content: str | Messages,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        session_id: str | None = None,
        metadata: dict[str, Any] | None = None,
        timestamp: datetime | str | None = None,
        kind: MemoryKind | str | None = None,
        infer: bool = True,
    ) -> builtins.list[Memory]:
        """Remember a statement or a list of chat messages, atomically.

        Args:
            content: text, or messages ``[{"role", "content", "timestamp"?, "name"?, "image_caption"?}]``
                (``image_caption``: what an image shared with the message shows; searched with it).
            user_id, agent_id: owner (at least one); the scope is the user's when given.
            session_id: groups messages; consecutive messages are linked by NEXT.
            metadata: JSON-serialisable dict stored on each memory.
            timestamp: when it was said (timezone-aware); defaults to now.
            kind: fact (default for text), preference, event, correction; messages are ``message``.
            infer: extract entities and facts (spaCy NER + patterns).

        Returns:
            The stored memories (an existing one for a duplicate statement).

        Raises:
            InvalidInputError: empty or too long text, bad ids, naive timestamp, bad message.
        """
        owner = self._owner(user_id, agent_id, session_id)
        items = self._new_memories(content, metadata, timestamp, kind)
        return self._writer.add(items, owner, infer=infer)

    def add_many(
        self, requests: Sequence[Mapping[str, Any]], *, infer: bool = True
    ) -> builtins.list[builtins.list[Memory]]:
        """Bulk :meth:`add`: several owners, sessions or message lists in ONE transaction, with
        all texts embedded in one batched call (faster than call by call when importing history).

        Args:
            requests: dicts of :meth:`add`'s arguments: ``{"content": ..., "user_id": ...,
                "session_id"?: ..., "metadata"?: ..., "timestamp"?: ..., "kind"?: ...}``.

        Returns:
            The stored memories of each request, in order.

        Raises:
            InvalidInputError: no requests, or any request is invalid (nothing is written then).
        """
        if not requests:
            raise InvalidInputError("add_many got no requests: nothing to write")
        allowed = {"content", "user_id", "agent_id", "session_id", "metadata", "timestamp", "kind"}
        groups = []
        for i, req in enumerate(requests):
            if not isinstance(req, Mapping) or "content" not in req:
                raise InvalidInputError(f"request #{i} must be a dict with 'content'")
            unknown = set(req) - allowed
            if unknown:
                raise InvalidInputError(f"request #{i} has unknown keys {sorted(unknown)}")
            owner = self._owner(req.get("user_id"), req.get("agent_id"), req.get("session_id"))
            items = self._new_memories(req["content"], req.get("metadata"), req.get("timestamp"), req.get("kind"))
            groups.append((items, owner))
        return self._writer.add_many(groups, infer=infer)

    @staticmethod
    def _new_memories(
        content: str | Messages, metadata: object, timestamp: object, kind: object
    ) -> builtins.list[NewMemory]:
        """Validate one add() request's content into memories to write."""
        meta = check_metadata(metadata)
        when = check_time("timestamp", timestamp)
        items: builtins.list[NewMemory] = []
        if isinstance(content, str):
            try:
                mkind = MemoryKind(kind) if kind is not None else MemoryKind.FACT
            except ValueError as e:
                raise InvalidInputError(f"kind {kind!r} is not one of {[k.value for k in MemoryKind]}") from e
            items.append(NewMemory(check_text("content", content), mkind, timestamp=when, metadata=meta))
        elif isinstance(content, Sequence):
            if not content:
                raise InvalidInputError("messages list is empty")
            for i, msg in enumerate(content):
                if not isinstance(msg, Mapping):
                    raise InvalidInputError(f"message #{i} must be a dict with 'role' and 'content'")
                missing = [k for k in ("role", "content") if k not in msg]
                if missing:
                    raise InvalidInputError(f"message #{i} lacks {', '.join(missing)}")
                role = check_id(f"message #{i} role", msg["role"])
                text = check_text(f"message #{i} content", msg["content"])
                ts = check_time(f"message #{i} timestamp", msg.get("timestamp")) or when
                caption = msg.get("image_caption")
                if caption is not None:
                    caption = check_text(f"message #{i} image_caption", caption, limit=10_000)
                extra = {k: v for k, v in msg.items() if k not in _MESSAGE_KEYS}
                items.append(
                    NewMemory(
                        text,
                        MemoryKind.MESSAGE,
                        role=role,
                        speaker=msg.get("name") or role,
                        timestamp=ts,
                        metadata={**meta, **check_metadata(extra)},
                        image_caption=caption,
                    )
                )
        else:
            raise InvalidInputError(f"content must be text or a list of messages, got {type(content).__name__}")
        return items

    def get(self, memory_id: str, *, user_id: str | None = None, agent_id: str | None = None) -> Memory:
        """One memory of the caller. Raises NotFoundError (also for another owner's memory)."""
        owner = self._owner(user_id, agent_id)
        return self._writer.get(check_id("memory_id", memory_id), self._scopes(owner, shared=False))

    def list(
        self,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        session_id: str | None = None,
        kind: MemoryKind | str | None = None,
        include_superseded: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> builtins.list[Memory]:
        """The caller's memories, newest first: at most ``limit`` (>= 1) after skipping ``offset`` (>= 0).

        Raises:
            InvalidInputError: no owner, a bad id, or a ``limit`` / ``offset`` that is not an
                integer in range (named in the message).
        """
        limit, offset = check_limit(limit), check_offset(offset)
        owner = self._owner(user_id, agent_id, session_id)
        where: dict[str, Any] = {}
        if session_id is not None:
            where["sessionId"] = session_id
        if kind is not None:
            where["kind"] = MemoryKind(kind).value
        status = None if include_superseded else [MemoryStatus.ACTIVE.value]
        recs = self.store.find_nodes(
            NodeLabel.MEMORY, self._scopes(owner, shared=False), where=where, status=status, limit=limit, offset=offset
        )
        return [memory_from_record(r) for r in recs]

    def update(
        self,
        memory_id: str,
        text: str,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Memory:
        """Revise a memory: a new version SUPERSEDES it (facts re-extracted). Raises NotFoundError."""
        owner = self._owner(user_id, agent_id)
        return self._writer.update(
            check_id("memory_id", memory_id),
            check_text("text", text),
            self._scopes(owner, shared=False),
            actor=owner.user_id or owner.agent_id,
            metadata=check_metadata(metadata) if metadata is not None else None,
        )

    def delete(self, memory_id: str, *, user_id: str | None = None, agent_id: str | None = None) -> int:
        """Forget a memory and its earlier versions; returns how many versions were removed.

        Raises:
            NotFoundError: no such memory of the caller.
        """
        owner = self._owner(user_id, agent_id)
        return self._writer.delete(
            check_id("memory_id", memory_id), self._scopes(owner, shared=False), actor=owner.user_id or owner.agent_id
        )

    def merge(
        self,
        memory_ids: Sequence[str],
        *,
        text: str | None = None,
        user_id: str | None = None,
        agent_id: str | None = None,
    ) -> Memory:
        """One memory from several of the caller's, atomically: the new memory (``text``, or
        theirs joined) is ``MERGED_FROM`` each; they leave search (superseded, kept for
        history) and their facts are closed; the new one's facts come from its text.
        :meth:`undo` with the ``MERGE`` history entry reverses it.

        Raises:
            InvalidInputError: fewer than two distinct ids, a bad id or text, a memory that is
                not current.
            NotFoundError: an id that is not the caller's memory (the same for another
                person's memory as for none).
        """
        owner = self._owner(user_id, agent_id)
        if isinstance(memory_ids, str) or not isinstance(memory_ids, Sequence):
            raise InvalidInputError("memory_ids must be a list of memory ids")
        ids = [check_id("memory_id", i) for i in memory_ids]
        body = None if text is None else check_text("text", text)
        return self._writer.merge(
            ids, self._scopes(owner, shared=False), text=body, actor=owner.user_id or owner.agent_id
        )

    def undo(self, event_id: str, *, user_id: str | None = None, agent_id: str | None = None) -> UndoResult:
        """Reverse a merge or a change feedback applied, named by its history entry
        (``FeedbackResult.event_id``, a ``MERGE`` entry of :meth:`history`), atomically.
        What each is undone by: :mod:`memgraph.correction.undo`.

        Raises:
            InvalidInputError: a bad id; an entry that cannot be undone (a forget, a plain
                add), was undone already, or whose memory changed since.
            NotFoundError: no such entry of the caller's, or the memory it wrote was forgotten.
        """
        owner = self._owner(user_id, agent_id)
        return self._undoer.undo(check_id("event_id", event_id), owner)

    def forget(self, *, user_id: str | None = None, agent_id: str | None = None) -> Forgotten:
        """Forget a person (or an agent) whole, in one transaction: every memory and version,
        session, fact, their own entities, documents (with chunks and images) and images, their
        ``User`` / ``Agent`` node, and shared entities (a department, a place) that only their
        memories named. Knowledge-base documents and entities something else refers to stay.
        The deleted text is scrubbed from the store's files and indexes as for :meth:`delete`.

        History stays, without text: each earlier entry keeps its kind, time, memory id and
        actor, and every forgotten memory gets a DELETE entry, so an audit can show that
        something was remembered and forgotten, never what.

        Give exactly one of ``user_id`` and ``agent_id``: the owner whose scope is forgotten
        (a user's memories written with an agent beside them are the user's).

        Returns:
            :class:`~memgraph.intake.lifecycle.Forgotten`: nodes removed per label
            (``removed["Memory"]``) and the history entries kept content-free.

        Raises:
            InvalidInputError: neither or both ids, or a bad id.
            NotFoundError: the store has no such user or agent.
        """
        if (user_id is None) == (agent_id is None):
            raise InvalidInputError("give exactly one of user_id or agent_id: whose memory to forget")
        owner = self._owner(user_id, agent_id)
        return self._writer.forget_owner(
            owner, actor=owner.user_id or owner.agent_id, also=self._feedback.on_forget(owner)
        )

    def history(
        self,
        memory_id: str | None = None,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> builtins.list[HistoryEvent]:
        """The audit trail: with ``memory_id``, every entry of that memory's lineage (ADD,
        UPDATE, FEEDBACK, DELETE, ...), oldest first; without, every entry of the caller's
        (a person's or an agent's) newest first, at most ``limit`` after ``offset``.

        Raises:
            InvalidInputError: no owner, a bad id, ``limit`` / ``offset`` out of range.
            NotFoundError: ``memory_id`` names no memory or history of the caller's.
        """
        owner = self._owner(user_id, agent_id)
        if memory_id is None:
            return self._writer.owner_history(
                self._scopes(owner, shared=False), limit=check_limit(limit), offset=check_offset(offset)
            )
        return self._writer.history(check_id("memory_id", memory_id), self._scopes(owner, shared=False))

    def facts(self, *, user_id: str, as_of: datetime | str | None = None) -> builtins.list[ContextFact]:
        """The user's facts (WORKS_IN, HAS_ROLE, HAS_GRADE, LOCATED_IN, PREFERS): those that
        hold now, or with ``as_of`` those that held then (valid time: a fact stated today as
        "I moved to Legal last month" held from last month). Forgotten facts are gone for
        every time.

        Raises:
            InvalidInputError: a bad id, ``as_of`` naive or in the future.
        """
        check_id("user_id", user_id)
        when = check_as_of(as_of)
        rels = self.store.relationships(
            src=[(NodeLabel.USER, user_id)], types=list(FACT_RELS), current_only=when is None
        )
        if when is not None:
            rels = [r for r in rels if held_at(r.valid_from, r.valid_to, when)]
        ents = {
            r.id: Entity.model_validate(r.props)
            for r in self.store.get_nodes(
                NodeLabel.ENTITY, [r.dst_id for r in rels], [user_scope(user_id), SHARED_SCOPE]
            )
        }
        return [
            ContextFact(
                relation=r.type.value,
                entity=ents[r.dst_id].name,
                entity_type=ents[r.dst_id].type.value,
                since=r.valid_from,
                source_id=r.source_id,
            )
            for r in rels
            if r.dst_id in ents
        ]

    # -- retrieval ------------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        session_id: str | None = None,
        top_k: int | None = None,
        config: SearchConfig | None = None,
        include_knowledge_base: bool = True,
        query_vector: Any = None,
        as_of: datetime | str | None = None,
    ) -> builtins.list[SearchResult]:
        """Hybrid search over the caller's memories and the knowledge base.

        Args:
            query: what to look for (non-empty).
            user_id, agent_id: the caller (at least one); decides scopes and graph context.
            session_id: keep only memories and tool calls of this session (knowledge-base
                chunks and images stay); the
                filter is applied while candidates are read, so ``top_k`` results come back
                when the session has that many matches.
            top_k: results wanted, 1-1000 (default ``config.top_k``); every candidate list is
                read at least this deep.
            config: a :class:`SearchConfig` or preset (``SearchConfig.DIVERSE`` adds MMR).
            include_knowledge_base: also search the shared documents.
            query_vector: the query's embedding when the caller has it already (a benchmark
                embedding all its questions in one batch): ``embedder.embed_one(query)``,
                shape ``(embedder.dimension,)``; skips embedding the query.
            as_of: search the caller's memories as they held at this time (timezone-aware,
                not in the future): memories valid then, versions superseded since included,
                later ones left out; the graph step follows the caller's facts of then. The
                knowledge base is searched as it is now.

        Returns:
            Results best first, each with ``signals``, ``paths`` and ``explain()``.

        Raises:
            InvalidInputError: empty query, no owner, ``top_k`` not an integer in 1-1000 (a
                bool is refused), ``config`` not a :class:`SearchConfig`, ``query_vector`` not
                a finite vector of the embedder's dimension, ``as_of`` naive or in the future.
        """
        owner = self._owner(user_id, agent_id, session_id)
        query = check_text("query", query, limit=10_000)
        if config is not None and not isinstance(config, SearchConfig):
            raise InvalidInputError(f"config must be a SearchConfig, got {type(config).__name__}")
        cfg = config or SearchConfig.HYBRID
        if top_k is not None:
            cfg = cfg.with_(top_k=check_top_k(top_k))
        if not include_knowledge_base:
            cfg = cfg.with_(labels=tuple(lb for lb in cfg.labels if lb != NodeLabel.CHUNK))
        qv = None if query_vector is None else self._check_vector("query_vector", query_vector)
        ctx = CallerContext(
            tuple(self._scopes(owner, shared=include_knowledge_base)),
            owner.node,
            session_id=owner.session_id,
            as_of=check_as_of(as_of),
        )
        return self._retriever.search(query, ctx, cfg, query_vector=qv)

    def _check_vector(self, name: str, value: Any) -> np.ndarray:
        """A finite float32 vector of the embedder's dimension."""
        try:
            vec = np.asarray(value, dtype=np.float32)
        except (TypeError, ValueError) as e:
            raise InvalidInputError(f"{name} must be a vector of numbers: {e}") from e
        if vec.shape != (self.embedder.dimension,):
            raise InvalidInputError(
                f"{name} must have shape ({self.embedder.dimension},) (the embedder's dimension), got {vec.shape}"
            )
        if not np.isfinite(vec).all():
            raise InvalidInputError(f"{name} holds NaN or infinite values")
        return vec

    def ask(
        self,
        question: str,
        *,
        user_id: str,
        agent_id: str | None = None,
        session_id: str | None = None,
        top_k: int | None = None,
        use_llm: bool | None = None,
        min_relevance: float | None = None,
        config: AnswerConfig | None = None,
        as_of: datetime | str | None = None,
    ) -> Answer:
        """Answer a question for a user from their facts, memories and the knowledge base.

        Args:
            question: the question.
            user_id: who asks; their department, role and location steer retrieval.
            agent_id: the agent that answers: its own memories are searched beside the user's
                and the knowledge base (the user's facts alone say who asks).
            session_id: the conversation; feedback given in it without a target
                (``mg.feedback(..., session_id=...)``) is about this answer. Memories of every
                session are searched.
            top_k: passages retrieved, 1-1000 (default ``config.top_k``, 6).
            use_llm: None uses the configured LLM when there is one; False forces the
                extractive answer; True requires an LLM (ConfigError without one).
            min_relevance: when no passage's cosine with the question reaches this, nothing
                is answered (``found`` False); default ``config.min_relevance`` (0.25).
            config: the answer policy's numbers (:class:`AnswerConfig`; default
                ``AnswerConfig.DEFAULT``).
            as_of: answer as of this time: the asker's facts and memories that held then
                (see :meth:`search`); the knowledge base as it is now.

        Returns:
            An :class:`Answer` with the answer text, the facts used and numbered citations;
            ``answer_id`` names the logged answer (an ``AnswerEvent`` node: what it cited and
            which facts it used, for feedback). A cited passage under review says so in the
            text and in its citation's ``review``.
            When the knowledge base answers this only for another department, role or
            location than the asker's, or the answer depends on a context the asker has not
            given, ``found`` is False, ``gap`` says which, and the text says so instead of
            answering from another context's rule. The rules are those of
            :func:`memgraph.recall.answer.compose_answer`; this method retrieves for it.

        Raises:
            InvalidInputError: empty question, bad ``user_id``, ``top_k`` or ``config``.
            ConfigError: ``use_llm=True`` without a configured LLM.
            LLMError: the LLM endpoint failed with ``use_llm=True`` (left to the default, the
                answer is extractive and ``Answer.llm_error`` says why).
        """
        question = check_text("question", question, limit=10_000)
        if user_id is None:
            raise InvalidInputError("give user_id: an answer is for the person who asks")
        when = check_as_of(as_of)
        owner = self._owner(user_id, agent_id, session_id)
        if config is not None and not isinstance(config, AnswerConfig):
            raise InvalidInputError(f"config must be an AnswerConfig, got {type(config).__name__}")
        cfg = config or AnswerConfig.DEFAULT
        if top_k is not None:
            cfg = cfg.with_(top_k=check_top_k(top_k))
        if min_relevance is not None:
            cfg = cfg.with_(min_relevance=min_relevance)
        if use_llm and self.llm is None:
            raise ConfigError("use_llm=True but no LLM is configured (llm.base_url)")
        asked = question
        question = expand_abbreviations(question)  # "Can I WFH?": the handbook writes it out
        qv = self.embedder.embed_one(question)
        ctx = CallerContext(tuple(self._scopes(owner)), owner.node, as_of=when)
        context = self._retriever.context_entities(ctx, question)
        search_cfg = SearchConfig.HYBRID.with_(top_k=cfg.top_k, labels=ANSWER_LABELS)
        passages = self._retriever.search(question, ctx, search_cfg, query_vector=qv, context=context)
        if asks_about_me(question):
            # "Who is my manager?": what the asker said of it ("My boss is Jenny Park"), whatever
            # the documents' passages outrank it by
            seen = {p.id for p in passages}
            said_cfg = SearchConfig.HYBRID.with_(top_k=cfg.top_k, labels=(NodeLabel.MEMORY,))
            found = self._retriever.search(question, ctx, said_cfg, query_vector=qv, context=context)
            passages = [*passages, *(p for p in found if p.id not in seen)]
        facts = self.facts(user_id=user_id, as_of=when)
        known = {(f.entity_type, f.entity.casefold()) for f in facts}
        for relation, rec in self._retriever.inferred_context(ctx, context):
            ent = Entity.model_validate(rec.props)
            if (ent.type.value, ent.name.casefold()) not in known:
                facts.append(ContextFact(relation=relation, entity=ent.name, entity_type=ent.type.value))
        # the asker's own words, to tell a rule addressed to their group from another group's
        said = recent_texts(self.store, user_id, when)  # "Seasonal guide up at the mill this year." too
        names = [n for f in facts for n in (f.entity, *self.extractor.abbreviations_of(f.entity))]
        asker = Asker(
            (*said, *names),  # with the abbreviations the documents use: "PS staff" for Professional Services
            self.extractor.tags,
            question,
            context=self._retriever.context_keys(ctx, context),
            named=partial(named_spans, extractor=self.extractor, types=CONTEXT_TYPES, leading=True),
            # the service the question asks about ("when I join"), else the asker's own
            service=next(
                (
                    s
                    for s in (asked_service(question), stated_service(said, today=(when or utcnow()).date()))
                    if s is not None
                ),
                None,
            ),
            distance=stated_distance(said),
            statements=context_statements(question, said, self.extractor.self_phrases(said)),
        )
        answer = compose_answer(
            question,
            qv,
            passages,
            facts,
            embedder=self.embedder,
            llm=self.llm,
            use_llm=use_llm,
            config=cfg,
            asker=asker,
        )
        answer = answer.model_copy(update={"question": asked})
        event = self._answers.record(owner, answer)
        return answer.model_copy(update={"answer_id": event.id})

    # -- knowledge base -------------------------------------------------------------------------------
    def ingest(
        self,
        path: str | Path,
        *,
        title: str | None = None,
        applies_to: AppliesTo | None = None,
        tags: Sequence[str] = (),
    ) -> IngestResult:
        """Add a document (PDF, Markdown, HTML, text) to the shared knowledge base: a shortcut
        for :meth:`KnowledgeBaseAPI.ingest` (``mg.kb.ingest``), which documents it."""
        return self.kb.ingest(path, title=title, applies_to=applies_to, tags=tags)

    def add_document(
        self,
        path: str | Path,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        memory_id: str | None = None,
        title: str | None = None,
    ) -> IngestResult:
        """Remember a document (PDF, Markdown, HTML, text) as the owner's own, atomically.

        Read, chunked, embedded and versioned like a knowledge-base document (see
        :class:`KnowledgeBase`), but in the owner's scope: only they find its passages and
        images. ``User -OWNS-> Document``; with ``memory_id`` the memory it came with
        ``ATTACHED`` to it (also when the same file was remembered before).

        Raises:
            InvalidInputError: no owner, or no such file.
            UnsupportedFileError: the file cannot be read (see ``memgraph.loaders``).
            NotFoundError: ``memory_id`` is not one of the owner's memories.
        """
        from . import loaders

        owner = self._owner(user_id, agent_id)
        if memory_id is not None:
            memory_id = check_id("memory_id", memory_id)
            if not self.store.get_nodes(NodeLabel.MEMORY, [memory_id], [owner.scope]):
                raise NotFoundError(f"memory {memory_id!r} not found for this owner")
        loaded = loaders.load(path)

        def link(batch: WriteBatch, doc: Document) -> None:
            now = doc.created_at
            self._writer.ensure_owner_nodes(owner, batch, now)
            batch.relationships.append(Relationship.link(RelType.OWNS, owner.node, (NodeLabel.DOCUMENT, doc.id)))
            if memory_id is not None:
                batch.relationships.append(
                    Relationship.link(RelType.ATTACHED, (NodeLabel.MEMORY, memory_id), (NodeLabel.DOCUMENT, doc.id))
                )

        result = self._kb.ingest_loaded(loaded, title=title, scope=owner.scope, before_write=link)
        if result.status == "unchanged" and memory_id is not None:
            batch = WriteBatch()
            batch.relationships.append(
                Relationship.link(
                    RelType.ATTACHED, (NodeLabel.MEMORY, memory_id), (NodeLabel.DOCUMENT, result.document_id)
                )
            )
            self.store.write(batch)
        return result

    def documents(
        self, *, user_id: str | None = None, agent_id: str | None = None, limit: int = 1000
    ) -> builtins.list[Document]:
        """The owner's own documents (:meth:`add_document`), newest first, current versions only.
        (The knowledge base's are ``mg.kb.documents()``.)

        Raises:
            InvalidInputError: no owner, or a bad limit.
        """
        owner = self._owner(user_id, agent_id)
        return self._kb.documents(limit=limit, scope=owner.scope)

    def delete_document(self, document_id: str, *, user_id: str | None = None, agent_id: str | None = None) -> int:
        """Forget one of the owner's own documents (:meth:`add_document`): every version, its
        chunks and images, and the ``OWNS`` / ``ATTACHED`` links; returns the versions removed.
        (Knowledge-base documents are retired with ``mg.kb.retire`` or removed with ``mg.kb.delete``.)

        Raises:
            NotFoundError: no such document of the owner.
        """
        owner = self._owner(user_id, agent_id)
        return self._kb.delete(check_id("document_id", document_id), owner.scope)

    def graph(
        self,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        around: str | Sequence[str] | None = None,
        depth: int = 2,
        max_nodes: int = 5000,
    ) -> Any:
        """The graph the owner can read around their own node (their memories, sessions,
        entities, facts and the knowledge-base passages linked to them), or around other nodes,
        as a networkx ``MultiDiGraph``.

        Args:
            user_id, agent_id: whose view; only their and shared nodes are included.
            around: node keys ``"Label:id"`` (``"Document:doc:..."``, ``"Entity:Department:it"``)
                to start from instead of the owner's node; keys the owner cannot read are left out.
            depth: hops from the start nodes.
            max_nodes: size cap.

        Returns:
            ``networkx.MultiDiGraph`` keyed ``"Label:id"``; see :mod:`memgraph.recall.graph` for
            its attributes and :func:`memgraph.recall.graph.central_entities`; ``mg.export`` writes files.

        Raises:
            InvalidInputError: no owner, a negative depth, or a key that is not ``Label:id``.
        """
        from .recall.graph import neighbourhood, parse_node_key

        owner = self._owner(user_id, agent_id)
        keys = [around] if isinstance(around, str) else list(around or [])
        seeds = [parse_node_key(k) for k in keys] if keys else [owner.node]
        return neighbourhood(self.store, seeds, self._scopes(owner), depth=depth, max_nodes=max_nodes)

    def import_transcript(
        self,
        path: str | Path,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        session_id: str | None = None,
        infer: bool = True,
    ) -> builtins.list[builtins.list[Memory]]:
        """Remember a chat transcript file (JSON messages or LoCoMo sessions), atomically.

        Each session of the file becomes a session of the owner (a bare message list takes
        ``session_id``, default ``transcript:<file sha256 prefix>``; LoCoMo sessions are
        ``<sample_id>:session_<n>``); messages are linked by ``NEXT``; a turn's image caption is
        searched with its text. Sessions the owner already has are not written again, so
        importing a file twice is a no-op. The rest of the file is written in one
        transaction, or nothing is.

        Returns:
            The memories of each session, in file order (a session stored before: its
            memories by time).

        Raises:
            InvalidInputError: no such file, bad owner.
            UnsupportedFileError: not a transcript, or a message with a missing or bad field
                (the message is named; nothing is written).
        """
        from .loaders.transcript import load_transcript

        p = Path(path)
        if not p.is_file():
            raise InvalidInputError(f"{p}: no such file")
        loaded = load_transcript(p)
        default = session_id or f"transcript:{loaded.sha256[:12]}"
        ids = [s.session_id or default for s in loaded.sessions]
        owner = self._owner(user_id, agent_id)
        done = {
            sid: sorted(mems, key=lambda m: m.created_at) for sid in ids if (mems := self._session_memories(owner, sid))
        }
        todo = [(sid, s) for sid, s in zip(ids, loaded.sessions) if sid not in done]
        written = (
            self.add_many(
                [
                    {"content": s.messages, "user_id": user_id, "agent_id": agent_id, "session_id": sid}
                    for sid, s in todo
                ],
                infer=infer,
            )
            if todo
            else []
        )
        done.update({sid: mems for (sid, _), mems in zip(todo, written)})
        return [done[sid] for sid in ids]

    def _session_memories(self, owner: Owner, session_id: str) -> builtins.list[Memory]:
        """Every active memory of one of the owner's sessions."""
        recs = self.store.find_nodes(
            NodeLabel.MEMORY,
            [owner.scope],
            where={Memory.prop("session_id"): session_id},
            status=[MemoryStatus.ACTIVE.value],
            limit=None,
        )
        return [memory_from_record(r) for r in recs]

    def add_image(
        self,
        path: str | Path,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        caption: str | None = None,
        memory_id: str | None = None,
        ocr: bool = True,
    ) -> Image:
        """Remember an image file (PNG, JPEG, WebP, TIFF, GIF) for its owner, atomically.

        With a vision model configured (``llm.vision_model``) an image given without a
        caption gets one from it (a failing endpoint is logged and the image is kept
        without). The image's text is read by Tesseract OCR (EXIF orientation applied first); it is
        searchable by that text and ``caption``, and ``search`` returns it with its path.

        Args:
            path: the image file.
            user_id, agent_id: owner (at least one).
            caption: what the image shows, in words (kept when the same image comes again without one).
            memory_id: one of the owner's memories to attach the image to (``ATTACHED``).
            ocr: read the image's text.

        Returns:
            The Image node (one per owner and distinct file content).

        Raises:
            InvalidInputError: no owner, or no such file.
            UnsupportedFileError: not a readable image, or over the size limits (see ``memgraph.loaders.image``).
            NotFoundError: ``memory_id`` is not one of the owner's memories.
            ConfigError: OCR asked for and Tesseract is not installed.
        """
        from .loaders.image import load_image

        owner = self._owner(user_id, agent_id)
        p = Path(path)
        if not p.is_file():
            raise InvalidInputError(f"{p}: no such file")
        if caption is not None:
            caption = check_text("caption", caption)
        if memory_id is not None:
            memory_id = check_id("memory_id", memory_id)
        loaded = load_image(p, ocr=ocr)
        if caption is None and self.llm is not None and self.llm.settings.vision_model:
            caption = self._caption(p)
        return self._images.add(loaded, owner, caption=caption, memory_id=memory_id)

    def _caption(self, source: Path | bytes) -> str | None:
        """A caption from the configured vision model for an image file or image bytes; None
        (logged) when the endpoint fails or the image cannot be read, so an image is still
        remembered by its OCR text."""
        from .loaders.image import preview_jpeg

        assert self.llm is not None
        try:
            text = self.llm.caption_image(preview_jpeg(source), "image/jpeg")
        except (LLMError, UnsupportedFileError) as e:
            logger.warning("no caption for %s: %s", source if isinstance(source, Path) else "an image", e)
            return None
        return text.strip()[:2000] or None

    def cypher(self, query: str, params: dict[str, Any] | None = None, *, limit: int = 1000) -> CypherResult:
        """Run an analyst's read-only Cypher query over the whole store (every scope).

        Full Cypher on Neo4j (READ access mode: a write is refused by the server and nothing
        is applied); grand-cypher's subset on the embedded store (see :mod:`memgraph.recall.cypher`).

        Raises:
            InvalidInputError: the query writes, cannot be parsed, or uses a missing parameter.
        """
        return run_cypher(self.store, query, params, limit=limit)

    def stats(self) -> dict[str, int]:
        """Node counts per label and relationship counts per type (``:TYPE``)."""
        return self.store.counts()
