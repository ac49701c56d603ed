"""The MCP server (``memgraph mcp``): MemGraph's memory as tools an agent host calls, over stdio
or streamable HTTP, built with the official ``mcp`` SDK (``MCPServer``).

Two tool sets:

- MemGraph's own: ``add_memory``, ``search_memory``, ``ask``, ``get_memory``, ``update_memory``,
  ``delete_memory``, ``memory_history``, ``feedback``, ``record_tool_call``, ``tool_experience``,
  ``suggest_tools``;
- the reference MCP memory server's (``@modelcontextprotocol/server-memory``): ``create_entities``,
  ``create_relations``, ``add_observations``, ``delete_entities``, ``delete_observations``,
  ``delete_relations``, ``read_graph``, ``search_nodes``, ``open_nodes``, with its argument
  and result shapes (text content: the result as JSON indented by 2, as the reference writes it;
  structured content: the same object), on :mod:`memgraph.kg`. A host configured for the
  reference works against MemGraph unchanged.

Whose memory a call uses: over stdio, the owner given at start (``--user`` / ``--agent``); over
HTTP, the API key of each request (the REST server's keys and Guard), never an argument. A
failing call returns an MCP tool error carrying the library's message.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, ConfigDict, Field

from ..errors import InvalidInputError, MemGraphError
from ..memory import MemGraph
from .jsonable import to_jsonable
from .server.deps import OwnerArgs
from .server.schemas import AnswerOut, HistoryOut, MemoryOut, SearchHit, ToolCallOut

OwnerOf = Callable[[Context], OwnerArgs]
F = TypeVar("F", bound=Callable[..., Any])
"""How a tool call finds its owner: ``ctx -> {"user_id": ..., "agent_id": ...}``."""

INSTRUCTIONS = (
    "Long-term memory. Save what the user tells you that will matter later with add_memory; call "
    "search_memory (or ask, for an answer with citations) before answering questions about the user, "
    "their work or their organisation's policies. When the user corrects you, call feedback with their "
    "words. Record tool calls with record_tool_call and check tool_experience before repeating a task. "
    "The knowledge-graph tools (create_entities, ..., read_graph) keep named entities, their "
    "observations and relations."
)

READ = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False)
WRITE = ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=False, open_world_hint=False)
DELETE = ToolAnnotations(read_only_hint=False, destructive_hint=True, idempotent_hint=True, open_world_hint=False)


# -- the reference server's shapes -----------------------------------------------------------------
class KGEntityModel(BaseModel):
    name: str = Field(description="The name of the entity")
    entityType: str = Field(description="The type of the entity")
    observations: list[str] = Field(description="An array of observation contents associated with the entity")


class KGRelationModel(BaseModel):
    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    from_: str = Field(alias="from", description="The name of the entity where the relation starts")
    to: str = Field(description="The name of the entity where the relation ends")
    relationType: str = Field(description="The type of the relation")


class KGObservationsIn(BaseModel):
    entityName: str = Field(description="The name of the entity to add the observations to")
    contents: list[str] = Field(description="An array of observation contents to add")


class KGDeletionIn(BaseModel):
    entityName: str = Field(description="The name of the entity containing the observations")
    observations: list[str] = Field(description="An array of observations to delete")


class KGEntities(BaseModel):
    entities: list[KGEntityModel]


class KGRelations(BaseModel):
    relations: list[KGRelationModel]


class KGAdded(BaseModel):
    entityName: str
    addedObservations: list[str]


class KGAddedResults(BaseModel):
    results: list[KGAdded]


class KGDone(BaseModel):
    success: bool
    message: str


class KGGraph(BaseModel):
    entities: list[KGEntityModel]
    relations: list[KGRelationModel]


def _reply(text_value: Any, structured: dict[str, Any]) -> CallToolResult:
    """The reference's result: the value as JSON indented by 2 (or a message), and the object."""
    text = text_value if isinstance(text_value, str) else json.dumps(text_value, indent=2, ensure_ascii=False)
    return CallToolResult(content=[TextContent(type="text", text=text)], structured_content=structured)


def build_mcp(mg: MemGraph, owner_of: OwnerOf, *, name: str = "memgraph") -> MCPServer:
    """The MCP server over ``mg``; ``owner_of`` names each call's owner (see the module docstring)."""
    from importlib.metadata import version

    server: MCPServer = MCPServer(
        name, instructions=INSTRUCTIONS, version=version("memgraph-memory"), log_level="WARNING"
    )

    def tool(**options: Any) -> Callable[[F], F]:
        """Register a tool whose library errors reach the agent as tool errors with their message."""

        def decorate(fn: F) -> F:
            @functools.wraps(fn)
            def run(*args: Any, **kwargs: Any) -> Any:
                try:
                    return fn(*args, **kwargs)
                except MemGraphError as e:
                    raise ToolError(str(e)) from e

            server.tool(**options)(run)
            return fn

        return decorate

    # -- MemGraph's memory ----------------------------------------------------------------------
    @tool(annotations=WRITE)
    def add_memory(
        ctx: Context,
        text: Annotated[str, Field(description="What to remember, in the user's or your words")],
        session_id: Annotated[str | None, Field(description="The conversation it belongs to")] = None,
    ) -> list[MemoryOut]:
        """Remember a statement about the user (or the agent). Facts such as "I work in Sales" update
        what MemGraph knows about them (an older department is closed). Returns the memories stored."""
        return [MemoryOut.of(m) for m in mg.add(text, session_id=session_id, **owner_of(ctx))]

    @tool(annotations=READ)
    def search_memory(
        ctx: Context,
        query: Annotated[str, Field(description="What to look for, in words")],
        top_k: Annotated[int, Field(ge=1, le=100, description="How many results")] = 10,
    ) -> list[SearchHit]:
        """Search the caller's memories, documents, images, tool calls and the knowledge base by
        meaning, keywords and the graph; each hit says why it was found."""
        return [SearchHit.of(h) for h in mg.search(query, top_k=top_k, **owner_of(ctx))]

    @tool(annotations=READ)
    def ask(
        ctx: Context,
        question: Annotated[str, Field(description="The user's question")],
        session_id: Annotated[str | None, Field(description="The conversation, so feedback can refer to it")] = None,
    ) -> AnswerOut:
        """Answer a question for the user from their memories and the knowledge base, with numbered
        citations; the same question gets the rule that applies to this user (their department, role, site)."""
        user_id = owner_of(ctx)["user_id"]
        if user_id is None:
            raise InvalidInputError("an answer is for a person: this session acts for an agent")
        return AnswerOut.of(mg.ask(question, user_id=user_id, session_id=session_id))

    @tool(annotations=READ)
    def get_memory(ctx: Context, memory_id: Annotated[str, Field(description="A memory id")]) -> MemoryOut:
        """One memory by id: its text, kind, session, version and validity times."""
        return MemoryOut.of(mg.get(memory_id, **owner_of(ctx)))

    @tool(annotations=WRITE)
    def update_memory(
        ctx: Context,
        memory_id: Annotated[str, Field(description="The memory to change")],
        text: Annotated[str, Field(description="Its new text")],
    ) -> MemoryOut:
        """Replace a memory's text; the old version is kept in its history."""
        return MemoryOut.of(mg.update(memory_id, text, **owner_of(ctx)))

    @tool(annotations=DELETE)
    def delete_memory(ctx: Context, memory_id: Annotated[str, Field(description="The memory to forget")]) -> int:
        """Forget a memory, every version. Returns how many versions were removed."""
        return mg.delete(memory_id, **owner_of(ctx))

    @tool(annotations=READ)
    def memory_history(ctx: Context, memory_id: Annotated[str, Field(description="A memory id")]) -> list[HistoryOut]:
        """What happened to a memory, oldest first (added, updated, merged, corrected, deleted)."""
        return [HistoryOut.of(e) for e in mg.history(memory_id, **owner_of(ctx))]

    @tool(annotations=WRITE)
    def feedback(
        ctx: Context,
        text: Annotated[str, Field(description='The user\'s correction, as said: "No, I moved to Technology"')],
        session_id: Annotated[str | None, Field(description="The conversation of the answer it is about")] = None,
    ) -> dict[str, Any]:
        """Correct what MemGraph knows from the user's words: a changed fact is updated, an outdated
        knowledge-base passage is flagged for review. Returns what was done."""
        return dict(mg.feedback(text, session_id=session_id, **owner_of(ctx)).model_dump(mode="json"))

    # -- tool memory ----------------------------------------------------------------------------
    @tool(annotations=WRITE)
    def record_tool_call(
        ctx: Context,
        tool: Annotated[str, Field(description="The tool's name")],
        args: Annotated[dict[str, Any], Field(description="The arguments it was called with")],
        result: Annotated[Any, Field(description="What it returned")] = None,
        error: Annotated[str | None, Field(description="The error, when it failed")] = None,
        task: Annotated[str | None, Field(description="The request the call served")] = None,
        task_id: Annotated[str | None, Field(description="A run's id, to add the call to that run")] = None,
        latency_ms: Annotated[float | None, Field(ge=0, description="How long it took")] = None,
    ) -> ToolCallOut:
        """Remember one tool call (secrets in the arguments are redacted), so later runs can reuse
        its result or learn from it."""
        call = mg.tools.record(
            tool, args, result=result, error=error, task=task, task_id=task_id, latency_ms=latency_ms, **owner_of(ctx)
        )
        return ToolCallOut.of(call)

    @tool(annotations=READ)
    def tool_experience(
        ctx: Context,
        task: Annotated[str, Field(description="The task at hand, in words")],
        k: Annotated[int, Field(ge=1, le=50)] = 3,
    ) -> list[dict[str, Any]]:
        """Past runs of similar tasks, best first: the tools called in order, their argument pattern,
        the outcome and what went wrong. Check before repeating a task."""
        return list(to_jsonable(mg.tools.experience(task, k, **owner_of(ctx))))

    @tool(annotations=READ)
    def suggest_tools(
        ctx: Context,
        task: Annotated[str, Field(description="The task at hand, in words")],
        k: Annotated[int, Field(ge=1, le=50)] = 5,
    ) -> list[dict[str, Any]]:
        """Tools ranked for a task from what worked in similar past runs, each with why."""
        return list(to_jsonable(mg.tools.suggest(task, k, **owner_of(ctx))))

    # -- the reference server's knowledge graph -------------------------------------------------
    @tool(title="Create Entities", annotations=WRITE)
    def create_entities(ctx: Context, entities: list[KGEntityModel]) -> Annotated[CallToolResult, KGEntities]:
        """Create multiple new entities in the knowledge graph"""
        made = mg.kg.create_entities([e.model_dump() for e in entities], **owner_of(ctx))
        return _reply(made, {"entities": made})

    @tool(title="Create Relations", annotations=WRITE)
    def create_relations(ctx: Context, relations: list[KGRelationModel]) -> Annotated[CallToolResult, KGRelations]:
        """Create multiple new relations between entities in the knowledge graph. Relations should be in active voice"""
        made = mg.kg.create_relations([r.model_dump(by_alias=True) for r in relations], **owner_of(ctx))
        return _reply(made, {"relations": made})

    @tool(title="Add Observations", annotations=WRITE)
    def add_observations(
        ctx: Context, observations: list[KGObservationsIn]
    ) -> Annotated[CallToolResult, KGAddedResults]:
        """Add new observations to existing entities in the knowledge graph"""
        added = mg.kg.add_observations([o.model_dump() for o in observations], **owner_of(ctx))
        return _reply(added, {"results": added})

    @tool(title="Delete Entities", annotations=DELETE)
    def delete_entities(
        ctx: Context, entityNames: Annotated[list[str], Field(description="An array of entity names to delete")]
    ) -> Annotated[CallToolResult, KGDone]:
        """Delete multiple entities and their associated relations from the knowledge graph"""
        mg.kg.delete_entities(entityNames, **owner_of(ctx))
        return _reply("Entities deleted successfully", {"success": True, "message": "Entities deleted successfully"})

    @tool(title="Delete Observations", annotations=DELETE)
    def delete_observations(ctx: Context, deletions: list[KGDeletionIn]) -> Annotated[CallToolResult, KGDone]:
        """Delete specific observations from entities in the knowledge graph"""
        mg.kg.delete_observations([d.model_dump() for d in deletions], **owner_of(ctx))
        message = "Observations deleted successfully"
        return _reply(message, {"success": True, "message": message})

    @tool(title="Delete Relations", annotations=DELETE)
    def delete_relations(
        ctx: Context,
        relations: Annotated[list[KGRelationModel], Field(description="An array of relations to delete")],
    ) -> Annotated[CallToolResult, KGDone]:
        """Delete multiple relations from the knowledge graph"""
        mg.kg.delete_relations([r.model_dump(by_alias=True) for r in relations], **owner_of(ctx))
        return _reply("Relations deleted successfully", {"success": True, "message": "Relations deleted successfully"})

    @tool(title="Read Graph", annotations=READ)
    def read_graph(ctx: Context) -> Annotated[CallToolResult, KGGraph]:
        """Read the entire knowledge graph"""
        graph = mg.kg.read_graph(**owner_of(ctx))
        return _reply(graph, dict(graph))

    @tool(title="Search Nodes", annotations=READ)
    def search_nodes(
        ctx: Context,
        query: Annotated[
            str, Field(description="The search query to match against entity names, types, and observation content")
        ],
    ) -> Annotated[CallToolResult, KGGraph]:
        """Search for nodes in the knowledge graph based on a query"""
        graph = mg.kg.search_nodes(query, **owner_of(ctx))
        return _reply(graph, dict(graph))

    @tool(title="Open Nodes", annotations=READ)
    def open_nodes(
        ctx: Context, names: Annotated[list[str], Field(description="An array of entity names to retrieve")]
    ) -> Annotated[CallToolResult, KGGraph]:
        """Open specific nodes in the knowledge graph by their names"""
        graph = mg.kg.open_nodes(names, **owner_of(ctx))
        return _reply(graph, dict(graph))

    return server


def fixed_owner(user_id: str | None, agent_id: str | None) -> OwnerOf:
    """Every call acts for one owner (stdio).

    Raises:
        InvalidInputError: neither or both given.
    """
    if (user_id is None) == (agent_id is None):
        raise InvalidInputError("give the MCP session's owner: a user id or an agent id (one of them)")
    owner: OwnerArgs = {"user_id": user_id, "agent_id": agent_id}
    return lambda ctx: owner


def key_owner(ctx: Context) -> OwnerArgs:
    """The owner of an HTTP call: the caller the REST server's Guard settled from its API key.

    Raises:
        InvalidInputError: no caller on the request (the route is outside the Guard).
    """
    request = ctx.request_context.request
    who = getattr(request, "scope", {}).get("state", {}).get("caller")
    if who is None:
        raise InvalidInputError("no API key on this request")
    return {"user_id": who.user_id, "agent_id": who.agent_id}
