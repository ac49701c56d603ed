"""Tool-call logs: OpenAI-style chat logs and MCP JSON-RPC logs, read into runs of calls ready
for :meth:`memgraph.MemGraph.tools` ``.import_log``.

Shapes read (JSON, or JSON Lines with one object per line):

- **OpenAI-style messages**: a list of chat messages, ``{"messages": [...]}``, or a list of such
  run objects. An assistant message's ``tool_calls`` (``{"id", "function": {"name",
  "arguments"}}``, arguments a JSON text or object) are answered by ``tool`` messages with the
  same ``tool_call_id``. A tool message is an error when it has ``"status": "error"`` or
  ``"is_error": true``, or its content starts with ``Error`` (the convention of tau-bench
  and of many agent frameworks). A run object may carry ``task`` (the request the calls
  served), ``outcome`` (``solved`` / ``failed`` / ``unknown``) or ``reward`` (>= 1 solved,
  <= 0 failed), ``session_id`` and ``tools`` (definitions, OpenAI ``{"type": "function",
  "function": {...}}`` or flat ``{"name", "description", "parameters", "writes"?}``). Result
  files of tau-bench (Yao et al., 2024, "τ-bench"; runs ``{"task_id", "trial", "reward",
  "traj", "info"}``) read the same way, ``traj`` being the messages; ``info.task.instruction``
  is kept as metadata ``instruction`` (it is the user simulator's brief, which the agent never
  saw).
- **MCP JSON-RPC**: messages ``{"jsonrpc": "2.0", ...}``, bare or wrapped as ``{"timestamp",
  "message": {...}}``: ``tools/call`` requests (``params.name``, ``params.arguments``)
  answered by responses with the same ``id`` (``result.content`` text parts, or
  ``structuredContent``; ``result.isError`` or a JSON-RPC ``error`` make it an error);
  ``tools/list`` results register the tools (``annotations.readOnlyHint`` true: the tool does
  not write; ``destructiveHint`` or ``readOnlyHint`` false: it writes). One file is one run.

When a run gives no ``task``, its task is the user's request: the user messages before the
first tool call (all user messages when none come before it). A call with no result becomes a
call of status ``unknown`` (the log ended first). Every message is checked before anything is
returned: a tool result with no call before it, a malformed call, a time without a zone or a
result timestamped before its call raise :class:`~memgraph.errors.UnsupportedFileError`
naming the message, so an import writes all of a file or nothing. Nothing here writes to a store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from memgraph.errors import UnsupportedFileError

from .base import file_sha256, iso_time, read_markup_bytes

TASK_CHARS = 2_000
"""Longest task text taken from a run's user messages."""


@dataclass
class LoggedCall:
    """One call read from a log: ``args`` as the log gave them (an object or a JSON text),
    ``result`` text or None, ``status`` ``ok`` / ``error`` / ``unknown``."""

    tool: str
    args: Any
    result: str | None = None
    status: str = "unknown"
    error: str | None = None
    call_id: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass
class LoggedTool:
    """A tool definition read from a log; ``writes`` None when the log does not say."""

    name: str
    description: str | None = None
    parameters: dict[str, Any] = field(default_factory=dict)
    writes: bool | None = None


@dataclass
class LoggedRun:
    """The calls of one conversation or session, in order, with what they served."""

    calls: list[LoggedCall] = field(default_factory=list)
    task: str | None = None
    outcome: str | None = None
    reward: float | None = None
    session_id: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class ToolLog:
    """A log file read: ``format`` is ``openai`` or ``mcp``."""

    uri: str
    sha256: str
    format: str
    runs: list[LoggedRun] = field(default_factory=list)
    tools: list[LoggedTool] = field(default_factory=list)

    @property
    def call_count(self) -> int:
        return sum(len(r.calls) for r in self.runs)


def _fail(where: str, problem: str) -> UnsupportedFileError:
    return UnsupportedFileError(f"{where}: {problem}")


def _content_text(content: Any) -> str:
    """Message content as text: a string, or the text parts of a content list."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(
            str(p.get("text", "")) if isinstance(p, dict) else str(p)
            for p in content
            if not isinstance(p, dict) or p.get("type", "text") == "text"
        )
    return json.dumps(content, ensure_ascii=False)


def _when(where: str, item: dict[str, Any]) -> datetime | None:
    for key in ("timestamp", "created_at"):
        if item.get(key) is not None:
            return iso_time(where, item[key], key)
    return None


def _tool_defs(where: str, items: Any) -> list[LoggedTool]:
    if items is None:
        return []
    if not isinstance(items, list):
        raise _fail(where, "'tools' must be a list of tool definitions")
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise _fail(f"{where} tool #{i}", "must be an object")
        fn: dict[str, Any] = item["function"] if isinstance(item.get("function"), dict) else item
        name = fn.get("name")
        if not isinstance(name, str):
            raise _fail(f"{where} tool #{i}", "has no 'name'")
        params = fn.get("parameters", fn.get("inputSchema")) or {}
        if not isinstance(params, dict):
            raise _fail(f"{where} tool {name!r}", "'parameters' must be a JSON Schema object")
        writes = item.get("writes", fn.get("writes"))
        notes: dict[str, Any] = fn["annotations"] if isinstance(fn.get("annotations"), dict) else {}
        if writes is None and notes.get("readOnlyHint") is not None:
            writes = not notes["readOnlyHint"]
        if writes is None and notes.get("destructiveHint"):
            writes = True
        desc = fn.get("description")
        out.append(LoggedTool(name, desc if isinstance(desc, str) else None, params, _bool(where, writes)))
    return out


def _bool(where: str, value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise _fail(where, f"'writes' must be true or false, got {value!r}")


def _is_error(msg: dict[str, Any], text: str) -> bool:
    if msg.get("status") == "error" or msg.get("is_error") is True:
        return True
    return text.lstrip().lower().startswith("error")


def _openai_run(where: str, messages: list[Any], obj: dict[str, Any]) -> LoggedRun:
    run = LoggedRun()
    pending: dict[str, LoggedCall] = {}
    user_before: list[str] = []
    user_all: list[str] = []
    for i, msg in enumerate(messages):
        at = f"{where} message #{i}"
        if not isinstance(msg, dict) or not isinstance(msg.get("role"), str):
            raise _fail(at, "must be an object with a 'role'")
        role = msg["role"]
        when = _when(at, msg)
        if role == "user":
            text = _content_text(msg.get("content")).strip()
            if text:
                user_all.append(text)
                if not run.calls:
                    user_before.append(text)
        elif role == "assistant":
            calls = msg.get("tool_calls") or []
            if not isinstance(calls, list):
                raise _fail(at, "'tool_calls' must be a list")
            for j, tc in enumerate(calls):
                fn = tc.get("function") if isinstance(tc, dict) else None
                if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
                    raise _fail(f"{at} tool call #{j}", "needs 'function': {'name', 'arguments'}")
                cid = tc.get("id")
                if not isinstance(cid, str) or not cid:
                    raise _fail(f"{at} tool call #{j}", "has no 'id' (tool messages answer calls by id)")
                if cid in pending:
                    raise _fail(f"{at} tool call #{j}", f"repeats the call id {cid!r} of an unanswered call")
                made = LoggedCall(fn["name"], fn.get("arguments", {}), call_id=cid, started_at=when)
                pending[cid] = made
                run.calls.append(made)
        elif role == "tool":
            cid = msg.get("tool_call_id")
            call = pending.pop(cid, None) if isinstance(cid, str) else None
            if call is None:
                raise _fail(
                    at, f"is a tool result for call id {cid!r}, but no earlier assistant message made that call"
                )
            text = _content_text(msg.get("content"))
            call.result = text
            call.ended_at = when
            if call.started_at is not None and when is not None and when < call.started_at:
                raise _fail(
                    at,
                    f"the result of call {cid!r} ({call.tool}) is timestamped {when.isoformat()}, before the call "
                    f"({call.started_at.isoformat()}): the clocks disagree; fix or drop the timestamps",
                )
            if _is_error(msg, text):
                call.status, call.error = "error", text
            else:
                call.status = "ok"
    task = obj.get("task")
    if task is not None and not isinstance(task, str):
        raise _fail(where, "'task' must be a string")
    run.task = task or " ".join(user_before or user_all)[:TASK_CHARS] or None
    return run


def _outcome(where: str, obj: dict[str, Any], run: LoggedRun) -> None:
    outcome = obj.get("outcome")
    reward = obj.get("reward")
    if reward is not None:
        if isinstance(reward, bool) or not isinstance(reward, (int, float)):
            raise _fail(where, f"'reward' must be a number, got {reward!r}")
        run.reward = float(reward)
        outcome = outcome or ("solved" if reward >= 1 else "failed" if reward <= 0 else "unknown")
    if outcome is not None and outcome not in ("solved", "failed", "unknown"):
        raise _fail(where, f"'outcome' must be solved, failed or unknown, got {outcome!r}")
    run.outcome = outcome


def _run_object(where: str, obj: dict[str, Any]) -> tuple[LoggedRun, list[LoggedTool]]:
    messages = obj.get("messages", obj.get("traj"))
    if not isinstance(messages, list):
        raise _fail(where, "a run object needs 'messages' (a list of chat messages)")
    run = _openai_run(where, messages, obj)
    _outcome(where, obj, run)
    sid = obj.get("session_id", obj.get("id"))
    if sid is None and "task_id" in obj:  # tau-bench: one run per task and trial
        sid = f"task-{obj['task_id']}-trial-{obj.get('trial', 0)}"
    run.session_id = None if sid is None else str(sid)
    run.metadata = {
        k: v for k, v in obj.items() if k in ("task_id", "trial") and isinstance(v, (str, int, float, bool))
    }
    info = obj.get("info")
    brief = info.get("task", {}).get("instruction") if isinstance(info, dict) else None
    if isinstance(brief, str):
        run.metadata["instruction"] = brief
    return run, _tool_defs(where, obj.get("tools"))


def _mcp(where: str, items: list[Any]) -> tuple[LoggedRun, list[LoggedTool]]:
    run = LoggedRun()
    tools: list[LoggedTool] = []
    requests: dict[str, tuple[str, LoggedCall | None]] = {}
    for i, raw in enumerate(items):
        at = f"{where} message #{i}"
        if not isinstance(raw, dict):
            raise _fail(at, "must be a JSON-RPC object")
        msg: dict[str, Any] = raw["message"] if isinstance(raw.get("message"), dict) else raw
        when = _when(at, raw) or _when(at, msg)
        mid = msg.get("id")
        key = json.dumps(mid)
        method = msg.get("method")
        if isinstance(method, str):
            if mid is None:
                continue  # a notification
            call = None
            if method == "tools/call":
                params = msg.get("params")
                if not isinstance(params, dict) or not isinstance(params.get("name"), str):
                    raise _fail(at, "tools/call needs params {'name', 'arguments'}")
                call = LoggedCall(params["name"], params.get("arguments") or {}, call_id=str(mid), started_at=when)
                run.calls.append(call)
            requests[key] = (method, call)
            continue
        if "result" not in msg and "error" not in msg:
            raise _fail(at, "is neither a request nor a response")
        if key not in requests:
            raise _fail(at, f"is a response to id {mid!r}, but no earlier request had that id")
        method, call = requests.pop(key)
        result = msg.get("result")
        if method == "tools/list" and isinstance(result, dict):
            tools += _tool_defs(at, result.get("tools"))
        if call is None:
            continue
        call.ended_at = when
        if call.started_at is not None and when is not None and when < call.started_at:
            raise _fail(at, f"the response to {call.tool!r} (id {mid!r}) is timestamped before its request")
        if "error" in msg:
            err = msg["error"]
            text = err.get("message", json.dumps(err)) if isinstance(err, dict) else str(err)
            call.result, call.status, call.error = None, "error", str(text)
            continue
        if not isinstance(result, dict):
            raise _fail(at, "a tools/call result must be an object")
        if result.get("structuredContent") is not None:
            text = json.dumps(result["structuredContent"], ensure_ascii=False)
        else:
            text = _content_text(result.get("content"))
        call.result = text
        call.status, call.error = ("error", text) if result.get("isError") else ("ok", None)
    return run, tools


def _parse(where: str, data: str) -> tuple[list[Any], bool]:
    """The top-level items of a JSON or JSON Lines text, and whether it was JSON Lines."""
    try:
        raw = json.loads(data)
        return (raw if isinstance(raw, list) else [raw]), False
    except json.JSONDecodeError:
        pass
    items = []
    for n, line in enumerate(data.splitlines(), 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise _fail(f"{where} line {n}", f"not JSON ({e.msg})") from e
    return items, True


def tool_definitions(where: str, items: Any) -> list[LoggedTool]:
    """Tool definitions from a list (OpenAI ``{"type": "function", "function": {...}}``, MCP
    ``{"name", "inputSchema", "annotations"}`` or flat ``{"name", "description",
    "parameters", "writes"}``) or an object holding one under ``tools``.

    Raises:
        UnsupportedFileError: not a list of definitions, or one without a name (named).
    """
    if isinstance(items, dict) and "tools" in items:
        items = items["tools"]
    return _tool_defs(where, items)


def load_tool_definitions(path: str | Path) -> list[LoggedTool]:
    """Read a JSON file of tool definitions (see :func:`tool_definitions`).

    Raises:
        UnsupportedFileError: not JSON, or not tool definitions.
    """
    p = Path(path)
    try:
        raw = json.loads(read_markup_bytes(p).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise UnsupportedFileError(f"{p}: not a JSON file ({e})") from e
    return tool_definitions(str(p), raw)


def load_tool_log(path: str | Path) -> ToolLog:
    """Read a tool-call log (see the module docstring for the shapes).

    Raises:
        UnsupportedFileError: not JSON / JSON Lines, no known shape, or a malformed message
            (named by run and message number).
    """
    p = Path(path)
    data = read_markup_bytes(p)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UnsupportedFileError(f"{p}: not UTF-8 text ({e})") from e
    items, _ = _parse(str(p), text)
    log = ToolLog(uri=str(p.resolve()), sha256=file_sha256(p), format="openai")
    if not items:
        raise UnsupportedFileError(f"{p}: the log is empty")
    first = items[0]
    inner = first.get("message") if isinstance(first, dict) and isinstance(first.get("message"), dict) else first
    if isinstance(inner, dict) and inner.get("jsonrpc") == "2.0":
        run, tools = _mcp(str(p), items)
        log.format, log.runs, log.tools = "mcp", [run], tools
    elif all(isinstance(x, dict) and isinstance(x.get("role"), str) for x in items):
        log.runs = [_openai_run(str(p), items, {})]
    elif all(isinstance(x, dict) and ("messages" in x or "traj" in x) for x in items):
        for i, obj in enumerate(items):
            run, tools = _run_object(f"{p} run #{i}", obj)
            log.runs.append(run)
            log.tools += tools
    else:
        raise UnsupportedFileError(
            f"{p}: not a tool-call log: expected chat messages with tool_calls (a list, or objects with "
            "'messages'), or MCP JSON-RPC messages"
        )
    if not any(r.calls for r in log.runs):
        raise UnsupportedFileError(f"{p}: the log holds no tool calls")
    return log
