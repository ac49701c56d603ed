"""The servers under load, no LLM: what REST and MCP add to a search, and 16 clients at once.

A ``memgraph serve`` process (REST /v1 and MCP /mcp, API keys on) over a fresh store seeded
with real conversations (../shared/data/locomo: the first two LoCoMo conversations, one user
each) and the Contoso employee handbook in the knowledge base. Printed, per store:

Run it with ``OMP_WAIT_POLICY=PASSIVE`` (as the README does): otherwise the OpenMP threads of
one process spin after each search and take the CPU from the other on a 2-core machine.

1. **Added latency** of a search through REST and through MCP (streamable HTTP, the official
   SDK client) over the same search called directly in Python on the same store: the LoCoMo
   questions, each asked three ways back to back, in turn (so drift hits all three alike);
   p50 / p95 of the per-question differences. The direct call runs in this process, the server
   in its own (one uvicorn worker), both on the loopback.
2. **16 concurrent clients** over loopback for ``--duration`` seconds (60 by default), each with
   its own key (its own user), mixing 40% add, 50% search, 10% ask (questions from LoCoMo,
   statements of its own): throughput, p50 / p95 per operation, errors (any non-2xx), and
   whether every acknowledged write is readable afterwards (GET of each returned id).

Usage: .venv/bin/python bench/server.py [--neo4j bolt://127.0.0.1:17687] [--duration 60] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import anyio
import httpx
import httpx2
from mcp.client.session import ClientSession
from mcp.client.streamable_http import streamable_http_client

from memgraph import MemGraph
from memgraph.faces.server.keys import KeyStore
from memgraph.loaders.transcript import load_transcript

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store import pct, wipe_neo4j

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CLIENTS = 16


def p50_p95(values: list[float]) -> dict[str, float]:
    """The median and 95th percentile of ``values`` (NaN when there are none)."""
    p50, p95 = pct(values) if values else (float("nan"), float("nan"))
    return {"p50": p50, "p95": p95}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def seed(uri: str, data: Path) -> tuple[list[str], dict[str, str]]:
    """Fill a fresh store; returns the LoCoMo questions and a key per client user."""
    raw = json.loads((data / "locomo" / "locomo_dev5.json").read_text())
    loaded = load_transcript(data / "locomo" / "locomo_dev5.json")
    mg = MemGraph(uri)
    try:
        for i, sample in enumerate(raw[:2]):
            prefix = f"{sample['sample_id']}:"
            sessions = [s for s in loaded.sessions if (s.session_id or "").startswith(prefix)]
            mg.add_many([{"content": s.messages, "user_id": f"u{i}", "session_id": s.session_id} for s in sessions])
        mg.kb.ingest(data / "contoso" / "employee_handbook.pdf")
        keys = KeyStore(mg.store)
        tokens = {f"u{i}": keys.create(user_id=f"u{i}", name="bench").key for i in range(CLIENTS)}
    finally:
        mg.close()
    questions = [str(qa["question"]) for sample in raw[:2] for qa in sample["qa"] if qa.get("question")]
    return questions, tokens


def start_server(uri: str, port: int) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("memgraph")
    proc = subprocess.Popen(
        [str(exe), "--store", uri, "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"the server did not start: {proc.stderr.read().decode() if proc.stderr else ''}")


def added_latency(uri: str, base: str, key: str, questions: list[str]) -> dict[str, Any]:
    """Per-question REST and MCP time minus the direct call's, in ms."""
    mg = MemGraph(uri)
    direct, rest, mcp, app = [], [], [], []

    async def run() -> None:
        async with (
            httpx2.AsyncClient(headers={"Authorization": f"Bearer {key}"}, timeout=60) as http,
            streamable_http_client(f"{base}/mcp", http_client=http) as (r, w),
            ClientSession(r, w) as session,
        ):
            await session.initialize()
            with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=60) as client:
                for q in questions[:5]:  # warm up every path
                    mg.search(q, user_id="u0", top_k=10)
                    client.post("/v1/search", json={"query": q, "top_k": 10})
                    await session.call_tool("search_memory", {"query": q, "top_k": 10})
                for q in questions:
                    t = time.perf_counter()
                    mg.search(q, user_id="u0", top_k=10)
                    direct.append((time.perf_counter() - t) * 1000)
                    t = time.perf_counter()
                    res = client.post("/v1/search", json={"query": q, "top_k": 10})
                    rest.append((time.perf_counter() - t) * 1000)
                    res.raise_for_status()
                    app.append(float(res.headers["server-timing"].split("dur=")[1]))
                    t = time.perf_counter()
                    out = await session.call_tool("search_memory", {"query": q, "top_k": 10})
                    mcp.append((time.perf_counter() - t) * 1000)
                    assert not out.is_error, out.content

    try:
        anyio.run(run)
    finally:
        mg.close()
    d_rest = [r - d for r, d in zip(rest, direct)]
    d_mcp = [m - d for m, d in zip(mcp, direct)]
    return {
        "queries": len(direct),
        "direct_ms": p50_p95(direct),
        "rest_ms": p50_p95(rest),
        "rest_in_server_ms": p50_p95(app),
        "mcp_ms": p50_p95(mcp),
        "rest_added_ms": p50_p95(d_rest),
        "mcp_added_ms": p50_p95(d_mcp),
    }


def load(base: str, tokens: dict[str, str], questions: list[str], duration: float) -> dict[str, Any]:
    """CLIENTS threads, each its own user, mixing add / search / ask for ``duration`` seconds."""
    lat: dict[str, list[float]] = {"add": [], "search": [], "ask": []}
    errors: list[str] = []
    acked: list[tuple[str, str]] = []
    lock = threading.Lock()
    stop = time.monotonic() + duration

    def client(user: str, token: str, rng: random.Random) -> None:
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=120) as c:
            n = 0
            while time.monotonic() < stop:
                roll = rng.random()
                q = rng.choice(questions)
                t = time.perf_counter()
                if roll < 0.4:
                    op = "add"
                    n += 1
                    res = c.post(
                        "/v1/memories",
                        json={"content": f"Note {n} from {user}: I keep item {rng.randrange(10**6)} in locker {n}."},
                    )
                elif roll < 0.9:
                    op, res = "search", c.post("/v1/search", json={"query": q, "top_k": 10})
                else:
                    op, res = "ask", c.post("/v1/ask", json={"question": "How many vacation days do employees get?"})
                ms = (time.perf_counter() - t) * 1000
                with lock:
                    if res.is_success:
                        lat[op].append(ms)
                        if op == "add":
                            acked.extend((user, m["id"]) for m in res.json())
                    else:
                        errors.append(f"{op} {res.status_code}: {res.text[:200]}")

    threads = [
        threading.Thread(target=client, args=(u, tok, random.Random(i))) for i, (u, tok) in enumerate(tokens.items())
    ]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    unreadable = 0
    for user, mid in acked:
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {tokens[user]}"}, timeout=60) as c:
            if c.get(f"/v1/memories/{mid}").status_code != 200:
                unreadable += 1
    ops = sum(len(v) for v in lat.values())
    return {
        "clients": len(tokens),
        "seconds": round(elapsed, 1),
        "ops": ops,
        "ops_per_s": round(ops / elapsed, 1),
        "errors": len(errors),
        "error_samples": errors[:5],
        "writes_acked": len(acked),
        "writes_unreadable": unreadable,
        **{f"{op}_ms": {"n": len(v), **p50_p95(v)} for op, v in lat.items()},
    }


def run_store(name: str, uri: str, data: Path, duration: float) -> dict[str, Any]:
    t = time.perf_counter()
    questions, tokens = seed(uri, data)
    print(f"[{name}] seeded in {time.perf_counter() - t:.0f} s; {len(questions)} questions", flush=True)
    port = free_port()
    server = start_server(uri, port)
    base = f"http://127.0.0.1:{port}"
    try:
        lat = added_latency(uri, base, tokens["u0"], questions)
        print(
            f"[{name}] search over {lat['queries']} questions: direct p50 {lat['direct_ms']['p50']:.1f} ms; "
            f"REST adds p50 {lat['rest_added_ms']['p50']:.1f} / p95 {lat['rest_added_ms']['p95']:.1f} ms; "
            f"MCP adds p50 {lat['mcp_added_ms']['p50']:.1f} / p95 {lat['mcp_added_ms']['p95']:.1f} ms "
            f"(REST: {lat['rest_in_server_ms']['p50']:.1f} ms of p50 {lat['rest_ms']['p50']:.1f} inside the server)",
            flush=True,
        )
        res = load(base, tokens, questions, duration)
        print(
            f"[{name}] {res['clients']} clients, {res['seconds']} s: {res['ops']} ops ({res['ops_per_s']}/s), "
            f"errors {res['errors']}, writes acked {res['writes_acked']}, unreadable {res['writes_unreadable']}; "
            + "; ".join(
                f"{op} p50 {res[op + '_ms']['p50']:.0f} / p95 {res[op + '_ms']['p95']:.0f} ms"
                for op in ("add", "search", "ask")
            ),
            flush=True,
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"latency": lat, "load": res}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--neo4j", help="also run on this (wiped) Neo4j server, e.g. bolt://127.0.0.1:17687")
    ap.add_argument("--duration", type=float, default=60.0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out["sqlite"] = run_store("sqlite", f"sqlite:///{tmp}/bench.db", args.data, args.duration)
    if args.neo4j:
        wipe_neo4j(args.neo4j)
        out["neo4j"] = run_store("neo4j", args.neo4j, args.data, args.duration)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    print(
        json.dumps(
            {k: {"added": v["latency"]["rest_added_ms"], "ops_per_s": v["load"]["ops_per_s"]} for k, v in out.items()}
        )
    )


if __name__ == "__main__":
    main()
