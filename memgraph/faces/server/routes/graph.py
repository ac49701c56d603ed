"""``/v1/graph``: the data of the graph page (``/ui``): the graph around the caller or around
given nodes, one node's properties and history, and a search's results with the path from the
caller to each hit. Every view holds only what the caller's key may read (their scope and the
shared one)."""

from __future__ import annotations

from typing import Annotated, Any

import networkx as nx
from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from ....errors import NotFoundError
from ....models import NodeLabel
from ..deps import MG, Caller, Who
from ..schemas import Body, HistoryOut, SearchHit

router = APIRouter(tags=["graph"])

CAPTION_KEYS = ("name", "title", "text", "tool", "caption", "ocrText", "request", "sessionId")
"""Node attributes a caption is taken from, first present first."""

CAPTION_CHARS = 60


class GraphNode(BaseModel):
    key: str = Field(description='"Label:id"')
    label: str
    type: str | None = Field(description="an Entity's type (Department, Person, ...)")
    caption: str
    owner: str


class GraphEdge(BaseModel):
    source: str
    target: str
    type: str


class GraphOut(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool = Field(description="the node cap was reached: expand nodes for more")
    center: list[str] = Field(description="the keys the view starts from")


class NodeDetail(BaseModel):
    key: str
    label: str
    properties: dict[str, Any]
    history: list[HistoryOut]


class GraphSearchRequest(Body):
    query: str = Field(min_length=1)
    top_k: int = Field(default=10, ge=1, le=100, strict=True)
    max_nodes: int = Field(default=2000, ge=1, le=20_000, strict=True)


class GraphHit(SearchHit):
    key: str
    path: list[str] = Field(description="node keys from the caller's node to the hit, when linked")


class GraphSearchOut(GraphOut):
    hits: list[GraphHit]


def _caption(attrs: dict[str, Any], fallback: str) -> str:
    text = next((str(attrs[k]) for k in CAPTION_KEYS if attrs.get(k) not in (None, "")), fallback)
    text = " ".join(text.split())
    return text if len(text) <= CAPTION_CHARS else text[: CAPTION_CHARS - 1] + "…"


def _out(graph: nx.MultiDiGraph, center: list[str], max_nodes: int) -> GraphOut:
    nodes = [
        GraphNode(
            key=key,
            label=str(a.get("label")),
            type=str(a["type"]) if a.get("label") == NodeLabel.ENTITY.value and a.get("type") else None,
            caption=_caption(a, str(a.get("id", key))),
            owner=str(a.get("owner", "")),
        )
        for key, a in graph.nodes(data=True)
    ]
    edges = [
        GraphEdge(source=s, target=t, type=str(a.get("type", k))) for s, t, k, a in graph.edges(keys=True, data=True)
    ]
    return GraphOut(nodes=nodes, edges=edges, truncated=graph.number_of_nodes() >= max_nodes, center=center)


def _own_key(who: Caller) -> str:
    return f"User:{who.user_id}" if who.user_id is not None else f"Agent:{who.agent_id}"


@router.get("/v1/graph")
def graph(
    who: Who,
    mg: MG,
    around: Annotated[list[str] | None, Query(description='node keys "Label:id" (default: the caller)')] = None,
    depth: Annotated[int, Query(ge=0, le=4)] = 2,
    max_nodes: Annotated[int, Query(ge=1, le=20_000)] = 5000,
) -> GraphOut:
    """The graph around the caller's node, or around the given nodes (a document, an entity)."""
    g = mg.graph(around=around, depth=depth, max_nodes=max_nodes, **who.owner)
    if around and not any(k in g for k in around):
        raise NotFoundError(f"no node {around[0]!r} in this scope")
    return _out(g, around or [_own_key(who)], max_nodes)


@router.get("/v1/graph/node")
def node(who: Who, mg: MG, key: Annotated[str, Query(description='"Label:id"')]) -> NodeDetail:
    """One node's properties, and a memory's history."""
    g = mg.graph(around=key, depth=0, **who.owner)
    if key not in g:
        raise NotFoundError(f"no node {key!r} in this scope")
    props = dict(g.nodes[key])
    label = str(props.pop("label"))
    history = mg.history(props["id"], **who.owner) if label == NodeLabel.MEMORY.value else []
    return NodeDetail(key=key, label=label, properties=props, history=[HistoryOut.of(e) for e in history])


@router.post("/v1/graph/search")
def search(body: GraphSearchRequest, who: Who, mg: MG) -> GraphSearchOut:
    """A search's hits with their neighbours, and the path from the caller to each hit (the
    relationships that linked it, when any did): the view is about the hits, not all the
    caller knows."""
    hits = mg.search(body.query, top_k=body.top_k, **who.owner)
    me = _own_key(who)
    keys = [f"{h.label.value}:{h.id}" for h in hits]
    near = mg.graph(around=keys, depth=1, max_nodes=body.max_nodes, **who.owner) if keys else nx.MultiDiGraph()
    linked = mg.graph(around=[me, *keys], depth=1, max_nodes=body.max_nodes, **who.owner)
    plain = nx.Graph(linked)
    out, on_paths = [], {me} & set(linked)
    for hit, key in zip(hits, keys):
        path = nx.shortest_path(plain, me, key) if me in plain and key in plain and nx.has_path(plain, me, key) else []
        on_paths.update(path)
        out.append(GraphHit(**SearchHit.of(hit).model_dump(), key=key, path=path))
    view = _out(nx.compose(near, linked.subgraph(on_paths)), [me], body.max_nodes)
    view.truncated = near.number_of_nodes() >= body.max_nodes
    return GraphSearchOut(**view.model_dump(), hits=out)
