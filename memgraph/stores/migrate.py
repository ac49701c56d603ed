"""Copy a whole store to another (embedded <-> Neo4j, or between two of a kind) and verify it.

The copy keeps everything the :class:`~memgraph.stores.base.GraphStore` protocol holds:
every node (properties, owner, status, keyword text, embedding) and every relationship,
in batches of ``batch_size`` (one transaction each). It then checks node counts per label,
relationship counts per type, and that every embedding reads back bit-identical.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..errors import InvalidInputError
from ..models import EMBEDDED_LABELS
from .base import GraphStore, WriteBatch, chunked


@dataclass
class MigrationReport:
    """What a copy moved and what its verification found.

    Attributes:
        counts: node counts per label and relationship counts per ``:TYPE`` in the source.
        nodes: nodes copied.
        relationships: relationships copied.
        embeddings_checked: embeddings compared byte for byte after the copy.
        mismatches: problems found by the verification (empty when the copy is exact).
    """

    counts: dict[str, int] = field(default_factory=dict)
    nodes: int = 0
    relationships: int = 0
    embeddings_checked: int = 0
    mismatches: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatches


def store_settings(store: GraphStore) -> tuple[str, int]:
    """(embedding model, dimension) a store was built with.

    Raises:
        InvalidInputError: the store has never been initialised.
    """
    meta = store.meta()
    if not meta.get("embeddingModel") or not meta.get("embeddingDimension"):
        raise InvalidInputError(f"store {store.uri} holds no MemGraph data (no embedding settings recorded)")
    return str(meta["embeddingModel"]), int(meta["embeddingDimension"])


def migrate(
    src: GraphStore,
    dst: GraphStore,
    *,
    batch_size: int = 1000,
    progress: Callable[[str, int], None] | None = None,
) -> MigrationReport:
    """Copy every node and relationship of ``src`` into the empty store ``dst``, then verify.

    Both stores must be open. ``dst`` is initialised with ``src``'s embedding model and
    dimension. Each batch is one transaction; a failure part-way leaves the batches before
    it in ``dst`` (empty it and run again).

    Args:
        progress: called with ("nodes" | "relationships", how many were copied so far).

    Returns:
        The report; ``report.ok`` is False when verification found a difference.

    Raises:
        InvalidInputError: ``src`` was never initialised, or ``dst`` is not empty.
        EmbeddingMismatchError: ``dst`` was built with another embedding model.
    """
    if batch_size < 1:
        raise InvalidInputError(f"batch_size must be at least 1, got {batch_size}")
    model, dim = store_settings(src)
    dst.init_schema(model, dim)
    held = dst.counts()
    if held:
        raise InvalidInputError(f"destination {dst.uri} is not empty ({sum(held.values())} nodes and relationships)")
    report = MigrationReport(counts=src.counts())
    for part in chunked(src.iter_nodes(), batch_size):
        dst.write(WriteBatch(nodes=part))
        report.nodes += len(part)
        if progress:
            progress("nodes", report.nodes)
    for rels in chunked(src.iter_relationships(), batch_size):
        dst.write(WriteBatch(relationships=rels))
        report.relationships += len(rels)
        if progress:
            progress("relationships", report.relationships)
    verify(src, dst, report)
    return report


def verify(src: GraphStore, dst: GraphStore, report: MigrationReport) -> None:
    """Compare counts per label and type, and every embedding byte for byte; record differences."""
    got = dst.counts()
    for key in sorted(set(report.counts) | set(got)):
        if report.counts.get(key, 0) != got.get(key, 0):
            report.mismatches.append(f"{key}: {report.counts.get(key, 0)} in source, {got.get(key, 0)} copied")
    for label in EMBEDDED_LABELS:
        for part in chunked((r for r in src.iter_nodes(label) if r.embedding is not None), 1000):
            copied = dst.get_embeddings(label, [r.id for r in part])
            for rec in part:
                other = copied.get(rec.id)
                want = np.asarray(rec.embedding, dtype=np.float32)
                if other is None or np.asarray(other, dtype=np.float32).tobytes() != want.tobytes():
                    report.mismatches.append(f"{label.value} {rec.id!r}: embedding differs after the copy")
                report.embeddings_checked += 1
    if len(report.mismatches) > 20:
        report.mismatches[20:] = [f"... and {len(report.mismatches) - 20} more"]
