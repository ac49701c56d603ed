"""Knowledge base: documents and their chunks in the shared scope, with what they apply to.

:meth:`KnowledgeBase.ingest` loads a file (``loaders``), chunks it by section and page,
embeds the chunks and writes ``Document -HAS_CHUNK-> Chunk`` with ``NEXT`` between
neighbouring chunks, in one transaction. A document or a section applies to departments,
roles or locations (``APPLIES_TO``) from explicit metadata or from its headings: a heading
that names a known entity, or reads "<Name> Department" / "<Name> Team".

Re-ingesting a file whose SHA-256 is already active is a no-op; a changed file at the same
URI becomes version n+1 that ``SUPERSEDES`` the old one, whose chunks leave the indexes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import loaders
from loaders.base import LoadedDocument

from .chunking import chunk_blocks
from .embed import Embedder
from .errors import InvalidInputError, NotFoundError
from .extract import Extractor, FoundEntity, entity_key, normalise_name
from .models import (
    SHARED_SCOPE,
    Chunk,
    Document,
    DocumentStatus,
    Entity,
    EntityType,
    NodeLabel,
    Relationship,
    RelType,
    entity_id,
    utcnow,
)
from .stores.base import GraphStore, NodeRecord, WriteBatch, record_of

_GROUP_HEADING = re.compile(
    r"\b(?P<name>[A-Z][\w&]*(?:\s+(?:&\s+)?[A-Z][\w&]*){0,2})\s+(?i:department|dept\.?|team|division)\b"
)

AppliesTo = Mapping[EntityType | str, Sequence[str]]
"""Explicit scope of a document: entity type -> names, e.g. ``{"Department": ["Operations"]}``."""


@dataclass(frozen=True)
class IngestResult:
    """Outcome of one file: ``status`` is ``created``, ``new_version`` or ``unchanged``."""

    document_id: str
    title: str
    status: str
    version: int
    chunks: int
    pages: int | None
    uri: str


def _entity_types(applies_to: AppliesTo | None) -> list[FoundEntity]:
    out = []
    for etype, names in (applies_to or {}).items():
        try:
            et = EntityType(etype) if not isinstance(etype, EntityType) else etype
        except ValueError as e:
            raise InvalidInputError(
                f"applies_to: unknown entity type {etype!r} (use one of {[t.value for t in EntityType]})"
            ) from e
        if isinstance(names, str):
            names = [names]
        for name in names:
            if not str(name).strip():
                raise InvalidInputError("applies_to: empty entity name")
            out.append(FoundEntity(normalise_name(str(name)), et))
    return out


class KnowledgeBase:
    """Documents in the shared scope. Reached through :attr:`MemGraph.kb`."""

    def __init__(self, store: GraphStore, embedder: Embedder, extractor: Extractor, *, chunk_tokens: int = 200) -> None:
        self.store = store
        self.embedder = embedder
        self.extractor = extractor
        self.chunk_tokens = chunk_tokens

    def _heading_entities(self, section: Sequence[str]) -> list[FoundEntity]:
        found: list[FoundEntity] = []
        for heading in section:
            for m in _GROUP_HEADING.finditer(heading):
                found.append(
                    self.extractor.known(m.group("name")) or FoundEntity(m.group("name"), EntityType.DEPARTMENT)
                )
            for ent in self.extractor.extract(heading).entities:
                known = self.extractor.known(ent.name)
                if known is not None and known.type in (EntityType.DEPARTMENT, EntityType.ROLE, EntityType.LOCATION):
                    found.append(known)
        return found

    def find_active(self, uri: str, sha256: str) -> tuple[NodeRecord | None, NodeRecord | None]:
        """(active document with this content, active document at this uri), either may be None."""
        same = self.store.find_nodes(
            NodeLabel.DOCUMENT, [SHARED_SCOPE], where={"sha256": sha256}, status=[DocumentStatus.ACTIVE.value], limit=1
        )
        at_uri = self.store.find_nodes(
            NodeLabel.DOCUMENT, [SHARED_SCOPE], where={"uri": uri}, status=[DocumentStatus.ACTIVE.value], limit=1
        )
        return (same[0] if same else None), (at_uri[0] if at_uri else None)

    def ingest(
        self,
        path: str | Path,
        *,
        title: str | None = None,
        applies_to: AppliesTo | None = None,
        tags: Sequence[str] = (),
    ) -> IngestResult:
        """Ingest one file (PDF, Markdown, plain text) into the knowledge base, atomically.

        Args:
            path: the file.
            title: overrides the title found in the file.
            applies_to: explicit scope of the whole document.
            tags: free labels stored on the document.

        Returns:
            What happened, with the document id and chunk count.

        Raises:
            InvalidInputError: no such file, bad ``applies_to``.
            UnsupportedFileError: the file cannot be read (malformed, encrypted, not UTF-8, ...).
        """
        explicit = _entity_types(applies_to)
        loaded = loaders.load(path)
        return self.ingest_loaded(loaded, title=title, explicit=explicit, tags=tags)

    def ingest_loaded(
        self,
        loaded: LoadedDocument,
        *,
        title: str | None = None,
        explicit: Sequence[FoundEntity] = (),
        tags: Sequence[str] = (),
    ) -> IngestResult:
        """Write an already loaded document (see :meth:`ingest`)."""
        same, previous = self.find_active(loaded.uri, loaded.sha256)
        if same is not None:
            p = same.props
            return IngestResult(
                same.id, p["title"], "unchanged", p["version"], p.get("chunkCount", 0), p.get("pages"), p["uri"]
            )
        now = utcnow()
        version = int(previous.props["version"]) + 1 if previous else 1
        doc = Document(
            id=f"doc:{loaded.sha256[:24]}:v{version}",
            owner=SHARED_SCOPE,
            title=title or loaded.title,
            uri=loaded.uri,
            sha256=loaded.sha256,
            version=version,
            media_type=loaded.media_type,
            pages=loaded.pages,
            tags=list(tags),
            metadata=dict(loaded.metadata),
            created_at=now,
            updated_at=now,
        )
        specs = chunk_blocks(loaded.blocks, self.embedder.count_tokens, max_tokens=self.chunk_tokens)
        if not specs:
            raise InvalidInputError(f"{loaded.uri}: no text to ingest")
        chunks = [
            Chunk(
                id=f"{doc.id}:{i}",
                owner=SHARED_SCOPE,
                text=s.text,
                document_id=doc.id,
                document_title=doc.title,
                seq=i,
                page=s.page,
                page_end=s.page_end if s.page_end != s.page else None,
                section=" > ".join(s.section) or None,
                created_at=now,
                updated_at=now,
            )
            for i, s in enumerate(specs)
        ]
        # What is embedded and keyword-indexed: title and section give the passage its context.
        indexed = [f"{doc.title}. {(c.section or '').split(' > ')[-1]}. {c.text}" for c in chunks]
        vectors = self.embedder.embed(indexed)
        batch = WriteBatch()
        batch.nodes.append(record_of(doc))
        for c, text, vec in zip(chunks, indexed, vectors):
            batch.nodes.append(record_of(c, embedding=vec, text=text))
            batch.relationships.append(Relationship.between(RelType.HAS_CHUNK, doc, c))
        for a, b in itertools.pairwise(chunks):
            batch.relationships.append(Relationship.between(RelType.NEXT, a, b))
        entities: dict[str, Entity] = {}

        def entity(found: FoundEntity) -> Entity:
            key = entity_key(found.name)
            eid = entity_id(SHARED_SCOPE, found.type, key)
            if eid not in entities:
                entities[eid] = Entity(id=eid, owner=SHARED_SCOPE, name=found.name, type=found.type, key=key)
            return entities[eid]

        for found in explicit:
            ent = entity(found)
            batch.relationships.append(Relationship.between(RelType.APPLIES_TO, doc, ent, source_id=doc.id))
            for c in chunks:
                batch.relationships.append(Relationship.between(RelType.APPLIES_TO, c, ent, source_id=doc.id))
        for c, spec in zip(chunks, specs):
            for found in self._heading_entities(spec.section):
                batch.relationships.append(Relationship.between(RelType.APPLIES_TO, c, entity(found), source_id=doc.id))
        existing = {r.id for r in self.store.get_nodes(NodeLabel.ENTITY, list(entities), None)}
        batch.nodes.extend(record_of(e) for eid, e in entities.items() if eid not in existing)
        if previous is not None:
            self._supersede(previous, doc, batch)
        doc.chunk_count = len(chunks)
        batch.nodes[0] = record_of(doc)
        self.store.write(batch)
        self.extractor.add_known(FoundEntity(e.name, e.type) for e in entities.values())
        return IngestResult(
            doc.id, doc.title, "new_version" if previous else "created", version, len(chunks), doc.pages, doc.uri
        )

    def _supersede(self, old: NodeRecord, new: Document, batch: WriteBatch) -> None:
        props = dict(old.props, status=DocumentStatus.SUPERSEDED.value, updatedAt=utcnow().isoformat())
        batch.nodes.append(NodeRecord(NodeLabel.DOCUMENT, old.id, old.owner, props, status=props["status"]))
        for rel in self.store.relationships(src=[old.ref], types=[RelType.HAS_CHUNK]):
            for ch in self.store.get_nodes(NodeLabel.CHUNK, [rel.dst_id], None):
                cprops = dict(ch.props, status=DocumentStatus.SUPERSEDED.value)
                emb = self.store.get_embeddings(NodeLabel.CHUNK, [ch.id]).get(ch.id)
                batch.nodes.append(
                    NodeRecord(NodeLabel.CHUNK, ch.id, ch.owner, cprops, status=cprops["status"], embedding=emb)
                )
        batch.relationships.append(Relationship.link(RelType.SUPERSEDES, (new.LABEL, new.id), old.ref))

    def retire(self, document_id: str) -> None:
        """Take a document (every version) out of search and answers; kept for history.

        Raises:
            NotFoundError: no such document.
        """
        docs = self.store.get_nodes(NodeLabel.DOCUMENT, [document_id], [SHARED_SCOPE])
        if not docs:
            raise NotFoundError(f"no document with id {document_id!r}")
        batch = WriteBatch()
        doc = docs[0]
        props = dict(doc.props, status=DocumentStatus.RETIRED.value, updatedAt=utcnow().isoformat())
        batch.nodes.append(NodeRecord(NodeLabel.DOCUMENT, doc.id, doc.owner, props, status=props["status"]))
        chunk_ids = [r.dst_id for r in self.store.relationships(src=[doc.ref], types=[RelType.HAS_CHUNK])]
        embs = self.store.get_embeddings(NodeLabel.CHUNK, chunk_ids)
        for ch in self.store.get_nodes(NodeLabel.CHUNK, chunk_ids, None):
            cprops = dict(ch.props, status=DocumentStatus.RETIRED.value)
            batch.nodes.append(
                NodeRecord(NodeLabel.CHUNK, ch.id, ch.owner, cprops, status=cprops["status"], embedding=embs.get(ch.id))
            )
        self.store.write(batch)

    def documents(self, *, include_inactive: bool = False, limit: int = 1000) -> list[Document]:
        """Documents of the knowledge base, newest first."""
        status = None if include_inactive else [DocumentStatus.ACTIVE.value]
        recs = self.store.find_nodes(NodeLabel.DOCUMENT, [SHARED_SCOPE], status=status, limit=limit)
        return [Document.model_validate(r.props) for r in recs]
