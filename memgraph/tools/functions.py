"""Tool memory of Python functions: ``@mg.tools.remember`` records every call of a function,
``with mg.tools.run(...)`` groups the calls made inside it into one run. Mixed into
:class:`memgraph.tools.api.ToolsAPI`."""

from __future__ import annotations

import contextvars
import functools
import inspect
import json
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from ..errors import InvalidInputError
from ..intake.lifecycle import Owner
from ..models import ToolCall, utcnow
from .cache import CachedResult, ToolCache
from .calls import check_tool_name
from .recorder import CallInput, RunInput, ToolRecorder, ToolSpec

logger = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class _ActiveRun:
    owner: Owner
    task_id: str
    outcome: str | None = None


_RUN: contextvars.ContextVar[_ActiveRun | None] = contextvars.ContextVar("memgraph_tool_run", default=None)


class RunHandle:
    """The run opened by :meth:`ToolsAPI.run`: calls of remembered functions inside the
    ``with`` block join it; :meth:`record` adds others; set :attr:`outcome` to say how it
    ended (default: ``failed`` when the block raises, else ``unknown``)."""

    def __init__(self, api: FunctionMemory, active: _ActiveRun) -> None:
        self._api = api
        self._active = active

    @property
    def task_id(self) -> str:
        return self._active.task_id

    @property
    def outcome(self) -> str | None:
        return self._active.outcome

    @outcome.setter
    def outcome(self, value: str) -> None:
        self._active.outcome = value

    def record(self, tool: str, args: object = None, **call: Any) -> ToolCall:
        """Record one call into this run (arguments as :meth:`ToolsAPI.record`)."""
        o = self._active.owner
        return self._api.record(
            tool, args, task_id=self.task_id, user_id=o.user_id, agent_id=o.agent_id, session_id=o.session_id, **call
        )


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
        return True
    except (TypeError, ValueError):
        return False


class FunctionMemory:
    """``remember`` and ``run``; the class using it provides the recorder, the cache, the
    owner check and ``record``."""

    _recorder: ToolRecorder
    _cache: ToolCache

    def _owner(self, user_id: str | None, agent_id: str | None, session_id: str | None = None) -> Owner:
        raise NotImplementedError

    record: Callable[..., ToolCall]

    # -- Python functions -----------------------------------------------------------------------
    @contextmanager
    def run(
        self,
        task: str,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        session_id: str | None = None,
    ) -> Iterator[RunHandle]:
        """A run: calls of :meth:`remember`-ed functions of the same owner inside the block
        join it (``FOR_TASK``, ``NEXT``). Its outcome is what the block sets on the handle,
        else ``failed`` when the block raises, else ``unknown``.

        Example:
            >>> with mg.tools.run("weather in Paris for the trip", agent_id="planner") as run:
            ...     forecast("Paris")
            ...     run.outcome = "solved"
        """
        owner = self._owner(user_id, agent_id, session_id)
        recorded = self._recorder.record_runs(owner, [RunInput([], task=task)])[0]
        assert recorded.task is not None
        active = _ActiveRun(owner, recorded.task.id)
        token = _RUN.set(active)
        failed = False
        try:
            yield RunHandle(self, active)
        except BaseException:
            failed = True
            raise
        finally:
            _RUN.reset(token)
            outcome = active.outcome or ("failed" if failed else "unknown")
            self._recorder.finish(owner, active.task_id, outcome)

    def remember(
        self,
        name: str | None = None,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        session_id: str | None = None,
        writes: bool | None = None,
        ttl_seconds: float | None = 300.0,
        description: str | None = None,
        cache: bool = False,
    ) -> Callable[[F], F]:
        """Decorator: record every call of a Python function as a tool call (arguments by
        parameter name, return value or exception, start time and latency).

        The tool is registered on the first call. Arguments that are not JSON-serialisable
        are stored as their ``repr`` and such a call is never served from the cache. An
        exception is recorded (``TypeError: ...``) and raised again. If recording itself
        fails (the store is down), the function's result is still returned and a warning
        logged: memory never breaks the tool.

        Args:
            name: the tool's name (default: the function's ``__name__``).
            writes, ttl_seconds, description: as :meth:`register` (description defaults to
                the first line of the docstring).
            cache: serve results of earlier calls with the same arguments from memory when
                :mod:`memgraph.tools.cache`'s rules allow; needs ``writes=False``. A served
                value is the JSON round trip of the original (tuples come back as lists).

        Raises:
            InvalidInputError: ``cache=True`` without ``writes=False``; a bad name or owner.
        """
        owner = self._owner(user_id, agent_id, session_id)
        if cache and writes is not False:
            raise InvalidInputError("cache=True needs writes=False: results of a tool that writes are never served")

        def decorate(fn: F) -> F:
            tool = check_tool_name(name or getattr(fn, "__name__", ""))
            sig = inspect.signature(fn)
            lines = (inspect.getdoc(fn) or "").strip().splitlines()
            doc = description or (lines[0] if lines else None)
            registered: list[bool] = []

            @functools.wraps(fn)
            def wrapper(*a: Any, **kw: Any) -> Any:
                if not registered:
                    self._safely(
                        lambda: self._recorder.register(
                            owner, ToolSpec(tool, doc, None, writes, ttl_seconds, ttl_given=True)
                        )
                    )
                    registered.append(True)
                args, exact = self._bound_args(sig, a, kw)
                if cache and exact:
                    hit = self._safely(lambda: self._cache.lookup(owner.scope, tool, args))
                    if isinstance(hit, CachedResult):
                        return hit.value()
                started = utcnow()
                t0 = time.perf_counter()
                try:
                    value = fn(*a, **kw)
                except Exception as e:
                    self._record_fn(owner, tool, args, None, f"{type(e).__name__}: {e}", started, t0)
                    raise
                self._record_fn(owner, tool, args, value, None, started, t0)
                return value

            return wrapper  # type: ignore[return-value]

        return decorate

    @staticmethod
    def _bound_args(sig: inspect.Signature, a: tuple[Any, ...], kw: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """Arguments by parameter name (``**kwargs`` spread out), JSON-safe, and whether they
        were all JSON-serialisable as given."""
        try:
            bound = sig.bind(*a, **kw)
        except TypeError:
            return {"args": [repr(x) for x in a], "kwargs": {k: repr(v) for k, v in kw.items()}}, False
        bound.apply_defaults()
        out: dict[str, Any] = {}
        for pname, value in bound.arguments.items():
            kind = sig.parameters[pname].kind
            if kind is inspect.Parameter.VAR_KEYWORD and isinstance(value, dict):
                out.update(value)
            elif kind is inspect.Parameter.VAR_POSITIONAL:
                out[pname] = list(value)
            else:
                out[pname] = value
        exact = _jsonable(out)
        if not exact:
            out = {k: (v if _jsonable(v) else repr(v)) for k, v in out.items()}
        return out, exact

    def _record_fn(
        self, owner: Owner, tool: str, args: dict[str, Any], value: Any, error: str | None, started: datetime, t0: float
    ) -> None:
        latency = (time.perf_counter() - t0) * 1000.0
        if error is None and isinstance(value, str):
            result: Any = value
            is_json = False
        elif error is None and _jsonable(value):
            result, is_json = json.dumps(value, ensure_ascii=False), True
        else:
            result, is_json = (None if error is not None else repr(value)), False
        active = _RUN.get()
        append_to = active.task_id if active is not None and active.owner.scope == owner.scope else None
        call = CallInput(tool, args, result, error, None, started, None, latency, None, is_json)
        self._safely(lambda: self._recorder.record_runs(owner, [RunInput([call])], append_to=append_to))

    @staticmethod
    def _safely(work: Callable[[], Any]) -> Any:
        try:
            return work()
        except Exception as e:  # memory must never break the tool it records
            logger.warning("tool memory: %s: %s", type(e).__name__, e)
            return None
