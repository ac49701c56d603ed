"""Images remembered beside memories: one ``Image`` node per owner and distinct file content.

An image belongs to the user (or agent) who shared it, like their memories. Its id is
``<scope>|img:<sha256 prefix>``, so the same bytes shared twice by one owner are one node
(a new caption updates it). Its keyword text and embedding are of its describing text:
the caption (given, or from a vision model later) and the OCR text; an image with neither
is described by its file name. ``ATTACHED`` links a memory to the images it came with.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import NotFoundError
from ..loaders.image import LoadedImage
from ..models import Image, NodeLabel, Relationship, RelType, utcnow
from ..stores.base import GraphStore, StoreTransaction, WriteBatch, record_of
from ..text.embed import Embedder
from .lifecycle import MemoryWriter, Owner


def image_id(scope: str, sha256: str) -> str:
    """Node id of an owner's image: ``<scope>|img:<first 32 hex chars of its sha256>``."""
    return f"{scope}|img:{sha256[:32]}"


def describing_text(image: Image) -> str:
    """What an image is searched and embedded by: caption and OCR text, else its file name."""
    return image.search_text() or f"image {Path(image.uri or image.id).name}"


class ImageWriter:
    """Writes images for an owner, with their embedding, in one transaction per call."""

    def __init__(self, store: GraphStore, embedder: Embedder, writer: MemoryWriter) -> None:
        self.store = store
        self.embedder = embedder
        self.writer = writer

    def add(
        self, loaded: LoadedImage, owner: Owner, *, caption: str | None = None, memory_id: str | None = None
    ) -> Image:
        """Remember an image for ``owner``; attach it to the owner's memory ``memory_id``.

        Returns:
            The stored Image (the existing node, updated, when the owner already has these bytes).

        Raises:
            NotFoundError: ``memory_id`` is not one of the owner's memories.
        """
        now = utcnow()
        scope = owner.scope
        nid = image_id(scope, loaded.sha256)

        def image_of(before: Image | None) -> Image:
            return Image(
                id=nid,
                owner=scope,
                sha256=loaded.sha256,
                uri=loaded.uri,
                ocr_text=loaded.ocr_text,
                caption=caption if caption is not None else (before.caption if before else None),
                width=loaded.width,
                height=loaded.height,
                exif=loaded.exif,
                media_type=loaded.media_type,
                created_at=before.created_at if before else now,
                updated_at=now,
            )

        # The caption may come from the stored image: embed what the image will read as.
        existing = self.store.get_nodes(NodeLabel.IMAGE, [nid], [scope])
        guess = image_of(Image.model_validate(existing[0].props) if existing else None)
        text = describing_text(guess)
        vector = self.embedder.embed_one(text)

        def work(tx: StoreTransaction) -> Image:
            if memory_id is not None and not tx.get_nodes(NodeLabel.MEMORY, [memory_id], [scope]):
                raise NotFoundError(f"memory {memory_id!r} not found for this owner")
            stored = tx.get_nodes(NodeLabel.IMAGE, [nid], [scope])
            image = image_of(Image.model_validate(stored[0].props) if stored else None)
            same = describing_text(image) == text
            emb = vector if same else self.embedder.embed_one(describing_text(image))
            batch = WriteBatch(nodes=[record_of(image, embedding=emb, text=describing_text(image))])
            batch.relationships.append(Relationship.link(RelType.OWNS, owner.node, (NodeLabel.IMAGE, nid)))
            if memory_id is not None:
                batch.relationships.append(
                    Relationship.link(RelType.ATTACHED, (NodeLabel.MEMORY, memory_id), (NodeLabel.IMAGE, nid))
                )
            tx.write(batch)
            return image

        image = self.store.transaction(work, lock=self.writer.owner_locks([owner], now))
        return image
