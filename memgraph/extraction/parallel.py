"""Parallel sentences: one rule's versions for different people, keyed by whatever names them.

Handbooks give a rule's versions side by side in sentences that share a frame and differ in
two places: who the version is for (the key) and what it says (a value)::

    Drivers receive 28 days.  Office staff receive 26 days.
    The bakery closes at 18:00; the café closes at 16:00.

The key may be a name no applicability rule reads (a lower-case group, a nickname, a site
without a site word), so the scoping rules of :mod:`memgraph.extraction.applicability` leave
such sentences unscoped, and an answer would quote another group's version as if it were
everyone's. :func:`versions` finds them from their shape alone, with no word list of groups:
two sentences are parallel when most of their words align (Ratcliff/Obershelp matching,
Python's :class:`difflib.SequenceMatcher`, with numbers masked so "28" aligns with "26"),
exactly one stretch of content words differs on both sides (the key) and a value differs
(a number, time or amount, or a further differing stretch holding one).

A differing stretch is no key when it only sorts the shared word after it and that word is
not a word for people, groups or places ("Annual leave is 25 days; sick leave is 10 days":
kinds of leave, not of people); nor when it is a date or time ("On weekdays ...; on Sundays
...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..text.textutil import stopwords
from ..text.vocabulary import GROUP_NOUNS, MEMBER_NOUNS, NUMBER_WORDS, ROLE_HEADS, SITE_NOUNS
from .audience import Tagger
from .extract import singular_word

MIN_SHARED = 0.5
"""Share of two sentences' tokens that must align (2 x matched / total, as
:meth:`difflib.SequenceMatcher.ratio`) for them to be versions of one rule; not tuned: a key
of a word or two and a value in a short sentence leave about two thirds aligned."""

_TOKEN = re.compile(r"[^\W_]+(?:['’.:,-][^\W_]+)*|[£$€¥%]")
_NUMBER_WORDS = frozenset(NUMBER_WORDS) | {"thirty", "half", "twice", "double", "none", "unlimited"}
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday weekday weekdays weekend weekends mondays
    tuesdays wednesdays thursdays fridays saturdays sundays january february march april may june july
    august september october november december spring summer autumn winter morning mornings afternoon
    afternoons evening evenings daytime year years month months week weeks day days hour hours first
    second third last""".split()  # noqa: SIM905
)
"""Words of a date or a time: a stretch made of them (and stop words) is when, not who."""

_PATTERN_HEADS = ("shift", "pattern", "rota", "contract", "band")
"""Words for a working pattern or terms, which sort people as a group word does."""
_PEOPLE_HEADS = frozenset(
    singular_word(w)
    for w in (
        *MEMBER_NOUNS,
        *GROUP_NOUNS,
        *SITE_NOUNS,
        *ROLE_HEADS,
        *_PATTERN_HEADS,
        "people",
        "role",
        "agent",
        "grade",
    )
)
"""Shared words after a key that make it a key of people, groups, places or working patterns
("Bakery staff", "the Leeds office", "Grade 3 roles", "the night shift" / "the day shift": a
time word before such a word names whom the rule is for, not when)."""
_NOUN_TAGS = frozenset({"NN", "NNS"})


@dataclass(frozen=True)
class Versions:
    """Sentences that are one rule's versions.

    Attributes:
        indices: the sentences' indices in the list given to :func:`versions`, ascending.
        keys: each one's key as written ("Drivers", "Office staff"), in the same order.
    """

    indices: tuple[int, ...]
    keys: tuple[str, ...]


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    masked: str

    @property
    def is_value(self) -> bool:
        return self.masked == "#"

    @property
    def is_content(self) -> bool:
        return not self.is_value and self.masked not in stopwords() and self.masked.isalpha()


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group().casefold().replace("’", "'")
        value = any(c.isdigit() for c in word) or word in _NUMBER_WORDS or word in "£$€¥%"
        out.append(_Token(m.group(), m.start(), "#" if value else singular_word(word)))
    return out


def _is_time(span: Sequence[_Token]) -> bool:
    words = [t.masked for t in span if t.is_content]
    return bool(words) and all(w in _TIME_WORDS for w in words)


def _key_pair(
    a: list[_Token], b: list[_Token], tags_a: dict[int, str], tags_b: dict[int, str]
) -> tuple[str, str] | None:
    """The two keys when ``a`` and ``b`` are versions of one rule, else None."""
    ma, mb = [t.masked for t in a], [t.masked for t in b]
    sm = SequenceMatcher(None, ma, mb, autojunk=False)
    blocks = [blk for blk in sm.get_matching_blocks() if blk.size]
    matched = sum(blk.size for blk in blocks)
    if not ma or not mb or 2 * matched / (len(ma) + len(mb)) < MIN_SHARED:
        return None
    if not any(t.is_content for blk in blocks for t in a[blk.a : blk.a + blk.size]):
        return None  # only stop words and numbers in common
    # a value that differs where the frames align ("28" / "26")
    value_differs = any(
        a[blk.a + k].is_value and a[blk.a + k].text != b[blk.b + k].text for blk in blocks for k in range(blk.size)
    )
    keys: list[tuple[int, int, int, int]] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        sa, sb = a[i1:i2], b[j1:j2]
        if any(t.is_value for t in (*sa, *sb)):
            value_differs = True
            if not (any(t.is_content for t in sa) and any(t.is_content for t in sb)):
                continue
        if any(t.is_content for t in sa) and any(t.is_content for t in sb):
            keys.append((i1, i2, j1, j2))
        elif any(t.is_content for t in (*sa, *sb)):
            value_differs = True  # a word on one side only ("up to three days" / "on-site only")
    if len(keys) != 1 or not value_differs:
        return None
    i1, i2, j1, j2 = keys[0]
    if any(tags.get(t.start, "").startswith(("VB", "MD")) for tags, t in _tagged(a[i1:i2], b[j1:j2], tags_a, tags_b)):
        return None  # "Submit your claim" / "Managers approve claims": a clause, not a name
    head = a[i2].masked if i2 < len(a) and j2 < len(b) else None
    if head is not None and head in _PEOPLE_HEADS:
        return _span(a, i1, i2), _span(b, j1, j2)  # "Night staff" / "Weekend staff"
    if _is_time(a[i1:i2]) or _is_time(b[j1:j2]):
        return None
    # "Annual leave" / "Sick leave": the stretch sorts the noun after it, a topic (without a
    # tagger to tell "leave" from "receive", any shared word after it)
    if head is not None and (not tags_a or tags_a.get(a[i2].start) in _NOUN_TAGS):
        return None
    return _span(a, i1, i2), _span(b, j1, j2)


def _tagged(
    sa: Sequence[_Token], sb: Sequence[_Token], tags_a: dict[int, str], tags_b: dict[int, str]
) -> list[tuple[dict[int, str], _Token]]:
    return [(tags_a, t) for t in sa] + [(tags_b, t) for t in sb]


def _span(tokens: list[_Token], i: int, j: int) -> str:
    words = [t.text for t in tokens[i:j]]
    # trim stop words at the ends ("the bakery" -> "bakery")
    while words and words[0].casefold() in stopwords():
        words.pop(0)
    while words and words[-1].casefold() in stopwords():
        words.pop()
    return " ".join(words)


def versions(texts: Sequence[str], tagger: Tagger | None = None) -> list[Versions]:
    """The groups of ``texts`` (sentences, list items, table rows) that are one rule's
    versions for different keys (see the module docstring).

    Args:
        texts: the sentences, in document order.
        tagger: part-of-speech tags, to tell a noun after the differing stretch ("leave")
            from a verb ("receive") and a clause from a name; without one, only stretches
            that end their sentence or precede a word for people, groups or places are keys.

    Returns:
        The groups of two or more sentences, each sentence in at most one group (the first
        pair that holds decides its key), ordered by their first sentence.
    """
    toks = [_tokens(t) for t in texts]
    tags = [dict(t) for t in tagger(list(texts))] if tagger is not None and texts else [{} for _ in texts]
    key_of: dict[int, str] = {}
    group_of: dict[int, int] = {}
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if i in group_of and j in group_of:
                continue
            pair = _key_pair(toks[i], toks[j], tags[i], tags[j])
            if pair is None or pair[0].casefold() == pair[1].casefold():
                continue
            g = group_of.get(i, group_of.get(j, i))
            for k, key in ((i, pair[0]), (j, pair[1])):
                if k not in group_of:
                    group_of[k], key_of[k] = g, key
    groups: dict[int, list[int]] = {}
    for k, g in group_of.items():
        groups.setdefault(g, []).append(k)
    return [
        Versions(tuple(sorted(ks)), tuple(key_of[k] for k in sorted(ks)))
        for _, ks in sorted(groups.items(), key=lambda kv: min(kv[1]))
        if len(ks) >= 2
    ]
