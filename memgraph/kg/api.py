"""``mg.kg``: the knowledge-graph tool set of the reference MCP memory server
(``@modelcontextprotocol/server-memory``), on MemGraph's graph and per owner.

The reference keeps one JSON-lines file of entities (a unique ``name``, a free-text
``entityType``, a list of ``observations``) and relations (``from``, ``to``, ``relationType``).
Here an entity is an ``Entity`` node of the owner's scope (``type`` Other; id
``<scope>|kg:<name>``; the given type in ``entityType``, the observations in ``observations``,
both verbatim and in order), and the relations between two entities are one ``RELATES_TO``
relationship carrying their ``relationTypes`` in order (relation types are free text, so they
are property values, never relationship types in Cypher). Each call is one transaction.

The results have the reference's shapes and semantics (v2026.8.31): entities whose name exists
are skipped, duplicate relations are skipped, a relation may name an entity that does not exist
yet (it is kept, and the entity listed once it is created), ``add_observations`` fails whole
for an unknown entity, deletions of what is not there are no-ops, ``search_nodes`` matches a
case-insensitive substring of name, type or an observation, and ``search_nodes`` /
``open_nodes`` return the relations with at least one end among the entities found. Lists come
back in creation order. Two differences: repeats inside one call are stored once (the reference
stores an entity twice when one call names it twice), and names and types must be non-empty.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, TypedDict, TypeVar

from ..errors import InvalidInputError, NotFoundError
from ..intake.lifecycle import MemoryWriter, Owner
from ..models import Entity, EntityType, NodeLabel, Relationship, RelType, utcnow
from ..stores.base import GraphStore, NodeRecord, StoreReader, StoreTransaction, WriteBatch, record_of
from ..validate import MAX_TEXT_CHARS

OwnerOf = Callable[[str | None, str | None], Owner]
T = TypeVar("T")

KEY_PREFIX = "kg:"
"""Prefix of a knowledge-graph entity's ``key`` (and of its id after the scope)."""

RELATION_TYPES = "relationTypes"
RELATION_ORDERS = "relationOrders"


class KGEntity(TypedDict):
    name: str
    entityType: str
    observations: list[str]


KGRelationDict = dict[str, str]
"""A relation: ``{"from": name, "to": name, "relationType": text}`` ("from" is a Python keyword,
so no TypedDict class can declare it)."""


class KGraph(TypedDict):
    entities: list[KGEntity]
    relations: list[KGRelationDict]


class ObservationsAdded(TypedDict):
    entityName: str
    addedObservations: list[str]


def entity_node_id(scope: str, name: str) -> str:
    """The id of the knowledge-graph entity ``name`` of an owner scope."""
    return f"{scope}|{KEY_PREFIX}{name}"


class KnowledgeGraphAPI:
    """The reference MCP memory server's operations on the owner's graph (``mg.kg``).

    Every method takes the owner as ``user_id`` or ``agent_id`` (one of them) and raises
    :class:`~memgraph.errors.InvalidInputError` for a missing owner or a malformed argument,
    before anything is written.

    Example:
        >>> mg.kg.create_entities([{"name": "Ana", "entityType": "person", "observations": ["likes tea"]}],
        ...                       user_id="u1")
        >>> mg.kg.create_relations([{"from": "Ana", "to": "Acme", "relationType": "works_at"}], user_id="u1")
        >>> mg.kg.search_nodes("tea", user_id="u1")["entities"][0]["name"]
        'Ana'
    """

    def __init__(self, store: GraphStore, owner_of: OwnerOf) -> None:
        self._store = store
        self._owner_of = owner_of

    def _write(self, owner: Owner, work: Callable[[StoreTransaction], T]) -> T:
        """Run ``work`` in one transaction holding the owner's lock (so two calls of one owner
        never interleave their reads and writes)."""
        return self._store.transaction(work, lock=MemoryWriter.owner_locks([owner], utcnow()))

    # -- writes -----------------------------------------------------------------------------------
    def create_entities(
        self, entities: Sequence[Mapping[str, Any]], *, user_id: str | None = None, agent_id: str | None = None
    ) -> list[KGEntity]:
        """Create entities; those whose name exists are skipped. Returns the ones created."""
        wanted = [_entity(e, i) for i, e in enumerate(_list("entities", entities))]
        owner = self._owner_of(user_id, agent_id)

        def work(tx: StoreTransaction) -> list[KGEntity]:
            have = {_name(r) for r in _entities(tx, owner.scope, [e["name"] for e in wanted]) if _listed(r)}
            now, base = utcnow(), time.time_ns()
            made: list[KGEntity] = []
            batch = WriteBatch()
            for e in wanted:
                if e["name"] in have:
                    continue
                have.add(e["name"])
                node = _entity_node(
                    owner.scope,
                    e["name"],
                    now,
                    entity_type=e["entityType"],
                    observations=e["observations"],
                    kg_order=base + len(made),
                )
                batch.nodes.append(record_of(node))
                made.append(e)
            tx.write(batch)
            return made

        return self._write(owner, work)

    def create_relations(
        self, relations: Sequence[Mapping[str, Any]], *, user_id: str | None = None, agent_id: str | None = None
    ) -> list[KGRelationDict]:
        """Create relations; duplicates (same from, to and type) are skipped. An end that is no
        entity yet is kept as a name (it appears in ``entities`` once created). Returns the new ones."""
        wanted = [_relation(r, i) for i, r in enumerate(_list("relations", relations))]
        owner = self._owner_of(user_id, agent_id)

        def work(tx: StoreTransaction) -> list[KGRelationDict]:
            names = sorted({r["from"] for r in wanted} | {r["to"] for r in wanted})
            nodes = {_name(r): r for r in _entities(tx, owner.scope, names)}
            rels = {(r.src_id, r.dst_id): r for r in _relationships(tx, [n.id for n in nodes.values()])}
            now, base = utcnow(), time.time_ns()
            batch = WriteBatch()
            made: list[KGRelationDict] = []
            for name in names:
                if name not in nodes:  # a placeholder: not listed until created
                    batch.nodes.append(record_of(_entity_node(owner.scope, name, now)))
            changed: dict[tuple[str, str], Relationship] = {}
            for r in wanted:
                pair = (entity_node_id(owner.scope, r["from"]), entity_node_id(owner.scope, r["to"]))
                rel = changed.get(pair) or rels.get(pair)
                types = list(rel.properties.get(RELATION_TYPES, [])) if rel else []
                orders = list(rel.properties.get(RELATION_ORDERS, [])) if rel else []
                if r["relationType"] in types:
                    continue
                types.append(r["relationType"])
                orders.append(base + len(made))
                changed[pair] = Relationship.link(
                    RelType.RELATES_TO,
                    (NodeLabel.ENTITY, pair[0]),
                    (NodeLabel.ENTITY, pair[1]),
                    properties={RELATION_TYPES: types, RELATION_ORDERS: orders},
                )
                made.append(r)
            batch.relationships.extend(changed.values())
            tx.write(batch)
            return made

        return self._write(owner, work)

    def add_observations(
        self, observations: Sequence[Mapping[str, Any]], *, user_id: str | None = None, agent_id: str | None = None
    ) -> list[ObservationsAdded]:
        """Add observations to existing entities; ones an entity has are skipped.

        Raises:
            NotFoundError: an entity that does not exist (nothing is written).
        """
        wanted = [_observations(o, i, "contents") for i, o in enumerate(_list("observations", observations))]
        owner = self._owner_of(user_id, agent_id)

        def work(tx: StoreTransaction) -> list[ObservationsAdded]:
            nodes = {_name(r): r for r in _entities(tx, owner.scope, [n for n, _ in wanted]) if _listed(r)}
            out: list[ObservationsAdded] = []
            current: dict[str, Entity] = {}
            for name, contents in wanted:
                if name not in nodes:
                    raise NotFoundError(f"Entity with name {name} not found")
                ent = current.get(name) or Entity.model_validate(nodes[name].props)
                added = [c for c in dict.fromkeys(contents) if c not in ent.observations]
                current[name] = ent.model_copy(
                    update={"observations": [*ent.observations, *added], "updated_at": utcnow()}
                )
                out.append({"entityName": name, "addedObservations": added})
            tx.write(WriteBatch(nodes=[record_of(e) for e in current.values()]))
            return out

        return self._write(owner, work)

    def delete_entities(
        self, entity_names: Sequence[str], *, user_id: str | None = None, agent_id: str | None = None
    ) -> None:
        """Delete entities and every relation from or to them (missing names are ignored)."""
        names = [_text(f"entityNames[{i}]", n) for i, n in enumerate(_list("entityNames", entity_names))]
        owner = self._owner_of(user_id, agent_id)

        def work(tx: StoreTransaction) -> None:
            found = _entities(tx, owner.scope, names)
            tx.write(WriteBatch(delete_nodes=[r.ref for r in found]))

        self._write(owner, work)

    def delete_observations(
        self, deletions: Sequence[Mapping[str, Any]], *, user_id: str | None = None, agent_id: str | None = None
    ) -> None:
        """Remove observations from entities (missing entities and observations are ignored)."""
        wanted = [_observations(d, i, "observations") for i, d in enumerate(_list("deletions", deletions))]
        owner = self._owner_of(user_id, agent_id)

        def work(tx: StoreTransaction) -> None:
            nodes = {_name(r): r for r in _entities(tx, owner.scope, [n for n, _ in wanted]) if _listed(r)}
            current: dict[str, Entity] = {}
            for name, gone in wanted:
                if name in nodes:
                    ent = current.get(name) or Entity.model_validate(nodes[name].props)
                    kept = [o for o in ent.observations if o not in gone]
                    current[name] = ent.model_copy(update={"observations": kept, "updated_at": utcnow()})
            tx.write(WriteBatch(nodes=[record_of(e) for e in current.values()]))

        self._write(owner, work)

    def delete_relations(
        self, relations: Sequence[Mapping[str, Any]], *, user_id: str | None = None, agent_id: str | None = None
    ) -> None:
        """Delete relations (ones that do not exist are ignored)."""
        wanted = [_relation(r, i) for i, r in enumerate(_list("relations", relations))]
        owner = self._owner_of(user_id, agent_id)

        def work(tx: StoreTransaction) -> None:
            names = sorted({r["from"] for r in wanted} | {r["to"] for r in wanted})
            ids = [n.id for n in _entities(tx, owner.scope, names)]
            rels = {(r.src_id, r.dst_id): r for r in _relationships(tx, ids)}
            batch = WriteBatch()
            changed: dict[tuple[str, str], Relationship] = {}
            for r in wanted:
                pair = (entity_node_id(owner.scope, r["from"]), entity_node_id(owner.scope, r["to"]))
                rel = changed.get(pair) or rels.get(pair)
                if rel is None or r["relationType"] not in rel.properties.get(RELATION_TYPES, []):
                    continue
                types, orders = rel.properties[RELATION_TYPES], rel.properties[RELATION_ORDERS]
                i = types.index(r["relationType"])
                changed[pair] = rel.model_copy(
                    update={
                        "properties": {
                            RELATION_TYPES: types[:i] + types[i + 1 :],
                            RELATION_ORDERS: orders[:i] + orders[i + 1 :],
                        }
                    }
                )
            for rel in changed.values():
                if rel.properties[RELATION_TYPES]:
                    batch.relationships.append(rel)
                else:
                    batch.delete_relationships.append(rel)
            tx.write(batch)

        self._write(owner, work)

    # -- reads ------------------------------------------------------------------------------------
    def read_graph(self, *, user_id: str | None = None, agent_id: str | None = None) -> KGraph:
        """The owner's whole knowledge graph: ``{"entities": [...], "relations": [...]}``."""
        owner = self._owner_of(user_id, agent_id)
        nodes = _entities(self._store, owner.scope, None)
        return _graph(nodes, _relationships(self._store, [n.id for n in nodes]), None)

    def search_nodes(self, query: str, *, user_id: str | None = None, agent_id: str | None = None) -> KGraph:
        """Entities whose name, type or an observation holds ``query`` (any case), and the
        relations from or to them."""
        if not isinstance(query, str):
            raise InvalidInputError("query must be a string")
        q = query.lower()
        owner = self._owner_of(user_id, agent_id)
        nodes = _entities(self._store, owner.scope, None)

        def hit(e: KGEntity) -> bool:
            return (
                q in e["name"].lower() or q in e["entityType"].lower() or any(q in o.lower() for o in e["observations"])
            )

        return _graph(nodes, _relationships(self._store, [n.id for n in nodes]), hit)

    def open_nodes(self, names: Sequence[str], *, user_id: str | None = None, agent_id: str | None = None) -> KGraph:
        """The named entities and the relations from or to them."""
        wanted = {_text(f"names[{i}]", n) for i, n in enumerate(_list("names", names))}
        owner = self._owner_of(user_id, agent_id)
        nodes = _entities(self._store, owner.scope, None)
        return _graph(nodes, _relationships(self._store, [n.id for n in nodes]), lambda e: e["name"] in wanted)


def _entity_node(scope: str, name: str, now: datetime, **fields: Any) -> Entity:
    """The Entity node of a knowledge-graph name (``fields``: entity_type, observations, kg_order;
    none for a placeholder)."""
    return Entity(
        id=entity_node_id(scope, name),
        owner=scope,
        created_at=now,
        updated_at=now,
        name=name,
        type=EntityType.OTHER,
        key=KEY_PREFIX + name,
        **fields,
    )


# -- validation -----------------------------------------------------------------------------------
def _list(what: str, value: Any) -> list[Any]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise InvalidInputError(f"{what} must be a list")
    return list(value)


def _text(where: str, value: Any) -> str:
    """A non-blank string without NUL, kept verbatim (names are identifiers: no normalisation)."""
    if not isinstance(value, str):
        raise InvalidInputError(f"{where} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise InvalidInputError(f"{where} is empty or whitespace")
    if "\x00" in value or len(value) > MAX_TEXT_CHARS:
        raise InvalidInputError(f"{where} holds NUL or is over {MAX_TEXT_CHARS} characters")
    return value


def _strings(where: str, value: Any) -> list[str]:
    return [_text(f"{where}[{i}]", v) for i, v in enumerate(_list(where, value))]


def _fields(where: str, item: Any, names: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(item, Mapping):
        raise InvalidInputError(f"{where} must be an object")
    missing = [n for n in names if n not in item]
    if missing:
        raise InvalidInputError(f"{where} lacks {', '.join(missing)}")
    extra = sorted(set(item) - set(names))
    if extra:
        raise InvalidInputError(f"{where} has unknown fields {extra}")
    return dict(item)


def _entity(item: Any, i: int) -> KGEntity:
    e = _fields(f"entities[{i}]", item, ("name", "entityType", "observations"))
    return {
        "name": _text(f"entities[{i}].name", e["name"]),
        "entityType": _text(f"entities[{i}].entityType", e["entityType"]),
        "observations": list(dict.fromkeys(_strings(f"entities[{i}].observations", e["observations"]))),
    }


def _relation(item: Any, i: int) -> KGRelationDict:
    r = _fields(f"relations[{i}]", item, ("from", "to", "relationType"))
    return {k: _text(f"relations[{i}].{k}", r[k]) for k in ("from", "to", "relationType")}


def _observations(item: Any, i: int, key: str) -> tuple[str, list[str]]:
    o = _fields(f"item [{i}]", item, ("entityName", key))
    return _text(f"[{i}].entityName", o["entityName"]), _strings(f"[{i}].{key}", o[key])


# -- reading --------------------------------------------------------------------------------------
def _entities(store: StoreReader, scope: str, names: Sequence[str] | None) -> list[NodeRecord]:
    """The owner's knowledge-graph entity nodes (placeholders included), all or by name."""
    key = Entity.prop("key")
    if names is not None:
        return store.find_nodes(NodeLabel.ENTITY, [scope], where_in={key: [KEY_PREFIX + n for n in names]}, limit=None)
    recs = store.find_nodes(NodeLabel.ENTITY, [scope], where={Entity.prop("type"): EntityType.OTHER.value}, limit=None)
    return [r for r in recs if str(r.props.get(key, "")).startswith(KEY_PREFIX)]


def _relationships(store: StoreReader, ids: Sequence[str]) -> list[Relationship]:
    """The RELATES_TO relationships from these entities."""
    if not ids:
        return []
    return store.relationships(src=[(NodeLabel.ENTITY, i) for i in ids], types=[RelType.RELATES_TO])


def _name(rec: NodeRecord) -> str:
    return str(rec.props.get(Entity.prop("name")))


def _listed(rec: NodeRecord) -> bool:
    """A created entity, not a placeholder a relation named."""
    return rec.props.get(Entity.prop("entity_type")) is not None


def _graph(nodes: list[NodeRecord], rels: list[Relationship], keep: Callable[[KGEntity], bool] | None) -> KGraph:
    """The graph's entities (those ``keep`` accepts, all when None) and relations (with ``keep``:
    those with an end among the entities kept), in creation order."""
    ents = sorted((Entity.model_validate(r.props) for r in nodes if _listed(r)), key=lambda e: e.kg_order or 0)
    entities: list[KGEntity] = [
        {"name": e.name, "entityType": e.entity_type or "", "observations": list(e.observations)} for e in ents
    ]
    entities = [e for e in entities if keep is None or keep(e)]
    chosen = {e["name"] for e in entities}
    name_of = {r.id: _name(r) for r in nodes}
    rows: list[tuple[int, KGRelationDict]] = []
    for rel in rels:
        src, dst = name_of.get(rel.src_id), name_of.get(rel.dst_id)
        if src is None or dst is None:
            continue
        for rtype, order in zip(rel.properties.get(RELATION_TYPES, []), rel.properties.get(RELATION_ORDERS, [])):
            rows.append((order, {"from": src, "to": dst, "relationType": rtype}))
    relations = [r for _, r in sorted(rows, key=lambda x: x[0])]
    if keep is not None:
        relations = [r for r in relations if r["from"] in chosen or r["to"] in chosen]
    return {"entities": entities, "relations": relations}
