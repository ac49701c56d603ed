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
