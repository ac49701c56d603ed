"""Knowledge base: documents and their chunks in the shared scope, with what they apply to.

:meth:`KnowledgeBase.ingest` loads a file (``memgraph.loaders``), chunks it by section and page,
embeds the chunks and writes ``Document -HAS_CHUNK-> Chunk`` with ``NEXT`` between
neighbouring chunks, in one transaction. Images inside the file (PDF figures) become
``Image`` nodes, ``Chunk -HAS_IMAGE-> Image`` from the first chunk of their page and
``Document -HAS_IMAGE-> Image``, searchable by their OCR text.

A document or a section applies to departments, roles or locations (``APPLIES_TO``) from
explicit metadata or from its headings: a heading that names a known entity, reads
"<Name> Department" / "<Name> Team" (a department), reads as a job title ("Senior Manager of
Operations", "Sales Representative": a role; a role library's sections thus define its
roles) or names a site ("Berlin office", "Headquarters": a location). Known departments,
roles and locations named in a chunk's text give ``Chunk -MENTIONS-> Entity``.

Re-ingesting a file whose SHA-256 is already active is a no-op; a changed file at the same
URI becomes version n+1 that ``SUPERSEDES`` the old one, whose chunks leave the indexes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import loaders
from ..errors import InvalidInputError, NotFoundError
from ..extraction.applicability import CONTEXT_TYPES, Excluded, ScopeReader, described_groups, units
from ..extraction.declarations import (
    Membership,
    abbreviations,
    area_sites,
    defined_groups,
    group_parts,
    memberships,
    unit_groups,
)
from ..extraction.extract import (
    Extractor,
    FoundEntity,
    entity_key,
    match_key,
    normalise_name,
    plural_word,
    singular_word,
)
from ..extraction.organisation import organisation_names
from ..loaders.base import LoadedDocument
from ..models import (
    FAMILY_PROPERTY,
    GRADES_PROPERTY,
    SECTION_SEP,
    SHARED_SCOPE,
    Chunk,
    Document,
    DocumentStatus,
    Entity,
    EntityType,
    Image,
    NodeLabel,
    Relationship,
    RelType,
    entity_id,
    node_from_properties,
    utcnow,
)
from ..stores.base import GraphStore, NodeRecord, WriteBatch, record_of
from ..text.embed import Embedder
from ..text.places import is_place
from ..text.textutil import sentences
from ..text.vocabulary import MEMBER_NOUNS, ROLE_HEADS
from ..validate import check_id, check_limit, check_text
from .chunking import chunk_blocks
from .images import describing_text
from .siblings import sibling_names, spoken_name

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
    """The knowledge-base engine: loading, chunking, versioning and scoping of documents, for
    the shared knowledge base and for a person's own documents (``scope``). Users reach it
    through :class:`KnowledgeBaseAPI` (``mg.kb``) and :meth:`MemGraph.add_document`."""

    def __init__(
        self,
        store: GraphStore,
        embedder: Embedder,
        extractor: Extractor,
        *,
        chunk_tokens: int = 200,
        chunk_overlap_tokens: int = 20,
    ) -> None:
        if chunk_tokens < 16:
            raise InvalidInputError(f"chunk_tokens must be at least 16, got {chunk_tokens}")
        if not 0 <= chunk_overlap_tokens < chunk_tokens:
            raise InvalidInputError(
                f"chunk_overlap_tokens must be between 0 and chunk_tokens - 1, got {chunk_overlap_tokens}"
            )
        self.store = store
        self.embedder = embedder
        self.extractor = extractor
        self.chunk_tokens = chunk_tokens
        self.chunk_overlap_tokens = chunk_overlap_tokens
        self.captioner: Callable[[bytes], str | None] | None = None
        """Captions images inside documents at ingest (a vision model; set by MemGraph)."""

    def find_active(
        self, uri: str, sha256: str, scope: str = SHARED_SCOPE
    ) -> tuple[NodeRecord | None, NodeRecord | None]:
        """(active document of ``scope`` with this content, active one at this uri), either may be None."""
        active = [DocumentStatus.ACTIVE.value]
        same = self.store.find_nodes(
            NodeLabel.DOCUMENT, [scope], where={Document.prop("sha256"): sha256}, status=active, limit=1
        )
        at_uri = self.store.find_nodes(
            NodeLabel.DOCUMENT, [scope], where={Document.prop("uri"): uri}, status=active, limit=1
        )
        return (same[0] if same else None), (at_uri[0] if at_uri else None)

    def _restated(self, doc: Document, title: str | None, explicit: Sequence[FoundEntity], tags: Sequence[str]) -> bool:
        """Whether an ingest of ``doc``'s unchanged file asks for another title, other tags or
        another explicit scope than ``doc`` has (an argument not given asks for nothing)."""
        if (title is not None and title != doc.title) or (tags and list(tags) != doc.tags):
            return True
        if not explicit:
            return False

        def ids(found: Sequence[FoundEntity]) -> set[str]:
            return {entity_id(SHARED_SCOPE, f.type, entity_key(f.name)) for f in found}

        return ids(explicit) != ids(self._explicit_scope(doc.id))

    def _explicit_scope(self, document_id: str) -> list[FoundEntity]:
        """The entities a document was ingested as applying to as a whole (its own ``APPLIES_TO``)."""
        stored = self.store.relationships(src=[(NodeLabel.DOCUMENT, document_id)], types=[RelType.APPLIES_TO])
        ents = self.store.get_nodes(NodeLabel.ENTITY, [r.dst_id for r in stored], [SHARED_SCOPE]) if stored else []
        name, etype = Entity.prop("name"), Entity.prop("type")
        return [FoundEntity(str(e.props.get(name)), EntityType(str(e.props.get(etype)))) for e in ents]

    def _chunk_refs(self, document_id: str) -> list[tuple[NodeLabel, str]]:
        """(label, id) of a document's chunks."""
        rels = self.store.relationships(src=[(NodeLabel.DOCUMENT, document_id)], types=[RelType.HAS_CHUNK])
        return [(NodeLabel.CHUNK, r.dst_id) for r in rels]

    def _sibling_scopes(
        self, doc: Document, text: str, reader: ScopeReader, previous: NodeRecord | None
    ) -> tuple[FoundEntity | None, list[tuple[list[tuple[NodeLabel, str]], FoundEntity]]]:
        """``doc``'s context when it is one document's version for a context beside other
        active shared versions (:func:`memgraph.intake.siblings.sibling_names`), and those of
        the others that have no document-wide scope yet.

        Returns:
            (``doc``'s context or None, [(the other document's node and chunks as (label, id),
            its context)]). Each context is named as its document writes it
            (:func:`~memgraph.intake.siblings.spoken_name`), typed as the document or the graph
            knows the name, a place if the gazetteer holds it, else a Category.
        """
        others = self.store.find_nodes(
            NodeLabel.DOCUMENT, [SHARED_SCOPE], status=[DocumentStatus.ACTIVE.value], limit=None
        )
        out: list[tuple[list[tuple[NodeLabel, str]], FoundEntity]] = []
        own: FoundEntity | None = None
        for other in others:
            if previous is not None and other.id == previous.id:
                continue
            named = sibling_names(doc.title, str(other.props.get(Document.prop("title"), "")))
            if named is None:
                continue
            own = own or self._context_named(spoken_name(named[0], text), reader)
            if self._explicit_scope(other.id):
                continue  # scoped as a whole already, by whoever ingested it
            refs = self._chunk_refs(other.id)
            chunks = self.store.get_nodes(NodeLabel.CHUNK, [i for _, i in refs], [SHARED_SCOPE])
            other_text = "\n".join(str(c.props.get(Chunk.prop("text"), "")) for c in chunks)
            found = self._context_named(spoken_name(named[1], other_text), reader)
            out.append(([(NodeLabel.DOCUMENT, other.id), *refs], found))
        return own, out

    def _context_named(self, name: str, reader: ScopeReader) -> FoundEntity:
        """``name`` as a context: of the type the document or the graph knows it as, a place
        the gazetteer holds, else a Category ("Northwind Health Plus")."""
        known = reader.known(name) or self.extractor.known(name)
        if known is not None and known.type in CONTEXT_TYPES:
            return FoundEntity(known.name, known.type)
        return FoundEntity(name, EntityType.LOCATION if is_place(name) else EntityType.CATEGORY)

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
        scope: str = SHARED_SCOPE,
        before_write: Callable[[WriteBatch, Document], None] | None = None,
    ) -> IngestResult:
        """Write an already loaded document (see :meth:`ingest`).

        Args:
            scope: whose document: the shared knowledge base (default), or an owner's scope
                for a document private to them (:meth:`MemGraph.add_document`). A private
                document's headings do not create shared entities or ``APPLIES_TO``.
            before_write: adds to the batch before it is written (the owner's ``OWNS``).
        """
        same, previous = self.find_active(loaded.uri, loaded.sha256, scope)
        if same is not None:
            d = Document.model_validate(same.props)
            # the same file with another title, tags or scope asked for is a new version of it
            restated = previous is not None and previous.id == same.id and self._restated(d, title, explicit, tags)
            if not restated:
                return IngestResult(d.id, d.title, "unchanged", d.version, d.chunk_count, d.pages, d.uri)
            # what is not asked for again stays as it was
            title, tags = title or d.title, tags or d.tags
            explicit = explicit or self._explicit_scope(d.id)
        now = utcnow()
        version = Document.model_validate(previous.props).version + 1 if previous else 1
        shared = scope == SHARED_SCOPE
        doc = Document(
            id=f"doc:{loaded.sha256[:24]}:v{version}" if shared else f"{scope}|doc:{loaded.sha256[:24]}:v{version}",
            owner=scope,
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
        body = [b.text for b in loaded.blocks if not b.heading]
        headings = [b.text for b in loaded.blocks if b.heading]
        reader = self._reader(body)
        # "St Aldric's Hospital (SAH)": the reader knows "SAH" as it knows the full name
        spelt = abbreviations(body) if shared else {}
        reader.teach([FoundEntity(short, k.type) for short, full in spelt.items() if (k := reader.known(full))])
        by_section = reader.heading_scopes([b.section for b in loaded.blocks]) if shared else {}
        # The organisation that writes the documents ("Contoso Electronics employees") is no context.
        root = _root_heading([b.section for b in loaded.blocks if b.section])
        orgs = organisation_names(doc.title, headings, body) if shared else []
        titles = self._title_keys([doc.title, *root, *orgs]) if shared else []
        if root:
            doc.metadata[ROOT_HEADING] = root[0]
        if orgs:
            doc.metadata[ORGANISATIONS] = orgs
        if shared and reader.learned:
            doc.metadata[TYPED_NAMES] = [[f.name, f.type.value] for f in reader.learned]
        if spelt:
            doc.metadata[ABBREVIATIONS] = spelt
        # a group's heading over a list of who is in it ("Brewhouse" over "The head brewer,
        # brewers and cellar hands."): read as the list item "Brewhouse: ..." would be
        # (its first word in lower case, as a list item's would be: "Draymen, drivers' mates ...")
        # (a run-in term's definition says its list without the verb: "Collections staff | means
        # conservators, ..." is "Collections staff: conservators, ...")
        headed = [
            f"{b.section[-1]}: {first[:1].lower()}{first[1:]}" if first[1:2].islower() else f"{b.section[-1]}: {first}"
            for b in loaded.blocks
            if not b.heading and b.section
            for first in (_DEFINING_VERB.sub("", sentence) for sentence in sentences(b.text)[:1])
        ]

        labels = [f"{label}." for label in dict.fromkeys(h.strip() for h in headings)]
        members = memberships([*body, *labels]) if shared else []
        defined = _title_groups(doc.title, body, members) if shared else set()
        by_section = _beneath_titles(by_section, titles) if defined else by_section

        def context(found: FoundEntity, kinds: Sequence[EntityType] = CONTEXT_TYPES) -> bool:
            return found.type in kinds and not _named_by_title(found.name, titles, defined)

        ranks: dict[tuple[EntityType, str], dict[FoundEntity, tuple[str, ...]]] = {}
        # (the heading's name -> its ranks, each with the section of its table)

        def unit_scopes(section: tuple[str, ...], texts: Sequence[str], starts: Sequence[bool]) -> list[tuple]:
            # What the heading already says is no change of scope: a role library's "The
            # Director of Operations will ..." under the heading "Director of Operations"
            # (a unit that picks one of the heading's several is).
            heading = by_section.get(section, [])
            said = _by_type(heading)
            out = []
            ranked, pairs = _heading_ranks(reader.unit_scopes(texts, starts), heading)
            for rank, whole in pairs:
                ranks.setdefault((whole.type, match_key(whole.name)), {})[rank] = section
            for found in ranked:
                # An unknown bare subject (OTHER) keeps its clause apart, but links nothing.
                kept = [f for f in found if context(f, (*CONTEXT_TYPES, EntityType.OTHER))]
                mine = _by_type([f for f in kept if not isinstance(f, Excluded)])
                out.append(
                    tuple(
                        f
                        for f in kept
                        if isinstance(f, Excluded)
                        or (mine[f.type] != said.get(f.type) and not _shortened(f, by_section.get(section, [])))
                    )
                )
            return out

        specs = chunk_blocks(
            loaded.blocks,
            self.embedder.count_tokens,
            max_tokens=self.chunk_tokens,
            overlap_tokens=self.chunk_overlap_tokens,
            scope=unit_scopes if shared else None,
            split_units=reader.units,
        )
        if not specs:
            raise InvalidInputError(f"{loaded.uri}: no text to ingest")
        # the groups described, by the names the headings give them or, failing those, the
        # units scoped to them ("Support staff wear ..." beside "Support staff are the central
        # team: finance, payroll ...")
        scoped_to = [e for s in specs for e in s.scope if not isinstance(e, Excluded) and e.type in CONTEXT_TYPES]
        named_by = {match_key(e.name): e for e in scoped_to}
        by_heading = named_by | {match_key(e.name): e for found in by_section.values() for e in found}
        if shared and (described := _described_groups([*body, *headed], reader, by_heading)):
            # under the full name the document declares for an abbreviation ("FOH": Front of House)
            doc.metadata[GROUP_WORDS] = [[spelt.get(str(name), name), *rest] for name, *rest in described]
        chunks = [
            Chunk(
                id=f"{doc.id}:{i}",
                owner=scope,
                text=s.text,
                document_id=doc.id,
                document_title=doc.title,
                seq=i,
                page=s.page,
                page_end=s.page_end if s.page_end != s.page else None,
                section=SECTION_SEP.join(s.section) or None,
                created_at=now,
                updated_at=now,
            )
            for i, s in enumerate(specs)
        ]
        # What is embedded and keyword-indexed: title and section give the passage its context.
        # A run-in label ("Utilisation target") is read as the nearest heading, and a clause or
        # list item cut out by scope is read with the sentence or lead-in it was cut from.
        indexed = [
            f"{doc.title}. {s.topic or (c.section or '').split(SECTION_SEP)[-1]}. {c.text}"
            + (f" ({s.context})" if s.context else "")
            for c, s in zip(chunks, specs)
        ]
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
            return _shared_entity(_spelt_out(found, spelt), entities)

        if not shared and explicit:
            raise InvalidInputError("applies_to is for knowledge-base documents, not a person's own")
        # "Northwind Standard Benefits Details" beside "Northwind Health Plus Benefits Details":
        # each the version of one document for its own context, when no scope is given
        own, siblings = self._sibling_scopes(doc, "\n".join(body), reader, previous) if shared else (None, [])
        for found in [*explicit, *([own] if own is not None and not explicit else [])]:
            ent = entity(found)
            batch.relationships.append(Relationship.between(RelType.APPLIES_TO, doc, ent, source_id=doc.id))
            for c in chunks:
                batch.relationships.append(Relationship.between(RelType.APPLIES_TO, c, ent, source_id=doc.id))
        for refs, found in siblings:
            # (the other version, ingested before this one and unscoped until now)
            ent = entity(found)
            for ref in refs:
                batch.relationships.append(
                    Relationship.link(RelType.APPLIES_TO, ref, (NodeLabel.ENTITY, ent.id), source_id=doc.id)
                )
        # "Bakery Production and Logistics roles ..." is two of the document's groups when it
        # names each elsewhere ("Bakery Production staff get ...", "People in Logistics ...")
        named = {
            (f.type, entity_key(f.name)) for spec in specs for f in (*by_section.get(spec.section, []), *spec.scope)
        }
        for c, spec in zip(chunks, specs):
            scoped: set[str] = set()
            for found in _split_names(_narrowed(by_section.get(spec.section, []), spec.scope), named):
                if not context(found):
                    continue  # a name not known yet (OTHER) only kept its clause apart
                # a group's rule holds for each of its ranks outside their own table ("Scaffolders
                # receive no tool allowance" for an Advanced Scaffolder too)
                held = {} if isinstance(found, Excluded) else ranks.get((found.type, match_key(found.name)), {})
                for f in [found, *(r for r, section in held.items() if section != spec.section)]:
                    ent = entity(f)
                    if ent.id not in scoped:
                        scoped.add(ent.id)
                        batch.relationships.append(Relationship.between(_rel_of(f), c, ent, source_id=doc.id))
            for found in self.extractor.find_known(c.text):
                if context(found):
                    ent = entity(found)
                    if ent.id not in scoped:
                        scoped.add(ent.id)
                        batch.relationships.append(Relationship.between(RelType.MENTIONS, c, ent, source_id=doc.id))
        # (a role library's headings say a title's grade too: "Room Attendant (G1)" over its duties)
        for m in members if shared else []:
            # "'Engineering Staff' means fitters, ...": (:Role {name: "Fitter"})-[:PART_OF]->(:Department)
            group = reader.known(m.group) or FoundEntity(m.group, m.group_type)
            groups = (EntityType.DEPARTMENT, EntityType.ROLE, EntityType.CATEGORY, EntityType.GRADE)
            grouping = context(group, groups) or (m.defined and group.type in groups)
            if grouping and match_key(group.name) != match_key(m.role):
                role = entity(FoundEntity(m.title, EntityType.ROLE))
                # (a job family's, or at some grades only: what memgraph.recall.families reads)
                props = {
                    **({FAMILY_PROPERTY: True} if m.family else {}),
                    **({GRADES_PROPERTY: list(m.grades)} if m.grades else {}),
                }
                batch.relationships.append(
                    Relationship.between(RelType.PART_OF, role, entity(group), source_id=doc.id, properties=props)
                )
                for grade in m.grades:  # (each a grade the graph knows, so "I'm on P2" links to it)
                    entity(FoundEntity(grade, EntityType.GRADE))
        contained = [
            *((site, area, EntityType.LOCATION) for site, area in area_sites(body)),
            *((group, whole, EntityType.DEPARTMENT) for group, whole in group_parts(body)),
        ]
        for part_name, whole_name, kind in contained if shared else []:
            # "the Coastal region (Scarbeck, Whitcombe Sands, ...)": (:Location {site})-[:PART_OF]->
            # (:Location {area}); "Faculty: Faculty of Arts; Schools: School of History; ...":
            # (:Department {school})-[:PART_OF]->(:Department {faculty})
            part = reader.known(part_name) or FoundEntity(part_name, kind)
            whole = reader.known(whole_name) or FoundEntity(whole_name, kind)
            if context(part, (kind,)) and context(whole, (kind,)) and part != whole:
                batch.relationships.append(
                    Relationship.between(RelType.PART_OF, entity(part), entity(whole), source_id=doc.id)
                )
        for unit, group_name in unit_groups(body) if shared else []:
            # "'Ground staff' means employees of the Engineering, ... departments": (:Department
            # {Engineering})-[:PART_OF]->(the group, as the document knows it)
            part = reader.known(unit) or FoundEntity(unit, EntityType.DEPARTMENT)
            whole = (
                reader.known(group_name)
                or reader.known(f"{group_name} staff")
                or FoundEntity(group_name, EntityType.DEPARTMENT)
            )
            # (a group so defined is one, though the title names it: "Crew and Ground Staff Handbook")
            staff_kinds = (EntityType.DEPARTMENT, EntityType.CATEGORY, EntityType.ROLE)
            if context(part, (EntityType.DEPARTMENT,)) and whole.type in staff_kinds and part != whole:
                batch.relationships.append(
                    Relationship.between(RelType.PART_OF, entity(part), entity(whole), source_id=doc.id)
                )
        self._add_images(loaded, doc, chunks, batch)
        # Passages of other documents linked to this one's organisation before it was known as one.
        batch.delete_relationships.extend(self._organisation_links(orgs))
        existing = {r.id for r in self.store.get_nodes(NodeLabel.ENTITY, list(entities), None)}
        batch.nodes.extend(record_of(e) for eid, e in entities.items() if eid not in existing)
        if previous is not None:
            self._supersede(previous, doc, batch)
        doc.chunk_count = len(chunks)
        batch.nodes[0] = record_of(doc)
        if before_write is not None:
            before_write(batch, doc)
        self.store.write(batch)
        fresh = [FoundEntity(e.name, e.type) for e in entities.values() if self.extractor.known(e.name) is None]
        self.extractor.add_known(FoundEntity(e.name, e.type) for e in entities.values())
        if shared:
            self.load_group_words()
        if fresh:
            self.relink(fresh)
        return IngestResult(
            doc.id, doc.title, "new_version" if previous else "created", version, len(chunks), doc.pages, doc.uri
        )

    def relink(self, names: Sequence[FoundEntity]) -> int:
        """Link the knowledge base's passages to departments, roles or locations the graph has
        just learned (a user's "I work in Field Service", another document's heading): every
        active shared document with a heading or passage that names one of them has its
        sections' and chunks' ``APPLIES_TO`` read again (:meth:`ScopeReader.heading_scopes`,
        siblings included; a chunk's units, whose clauses ingest kept apart), and the missing
        relationships (and entities) are written in one transaction. Nothing
        is removed. So a handbook ingested before anyone named its departments links up as
        if they had been named first.

        Args:
            names: entities new to the graph; other types than department, role and location
                are ignored.

        Returns:
            How many ``APPLIES_TO`` relationships were added.
        """
        keys = {f" {entity_key(f.name)} " for f in names if f.type in CONTEXT_TYPES}
        if not keys:
            return 0
        active = [DocumentStatus.ACTIVE.value]
        chunks = self.store.find_nodes(NodeLabel.CHUNK, [SHARED_SCOPE], status=active, limit=None)
        by_doc: dict[str, list[Chunk]] = {}
        for rec in chunks:
            c = Chunk.model_validate(rec.props)
            by_doc.setdefault(c.document_id, []).append(c)
        touched = [
            cs
            for cs in by_doc.values()
            if any(k in f" {entity_key(c.section or '')} {entity_key(c.text)} " for c in cs for k in keys)
        ]
        if not touched:
            return 0
        batch = WriteBatch()
        entities: dict[str, Entity] = {}
        docs = {
            d.id: Document.model_validate(d.props)
            for d in self.store.get_nodes(NodeLabel.DOCUMENT, [cs[0].document_id for cs in touched], None)
        }
        for cs in touched:
            sections = {c.id: tuple(c.section.split(SECTION_SEP)) if c.section else () for c in cs}
            typed = docs[cs[0].document_id].metadata.get(TYPED_NAMES) if cs[0].document_id in docs else None
            if typed is not None:
                # The names the whole document typed at ingest ("Grade: K4" in a table),
                # though only these chunks are read again.
                reader = ScopeReader(self.extractor)
                reader.teach([FoundEntity(str(n), EntityType(t)) for n, t in typed])
                reader.read_prose([c.text for c in cs])
            else:
                reader = self._reader([c.text for c in cs])
            titles = self._title_keys([cs[0].document_title, *_root_heading(list(sections.values()))])
            by_section = _beneath_titles(reader.heading_scopes(list(sections.values())), titles)
            linked = {
                (r.src_id, r.dst_id)
                for r in self.store.relationships(
                    src=[(NodeLabel.CHUNK, c.id) for c in cs], types=[RelType.APPLIES_TO, RelType.EXCEPT_FOR]
                )
            }
            defined: set[str] | None = None  # (read when a name is in a title: a whole document's read)
            doc_meta = docs[cs[0].document_id].metadata if cs[0].document_id in docs else {}
            spelt = dict(doc_meta.get(ABBREVIATIONS) or {})
            for c in cs:
                heading = by_section.get(sections[c.id], [])
                fresh = [
                    f for f in heading if (c.id, entity_id(SHARED_SCOPE, f.type, entity_key(f.name))) not in linked
                ]
                if not fresh and not any(k in f" {entity_key(c.text)} " for k in keys):
                    continue  # neither its heading nor its text holds anything new: as ingest read it
                for found in _narrowed(heading, self._chunk_scope(reader, c.text)):
                    if _named_by_title(found.name, titles, ()):
                        if defined is None:
                            texts = [c.text for c in cs]
                            defined = _title_groups(cs[0].document_title, texts, memberships(texts))
                        if _named_by_title(found.name, titles, defined):
                            continue
                    ent = _shared_entity(_spelt_out(found, spelt), entities)
                    if (c.id, ent.id) not in linked:
                        linked.add((c.id, ent.id))
                        rel = Relationship.between(_rel_of(found), c, ent, source_id=c.document_id)
                        batch.relationships.append(rel)
        if not batch.relationships:
            return 0
        existing = {r.id for r in self.store.get_nodes(NodeLabel.ENTITY, list(entities), None)}
        batch.nodes.extend(record_of(e) for eid, e in entities.items() if eid not in existing)
        self.store.write(batch)
        self.extractor.add_known(FoundEntity(e.name, e.type) for e in entities.values())
        return len(batch.relationships)

    def _title_keys(self, extra: Sequence[str]) -> list[str]:
        """Keys of the knowledge base's document titles and ``extra``: a name inside one
        (the organisation's, "Contoso Electronics") is not what a passage applies to."""
        docs = self.store.find_nodes(
            NodeLabel.DOCUMENT, [SHARED_SCOPE], status=[DocumentStatus.ACTIVE.value], limit=None
        )
        names = [str(d.props.get(Document.prop("title")) or "") for d in docs] + list(extra)
        for d in docs:
            meta = Document.model_validate(d.props).metadata
            names += [str(meta.get(ROOT_HEADING) or ""), *(str(n) for n in meta.get(ORGANISATIONS) or [])]
        return [f" {entity_key(n)} " for n in dict.fromkeys(names) if n]

    def _organisation_links(self, names: Sequence[str]) -> list[Relationship]:
        """The ``APPLIES_TO``, ``EXCEPT_FOR`` and ``MENTIONS`` relationships from passages to a
        context named like one of ``names`` (an organisation's,
        :func:`memgraph.extraction.organisation.organisation_names`)."""
        ids = [entity_id(SHARED_SCOPE, t, entity_key(n)) for n in names for t in CONTEXT_TYPES]
        if not ids:
            return []
        return [
            r
            for r in self.store.relationships(
                dst=[(NodeLabel.ENTITY, i) for i in ids],
                types=[RelType.APPLIES_TO, RelType.EXCEPT_FOR, RelType.MENTIONS],
            )
            if r.src_label == NodeLabel.CHUNK
        ]

    def _reader(self, texts: Sequence[str]) -> ScopeReader:
        """A scope reader for one document, taught the names its ``texts`` type
        (:meth:`ScopeReader.learn`)."""
        reader = ScopeReader(self.extractor)
        parts = [units(t) for t in texts]
        reader.learn([u for p in parts for u in p], [i == 0 for p in parts for i in range(len(p))], prose=texts)
        return reader

    def _chunk_scope(self, reader: ScopeReader, text: str) -> list[FoundEntity]:
        """What a stored chunk's text applies to as a whole, read again with what the graph
        knows now: the scope its units share (:meth:`ScopeReader.unit_scopes`, the text read
        as one paragraph), or nothing when they differ or name none."""
        parts = reader.units(text)
        scopes = {
            tuple(e for e in scope if e.type in CONTEXT_TYPES)
            for scope in reader.unit_scopes(parts, [True] + [False] * (len(parts) - 1))
        }
        return list(scopes.pop()) if len(scopes) == 1 else []

    def _add_images(self, loaded: LoadedDocument, doc: Document, chunks: Sequence[Chunk], batch: WriteBatch) -> None:
        """Image nodes for the document's embedded images, linked from the document and from
        the first chunk of the first page each appears on."""
        if not loaded.images:
            return
        first_chunk: dict[int, Chunk] = {}
        for c in chunks:
            for page in range(c.page or 0, (c.page_end or c.page or 0) + 1):
                first_chunk.setdefault(page, c)
        images = [
            Image(
                id=f"{doc.id}:img:{im.sha256[:24]}",
                owner=doc.owner,
                sha256=im.sha256,
                uri=doc.uri,
                ocr_text=im.ocr_text,
                width=im.width,
                height=im.height,
                page=im.pages[0],
                pages=list(im.pages),
                media_type=im.media_type,
                caption=self.captioner(im.data) if self.captioner is not None and im.data else None,
                document_id=doc.id,
                document_title=doc.title,
                status=DocumentStatus.ACTIVE,
                created_at=doc.created_at,
                updated_at=doc.created_at,
            )
            for im in loaded.images
        ]
        texts = [describing_text(im) for im in images]
        for image, text, vec in zip(images, texts, self.embedder.embed(texts)):
            batch.nodes.append(record_of(image, embedding=vec, text=text))
            batch.relationships.append(Relationship.between(RelType.HAS_IMAGE, doc, image))
            chunk = first_chunk.get(image.page or 0)
            if chunk is not None:
                batch.relationships.append(Relationship.between(RelType.HAS_IMAGE, chunk, image))

    def _set_status(self, doc: NodeRecord, status: DocumentStatus, batch: WriteBatch) -> None:
        """Give a document version, its chunks and its images ``status``, embeddings kept."""
        document = Document.model_validate(doc.props).model_copy(update={"status": status, "updated_at": utcnow()})
        batch.nodes.append(record_of(document))
        parts = self.store.relationships(src=[doc.ref], types=[RelType.HAS_CHUNK, RelType.HAS_IMAGE])
        for label in (NodeLabel.CHUNK, NodeLabel.IMAGE):
            ids = [r.dst_id for r in parts if r.dst_label == label]
            embs = self.store.get_embeddings(label, ids)
            for node in self.store.get_nodes(label, ids, None):
                # The keyword text stays as indexed (a chunk's carries its title and section);
                # the store drops it from the index while the status is not active.
                part = node_from_properties(label, node.props).model_copy(update={"status": status})
                batch.nodes.append(record_of(part, embedding=embs.get(node.id), text=node.text))

    def _supersede(self, old: NodeRecord, new: Document, batch: WriteBatch) -> None:
        self._set_status(old, DocumentStatus.SUPERSEDED, batch)
        batch.relationships.append(Relationship.link(RelType.SUPERSEDES, (new.LABEL, new.id), old.ref))

    def retire(self, document_id: str) -> int:
        """Take a document, every version of it (along ``SUPERSEDES``), out of search and
        answers; kept for history. Returns how many versions were retired.

        Raises:
            NotFoundError: no such document.
        """
        versions = self._versions(document_id, SHARED_SCOPE)
        batch = WriteBatch()
        for doc in self.store.get_nodes(NodeLabel.DOCUMENT, versions, [SHARED_SCOPE]):
            self._set_status(doc, DocumentStatus.RETIRED, batch)
        self.store.write(batch)
        self.load_group_words()
        return len(versions)

    def load_group_words(self) -> None:
        """Give the extractor what the active shared documents list as being in their groups
        (:data:`GROUP_WORDS`), the abbreviations they declare (:data:`ABBREVIATIONS`) and the
        names of their own organisation (:data:`ORGANISATIONS`), in place of what it had: a
        retired or superseded version's descriptions no longer link anyone."""
        active = [DocumentStatus.ACTIVE.value]
        described: dict[FoundEntity, list[str]] = {}
        spelt: dict[str, str] = {}
        organisations: list[str] = []
        for rec in self.store.find_nodes(NodeLabel.DOCUMENT, [SHARED_SCOPE], status=active, limit=None):
            meta = Document.model_validate(rec.props).metadata
            for name, etype, words in meta.get(GROUP_WORDS, []):
                described.setdefault(FoundEntity(name, EntityType(etype)), []).extend(words)
            spelt.update(meta.get(ABBREVIATIONS) or {})
            organisations.extend(str(n) for n in meta.get(ORGANISATIONS) or [])
        self.extractor.set_group_words(described)
        self.extractor.set_aliases(spelt)
        self.extractor.set_organisations(organisations)

    def _versions(self, document_id: str, scope: str) -> list[str]:
        """Ids of every version of a document in ``scope`` (along ``SUPERSEDES`` both ways).

        Raises:
            NotFoundError: no such document in ``scope``.
        """
        if not self.store.get_nodes(NodeLabel.DOCUMENT, [document_id], [scope]):
            raise NotFoundError(f"no document with id {document_id!r}")
        versions: set[str] = set()
        todo = [document_id]
        while todo:
            versions.update(todo)
            refs = [(NodeLabel.DOCUMENT, d) for d in todo]
            linked = self.store.relationships(src=refs, types=[RelType.SUPERSEDES]) + self.store.relationships(
                dst=refs, types=[RelType.SUPERSEDES]
            )
            ids = {r.dst_id for r in linked} | {r.src_id for r in linked}
            found = {n.id for n in self.store.get_nodes(NodeLabel.DOCUMENT, sorted(ids - versions), [scope])}
            todo = sorted(found)
        return sorted(versions)

    def delete(self, document_id: str, scope: str = SHARED_SCOPE) -> int:
        """Forget a document: every version of it (along ``SUPERSEDES``), their chunks and
        images, and every relationship of those nodes, scrubbed from the store (``forget``).

        Returns:
            How many versions were removed.

        Raises:
            NotFoundError: no such document in ``scope``.
        """
        versions = self._versions(document_id, scope)
        refs = [(NodeLabel.DOCUMENT, d) for d in sorted(versions)]
        parts = self.store.relationships(src=refs, types=[RelType.HAS_CHUNK, RelType.HAS_IMAGE])
        batch = WriteBatch(forget=True)
        batch.delete_nodes.extend(refs)
        batch.delete_relationships_from_source.extend(sorted(versions))  # PART_OF between entities
        batch.delete_nodes.extend(sorted({(r.dst_label, r.dst_id) for r in parts}))
        self.store.write(batch)
        return len(versions)

    def documents(
        self, *, include_inactive: bool = False, limit: int = 1000, scope: str = SHARED_SCOPE
    ) -> list[Document]:
        """Documents of the knowledge base (or of one owner ``scope``), newest first; at most
        ``limit`` (>= 1).

        Raises:
            InvalidInputError: ``limit`` is not an integer of at least 1.
        """
        limit = check_limit(limit)
        status = None if include_inactive else [DocumentStatus.ACTIVE.value]
        recs = self.store.find_nodes(NodeLabel.DOCUMENT, [scope], status=status, limit=limit)
        return [Document.model_validate(r.props) for r in recs]


def _by_type(found: Sequence[FoundEntity]) -> dict[EntityType, frozenset[str]]:
    """Entity keys by type."""
    out: dict[EntityType, set[str]] = {}
    for f in found:
        out.setdefault(f.type, set()).add(entity_key(f.name))
    return {t: frozenset(keys) for t, keys in out.items()}


TYPED_NAMES = "typed_names"
"""Key of ``Document.metadata`` that holds the names the document types by its own phrasing
(``[[name, entity type], ...]``, :attr:`ScopeReader.learned`), for relinks that read a few of
its chunks."""
GROUP_WORDS = "group_words"
"""Key of ``Document.metadata`` that holds what the document lists as being in its groups
(``[[name, entity type, [word, ...]], ...]``, :func:`memgraph.extraction.declarations.group_words`
resolved to the contexts the document or the graph knows): "Front office covers reception,
reservations, ..." links someone who works "on reception" to Front office."""
ORGANISATIONS = "organisations"
"""Key of ``Document.metadata`` that holds the names the document gives its own organisation
(:func:`memgraph.extraction.organisation.organisation_names`); no passage applies to them."""
ABBREVIATIONS = "abbreviations"
"""Key of ``Document.metadata`` that holds the abbreviations the document declares for its
names (``{abbreviation: full name}``, :func:`memgraph.extraction.declarations.abbreviations`):
a passage scoped by the abbreviation applies to the full name's entity."""
ROOT_HEADING = "root_heading"
"""Key of ``Document.metadata`` that holds the heading every section sits under (it names the
document, usually the organisation: no context)."""


def _narrowed(heading: Sequence[FoundEntity], unit: Sequence[FoundEntity]) -> list[FoundEntity]:
    """A chunk's scope: its units' contexts, and its heading's of the types its units name
    none of: a unit is narrower than its heading ("K4 employees receive 700 EUR" under "Car
    allowance (grades K3 and K4 only)" applies to K4 alone, "Grades K1 and K2 have no car
    allowance" beside it to K1 and K2)."""
    unit = [f for f in unit if isinstance(f, Excluded) or not _shortened(f, heading)]
    picked = {f.type for f in unit if not isinstance(f, Excluded)}
    return [*(f for f in heading if f.type not in picked), *unit]


def _shortened(found: FoundEntity, heading: Sequence[FoundEntity]) -> bool:
    """Whether ``found`` is a heading's name of its type said shorter: "The Senior Manager will
    ..." under "Senior Manager of Research and Development" speaks of the heading's role, not
    of every Senior Manager. (Only the heading's name's first words: "Staff Nurse" under
    "Senior Staff Nurse" is another rank's.)"""
    key = entity_key(found.name)
    return any(h.type == found.type and entity_key(h.name).startswith(f"{key} ") for h in heading)


def _heading_ranks(
    scopes: Sequence[tuple[FoundEntity, ...]], heading: Sequence[FoundEntity]
) -> tuple[list[tuple[FoundEntity, ...]], list[tuple[FoundEntity, FoundEntity]]]:
    """``scopes`` (one tuple per unit of a section) with each one-word name read as a rank of
    the heading's name of its type, when another unit of the section names the heading's own:
    the rows "Trainee", "Scaffolder" and "Advanced" under "3.3 Scaffolders" are the ranks
    "Trainee Scaffolder", "Scaffolder" and "Advanced Scaffolder", so a trainee scaffolder is
    matched to the first row, not the plain scaffolder's.

    Returns:
        The scopes, and (rank, heading's name) pairs: each rank is one of the heading's group,
        whose rules elsewhere hold for it too.
    """
    named = {(f.type, match_key(f.name)) for scope in scopes for f in scope if not isinstance(f, Excluded)}
    plain = [h for h in heading if (h.type, match_key(h.name)) in named]
    if not plain:
        return list(scopes), []
    pairs: list[tuple[FoundEntity, FoundEntity]] = []

    def rank(f: FoundEntity) -> FoundEntity:
        key = match_key(f.name)
        for h in plain:
            head = match_key(h.name)
            # (words, not codes: "K2" under "Car allowance (grade K3 only)" is a grade of its own)
            if (
                h.type == f.type
                and key.isalpha()
                and not any(ch.isdigit() for ch in head)
                and key != head
                and key not in head.split()
            ):
                ranked = type(f)(f"{f.name} {h.name}", f.type)
                pairs.append((ranked, h))
                return ranked
        return f

    return [tuple(rank(f) for f in scope) for scope in scopes], pairs


def _split_names(found: Sequence[FoundEntity], named: set[tuple[EntityType, str]]) -> list[FoundEntity]:
    """``found`` with each "<A> and <B>" whose parts the document ``named`` as contexts of its
    type (type, :func:`entity_key` pairs) read as the parts ("Research and Development" stays
    one name unless the document scopes "Research" and "Development" too)."""
    out: list[FoundEntity] = []
    for f in found:
        parts = [p.strip() for p in re.split(r"\s+and\s+|\s*&\s*|\s*,\s*", f.name) if p.strip()]
        if len(parts) > 1 and all((f.type, entity_key(p)) in named for p in parts):
            out.extend(type(f)(p, f.type) for p in parts)
        else:
            out.append(f)
    return out


def _rel_of(found: FoundEntity) -> RelType:
    """``EXCEPT_FOR`` for a context a passage excepts (:class:`Excluded`), else ``APPLIES_TO``."""
    return RelType.EXCEPT_FOR if isinstance(found, Excluded) else RelType.APPLIES_TO


def _root_heading(sections: Sequence[Sequence[str]]) -> list[str]:
    """The heading every section of a document sits under (``[]`` when there is none): it
    names the document ("Contoso Electronics" over a whole plan description), like a title,
    so it is no context that sets some passages apart from others. A document that applies
    to one department as a whole says so with ``applies_to``."""
    roots = {tuple(s[:1]) for s in sections}
    return list(roots.pop()) if len(roots) == 1 else []


def _spelt_out(found: FoundEntity, spelt: Mapping[str, str]) -> FoundEntity:
    """``found`` under the full name its document declared for it ("SAH" -> "St Aldric's
    Hospital", :func:`memgraph.extraction.declarations.abbreviations`), else as it is."""
    full = spelt.get(found.name)
    return FoundEntity(full, found.type) if full else found


def _shared_entity(found: FoundEntity, cache: dict[str, Entity]) -> Entity:
    """The shared entity node for a name (one per type and :func:`entity_key`), from ``cache``."""
    key = entity_key(found.name)
    eid = entity_id(SHARED_SCOPE, found.type, key)
    if eid not in cache:
        cache[eid] = Entity(id=eid, owner=SHARED_SCOPE, name=found.name, type=found.type, key=key)
    return cache[eid]


class KnowledgeBaseAPI:
    """The knowledge-base sub-API, ``mg.kb``: the organisation's documents in the shared scope,
    which every user searches and ``ask`` answers from.

    A sub-API of :class:`~memgraph.MemGraph` (see its docstring): it validates input and calls
    the engine (:class:`KnowledgeBase`) that the MemGraph object owns; it keeps no state.
    A person's own documents are :meth:`MemGraph.add_document` / ``delete_document``.

    Example:
        >>> res = mg.kb.ingest("handbook.pdf", applies_to={"Department": ["Operations"]})
        >>> [d.title for d in mg.kb.documents()]
        >>> mg.kb.retire(res.document_id)
    """

    def __init__(self, engine: KnowledgeBase) -> None:
        self._engine = engine

    def ingest(
        self,
        path: str | Path,
        *,
        title: str | None = None,
        applies_to: AppliesTo | None = None,
        tags: Sequence[str] = (),
    ) -> IngestResult:
        """Add a file (PDF, Markdown, HTML, text) to the knowledge base, atomically.

        Unchanged content is a no-op (``status`` ``unchanged``); changed content at the same
        path becomes a new version that supersedes the old one (``new_version``), as does the
        same content at the same path given another ``title``, other ``tags`` or another
        ``applies_to`` than its active version has.

        Args:
            path: the file.
            title: overrides the title found in the file.
            applies_to: the departments, roles or locations the whole document applies to,
                ``{"Department": ["Operations"]}`` (headings add more, see :mod:`memgraph.intake.kb`).
            tags: free labels stored on the document.

        Returns:
            What happened, with the document id, version and chunk count.

        Raises:
            InvalidInputError: no such file, bad ``title`` or ``applies_to``.
            UnsupportedFileError: the file cannot be read (malformed, encrypted, not UTF-8, ...).
        """
        return self._engine.ingest(path, title=_title(title), applies_to=applies_to, tags=_tags(tags))

    def ingest_loaded(
        self,
        loaded: LoadedDocument,
        *,
        title: str | None = None,
        applies_to: AppliesTo | None = None,
        tags: Sequence[str] = (),
    ) -> IngestResult:
        """:meth:`ingest` for a document already loaded by ``loaders`` (e.g.
        ``loaders.load_pdf(path, max_pages=N)`` for a PDF over the page limit).

        Raises:
            InvalidInputError: bad ``title`` or ``applies_to``, or no text to ingest.
        """
        return self._engine.ingest_loaded(
            loaded, title=_title(title), explicit=_entity_types(applies_to), tags=_tags(tags)
        )

    def documents(self, *, include_inactive: bool = False, limit: int = 1000) -> list[Document]:
        """The knowledge base's documents, newest first: active ones, or every version
        (superseded and retired too) with ``include_inactive``."""
        return self._engine.documents(include_inactive=include_inactive, limit=limit)

    def retire(self, document_id: str) -> int:
        """Take a document, every version of it, out of search and answers; it stays stored,
        for history. Returns how many versions were retired.

        Raises:
            InvalidInputError: a bad id.
            NotFoundError: no such document in the knowledge base.
        """
        return self._engine.retire(check_id("document_id", document_id))

    def delete(self, document_id: str) -> int:
        """Forget a document: every version, their chunks and images, scrubbed from the store.

        Returns:
            How many versions were removed.

        Raises:
            InvalidInputError: a bad id.
            NotFoundError: no such document in the knowledge base.
        """
        return self._engine.delete(check_id("document_id", document_id), SHARED_SCOPE)


def _title(title: str | None) -> str | None:
    return None if title is None else check_text("title", title, limit=1000)


def _tags(tags: Sequence[str]) -> list[str]:
    if isinstance(tags, str) or not all(isinstance(t, str) and t.strip() for t in tags):
        raise InvalidInputError(f"tags must be a list of non-empty strings, got {tags!r}")
    return list(tags)


_DEFINING_VERB = re.compile(r"^(?:means|covers|includes|comprises|refers\s+to)\s+(?=\S)")
"""The verb that opens a run-in term's definition ("Collections staff | means conservators, ...")."""


def _described_groups(
    body: Sequence[str], reader: ScopeReader, headings: Mapping[str, FoundEntity] | None = None
) -> list[list[object]]:
    """:func:`~memgraph.extraction.applicability.described_groups` of a document's units, for the
    groups that are contexts the reader knows, or the document's headings name (``headings``,
    by :func:`match_key`), by the bracketed abbreviation, else the name without it, else as
    written ("Front of House (FOH)" is FOH), as stored under :data:`GROUP_WORDS`."""
    out: dict[FoundEntity, list[str]] = {}
    headings = headings or {}

    def known_as(name: str) -> FoundEntity | None:
        return reader.known(name) or headings.get(match_key(name))

    for described in described_groups(body):
        # one group by one name: its abbreviation, which the document goes on to use, first
        known = next((k for n in reversed(described.names()) if (k := known_as(n)) is not None), None)
        if known is not None:
            words = out.setdefault(known, [])
            words.extend(w for w in described.words if w not in words)
    return [[f.name, f.type.value, words] for f, words in out.items()]


def _title_groups(title: str, texts: Sequence[str], members: Sequence[Membership]) -> set[str]:
    """Keys of the groups of people a document defines (:func:`defined_groups`, and the terms
    of its quoted definitions by job titles: '"Crew" means flight crew (captains and ...)') that
    its ``title`` names, when it names two or more ("Crew and Ground Staff Handbook"): then the
    title covers several groups and each part of the document may be for one of them. A title
    that names one ("Libraries and Heritage Service") is that group's document: none."""
    key = f" {entity_key(title)} "
    names = [*defined_groups(texts), *(m.group for m in members if m.defined)]
    # (named in the plural: "Driver" in "Drivers' and Depot Staff Rulebook")
    named = {k for k in (entity_key(n) for n in names) if k and (f" {k} " in key or f" {plural_word(k)} " in key)}
    # a job's people the title names beside them ("Drivers' and Depot Staff Rulebook")
    named |= {w for w in (singular_word(w) for w in key.split()) if w in ROLE_HEADS}
    if len(named) < 2:
        return set()
    # and each by the bare name its passages give it ("Depot" for "Depot staff")
    return named | {" ".join(w[:-1]) for w in (k.split() for k in named) if len(w) > 1 and w[-1] in MEMBER_NOUNS}


def _beneath_titles(
    by_section: Mapping[tuple[str, ...], list[FoundEntity]], titles: Sequence[str]
) -> dict[tuple[str, ...], list[FoundEntity]]:
    """``by_section`` (heading path -> what its headings name) without the names a path has only
    from a heading that is a title (keys ``titles``): the "Crew and Ground Staff Handbook" over
    every part names both groups, "Part B: Crew" names its part's."""
    out: dict[tuple[str, ...], list[FoundEntity]] = {}
    for path, found in by_section.items():
        own = [k for k in (f" {entity_key(h)} " for h in path) if k not in titles]
        out[path] = [
            f
            for f in found
            if not any(f" {entity_key(f.name)} " in t for t in titles)
            or any(f" {entity_key(f.name)} " in k for k in own)
        ]
    return out


def _named_by_title(name: str, titles: Sequence[str], defined: Collection[str]) -> bool:
    """Whether ``name`` is inside one of ``titles`` (keys, :meth:`KnowledgeBase._title_keys`:
    then it is what the whole document is about, no passage's context), unless it is one of the
    ``defined`` groups (keys): in a "Crew and Ground Staff Handbook" that defines "Crew" and
    "Ground staff" each part is for one of them."""
    key = entity_key(name)
    return key not in defined and any(f" {key} " in t for t in titles)
