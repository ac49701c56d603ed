"""Forgetting a person, and the write path under it, through the public API on both stores.

For each store: user ``alex`` gets ``--memories`` real LoCoMo turns (statements, with entity
and fact extraction, in one ``add_many`` call) and user ``sam`` as many again; then

- ``add_many``: seconds for alex's memories (embedding and extraction included);
- ``add p50/p95``: ms of one ``add`` of a new statement (``--adds`` of them), the write path's
  latency with its reads inside the transaction;
- ``delete x1``: ms per ``delete`` of one memory, over ``--deletes`` memories of sam's
  (forgetting alex one memory at a time costs about that many times ``--memories``);
- ``forget``: seconds for ``MemGraph.forget(user_id="alex")``, everything alex owns in one
  call, and what it removed.

The Neo4j database at ``--neo4j-uri`` is EMPTIED first: point it at a server used for tests
only (``scripts/neo4j/neo4j.sh start`` runs one at bolt://127.0.0.1:17687).

    .venv/bin/python bench/forget.py [--memories 1000] [--stores sqlite neo4j] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from locomo import DEFAULT_DATA, load_locomo  # noqa: E402
from store import wipe_neo4j  # noqa: E402

from memgraph import MemGraph  # noqa: E402
from memgraph.extraction.extract import Extractor  # noqa: E402
from memgraph.text.embed import Embedder  # noqa: E402


def texts(data: Path, n: int) -> list[str]:
    """``n`` distinct LoCoMo turns, in conversation order."""
    out: list[str] = []
    for conv in load_locomo(data):
        for turn in conv.turns:
            if turn.text not in out:
                out.append(turn.text)
            if len(out) == n:
                return out
    raise SystemExit(f"{data} holds fewer than {n} distinct turns")


def run(uri: str, corpus: list[str], args: argparse.Namespace, embedder: Embedder, extractor: Extractor) -> dict:
    mg = MemGraph(uri, embedder=embedder, extractor=extractor)
    try:
        t = time.perf_counter()
        mg.add_many([{"content": x, "user_id": "alex"} for x in corpus])
        add_many_s = time.perf_counter() - t
        sam = [m[0] for m in mg.add_many([{"content": x, "user_id": "sam"} for x in corpus])]
        adds = []
        for i in range(args.adds):
            t = time.perf_counter()
            mg.add(f"Note {i}: I booked the dentist for Tuesday at ten", user_id="alex")
            adds.append((time.perf_counter() - t) * 1000)
        deletes = []
        for m in sam[: args.deletes]:
            t = time.perf_counter()
            mg.delete(m.id, user_id="sam")
            deletes.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        removed = mg.forget(user_id="alex").removed
        forget_s = time.perf_counter() - t
    finally:
        mg.close()
    q = statistics.quantiles(adds, n=20)
    return {
        "memories": len(corpus),
        "add_many_s": round(add_many_s, 2),
        "add_p50_ms": round(statistics.median(adds), 1),
        "add_p95_ms": round(q[18], 1),
        "delete_ms": round(statistics.median(deletes), 1),
        "forget_s": round(forget_s, 3),
        "removed": removed,
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--memories", type=int, default=1000)
    parser.add_argument("--adds", type=int, default=40)
    parser.add_argument("--deletes", type=int, default=40)
    parser.add_argument("--stores", nargs="+", choices=["sqlite", "neo4j"], default=["sqlite", "neo4j"])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--neo4j-uri", default=os.environ.get("MEMGRAPH_TEST_NEO4J_URI", "bolt://127.0.0.1:17687"), help="EMPTIED"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    embedder, extractor = Embedder(), Extractor()
    corpus = texts(args.data, args.memories)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.stores:
            if kind == "neo4j":
                wipe_neo4j(args.neo4j_uri)
                uri = args.neo4j_uri
            else:
                uri = f"sqlite:///{tmp}/forget.db"
            results[kind] = run(uri, corpus, args, embedder, extractor)
            if kind == "neo4j":
                wipe_neo4j(args.neo4j_uri)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{'store':8} {'memories':>8} {'add_many s':>10} {'add p50/p95 ms':>15} {'delete ms':>9} {'forget s':>8}")
    for kind, r in results.items():
        print(
            f"{kind:8} {r['memories']:>8} {r['add_many_s']:>10} {r['add_p50_ms']:>7}/{r['add_p95_ms']:<7} "
            f"{r['delete_ms']:>9} {r['forget_s']:>8}   removed {r['removed']}"
        )


if __name__ == "__main__":
    main()
