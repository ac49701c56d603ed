"""The knowledge-graph tool set of the reference MCP memory server on MemGraph's graph
(``mg.kg``, :class:`~memgraph.kg.api.KnowledgeGraphAPI`)."""

from .api import KGEntity, KGraph, KnowledgeGraphAPI, ObservationsAdded

__all__ = ["KGEntity", "KGraph", "KnowledgeGraphAPI", "ObservationsAdded"]
