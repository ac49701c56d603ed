"""The REST API: a FastAPI app over one :class:`~memgraph.MemGraph` (the models load once and
serve every client).

Every route but ``/health`` needs an API key (``Authorization: Bearer mgk_...`` or
``X-API-Key``). A key acts for one user or one agent: the owner of every call is the key's,
never an id from the request, so no route can read or change another scope's data; an id of
another scope answers 404, as a missing one does. Admin keys may also use ``/v1/admin/...``
(knowledge base, review, Cypher, stats). With ``auth=False`` (allowed by ``memgraph serve`` on
loopback binds only) the caller names its scope in ``X-MemGraph-User`` / ``X-MemGraph-Agent``
and is an admin.

Errors are RFC 9457 problem details (``application/problem+json``) carrying the library's
message: 400 bad input, 401 no or bad key, 403 not an admin, 404 not found, 413 body too large,
422 a body that does not fit the schema (the field is named), 503 store unavailable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, TypedDict

from fastapi import Depends, FastAPI, Query, Request
from fastapi import HTTPException as FastAPIHTTPException
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ...errors import InvalidInputError, MemGraphError, NotFoundError, StoreError
from ...memory import MemGraph
from ..jsonable import to_jsonable
from .keys import KeyStore
from .schemas import (
    AddRequest,
    AnswerOut,
    AskRequest,
    CypherRequest,
    DocumentOut,
    FeedbackRequest,
    Health,
    HistoryOut,
    MemoryOut,
    SearchHit,
    SearchRequest,
    SuggestQuery,
    TaskOut,
    TaskQuery,
    ToolCallOut,
    ToolCallRequest,
    ToolOut,
    UpdateRequest,
)

MAX_BODY_BYTES = 10 * 1024 * 1024
"""Largest request body (413 above it)."""

PROBLEM = "application/problem+json"


class OwnerArgs(TypedDict):
    user_id: str | None
    agent_id: str | None


@dataclass(frozen=True)
class Caller:
    """Who a request acts for: the key's user or agent, and whether it is an admin."""

    user_id: str | None
    agent_id: str | None
    admin: bool

    @property
    def owner(self) -> OwnerArgs:
        return {"user_id": self.user_id, "agent_id": self.agent_id}


def _problem(status: int, title: str, detail: str) -> JSONResponse:
    return JSONResponse(
        {"type": "about:blank", "title": title, "status": status, "detail": detail},
        status_code=status,
        media_type=PROBLEM,
    )


class Guard:
    """ASGI middleware run before any route reads its body: the caller of every ``/v1`` request
    is settled from its headers first (401 without a valid key, so no body of an unknown
    caller is ever read), and a body is cut off at ``max_body`` bytes whether it declares its
    length or streams in chunks (413)."""

    def __init__(self, app: Any, *, keys: KeyStore, auth: bool, max_body: int) -> None:
        self.app = app
        self.keys = keys
        self.auth = auth
        self.max_body = max_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            await _send(
                send,
                _problem(413, "Content Too Large", f"the body is {int(declared):,} bytes; at most {self.max_body:,}"),
            )
            return
        if scope["path"].startswith("/v1/"):
            who = self._caller(headers)
            if isinstance(who, JSONResponse):
                await _send(send, who)
                return
            scope.setdefault("state", {})["caller"] = who
        seen = 0

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            if message.get("type") == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise FastAPIHTTPException(413, f"the body is over {self.max_body:,} bytes")
            return message

        await self.app(scope, counted, send)

    def _caller(self, headers: dict[str, str]) -> Caller | JSONResponse:
        if not self.auth:
            user, agent = headers.get("x-memgraph-user"), headers.get("x-memgraph-agent")
            if (user is None) == (agent is None):
                return _problem(
                    400,
                    "Bad Request",
                    "auth is off: name the scope in X-MemGraph-User or X-MemGraph-Agent (one of them)",
                )
            return Caller(user, agent, True)
        token = headers.get("x-api-key")
        bearer = headers.get("authorization")
        if bearer is not None and bearer.lower().startswith("bearer "):
            token = bearer[7:]
        if not token:
            return _unauthorized("no API key: send Authorization: Bearer <key>")
        info = self.keys.check(token)
        if info is None:
            return _unauthorized("the API key is not valid or was revoked")
        return Caller(info.user_id, info.agent_id, info.admin)


def _unauthorized(detail: str) -> JSONResponse:
    response = _problem(401, "Unauthorized", detail)
    response.headers["WWW-Authenticate"] = "Bearer"
    return response


async def _send(send: Any, response: JSONResponse) -> None:
    await send({"type": "http.response.start", "status": response.status_code, "headers": response.raw_headers})
    await send({"type": "http.response.body", "body": response.body})


def _caller(
    request: Request, _key: Annotated[HTTPAuthorizationCredentials | None, Depends(HTTPBearer(auto_error=False))] = None
) -> Caller:
    """The caller :class:`Guard` settled (the bearer parameter documents the key in OpenAPI)."""
    who = request.scope.get("state", {}).get("caller")
    if not isinstance(who, Caller):
        raise HTTPException(401, "no API key: send Authorization: Bearer <key>")
    return who


def _admin(who: Annotated[Caller, Depends(_caller)]) -> Caller:
    if not who.admin:
        raise HTTPException(403, "this route needs an admin key")
    return who


Who = Annotated[Caller, Depends(_caller)]
Admin = Annotated[Caller, Depends(_admin)]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0)]


def create_app(mg: MemGraph, *, auth: bool = True, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The app serving ``mg``.

    Args:
        mg: the MemGraph every request uses (shared: one model load).
        auth: require API keys (see the module docstring for ``False``).
        max_body_bytes: larger request bodies get 413.
    """
    from importlib.metadata import version

    __version__ = version("memgraph-memory")
    app = FastAPI(
        title="MemGraph",
        version=__version__,
        description="Long-term memory for LLM agents on a property graph.",
    )
    app.add_middleware(Guard, keys=KeyStore(mg.store), auth=auth, max_body=max_body_bytes)
    if not auth:
        # Without keys, only a loopback Host is served: a page on another site cannot reach
        # the server through a name that resolves to 127.0.0.1 (DNS rebinding).
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost", "[::1]", "::1"])

    @app.exception_handler(MemGraphError)
    async def library_error(_: Request, exc: MemGraphError) -> JSONResponse:
        if isinstance(exc, NotFoundError):
            return _problem(404, "Not Found", str(exc))
        if isinstance(exc, InvalidInputError):
            return _problem(400, "Bad Request", str(exc))
        if isinstance(exc, StoreError):
            return _problem(503, "Service Unavailable", str(exc))
        return _problem(500, "Internal Server Error", str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_body(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            parts.append(f"{where or 'body'}: {err.get('msg', 'invalid')}")
        return _problem(422, "Unprocessable Content", "; ".join(parts) or "the request does not fit the schema")

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        response = _problem(exc.status_code, _TITLES.get(exc.status_code, "Error"), str(exc.detail))
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.get("/health", tags=["server"])
    def health() -> Health:
        """Whether the server is up, its store and whether it checks keys."""
        return Health(status="ok", store=mg.store.uri, auth=auth, version=__version__)

    # -- memories -------------------------------------------------------------------------------
    @app.post("/v1/memories", status_code=201, tags=["memories"])
    def add_memory(body: AddRequest, who: Who) -> list[MemoryOut]:
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

    @app.get("/v1/memories", tags=["memories"])
    def list_memories(
        who: Who, limit: Limit = 100, offset: Offset = 0, session_id: str | None = None
    ) -> list[MemoryOut]:
        """The caller's current memories, newest first."""
        return [MemoryOut.of(m) for m in mg.list(limit=limit, offset=offset, session_id=session_id, **who.owner)]

    @app.get("/v1/memories/{memory_id}", tags=["memories"])
    def get_memory(memory_id: str, who: Who) -> MemoryOut:
        """One of the caller's memories."""
        return MemoryOut.of(mg.get(memory_id, **who.owner))

    @app.put("/v1/memories/{memory_id}", tags=["memories"])
    def update_memory(memory_id: str, body: UpdateRequest, who: Who) -> MemoryOut:
        """A new version of a memory (the old one is kept, superseded)."""
        return MemoryOut.of(mg.update(memory_id, body.text, **who.owner))

    @app.delete("/v1/memories/{memory_id}", tags=["memories"])
    def delete_memory(memory_id: str, who: Who) -> dict[str, int]:
        """Forget a memory, every version."""
        return {"deleted": mg.delete(memory_id, **who.owner)}

    @app.get("/v1/memories/{memory_id}/history", tags=["memories"])
    def memory_history(memory_id: str, who: Who) -> list[HistoryOut]:
        """A memory's audit trail, oldest first."""
        return [HistoryOut.of(e) for e in mg.history(memory_id, **who.owner)]

    @app.get("/v1/facts", tags=["memories"])
    def facts(who: Who) -> list[dict[str, Any]]:
        """The caller's current facts (user keys only)."""
        if who.user_id is None:
            raise InvalidInputError("facts are a user's: this key acts for an agent")
        return [f.model_dump(mode="json") for f in mg.facts(user_id=who.user_id)]

    # -- retrieval ------------------------------------------------------------------------------
    @app.post("/v1/search", tags=["retrieval"])
    def search(body: SearchRequest, who: Who) -> list[SearchHit]:
        """Hybrid search over the caller's memories, tool calls and the knowledge base."""
        hits = mg.search(
            body.query,
            top_k=body.top_k,
            session_id=body.session_id,
            include_knowledge_base=body.include_knowledge_base,
            **who.owner,
        )
        return [SearchHit.of(h) for h in hits]

    @app.post("/v1/ask", tags=["retrieval"])
    def ask(body: AskRequest, who: Who) -> AnswerOut:
        """An answer for the caller, with citations (user keys only)."""
        if who.user_id is None:
            raise InvalidInputError("an answer is for a person: this key acts for an agent")
        return AnswerOut.of(mg.ask(body.question, user_id=who.user_id, session_id=body.session_id, top_k=body.top_k))

    @app.post("/v1/feedback", tags=["retrieval"])
    def feedback(body: FeedbackRequest, who: Who) -> dict[str, Any]:
        """Correct what MemGraph knows in words ("No, I'm in Technology now")."""
        result = mg.feedback(body.text, session_id=body.session_id, target_id=body.target_id, **who.owner)
        return result.model_dump(mode="json")

    # -- tools ----------------------------------------------------------------------------------
    @app.get("/v1/tools", tags=["tools"])
    def tools(who: Who, limit: Limit = 100, offset: Offset = 0) -> list[ToolOut]:
        """The caller's tools."""
        return [ToolOut.of(t) for t in mg.tools.list(limit=limit, offset=offset, **who.owner)]

    @app.post("/v1/tools/calls", status_code=201, tags=["tools"])
    def record_call(body: ToolCallRequest, who: Who) -> ToolCallOut:
        """Record one tool call."""
        call = mg.tools.record(
            body.tool,
            body.args,
            result=body.result,
            error=body.error,
            latency_ms=body.latency_ms,
            task=body.task,
            task_id=body.task_id,
            session_id=body.session_id,
            **who.owner,
        )
        return ToolCallOut.of(call)

    @app.get("/v1/tools/calls", tags=["tools"])
    def tool_calls(
        who: Who, limit: Limit = 100, offset: Offset = 0, tool: str | None = None, task_id: str | None = None
    ) -> list[ToolCallOut]:
        """The caller's recorded calls, newest first (a run's in call order)."""
        calls = mg.tools.calls(tool=tool, task_id=task_id, limit=limit, offset=offset, **who.owner)
        return [ToolCallOut.of(c) for c in calls]

    @app.get("/v1/tools/runs", tags=["tools"])
    def tool_runs(who: Who, limit: Limit = 100, offset: Offset = 0) -> list[TaskOut]:
        """The caller's runs, newest first."""
        return [TaskOut.of(t) for t in mg.tools.runs(limit=limit, offset=offset, **who.owner)]

    @app.get("/v1/tools/{name}/stats", tags=["tools"])
    def tool_stats(name: str, who: Who) -> dict[str, Any]:
        """Calls, success rate, latency p50/p95 and common errors of one tool."""
        return dict(to_jsonable(mg.tools.stats(name, **who.owner)))

    @app.post("/v1/tools/experience", tags=["tools"])
    def experience(body: TaskQuery, who: Who) -> list[dict[str, Any]]:
        """Past runs of similar tasks, best first."""
        return list(to_jsonable(mg.tools.experience(body.task, body.k, **who.owner)))

    @app.post("/v1/tools/suggest", tags=["tools"])
    def suggest(body: SuggestQuery, who: Who) -> list[dict[str, Any]]:
        """Tools ranked for a task from what worked before, each with why."""
        return list(to_jsonable(mg.tools.suggest(body.task, body.k, writes=body.writes, **who.owner)))

    # -- admin ----------------------------------------------------------------------------------
    @app.get("/v1/admin/documents", tags=["admin"])
    def documents(who: Admin, limit: Limit = 100) -> list[DocumentOut]:
        """The knowledge base's current documents, newest first."""
        return [DocumentOut.of(d) for d in mg.kb.documents(limit=limit)]

    @app.get("/v1/admin/review", tags=["admin"])
    def review(who: Admin, limit: Limit = 50, offset: Offset = 0) -> list[dict[str, Any]]:
        """Open review items of the knowledge base."""
        return list(to_jsonable(mg.review.list(limit=limit, offset=offset)))

    @app.post("/v1/admin/cypher", tags=["admin"])
    def cypher(body: CypherRequest, who: Admin) -> dict[str, Any]:
        """A read-only Cypher query over the whole graph (parameters, never pasted)."""
        res = mg.cypher(body.query, body.params, limit=body.limit)
        return {"columns": res.columns, "rows": res.rows, "truncated": res.truncated}

    @app.get("/v1/admin/stats", tags=["admin"])
    def stats(who: Admin) -> dict[str, int]:
        """Node counts per label and relationship counts per type."""
        return mg.stats()

    return app


_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Content Too Large",
}
