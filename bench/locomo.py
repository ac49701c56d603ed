"""LoCoMo retrieval benchmark: recall@k of MemGraph vs. BM25-only vs. dense-only, plus ingest
throughput, search latency and peak memory at 10k (and optionally 100k) memories.

Method
------
1. Load the LoCoMo conversations (``../shared/data/locomo/locomo_dev5.json`` by default).
   Every turn becomes one memory of its conversation: one user scope per conversation
   (``user_id = sample_id``), one ``session_id`` per LoCoMo session, and each session is
   written with ONE ``mg.add(messages, user_id=..., session_id=...)`` call. A message is
   ``{"role": "user", "name": speaker, "content": text, "timestamp": session time (UTC),
   "dia_id": ...}`` (+ ``"caption"`` when the turn shares an image); the extra keys become
   the memory's metadata, so a result maps back to its ``dia_id``. The image caption is
   never put into the indexed text.
2. Questions of category 1-4 with evidence are scored (category 5, adversarial, is left out).
   Evidence strings that pack several ids ("D8:6; D9:17") are split; the typo ``D:11:26`` is
   read as ``D11:26``; ids that name no turn of the conversation (``D``, ``D10:19``) are
   dropped and counted in the output, since no retriever could ever find them.
3. Each question is embedded once (one batched call) and the vector is passed to
   ``mg.search(question, user_id=sample_id, include_knowledge_base=False,
   query_vector=...)``, so search latency excludes the query embedding. Three configs run on
   the same store in the same process:
   ``memgraph`` (``SearchConfig.HYBRID``, the default), ``bm25`` (``KEYWORD_ONLY``) and
   ``dense`` (``VECTOR_ONLY``), each with top_k = 20.
4. Scale: the real turns are spread over many synthetic users (``user_id =
   f"{sample_id}#copy{n}"``) until the store holds N memories (default 10,000; ``--scale
   100000`` for 100k). The public API cannot reuse computed embeddings (``mg.add`` always
   embeds), so the copies are written through the store layer: each original conversation's
   User, Session, Memory (with its stored vector), Entity and HistoryEvent nodes and all their
   relationships (OWNS, IN_SESSION, NEXT, MENTIONS, facts) are re-created under the copy's
   scope with fresh ids, as ``WriteBatch`` + ``record_of`` records, one batch per copy. The
   graph then has the same shape ``mg.add`` would give it. The LoCoMo questions are then run
   again, each against its own (original) conversation's scope: the caller sees a small
   share of the graph.

Numbers
-------
- ``recall@k``: per question, the share of its evidence dia_ids among the top-k results;
  mean over questions, per category (1 multi-hop, 2 temporal, 3 open-domain, 4 single-hop)
  and overall.
- ``ingest``: wall time of all ``mg.add`` calls (embedding, entity extraction, SQLite writes)
  and memories/s; ``bare embed``: one ``mg.embedder.embed(all_texts)`` call over the strings
  the writer embeds (``lifecycle.embedding_text``: "speaker: text"), batched by the
  embedder's ``batch_size``; ``ratio`` = ingest / bare embed (target <= 1.5x: the write path
  should cost little beyond the embedding itself). Both are given as wall time and as this
  process's CPU time (``time.process_time``, all threads): on a shared machine the CPU ratio
  is the steadier of the two.
- ``latency p50/p95``: milliseconds per ``mg.search`` call (no query embedding), per
  config, at the LoCoMo store size and at each scale. The configs take turns question by
  question, so load from other processes skews all three alike.
- ``rss``: the process's peak resident set (``ru_maxrss``) after building and searching each
  scale, its current RSS (psutil), and the baseline once the models were loaded. The growth
  over the baseline includes what torch keeps after the one-call bare embedding (~240 MB
  for the 2,760 LoCoMo texts), not only the store.

``--bulk`` also times the same sessions written through one ``mg.add_many`` call into a
second store (the package's bulk path), next to the per-session ``mg.add`` ingest.

``--set key=value`` (repeatable) changes a :class:`memgraph.SearchConfig` field of the
``memgraph`` (hybrid) config, e.g. ``--set rrf_k=60``: the way every tuned number can be checked
again. The ``bm25`` and ``dense`` baselines stay the ``KEYWORD_ONLY`` and ``VECTOR_ONLY`` presets;
``top_k`` and ``labels`` are the bench's own. Values are JSON or plain strings; pydantic validates
them, and an unknown key or a bad value stops the run with the reason.

Usage:
    python bench/locomo.py [--data FILE] [--store-dir DIR] [--scale N ...] [--skip-scale]
                           [--limit-conversations K] [--bulk] [--json OUT] [--set KEY=VALUE ...]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import resource
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import psutil

from memgraph import InvalidInputError, MemGraph, SearchConfig
from memgraph.loaders.transcript import locomo_sessions
from memgraph.models import (
    HistoryEvent,
    Memory,
    MemoryKind,
    Node,
    NodeLabel,
    Relationship,
    Session,
    User,
    new_id,
    node_from_properties,
    user_scope,
)
from memgraph.stores.base import NodeRef, WriteBatch, record_of

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "locomo" / "locomo_dev5.json"
TOP_K = 20
CUTOFFS = (5, 10, 20)
CATEGORIES = {1: "multi-hop", 2: "temporal", 3: "open-domain", 4: "single-hop"}
METHODS: dict[str, SearchConfig] = {
    "memgraph": SearchConfig.HYBRID,
    "bm25": SearchConfig.KEYWORD_ONLY,
    "dense": SearchConfig.VECTOR_ONLY,
}
"""The configs compared; ``--set`` replaces ``memgraph`` with the changed hybrid config."""


# -- data -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Turn:
    dia_id: str
    speaker: str
    text: str
    caption: str | None


@dataclass(frozen=True)
class LocomoSession:
    session_id: str
    when: datetime
    turns: list[Turn]


@dataclass(frozen=True)
class Question:
    text: str
    category: int
    evidence: frozenset[str]


@dataclass
class Conversation:
    sample_id: str
    sessions: list[LocomoSession]
    questions: list[Question] = field(default_factory=list)
    dropped_evidence: list[str] = field(default_factory=list)

    @property
    def turns(self) -> list[Turn]:
        return [t for s in self.sessions for t in s.turns]


def split_evidence(items: Iterable[str]) -> list[str]:
    """Evidence dia_ids: strings like ``"D8:6; D9:17"`` split on ';' and whitespace."""
    out: list[str] = []
    for item in items:
        for part in re.split(r"[;\s]+", item):
            if part:
                out.append(re.sub(r"^D:(\d+:\d+)$", r"D\1", part))  # "D:11:26" -> "D11:26"
    return out


def load_locomo(path: Path, limit: int | None = None) -> list[Conversation]:
    """The conversations (sessions in order) with their scorable questions."""
    raw = json.loads(path.read_text())
    convs: list[Conversation] = []
    for sample in raw[:limit] if limit else raw:
        sessions = [
            LocomoSession(
                str(s.session_id),
                s.started_at or datetime.now(timezone.utc),
                [Turn(m["dia_id"], m["name"], m["content"], m.get("image_caption")) for m in s.messages],
            )
            for s in locomo_sessions(path, sample["conversation"])
        ]
        c = Conversation(sample["sample_id"], sessions)
        known = {t.dia_id for t in c.turns}
        for qa in sample["qa"]:
            category = int(qa.get("category", 0))
            if category not in CATEGORIES:
                continue
            ids = split_evidence(qa.get("evidence") or [])
            c.dropped_evidence += [i for i in ids if i not in known]
            evidence = frozenset(i for i in ids if i in known)
            if evidence:
                c.questions.append(Question(qa["question"], category, evidence))
        convs.append(c)
    return convs


def messages_of(session: LocomoSession) -> list[dict[str, Any]]:
    """One session as ``mg.add`` messages: dia_id becomes metadata; the image caption is
    searched with the turn's text."""
    out = []
    for t in session.turns:
        msg: dict[str, Any] = {
            "role": "user",
            "name": t.speaker,
            "content": t.text,
            "timestamp": session.when,
            "dia_id": t.dia_id,
        }
        if t.caption:
            msg["image_caption"] = t.caption
        out.append(msg)
    return out


# -- measurements ------------------------------------------------------------------------------------
def peak_rss_mb() -> float:
    """Peak resident set of this process so far (Linux reports ru_maxrss in KiB)."""
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024


def current_rss_mb() -> float:
    return psutil.Process().memory_info().rss / 1024 / 1024


def ingest(mg: MemGraph, convs: Sequence[Conversation]) -> tuple[float, float]:
    """Write every session with one ``mg.add`` call; returns (wall, process CPU) seconds."""
    start, cpu = time.perf_counter(), time.process_time()
    for c in convs:
        for s in c.sessions:
            mg.add(messages_of(s), user_id=c.sample_id, session_id=s.session_id)
    return time.perf_counter() - start, time.process_time() - cpu


def writer_texts(turns: Sequence[Turn]) -> list[str]:
    """The strings the memory writer embeds for these turns: ``lifecycle.embedding_text`` of
    each message (the speaker-prefixed text), or the bare text where the package has none."""
    try:
        from memgraph.intake.lifecycle import embedding_text
    except ImportError:
        return [t.text for t in turns]
    return [
        embedding_text(Memory(owner="user:bench", text=t.text, kind=MemoryKind.MESSAGE, role="user", speaker=t.speaker))
        for t in turns
    ]


def ingest_bulk(mg: MemGraph, convs: Sequence[Conversation]) -> tuple[float, float]:
    """Write every session through ONE ``mg.add_many`` call (one transaction, one embedding
    call); returns (wall, process CPU) seconds. For comparison with :func:`ingest` only."""
    requests = [
        {"content": messages_of(s), "user_id": c.sample_id, "session_id": s.session_id}
        for c in convs
        for s in c.sessions
    ]
    start, cpu = time.perf_counter(), time.process_time()
    mg.add_many(requests)  # type: ignore[attr-defined]
    return time.perf_counter() - start, time.process_time() - cpu


def bare_embed_seconds(mg: MemGraph, texts: list[str]) -> tuple[float, float]:
    """(wall, process CPU) seconds of embedding ``texts`` once in one batched call (the
    embedder's own batching)."""
    start, cpu = time.perf_counter(), time.process_time()
    mg.embedder.embed(texts)
    return time.perf_counter() - start, time.process_time() - cpu


@dataclass
class MethodRun:
    """Per-question recall at each cutoff and per-search latency of one config."""

    recall: dict[int, list[float]] = field(default_factory=lambda: {k: [] for k in CUTOFFS})
    categories: list[int] = field(default_factory=list)
    latency_ms: list[float] = field(default_factory=list)

    def mean(self, k: int, category: int | None = None) -> float:
        vals = [r for r, c in zip(self.recall[k], self.categories, strict=True) if category is None or c == category]
        return float(np.mean(vals)) if vals else float("nan")

    def latency(self) -> dict[str, float]:
        lat = np.asarray(self.latency_ms)
        return {
            "p50_ms": float(np.percentile(lat, 50)),
            "p95_ms": float(np.percentile(lat, 95)),
            "mean_ms": float(lat.mean()),
        }


def search(
    mg: MemGraph, question: str, user_id: str, config: SearchConfig, qv: np.ndarray | None, k: int = TOP_K
) -> list[Any]:
    """The user's memories only (no knowledge base), with a precomputed query vector."""
    return mg.search(question, user_id=user_id, top_k=k, include_knowledge_base=False, config=config, query_vector=qv)


def dia_ids(results: Sequence[Any]) -> list[str]:
    return [str((r.properties.get("metadata") or {}).get("dia_id")) for r in results]


def run_questions(
    mg: MemGraph, convs: Sequence[Conversation], qvecs: dict[tuple[str, int], np.ndarray]
) -> dict[str, MethodRun]:
    """Search every question with every config; recall and latency per config. The configs
    take turns question by question, so a busy spell on the machine hits all of them alike."""
    runs = {name: MethodRun() for name in METHODS}
    # One untimed warm-up per config (vector cache, SQLite pages).
    first = next(c for c in convs if c.questions)
    for cfg in METHODS.values():
        search(mg, first.questions[0].text, first.sample_id, cfg, qvecs[(first.sample_id, 0)])
    for c in convs:
        for i, q in enumerate(c.questions):
            for name, cfg in METHODS.items():
                start = time.perf_counter()
                results = search(mg, q.text, c.sample_id, cfg, qvecs[(c.sample_id, i)])
                runs[name].latency_ms.append((time.perf_counter() - start) * 1000)
                found = dia_ids(results)
                for k in CUTOFFS:
                    runs[name].recall[k].append(len(q.evidence & set(found[:k])) / len(q.evidence))
                runs[name].categories.append(q.category)
    return runs


def caption_recall(mg: MemGraph, convs: Sequence[Conversation], k: int = 5) -> tuple[float, int]:
    """Share of the turns that shared an image found in the top ``k`` of their conversation
    by "the photo of <caption>" (what the image shows, not what was said); and their count."""
    turns = [(c.sample_id, t) for c in convs for t in c.turns if t.caption]
    if not turns:
        return 0.0, 0
    queries = [f"the photo of {t.caption}" for _, t in turns]
    vecs = mg.embedder.embed(queries)
    found = 0
    for (sid, turn), query, vec in zip(turns, queries, vecs, strict=True):
        results = search(mg, query, sid, METHODS["memgraph"], vec, k)
        found += turn.dia_id in dia_ids(results)
    return found / len(turns), len(turns)


def check_same_as_search(mg: MemGraph, convs: Sequence[Conversation], qvecs: dict[tuple[str, int], np.ndarray]) -> str:
    """How many of a few questions give the same top-20 when ``mg.search`` embeds the question
    itself as with the batch-embedded vector (a guard that the benchmark measures what users get)."""
    same = total = 0
    for c in convs:
        for i, q in enumerate(c.questions[:3]):
            for preset in METHODS.values():
                via_api = search(mg, q.text, c.sample_id, preset, None)
                batched = search(mg, q.text, c.sample_id, preset, qvecs[(c.sample_id, i)])
                same += [r.id for r in via_api] == [r.id for r in batched]
                total += 1
    return f"{same}/{total}"


# -- scaled stores ------------------------------------------------------------------------------------
@dataclass
class ConvSnapshot:
    """An original conversation's subgraph as typed models, to copy under other scopes."""

    sample_id: str
    users: list[User] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    entities: list[Node] = field(default_factory=list)
    memories: list[tuple[Memory, np.ndarray]] = field(default_factory=list)
    history: list[HistoryEvent] = field(default_factory=list)
    rels: list[Relationship] = field(default_factory=list)
    refs: set[NodeRef] = field(default_factory=set)


def snapshot(mg: MemGraph, convs: Sequence[Conversation]) -> list[ConvSnapshot]:
    """Read each conversation's nodes (memories with their stored vectors) and relationships."""
    by_scope = {user_scope(c.sample_id): ConvSnapshot(c.sample_id) for c in convs}
    for label in (NodeLabel.USER, NodeLabel.SESSION, NodeLabel.ENTITY, NodeLabel.MEMORY, NodeLabel.HISTORY):
        for rec in mg.store.iter_nodes(label):  # rowid order: turns in the order they were said
            snap = by_scope.get(rec.owner)
            if snap is None:
                continue
            node = node_from_properties(label, rec.props)
            snap.refs.add(rec.ref)
            if isinstance(node, Memory):
                assert rec.embedding is not None
                snap.memories.append((node, rec.embedding))
            elif isinstance(node, HistoryEvent):
                snap.history.append(node)
            elif isinstance(node, User):
                snap.users.append(node)
            elif isinstance(node, Session):
                snap.sessions.append(node)
            else:
                snap.entities.append(node)
    owner_of_ref = {ref: snap for snap in by_scope.values() for ref in snap.refs}
    for rel in mg.store.iter_relationships():
        snap = owner_of_ref.get((rel.src_label, rel.src_id)) or owner_of_ref.get((rel.dst_label, rel.dst_id))
        if snap is not None:
            snap.rels.append(rel)
    return list(by_scope.values())


def copy_batch(snap: ConvSnapshot, copy_no: int, max_memories: int | None = None) -> tuple[WriteBatch, int]:
    """The conversation re-created for user ``f"{sample_id}#copy{copy_no}"`` (at most
    ``max_memories`` memories, the first ones said). Returns (batch, memories written)."""
    uid = f"{snap.sample_id}#copy{copy_no}"
    src, dst = user_scope(snap.sample_id), user_scope(uid)
    mems = snap.memories[:max_memories] if max_memories is not None else snap.memories
    ids: dict[NodeRef, str] = {(NodeLabel.USER, snap.sample_id): uid}
    for node in [*snap.sessions, *snap.entities]:
        ids[(node.LABEL, node.id)] = dst + node.id[len(src) :] if node.id.startswith(src + "|") else node.id
    for mem, _ in mems:
        ids[(NodeLabel.MEMORY, mem.id)] = new_id()
    batch = WriteBatch()
    for user in snap.users:
        batch.nodes.append(record_of(user.model_copy(update={"id": uid, "owner": dst})))
    for node in [*snap.sessions, *snap.entities]:
        update: dict[str, Any] = {"id": ids[(node.LABEL, node.id)], "owner": dst}
        if isinstance(node, Session):
            update["user_id"] = uid
        batch.nodes.append(record_of(node.model_copy(update=update)))
    for mem, vec in mems:
        mid = ids[(NodeLabel.MEMORY, mem.id)]
        copy = mem.model_copy(update={"id": mid, "owner": dst, "user_id": uid, "lineage": mid})
        batch.nodes.append(record_of(copy, embedding=vec))
    for ev in snap.history:
        ev_mid = ids.get((NodeLabel.MEMORY, ev.memory_id))
        if ev_mid is not None:
            update = {"id": new_id(), "owner": dst, "memory_id": ev_mid, "lineage": ev_mid}
            batch.nodes.append(record_of(ev.model_copy(update=update)))
    for rel in snap.rels:
        src_ref, dst_ref = (rel.src_label, rel.src_id), (rel.dst_label, rel.dst_id)
        # Ends inside the conversation are renamed (dropped memories drop the relationship);
        # ends outside it (shared organisation entities) stay.
        if (src_ref in snap.refs and src_ref not in ids) or (dst_ref in snap.refs and dst_ref not in ids):
            continue
        source = rel.source_id
        if source is not None:
            if (NodeLabel.MEMORY, source) not in ids:
                continue
            source = ids[(NodeLabel.MEMORY, source)]
        batch.relationships.append(
            rel.model_copy(
                update={
                    "src_id": ids.get(src_ref, rel.src_id),
                    "dst_id": ids.get(dst_ref, rel.dst_id),
                    "source_id": source,
                }
            )
        )
    return batch, len(mems)


def copies_match(mg: MemGraph, convs: Sequence[Conversation], qvecs: dict[tuple[str, int], np.ndarray]) -> str:
    """For each conversation's first question: does its first copy's scope return the same
    dia_ids as the original scope (per config)? Checks the copies are whole and searchable."""
    same = total = 0
    for c in convs:
        if not c.questions:
            continue
        for preset in METHODS.values():
            qv = qvecs[(c.sample_id, 0)]
            orig = search(mg, c.questions[0].text, c.sample_id, preset, qv)
            copy = search(mg, c.questions[0].text, f"{c.sample_id}#copy1", preset, qv)
            same += dia_ids(orig) == dia_ids(copy)
            total += 1
    return f"{same}/{total}"


def grow_store(mg: MemGraph, snaps: Sequence[ConvSnapshot], target: int, copies_done: list[int]) -> tuple[int, float]:
    """Add conversation copies until the store holds ``target`` memories. ``copies_done`` counts
    copies per conversation across calls. Returns (memories added, seconds)."""
    have = mg.stats().get(NodeLabel.MEMORY.value, 0)
    added = 0
    start = time.perf_counter()
    i = sum(copies_done)
    while have + added < target:
        k = i % len(snaps)
        copies_done[k] += 1
        batch, n = copy_batch(snaps[k], copies_done[k], max_memories=target - have - added)
        mg.store.write(batch)
        added += n
        i += 1
    return added, time.perf_counter() - start


# -- report -------------------------------------------------------------------------------------------
def recall_table(runs: dict[str, MethodRun]) -> str:
    any_run = next(iter(runs.values()))
    counts = {cat: any_run.categories.count(cat) for cat in CATEGORIES}
    rows: list[tuple[str, int | None]] = [(f"{cat} {name} (n={counts[cat]})", cat) for cat, name in CATEGORIES.items()]
    rows.append((f"overall (n={len(any_run.categories)})", None))
    head = f"{'category':<24}" + "".join(f"{f'{m} @{k}':>13}" for m in runs for k in CUTOFFS)
    lines = [head, "-" * len(head)]
    for label, cat in rows:
        lines.append(f"{label:<24}" + "".join(f"{runs[m].mean(k, cat):>13.3f}" for m in runs for k in CUTOFFS))
    return "\n".join(lines)


def latency_line(runs: dict[str, MethodRun]) -> str:
    return "  ".join(
        f"{m}: p50 {lat['p50_ms']:.1f} ms, p95 {lat['p95_ms']:.1f} ms"
        for m, lat in ((m, r.latency()) for m, r in runs.items())
    )


def recall_summary(runs: dict[str, MethodRun]) -> dict[str, Any]:
    return {
        m: {
            **{
                f"recall@{k}": {
                    **{CATEGORIES[c]: r.mean(k, c) for c in CATEGORIES},
                    "overall": r.mean(k),
                }
                for k in CUTOFFS
            },
            "latency": r.latency(),
        }
        for m, r in runs.items()
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="LoCoMo JSON file")
    parser.add_argument("--store-dir", type=Path, default=None, help="where the store goes (default: a temp dir)")
    parser.add_argument("--scale", type=int, nargs="+", default=[10_000], help="store sizes (memories) to measure")
    parser.add_argument("--skip-scale", action="store_true", help="only the LoCoMo store")
    parser.add_argument("--limit-conversations", type=int, default=None, help="use the first K conversations")
    parser.add_argument(
        "--bulk", action="store_true", help="also time one mg.add_many call over all sessions (second store)"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    parser.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a SearchConfig field of the hybrid config, e.g. rrf_k=60 (repeatable)",
    )
    args = parser.parse_args(argv)
    try:
        METHODS["memgraph"] = SearchConfig.HYBRID.with_overrides(args.overrides)
    except InvalidInputError as e:
        parser.error(f"--set: {e}")
    if args.overrides:
        print(f"hybrid config overrides: {' '.join(args.overrides)}")

    t_start = time.perf_counter()
    print(f"cpus {os.cpu_count()}, load average at start {os.getloadavg()[0]:.2f} (other processes skew wall times)")
    convs = load_locomo(args.data, args.limit_conversations)
    turns = [t for c in convs for t in c.turns]
    questions = [q for c in convs for q in c.questions]
    dropped = [d for c in convs for d in c.dropped_evidence]
    print(
        f"data: {args.data} — {len(convs)} conversations, {sum(len(c.sessions) for c in convs)} sessions, "
        f"{len(turns)} turns, {len(questions)} questions (cat 1-4 with evidence); "
        f"evidence ids naming no turn dropped: {dropped}"
    )

    tmp = None
    if args.store_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="memgraph-locomo-")
        store_dir = Path(tmp.name)
    else:
        store_dir = args.store_dir
        store_dir.mkdir(parents=True, exist_ok=True)
    db = store_dir / f"locomo-{int(time.time())}.db"
    report: dict[str, Any] = {
        "data": str(args.data),
        "turns": len(turns),
        "questions": len(questions),
        "dropped_evidence": dropped,
        "store": str(db),
        "overrides": args.overrides,
    }

    with MemGraph(f"sqlite:///{db}") as mg:
        # Load both models before timing anything.
        mg.embedder.embed(["warm up the embedding model"])
        mg.extractor.extract("Warm up the entity extractor in Paris.")
        rss_models = current_rss_mb()

        texts = writer_texts(turns)
        embed_s, embed_cpu = bare_embed_seconds(mg, texts)
        ingest_s, ingest_cpu = ingest(mg, convs)
        report["ingest"] = {
            "memories": len(texts),
            "seconds": ingest_s,
            "cpu_seconds": ingest_cpu,
            "memories_per_s": len(texts) / ingest_s,
            "bare_embed_seconds": embed_s,
            "bare_embed_cpu_seconds": embed_cpu,
            "ratio_to_bare_embed": ingest_s / embed_s,
            "cpu_ratio_to_bare_embed": ingest_cpu / embed_cpu,
            "embedder_batch_size": mg.embedder.batch_size,
        }
        print(
            f"\ningest: {len(texts)} memories in {ingest_s:.1f} s = {len(texts) / ingest_s:.1f} memories/s "
            f"(process CPU {ingest_cpu:.1f} s)\n"
            f"bare embed of the same texts: {embed_s:.1f} s (CPU {embed_cpu:.1f} s, batch {mg.embedder.batch_size})\n"
            f"ingest / bare embed: {ingest_s / embed_s:.2f}x wall, {ingest_cpu / embed_cpu:.2f}x CPU (target <= 1.5x)"
        )

        if args.bulk and hasattr(mg, "add_many"):
            # A second store sharing the loaded models: the same sessions through add_many.
            with MemGraph(
                f"sqlite:///{db.with_suffix('.bulk.db')}", embedder=mg.embedder, extractor=mg.extractor
            ) as bulk:
                bulk_s, bulk_cpu = ingest_bulk(bulk, convs)
            report["ingest"].update(
                {"bulk_seconds": bulk_s, "bulk_cpu_seconds": bulk_cpu, "bulk_ratio_to_bare_embed": bulk_s / embed_s}
            )
            print(
                f"bulk ingest (one mg.add_many call, separate store): {bulk_s:.1f} s (CPU {bulk_cpu:.1f} s) = "
                f"{len(texts) / bulk_s:.1f} memories/s; {bulk_s / embed_s:.2f}x wall, "
                f"{bulk_cpu / embed_cpu:.2f}x CPU of the bare embed"
            )

        all_q = [(c.sample_id, i, q.text) for c in convs for i, q in enumerate(c.questions)]
        vecs = mg.embedder.embed([t for _, _, t in all_q])
        qvecs = {(sid, i): v for (sid, i, _), v in zip(all_q, vecs, strict=True)}
        agree = check_same_as_search(mg, convs, qvecs)
        print(
            f"batch-embedded query vector == mg.search's own: same top-{TOP_K} ids for {agree} sampled "
            "(question, config) pairs"
        )

        share, captioned = caption_recall(mg, convs)
        print(f"turns with an image found by its caption ('the photo of ...'): {share:.3f} of {captioned} in the top 5")

        runs = run_questions(mg, convs, qvecs)
        n_store = mg.stats().get(NodeLabel.MEMORY.value, 0)
        print(f"\nrecall@k, LoCoMo store ({n_store} memories, {len(convs)} user scopes)")
        print(recall_table(runs))
        print(
            f"\nsearch latency at {n_store} memories (excl. query embedding) — {latency_line(runs)}; "
            f"load average {os.getloadavg()[0]:.2f}"
        )
        print(
            f"rss: {rss_models:.0f} MB after loading models; now {current_rss_mb():.0f} MB; peak {peak_rss_mb():.0f} MB"
        )
        report["locomo"] = {
            "memories": n_store,
            "caption_recall_at_5": share,
            "captioned_turns": captioned,
            **recall_summary(runs),
            "rss_models_mb": rss_models,
            "peak_rss_mb": peak_rss_mb(),
        }

        report["scale"] = {}
        if not args.skip_scale:
            snaps = snapshot(mg, convs)
            copies = [0] * len(snaps)
            for target in sorted(args.scale):
                added, build_s = grow_store(mg, snaps, target, copies)
                gc.collect()
                total = mg.stats().get(NodeLabel.MEMORY.value, 0)
                users = len(convs) + sum(copies)
                runs = run_questions(mg, convs, qvecs)
                size_mb = sum(p.stat().st_size for p in store_dir.glob(db.name + "*")) / 1024 / 1024
                print(
                    f"\nscale {total} memories ({users} user scopes; +{added} copied through the store layer "
                    f"in {build_s:.1f} s; store files {size_mb:.0f} MB)"
                )
                print(
                    f"  search latency (excl. query embedding) — {latency_line(runs)}; "
                    f"load average {os.getloadavg()[0]:.2f}"
                )
                print(
                    "  recall@10 (same questions, own scope): "
                    + ", ".join(f"{m} {r.mean(10):.3f}" for m, r in runs.items())
                )
                print(f"  copy#1 scope gives the original's top-{TOP_K} dia_ids: {copies_match(mg, convs, qvecs)}")
                print(
                    f"  rss: peak {peak_rss_mb():.0f} MB, now {current_rss_mb():.0f} MB "
                    f"(models alone {rss_models:.0f} MB)"
                )
                report["scale"][str(total)] = {
                    "memories": total,
                    "users": users,
                    "build_seconds": build_s,
                    "store_mb": size_mb,
                    "latency": {m: r.latency() for m, r in runs.items()},
                    "recall@10": {m: r.mean(10) for m, r in runs.items()},
                    "peak_rss_mb": peak_rss_mb(),
                    "rss_mb": current_rss_mb(),
                }

    report["wall_seconds"] = time.perf_counter() - t_start
    report["load_average_end"] = os.getloadavg()[0]
    print(f"\ntotal wall time {report['wall_seconds']:.0f} s; load average at end {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str))
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
