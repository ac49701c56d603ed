"""Request and response bodies of the REST API, kept apart from the core models: the wire
format can stay stable while the graph model grows. Field names are snake_case as in the
Python API; times are ISO 8601 with a zone."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from typing_extensions import Self

from ...models import ToolCall
from ...recall.answer import Answer
from ...recall.retrieval import SearchResult


class Out(BaseModel):
    """Base of response bodies read from a core model field by field (same names; enums as
    their values): ``MemoryOut.of(memory)``."""

    model_config = ConfigDict(from_attributes=True)

    @field_validator("*", mode="before")
    @classmethod
    def _enum_value(cls, value: Any) -> Any:
        return value.value if isinstance(value, Enum) else value

    @classmethod
    def of(cls, obj: Any) -> Self:
        return cls.model_validate(obj)


class Body(BaseModel):
    """Base of request bodies: unknown fields are refused (422 naming them)."""

    model_config = ConfigDict(extra="forbid")


class Message(Body):
    role: Literal["user", "assistant", "system", "tool"]
    content: str = Field(min_length=1)
    timestamp: datetime | None = None
    name: str | None = None


class AddRequest(Body):
    content: str | list[Message] = Field(description="a statement, or chat messages")
    session_id: str | None = None
    metadata: dict[str, Any] | None = None
    timestamp: datetime | None = None
    kind: Literal["fact", "preference", "event", "correction"] | None = None


class UpdateRequest(Body):
    text: str = Field(min_length=1)


class MergeRequest(Body):
    memory_ids: list[str] = Field(min_length=2, description="two or more of the caller's memory ids")
    text: str | None = Field(default=None, min_length=1, description="the merged text (default: theirs joined)")


class AcceptRequest(Body):
    new_text: str | None = Field(default=None, min_length=1, description="corrected passage (none: retire it)")


class RejectRequest(Body):
    reason: str = Field(min_length=1)


class SearchRequest(Body):
    query: str = Field(min_length=1)
    top_k: int | None = Field(default=None, ge=1, le=1000, strict=True)
    session_id: str | None = None
    include_knowledge_base: bool = True


class AskRequest(Body):
    question: str = Field(min_length=1)
    session_id: str | None = None
    top_k: int | None = Field(default=None, ge=1, le=1000, strict=True)


class FeedbackRequest(Body):
    text: str = Field(min_length=1)
    session_id: str | None = None
    target_id: str | None = None


class ToolCallRequest(Body):
    tool: str
    args: dict[str, Any] = Field(default_factory=dict)
    result: Any = None
    error: str | None = None
    latency_ms: float | None = Field(default=None, ge=0)
    task: str | None = None
    task_id: str | None = None
    session_id: str | None = None


class ToolRegisterRequest(Body):
    description: str | None = None
    parameters: dict[str, Any] | None = Field(default=None, description="JSON Schema of its arguments")
    writes: bool | None = Field(default=None, description="changes outside state (None: unknown, treated as writing)")
    ttl_seconds: float | None = Field(
        default=300.0, ge=0, description="how long results stay servable (None: no expiry)"
    )


class LookupRequest(Body):
    tool: str
    args: dict[str, Any] = Field(default_factory=dict)


class FinishRequest(Body):
    outcome: Literal["solved", "failed", "unknown"]
    reward: float | None = None


class TaskQuery(Body):
    task: str = Field(min_length=1)
    k: int = Field(default=5, ge=1, le=1000, strict=True)


class SuggestQuery(TaskQuery):
    writes: bool | None = None


class CypherRequest(Body):
    query: str = Field(min_length=1)
    params: dict[str, Any] = Field(default_factory=dict)
    limit: int = Field(default=1000, ge=1, le=100_000, strict=True)


class MemoryOut(Out):
    id: str
    text: str
    kind: str
    status: str
    session_id: str | None
    version: int
    created_at: datetime
    valid_from: datetime | None
    valid_to: datetime | None
    metadata: dict[str, Any]


class SearchHit(BaseModel):
    id: str
    label: str
    text: str
    score: float
    signals: dict[str, float]
    paths: list[str]
    source: str
    explain: str

    @classmethod
    def of(cls, r: SearchResult) -> SearchHit:
        return cls(
            id=r.id,
            label=r.label.value,
            text=r.text,
            score=r.score,
            signals=r.signals,
            paths=r.paths,
            source=r.citation(),
            explain=r.explain(),
        )


class CitationOut(BaseModel):
    number: int
    id: str
    label: str
    source: str
    text: str
    review: str | None


class AnswerOut(BaseModel):
    answer: str
    found: bool
    answer_id: str | None
    citations: list[CitationOut]
    facts: list[str]
    used_llm: bool

    @classmethod
    def of(cls, a: Answer) -> AnswerOut:
        return cls(
            answer=a.answer,
            found=a.found,
            answer_id=a.answer_id,
            citations=[
                CitationOut(
                    number=c.number, id=c.id, label=c.label.value, source=c.describe(), text=c.text, review=c.review
                )
                for c in a.citations
            ],
            facts=[f"{f.relation} {f.entity}" for f in a.facts],
            used_llm=a.used_llm,
        )


class ToolOut(Out):
    name: str
    description: str | None
    writes: bool | None
    ttl_seconds: float | None
    calls: int
    errors: int


class ToolCallOut(BaseModel):
    id: str
    tool: str
    args: dict[str, Any]
    status: str
    result: str | None
    result_truncated: bool
    error: str | None
    latency_ms: float | None
    started_at: datetime | None
    task_id: str | None

    @classmethod
    def of(cls, c: ToolCall) -> ToolCallOut:
        import json

        return cls(
            id=c.id,
            tool=c.tool,
            args=json.loads(c.args),
            status=c.status.value,
            result=c.result,
            result_truncated=c.result_truncated,
            error=c.error,
            latency_ms=c.latency_ms,
            started_at=c.started_at,
            task_id=c.task_id,
        )


class TaskOut(Out):
    id: str
    text: str
    outcome: str
    tools: list[str]


class HistoryOut(Out):
    id: str
    memory_id: str
    event: str
    at: datetime
    old_text: str | None
    new_text: str | None
    actor: str | None
    reason: str | None
    operation: str | None


class DocumentOut(Out):
    id: str
    title: str
    version: int
    status: str
    media_type: str
    pages: int | None
    chunk_count: int
    needs_review: bool
    created_at: datetime


class ImageOut(Out):
    id: str
    sha256: str
    caption: str | None
    ocr_text: str
    width: int | None
    height: int | None
    media_type: str | None
    created_at: datetime


class SessionOut(BaseModel):
    session_id: str | None
    memories: list[MemoryOut]


class Health(BaseModel):
    status: Literal["ok"]
    store: str = Field(description="the kind of store: sqlite or a Neo4j scheme")
    auth: bool
    version: str


class Problem(BaseModel):
    """An RFC 9457 problem detail (``application/problem+json``)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
