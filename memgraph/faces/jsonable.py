"""Library results as JSON values, for the CLI's ``--json`` and the REST API: pydantic models
by their aliases, dataclasses field by field, times in ISO 8601 (``Z`` for UTC)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel


def to_jsonable(value: Any) -> Any:
    """``value`` as plain JSON values (dicts, lists, strings, numbers, booleans, None)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {k: to_jsonable(getattr(value, k)) for k in value.__dataclass_fields__}
    if isinstance(value, tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")  # as pydantic writes the models' times
    return value
