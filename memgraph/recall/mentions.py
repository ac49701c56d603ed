"""Context a user has given without stating it as a fact: query-time entity linking.

Fact extraction (:mod:`memgraph.extraction.facts`) turns "I work at the Porto site" into
``LOCATED_IN Porto``, but ordinary phrasing often carries the context in a form no fact rule
covers, or in other words than the document's: "I'm a stock colleague at the Hollinsby store",
"Been on permanent nights since May", "I'm in planning" (for "Planning Services"), "My contract
is with the Kraków office". When the graph knows such a name as a shared context entity (a
department, site, role, grade, shift pattern or category a knowledge-base passage applies to,
or one another user stated), the caller's memories that say they are, are in or do it are
evidence of the caller's context of that type: :func:`linked_in` links what they say they are
(:meth:`~memgraph.extraction.extract.Extractor.self_phrases`) to the known names
(:class:`~memgraph.extraction.linking.NameIndex`), and :func:`named_in` finds capitalised
known names in first-person text.

This is done when searching, never written as a fact: a mention is weaker evidence than a
stated fact, and a written single-valued fact would close a true one ("My manager is in
Kraków" names a site that is not the caller's). So it only fills a type of context that no
current fact gives, and only when the caller's recent memories name at most
:data:`MAX_PER_TYPE` entities of that type (a site and its region; more leave the type
unknown, and the answer asks). Because it runs at query time, the order of ingest and
statements does not matter.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime

import numpy as np

from ..extraction.declarations import UNIT_OF
from ..extraction.extract import Extractor, FoundEntity, entity_key, match_key, singular_word
from ..extraction.linking import FUNCTION_WORDS, KIND_WORDS, RANK_WORDS, NameIndex, content_words
from ..models import SHARED_SCOPE, EntityType, Memory, NodeLabel, entity_id, held_at, user_scope
from ..stores.base import GraphStore, NodeRecord, NodeRef
from ..text.embed import Embedder
from ..text.places import areas_of, country_of, fold_name, is_place
from ..text.textutil import stemmed, stopwords
from ..text.vocabulary import CONTEXT_TYPES, MEMBER_NOUNS, OWN_CONTEXT_TOPICS, ROLE_HEADS, SITE_NOUNS, UNIT_NOUNS

_TEXT = Memory.prop("text")

RECENT_MEMORIES = 200
"""How many of the caller's newest memories are read for mentions (a bound on query cost)."""

MAX_NAME_WORDS = 5

MAX_PER_TYPE = 2
"""More names of one type than this in the caller's memories leave that type unknown: a
site within a region ("at Fenwick Quay, up in the Borders region") is two names of one
type, a history of moves is more."""

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|My|mine|we|We|our|Our|us)\b")
_WORD = re.compile(r"[^\W_]+(?:[&'’.-][^\W_]+)*", re.UNICODE)


def recent_texts(store: GraphStore, user_id: str, as_of: datetime | None = None) -> list[str]:
    """The texts of the user's :data:`RECENT_MEMORIES` newest active memories; with ``as_of``,
    of the newest memories that held then (superseded versions included, later ones not)."""
    if as_of is None:
        mems = store.find_nodes(NodeLabel.MEMORY, [user_scope(user_id)], status=["active"], limit=RECENT_MEMORIES)
    else:
        every = store.find_nodes(NodeLabel.MEMORY, [user_scope(user_id)], status=["active", "superseded"], limit=None)
        mems = [m for m in every if _held(m, as_of)][:RECENT_MEMORIES]
    return [str(m.props.get(_TEXT, "")) for m in mems]


def _held(node: NodeRecord, when: datetime) -> bool:
    mem = Memory.model_validate(node.props)
    return held_at(mem.valid_from, mem.valid_to, when)


def first_person(text: str) -> bool:
    """True when ``text`` speaks of its author ("I", "my", "our", ...; a capital "I" only)."""
    return _FIRST_PERSON.search(text) is not None


def named_in(text: str, extractor: Extractor, types: Collection[EntityType]) -> list[tuple[EntityType, str]]:
    """Known entities of ``types`` that ``text`` names as proper names: longest match first,
    each match starting with a capital letter (so "I'd like to change my address" does not
    name the department "Change", nor "I take the bus" the group "Bus"), the first word of a
    sentence only when the name has more than one word; a working pattern (Schedule) of two
    words or more in any case ("I'm on permanent nights").

    Returns:
        (type, name) pairs in order of appearance, without repeats.
    """
    return list(dict.fromkeys((etype, name) for etype, name, _ in named_spans(text, extractor, types)))


def named_spans(
    text: str, extractor: Extractor, types: Collection[EntityType], *, leading: bool = False
) -> list[tuple[EntityType, str, int]]:
    """Each naming of a known entity in ``text`` as :func:`named_in` finds them, with where it
    starts.

    Args:
        leading: read ``text`` as a document's: also a one-word name that opens a sentence
            when the name reads as a group's there, followed by a word for its people or by
            another capitalised name or a colon ("Strategy and Change submit monthly",
            "Operations staff start at 06:00", "Strategy: 70%"; not "Change requests go to ...",
            "Support is open all day"), and one after a colon or a semicolon ("Rank: Purser").

    Returns:
        (type, known name, start offset in ``text``) in order of appearance, repeats kept.
    """
    words = list(_WORD.finditer(text))
    out: list[tuple[EntityType, str, int]] = []
    i = 0
    while i < len(words):
        first = words[i]
        before = text[: first.start()].rstrip()
        # a table cell or a label's value ("Rank: Purser") opens no sentence in a document
        starts_sentence = not before or before[-1] in (".!?" if leading else ".!?:;")
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            capital = first.group()[0].isupper()
            # (an acronym is a name wherever it stands: "CC are rostered at least 10 days off")
            acronym = n == 1 and len(first.group()) >= 2 and first.group().isupper()
            said = " ".join(w.group() for w in words[i : i + n])
            possessive = _POSSESSIVE.search(said) is not None
            if (not capital and n < 2) or (
                n == 1
                and starts_sentence
                and not acronym
                and not possessive
                and not (leading and _as_group(text, first))
            ):
                continue
            ent = extractor.known(_POSSESSIVE.sub("", said) if possessive else said)
            if ent is None and n == 1 and capital and (country := country_of(said)) is not None:
                # "the Omani duty stations" name Oman, when the graph knows it as a place
                ent = extractor.known(country)
                ent = ent if ent is not None and ent.type == EntityType.LOCATION else None
            # in lower case only a working pattern's name of two words or more ("I'm on
            # permanent nights"): the names of groups and places are written with capitals
            if ent is not None and ent.type in types and (capital or ent.type == EntityType.SCHEDULE):
                out.append((ent.type, ent.name, first.start()))
                i += n
                break
        else:
            i += 1
    if leading and EntityType.SCHEDULE in types:
        # a working pattern in lower case where a condition says it is the reader's ("If you're
        # on days or nights, ...", "If you work the weekend shift, ..."): a single word too
        taken = {start for _, _, start in out}
        for frame in _ON_PATTERN.finditer(text):
            for word in _WORD.finditer(text, frame.start("list"), frame.end("list")):
                ent = extractor.known(word.group())
                if ent is not None and ent.type == EntityType.SCHEDULE and word.start() not in taken:
                    out.append((ent.type, ent.name, word.start()))
        out.sort(key=lambda t: t[2])
    return out


_ON_PATTERN = re.compile(
    r"\bif\s+you(?:['’]re|\s+are)?\s+(?:on|work(?:ing)?)\s+(?:the\s+|a\s+)?"
    r"(?P<list>[a-z]+(?:(?:\s*,\s*|\s+or\s+|\s+and\s+)[a-z]+)*)",
    re.I,
)
"""A condition that puts the reader on a working pattern ("If you're on days or nights")."""


_GROUP_AFTER = re.compile(
    r"\s*(?::|(?:,|and|or|&)\s+(?:the\s+)?[A-Z]|(?:" + "|".join(sorted(MEMBER_NOUNS)) + r")\b|team\b)"
)
"""What follows a name that opens a sentence as a group's: a colon (a label: "Strategy: 70%"),
another capitalised name in a list, or a word for its people."""
_POSSESSIVE = re.compile(r"['’]s$")
"""A name's possessive ending: "Austin's anchor days are ..." names Austin, also opening a sentence."""


def _as_group(text: str, word: re.Match[str]) -> bool:
    return _GROUP_AFTER.match(text, word.end()) is not None


def linked_in(
    text: str,
    phrases: Sequence[tuple[str, str, str]],
    names: NameIndex,
    types: Collection[EntityType],
    refine: Collection[str] = (),
) -> list[tuple[EntityType, str]]:
    """Known entities of ``types`` that a first-person ``text`` says are the speaker's own,
    from its self-description phrases (:meth:`Extractor.self_phrases`) linked to the known
    names (:class:`~memgraph.extraction.linking.NameIndex`: "I'm in planning" -> "Planning
    Services", "I handle claims" -> "Claims Handler"); for a type no phrase gives, the
    capitalised known names the text holds (:func:`named_in`: "My contract is with the Kraków
    office").

    Two phrases in a row may together name a title "<role> of <group>" that neither names
    alone ("I'm a senior manager in human resources" -> "Senior Manager of Human Resources",
    "I head up product management as director" -> "Director of Product Management"): a role,
    when roles are among ``types`` or the title holds a role the speaker is known to have
    (``refine``: "Senior Manager", said as a fact; also a single phrase's title: a "Rep" who
    says "sales" is a "Sales Representative").

    Returns:
        (type, known name) pairs without repeats.
    """
    out: list[tuple[EntityType, str]] = []
    said = [phrase for kind, phrase, _ in phrases if kind == "phrase"]
    # a place said by name ("in Porto") is where the speaker is: a place in lower case is then
    # a kind of place there ("the hotel kitchen"), not a place named by its kind word alone
    # (a capitalised phrase links the same either way, so it is linked once)
    capitalised = {p: names.link(p, types) for p in said if p != p.casefold()}
    by_name = any(e.type == EntityType.LOCATION for found in capitalised.values() for e in found)
    for kind, phrase, verb in phrases:
        found: list[FoundEntity] = []
        if kind == "agent":
            if EntityType.ROLE in types and (role := names.link_agent(verb, phrase)) is not None:
                found.append(role)
        elif phrase in capitalised:
            found = capitalised[phrase]
        else:
            found = names.link(phrase, types, by_kind=not by_name)
        out.extend((e.type, e.name) for e in found if (e.type, e.name) not in out)
    held = [set(content_words(r)) for r in refine]
    titles = [f"{a} of {b}" for a, b in itertools.pairwise(said)]
    titles += [t for a, b in itertools.pairwise(said) for t in (f"{b} of {a}", f"{b} {a}", f"{a} {b}")]
    for title in [*said, *titles] if held or EntityType.ROLE in types else []:
        for e in names.link(title, [EntityType.ROLE]):
            words = set(content_words(e.name))
            # a refinement adds no rank ("Lecturer" is not made "Senior Lecturer")
            wanted = EntityType.ROLE in types or any(h and h < words and not (words - h) & RANK_WORDS for h in held)
            if wanted and (e.type, e.name) not in out:
                out.append((e.type, e.name))
    return out


def mentioned_context(
    store: GraphStore,
    extractor: Extractor,
    names: NameIndex,
    user_id: str,
    scopes: Sequence[str],
    missing: Collection[EntityType],
    roles: Collection[str] = (),
    *,
    also: Collection[EntityType] = (),
    held: Collection[str] = (),
    embedder: Embedder | None = None,
    as_of: datetime | None = None,
) -> dict[NodeRef, tuple[EntityType, str]]:
    """Shared context entities of the ``missing`` types that the user's first-person memories
    name (see the module docstring), titles that make one of their ``roles`` more precise
    (:func:`linked_in`'s ``refine``), and, of the types in ``also`` (ones a fact gives), what
    the user says they are in other words: a store and its region ("Our store is in the
    Estuary region" beside the fact "Saltergate"); only self-description phrases count for
    these, never a name merely mentioned.

    Args:
        names: the known names to link what the user said to.
        user_id: the caller; their :data:`RECENT_MEMORIES` newest active memories are read.
        scopes: the scopes the search may read (entities outside them are ignored).
        missing: types no current fact of the caller gives.
        embedder: links by meaning what no word links (:func:`embedded_context`); None skips it.
        as_of: read the memories that held at this time (a search as of a past time).

    Returns:
        entity ref -> (type, name), at most :data:`MAX_PER_TYPE` per type.
    """
    types = [t for t in missing if t in CONTEXT_TYPES]
    extra = [t for t in also if t in CONTEXT_TYPES and t not in types]
    if not (types or roles or extra) or SHARED_SCOPE not in scopes:
        return {}
    texts = recent_texts(store, user_id, as_of)
    by_type: dict[EntityType, dict[str, str]] = {}
    said = extractor.self_phrases(texts) if len(names) else [[] for _ in texts]
    for text, phrases in zip(texts, said):
        linked = linked_in(text, phrases, names, [*types, *extra], roles)
        if first_person(text):
            # capitalised known names of a type no phrase gave; of one a phrase gave, a region
            # named as one ("at Fenwick Quay, up in the Borders region": a site and its region;
            # not "I was at Carrowmere last week, but my home store is Hollinsby")
            given = {etype for etype, _ in linked}
            linked += [
                (t, n)
                for t, n in dict.fromkeys(
                    (t, n) for t, n, start in named_spans(text, extractor, types) if not _someone_elses(text, start)
                )
                if (t, n) not in linked and (t not in given or _named_as_region(text, n))
            ]
        for etype, name in linked:
            by_type.setdefault(etype, {}).setdefault(entity_id(SHARED_SCOPE, etype, entity_key(name)), name)
    # the last resort for a type nothing links: a known name most of whose words they say
    still = [t for t in types if t not in by_type]
    found = [n for names_ in by_type.values() for n in names_.values()]
    # the words of memories that speak of the user: those with something they say they are,
    # and those that name nobody ("Student vet nurse, second year."), not "My partner works in ..."
    own_texts = [_own_part(t) for t, phrases in zip(texts, said) if phrases or not first_person(t)]
    for etype, name in worded_context(own_texts, names, still, [*held, *roles, *found]) if still else []:
        by_type[etype] = {entity_id(SHARED_SCOPE, etype, entity_key(name)): name}
    # (and by meaning, beside an organisational unit only: "School of Computing" says where they
    # work, not which staff group, "Academic staff", they are in, which rules may be keyed by)
    still = [t for t in types if t not in by_type or _units_only(by_type[t].values())]
    if still and embedder is not None:
        # what they said they are that links nothing by its words ("one of the vets", "the mill")
        unlinked = [
            phrase
            for (text, phrases) in zip(texts, said)
            if text in own_texts
            for _, phrase, _ in phrases
            if not names.link(phrase)
        ]
        # (beside a unit, another unit is no staff group: "Halstow Law School" for "research track")
        units = {t for t in still if t in by_type}
        for etype, name in embedded_context(
            unlinked, names, still, embedder, skip=lambda t, n: t in units and _is_unit(n)
        ):
            by_type.setdefault(etype, {})[entity_id(SHARED_SCOPE, etype, entity_key(name))] = name
    return _existing(store, by_type)


def _units_only(names: Iterable[str]) -> bool:
    """Whether every name is an organisational unit's (:func:`_is_unit`)."""
    return all(_is_unit(n) for n in names)


def _is_unit(name: str) -> bool:
    """Whether a name is an organisational unit's: "<unit noun> of <Name>" ("School of
    Computing"; :data:`~memgraph.extraction.declarations.UNIT_OF`) or "<Name> <unit noun>"
    ("Halstow Law School")."""
    words = name.split()
    return UNIT_OF.match(name) is not None or (len(words) >= 2 and words[-1].casefold() in UNIT_NOUNS)


MIN_LINK_COSINE = 0.6
"""Cosine (all-MiniLM-L6-v2) a phrase and a known name must reach for :func:`embedded_context`
to link them. Set on the tuning handbooks' users (``bench/handbooks.py --split tuning``): the two
links made scored 0.68 ("grade 7 professional services role" / Professional Services) and 0.74
("vets" / Veterinary Surgeons), both right; below the bar, right ones at 0.56-0.57 ("nights" /
Night Replenishment) beside wrong ones at 0.55 ("marine biology" / Porthallow Marine) and 0.57
("stage crew" / FOH)."""
MIN_LINK_MARGIN = 0.05
"""How far the best name must lead the next name of its type for :func:`embedded_context` to
link it ("the vets": "Veterinary Surgeons" 0.74, "registered veterinary nurse" 0.68)."""


def embedded_context(
    phrases: Sequence[str],
    names: NameIndex,
    types: Collection[EntityType],
    embedder: Embedder,
    *,
    skip: Callable[[EntityType, str], bool] | None = None,
) -> list[tuple[EntityType, str]]:
    """Query-time entity linking by meaning, after every word-based step has failed: the known
    name of each type in ``types`` nearest to a phrase the user said they are, are in or do
    (:meth:`~memgraph.extraction.extract.Extractor.self_phrases`: "one of the vets" ->
    "Veterinary Surgeons", "the equine centre" -> "Marsh Lane Equine Centre"), by cosine of their
    sentence embeddings; a phrase of kind words alone ("School", "my base"), a place the
    gazetteer has ("Leeds", :func:`memgraph.text.places.is_place`) or the organisation's name
    (:meth:`NameIndex.names_organisation`) links nothing. What
    the knowledge base lists as in a group (:meth:`NameIndex.described`) stands for the group
    ("receptionist" -> "receptionists" -> Client Care).

    A name is linked when its cosine reaches :data:`MIN_LINK_COSINE` and leads every other name
    of its type by :data:`MIN_LINK_MARGIN`; a type with fewer than two known names has nothing
    to tell apart and is left alone (a single name would be everyone's).

    Args:
        skip: (type, name) -> True for a known name not to link (None: every name may be).

    Returns:
        (type, name) pairs, at most one per type.
    """
    # not "one", nor a kind word alone ("School", "base"): every "School of ..." is near it;
    # nor a town the gazetteer has ("Leeds"): one place's name means nothing of another's; nor
    # the employer ("with Brickfield" is no "Brickfield House", nor "Bricklayer")
    phrases = [
        p
        for p in dict.fromkeys(phrases)
        if (words := content_words(p))
        and not all(w.isdigit() for w in words)  # "one of the hotels": a number and a kind word
        and not is_place(p)
        and not names.names_organisation(words)
    ]
    if not phrases:
        return []
    aliases: list[tuple[str, EntityType, str]] = []
    for etype in types:
        ents = [e for e in names.names(etype) if skip is None or not skip(etype, e.name)]
        if len(ents) >= 2:
            for ent in ents:
                aliases.extend((text, etype, ent.name) for text in (ent.name, *names.described(ent)))
    if not aliases:
        return []
    missing = [t for t in dict.fromkeys(a for a, _, _ in aliases) if t not in names.vectors]
    if missing:
        names.vectors.update(zip(missing, _unit_rows(embedder.embed(missing))))
    # cosine of every alias with its nearest phrase, one product for all
    nearest = (np.stack([names.vectors[text] for text, _, _ in aliases]) @ _unit_rows(embedder.embed(phrases)).T).max(
        axis=1
    )
    out: list[tuple[EntityType, str]] = []
    for etype in dict.fromkeys(t for _, t, _ in aliases):
        best: dict[str, float] = {}
        for (_, t, name), cos in zip(aliases, nearest):
            if t == etype:
                best[name] = max(best.get(name, -1.0), float(cos))
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        if len(ranked) >= 2 and ranked[0][1] >= MIN_LINK_COSINE and ranked[0][1] - ranked[1][1] >= MIN_LINK_MARGIN:
            out.append((etype, ranked[0][0]))
    return out


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    """``vectors`` (n x d) scaled to unit length, row by row."""
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def fuller_names(
    store: GraphStore, names: NameIndex, held: Sequence[tuple[EntityType, str]], scopes: Sequence[str]
) -> dict[NodeRef, tuple[EntityType, str]]:
    """The document's names for the caller's own context entities, where the document names
    them more fully or differently: a fact's "Ellerby" is the site "Ellerby Hub", "Client"
    (from "the private client team") the department "Private Client". Only a unique link of
    the same type counts (:meth:`NameIndex.link` with ``other_than``), and not a sibling the
    link finds by leaving out a kind word: "Store Manager" is not the "Duty Manager", though
    "store" is a site word.

    Args:
        held: (type, name) of the caller's current context facts.
        scopes: the scopes the search may read (nothing unless the shared one is among them).

    Returns:
        entity ref -> (type, known name), for the entities the store holds.
    """
    if SHARED_SCOPE not in scopes:
        return {}
    wanted = {
        entity_id(SHARED_SCOPE, ent.type, entity_key(ent.name)): (ent.type, ent.name)
        for etype, name in held
        for ent in names.link(name, [etype], other_than=name)
        if _fuller(ent.name, name)
    }
    return _stored(store, wanted)


def retyped_names(
    store: GraphStore, held: Sequence[tuple[EntityType, str]], scopes: Sequence[str]
) -> dict[NodeRef, tuple[EntityType, str]]:
    """The caller's own context names as the knowledge base types them, where it types them
    otherwise: "I'm a senior fitter", said before any document named it, is a role, and a
    table of ranks under "Fitters" makes "Senior Fitter" a grade. Only the same name (its
    :func:`entity_key`) of another context type counts.

    Args:
        held: (type, name) of the caller's current context facts.
        scopes: the scopes the search may read (nothing unless the shared one is among them).

    Returns:
        entity ref -> (type, name), for the entities the store holds.
    """
    if SHARED_SCOPE not in scopes:
        return {}
    wanted = {
        entity_id(SHARED_SCOPE, other, entity_key(name)): (other, name)
        for etype, name in held
        for other in CONTEXT_TYPES
        if other != etype
    }
    return _stored(store, wanted)


def spelt_names(
    store: GraphStore, extractor: Extractor, held: Sequence[tuple[EntityType, str]], scopes: Sequence[str]
) -> dict[NodeRef, tuple[EntityType, str]]:
    """The full names of the caller's context names that are abbreviations the knowledge base
    declares (:meth:`~memgraph.extraction.extract.Extractor.spelt_out`), of the same type:
    "I'm an AB", said before the document wrote "Able Seamen (AB)", holds the role Able Seaman.
    ``held``, ``scopes`` and the result as for :func:`retyped_names` (entity ref -> (type, full
    name), for the entities the store holds)."""
    spelt = [full for etype, name in held if (full := extractor.spelt_out(name)) is not None and full.type == etype]
    if SHARED_SCOPE not in scopes or not spelt:
        return {}
    return _stored(store, {entity_id(SHARED_SCOPE, f.type, entity_key(f.name)): (f.type, f.name) for f in spelt})


_LEARNERS = frozenset({"student", "apprentice", "trainee"})
"""Words that make a learner of a job ("Apprentice mechanic")."""
_LEARNER_WORDS = _LEARNERS | {"sub", "vice", "relief", "under"}
"""Qualifiers that make a learner or a stand-in of a title: a "Student Nurse" is no "Nurse"."""


def broader_titles(
    store: GraphStore, names: NameIndex, held: Sequence[tuple[EntityType, str]], scopes: Sequence[str]
) -> dict[NodeRef, tuple[EntityType, str]]:
    """The known roles the caller's own titles are kinds of: a held title with its leading
    qualifiers left off, when the knowledge base knows that shorter title ("Customer Support
    Specialist" is a "Support Specialist", "Night Care Assistant" a "Care Assistant"). The
    shorter title keeps two words at least (a "Customer Support Specialist" is not every
    "Specialist"), and a qualifier that makes another rank or a learner stops it
    (:data:`~memgraph.extraction.linking.RANK_WORDS`, :data:`_LEARNER_WORDS`: a "Senior
    Manager" is not the "Store Manager"'s rank, a "Student Nurse" no "Staff Nurse").

    Args:
        held: (type, name) of the caller's current context facts; roles only are read.
        scopes: the scopes the search may read (nothing unless the shared one is among them).

    Returns:
        entity ref -> (``EntityType.ROLE``, known name), for the entities the store holds.
    """
    if SHARED_SCOPE not in scopes:
        return {}
    known = {match_key(e.name): e.name for e in names.names(EntityType.ROLE)}
    wanted: dict[str, tuple[EntityType, str]] = {}
    for etype, name in held:
        words = name.split()
        if etype != EntityType.ROLE:
            continue
        for cut in range(1, len(words) - 1):
            if {w.casefold() for w in words[:cut]} & (RANK_WORDS | _LEARNER_WORDS):
                break
            shorter = known.get(match_key(" ".join(words[cut:])))
            if shorter is not None:
                wanted[entity_id(SHARED_SCOPE, EntityType.ROLE, entity_key(shorter))] = (EntityType.ROLE, shorter)
                break
    return _stored(store, wanted)


def _fuller(name: str, held: str) -> bool:
    """Whether ``name`` may be the document's name for ``held``, not a sibling of it: a word of
    ``held`` that linking leaves out (a kind word: "store" in "Store Manager") must be in
    ``name`` too when ``name`` has words of its own ("Duty Manager" is no name for the Store
    Manager; "Ellerby Hub" is one for "Ellerby", "Sales Representative" for "Sales Rep")."""
    own = set(content_words(name)) - set(content_words(held))
    said = {w.casefold() for w in _WORD.findall(name)}
    left_out = [
        w
        for w in _WORD.findall(held)
        if not content_words(w) and w.casefold() not in stopwords() and w.casefold() not in said
    ]
    return not (own and left_out)


_SOMEONE_ELSE = re.compile(
    r"\breport(?:s|ed|ing)?\s+(?:directly\s+)?(?:in)?to\b"
    r"|\b(?i:my|our)\s+(?:line\s+|direct\s+)?(?:manager|boss|supervisor|partner|wife|husband)\b"
    r"|(?<!\bI['’]m\s)(?<!\bam\s)(?<!\bis\s)\b[A-Z][a-z]+,\s+(?:our|my|the)\s+$"
)
"""What makes a name that follows it in its clause another person's: "I report to Kevin, our
Director of Sales", "my manager is in Kraków", "ask Dana, the Store Manager" (not "I'm Sam,
the Store Manager")."""


def _someone_elses(text: str, start: int) -> bool:
    """Whether the name at ``start`` in ``text`` is another person's context, not the
    speaker's (:data:`_SOMEONE_ELSE` earlier in its clause)."""
    clause = re.split(r"[.;!?]\s|\bbut\b|\band\s+I\b", text[:start])[-1]
    return _SOMEONE_ELSE.search(clause) is not None


def _own_part(text: str) -> str:
    """``text`` without what it says of another person: each clause cut where a word of
    :data:`_SOMEONE_ELSE` starts ("I'm new here. My line manager is over at Beckley." -> "I'm
    new here. ")."""
    return "".join(
        clause[: m.start()] if (m := _SOMEONE_ELSE.search(clause)) else clause
        for clause in re.split(r"(?<=[.;!?]\s)|(?=\bbut\b)|(?=\band\s+I\b)", text)
    )


def _named_as_region(text: str, name: str) -> bool:
    """Whether ``text`` calls ``name`` a region ("the Borders region", "Estuary area")."""
    return re.search(rf"\b{re.escape(name)}\s+(?i:region|area|district|territory|county|province)\b", text) is not None


_AREA_WORDS = re.compile(r"\s+(?:region|area|zone|territory|cluster|market)s?$")


def containing_areas(
    store: GraphStore, names: NameIndex, places: Sequence[str], scopes: Sequence[str]
) -> dict[NodeRef, tuple[EntityType, str, str]]:
    """The known locations that contain one of the caller's ``places`` by geography
    (:func:`memgraph.text.places.areas_of`): someone at the Dublin hub is in "EMEA" and in
    "Ireland" when the handbook's rules are per region or country.

    Returns:
        entity ref -> (``EntityType.LOCATION``, known name, the place it contains).
    """
    if SHARED_SCOPE not in scopes or not places:
        return {}
    known: dict[str, str] = {}
    for ent in names.names(EntityType.LOCATION):
        folded = _AREA_WORDS.sub("", fold_name(ent.name))
        known.setdefault(folded.removeprefix("the "), ent.name)
    wanted: dict[str, tuple[EntityType, str]] = {}
    within: dict[str, str] = {}
    areas = frozenset(known)  # the areas the knowledge base names tell a shared city's country
    for place in places:
        # "the Dublin hub": the place without the word for its kind of site
        words = place.split()
        bare = " ".join(words[:-1]) if len(words) > 1 and words[-1].casefold() in SITE_NOUNS else place
        for area in areas_of(place, areas) | areas_of(bare, areas):
            if (name := known.get(area)) is not None:
                eid = entity_id(SHARED_SCOPE, EntityType.LOCATION, entity_key(name))
                wanted.setdefault(eid, (EntityType.LOCATION, name))
                within.setdefault(eid, place)
    return {ref: (etype, name, within[ref[1]]) for ref, (etype, name) in _stored(store, wanted).items()}


def sole_sites(
    store: GraphStore, names: NameIndex, places: Sequence[str], scopes: Sequence[str]
) -> dict[NodeRef, tuple[EntityType, str, str]]:
    """The known location that is the only one inside one of the caller's ``places`` by
    geography (:func:`memgraph.text.places.areas_of`): someone who works out of "our
    Philippines centre" is at "Manila" when that is the one place in the Philippines the
    knowledge base names; with two (Manila and Cebu) which one is theirs is unknown, and none
    is given. The counterpart of :func:`containing_areas`, which goes from a site up.

    Returns:
        entity ref -> (``EntityType.LOCATION``, known name, the caller's place it lies in).
    """
    if SHARED_SCOPE not in scopes or not places:
        return {}
    held = {_AREA_WORDS.sub("", fold_name(p)).removeprefix("the "): p for p in places}
    known = names.names(EntityType.LOCATION)
    folded = frozenset(_AREA_WORDS.sub("", fold_name(e.name)).removeprefix("the ") for e in known) | frozenset(held)
    inside: dict[str, set[str]] = {}
    for ent in known:
        for area in areas_of(ent.name, folded) & held.keys():
            inside.setdefault(area, set()).add(ent.name)
    wanted: dict[str, tuple[EntityType, str]] = {}
    within: dict[str, str] = {}
    for area, sites in inside.items():
        if len(sites) == 1:
            (name,) = sites
            eid = entity_id(SHARED_SCOPE, EntityType.LOCATION, entity_key(name))
            wanted.setdefault(eid, (EntityType.LOCATION, name))
            within.setdefault(eid, held[area])
    return {ref: (etype, name, within[ref[1]]) for ref, (etype, name) in _stored(store, wanted).items()}


def listing_groups(
    store: GraphStore, names: NameIndex, held: Sequence[tuple[EntityType, str]], scopes: Sequence[str]
) -> dict[NodeRef, tuple[EntityType, str, str]]:
    """The known groups whose description lists, whole, a team or site the caller holds
    (:meth:`NameIndex.described`): someone in "the altos section" is in "Upper" when the
    knowledge base says "Upper (sopranos and altos)", whichever came first (a job title a group
    lists is a PART_OF membership the graph holds, not this).

    Args:
        held: (type, name) of the caller's departments and locations, from facts and links.

    Returns:
        entity ref -> (the group's type, its known name, the held name it lists).
    """
    if SHARED_SCOPE not in scopes:
        return {}
    # the item as a whole, case and a plural folded ("altos" for the team "Altos"; "research
    # contract" is no team "Research")
    owned = {match_key(name): name for etype, name in held if etype in (EntityType.DEPARTMENT, EntityType.LOCATION)}
    if not owned:
        return {}
    wanted: dict[str, tuple[EntityType, str]] = {}
    within: dict[str, str] = {}
    for etype in (EntityType.DEPARTMENT, EntityType.LOCATION):
        for ent in names.names(etype):
            for item in names.described(ent):
                if (name := owned.get(match_key(item))) is not None and name != ent.name:
                    eid = entity_id(SHARED_SCOPE, etype, entity_key(ent.name))
                    wanted.setdefault(eid, (etype, ent.name))
                    within.setdefault(eid, name)
    return {ref: (etype, name, within[ref[1]]) for ref, (etype, name) in _stored(store, wanted).items()}


def _stored(store: GraphStore, wanted: dict[str, tuple[EntityType, str]]) -> dict[NodeRef, tuple[EntityType, str]]:
    """The shared entities of ``wanted`` (id -> (type, name)) that the store holds, as refs."""
    if not wanted:
        return {}
    found = store.get_nodes(NodeLabel.ENTITY, list(wanted), [SHARED_SCOPE])
    return {(NodeLabel.ENTITY, rec.id): wanted[rec.id] for rec in found}


def _existing(store: GraphStore, by_type: dict[EntityType, dict[str, str]]) -> dict[NodeRef, tuple[EntityType, str]]:
    wanted = {
        eid: (etype, names[eid]) for etype, names in by_type.items() if len(names) <= MAX_PER_TYPE for eid in names
    }
    return _stored(store, wanted)


MIN_WORD_SHARE = 0.5
"""Share of a known name's words (:func:`~memgraph.extraction.linking.content_words`, as Porter
stems) that the user's words must hold for :func:`worded_context` to link it; not tuned: half of
"Veterinary Surgeons" ("I'm one of the vets") or "Bus Operator" ("I'm a bus driver"), not one
word of three."""

MIN_PREFIX = 3
"""A user's word this long or longer that starts a name's word counts as half of it ("vets":
"Veterinary", "ops": "Operations" when no abbreviation gives it)."""


def worded_context(
    texts: Sequence[str],
    names: NameIndex,
    types: Collection[EntityType],
    taken: Collection[str],
) -> list[tuple[EntityType, str]]:
    """The last resort of query-time linking: for each type in ``types``, the known name most of
    whose words the user's own words hold ("I teach geography" -> "Teaching", "I'm one of the
    vets" -> "Veterinary Surgeons", "I'm a bus driver" -> "Bus Operator", "the Kelder St
    surgery" -> "Kelder Street Surgery"), where no self-description phrase or capitalised name
    links one.

    ``texts`` are the user's memories that speak of them (the caller leaves out "My partner
    works in corporate"). Words are compared as Porter stems of
    :func:`~memgraph.extraction.linking.content_words` (a name's acronym that reads as a small
    word, "AT" or "IT", only when the user writes it in capitals: :func:`_small_acronyms`)
    (kind words such as "team" or "office" dropped, unless a name is made of them alone: "I'm
    warehouse staff" -> "Warehouse"); a user's word of :data:`MIN_PREFIX` letters
    or more that starts a name's word counts half. A name is linked when the share reaches
    :data:`MIN_WORD_SHARE` and no other name of its type shares as much. Rank words ("senior",
    "head"), the words of names already held or linked (``taken``: "Port" of the site "Port
    Essery") and of the organisation's own name are no evidence.

    Returns:
        (type, name) pairs, at most one per type.
    """
    # (nor the words of the organisation's name: "with Brickfield" is no "Brickfield House")
    taken_stems = {w for n in taken for w in _stems(content_words(n))} | _stems(names.organisation_words())
    # (a team or a site they hold; a job title a group lists is theirs by PART_OF, not here)
    held = [
        _stems(held_words)
        for n in taken
        if (held_words := content_words(n)) and singular_word(n.split()[-1].casefold()) not in ROLE_HEADS
    ]
    # with the kind words too, for names made of them alone ("Warehouse", "Office")
    spoken = {w for t in texts for w in _stems([*content_words(t), *_kind_words(t)])}
    shouted = _stems([w.casefold() for t in texts for w in _CAPITALS.findall(t)])  # "an AT employee"
    # (nor a grammar word on its own, "on" of "On-Call" in "a firefighter on Blue Watch"; it is
    # one in capitals, "IT", or in a compound, "my on-call contract")
    compounded = _stems([w for t in texts for m in _COMPOUND.findall(t) for w in m.casefold().split("-")])
    grammar = _GRAMMAR_STEMS - shouted - compounded
    heard = spoken - taken_stems - _stems(_GENERIC_WORK_WORDS | _PEOPLE_WORDS) - grammar
    own = heard - _stems(RANK_WORDS)
    # the job nouns they say ("I'm a commis chef")
    jobs = {singular_word(w) for t in texts for w in content_words(t)} & ROLE_HEADS
    job_stems = _stems(jobs)
    # a title they hold that a group lists is a membership the graph links (PART_OF): its job
    # noun is no evidence for another group ("planning officer" is no "woodland officer")
    listed = [_stems(content_words(item)) for e in names.names(EntityType.DEPARTMENT) for item in names.described(e)]
    for title in (_stems(content_words(n)) for n in taken):
        if title in listed:
            job_stems -= title
    # a learner holds no title of the job they learn without their learner word: "Apprentice
    # mechanic" is no "Senior Mechanic" (a group's name, "Nursing & Care", may still be theirs,
    # and so may another job's: "Trainee scaffolder, Corrick direct" is a Direct Operative)
    learnt = {singular_word(w) for t in texts for m in _LEARNING.finditer(t.casefold()) for w in m.group("job").split()}
    out: list[tuple[EntityType, str]] = []
    evidence: dict[EntityType, tuple[float, frozenset[str]]] = {}  # per type linked: share, words it used
    for etype in types:
        # (share, how many of the user's words the link explains, by its own name, name)
        scored: list[tuple[float, int, bool, str]] = []
        used: dict[str, frozenset[str]] = {}
        for ent in names.names(etype):
            words = _stems(content_words(ent.name)) or _stems(_kind_words(ent.name))
            if (
                etype == EntityType.ROLE
                and set(_job_head(ent.name)) & learnt
                and not _LEARNERS & set(content_words(ent.name.casefold()))
            ):
                continue
            share = 0.0
            covered = 0
            if words:
                # a job noun's stem is half the evidence for a group's or a site's word ("an
                # estates operative" is no "Finance Operations")
                said = own if etype == EntityType.ROLE else own - job_stems
                # a name's acronym that reads as a small word ("AT employees") is said in
                # capitals only: "at the plant" is no "AT"
                unsaid = _small_acronyms(ent.name) - shouted
                hits = sum(
                    0.0
                    if w in unsaid
                    else 1.0
                    if w in said
                    else 0.5
                    if w in own or any(len(s) >= MIN_PREFIX and w.startswith(s) for s in own)
                    else 0.0
                    for w in words
                )
                share = hits / len(words)
                if etype == EntityType.GRADE and hits < len(words):
                    share = 0.0  # a grade is said whole ("grade 3"), never by a number alone ("a three-year contract")
                covered = sum(w in own for w in words)
                used[ent.name] = frozenset(w for w in words if w in own)
            # what the knowledge base lists as in the group ("Front office covers reception,
            # ..."): an item all of whose words the user says, a word's start counting whole
            # ("reception" for "receptionists"), is as good as the group's whole name, and each
            # further item said is more evidence ("the stage crew, doing lighting")
            # (a listed title's rank words are its own: "teaching assistants")
            # (or one that is a name they hold whole: "I work in the marketing team" for a group
            # whose list holds "marketing", "... at Dunmore House" for "everyone employed at
            # Dunmore House")
            items = [
                stems
                for item in names.described(ent)
                if _says_all(stems := _stems(content_words(item)), heard) or stems in held
            ]
            direct = share
            if items:
                share = max(share, 1.0 + DESCRIBED_ITEM_BONUS * (len(items) - 1))
                covered = max(covered, *(len(i) for i in items))
                used[ent.name] = frozenset().union(*items)
            elif etype == EntityType.DEPARTMENT and any(
                _stems(_job_head(item)) & job_stems for item in names.described(ent)
            ):
                # a job the department lists by its job noun ("everyone from kitchen porters to
                # the head chef": a commis chef), when no item is said whole; not a grade's
                # ("CC3: senior advisers" says nothing of a "CC1 adviser")
                share = max(share, SAME_JOB_SHARE)
            if share >= MIN_WORD_SHARE:
                scored.append((share, covered, direct >= share >= 1.0, ent.name))
        scored.sort(reverse=True)
        # at equal shares the link that explains more of what they said: "I'm a teaching
        # assistant" is support staff's listed "teaching assistants", not the group "Teaching";
        # then a name said whole over a group that lists it ("posted to Diffa": the site Diffa,
        # not "Classification D: Juba, Diffa, ...", which the site's groups then give)
        if scored and (len(scored) == 1 or scored[0][:3] > scored[1][:3]):
            out.append((etype, scored[0][3]))
            evidence[etype] = (scored[0][0], used.get(scored[0][3], frozenset()))
    # The same words are no evidence for two names: "I teach geography" is the group "Teaching"
    # (all its words), not also the job "Teaching Assistant" (half of them).
    whole = [words for share, words in evidence.values() if share >= 1.0 and words]
    return [
        (etype, name)
        for etype, name in out
        if evidence[etype][0] >= 1.0 or not any(evidence[etype][1] and evidence[etype][1] <= w for w in whole)
    ]


_GRAMMAR_WORDS = frozenset(
    """a an the i im m me my we us our you your he she they them it its is am are was were be been do does
    did have has had on in at to of for by with from into onto as and or but nor so than that this these
    those there here who which what""".split()  # noqa: SIM905
)
"""Closed-class words (articles, pronouns, auxiliaries, prepositions, conjunctions): what a person
says with them is no evidence for a name that holds one ("on" for "On-Call")."""

_GRAMMAR_STEMS = frozenset(stemmed(" ".join(_GRAMMAR_WORDS)).split())
""":data:`_GRAMMAR_WORDS` as Porter stems, once."""

_COMPOUND = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\b")
"""A hyphenated compound ("on-call", "part-time")."""

_LEARNING = re.compile(r"\b(?:" + "|".join(sorted(_LEARNERS)) + r")\s+(?P<job>[a-z-]+(?:\s+[a-z-]+){0,2})")
"""A learner word and the (up to three) words after it that name the job learnt."""

_GENERIC_WORK_WORDS = frozenset({"work", "working", "job", "employ", "employed", "based", "contract", "contracted"})
"""Words everyone uses of their work ("I work out of our Philippines centre"): no evidence for
a name ("Workforce")."""

_PEOPLE_WORDS = frozenset(w for noun in MEMBER_NOUNS for w in noun.split()) | {"colleague", "worker", "member"}
"""Words for a group's people ("a tariff employee", "staff"): no evidence for which group
("AT employees")."""

SAME_JOB_SHARE = 0.75
"""The score in :func:`worded_context` of a department one of whose listed job titles has the job
noun the user says ("head chef" for "I'm a commis chef"): less than an item said whole, so a
"kitchen porter" is Kitchen's (its "kitchen porters") over Housekeeping's "linen porters", and a
bare "porter" among three groups' porters links none; not tuned."""


def _job_head(item: str) -> list[str]:
    """The job noun a listed item ends in ("head chef" -> ["chef"]), or [] when it ends in none."""
    words = content_words(item)
    return [singular_word(words[-1])] if words and singular_word(words[-1]) in ROLE_HEADS else []


DESCRIBED_ITEM_BONUS = 0.1
"""What each further item of a group's description that a person says adds to its score in
:func:`worded_context` (one item said scores 1.0, as the whole name does)."""


def _says_all(words: set[str], own: set[str]) -> bool:
    """Whether every stem of ``words`` is in ``own``, or starts or is started by one of
    :data:`MIN_PREFIX` letters or more."""
    return bool(words) and all(
        w in own or any(len(min(w, s, key=len)) >= MIN_PREFIX and (w.startswith(s) or s.startswith(w)) for s in own)
        for w in words
    )


def _small_acronyms(name: str) -> set[str]:
    """The stems of a name's acronyms that read as small words ("AT" of "AT employees", "IT"),
    which a person says only in capitals ("I'm an AT employee"; "at the Stargowo plant" is not)."""
    small = stopwords()
    return _stems([w.casefold() for w in _CAPITALS.findall(name) if w.casefold() in small])


_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")


def _kind_words(text: str) -> list[str]:
    """The words of ``text`` that :func:`content_words` drops as kind words ("warehouse", "office"),
    never a small word ("a" is no grade "A")."""
    return [w for w in re.findall(r"[^\W\d_]+", text.casefold()) if w in KIND_WORDS and w not in FUNCTION_WORDS]


def _stems(words: Collection[str]) -> set[str]:
    return set(stemmed(" ".join(words)).split()) if words else set()


_SELF_WORDS = frozenset(
    {"work", "works", "working", "worked", "based", "job", "role", "team", "department", "site", "office"}
    | KIND_WORDS
    | {w for words in OWN_CONTEXT_TOPICS.values() for w in words}
)
"""Words of a question about the asker's own context ("Where do I work?", "What's my role?"),
which their own statement of it answers."""
_SELF_STEMS = frozenset(_stems(_SELF_WORDS))


def context_statements(
    question: str, texts: Sequence[str], phrases: Sequence[Sequence[tuple[str, str, str]]]
) -> frozenset[str]:
    """The caller's memories that state their context and nothing ``question`` asks about: no
    content word outside what they say they are (``phrases``, one list per text:
    :meth:`Extractor.self_phrases`) is one of the question's. "I work in payroll at Brickfield
    House." is no answer to "If I do a Saturday to get the payroll out, what do I get?" (its
    "payroll" is the department it states), "I work at Acme and my favourite food is sushi" is
    one to "What's my favourite food?". Empty when the question asks about the caller's own
    context itself ("Where do I work?", "What's my role?"): the statement answers that.

    Returns:
        The texts of ``texts`` that are such statements.
    """
    asked = _stems(_content(question)) - _SELF_STEMS
    if not asked:
        return frozenset()
    out = set()
    for text, said in zip(texts, phrases):
        if not said:
            continue
        rest = _stems(_content(text)) - _stems({w for _, phrase, _ in said for w in _content(phrase)})
        if not rest & asked:
            out.add(text)
    return frozenset(out)


def _content(text: str) -> set[str]:
    """The words of ``text`` that are no stop words, in lower case."""
    return {w for w in re.findall(r"[^\W\d_]{2,}", text.casefold()) if w not in stopwords()}
