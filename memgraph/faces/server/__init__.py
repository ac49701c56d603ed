"""The REST server (``memgraph serve``): a FastAPI app over one :class:`~memgraph.MemGraph`
(``app``), its request and response models kept apart from the core models (``schemas``),
errors as RFC 9457 problem details (``problems``) and API keys stored hashed in the store
(``keys``)."""
