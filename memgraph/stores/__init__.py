"""Stores of the MemGraph graph, behind one :class:`~memgraph.stores.base.GraphStore` protocol."""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError
from .base import GraphStore, Hit, NodeRecord, WriteBatch
from .sqlite import SQLiteStore


def open_store(uri: str) -> GraphStore:
    """A store for a URI (not yet connected: call ``open()``).

    ``sqlite:///relative/path.db`` and ``sqlite:////absolute/path.db`` (SQLAlchemy's
    convention) give the embedded store; ``sqlite://`` an in-memory one.

    Raises:
        ConfigError: no scheme, or an unsupported one.
    """
    if uri.startswith("sqlite:///") and len(uri) > len("sqlite:///"):
        return SQLiteStore(Path(uri[len("sqlite:///") :]))
    if uri in ("sqlite://", "sqlite:///"):
        return SQLiteStore(":memory:")
    if "://" not in uri:
        raise ConfigError(f"store {uri!r} is not a URI; for a file use sqlite:///{uri}")
    scheme = uri.split("://", 1)[0]
    raise ConfigError(f"unsupported store URI scheme {scheme!r} in {uri!r} (use sqlite:///path/to/memgraph.db)")


__all__ = ["GraphStore", "Hit", "NodeRecord", "SQLiteStore", "WriteBatch", "open_store"]
