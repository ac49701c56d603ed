"""The REST API: a FastAPI app over one :class:`~memgraph.MemGraph` (the models load once and
serve every client).

Every route but ``/health`` needs an API key (``Authorization: Bearer mgk_...`` or
``X-API-Key``). A key acts for one user or one agent: the owner of every call is the key's,
never an id from the request, so no route can read or change another scope's data; an id of
another scope answers 404, as a missing one does. Admin keys may also use ``/v1/admin/...``
(knowledge base, review, Cypher, stats). With ``auth=False`` (allowed by ``memgraph serve`` on
loopback binds only) the caller names its scope in ``X-MemGraph-User`` / ``X-MemGraph-Agent``
and is an admin.

Files (documents, images, transcripts) come as ``multipart/form-data`` and are kept under the
upload folder (:mod:`.uploads`). Errors are RFC 9457 problem details
(``application/problem+json``) carrying the library's message: 400 bad input, 401 no or bad
key, 403 not an admin, 404 not found, 413 body too large, 415 a file MemGraph cannot read, 422
a body that does not fit the schema (the field is named), 503 store unavailable.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from importlib.metadata import version
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from mcp.server.transport_security import TransportSecuritySettings
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ...errors import InvalidInputError, MemGraphError, NotFoundError, StoreError, UnsupportedFileError
from ...memory import MemGraph
from ..mcp_server import build_mcp, key_owner
from ..ui import add_docs, add_ui
from .deps import Caller, OwnerArgs
from .guard import Guard, problem
from .keys import KeyStore
from .routes import admin, files, graph, memories, retrieval, tools
from .schemas import Health, Problem

MAX_BODY_BYTES = 10 * 1024 * 1024
"""Largest request body (413 above it)."""

API_PREFIXES = ("/v1/", "/mcp")
"""Paths whose callers the Guard settles."""

ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    status: {"content": {"application/problem+json": {"schema": Problem.model_json_schema()}}, "description": title}
    for status, title in (
        (400, "Bad input: the library's message"),
        (401, "No API key, or a key that is not valid or was revoked"),
        (403, "Not an admin key (admin routes)"),
        (404, "No such item in the caller's scope"),
        (413, "Body too large"),
        (415, "A file MemGraph cannot read"),
        (422, "The body does not fit the schema (the field is named)"),
    )
}
"""Problem responses every ``/v1`` route may give, declared in OpenAPI."""


def create_app(
    mg: MemGraph,
    *,
    auth: bool = True,
    max_body_bytes: int = MAX_BODY_BYTES,
    uploads: Path | None = None,
    rest: bool = True,
    mcp: bool = True,
    default_owner: OwnerArgs | None = None,
) -> FastAPI:
    """The app serving ``mg``: the REST API under ``/v1`` and the MCP server (streamable HTTP,
    :mod:`memgraph.faces.mcp_server`) at ``/mcp``, both behind the same keys.

    Args:
        mg: the MemGraph every request uses (shared: one model load).
        auth: require API keys (see the module docstring for ``False``).
        max_body_bytes: larger request bodies get 413.
        uploads: folder for uploaded files (default: ``uploads`` beside a SQLite store's file,
            else in the user data folder).
        rest, mcp: serve the REST routes, the MCP endpoint.
        default_owner: with ``auth=False``, the scope of requests that name none (a local
            single-user setup; MCP clients that send no extra headers).

    Raises:
        InvalidInputError: a default owner with auth on, or one naming neither or both of user and agent.
    """
    caller = None
    if default_owner is not None:
        if auth:
            raise InvalidInputError("a default owner is for auth=False only: with keys, each key names its owner")
        if (default_owner["user_id"] is None) == (default_owner["agent_id"] is None):
            raise InvalidInputError("the default owner is a user or an agent (one of them)")
        caller = Caller(default_owner["user_id"], default_owner["agent_id"], True)
    __version__ = version("memgraph-memory")
    mcp_server = build_mcp(mg, key_owner) if mcp else None

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if mcp_server is None:
            yield
            return
        async with mcp_server.session_manager.run():
            yield

    app = FastAPI(
        title="MemGraph",
        version=__version__,
        description="Long-term memory for LLM agents on a property graph.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    if mcp_server is not None:
        # Keys and DNS rebinding are the Guard's and the TrustedHost middleware's job, for /mcp as for /v1.
        mcp_app = mcp_server.streamable_http_app(
            streamable_http_path="/mcp",
            transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
            max_request_body_size=max_body_bytes,
        )
        app.router.routes.extend(mcp_app.routes)
    app.state.mg = mg
    app.state.uploads = uploads or default_uploads(mg)
    app.add_middleware(
        Guard,
        keys=KeyStore(mg.store),
        auth=auth,
        max_body=max_body_bytes,
        prefixes=API_PREFIXES,
        default_caller=caller,
    )
    if not auth:
        # Without keys, only a loopback Host is served: a page on another site cannot reach
        # the server through a name that resolves to 127.0.0.1 (DNS rebinding).
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost", "[::1]", "::1"])

    @app.exception_handler(MemGraphError)
    async def library_error(_: Request, exc: MemGraphError) -> JSONResponse:
        if isinstance(exc, NotFoundError):
            return problem(404, str(exc))
        if isinstance(exc, UnsupportedFileError):
            return problem(415, str(exc))
        if isinstance(exc, InvalidInputError):
            return problem(400, str(exc))
        if isinstance(exc, StoreError):
            return problem(503, str(exc))
        return problem(500, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_body(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors():
            if err.get("type") == "json_invalid":
                at = err.get("loc", ("body", "?"))[-1]
                reason = (err.get("ctx") or {}).get("error", "JSON decode error")
                parts.append(f"body: not valid JSON at character {at} ({reason})")
                continue
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            parts.append(f"{where or 'body'}: {err.get('msg', 'invalid')}")
        return problem(422, "; ".join(parts) or "the request does not fit the schema")

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        response = problem(exc.status_code, str(exc.detail))
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.get("/health", tags=["server"])
    def health() -> Health:
        """Whether the server is up, its kind of store and whether it checks keys (no key needed,
        so nothing about where the store is)."""
        return Health(status="ok", store=mg.store.uri.split(":", 1)[0], auth=auth, version=__version__)

    for area in (memories, retrieval, tools, files, graph, admin) if rest else ():
        app.include_router(area.router, responses=ERROR_RESPONSES)
    add_docs(app)
    if rest:
        add_ui(app)
    return app


def default_uploads(mg: MemGraph) -> Path:
    """Where uploads go by default: ``uploads`` beside a SQLite store's file, else the user
    data folder's ``uploads``."""
    from platformdirs import user_data_dir

    uri = mg.store.uri
    if uri.startswith("sqlite:///"):
        return Path(uri.removeprefix("sqlite:///")).parent / "uploads"
    return Path(user_data_dir("memgraph")) / "uploads"
