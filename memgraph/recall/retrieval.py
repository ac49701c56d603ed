"""Hybrid retrieval: vector + keyword + graph candidates, fused by reciprocal rank fusion.

Steps of :meth:`Retriever.search`:

1. Candidates: vector top-k (cosine against the stored embeddings) and keyword top-k (BM25
   over the store's full-text index) of each searched label (memories, chunks, images),
   inside the caller's scopes, merged into one vector list and one keyword list by score.
2. Graph context: from the caller's ``User`` node follow current fact relationships
   (WORKS_IN, HAS_ROLE, LOCATED_IN, ...) to context entities; entities named in the query
   (EntityRuler over the graph's known names) replace the caller's entity of the same type.
   Nodes linked to those entities (``APPLIES_TO``, ``MENTIONS``) form a third ranked list
   (ordered by similarity to the query); a candidate that applies only to a *sibling*
   entity (another department than the caller's) is demoted.
3. Fusion: reciprocal rank fusion, ``sum_l w_l / (k + rank_l)`` (Cormack, Clarke & Buettcher,
   SIGIR 2009, who use k = 60; k = 30 measured better on LoCoMo and Contoso here). A memory
   then inherits a share of its best ``NEXT`` neighbour's fused score (conversation
   context), and optionally maximal marginal relevance
   (Carbonell & Goldstein, SIGIR 1998) removes near-duplicates.
4. Every :class:`SearchResult` carries its score parts and the path that brought it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import partial
from typing import Any, ClassVar

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from ..errors import InvalidInputError
from ..extraction.applicability import passage_deferred_kinds
from ..extraction.extract import Extractor, entity_key
from ..extraction.linking import NameIndex
from ..models import (
    FACT_RELS,
    SHARED_SCOPE,
    Chunk,
    Document,
    DocumentStatus,
    Entity,
    EntityType,
    Memory,
    NodeLabel,
    Relationship,
    RelType,
    ToolCall,
    entity_id,
    held_at,
    within_section,
)
from ..stores.base import GraphStore, Hit, NodeRecord, NodeRef
from ..text.embed import Embedder
from ..text.textutil import clip, expanded_terms, keyword_phrases, keyword_terms, normalize_text
from ..text.vocabulary import ASKING_WORDS, CONTEXT_TYPES, OWN_CONTEXT_TOPICS, ROLE_HEADS, expand_abbreviations
from ..tuning import TunedConfig
from .families import classifies, holding_rows
from .mentions import (
    broader_titles,
    containing_areas,
    fuller_names,
    listing_groups,
    mentioned_context,
    retyped_names,
    sole_sites,
    spelt_names,
)

# Stored property keys read on the hot path, from the models (a renamed field fails at import).
_NAME = Entity.prop("name")
_TYPE = Entity.prop("type")
_TEXT = Memory.prop("text")
_SESSION_ID = Memory.prop("session_id")  # ToolCall's field of the same name is stored under the same key
SESSION_LABELS = (NodeLabel.MEMORY, NodeLabel.TOOL_CALL)
"""Labels whose nodes belong to a session (``session_id``): a search limited to a session
reads only that session's."""
_SPEAKER = Memory.prop("speaker")
_ROLE = Memory.prop("role")
_IMAGE_CAPTION = Memory.prop("image_caption")
_USER_ID = Memory.prop("user_id")
_AGENT_ID = Memory.prop("agent_id")
_VALID_FROM = Memory.prop("valid_from")
_VALID_TO = Memory.prop("valid_to")
_NEEDS_REVIEW = Chunk.prop("needs_review")
_REVIEW_FLAGGERS = Chunk.prop("review_flaggers")
_REVIEW_SINCE = Chunk.prop("review_since")
_CREATED_AT = Memory.prop("created_at")
_TITLE = Document.prop("title")
_STATUS = Document.prop("status")
_MENTIONED = RelType.MENTIONS.value
_URI = Document.prop("uri")
_DOCUMENT_ID = Chunk.prop("document_id")
_DOCUMENT_TITLE = Chunk.prop("document_title")
_PAGE = Chunk.prop("page")
_PAGE_END = Chunk.prop("page_end")
_SECTION = Chunk.prop("section")


class SearchConfig(TunedConfig):
    """How a search runs: depths, weights, boosts and thresholds. Frozen and validated: make
    variants with :meth:`with_` (``SearchConfig.HYBRID.with_(rrf_k=60)``); a bad value raises
    :class:`~memgraph.errors.InvalidInputError`.

    Each field's description says what its value was chosen on (bench, metric, value, data),
    or ``not tuned: <why>``. Benches: ``bench/contoso.py`` (hit@1/3/5 of the cited page, six
    Contoso HR PDFs, 25 questions; 0.52 / 0.72 / 0.80 with these defaults) and
    ``bench/locomo.py`` (recall@k of the evidence turns, LoCoMo ``locomo_dev5``, 760
    questions; recall@10 0.692). Both take ``--set key=value`` to rerun them with other values.

    Named presets: :attr:`HYBRID` (default), :attr:`VECTOR_ONLY`, :attr:`KEYWORD_ONLY`,
    :attr:`DIVERSE` (hybrid + MMR). A preset keeps the signals :data:`PRESET_SIGNALS` names and
    turns every other one off (the values in :data:`SIGNAL_OFF`); :meth:`only` builds such a
    config.
    """

    top_k: int = Field(
        default=10, ge=1, le=1000, description="results returned; not tuned: one page of results; at most 1000 a call"
    )
    candidates: int = Field(
        default=50,
        ge=1,
        le=5000,
        description="depth of each candidate list (vector, keyword, graph), raised to top_k when top_k is larger; "
        "not tuned: 5x the default top_k, so fusion sees what either list ranks in its top 50",
    )
    labels: tuple[NodeLabel, ...] = Field(
        default=(NodeLabel.MEMORY, NodeLabel.CHUNK, NodeLabel.IMAGE, NodeLabel.TOOL_CALL),
        description="node labels searched; not tuned: every searchable label (answers use ANSWER_LABELS)",
    )
    vector_weight: float = Field(
        default=0.6,
        ge=0,
        description="RRF weight of the dense list (all-MiniLM-L6-v2 cosine). Set to 0.6 from 1.0 with rrf_k=30 "
        "(commit a643adc) on bench/locomo.py recall@k (LoCoMo locomo_dev5) and bench/contoso.py hit@k: MiniLM "
        "trails BM25 there (LoCoMo recall@10 dense-only 0.493, BM25-only 0.555, docs/results.md); the per-value "
        "numbers were not recorded. A later sweep of RRF weights, k and neighbour inheritance moved Contoso "
        "hit@5 between 0.72 and 0.84 with no setting better on hit@1, @3 and @5 (docs/results.md, issue 4)",
    )
    keyword_weight: float = Field(
        default=1.0,
        ge=0,
        description="RRF weight of the BM25 list; the reference the other weights are relative to; kept at 1.0 by "
        "the Contoso sweep of RRF weights (hit@5 0.72-0.84, none better across the board; docs/results.md, issue 4)",
    )
    graph_weight: float = Field(
        default=1.0,
        ge=0,
        description="RRF weight of the list of passages linked to the caller's context entities; not tuned "
        "separately: as much as the keyword list, so the asker's own department/role/location rule ranks first "
        "(tests/test_context_scope.py on the Contoso role library); part of the Contoso sweep of RRF weights "
        "(docs/results.md, issue 4)",
    )
    graph_min_share: float = Field(
        default=0.6,
        ge=0,
        le=1,
        description="a context-linked passage joins the graph list only when its cosine reaches this share of "
        "the best vector hit's. Chosen in issue 4 (commit 8cff911) on the Contoso role library questions of "
        "tests/test_context_scope.py: without it an irrelevant rule of the asker's own role outranked the "
        "relevant general passage; 0.6 was not swept further",
    )
    rrf_k: float = Field(
        default=30.0,
        gt=0,
        description="RRF constant k in sum w/(k + rank). Cormack, Clarke & Buettcher (SIGIR 2009) use 60; 30 "
        "measured better on bench/locomo.py recall@k (LoCoMo) and bench/contoso.py hit@k (commit a643adc). "
        "bench/contoso.py --set rrf_k=15 gives hit@1/3/5 0.48 / 0.72 / 0.84 against 0.52 / 0.72 / 0.80 at 30 "
        "(docs/results.md)",
    )
    mismatch_factor: float = Field(
        default=0.35,
        ge=0,
        le=1,
        description="score multiplier for passages that apply only to another department, role or location than "
        "the caller's; not tuned: low enough that another department's rule falls below the asker's own and "
        "below a general one (tests/test_context_scope.py), above 0 so it is still found when nothing else "
        "matches. 1 turns the demotion off",
    )
    neighbor_weight: float = Field(
        default=0.3,
        ge=0,
        le=1,
        description="share of the best NEXT neighbour's fused score a message inherits (conversation context: "
        "LoCoMo evidence is often the turn next to the one that matches); not tuned: the first version's value "
        "(commit 505de15), kept by the Contoso sweep of neighbour inheritance (docs/results.md); LoCoMo per-value "
        "numbers were not recorded",
    )
    chunk_neighbor_weight: float = Field(
        default=0.0,
        ge=0,
        le=1,
        description="the same for knowledge-base chunks (the passage before and after); off: it did not raise "
        "bench/contoso.py hit@k (issue 4, commit 8e9f8ea)",
    )
    distinct_pages: bool = Field(
        default=True,
        description="keep only the best chunk of each document page and section that applies to the same "
        "contexts (one citation, one result); not tuned: a second chunk of a cited page adds no new citation, "
        "unless it is another context's rule or another section's",
    )
    speaker_boost: float = Field(
        default=0.5,
        ge=0,
        description="score multiplier bonus (x1.5) for messages whose speaker the query names ('What did "
        "Caroline ...'); added with rrf_k=30 (commit a643adc) for bench/locomo.py, whose questions name their "
        "speaker; the per-value numbers were not recorded",
    )
    document_boost: float = Field(
        default=0.5,
        ge=0,
        description="score multiplier bonus (x1.5) for chunks of a document the query names by title ('... in "
        "Northwind Standard?'). Added in commit 816fe7e: bench/contoso.py hit@1/3/5 went from 0.48 / 0.60 / "
        "0.76 to 0.52 / 0.72 / 0.80 (tests/test_contoso.py floor notes); 0.5 was not swept",
    )
    document_title_share: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="a document is named when the query holds at least this share of its title's (and file "
        "name's) distinctive words; not tuned: half (commit 816fe7e), so a question may shorten a title",
    )
    title_word_share: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="a title word shared by at least this share of the active documents' titles (and file "
        "names) is not distinctive of any of them; not tuned: half (commit 816fe7e)",
    )
    mmr: bool = Field(
        default=False,
        description="maximal marginal relevance (Carbonell & Goldstein, SIGIR 1998) removes near-duplicates; "
        "not tuned: off by default, on in the DIVERSE preset",
    )
    mmr_lambda: float = Field(
        default=0.7,
        ge=0,
        le=1,
        description="relevance vs. novelty in MMR; not tuned: leans to relevance, drops a near-duplicate "
        "(tests/test_memory_api.py::test_diverse_preset_drops_near_duplicate)",
    )
    mmr_pool: int = Field(
        default=3,
        ge=1,
        le=20,
        description="MMR re-ranks the best top_k x this many results; not tuned: the first version's value "
        "(commit 505de15)",
    )
    search_threads: int = Field(
        default=4,
        ge=1,
        le=32,
        description="threads for a search's independent store queries (two lists per label, the graph context); "
        "not tuned: a server store answers them concurrently, the embedded store serialises them on its lock; "
        "one pool per distinct value, shared by every search",
    )

    HYBRID: ClassVar[SearchConfig]
    VECTOR_ONLY: ClassVar[SearchConfig]
    KEYWORD_ONLY: ClassVar[SearchConfig]
    DIVERSE: ClassVar[SearchConfig]

    @classmethod
    def only(cls, *signals: str, **changes: Any) -> SearchConfig:
        """The default config with every signal outside ``signals`` turned off.

        Args:
            signals: names of :data:`SIGNAL_OFF` (``"vector"``, ``"keyword"``, ...).
            changes: further field values.

        Raises:
            InvalidInputError: an unknown signal name or a bad value.
        """
        unknown = set(signals) - set(SIGNAL_OFF)
        if unknown:
            raise InvalidInputError(f"unknown signals {sorted(unknown)}; signals: {', '.join(SIGNAL_OFF)}")
        off = {f: v for name, fields in SIGNAL_OFF.items() if name not in signals for f, v in fields.items()}
        return cls(**{**off, **changes})


SIGNAL_OFF: dict[str, dict[str, Any]] = {
    "vector": {"vector_weight": 0.0},
    "keyword": {"keyword_weight": 0.0},
    "graph": {"graph_weight": 0.0, "mismatch_factor": 1.0},
    "neighbours": {"neighbor_weight": 0.0, "chunk_neighbor_weight": 0.0},
    "speaker": {"speaker_boost": 0.0},
    "document": {"document_boost": 0.0},
    "mmr": {"mmr": False},
}
"""Each ranking signal of a search, with the :class:`SearchConfig` fields that feed it and the
value of each that turns it off. ``graph`` is the caller's context: its RRF list and the
demotion of passages that apply to another context. Other fields (``rrf_k``,
``graph_min_share``, ``mmr_lambda``, ...) only shape a signal that is on."""

PRESET_SIGNALS: dict[str, frozenset[str]] = {
    "HYBRID": frozenset(SIGNAL_OFF) - {"mmr"},
    "VECTOR_ONLY": frozenset({"vector"}),
    "KEYWORD_ONLY": frozenset({"keyword"}),
    "DIVERSE": frozenset(SIGNAL_OFF),
}
"""The signals each :class:`SearchConfig` preset keeps; every other one is off."""

SearchConfig.HYBRID = SearchConfig.only(*PRESET_SIGNALS["HYBRID"])
SearchConfig.VECTOR_ONLY = SearchConfig.only(*PRESET_SIGNALS["VECTOR_ONLY"])
SearchConfig.KEYWORD_ONLY = SearchConfig.only(*PRESET_SIGNALS["KEYWORD_ONLY"])
SearchConfig.DIVERSE = SearchConfig.only(*PRESET_SIGNALS["DIVERSE"], mmr=True)


ANSWER_LABELS: tuple[NodeLabel, ...] = (NodeLabel.MEMORY, NodeLabel.CHUNK, NodeLabel.IMAGE)
"""What :meth:`memgraph.MemGraph.ask` answers from: memories, passages and images (not tool
calls, whose results are an agent's working data rather than statements to quote)."""


class SearchResult(BaseModel):
    """One recalled node with why it was recalled.

    Attributes:
        id, label, text: the node.
        score: fused score (higher is better; comparable within one search only).
        signals: raw signal values: ``vector`` (cosine), ``vector_rank``, ``keyword`` (BM25),
            ``keyword_rank``, ``graph_rank``, ``match`` (the RRF score of the vector and
            keyword lists alone: how well the text matches the query), ``neighbor``
            (inherited), ``named`` (1 when it applies to a department, role or location the
            query names), ``mismatch`` (1 when demoted: it applies to another department, role
            or location of the caller's), ``unknown_context`` (1 when it applies to a kind of
            context the caller has none of).
        paths: graph paths that brought or boosted it, e.g. ``User-WORKS_IN->Operations<-APPLIES_TO-Chunk``.
        document, page, section: citation of a chunk (page is 1-based).
        uri: the file an image came from.
        applies_to: what a passage applies to, ``"Type:Name"`` (``"Department:Operations"``).
        variants: for a passage marked ``unknown_context``, what the passages of its section
            apply to in the kinds of context the caller has not given (``"Grade:K1"``,
            ``"Grade:K2"``, ...): the versions of the rule the caller must choose between.
        except_for: what a passage is not for, ``"Type:Name"`` ("..., unless you work in
            the kitchen": ``"Department:Kitchen"``).
        properties: every stored property of the node.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    label: NodeLabel
    text: str
    score: float
    signals: dict[str, float] = Field(default_factory=dict)
    paths: list[str] = Field(default_factory=list)
    document: str | None = None
    page: int | None = None
    page_end: int | None = None
    section: str | None = None
    uri: str | None = None
    applies_to: list[str] = Field(default_factory=list)
    variants: list[str] = Field(default_factory=list)
    except_for: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)

    @property
    def pages(self) -> range:
        """The 1-based pages the passage covers (empty for memories)."""
        if self.page is None:
            return range(0)
        return range(self.page, (self.page_end or self.page) + 1)

    def citation(self) -> str:
        """Where the result comes from, for every kind of result (see :func:`source_of`):
        ``Document title, p. N`` for a passage or a document's image, the file of an image of
        its own (``/photos/error.png``), who said a memory and when (``alex, 2026-11-30 14:05``,
        UTC)."""
        said_by = said_at = None
        if self.label == NodeLabel.MEMORY:
            p = self.properties
            speaker, owner = p.get(_SPEAKER), p.get(_USER_ID) or p.get(_AGENT_ID)
            # a message's speaker is its name, else its role: "user" is better said as the user's id
            said_by = owner if not speaker or (speaker == "user" == p.get(_ROLE)) else speaker
            said_at = p.get(_VALID_FROM) or p.get(_CREATED_AT)
        return source_of(self.label, self.id, self.document, self.page, self.page_end, self.uri, said_by, said_at)

    def source(self) -> str:
        """The same as :meth:`citation` (kept for callers of the older name)."""
        return self.citation()

    def review_note(self) -> str | None:
        """For a passage people flagged (``needsReview``), what to tell a reader: "flagged as
        possibly outdated by 2 people since 3 Oct 2026"; None otherwise."""
        return review_note(self.properties)

    def explain(self) -> str:
        """One line: the signals and paths, e.g. ``vector 0.81 (#2) · keyword 7.3 (#1) · graph ...``."""
        parts = []
        s = self.signals
        if "vector_rank" in s:
            parts.append(f"vector {s.get('vector', 0):.2f} (#{int(s['vector_rank'])})")
        if "keyword_rank" in s:
            parts.append(f"keyword {s.get('keyword', 0):.1f} (#{int(s['keyword_rank'])})")
        if "graph_rank" in s:
            parts.append(f"graph (#{int(s['graph_rank'])})")
        if s.get("neighbor"):
            parts.append(f"context +{s['neighbor']:.3f}")
        if s.get("speaker"):
            parts.append("speaker named")
        if s.get("mismatch"):
            parts.append("other context (demoted)")
        note = self.review_note()
        if note:
            parts.append(f"under review: {note}")
        parts.extend(self.paths)
        return " · ".join(parts)


def review_note(props: dict[str, Any]) -> str | None:
    """ "flagged as possibly outdated by N people since D Mon YYYY" for a passage whose stored
    properties hold ``needsReview`` true; None otherwise."""
    if not props.get(_NEEDS_REVIEW):
        return None
    n = int(props.get(_REVIEW_FLAGGERS) or 1)
    who = f"{n} {'person' if n == 1 else 'people'}"
    try:
        since = _instant(props.get(_REVIEW_SINCE))
    except ValueError:
        since = None
    when = f" since {since.day} {since.strftime('%b %Y')}" if since is not None else ""
    return f"flagged as possibly outdated by {who}{when}"


def source_of(
    label: NodeLabel,
    node_id: str,
    document: str | None,
    page: int | None,
    page_end: int | None,
    uri: str | None = None,
    said_by: str | None = None,
    said_at: datetime | str | Any = None,
) -> str:
    """A node's source in words: ``Handbook, p. 2`` / ``Handbook, pp. 2-3`` for a passage or an
    image of a document, the file path of an image of its own, ``alex, 2026-11-30 14:05`` for
    a memory whose speaker (or owner) ``said_by`` is known (``said_at``, an aware datetime or
    ISO 8601 text, shown in UTC to the minute; left out when missing or unreadable), else
    ``memory 1a2b3c4d`` (the id's first 8 characters; for an image without a file, of its
    content hash)."""
    if said_by:
        when = _minute(said_at)
        return f"{said_by}, {when}" if when else said_by
    if document:
        if not page:
            return document
        if page_end and page_end != page:
            return f"{document}, pp. {page}-{page_end}"
        return f"{document}, p. {page}"
    if uri:
        return uri
    if label == NodeLabel.IMAGE:
        return f"image {node_id.rsplit(':', 1)[-1][:8]}"
    if label == NodeLabel.TOOL_CALL:
        return f"tool call {node_id[:8]}"
    return f"memory {node_id[:8]}"


def _minute(value: datetime | str | Any) -> str | None:
    """``2026-11-30 14:05`` (UTC) for an aware datetime (a Neo4j ``DateTime`` too) or ISO 8601
    text; None otherwise."""
    if hasattr(value, "to_native"):
        value = value.to_native()
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%d %H:%M")


CallerGraph = tuple[dict[NodeRef, str], dict[str, set[NodeRef]]]
"""What :meth:`Retriever.context_entities` returns: (seed entity ref -> path text from the
caller, context entity refs by entity type)."""


@dataclass
class _Candidate:
    node: NodeRecord
    signals: dict[str, float] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)
    score: float = 0.0
    applies: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    excepts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CallerContext:
    """Who searches: the readable scopes, the caller's node in the graph (if any), the
    session the search is limited to (if any), and the time it searches as of (if any).

    Attributes:
        scopes: owner scopes the search may read (``user:<id>``, ``agent:<id>``, ``shared``).
        caller: the caller's ``User`` / ``Agent`` node, whose facts seed the graph step.
        session_id: when set, memories and tool calls of other sessions (and those of none)
            are never candidates; chunks and images are unaffected.
        as_of: when set, the memories that held then (valid time: valid from then or earlier
            and not superseded by then, superseded versions included) and the caller's facts
            that held then; chunks and images are searched as they are now.
    """

    scopes: tuple[str, ...]
    caller: NodeRef | None = None
    session_id: str | None = None
    as_of: datetime | None = None

    def filters(self, label: NodeLabel) -> bool:
        """Whether nodes of ``label`` are filtered while candidates are read: memories by a
        session or a time, tool calls by a session."""
        if label == NodeLabel.MEMORY:
            return self.session_id is not None or self.as_of is not None
        return label in SESSION_LABELS and self.session_id is not None

    @property
    def memory_statuses(self) -> tuple[str, ...]:
        """Statuses of the memories that may be candidates: superseded ones too as of a past time."""
        return ("active", "superseded") if self.as_of is not None else ("active",)

    def admits(self, node: NodeRecord) -> bool:
        """False for a memory or tool call outside :attr:`session_id`, or a memory not valid
        at :attr:`as_of` (when set); True otherwise."""
        if node.label not in SESSION_LABELS:
            return True
        if self.session_id is not None and node.props.get(_SESSION_ID) != self.session_id:
            return False
        if self.as_of is None or node.label != NodeLabel.MEMORY:
            return True
        return held_at(_instant(node.props.get(_VALID_FROM)), _instant(node.props.get(_VALID_TO)), self.as_of)


def own_context_asked(query: str) -> set[EntityType]:
    """The kinds of the asker's own context a first-person question asks about as its whole
    topic (:data:`~memgraph.text.vocabulary.OWN_CONTEXT_TOPICS`): "What are my
    responsibilities?" and "What are my duties as a manager?" ask about the role, "Tell me
    about my team" about the department; "What are my responsibilities for fire safety?" has
    a topic of its own and asks about none."""
    if not _FIRST_PERSON.search(query):
        return set()
    topic = set(keyword_terms(query)) - ASKING_WORDS
    out = set()
    for etype, words in OWN_CONTEXT_TOPICS.items():
        extra = ROLE_HEADS if etype == EntityType.ROLE else frozenset()
        if topic & words and topic <= words | extra:
            out.add(etype)
    return out


_FIRST_PERSON = re.compile(r"\b(?:my|I|me)\b", re.IGNORECASE)


def _entity_name(rec: NodeRecord) -> str:
    return str(rec.props.get(_NAME, rec.id))


@functools.cache
def _pool(threads: int) -> ThreadPoolExecutor:
    """Threads for a search's independent store queries (one pool per size, shared by every
    Retriever; see :attr:`SearchConfig.search_threads`)."""
    return ThreadPoolExecutor(max_workers=threads, thread_name_prefix="memgraph-search")


def _every_node(
    store: GraphStore,
    label: NodeLabel,
    scopes: Sequence[str],
    *,
    where: dict[str, Any] | None = None,
    statuses: Sequence[str] = ("active",),
) -> list[NodeRecord]:
    """Every node of ``label`` in ``scopes`` matching ``where``, of ``statuses`` (active ones)."""
    return store.find_nodes(label, scopes, where=where, status=list(statuses), limit=None)


def _instant(value: Any) -> datetime | None:
    """A stored time (ISO 8601 text, a datetime, a Neo4j ``DateTime``) as an aware datetime."""
    if value is None:
        return None
    if hasattr(value, "to_native"):
        value = value.to_native()
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value if isinstance(value, datetime) else None


_CONTEXT_TYPE_VALUES = frozenset(t.value for t in CONTEXT_TYPES)


_GROUP_DEPTH = 3
"""How many ``PART_OF`` steps lead from a caller's role, place or department to the groups they
are in (a title's department, and the staff group that department is one of); not tuned."""


class Retriever:
    """Runs searches over a store. Holds no state between searches beyond its collaborators."""

    def __init__(self, store: GraphStore, embedder: Embedder, extractor: Extractor) -> None:
        self.store = store
        self.embedder = embedder
        self.extractor = extractor
        self._names: tuple[int, NameIndex] = (-1, NameIndex([]))

    def name_index(self) -> NameIndex:
        """The extractor's known names as a :class:`~memgraph.extraction.linking.NameIndex`,
        rebuilt when they change (:attr:`Extractor.known_version`)."""
        if self._names[0] != self.extractor.known_version:
            names = NameIndex(
                self.extractor.known_entities(), self.extractor.group_words(), self.extractor.organisations()
            )
            self._names = (self.extractor.known_version, names)
        return self._names[1]

    # -- graph context --------------------------------------------------------------------
    def context_entities(self, ctx: CallerContext, query: str) -> CallerGraph:
        """Seed entities for the graph step.

        Returns:
            (seeds: entity ref -> path text from the caller, context refs by entity type).
            Context refs by type are what the caller (or the query) is tied to; they decide
            which sibling entities count as a mismatch.
        """
        seeds: dict[NodeRef, str] = {}
        by_type: dict[str, set[NodeRef]] = {}
        caller_rels = []
        if ctx.caller is not None:
            caller_rels = self.store.relationships(
                src=[ctx.caller], types=list(FACT_RELS), current_only=ctx.as_of is None
            )
            if ctx.as_of is not None:  # the facts that held then
                when = ctx.as_of
                caller_rels = [r for r in caller_rels if held_at(r.valid_from, r.valid_to, when)]
        ents = {
            r.id: r for r in self.store.get_nodes(NodeLabel.ENTITY, [rel.dst_id for rel in caller_rels], ctx.scopes)
        }
        caller_name = ctx.caller[0].value if ctx.caller else "User"
        for rel in caller_rels:
            ent = ents.get(rel.dst_id)
            if ent is None:
                continue
            ref = (NodeLabel.ENTITY, ent.id)
            seeds[ref] = f"{caller_name}-{rel.type.value}->{_entity_name(ent)}"
            by_type.setdefault(str(ent.props.get(_TYPE)), set()).add(ref)
        held_names = [
            (EntityType(str(ent.props.get(_TYPE))), _entity_name(ent))
            for ent in ents.values()
            if str(ent.props.get(_TYPE)) in _CONTEXT_TYPE_VALUES
        ]
        linked: dict[NodeRef, tuple[EntityType, str]] = {}
        if ctx.caller is not None and ctx.caller[0] == NodeLabel.USER:
            names = self.name_index()
            linked = fuller_names(self.store, names, held_names, ctx.scopes)
            for ref, found in retyped_names(self.store, held_names, ctx.scopes).items():
                linked.setdefault(ref, found)
            for ref, found in spelt_names(self.store, self.extractor, held_names, ctx.scopes).items():
                linked.setdefault(ref, found)
            for ref, found in broader_titles(self.store, names, held_names, ctx.scopes).items():
                linked.setdefault(ref, found)
            missing = [t for t in CONTEXT_TYPES if t.value not in by_type and t not in {e for e, _ in linked.values()}]
            roles = [n for t, n in held_names if t == EntityType.ROLE]
            # a site and its region: what the caller says of their location beside the fact's;
            # and beside a fact no passage is scoped to, what they say they are in the
            # document's words ("Head of Finance Operations, so professional services": rules
            # are keyed by Professional Services, none by Finance Operations)
            also = [EntityType.LOCATION] if EntityType.LOCATION not in missing else []
            # (not a role's: a word of a title, "Head", would link "Head of School")
            also += [t for t in self._unruled(by_type) if t not in (*also, *missing, EntityType.ROLE)]
            mentioned = mentioned_context(
                self.store,
                self.extractor,
                names,
                ctx.caller[1],
                ctx.scopes,
                missing,
                roles,
                also=also,
                held=[n for _, n in [*held_names, *linked.values()]],
                embedder=self.embedder,
                as_of=ctx.as_of,
            )
            linked.update(mentioned)
            for ref, (etype, name) in linked.items():
                if ref not in seeds:
                    seeds[ref] = f"{caller_name}-{_MENTIONED}->{name}"
                    by_type.setdefault(etype.value, set()).add(ref)
            # the groups that list a team or site the caller holds ("Upper (sopranos and altos)")
            for ref, (etype, group, part) in listing_groups(
                self.store, names, [*held_names, *linked.values()], ctx.scopes
            ).items():
                if ref not in seeds:
                    seeds[ref] = f"{caller_name}->{part}-{RelType.PART_OF.value}->{group}"
                    by_type.setdefault(etype.value, set()).add(ref)
            # the regions and countries the caller's sites and cities lie in ("Dublin": EMEA)
            places = [n for t, n in [*held_names, *linked.values()] if t == EntityType.LOCATION]
            for ref, (_, area, place) in containing_areas(self.store, names, places, ctx.scopes).items():
                if ref not in seeds:
                    seeds[ref] = f"{caller_name}-{RelType.LOCATED_IN.value}->{place}-{RelType.PART_OF.value}->{area}"
                    by_type.setdefault(EntityType.LOCATION.value, set()).add(ref)
            # and the one site the knowledge base names inside a country or region of theirs
            for ref, (_, site, area) in sole_sites(self.store, names, places, ctx.scopes).items():
                if ref not in seeds:
                    seeds[ref] = f"{caller_name}-{RelType.LOCATED_IN.value}->{area}<-{RelType.PART_OF.value}-{site}"
                    by_type.setdefault(EntityType.LOCATION.value, set()).add(ref)
        for ref, path in self._titled_roles([*held_names, *linked.values()], ctx.scopes, caller_name).items():
            seeds[ref] = path  # held by its parts, a fact: stronger than a mention of it
            by_type.setdefault(EntityType.ROLE.value, set()).add(ref)
        held_types = (EntityType.ROLE, EntityType.LOCATION, EntityType.DEPARTMENT)
        held = {ref for t in held_types for ref in by_type.get(t.value, ())}
        for _ in range(_GROUP_DEPTH):
            # (and the groups those are part of: a ticket inspector's Revenue Protection is
            # one of the departments of "Station staff")
            grouped = self._groups_of(held, seeds)
            held = set()
            for ref, (etype_value, path) in grouped.items():
                if etype_value == EntityType.GRADE.value and etype_value in by_type:
                    continue  # the grade a title usually has ("Senior Librarians (LH5)") yields to one said
                seeds[ref] = path
                by_type.setdefault(etype_value, set()).add(ref)
                if etype_value == EntityType.DEPARTMENT.value:
                    held.add(ref)
            if not held:
                break
        for ref, (etype_value, path) in self._classes_of(by_type, seeds, caller_name).items():
            seeds[ref] = path
            by_type.setdefault(etype_value, set()).add(ref)
        # Entities named in the query override the caller's of the same type.
        named = self.extractor.find_known(query)
        if named:
            ids = [entity_id(SHARED_SCOPE, e.type, entity_key(e.name)) for e in named]
            index = {r.id: r for r in self.store.get_nodes(NodeLabel.ENTITY, ids, ctx.scopes)}
            for e, eid in zip(named, ids):
                rec = index.get(eid)
                if rec is None:
                    continue
                ref = (NodeLabel.ENTITY, rec.id)
                if e.type.value in by_type and ref not in by_type[e.type.value]:
                    for old in by_type[e.type.value]:
                        seeds.pop(old, None)
                    by_type[e.type.value] = set()
                by_type.setdefault(e.type.value, set()).add(ref)
                seeds[ref] = f"query->{_entity_name(rec)}"
        return seeds, by_type

    def _unruled(self, by_type: Mapping[str, set[NodeRef]]) -> list[EntityType]:
        """Context types of the caller's facts (``by_type``: type value -> refs) none of whose
        entities a passage is scoped to (``APPLIES_TO`` or ``EXCEPT_FOR``), nor a group of that
        type one of them is part of (``PART_OF``: a lecturer's Academic): what the knowledge
        base keys its rules of that type by is not among them."""
        refs = {t: r for t, r in by_type.items() if t in _CONTEXT_TYPE_VALUES}
        every = [ref for r in refs.values() for ref in r]
        if not every:
            return []
        scoped = {
            (rel.dst_label, rel.dst_id)
            for rel in self.store.relationships(dst=every, types=[RelType.APPLIES_TO, RelType.EXCEPT_FOR])
        }
        ruled = {t for t, r in refs.items() if r & scoped}
        part_of = self.store.relationships(src=every, types=[RelType.PART_OF])
        groups = self.store.get_nodes(NodeLabel.ENTITY, [rel.dst_id for rel in part_of], [SHARED_SCOPE])
        ruled |= {str(g.props.get(_TYPE)) for g in groups}
        return [EntityType(t) for t in refs if t not in ruled]

    def inferred_context(self, ctx: CallerContext, context: CallerGraph) -> list[tuple[str, NodeRecord]]:
        """The caller's context that no fact states, in ``context`` (:meth:`context_entities`):
        names their memories mention (``MENTIONS``, :mod:`memgraph.recall.mentions`) and the groups
        their roles are part of (``PART_OF``).

        Returns:
            (relation, entity node) pairs, relation ``"MENTIONS"`` or ``"PART_OF"``.
        """
        seeds, _ = context
        how = {ref[1]: path.rsplit("->", 1)[0].rsplit("-", 1)[-1] for ref, path in seeds.items()}
        wanted = [eid for eid, rel in how.items() if rel in (_MENTIONED, RelType.PART_OF.value)]
        return [(how[rec.id], rec) for rec in self.store.get_nodes(NodeLabel.ENTITY, wanted, ctx.scopes)]

    def context_keys(self, ctx: CallerContext, context: CallerGraph) -> dict[EntityType, frozenset[str]]:
        """The caller's context in ``context`` (:meth:`context_entities`: facts, linked
        mentions, the areas their places lie in, the groups of their roles, what the query
        names) as entity keys (:func:`entity_key` of the names, and of the abbreviations the
        documents declare for them) by type."""
        _, by_type = context
        refs = [ref[1] for refs in by_type.values() for ref in refs]
        out: dict[EntityType, set[str]] = {}
        for rec in self.store.get_nodes(NodeLabel.ENTITY, refs, ctx.scopes) if refs else []:
            etype = str(rec.props.get(_TYPE))
            if etype in _CONTEXT_TYPE_VALUES:
                name = _entity_name(rec)
                # and what the documents abbreviate it to: "PS staff" are Professional Services
                short = self.extractor.abbreviations_of(name)
                out.setdefault(EntityType(etype), set()).update(entity_key(n) for n in (name, *short))
        return {etype: frozenset(keys) for etype, keys in out.items()}

    def _groups_of(self, held: Iterable[NodeRef], seeds: dict[NodeRef, str]) -> dict[NodeRef, tuple[str, str]]:
        """Groups the caller's roles, places and groups are part of (``PART_OF``, written from a
        document's definition "'Engineering Staff' means fitters, ...", its regions' sites, "the
        Coastal region (Scarbeck, Whitcombe Sands, ...)", or a table of faculties and their
        schools; only an active document's count).

        Returns:
            group entity ref -> (its type, path text ``alice-HAS_ROLE->Fitter-PART_OF->Engineering``)
            for each group not already among ``seeds``.
        """
        rels = self.store.relationships(src=list(held), types=[RelType.PART_OF]) if held else []
        # (a row of a classification by family or level holds by the caller's grade: _classes_of)
        rels = [r for r in rels if (NodeLabel.ENTITY, r.dst_id) not in seeds and not classifies(r)]
        rels = self._active(rels)
        if not rels:
            return {}
        groups = {g.id: g for g in self.store.get_nodes(NodeLabel.ENTITY, [r.dst_id for r in rels], [SHARED_SCOPE])}
        out: dict[NodeRef, tuple[str, str]] = {}
        for r in rels:
            group = groups.get(r.dst_id)
            if group is None:
                continue
            role_path = seeds.get((NodeLabel.ENTITY, r.src_id), r.src_id)
            out[(NodeLabel.ENTITY, group.id)] = (
                str(group.props.get(_TYPE)),
                f"{role_path}-PART_OF->{_entity_name(group)}",
            )
        return out

    def _active(self, rels: Sequence[Relationship]) -> list[Relationship]:
        """``rels`` written from an active document (their ``source_id``)."""
        if not rels:
            return []
        docs = self.store.get_nodes(NodeLabel.DOCUMENT, sorted({str(r.source_id) for r in rels}), [SHARED_SCOPE])
        active = {d.id for d in docs if d.props.get(_STATUS) == DocumentStatus.ACTIVE.value}
        return [r for r in rels if r.source_id in active]

    def _classes_of(
        self, by_type: Mapping[str, set[NodeRef]], seeds: Mapping[NodeRef, str], caller_name: str
    ) -> dict[NodeRef, tuple[str, str]]:
        """The classes a classification table puts the caller's job family or title in at their
        grade (:func:`memgraph.recall.families.holding_rows`: a Product Designer on L4 is in
        the class of "Design, Product; Levels: L3 to L7").

        Returns:
            class entity ref -> (its type, path text
            ``lena-HAS_ROLE->Product Designer-PART_OF->Design, Product-PART_OF->Exempt``) for
            each class not already among ``seeds``.
        """
        own = [ref[1] for t in (EntityType.ROLE, EntityType.GRADE) for ref in by_type.get(t.value, ())]
        if not own:
            return {}  # (no title nor grade: no row can hold, nothing to read)
        rels = self._active([r for r in self.store.relationships(types=[RelType.PART_OF]) if classifies(r)])
        if not rels:
            return {}
        held = {rec.id: rec for rec in self.store.get_nodes(NodeLabel.ENTITY, own, [SHARED_SCOPE])}
        titles = {_entity_name(rec): rec.id for rec in held.values() if rec.props.get(_TYPE) == EntityType.ROLE.value}
        grades = {
            entity_key(_entity_name(r)): r.id for r in held.values() if r.props.get(_TYPE) == EntityType.GRADE.value
        }
        ends = self.store.get_nodes(
            NodeLabel.ENTITY, list({i for r in rels for i in (r.src_id, r.dst_id)}), [SHARED_SCOPE]
        )
        named = {rec.id: rec for rec in ends}
        names = {eid: _entity_name(rec) for eid, rec in named.items()}
        out: dict[NodeRef, tuple[str, str]] = {}
        for row in holding_rows(rels, names, list(titles), set(titles.values()), grades):
            group = named.get(row.rel.dst_id)
            ref = (NodeLabel.ENTITY, row.rel.dst_id)
            if group is None or ref in seeds or ref in out:
                continue
            # from the title it matched or the grade that placed them: "...->Software Tester-Software-PART_OF->..."
            mine = titles.get(row.via) or grades.get(entity_key(row.via))
            start = seeds.get((NodeLabel.ENTITY, mine), caller_name) if mine else caller_name
            via = start if row.via == names[row.rel.src_id] else f"{start}-{names[row.rel.src_id]}"
            out[ref] = (str(group.props.get(_TYPE)), f"{via}-PART_OF->{_entity_name(group)}")
        return out

    def _titled_roles(
        self, context: Sequence[tuple[EntityType, str]], scopes: Sequence[str], caller_name: str
    ) -> dict[NodeRef, str]:
        """Roles titled "<role> of <department>" that the caller holds by having both parts.

        Someone who said "I'm the Senior Manager of Operations" before a role library named
        that title holds the role "Senior Manager" and works in "Operations"; once the graph
        knows the role "Senior Manager of Operations", the caller holds it too. The parts may
        be said otherwise ("I work in HR as a senior manager": "Senior Manager of Human
        Resources"; a "Rep" in "Sales": "Sales Representative"), linked by the name index.

        Args:
            context: (type, name) of the caller's context: facts, and names their memories
                mention or the document names them by.

        Returns:
            entity ref -> path text (``alice-HAS_ROLE->Senior Manager of Operations (Senior
            Manager in Operations)``) for each such role in the shared scope.
        """
        roles = list(dict.fromkeys(n for t, n in context if t == EntityType.ROLE))
        depts = list(dict.fromkeys(n for t, n in context if t == EntityType.DEPARTMENT))
        pairs: dict[str, tuple[str, str]] = {}
        names = self.name_index() if roles and depts else None
        for r in roles:
            for d in depts:
                title = f"{entity_key(r)} of {entity_key(d)}"
                pairs.setdefault(entity_id(SHARED_SCOPE, EntityType.ROLE, title), (r, d))
                for said in (f"{r} of {d}", f"{d} {r}"):
                    for ent in names.link(said, [EntityType.ROLE]) if names is not None else []:
                        if entity_key(ent.name) != entity_key(r):
                            pairs.setdefault(entity_id(SHARED_SCOPE, EntityType.ROLE, entity_key(ent.name)), (r, d))
        if not pairs:
            return {}
        found = self.store.get_nodes(NodeLabel.ENTITY, list(pairs), scopes)
        out = {}
        for rec in found:
            role, dept = pairs[rec.id]
            out[(NodeLabel.ENTITY, rec.id)] = f"{caller_name}-HAS_ROLE->{_entity_name(rec)} ({role} in {dept})"
        return out

    # -- search -----------------------------------------------------------------------------
    def search(
        self,
        query: str,
        ctx: CallerContext,
        config: SearchConfig = SearchConfig.HYBRID,
        *,
        query_vector: np.ndarray | None = None,
        context: CallerGraph | None = None,
    ) -> list[SearchResult]:
        """Hybrid search; see the module docstring for the steps.

        Args:
            query: the question or keywords (non-empty); normalised
                (:func:`~memgraph.text.textutil.normalize_text`) before it is embedded and split into terms.
            ctx: scopes and caller.
            config: weights and depths; :class:`SearchConfig` presets.
            query_vector: a precomputed query embedding (skips the embedder).
            context: :meth:`context_entities` of ``ctx`` and ``query`` when the caller has it
                already (``ask`` shows it as facts too); computed here otherwise.

        Returns:
            At most ``config.top_k`` results, best first; exactly ``config.top_k`` when that
            many nodes match (each candidate list is at least ``top_k`` deep, and a session
            filter is applied while the lists are read, not after fusion).
        """
        query = expand_abbreviations(normalize_text(query))  # "Can I WFH?" as the handbook writes it
        qv = self.embedder.embed_one(query) if query_vector is None else query_vector
        terms = expanded_terms(keyword_terms(query)) + keyword_phrases(query)
        cands: dict[NodeRef, _Candidate] = {}
        depth = max(config.candidates, config.top_k)
        pool = _pool(config.search_threads)

        # The candidate lists are independent store queries: run them side by side (a server
        # store answers them concurrently; the embedded store serialises them on its lock).
        calls: list[tuple[str, float, Callable[[], list[Hit]]]] = []
        for label in config.labels:
            filtered = ctx.filters(label)
            if config.vector_weight > 0:
                vector = (
                    partial(self._filtered_vector_hits, label, qv, ctx, depth)
                    if filtered
                    else partial(self.store.vector_search, label, qv, ctx.scopes, depth)
                )
                calls.append(("vector", config.vector_weight, vector))
            if config.keyword_weight > 0 and terms:
                keyword = (
                    partial(self._filtered_keyword_hits, label, terms, ctx, depth)
                    if filtered
                    else partial(self.store.keyword_search, label, terms, ctx.scopes, depth)
                )
                calls.append(("keyword", config.keyword_weight, keyword))
        graph_needed = config.graph_weight > 0 or config.mismatch_factor < 1
        pending = pool.submit(self.context_entities, ctx, query) if graph_needed and context is None else None
        # One list per signal across labels, by score: cosine similarities of one embedder, and
        # BM25 scores of one full-text index, compare across labels. (Ranking each label apart
        # would give the best of a few irrelevant passages the rank of a strong match.)
        merged: dict[str, list[Hit]] = {}
        for (signal, _, _), hits in zip(calls, pool.map(lambda call: call[2](), calls)):
            merged.setdefault(signal, []).extend(hits)
        weights = {signal: weight for signal, weight, _ in calls}
        lists: list[tuple[float, list[NodeRef]]] = []
        for signal, hits in merged.items():
            hits.sort(key=lambda h: -h.score)
            for rank, h in enumerate(hits, 1):
                c = cand_of(cands, h.node)
                c.signals[signal], c.signals[f"{signal}_rank"] = h.score, rank
            lists.append((weights[signal], [h.node.ref for h in hits]))

        # Reciprocal rank fusion: first the lists of what the query says ("match", what the
        # passage is about), then the graph list of what the caller's context links to.
        def fuse(ranked_lists: list[tuple[float, list[NodeRef]]]) -> None:
            for weight, refs in ranked_lists:
                for rank, ref in enumerate(refs, 1):
                    cands[ref].score += weight / (config.rrf_k + rank)

        fuse(lists)
        for c in cands.values():
            c.signals["match"] = c.score
        by_type: dict[str, set[NodeRef]] = {}
        if graph_needed:
            graph_lists: list[tuple[float, list[NodeRef]]] = []
            seeds = context if context is not None else pending.result() if pending is not None else ({}, {})
            asked = own_context_asked(query)  # "What are my responsibilities?": the role itself
            by_type = self._graph_step(seeds, qv, ctx, depth, config, cands, graph_lists, asked)
            fuse(graph_lists)
        if graph_needed:
            self._scope(cands, by_type, config)
        if config.neighbor_weight > 0:
            self._inherit_neighbours(cands, ctx, NodeLabel.MEMORY, config.neighbor_weight, depth, config)
        if config.chunk_neighbor_weight > 0 and NodeLabel.CHUNK in config.labels:
            self._inherit_neighbours(cands, ctx, NodeLabel.CHUNK, config.chunk_neighbor_weight, depth, config)
        if config.speaker_boost > 0:
            _boost_named_speakers(cands, query, config.speaker_boost)
        if config.document_boost > 0 and NodeLabel.CHUNK in config.labels:
            self._boost_named_documents(cands, query, config)
        ranked = sorted(cands.values(), key=lambda c: -c.score)
        if config.distinct_pages:
            ranked = _distinct_pages(ranked)
        if config.mmr:
            ranked = self._mmr(ranked, qv, config)
        return [self._result(c) for c in ranked[: config.top_k]]

    def _filtered_vector_hits(self, label: NodeLabel, qv: np.ndarray, ctx: CallerContext, depth: int) -> list[Hit]:
        """The vector list of memories or tool calls for a search limited to a session or a
        time: the nodes the context admits in the caller's scopes, by exact cosine with ``qv``
        (as the stores score), best ``depth`` first."""
        where = {_SESSION_ID: ctx.session_id} if ctx.session_id is not None else None
        statuses = ctx.memory_statuses if label == NodeLabel.MEMORY else None
        found = self.store.find_nodes(label, ctx.scopes, where=where, status=statuses, limit=None)
        members = [m for m in found if ctx.admits(m)]
        embs = self.store.get_embeddings(label, [m.id for m in members])
        q = np.asarray(qv, dtype=np.float32)
        q = q / (float(np.linalg.norm(q)) or 1.0)
        hits = []
        for m in members:
            vec = embs.get(m.id)
            if vec is not None:
                hits.append(Hit(m, float(vec @ q) / (float(np.linalg.norm(vec)) or 1.0)))
        hits.sort(key=lambda h: -h.score)
        return hits[:depth]

    def _filtered_keyword_hits(
        self, label: NodeLabel, terms: Sequence[str], ctx: CallerContext, depth: int
    ) -> list[Hit]:
        """The keyword list of memories or tool calls for a search limited to a session or a
        time: the store's BM25 list read deeper (x4 each round) until ``depth`` of the nodes
        the context admits are in it or it holds every match."""
        k = depth
        while True:
            hits = self.store.keyword_search(label, terms, ctx.scopes, k, statuses=ctx.memory_statuses)
            mine = [h for h in hits if ctx.admits(h.node)]
            if len(mine) >= depth or len(hits) < k:
                return mine[:depth]
            k *= 4

    def _graph_step(
        self,
        context: CallerGraph,
        qv: np.ndarray,
        ctx: CallerContext,
        depth: int,
        config: SearchConfig,
        cands: dict[NodeRef, _Candidate],
        lists: list[tuple[float, list[NodeRef]]],
        asked: Iterable[EntityType] = (),
    ) -> dict[str, set[NodeRef]]:
        """Add the list of passages linked to the caller's context entities; returns the
        caller's context entities by type. A passage that applies to the caller's context of
        a kind in ``asked`` (:func:`own_context_asked`) joins the list whatever its cosine."""
        seeds, by_type = context
        about = {ref for etype in asked for ref in by_type.get(etype.value, ())}
        on_topic: set[NodeRef] = set()
        linked = (
            self.store.relationships(dst=list(seeds), types=[RelType.APPLIES_TO, RelType.MENTIONS]) if seeds else []
        )
        graph_refs: dict[NodeRef, list[str]] = {}
        for rel in linked:
            seed_path = seeds[(rel.dst_label, rel.dst_id)]
            # The caller's own context scopes passages (APPLIES_TO); a mention only counts
            # when the query itself names the entity.
            if rel.type == RelType.MENTIONS and not seed_path.startswith("query->"):
                continue
            if rel.src_label in config.labels:
                if rel.type == RelType.APPLIES_TO and (rel.dst_label, rel.dst_id) in about:
                    on_topic.add((rel.src_label, rel.src_id))
                paths = graph_refs.setdefault((rel.src_label, rel.src_id), [])
                path = f"{seed_path}<-{rel.type.value}-{rel.src_label.value}"
                if path not in paths:
                    paths.append(path)
        if graph_refs and config.graph_weight > 0:
            by_label: dict[NodeLabel, list[str]] = {}
            for lab, nid in graph_refs:
                by_label.setdefault(lab, []).append(nid)
            scored: list[tuple[float, NodeRecord]] = []
            for lab, ids in by_label.items():
                nodes = {
                    n.id: n
                    for n in self.store.get_nodes(lab, ids, ctx.scopes)
                    if n.status in (None, "active") and ctx.admits(n)
                }
                embs = self.store.get_embeddings(lab, list(nodes))
                for nid, node in nodes.items():
                    vec = embs.get(nid)
                    scored.append((float(vec @ qv) if vec is not None else -1.0, node))
            # A passage the caller's context links to must still be about the query: its cosine
            # must reach a share of the best vector hit's, or an irrelevant rule of the
            # caller's own department would outrank the relevant general one.
            # The best hit that is another context's rule (another department's version of
            # the same policy) does not set the bar: the caller's own version may read less alike.
            # Only passages of the linked kinds set it: the caller's own short memory ("I work
            # nights mostly") reads much more like a question about them than any rule does.
            others = self._scoped_elsewhere(cands, by_type)
            best = max(
                (c.signals.get("vector", 0.0) for ref, c in cands.items() if ref not in others and ref[0] in by_label),
                default=0.0,
            )
            # A passage on the context the question asks about ("What are my responsibilities?",
            # the asker's role) is about the query whatever its wording.
            floor = config.graph_min_share * best
            # So is one in the section of a passage that matches well and leaves the rule to each
            # context ("How you report sickness depends on your team." over "Office: Email your
            # line manager before 09:30."): the caller's version of the rule it defers to.
            deferring = _deferring_sections([c for c in cands.values() if c.signals.get("vector", 0.0) >= floor])
            if deferring:
                seed_types = {ref: etype for etype, refs in by_type.items() for ref in refs}
                linked_types: dict[NodeRef, set[str]] = {}
                for rel in linked:
                    if rel.type == RelType.APPLIES_TO and (t := seed_types.get((rel.dst_label, rel.dst_id))):
                        linked_types.setdefault((rel.src_label, rel.src_id), set()).add(t)
                on_topic |= {n.ref for _, n in scored if _in_sections(n, deferring, linked_types.get(n.ref, set()))}
            scored = sorted((t for t in scored if t[0] >= floor or t[1].ref in on_topic), key=lambda t: -t[0])[:depth]
            for rank, (_, node) in enumerate(scored, 1):
                c = cand_of(cands, node)
                c.signals["graph_rank"] = rank
                c.paths.extend(sorted(graph_refs[node.ref]))
                if any(p.startswith("query->") and "<-APPLIES_TO-" in p for p in graph_refs[node.ref]):
                    c.signals["named"] = 1.0
            lists.append((config.graph_weight, [n.ref for _, n in scored]))
        return by_type

    def _scoped_elsewhere(self, cands: dict[NodeRef, _Candidate], by_type: dict[str, set[NodeRef]]) -> set[NodeRef]:
        """Candidates that apply only to other entities of a type the caller has (another
        department's rule): one read of their ``APPLIES_TO`` and the targets' types."""
        refs = [ref for ref in cands if ref[0] in (NodeLabel.CHUNK, NodeLabel.IMAGE)]
        if not refs or not by_type:
            return set()
        applies = self.store.relationships(src=refs, types=[RelType.APPLIES_TO])
        mine = {ref for refs_ in by_type.values() for ref in refs_}
        types = {
            r.id: str(r.props.get(_TYPE))
            for r in self.store.get_nodes(NodeLabel.ENTITY, sorted({a.dst_id for a in applies}), None)
        }
        per: dict[NodeRef, dict[str, bool]] = {}
        for a in applies:
            etype = types.get(a.dst_id)
            if etype in by_type:
                own = per.setdefault((a.src_label, a.src_id), {})
                own[etype] = own.get(etype, False) or (NodeLabel.ENTITY, a.dst_id) in mine
        return {ref for ref, own in per.items() if not all(own.values())}

    def _scope(self, cands: dict[NodeRef, _Candidate], by_type: dict[str, set[NodeRef]], config: SearchConfig) -> None:
        """Note what each passage applies to (``APPLIES_TO``), and demote by ``mismatch_factor``
        those that apply only to another entity of a type the caller has (another department,
        role or location), or that except one the caller has (``EXCEPT_FOR``). A passage scoped
        to a type the caller has none of is marked
        ``unknown_context``. A passage that applies to an entity the query names (signal
        ``named``) is neither."""
        refs = [ref for ref in cands if ref[0] in (NodeLabel.CHUNK, NodeLabel.IMAGE)]
        if not refs:
            return
        rels = self.store.relationships(src=refs, types=[RelType.APPLIES_TO, RelType.EXCEPT_FOR])
        if not rels:
            return
        ents = {r.id: r for r in self.store.get_nodes(NodeLabel.ENTITY, sorted({r.dst_id for r in rels}), None)}
        mine = {t for refs_ in by_type.values() for t in refs_}
        per: dict[NodeRef, list[tuple[str, NodeRef]]] = {}
        for r in rels:
            ent = ents.get(r.dst_id)
            if ent is None:
                continue
            if r.type == RelType.EXCEPT_FOR:
                # "..., unless you are on the Warehouse team": not for the caller in it
                c = cands[(r.src_label, r.src_id)]
                c.excepts.append(f"{ent.props.get(_TYPE)}:{_entity_name(ent)}")
                if ent.ref in mine and not c.signals.get("mismatch"):
                    c.score *= config.mismatch_factor
                    c.signals["mismatch"] = 1.0
                continue
            per.setdefault((r.src_label, r.src_id), []).append((str(ent.props.get(_TYPE)), ent.ref))
        for ref, targets in per.items():
            c = cands[ref]
            c.applies = [f"{etype}:{_entity_name(ents[t[1]])}" for etype, t in targets]
            if c.signals.get("named"):
                continue  # the question names what it applies to: asked for, whoever asks
            for etype in {ty for ty, _ in targets}:
                ctx_refs = by_type.get(etype)
                if not ctx_refs:
                    c.signals["unknown_context"] = 1.0
                elif not any(t in ctx_refs for ty, t in targets if ty == etype) and not c.signals.get("mismatch"):
                    c.score *= config.mismatch_factor
                    c.signals["mismatch"] = 1.0
        self._variants([c for c in cands.values() if c.signals.get("unknown_context")], by_type)

    def _variants(self, unknown: list[_Candidate], by_type: dict[str, set[NodeRef]]) -> None:
        """Set each ``unknown_context`` chunk's ``variants``: what the chunks of its section
        (same document and heading path) apply to, in the types the caller has no fact of. One
        read of the sections' chunks and one of their ``APPLIES_TO``."""
        chunks = [c for c in unknown if c.node.label == NodeLabel.CHUNK]
        if not chunks:
            return
        doc_key, section_key = Chunk.prop("document_id"), Chunk.prop("section")

        def section_of(c: _Candidate) -> tuple[str, Any, Any]:
            return (
                str(c.node.props.get(Chunk.prop("owner"))),
                c.node.props.get(doc_key),
                c.node.props.get(section_key),
            )

        siblings: dict[tuple[str, Any, Any], list[str]] = {}
        for owner, doc, section in {section_of(c) for c in chunks}:
            if section is None:
                continue
            where = {doc_key: doc, section_key: section}
            found = self.store.find_nodes(NodeLabel.CHUNK, [owner], where=where, status=["active"], limit=None)
            siblings[(owner, doc, section)] = [n.id for n in found]
        ids = sorted({i for ids in siblings.values() for i in ids})
        applies = self.store.relationships(src=[(NodeLabel.CHUNK, i) for i in ids], types=[RelType.APPLIES_TO])
        ents = {r.id: r for r in self.store.get_nodes(NodeLabel.ENTITY, sorted({a.dst_id for a in applies}), None)}
        by_chunk: dict[str, list[str]] = {}
        for a in applies:
            ent = ents.get(a.dst_id)
            etype = str(ent.props.get(_TYPE)) if ent is not None else ""
            if ent is not None and not by_type.get(etype):
                by_chunk.setdefault(a.src_id, []).append(f"{etype}:{_entity_name(ent)}")
        for c in chunks:
            c.variants = sorted({v for i in siblings.get(section_of(c), []) for v in by_chunk.get(i, [])})

    def _inherit_neighbours(
        self,
        cands: dict[NodeRef, _Candidate],
        ctx: CallerContext,
        label: NodeLabel,
        weight: float,
        depth: int,
        config: SearchConfig,
    ) -> None:
        """A ``label`` node gains ``weight`` x its best NEXT neighbour's fused score; the
        neighbours of the top results join the candidates (the turns around a message, the
        passage before and after a chunk)."""
        ranked = sorted(cands.values(), key=lambda c: -c.score)
        ids = [c.node.id for c in ranked[:depth] if c.node.label == label]
        if not ids:
            return
        adjacent = self.store.neighbours(label, ids, RelType.NEXT)
        base = {c.node.id: c.score for c in cands.values() if c.node.label == label}
        head = [c.node.id for c in ranked[: config.top_k] if c.node.label == label]
        missing = {n for i in head for n in adjacent.get(i, ()) if n not in base}
        if missing:
            for node in self.store.get_nodes(label, sorted(missing), ctx.scopes):
                if node.status in (None, "active") and ctx.admits(node):
                    cands[node.ref] = _Candidate(node)
        links: dict[str, set[str]] = {}
        for i, nbrs in adjacent.items():
            for n in nbrs:
                links.setdefault(i, set()).add(n)
                links.setdefault(n, set()).add(i)
        for nid, nbrs in links.items():
            c = cands.get((label, nid))
            if c is None:
                continue
            best = max((base.get(n, 0.0) for n in nbrs), default=0.0)
            if best > 0:
                bonus = weight * best
                c.score += bonus
                c.signals["neighbor"] = bonus

    def _boost_named_documents(self, cands: dict[NodeRef, _Candidate], query: str, config: SearchConfig) -> None:
        """Raise chunks of the document(s) the query names ("... in Northwind Standard?") by
        ``document_boost``.

        A title's distinctive words are those that fewer than ``title_word_share`` of the
        active titles share; a document is named when the query holds at least
        ``document_title_share`` of them, and only the best-named documents count. Every
        active document of the knowledge base is read (page by page).
        """
        boost = config.document_boost
        docs = _every_node(self.store, NodeLabel.DOCUMENT, [SHARED_SCOPE])
        if not docs:
            return
        words = {
            d.id: set(keyword_terms(f"{d.props.get(_TITLE, '')} {d.props.get(_URI, '').rsplit('/', 1)[-1]}"))
            for d in docs
        }
        df: dict[str, int] = {}
        for ws in words.values():
            for w in ws:
                df[w] = df.get(w, 0) + 1
        asked = set(keyword_terms(query))
        scores: dict[str, float] = {}
        for doc_id, ws in words.items():
            distinctive = {w for w in ws if df[w] < config.title_word_share * len(docs) or len(docs) == 1} - {
                "pdf",
                "md",
                "txt",
            }
            if distinctive:
                share = len(distinctive & asked) / len(distinctive)
                if share >= config.document_title_share:
                    scores[doc_id] = share
        if not scores:
            return
        best = max(scores.values())
        named = {d for d, sc in scores.items() if sc == best}
        titles = {d.id: str(d.props.get(_TITLE)) for d in docs}
        for c in cands.values():
            of_doc = str(c.node.props.get(_DOCUMENT_ID))
            if c.node.label == NodeLabel.CHUNK and of_doc in named:
                c.score *= 1 + boost
                c.signals["document"] = boost
                c.paths.append(f"query->{titles[of_doc]}-HAS_CHUNK->Chunk")

    def _mmr(self, ranked: list[_Candidate], qv: np.ndarray, config: SearchConfig) -> list[_Candidate]:
        pool = ranked[: config.top_k * config.mmr_pool]
        by_label: dict[NodeLabel, list[str]] = {}
        for c in pool:
            by_label.setdefault(c.node.label, []).append(c.node.id)
        embs: dict[NodeRef, np.ndarray] = {}
        for lab, ids in by_label.items():
            for nid, vec in self.store.get_embeddings(lab, ids).items():
                embs[(lab, nid)] = vec
        top = max(c.score for c in pool) or 1.0
        chosen: list[_Candidate] = []
        rest = list(pool)
        while rest and len(chosen) < config.top_k:

            def mmr_score(c: _Candidate) -> float:
                v = embs.get(c.node.ref)
                sim = (
                    max((float(v @ embs[o.node.ref]) for o in chosen if o.node.ref in embs), default=0.0)
                    if v is not None
                    else 0.0
                )
                return config.mmr_lambda * (c.score / top) - (1 - config.mmr_lambda) * sim

            best = max(rest, key=mmr_score)
            chosen.append(best)
            rest.remove(best)
        return chosen + [c for c in ranked if c not in chosen]

    @staticmethod
    def _result(c: _Candidate) -> SearchResult:
        p = c.node.props
        text = str(p.get(_TEXT) or c.node.text or "") + (
            f" [image: {p[_IMAGE_CAPTION]}]" if p.get(_IMAGE_CAPTION) else ""
        )
        paths = c.paths
        if c.node.label == NodeLabel.TOOL_CALL:
            call = ToolCall.model_validate(p)
            text = f"{call.tool} {clip(call.args, 300)} -> {clip(call.error or call.result or '(no result)', 300)}"
            paths = [*paths, f"ToolCall-OF_TOOL->Tool[{call.tool}]"]
            if call.task:
                paths.append(f"ToolCall-FOR_TASK->Task[{clip(call.task, 60)}]")
        return SearchResult(
            id=c.node.id,
            label=c.node.label,
            text=text,
            score=c.score,
            signals=c.signals,
            paths=paths,
            document=p.get(_DOCUMENT_TITLE),
            page=p.get(_PAGE),
            page_end=p.get(_PAGE_END),
            section=p.get(_SECTION),
            uri=p.get(_URI) if c.node.label == NodeLabel.IMAGE else None,
            applies_to=c.applies,
            variants=c.variants,
            except_for=c.excepts,
            properties=p,
        )


def _boost_named_speakers(cands: dict[NodeRef, _Candidate], query: str, boost: float) -> None:
    """Raise messages spoken by someone the query names ("What did Caroline ...")."""
    words = {w.casefold() for w in keyword_terms(query, keep_stopwords=True)}
    for c in cands.values():
        speaker = c.node.props.get(_SPEAKER)
        if speaker and speaker != c.node.props.get(_ROLE) and str(speaker).casefold() in words:
            c.score *= 1 + boost
            c.signals["speaker"] = boost


def _distinct_pages(ranked: list[_Candidate]) -> list[_Candidate]:
    """Drop chunks whose (document, page, section) a better-ranked chunk that applies to the
    same contexts already cites; chunks of documents without pages (Markdown, HTML) are each
    their own citation, and so are a page's rules for different departments, roles or
    locations (the Data Platform rule is no repeat of the Field Service rule above it) and its
    sections' ("Annual leave: in Germany, 30 days" is no repeat of "Lunch: meal vouchers in
    Germany" above it on the page)."""
    seen: set[tuple[object, object, object, frozenset[str]]] = set()
    out = []
    for c in ranked:
        if c.node.label == NodeLabel.CHUNK:
            page = c.node.props.get(_PAGE)
            key = (
                c.node.props.get(_DOCUMENT_ID),
                page if page is not None else c.node.id,
                c.node.props.get(_SECTION),
                frozenset(c.applies),
            )
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return out


def _deferring_sections(cands: Iterable[_Candidate]) -> dict[tuple[Any, str], frozenset[str]]:
    """(document id, section) -> the kinds of context (entity type values) of each chunk among
    ``cands`` one of whose sentences leaves a rule to each context of a kind it names
    (:func:`~memgraph.extraction.applicability.deferred_kinds`: "depends on your team")."""
    out: dict[tuple[Any, str], frozenset[str]] = {}
    for c in cands:
        props = c.node.props
        if c.node.label != NodeLabel.CHUNK or not props.get(_SECTION):
            continue
        kinds = {k.value for k in passage_deferred_kinds(str(props.get(Chunk.prop("text"), "")))}
        if kinds:
            key = (props.get(Chunk.prop("document_id")), str(props.get(_SECTION)))
            out[key] = out.get(key, frozenset()) | kinds
    return out


def _in_sections(node: NodeRecord, sections: dict[tuple[Any, str], frozenset[str]], kinds: set[str]) -> bool:
    """Whether a chunk that applies to contexts of ``kinds`` stands in one of ``sections`` (or
    under it) whose rule is left to a context of one of those kinds."""
    if node.label != NodeLabel.CHUNK or not sections or not kinds:
        return False
    doc, section = node.props.get(Chunk.prop("document_id")), node.props.get(_SECTION)
    return any(
        doc == d and within_section(str(section) if section else None, s) and kinds & left
        for (d, s), left in sections.items()
    )


def cand_of(cands: dict[NodeRef, _Candidate], node: NodeRecord) -> _Candidate:
    c = cands.get(node.ref)
    if c is None:
        c = cands[node.ref] = _Candidate(node)
    return c
