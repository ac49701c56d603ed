"""Exceptions raised by MemGraph.

Every error raised on purpose by the library derives from :class:`MemGraphError`,
so callers can catch one root. The tree::

    MemGraphError
    ├── InvalidInputError        bad argument: empty text, naive datetime, bad id, ...
    │   └── UnsupportedFileError a file MemGraph cannot read (malformed/encrypted PDF, binary text)
    ├── NotFoundError            an id that does not exist in the caller's readable scopes
    ├── ConfigError              settings that cannot work (unknown store URI, missing model)
    │   └── EmbeddingMismatchError  store built with another embedding model or dimension
    ├── StoreError               the store failed (I/O, constraint, driver error)
    │   └── RetryableError       a transient failure; the same call may succeed later
    └── LLMError                 the configured chat-completions endpoint failed

Library errors (sqlite3, neo4j, pymupdf, httpx) are wrapped with ``raise ... from e``.
"""

from __future__ import annotations


class MemGraphError(Exception):
    """Root of every error MemGraph raises on purpose."""


class InvalidInputError(MemGraphError, ValueError):
    """An argument is not acceptable; the message names the argument and the problem."""


class UnsupportedFileError(InvalidInputError):
    """A file cannot be read: malformed, encrypted, binary where text was expected, ..."""


class NotFoundError(MemGraphError, LookupError):
    """An id does not exist, or exists only outside the caller's readable scopes."""


class ConfigError(MemGraphError):
    """Settings that cannot work: unknown store URI scheme, missing model package, ..."""


class EmbeddingMismatchError(ConfigError):
    """The store was built with another embedding model or dimension than the one configured."""


class StoreError(MemGraphError):
    """The store failed to read or write."""


class RetryableError(StoreError):
    """A transient store failure (lock timeout, deadlock, leader switch); retrying may succeed."""


class LLMError(MemGraphError):
    """The configured OpenAI-compatible endpoint failed or answered in an unexpected shape."""


__all__ = [
    "ConfigError",
    "EmbeddingMismatchError",
    "InvalidInputError",
    "LLMError",
    "MemGraphError",
    "NotFoundError",
    "RetryableError",
    "StoreError",
    "UnsupportedFileError",
]
