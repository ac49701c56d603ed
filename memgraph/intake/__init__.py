"""What changes the graph: memories' lifecycle (``lifecycle``), the knowledge base (``kb``, with
``chunking`` of loaded documents) and images (``images``).

Imports ``memgraph.stores``, ``memgraph.extraction``, ``memgraph.text``, ``memgraph.loaders`` and
the ground modules; never ``memgraph.recall``.
"""
