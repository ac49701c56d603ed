"""Usage statistics of a tool: calls, success rate, latency percentiles, common errors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from ..errors import NotFoundError
from ..models import NodeLabel, Tool, ToolCall, ToolCallStatus
from ..stores.base import GraphStore
from .calls import check_tool_name, error_kind
from .recorder import tool_id


@dataclass(frozen=True)
class ToolStats:
    """What one tool's recorded calls say.

    Attributes:
        tool: its name; ``writes`` and ``ttl_seconds`` as registered.
        calls: recorded calls; ``ok``, ``errors`` and ``unknown`` (no result) of them.
        success_rate: ok / (ok + errors), None before any call ended.
        latency_p50_ms, latency_p95_ms: percentiles of the calls that recorded a latency
            (linear interpolation, numpy's default), None without any.
        common_errors: up to five (error kind, count), most common first; identifiers and
            numbers in error texts are masked (``not enough seats on flight <id>``).
        tasks: distinct runs that called it.
        last_called_at: the latest call's time.
    """

    tool: str
    calls: int
    ok: int
    errors: int
    unknown: int
    success_rate: float | None
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    common_errors: list[tuple[str, int]]
    tasks: int
    last_called_at: datetime | None
    writes: bool | None
    ttl_seconds: float | None
    description: str | None = None


def tool_stats(store: GraphStore, scopes: Sequence[str], scope: str, name: str) -> ToolStats:
    """Statistics of the tool ``name`` of ``scope`` from its calls.

    Raises:
        InvalidInputError: a bad tool name.
        NotFoundError: the scope has no such tool.
    """
    check_tool_name(name)
    found = store.get_nodes(NodeLabel.TOOL, [tool_id(scope, name)], scopes)
    if not found:
        raise NotFoundError(f"no tool {name!r} in {scope}")
    tool = Tool.model_validate(found[0].props)
    calls = [
        ToolCall.model_validate(r.props)
        for r in store.find_nodes(NodeLabel.TOOL_CALL, [scope], where={ToolCall.prop("tool"): name}, limit=None)
    ]
    status = Counter(c.status for c in calls)
    ok, errors = status[ToolCallStatus.OK], status[ToolCallStatus.ERROR]
    lat = np.array([c.latency_ms for c in calls if c.latency_ms is not None], dtype=float)
    kinds = Counter(error_kind(c.error) for c in calls if c.status == ToolCallStatus.ERROR and c.error)
    return ToolStats(
        tool=name,
        calls=len(calls),
        ok=ok,
        errors=errors,
        unknown=status[ToolCallStatus.UNKNOWN],
        success_rate=ok / (ok + errors) if ok + errors else None,
        latency_p50_ms=float(np.percentile(lat, 50)) if lat.size else None,
        latency_p95_ms=float(np.percentile(lat, 95)) if lat.size else None,
        common_errors=kinds.most_common(5),
        tasks=len({c.task_id for c in calls if c.task_id}),
        last_called_at=max((c.started_at or c.created_at for c in calls), default=None),
        writes=tool.writes,
        ttl_seconds=tool.ttl_seconds,
        description=tool.description,
    )
