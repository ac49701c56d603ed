"""``memgraph.loaders``: one module per source kind, each turning a file into a :class:`LoadedDocument`.

No loader talks to a store; ``memgraph.intake.kb`` turns what they return into nodes. Loaders import
only memgraph's ground modules (``memgraph.errors``, ``memgraph.text.textutil``); memgraph's upper
layers import them. The code lives in the repository's top-level ``loaders/`` folder and is
imported as ``memgraph.loaders`` (``memgraph/loaders`` links to it; the wheel holds it there).
"""

from __future__ import annotations

from pathlib import Path

if __name__ != "memgraph.loaders":  # a checkout's root on sys.path would also expose ``loaders``
    raise ImportError(f"import the loaders as memgraph.loaders, not as {__name__}")

from memgraph.errors import InvalidInputError, UnsupportedFileError

from .base import Block, LoadedDocument
from .html import load_html
from .pdf import load_pdf
from .text import load_text

SUFFIXES = {
    ".pdf": load_pdf,
    ".txt": load_text,
    ".md": load_text,
    ".markdown": load_text,
    ".text": load_text,
    ".html": load_html,
    ".htm": load_html,
}
"""File suffixes the knowledge base can ingest, and their loader."""


def load(path: str | Path) -> LoadedDocument:
    """Load a file with the loader for its suffix.

    Raises:
        InvalidInputError: the path does not exist or is a folder.
        UnsupportedFileError: the suffix has no loader, or the loader cannot read the file.
    """
    p = Path(path)
    if p.is_dir():
        raise InvalidInputError(
            f"{p}: is a folder; pass its files one by one (the suffixes read: {', '.join(sorted(SUFFIXES))}),"
            " or use `memgraph ingest FOLDER`"
        )
    if not p.is_file():
        raise InvalidInputError(f"{p}: no such file")
    loader = SUFFIXES.get(p.suffix.lower())
    if loader is None:
        raise UnsupportedFileError(
            f"{p}: unsupported file type {p.suffix!r} (supported: {', '.join(sorted(SUFFIXES))})"
        )
    return loader(p)


__all__ = ["SUFFIXES", "Block", "LoadedDocument", "load", "load_html", "load_pdf", "load_text"]
