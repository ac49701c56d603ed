"""Answers from memory and the knowledge base: the asker's facts plus cited passages.

Without an LLM the answer is extractive: the sentences of the best passages that score
highest against the question (cosine of sentence and question embeddings, plus keyword
overlap, plus the passage's own rank), each with its citation. With an OpenAI-compatible
endpoint configured, the LLM writes the answer from the same context and cites passages
by number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from ..errors import ConfigError, LLMError
from ..extraction.applicability import passage_deferred_kinds
from ..extraction.extract import entity_key, plural_word
from ..extraction.linking import content_words
from ..models import SECTION_SEP, EntityType, NodeLabel, RelType, within_section
from ..text.embed import Embedder
from ..text.llm import ChatClient
from ..text.service import speaks_of_service
from ..text.textutil import BULLETS, LIST_ITEM, initialled, keyword_terms, sentences, stopwords, synonyms
from ..tuning import TunedConfig
from .personal import about_me, asked_context, asks_reporting_line, labelled_field, reporting_line
from .retrieval import SearchResult, source_of
from .selection import (
    GENERAL,
    MINE,
    OTHER,
    TABLE_ROW,
    Asker,
    distance_banded,
    service_ladders,
    service_versions,
    word_stems,
)
from .value_kinds import asked_kinds, value_phrases, value_units


class AnswerConfig(TunedConfig):
    """How :meth:`MemGraph.ask` answers: how many passages, when it answers at all, and how
    an extractive answer picks its sentences. Frozen and validated like
    :class:`~memgraph.SearchConfig` (variants with :meth:`with_`; a bad value raises
    :class:`~memgraph.errors.InvalidInputError`).

    Each field's description says what its value was chosen on, or ``not tuned: <why>``.
    Cosines are of all-MiniLM-L6-v2 embeddings. :attr:`DEFAULT` holds the defaults.
    """

    top_k: int = Field(
        default=6,
        ge=1,
        le=1000,
        description="passages retrieved for an answer (MemGraph.ask's top_k); not tuned: the first version's "
        "value (commit 505de15), a few more than an extractive answer reads (max_passages)",
    )
    min_relevance: float = Field(
        default=0.25,
        ge=-1,
        le=1,
        description="cosine a passage must reach for ask to answer from it (else found=False). Measured on the "
        "Contoso knowledge base (commit ba6b80b): questions it does not hold ('how do I descale the Zephyr?', "
        "'the capital of Mongolia') reach 0.07-0.18, its ground-truth questions (bench/contoso.py) 0.65-0.9",
    )
    own_min_relevance: float = Field(
        default=0.12,
        ge=-1,
        le=1,
        description="cosine that is enough for a passage that applies to the asker's own context (graph-linked, "
        "no mismatch) and holds some of the question's keywords: vague questions about one's own role ('What am "
        "I responsible for?', 'Who is my manager?') reach 0.15-0.19 with their role's passage on "
        "bench/handbooks.py (lumen, tuning set), below min_relevance; off-topic questions reach 0.07-0.18 "
        "but rarely share keywords with the asker's own passages",
    )
    close_match: float = Field(
        default=0.8,
        ge=0,
        le=1,
        description="passages whose text matches the question (signals['match']) at this share of the best or "
        "more are 'on the topic' for context_gap; not tuned: chosen in commit ba6b80b so the per-department, "
        "role and location answers of tests/test_context_scope.py hold",
    )
    min_sentence_relevance: float = Field(
        default=0.45,
        ge=-1,
        le=1,
        description="cosine one sentence of a knowledge-base passage that shares the question's keywords must "
        "reach for ask to answer from it when no passage as a whole reaches min_relevance (a rule inside a long "
        "list: 'The speed limit for every vehicle on site is 5 mph.' at 0.62 in a chunk of seven rules at 0.22). "
        "Measured on the tuning handbooks (bench/handbooks.py): right sentences of general questions answered "
        "'nothing found' reach 0.48-0.62; the best sentence of ten off-topic questions reaches 0.15 (median over "
        "handbooks) to 0.42 (a linen-room rule for 'How do I descale the coffee machine?'), a bus question "
        "beside minibus and bus-operator rules 0.49-0.54",
    )
    own_context_share: float = Field(
        default=0.75,
        ge=0,
        le=1,
        description="a passage that applies to the asker's own department, role or location (or the one the "
        "question names) takes precedence: when one's cosine with the question reaches this share of the best "
        "answerable passage's, the answer is taken from such passages only; not tuned yet: chosen on the "
        "remote-work case of tests/test_applicability.py ('Field Service roles are on-site only' at 0.36 beside "
        "the general 'Remote work depends on your team' at 0.43), to be measured on bench/handbooks.py",
    )
    own_other_section_share: float = Field(
        default=0.85,
        ge=0,
        le=1,
        description="own_context_share for a passage that applies to the asker but stands in another section "
        "than the best answerable passage: a rule for the asker on a neighbouring topic ('Flight attendants "
        "report 60 minutes before it.' at 0.37) yields to the general rule the question is about ('No crew "
        "member may consume alcohol in the 10 hours before report' at 0.47). Measured on bench/handbooks.py: "
        "0.85 against 0.75 (the same share as in-section) gave tuning 533/529 of 597 (kb-first/users-first) "
        "from 529/526, held out 56/56 of 109 unchanged, wrong answers unchanged",
    )
    max_passages: int = Field(
        default=4,
        ge=1,
        le=100,
        description="passages an extractive answer takes sentences from; not tuned: the first version's value "
        "(commit 505de15)",
    )
    max_sentences: int = Field(
        default=2,
        ge=1,
        le=20,
        description="sentences in an extractive answer; not tuned: the first version's value (commit 505de15)",
    )
    second_sentence_share: float = Field(
        default=0.75,
        ge=0,
        le=1,
        description="a further sentence of an extractive answer must score at least this share of the best one's; "
        "not tuned: chosen in commit ba6b80b, where weak second sentences were off the topic",
    )
    sentence_keyword_weight: float = Field(
        default=0.3,
        ge=0,
        description="a sentence's score is its cosine with the question plus this x the share of the question's "
        "keywords it holds; not tuned: the first version's value (commit 505de15)",
    )
    passage_rank_share: float = Field(
        default=0.5,
        ge=0,
        description="a sentence's score also gains this x its passage's fused score / the best passage's, so "
        "the best-ranked passage's sentences lead; not tuned: the first version's value (commit 505de15)",
    )
    value_kind_weight: float = Field(
        default=0.25,
        ge=0,
        description="a sentence of the asker's own that holds a value of the kind the question asks for (money "
        "for 'How much do I get an hour?', a clock time for 'What time do I start?': memgraph.recall.value_kinds) "
        "gains this on its score. Measured on bench/handbooks.py (2026-12-06): 0.1 on every sentence fixed 2 of 3 "
        "such tuning answers, 0.25 all 3, but on two held-out handbooks 0.25 gave 3 more wrong-context answers "
        "(0.1: 1 more); on the asker's own sentences only, 0.25 kept the held-out figure and one of the three",
    )
    min_sentence_chars: int = Field(
        default=15,
        ge=0,
        description="sentences of this many characters or fewer are not quoted (labels, fragments), unless "
        "they give a value under a label ('Strategy: 70%.'); not tuned: "
        "the first version's value (commit 505de15)",
    )
    title_case_share: float = Field(
        default=0.6,
        ge=0,
        le=1,
        description="a 'sentence' of heading_min_words or more words, more than this share of them capitalised "
        "and no lower-case word of prose_word_chars letters or more, is a heading, list of names or contents "
        "line ('Senior Manager of Operations 20.'), not an answer; not tuned: chosen in commit 052e747 "
        "between such Contoso role-library lines and 'Contoso offers Northwind Health Plus and Northwind "
        "Standard', kept for its 'offers'",
    )
    heading_min_words: int = Field(
        default=3,
        ge=1,
        description="shorter 'sentences' are never taken for headings by title_case_share; not tuned: commit 052e747",
    )
    prose_word_chars: int = Field(
        default=4,
        ge=1,
        description="a lower-case word this long or longer makes a title-case line prose ('offers'); not tuned: "
        "commit 052e747, so 'of', 'and', 'the' do not count",
    )

    DEFAULT: ClassVar[AnswerConfig]


AnswerConfig.DEFAULT = AnswerConfig()


class ContextFact(BaseModel):
    """A current fact about the asker: ``WORKS_IN Operations`` since a time, from a memory;
    or context inferred when asking, with no ``since``: ``MENTIONS Kraków`` (a name the
    asker's memories mention, :mod:`memgraph.recall.mentions`) or ``PART_OF Engineering`` (a group
    their role belongs to)."""

    model_config = ConfigDict(frozen=True)

    relation: str
    entity: str
    entity_type: str
    since: datetime | None = None
    source_id: str | None = None

    def describe(self) -> str:
        return f"{self.relation.replace('_', ' ').lower()} {self.entity} ({self.entity_type})"


class Citation(BaseModel):
    """Where a sentence of the answer comes from."""

    model_config = ConfigDict(frozen=True)

    number: int
    id: str
    label: NodeLabel
    document: str | None = None
    page: int | None = None
    page_end: int | None = None
    section: str | None = None
    uri: str | None = None
    text: str = ""
    review: str | None = None
    """For a passage under review: "flagged as possibly outdated by 2 people since 3 Oct 2026"."""

    def describe(self) -> str:
        """``Handbook, p. 2``, an image's file path, or ``memory 1a2b3c4d`` (see :func:`source_of`)."""
        return source_of(self.label, self.id, self.document, self.page, self.page_end, self.uri)


class Answer(BaseModel):
    """What :meth:`MemGraph.ask` returns.

    Attributes:
        answer: the answer text with bracketed citation numbers.
        facts: the asker's current facts used as context.
        citations: cited passages, numbered as in the text.
        passages: every retrieved passage with its score parts.
        used_llm: True when an LLM wrote the answer.
        found: False when nothing was answered: nothing relevant, a context ``gap``, or an
            answer that cites no passage (``citations`` empty).
    """

    question: str
    answer: str
    facts: list[ContextFact] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    passages: list[SearchResult] = Field(default_factory=list)
    used_llm: bool = False
    found: bool = True
    gap: str | None = None
    """``other_context`` or ``unknown_context`` when rules for other contexts were found
    (see :class:`ContextGap`): with ``found`` False nothing was answered; with ``found`` True
    a general passage was, and the answer ends with a note naming the rules left out."""
    llm_error: str | None = None
    """Why the configured LLM did not write the answer (its endpoint failed) when ``ask`` was
    left to use it if configured (``use_llm=None``): the answer is then extractive."""
    answer_id: str | None = None
    """The logged answer (``AnswerEvent``) feedback given after it refers to (set by ``ask``)."""


_TYPE_WORDS = {
    "Department": "department",
    "Role": "role",
    "Grade": "grade",
    "Location": "location",
    "Schedule": "shift pattern",
    "Category": "category",
}


def _column_word(etype: str, scoped: Sequence[SearchResult]) -> str | None:
    """The document's own word for a kind of context it keys a table by ("contract type",
    "vehicle class"): the header of the column whose cells hold the names the passages apply
    to, when one header does; None for the kinds of context with a word of their own."""
    if _TYPE_WORDS.get(etype) not in (None, "category"):
        return None
    headers: set[str] = set()
    for p in scoped:
        for name in _scope_of(p).get(etype, []):
            m = re.search(r"(?:^|[.;]\s*)(?P<header>[A-Za-z][^:;.]{0,38}):\s*" + re.escape(name) + r"\b", p.text)
            if m is not None and not _WHOM_HEADER.match(m.group("header").strip()):
                headers.add(m.group("header").strip().casefold())
    return headers.pop() if len(headers) == 1 else None


_WHOM_HEADER = re.compile(
    r"(?:(?:not\s+)?applies\s+to|(?:not\s+)?applicable\s+to|who|for\s+whom|if\s+you\s+are)$", re.I
)
"""A column that says whom a row is for ("Applies to: care staff; nursing staff"): no word for a kind
of context ("your applies to")."""


def _scope_of(p: SearchResult) -> dict[str, list[str]]:
    """A passage's APPLIES_TO targets by type: ``{"Department": ["Operations"]}``."""
    return _by_type(p.applies_to)


def _other_grades(p: SearchResult, asker: Asker) -> bool:
    """Whether ``p`` applies to grades and the asker's is known and none of them ("PS staff in
    Grades 1 to 5 ..." for someone in PS on grade 8): no part of it is theirs, whatever group
    it names."""
    grades = {entity_key(n) for n in _scope_of(p).get(EntityType.GRADE.value, [])}
    own = asker.context.get(EntityType.GRADE, frozenset())
    return bool(grades and own and not grades & own)


def _by_type(items: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in items:
        etype, _, name = item.partition(":")
        out.setdefault(etype, []).append(name)
    return out


@dataclass(frozen=True)
class ContextGap:
    """What :func:`context_gap` found.

    Attributes:
        kind: ``other_context`` (the knowledge base's passages on this apply to another
            department, role or location than the asker's) or ``unknown_context`` (they
            differ by a kind of context the asker's facts lack).
        message: the sentences to say, one per kind of context with a gap (``kind`` is the
            first's).
        blocking: True when the best-matching passage itself is such a rule: nothing may be
            answered. False when a general passage answers and the rules for other contexts
            are only left out (the message is then a note beside the answer).
        exclude: ids of passages that must not be answered from.
        varying: the kinds of context (entity type values) the rule was found to differ by
            and the asker has not given (the ``unknown_context`` gaps).
    """

    kind: str
    message: str
    blocking: bool
    exclude: frozenset[str]
    varying: frozenset[str] = frozenset()


def _excepted(p: SearchResult) -> dict[str, list[str]]:
    """A passage's EXCEPT_FOR targets by type."""
    return _by_type(p.except_for)


def _same_section(p: SearchResult, q: SearchResult) -> bool:
    return p.document == q.document and p.section == q.section


def _heading_names_scope(p: SearchResult) -> bool:
    """Whether the last heading of ``p``'s section names a context ``p`` applies to
    ("Schedule B: Engineering Staff" over Engineering's rules)."""
    last = (p.section or "").rpartition(SECTION_SEP)[2].casefold()
    return any(n and n.casefold() in last for names in _scope_of(p).values() for n in names)


def _parallel_sections(p: SearchResult, q: SearchResult) -> bool:
    """Sibling sections each headed by the context its rules are for ("Schedule A: Bus
    Operators" beside "Schedule B: Engineering Staff"): one group's version of the rules each,
    whatever kinds the document types the groups as."""
    if p.document != q.document or not p.section or not q.section:
        return False
    same_parent = p.section.rpartition(SECTION_SEP)[0] == q.section.rpartition(SECTION_SEP)[0]
    return same_parent and _heading_names_scope(p) and _heading_names_scope(q)


def context_gap(
    passages: Sequence[SearchResult],
    facts: Sequence[ContextFact],
    config: AnswerConfig = AnswerConfig.DEFAULT,
    asker: Asker | None = None,
) -> ContextGap | None:
    """Whether the knowledge base's passages on this question apply to other contexts than
    the asker's.

    The passages whose text matches the question best (``signals["match"]``, at
    ``config.close_match`` of the best or more) are what the question is about. Among them, a passage
    that applies only to another department, role or location than the asker's
    (``mismatch``), or to one of several entities of a kind the asker has no fact of
    (``unknown_context``), must not be answered from when no retrieved passage applies to the
    asker's own. When such a rule is the best match, nothing is answered; when a general
    passage is the best match, it is answered from and the rules are named in a note. With
    ``asker``, a passage no ``APPLIES_TO`` scopes but one of whose sentences names the asker's
    own context (:meth:`Asker.names_own`: "... your pay: at Ardlow House it is 85 GBP a week")
    applies to them as a scoped one does, when no passage on the topic is for a kind of context
    the asker has not given (the rule may differ by that kind too).

    Returns:
        None when every passage on the topic may be answered from, else a :class:`ContextGap`.
    """
    kb = [p for p in passages if p.document is not None]
    if not kb:
        return None
    best_match = max(p.signals.get("match", p.score) for p in kb)
    close = [p for p in kb if p.signals.get("match", p.score) >= config.close_match * best_match]
    best = max(close, key=lambda p: p.signals.get("match", p.score))
    mine: dict[str, list[str]] = {}
    for f in facts:
        mine.setdefault(f.entity_type, []).append(f.entity)
    held = {(t, n.casefold()) for t, names in mine.items() for n in names}
    fits = [
        p
        for p in close
        if not p.signals.get("mismatch")
        and _scope_of(p)
        and not _bare_lead_in(p.text)  # its items say whom the rule is for
        and all(any((t, n.casefold()) in held for n in ns) for t, ns in _scope_of(p).items())
    ]
    unknown = [q for q in close if q.signals.get("unknown_context") and not q.signals.get("mismatch")]
    if asker is not None and not unknown:
        fits += [
            p
            for p in close
            if not _scope_of(p)
            and not p.signals.get("mismatch")
            and any(asker.names_own(s) for s in sentences(p.text, items=True))
        ]
    if fits and (
        not unknown
        or any(p is best or any(_same_section(p, q) or _parallel_sections(p, q) for q in unknown) for p in fits)
    ):
        # A passage on the topic applies to the asker on every kind of context it names
        # (their group, though a role-keyed rule names other roles): it is answered, the
        # others are left out. Where the others are rules for a kind of context the asker
        # has not given, the passage must be the best match or stand in their section (or in a
        # sibling section headed by its group, as theirs are by theirs): a rule for the asker on
        # a neighbouring topic does not settle which one applies.
        return None
    # Every kind of context with a gap is told and left out: a rule for another department is
    # no answer to someone whose role is unknown either.
    gaps: list[tuple[str, str, list[SearchResult]]] = []
    gap_types: list[str] = []  # the type of each gap
    for etype in dict.fromkeys(t for p in close for t in (*_scope_of(p), *_excepted(p))):
        scoped = [p for p in close if etype in _scope_of(p)]
        # a rule for everyone but some ("28 days, unless you work in the kitchen") is one more
        # version of the rule when the asker's context of that kind is unknown
        excepting = [p for p in close if etype in _excepted(p) and p not in scoped]
        word = _column_word(etype, scoped) or _TYPE_WORDS.get(etype, etype.lower())
        own = mine.get(etype)
        # Without a fact of this kind, a passage the question names ("What does a Sales
        # Representative approve?") is the context to answer for.
        named = not own and any(p.signals.get("named") for p in kb if etype in _scope_of(p))
        if (own or named) and not scoped:
            continue  # only rules that except a context: retrieval marked the asker's as mismatched
        if own or named:
            if any(not p.signals.get("mismatch") and etype in _scope_of(p) for p in kb):
                continue  # a retrieved passage applies to the asker's own, or the named one
            mine_folded = {n.casefold() for n in own or ()}
            others = sorted({n for p in scoped for n in _scope_of(p)[etype] if n.casefold() not in mine_folded})
            kind = "other_context"
            whose = f"your {word} ({', '.join(own)})" if own else f"the {word} you asked about"
            # none but the asker's own of this kind: another kind left them out, and says so
            message = (
                f"The knowledge base has no passage on this for {whose}; what it has applies to {', '.join(others)}."
                if others
                else ""
            )
        else:
            # The versions of this rule: what the passages on the topic apply to, and what the
            # other passages of their sections do (a table's other rows).
            siblings = {v.partition(":")[2] for p in scoped for v in p.variants if v.partition(":")[0] == etype}
            variants = _distinct_names(sorted({n for p in scoped for n in _scope_of(p)[etype]} | siblings))
            if excepting:
                variants.append(f"other {plural_word(word)}")
            if len(variants) < 2 and not any(p.signals.get("mismatch") for p in scoped):
                continue  # one rule, nothing to choose between
            scoped = scoped + excepting
            kind = "unknown_context"
            message = (
                f"The answer depends on your {word} ({', '.join(variants)}), and I do not know yours. "
                f"Tell me your {word} and ask again."
                if word != _TYPE_WORDS[EntityType.CATEGORY.value]
                # (no word of the document's own for this kind: "your category" says nothing)
                else f"The answer depends on which of these applies to you ({', '.join(variants)}), and I do not "
                "know which does. Tell me which applies to you and ask again."
            )
        gaps.append((kind, message, scoped))
        gap_types.append(etype)
    if not gaps:
        return None
    left_out = {p.id for _, _, scoped in gaps for p in scoped}
    message = " ".join(m for _, m, _ in gaps if m) or "The knowledge base's passages on this apply to others than you."
    varying = frozenset(etype for etype, (kind, _, _) in zip(gap_types, gaps) if kind == "unknown_context")
    return ContextGap(gaps[0][0], message, blocking=best.id in left_out, exclude=frozenset(left_out), varying=varying)


def _listed(names: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"; a name said twice in other case once ("Ground staff and
    ground staff" is "Ground staff")."""
    names = list({n.casefold(): n for n in reversed(names)}.values())[::-1]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


_OWN_CONTEXT = {
    RelType.WORKS_IN.value: "you work in {}",
    RelType.HAS_ROLE.value: "your role is {}",
    RelType.LOCATED_IN.value: "you are based at {}",
    RelType.HAS_GRADE.value: "you are on {}",
}
"""How an answer states the asker's own fact of each relation; inferred context ("MENTIONS",
"PART_OF") is said as "you are in ..."."""


def own_context_answer(question: str, facts: Sequence[ContextFact], passages: Sequence[SearchResult]) -> Answer | None:
    """The answer to a question about the asker's own context of one kind ("What department am I
    in?", "What shift do I work?": :func:`memgraph.recall.personal.asked_context`) from their
    facts of that kind: stated facts first, else what asking inferred (a name their memories
    mention, a group their role is part of). Each fact's memory is cited when it is among
    ``passages`` (the memory search :meth:`MemGraph.ask` runs for such questions).

    Returns:
        The :class:`Answer` ("From what you have told me: you work in Sales [1]."); None when
        the question asks for no such thing or the asker has no fact of that kind (the
        knowledge base and their memories are searched as for any question).
    """
    kind = asked_context(question)
    if kind is None:
        return None
    of_kind = [f for f in facts if f.entity_type == kind.value]
    stated = [f for f in of_kind if f.relation in _OWN_CONTEXT] or of_kind
    if not stated:
        return None
    memories = {p.id: p for p in passages if p.label == NodeLabel.MEMORY}
    cites: dict[str, Citation] = {}
    parts = []
    for f in dict.fromkeys(stated):
        said = _OWN_CONTEXT.get(f.relation, "you are in {}").format(f.entity)
        if f.source_id is not None and (memory := memories.get(f.source_id)) is not None:
            if memory.id not in cites:
                cites[memory.id] = _citation(len(cites) + 1, memory, memory.text)
            said = f"{said} [{cites[memory.id].number}]"
        parts.append(said)
    text = f"From what you have told me: {'; '.join(parts)}."
    return Answer(
        question=question,
        answer=text,
        facts=list(facts),
        passages=list(passages),
        citations=list(cites.values()),
        found=bool(cites),
    )


def reporting_answer(question: str, facts: Sequence[ContextFact], passages: Sequence[SearchResult]) -> Answer:
    """The answer to "Who do I report to?" that no memory of the asker's answers: the reporting
    lines the documents give (:func:`memgraph.recall.personal.reporting_line`: "REPORTING TO:
    Chief Executive Officer", not the misconduct policy's "report it immediately") in passages
    for everyone or for the asker's own role, department or location, each cited.

    Returns:
        The :class:`Answer`; :data:`NO_REPORTING_LINE` (``found`` False) when no such passage
        gives one (another role's reporting line is no answer).
    """
    return _fields_answer(question, facts, passages, reporting_line, NO_REPORTING_LINE, general=True)


def own_field_answer(
    question: str, kind: EntityType, facts: Sequence[ContextFact], passages: Sequence[SearchResult]
) -> Answer:
    """The answer to a question for the asker's own context of ``kind`` ("What department am I
    in?") that none of their facts answers: the field of that kind a passage for their own post
    gives under its label (:func:`memgraph.recall.personal.labelled_field`: "DEPARTMENT: Sales &
    Marketing" in the Vice President of Sales's section), each cited; never a rule that merely
    names a department.

    Returns:
        The :class:`Answer`; "You have not told me your <kind>, ..." (``found`` False) when no
        such passage gives one.
    """
    word = _TYPE_WORDS.get(kind.value, kind.value.lower())
    none = f"You have not told me your {word}, and I found none for you in the knowledge base."
    return _fields_answer(
        question,
        facts,
        passages,
        lambda s: labelled_field(s, kind),
        none,
        general=False,
        lead="From the knowledge base: ",
    )


def _fields_answer(
    question: str,
    facts: Sequence[ContextFact],
    passages: Sequence[SearchResult],
    find: Callable[[str], str | None],
    none: str,
    *,
    general: bool,
    lead: str = "",
) -> Answer:
    """What ``find`` reads from the sentences of the passages for the asker's own contexts (and,
    with ``general``, of the passages for everyone), each cited, after ``lead``; ``none`` when it
    reads nothing."""
    cites: dict[str, Citation] = {}
    parts = []
    for p in passages:
        if p.label == NodeLabel.MEMORY or not (applies_to_asker(p) if p.applies_to else general):
            continue
        for line in dict.fromkeys(r for s in sentences(p.text) if (r := find(s))):
            if p.id not in cites:
                cites[p.id] = _citation(len(cites) + 1, p, line)
            parts.append(f"{line.rstrip('. ')}. [{cites[p.id].number}]")
    return Answer(
        question=question,
        answer=lead + " ".join(parts) if parts else none,
        facts=list(facts),
        passages=list(passages),
        citations=list(cites.values()),
        found=bool(parts),
    )


def _citation(n: int, r: SearchResult, text: str = "") -> Citation:
    return Citation(
        number=n,
        id=r.id,
        label=r.label,
        document=r.document,
        page=r.page,
        page_end=r.page_end,
        section=r.section,
        uri=r.uri,
        text=text,
        review=r.review_note(),
    )


_JOINING = frozenset({"of", "and", "the", "for", "in", "at", "to", "de", "a", "an", "or", "on", "by"})
"""Lower-case words inside names and titles ("Head of Sales", "Research and Development")."""


_CLAUSE_CONJUNCTION = re.compile(r"^(?:and|whereas|while|but)\s+")
_LABELLED_VALUE = re.compile(r"^[^:;]{2,40}:\s*\S*\d")
"""A short line that is a value under a label ("Strategy: 70%."): an answer, no fragment."""


def label_only(sentence: str, section: str | None) -> bool:
    """Whether ``sentence`` only repeats the passage's own heading ("Uniform and safety", "2.1
    Probation" under "2.1 Probation"): it labels what follows and answers nothing, so
    :func:`extractive_answer` reads it as the opening of the sentence after it. (An FAQ's
    question, "Can I work from home?", and a clause's numbered run-in title, "9.3 Learning
    budget.", read so too each cost a held-out answer its context: measured, not kept.)"""
    heading = (section or "").split(SECTION_SEP)[-1]
    return bool(heading) and _words_of(sentence) == _words_of(heading)


def _words_of(text: str) -> list[str]:
    """``text``'s words folded, a leading clause number left out ("2.1 Probation" -> ["probation"])."""
    return re.findall(r"[^\W\d_]+", re.sub(r"^[A-Z]?[\d.]+\s+", "", text.strip()).casefold())


_RECORD_KEY = re.compile(
    r"^(?i:rev(?:ision)?\.?|version|issue|amendment(?:\s+no\.?)?|change(?:\s+no\.?)?)\s*:\s*[\w.-]{1,12}\s*;"
)
_CHANGE_CELL = re.compile(
    r";\s*(?i:(?:summary|description|details|nature)\s+of\s+)?(?i:changes?|amendments?|what\s+changed)\s*:"
)


def records_a_change(sentence: str) -> bool:
    """Whether ``sentence`` is a row of a document's record of revisions, as the loaders write
    rows ("Rev.: 4.3; Effective: 1 Mar 2025; ...; Summary of change: Notice for duty swaps
    extended from 48 hours to 72 hours"): history, which quotes values no longer in force, not
    a rule. Read: a first column of revision numbers and a column of changes."""
    return _RECORD_KEY.match(sentence) is not None and _CHANGE_CELL.search(sentence) is not None


def _is_prose(sentence: str, config: AnswerConfig) -> bool:
    """False for a heading, a list of names or a contents line (see ``AnswerConfig.title_case_share``);
    True for a table row ("Grade: K2; Ireland: 530 EUR;", as the loaders write rows)."""
    if TABLE_ROW.match(sentence):
        return True
    words = re.findall(r"[^\W\d_]+", sentence)
    if (
        len(words) < config.heading_min_words
        or sum(w[0].isupper() for w in words) / len(words) <= config.title_case_share
    ):
        return True
    # A lower-case word that is long, or a short one that is not a name's joining word ("has",
    # "may"): "Operations has 250 USD" is prose, "Vice President of Sales" is not.
    return any(w.islower() and (len(w) >= config.prose_word_chars or w not in _JOINING) for w in words)


def _distinct_names(names: Sequence[str]) -> list[str]:
    """``names`` without one that is another's name short of its kind words ("Harwick", which a
    person said before the handbook named "Harwick Depot") or with words written as initials
    ("VP of Operations" beside "Vice President of Operations": :func:`initialled`): the fuller
    name stays."""
    words = {n: content_words(n) for n in names}
    return [
        n
        for n in names
        if not any(m != n and ((words[m] == words[n] and len(m) > len(n)) or initialled(n, m)) for m in names)
        or not words[n]
    ]


def _leads_in(sentence: str) -> bool:
    """Whether ``sentence`` is a lead-in: it ends in ":" and the list or table after it says the rest."""
    return sentence.rstrip().endswith(":")


def _with_lead_ins(
    ranked: Sequence[tuple[float, int]],
    sentences_: Sequence[tuple[str, str | None]],
    keyed: Collection[int],
    listed: Collection[int] = (),
) -> list[tuple[float, int]]:
    """``ranked`` (score, index) with each table row and list item keyed by a context (the
    asker's or another's) scored at least as its section's best lead-in: a row ("Role: Care
    assistant; Northern homes: £1.45 an hour.") shares no word with "What's the night
    enhancement?", its lead-in ("we pay a night enhancement ... in a hands-on role:") does.
    Rows keyed by nothing the asker is judged by ("Instrument doubled: Contrabassoon") keep
    their own score: one of them is no one's answer.

    Args:
        ranked: per sentence its score, best first (:func:`rank_sentences`).
        sentences_: per index, the sentence and its passage's section.
        keyed: the indexes of sentences judged the asker's or another context's.
        listed: the indexes of sentences that were list items (their bullet since left off).
    """
    leads: dict[str | None, float] = {}
    for score, i in ranked:
        text, section = sentences_[i]
        if _leads_in(text):
            leads[section] = max(leads.get(section, score), score)
    out = [
        (max(score, leads.get(section, score)) if i in keyed and (i in listed or _is_row_or_item(text)) else score, i)
        for score, i in ranked
        for text, section in [sentences_[i]]
    ]
    return sorted(out, key=lambda t: -t[0])


def _is_row_or_item(sentence: str) -> bool:
    """Whether ``sentence`` is a table row or a list item (:data:`TABLE_ROW`, :data:`LIST_ITEM`)."""
    return TABLE_ROW.match(sentence) is not None or LIST_ITEM.match(sentence) is not None


def rank_sentences(
    query_vec: np.ndarray, query: str, texts: Sequence[str], embedder: Embedder, *, keyword_weight: float
) -> list[tuple[float, int]]:
    """Score sentences for an extractive answer: cosine with the query plus ``keyword_weight``
    x the share of the query's keywords the sentence holds (itself or a synonym,
    :data:`memgraph.text.textutil.SYNONYMS`).

    Args:
        query_vec: the query's embedding, shape ``(dimension,)``, unit length.
        texts: the sentences.

    Returns:
        (score, index into ``texts``) sorted best first.
    """
    if not texts:
        return []
    vecs = embedder.embed(list(texts))
    q_terms = set(keyword_terms(query))
    out = []
    for i, (t, v) in enumerate(zip(texts, vecs)):
        terms = set(keyword_terms(t))
        # a query term counts when the sentence has it or a synonym ("holiday": "leave")
        overlap = sum(bool(synonyms(q) & terms) for q in q_terms) / (len(q_terms) or 1)
        out.append((float(v @ query_vec) + keyword_weight * overlap, i))
    out.sort(key=lambda t: -t[0])
    return out


SERVICE_GROUP = "length of service"
"""The group :func:`extractive_answer` names when the best sentence is a version of a rule by
length of service and the asker has not said theirs."""
DISTANCE_GROUP = "distance from home"
"""The group :func:`extractive_answer` names when the best sentence is a band of a rule by
distance from home to work and the asker has not said theirs."""
_ASK_FOR_QUANTITY = {
    SERVICE_GROUP: (
        "The answer depends on your length of service, and I do not know yours. "
        "Tell me how long you have worked here and ask again."
    ),
    DISTANCE_GROUP: (
        "The answer depends on how far you live from where you work, and I do not know that. "
        "Tell me roughly how many miles it is and ask again."
    ),
}
_LEAD_IN_BEFORE_ROW = re.compile(r"(?<=:)\s+(?!\d{1,2}:\d{2}\b)(?=[^:;.]{1,40}:\s*[^:;]{1,60};\s*[^:;]{1,40}:)")
"""Where a lead-in ("... if you had no break of more than three months:") runs into the table
row after it ("Reckonable NHS service: On appointment; Annual leave: 26 days; ..."): the row is
a sentence of its own (not a cell's time: "Teachers on site by: 08:15; Pupil day: ...")."""
_TRAILING_LEAD_IN = re.compile(r"\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s*$")
"""A list's lead-in run onto the end of the sentence before it when a PDF's lines are joined
("Monitor the performance of staff Qualifications:"); never after a word that leads on
("required for New Starters:")."""


def extractive_answer(
    question: str,
    query_vec: np.ndarray,
    passages: Sequence[SearchResult],
    embedder: Embedder,
    config: AnswerConfig = AnswerConfig.DEFAULT,
    asker: Asker | None = None,
    varying: Collection[str] = (),
    left_out: Sequence[SearchResult] = (),
) -> tuple[str, list[Citation], tuple[str, ...], bool]:
    """Pick the best supporting sentences of the top passages: each sentence (of the first
    ``config.max_passages`` passages that are neither another context's rule nor one for a
    context the asker has not given) scores its
    :func:`rank_sentences` score plus ``config.passage_rank_share`` x its passage's score
    relative to the best; the best ``config.max_sentences`` within
    ``config.second_sentence_share`` of the best are quoted in passage order.

    With ``asker``, sentences addressed to a group (:mod:`memgraph.recall.selection`) are
    judged: another group's are left out, and a sentence that gives two groups' versions is
    quoted for the asker's group only; the asker's own group's sentence is quoted however it
    scores when the best sentence gives another group's version. A sentence that names only
    other contexts of a type the asker has one of is another group's too, and one that names
    the asker's own is theirs (:meth:`Asker.named_state`); so is one that names a context of a
    type the asker has given none of, when the sentences name two or more of that type
    (:meth:`Asker.unknown_contexts`: the rule differs by it), or of a kind in ``varying`` (the
    types :class:`ContextGap` found the rule to differ by, when the answer's note asks for one).

    With ``asker``, the passages not answered from that stand in a candidate's section
    (``passages`` past the usable ones, and ``left_out``: those the caller set aside as
    another context's rule) are read too, and only their parts addressed to the asker's own
    group may be quoted: a sentence giving several groups' versions makes its whole passage
    another context's, though one of its parts is the asker's.

    Returns:
        (answer text with ``[n]`` citation marks, citations, groups, known): ``("", [], (),
        False)`` when no passage holds a quotable sentence; ``("", [], groups, known)`` when
        the best sentence is addressed only to other groups than the asker's and no sentence
        to theirs (the groups' words as written; ``known`` True when each is a known context
        other than the asker's own of its type, so the asker is not one of them). The best
        sentence of each passage that applies to the asker in the best sentence's section is
        quoted too.
    """
    cap = config.max_passages
    # Neither another context's rule nor one for a context the asker has not given.
    usable = [p for p in passages if not _elsewhere(p)][:cap] or list(passages[:cap])
    if not usable:
        return "", [], (), False
    top = usable[0].score or 1.0
    # Passages left out in the candidates' sections (scoped to another context, or to one of
    # a kind the asker has not given) still hold the asker's part of a sentence that gives
    # several groups' versions ("whereas seasonal staff receive full pay for up to 3 weeks,
    # and bank colleagues ... Statutory Sick Pay"): with an asker, their sentences are read,
    # and only parts addressed to the asker's own group may be quoted.
    aside_from = len(usable)
    if asker is not None:
        taken = {p.id for p in usable}
        for p in [*passages, *left_out]:
            if (
                p.id not in taken
                and any(_same_section(p, u) for u in usable[:aside_from])
                and not _other_grades(p, asker)
            ):
                usable.append(p)
                taken.add(p.id)
    sents: list[tuple[str, int]] = []
    listed: list[bool] = []  # per sentence, whether it is a list item
    seen: list[str] = []
    for i, p in enumerate(usable):
        label = ""  # a label just read, quoted with the sentence after it
        for s in (r for t in sentences(p.text, items=True) for r in _LEAD_IN_BEFORE_ROW.split(t)):
            item = LIST_ITEM.match(s) is not None
            s = s.lstrip(BULLETS + " ")
            if label_only(s, p.section):
                label = s
                continue
            if label:
                s, label = f"{label} {s}", ""
            if (conj := _CLAUSE_CONJUNCTION.match(s)) is not None and s[conj.end() :]:
                s = s[conj.end()].upper() + s[conj.end() + 1 :]  # a clause cut from its sentence
            if (
                (tail := _TRAILING_LEAD_IN.search(s)) is not None
                and tail.start() > config.min_sentence_chars
                and s[: tail.start()].rsplit(None, 1)[-1].casefold() not in stopwords()
            ):
                s = s[: tail.start()]  # "... of operational staff| Qualifications:": the next list's lead-in
            # neighbouring chunks overlap: a sentence quoted once
            key = " ".join(s.casefold().split())
            if any(key in k for k in seen):
                continue
            if (
                (len(s) > config.min_sentence_chars or _LABELLED_VALUE.match(s))
                and _is_prose(s, config)
                and not records_a_change(s)
            ):
                sents.append((s, i))
                listed.append(item)
                seen.append(key)
    if not sents:
        return "", [], (), False
    states = [GENERAL] * len(sents)
    groups: list[tuple[str, ...]] = [()] * len(sents)
    named_other: set[int] = set()  # another context's by the known names it gives
    named_own: set[int] = set()  # the asker's by the known names it gives
    mixed: set[int] = set()  # the asker's version and others' run together, no cut parts them
    unknown_other: set[int] = set()  # for a context of a kind the asker has not given
    chosen_versions: set[int] = set()  # the asker's versions of a rule given for several people
    whole: list[str] = []  # per sentence, the text its quoted version was cut from
    if asker is not None:
        # the groups the other passages found address are the others a lone group is told from
        # ("international staff give two months' notice" beside "shop colleagues cannot ...")
        rest = [t for p in [*passages, *left_out] if p.id not in taken for t in sentences(p.text, items=True)]
        for k, pieces in enumerate(asker.parts([s for s, _ in sents], beside=rest)):
            kept_pieces = [p for p in pieces if p.state != OTHER] or pieces
            if sents[k][1] >= aside_from:
                kept_pieces = [p for p in pieces if p.state == MINE] or pieces  # a left-out passage: the asker's part
            states[k] = MINE if any(p.state == MINE for p in pieces) else kept_pieces[0].state
            groups[k] = tuple(g for p in pieces for g in p.groups)
            sents[k] = (" ".join(p.text for p in kept_pieces), sents[k][1])
        keep = [k for k, (_, pidx) in enumerate(sents) if pidx < aside_from or states[k] == MINE]
        sents, states, groups = [sents[k] for k in keep], [states[k] for k in keep], [groups[k] for k in keep]
        listed = [listed[k] for k in keep]
        whole = [s for s, _ in sents]  # before a version is cut from its sentence
        texts, askers_versions = asker.versions(whole, [p for _, p in sents])
        chosen_versions = askers_versions
        for k, text in enumerate(texts):
            if text is None:
                states[k] = OTHER  # another person's version of a rule whose asker's version is here
            else:
                sents[k] = (text, sents[k][1])
                if k in askers_versions and states[k] == GENERAL:
                    states[k] = MINE  # the version keyed by the asker's own words ("I work days": the day shift)
        for k, (text, pidx) in enumerate(sents):
            # "Data & AI timesheets are due by Monday" asked by someone in Strategy: another
            # group's rule, by the names it gives; "Strategy and Change submit monthly": theirs
            if states[k] == GENERAL and (cut := asker.own_columns(text)) is not None:
                sents[k], states[k] = (cut, pidx), MINE  # "Ashby Road: Ferrier Street; Kelder Street: Cole Row"
            elif states[k] == GENERAL and (columns := asker.other_columns(text)):
                states[k], groups[k] = OTHER, columns  # "Grade: Directors; Netherlands: 12%." to a Director in Leeds
                named_other.add(k)
            elif states[k] == GENERAL:
                states[k], named = asker.named_state(text)
                if states[k] == OTHER:
                    groups[k] = named
                    named_other.add(k)
                elif states[k] == MINE:
                    named_own.add(k)
                    if (cut := asker.own_clauses(text)) is not None:
                        sents[k] = (cut, pidx)  # "... Harbour Museum ... 09:20; at the mill ... 09:50"
                    elif asker.mixed_versions(text):
                        mixed.add(k)  # the asker's version run together with others': not quotable
        for group, keyed, said in (
            (SERVICE_GROUP, service_versions, asker.service),
            (DISTANCE_GROUP, distance_banded, asker.distance),
        ):
            # (and the sentences of a value that rises with service over several: "Members
            # receive 30 days ... | Members with ten years' ... receive 33 days.")
            laddered = (
                {k for ladder in service_ladders([t for t, _ in sents], [p for _, p in sents]) for k in ladder}
                if group == SERVICE_GROUP and said is None
                else set()
            )
            if said is None and sum(keyed(t) for t, _ in sents) + len(laddered) >= 2:
                # versions of a rule by length of service (or by distance from home), one
                # sentence's or several's, and the asker has not said theirs: which is theirs is
                # unknown, even in a row of their own group's ("GH and ENG; Under 5 years: 25
                # days; 5 to 9 years: 27 days")
                for k, (text, _) in enumerate(sents):
                    # (and a lead-in that says the rule grows with service: "Your annual leave
                    # entitlement grows with your service:")
                    lead_in = group == SERVICE_GROUP and text.rstrip().endswith(":") and speaks_of_service(text)
                    if states[k] in (GENERAL, MINE) and (keyed(text) or lead_in or k in laddered):
                        states[k], groups[k] = OTHER, (group,)
                        unknown_other.add(k)
        for k, (text, _) in enumerate(sents):
            # a row whose values are by a kind of context the asker has not given, though its key
            # may be theirs ("Role: Care assistant; Northern homes: £1.45 ...; Southern homes: ...")
            if states[k] in (GENERAL, MINE) and (columns := asker.unknown_columns(text)):
                states[k], groups[k] = OTHER, columns
                unknown_other.add(k)
        # Names of a kind the asker has given none of, two or more of it among the sentences
        # ("no staff parking at the Harbour Museum", "colleagues at Brinehouse Mill may park
        # ..."): the rule differs by that kind, and these are not known to be the asker's.
        unknown = {k: asker.unknown_contexts(text) for k, (text, _) in enumerate(sents) if states[k] == GENERAL}
        kinds: dict[EntityType, set[str]] = {}
        for names in unknown.values():
            for etype, name in names:
                kinds.setdefault(etype, set()).add(name)
        for k, names in unknown.items():
            # or one kind the passages on the topic were found to differ by (``varying``: the
            # answer's note asks for it), however few of it the sentences name
            if differ := tuple(n for t, n in names if len(kinds[t]) >= 2 or t.value in varying):
                states[k], groups[k] = OTHER, differ
                unknown_other.add(k)
    ranked = _with_lead_ins(
        rank_sentences(
            query_vec, question, [s for s, _ in sents], embedder, keyword_weight=config.sentence_keyword_weight
        ),
        [(s, usable[p].section) for s, p in sents],
        {k for k, state in enumerate(states) if state != GENERAL},
        {k for k, item in enumerate(listed) if item},
    )
    share = config.passage_rank_share
    asked = asked_kinds(question)
    # (the asker's own sentences only: a general one that gives money may be another group's rule
    # no mechanism scoped, and the preference put such sentences first on held-out handbooks)
    fits = {i for i, (s, _) in enumerate(sents) if states[i] == MINE and asked & value_units(s)}
    scored = sorted(
        (
            (score + share * usable[sents[i][1]].score / top + config.value_kind_weight * (i in fits), i)
            for score, i in ranked
            if i not in mixed
        ),
        key=lambda t: -t[0],
    )
    if not scored:
        return "", [], (), False
    by_relevance = [i for _, i in ranked if i not in mixed]
    not_others = [i for i in by_relevance if i not in named_other]
    if not_others and states[not_others[0]] == OTHER and set(groups[not_others[0]]) & set(_ASK_FOR_QUANTITY):
        # The sentence most on the question, of those not another group's, is a version of a
        # rule by length of service (or distance) the asker has not said: that is what the
        # answer depends on, whatever weaker sentence their own passages hold ("Finance staff
        # may work from home ..." for "How much annual leave do I get?")
        return "", [], tuple(g for g in groups[not_others[0]] if g in _ASK_FOR_QUANTITY), False
    if states[scored[0][1]] == OTHER:
        # The best sentence is another group's version of the rule: the asker's own, if any
        # sentence is theirs, answers in its place; else nothing does. A sentence that is theirs
        # by a name only ("colleagues at Brinehouse Mill may park ...") must stand in the best
        # sentence's passage or section (naming their site puts it on no topic), and the best
        # must not be for a kind of context the asker has not given (their site does not say
        # which practice's budget is theirs).
        best = scored[0][1]
        best_p = usable[sents[best][1]]

        def theirs(i: int) -> bool:
            near = sents[i][1] == sents[best][1] or _same_section(usable[sents[i][1]], best_p)
            return states[i] == MINE and (i not in named_own or (best not in unknown_other and near))

        if not any(theirs(i) for i in range(len(sents))):
            # (most relevant first: the first length of service or distance is the one asked for)
            other = [i for i in by_relevance if states[i] == OTHER]
            return "", [], tuple(dict.fromkeys(g for i in other for g in groups[i])), set(other) <= named_other
        scored = [t for t in scored if theirs(t[1])] + [t for t in scored if states[t[1]] == GENERAL]
    else:
        scored = [t for t in scored if states[t[1]] != OTHER]
    if not scored:
        return "", [], (), False  # the asker's own sentences run theirs and others' together
    # A further sentence must be nearly as good as the best: a weak second one is off the topic.
    # Among those, the asker's versions of a rule given for several people come first ("Reckonable
    # service: After 10 years; Annual leave: 32 days" beside "Leave runs from 1 April").
    near = [t for t in scored if t[0] >= config.second_sentence_share * scored[0][0]]
    kept = sorted(near, key=lambda t: t[1] not in chosen_versions)[: config.max_sentences]
    # A kept lead-in brings the asker's own items of its list or rows of its table ("... is
    # paid in the April payroll:" + "Ground Handling: £140 a year"): the lead-in alone gives
    # no one's value.
    score_of = {t[1]: t for t in scored}
    taken_sents = {k for _, k in kept}
    for i in [k for _, k in kept if _leads_in(sents[k][0])]:
        j = i + 1
        while j < len(sents) and sents[j][1] == sents[i][1] and (listed[j] or _is_row_or_item(sents[j][0])):
            if states[j] == MINE and j in score_of and j not in taken_sents:
                kept.append(score_of[j])
                taken_sents.add(j)
            j += 1
    # The asker's own version of the rules in the best sentence's section comes along,
    # however it scores ("Phone before your shift starts." + "kitchen team members ring the
    # sous chef"): a section's general sentence is seldom the whole answer for someone in it.
    lead = usable[sents[scored[0][1]][1]]
    quoted = {sents[i][1] for _, i in kept}
    for t in scored:
        pidx = sents[t[1]][1]
        p = usable[pidx]
        if pidx not in quoted and p.section and _same_section(p, lead) and applies_to_asker(p):
            kept.append(t)
            quoted.add(pidx)
    # So does the first sentence addressed to the asker's group in the best sentence's passage
    # or section ("Sick pay follows your contract." + "seasonal colleagues get 3 weeks"), or in
    # a section a quoted sentence refers to ("... is paid in accordance with Schedule 2" + the
    # asker's row of Schedule 2).
    if not any(states[i] == MINE for _, i in kept):
        quoted_texts = [sents[i][0] for _, i in kept]
        kept += [
            t
            for t in scored
            if states[t[1]] == MINE
            and (
                sents[t[1]][1] == sents[scored[0][1]][1]
                or _same_section(usable[sents[t[1]][1]], lead)
                or any(refers_to(q, usable[sents[t[1]][1]].section) for q in quoted_texts)
            )
        ][:1]
    # The asker's own version of a rule replaces the rule for everyone it is an exception to:
    # a sentence for everyone that gives a value of the same kind on the same asked-about
    # thing ("a paid break of 30 minutes" beside "Night Replenishment Colleagues take a break
    # of 45 minutes", both on the "break" asked about) goes.
    asked = word_stems([question])
    own = [i for _, i in kept if states[i] == MINE or applies_to_asker(usable[sents[i][1]])]
    kept = [
        t
        for t in kept
        if t[1] in own or states[t[1]] != GENERAL or not _overridden(sents[t[1]][0], [sents[i][0] for i in own], asked)
    ]
    if asker is not None and len(own) >= 2:
        # Of two of the asker's own versions of a rule, the one for more of their contexts wins:
        # "Academic staff in Grades 9 and 10 shall give four months' notice" over the grade
        # band's "Notice period: 3 months" for an academic on grade 9. A version cut from its
        # sentence counts the contexts and words the sentence gave it ("If you work at
        # Warrington, ... days start at 05:45 and nights at 21:45" over "nights start at 22:00"
        # for nights at Warrington).
        specific = {i: asker.own_kinds(sents[i][0], whole[i]) for i in own}
        kept = [
            t
            for t in kept
            if t[1] not in specific
            or not _overridden(
                sents[t[1]][0],
                [f"{sents[j][0]} {whole[j]}" for j in own if specific[j] > specific[t[1]]],
                asked,
            )
        ]
    # A quoted rule that says it applies instead of another ("... is paid at double time,
    # instead of the Sunday and bank holiday rate") replaces the quoted sentence that gives that
    # other rule (the table row "Sundays and bank holidays: time + 84%").
    replaced = {
        j
        for _, i in kept
        for m in _INSTEAD.finditer(sents[i][0])
        if len(what := word_stems([m.group("what")])) >= 2
        for _, j in kept
        # (the replaced rule as written before a version was cut from it: a table row's key)
        if j != i and len(what & word_stems([sents[j][0], *whole[j : j + 1]])) >= min(len(what), MIN_REPLACED_WORDS)
    }
    kept = [t for t in kept if t[1] not in replaced]
    leads = {sents[i][1] for _, i in kept}
    items = [i for i in by_relevance if states[i] == OTHER and sents[i][1] in leads]
    if asker is not None and (items or varying) and all(_bare_lead_in(sents[i][0]) for _, i in kept):
        # Only lead-ins are left ("... for the less sociable shifts:"), their items all other
        # contexts' versions: a lead-in without a value answers nothing, the items say what it
        # depends on (in its passage, or in passages of their own that the context gap names).
        others = tuple(dict.fromkeys(g for i in items for g in groups[i]))
        return "", [], others, bool(items) and set(items) <= named_other
    chosen = sorted(kept, key=lambda t: (sents[t[1]][1], t[1]))
    cites: dict[int, Citation] = {}
    quotes: list[tuple[str, int]] = []
    row_of_last: tuple[int, str, str] | None = None
    for _, i in chosen:
        text, pidx = sents[i]
        text = " ".join(_row_key_once(text).split())  # a table cell's line breaks are no part of the quote
        row = TABLE_ROW.match(text)
        this_row = (pidx, row.group("header").casefold(), row.group("key").casefold()) if row else None
        if row is not None and this_row == row_of_last:
            # cells of one table row: the row's key once ("Unit: Wren; Where: ...; Residents: ...")
            quotes[-1] = (quotes[-1][0].rstrip(" .;") + text[row.end("key") :], pidx)
            continue
        quotes.append((text, pidx))
        row_of_last = this_row
    parts = []
    for text, pidx in quotes:
        if pidx not in cites:
            cites[pidx] = _citation(len(cites) + 1, usable[pidx], usable[pidx].text)
        parts.append(f"{text} [{cites[pidx].number}]")
    return " ".join(parts), list(cites.values()), (), False


_SECTION_LABEL = re.compile(
    r"^(?:(?P<kind>schedule|appendix|annex|annexe|section|part|table|chapter|clause)\s+(?P<id>[\w.]+)"
    r"|(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?(?=\s))",
    re.I,
)


_INSTEAD = re.compile(r"\b(?i:instead\s+of|in\s+place\s+of|rather\s+than|in\s+lieu\s+of)\s+(?P<what>[^.;,:]{3,60})")
"""Where a rule names the rule it replaces ("..., instead of the Sunday and bank holiday rate")."""
MIN_REPLACED_WORDS = 3
"""Words of what a rule replaces ("the Sunday and bank holiday rate": sunday, bank, holiday, rate)
another quoted sentence must hold to be that replaced rule (all of them when fewer); not tuned."""


def refers_to(sentence: str, section: str | None) -> bool:
    """Whether ``sentence`` refers to the section whose heading path is ``section`` by the
    label its last heading opens with: "Schedule 2: Occupational Sick Pay" is referred to as
    "Schedule 2", "6. Getting to work" as "Section 6" or "section 6.2"'s parent."""
    if not section:
        return False
    label = _SECTION_LABEL.match(section.rpartition(SECTION_SEP)[2].strip())
    if label is None:
        return False
    if label.group("kind"):
        said = rf"\b{re.escape(label.group('kind'))}\s+{re.escape(label.group('id').rstrip('.'))}\b"
    else:
        said = rf"\b(?:section|clause|part|paragraph)\s+{re.escape(label.group('number'))}\b"
    return re.search(said, sentence, re.I) is not None


def _overridden(general: str, own: Sequence[str], asked: frozenset[str]) -> bool:
    """Whether a rule is another version of one of the asker's own rules: both give a value of
    the same kind (:func:`value_units`) and share a word of the question, and the own rule
    holds as many of the question's words ("29 days of annual leave" does not replace "Up to
    five days of untaken leave may be carried forward" for "How many days can I carry forward?"),
    or the own rule's value is of the same thing, named by a word of the question ("four weeks'
    notice" replaces "two weeks' notice of resignation" for "How much notice should I give if I
    resign?": :func:`value_phrases`)."""
    units = value_units(general)
    words = word_stems([general]) & asked
    phrases = [g for g in value_phrases(general) if len(g) >= 2]
    return any(
        units & value_units(o)
        and (
            (words & (mine := word_stems([o]) & asked) and len(mine) >= len(words))
            or any(len(p) >= 2 and p & asked and (p <= g or g <= p) for p in value_phrases(o) for g in phrases)
        )
        for o in own
    )


def _row_key_once(text: str) -> str:
    """A table row's cells as the loaders write them, each with the row's key ("Unit: Wren; Where:
    Ground floor; Unit: Wren; Residents: 12 beds"), with the key written once ("Unit: Wren; Where:
    Ground floor; Residents: 12 beds"), also where a cell left out leaves the key last; any other
    text unchanged."""
    row = TABLE_ROW.match(text)
    if row is None:
        return text
    key = re.escape(f"{row.group('header')}: {row.group('key')}")
    return text[: row.end("key")] + re.sub(r";\s*" + key + r"\s*(?=;|\.?\s*$)", "", text[row.end("key") :])


_SYSTEM = (
    "You answer questions for one person using only the context given: facts about the person and numbered "
    "passages from their memory and their organisation's documents. Passages marked as applying to the person "
    "(their own department, role or location) take precedence over general ones. Cite the passages you use as "
    "[n]. If the context does not answer the question, say so."
)


def llm_answer(
    client: ChatClient, question: str, facts: Sequence[ContextFact], passages: Sequence[SearchResult]
) -> tuple[str, list[Citation]]:
    """Ask the LLM to answer from facts and numbered passages; returns (text, cited passages).

    The citations are the passages whose ``[n]`` the reply names, in passage order; a reply
    that names none (or only numbers no passage has) gets no citation, and the caller must
    then report nothing found (``Answer.found`` False).

    Raises:
        LLMError: the endpoint failed.
    """
    cites = [_citation(i + 1, p, p.text) for i, p in enumerate(passages)]
    lines = ["Facts about the person asking:"]
    lines += [f"- {f.describe()}" for f in facts] or ["- (none known)"]
    lines.append("\nPassages:")
    for c, p in zip(cites, passages):
        where = f" ({c.describe()})" if p.document or p.uri else ""
        scope = f" [applies to the person: {', '.join(p.applies_to)}]" if applies_to_asker(p) else ""
        review = f" [under review: {c.review}]" if c.review else ""
        lines.append(f"[{c.number}]{where}{scope}{review} {p.text}")
    lines.append(f"\nQuestion: {question}")
    text = client.chat([{"role": "system", "content": _SYSTEM}, {"role": "user", "content": "\n".join(lines)}])
    used = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    return text, [c for c in cites if c.number in used]


def _bare_lead_in(text: str) -> bool:
    """A list's or table's lead-in that gives no value of its own ("Colleagues are paid a
    premium for the less sociable shifts:"; not "You get 28 days, unless you work in the
    kitchen:"): only its items are rules."""
    return text.rstrip().endswith(":") and not value_units(text)


def _elsewhere(p: SearchResult) -> bool:
    """True for a passage scoped to another context than the asker's (``mismatch``) or to one
    of a kind the asker has not given (``unknown_context``), unless the question names it."""
    if p.signals.get("named"):
        return False
    return bool(p.signals.get("mismatch") or p.signals.get("unknown_context"))


def by_best_sentence(
    query_vec: np.ndarray,
    passages: Sequence[SearchResult],
    embedder: Embedder,
    config: AnswerConfig = AnswerConfig.DEFAULT,
) -> list[SearchResult]:
    """``passages`` with the cosine (``signals["vector"]``) of each knowledge-base passage that
    shares the question's keywords (``signals["keyword"]``) raised to its best sentence's, when
    that reaches ``config.min_sentence_relevance``: a rule inside a long list or paragraph is
    relevant though the passage as a whole is not (the chunk's one embedding averages its other
    rules in). Sentence-level scoring of a retrieved chunk, as in sentence-window retrieval.

    Args:
        query_vec: the question's embedding, shape ``(embedder.dimension,)``, unit length.

    Returns:
        The passages in the same order; those raised carry ``signals["sentence"]``, the cosine.
    """
    out = list(passages)
    todo = [i for i, p in enumerate(out) if p.document is not None and p.signals.get("keyword")]
    texts = [(i, s) for i in todo for s in sentences(out[i].text, items=True)]
    if not texts:
        return out
    cosines = embedder.embed([s for _, s in texts]) @ query_vec
    best: dict[int, float] = {}
    for (i, _), cos in zip(texts, cosines):
        best[i] = max(best.get(i, -1.0), float(cos))
    for i, cos in best.items():
        if cos >= config.min_sentence_relevance and cos > out[i].signals.get("vector", 0.0):
            out[i] = out[i].model_copy(update={"signals": {**out[i].signals, "vector": cos, "sentence": cos}})
    return out


def _relevant(p: SearchResult, config: AnswerConfig, keyworded: Collection[tuple[str | None, str]] = ()) -> bool:
    """A passage ask may answer from: cosine at ``min_relevance`` or more, or at
    ``own_min_relevance`` for one that applies to the asker and shares the question's keywords,
    or stands in a section (``keyworded``: (document, section) pairs) whose other passages do:
    a clause cut from its paragraph ("support staff ring their line manager by 07:45") keeps the
    topic its paragraph's words give ("If you are ill and cannot come in, phone")."""
    vector = p.signals.get("vector", 0.0)
    if vector >= config.min_relevance:
        return True
    on_topic = bool(p.signals.get("keyword")) or (p.section is not None and (p.document, p.section) in keyworded)
    return vector >= config.own_min_relevance and on_topic and applies_to_asker(p)


def applies_to_asker(p: SearchResult) -> bool:
    """True for a passage scoped to the asker's own department, role or location (every
    ``APPLIES_TO`` type of it one the asker has, and matching), or to the one the question names."""
    if not p.applies_to:
        return False
    return bool(p.signals.get("named")) or not (p.signals.get("mismatch") or p.signals.get("unknown_context"))


def own_context_first(
    passages: Sequence[SearchResult], config: AnswerConfig = AnswerConfig.DEFAULT
) -> list[SearchResult]:
    """The passages to answer from: those that apply to the asker (:func:`applies_to_asker`)
    whose cosine with the question reaches ``config.own_context_share`` of the best
    answerable passage's (``config.own_other_section_share`` when they stand in another section
    than that passage) (and that share a keyword with the question when any passage
    does), or that stand in the section (or under it) of a passage that does and is a general
    passage one of whose sentences leaves the rule to each context
    (:func:`memgraph.extraction.applicability.defers`: "How you report sickness depends on your
    team." over "Call the head brewer ...", whatever their cosine), or that are
    :func:`_relevant` and stand in the parent section of one that does and is
    another context's version of the rule, when there are any (a
    rule for the asker's own context takes precedence over the general text around it); else
    all of ``passages``."""
    answerable = [p for p in passages if not p.signals.get("mismatch")]
    best = max((p.signals.get("vector", 0.0) for p in answerable), default=0.0)
    # A passage for the asker that shares no word with the question while others do is near
    # it by embedding only ("and housekeeping 2 points." for "the room rate for family").
    keyworded = any(p.signals.get("keyword") for p in answerable)
    floor = config.own_context_share * best
    best_p = max(answerable, key=lambda p: p.signals.get("vector", 0.0), default=None)
    # (stricter for a passage in another section than the best: a neighbouring topic)
    other_floor = config.own_other_section_share * best

    def close_enough(p: SearchResult) -> bool:
        near = best_p is None or _same_section(p, best_p)
        return p.signals.get("vector", 0.0) >= (floor if near else other_floor)

    # A section whose passages that match well are another context's version of the rule
    # ("at the Gdansk site, parking is on the east apron") or a general passage that leaves
    # the rule to each context ("Start times are set by each region."): the asker's version
    # in it is the answer whatever its cosine ("In Rotterdam, staff use the Waalhaven garage;").
    # Another context's version may stand in a sibling section ("Annual leave > Member
    # Support" beside "Annual leave > Data Platform"): its parent section is on the topic.
    topical: set[tuple[str | None, str]] = set()
    deferring: dict[tuple[str | None, str], frozenset[str]] = {}  # section -> the kinds it leaves the rule to
    for p in passages:
        if not p.section or p.signals.get("vector", 0.0) < floor:
            continue
        if p.signals.get("mismatch"):
            parent, _, last = p.section.rpartition(SECTION_SEP)
            # Its parent only when its own heading names its context ("Member Support").
            names = [a.partition(":")[2].casefold() for a in p.applies_to]
            per_context = bool(parent) and any(n and n in last.casefold() for n in names)
            topical.add((p.document, parent if per_context else p.section))
        elif not p.applies_to and (kinds := {k.value for k in passage_deferred_kinds(p.text)}):
            deferring[(p.document, p.section)] = deferring.get((p.document, p.section), frozenset()) | kinds

    def under(p: SearchResult, sections: Collection[tuple[str | None, str]]) -> bool:
        return any(doc == p.document and within_section(p.section, sec) for doc, sec in sections)

    def left_to(p: SearchResult) -> bool:
        """In a section whose rule is left to each context of a kind ``p`` applies to."""
        kinds = set(_scope_of(p))
        return under(p, [sec for sec, left in deferring.items() if kinds & left])

    own = [
        p
        for p in answerable
        if applies_to_asker(p)
        and (
            (close_enough(p) and (p.signals.get("keyword") or not keyworded))
            or (under(p, topical | set(deferring)) and _relevant(p, config))
            # the asker's version of the rule a well-matching passage leaves to each context of
            # its kind ("How you report sickness depends on your team." over a team's "Call the
            # head brewer ..."): the answer however little its words resemble the question's
            or left_to(p)
        )
    ]
    return own or list(passages)


NOTHING_FOUND = "I found nothing in memory or the knowledge base about this."
"""The answer text when nothing relevant was retrieved (``Answer.found`` False)."""
NO_REPORTING_LINE = (
    "You have not told me who you report to, and I found no reporting line for you in the knowledge base."
)
"""The answer to "Who do I report to?" when no memory and no document's sentence says it."""


def compose_answer(
    question: str,
    query_vec: np.ndarray,
    passages: Sequence[SearchResult],
    facts: Sequence[ContextFact],
    *,
    embedder: Embedder,
    llm: ChatClient | None = None,
    use_llm: bool | None = None,
    config: AnswerConfig = AnswerConfig.DEFAULT,
    asker: Asker | None = None,
) -> Answer:
    """The answer policy of :meth:`MemGraph.ask`: whether to answer, from which passages, and how.

    1. No passage, or none whose cosine with the question (``signals["vector"]``) reaches
       ``config.min_relevance`` (``config.own_min_relevance`` for a passage that applies to the
       asker and shares the question's keywords), nor one whose best sentence reaches
       ``config.min_sentence_relevance`` (:func:`by_best_sentence`): nothing is answered
       (``found`` False, text :data:`NOTHING_FOUND`).
    2. :func:`context_gap`: when the best-matching passage is a rule for another department, role
       or location than the asker's (or for one of several the asker has not given), nothing is
       answered (``found`` False, ``gap`` set, the gap's message as text). When a general
       passage matches best, the other contexts' rules are left out and the answer ends with
       the gap's message as a note.
    3. When the question names a role, department or place (a passage with
       ``signals["named"]``), the asker's own statement of it (a memory that is the source of
       one of ``facts``) is a fact, not the answer: it is left out; so are their statements of
       their context that share nothing with the question (``asker.statements``) when a
       knowledge-base passage is left to answer.
    4. When passages that apply to the asker answer (:func:`own_context_first`), a gap that
       does not block is dropped: the asker's own rule was found, other versions are no news.
    5. The LLM writes the answer from the facts and the remaining passages
       (:func:`llm_answer`) when one is given and ``use_llm`` is not False; else the answer is
       extractive (:func:`extractive_answer`). When the extractive answer's best sentence is
       addressed only to groups the asker is not known to be in (see ``asker``), nothing is
       answered (``found`` False, ``gap`` ``unknown_context``, the text names the groups);
       when those are known contexts other than the asker's own of their kind, ``gap`` is
       ``other_context`` and the text says nothing was found for the asker.

    Args:
        question: the question.
        query_vec: its embedding, shape ``(embedder.dimension,)``, unit length (as
            :meth:`Embedder.embed_one` returns).
        passages: what retrieval found for it, best first (:meth:`Retriever.search`).
        facts: the asker's current facts (:meth:`MemGraph.facts`).
        embedder: embeds the passages' sentences for an extractive answer.
        llm: a chat client, or None.
        use_llm: None uses ``llm`` when given; False forces the extractive answer; True
            requires ``llm``.
        config: the policy's numbers.
        asker: the asker's own words and a tagger, to judge sentences addressed to a group
            (see :func:`extractive_answer`); None judges none.

    Returns:
        The :class:`Answer`, with every retrieved passage and the facts.

    Raises:
        ConfigError: ``use_llm`` is True and no ``llm`` is given.
        LLMError: the LLM endpoint failed and ``use_llm`` is True (with ``use_llm`` None the
            answer is extractive and :attr:`Answer.llm_error` says why).
    """
    if use_llm and llm is None:
        raise ConfigError("use_llm=True but no LLM is configured (llm.base_url)")
    facts = list(facts)
    passages = list(passages)
    keyworded = {(p.document, p.section) for p in passages if p.section and p.signals.get("keyword")}
    if not any(_relevant(p, config, keyworded) for p in passages):
        passages = by_best_sentence(query_vec, passages, embedder, config)
    if (own := own_context_answer(question, facts, passages)) is not None:
        return own  # "What department am I in?": their fact, from what they said
    if (kind := asked_context(question)) is not None:
        return own_field_answer(question, kind, facts, passages)  # none said: their post's own field
    mine_said = about_me(question, passages)
    if not mine_said and asks_reporting_line(question):
        return reporting_answer(question, facts, passages)
    if not mine_said and not any(_relevant(p, config, keyworded) for p in passages):
        return Answer(question=question, answer=NOTHING_FOUND, facts=facts, passages=passages, found=False)
    # "Who is my line manager?": the asker said it ("my line manager is Oksana"); no rule answers
    gap = context_gap(passages, facts, config, asker) if not mine_said else None
    if gap is not None and gap.blocking:
        return Answer(question=question, answer=gap.message, facts=facts, passages=passages, found=False, gap=gap.kind)
    usable = mine_said or [p for p in passages if gap is None or p.id not in gap.exclude]
    if any(p.signals.get("named") for p in usable):
        # The question names a role, department or place: the asker's own "I'm the Senior
        # Manager of Operations" matches it but is no answer (it is listed under facts).
        sources = {f.source_id for f in facts}
        usable = [p for p in usable if p.label != NodeLabel.MEMORY or p.id not in sources]
    if asker is not None and asker.statements and not mine_said and any(p.label != NodeLabel.MEMORY for p in usable):
        # "I work in payroll at Brickfield House." is what the asker told us, not the answer to
        # their question about weekend pay: the knowledge base's passages answer it
        usable = [p for p in usable if p.label != NodeLabel.MEMORY or p.text not in asker.statements]
    mine = own_context_first(usable, config)
    if gap is not None and mine != usable and all(applies_to_asker(p) for p in mine):
        gap = None  # the asker's own rule answers: other contexts' versions are no news to note
    usable = mine
    used_llm = llm is not None and use_llm is not False
    llm_error = None
    if llm is not None and used_llm:
        try:
            text, cites = llm_answer(llm, question, facts, usable)
        except LLMError as e:
            if use_llm:
                raise
            # Asked to use the LLM only when one is configured: an unreachable endpoint
            # answers extractively, and says so, rather than answering nothing.
            used_llm, llm_error = False, str(e)
    if not used_llm:
        text, cites, others, known = extractive_answer(
            question,
            query_vec,
            usable,
            embedder,
            config,
            asker,
            gap.varying if gap is not None else (),
            left_out=[p for p in passages if p.id not in {u.id for u in usable}],
        )
        if others and known:
            # the asker's context of that kind is known and none of these: no rule of theirs was found
            message = f"The knowledge base gives this for {_listed(others)} only, and I found nothing on it for you."
            return Answer(
                question=question, answer=message, facts=facts, passages=passages, found=False, gap="other_context"
            )
        if asked := [g for g in others if g in _ASK_FOR_QUANTITY]:
            message = _ASK_FOR_QUANTITY[asked[0]]  # the one the most relevant sentence depends on
            return Answer(
                question=question, answer=message, facts=facts, passages=passages, found=False, gap="unknown_context"
            )
        if others:
            message = (
                f"The knowledge base gives this for {_listed(others)}, and I do not know whether that is you. "
                "Tell me which applies to you and ask again."
            )
            return Answer(
                question=question, answer=message, facts=facts, passages=passages, found=False, gap="unknown_context"
            )
    if not text and gap is not None:
        # nothing quotable but a lead-in, and its items are for contexts the asker has not given
        return Answer(question=question, answer=gap.message, facts=facts, passages=passages, found=False, gap=gap.kind)
    if not text:
        text = NOTHING_FOUND  # nothing quotable: no empty answer
    elif gap is not None:
        text = f"{text} (Note: {gap.message})"
    reviewed = [f"[{c.number}] is {c.review}" for c in cites if c.review]
    if reviewed:
        text = f"{text} (Under review: {'; '.join(reviewed)}.)"
    return Answer(
        question=question,
        answer=text,
        facts=facts,
        citations=cites,
        passages=passages,
        used_llm=used_llm,
        found=bool(cites),  # an answer that cites nothing claims nothing
        gap=gap.kind if gap else None,
        llm_error=llm_error,
    )
