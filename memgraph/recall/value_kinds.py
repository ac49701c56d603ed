"""The kinds of value a sentence gives and a question asks for (the "expected answer type" of
question answering: Moldovan et al., "The Structure and Performance of an Open-Domain Question
Answering System", ACL 2000, sort questions by the type of their answer).

Kinds are the unit after a number, as :func:`value_units` reads it ("minute", "day", "clock"
for "06:30", "percent", "currency" for a symbol, "gbp" for a code); :func:`asked_kinds` maps a
question's wording to the kinds that answer it ("How much do I get an hour?": money;
"What time do I start?": a clock time; "How many days ...": days). An extractive answer prefers
the sentences that hold such a value (:mod:`memgraph.recall.answer`). Text only, no model.
"""

from __future__ import annotations

import re

from ..extraction.extract import singular_word
from ..text.textutil import stemmed, stopwords

_QUANTITY = re.compile(
    r"(?P<currency>[£$€¥])\s?\d|(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"\s*(?:(?P<percent>%|per\s?cent\b)|(?P<unit>[^\W\d_]+))|\b\d{1,2}[:.]\d{2}\b",
    re.I,
)


def value_units(text: str) -> set[str]:
    """The kinds of value a sentence gives, by the unit after each number: ``{"minute"}`` for
    "a break of 30 minutes", ``{"currency", "day"}`` for "£20 a day", ``{"percent"}``,
    ``{"gbp"}`` for "2,800 GBP", ``{"clock"}`` for "06:30". A number spelled out ("six hours")
    gives none: such numbers mostly bound whom a rule is for, not what it grants."""
    out = set()
    for m in _QUANTITY.finditer(text):
        if m.group("currency"):
            out.add("currency")
        elif m.group("percent"):
            out.add("percent")
        elif m.group("unit"):
            unit = m.group("unit").casefold()
            if unit not in stopwords():
                out.add(singular_word(unit))
        else:
            out.add("clock")
    return out


_PHRASE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]*)?|[^\w\s]")


def value_phrases(text: str) -> list[frozenset[str]]:
    """Per number with a unit word, the stems of the unit and of the words it quantifies, up to
    the first punctuation, stop word or fourth word ("of" read through): ``{"week", "notic",
    "resign"}`` for "two weeks' notice of resignation", ``{"day", "annual", "leav"}`` for "29
    days of annual leave". Two rules whose phrases are one inside the other give the same
    thing ("four weeks' notice" and "two weeks' notice of resignation"); "days of untaken
    leave" and "days of annual leave" do not.

    Returns:
        One set per such number, in order; a number whose unit is followed by nothing of the
        kind gives just its unit.
    """
    out = []
    for m in _QUANTITY.finditer(text):
        if not m.group("unit") or m.group("unit").casefold() in stopwords():
            continue
        words = [m.group("unit")]
        for w in _PHRASE_WORD.findall(text[m.end() : m.end() + 60]):
            if w in {"'", "’"}:
                continue
            if w.casefold() == "of":
                continue
            if not w[0].isalpha() or w.casefold() in stopwords() or len(words) == 4:
                break
            words.append(w.rstrip("'’"))
        out.append(frozenset(stemmed(" ".join(words).casefold()).split()))
    return out


MONEY = frozenset(
    {"currency", "percent"}
    | set("gbp eur usd chf sek nok dkk pln czk huf ron inr php zar aud cad nzd sgd jpy cny aed".split())  # noqa: SIM905
    | {"pound", "euro", "dollar", "pence", "p"}
)
"""Kinds that answer a question about money: an amount, a code, or a percentage of pay."""
DURATION = frozenset({"minute", "hour", "day", "week", "month", "year", "night", "shift"})
"""Kinds that answer "how long" or "how much leave"."""

_HOW_MUCH_TIME = re.compile(
    r"\bhow\s+much\s+(?:\w+\s+){0,2}?(?:leave|holiday|holidays|time|notice|break|rest|warning)\b", re.I
)
_HOW_MUCH = re.compile(r"\bhow\s+much\b|\bwhat(?:'s|\s+is|\s+are)?\s+(?:the\s+|my\s+)?(?:\w+\s+)?(?:rate|pay)\b", re.I)
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?P<words>[a-z]+(?:\s+[a-z]+)?)", re.I)
_WHAT_TIME = re.compile(
    r"\bwhat\s+time\b|\bwhen\s+(?:do|does|should|must|will|can)\b.*\b(?:start|starts|begin|begins|finish|finishes|"
    r"end|ends|open|opens|close|closes|arrive|report)\b",
    re.I,
)
_HOW_LONG = re.compile(r"\bhow\s+long\b", re.I)
_PERCENT = re.compile(r"\b(?:what\s+)?(?:percentage|per\s?cent)\b", re.I)


def asked_kinds(question: str) -> frozenset[str]:
    """The kinds of value that answer ``question`` (see the module docstring): money for "how
    much" (but durations for "how much leave/notice/time"), the unit for "how many <unit>", a
    clock time for "what time" and "when does ... start", durations for "how long", a
    percentage for "what percentage". Empty when the question asks for no value ("Where do I
    park?", "Who do I ring?").

    Returns:
        The kinds, as :func:`value_units` names them.
    """
    if _PERCENT.search(question):
        return frozenset({"percent"})
    if _HOW_MUCH_TIME.search(question) or _HOW_LONG.search(question):
        return DURATION
    if (many := _HOW_MANY.search(question)) is not None:
        # "how many days", "how many working days": the first unit word of the two after it
        units = [u for w in many.group("words").casefold().split() if (u := singular_word(w)) in DURATION]
        return frozenset(units[:1])
    if _WHAT_TIME.search(question):
        return frozenset({"clock"})
    if _HOW_MUCH.search(question):
        return MONEY
    return frozenset()


__all__ = ["DURATION", "MONEY", "asked_kinds", "value_phrases", "value_units"]
