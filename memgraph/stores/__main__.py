"""``python -m memgraph.stores``: regenerate ``schema/models.schema.json`` and
``schema/neo4j.cypher`` in the source tree from :mod:`memgraph.models`."""

from .schema import main

main()
