"""Entity linking of the words people use for their context to the names a handbook uses.

People rarely say a context the way the document names it: "I'm a stock colleague" for the
role "Overnight Stock Colleague", "I'm in planning" for "Planning Services", "based at Ellerby"
for the site "Ellerby Hub", "a band five staff nurse" for the grade "Band 5" and the role "Staff
Nurse", "I handle claims" for "Claims Handler". :class:`NameIndex` links such a phrase to the
known names by their *content words* (lower case, singular, number words as digits, the kind
words that only say what sort of name it is dropped: "team", "services", "site", "school of"):

- **contained**: every content word of a known name appears, in order and contiguous, in the
  phrase, and the phrase ends with it, with a job noun or with another known name ("the
  corporate team" contains "Corporate", "an on-call firefighter" "On-Call" and "Firefighter",
  "customer success" does not contain "Customer"; "a band five staff nurse" contains "Band 5"
  and "Staff Nurse"); the longest contained name wins;
- **shortened**: the phrase's content words appear, in order and contiguous, in a known name
  and include its first or last content word ("stock colleague" in "Overnight Stock
  Colleague", "Dunstow" in "Dunstow Distribution Centre");
- **word order**: a title "<Role> of <Group>" is also known as "<Group> <Role>" ("ops manager"
  is "Manager of Operations", "senior HR manager" "Senior Manager of Human Resources");
- **agent noun** (:meth:`NameIndex.link_agent`): a verb and its object name a role whose last
  word is the verb's agent noun ("I handle claims" -> "Claims Handler", "I teach" -> "Class
  Teacher"), scored by the other words they share.

A name never links to another rank of itself ("Manager" is not "Senior Manager":
:data:`RANK_WORDS`). A link must be unambiguous: when two known names of one type score the same, that type gets
no link (better no context than another person's). This is the classic dictionary-based
entity-linking step (candidate generation by token overlap, then a unique best candidate) of
named-entity linking systems, here over a handbook's own names instead of a knowledge base.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..models import EntityType
from ..text.textutil import stemmed
from ..text.vocabulary import ABBREVIATIONS, CONTEXT_TYPES, GROUP_NOUNS, ROLE_HEADS, SITE_NOUNS
from .extract import FoundEntity, match_key, singular_word

NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
"""Number words read as digits ("band five" is "Band 5")."""

FUNCTION_WORDS = frozenset({"the", "of", "and", "for", "a", "an", "our", "my"})
"""Small words that hold a name together ("School of History") and say nothing of which it is."""
KIND_WORDS = frozenset(
    GROUP_NOUNS
    | SITE_NOUNS
    | FUNCTION_WORDS
    | {"services", "service", "school", "faculty", "section", "contract", "member", "people"}
)
"""Words that say what sort of name a name is, not which one: dropped from both sides."""

_NOT_ALONE = frozenset(
    """senior junior chief principal deputy assistant lead head general new main central national regional
    night day staff""".split()  # noqa: SIM905
)
"""Words too common to link a name on their own ("I'm a senior" names no role)."""

RANK_WORDS = frozenset(
    {"senior", "junior", "lead", "chief", "principal", "head", "deputy", "acting", "trainee", "assistant", "associate"}
)
"""Words that make another rank of a role: "Senior Manager" is not "Manager", so a name never
links to one that differs from it by these."""

_MEMBERS = frozenset({"staff", "employee", "worker", "colleague", "member", "personnel"})
"""Words for a group's people after its name: "seasonal staff" is of the category "Seasonal"."""

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def content_words(text: str, *, titles: bool = False) -> tuple[str, ...]:
    """The words of ``text`` that tell one name from another: lower case, singular, number
    words as digits, abbreviations as the word they stand for
    (:data:`~memgraph.text.vocabulary.ABBREVIATIONS`), hyphens split ("part-time" -> part,
    time), :data:`KIND_WORDS` dropped; with ``titles``, a job title's kind words kept (all but
    :data:`FUNCTION_WORDS`: "Watch Manager" is not "Station Manager").

    >>> content_words("the Planning Services team")
    ('planning',)
    >>> content_words("a band five staff nurse")
    ('band', '5', 'staff', 'nurse')
    >>> content_words("sales reps")
    ('sale', 'representative')
    """
    out = []
    for w in _WORD.findall(text.casefold()):
        w = NUMBER_WORDS.get(w, w)
        w = singular_word(w)  # "hotels" is as much a kind word as "hotel"
        if w in KIND_WORDS and not (titles and w not in FUNCTION_WORDS):
            continue
        out.append(ABBREVIATIONS.get(w, w))
    return tuple(out)


def _names_kind_only(said: tuple[str, ...], known: tuple[str, ...], name: str) -> bool:
    """Whether ``said`` is only the last words of the place name ``name`` (content words
    ``known``), without the words that tell it from other places of its kind: "kitchen" of
    "Meridale Kitchen"; not "equine" of "Marsh Lane Equine Centre"."""
    last = tuple(singular_word(w) for w in _WORD.findall(name.casefold()))[-len(said) :] if said else ()
    return 0 < len(said) < len(known) and known[-len(said) :] == said and last == said


_ACRONYM = re.compile(r"\b[A-Z](?:&?[A-Z]){1,4}s?\b")
"""An acronym as written: two to five capitals, maybe with "&" ("HR", "CS", "R&D", "CSRs")."""

_NOT_IN_INITIALS = frozenset({"of", "and", "the", "for"})


_SPELLS_NOTHING = _NOT_IN_INITIALS | GROUP_NOUNS | SITE_NOUNS | _MEMBERS
"""Words that are no part of a run spelling an acronym ("permanent staff" is not "PS")."""


def initials(name: str) -> str:
    """The acronym of a name: the first letters of its words but "of", "and", "the", "for"
    (lower case): "Research and Development" -> "rd", "Customer Service" -> "cs"."""
    return "".join(w[0] for w in _WORD.findall(name.casefold()) if w not in _NOT_IN_INITIALS)


def _find(part: Sequence[str], whole: Sequence[str]) -> int:
    """Where ``part`` starts as a contiguous run in ``whole``; -1 if it does not."""
    n = len(part)
    return next((i for i in range(len(whole) - n + 1) if tuple(whole[i : i + n]) == tuple(part)), -1)


def agent_nouns(verb: str) -> set[str]:
    """Agent nouns a verb lemma may make: "handle" -> handler, "plan" -> planner, "teach" ->
    teacher, "supervise" -> supervisor, "carry" -> carrier."""
    v = verb.casefold()
    out = {v + "er", v + "or"}
    if v.endswith("e"):
        out |= {v + "r", v[:-1] + "or"}
    if v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
        out.add(v[:-1] + "ier")
    if len(v) >= 3 and v[-1] not in "aeiouwxy" and v[-2] in "aeiou" and v[-3] not in "aeiou":
        out.add(v + v[-1] + "er")  # plan -> planner, shop -> shopper
    return out


def _of_variants(name: str) -> list[tuple[str, ...]]:
    """The word orders people say a title "<Role> of <Group>" in: "Manager of Operations" as
    "operations manager", "Senior Manager of Human Resources" as "senior HR manager" (a rank
    word stays in front) and "HR senior manager"."""
    head, sep, group = name.partition(" of ")
    if not sep or not group.strip():
        return []
    h, g = content_words(head), content_words(group)
    if not h or not g:
        return []
    ranks = tuple(w for w in h if w in RANK_WORDS)
    rest = tuple(w for w in h if w not in RANK_WORDS)
    return [ranks + g + rest, g + h]


_DETERMINER = re.compile(r"^(?:(?:a|an|the|my|our|your)\s+)+", re.I)


def _one_name(tied: list[FoundEntity]) -> FoundEntity | None:
    """The one name the best candidates of a type stand for: the only one, or the title "<Role>
    of <Group>" when the others are the same words in another order (a person's "Operations
    Manager" beside the document's "Manager of Operations"); None when they differ."""
    if len(tied) == 1:
        return tied[0]
    if len({tuple(sorted(content_words(e.name))) for e in tied}) == 1:
        titled = [e for e in tied if " of " in e.name]
        if len(titled) == 1:
            return titled[0]
    return None


@dataclass(frozen=True)
class _Name:
    entity: FoundEntity
    words: tuple[str, ...]


class NameIndex:
    """Known context names, indexed by their content words, for linking what people say.

    Args:
        entities: the known names; only :data:`~memgraph.text.vocabulary.CONTEXT_TYPES` are kept.
        group_words: what the knowledge base lists as being in some of them
            (:meth:`memgraph.extraction.extract.Extractor.group_words`), kept for
            :meth:`described`; :meth:`link` reads them only to put a phrase that is one of
            a group's listed items, whole, in that group rather than in another its words name.
        organisations: the names of the organisation the knowledge base speaks for
            (:meth:`memgraph.extraction.extract.Extractor.organisations`): a phrase made of
            their words names the employer, no context ("with Brickfield" is not "Brickfield
            House").
    """

    def __init__(
        self,
        entities: Iterable[FoundEntity],
        group_words: Mapping[FoundEntity, Sequence[str]] | None = None,
        organisations: Sequence[str] = (),
    ) -> None:
        self._described = {ent: tuple(words) for ent, words in (group_words or {}).items()}
        self._organisations = [frozenset(content_words(o)) for o in organisations if content_words(o)]
        self._listed = listed_index(self._described)
        self.vectors: dict[str, Any] = {}
        """Unit-length embeddings of names and listed words by text, filled by query-time linking
        (:func:`memgraph.recall.mentions.embedded_context`) and kept while the index is."""
        self._names: list[_Name] = []
        self._by_word: dict[str, list[_Name]] = {}
        self._acronyms: dict[str, set[str]] = {}
        self._spelt_out: dict[str, set[str]] = {}  # names that are acronyms ("PS"), by their letters
        self._bare: list[FoundEntity] = []  # names of kind words alone ("Warehouse"): listed, never linked by phrase
        for ent in entities:
            if ent.type not in CONTEXT_TYPES:
                continue
            words = content_words(ent.name)
            if not words:
                self._bare.append(ent)
                continue
            if ent.type == EntityType.ROLE:
                # a job title is all its words: "Watch Manager" and "Station Manager" differ
                words = content_words(ent.name, titles=True)
            for variant in dict.fromkeys([words, *_of_variants(ent.name)]):
                name = _Name(ent, variant)
                self._names.append(name)
                for w in set(variant):
                    self._by_word.setdefault(w, []).append(name)
            if _ACRONYM.fullmatch(ent.name) and not ent.name.endswith("s"):
                self._spelt_out.setdefault(ent.name.casefold(), set()).add(ent.name)
            # every run of two or more of its words may be said as an acronym: "CS" for
            # "Customer Service" in "Customer Service Representative"
            said = [w for w in _WORD.findall(ent.name) if w.casefold() not in _NOT_IN_INITIALS]
            for i in range(len(said)):
                for j in range(i + 2, len(said) + 1):
                    self._acronyms.setdefault(initials(" ".join(said[i:j])), set()).add(" ".join(said[i:j]))

    def names_organisation(self, words: Sequence[str]) -> bool:
        """Whether ``words`` (:func:`content_words`) are all words of one of the organisation's
        names ("Brickfield" of "Brickfield Construction Ltd")."""
        return bool(words) and any(set(words) <= o for o in self._organisations)

    def organisation_words(self) -> frozenset[str]:
        """The content words of the organisation's names."""
        return frozenset().union(*self._organisations)

    def expand_acronyms(self, phrase: str) -> str:
        """``phrase`` with each acronym that the known names spell one way only written out:
        "a CS rep" -> "a Customer Service rep", "HR" -> "Human Resources"."""

        def expand(m: re.Match[str]) -> str:
            letters = m.group().rstrip("s").replace("&", "").casefold()
            spelt = {s.casefold(): s for s in self._acronyms.get(letters, ())}
            return next(iter(spelt.values())) if len(spelt) == 1 else m.group()

        return _ACRONYM.sub(expand, phrase)

    def contract_acronyms(self, phrase: str) -> str:
        """``phrase`` with each run of words whose initials spell a known name that is an
        acronym written as that acronym: "professional services" -> "PS" where the document
        names a group "PS" ("'Professional Services staff' ('PS staff')"). Kind and member
        words ("staff", "team") and small words are no part of a run."""
        if not self._spelt_out:
            return phrase
        words = list(_WORD.finditer(phrase))
        out, pos = [], 0
        i = 0
        while i < len(words):
            for n in range(5, 1, -1):
                run = words[i : i + n]
                if len(run) < n or any(singular_word(w.group().casefold()) in _SPELLS_NOTHING for w in run):
                    continue
                spelt = self._spelt_out.get("".join(w.group()[0] for w in run).casefold())
                if spelt is not None and len(spelt) == 1:
                    out += [phrase[pos : run[0].start()], next(iter(spelt))]
                    pos, i = run[-1].end(), i + n
                    break
            else:
                i += 1
        return "".join(out) + phrase[pos:]

    def names(self, etype: EntityType) -> list[FoundEntity]:
        """The known names of type ``etype``, each once (also those made of kind words alone,
        which :meth:`link` never gives)."""
        found = [n.entity for n in self._names if n.entity.type == etype]
        return list(dict.fromkeys([*found, *(e for e in self._bare if e.type == etype)]))

    def described(self, ent: FoundEntity) -> tuple[str, ...]:
        """What the knowledge base lists as being in ``ent`` ("reception", "night porters"),
        or ``()``."""
        return self._described.get(ent, ())

    def __len__(self) -> int:
        return len({id(n.entity) for n in self._names})

    def _candidates(self, words: Iterable[str], types: Iterable[EntityType] | None) -> list[_Name]:
        allowed = set(types) if types is not None else set(CONTEXT_TYPES)
        seen: dict[int, _Name] = {}
        for w in words:
            for n in self._by_word.get(w, []):
                if n.entity.type in allowed:
                    seen[id(n)] = n
        return list(seen.values())

    def link(
        self,
        phrase: str,
        types: Iterable[EntityType] | None = None,
        *,
        other_than: str | None = None,
        by_kind: bool = True,
    ) -> list[FoundEntity]:
        """Known names ``phrase`` refers to, at most one per type (see the module docstring).

        Args:
            phrase: a noun phrase as said ("the corporate team", "a band five staff nurse").
            types: the types the phrase may name; None for every context type.
            other_than: a name to leave out (case-insensitive): linking a fact's own entity
                ("Ellerby") to the document's fuller name for it ("Ellerby Hub").
            by_kind: whether a phrase in lower case may name a place by the last words of its
                name alone ("the museum": "Tallowgate Museum"); False where the speaker names
                their place otherwise ("the hotel kitchen in Porto" is no "Meridale Kitchen").

        Returns:
            One entity per type that has a unique best match, in order of type.
        """
        words = content_words(self.expand_acronyms(self.contract_acronyms(phrase)))
        if not words or self.names_organisation(words):
            return []
        best: dict[EntityType, tuple[float, list[FoundEntity]]] = {}
        # (a job title is compared with the phrase's kind words kept)
        titled = content_words(self.expand_acronyms(self.contract_acronyms(phrase)), titles=True)
        cands = self._candidates(dict.fromkeys([*words, *titled]), types)
        if other_than is not None:
            cands = [c for c in cands if c.entity.name.casefold() != other_than.casefold()]
        # where a known name ends the phrase: "on call" before "firefighter" is a name's modifier
        lower_case = phrase == phrase.casefold()
        tails = {
            said: {len(said) - len(c.words) for c in cands if said[len(said) - len(c.words) :] == c.words}
            for said in (words, titled)
        }
        for cand in cands:
            if set(cand.words) <= _MEMBERS:
                continue  # "office staff" without its kind word is "staff": anyone's word, no group's
            said = titled if cand.entity.type == EntityType.ROLE else words
            if (
                cand.entity.type == EntityType.LOCATION
                and not by_kind
                and lower_case
                and _names_kind_only(said, cand.words, cand.entity.name)
            ):
                continue  # "the hotel kitchen" is a kind of place, not "Meridale Kitchen"
            score = self._score(said, cand.words, tails[said], ranked=cand.entity.type == EntityType.ROLE)
            if score <= 0:
                continue
            held = best.get(cand.entity.type)
            if held is None or score > held[0]:
                best[cand.entity.type] = (score, [cand.entity])
            elif score == held[0] and cand.entity not in held[1]:
                held[1].append(cand.entity)
        # A phrase the knowledge base lists, whole, as in a group ("teaching assistants" under
        # "support staff: ..., such as teaching assistants, ...") is in that group, not in
        # another its words name ("Teaching").
        # A listed item that is itself a known name of that type is that name ("Nairobi", listed
        # under "Classifications A and B: Nairobi, Kampala, ..."): the group contains it.
        key = listed_key(phrase)
        listed = self._listed.get(key, [])
        for etype in {e.type for e in listed} & set(best):
            of_type = list(dict.fromkeys(e for e in listed if e.type == etype))
            if any(listed_key(e.name) == key for e in best[etype][1]):
                continue
            if len(of_type) == 1:
                best[etype] = (float("inf"), of_type)
        # names whose content words tie (kind words dropped: "Watch Manager", "Station Manager")
        # are told apart by the whole name as said
        as_said = match_key(_DETERMINER.sub("", phrase.strip()))
        for etype, (score, ents) in best.items():
            if len(ents) > 1 and len(exact := [e for e in ents if match_key(e.name) == as_said]) == 1:
                best[etype] = (score, exact)
        return [
            one
            for _, (_, ents) in sorted(best.items(), key=lambda kv: kv[0].value)
            if (one := _one_name(ents)) is not None
        ]

    @staticmethod
    def _score(said: tuple[str, ...], known: tuple[str, ...], tails: set[int], *, ranked: bool = True) -> float:
        # a rank word tells jobs apart ("Analyst" is no "Junior Analyst"), not places or groups
        # ("Fenwick" is "Fenwick Junior School")
        ranks = RANK_WORDS if ranked else frozenset()
        at = _find(known, said)
        if at >= 0 and ranks.isdisjoint(said[:at]):
            # a name inside a longer phrase: the phrase must end in it, in a job noun ("band 5"
            # in "band 5 staff nurse") or in another known name ("on call" in "on call
            # firefighter"), so "customer success" does not contain "Customer"
            end = at + len(known)
            if end == len(said) or said[-1] in ROLE_HEADS or said[-1] in _MEMBERS or end in tails:
                return 100.0 + len(known)
            return 0.0
        at = _find(said, known)
        extra = known[:at] + known[at + len(said) :]
        if at >= 0 and (at == 0 or at + len(said) == len(known)) and ranks.isdisjoint(extra):
            # ("nights" is the "Night shift": a shift's name said without its shift word)
            if len(said) == 1 and said[0] in _NOT_ALONE and extra != ("shift",):
                return 0.0
            return 50.0 + len(said) / len(known)
        return 0.0

    def link_agent(self, verb: str, phrase: str = "") -> FoundEntity | None:
        """The known role a verb (and its object ``phrase``) describes: a role whose last
        content word is an agent noun of ``verb`` ("handle" -> "Claims Handler"), the one that
        shares most other words with ``phrase``; None when none or a tie."""
        nouns = agent_nouns(verb)
        words = set(content_words(phrase))
        scored: dict[int, list[FoundEntity]] = {}
        for n in self._names:
            if n.entity.type == EntityType.ROLE and n.words[-1] in nouns:
                scored.setdefault(len(words & set(n.words[:-1])), []).append(n.entity)
        if not scored:
            return None
        top = list(dict.fromkeys(scored[max(scored)]))  # a name's word orders are one name
        return top[0] if len(top) == 1 else None


def listed_key(phrase: str) -> tuple[str, ...]:
    """The Porter stems of a phrase's content words: one key for a group's listed item and a
    person's words for it ("teaching assistants", "a teaching assistant")."""
    words = content_words(phrase)
    return tuple(stemmed(" ".join(words)).split()) if words else ()


def listed_index(group_words: Mapping[FoundEntity, Sequence[str]]) -> dict[tuple[str, ...], list[FoundEntity]]:
    """The groups that list each item, by :func:`listed_key`."""
    out: dict[tuple[str, ...], list[FoundEntity]] = {}
    for ent, words in group_words.items():
        for item in words:
            if (key := listed_key(item)) and ent not in out.setdefault(key, []):
                out[key].append(ent)
    return out


__all__ = [
    "KIND_WORDS",
    "NUMBER_WORDS",
    "RANK_WORDS",
    "NameIndex",
    "agent_nouns",
    "content_words",
    "initials",
    "listed_index",
    "listed_key",
]
