"""Tool-call memory: which tool was called for which task, with what arguments, and what came
back, kept as graph memory and handed back as experience (``mg.tools``).

``calls`` (checking, canonical arguments, redaction, identifiers), ``recorder`` (writing runs
and calls), ``cache`` (serving results when safe), ``experience`` (similar runs, tool
suggestions), ``stats`` (per-tool figures), ``functions`` (the decorator and run context for Python
functions) and ``api`` (the sub-API). Imports
``memgraph.intake`` (the owner locks and sessions of the memory writer), ``memgraph.loaders``
(tool-call logs), ``memgraph.stores`` and the ground modules; the facade and the faces import it.
"""
