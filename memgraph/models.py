"""The one definition of every node and relationship in the MemGraph property graph.

Naming follows Neo4j's style guide: labels PascalCase (:class:`NodeLabel`), relationship
types UPPER_SNAKE_CASE (:class:`RelType`), properties camelCase (pydantic aliases generated
from the snake_case field names). Labels and relationship types only ever reach a query
through these enums, never from user input.

Every node has ``id`` (unique per label), ``createdAt``/``updatedAt`` (timezone-aware UTC)
and ``owner``, the scope it belongs to: ``user:<id>``, ``agent:<id>`` or :data:`SHARED_SCOPE`
for the knowledge base and organisation entities that every user of the store may read.

Models are plain data: persistence lives in ``memgraph.stores``.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from enum import Enum
from typing import Any, ClassVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator
from pydantic.alias_generators import to_camel

SHARED_SCOPE = "shared"
"""Owner scope of knowledge-base documents, chunks and organisation entities."""

SYSTEM_SCOPE = "system"
"""Owner scope of the REST server's API keys: read by the server's key check only."""


class _Named(str, Enum):
    """An enum of strings that prints as its value (``Chunk``, not ``NodeLabel.CHUNK``)."""

    def __str__(self) -> str:
        return str(self.value)


class NodeLabel(_Named):
    """Every node label in the graph."""

    USER = "User"
    AGENT = "Agent"
    SESSION = "Session"
    MEMORY = "Memory"
    ENTITY = "Entity"
    DOCUMENT = "Document"
    CHUNK = "Chunk"
    IMAGE = "Image"
    TOOL = "Tool"
    TOOL_CALL = "ToolCall"
    TOOL_RESULT = "ToolResult"
    TASK = "Task"
    FEEDBACK = "Feedback"
    HISTORY = "HistoryEvent"
    ANSWER_EVENT = "AnswerEvent"
    API_KEY = "ApiKey"


class EntityType(_Named):
    """Second label of an :class:`Entity` node (``(:Entity:Department)`` in Neo4j)."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    DEPARTMENT = "Department"
    ROLE = "Role"
    GRADE = "Grade"
    LOCATION = "Location"
    SCHEDULE = "Schedule"
    """A working pattern people are on: a shift pattern, a rota ("Permanent nights")."""
    CATEGORY = "Category"
    """A class a document sorts its people by that is none of the others: a vehicle class, a
    contract type, an employment status ("Class 1", "Fixed-term")."""
    PRODUCT = "Product"
    EVENT = "Event"
    DATE = "Date"
    OTHER = "Other"


class RelType(_Named):
    """Every relationship type in the graph."""

    OWNS = "OWNS"
    IN_SESSION = "IN_SESSION"
    MENTIONS = "MENTIONS"
    WORKS_IN = "WORKS_IN"
    HAS_ROLE = "HAS_ROLE"
    HAS_GRADE = "HAS_GRADE"
    LOCATED_IN = "LOCATED_IN"
    PREFERS = "PREFERS"
    HAS_CHUNK = "HAS_CHUNK"
    NEXT = "NEXT"
    APPLIES_TO = "APPLIES_TO"
    EXCEPT_FOR = "EXCEPT_FOR"
    PART_OF = "PART_OF"
    HAS_IMAGE = "HAS_IMAGE"
    ATTACHED = "ATTACHED"
    DERIVED_FROM = "DERIVED_FROM"
    SUPERSEDES = "SUPERSEDES"
    CALLED = "CALLED"
    OF_TOOL = "OF_TOOL"
    FOR_TASK = "FOR_TASK"
    ABOUT = "ABOUT"
    GIVEN_BY = "GIVEN_BY"
    MERGED_FROM = "MERGED_FROM"
    RETURNED = "RETURNED"
    RELATES_TO = "RELATES_TO"
    """Between two entities of the knowledge-graph tools (:mod:`memgraph.kg`): their free-text
    relation types in the ``relationTypes`` property."""


FAMILY_PROPERTY = "family"
"""A ``PART_OF`` property: true when its source role is a job family ("Design, Product, Data and
Analytics"), whose titles are its members by their words (:mod:`memgraph.recall.families`)."""
GRADES_PROPERTY = "grades"
"""A ``PART_OF`` property: the grade names at which the membership holds ("L3" ... "L7"); absent
when it holds at every grade."""


FACT_RELS: tuple[RelType, ...] = (
    RelType.WORKS_IN,
    RelType.HAS_ROLE,
    RelType.HAS_GRADE,
    RelType.LOCATED_IN,
    RelType.PREFERS,
)
"""Relationships that state a fact about a user or person; they carry validity and a source."""

SINGLE_VALUED_FACTS: frozenset[RelType] = frozenset(
    {RelType.WORKS_IN, RelType.HAS_ROLE, RelType.HAS_GRADE, RelType.LOCATED_IN}
)
"""A new fact of these types closes the previous one (``validTo``) instead of adding beside it."""


SHARED_ENTITY_TYPES: frozenset[EntityType] = frozenset(
    {EntityType.DEPARTMENT, EntityType.ROLE, EntityType.GRADE, EntityType.LOCATION, EntityType.ORGANIZATION}
)
"""Organisation entities: they live in the shared scope; other entities belong to the user who named them."""


class MemoryKind(_Named):
    """What a memory is: a stated fact, an event, a preference, a chat message or a correction."""

    FACT = "fact"
    EVENT = "event"
    PREFERENCE = "preference"
    MESSAGE = "message"
    CORRECTION = "correction"


class MemoryStatus(_Named):
    """Lifecycle of a memory: only ``active`` memories are searched."""

    ACTIVE = "active"
    SUPERSEDED = "superseded"
    DELETED = "deleted-tombstone"


class DocumentStatus(_Named):
    """Lifecycle of a document version and its chunks: only ``active`` ones are searched."""

    ACTIVE = "active"
    NEEDS_REVIEW = "needs_review"
    SUPERSEDED = "superseded"
    RETIRED = "retired"


def held_at(valid_from: datetime | None, valid_to: datetime | None, when: datetime) -> bool:
    """Whether a validity interval ``[valid_from, valid_to)`` holds the time ``when`` (an open
    end holds): the valid-time test of facts and memories ``as_of`` a time."""
    return (valid_from is None or valid_from <= when) and (valid_to is None or valid_to > when)


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(timezone.utc)


def new_id() -> str:
    """A fresh random node id (32 hex characters, uuid4)."""
    return uuid.uuid4().hex


def entity_id(scope: str, etype: EntityType, key: str) -> str:
    """Deterministic id of an entity: ``Department:operations`` in the shared scope, else
    ``<scope>|Person:caroline`` (so two users' "Mom" are two nodes)."""
    base = f"{etype.value}:{key}"
    return base if scope == SHARED_SCOPE else f"{scope}|{base}"


def user_scope(user_id: str) -> str:
    """Owner scope string of a user: ``user:<id>``."""
    return f"user:{user_id}"


def agent_scope(agent_id: str) -> str:
    """Owner scope string of an agent: ``agent:<id>``."""
    return f"agent:{agent_id}"


class GraphModel(BaseModel):
    """Base of every model: camelCase aliases, assignment validation, no unknown fields."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        validate_assignment=True,
        extra="forbid",
        use_enum_values=False,
    )


class Node(GraphModel):
    """Fields shared by every node."""

    LABEL: ClassVar[NodeLabel]
    EMBEDDED: ClassVar[bool] = False

    id: str = Field(default_factory=new_id, min_length=1, max_length=512)
    owner: str = Field(min_length=1)
    created_at: AwareDatetime = Field(default_factory=utcnow)
    updated_at: AwareDatetime = Field(default_factory=utcnow)

    @field_validator("created_at", "updated_at", mode="after")
    @classmethod
    def _to_utc(cls, value: datetime) -> datetime:
        return value.astimezone(timezone.utc)

    @classmethod
    def prop(cls, field: str) -> str:
        """The stored property key of one of this model's fields, for store queries:
        ``Memory.prop("content_hash")`` is ``"contentHash"``.

        Raises:
            KeyError: the model has no such field (a renamed field fails where it is used,
                instead of a query that silently matches nothing).
        """
        info = cls.model_fields.get(field)
        if info is None:
            raise KeyError(f"{cls.__name__} has no field {field!r}")
        return info.alias or field

    def properties(self) -> dict[str, Any]:
        """The node's properties as stored: camelCase keys, JSON-compatible values, no embedding."""
        return self.model_dump(by_alias=True, mode="json", exclude={"embedding"})

    def search_text(self) -> str | None:
        """Text indexed for keyword and vector search, or None when the node is not searchable."""
        return None

    def lifecycle_status(self) -> str | None:
        """The status stores filter searches by (only None and ``active`` are searched by
        default): the node's ``status`` field, when it has one that means its lifecycle."""
        status = getattr(self, "status", None)
        return status.value if isinstance(status, Enum) else status


class User(Node):
    """A person using the store; ``id`` is the caller's user id, ``name`` how memories name them."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.USER
    name: str | None = None


class Agent(Node):
    """An agent that owns memories of its own (scope ``agent:<id>``)."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.AGENT
    name: str | None = None


class Session(Node):
    """A conversation; its messages are ``IN_SESSION`` and chained by ``NEXT``."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.SESSION
    user_id: str | None = None
    agent_id: str | None = None
    started_at: AwareDatetime | None = None


class Memory(Node):
    """A remembered statement, message or fact, owned by a user or an agent."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.MEMORY
    EMBEDDED: ClassVar[bool] = True

    text: str
    kind: MemoryKind = MemoryKind.FACT
    status: MemoryStatus = MemoryStatus.ACTIVE
    user_id: str | None = None
    agent_id: str | None = None
    session_id: str | None = None
    role: str | None = None
    speaker: str | None = None
    image_caption: str | None = None
    """What an image shared with the message shows (a caption); searched with the text."""
    content_hash: str = ""
    statement_key: str = ""
    """Hash of the statement's content words (:func:`memgraph.text.textutil.statement_key`): a
    statement with the same key says the same thing with other filler; "" for chat messages."""
    valid_from: AwareDatetime | None = None
    """Valid time: when what it says began to hold (when it was said, unless a time was given)."""
    valid_to: AwareDatetime | None = None
    """Valid time: when it stopped holding (superseded), or None while it holds."""
    recorded_at: AwareDatetime | None = None
    """Record time: when MemGraph stored it (a transcript imported today of a talk last year
    has ``valid_from`` last year and ``recorded_at`` today)."""
    version: int = 1
    lineage: str = ""
    metadata: dict[str, Any] = Field(default_factory=dict)
    mentions: int = Field(default=1, ge=1)
    """How many times it was said: a statement said again (the same words, or the same content
    words in another order, see :mod:`memgraph.intake.lifecycle`) counts here instead of
    becoming a new memory."""
    last_seen_at: AwareDatetime | None = None
    """When it was last said again (None: said once)."""
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    """How sure the store is of the memory: None until someone confirms it (feedback), then
    raised by each confirmation (see :mod:`memgraph.correction.feedback`)."""

    def full_text(self) -> str:
        """The text, and ``[image: caption]`` when the message carried an image."""
        return f"{self.text} [image: {self.image_caption}]" if self.image_caption else self.text

    def search_text(self) -> str | None:
        # A superseded version stays in the keyword index (searches as of a past time find
        # it under a status filter); a forgotten one is gone.
        return self.full_text() if self.status in (MemoryStatus.ACTIVE, MemoryStatus.SUPERSEDED) else None


class Entity(Node):
    """A named thing: person, department, role, location, ... ``type`` is its second label."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.ENTITY
    name: str
    type: EntityType = EntityType.OTHER
    key: str = ""
    aliases: list[str] = Field(default_factory=list)
    entity_type: str | None = None
    """The free-text type an entity of the knowledge-graph tools (:mod:`memgraph.kg`) was
    created with; None for other entities, and for a name only a relation gave so far."""
    observations: list[str] = Field(default_factory=list)
    """What the knowledge-graph tools observed about the entity, in order."""
    kg_order: int | None = None
    """Creation order among the owner's knowledge-graph entities."""


class Document(Node):
    """A knowledge-base document; one node per version. ``needs_review`` is set while
    feedback on one of its passages waits in the review queue (the document keeps answering)."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.DOCUMENT
    title: str
    uri: str
    sha256: str
    version: int = 1
    status: DocumentStatus = DocumentStatus.ACTIVE
    media_type: str = "text/plain"
    pages: int | None = None
    chunk_count: int = 0
    tags: list[str] = Field(default_factory=list)
    metadata: dict[str, Any] = Field(default_factory=dict)
    needs_review: bool = False


SECTION_SEP = " > "
"""How ``Chunk.section`` joins a heading path."""


def within_section(section: str | None, parent: str) -> bool:
    """Whether the heading path ``section`` is ``parent`` or lies under it ("Sickness > Office"
    under "Sickness"; not "Sickness pay")."""
    return section is not None and (section == parent or section.startswith(parent + SECTION_SEP))


class Chunk(Node):
    """A passage of a document: a section's text, with the page it starts on (1-based)."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.CHUNK
    EMBEDDED: ClassVar[bool] = True
    text: str
    document_id: str
    document_title: str
    seq: int
    page: int | None = None
    page_end: int | None = None
    section: str | None = None
    """The heading path, outermost first, joined by :data:`SECTION_SEP` ("Annual leave > Field Service")."""
    status: DocumentStatus = DocumentStatus.ACTIVE
    needs_review: bool = False
    """Feedback says the passage may be outdated or wrong and waits in the review queue; the
    passage still answers, and answers say it is under review."""
    review_since: AwareDatetime | None = None
    """When the first open feedback on the passage was given."""
    review_flaggers: int = 0
    """How many people have flagged the passage since :attr:`review_since`."""

    def search_text(self) -> str | None:
        return self.text if self.status == DocumentStatus.ACTIVE else None


class Image(Node):
    """An image, one node per owner and distinct sha256 (per document version for images
    inside a document); searchable through its OCR text and caption.

    ``uri`` is the file it came from (for an image inside a document, the document's file,
    with ``page`` the first 1-based page it is on and ``pages`` all of them). ``status``
    follows the document (``None`` for images people share).
    """

    LABEL: ClassVar[NodeLabel] = NodeLabel.IMAGE
    EMBEDDED: ClassVar[bool] = True
    sha256: str
    uri: str | None = None
    ocr_text: str = ""
    caption: str | None = None
    width: int | None = None
    height: int | None = None
    media_type: str | None = None
    exif: dict[str, Any] = Field(default_factory=dict)
    page: int | None = None
    pages: list[int] = Field(default_factory=list)
    document_id: str | None = None
    document_title: str | None = None
    status: DocumentStatus | None = None

    def search_text(self) -> str | None:
        if self.status not in (None, DocumentStatus.ACTIVE):
            return None
        parts = [p for p in (self.caption, self.ocr_text) if p]
        return "\n".join(parts) or None


class ToolCallStatus(_Named):
    """How a tool call ended."""

    OK = "ok"
    ERROR = "error"
    """The tool raised or answered with an error (``error`` holds its text)."""
    UNKNOWN = "unknown"
    """No result was recorded (a log that ends before the tool answered)."""


class TaskOutcome(_Named):
    """How the run of calls that served a task ended, when known."""

    SOLVED = "solved"
    FAILED = "failed"
    UNKNOWN = "unknown"


class Tool(Node):
    """A tool an agent can call, one node per owner scope and name.

    ``writes`` says whether a call changes outside state: ``False`` (a read, its results may
    be served from the cache for ``ttl_seconds``), ``True``, or ``None`` for a tool seen in a
    log but never registered, which is treated as writing (never cached; its calls invalidate
    cached results). ``calls``, ``errors`` and ``last_called_at`` are kept with every record.
    """

    LABEL: ClassVar[NodeLabel] = NodeLabel.TOOL
    name: str
    description: str | None = None
    parameters: dict[str, Any] = Field(default_factory=dict)
    """JSON Schema of the arguments (OpenAI ``parameters``, MCP ``inputSchema``)."""
    writes: bool | None = None
    ttl_seconds: float | None = Field(default=300.0, ge=0)
    """How long a result stays servable from the cache; 0: never served; None: no expiry (a
    pure function such as arithmetic)."""
    calls: int = Field(default=0, ge=0)
    errors: int = Field(default=0, ge=0)
    last_called_at: AwareDatetime | None = None

    def search_text(self) -> str | None:
        return f"{self.name} {self.description or ''}".strip()


class Task(Node):
    """One request and the run of tool calls that served it (``ToolCall -FOR_TASK-> Task``,
    the calls chained by ``NEXT``), with the run's outcome when known. Embedded: runs of
    similar requests are found by the text of the request."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.TASK
    EMBEDDED: ClassVar[bool] = True
    text: str
    outcome: TaskOutcome = TaskOutcome.UNKNOWN
    reward: float | None = None
    user_id: str | None = None
    agent_id: str | None = None
    session_id: str | None = None
    started_at: AwareDatetime | None = None
    tools: list[str] = Field(default_factory=list)
    """Names of the tools called, in call order."""
    call_count: int = 0
    errors: list[str] = Field(default_factory=list)
    """Error texts of the run's failed calls, in order."""
    metadata: dict[str, Any] = Field(default_factory=dict)
    request_given: bool = True
    """False when the log named no request: ``text`` then lists the tools called."""
    run_hash: str | None = None
    """For an imported run: the sha256 of its content (request, session, calls), so importing
    the same log again skips the runs already stored."""

    def search_text(self) -> str | None:
        return self.text


class ToolCall(Node):
    """One call of a tool: canonical arguments (JSON, secrets redacted) and their sha256, the
    result (whole up to :data:`memgraph.tools.calls.INLINE_RESULT_CHARS` characters; a longer one
    is kept once in a ``ToolResult`` node the call ``RETURNED``, with a prefix here), status,
    error text, timing (``started_at``, ``latency_ms``) and the identifiers its arguments and
    result name (what a later writing call must touch to make a cached result stale)."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.TOOL_CALL
    EMBEDDED: ClassVar[bool] = True
    tool: str
    args: str = "{}"
    args_hash: str = ""
    result: str | None = None
    result_size: int | None = None
    """Size of the whole result in UTF-8 bytes."""
    result_sha256: str | None = None
    result_truncated: bool = False
    """``result`` is a prefix; the whole text is in the ``ToolResult`` node (``result_sha256``)."""
    result_is_json: bool = False
    """The result is the JSON text of a value (a Python function's return value), not text."""
    result_kept: bool = True
    """False when the result was larger than the store keeps: only prefix, size and hash remain."""
    status: ToolCallStatus = ToolCallStatus.OK
    error: str | None = None
    latency_ms: float | None = Field(default=None, ge=0)
    started_at: AwareDatetime | None = None
    writes: bool = True
    """Copied from the tool (unknown counts as writing) so cache checks find writes by property."""
    identifiers: list[str] = Field(default_factory=list)
    """Case-folded identifiers the call names: of its arguments and result for a reading call,
    of its arguments for a writing one (what it touched)."""
    identifiers_complete: bool = True
    """False when the call named more identifiers than are kept: any later write makes it stale."""
    task_id: str | None = None
    task: str | None = None
    """The task's request text (first 500 characters), for search."""
    seq: int = 0
    """Position in its run (0-based)."""
    call_id: str | None = None
    """The id the caller or log gave the call (OpenAI ``tool_call_id``, JSON-RPC ``id``)."""
    user_id: str | None = None
    agent_id: str | None = None
    session_id: str | None = None

    def search_text(self) -> str | None:
        # The error and the start of the result are searchable too ("not enough seats").
        parts = (self.tool, self.args, self.task or "", self.error or "", (self.result or "")[:1000])
        return " ".join(p for p in parts if p)

    def lifecycle_status(self) -> str | None:
        return None  # ``status`` says how the call ended; every call stays searchable


class ToolResult(Node):
    """The whole text of a large tool result, stored once per owner and sha256 (calls that
    returned the same text share it)."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.TOOL_RESULT
    sha256: str
    size: int
    content: str


class FeedbackKind(_Named):
    """What a piece of natural-language feedback asks for (see :mod:`memgraph.extraction.feedback`)."""

    CORRECTION = "correction"
    """A personal fact or memory is wrong: "No, I'm in Technology now", "I said Bristol, not Antwerp"."""
    KNOWLEDGE = "knowledge"
    """A knowledge-base passage is outdated or wrong: "the meal allowance you quoted is outdated"."""
    FORGET = "forget"
    """Forget something the person said: "forget my home address"."""
    CONFIRM = "confirm"
    """What was said is right: "yes, that's right"."""
    PREFERENCE = "preference"
    """How the assistant should answer: "answer in one sentence"."""


class FeedbackStatus(_Named):
    """Where a :class:`Feedback` node stands: knowledge-base feedback waits in the review
    queue (``open``) until an owner accepts or rejects it; other feedback is ``applied`` at once."""

    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    APPLIED = "applied"
    UNDONE = "undone"


class Feedback(Node):
    """Natural-language feedback about a node (``ABOUT``) given by a user (``GIVEN_BY``),
    owned by the user who gave it. Repeated flags of one person on one passage are one node
    (``count`` and ``last_at`` grow)."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.FEEDBACK
    text: str
    kind: FeedbackKind = FeedbackKind.KNOWLEDGE
    status: FeedbackStatus = FeedbackStatus.OPEN
    target_id: str | None = None
    target_label: NodeLabel | None = None
    user_id: str | None = None
    session_id: str | None = None
    count: int = 1
    last_at: AwareDatetime | None = None
    verdict: str | None = None
    """The reviewer's reason on reject, or what accept did."""


class HistoryKind(_Named):
    """What a :class:`HistoryEvent` records."""

    ADD = "ADD"
    UPDATE = "UPDATE"
    DELETE = "DELETE"
    FEEDBACK = "FEEDBACK"
    REVIEW = "REVIEW"
    MERGE = "MERGE"
    UNDO = "UNDO"


class HistoryEvent(Node):
    """One entry of the audit trail: what happened to a node, who did it, when and why.

    ``memory_id`` is the node the entry is about (a memory; for feedback on the knowledge
    base, the passage) and ``lineage`` its version chain; ``before`` and ``after`` name the
    nodes and facts an operation replaced and wrote (``undo`` reads them). Holds no memory
    text after a delete (content-free)."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.HISTORY
    memory_id: str
    lineage: str
    event: HistoryKind
    old_text: str | None = None
    new_text: str | None = None
    actor: str | None = None
    reason: str | None = None
    operation: str | None = None
    """What exactly was done, for ``undo``: ``correction`` (a correction memory written),
    ``revision`` (a new version of a memory), ``forget``, ``confirm``, ``preference``,
    ``knowledge`` (a passage flagged), ``merge`` (the merged memory's entry), ``merged_into``
    (a merged memory's own entry), ``undo``; None for plain ADD / UPDATE / DELETE."""
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    undone_by: str | None = None
    """The UNDO entry that reversed this one."""
    at: AwareDatetime = Field(default_factory=utcnow)


class AnswerEvent(Node):
    """What one :meth:`MemGraph.ask` answered from, kept so that feedback ("that's outdated")
    can tell what it is about: the question, the passages and memories cited, and the facts
    used (the memories they come from). Owned by the asker."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.ANSWER_EVENT
    question: str
    user_id: str
    agent_id: str | None = None
    session_id: str | None = None
    chunk_ids: list[str] = Field(default_factory=list)
    memory_ids: list[str] = Field(default_factory=list)
    fact_sources: list[str] = Field(default_factory=list)
    found: bool = True


class ApiKey(Node):
    """A key of the REST server (``memgraph keys create``), owned by :data:`SYSTEM_SCOPE`: the
    sha256 of its secret (never the secret), the one user or agent scope it acts for, and
    whether it may also do what only admins do (knowledge-base writes, review, Cypher)."""

    LABEL: ClassVar[NodeLabel] = NodeLabel.API_KEY
    name: str | None = None
    secret_sha256: str
    user_id: str | None = None
    agent_id: str | None = None
    admin: bool = False
    revoked_at: AwareDatetime | None = None


NODE_MODELS: dict[NodeLabel, type[Node]] = {
    m.LABEL: m
    for m in (
        User,
        Agent,
        Session,
        Memory,
        Entity,
        Document,
        Chunk,
        Image,
        Tool,
        ToolCall,
        ToolResult,
        Task,
        Feedback,
        HistoryEvent,
        AnswerEvent,
        ApiKey,
    )
}
"""Model class of every label."""

EMBEDDED_LABELS: tuple[NodeLabel, ...] = tuple(lb for lb, m in NODE_MODELS.items() if m.EMBEDDED)
"""Labels whose nodes carry an ``embedding`` property and are vector-searchable."""


class Relationship(GraphModel):
    """A typed, directed relationship between two nodes, with optional validity and source."""

    type: RelType
    src_label: NodeLabel
    src_id: str
    dst_label: NodeLabel
    dst_id: str
    valid_from: AwareDatetime | None = None
    valid_to: AwareDatetime | None = None
    source_id: str | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    properties: dict[str, Any] = Field(default_factory=dict)

    @classmethod
    def link(cls, rtype: RelType, src: tuple[NodeLabel, str], dst: tuple[NodeLabel, str], **props: Any) -> Relationship:
        """A relationship between two nodes named by (label, id); ``props`` are model fields
        (valid_from, source_id, ...)."""
        return cls(type=rtype, src_label=src[0], src_id=src[1], dst_label=dst[0], dst_id=dst[1], **props)

    @classmethod
    def between(cls, rtype: RelType, src: Node, dst: Node, **props: Any) -> Relationship:
        """A relationship from model node ``src`` to model node ``dst`` (see :meth:`link`)."""
        return cls.link(rtype, (src.LABEL, src.id), (dst.LABEL, dst.id), **props)

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """Identity of the relationship: at most one of each type between two nodes per source."""
        return (self.type.value, self.src_label.value, self.src_id, self.dst_label.value, self.dst_id)

    def stored_properties(self) -> dict[str, Any]:
        """Properties as stored: validity, source, confidence and the free properties, camelCase."""
        props = dict(self.properties)
        for name in ("valid_from", "valid_to", "source_id", "confidence"):
            value = getattr(self, name)
            if value is not None:
                props[to_camel(name)] = value.isoformat() if isinstance(value, datetime) else value
        return props


def node_from_properties(label: NodeLabel, props: dict[str, Any]) -> Node:
    """Rebuild a typed node from stored properties (camelCase keys).

    Raises:
        KeyError: the label has no model.
        pydantic.ValidationError: the properties do not fit the model.
    """
    return NODE_MODELS[label].model_validate(props)
