"""Export (``mg.export``): GraphML and GEXF that networkx (and Gephi) read back, node-link JSON,
an owner's export that holds nothing of another owner, and a Cypher script that loads into an
empty Neo4j and reproduces the store exactly: on both stores."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import networkx as nx
import pytest
from conftest import NEO4J_SKIP_REASON, NEO4J_URI, reset_neo4j, store_snapshot

from memgraph import InvalidInputError, MemGraph
from memgraph.stores.cypher_script import cypher_literal
from memgraph.stores.neo4j import Neo4jStore

NASTY = "Ana's note: \\' quote \"double\" ; MATCH (n) DETACH DELETE n // \n\ttab `tick` \u0001 émoji 🧠"


def _fill(mg: MemGraph, tmp_path: Path) -> None:
    handbook = tmp_path / "handbook.md"
    handbook.write_text("# Leave\n\nOperations staff have 25 days of annual leave.\n", encoding="utf-8")
    mg.kb.ingest(handbook)
    mg.add("I work in the Operations department", user_id="ana")
    mg.add(NASTY, user_id="ana", metadata={"nested": {"a": [1, 2]}, "mixed": [1, "x"]})
    first = mg.add("I like green tea", user_id="ana")[0]
    mg.update(first.id, "I like black tea", user_id="ana")
    mg.add("Bo's secret plan is to move to Lisbon", user_id="bo")
    mg.tools.record("get_order", {"order_id": "W1"}, result={"status": "shipped"}, agent_id="shop")


def _total(stats: dict[str, int], rels: bool) -> int:
    return sum(v for k, v in stats.items() if k.startswith(":") == rels)


def test_whole_store_in_every_format_reads_back(mg: MemGraph, tmp_path: Path) -> None:
    _fill(mg, tmp_path)
    stats = mg.stats()
    n_nodes, n_rels = _total(stats, False), _total(stats, True)
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        res = mg.export.write(tmp_path / f"all.{fmt}")
        assert (res.format, res.nodes, res.relationships) == (fmt, n_nodes, n_rels)
        back = read(tmp_path / f"all.{fmt}")
        umask = os.umask(0)
        os.umask(umask)
        assert (tmp_path / f"all.{fmt}").stat().st_mode & 0o777 == 0o666 & ~umask
        assert (back.number_of_nodes(), back.number_of_edges()) == (n_nodes, n_rels)
    graph = nx.read_graphml(tmp_path / "all.graphml")
    in_xml = NASTY.replace("\u0001", "\ufffd")  # XML 1.0 holds no control characters
    nasty = [a for _, a in graph.nodes(data=True) if a.get("text") == in_xml]
    assert len(nasty) == 1 and nasty[0]["labels"] == "Memory" and nasty[0]["owner"] == "user:ana"
    assert json.loads(nasty[0]["metadata"]) == {"nested": {"a": [1, 2]}, "mixed": [1, "x"]}
    assert any(a["labels"] == "Entity:Department" for _, a in graph.nodes(data=True))
    assert {a["type"] for _, _, a in graph.edges(data=True)} >= {"OWNS", "WORKS_IN", "SUPERSEDES", "CALLED"}

    buf = io.BytesIO()
    mg.export.write(buf, format="json", embeddings=True)
    data = json.loads(buf.getvalue())
    g = nx.node_link_graph(data, edges="edges")
    assert (g.number_of_nodes(), g.number_of_edges()) == (n_nodes, n_rels)
    mem = next(n for n in data["nodes"] if n["properties"].get("text") == NASTY)
    assert mem["properties"]["metadata"] == {"nested": {"a": [1, 2]}, "mixed": [1, "x"]}
    assert len(mem["embedding"]) == mg.embedder.dimension
    assert data["graph"]["embeddingDimension"] == mg.embedder.dimension


def test_an_owners_export_holds_nothing_of_another_owner(mg: MemGraph, tmp_path: Path) -> None:
    _fill(mg, tmp_path)
    bo = mg.list(user_id="bo")[0]
    for fmt in ("graphml", "gexf", "json", "cypher"):
        res = mg.export.write(tmp_path / f"ana.{fmt}", user_id="ana")
        text = (tmp_path / f"ana.{fmt}").read_text(encoding="utf-8")
        assert "Lisbon" not in text and bo.id not in text and "user:bo" not in text and "get_order" not in text
        assert "Operations" in text and "black tea" in text and res.nodes > 0
    g = mg.export.graph(user_id="ana")
    owners = {a["owner"] for _, a in g.nodes(data=True)}
    assert owners == {"user:ana", "shared"}
    assert any(a["labels"] == "Entity:Department" for _, a in g.nodes(data=True))
    assert {a["type"] for _, _, a in g.edges(data=True)} >= {"OWNS", "WORKS_IN", "SUPERSEDES"}
    agent = mg.export.graph(agent_id="shop")
    assert {a["labels"] for _, a in agent.nodes(data=True)} >= {"ToolCall", "Tool", "Agent"}


def test_bad_export_requests_are_refused_and_write_nothing(mg: MemGraph, tmp_path: Path) -> None:
    mg.add("I like tea", user_id="ana")
    with pytest.raises(InvalidInputError, match="graphml"):
        mg.export.write(tmp_path / "out.csv")
    with pytest.raises(InvalidInputError, match="no such folder"):
        mg.export.write(tmp_path / "missing" / "out.graphml")
    with pytest.raises(InvalidInputError, match="format"):
        mg.export.write(io.BytesIO())
    with pytest.raises(InvalidInputError, match="unknown export format"):
        mg.export.write(io.BytesIO(), format="xml")
    with pytest.raises(InvalidInputError):
        mg.export.write(tmp_path / "x.json", user_id="bad id with spaces\n")
    assert sorted(p.name for p in tmp_path.iterdir() if "out" in p.name or p.name.startswith(".")) == []


def test_cypher_literals_escape_everything() -> None:
    assert cypher_literal(NASTY).count("'") == NASTY.count("'") + 2
    assert "\n" not in cypher_literal(NASTY) and "\\u0001" in cypher_literal(NASTY)
    assert cypher_literal({"a`b": [1, 2.5, True, None]}) == "{`a``b`: [1, 2.5, true, null]}"
    with pytest.raises(InvalidInputError):
        cypher_literal(float("nan"))


@pytest.mark.skipif(NEO4J_SKIP_REASON is not None, reason=NEO4J_SKIP_REASON or "")
def test_cypher_script_loads_into_an_empty_neo4j_and_reproduces_the_store(mg: MemGraph, tmp_path: Path) -> None:
    import neo4j

    _fill(mg, tmp_path)
    before = store_snapshot(mg.store)
    found = [r.id for r in mg.search("what tea do I like", user_id="ana", top_k=3)]
    script = tmp_path / "all.cypher"
    mg.export.write(script)
    mg.close()
    reset_neo4j()
    lines = [ln for ln in script.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("//")]
    with neo4j.GraphDatabase.driver(NEO4J_URI) as driver, driver.session() as session:
        for line in lines:
            assert line.endswith(";")
            session.run(line[:-1]).consume()
    loaded = Neo4jStore(NEO4J_URI)
    loaded.open()
    try:
        assert store_snapshot(loaded) == before
    finally:
        loaded.close()
    again = MemGraph(NEO4J_URI, embedder=mg.embedder, extractor=mg.extractor)
    try:
        assert [r.id for r in again.search("what tea do I like", user_id="ana", top_k=3)] == found
        assert again.ask("How many days of annual leave do I have?", user_id="ana").answer.count("25") >= 1
    finally:
        again.close()
