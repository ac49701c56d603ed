"""Writing tool use to the graph: tools, runs (``Task``) and their calls, each call of each run
in one transaction.

A run becomes a ``Task`` node (the request it served, its outcome) owned by the caller, and
its calls ``ToolCall`` nodes: ``(caller)-[:CALLED]->(call)-[:OF_TOOL]->(tool)``,
``(call)-[:FOR_TASK]->(task)``, ``(call)-[:NEXT]->(next call)``, ``(call)-[:IN_SESSION]->
(session)`` and, for a large result, ``(call)-[:RETURNED]->(result)``. Tools seen for the
first time are created with ``writes`` unknown (treated as writing by the cache).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from ..errors import InvalidInputError, NotFoundError
from ..intake.lifecycle import MemoryWriter, Owner
from ..models import (
    NodeLabel,
    Relationship,
    RelType,
    Task,
    TaskOutcome,
    Tool,
    ToolCall,
    ToolCallStatus,
    ToolResult,
    utcnow,
)
from ..stores.base import GraphStore, StoreReader, StoreTransaction, WriteBatch, record_of
from ..text.embed import Embedder
from ..text.textutil import clip
from ..validate import check_metadata, check_text, check_time
from .calls import canonical_args, check_tool_name, identifiers, result_text, split_result

MAX_TASK_CHARS = 10_000
"""Longest task (request) text."""

CALL_EMBED_CHARS = 200
"""Characters of a call's arguments JSON embedded with its tool name. Not tuned: JSON costs
many tokens per character, and embedding dominates the cost of an import (the first 500
characters made importing 621 calls take 12 s of embedding on 2 cores)."""


@dataclass
class ToolSpec:
    """What is known of a tool: ``writes`` / ``ttl_seconds`` None leave a stored value as it is."""

    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None
    writes: bool | None = None
    ttl_seconds: float | None = None
    ttl_given: bool = False


@dataclass
class CallInput:
    """One call to record. ``status`` defaults to ``error`` when ``error`` is given, else
    ``ok`` when there is a result, else ``unknown``; ``latency_ms`` defaults to the time
    between ``started_at`` and ``ended_at``."""

    tool: str
    args: Any = None
    result: Any = None
    error: str | None = None
    status: str | None = None
    started_at: datetime | str | None = None
    ended_at: datetime | str | None = None
    latency_ms: float | None = None
    call_id: str | None = None
    result_is_json: bool | None = None


@dataclass
class RunInput:
    """The calls of one run, in order, and the request they served."""

    calls: list[CallInput]
    task: str | None = None
    outcome: str | None = None
    reward: float | None = None
    session_id: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    whole: bool = False
    """A whole run (``record_run``, an import): it gets a task even without a request (its
    text then lists the tools called); a lone ``record`` without ``task`` gets none."""
    run_hash: str | None = None
    """See :attr:`memgraph.models.Task.run_hash` (set by imports)."""


@dataclass(frozen=True)
class RecordedRun:
    """A run as stored: its task (None for a lone call recorded without a request) and calls,
    in order; ``skipped`` when the same run was imported before (``task`` is the stored one)."""

    task: Task | None
    calls: list[ToolCall]
    skipped: bool = False


def run_hash(run: RunInput, occurrence: int = 0) -> str:
    """The sha256 of a run's content: request, session and each call's tool, arguments,
    result, status, error, call id and times, plus ``occurrence`` (the n-th run of the same
    content in one log), so a log imported twice adds nothing the second time."""
    calls = [
        [c.tool, c.args, c.result, c.status, c.error, c.call_id, str(c.started_at), str(c.ended_at)] for c in run.calls
    ]
    body = json.dumps([run.task, run.session_id, calls, occurrence], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def tool_id(scope: str, name: str) -> str:
    """Id of a tool node: one per owner scope and name."""
    return f"{scope}|{name}"


def _status(value: str | None, error: str | None, result: Any) -> ToolCallStatus:
    if value is None:
        return ToolCallStatus.ERROR if error else ToolCallStatus.OK if result is not None else ToolCallStatus.UNKNOWN
    try:
        return ToolCallStatus(value)
    except ValueError as e:
        raise InvalidInputError(f"status {value!r} is not one of {[s.value for s in ToolCallStatus]}") from e


def _outcome(value: str | None) -> TaskOutcome:
    try:
        return TaskOutcome(value or TaskOutcome.UNKNOWN)
    except ValueError as e:
        raise InvalidInputError(f"outcome {value!r} is not one of {[o.value for o in TaskOutcome]}") from e


@dataclass
class _Prepared:
    """A call checked and split, before ids, tools and runs are known."""

    call: ToolCall
    blob: ToolResult | None


@dataclass
class _PlannedRun:
    """A run checked and embedded, before the transaction."""

    run: RunInput
    owner: Owner
    calls: list[_Prepared]
    text: str | None
    request_given: bool
    vector: np.ndarray | None = None
    call_vectors: list[np.ndarray] = field(default_factory=list)


class ToolRecorder:
    """Records tools, runs and calls (used through :class:`memgraph.tools.api.ToolsAPI`)."""

    def __init__(self, store: GraphStore, embedder: Embedder, writer: MemoryWriter) -> None:
        self.store = store
        self.embedder = embedder
        self.writer = writer

    # -- checking -------------------------------------------------------------------------------
    @staticmethod
    def prepare(call: CallInput, owner: Owner, where: str = "call") -> _Prepared:
        """Check one call and build its node (tool, task and position filled in later).

        Raises:
            InvalidInputError: bad tool name, arguments or result (the message starts with
                ``where``), a naive time, or a result timestamped before its call.
        """
        try:
            name = check_tool_name(call.tool)
            args, args_hash = canonical_args(call.args)
            started = check_time("started_at", call.started_at)
            ended = check_time("ended_at", call.ended_at)
            if started is not None and ended is not None and ended < started:
                raise InvalidInputError(
                    f"the result is timestamped {ended.isoformat()}, before the call ({started.isoformat()}): "
                    "the clocks disagree; give the call's own times or leave ended_at out"
                )
            latency = call.latency_ms
            if latency is None and started is not None and ended is not None:
                latency = (ended - started).total_seconds() * 1000.0
            if latency is not None and (isinstance(latency, bool) or not isinstance(latency, (int, float))):
                raise InvalidInputError(f"latency_ms must be a number, got {latency!r}")
            if latency is not None and not (0 <= latency < float("inf")):
                raise InvalidInputError(f"latency_ms must be a finite number >= 0, got {latency}")
            error = None if call.error is None else check_text("error", str(call.error), limit=100_000)
            text = result_text(call.result)
            status = _status(call.status, error, text)
        except InvalidInputError as e:
            raise InvalidInputError(f"{where}: {e}") from e
        node = ToolCall(
            owner=owner.scope,
            tool=name,
            args=args,
            args_hash=args_hash,
            status=status,
            error=error,
            latency_ms=latency,
            started_at=started,
            call_id=None if call.call_id is None else str(call.call_id)[:512],
            user_id=owner.user_id,
            agent_id=owner.agent_id,
            session_id=owner.session_id,
            result_is_json=(
                bool(call.result_is_json)
                if call.result_is_json is not None
                else call.result is not None and not isinstance(call.result, str)
            ),
        )
        blob = None
        if text is not None:
            part = split_result(text)
            node.result, node.result_size, node.result_sha256 = part.inline, part.size, part.sha256
            node.result_truncated, node.result_kept = part.truncated, part.kept
            if part.blob is not None:
                blob = ToolResult(
                    id=f"{owner.scope}|{part.sha256}",
                    owner=owner.scope,
                    sha256=part.sha256,
                    size=part.size,
                    content=part.blob,
                )
        return _Prepared(node, blob)

    # -- tools ----------------------------------------------------------------------------------
    def _tools(
        self, tx: StoreReader, owner: Owner, names: set[str], specs: Sequence[ToolSpec], now: datetime
    ) -> dict[str, Tool]:
        """The owner's tools of these names (and of ``specs``), stored ones updated by the
        specs, missing ones new."""
        wanted = names | {s.name for s in specs}
        found = tx.get_nodes(NodeLabel.TOOL, [tool_id(owner.scope, n) for n in wanted], [owner.scope])
        stored = {t.name: t for t in (Tool.model_validate(r.props) for r in found)}
        out: dict[str, Tool] = {}
        for name in sorted(wanted):
            out[name] = stored.get(name) or Tool(
                id=tool_id(owner.scope, name), owner=owner.scope, name=name, created_at=now, updated_at=now
            )
        for spec in specs:
            tool = out[spec.name]
            update: dict[str, Any] = {"updated_at": now}
            if spec.description is not None:
                update["description"] = spec.description
            if spec.parameters is not None:
                update["parameters"] = spec.parameters
            if spec.writes is not None:
                update["writes"] = spec.writes
            if spec.ttl_given:
                update["ttl_seconds"] = spec.ttl_seconds
            out[spec.name] = tool.model_copy(update=update)
        return out

    @staticmethod
    def check_spec(spec: ToolSpec) -> ToolSpec:
        """Validate a tool definition.

        Raises:
            InvalidInputError: bad name, description, parameters (not a JSON object) or ttl.
        """
        check_tool_name(spec.name)
        if spec.description is not None:
            check_text("description", spec.description, limit=10_000)
        if spec.parameters is not None:
            if not isinstance(spec.parameters, Mapping):
                raise InvalidInputError(f"tool {spec.name!r}: parameters must be a JSON Schema object")
            spec.parameters = check_metadata(dict(spec.parameters))
        if spec.writes is not None and not isinstance(spec.writes, bool):
            raise InvalidInputError(f"tool {spec.name!r}: writes must be true or false, got {spec.writes!r}")
        ttl = spec.ttl_seconds
        if ttl is not None and (isinstance(ttl, bool) or not isinstance(ttl, (int, float)) or not 0 <= ttl < 1e12):
            raise InvalidInputError(f"tool {spec.name!r}: ttl_seconds must be a number >= 0 or None, got {ttl!r}")
        return spec

    def register(self, owner: Owner, spec: ToolSpec) -> Tool:
        """Create or update one tool of the owner (counters kept)."""
        spec = self.check_spec(spec)
        now = utcnow()

        def work(tx: StoreTransaction) -> Tool:
            tool = self._tools(tx, owner, set(), [spec], now)[spec.name]
            batch = WriteBatch(nodes=[record_of(tool)])
            batch.relationships.append(Relationship.link(RelType.OWNS, owner.node, (NodeLabel.TOOL, tool.id)))
            tx.write(batch)
            return tool

        return self.store.transaction(work, lock=self.writer.owner_locks([owner], now))

    # -- runs -----------------------------------------------------------------------------------
    def _plan(self, owner: Owner, runs: Sequence[RunInput], source: str | None) -> list[_PlannedRun]:
        """Check every run and call, then embed all their texts in one batched call."""
        planned: list[_PlannedRun] = []
        for r, run in enumerate(runs):
            where = f"run #{r}" if len(runs) > 1 else "run"
            where = f"{source} {where}" if source else where
            if not isinstance(run.calls, Sequence) or isinstance(run.calls, (str, bytes)):
                raise InvalidInputError(f"{where}: calls must be a list")
            sid = run.session_id if run.session_id is not None else owner.session_id
            run_owner = Owner(
                owner.user_id, owner.agent_id, None if sid is None else check_text("session_id", sid, limit=512)
            )
            single = len(runs) == 1 and len(run.calls) == 1 and not source
            calls = [
                self.prepare(c, run_owner, "call" if single else f"{where} call #{i} ({c.tool!r})")
                for i, c in enumerate(run.calls)
            ]
            text = None if run.task is None else check_text(f"{where} task", run.task, limit=MAX_TASK_CHARS)
            given = text is not None
            if text is None and run.whole:
                names = list(dict.fromkeys(p.call.tool for p in calls))
                text = "calls of " + ", ".join(names) if names else "a run without calls"
            _outcome(run.outcome)
            if run.reward is not None and (isinstance(run.reward, bool) or not isinstance(run.reward, (int, float))):
                raise InvalidInputError(f"{where}: reward must be a number, got {run.reward!r}")
            run.metadata = check_metadata(run.metadata)
            planned.append(_PlannedRun(run, run_owner, calls, text, given))
        texts: list[str] = []
        for pr in planned:
            if pr.text is not None:
                texts.append(pr.text)
            texts.extend(f"{p.call.tool} {clip(p.call.args, CALL_EMBED_CHARS)}" for p in pr.calls)
        vectors = iter(self.embedder.embed(texts)) if texts else iter([])
        for pr in planned:
            pr.vector = next(vectors) if pr.text is not None else None
            pr.call_vectors = [next(vectors) for _ in pr.calls]
        return planned

    def record_runs(
        self,
        owner: Owner,
        runs: Sequence[RunInput],
        specs: Sequence[ToolSpec] = (),
        *,
        append_to: str | None = None,
        source: str | None = None,
    ) -> list[RecordedRun]:
        """Record runs of calls (and tool definitions) in one transaction: all or nothing.

        Args:
            owner: whose tool use it is; a run's ``session_id`` replaces the owner's.
            runs: the runs, each with its calls in order. A run with ``run_hash`` that the
                owner already has is skipped (``RecordedRun.skipped``).
            specs: tool definitions to store with them.
            append_to: the id of a stored task the single run's calls continue (its request,
                outcome and session are kept).
            source: what the runs come from (a log file), named in error messages.

        Raises:
            InvalidInputError: a bad call (named by run and call number), task or outcome.
            NotFoundError: ``append_to`` names no task of the owner.
        """
        specs = [self.check_spec(s) for s in specs]
        planned = self._plan(owner, runs, source)
        names = {p.call.tool for pr in planned for p in pr.calls}
        hashes = [pr.run.run_hash for pr in planned if pr.run.run_hash]
        now = utcnow()

        def work(tx: StoreTransaction) -> list[RecordedRun]:
            batch = WriteBatch()
            tools = self._tools(tx, owner, names, specs, now)
            stored_runs: dict[str, Task] = {}
            if hashes:
                found = tx.find_nodes(
                    NodeLabel.TASK, [owner.scope], where_in={Task.prop("run_hash"): hashes}, limit=None
                )
                stored_runs = {t.run_hash or "": t for t in (Task.model_validate(r.props) for r in found)}
            base = None if append_to is None else self._task(tx, owner, append_to)
            out: list[RecordedRun] = []
            tick = 0
            for pr in planned:
                if pr.run.run_hash and pr.run.run_hash in stored_runs:
                    out.append(RecordedRun(stored_runs[pr.run.run_hash], [], skipped=True))
                    continue
                task, prev = (
                    (base, self._last_call(tx, owner, base.id))
                    if base is not None
                    else (self._new_task(owner, pr, now), None)
                )
                first_seq = 0 if task is None else task.call_count
                stored: list[ToolCall] = []
                for k, (p, vec) in enumerate(zip(pr.calls, pr.call_vectors)):
                    tool = tools[p.call.tool]
                    call = self._stamped(p, tool, task, first_seq + k, now + timedelta(microseconds=tick))
                    tick += 1
                    stored.append(call)
                    self._call_writes(batch, pr.owner, call, vec, p.blob, tool, task, prev)
                    prev = call
                    tools[tool.name] = tool.model_copy(
                        update={
                            "calls": tool.calls + 1,
                            "errors": tool.errors + (call.status == ToolCallStatus.ERROR),
                            "last_called_at": call.started_at or call.created_at,
                            "updated_at": now,
                        }
                    )
                if task is not None:
                    task = task.model_copy(
                        update={
                            "tools": task.tools + [c.tool for c in stored],
                            "call_count": task.call_count + len(stored),
                            "errors": task.errors + [c.error or "" for c in stored if c.status == ToolCallStatus.ERROR],
                            "updated_at": now,
                        }
                    )
                    self._task_writes(batch, owner, pr, task, appended=base is not None)
                    if base is not None:
                        base = task
                out.append(RecordedRun(task, stored))
            for tool in tools.values():
                batch.nodes.append(record_of(tool))
                batch.relationships.append(Relationship.link(RelType.OWNS, owner.node, (NodeLabel.TOOL, tool.id)))
            self.writer.ensure_sessions(tx, [(pr.owner, now) for pr in planned], batch, now)
            tx.write(batch)
            return out

        return self.store.transaction(work, lock=self.writer.owner_locks([owner], now))

    @staticmethod
    def _new_task(owner: Owner, pr: _PlannedRun, now: datetime) -> Task | None:
        if pr.text is None:
            return None
        return Task(
            owner=owner.scope,
            text=pr.text,
            request_given=pr.request_given,
            outcome=_outcome(pr.run.outcome),
            reward=pr.run.reward,
            user_id=owner.user_id,
            agent_id=owner.agent_id,
            session_id=pr.owner.session_id,
            started_at=next((p.call.started_at for p in pr.calls if p.call.started_at), None),
            metadata=pr.run.metadata,
            run_hash=pr.run.run_hash,
            created_at=now,
            updated_at=now,
        )

    @staticmethod
    def _stamped(p: _Prepared, tool: Tool, task: Task | None, seq: int, at: datetime) -> ToolCall:
        """The call as stored: its place in the run, the tool's ``writes`` and its identifiers."""
        writes = tool.writes is not False
        ids, complete = (
            identifiers(p.call.args)
            if writes
            else identifiers(p.call.args, p.blob.content if p.blob else p.call.result)
        )
        return p.call.model_copy(
            update={
                "seq": seq,
                "task_id": None if task is None else task.id,
                "task": None if task is None else clip(task.text, 500),
                "writes": writes,
                "identifiers": ids,
                "identifiers_complete": complete,
                "created_at": at,
                "updated_at": at,
            }
        )

    def _task_writes(self, batch: WriteBatch, owner: Owner, pr: _PlannedRun, task: Task, *, appended: bool) -> None:
        batch.nodes.append(record_of(task, embedding=self._task_vector(task) if appended else pr.vector))
        if appended:
            return
        batch.relationships.append(Relationship.link(RelType.OWNS, owner.node, (NodeLabel.TASK, task.id)))
        if pr.owner.session_node_id is not None:
            batch.relationships.append(
                Relationship.link(
                    RelType.IN_SESSION, (NodeLabel.TASK, task.id), (NodeLabel.SESSION, pr.owner.session_node_id)
                )
            )

    def _task_vector(self, task: Task) -> np.ndarray | None:
        return self.store.get_embeddings(NodeLabel.TASK, [task.id]).get(task.id)

    @staticmethod
    def _task(tx: StoreReader, owner: Owner, task_id: str) -> Task:
        found = tx.get_nodes(NodeLabel.TASK, [task_id], [owner.scope])
        if not found:
            raise NotFoundError(f"no task {task_id!r} in {owner.scope}")
        return Task.model_validate(found[0].props)

    @staticmethod
    def _last_call(tx: StoreReader, owner: Owner, task_id: str) -> ToolCall | None:
        recs = tx.find_nodes(
            NodeLabel.TOOL_CALL, [owner.scope], where={ToolCall.prop("task_id"): task_id}, limit=1, newest_first=True
        )
        return ToolCall.model_validate(recs[0].props) if recs else None

    @staticmethod
    def _call_writes(
        batch: WriteBatch,
        owner: Owner,
        call: ToolCall,
        vector: np.ndarray,
        blob: ToolResult | None,
        tool: Tool,
        task: Task | None,
        prev: ToolCall | None,
    ) -> None:
        ref = (NodeLabel.TOOL_CALL, call.id)
        batch.nodes.append(record_of(call, embedding=vector))
        batch.relationships.append(Relationship.link(RelType.CALLED, owner.node, ref))
        batch.relationships.append(Relationship.link(RelType.OF_TOOL, ref, (NodeLabel.TOOL, tool.id)))
        if task is not None:
            batch.relationships.append(Relationship.link(RelType.FOR_TASK, ref, (NodeLabel.TASK, task.id)))
        if prev is not None:
            batch.relationships.append(Relationship.link(RelType.NEXT, (NodeLabel.TOOL_CALL, prev.id), ref))
        if owner.session_node_id is not None:
            batch.relationships.append(
                Relationship.link(RelType.IN_SESSION, ref, (NodeLabel.SESSION, owner.session_node_id))
            )
        if blob is not None:
            batch.nodes.append(record_of(blob))
            batch.relationships.append(Relationship.link(RelType.RETURNED, ref, (NodeLabel.TOOL_RESULT, blob.id)))

    def finish(self, owner: Owner, task_id: str, outcome: str, reward: float | None = None) -> Task:
        """Set a run's outcome (``solved`` / ``failed`` / ``unknown``) and reward.

        Raises:
            InvalidInputError: an unknown outcome or a reward that is not a number.
            NotFoundError: no such task of the owner.
        """
        result = _outcome(outcome)
        if reward is not None and (isinstance(reward, bool) or not isinstance(reward, (int, float))):
            raise InvalidInputError(f"reward must be a number, got {reward!r}")
        now = utcnow()

        def work(tx: StoreTransaction) -> Task:
            task = self._task(tx, owner, task_id).model_copy(
                update={"outcome": result, "reward": reward, "updated_at": now}
            )
            tx.write(WriteBatch(nodes=[record_of(task, embedding=self._task_vector(task))]))
            return task

        return self.store.transaction(work, lock=self.writer.owner_locks([owner], now))
