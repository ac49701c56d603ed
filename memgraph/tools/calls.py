"""What a tool call is made of before it is stored: a checked tool name, canonical arguments
with secrets redacted, the result split into what the node keeps and what is stored once,
and the identifiers the call names.

Pure functions, no store: :mod:`memgraph.tools.recorder` writes what they return.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import InvalidInputError

MAX_TOOL_NAME = 128
"""Longest tool name (the MCP specification's limit for tool names)."""

_TOOL_NAME = re.compile(r"[\w.\-/]+")

INLINE_RESULT_CHARS = 4_000
"""Results up to this many characters live in the ``ToolCall`` node; a longer one keeps this
prefix there and its whole text once in a ``ToolResult`` node. Not tuned: a screenful, small
enough that listing calls stays cheap."""

MAX_RESULT_BYTES = 16 * 1024 * 1024
"""Largest result kept whole (UTF-8 bytes); a larger one keeps prefix, size and sha256 only and
is never served from the cache."""

MAX_ARGS_CHARS = 100_000
"""Longest canonical arguments JSON accepted."""

MAX_IDENTIFIERS = 200
"""Identifiers kept per call; a call naming more is marked incomplete (any later write then
makes its cached result stale)."""

MAX_IDENTIFIER_CHARS = 128
"""Longer string values are text, not identifiers."""

REDACTED = "[REDACTED]"
"""What a secret argument's value is replaced with before anything is stored or hashed."""

_SECRET_PARTS = (
    "apikey",
    "token",
    "password",
    "passwd",
    "secret",
    "authorization",
    "credential",
    "privatekey",
    "cookie",
)
"""Key fragments (lower case, separators removed) that mark a secret: ``api_key``, ``X-Api-Key``,
``accessToken``, ``client_secret``, ``Authorization``, ``password``."""


def check_tool_name(name: object) -> str:
    """A tool name as stored: 1-128 characters, each a letter or digit of any script, ``_``,
    ``-``, ``.`` or ``/`` (the characters OpenAI and MCP tool names use; non-Latin letters are
    kept as given).

    Raises:
        InvalidInputError: not a string, empty, too long, or with a space, quote or other
            character outside that set (the message names it).
    """
    if not isinstance(name, str):
        raise InvalidInputError(f"tool name must be a string, got {type(name).__name__}")
    if not name:
        raise InvalidInputError("tool name is empty")
    if len(name) > MAX_TOOL_NAME:
        raise InvalidInputError(f"tool name is {len(name)} characters; at most {MAX_TOOL_NAME}")
    if not _TOOL_NAME.fullmatch(name):
        bad = next(c for c in name if not _TOOL_NAME.fullmatch(c))
        raise InvalidInputError(
            f"tool name {name!r} has {bad!r}: tool names are letters, digits, '_', '-', '.' and '/' "
            "(no spaces or quotes; e.g. 'get_weather')"
        )
    return name


def is_secret_key(key: str) -> bool:
    """Whether an argument key names a secret (see :data:`_SECRET_PARTS`)."""
    flat = re.sub(r"[^a-z0-9]", "", key.lower())
    return any(part in flat for part in _SECRET_PARTS)


def redact(value: Any, *, fingerprint: bool = False) -> Any:
    """``value`` with the value of every secret-named key replaced by :data:`REDACTED`, at any
    depth. A secret-named key whose value is a number or boolean (``max_tokens: 100``) is kept:
    only text and structures can hold a credential.

    With ``fingerprint``, the replacement also carries the sha256 of the secret's JSON
    (``[REDACTED] sha256:...``): only the cache key is computed from that form, so a result
    fetched with one credential is never served to a call made with another."""
    if isinstance(value, Mapping):
        return {
            k: (
                _hidden(v, fingerprint)
                if is_secret_key(str(k)) and not _plain_scalar(v)
                else redact(v, fingerprint=fingerprint)
            )
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [redact(v, fingerprint=fingerprint) for v in value]
    return value


def _hidden(value: Any, fingerprint: bool) -> str:
    if not fingerprint:
        return REDACTED
    digest = hashlib.sha256(json.dumps(value, sort_keys=True).encode("utf-8")).hexdigest()
    return f"{REDACTED} sha256:{digest}"


def _plain_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (bool, int, float))


def _check_json(value: Any, path: str) -> None:
    """Raise InvalidInputError naming the first part of ``value`` JSON cannot hold exactly."""
    if value is None or isinstance(value, (str, bool, int)):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidInputError(f"argument {path} is {value}: JSON has no NaN or infinity")
        return
    if isinstance(value, Mapping):
        for k, v in value.items():
            if not isinstance(k, str):
                raise InvalidInputError(f"argument {path} has a key {k!r} that is not a string")
            _check_json(v, f"{path}.{k}")
        return
    if isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            _check_json(v, f"{path}[{i}]")
        return
    raise InvalidInputError(
        f"argument {path} is a {type(value).__name__}, which is not JSON-serialisable "
        "(give strings, numbers, booleans, null, lists and objects)"
    )


def canonical_args(args: object) -> tuple[str, str]:
    """Canonical JSON of a call's arguments (secrets redacted, keys sorted, no spaces) and the
    cache key: the sha256 (hex) of the same JSON with each secret's own sha256 in its place, so
    ``{"b": 1, "a": 2}`` and ``{"a": 2, "b": 1}`` are one call, and calls with other credentials
    are not. (The key is one-way, but a weak password could be guessed from it by trying
    candidates: credentials of tools are meant to be high-entropy keys.)

    Args:
        args: a JSON object (dict with string keys), or a JSON text of one.

    Raises:
        InvalidInputError: not an object, not JSON-serialisable (the message names the key
            path and type), NaN or infinity, or longer than :data:`MAX_ARGS_CHARS`.
    """
    if isinstance(args, str):
        try:
            args = json.loads(args) if args.strip() else {}
        except json.JSONDecodeError as e:
            raise InvalidInputError(f"arguments are not valid JSON: {e}") from e
    if args is None:
        args = {}
    if not isinstance(args, Mapping):
        raise InvalidInputError(f"arguments must be a JSON object (a dict), got {type(args).__name__}")
    _check_json(args, "args")
    text = json.dumps(redact(args), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    if len(text) > MAX_ARGS_CHARS:
        raise InvalidInputError(f"arguments are {len(text):,} characters of JSON; at most {MAX_ARGS_CHARS:,}")
    keyed = json.dumps(redact(args, fingerprint=True), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text, hashlib.sha256(keyed.encode("utf-8")).hexdigest()


def result_text(result: object) -> str | None:
    """A result as stored text: a string as given, anything else as JSON (keys in their order,
    non-ASCII kept); None stays None.

    Raises:
        InvalidInputError: the result is neither text nor JSON-serialisable.
    """
    if result is None or isinstance(result, str):
        return result
    try:
        return json.dumps(result, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise InvalidInputError(
            f"result of type {type(result).__name__} is not text or JSON-serialisable: {e}; pass str(result)"
        ) from e


@dataclass(frozen=True)
class StoredResult:
    """A result split for storage.

    Attributes:
        inline: what the ``ToolCall`` node keeps (the whole text, or its prefix).
        size: UTF-8 bytes of the whole text.
        sha256: hex digest of the whole text.
        truncated: ``inline`` is a prefix.
        blob: the whole text to keep once in a ``ToolResult`` node, or None (short, or too
            large to keep).
    """

    inline: str
    size: int
    sha256: str
    truncated: bool
    blob: str | None

    @property
    def kept(self) -> bool:
        """Whether the whole text can be read back."""
        return not self.truncated or self.blob is not None


def split_result(text: str) -> StoredResult:
    """Split a result's text into what the node keeps and what is stored once."""
    raw = text.encode("utf-8")
    digest = hashlib.sha256(raw).hexdigest()
    if len(text) <= INLINE_RESULT_CHARS:
        return StoredResult(text, len(raw), digest, False, None)
    blob = text if len(raw) <= MAX_RESULT_BYTES else None
    return StoredResult(text[:INLINE_RESULT_CHARS], len(raw), digest, True, blob)


IDENTIFIER_WORD = re.compile(r"[#@]?\w*\d\w*|\w+_\w+|\b[A-Z][A-Z0-9]{4,}\b")
"""Words of free text that look like identifiers: holding a digit or an underscore
(``mia_li_3668``, ``#W5442520``, ``HAT136``) or five or more capitals (a booking code such as
``HATHAU``; three-letter codes such as ``JFK`` are too often plain words)."""


def identifiers(*values: Any) -> tuple[list[str], bool]:
    """The identifiers a call names, for cache invalidation: every string leaf of its
    arguments and (JSON) result of at most :data:`MAX_IDENTIFIER_CHARS` characters without
    line breaks, case-folded; in a result that is not JSON, the words :data:`IDENTIFIER_WORD`
    matches (``#W5442520``, ``HAT136``, ``HATHAU``). A writing call makes a cached result stale
    when the two share an identifier.

    Returns:
        (sorted identifiers, at most :data:`MAX_IDENTIFIERS`; whether that is all of them).
    """
    found: set[str] = set()
    for value in values:
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except (json.JSONDecodeError, RecursionError):
                found.update(m.group(0).casefold() for m in IDENTIFIER_WORD.finditer(value))
                continue
        _leaves(value, found)
    ordered = sorted(found)
    return ordered[:MAX_IDENTIFIERS], len(ordered) <= MAX_IDENTIFIERS


def _leaves(value: Any, out: set[str]) -> None:
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, Mapping):
            stack.extend(v.values())
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
        elif isinstance(v, str):
            s = v.strip()
            if s and s != REDACTED and len(s) <= MAX_IDENTIFIER_CHARS and "\n" not in s:
                out.add(s.casefold())


def error_kind(text: str) -> str:
    """An error text with its identifiers and numbers masked, so that errors of one kind count
    together in stats ("not enough seats on flight HAT229" and "... HAT110" ->
    "not enough seats on flight <id>")."""
    masked = re.sub(r"\b[\w#@.\-]*\d[\w#@.\-]*\b", "<id>", text)
    return re.sub(r"\s+", " ", masked).strip()[:200]
