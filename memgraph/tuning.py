"""Frozen, validated configs of tuned numbers (:class:`~memgraph.SearchConfig`,
:class:`~memgraph.AnswerConfig`).

Every field's description says what its value was chosen on: the bench, the metric, the value
and the data, or ``not tuned: <why this value>``. Variants are made with :meth:`TunedConfig.with_`
(validated, unlike pydantic's plain ``model_copy``) or, from a bench's command line, with
:meth:`TunedConfig.with_overrides` (``["rrf_k=60", "mmr=true"]``). Every validation failure is an
:class:`~memgraph.errors.InvalidInputError` naming the config, the field and the problem.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, field_validator
from typing_extensions import Self

from .errors import InvalidInputError


def _describe(cls: type[BaseModel], err: ValidationError) -> str:
    """One line per problem: ``SearchConfig.top_k = 5000: Input should be less than or equal to 1000``."""
    name = cls.__name__
    parts = []
    for e in err.errors():
        field = ".".join(str(p) for p in e["loc"])
        if e["type"] == "extra_forbidden":
            parts.append(f"{name} has no setting {field!r} (settings: {', '.join(cls.model_fields)})")
        else:
            parts.append(f"{name}.{field} = {e['input']!r}: {e['msg']}")
    return "; ".join(parts)


class TunedConfig(BaseModel):
    """Base of the frozen configs of tuned numbers.

    Raises:
        InvalidInputError: on construction (and :meth:`with_`, :meth:`model_copy` with
            ``update``) when a value is out of range, of the wrong type, a bool given for a
            number, or an unknown field.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as e:
            raise InvalidInputError(_describe(type(self), e)) from None

    @field_validator("*", mode="before")
    @classmethod
    def _no_bool_for_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        """``True`` is not the number 1 here: a bool is accepted only by a bool field."""
        field = cls.model_fields.get(info.field_name or "")
        if isinstance(value, bool) and field is not None and field.annotation is not bool:
            raise ValueError("a number is expected, not a bool")
        return value

    def with_(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied, validated like a new config.

        Raises:
            InvalidInputError: a changed value is invalid or names no field.
        """
        return type(self)(**{**dict(self), **changes})

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """pydantic's ``model_copy``, but ``update`` is validated (see :meth:`with_`)."""
        if update:
            return self.with_(**update)
        return super().model_copy(deep=deep)

    def with_overrides(self, items: Iterable[str]) -> Self:
        """A copy with ``key=value`` strings applied (a bench's ``--set`` flags).

        Args:
            items: ``"key=value"``; the value is read as JSON when it parses (``60``, ``0.5``,
                ``true``, ``["Memory"]``), else taken as a string; pydantic then converts it.

        Raises:
            InvalidInputError: an item without ``=``, an unknown key or a bad value.
        """
        changes: dict[str, Any] = {}
        for item in items:
            key, sep, raw = item.partition("=")
            key = key.strip()
            if not sep or not key:
                raise InvalidInputError(f"{type(self).__name__} override {item!r} is not key=value")
            try:
                value: Any = json.loads(raw)
            except ValueError:
                value = raw
            changes[key] = value
        return self.with_(**changes) if changes else self

    @classmethod
    def descriptions(cls) -> dict[str, str]:
        """Field name -> its description (what its value was chosen on)."""
        return {name: f.description or "" for name, f in cls.model_fields.items()}
