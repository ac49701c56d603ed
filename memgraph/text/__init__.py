"""Text tools every upper layer stands on: normalisation and word forms (``textutil``), the
vocabulary of context words (``vocabulary``), place names (``places``), sentence
embeddings (``embed``) and the optional OpenAI-compatible LLM client (``llm``).

Imports only memgraph's ground modules (``errors``, ``models``, ``settings``).
"""
