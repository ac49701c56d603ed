"""MemGraph: long-term memory for LLM agents on a property graph.

>>> from memgraph import MemGraph
>>> mg = MemGraph("sqlite:///memgraph.db")
"""

from __future__ import annotations

from .errors import (
    ConfigError,
    EmbeddingMismatchError,
    InvalidInputError,
    LLMError,
    MemGraphError,
    NotFoundError,
    RetryableError,
    StoreError,
    UnsupportedFileError,
)
from .intake.kb import IngestResult, KnowledgeBaseAPI
from .kg import KnowledgeGraphAPI
from .memory import MemGraph
from .models import (
    Chunk,
    Document,
    Entity,
    EntityType,
    HistoryEvent,
    Memory,
    MemoryKind,
    MemoryStatus,
    NodeLabel,
    Relationship,
    RelType,
)
from .recall.answer import Answer, AnswerConfig, Citation, ContextFact
from .recall.export import ExportAPI, ExportResult
from .recall.retrieval import SearchConfig, SearchResult
from .settings import LLMSettings, Settings

__version__ = "0.1.0"

__all__ = [
    "Answer",
    "AnswerConfig",
    "Chunk",
    "Citation",
    "ConfigError",
    "ContextFact",
    "Document",
    "EmbeddingMismatchError",
    "Entity",
    "EntityType",
    "ExportAPI",
    "ExportResult",
    "HistoryEvent",
    "IngestResult",
    "InvalidInputError",
    "KnowledgeBaseAPI",
    "KnowledgeGraphAPI",
    "LLMError",
    "LLMSettings",
    "MemGraph",
    "MemGraphError",
    "Memory",
    "MemoryKind",
    "MemoryStatus",
    "NodeLabel",
    "NotFoundError",
    "RelType",
    "Relationship",
    "RetryableError",
    "SearchConfig",
    "SearchResult",
    "Settings",
    "StoreError",
    "UnsupportedFileError",
    "__version__",
]
