"""Correcting what MemGraph knows: natural-language feedback (``feedback``), the log of what
answers were built from that feedback refers to (``answers``), and the knowledge base's review
queue (``review``).

Imports ``memgraph.intake`` (the memory writer), ``memgraph.recall`` (search, to find what
feedback is about), ``memgraph.extraction``, ``memgraph.stores`` and the ground modules; the
facade and the faces import it.
"""
