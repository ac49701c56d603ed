"""What text says, read without a store: entities and facts from people's statements
(``extract``, ``facts``), what a document declares (``declarations``) and which contexts each
sentence of a passage applies to (``applicability``).

Imports ``memgraph.text`` and the ground modules; never a store.
"""
