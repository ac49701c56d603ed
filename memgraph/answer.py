"""Answers from memory and the knowledge base: the asker's facts plus cited passages.

Without an LLM the answer is extractive: the sentences of the best passages that score
highest against the question (cosine of sentence and question embeddings, plus keyword
overlap, plus the passage's own rank), each with its citation. With an OpenAI-compatible
endpoint configured, the LLM writes the answer from the same context and cites passages
by number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from .embed import Embedder
from .llm import ChatClient
from .models import NodeLabel
from .retrieval import SearchResult, rank_sentences, source_of
from .textutil import BULLETS, sentences


class ContextFact(BaseModel):
    """A current fact about the asker: ``WORKS_IN Operations`` since a time, from a memory."""

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


MIN_RELEVANCE = 0.25
"""Cosine (all-MiniLM-L6-v2) a passage must reach for ``ask`` to answer from it. Measured on
the Contoso knowledge base: questions about something it does not hold ("how do I descale
the Zephyr?", "the capital of Mongolia") reach 0.07-0.18; its ground-truth questions 0.65-0.9."""

SECOND_SENTENCE_SHARE = 0.75
"""An extractive answer's further sentences score at least this share of its best one."""

_TYPE_WORDS = {"Department": "department", "Role": "role", "Location": "location"}


def _scope_of(p: SearchResult) -> dict[str, list[str]]:
    """A passage's APPLIES_TO targets by type: ``{"Department": ["Operations"]}``."""
    out: dict[str, list[str]] = {}
    for item in p.applies_to:
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
        message: the sentence to say.
        blocking: True when the best-matching passage itself is such a rule: nothing may be
            answered. False when a general passage answers and the rules for other contexts
            are only left out (the message is then a note beside the answer).
        exclude: ids of passages that must not be answered from.
    """

    kind: str
    message: str
    blocking: bool
    exclude: frozenset[str]


CLOSE_MATCH = 0.8
"""Passages whose text matches the question at this share of the best match or more are
"on the topic" for :func:`context_gap`."""


def context_gap(passages: Sequence[SearchResult], facts: Sequence[ContextFact]) -> ContextGap | None:
    """Whether the knowledge base's passages on this question apply to other contexts than
    the asker's.

    The passages whose text matches the question best (``signals["match"]``, within
    :data:`CLOSE_MATCH` of the best) are what the question is about. Among them, a passage
    that applies only to another department, role or location than the asker's
    (``mismatch``), or to one of several entities of a kind the asker has no fact of
    (``unknown_context``), must not be answered from when no retrieved passage applies to the
    asker's own. When such a rule is the best match, nothing is answered; when a general
    passage is the best match, it is answered from and the rules are named in a note.

    Returns:
        None when every passage on the topic may be answered from, else a :class:`ContextGap`.
    """
    kb = [p for p in passages if p.document is not None]
    if not kb:
        return None
    best_match = max(p.signals.get("match", p.score) for p in kb)
    close = [p for p in kb if p.signals.get("match", p.score) >= CLOSE_MATCH * best_match]
    best = max(close, key=lambda p: p.signals.get("match", p.score))
    mine: dict[str, list[str]] = {}
    for f in facts:
        mine.setdefault(f.entity_type, []).append(f.entity)
    for etype in dict.fromkeys(t for p in close for t in _scope_of(p)):
        scoped = [p for p in close if etype in _scope_of(p)]
        word = _TYPE_WORDS.get(etype, etype.lower())
        own = mine.get(etype)
        # Without a fact of this kind, a demoted passage means the question named one ("What
        # does a Sales Representative approve?"): that is the context to answer for.
        named = not own and any(p.signals.get("mismatch") for p in kb if etype in _scope_of(p))
        if own or named:
            if any(not p.signals.get("mismatch") and etype in _scope_of(p) for p in kb):
                continue  # a retrieved passage applies to the asker's own, or the named one
            others = sorted({n for p in scoped for n in _scope_of(p)[etype]})
            kind = "other_context"
            whose = f"your {word} ({', '.join(own)})" if own else f"the {word} you asked about"
            message = (
                f"The knowledge base has no passage on this for {whose}; what it has applies to {', '.join(others)}."
            )
        else:
            variants = sorted({n for p in scoped for n in _scope_of(p)[etype]})
            if len(variants) < 2 and not any(p.signals.get("mismatch") for p in scoped):
                continue  # one rule, nothing to choose between
            kind = "unknown_context"
            message = (
                f"The answer depends on your {word} ({', '.join(variants)}), and I do not know yours. "
                f"Tell me your {word} and ask again."
            )
        return ContextGap(kind, message, blocking=best in scoped, exclude=frozenset(p.id for p in scoped))
    return None


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
    )


TITLE_CASE_SHARE = 0.6
"""A "sentence" of three or more words, more than this share of them capitalised and none of
the rest a word of four letters or more, is a heading, a list of names or a table of
contents line, not an answer ("Senior Manager of Operations 20."); "Contoso offers Northwind
Health Plus and Northwind Standard" is kept for its "offers"."""


def _is_prose(sentence: str) -> bool:
    words = re.findall(r"[^\W\d_]+", sentence)
    if len(words) < 3 or sum(w[0].isupper() for w in words) / len(words) <= TITLE_CASE_SHARE:
        return True
    return any(w.islower() and len(w) >= 4 for w in words)


def extractive_answer(
    question: str,
    query_vec: np.ndarray,
    passages: Sequence[SearchResult],
    embedder: Embedder,
    *,
    max_sentences: int = 2,
    max_passages: int = 4,
) -> tuple[str, list[Citation]]:
    """Pick the best supporting sentences of the top passages.

    Returns:
        (answer text with ``[n]`` citation marks, citations).
    """
    usable = [p for p in passages if not p.signals.get("mismatch")][:max_passages] or list(passages[:max_passages])
    if not usable:
        return "", []
    top = usable[0].score or 1.0
    sents: list[tuple[str, int]] = []
    for i, p in enumerate(usable):
        for s in sentences(p.text, items=True):
            s = s.lstrip(BULLETS + " ")
            if len(s) > 15 and _is_prose(s):
                sents.append((s, i))
    if not sents:
        return "", []
    ranked = rank_sentences(query_vec, question, [s for s, _ in sents], embedder)
    scored = sorted(((score + 0.5 * usable[sents[i][1]].score / top, i) for score, i in ranked), key=lambda t: -t[0])
    # A further sentence must be nearly as good as the best: a weak second one is off the topic.
    kept = [t for t in scored[:max_sentences] if t[0] >= SECOND_SENTENCE_SHARE * scored[0][0]]
    chosen = sorted(kept, key=lambda t: (sents[t[1]][1], t[1]))
    cites: dict[int, Citation] = {}
    parts = []
    for _, i in chosen:
        text, pidx = sents[i]
        if pidx not in cites:
            cites[pidx] = _citation(len(cites) + 1, usable[pidx], usable[pidx].text)
        parts.append(f"{text} [{cites[pidx].number}]")
    return " ".join(parts), list(cites.values())


_SYSTEM = (
    "You answer questions for one person using only the context given: facts about the person and numbered "
    "passages from their memory and their organisation's documents. Passages that apply to the person's own "
    "department, role or location take precedence over general ones. Cite the passages you use as [n]. If the "
    "context does not answer the question, say so."
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
        lines.append(f"[{c.number}]{where} {p.text}")
    lines.append(f"\nQuestion: {question}")
    text = client.chat([{"role": "system", "content": _SYSTEM}, {"role": "user", "content": "\n".join(lines)}])
    used = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    return text, [c for c in cites if c.number in used]
