"""``/v1/tools``: tool-call memory (register, record, import, cache lookup, list, runs, stats,
experience, suggest)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Request, UploadFile

from ....tools.cache import CachedResult
from ...jsonable import to_jsonable
from ..deps import MG, Limit, Offset, Who
from ..schemas import (
    FinishRequest,
    LookupRequest,
    SuggestQuery,
    TaskOut,
    TaskQuery,
    ToolCallOut,
    ToolCallRequest,
    ToolOut,
    ToolRegisterRequest,
)
from ..uploads import received

router = APIRouter(tags=["tools"])


@router.get("/v1/tools")
def tools(who: Who, mg: MG, limit: Limit = 100, offset: Offset = 0) -> list[ToolOut]:
    """The caller's tools."""
    return [ToolOut.of(t) for t in mg.tools.list(limit=limit, offset=offset, **who.owner)]


@router.put("/v1/tools/{name}")
def register(name: str, body: ToolRegisterRequest, who: Who, mg: MG) -> ToolOut:
    """Create or update a tool: whether it writes and how long its results may be served again."""
    tool = mg.tools.register(
        name,
        description=body.description,
        parameters=body.parameters,
        writes=body.writes,
        ttl_seconds=body.ttl_seconds,
        **who.owner,
    )
    return ToolOut.of(tool)


@router.post("/v1/tools/import", status_code=201)
def import_log(
    request: Request,
    who: Who,
    mg: MG,
    file: Annotated[UploadFile, File(description="an OpenAI-style or MCP tool-call log (JSON or JSON Lines)")],
    tools: Annotated[UploadFile | None, File(description="tool definitions (JSON)")] = None,
) -> dict[str, Any]:
    """Import a tool-call log in one transaction (runs stored before are skipped)."""
    folder = request.app.state.uploads
    with received(file, folder) as log:
        if tools is None:
            result = mg.tools.import_log(log, **who.owner)
        else:
            with received(tools, folder) as defs:
                result = mg.tools.import_log(log, tools=defs, **who.owner)
    return {**to_jsonable(result), "uri": log.name}


@router.post("/v1/tools/lookup")
def lookup(body: LookupRequest, who: Who, mg: MG) -> dict[str, Any]:
    """A cached result of ``tool(args)`` when one may be served (read-only tools, within the TTL,
    no write since that touched it), else why not: ``{"hit": false, "reason": ...}``."""
    found = mg.tools.lookup(body.tool, body.args, **who.owner)
    return {"hit": isinstance(found, CachedResult), **to_jsonable(found)}


@router.post("/v1/tools/calls", status_code=201)
def record_call(body: ToolCallRequest, who: Who, mg: MG) -> ToolCallOut:
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


@router.get("/v1/tools/calls")
def tool_calls(
    who: Who, mg: MG, limit: Limit = 100, offset: Offset = 0, tool: str | None = None, task_id: str | None = None
) -> list[ToolCallOut]:
    """The caller's recorded calls, newest first (a run's in call order)."""
    calls = mg.tools.calls(tool=tool, task_id=task_id, limit=limit, offset=offset, **who.owner)
    return [ToolCallOut.of(c) for c in calls]


@router.get("/v1/tools/calls/{call_id}/result")
def call_result(call_id: str, who: Who, mg: MG) -> dict[str, str | None]:
    """The whole result text of a recorded call."""
    return {"result": mg.tools.result(call_id, **who.owner)}


@router.post("/v1/tools/runs/{task_id}/finish")
def finish(task_id: str, body: FinishRequest, who: Who, mg: MG) -> TaskOut:
    """Say how a run ended (solved, failed, unknown)."""
    return TaskOut.of(mg.tools.finish(task_id, body.outcome, reward=body.reward, **who.owner))


@router.get("/v1/tools/runs")
def tool_runs(who: Who, mg: MG, limit: Limit = 100, offset: Offset = 0) -> list[TaskOut]:
    """The caller's runs, newest first."""
    return [TaskOut.of(t) for t in mg.tools.runs(limit=limit, offset=offset, **who.owner)]


@router.get("/v1/tools/{name}/stats")
def tool_stats(name: str, who: Who, mg: MG) -> dict[str, Any]:
    """Calls, success rate, latency p50/p95 and common errors of one tool."""
    return dict(to_jsonable(mg.tools.stats(name, **who.owner)))


@router.post("/v1/tools/experience")
def experience(body: TaskQuery, who: Who, mg: MG) -> list[dict[str, Any]]:
    """Past runs of similar tasks, best first."""
    return list(to_jsonable(mg.tools.experience(body.task, body.k, **who.owner)))


@router.post("/v1/tools/suggest")
def suggest(body: SuggestQuery, who: Who, mg: MG) -> list[dict[str, Any]]:
    """Tools ranked for a task from what worked before, each with why."""
    return list(to_jsonable(mg.tools.suggest(body.task, body.k, writes=body.writes, **who.owner)))
