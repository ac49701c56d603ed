"""Store benchmark: the embedded store and Neo4j side by side, in one process.

For each size (default 10,000 and 100,000 memories) both stores get the same memories:
real LoCoMo turns (``../shared/data/locomo/locomo_dev5.json``) embedded once with the default
model, repeated with a small deterministic perturbation of each copy's vector (so copies are
distinct), owned round-robin by ``--users`` users (100 by default: each user's scope is 1%
of the graph). Each memory is written as a ``Memory`` node with an ``OWNS`` relationship from
its ``User``, ``--batch`` memories per :class:`WriteBatch` (one transaction; batched UNWIND on
Neo4j).

Printed per store and size:

- ``write/s``: memories written per second (embedding excluded: vectors are precomputed);
- ``vector p50/p95``: ``GraphStore.vector_search`` top-10 in one user's scope, ms, after a first
  pass over the same queries (both stores hold searched scopes' vectors in memory: SQLite
  loads the whole label at the first search, Neo4j a user's vectors at that user's first
  search); ``first-pass vector`` reports that first pass;
- ``hybrid p50/p95``: the full ``Retriever.search`` (vector + BM25 + graph + fusion) with a
  precomputed query vector, ms: the query embedding is excluded, query NER is included;
- ``top-10 overlap``: mean |A ∩ B| / 10 of vector-only results for the same query and user on
  the two stores; Neo4j scores small scopes exactly, so this is ~1.0. With
  ``--index-path`` Neo4j is also measured through its HNSW vector index (scope filter after
  an over-fetch), which is approximate: its overlap with the exact result says how much.

The Neo4j database at ``--neo4j-uri`` is EMPTIED first: point it at a server used for
tests only (``scripts/neo4j/neo4j.sh start`` runs one at bolt://127.0.0.1:17687).

    .venv/bin/python bench/store.py [--sizes 10000 100000] [--stores sqlite neo4j] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from locomo import DEFAULT_DATA, load_locomo  # noqa: E402

from memgraph.extraction.extract import Extractor  # noqa: E402
from memgraph.models import Memory, NodeLabel, Relationship, RelType, User, user_scope  # noqa: E402
from memgraph.recall.retrieval import CallerContext, Retriever, SearchConfig  # noqa: E402
from memgraph.stores.base import GraphStore, WriteBatch, record_of  # noqa: E402
from memgraph.stores.neo4j import Neo4jStore  # noqa: E402
from memgraph.stores.sqlite import SQLiteStore  # noqa: E402
from memgraph.text.embed import Embedder  # noqa: E402

T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
TOP_K = 10


def wipe_neo4j(uri: str) -> None:
    """Delete every node and relationship and drop the vector indexes of the server's database;
    refuses a server that is not on this machine."""
    import neo4j

    host = uri.split("://", 1)[-1].split("@")[-1].split("/")[0].rsplit(":", 1)[0]
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"refusing to empty the Neo4j database at {uri}: the benches only wipe a local server")
    with neo4j.GraphDatabase.driver(uri) as driver, driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()
        for name in [r["name"] for r in session.run("SHOW VECTOR INDEXES YIELD name")]:
            session.run(f"DROP INDEX `{name}` IF EXISTS").consume()


def corpus(embedder: Embedder, data: Path, n_queries: int) -> tuple[list[str], np.ndarray, list[str], np.ndarray]:
    """LoCoMo turn texts and questions with their embeddings (computed once)."""
    convs = load_locomo(data)
    texts = [f"{t.speaker}: {t.text}" for c in convs for t in c.turns]
    questions = [q.text for c in convs for q in c.questions]
    rng = np.random.default_rng(11)
    picked = [questions[i] for i in rng.choice(len(questions), size=min(n_queries, len(questions)), replace=False)]
    start = time.perf_counter()
    vecs = embedder.embed(texts)
    qvecs = embedder.embed(picked)
    print(f"embedded {len(texts)} turns and {len(picked)} questions in {time.perf_counter() - start:.0f} s")
    return texts, np.asarray(vecs, dtype=np.float32), picked, np.asarray(qvecs, dtype=np.float32)


def memory_batches(texts: list[str], vecs: np.ndarray, n: int, users: int, batch: int) -> list[WriteBatch]:
    """``n`` memories over ``users`` users as write batches (deterministic)."""
    rng = np.random.default_rng(5)
    out: list[WriteBatch] = []
    for start in range(0, n, batch):
        wb = WriteBatch()
        for i in range(start, min(n, start + batch)):
            j = i % len(texts)
            vec = vecs[j] if i < len(texts) else vecs[j] + rng.normal(scale=0.02, size=vecs.shape[1]).astype(np.float32)
            vec = vec / np.linalg.norm(vec)
            uid = f"u{i % users}"
            when = T0 + timedelta(seconds=i)
            mem = Memory(
                id=f"m{i}", owner=user_scope(uid), user_id=uid, text=texts[j], created_at=when, updated_at=when
            )
            wb.nodes.append(record_of(mem, embedding=vec.astype(np.float32)))
            wb.relationships.append(Relationship.link(RelType.OWNS, (NodeLabel.USER, uid), (NodeLabel.MEMORY, mem.id)))
        out.append(wb)
    return out


def fill(store: GraphStore, batches: list[WriteBatch], users: int, dim: int) -> float:
    """Write users, then the memory batches; memories per second of the memory writes."""
    store.init_schema("all-MiniLM-L6-v2", dim)
    store.write(WriteBatch(nodes=[record_of(User(id=f"u{u}", owner=user_scope(f"u{u}"))) for u in range(users)]))
    n = sum(len(b.nodes) for b in batches)
    start = time.perf_counter()
    for b in batches:
        store.write(b)
    return n / (time.perf_counter() - start)


def pct(values: Sequence[float]) -> tuple[float, float]:
    arr = np.asarray(values)
    return float(np.percentile(arr, 50)), float(np.percentile(arr, 95))


def measure(
    store: GraphStore, embedder: Embedder, extractor: Extractor, questions: list[str], qvecs: np.ndarray, users: int
) -> dict[str, Any]:
    """Vector-only and hybrid latency; the vector-only top-10 ids per query."""
    retriever = Retriever(store, embedder, extractor)
    rng = np.random.default_rng(17)
    who = [f"u{int(u)}" for u in rng.integers(0, users, size=len(questions))]
    cold_ms = []
    for q, qv, uid in zip(questions, qvecs, who):  # first pass: caches and query plans warm up
        start = time.perf_counter()
        store.vector_search(NodeLabel.MEMORY, qv, [user_scope(uid)], TOP_K)
        cold_ms.append((time.perf_counter() - start) * 1000)
        retriever.search(
            q, CallerContext((user_scope(uid),), (NodeLabel.USER, uid)), SearchConfig.HYBRID, query_vector=qv
        )
    vec_ms, hyb_ms, tops = [], [], []
    for q, qv, uid in zip(questions, qvecs, who):
        start = time.perf_counter()
        hits = store.vector_search(NodeLabel.MEMORY, qv, [user_scope(uid)], TOP_K)
        vec_ms.append((time.perf_counter() - start) * 1000)
        tops.append([h.node.id for h in hits])
        start = time.perf_counter()
        retriever.search(
            q, CallerContext((user_scope(uid),), (NodeLabel.USER, uid)), SearchConfig.HYBRID, query_vector=qv
        )
        hyb_ms.append((time.perf_counter() - start) * 1000)
    return {"vector_ms": pct(vec_ms), "hybrid_ms": pct(hyb_ms), "first_pass_vector_ms": pct(cold_ms), "tops": tops}


def overlap(a: list[list[str]], b: list[list[str]]) -> float:
    return float(np.mean([len(set(x) & set(y)) / TOP_K for x, y in zip(a, b)]))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--stores", nargs="+", choices=["sqlite", "neo4j"], default=["sqlite", "neo4j"])
    parser.add_argument("--users", type=int, default=100, help="owners; each holds 1/users of the graph")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--batch", type=int, default=1000, help="memories per write transaction")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--neo4j-uri",
        default=os.environ.get("MEMGRAPH_TEST_NEO4J_URI", "bolt://127.0.0.1:17687"),
        help="a Neo4j used for tests only: its database is emptied",
    )
    parser.add_argument("--index-path", action="store_true", help="also measure Neo4j through its vector index")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(1)
    embedder, extractor = Embedder(), Extractor()
    texts, vecs, questions, qvecs = corpus(embedder, args.data, args.queries)
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            batches = memory_batches(texts, vecs, size, args.users, args.batch)
            tops: dict[str, list[list[str]]] = {}
            for kind in args.stores:
                if kind == "neo4j":
                    wipe_neo4j(args.neo4j_uri)
                    store: GraphStore = Neo4jStore(args.neo4j_uri)
                else:
                    store = SQLiteStore(Path(tmp) / f"bench-{size}.db")
                store.open()
                try:
                    rate = fill(store, batches, args.users, vecs.shape[1])
                    m = measure(store, embedder, extractor, questions, qvecs, args.users)
                    tops[kind] = m.pop("tops")
                    row = {"store": kind, "memories": size, "scope_share": 1 / args.users, "write_per_s": rate, **m}
                    results.append(row)
                    print(
                        f"{kind:6} {size:>7} memories: write {rate:7.0f}/s · vector p50/p95 "
                        f"{m['vector_ms'][0]:.1f}/{m['vector_ms'][1]:.1f} ms · hybrid p50/p95 "
                        f"{m['hybrid_ms'][0]:.1f}/{m['hybrid_ms'][1]:.1f} ms · first-pass vector p50/p95 "
                        f"{m['first_pass_vector_ms'][0]:.1f}/{m['first_pass_vector_ms'][1]:.1f} ms",
                        flush=True,
                    )
                    if kind == "neo4j" and args.index_path and isinstance(store, Neo4jStore):
                        store.exact_scan_limit = 0
                        mi = measure(store, embedder, extractor, questions, qvecs, args.users)
                        tops["neo4j-index"] = mi.pop("tops")
                        results.append({"store": "neo4j-index", "memories": size, **mi})
                        print(
                            f"neo4j through the vector index: vector p50/p95 {mi['vector_ms'][0]:.1f}/"
                            f"{mi['vector_ms'][1]:.1f} ms · hybrid p50/p95 {mi['hybrid_ms'][0]:.1f}/"
                            f"{mi['hybrid_ms'][1]:.1f} ms",
                            flush=True,
                        )
                finally:
                    store.close()
            if "sqlite" in tops:
                for other in ("neo4j", "neo4j-index"):
                    if other in tops:
                        ov = overlap(tops["sqlite"], tops[other])
                        results.append({"memories": size, "overlap": f"sqlite~{other}", "top10_overlap": ov})
                        print(f"{size:>7} memories: vector-only top-10 overlap sqlite vs {other}: {ov:.3f}")
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
