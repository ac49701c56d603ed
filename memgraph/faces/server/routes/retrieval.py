"""``/v1/search``, ``/v1/ask`` and ``/v1/feedback``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from pydantic import TypeAdapter

from ....errors import InvalidInputError
from ..deps import MG, Who
from ..schemas import AnswerOut, AskRequest, FeedbackRequest, SearchHit, SearchRequest

router = APIRouter(tags=["retrieval"])

HITS = TypeAdapter(list[SearchHit])


@router.post("/v1/search", response_model=list[SearchHit])
def search(body: SearchRequest, who: Who, mg: MG) -> Response:
    """Hybrid search over the caller's memories, tool calls and the knowledge base."""
    hits = mg.search(
        body.query,
        top_k=body.top_k,
        session_id=body.session_id,
        include_knowledge_base=body.include_knowledge_base,
        **who.owner,
    )
    # Serialised here, once: the hot route skips FastAPI's second validation of its own models.
    return Response(HITS.dump_json([SearchHit.of(h) for h in hits]), media_type="application/json")


@router.post("/v1/ask")
def ask(body: AskRequest, who: Who, mg: MG) -> AnswerOut:
    """An answer for the caller, with citations (user keys only)."""
    if who.user_id is None:
        raise InvalidInputError("an answer is for a person: this key acts for an agent")
    return AnswerOut.of(mg.ask(body.question, user_id=who.user_id, session_id=body.session_id, top_k=body.top_k))


@router.post("/v1/feedback")
def feedback(body: FeedbackRequest, who: Who, mg: MG) -> dict[str, Any]:
    """Correct what MemGraph knows in words ("No, I'm in Technology now")."""
    result = mg.feedback(body.text, session_id=body.session_id, target_id=body.target_id, **who.owner)
    return result.model_dump(mode="json")
