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
from memgraph.extraction.extract import Extractor
from memgraph.stores.base import GraphStore
from memgraph.stores.neo4j import Neo4jStore
from memgraph.stores.sqlite import SQLiteStore
from memgraph.text.embed import Embedder

NEO4J_URI = os.environ.get("MEMGRAPH_TEST_NEO4J_URI", "bolt://127.0.0.1:17687")
"""The Neo4j server the tests use (``scripts/neo4j/neo4j.sh start`` runs one there). Its
database is wiped by the tests: never point this at data you want to keep."""

NEO4J_REQUIRED = os.environ.get("MEMGRAPH_REQUIRE_NEO4J") == "1"
"""CI sets MEMGRAPH_REQUIRE_NEO4J=1: Neo4j tests then fail, never skip, without a server."""


def _neo4j_unavailable() -> str | None:
    """Why the Neo4j tests cannot run here, or None when the server answers."""
    import shutil

    import neo4j

    try:
        with neo4j.GraphDatabase.driver(NEO4J_URI, connection_timeout=3) as driver:
            driver.verify_connectivity()
        return None
    except Exception as e:  # any failure to connect means: no server for the tests
        java = "" if shutil.which("java") else "; Java is not installed (Neo4j 5.26 needs JDK 17 or 21)"
        return (
            f"no Neo4j server at {NEO4J_URI} ({type(e).__name__}){java}: "
            "start one with `bash scripts/neo4j/neo4j.sh start`, or run `bash scripts/test.sh`"
        )


NEO4J_SKIP_REASON = None if NEO4J_REQUIRED else _neo4j_unavailable()

STORE_KINDS: list[Any] = [
    "sqlite",
    pytest.param("neo4j", marks=pytest.mark.skip(reason=NEO4J_SKIP_REASON)) if NEO4J_SKIP_REASON else "neo4j",
]
"""Every store kind the contract suite (and the memory API tests) run against."""

TEST_MODEL = "test-model"
"""Embedding model name the contract-suite stores are initialised with."""

TEST_DIM = 8
"""Embedding dimension of the contract-suite stores (small synthetic vectors)."""


_NEO4J_FRESH: set[tuple[Path, str]] = set()


def reset_neo4j(uri: str = NEO4J_URI) -> None:
    """Empty the test server's database: every node and relationship, and the vector indexes
    (so the next store may use another dimension). Constraints and other indexes stay."""
    import neo4j

    host = uri.split("://", 1)[-1].split("@")[-1].rsplit(":", 1)[0]
    if host not in ("127.0.0.1", "localhost", "::1") and os.environ.get("MEMGRAPH_TEST_NEO4J_REMOTE_OK") != "1":
        raise RuntimeError(f"refusing to empty the Neo4j database at {uri}: the tests only wipe a local server")
    with neo4j.GraphDatabase.driver(uri) as driver, driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()
        for name in [r["name"] for r in session.run("SHOW VECTOR INDEXES YIELD name")]:
            session.run(f"DROP INDEX `{name}` IF EXISTS").consume()


def make_store(kind: str, tmp_path: Path, *, name: str = "t.db") -> GraphStore:
    """A fresh, unopened store of ``kind`` whose data lives under ``tmp_path``.

    Neo4j Community has one database, so "fresh" means wiped: the first call for a
    (tmp_path, name) empties the server; later calls with the same pair reopen its data.
    """
    if kind == "sqlite":
        return SQLiteStore(tmp_path / name)
    if kind == "neo4j":
        if (tmp_path, name) not in _NEO4J_FRESH:
            reset_neo4j()
            _NEO4J_FRESH.add((tmp_path, name))
        return Neo4jStore(NEO4J_URI)
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
def session_extractor() -> Extractor:
    """The real spaCy extractor, loaded once for the whole run."""
    ext = Extractor()
    ext.extract("Warm up in the Operations department.")
    return ext


@pytest.fixture
def extractor(session_extractor: Extractor) -> Iterator[Extractor]:
    """The session's extractor, with nothing a test taught it kept for the next: the names,
    group words, abbreviations and organisation a knowledge base gave it are forgotten after
    each test (so a test's result does not depend on which ran before it)."""
    yield session_extractor
    session_extractor.forget_known([e.name for e in session_extractor.known_entities()])
    session_extractor.set_group_words({})
    session_extractor.set_aliases({})
    session_extractor.set_organisations(())


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


def store_uri(kind: str, tmp_path: Path, name: str = "mg.db") -> str:
    """The URI of a fresh store of ``kind`` (a new SQLite file, or the wiped test Neo4j)."""
    if kind == "neo4j":
        make_store(kind, tmp_path, name=name)
        return NEO4J_URI
    return f"sqlite:///{tmp_path}/{name}"


def filled_memgraph(order: str, uri: str, embedder: Embedder, path: Path, people: dict[str, str]) -> MemGraph:
    """A MemGraph at ``uri`` with the document at ``path`` ingested and each person's statement
    added, in ``order``: ``"kb-first"`` (ingest, then statements) or ``"users-first"``."""
    m = MemGraph(uri, embedder=embedder, extractor=Extractor())
    if order == "kb-first":
        m.kb.ingest(path)
    for user, text in people.items():
        m.add(text, user_id=user)
    if order == "users-first":
        m.kb.ingest(path)
    return m


def memgraph_on_document(
    order: str, store_kind: str, tmp_path: Path, embedder: Embedder, filename: str, text: str, people: dict[str, str]
) -> Iterator[MemGraph]:
    """For a fixture: :func:`filled_memgraph` with ``text`` written to ``tmp_path / filename``,
    on a fresh store of ``store_kind``; closed after the test."""
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    m = filled_memgraph(order, store_uri(store_kind, tmp_path, f"{path.stem}.db"), embedder, path, people)
    try:
        yield m
    finally:
        m.close()


def document_memgraph(filename: str, text: str, people: dict[str, str]) -> Any:
    """A fixture (assign it to a module name): :func:`memgraph_on_document` of ``text`` saved as
    ``filename`` and ``people``'s statements, in both orders (``"kb-first"``, ``"users-first"``)
    on each store kind."""

    @pytest.fixture(params=["kb-first", "users-first"])
    def filled(
        request: pytest.FixtureRequest, store_kind: str, tmp_path: Path, embedder: Embedder
    ) -> Iterator[MemGraph]:
        yield from memgraph_on_document(request.param, store_kind, tmp_path, embedder, filename, text, people)

    return filled


@pytest.fixture
def mg(store_kind: str, tmp_path: Path, embedder: Embedder, extractor: Extractor) -> Iterator[MemGraph]:
    """A MemGraph on a fresh store of each kind, sharing the session's models."""
    m = MemGraph(store_uri(store_kind, tmp_path), embedder=embedder, extractor=extractor)
    try:
        yield m
    finally:
        m.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One line saying why the Neo4j tests were skipped, when they were."""
    if NEO4J_SKIP_REASON:
        terminalreporter.write_line(f"Neo4j tests skipped: {NEO4J_SKIP_REASON}", yellow=True)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Leave the test Neo4j empty, so it can serve the quickstart or the CLI afterwards
    (it would otherwise hold the last test's 8-dimensional 'test-model' schema)."""
    if NEO4J_SKIP_REASON is None and _NEO4J_FRESH:
        try:
            reset_neo4j()
        except Exception as e:  # the server went away: nothing to leave behind
            session.config.pluginmanager.get_plugin("terminalreporter").write_line(f"Neo4j not emptied: {e}")


def screenshot_png(lines: list[str]) -> bytes:
    """A screenshot-like PNG: dark text on white, 28 px type, one line per entry."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (900, 60 + 50 * len(lines)), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=28)
    for i, line in enumerate(lines):
        draw.text((30, 30 + 50 * i), line, fill="black", font=font)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()
