"""What reads the graph: hybrid retrieval (``retrieval``), context names in queries
(``mentions``), answers (``answer``), the graph around a node (``graph``) and read-only Cypher
(``cypher``).

Imports ``memgraph.stores``, ``memgraph.extraction``, ``memgraph.text`` and the ground modules.
"""
