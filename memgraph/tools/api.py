"""``mg.tools``: the tool-memory sub-API of :class:`~memgraph.MemGraph`.

Record tool use (one call, a run, a log file, or every call of a decorated Python function),
then reuse it: cached results where that is safe (:mod:`memgraph.tools.cache`), past runs of
similar tasks and tools ranked for a new one (:mod:`memgraph.tools.experience`), and per-tool
statistics (:mod:`memgraph.tools.stats`). Tool memory is per owner, like memories: a user's
(``user_id``) or an agent's (``agent_id``); with both, the user's.
"""

from __future__ import annotations

import builtins
import dataclasses
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InvalidInputError, NotFoundError
from ..intake.lifecycle import Owner
from ..loaders.toollog import LoggedRun, load_tool_definitions, load_tool_log, tool_definitions
from ..models import NodeLabel, Task, Tool, ToolCall, ToolResult, utcnow
from ..stores.base import GraphStore
from ..validate import check_limit, check_offset, check_text, check_time, check_top_k
from .cache import CachedResult, CacheMiss, ToolCache
from .calls import REDACTED, check_tool_name
from .experience import Experience, ExperienceConfig, ExperienceFinder, Suggestion
from .functions import FunctionMemory, RunHandle
from .recorder import CallInput, RecordedRun, RunInput, ToolRecorder, ToolSpec, run_hash
from .stats import ToolStats, tool_stats

OwnerOf = Callable[[str | None, str | None, str | None], Owner]
"""The facade's owner check: ``(user_id, agent_id, session_id) -> Owner``."""


@dataclass(frozen=True)
class ImportResult:
    """What :meth:`ToolsAPI.import_log` wrote.

    Attributes:
        uri, format: the log file and its shape (``openai`` or ``mcp``).
        runs, calls, tools: counts written (tools: definitions given with the log or in it).
        task_ids: every run's task node id, in log order (a skipped run's is the stored one).
        skipped: runs already stored by an earlier import of the same runs (nothing written).
        seconds: wall time of reading, embedding and writing.
    """

    uri: str
    format: str
    runs: int
    calls: int
    tools: int
    task_ids: list[str | None]
    skipped: int
    seconds: float


class ToolsAPI(FunctionMemory):
    """Tool-call memory (``mg.tools``): register, record, import, cache, experience, suggest, stats.

    Every method takes the owner as ``user_id`` and/or ``agent_id`` and raises
    :class:`~memgraph.errors.InvalidInputError` when neither is given or an argument is bad.
    """

    def __init__(self, store: GraphStore, recorder: ToolRecorder, finder: ExperienceFinder, owner_of: OwnerOf) -> None:
        self._store = store
        self._recorder = recorder
        self._cache = ToolCache(store)
        self._finder = finder
        self._owner_of = owner_of

    def _owner(self, user_id: str | None, agent_id: str | None, session_id: str | None = None) -> Owner:
        return self._owner_of(user_id, agent_id, session_id)

    # -- tools ----------------------------------------------------------------------------------
    def register(
        self,
        name: str,
        *,
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        writes: bool | None = None,
        ttl_seconds: float | None = 300.0,
        user_id: str | None = None,
        agent_id: str | None = None,
    ) -> Tool:
        """Create or update a tool (its call counters are kept).

        Args:
            name: 1-128 letters (any script), digits, ``_ - . /``; no spaces or quotes.
            description: what it does.
            parameters: JSON Schema of its arguments.
            writes: whether a call changes outside state. Only a tool registered with
                ``writes=False`` has its results served from the cache; None (unknown) is
                treated as writing.
            ttl_seconds: how long its results stay servable (0: never; None: no expiry).

        Raises:
            InvalidInputError: a bad name, parameters not an object, ttl not a number >= 0.
        """
        owner = self._owner(user_id, agent_id)
        spec = ToolSpec(
            name,
            description,
            None if parameters is None else dict(parameters),
            writes,
            ttl_seconds,
            ttl_given=True,
        )
        return self._recorder.register(owner, spec)

    def list(
        self, *, user_id: str | None = None, agent_id: str | None = None, limit: int = 100, offset: int = 0
    ) -> builtins.list[Tool]:
        """The owner's tools, by name."""
        owner = self._owner(user_id, agent_id)
        recs = self._store.find_nodes(NodeLabel.TOOL, [owner.scope], limit=None)
        tools = sorted((Tool.model_validate(r.props) for r in recs), key=lambda t: t.name)
        start = check_offset(offset)
        return tools[start : start + check_limit(limit)]

    # -- recording ------------------------------------------------------------------------------
    def record(
        self,
        tool: str,
        args: object = None,
        *,
        result: object = None,
        error: str | None = None,
        status: str | None = None,
        started_at: datetime | str | None = None,
        ended_at: datetime | str | None = None,
        latency_ms: float | None = None,
        call_id: str | None = None,
        task: str | None = None,
        task_id: str | None = None,
        user_id: str | None = None,
        agent_id: str | None = None,
        session_id: str | None = None,
    ) -> ToolCall:
        """Record one call, atomically.

        Args:
            tool: the tool's name (created, ``writes`` unknown, if never registered).
            args: a JSON object (dict) or its JSON text; secret-named keys (``api_key``,
                ``token``, ``password``, ``authorization``, ...) are stored as ``[REDACTED]``.
            result: text, or a JSON-serialisable value (stored as JSON text; a cached result's
                ``value()`` decodes it again). Results over
                4,000 characters are kept whole once in a ``ToolResult`` node (up to 16 MiB;
                larger ones keep a prefix, size and sha256, and are never served from cache).
            error: the error text of a failed call (status ``error``; a result given with it is
                kept, for tools that answer with an error payload).
            status: ``ok`` / ``error`` / ``unknown``; default from ``error`` and ``result``.
            started_at, ended_at: timezone-aware times; a result before its call is refused.
                Without either, the call is taken as made now (its result's age for the cache).
            latency_ms: default ``ended_at - started_at``.
            call_id: the caller's own id of the call.
            task: the request the call served: starts a new run with this call.
            task_id: a stored run to append the call to (chained by ``NEXT`` to its last call).

        Raises:
            InvalidInputError: bad name, arguments not a JSON object or not JSON-serialisable
                (the key path is named), naive time, clock skew, bad status.
            NotFoundError: ``task_id`` is not one of the owner's runs.
        """
        owner = self._owner(user_id, agent_id, session_id)
        if task is not None and task_id is not None:
            raise InvalidInputError("give task (a new run) or task_id (an existing run), not both")
        started = started_at if started_at is not None else (None if ended_at is not None else utcnow())
        call = CallInput(tool, args, result, error, status, started, ended_at, latency_ms, call_id)
        run = RunInput([call], task=task)
        return self._recorder.record_runs(owner, [run], append_to=task_id)[0].calls[0]

    def record_run(
        self,
        calls: Sequence[Mapping[str, Any] | CallInput],
        *,
        task: str | None = None,
        outcome: str | None = None,
        reward: float | None = None,
        metadata: dict[str, Any] | None = None,
        user_id: str | None = None,
        agent_id: str | None = None,
        session_id: str | None = None,
    ) -> RecordedRun:
        """Record the calls of one run and the request they served, in one transaction.

        Args:
            calls: in order, each a :class:`CallInput` or a dict of :meth:`record`'s call
                arguments (``{"tool", "args", "result", "error", "status", "started_at", ...}``).
            task: the request (embedded: similar requests find this run).
            outcome: ``solved`` / ``failed`` / ``unknown``; reward: a number, kept.

        Raises:
            InvalidInputError: a bad call (its number is named; nothing is written).
        """
        owner = self._owner(user_id, agent_id, session_id)
        now = utcnow()
        items = [self._call_input(c, i, now) for i, c in enumerate(calls)]
        run = RunInput(items, task=task, outcome=outcome, reward=reward, metadata=metadata or {}, whole=True)
        return self._recorder.record_runs(owner, [run])[0]

    @staticmethod
    def _call_input(value: Mapping[str, Any] | CallInput, i: int, now: datetime) -> CallInput:
        """A call of :meth:`record_run`; one without times is taken as made ``now``."""
        if not isinstance(value, CallInput):
            if not isinstance(value, Mapping) or "tool" not in value:
                raise InvalidInputError(f"call #{i} must be a dict with 'tool'")
            allowed = set(CallInput.__dataclass_fields__)
            unknown = set(value) - allowed
            if unknown:
                raise InvalidInputError(f"call #{i} has unknown keys {sorted(unknown)} (known: {sorted(allowed)})")
            value = CallInput(**value)
        if value.started_at is None and value.ended_at is None:
            value = dataclasses.replace(value, started_at=now)  # the caller's object stays as given
        return value

    def finish(
        self,
        task_id: str,
        outcome: str,
        *,
        reward: float | None = None,
        user_id: str | None = None,
        agent_id: str | None = None,
    ) -> Task:
        """Set how a run ended: ``solved``, ``failed`` or ``unknown``.

        Raises:
            InvalidInputError: an unknown outcome. NotFoundError: not one of the owner's runs.
        """
        return self._recorder.finish(self._owner(user_id, agent_id), task_id, outcome, reward)

    def import_log(
        self,
        path: str | Path,
        *,
        tools: str | Path | Sequence[Mapping[str, Any]] | None = None,
        user_id: str | None = None,
        agent_id: str | None = None,
    ) -> ImportResult:
        """Import an OpenAI-style or MCP tool-call log (see :mod:`memgraph.loaders.toollog`
        for the shapes): every run, call, result and tool definition, in one transaction.

        Args:
            path: the log (JSON or JSON Lines).
            tools: tool definitions to register with it (a JSON file or a list: OpenAI
                ``{"type": "function", "function": {...}}``, MCP ``{"name", "inputSchema",
                "annotations"}`` or ``{"name", "description", "parameters", "writes"}``), so
                reading tools are known as such (``writes: false``) and may be cached.

        Raises:
            InvalidInputError: a file does not exist, or a call is bad (named by run and call).
            UnsupportedFileError: not a tool-call log, or a malformed message or definition (named).
        """
        owner = self._owner(user_id, agent_id)
        p = Path(path)
        if not p.is_file():
            raise InvalidInputError(f"no such file: {p}")
        t0 = time.perf_counter()
        log = load_tool_log(p)
        defs = list(log.tools)
        if isinstance(tools, (str, Path)):
            if not Path(tools).is_file():
                raise InvalidInputError(f"no such file: {tools}")
            defs += load_tool_definitions(tools)
        elif tools is not None:
            defs += tool_definitions("tools", list(tools))
        specs = [ToolSpec(t.name, t.description, t.parameters, t.writes) for t in defs]
        runs = [self._run_input(r) for r in log.runs]
        seen: dict[str, int] = {}
        for run in runs:
            first = run_hash(run)
            run.run_hash = run_hash(run, seen.get(first, 0))
            seen[first] = seen.get(first, 0) + 1
        recorded = self._recorder.record_runs(owner, runs, specs, source=str(p))
        fresh = [r for r in recorded if not r.skipped]
        return ImportResult(
            uri=log.uri,
            format=log.format,
            runs=len(fresh),
            calls=sum(len(r.calls) for r in fresh),
            tools=len({s.name for s in specs}),
            task_ids=[None if r.task is None else r.task.id for r in recorded],
            skipped=len(recorded) - len(fresh),
            seconds=time.perf_counter() - t0,
        )

    @staticmethod
    def _run_input(run: LoggedRun) -> RunInput:
        calls = [
            CallInput(
                c.tool,
                c.args,
                c.result,
                c.error,
                c.status,
                c.started_at,
                c.ended_at,
                None,
                c.call_id,
            )
            for c in run.calls
        ]
        return RunInput(calls, run.task, run.outcome, run.reward, run.session_id, dict(run.metadata), whole=True)

    # -- reading back ---------------------------------------------------------------------------
    def calls(
        self,
        *,
        tool: str | None = None,
        task_id: str | None = None,
        user_id: str | None = None,
        agent_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> builtins.list[ToolCall]:
        """The owner's recorded calls, newest first (a run's calls in call order when
        ``task_id`` is given)."""
        owner = self._owner(user_id, agent_id)
        where: dict[str, Any] = {}
        if tool is not None:
            where[ToolCall.prop("tool")] = check_tool_name(tool)
        if task_id is not None:
            where[ToolCall.prop("task_id")] = check_text("task_id", task_id, limit=512)
        recs = self._store.find_nodes(
            NodeLabel.TOOL_CALL,
            [owner.scope],
            where=where or None,
            limit=None if task_id is not None else check_limit(limit),
            offset=0 if task_id is not None else check_offset(offset),
        )
        calls = [ToolCall.model_validate(r.props) for r in recs]
        if task_id is not None:
            calls.sort(key=lambda c: c.seq)
            start = check_offset(offset)
            calls = calls[start : start + check_limit(limit)]
        return calls

    def result(self, call_id: str, *, user_id: str | None = None, agent_id: str | None = None) -> str | None:
        """The whole result text of a call (None when it has none).

        Raises:
            NotFoundError: no such call of the owner, or its result was too large to keep.
        """
        owner = self._owner(user_id, agent_id)
        found = self._store.get_nodes(NodeLabel.TOOL_CALL, [check_text("call_id", call_id, limit=512)], [owner.scope])
        if not found:
            raise NotFoundError(f"no tool call {call_id!r} in {owner.scope}")
        call = ToolCall.model_validate(found[0].props)
        if not call.result_truncated:
            return call.result
        blob = self._store.get_nodes(NodeLabel.TOOL_RESULT, [f"{owner.scope}|{call.result_sha256}"], [owner.scope])
        if not blob:
            raise NotFoundError(
                f"call {call_id!r} returned {call.result_size:,} bytes, more than is kept; only its first "
                f"{len(call.result or ''):,} characters and sha256 {call.result_sha256} remain"
            )
        return ToolResult.model_validate(blob[0].props).content

    def runs(
        self, *, user_id: str | None = None, agent_id: str | None = None, limit: int = 100, offset: int = 0
    ) -> builtins.list[Task]:
        """The owner's runs (tasks), newest first."""
        owner = self._owner(user_id, agent_id)
        recs = self._store.find_nodes(
            NodeLabel.TASK, [owner.scope], limit=check_limit(limit), offset=check_offset(offset)
        )
        return [Task.model_validate(r.props) for r in recs]

    # -- reuse ----------------------------------------------------------------------------------
    def lookup(
        self,
        tool: str,
        args: object = None,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        now: datetime | str | None = None,
    ) -> CachedResult | CacheMiss:
        """The cached result of ``tool(args)`` or why there is none (see :mod:`memgraph.tools.cache`).

        Raises:
            InvalidInputError: the tool writes or is not registered as read-only, bad arguments.
        """
        owner = self._owner(user_id, agent_id)
        return self._cache.lookup(owner.scope, tool, args, now=check_time("now", now))

    def cached(
        self,
        tool: str,
        args: object = None,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        now: datetime | str | None = None,
    ) -> CachedResult | None:
        """:meth:`lookup`, None on a miss: ``hit.result``, ``hit.age_seconds``, ``hit.describe()``."""
        found = self.lookup(tool, args, user_id=user_id, agent_id=agent_id, now=now)
        return found if isinstance(found, CachedResult) else None

    def experience(
        self,
        task: str,
        k: int = 5,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        config: ExperienceConfig | None = None,
        query_vector: Any = None,
        exclude: Sequence[str] = (),
    ) -> builtins.list[Experience]:
        """Past runs of tasks like ``task``, best first: call sequences, argument pattern,
        outcome, and for failed runs what went wrong (see :mod:`memgraph.tools.experience`).

        Args:
            task: the new request. k: runs wanted (1-1000).
            query_vector: the request's embedding when the caller has it.
            exclude: task ids to leave out, as if never recorded (the run being evaluated).
        """
        text, scopes, top, cfg, extra = self._query(task, k, user_id, agent_id, config, query_vector, exclude)
        return self._finder.experience(text, scopes, top, cfg, **extra)

    def suggest(
        self,
        task: str,
        k: int = 5,
        *,
        writes: bool | None = None,
        user_id: str | None = None,
        agent_id: str | None = None,
        config: ExperienceConfig | None = None,
        query_vector: Any = None,
        exclude: Sequence[str] = (),
    ) -> builtins.list[Suggestion]:
        """Tools ranked for ``task`` from what served similar runs, each with why.

        Args:
            writes: True: only tools that write (the action to take); False: only reading ones.
            exclude: task ids to leave out (as :meth:`experience`).
        """
        if writes is not None and not isinstance(writes, bool):
            raise InvalidInputError(f"writes must be true, false or None, got {writes!r}")
        text, scopes, top, cfg, extra = self._query(task, k, user_id, agent_id, config, query_vector, exclude)
        return self._finder.suggest(text, scopes, top, cfg, writes=writes, **extra)

    def _query(
        self,
        task: str,
        k: int,
        user_id: str | None,
        agent_id: str | None,
        config: ExperienceConfig | None,
        query_vector: Any,
        exclude: Sequence[str],
    ) -> tuple[str, builtins.list[str], int, ExperienceConfig, dict[str, Any]]:
        """The checked arguments of :meth:`experience` and :meth:`suggest`."""
        owner = self._owner(user_id, agent_id)
        if config is not None and not isinstance(config, ExperienceConfig):
            raise InvalidInputError(f"config must be an ExperienceConfig, got {type(config).__name__}")
        if isinstance(exclude, str) or not all(isinstance(x, str) for x in exclude):
            raise InvalidInputError("exclude must be a list of task ids")
        vector = None
        if query_vector is not None:
            dim = self._finder.embedder.dimension
            try:
                vector = np.asarray(query_vector, dtype=np.float32)
            except (TypeError, ValueError):
                vector = np.zeros(0, dtype=np.float32)
            if vector.shape != (dim,) or not np.isfinite(vector).all():
                raise InvalidInputError(f"query_vector must be {dim} finite numbers (the embedder's dimension)")
        extra = {"query_vector": vector, "exclude": frozenset(exclude)}
        return (
            check_text("task", task, limit=10_000),
            [owner.scope],
            check_top_k(k, name="k"),
            config or ExperienceConfig(),
            extra,
        )

    def stats(self, name: str, *, user_id: str | None = None, agent_id: str | None = None) -> ToolStats:
        """Calls, success rate, latency p50/p95 and most common errors of one tool.

        Raises:
            NotFoundError: the owner has no such tool.
        """
        owner = self._owner(user_id, agent_id)
        return tool_stats(self._store, [owner.scope], owner.scope, name)


__all__ = ["REDACTED", "ImportResult", "RunHandle", "ToolsAPI"]
