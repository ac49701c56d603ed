"""The tool-result cache: serve a stored result instead of calling a tool again, only when that
is safe.

A result is served for a call with exactly the same arguments (canonical JSON, so key order
and spacing do not matter) when all of these hold:

1. the tool is registered as not writing (``writes=False``); asking for a writing or
   unregistered tool is refused with :class:`~memgraph.errors.InvalidInputError`;
2. the stored call succeeded and its whole result was kept;
3. it is younger than the tool's ``ttl_seconds``, counted from the call's ``started_at``
   (``record`` takes a call without times as made when recorded; a call imported from a log
   without timestamps has no known age and is not served); ``ttl_seconds=0`` never serves,
   None never expires;
4. no writing call (or call of a tool whose ``writes`` is unknown) recorded after it touched
   the same thing: shares an identifier with it (a string value of the write's arguments
   found among the stored call's arguments and result, case-folded), or has no identifiers
   at all, or the stored call named too many identifiers to keep them all. A failed write
   counts too: nothing says it changed nothing.

Writes are found in the caller's scope only: a change made through another scope, or outside
MemGraph, is seen only through the TTL. This is the rule of HTTP caches' freshness lifetime
(RFC 9111, section 4.2) plus write-through invalidation keyed by what the write names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..errors import InvalidInputError
from ..models import NodeLabel, Tool, ToolCall, ToolCallStatus, ToolResult, utcnow
from ..stores.base import GraphStore
from .calls import canonical_args, check_tool_name
from .recorder import tool_id

WRITE_PAGE = 200
"""Writing calls read per page while looking for one that made a cached result stale."""


@dataclass(frozen=True)
class CachedResult:
    """A result served from memory instead of calling the tool.

    Attributes:
        tool: the tool's name.
        result: the whole result text as the tool returned it.
        result_is_json: the text is the JSON of a value (a remembered function's return).
        call_id: the stored call it comes from.
        called_at: when that call was made (or recorded).
        age_seconds: how old the result is.
        ttl_seconds: the tool's TTL (None: no expiry).
    """

    tool: str
    result: str
    result_is_json: bool
    call_id: str
    called_at: datetime
    age_seconds: float
    ttl_seconds: float | None

    cached: bool = True

    def value(self) -> Any:
        """The result as it was given: the decoded value when it was recorded as JSON of a
        value (a remembered function's return), else the text."""
        return json.loads(self.result) if self.result_is_json else self.result

    def describe(self) -> str:
        """ "cached result of get_user from 42 s ago (call 3f2a..., TTL 300 s)"."""
        ttl = "no expiry" if self.ttl_seconds is None else f"TTL {self.ttl_seconds:g} s"
        return f"cached result of {self.tool} from {_age(self.age_seconds)} ago (call {self.call_id}, {ttl})"


def _age(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 172_800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


@dataclass(frozen=True)
class CacheMiss:
    """Why nothing was served: ``never called``, ``expired``, ``stale`` (with the writing
    call that touched it), ``failed`` (the stored call erred), ``not kept`` (too large),
    ``age unknown`` (imported without a timestamp), ``ttl is 0``."""

    reason: str
    call_id: str | None = None
    write_id: str | None = None


class ToolCache:
    """Looks up servable results (see the module docstring for the rules)."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def tool(self, scope: str, name: str) -> Tool | None:
        """The scope's tool of that name, or None."""
        found = self.store.get_nodes(NodeLabel.TOOL, [tool_id(scope, name)], [scope])
        return Tool.model_validate(found[0].props) if found else None

    def lookup(self, scope: str, name: str, args: object, *, now: datetime | None = None) -> CachedResult | CacheMiss:
        """The servable result of ``name(args)`` in ``scope``, or why there is none.

        Raises:
            InvalidInputError: a bad tool name or arguments; the tool writes, or was never
                registered as not writing (its results are never served).
        """
        check_tool_name(name)
        _, args_hash = canonical_args(args)
        tool = self.tool(scope, name)
        if tool is None:
            return CacheMiss("never called")
        if tool.writes is not False:
            state = "writes" if tool.writes else "is not registered as read-only (writes=False)"
            raise InvalidInputError(f"tool {name!r} {state}: its results are never served from the cache")
        if tool.ttl_seconds == 0:
            return CacheMiss("ttl is 0")
        recs = self.store.find_nodes(
            NodeLabel.TOOL_CALL,
            [scope],
            where={ToolCall.prop("tool"): name, ToolCall.prop("args_hash"): args_hash},
            limit=1,
            newest_first=True,
        )
        if not recs:
            return CacheMiss("never called")
        call = ToolCall.model_validate(recs[0].props)
        if call.status != ToolCallStatus.OK or call.result is None:
            return CacheMiss("failed", call.id)
        if not call.result_kept:
            return CacheMiss("not kept", call.id)
        if call.started_at is None:
            return CacheMiss("age unknown", call.id)
        now = now or utcnow()
        called_at = call.started_at
        age = max(0.0, (now - called_at).total_seconds())
        if tool.ttl_seconds is not None and age > tool.ttl_seconds:
            return CacheMiss("expired", call.id)
        write = self._stale_by(scope, call)
        if write is not None:
            return CacheMiss("stale", call.id, write.id)
        text = call.result
        if call.result_truncated:
            blob = self.store.get_nodes(NodeLabel.TOOL_RESULT, [f"{scope}|{call.result_sha256}"], [scope])
            if not blob:
                return CacheMiss("not kept", call.id)
            text = ToolResult.model_validate(blob[0].props).content
        return CachedResult(name, text, call.result_is_json, call.id, called_at, age, tool.ttl_seconds)

    def _stale_by(self, scope: str, call: ToolCall) -> ToolCall | None:
        """The first writing call recorded after ``call`` that touched what it names, or None."""
        named = set(call.identifiers)
        offset = 0
        while True:
            page = self.store.find_nodes(
                NodeLabel.TOOL_CALL,
                [scope],
                where={ToolCall.prop("writes"): True},
                limit=WRITE_PAGE,
                offset=offset,
                newest_first=True,
            )
            for rec in page:
                write = ToolCall.model_validate(rec.props)
                if write.created_at <= call.created_at:
                    return None
                if not call.identifiers_complete or not write.identifiers or named.intersection(write.identifiers):
                    return write
            if len(page) < WRITE_PAGE:
                return None
            offset += WRITE_PAGE
