"""Stores of the MemGraph graph, behind one :class:`~memgraph.stores.base.GraphStore` protocol."""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError
from .base import GraphStore, Hit, NodeRecord, WriteBatch
from .sqlite import SQLiteStore


def open_store(uri: str) -> GraphStore:
    """A store for a URI (not yet connected: call ``open()``).

    ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db`` (SQLAlchemy's
    convention) or a bare file path give the embedded store.

    Raises:
        ConfigError: an unsupported scheme.
    """
    if uri.startswith("sqlite:///"):
        return SQLiteStore(uri[len("sqlite:///") :] or ":memory:")
    if uri == "sqlite://" or uri == ":memory:":
        return SQLiteStore(":memory:")
    if "://" not in uri:
        return SQLiteStore(Path(uri))
    scheme = uri.split("://", 1)[0]
    raise ConfigError(f"unsupported store URI scheme {scheme!r} in {uri!r} (use sqlite:///path/to/memgraph.db)")


__all__ = ["GraphStore", "Hit", "NodeRecord", "SQLiteStore", "WriteBatch", "open_store"]
