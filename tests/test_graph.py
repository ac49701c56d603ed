"""The networkx view of a user's graph: traversal within scopes, PageRank, export."""

from __future__ import annotations

import networkx as nx
import pytest

from memgraph import InvalidInputError, MemGraph
from memgraph.recall.graph import central_entities


def test_user_graph_holds_their_memories_facts_and_nothing_of_others(mg: MemGraph, tmp_path) -> None:
    mine = mg.add("I work in the Operations department", user_id="ana")[0]
    theirs = mg.add("I work in the Operations department too, says Bo", user_id="bo")[0]
    g = mg.graph(user_id="ana", depth=2)
    assert isinstance(g, nx.MultiDiGraph)
    assert f"Memory:{mine.id}" in g
    assert f"Memory:{theirs.id}" not in g
    assert "User:bo" not in g
    assert g.has_edge("User:ana", "Entity:Department:operations", key="WORKS_IN")
    assert g.has_edge("User:ana", f"Memory:{mine.id}", key="OWNS")
    ranked = central_entities(g, "User:ana")
    assert ranked[0][0] == "Entity:Department:operations"


def test_graph_depth_zero_is_the_user_alone(mg: MemGraph) -> None:
    mg.add("I prefer tea", user_id="ana")
    assert list(mg.graph(user_id="ana", depth=0).nodes) == ["User:ana"]
    with pytest.raises(InvalidInputError):
        mg.graph(user_id="ana", depth=-1)


def test_graph_holds_the_relationships_among_the_last_layer_reached(mg: MemGraph) -> None:
    """One hop from the user reaches their session and messages; the IN_SESSION and NEXT
    relationships between those are part of the view, also when the node cap stops it: a view
    holds every relationship among its nodes."""
    msgs = [{"role": "user", "content": f"message {i}"} for i in range(4)]
    mg.add(msgs, user_id="ana", session_id="s1", infer=False)
    whole = mg.graph(user_id="ana", depth=3)
    assert {k for _, _, k in whole.edges(keys=True)} == {"OWNS", "IN_SESSION", "NEXT"}
    for cap in (50, 4, 3):
        g = mg.graph(user_id="ana", depth=1, max_nodes=cap)
        assert g.number_of_nodes() == min(cap, 6)
        assert set(g.edges(keys=True)) == set(whole.subgraph(g.nodes).edges(keys=True))
    assert {k for _, _, k in mg.graph(user_id="ana", depth=1).edges(keys=True)} == {"OWNS", "IN_SESSION", "NEXT"}
