"""The caller's files: documents (``/v1/documents``), images (``/v1/images``), chat transcripts
(``/v1/transcripts``), sent as ``multipart/form-data`` (:mod:`..uploads` keeps them), and the
caller's graph as a file (``/v1/export``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from ...jsonable import to_jsonable
from ..deps import MG, Limit, Who
from ..schemas import DocumentOut, ImageOut, MemoryOut, SessionOut
from ..uploads import received
from .exports import RESPONSES, Format, export_response

router = APIRouter(tags=["files"])

Upload = Annotated[UploadFile, File(description="the file; its name must be a plain file name")]


@router.post("/v1/documents", status_code=201)
def add_document(
    request: Request,
    file: Upload,
    who: Who,
    mg: MG,
    title: Annotated[str | None, Form()] = None,
    memory_id: Annotated[str | None, Form()] = None,
) -> dict[str, Any]:
    """Remember a document (PDF, Markdown, HTML, text) as the caller's own."""
    with received(file, request.app.state.uploads) as path:
        result = mg.add_document(path, title=title, memory_id=memory_id, **who.owner)
    return {**to_jsonable(result), "uri": path.name}  # the name sent, not a path on this server


@router.get("/v1/documents")
def documents(who: Who, mg: MG, limit: Limit = 100) -> list[DocumentOut]:
    """The caller's own documents, newest first."""
    return [DocumentOut.of(d) for d in mg.documents(limit=limit, **who.owner)]


@router.delete("/v1/documents/{document_id}")
def delete_document(document_id: str, who: Who, mg: MG) -> dict[str, int]:
    """Forget one of the caller's documents, every version."""
    return {"deleted": mg.delete_document(document_id, **who.owner)}


@router.post("/v1/images", status_code=201)
def add_image(
    request: Request,
    file: Upload,
    who: Who,
    mg: MG,
    caption: Annotated[str | None, Form()] = None,
    memory_id: Annotated[str | None, Form()] = None,
    ocr: Annotated[bool, Form()] = True,
) -> ImageOut:
    """Remember an image (PNG, JPEG, WebP, TIFF, GIF): its text read by OCR, searchable with its caption."""
    with received(file, request.app.state.uploads) as path:
        return ImageOut.of(mg.add_image(path, caption=caption, memory_id=memory_id, ocr=ocr, **who.owner))


@router.post("/v1/transcripts", status_code=201)
def import_transcript(
    request: Request,
    file: Upload,
    who: Who,
    mg: MG,
    session_id: Annotated[str | None, Form()] = None,
    infer: Annotated[bool, Form()] = True,
) -> list[SessionOut]:
    """Remember a chat transcript (JSON messages or LoCoMo sessions); sessions stored before are skipped."""
    with received(file, request.app.state.uploads) as path:
        sessions = mg.import_transcript(path, session_id=session_id, infer=infer, **who.owner)
    return [
        SessionOut(session_id=s[0].session_id if s else None, memories=[MemoryOut.of(m) for m in s]) for s in sessions
    ]


@router.get("/v1/export", response_class=Response, responses=RESPONSES)
def export(who: Who, mg: MG, format: Format) -> Response:
    """The caller's graph as GraphML, GEXF, node-link JSON or a Cypher script."""
    return export_response(mg, format, who.owner)
