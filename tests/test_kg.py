"""``mg.kg``: the reference MCP memory server's knowledge-graph operations, per owner, on both stores."""

from __future__ import annotations

import pytest
from conftest import store_snapshot

from memgraph import InvalidInputError, MemGraph, NotFoundError

ANA = {"name": "Ana_Lima", "entityType": "person", "observations": ["Speaks Portuguese", "Likes tea"]}
ACME = {"name": "Acme", "entityType": "organization", "observations": ["Makes anvils"]}


def test_entities_relations_and_observations(mg: MemGraph) -> None:
    kg = mg.kg
    assert kg.create_entities([ANA, ACME], user_id="u1") == [ANA, ACME]
    assert kg.create_entities([{**ANA, "observations": []}], user_id="u1") == []  # the name exists
    rel = {"from": "Ana_Lima", "to": "Acme", "relationType": "works_at"}
    both = [rel, {"from": "Ana_Lima", "to": "Acme", "relationType": "founded"}]
    assert kg.create_relations(both, user_id="u1") == both
    assert kg.create_relations([rel], user_id="u1") == []
    ghost = {"from": "Acme", "to": "Bo", "relationType": "employs"}
    assert kg.create_relations([ghost], user_id="u1") == [ghost]  # "Bo" is no entity yet: kept by name
    graph = kg.read_graph(user_id="u1")
    assert graph["entities"] == [ANA, ACME]
    assert graph["relations"] == [*both, ghost]

    added = kg.add_observations([{"entityName": "Ana_Lima", "contents": ["Likes tea", "Runs marathons"]}], user_id="u1")
    assert added == [{"entityName": "Ana_Lima", "addedObservations": ["Runs marathons"]}]
    before = store_snapshot(mg.store)
    with pytest.raises(NotFoundError, match="Entity with name Nobody not found"):
        kg.add_observations(
            [{"entityName": "Acme", "contents": ["x"]}, {"entityName": "Nobody", "contents": ["y"]}], user_id="u1"
        )
    assert store_snapshot(mg.store) == before  # the whole call failed

    found = kg.search_nodes("MARATHON", user_id="u1")
    assert [e["name"] for e in found["entities"]] == ["Ana_Lima"] and found["relations"] == both
    assert [e["name"] for e in kg.search_nodes("organ", user_id="u1")["entities"]] == ["Acme"]
    opened = kg.open_nodes(["Acme", "Nobody"], user_id="u1")
    assert [e["name"] for e in opened["entities"]] == ["Acme"] and opened["relations"] == [*both, ghost]

    kg.create_entities([{"name": "Bo", "entityType": "person", "observations": []}], user_id="u1")
    assert [e["name"] for e in kg.read_graph(user_id="u1")["entities"]] == ["Ana_Lima", "Acme", "Bo"]
    kg.delete_observations([{"entityName": "Ana_Lima", "observations": ["Likes tea", "never said"]}], user_id="u1")
    kg.delete_observations([{"entityName": "Nobody", "observations": ["x"]}], user_id="u1")
    kg.delete_relations([rel, {"from": "x", "to": "y", "relationType": "z"}], user_id="u1")
    graph = kg.read_graph(user_id="u1")
    assert graph["entities"][0]["observations"] == ["Speaks Portuguese", "Runs marathons"]
    assert graph["relations"] == [both[1], ghost]
    kg.delete_entities(["Acme", "Nobody"], user_id="u1")
    assert kg.read_graph(user_id="u1") == {
        "entities": [{**ANA, "observations": ["Speaks Portuguese", "Runs marathons"]}, graph["entities"][2]],
        "relations": [],
    }


def test_each_owner_has_their_own_graph(mg: MemGraph) -> None:
    mg.kg.create_entities([ANA], user_id="u1")
    mg.kg.create_entities([{**ANA, "observations": ["Another Ana"]}], agent_id="bot")
    assert mg.kg.read_graph(user_id="u2") == {"entities": [], "relations": []}
    assert mg.kg.read_graph(agent_id="bot")["entities"][0]["observations"] == ["Another Ana"]
    assert mg.kg.search_nodes("Portuguese", agent_id="bot")["entities"] == []
    mg.kg.delete_entities(["Ana_Lima"], user_id="u2")
    assert mg.kg.read_graph(user_id="u1")["entities"] == [ANA]
    mg.forget(user_id="u1")
    assert mg.kg.read_graph(user_id="u1")["entities"] == []
    assert len(mg.kg.read_graph(agent_id="bot")["entities"]) == 1


def test_bad_arguments_name_the_field_and_write_nothing(mg: MemGraph) -> None:
    before = store_snapshot(mg.store)
    cases = [
        (lambda: mg.kg.create_entities([{"name": "A", "entityType": "t"}], user_id="u1"), "observations"),
        (lambda: mg.kg.create_entities([ANA, {**ACME, "name": "  "}], user_id="u1"), r"entities\[1\].name"),
        (lambda: mg.kg.create_entities([{**ANA, "observations": "x"}], user_id="u1"), "must be a list"),
        (lambda: mg.kg.create_entities([{**ANA, "colour": "red"}], user_id="u1"), "unknown fields"),
        (lambda: mg.kg.create_relations([{"from": "A", "to": 3, "relationType": "r"}], user_id="u1"), "to must be"),
        (lambda: mg.kg.open_nodes("Ana", user_id="u1"), "names must be a list"),
        (lambda: mg.kg.read_graph(), "user_id or agent_id"),
    ]
    for call, message in cases:
        with pytest.raises(InvalidInputError, match=message):
            call()
    assert store_snapshot(mg.store) == before
