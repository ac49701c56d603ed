"""Thin faces over the :class:`~memgraph.memory.MemGraph` facade: the command line (``cli``).
They parse, call the facade and format; no logic of their own.
"""
