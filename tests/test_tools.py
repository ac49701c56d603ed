"""Tool-call memory through ``mg.tools`` on both stores: recording, the graph it writes, the
cache's rules, experience, suggestions, stats, the decorator, bad input, and the real
tau-bench airline runs."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from conftest import store_snapshot

from memgraph import InvalidInputError, MemGraph, NotFoundError
from memgraph.models import NodeLabel, RelType, ToolCallStatus
from memgraph.tools.cache import CachedResult, CacheMiss
from memgraph.tools.calls import INLINE_RESULT_CHARS, REDACTED

AGENT = "planner"
TAUBENCH = Path(__file__).resolve().parents[2] / "shared" / "data" / "taubench"
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)


def _rels(mg: MemGraph, rtype: RelType) -> list[tuple[str, str]]:
    return [(r.src_id, r.dst_id) for r in mg.store.relationships(types=[rtype])]


def test_record_writes_the_call_and_its_graph(mg: MemGraph) -> None:
    first = mg.tools.record(
        "get_order",
        {"order_id": "#W1", "api_key": "sk-secret", "headers": {"Authorization": "Bearer x"}, "max_tokens": 50},
        result={"status": "pending", "items": 2},
        task="Where is my order #W1?",
        started_at=T0,
        ended_at=T0 + timedelta(milliseconds=120),
        agent_id=AGENT,
        session_id="s1",
    )
    second = mg.tools.record(
        "cancel_order", {"order_id": "#W1"}, error="Error: too late", task_id=first.task_id, agent_id=AGENT
    )
    assert json.loads(first.args) == {
        "order_id": "#W1",
        "api_key": REDACTED,
        "headers": {"Authorization": REDACTED},
        "max_tokens": 50,  # a number under a secret-looking key is no secret
    }
    assert "sk-secret" not in json.dumps([r.props for r in mg.store.iter_nodes(NodeLabel.TOOL_CALL)])
    assert first.latency_ms == pytest.approx(120.0) and first.status == ToolCallStatus.OK
    assert json.loads(first.result or "") == {"status": "pending", "items": 2}
    assert second.status == ToolCallStatus.ERROR and second.seq == 1 and second.task_id == first.task_id
    calls = mg.tools.calls(task_id=first.task_id, agent_id=AGENT)
    assert [c.tool for c in calls] == ["get_order", "cancel_order"]
    task = mg.tools.runs(agent_id=AGENT)[0]
    assert task.tools == ["get_order", "cancel_order"] and task.errors == ["Error: too late"]
    assert (first.id, second.id) in _rels(mg, RelType.NEXT)
    assert (AGENT, first.id) in _rels(mg, RelType.CALLED)
    assert (first.id, first.task_id) in _rels(mg, RelType.FOR_TASK)
    assert (first.id, f"agent:{AGENT}|get_order") in _rels(mg, RelType.OF_TOOL)
    assert (first.id, f"agent:{AGENT}|s1") in _rels(mg, RelType.IN_SESSION)
    tools = {t.name: t for t in mg.tools.list(agent_id=AGENT)}
    assert tools["cancel_order"].writes is None and tools["cancel_order"].errors == 1
    assert tools["get_order"].calls == 1


def test_a_large_result_is_stored_once_and_reads_back_whole(mg: MemGraph) -> None:
    big = "x" * (5 * 1024 * 1024 - 3) + "end"  # 5 MB
    a = mg.tools.record("dump", {"table": "t"}, result=big, agent_id=AGENT)
    b = mg.tools.record("dump", {"table": "t2"}, result=big, agent_id=AGENT)
    assert a.result_truncated and len(a.result or "") == INLINE_RESULT_CHARS
    assert a.result_size == len(big) and a.result_sha256 == b.result_sha256
    assert mg.tools.result(a.id, agent_id=AGENT) == big
    assert len(list(mg.store.iter_nodes(NodeLabel.TOOL_RESULT))) == 1
    assert {d for _, d in _rels(mg, RelType.RETURNED)} == {f"agent:{AGENT}|{a.result_sha256}"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"when": datetime(2026, 1, 1)}, r"argument args\.when is a datetime, which is not JSON-serialisable"),
        ({"xs": [1, {2, 3}]}, r"args\.xs\[1\] is a set"),
        ({"x": float("nan")}, "no NaN"),
        (["a"], "must be a JSON object"),
        ("{not json", "not valid JSON"),
    ],
)
def test_bad_arguments_are_refused_and_nothing_is_written(mg: MemGraph, args: object, message: str) -> None:
    before = store_snapshot(mg.store)
    with pytest.raises(InvalidInputError, match=message):
        mg.tools.record("f", args, result="r", agent_id=AGENT)
    assert store_snapshot(mg.store) == before


@pytest.mark.parametrize("name", ["get weather", 'say"hi', "x'y", "", "a" * 129])
def test_bad_tool_names_are_refused(mg: MemGraph, name: str) -> None:
    with pytest.raises(InvalidInputError, match="tool name"):
        mg.tools.record(name, {}, agent_id=AGENT)


def test_non_latin_tool_names_are_kept(mg: MemGraph) -> None:
    call = mg.tools.record("天气查询", {"城市": "上海"}, result="晴", agent_id=AGENT)
    assert call.tool == "天气查询" and mg.tools.stats("天气查询", agent_id=AGENT).calls == 1


def test_clock_skew_is_refused(mg: MemGraph) -> None:
    with pytest.raises(InvalidInputError, match="before the call"):
        mg.tools.record("f", {}, result="r", started_at=T0, ended_at=T0 - timedelta(seconds=1), agent_id=AGENT)


def _reads(mg: MemGraph, ttl: float | None = 300.0) -> None:
    mg.tools.register("get_reservation", writes=False, ttl_seconds=ttl, agent_id=AGENT)
    mg.tools.register("update_reservation", writes=True, agent_id=AGENT)


def test_cache_serves_exact_arguments_within_ttl(mg: MemGraph) -> None:
    _reads(mg)
    now = datetime.now(timezone.utc)
    mg.tools.record(
        "get_reservation",
        {"id": "R1", "verbose": True},
        result='{"id": "R1", "seats": 2}',
        started_at=now,
        agent_id=AGENT,
    )
    hit = mg.tools.cached(
        "get_reservation", {"verbose": True, "id": "R1"}, agent_id=AGENT, now=now + timedelta(seconds=42)
    )
    assert isinstance(hit, CachedResult)
    assert hit.result == '{"id": "R1", "seats": 2}' and hit.age_seconds == pytest.approx(42)
    assert hit.describe().startswith("cached result of get_reservation from 42 s ago")
    assert mg.tools.cached("get_reservation", {"id": "R2", "verbose": True}, agent_id=AGENT) is None
    late = mg.tools.lookup(
        "get_reservation", {"id": "R1", "verbose": True}, agent_id=AGENT, now=now + timedelta(seconds=301)
    )
    assert isinstance(late, CacheMiss) and late.reason == "expired"


def test_a_write_touching_the_same_thing_makes_it_stale(mg: MemGraph) -> None:
    _reads(mg)
    mg.tools.record("get_reservation", {"id": "R1"}, result='{"id": "R1", "user": "u_7"}', agent_id=AGENT)
    mg.tools.record("get_reservation", {"id": "R2"}, result='{"id": "R2", "user": "u_8"}', agent_id=AGENT)
    mg.tools.record("update_reservation", {"id": "r1", "bags": 2}, result="ok", agent_id=AGENT)  # case-folded id
    miss = mg.tools.lookup("get_reservation", {"id": "R1"}, agent_id=AGENT)
    assert isinstance(miss, CacheMiss) and miss.reason == "stale" and miss.write_id is not None
    assert mg.tools.cached("get_reservation", {"id": "R2"}, agent_id=AGENT) is not None  # not touched
    # an identifier found only in the cached result counts too (the write names the user)
    mg.tools.record("update_reservation", {"user": "u_8"}, error="Error: failed", agent_id=AGENT)
    assert mg.tools.cached("get_reservation", {"id": "R2"}, agent_id=AGENT) is None
    # a read after the write is served again
    mg.tools.record("get_reservation", {"id": "R1"}, result='{"id": "R1", "bags": 2}', agent_id=AGENT)
    hit = mg.tools.cached("get_reservation", {"id": "R1"}, agent_id=AGENT)
    assert hit is not None and hit.result == '{"id": "R1", "bags": 2}'


def test_unknown_tools_count_as_writes(mg: MemGraph) -> None:
    _reads(mg)
    mg.tools.record("get_reservation", {"id": "R1"}, result="{}", agent_id=AGENT)
    mg.tools.record("mystery", {"anything": "else"}, result="done", agent_id=AGENT)  # never registered
    assert mg.tools.cached("get_reservation", {"id": "R1"}, agent_id=AGENT) is not None  # different identifiers
    mg.tools.record("mystery", {}, result="done", agent_id=AGENT)  # names nothing: may have touched anything
    assert mg.tools.cached("get_reservation", {"id": "R1"}, agent_id=AGENT) is None


def test_the_cache_refuses_writing_and_unregistered_tools(mg: MemGraph) -> None:
    _reads(mg)
    mg.tools.record("update_reservation", {"id": "R1"}, result="ok", agent_id=AGENT)
    mg.tools.record("mystery", {}, result="ok", agent_id=AGENT)
    with pytest.raises(InvalidInputError, match="'update_reservation' writes: its results are never served"):
        mg.tools.cached("update_reservation", {"id": "R1"}, agent_id=AGENT)
    with pytest.raises(InvalidInputError, match="not registered as read-only"):
        mg.tools.cached("mystery", {}, agent_id=AGENT)


def test_failed_calls_and_ttl_zero_are_not_served(mg: MemGraph) -> None:
    _reads(mg)
    mg.tools.record("get_reservation", {"id": "R9"}, error="Error: not found", agent_id=AGENT)
    miss = mg.tools.lookup("get_reservation", {"id": "R9"}, agent_id=AGENT)
    assert isinstance(miss, CacheMiss) and miss.reason == "failed"
    mg.tools.register("get_reservation", writes=False, ttl_seconds=0, agent_id=AGENT)
    mg.tools.record("get_reservation", {"id": "R1"}, result="{}", agent_id=AGENT)
    assert mg.tools.cached("get_reservation", {"id": "R1"}, agent_id=AGENT) is None


def test_scopes_do_not_share_tool_memory(mg: MemGraph) -> None:
    _reads(mg)
    mg.tools.record("get_reservation", {"id": "R1"}, result="{}", task="look up R1", agent_id=AGENT)
    assert mg.tools.calls(agent_id="other") == [] and mg.tools.runs(agent_id="other") == []
    assert mg.tools.experience("look up R1", agent_id="other") == []
    assert isinstance(mg.tools.lookup("get_reservation", {"id": "R1"}, agent_id="other"), CacheMiss)
    with pytest.raises(NotFoundError):
        mg.tools.stats("get_reservation", agent_id="other")
    call = mg.tools.calls(agent_id=AGENT)[0]
    with pytest.raises(NotFoundError):
        mg.tools.result(call.id, agent_id="other")


def _history(mg: MemGraph) -> dict[str, str]:
    mg.tools.register("cancel_order", writes=True, agent_id=AGENT)
    mg.tools.register("return_items", writes=True, agent_id=AGENT)
    mg.tools.register("get_order", writes=False, agent_id=AGENT)
    runs = {
        "cancel-ok": (
            "Please cancel my pending order #W100, I no longer need it",
            "solved",
            ["get_order", "cancel_order"],
        ),
        "cancel-bad": ("Cancel the order #W100 that has not shipped yet", "failed", ["get_order", "cancel_order!"]),
        "return": (
            "I want to return the kettle I received in order #W200 for a refund",
            "solved",
            ["get_order", "return_items"],
        ),
    }
    ids = {}
    for key, (task, outcome, tools) in runs.items():
        calls = []
        for name in tools:
            if name.endswith("!"):
                calls.append(
                    {"tool": name[:-1], "args": {"order_id": "#W100"}, "error": "Error: order already shipped"}
                )
            else:
                calls.append({"tool": name, "args": {"order_id": "#W100"}, "result": "ok"})
        ids[key] = mg.tools.record_run(calls, task=task, outcome=outcome, agent_id=AGENT).task.id  # type: ignore[union-attr]
    return ids


def test_experience_ranks_similar_solved_runs_first(mg: MemGraph) -> None:
    ids = _history(mg)
    found = mg.tools.experience("cancel order #W100 please", 3, agent_id=AGENT)
    assert [e.task_id for e in found][:2] == [ids["cancel-ok"], ids["cancel-bad"]]
    best, failed = found[0], found[1]
    assert best.outcome == "solved" and best.went_wrong == [] and best.tools == ["get_order", "cancel_order"]
    assert best.pattern == "get_order(order_id) -> cancel_order(order_id)"
    assert failed.outcome == "failed" and failed.went_wrong == ["Error: order already shipped"]
    assert {"vector", "keyword", "graph_rank"} <= set(best.signals)
    assert any(p.startswith("Task<-FOR_TASK-ToolCall[") for p in best.paths)  # the id #W100 in its calls
    assert (
        mg.tools.experience("cancel order #W100", 3, agent_id=AGENT, exclude=[ids["cancel-ok"]])[0].task_id
        == ids["cancel-bad"]
    )


def test_suggest_ranks_tools_with_reasons(mg: MemGraph) -> None:
    _history(mg)
    writes = mg.tools.suggest("I'd like to return a blender from my last order", 2, writes=True, agent_id=AGENT)
    assert writes[0].tool == "return_items" and writes[0].writes is True
    assert "most similar runs" in writes[0].why and writes[0].success_rate == 1.0
    assert all(s.writes for s in writes)
    reads = mg.tools.suggest("cancel my order", 5, writes=False, agent_id=AGENT)
    assert [s.tool for s in reads] == ["get_order"]


def test_stats(mg: MemGraph) -> None:
    for i, ms in enumerate([10, 20, 30, 40, 100]):
        err = f"Error: not enough seats on flight HAT{i}0{i}" if i % 2 else None
        mg.tools.record("book", {"n": i}, result=None if err else "ok", error=err, latency_ms=ms, agent_id=AGENT)
    s = mg.tools.stats("book", agent_id=AGENT)
    assert (s.calls, s.ok, s.errors) == (5, 3, 2) and s.success_rate == pytest.approx(0.6)
    assert s.latency_p50_ms == pytest.approx(30.0) and s.latency_p95_ms == pytest.approx(88.0)
    assert s.common_errors == [("Error: not enough seats on flight <id>", 2)]


def test_remember_records_calls_and_serves_from_cache(mg: MemGraph) -> None:
    ran: list[str] = []

    @mg.tools.remember(agent_id=AGENT, writes=False, ttl_seconds=60, cache=True)
    def forecast(city: str, days: int = 1) -> dict[str, object]:
        """Weather forecast for a city."""
        ran.append(city)
        return {"city": city, "days": days, "sky": "clear"}

    @mg.tools.remember("book-room", agent_id=AGENT, writes=True)
    def book(room: str) -> str:
        raise ValueError(f"room {room} is taken")

    with mg.tools.run("plan a trip to Paris", agent_id=AGENT) as run:
        assert forecast("Paris") == {"city": "Paris", "days": 1, "sky": "clear"}
        assert forecast(city="Paris", days=1) == {"city": "Paris", "days": 1, "sky": "clear"}  # served
        with pytest.raises(ValueError, match="taken"):
            book("R2")
        run.outcome = "solved"
    assert ran == ["Paris"]
    calls = mg.tools.calls(task_id=run.task_id, agent_id=AGENT)
    assert [(c.tool, c.status) for c in calls] == [("forecast", ToolCallStatus.OK), ("book-room", ToolCallStatus.ERROR)]
    assert json.loads(calls[0].args) == {"city": "Paris", "days": 1} and calls[0].latency_ms is not None
    assert calls[1].error == "ValueError: room R2 is taken"
    assert mg.tools.runs(agent_id=AGENT)[0].outcome.value == "solved"
    tool = {t.name: t for t in mg.tools.list(agent_id=AGENT)}["forecast"]
    assert tool.description == "Weather forecast for a city." and tool.writes is False and tool.ttl_seconds == 60
    with pytest.raises(InvalidInputError, match="cache=True needs writes=False"):
        mg.tools.remember(agent_id=AGENT, cache=True)


def test_a_failed_import_writes_nothing(mg: MemGraph, tmp_path: Path) -> None:
    good = {
        "task": "t",
        "messages": [
            {"role": "assistant", "tool_calls": [{"id": "a", "function": {"name": "f", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "a", "content": "ok"},
        ],
    }
    bad = {
        "task": "t",
        "messages": [
            {"role": "assistant", "tool_calls": [{"id": "a", "function": {"name": "bad name", "arguments": "{}"}}]},
        ],
    }
    path = tmp_path / "log.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    before = store_snapshot(mg.store)
    with pytest.raises(InvalidInputError, match=r"run #1 call #0 \('bad name'\): tool name"):
        mg.tools.import_log(path, agent_id=AGENT)
    assert store_snapshot(mg.store) == before


@pytest.mark.skipif(not TAUBENCH.is_dir(), reason="../shared/data/taubench is not on this machine")
def test_taubench_airline_runs_read_back_exactly(mg: MemGraph) -> None:
    """Every call, argument and result of the real airline runs reads back as logged."""
    for t in json.loads((TAUBENCH / "tools_airline.json").read_text(encoding="utf-8")):
        mg.tools.register(
            t["name"], description=t["description"], parameters=t["parameters"], writes=t["writes"], agent_id=AGENT
        )
    res = mg.tools.import_log(TAUBENCH / "airline_trajectories_dev.json", agent_id=AGENT)
    assert (res.runs, res.calls) == (100, 621)
    runs = json.loads((TAUBENCH / "airline_trajectories_dev.json").read_text(encoding="utf-8"))
    checked = 0
    for run, task_id in zip(runs, res.task_ids):
        open_calls: dict[str, list[object]] = {}
        logged: list[list[object]] = []
        for m in run["traj"]:
            for tc in m.get("tool_calls") or []:
                open_calls[tc["id"]] = [tc["function"]["name"], json.loads(tc["function"]["arguments"]), None]
                logged.append(open_calls[tc["id"]])
            if m["role"] == "tool":
                open_calls.pop(m["tool_call_id"])[2] = m["content"]
        stored = mg.tools.calls(task_id=task_id, agent_id=AGENT, limit=1000)
        assert [[c.tool, json.loads(c.args), mg.tools.result(c.id, agent_id=AGENT)] for c in stored] == logged
        checked += len(stored)
    assert checked == 621
    assert sum(t.outcome.value == "solved" for t in mg.tools.runs(agent_id=AGENT, limit=1000)) == 31
    stats = mg.tools.stats("update_reservation_flights", agent_id=AGENT)
    assert stats.calls == 90 and stats.writes is True and stats.errors > 0


def test_search_finds_tool_calls_and_ask_does_not_quote_them(mg: MemGraph) -> None:
    mg.add("I fly to Seattle on business next week", user_id="ana")
    call = mg.tools.record(
        "search_direct_flight",
        {"origin": "JFK", "destination": "SEA", "date": "2024-05-20"},
        result='[{"flight_number": "HAT136", "price": 250}]',
        task="Find a direct flight from New York to Seattle on May 20",
        user_id="ana",
    )
    found = {r.id: r for r in mg.search("direct flight to Seattle", user_id="ana")}
    assert call.id in found
    hit = found[call.id]
    assert hit.label == NodeLabel.TOOL_CALL and "HAT136" in hit.text and hit.text.startswith("search_direct_flight")
    assert "ToolCall-OF_TOOL->Tool[search_direct_flight]" in hit.paths
    assert any(p.startswith("ToolCall-FOR_TASK->Task[Find a direct flight") for p in hit.paths)
    assert {"vector", "keyword"} & set(hit.signals)
    assert call.id not in {r.id for r in mg.search("direct flight to Seattle", user_id="bob")}
    answer = mg.ask("When do I fly to Seattle?", user_id="ana")
    assert all(c.id != call.id for c in answer.citations)


def test_a_search_limited_to_a_session_finds_only_that_sessions_tool_calls(mg: MemGraph) -> None:
    calls = {
        sid: mg.tools.record(
            "search_direct_flight",
            {"origin": "JFK", "destination": dest},
            result=f'[{{"flight_number": "HAT{n}"}}]',
            task=f"Find a direct flight from New York to {dest}",
            user_id="ana",
            session_id=sid,
        )
        for n, (sid, dest) in enumerate([("s1", "Seattle"), ("s2", "Seattle"), ("s3", "Boston")])
    }
    calls["none"] = mg.tools.record("search_direct_flight", {"origin": "JFK", "destination": "SEA"}, user_id="ana")
    everywhere = {r.id for r in mg.search("direct flight to Seattle", user_id="ana")}
    assert {c.id for c in calls.values()} <= everywhere
    for sid in ("s1", "s2", "s3"):
        found = {r.id for r in mg.search("direct flight to Seattle", user_id="ana", session_id=sid)}
        assert {c.id for c in calls.values()} & found == {calls[sid].id}


def test_forget_removes_tool_memory(mg: MemGraph) -> None:
    mg.tools.record("dump", {"t": 1}, result="y" * (INLINE_RESULT_CHARS + 10), task="dump table 1", agent_id=AGENT)
    mg.tools.record("dump", {"t": 1}, result="kept", agent_id="other")
    mg.forget(agent_id=AGENT)
    for label in (NodeLabel.TOOL, NodeLabel.TOOL_CALL, NodeLabel.TASK, NodeLabel.TOOL_RESULT):
        assert [r.owner for r in mg.store.iter_nodes(label)] in ([], ["agent:other"])
    assert len(mg.tools.calls(agent_id="other")) == 1


def _log(tmp_path: Path, runs: list[dict[str, object]]) -> Path:
    path = tmp_path / "log.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in runs) + "\n", encoding="utf-8")
    return path


def _msgs(name: str, args: dict[str, object], result: str, **tool_msg: object) -> list[dict[str, object]]:
    call = {"id": "c1", "function": {"name": name, "arguments": json.dumps(args)}}
    return [
        {"role": "user", "content": f"please run {name}"},
        {"role": "assistant", "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "c1", "content": result, **tool_msg},
    ]


def test_importing_a_log_again_adds_nothing(mg: MemGraph, tmp_path: Path) -> None:
    same = {"task": "look up HATHAU", "messages": _msgs("get_reservation", {"id": "HATHAU"}, "{}")}
    path = _log(tmp_path, [same, same, {"messages": _msgs("get_user", {"id": "u_1"}, "{}")}])
    first = mg.tools.import_log(path, agent_id=AGENT)
    assert (first.runs, first.calls, first.skipped) == (3, 3, 0)  # two identical runs are two runs
    before = store_snapshot(mg.store)
    again = mg.tools.import_log(path, agent_id=AGENT)
    assert (again.runs, again.calls, again.skipped) == (0, 0, 3) and again.task_ids == first.task_ids
    assert store_snapshot(mg.store)[1:] == before[1:]  # nodes and relationships unchanged


def test_imported_calls_without_times_have_no_age(mg: MemGraph, tmp_path: Path) -> None:
    _reads(mg)
    mg.tools.import_log(_log(tmp_path, [{"messages": _msgs("get_reservation", {"id": "R1"}, "{}")}]), agent_id=AGENT)
    miss = mg.tools.lookup("get_reservation", {"id": "R1"}, agent_id=AGENT)
    assert isinstance(miss, CacheMiss) and miss.reason == "age unknown"


def test_a_run_without_a_request_is_still_a_run(mg: MemGraph, tmp_path: Path) -> None:
    items = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "tools/call",
            "params": {"name": "read_file", "arguments": {"path": "a"}},
        },
        {"jsonrpc": "2.0", "id": 1, "result": {"content": [{"type": "text", "text": "hello"}]}},
    ]
    res = mg.tools.import_log(_log(tmp_path, items), agent_id=AGENT)
    task = mg.tools.runs(agent_id=AGENT)[0]
    assert res.task_ids == [task.id] and task.text == "calls of read_file" and task.request_given is False


def test_the_cache_key_covers_credentials(mg: MemGraph) -> None:
    mg.tools.register("fetch", writes=False, agent_id=AGENT)
    mg.tools.record("fetch", {"url": "/a", "api_key": "sk-ONE"}, result={"rows": 1}, agent_id=AGENT)
    hit = mg.tools.cached("fetch", {"url": "/a", "api_key": "sk-ONE"}, agent_id=AGENT)
    assert hit is not None and hit.value() == {"rows": 1}
    assert mg.tools.cached("fetch", {"url": "/a", "api_key": "sk-TWO"}, agent_id=AGENT) is None
    assert all("sk-ONE" not in json.dumps(r.props) for r in mg.store.iter_nodes(NodeLabel.TOOL_CALL))


def test_errors_are_searchable_and_booking_codes_link_runs(mg: MemGraph) -> None:
    mg.tools.record_run(
        [
            {
                "tool": "update_flight",
                "args": {"reservation_id": "HATHAU"},
                "error": "Error: not enough seats on flight HAT229",
            }
        ],
        task="Move me to the later flight",
        outcome="failed",
        agent_id=AGENT,
    )
    hits = mg.search("not enough seats", agent_id=AGENT)
    assert hits and hits[0].label == NodeLabel.TOOL_CALL and "not enough seats" in hits[0].text
    found = mg.tools.experience("what happened with booking HATHAU?", agent_id=AGENT)
    assert found and any(p.startswith("Task<-FOR_TASK-ToolCall[update_flight") for p in found[0].paths)
