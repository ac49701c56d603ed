"""Tool-call memory on real agent runs, with no LLM: import, cache, experience, suggest.

Data: ``../shared/data/taubench`` (tau-bench, Yao et al., 2024): 100 runs of an airline
customer-service agent (25 tasks x 4 trials, 621 tool calls, 31 runs solved), the airline and
retail tool lists (which tools write), and retail tasks with gold action sequences (500 train,
20 dev).

Printed, per store:

1. **Import**: ``mg.tools.import_log`` of the airline runs (one transaction, embeddings
   included): calls/s; then every call read back (tool, arguments as JSON values, whole
   result text, status) against the log: mismatches (target 0).
2. **Cache replay**: the runs replayed in file order, call by call, into a fresh store with the
   airline tools registered (``writes`` from the tool list; reading tools' TTL 1 h, which
   never binds: the replay takes seconds). Before each reading call, ``mg.tools.lookup``; a
   served result is compared with what the tool really returned in the log. Then the real
   call is recorded. Prints reads, served (share), stale served (target 0), and the ceiling:
   reads whose exact call came earlier in the log with the same result. tau-bench resets its
   database before every run, so a result read again in a later run is often the same even
   after a write touched it; no cache that honours writes can serve those.
3. **Experience**, leave-one-task-out over the 25 airline tasks: for each run of task T (trial
   i), with the runs of other tasks and T's earlier trials in memory, is a solved run of T in
   the top 1 / 3 of ``mg.tools.experience(instruction)``? Scored over the queries whose memory
   holds a solved run of T ("answerable"). Two settings: the stored request is what the
   agent heard (the user's messages before its first tool call; the import's default) or the
   instruction itself. Beside it, plain BM25 (the store's keyword index over the same stored
   requests) ranks runs for the same query.
4. **Suggest** on retail: the 500 train tasks (instruction + gold actions, solved) as memory,
   the 20 dev instructions as queries: is the gold first writing action among the top 1 / 3 of
   ``mg.tools.suggest(instruction, writes=True)``? Against BM25: the first writing actions of
   the train tasks BM25 ranks highest, in rank order.

Usage: .venv/bin/python bench/tools.py [--data DIR] [--neo4j bolt://127.0.0.1:17687] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from store import wipe_neo4j  # noqa: E402

from memgraph import MemGraph  # noqa: E402
from memgraph.models import NodeLabel, Task  # noqa: E402
from memgraph.text.embed import Embedder  # noqa: E402
from memgraph.text.textutil import keyword_terms  # noqa: E402
from memgraph.tools.cache import CachedResult  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "taubench"
AGENT = "airline-agent"
READ_TTL = 3600.0


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _register(mg: MemGraph, tools: list[dict[str, Any]], agent: str) -> None:
    for t in tools:
        mg.tools.register(
            t["name"],
            description=t.get("description"),
            parameters=t.get("parameters"),
            writes=bool(t["writes"]),
            ttl_seconds=None if t["writes"] else READ_TTL,
            agent_id=agent,
        )


def _log_calls(run: dict[str, Any]) -> list[tuple[str, Any, str | None]]:
    """(tool, arguments, result text) of a run's calls, in call order. A call id may come
    again after its call was answered (it does in these logs): ids pair with the open call."""
    calls: list[list[Any]] = []
    open_calls: dict[str, list[Any]] = {}
    for m in run["traj"]:
        for tc in m.get("tool_calls") or []:
            call = [tc["function"]["name"], json.loads(tc["function"]["arguments"] or "{}"), None]
            open_calls[tc["id"]] = call
            calls.append(call)
        if m["role"] == "tool":
            open_calls.pop(m["tool_call_id"])[2] = m["content"]
    return [(c[0], c[1], c[2]) for c in calls]


def bench_import(uri: str, data: Path, embedder: Embedder) -> dict[str, Any]:
    runs = _json(data / "airline_trajectories_dev.json")
    with MemGraph(uri, embedder=embedder) as mg:
        _register(mg, _json(data / "tools_airline.json"), AGENT)
        t0 = time.perf_counter()
        res = mg.tools.import_log(data / "airline_trajectories_dev.json", agent_id=AGENT)
        seconds = time.perf_counter() - t0
        mismatches = 0
        checked = 0
        for run, task_id in zip(runs, res.task_ids):
            stored = mg.tools.calls(task_id=task_id, agent_id=AGENT, limit=1000)
            logged = _log_calls(run)
            if len(stored) != len(logged):
                mismatches += abs(len(stored) - len(logged))
            for call, (tool, args, result) in zip(stored, logged):
                checked += 1
                whole = mg.tools.result(call.id, agent_id=AGENT)
                if call.tool != tool or json.loads(call.args) != args or whole != result:
                    mismatches += 1
        return {
            "runs": res.runs,
            "calls": res.calls,
            "seconds": round(seconds, 2),
            "calls_per_s": round(res.calls / seconds, 1),
            "checked": checked,
            "mismatches": mismatches,
        }


def bench_cache(uri: str, data: Path, embedder: Embedder) -> dict[str, Any]:
    runs = _json(data / "airline_trajectories_dev.json")
    tools = {t["name"]: t for t in _json(data / "tools_airline.json")}
    reads = served = stale = ceiling = 0
    seen: dict[tuple[str, str], str | None] = {}
    per_tool: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: Counter[str] = Counter()
    t0 = time.perf_counter()
    with MemGraph(uri, embedder=embedder) as mg:
        _register(mg, list(tools.values()), AGENT)
        for run in runs:
            task_id = None
            for tool, args, result in _log_calls(run):
                key = (tool, json.dumps(args, sort_keys=True))
                if not tools[tool]["writes"]:
                    reads += 1
                    per_tool[tool][0] += 1
                    if key in seen and seen[key] == result:
                        ceiling += 1
                    hit = mg.tools.lookup(tool, args, agent_id=AGENT)
                    if isinstance(hit, CachedResult):
                        served += 1
                        per_tool[tool][1] += 1
                        stale += hit.result != result
                    else:
                        misses[hit.reason] += 1
                seen[key] = result
                error = result if result is not None and result.lower().startswith("error") else None
                call = mg.tools.record(
                    tool,
                    args,
                    result=None if error else result,
                    error=error,
                    task=None if task_id else f"task {run['task_id']} trial {run['trial']}",
                    task_id=task_id,
                    agent_id=AGENT,
                )
                task_id = task_id or call.task_id
    return {
        "reads": reads,
        "served": served,
        "served_share": round(served / reads, 3),
        "stale": stale,
        "ceiling": ceiling,
        "seconds": round(time.perf_counter() - t0, 1),
        "served_by_tool": {k: v[1] for k, v in sorted(per_tool.items()) if v[1]},
        "misses": dict(misses.most_common()),
    }


def _with_instruction(src: Path, dst: Path) -> None:
    """The airline runs with their instruction as the stored request."""
    runs = _json(src)
    for r in runs:
        r["task"] = r["info"]["task"]["instruction"]
    dst.write_text(json.dumps(runs), encoding="utf-8")


def bench_experience(uri: str, log: Path, data: Path, embedder: Embedder) -> dict[str, Any]:
    runs = _json(data / "airline_trajectories_dev.json")
    with MemGraph(uri, embedder=embedder) as mg:
        _register(mg, _json(data / "tools_airline.json"), AGENT)
        res = mg.tools.import_log(log, agent_id=AGENT)
        ids = res.task_ids
        task_of = {ids[i]: r["task_id"] for i, r in enumerate(runs)}
        solved = {ids[i] for i, r in enumerate(runs) if r["reward"] >= 1}
        instruction = {r["task_id"]: r["info"]["task"]["instruction"] for r in runs}
        hits = {"experience": [0, 0], "bm25": [0, 0]}
        answerable = 0
        t_exp = 0.0
        for r in runs:
            t, trial = r["task_id"], r["trial"]
            exclude = {ids[j] for j, o in enumerate(runs) if o["task_id"] == t and o["trial"] >= trial}
            if not any(tid in solved and task_of[tid] == t and tid not in exclude for tid in ids):
                continue
            answerable += 1
            query = instruction[t]
            t0 = time.perf_counter()
            got = [e.task_id for e in mg.tools.experience(query, 3, agent_id=AGENT, exclude=sorted(exclude))]
            t_exp += time.perf_counter() - t0
            hits_kw = mg.store.keyword_search(
                NodeLabel.TASK, keyword_terms(query), [f"agent:{AGENT}"], 3 + len(exclude)
            )
            bm25 = [h.node.id for h in hits_kw if h.node.id not in exclude][:3]
            for name, ranked in (("experience", got), ("bm25", bm25)):
                good = [tid in solved and task_of.get(tid) == t for tid in ranked]
                hits[name][0] += bool(good[:1] and good[0])
                hits[name][1] += any(good[:3])
        out: dict[str, Any] = {"queries": len(runs), "answerable": answerable}
        for name, (h1, h3) in hits.items():
            out[name] = {"recall@1": round(h1 / answerable, 3), "recall@3": round(h3 / answerable, 3)}
        out["experience_ms"] = round(1000 * t_exp / max(1, answerable), 1)
        return out


def _retail_log(data: Path, dst: Path) -> list[dict[str, Any]]:
    train = _json(data / "tasks_retail_train.json")
    runs = []
    for t in train:
        msgs: list[dict[str, Any]] = [{"role": "user", "content": t["instruction"]}]
        for k, a in enumerate(t["actions"]):
            cid = f"t{t['task_id']}-{k}"
            msgs.append(
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": cid,
                            "type": "function",
                            "function": {"name": a["name"], "arguments": json.dumps(a["kwargs"])},
                        }
                    ],
                }
            )
        runs.append(
            {"task": t["instruction"], "outcome": "solved", "session_id": f"train-{t['task_id']}", "messages": msgs}
        )
    dst.write_text(json.dumps(runs), encoding="utf-8")
    return train


def bench_suggest(uri: str, data: Path, embedder: Embedder, tmp: Path) -> dict[str, Any]:
    tools = {t["name"]: t for t in _json(data / "tools_retail.json")}
    train = _retail_log(data, tmp / "retail_train.json")
    dev = _json(data / "tasks_retail_dev.json")
    agent = "retail-agent"
    with MemGraph(uri, embedder=embedder) as mg:
        _register(mg, list(tools.values()), agent)
        res = mg.tools.import_log(tmp / "retail_train.json", agent_id=agent)
        first_write = {}
        for tid, t in zip(res.task_ids, train):
            w = [a["name"] for a in t["actions"] if tools[a["name"]]["writes"]]
            first_write[tid] = w[0] if w else None
        hits = {"suggest": [0, 0], "bm25": [0, 0]}
        queries = 0
        t_sug = 0.0
        for t in dev:
            gold = next((a["name"] for a in t["actions"] if tools[a["name"]]["writes"]), None)
            if gold is None:
                continue
            queries += 1
            t0 = time.perf_counter()
            got = [s.tool for s in mg.tools.suggest(t["instruction"], 3, writes=True, agent_id=agent)]
            t_sug += time.perf_counter() - t0
            kw = mg.store.keyword_search(NodeLabel.TASK, keyword_terms(t["instruction"]), [f"agent:{agent}"], 50)
            bm25: list[str] = []
            for h in kw:
                name = first_write.get(Task.model_validate(h.node.props).id)
                if name and name not in bm25:
                    bm25.append(name)
            for name, ranked in (("suggest", got), ("bm25", bm25[:3])):
                hits[name][0] += bool(ranked[:1] == [gold])
                hits[name][1] += gold in ranked[:3]
        out: dict[str, Any] = {"train": len(train), "queries": queries, "skipped_no_write": len(dev) - queries}
        for name, (h1, h3) in hits.items():
            out[name] = {"recall@1": round(h1 / queries, 3), "recall@3": round(h3 / queries, 3)}
        out["suggest_ms"] = round(1000 * t_sug / max(1, queries), 1)
        return out


def run_store(name: str, uri: str, data: Path, embedder: Embedder, tmp: Path) -> dict[str, Any]:
    def fresh(tag: str) -> str:
        if name == "neo4j":
            wipe_neo4j(uri)
            return uri
        return f"sqlite:///{tmp}/{tag}.db"

    out: dict[str, Any] = {"store": name}
    out["import"] = bench_import(fresh("import"), data, embedder)
    print(f"[{name}] import: {out['import']}", flush=True)
    out["cache"] = bench_cache(fresh("cache"), data, embedder)
    print(f"[{name}] cache: {out['cache']}", flush=True)
    heard = bench_experience(fresh("exp-heard"), data / "airline_trajectories_dev.json", data, embedder)
    print(f"[{name}] experience (stored request = what the agent heard): {heard}", flush=True)
    _with_instruction(data / "airline_trajectories_dev.json", tmp / "airline_instruction.json")
    brief = bench_experience(fresh("exp-brief"), tmp / "airline_instruction.json", data, embedder)
    print(f"[{name}] experience (stored request = the instruction): {brief}", flush=True)
    out["experience"] = {"heard": heard, "instruction": brief}
    out["suggest"] = bench_suggest(fresh("suggest"), data, embedder, tmp)
    print(f"[{name}] suggest (retail): {out['suggest']}", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--neo4j", help="also run on this Neo4j server (its database is EMPTIED first)")
    parser.add_argument("--no-sqlite", action="store_true", help="run on Neo4j only")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    embedder = Embedder()
    stores = [] if args.no_sqlite else [("sqlite", "")]
    if args.neo4j:
        stores.append(("neo4j", args.neo4j))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, uri in stores:
            results.append(run_store(name, uri, args.data, embedder, Path(tmp)))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
