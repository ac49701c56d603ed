"""Which sentences of the retrieved passages are addressed to the asker.

A sentence addressed to a group (:func:`memgraph.extraction.audience.audiences`: "permanent
colleagues give one month's notice", "purple for support staff") is the asker's when the
group's words are among the asker's own (their statements, the names of their facts) or the
question's, and another group's rule when they are not. A sentence that gives two groups'
versions of a rule ("permanent colleagues give one month's notice seasonal colleagues give
two weeks' notice") is cut between them, and each part is judged on its own.

The words are compared as Porter stems (:func:`memgraph.text.textutil.stemmed`), so
"seasonal" matches "season" and "teaching" matches "teach".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..extraction.audience import GENERAL_WORDS, Audience, Tagger, audiences
from ..text.textutil import stemmed, stopwords

MINE = "mine"
OTHER = "other"
GENERAL = "general"

_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|by|from|with|of|contact|ask|tell|call|phone|email|see)\s+(?:\w+\s+){0,2}$", re.I
)
"""Words before a group that make it whom the rule sends one to ("report to security
staff", "ask HR staff"), not whom the rule is for."""


@dataclass(frozen=True)
class Part:
    """A sentence or a part of one, with whom it is addressed to.

    Attributes:
        text: the words to quote.
        state: :data:`MINE` (a group the asker is in), :data:`OTHER` (only groups the asker is
            not known to be in) or :data:`GENERAL` (no group).
        groups: the groups as written ("permanent colleagues").
    """

    text: str
    state: str
    groups: tuple[str, ...] = ()


def word_stems(texts: Iterable[str]) -> frozenset[str]:
    """Porter stems of the content words of ``texts`` (stop words and words for everyone
    dropped)."""
    words = {w for t in texts for w in re.findall(r"[^\W\d_]+", t.casefold())}
    words -= stopwords() | GENERAL_WORDS
    return frozenset(stemmed(" ".join(sorted(words))).split())


def _addressed(sentence: str, aud: Audience) -> bool:
    return _PREPOSITION_BEFORE.search(sentence[: aud.start]) is None


_COORDINATION = re.compile(r"^\s*(?:,\s*)?(?:and|or|&|,)?\s*(?:the\s+)?$", re.I)


def _coordinated(sentence: str, auds: Sequence[Audience]) -> list[Audience]:
    """``auds`` with groups joined by "and", "or" or a comma made one ("Ranger and Estate staff
    and Visitor Services staff may ...": the rule is for both)."""
    out: list[Audience] = []
    for a in auds:
        if out and _COORDINATION.match(sentence[out[-1].end : a.start]):
            last = out.pop()
            a = Audience(f"{last.key} {a.key}", last.start, a.end)
        out.append(a)
    return out


def _phrase(sentence: str, aud: Audience) -> str:
    return sentence[aud.start : aud.end]


def _state(aud: Audience, mine: frozenset[str]) -> str:
    stems = word_stems([" ".join(aud.words())])
    return MINE if stems & mine else OTHER


def addressed_parts(sentences: Sequence[str], mine: Iterable[str], tagger: Tagger) -> list[list[Part]]:
    """Each sentence as the parts to judge, with whom each is addressed to.

    Args:
        sentences: candidate sentences of an answer.
        mine: the asker's words: their statements, their facts' names and the question.
        tagger: part-of-speech tags (see :func:`memgraph.extraction.audience.audiences`).

    A group is judged only beside another (two groups among ``sentences``) or when it is the
    asker's: a lone group is most often the document's word for its readers.

    Returns:
        Per sentence, one :class:`Part` (the whole sentence) or, when it addresses two groups
        or more, one part per group: cut before each later group when the sentence opens with
        its first group ("permanent colleagues give ... seasonal colleagues give ..."), else
        after each group ("purple for support staff orange for casual staff").
    """
    own = word_stems(mine)
    found = [[a for a in auds if _addressed(s, a)] for s, auds in zip(sentences, audiences(sentences, tagger))]
    keys = {word_stems([" ".join(a.words())]) for auds in found for a in auds}
    if len(keys) < 2 and not any(k & own for k in keys):
        # One group and not the asker's: with nothing to tell it from, it is the reader
        # ("crew members must ...", "airside staff park in ..."), not one group of several.
        return [[Part(s, GENERAL)] for s in sentences]
    out: list[list[Part]] = []
    for sentence, found_here in zip(sentences, found):
        auds = _coordinated(sentence, found_here)
        if not auds:
            out.append([Part(sentence, GENERAL)])
            continue
        if len(auds) == 1:
            out.append([Part(sentence, _state(auds[0], own), (_phrase(sentence, auds[0]),))])
            continue
        tail = sentence[auds[-1].end :].strip(" .;,")
        # The groups end their parts ("purple for support staff | orange for ...") or open them
        # ("... permanent colleagues give ... | seasonal colleagues give ...").
        ends = len(tail.split()) <= 1
        cuts = [a.end for a in auds[:-1]] if ends else [a.start for a in auds[1:]]
        bounds = [0, *cuts, len(sentence)]
        parts = []
        for aud, (a, b) in zip(auds, itertools.pairwise(bounds)):
            text = sentence[a:b].strip(" ,;")
            parts.append(Part(text, _state(aud, own), (_phrase(sentence, aud),)))
        out.append(parts)
    return out


@dataclass(frozen=True)
class Asker:
    """What :func:`memgraph.recall.answer.extractive_answer` knows of the person asking.

    Attributes:
        words: their own words: their statements, their facts' names, the question.
        tagger: part-of-speech tags for :func:`addressed_parts`.
    """

    words: tuple[str, ...]
    tagger: Tagger

    def parts(self, sentences: Sequence[str]) -> list[list[Part]]:
        """:func:`addressed_parts` of ``sentences`` for this asker."""
        return addressed_parts(sentences, self.words, self.tagger)
