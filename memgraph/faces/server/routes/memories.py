"""``/v1/memories`` and the owner's lifecycle: add, list, get, update, delete, history, facts,
merge, undo, forget."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ....errors import InvalidInputError
from ...jsonable import to_jsonable
from ..deps import MG, Limit, Offset, Who
from ..schemas import AddRequest, HistoryOut, MemoryOut, MergeRequest, UpdateRequest

router = APIRouter(tags=["memories"])


@router.post("/v1/memories", status_code=201)
def add_memory(body: AddRequest, who: Who, mg: MG) -> list[MemoryOut]:
    """Remember a statement or chat messages (one transaction)."""
    content: Any = (
        body.content if isinstance(body.content, str) else [m.model_dump(exclude_none=True) for m in body.content]
    )
    mems = mg.add(
        content,
        session_id=body.session_id,
        metadata=body.metadata,
        timestamp=body.timestamp,
        kind=body.kind,
        **who.owner,
    )
    return [MemoryOut.of(m) for m in mems]


@router.get("/v1/memories")
def list_memories(
    who: Who, mg: MG, limit: Limit = 100, offset: Offset = 0, session_id: str | None = None
) -> list[MemoryOut]:
    """The caller's current memories, newest first."""
    return [MemoryOut.of(m) for m in mg.list(limit=limit, offset=offset, session_id=session_id, **who.owner)]


@router.post("/v1/memories/merge", status_code=201)
def merge_memories(body: MergeRequest, who: Who, mg: MG) -> MemoryOut:
    """One memory from several of the caller's (they are kept, superseded; undo with the MERGE entry)."""
    return MemoryOut.of(mg.merge(body.memory_ids, text=body.text, **who.owner))


@router.get("/v1/memories/{memory_id}")
def get_memory(memory_id: str, who: Who, mg: MG) -> MemoryOut:
    """One of the caller's memories."""
    return MemoryOut.of(mg.get(memory_id, **who.owner))


@router.put("/v1/memories/{memory_id}")
def update_memory(memory_id: str, body: UpdateRequest, who: Who, mg: MG) -> MemoryOut:
    """A new version of a memory (the old one is kept, superseded)."""
    return MemoryOut.of(mg.update(memory_id, body.text, **who.owner))


@router.delete("/v1/memories/{memory_id}")
def delete_memory(memory_id: str, who: Who, mg: MG) -> dict[str, int]:
    """Forget a memory, every version."""
    return {"deleted": mg.delete(memory_id, **who.owner)}


@router.get("/v1/memories/{memory_id}/history")
def memory_history(memory_id: str, who: Who, mg: MG) -> list[HistoryOut]:
    """A memory's audit trail, oldest first."""
    return [HistoryOut.of(e) for e in mg.history(memory_id, **who.owner)]


@router.post("/v1/history/{event_id}/undo")
def undo(event_id: str, who: Who, mg: MG) -> dict[str, Any]:
    """Reverse a merge or a change feedback applied, named by its history entry."""
    return dict(to_jsonable(mg.undo(event_id, **who.owner)))


@router.get("/v1/facts")
def facts(who: Who, mg: MG) -> list[dict[str, Any]]:
    """The caller's current facts (user keys only)."""
    if who.user_id is None:
        raise InvalidInputError("facts are a user's: this key acts for an agent")
    return [f.model_dump(mode="json") for f in mg.facts(user_id=who.user_id)]


@router.delete("/v1/me")
def forget_me(who: Who, mg: MG) -> dict[str, Any]:
    """Forget the key's owner whole: every memory, session, fact, document and image (history
    stays, without text). The key itself stays until revoked."""
    owner = {"user_id": who.user_id} if who.user_id is not None else {"agent_id": who.agent_id}
    return dict(to_jsonable(mg.forget(**owner)))
