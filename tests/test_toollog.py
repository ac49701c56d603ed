"""Reading tool-call logs (OpenAI-style messages, tau-bench result files, MCP JSON-RPC): no store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from memgraph.errors import UnsupportedFileError
from memgraph.loaders.toollog import load_tool_log

TAUBENCH = Path(__file__).resolve().parents[2] / "shared" / "data" / "taubench"


def _write(tmp_path: Path, name: str, value: object, *, lines: bool = False) -> Path:
    path = tmp_path / name
    if lines:
        assert isinstance(value, list)
        path.write_text("\n".join(json.dumps(v) for v in value) + "\n", encoding="utf-8")
    else:
        path.write_text(json.dumps(value), encoding="utf-8")
    return path


def _call(cid: str, name: str, args: dict[str, object]) -> dict[str, object]:
    return {"id": cid, "type": "function", "function": {"name": name, "arguments": json.dumps(args)}}


MESSAGES = [
    {"role": "system", "content": "You are a travel agent."},
    {"role": "user", "content": "Cancel my booking ABC123 please."},
    {"role": "user", "content": "My user id is ana_9."},
    {"role": "assistant", "content": None, "tool_calls": [_call("c1", "get_reservation", {"id": "ABC123"})]},
    {"role": "tool", "tool_call_id": "c1", "content": '{"id": "ABC123", "status": "booked"}'},
    {"role": "assistant", "content": None, "tool_calls": [_call("c2", "cancel", {"id": "ABC123"})]},
    {"role": "tool", "tool_call_id": "c2", "content": "Error: reservation is not refundable"},
    {"role": "user", "content": "Then transfer me."},
    {"role": "assistant", "content": None, "tool_calls": [_call("c3", "transfer", {})]},
]


def test_openai_messages(tmp_path: Path) -> None:
    log = load_tool_log(_write(tmp_path, "run.json", MESSAGES))
    assert log.format == "openai" and len(log.runs) == 1
    run = log.runs[0]
    assert run.task == "Cancel my booking ABC123 please. My user id is ana_9."  # the request, before any call
    assert [(c.tool, c.status) for c in run.calls] == [
        ("get_reservation", "ok"),
        ("cancel", "error"),
        ("transfer", "unknown"),  # the log ends before the tool answered
    ]
    assert run.calls[0].result == '{"id": "ABC123", "status": "booked"}'
    assert run.calls[1].error == "Error: reservation is not refundable"


def test_jsonl_run_objects_with_outcome_and_tools(tmp_path: Path) -> None:
    runs = [
        {
            "task": "cancel ABC123",
            "reward": 1.0,
            "session_id": "s1",
            "messages": MESSAGES[:5],
            "tools": [{"type": "function", "function": {"name": "get_reservation", "parameters": {"type": "object"}}}],
        },
        {"outcome": "failed", "messages": MESSAGES},
    ]
    log = load_tool_log(_write(tmp_path, "runs.jsonl", runs, lines=True))
    assert [r.outcome for r in log.runs] == ["solved", "failed"]
    assert log.runs[0].task == "cancel ABC123" and log.runs[0].session_id == "s1"
    assert [t.name for t in log.tools] == ["get_reservation"] and log.tools[0].writes is None


def test_status_field_marks_an_error(tmp_path: Path) -> None:
    msgs = [
        MESSAGES[3],
        {"role": "tool", "tool_call_id": "c1", "content": "no such reservation", "status": "error"},
    ]
    assert load_tool_log(_write(tmp_path, "e.json", msgs)).runs[0].calls[0].status == "error"


def test_tool_result_without_a_call_is_refused(tmp_path: Path) -> None:
    msgs = [{"role": "user", "content": "hi"}, {"role": "tool", "tool_call_id": "zz", "content": "x"}]
    with pytest.raises(UnsupportedFileError, match=r"message #1: .*call id 'zz'.*no earlier assistant message"):
        load_tool_log(_write(tmp_path, "orphan.json", msgs))


def test_clock_skew_is_refused(tmp_path: Path) -> None:
    msgs = [
        {**MESSAGES[3], "timestamp": "2026-01-01T10:00:05Z"},
        {**MESSAGES[4], "timestamp": "2026-01-01T10:00:01Z"},
    ]
    with pytest.raises(UnsupportedFileError, match="before the call"):
        load_tool_log(_write(tmp_path, "skew.json", msgs))


def test_times_need_a_zone(tmp_path: Path) -> None:
    msgs = [{**MESSAGES[3], "timestamp": "2026-01-01T10:00:05"}, MESSAGES[4]]
    with pytest.raises(UnsupportedFileError, match="no time zone"):
        load_tool_log(_write(tmp_path, "naive.json", msgs))


def test_a_log_without_calls_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFileError, match="no tool calls"):
        load_tool_log(_write(tmp_path, "chat.json", [{"role": "user", "content": "hi"}]))


def test_mcp_json_rpc(tmp_path: Path) -> None:
    items = [
        {"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
        {
            "jsonrpc": "2.0",
            "id": 1,
            "result": {
                "tools": [
                    {"name": "read_file", "inputSchema": {"type": "object"}, "annotations": {"readOnlyHint": True}},
                    {"name": "write_file", "inputSchema": {"type": "object"}, "annotations": {"destructiveHint": True}},
                    {"name": "fetch", "inputSchema": {"type": "object"}},
                ]
            },
        },
        {"timestamp": "2026-01-01T10:00:00Z", "message": {"jsonrpc": "2.0", "method": "notifications/progress"}},
        {
            "timestamp": "2026-01-01T10:00:00Z",
            "message": {
                "jsonrpc": "2.0",
                "id": 2,
                "method": "tools/call",
                "params": {"name": "read_file", "arguments": {"path": "a.txt"}},
            },
        },
        {
            "timestamp": "2026-01-01T10:00:00.250Z",
            "message": {"jsonrpc": "2.0", "id": 2, "result": {"content": [{"type": "text", "text": "hello"}]}},
        },
        {
            "jsonrpc": "2.0",
            "id": 3,
            "method": "tools/call",
            "params": {"name": "write_file", "arguments": {"path": "/x"}},
        },
        {"jsonrpc": "2.0", "id": 3, "result": {"content": [{"type": "text", "text": "denied"}], "isError": True}},
        {"jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": {"name": "fetch", "arguments": {}}},
        {"jsonrpc": "2.0", "id": 4, "error": {"code": -32602, "message": "missing url"}},
    ]
    log = load_tool_log(_write(tmp_path, "mcp.jsonl", items, lines=True))
    assert log.format == "mcp"
    assert {t.name: t.writes for t in log.tools} == {"read_file": False, "write_file": True, "fetch": None}
    calls = log.runs[0].calls
    assert [(c.tool, c.status, c.result, c.error) for c in calls] == [
        ("read_file", "ok", "hello", None),
        ("write_file", "error", "denied", "denied"),
        ("fetch", "error", None, "missing url"),
    ]
    assert calls[0].ended_at is not None and calls[0].started_at is not None
    assert (calls[0].ended_at - calls[0].started_at).total_seconds() == pytest.approx(0.25)


def test_mcp_response_without_request_is_refused(tmp_path: Path) -> None:
    items = [{"jsonrpc": "2.0", "id": 9, "result": {"content": []}}]
    with pytest.raises(UnsupportedFileError, match="no earlier request had that id"):
        load_tool_log(_write(tmp_path, "bad.jsonl", items, lines=True))


@pytest.mark.skipif(not TAUBENCH.is_dir(), reason="../shared/data/taubench is not on this machine")
def test_taubench_result_file() -> None:
    """The real airline runs: 100 runs, 621 calls each answered (call ids come again after
    their call was answered, and pair with the open call), 31 solved."""
    log = load_tool_log(TAUBENCH / "airline_trajectories_dev.json")
    assert len(log.runs) == 100 and log.call_count == 621
    assert sum(r.outcome == "solved" for r in log.runs) == 31
    assert all(c.status in ("ok", "error") for r in log.runs for c in r.calls)
    assert sum(c.status == "error" for r in log.runs for c in r.calls) == 63
    first = log.runs[0]
    assert first.session_id == "task-0-trial-0" and first.metadata["instruction"].startswith("You are mia_li_3668")
    assert first.task is not None and "New York to Seattle" in first.task
