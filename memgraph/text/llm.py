"""A minimal client for OpenAI-compatible chat-completions endpoints (``POST /chat/completions``).

Works with OpenAI, Azure-style proxies, vLLM, llama.cpp's server, Ollama's ``/v1`` and any
server speaking the same protocol. Uses httpx; no vendor SDK.
"""

from __future__ import annotations

import base64
from typing import Any

import httpx

from ..errors import ConfigError, LLMError
from ..settings import LLMSettings

_CAPTION_PROMPT = (
    "Describe this image in one sentence for a search index: what it shows, and any text, codes or numbers "
    "that stand out. Answer with the sentence only."
)


class ChatClient:
    """Sends chat messages and returns the first choice's text.

    Args:
        settings: endpoint, key, model, timeout. ``base_url`` must be set.
        transport: an httpx transport (tests may pass one); None for the network.

    Raises:
        ConfigError: ``base_url`` is not set.
    """

    def __init__(self, settings: LLMSettings, *, transport: httpx.BaseTransport | None = None) -> None:
        if not settings.base_url:
            raise ConfigError("no LLM configured: set llm.base_url (MEMGRAPH_LLM__BASE_URL)")
        self.settings = settings
        headers = {"Content-Type": "application/json"}
        if settings.api_key is not None:
            headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
        self._client = httpx.Client(
            base_url=settings.base_url.rstrip("/"), headers=headers, timeout=settings.timeout_s, transport=transport
        )

    def chat(self, messages: list[dict[str, Any]], *, max_tokens: int = 512, model: str | None = None) -> str:
        """The assistant's reply to ``messages`` ([{"role": ..., "content": ...}]).

        Raises:
            LLMError: network failure, non-2xx status or an answer without a message.
        """
        body = {
            "model": model or self.settings.model,
            "messages": messages,
            "temperature": self.settings.temperature,
            "max_tokens": max_tokens,
        }
        try:
            resp = self._client.post("/chat/completions", json=body)
        except httpx.HTTPError as e:
            raise LLMError(f"LLM endpoint {self.settings.base_url} unreachable: {e}") from e
        if resp.status_code >= 400:
            raise LLMError(f"LLM endpoint answered {resp.status_code}: {resp.text[:300]}")
        try:
            content = resp.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as e:
            raise LLMError(f"LLM endpoint answered without choices[0].message.content: {resp.text[:300]}") from e
        if not isinstance(content, str):
            raise LLMError("LLM endpoint answered with non-text content")
        return content.strip()

    def caption_image(self, data: bytes, media_type: str, *, max_tokens: int = 120) -> str:
        """A one-sentence caption of an image from ``settings.vision_model``, sent inline as a
        base64 ``data:`` URL in an ``image_url`` content part (OpenAI's vision message format).

        Args:
            data: the image's bytes (callers send a downscaled JPEG or PNG).
            media_type: ``image/jpeg``, ``image/png``, ...

        Raises:
            ConfigError: no ``vision_model`` configured.
            LLMError: the endpoint failed.
        """
        if not self.settings.vision_model:
            raise ConfigError("no vision model configured: set llm.vision_model (MEMGRAPH_LLM__VISION_MODEL)")
        url = f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"
        content = [
            {"type": "text", "text": _CAPTION_PROMPT},
            {"type": "image_url", "image_url": {"url": url}},
        ]
        return self.chat(
            [{"role": "user", "content": content}], max_tokens=max_tokens, model=self.settings.vision_model
        )

    def close(self) -> None:
        self._client.close()
