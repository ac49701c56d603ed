"""``memgraph tools import|list|stats|suggest|experience|calls``: tool-call memory from the
command line (see :mod:`memgraph.tools`). Registered on the ``memgraph`` group by
:mod:`memgraph.faces.cli`."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import click
from rich.table import Column, Table
from rich.text import Text

from ..text.textutil import clip
from .cli import Context, emit_json, handle_errors, json_option, main, out, pass_ctx


@main.group()
def tools() -> None:
    """Tool-call memory: import logs of tool use, then list tools, their stats, past runs of
    similar tasks and the tools that served them."""


def _owner(fn: Any) -> Any:
    fn = click.option("--agent", "agent_id", help="Agent id (owner when no --user).")(fn)
    return click.option("--user", "-u", "user_id", help="User id.")(fn)


def _tools_command(name: str, *, creates_store: bool = False) -> Any:
    def decorate(fn: Any) -> Any:
        @functools.wraps(fn)
        def run(ctx: Context, *a: Any, **kw: Any) -> Any:
            ctx.creates_store = creates_store
            return fn(ctx, *a, **kw)

        return tools.command(name=name)(json_option(pass_ctx(handle_errors(_owner(run)))))

    return decorate


def _writes(value: bool | None) -> str:
    return "unknown" if value is None else "yes" if value else "no"


def _cells(*values: object) -> list[Text]:
    return [Text("" if v is None else str(v)) for v in values]


@_tools_command("import", creates_store=True)
@click.argument("log", type=click.Path(path_type=Path))
@click.option(
    "--tools",
    "tools_file",
    type=click.Path(path_type=Path),
    help="JSON file of tool definitions (name, description, parameters, writes) to register with it.",
)
def tools_import(ctx: Context, log: Path, tools_file: Path | None, user_id: str | None, agent_id: str | None) -> None:
    """Import a tool-call LOG: OpenAI-style chat messages with tool_calls (JSON or JSONL, one
    run or many; tau-bench result files too) or MCP JSON-RPC messages. All or nothing."""
    result = ctx.mg.tools.import_log(log, tools=tools_file, user_id=user_id, agent_id=agent_id)
    if ctx.as_json:
        emit_json(result)
        return
    again = f"; {result.skipped} runs were imported before and skipped" if result.skipped else ""
    out.print(
        f"Imported {result.calls} calls in {result.runs} runs ({result.format} log, "
        f"{result.tools} tool definitions) in {result.seconds:.1f} s{again}",
        highlight=False,
    )


@_tools_command("register", creates_store=True)
@click.argument("name")
@click.option("--description", help="What the tool does.")
@click.option("--writes/--reads", "writes", default=None, help="Whether a call changes outside state.")
@click.option(
    "--ttl",
    "ttl_seconds",
    type=click.FloatRange(0),
    default=300.0,
    show_default=True,
    help="Seconds a reading tool's results may be served from the cache (0: never).",
)
def tools_register(
    ctx: Context,
    name: str,
    description: str | None,
    writes: bool | None,
    ttl_seconds: float,
    user_id: str | None,
    agent_id: str | None,
) -> None:
    """Create or update tool NAME (a reading tool, --reads, may have its results cached)."""
    tool = ctx.mg.tools.register(
        name, description=description, writes=writes, ttl_seconds=ttl_seconds, user_id=user_id, agent_id=agent_id
    )
    if ctx.as_json:
        emit_json(tool)
        return
    writes_text = "unknown" if tool.writes is None else "writes" if tool.writes else "reads"
    out.print(Text(f"Registered {tool.name} ({writes_text}, TTL {tool.ttl_seconds:g} s)"))


@_tools_command("list")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0))
def tools_list(ctx: Context, user_id: str | None, agent_id: str | None, limit: int, offset: int) -> None:
    """The owner's tools: calls, errors, whether they write, TTL."""
    found = ctx.mg.tools.list(user_id=user_id, agent_id=agent_id, limit=limit, offset=offset)
    if ctx.as_json:
        emit_json(found)
        return
    if not found:
        out.print("No tools.")
        return
    table = Table(
        Column("tool", overflow="fold"), "calls", "errors", "writes", "ttl s", Column("description", overflow="fold")
    )
    for t in found:
        writes = _writes(t.writes)
        ttl = "none" if t.ttl_seconds is None else f"{t.ttl_seconds:g}"
        table.add_row(*_cells(t.name, t.calls, t.errors, writes, ttl, clip(t.description or "", 80)))
    out.print(table)


@_tools_command("stats")
@click.argument("name")
def tools_stats(ctx: Context, name: str, user_id: str | None, agent_id: str | None) -> None:
    """Calls, success rate, latency p50/p95 and the most common errors of tool NAME."""
    s = ctx.mg.tools.stats(name, user_id=user_id, agent_id=agent_id)
    if ctx.as_json:
        emit_json(s)
        return
    rate = "n/a" if s.success_rate is None else f"{s.success_rate:.0%}"
    table = Table("property", "value", show_header=False)
    p50 = "n/a" if s.latency_p50_ms is None else f"{s.latency_p50_ms:.1f} ms"
    p95 = "n/a" if s.latency_p95_ms is None else f"{s.latency_p95_ms:.1f} ms"
    rows = [
        ("tool", s.tool),
        ("calls", f"{s.calls} ({s.ok} ok, {s.errors} errors, {s.unknown} without result)"),
        ("success rate", rate),
        ("latency p50 / p95", f"{p50} / {p95}"),
        ("runs", s.tasks),
        ("last called", s.last_called_at),
        ("writes", _writes(s.writes)),
    ]
    for label, value in rows:
        table.add_row(*_cells(label, value))
    for kind, count in s.common_errors:
        table.add_row(*_cells(f"error x{count}", kind))
    out.print(table)


@_tools_command("suggest")
@click.argument("task")
@click.option("-k", "k", default=5, show_default=True, type=click.IntRange(1, 1000))
@click.option("--writes/--reads", "writes", default=None, help="Only tools that write (--writes) or read (--reads).")
def tools_suggest(
    ctx: Context, task: str, k: int, writes: bool | None, user_id: str | None, agent_id: str | None
) -> None:
    """Tools ranked for TASK from what served similar past runs, each with why."""
    found = ctx.mg.tools.suggest(task, k, writes=writes, user_id=user_id, agent_id=agent_id)
    if ctx.as_json:
        emit_json(found)
        return
    if not found:
        out.print("No past runs to learn from.")
        return
    table = Table("#", Column("tool", overflow="fold"), "score", Column("why", overflow="fold"))
    for i, s in enumerate(found, 1):
        table.add_row(*_cells(i, s.tool, f"{s.score:.3f}", s.why))
    out.print(table)


@_tools_command("experience")
@click.argument("task")
@click.option("-k", "k", default=3, show_default=True, type=click.IntRange(1, 1000))
def tools_experience(ctx: Context, task: str, k: int, user_id: str | None, agent_id: str | None) -> None:
    """Past runs of tasks like TASK, best first: outcome, call pattern, what went wrong."""
    found = ctx.mg.tools.experience(task, k, user_id=user_id, agent_id=agent_id)
    if ctx.as_json:
        emit_json(found)
        return
    if not found:
        out.print("No similar past runs.")
        return
    for i, e in enumerate(found, 1):
        colour = {"solved": "green", "failed": "red"}.get(e.outcome, "yellow")
        out.print(Text(f"{i}. ") + Text(e.outcome, style=colour) + Text(f"  {e.score:.3f}  {clip(e.task, 100)}"))
        out.print(Text(f"   {e.pattern}"), soft_wrap=True)
        for wrong in e.went_wrong[:3]:
            out.print(Text(f"   went wrong: {clip(wrong, 120)}", style="red"))


@_tools_command("calls")
@click.option("--tool", help="Only calls of this tool.")
@click.option("--task", "task_id", help="Only the calls of this run (task id), in call order.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0))
def tools_calls(
    ctx: Context,
    tool: str | None,
    task_id: str | None,
    limit: int,
    offset: int,
    user_id: str | None,
    agent_id: str | None,
) -> None:
    """Recorded calls, newest first: tool, arguments, status, result."""
    found = ctx.mg.tools.calls(
        tool=tool, task_id=task_id, user_id=user_id, agent_id=agent_id, limit=limit, offset=offset
    )
    if ctx.as_json:
        emit_json(found)
        return
    if not found:
        out.print("No calls.")
        return
    table = Table(
        Column("tool", overflow="fold"),
        Column("args", overflow="fold"),
        "status",
        Column("result / error", overflow="fold"),
        Column("id / task", overflow="fold"),
    )
    for c in found:
        ids = f"{c.id}\ntask {c.task_id}" if c.task_id else c.id
        table.add_row(*_cells(c.tool, clip(c.args, 80), c.status.value, clip(c.error or c.result or "", 80), ids))
    out.print(table)
