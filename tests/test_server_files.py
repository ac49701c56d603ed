"""The REST API's files, knowledge base, lifecycle and export routes over real HTTP, on both
stores: uploads kept by content, names with folders refused, another key's files out of reach."""

from __future__ import annotations

import io
import json
from pathlib import Path

import httpx
import networkx as nx
import pytest
from PIL import Image as PILImage
from test_server import _client, _problem, base_url, keys  # noqa: F401  (fixtures)

from memgraph import InvalidInputError, MemGraph
from memgraph.faces.server.uploads import safe_name

HANDBOOK = (
    b"# Travel policy\n\nThe meal allowance on business travel is 25 EUR a day.\n\n"
    b"# Parking\n\nStaff park in the north car park.\n"
)


def _png() -> bytes:
    buf = io.BytesIO()
    PILImage.new("RGB", (64, 32), "white").save(buf, format="PNG")
    return buf.getvalue()


def _uploaded(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_own_files_over_http(base_url: str, keys: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    uploads = tmp_path / "uploads"
    with _client(base_url, keys["alice"]) as alice, _client(base_url, keys["bob"]) as bob:
        doc = alice.post("/v1/documents", files={"file": ("notes.md", b"# Notes\n\nMy locker code is 4711.\n")})
        assert doc.status_code == 201, doc.text
        doc_id = doc.json()["document_id"]
        assert doc.json()["status"] == "created" and doc.json()["chunks"] >= 1 and doc.json()["uri"] == "notes.md"
        assert [d["id"] for d in alice.get("/v1/documents").json()] == [doc_id]
        assert bob.get("/v1/documents").json() == []
        again = alice.post("/v1/documents", files={"file": ("notes.md", b"# Notes\n\nMy locker code is 4711.\n")})
        assert again.json()["status"] == "unchanged" and len(_uploaded(uploads)) == 1
        img = alice.post(
            "/v1/images", files={"file": ("whiteboard.png", _png())}, data={"caption": "sprint plan whiteboard"}
        )
        assert img.status_code == 201, img.text
        assert img.json()["caption"] == "sprint plan whiteboard" and len(img.json()["sha256"]) == 64
        chat = [
            {"role": "user", "content": "My cat is called Miso."},
            {"role": "assistant", "content": "Noted, Miso."},
        ]
        sessions = alice.post(
            "/v1/transcripts", files={"file": ("chat.json", json.dumps(chat).encode())}, data={"session_id": "c1"}
        ).json()
        assert sessions[0]["session_id"] == "c1" and len(sessions[0]["memories"]) == 2

        labels = {h["label"] for h in alice.post("/v1/search", json={"query": "locker code"}).json()}
        assert "Chunk" in labels
        assert alice.post("/v1/search", json={"query": "whiteboard sprint plan"}).json()[0]["label"] == "Image"
        for query in ("locker code 4711", "whiteboard sprint plan", "cat Miso"):
            assert all(
                h["label"] not in ("Chunk", "Image") for h in bob.post("/v1/search", json={"query": query}).json()
            )
            assert "Miso" not in bob.post("/v1/search", json={"query": query}).text
        _problem(bob.delete(f"/v1/documents/{doc_id}"), 404)
        assert alice.delete(f"/v1/documents/{doc_id}").json()["deleted"] == 1
        _problem(alice.delete(f"/v1/documents/{doc_id}"), 404)


def test_upload_names_and_contents_are_checked(base_url: str, keys: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    uploads = tmp_path / "uploads"
    with _client(base_url, keys["alice"]) as c:
        for name in ("../../etc/evil.md", "a/b.md", "..", "..\\x.md"):
            res = c.post("/v1/documents", files={"file": (name, b"# Hi\n\nhello\n")})
            assert res.status_code == 400, (name, res.text)
            assert "plain file name" in res.json()["detail"]
        assert "empty" in _problem(c.post("/v1/documents", files={"file": ("e.md", b"")}), 400)
        assert "PDF" in _problem(c.post("/v1/documents", files={"file": ("fake.pdf", b"not a pdf at all")}), 415)
        _problem(c.post("/v1/images", files={"file": ("fake.png", b"not an image")}), 415)
        _problem(c.post("/v1/transcripts", files={"file": ("chat.json", b"{not json")}), 415)
        assert "file" in _problem(c.post("/v1/documents", data={"title": "no file"}), 422)
        assert c.get("/v1/memories").json() == []
    assert _uploaded(uploads) == []
    assert not (tmp_path.parent / "evil.md").exists()


def test_safe_name_refuses_control_characters_and_long_names() -> None:
    for bad in ("bad\x01name.md", "x" * 300 + ".md", "", "  "):
        with pytest.raises(InvalidInputError):
            safe_name(bad)
    assert safe_name("Résumé 2026.pdf") == "Résumé 2026.pdf"


def test_knowledge_base_and_review_over_http(base_url: str, keys: dict[str, str]) -> None:  # noqa: F811
    with _client(base_url, keys["admin"]) as admin, _client(base_url, keys["alice"]) as alice:
        _problem(alice.post("/v1/admin/documents", files={"file": ("policy.md", HANDBOOK)}), 403)
        bad = admin.post("/v1/admin/documents", files={"file": ("policy.md", HANDBOOK)}, data={"applies_to": "[1"})
        assert "applies_to" in _problem(bad, 400)
        made = admin.post(
            "/v1/admin/documents", files={"file": ("policy.md", HANDBOOK)}, data={"title": "Policies", "tags": ["hr"]}
        )
        assert made.status_code == 201 and made.json()["title"] == "Policies"
        doc_id = made.json()["document_id"]
        assert [d["id"] for d in admin.get("/v1/admin/documents").json()] == [doc_id]
        answer = alice.post("/v1/ask", json={"question": "What is the meal allowance?", "session_id": "s1"}).json()
        assert "25 EUR" in answer["answer"] and answer["citations"]
        flagged = alice.post("/v1/feedback", json={"text": "that allowance is outdated", "session_id": "s1"}).json()
        assert flagged["applied"] and flagged["kind"] == "knowledge"
        items = admin.get("/v1/admin/review").json()
        assert len(items) == 1 and items[0]["givers"] == ["alice"]
        _problem(alice.get("/v1/admin/review"), 403)
        assert "reason" in _problem(admin.post(f"/v1/admin/review/{items[0]['id']}/reject", json={}), 422)
        done = admin.post(
            f"/v1/admin/review/{items[0]['id']}/accept",
            json={"new_text": "The meal allowance on business travel is 30 EUR a day."},
        ).json()
        assert done["new_chunk_id"]
        assert "30 EUR" in alice.post("/v1/ask", json={"question": "What is the meal allowance?"}).json()["answer"]
        assert admin.post(f"/v1/admin/documents/{doc_id}/retire").json()["retired"] >= 1
        assert admin.get("/v1/admin/documents").json() == []
        assert [d["status"] for d in admin.get("/v1/admin/documents", params={"include_inactive": True}).json()] == [
            "retired"
        ]
        assert admin.delete(f"/v1/admin/documents/{doc_id}").json()["deleted"] >= 1
        _problem(admin.delete(f"/v1/admin/documents/{doc_id}"), 404)


def test_merge_undo_and_forget_over_http(base_url: str, keys: dict[str, str]) -> None:  # noqa: F811
    with _client(base_url, keys["alice"]) as alice, _client(base_url, keys["bob"]) as bob:
        a = alice.post("/v1/memories", json={"content": "I like green tea"}).json()[0]["id"]
        b = alice.post("/v1/memories", json={"content": "I drink tea every morning"}).json()[0]["id"]
        theirs = bob.post("/v1/memories", json={"content": "I like coffee"}).json()[0]["id"]
        _problem(alice.post("/v1/memories/merge", json={"memory_ids": [a, theirs]}), 404)
        assert "memory_ids" in _problem(alice.post("/v1/memories/merge", json={"memory_ids": [a]}), 422)
        merged = alice.post("/v1/memories/merge", json={"memory_ids": [a, b], "text": "I drink green tea daily"})
        assert merged.status_code == 201 and merged.json()["text"] == "I drink green tea daily"
        event = next(
            e for e in alice.get(f"/v1/memories/{merged.json()['id']}/history").json() if e["event"] == "MERGE"
        )
        _problem(bob.post(f"/v1/history/{event['id']}/undo"), 404)
        assert alice.post(f"/v1/history/{event['id']}/undo").json()["operation"]
        assert {m["id"] for m in alice.get("/v1/memories").json()} == {a, b}
        gone = alice.delete("/v1/me").json()
        assert gone["removed"]["Memory"] >= 2
        assert alice.get("/v1/memories").json() == []
        assert [m["id"] for m in bob.get("/v1/memories").json()] == [theirs]


def test_export_over_http(base_url: str, keys: dict[str, str]) -> None:  # noqa: F811
    with _client(base_url, keys["alice"]) as alice, _client(base_url, keys["bob"]) as bob:
        alice.post("/v1/memories", json={"content": "I work in the Operations department"})
        bob.post("/v1/memories", json={"content": "My plan is to move to Lisbon"})
        res = alice.get("/v1/export", params={"format": "graphml"})
        assert res.status_code == 200 and res.headers["content-type"].startswith("application/graphml+xml")
        graph = nx.read_graphml(io.BytesIO(res.content))
        assert "User:alice" in graph and "Lisbon" not in res.text and "User:bob" not in graph
        assert int(res.headers["X-MemGraph-Nodes"]) == graph.number_of_nodes()
        assert "format" in _problem(alice.get("/v1/export", params={"format": "xml"}), 422)
        _problem(alice.get("/v1/admin/export", params={"format": "json"}), 403)
    with _client(base_url, keys["admin"]) as admin:
        data = admin.get("/v1/admin/export", params={"format": "json"}).json()
        assert {"User:alice", "User:bob"} <= {n["id"] for n in data["nodes"]}
        script = admin.get("/v1/admin/export", params={"format": "cypher"})
        assert script.headers["content-type"].startswith("text/plain") and "Lisbon" in script.text


def test_openapi_lists_every_route_with_problem_responses(base_url: str) -> None:  # noqa: F811
    spec = httpx.get(f"{base_url}/openapi.json").json()
    for path in ("/v1/documents", "/v1/images", "/v1/transcripts", "/v1/export", "/v1/admin/export", "/v1/me"):
        assert path in spec["paths"], path
    search = spec["paths"]["/v1/search"]["post"]["responses"]
    assert {"400", "401", "404", "422"} <= set(search)
    assert "application/problem+json" in search["422"]["content"]


def test_every_route_with_another_keys_ids_leaks_and_changes_nothing(base_url: str, keys: dict[str, str]) -> None:  # noqa: F811
    with _client(base_url, keys["alice"]) as alice, _client(base_url, keys["bob"]) as bob:
        a = alice.post("/v1/memories", json={"content": "My locker code is 4711"}).json()[0]["id"]
        b = alice.post("/v1/memories", json={"content": "My desk is by the window"}).json()[0]["id"]
        merged = alice.post("/v1/memories/merge", json={"memory_ids": [a, b]}).json()["id"]
        event = next(e["id"] for e in alice.get(f"/v1/memories/{merged}/history").json() if e["event"] == "MERGE")
        doc = alice.post("/v1/documents", files={"file": ("notes.md", b"# Notes\n\nThe safe code is 9931.\n")}).json()
        call = alice.post(
            "/v1/tools/calls", json={"tool": "open_safe", "args": {"code": "9931"}, "task": "open the safe"}
        ).json()
        own = bob.post("/v1/memories", json={"content": "I like coffee"}).json()[0]["id"]
        before = alice.get("/v1/export", params={"format": "json"}).content
        assert b"4711" in before and b"9931" in before

        def missing(res: httpx.Response) -> None:
            _problem(res, 404)

        missing(bob.get(f"/v1/memories/{merged}"))
        missing(bob.put(f"/v1/memories/{merged}", json={"text": "hijacked"}))
        missing(bob.delete(f"/v1/memories/{merged}"))
        missing(bob.get(f"/v1/memories/{merged}/history"))
        missing(bob.post(f"/v1/history/{event}/undo"))
        missing(bob.post("/v1/memories/merge", json={"memory_ids": [merged, own]}))
        missing(bob.delete(f"/v1/documents/{doc['document_id']}"))
        missing(bob.get("/v1/tools/open_safe/stats"))
        missing(bob.get("/v1/graph", params={"around": f"Memory:{merged}"}))
        missing(bob.get("/v1/graph/node", params={"key": f"Memory:{merged}"}))
        missing(bob.get("/v1/graph/node", params={"key": "User:alice"}))
        missing(bob.post("/v1/feedback", json={"text": "that is wrong", "target_id": merged}))
        assert bob.get("/v1/tools/calls", params={"task_id": call["task_id"]}).json() == []
        for path in ("/v1/admin/documents", "/v1/admin/review", "/v1/admin/stats"):
            _problem(bob.get(path), 403)
        _problem(bob.get("/v1/admin/export", params={"format": "json"}), 403)
        seen = [
            bob.get("/v1/memories").text,
            bob.post("/v1/search", json={"query": "locker code safe code"}).text,
            bob.post("/v1/graph/search", json={"query": "locker code safe code"}).text,
            bob.get("/v1/graph").text,
            bob.get("/v1/export", params={"format": "json"}).text,
            bob.get("/v1/tools").text,
            bob.post("/v1/tools/experience", json={"task": "open the safe"}).text,
        ]
        for text in seen:
            assert "4711" not in text and "9931" not in text and "alice" not in text
        assert alice.get("/v1/export", params={"format": "json"}).content == before


def test_tool_registry_cache_import_and_runs_over_http(base_url: str, keys: dict[str, str]) -> None:  # noqa: F811
    with _client(base_url, keys["bot"]) as bot, _client(base_url, keys["bob"]) as bob:
        made = bot.put("/v1/tools/get_weather", json={"writes": False, "ttl_seconds": 3600, "description": "Weather"})
        assert made.status_code == 200 and made.json()["writes"] is False
        call = bot.post(
            "/v1/tools/calls",
            json={"tool": "get_weather", "args": {"city": "Porto"}, "result": {"temp": 21}, "task": "weather in Porto"},
        ).json()
        hit = bot.post("/v1/tools/lookup", json={"tool": "get_weather", "args": {"city": "Porto"}}).json()
        assert hit["hit"] is True and hit["call_id"] == call["id"] and '"temp"' in hit["result"]
        miss = bot.post("/v1/tools/lookup", json={"tool": "get_weather", "args": {"city": "Oslo"}}).json()
        assert miss == {"hit": False, "reason": "never called", "call_id": None, "write_id": None}
        assert "21" in bot.get(f"/v1/tools/calls/{call['id']}/result").json()["result"]
        _problem(bob.get(f"/v1/tools/calls/{call['id']}/result"), 404)
        done = bot.post(f"/v1/tools/runs/{call['task_id']}/finish", json={"outcome": "solved"}).json()
        assert done["outcome"] == "solved"
        assert "outcome" in _problem(bot.post(f"/v1/tools/runs/{call['task_id']}/finish", json={"outcome": "ok"}), 422)
        log = [
            {"role": "user", "content": "Cancel order #W9"},
            {
                "role": "assistant",
                "tool_calls": [{"id": "c1", "function": {"name": "cancel_order", "arguments": '{"order_id": "#W9"}'}}],
            },
            {"role": "tool", "tool_call_id": "c1", "content": '{"status": "cancelled"}'},
        ]
        imported = bot.post("/v1/tools/import", files={"file": ("run.json", json.dumps(log).encode())})
        assert imported.status_code == 201, imported.text
        assert imported.json()["runs"] == 1 and imported.json()["calls"] == 1 and imported.json()["uri"] == "run.json"
        again = bot.post("/v1/tools/import", files={"file": ("run.json", json.dumps(log).encode())}).json()
        assert again["skipped"] == 1
        assert "cancel_order" in [t["name"] for t in bot.get("/v1/tools").json()]
        assert bob.get("/v1/tools").json() == []


def test_graph_search_view_holds_the_hits_their_neighbours_and_the_paths_not_everything(
    mg: MemGraph,
    base_url: str,  # noqa: F811
    keys: dict[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    """The graph page's search view is about the hits: their neighbours and the path from the
    caller to each, not every memory the caller owns (the user's own hop reaches all of them)."""
    handbook = tmp_path / "leave.md"
    handbook.write_text("# Leave\n\nOperations staff have 27 days of annual leave.\n", encoding="utf-8")
    mg.kb.ingest(handbook)
    mg.add("I work in the Operations department", user_id="alice")
    notes = [{"role": "user", "content": f"Shopping list item {i}: oranges and bread"} for i in range(30)]
    mg.add(notes, user_id="alice", session_id="errands", infer=False)
    with _client(base_url, keys["alice"]) as alice:
        res = alice.post("/v1/graph/search", json={"query": "How many days of annual leave do I have?", "top_k": 3})
        assert res.status_code == 200, res.text
        view = res.json()
    nodes = {n["key"]: n for n in view["nodes"]}
    hit = view["hits"][0]
    assert hit["key"].startswith("Chunk:") and hit["key"] in nodes
    assert [nodes[k]["caption"] for k in hit["path"]] == [
        "alice",
        "Operations",
        "Operations staff have 27 days of annual leave.",
    ]
    linked = {(e["source"], e["target"]) for e in view["edges"]}
    assert all((a, b) in linked or (b, a) in linked for a, b in zip(hit["path"], hit["path"][1:]))
    hit_keys = {h["key"] for h in view["hits"]}
    shopping = [k for k, n in nodes.items() if "Shopping list" in n["caption"]]
    near_hits = {b for a, b in linked if a in hit_keys} | {a for a, b in linked if b in hit_keys} | hit_keys
    assert set(shopping) <= near_hits  # alice's other memories are not part of a view about the hits
    assert len(shopping) < 30 and not view["truncated"]
