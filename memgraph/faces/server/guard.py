"""The ASGI middleware in front of every route (:class:`Guard`) and RFC 9457 problem responses."""

from __future__ import annotations

import time
from typing import Any

from fastapi import HTTPException as FastAPIHTTPException
from fastapi.responses import JSONResponse

from .deps import Caller
from .keys import KeyStore

PROBLEM = "application/problem+json"

TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
"""Problem titles by status (RFC 9110's reason phrases)."""


def problem(status: int, detail: str) -> JSONResponse:
    """An RFC 9457 problem detail response (``application/problem+json``)."""
    return JSONResponse(
        {"type": "about:blank", "title": TITLES.get(status, "Error"), "status": status, "detail": detail},
        status_code=status,
        media_type=PROBLEM,
    )


class Guard:
    """ASGI middleware run before any route reads its body: the caller of every ``/v1`` (and
    ``/mcp``) request is settled from its headers first (401 without a valid key, so no body of
    an unknown caller is ever read; with auth off, the scope headers or else ``default_caller``),
    and a body is cut off at ``max_body`` bytes whether it
    declares its length or streams in chunks (413). Every response says how long the app took
    to start answering in ``Server-Timing: app;dur=<ms>`` (W3C Server Timing)."""

    def __init__(
        self,
        app: Any,
        *,
        keys: KeyStore,
        auth: bool,
        max_body: int,
        prefixes: tuple[str, ...],
        default_caller: Caller | None = None,
    ) -> None:
        self.app = app
        self.default_caller = default_caller
        self.keys = keys
        self.auth = auth
        self.max_body = max_body
        self.prefixes = prefixes

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if scope["path"].startswith(self.prefixes):
            who = self.caller(headers)
            if isinstance(who, JSONResponse):
                await _send(send, who)
                return
            scope.setdefault("state", {})["caller"] = who
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            await _send(send, problem(413, f"the body is {int(declared):,} bytes; at most {self.max_body:,}"))
            return
        seen = 0

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            if message.get("type") == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise FastAPIHTTPException(413, f"the body is over {self.max_body:,} bytes")
            return message

        started = time.perf_counter()

        async def timed(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                ms = (time.perf_counter() - started) * 1000
                message = {
                    **message,
                    "headers": [*message.get("headers", []), (b"server-timing", f"app;dur={ms:.2f}".encode())],
                }
            await send(message)

        await self.app(scope, counted, timed)

    def caller(self, headers: dict[str, str]) -> Caller | JSONResponse:
        """Who the request acts for, from its headers (lower-case names), or the 400/401 problem."""
        if not self.auth:
            user, agent = headers.get("x-memgraph-user"), headers.get("x-memgraph-agent")
            if user is None and agent is None and self.default_caller is not None:
                return self.default_caller
            if (user is None) == (agent is None):
                return problem(400, "auth is off: name the scope in X-MemGraph-User or X-MemGraph-Agent (one of them)")
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
    response = problem(401, detail)
    response.headers["WWW-Authenticate"] = "Bearer"
    return response


async def _send(send: Any, response: JSONResponse) -> None:
    await send({"type": "http.response.start", "status": response.status_code, "headers": response.raw_headers})
    await send({"type": "http.response.body", "body": response.body})
