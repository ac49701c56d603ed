"""Stores of the MemGraph graph, behind one :class:`~memgraph.stores.base.GraphStore` protocol, with
the schema they apply (``schema``) and the migrations of stored data (``migrate``)."""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError
from .base import GraphStore, Hit, NodeRecord, WriteBatch
from .neo4j import NEO4J_SCHEMES, Neo4jStore
from .sqlite import SQLiteStore


def open_store(uri: str, *, neo4j_auth: tuple[str, str] | None = None, create: bool = True) -> GraphStore:
    """A store for a URI (not yet connected: call ``open()``).

    ``sqlite:///relative/path.db`` and ``sqlite:////absolute/path.db`` (SQLAlchemy's
    convention) give the embedded store; ``sqlite://`` an in-memory one.
    ``neo4j://``, ``neo4j+s://`` (Aura, clusters) and ``bolt://`` URIs give the Neo4j store;
    ``user:password@`` in the URI or ``neo4j_auth`` authenticate, ``?database=`` picks a database.
    ``create=False`` makes opening a SQLite file that does not exist an error.

    Raises:
        ConfigError: no scheme, or an unsupported one ("sqlite:/tmp/x.db" says which URI was meant).
    """
    if uri.startswith("sqlite:///") and len(uri) > len("sqlite:///"):
        return SQLiteStore(Path(uri[len("sqlite:///") :]), create=create)
    if uri in ("sqlite://", "sqlite:///"):
        return SQLiteStore(":memory:")
    if uri.startswith("sqlite:") and "://" not in uri:  # "sqlite:/tmp/x.db": slashes missing
        raise ConfigError(f"{uri!r}: SQLite URIs take three slashes before the path: sqlite:///{uri[len('sqlite:') :]}")
    if "://" not in uri:
        raise ConfigError(f"store {uri!r} is not a URI; for a file use sqlite:///{uri}")
    scheme = uri.split("://", 1)[0]
    if scheme == "sqlite":
        raise ConfigError(
            f"{uri!r}: SQLite URIs take three slashes: sqlite:///relative/path.db or sqlite:////abs/path.db"
        )
    if scheme in NEO4J_SCHEMES:
        return Neo4jStore(uri, auth=neo4j_auth)
    raise ConfigError(
        f"unsupported store URI scheme {scheme!r} in {uri!r} (use sqlite:///path/to/memgraph.db or neo4j://host:7687)"
    )


__all__ = ["GraphStore", "Hit", "Neo4jStore", "NodeRecord", "SQLiteStore", "WriteBatch", "open_store"]
