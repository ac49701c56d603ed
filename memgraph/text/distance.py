"""Distance from home to work: how far a person says they live from their site, and the
distance bands a handbook keys travel rules by.

Travel, mileage and lodging allowances are often paid by bands of home-to-site distance ("Up
to 15 miles: Nil; Over 15, up to 30 miles: £6.40; Over 50 miles: £14.60, or lodging"), and
people say theirs in passing ("I live about 40 miles from the site", "it's about 20 miles from
home", "Home's Middlesbrough, about 90 miles away"). Both sides are read here, in miles (a
kilometre is 0.621371 miles):

- :func:`stated_distance` reads a person's statement;
- :func:`distance_range` reads a rule's key (a table cell, a clause) as a band ``(low,
  high)``, ``high`` None for "Over 50 miles".

Choosing among versions by the bands is :func:`memgraph.text.service.holding`'s, given
:func:`distance_range` as its reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

KM_IN_MILES = 0.621371
"""Miles in a kilometre (the international mile, 1,609.344 m)."""

_NUM = r"\d{1,4}(?:[.,]\d+)?"
_UNIT = r"(?:miles?|mi\b|km|kilomet(?:re|er)s?|kms)"
_STATED = re.compile(
    rf"(?:(?P<hedge>nearly|almost|just\s+under|under|less\s+than|just\s+over|over|more\s+than)\s+)?"
    rf"(?:about|around|roughly|approximately|some|close\s+to)?\s*(?P<num>{_NUM})[\s-]*(?P<unit>{_UNIT})",
    re.I,
)
_HOME = re.compile(
    r"\b(?:live[sd]?|living|home|commute|commuting|drive|travel(?:l?ing)?|away|each\s+way|one\s+way|from\s+(?:home|the\s+site|site|work|the\s+office))\b",
    re.I,
)
"""Words that make a distance one between home and work ("I live ...", "... miles away")."""
_FIRST_PERSON = re.compile(r"\b(?:i|i['’]m|i['’]ve|my|me|home['’]s|home\s+is|it['’]s)\b", re.I)
_HEDGE = {"nearly": -0.5, "almost": -0.5, "just under": -0.5, "under": -0.5, "less than": -0.5}
_HEDGE.update({"just over": 0.5, "over": 0.5, "more than": 0.5})

_BETWEEN = re.compile(
    rf"(?:between\s+|over\s+|more\s+than\s+|from\s+)?(?P<a>{_NUM})\s*(?:{_UNIT})?\s*,?\s*(?:to|-|–|and|up\s+to|but\s+(?:not\s+)?"
    rf"(?:more|over)\s+than|but\s+under|but\s+less\s+than)\s*(?P<b>{_NUM})\s*(?P<unit>{_UNIT})",
    re.I,
)
_BELOW = re.compile(
    rf"\b(?:up\s+to|under|less\s+than|below|within|not\s+more\s+than|no\s+more\s+than)\s+(?P<num>{_NUM})\s*"
    rf"(?P<unit>{_UNIT})",
    re.I,
)
_ABOVE = re.compile(rf"\b(?:over|more\s+than|above|beyond|at\s+least|from)\s+(?P<num>{_NUM})\s*(?P<unit>{_UNIT})", re.I)
_OR_MORE = re.compile(
    rf"(?P<num>{_NUM})\s*\+?\s*(?P<unit>{_UNIT})\s*(?:\+|or\s+more|or\s+over|and\s+(?:over|above))", re.I
)
_PLUS = re.compile(rf"(?P<num>{_NUM})\s*\+\s*(?P<unit>{_UNIT})", re.I)
_JUST_OVER = 1e-6
"""What "over 15 miles" starts above 15 by: 15 itself is "up to 15"."""


def _miles(num: str, unit: str) -> float:
    value = float(num.replace(",", "."))
    return value * KM_IN_MILES if unit.lower().startswith("k") else value


def stated_distance(texts: Sequence[str]) -> float | None:
    """How far the speaker lives from where they work, in miles, from their own statements; None
    when none says it.

    Read: a statement about the speaker (a first-person word, or "Home's ...", "it's ...") that
    gives a distance with a word for home or travel ("I live about 40 miles from the site",
    "it's about 20 miles from home", "Home's Middlesbrough, about 90 miles away", "a 25 km
    commute each way"). A hedge shifts it by half a mile ("just over 30 miles" is 30.5). The
    newest statement that says it wins.

    Args:
        texts: the person's statements, newest first.
    """
    for text in texts:
        if not _FIRST_PERSON.search(text) or not _HOME.search(text):
            continue
        if (m := _STATED.search(text)) is not None:
            hedge = " ".join((m.group("hedge") or "").lower().split())
            return max(0.0, _miles(m.group("num"), m.group("unit")) + _HEDGE.get(hedge, 0.0))
    return None


def distance_range(key: str, *, said: bool = False) -> tuple[float, float | None] | None:
    """The band of distance a rule's key names, ``(low, high)`` in miles, half-open like
    :func:`memgraph.text.service.service_range`'s (``high`` exclusive, None when open); None
    when ``key`` names none. ``said`` is accepted for the reader signature of
    :func:`memgraph.text.service.holding` (a distance always carries its unit).

    "Up to" holds its own value and "over" does not, so the bands of one table never share a
    distance: "Up to 15 miles" -> [0, 15]; "Over 15, up to 30 miles" -> (15, 30]; "Over 50
    miles" -> (50, open); "less than 10 km" -> [0, 6.2); "50 miles or more", "50+ miles" ->
    [50, open); "15-30 miles" -> [15, 30].
    """
    del said
    key = _PLUS.sub(r"\g<num> \g<unit> or more", key)
    if (m := _BETWEEN.search(key)) is not None:
        unit = m.group("unit")
        low = _miles(m.group("a"), unit) + (_JUST_OVER if _OVER.match(m.group()) else 0.0)
        return low, _miles(m.group("b"), unit) + _JUST_OVER
    if (m := _BELOW.search(key)) is not None:
        inclusive = _INCLUSIVE.match(m.group()) is not None
        return 0.0, _miles(m.group("num"), m.group("unit")) + (_JUST_OVER if inclusive else 0.0)
    if (m := _ABOVE.search(key)) is not None:
        low = _miles(m.group("num"), m.group("unit"))
        return low + (_JUST_OVER if _OVER.match(m.group()) else 0.0), None
    if (m := _OR_MORE.search(key)) is not None:
        return _miles(m.group("num"), m.group("unit")), None
    return None


def gives_band(row: str) -> bool:
    """Whether a table row as the loaders write it ("Band: C; Home to site: Over 30, up to 50
    miles; Daily travel allowance: £11.20.") has a cell whose value is a band of distance
    (:func:`distance_range`)."""
    return any(distance_range(cell.partition(":")[2]) is not None for cell in row.split(";"))


_OVER = re.compile(r"\s*(?:over|more\s+than|above|beyond)\b", re.I)
"""A lower bound that leaves its own value out ("over 15 miles" starts above 15)."""
_INCLUSIVE = re.compile(r"\s*(?:up\s+to|within|not\s+more\s+than|no\s+more\s+than)\b", re.I)
"""An upper bound that holds its own value ("up to 15 miles" holds 15)."""
