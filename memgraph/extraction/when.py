"""When a stated fact began: relative and absolute time in a statement ("I moved to Technology
last month", "since March", "two weeks ago", "on 3 October"), read relative to when it was said.

Dates are parsed by ``dateparser`` (search mode, English, dates preferred in the past, a month or
year alone read as its first day); only phrases with a time cue are taken (a digit, a month or
weekday name, or words such as "ago", "last", "since", "yesterday"), so that a word like "may" or
"march" used otherwise is no date, and a date after the statement is ignored.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

_CUE = re.compile(
    r"\d|\b(?:ago|last|since|yesterday|today|this|earlier|previous|past|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|week|weeks|month|months|year|years)\b",
    re.IGNORECASE,
)
_AMBIGUOUS = re.compile(r"^(?:may|march|sun|sat|wed|this|today|now)$", re.IGNORECASE)
"""Phrases that are a date only after a preposition ("since March", "in May"; not "I may")."""
_DATE_LEAD = re.compile(r"\b(?:since|in|from|on|of|until|by|last|early|late|mid|end of|start of)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _search() -> Any:
    from dateparser.search import search_dates

    return search_dates


def stated_time(text: str, said_at: datetime) -> datetime | None:
    """When what ``text`` states began, read relative to ``said_at`` (timezone-aware), or None
    when the text names no time before ``said_at``.

    Returns:
        A timezone-aware UTC datetime at or before ``said_at``: "last month" said on
        2026-12-04 12:00 is 2026-11-01 12:00 (a month named or counted starts on its first
        day); "since March" is 2026-03-01; "two weeks ago" 2026-11-20 12:00.
    """
    if not _CUE.search(text):
        return None
    base = said_at.astimezone(timezone.utc).replace(tzinfo=None)
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    found = _search()(text, languages=["en"], settings=settings) or []
    for phrase, when in found:
        phrase = phrase.strip()
        if not _CUE.search(phrase):
            continue
        if _AMBIGUOUS.match(phrase):
            at = text.find(phrase)
            if at < 0 or not _DATE_LEAD.search(text[:at]):
                continue
        if when <= base:
            return when.replace(tzinfo=timezone.utc)
    return None


__all__ = ["stated_time"]
