"""What every route depends on: the caller the :class:`~.guard.Guard` settled, the admin check,
the shared :class:`~memgraph.MemGraph`, and the common query parameters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, TypedDict

from fastapi import Depends, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException

from ...memory import MemGraph


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


async def caller(
    request: Request, _key: Annotated[HTTPAuthorizationCredentials | None, Depends(HTTPBearer(auto_error=False))] = None
) -> Caller:
    """The caller the Guard settled (the bearer parameter documents the key in OpenAPI).

    The dependencies here are ``async``: they do no I/O, and FastAPI runs a plain ``def``
    dependency on a worker thread, one thread hop each per request."""
    who = request.scope.get("state", {}).get("caller")
    if not isinstance(who, Caller):
        raise HTTPException(401, "no API key: send Authorization: Bearer <key>")
    return who


async def admin(who: Annotated[Caller, Depends(caller)]) -> Caller:
    """The caller, who must hold an admin key (403 otherwise)."""
    if not who.admin:
        raise HTTPException(403, "this route needs an admin key")
    return who


async def memgraph(request: Request) -> MemGraph:
    """The MemGraph the app serves (one per process: the models load once)."""
    mg: MemGraph = request.app.state.mg
    return mg


Who = Annotated[Caller, Depends(caller)]
Admin = Annotated[Caller, Depends(admin)]
MG = Annotated[MemGraph, Depends(memgraph)]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0)]
