"""Export the graph, whole or one owner's, as GraphML, GEXF, node-link JSON or a Cypher script.

- ``graphml`` and ``gexf`` open in Gephi, yEd and networkx. Each node carries ``labels`` (its
  Neo4j labels, ``Entity:Department``), ``label`` (a caption: the node's text cut to 80
  characters, which Gephi shows), ``owner`` and its properties (lists and maps as JSON text,
  characters XML cannot hold as U+FFFD; a property whose values mix types across nodes is
  written as text, mixed integers and floats as floats); each relationship ``type`` (also as
  ``label``) and its properties.
- ``json``: networkx's node-link form (``nx.node_link_graph(data, edges="edges")`` reads it),
  properties with their own types, embeddings on request.
- ``cypher``: a script that loads into an empty Neo4j and reproduces the store
  (:mod:`memgraph.stores.cypher_script`), embeddings included unless asked not to.

What is exported: the whole store (every scope, every status: history stays history), or an
owner's: every node in the owner's scope, the shared nodes (departments, documents, passages)
one relationship away from them, and the relationships among those. Another owner's node
never appears in an owner's export.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

import networkx as nx

from ..errors import InvalidInputError
from ..models import EMBEDDED_LABELS, SHARED_SCOPE, Entity, NodeLabel, Relationship
from ..stores.base import GraphStore, NodeRecord, chunked
from ..stores.cypher_script import write_cypher_script
from ..stores.migrate import store_settings
from .graph import flat_value, node_key

FORMATS = ("graphml", "gexf", "json", "cypher")
"""Export formats, also the file suffixes they are recognised by."""

CAPTION_CHARS = 80

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters XML 1.0 cannot hold: replaced by U+FFFD in GraphML and GEXF (JSON and Cypher keep them)."""


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote.

    Attributes:
        format: one of :data:`FORMATS`.
        nodes: nodes written.
        relationships: relationships written.
        path: the file written, or None for a stream.
    """

    format: str
    nodes: int
    relationships: int
    path: Path | None = None


@dataclass
class Selection:
    """Nodes and relationships chosen for an export (relationships only between chosen nodes)."""

    nodes: list[NodeRecord]
    relationships: list[Relationship]


def select(store: GraphStore, scopes: list[str] | None, *, embeddings: bool) -> Selection:
    """The nodes and relationships of an export.

    Args:
        store: the store.
        scopes: the owner's scopes (``["user:ana"]``), or None for the whole store.
        embeddings: keep the nodes' embeddings (None in each record otherwise).
    """
    if scopes is None:
        nodes = [n if embeddings else _without_embedding(n) for n in store.iter_nodes()]
        return Selection(nodes, list(store.iter_relationships()))
    own = [r for label in NodeLabel for r in store.find_nodes(label, scopes, status=None, limit=None)]
    refs = [r.ref for r in own]
    rels: dict[tuple[str, str, str, str, str], Relationship] = {}
    for part in chunked(refs, 500):
        for rel in store.relationships(src=part) + store.relationships(dst=part):
            rels[(rel.type.value, rel.src_label.value, rel.src_id, rel.dst_label.value, rel.dst_id)] = rel
    have = set(refs)
    wanted: dict[NodeLabel, set[str]] = defaultdict(set)
    for rel in rels.values():
        for ref in ((rel.src_label, rel.src_id), (rel.dst_label, rel.dst_id)):
            if ref not in have:
                wanted[ref[0]].add(ref[1])
    shared = [r for label, ids in wanted.items() for r in store.get_nodes(label, sorted(ids), [SHARED_SCOPE])]
    nodes = own + shared
    kept = {r.ref for r in nodes}
    keep_rels = [r for r in rels.values() if (r.src_label, r.src_id) in kept and (r.dst_label, r.dst_id) in kept]
    if embeddings:
        nodes = _with_embeddings(store, nodes)
    return Selection(nodes, keep_rels)


def _without_embedding(rec: NodeRecord) -> NodeRecord:
    return rec if rec.embedding is None else replace(rec, embedding=None)


def _with_embeddings(store: GraphStore, nodes: list[NodeRecord]) -> list[NodeRecord]:
    by_label: dict[NodeLabel, list[str]] = defaultdict(list)
    for r in nodes:
        if r.label in EMBEDDED_LABELS:
            by_label[r.label].append(r.id)
    vecs = {(label, i): v for label, ids in by_label.items() for i, v in store.get_embeddings(label, ids).items()}
    return [replace(r, embedding=vecs[r.ref]) if r.ref in vecs and r.embedding is None else r for r in nodes]


def neo4j_labels(rec: NodeRecord) -> list[str]:
    """The node's labels as the Neo4j store writes them (an Entity also has its type)."""
    etype = rec.props.get(Entity.prop("type")) if rec.label == NodeLabel.ENTITY else None
    return [rec.label.value] + ([str(etype)] if etype else [])


def caption(rec: NodeRecord) -> str:
    """A short display text: the node's keyword text (else its id), one line, cut to 80 characters."""
    text = " ".join((rec.text or rec.id).split())
    return text if len(text) <= CAPTION_CHARS else text[: CAPTION_CHARS - 1] + "…"


def to_networkx(sel: Selection) -> nx.MultiDiGraph:
    """The selection as a MultiDiGraph keyed ``"Label:id"`` with GraphML/GEXF-ready attributes
    (see the module docstring)."""
    graph = nx.MultiDiGraph()
    node_attrs = [
        {
            **{k: flat_value(v) for k, v in r.props.items() if v is not None},
            "labels": ":".join(neo4j_labels(r)),
            "label": caption(r),
            "owner": r.owner,
        }
        for r in sel.nodes
    ]
    edge_attrs = [
        {**{k: flat_value(v) for k, v in rel.stored_properties().items() if v is not None}, "type": rel.type.value}
        for rel in sel.relationships
    ]
    for attrs in (node_attrs, edge_attrs):
        _uniform(attrs)
        for item in attrs:
            for k, v in item.items():
                if isinstance(v, str):
                    item[k] = _NOT_XML.sub("\ufffd", v)
    for rec, n_attrs in zip(sel.nodes, node_attrs):
        graph.add_node(node_key(rec.ref), **n_attrs)
    for rel, e_attrs in zip(sel.relationships, edge_attrs):
        src, dst = node_key((rel.src_label, rel.src_id)), node_key((rel.dst_label, rel.dst_id))
        graph.add_edge(src, dst, key=rel.type.value, label=rel.type.value, **e_attrs)
    return graph


def _uniform(items: list[dict[str, Any]]) -> None:
    """Give each attribute one type across ``items`` (GraphML declares a key's type once):
    ints among floats become floats; any other mix becomes text."""
    kinds: dict[str, set[type]] = defaultdict(set)
    for attrs in items:
        for k, v in attrs.items():
            kinds[k].add(type(v))
    for k, types in kinds.items():
        if len(types) < 2:
            continue
        cast: Callable[[Any], Any] = float if types == {int, float} else _text
        for attrs in items:
            if k in attrs:
                attrs[k] = cast(attrs[k])


def _text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


def node_link(sel: Selection, *, graph: dict[str, Any]) -> dict[str, Any]:
    """The selection in networkx's node-link form, properties with their own JSON types."""
    nodes = []
    for r in sel.nodes:
        item: dict[str, Any] = {
            "id": node_key(r.ref),
            "labels": neo4j_labels(r),
            "label": caption(r),
            "owner": r.owner,
            "properties": r.props,
        }
        if r.embedding is not None:
            item["embedding"] = [float(x) for x in r.embedding]
        nodes.append(item)
    edges = [
        {
            "source": node_key((rel.src_label, rel.src_id)),
            "target": node_key((rel.dst_label, rel.dst_id)),
            "key": rel.type.value,
            "type": rel.type.value,
            "properties": rel.stored_properties(),
        }
        for rel in sel.relationships
    ]
    return {"directed": True, "multigraph": True, "graph": graph, "nodes": nodes, "edges": edges}


def write_export(
    store: GraphStore, out: IO[bytes], fmt: str, scopes: list[str] | None, *, embeddings: bool
) -> ExportResult:
    """Write an export to a binary stream (UTF-8 text for every format).

    Raises:
        InvalidInputError: an unknown format, or a store never initialised.
    """
    if fmt not in FORMATS:
        raise InvalidInputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    model, dim = store_settings(store)
    sel = select(store, scopes, embeddings=embeddings)
    if fmt == "cypher":
        text = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
        try:
            n, m = write_cypher_script(text, sel.nodes, sel.relationships, embedding_model=model, dimension=dim)
        finally:
            text.flush()
            text.detach()
        return ExportResult(fmt, n, m)
    if fmt == "json":
        data = node_link(sel, graph={"embeddingModel": model, "embeddingDimension": dim})
        out.write(json.dumps(data, ensure_ascii=False, default=str).encode("utf-8"))
    elif fmt == "graphml":
        nx.write_graphml(to_networkx(sel), out, encoding="utf-8")
    else:
        nx.write_gexf(to_networkx(sel), out, encoding="utf-8")
    return ExportResult(fmt, len(sel.nodes), len(sel.relationships))


class ExportAPI:
    """The export sub-API, ``mg.export``: the graph, whole or an owner's, to a file or stream.

    Example:
        >>> mg.export.write("ana.graphml", user_id="ana")          # open in Gephi
        >>> mg.export.write("backup.cypher")                      # cypher-shell -f backup.cypher
    """

    def __init__(self, store: GraphStore, scopes_of: Callable[[str | None, str | None], list[str]]) -> None:
        self._store = store
        self._scopes_of = scopes_of

    def write(
        self,
        target: str | Path | IO[bytes],
        *,
        format: str | None = None,
        user_id: str | None = None,
        agent_id: str | None = None,
        embeddings: bool | None = None,
    ) -> ExportResult:
        """Export to a file (written whole or not at all) or a binary stream.

        Args:
            target: a path, or a binary stream (then ``format`` is needed).
            format: one of :data:`FORMATS`; default: the file's suffix.
            user_id, agent_id: export this owner's graph (see the module docstring); neither:
                the whole store.
            embeddings: include the vectors (default: for ``cypher`` only; never in GraphML/GEXF).

        Raises:
            InvalidInputError: unknown or missing format, a bad owner id, or a target folder
                that does not exist.
        """
        scopes = None if user_id is None and agent_id is None else self._scopes_of(user_id, agent_id)
        if isinstance(target, (str, Path)):
            path = Path(target)
            fmt = format or path.suffix.lstrip(".").lower()
            if fmt not in FORMATS:
                raise InvalidInputError(f"{path}: say the format (one of {', '.join(FORMATS)}) or use it as the suffix")
            if not path.parent.is_dir():
                raise InvalidInputError(f"{path.parent}: no such folder")
            with _atomic(path) as out:
                res = write_export(self._store, out, fmt, scopes, embeddings=_embeds(fmt, embeddings))
            return ExportResult(res.format, res.nodes, res.relationships, path)
        if format is None:
            raise InvalidInputError(f"say the export format for a stream: one of {', '.join(FORMATS)}")
        return write_export(self._store, target, format, scopes, embeddings=_embeds(format, embeddings))

    def graph(self, *, user_id: str | None = None, agent_id: str | None = None) -> nx.MultiDiGraph:
        """The export's selection as a networkx graph (the attributes of GraphML/GEXF)."""
        scopes = None if user_id is None and agent_id is None else self._scopes_of(user_id, agent_id)
        return to_networkx(select(self._store, scopes, embeddings=False))


def _embeds(fmt: str, embeddings: bool | None) -> bool:
    if fmt in ("graphml", "gexf"):
        return False
    return fmt == "cypher" if embeddings is None else embeddings


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[IO[bytes]]:
    """A temporary file beside ``path``, renamed over it when the block succeeds (removed otherwise)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; an export is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
