"""``/v1/tools``: tool-call memory (record, list, runs, stats, experience, suggest)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ...jsonable import to_jsonable
from ..deps import MG, Limit, Offset, Who
from ..schemas import SuggestQuery, TaskOut, TaskQuery, ToolCallOut, ToolCallRequest, ToolOut

router = APIRouter(tags=["tools"])


@router.get("/v1/tools")
def tools(who: Who, mg: MG, limit: Limit = 100, offset: Offset = 0) -> list[ToolOut]:
    """The caller's tools."""
    return [ToolOut.of(t) for t in mg.tools.list(limit=limit, offset=offset, **who.owner)]


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
