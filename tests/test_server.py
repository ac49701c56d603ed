"""The REST API over real HTTP: a uvicorn server on a free loopback port per test, on both
stores, driven with httpx. Keys, scope isolation, problem details, the routes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from serving import running

from memgraph import InvalidInputError, MemGraph
from memgraph.faces.server.app import create_app
from memgraph.faces.server.keys import KeyStore

PROBLEM = "application/problem+json"


@pytest.fixture
def base_url(mg: MemGraph, tmp_path: Path) -> Iterator[str]:
    """The app over ``mg``, served by uvicorn in a thread until the test ends."""
    with running(create_app(mg, max_body_bytes=100_000, uploads=tmp_path / "uploads")) as url:
        yield url


def _client(base_url: str, key: str | None = None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.Client(base_url=base_url, headers=headers, timeout=60)


@pytest.fixture
def keys(mg: MemGraph) -> dict[str, str]:
    ks = KeyStore(mg.store)
    return {
        "alice": ks.create(user_id="alice").key,
        "bob": ks.create(user_id="bob").key,
        "bot": ks.create(agent_id="bot").key,
        "admin": ks.create(user_id="root", admin=True, name="ops").key,
    }


def _problem(res: httpx.Response, status: int) -> str:
    assert res.status_code == status, res.text
    assert res.headers["content-type"].startswith(PROBLEM)
    body = res.json()
    assert body["status"] == status and body["title"]
    return str(body["detail"])


def test_health_and_openapi_need_no_key(base_url: str) -> None:
    with _client(base_url) as c:
        health = c.get("/health").json()
        assert health["status"] == "ok" and health["auth"] is True and health["store"] in ("sqlite", "bolt")
        spec = c.get("/openapi.json").json()
        assert {"/v1/memories", "/v1/search", "/v1/ask", "/v1/tools/calls", "/v1/admin/cypher"} <= set(spec["paths"])


def test_missing_wrong_and_revoked_keys_are_refused(base_url: str, keys: dict[str, str], mg: MemGraph) -> None:
    with _client(base_url) as c:
        assert "no API key" in _problem(c.get("/v1/memories"), 401)
    with _client(base_url, "mgk_000000000000_" + "x" * 43) as c:
        detail = _problem(c.get("/v1/memories"), 401)
        assert "not valid" in detail and "alice" not in detail
    with _client(base_url, keys["alice"]) as c:
        assert c.get("/v1/memories").status_code == 200
        KeyStore(mg.store).revoke(keys["alice"].split("_")[1])
        assert "revoked" in _problem(c.get("/v1/memories"), 401)


def test_a_key_never_reaches_another_scope(base_url: str, keys: dict[str, str]) -> None:
    with _client(base_url, keys["alice"]) as alice, _client(base_url, keys["bob"]) as bob:
        made = alice.post("/v1/memories", json={"content": "I work in the Operations department"})
        assert made.status_code == 201
        mid = made.json()[0]["id"]
        missing = _problem(bob.get("/v1/memories/no-such-id"), 404)
        other = _problem(bob.get(f"/v1/memories/{mid}"), 404)
        assert other.replace(mid, "X") == missing.replace("no-such-id", "X")  # the same answer as a missing id
        _problem(bob.put(f"/v1/memories/{mid}", json={"text": "I work in Sales"}), 404)
        _problem(bob.delete(f"/v1/memories/{mid}"), 404)
        _problem(bob.get(f"/v1/memories/{mid}/history"), 404)
        assert bob.get("/v1/memories").json() == []
        assert mid not in {h["id"] for h in bob.post("/v1/search", json={"query": "Operations department"}).json()}
        assert bob.get("/v1/facts").json() == []
        kept = alice.get(f"/v1/memories/{mid}").json()
        assert kept["text"] == "I work in the Operations department" and kept["version"] == 1
        assert [
            f.split()[0] for f in (alice.post("/v1/ask", json={"question": "Where do I work?"}).json()["facts"])
        ] == ["WORKS_IN"]


def test_memory_routes(base_url: str, keys: dict[str, str]) -> None:
    with _client(base_url, keys["alice"]) as c:
        msgs = [{"role": "user", "content": "Book me a table for Friday"}, {"role": "assistant", "content": "Done"}]
        assert len(c.post("/v1/memories", json={"content": msgs, "session_id": "s1"}).json()) == 2
        mid = c.post("/v1/memories", json={"content": "I prefer window seats", "kind": "preference"}).json()[0]["id"]
        new = c.put(f"/v1/memories/{mid}", json={"text": "I prefer aisle seats"}).json()
        assert new["version"] == 2
        assert [e["event"] for e in c.get(f"/v1/memories/{new['id']}/history").json()] == ["ADD", "UPDATE"]
        assert len(c.get("/v1/memories", params={"session_id": "s1"}).json()) == 2
        hits = c.post("/v1/search", json={"query": "aisle seats", "top_k": 3}).json()
        assert hits[0]["id"] == new["id"] and hits[0]["signals"] and hits[0]["explain"]
        assert c.delete(f"/v1/memories/{new['id']}").json()["deleted"] >= 1
        _problem(c.get(f"/v1/memories/{new['id']}"), 404)


def test_bad_bodies(base_url: str, keys: dict[str, str]) -> None:
    with _client(base_url, keys["alice"]) as c:
        assert "top_k" in _problem(c.post("/v1/search", json={"query": "x", "top_k": "many"}), 422)
        assert "query" in _problem(c.post("/v1/search", json={"top_k": 3}), 422)
        assert "colour" in _problem(c.post("/v1/search", json={"query": "x", "colour": "red"}), 422)
        broken = c.post("/v1/search", content=b'{"query": ', headers={"content-type": "application/json"})
        assert "not valid JSON at character" in _problem(broken, 422)
        assert "at most 100,000" in _problem(c.post("/v1/memories", json={"content": "x" * 200_000}), 413)
        assert "content" in _problem(c.post("/v1/memories", json={"content": "   "}), 400)  # the library's message
        assert "limit" in _problem(c.get("/v1/memories", params={"limit": 0}), 422)


def test_admin_routes_need_an_admin_key(base_url: str, keys: dict[str, str]) -> None:
    with _client(base_url, keys["alice"]) as c:
        c.post("/v1/memories", json={"content": "I work in the Operations department"})
        assert "admin" in _problem(c.post("/v1/admin/cypher", json={"query": "MATCH (n) RETURN count(n) AS n"}), 403)
        _problem(c.get("/v1/admin/stats"), 403)
    with _client(base_url, keys["admin"]) as c:
        res = c.post(
            "/v1/admin/cypher",
            json={"query": "MATCH (m:Memory) WHERE m.owner = $o RETURN m.text AS text", "params": {"o": "user:alice"}},
        ).json()
        assert res["columns"] == ["text"] and res["rows"] == [["I work in the Operations department"]]
        assert "refused" in _problem(c.post("/v1/admin/cypher", json={"query": "MATCH (n) DETACH DELETE n"}), 400)
        assert c.get("/v1/admin/stats").json()["Memory"] == 1


def test_tool_memory_over_http(base_url: str, keys: dict[str, str]) -> None:
    with _client(base_url, keys["bot"]) as bot, _client(base_url, keys["bob"]) as bob:
        first = bot.post(
            "/v1/tools/calls",
            json={
                "tool": "get_order",
                "args": {"order_id": "#W1", "token": "t-1"},
                "result": {"status": "pending"},
                "task": "Where is my order #W1?",
            },
        )
        assert first.status_code == 201 and first.json()["args"] == {"order_id": "#W1", "token": "[REDACTED]"}
        bot.post(
            "/v1/tools/calls",
            json={
                "tool": "cancel_order",
                "args": {"order_id": "#W1"},
                "error": "Error: shipped",
                "task_id": first.json()["task_id"],
            },
        )
        calls = bot.get("/v1/tools/calls", params={"task_id": first.json()["task_id"]}).json()
        assert [c["tool"] for c in calls] == ["get_order", "cancel_order"]
        assert bot.get("/v1/tools/cancel_order/stats").json()["errors"] == 1
        exp = bot.post("/v1/tools/experience", json={"task": "order #W1 status", "k": 2}).json()
        assert exp[0]["pattern"] == "get_order(order_id, token) -> cancel_order(order_id)"
        assert [t["name"] for t in bot.get("/v1/tools").json()] == ["cancel_order", "get_order"]
        assert (
            bob.get("/v1/tools").json() == []
            and bob.post("/v1/tools/experience", json={"task": "order #W1"}).json() == []
        )
        _problem(bob.get("/v1/tools/get_order/stats"), 404)
        assert "agent" in _problem(bot.post("/v1/ask", json={"question": "Where is my order?"}), 400)


def test_the_key_is_checked_before_any_body_is_read(base_url: str, keys: dict[str, str]) -> None:
    """No key: 401 even for a malformed or huge streamed body; a streamed body over the limit
    is cut off (413) for a valid key too."""
    with _client(base_url) as c:
        _problem(c.post("/v1/search", content=b'{"query": ', headers={"content-type": "application/json"}), 401)

        def chunks() -> Iterator[bytes]:
            yield b'{"content": "'
            for _ in range(50):
                yield b"x" * 10_000
            yield b'"}'

        _problem(c.post("/v1/memories", content=chunks(), headers={"content-type": "application/json"}), 401)
        big = c.post("/v1/memories", json={"content": "x" * 200_000})  # a declared length over the limit
        _problem(big, 401)
    with _client(base_url, keys["alice"]) as c:
        res = c.post("/v1/memories", content=chunks(), headers={"content-type": "application/json"})
        assert "over 100,000 bytes" in _problem(res, 413)
        assert c.get("/v1/memories").json() == []


@pytest.mark.parametrize("top_k", ["5", 5.0, True])
def test_numbers_are_strict(base_url: str, keys: dict[str, str], top_k: object) -> None:
    with _client(base_url, keys["alice"]) as c:
        assert "top_k" in _problem(c.post("/v1/search", json={"query": "x", "top_k": top_k}), 422)


def test_no_auth_serves_loopback_hosts_only(mg: MemGraph) -> None:
    with running(create_app(mg, auth=False)) as url, httpx.Client(base_url=url, timeout=60) as c:
        made = c.post("/v1/memories", json={"content": "I like tea"}, headers={"X-MemGraph-User": "ann"})
        assert made.status_code == 201
        assert c.get("/v1/memories", headers={"X-MemGraph-User": "bob"}).json() == []
        assert "one of them" in _problem(c.get("/v1/memories"), 400)
        assert c.get("/v1/memories", headers={"X-MemGraph-User": "ann", "Host": "evil.example"}).status_code == 400


def test_no_auth_with_a_default_owner(mg: MemGraph) -> None:
    app = create_app(mg, auth=False, default_owner={"user_id": "ann", "agent_id": None})
    with running(app) as url, httpx.Client(base_url=url, timeout=60) as c:
        assert c.post("/v1/memories", json={"content": "I like tea"}).status_code == 201
        assert [m["text"] for m in c.get("/v1/memories", headers={"X-MemGraph-User": "ann"}).json()] == ["I like tea"]
        assert c.get("/v1/memories", headers={"X-MemGraph-User": "bob"}).json() == []
    with pytest.raises(InvalidInputError, match="auth=False only"):
        create_app(mg, default_owner={"user_id": "ann", "agent_id": None})
