"""Shared fixtures: the real models (loaded once per run), a fresh store per test, a MemGraph.

Store kinds are listed in :data:`STORE_KINDS` and built by :func:`make_store`; adding the
Neo4j store means adding ``"neo4j"`` there and a branch in :func:`make_store`, and every
test that takes the ``store`` fixture then runs against both.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from memgraph import MemGraph
from memgraph.embed import Embedder
from memgraph.extract import Extractor
from memgraph.stores.base import GraphStore
from memgraph.stores.sqlite import SQLiteStore

STORE_KINDS: list[str] = ["sqlite"]
"""Every store kind the contract suite runs against."""

TEST_MODEL = "test-model"
"""Embedding model name the contract-suite stores are initialised with."""

TEST_DIM = 8
"""Embedding dimension of the contract-suite stores (small synthetic vectors)."""


def make_store(kind: str, tmp_path: Path, *, name: str = "t.db") -> GraphStore:
    """A fresh, unopened store of ``kind`` whose data lives under ``tmp_path``."""
    if kind == "sqlite":
        return SQLiteStore(tmp_path / name)
    raise ValueError(f"unknown store kind {kind!r}; add it to STORE_KINDS and make_store")


def store_snapshot(store: GraphStore) -> tuple[dict[str, int], list[tuple[Any, ...]], list[str]]:
    """Everything a store holds, comparable with ==: counts, every node (properties, keyword
    text and embedding bytes) and every relationship, in a stable order."""
    nodes = sorted(
        (
            r.label.value,
            r.id,
            r.owner,
            r.status,
            r.text,
            json.dumps(r.props, sort_keys=True),
            None if r.embedding is None else np.asarray(r.embedding, dtype=np.float32).tobytes(),
        )
        for r in store.iter_nodes()
    )
    rels = sorted(rel.model_dump_json() for rel in store.iter_relationships())
    return store.counts(), nodes, rels


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The real sentence-transformers embedder, loaded once for the whole run.

    Torch runs on one thread: the suite embeds a few short texts at a time, where extra
    threads only add contention (on a busy 2-core machine one short sentence took 0.3 s on
    two threads and 0.03 s on one).
    """
    import torch

    torch.set_num_threads(1)
    emb = Embedder()
    emb.embed_one("warm up")  # load the model now, not inside the first test's timing
    return emb


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real spaCy extractor, loaded once for the whole run."""
    ext = Extractor()
    ext.extract("Warm up in the Operations department.")
    return ext


@pytest.fixture(params=STORE_KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store(store_kind: str, tmp_path: Path) -> Iterator[GraphStore]:
    """A fresh store of each kind, opened, schema applied for ``TEST_MODEL`` / ``TEST_DIM``."""
    s = make_store(store_kind, tmp_path)
    s.open()
    s.init_schema(TEST_MODEL, TEST_DIM)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def mg(tmp_path: Path, embedder: Embedder, extractor: Extractor) -> Iterator[MemGraph]:
    """A MemGraph on a fresh SQLite file, sharing the session's models."""
    m = MemGraph(f"sqlite:///{tmp_path}/mg.db", embedder=embedder, extractor=extractor)
    try:
        yield m
    finally:
        m.close()
