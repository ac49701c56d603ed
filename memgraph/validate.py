"""Checks on user input, each raising :class:`~memgraph.errors.InvalidInputError` that names
the argument and the problem. Ids may hold any printable Unicode (quotes, hyphens, spaces,
non-Latin letters): they only ever reach a store as query parameters."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime, timezone
from typing import Any

from .errors import InvalidInputError
from .text.textutil import normalize_text

MAX_ID_CHARS = 256
"""Longest user, agent, session or memory id accepted."""

MAX_TEXT_CHARS = 100_000
"""Longest memory text accepted (characters). Longer texts belong in the knowledge base."""

MAX_METADATA_BYTES = 64 * 1024
"""Largest metadata object accepted, as JSON."""


def check_id(name: str, value: object) -> str:
    """A non-empty id without control characters, at most :data:`MAX_ID_CHARS` long."""
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise InvalidInputError(f"{name} is empty")
    if len(value) > MAX_ID_CHARS:
        raise InvalidInputError(f"{name} is {len(value)} characters long; the limit is {MAX_ID_CHARS}")
    if any(unicodedata.category(ch) in {"Cc", "Cs"} for ch in value):
        raise InvalidInputError(f"{name} {value!r} contains control characters")
    return value


def check_top_k(value: object, *, name: str = "top_k", limit: int = 1000) -> int:
    """A count of results: an integer from 1 to ``limit`` (a bool is not a count)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(f"{name} must be an integer from 1 to {limit}, got {value!r}")
    if not 1 <= value <= limit:
        raise InvalidInputError(f"{name} must be an integer from 1 to {limit}, got {value}")
    return value


def check_optional_id(name: str, value: object) -> str | None:
    return None if value is None else check_id(name, value)


def check_text(name: str, value: object, *, limit: int = MAX_TEXT_CHARS) -> str:
    """Non-blank text of at most ``limit`` characters, without NUL characters, returned
    normalised (:func:`memgraph.text.textutil.normalize_text`: ligatures folded, soft hyphens and
    zero-width characters removed), so stored texts and queries meet in one form.

    Raises:
        InvalidInputError: not a string, blank (also once normalised), too long, or holding NUL.
    """
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be a string, got {type(value).__name__}")
    value = normalize_text(value)
    if not value.strip():
        raise InvalidInputError(f"{name} is empty or whitespace")
    if len(value) > limit:
        raise InvalidInputError(
            f"{name} is {len(value)} characters long; the limit is {limit} (ingest long texts into the knowledge base)"
        )
    if "\x00" in value:
        raise InvalidInputError(f"{name} contains NUL characters")
    return value


def check_time(name: str, value: object) -> datetime | None:
    """A timezone-aware datetime (converted to UTC), an ISO 8601 string with offset, or None.

    Naive datetimes are refused: MemGraph cannot guess their time zone.
    """
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as e:
            raise InvalidInputError(f"{name} {value!r} is not an ISO 8601 timestamp") from e
    if not isinstance(value, datetime):
        raise InvalidInputError(f"{name} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInputError(f"{name} is a naive datetime; give a time zone (e.g. tzinfo=timezone.utc)")
    return value.astimezone(timezone.utc)


def check_as_of(value: object) -> datetime | None:
    """An ``as_of`` time: timezone-aware (see :func:`check_time`) and not in the future
    (nothing is known about it yet), or None for now."""
    when = check_time("as_of", value)
    if when is not None and when > datetime.now(timezone.utc):
        raise InvalidInputError(f"as_of {when.isoformat()} is in the future: nothing is known about it yet")
    return when


def check_metadata(value: object) -> dict[str, Any]:
    """A JSON-serialisable mapping with string keys, at most :data:`MAX_METADATA_BYTES` as JSON."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InvalidInputError(f"metadata must be a dict, got {type(value).__name__}")
    try:
        encoded = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise InvalidInputError(f"metadata is not JSON-serialisable: {e}") from e
    if any(not isinstance(k, str) for k in value):
        raise InvalidInputError("metadata keys must be strings")
    if len(encoded.encode()) > MAX_METADATA_BYTES:
        raise InvalidInputError(f"metadata is over {MAX_METADATA_BYTES} bytes as JSON")
    return dict(json.loads(encoded))


MAX_ROWS = 2**63 - 1
"""Largest ``limit`` or ``offset`` accepted: the largest integer both stores can take."""


def _check_count(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(f"{name} must be an integer, got {type(value).__name__} {value!r}")
    if value < minimum:
        raise InvalidInputError(f"{name} must be at least {minimum}, got {value}")
    if value > MAX_ROWS:
        raise InvalidInputError(f"{name} must be at most {MAX_ROWS}, got {value}")
    return value


def check_limit(value: object, name: str = "limit") -> int:
    """Most rows a call returns: an int (not a bool) from 1 to :data:`MAX_ROWS`."""
    return _check_count(name, value, 1)


def check_offset(value: object, name: str = "offset") -> int:
    """Rows a call skips before the first it returns: an int (not a bool) from 0 to :data:`MAX_ROWS`."""
    return _check_count(name, value, 0)
