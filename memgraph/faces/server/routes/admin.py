"""``/v1/admin``: the knowledge base (ingest, list, retire, delete), its review queue, read-only
Cypher, counts and the whole store's export. Admin keys only."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from ....errors import InvalidInputError
from ...jsonable import to_jsonable
from ..deps import MG, Admin, Limit, Offset
from ..schemas import AcceptRequest, CypherRequest, DocumentOut, RejectRequest
from ..uploads import received
from .exports import RESPONSES, Format, export_response

router = APIRouter(prefix="/v1/admin", tags=["admin"])


@router.get("/documents")
def documents(who: Admin, mg: MG, limit: Limit = 100, include_inactive: bool = False) -> list[DocumentOut]:
    """The knowledge base's documents, newest first (retired ones with ``include_inactive``)."""
    return [DocumentOut.of(d) for d in mg.kb.documents(limit=limit, include_inactive=include_inactive)]


@router.post("/documents", status_code=201)
def ingest(
    request: Request,
    file: Annotated[UploadFile, File(description="PDF, Markdown, HTML or text; a plain file name")],
    who: Admin,
    mg: MG,
    title: Annotated[str | None, Form()] = None,
    applies_to: Annotated[
        str | None, Form(description='JSON object: entity type -> names, e.g. {"Department": ["Operations"]}')
    ] = None,
    tags: Annotated[list[str] | None, Form()] = None,
) -> dict[str, Any]:
    """Add a document to the shared knowledge base (a new version when its title exists)."""
    scope = None
    if applies_to is not None:
        try:
            scope = json.loads(applies_to)
        except json.JSONDecodeError as e:
            raise InvalidInputError(f"applies_to is not JSON: {e}") from e
        if not isinstance(scope, dict):
            raise InvalidInputError("applies_to must be a JSON object of entity type -> names")
    with received(file, request.app.state.uploads) as path:
        result = mg.kb.ingest(path, title=title, applies_to=scope, tags=tags or ())
    return {**to_jsonable(result), "uri": path.name}  # the name sent, not a path on this server


@router.post("/documents/{document_id}/retire")
def retire(document_id: str, who: Admin, mg: MG) -> dict[str, int]:
    """Take a document out of answers (kept for history)."""
    return {"retired": mg.kb.retire(document_id)}


@router.delete("/documents/{document_id}")
def delete(document_id: str, who: Admin, mg: MG) -> dict[str, int]:
    """Remove a document, every version, its passages and images."""
    return {"deleted": mg.kb.delete(document_id)}


@router.get("/review")
def review(who: Admin, mg: MG, limit: Limit = 50, offset: Offset = 0) -> list[dict[str, Any]]:
    """Open review items of the knowledge base."""
    return list(to_jsonable(mg.review.list(limit=limit, offset=offset)))


@router.post("/review/{item_id}/accept")
def accept(item_id: str, body: AcceptRequest, who: Admin, mg: MG) -> dict[str, Any]:
    """Accept flagged feedback: the passage is corrected (``new_text``) or retired."""
    return dict(to_jsonable(mg.review.accept(item_id, body.new_text, reviewer=_reviewer(who))))


@router.post("/review/{item_id}/reject")
def reject(item_id: str, body: RejectRequest, who: Admin, mg: MG) -> dict[str, Any]:
    """Reject flagged feedback with a reason; the passage stays."""
    return dict(to_jsonable(mg.review.reject(item_id, body.reason, reviewer=_reviewer(who))))


def _reviewer(who: Any) -> str | None:
    return str(who.user_id or who.agent_id) if (who.user_id or who.agent_id) else None


@router.post("/cypher")
def cypher(body: CypherRequest, who: Admin, mg: MG) -> dict[str, Any]:
    """A read-only Cypher query over the whole graph (parameters, never pasted)."""
    res = mg.cypher(body.query, body.params, limit=body.limit)
    return {"columns": res.columns, "rows": res.rows, "truncated": res.truncated}


@router.get("/stats")
def stats(who: Admin, mg: MG) -> dict[str, int]:
    """Node counts per label and relationship counts per type."""
    return mg.stats()


@router.get("/export", response_class=Response, responses=RESPONSES)
def export(who: Admin, mg: MG, format: Format) -> Response:
    """The whole store as GraphML, GEXF, node-link JSON or a Cypher script."""
    return export_response(mg, format, None)
