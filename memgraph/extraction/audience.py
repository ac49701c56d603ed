"""Who a sentence is addressed to, read from its noun phrases at the time of asking.

The scoping rules of :mod:`memgraph.extraction.applicability` turn names into context
entities when a document is ingested. Many rules are addressed instead to a group that is
not a name and has no entity type: a word before a word for people ("permanent colleagues
give one month's notice", "purple for support staff", "Teaching staff are paid on ...") or
before "contract" ("if you are on a seasonal contract, ..."). Such a group is what a person
says they are in their own words ("I've got a permanent contract", "I'm on a support staff
contract"), so it is matched against the asker's words when answering
(:mod:`memgraph.recall.selection`), never written to the graph.

:func:`audiences` finds them with the part-of-speech tags of
:meth:`memgraph.extraction.extract.Extractor.tags`: the run of adjectives, nouns and
participles (joined by "and", "or", "&") right before a people word or "contract". Words
that speak for everyone ("all staff", "new employees", "other colleagues") are no audience.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..text.textutil import stopwords

Tagger = Callable[[Sequence[str]], list[list[tuple[int, str]]]]
"""Part-of-speech tags of texts: (character offset, Penn Treebank tag) per token, as
:meth:`memgraph.extraction.extract.Extractor.tags` gives them."""

PEOPLE_WORDS = frozenset(
    {"staff", "colleagues", "colleague", "employees", "employee", "workers", "worker", "personnel", "members"}
    | {"member", "contract", "contracts", "contractors"}
)
"""Words that follow a group's own word: the group's people ("support staff", "seasonal
colleagues", "team members") or the contract that makes them one ("a seasonal contract")."""

GENERAL_WORDS = frozenset(
    """all new other others every each any existing current eligible affected relevant individual fellow
    our your their its this that these those such most some many few more both either neither same
    employment work working paid company trust group contract staff""".split()  # noqa: SIM905
)
"""Modifiers that speak for everyone ("all staff", "new employees", "your employment
contract"), and the people words themselves ("staff contract" is no group of contracts)."""

_MODIFIER_TAGS = frozenset({"JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "VBG", "VBN"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR"})
_JOIN_WORDS = frozenset({"and", "or", "&"})
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|&")
MAX_MODIFIER_WORDS = 3


@dataclass(frozen=True)
class Audience:
    """A group a text is addressed to.

    Attributes:
        key: its words as written, without the people word ("permanent", "supply and casual"),
            and those of a bracket after it that says who is in it ("salaried site management and
            head office" for "salaried staff (site management and head office)").
        start: the character offset of its first word in the text.
        end: the offset just past its people word.
    """

    key: str
    start: int
    end: int

    def words(self) -> list[str]:
        """The key's words, lower case, without joining words ("supply", "casual")."""
        return [w.casefold() for w in _TOKEN.findall(self.key) if w.casefold() not in _JOIN_WORDS]


_GLOSS = re.compile(r"\s*\(([^()]{2,80})\)")
"""A bracket right after a group that says who is in it: its words are the group's too."""
_NUMBER = re.compile(r"^\d+(?:st|nd|rd|th)?$")
"""A number or an ordinal is a value, never a group's word ("on the 20th and supply staff ...");
a code is ("CC2 advisers")."""


def _plural(word: str) -> bool:
    """Whether a people word names more than one ("staff", "colleagues"; not "assistant")."""
    return word.casefold() in ("staff", "personnel", "people") or word.casefold().endswith("s")


def audiences(texts: Sequence[str], tagger: Tagger) -> list[list[Audience]]:
    """The groups each text is addressed to, in order of appearance.

    Args:
        texts: sentences or clauses.
        tagger: part-of-speech tags (a pipeline without a tagger finds none).

    Returns:
        One list per text; empty when the text names no such group.
    """
    out: list[list[Audience]] = []
    for text, tags in zip(texts, tagger(list(texts))):
        tag_at = dict(tags)
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        found: list[Audience] = []
        for i, (_, end, word) in enumerate(tokens):
            if word.casefold() not in PEOPLE_WORDS:
                continue
            if (
                i + 1 < len(tokens)
                and not text[end : tokens[i + 1][0]].strip()
                and tag_at.get(tokens[i + 1][0], "").startswith("NN")
            ):
                # a people word that is a modifier itself: "the staff garage", "Staff Nurse" (not
                # one a table cell ends: "Staff group: office staff; Entitlement ...")
                continue
            j = i
            content = 0
            adjective = False
            joined = None  # where the words after the last "and" crossed start
            while j > 0 and content < MAX_MODIFIER_WORDS:
                start, prev_end, prev = tokens[j - 1]
                if text[prev_end : tokens[j][0]].strip():
                    break  # punctuation between: "In Rotterdam, staff use ..."
                low = prev.casefold()
                tag = tag_at.get(start)
                if low in _JOIN_WORDS and j - 1 > 0 and content:
                    joined = j
                    j -= 1
                    adjective = False  # "supply and casual staff"
                    continue
                if (
                    tag not in _MODIFIER_TAGS
                    or low in stopwords()
                    or low in GENERAL_WORDS
                    or "'" in low
                    or "’" in low
                    or _NUMBER.match(low) is not None
                    or (adjective and tag in _NOUN_TAGS)
                ):
                    # a possessive ("a month's notice") ends the group's words, and so does a
                    # noun before an adjective ("notice | seasonal colleagues")
                    break
                adjective = adjective or tag in _ADJECTIVE_TAGS
                j -= 1
                content += 1
            if joined is not None and j > 0 and tokens[j - 1][2].casefold() in ("a", "an") and _plural(word):
                # "wear a lilac tunic and nursing staff a navy one": a thing the article counts
                # is no modifier of a plural group's people
                j = joined
            while j < i and tokens[j][2].casefold() in _JOIN_WORDS:
                j += 1
            if content and j < i:
                key = text[tokens[j][0] : tokens[i - 1][1]]
                if (gloss := _GLOSS.match(text, end)) is not None:
                    key = f"{key} {gloss.group(1)}"  # "Salaried staff (site management and head office)"
                found.append(Audience(key, tokens[j][0], end))
        out.append(found)
    return out
