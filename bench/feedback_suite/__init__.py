"""Feedback cases over the Contoso knowledge base (../shared/data/contoso: the employee
handbook, PerksPlus and Benefit_Options PDFs) and people of our own, for bench/feedback.py.

Every case runs for a fresh copy of its person: a user id of its own, the person's
statements (:data:`PEOPLE`, or the split's own ``PEOPLE``) added first, then the case's
``ask`` (in a session of its own) when it has one, then the feedback. Cases are
independent: one case's feedback never meets another's.

Splits: ``tuning`` (cases the rules were written against) and ``heldout`` (written apart,
never looked at while tuning; only their counts are read).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    """One piece of feedback and what it must do.

    Attributes:
        person: key of the person in PEOPLE (their statements are added first).
        feedback: what the person says.
        kind: the FeedbackKind value it must be read as ("correction", "knowledge", "forget",
            "confirm", "preference"), or None when nothing must change (ambiguous, nothing
            to act on: the result must say so and ``applied`` be False).
        ask: a question asked (same session) just before the feedback, or None.
        target: an explicit target passed as ``target_id``: ``"memory:<words>"`` (the
            person's memory whose text holds the words) or ``"answer"`` (the first passage
            the ``ask`` cited), or None.
        expect_target: what the feedback must be found to be about: ``"memory:<words>"``
            (a memory whose text holds the words: the one corrected, revised, forgotten or
            confirmed), ``"chunk:<words>"`` (a passage whose text holds the words,
            case-insensitive), ``"fact:<REL> <Name>"`` (the fact written by a correction),
            or None (not checked: preferences, unresolved cases).
        facts_after: facts the person must hold after the feedback, ``"WORKS_IN Technology"``.
        facts_gone: facts the person must no longer hold.
        memory_gone: words of a memory that must be forgotten (``list`` no longer shows it).
        memory_kept: words of a memory that must still be there.
    """

    person: str
    feedback: str
    kind: str | None
    ask: str | None = None
    target: str | None = None
    expect_target: str | None = None
    facts_after: tuple[str, ...] = ()
    facts_gone: tuple[str, ...] = ()
    memory_gone: str | None = None
    memory_kept: str | None = None
    note: str = ""


PEOPLE: dict[str, tuple[str, ...]] = {
    "ana": (
        "I work in the Sales department.",
        "I am based in Antwerp.",
        "My manager is Lee Chen.",
        "My home address is 12 Elm Street, Leeds.",
        "I have two kids, Tom and Mia.",
    ),
    "raj": (
        "I work in the Finance department.",
        "I'm a Senior Analyst.",
        "I live in Seattle.",
        "My dentist is Dr. Park on 5th Avenue.",
        "I play tennis every Tuesday.",
    ),
    "mei": (
        "I work in the Engineering department.",
        "I am based in Dublin.",
        "My partner is called Ciaran.",
        "My badge number is 44721.",
        "I'm allergic to peanuts.",
    ),
    "ola": (
        "I work in the Marketing department.",
        "I'm a Product Manager.",
        "I am based in Oslo.",
        "My car is a blue Volvo.",
        "My daughter Ingrid starts school in August.",
    ),
}
"""People of our own and what they told the store before giving feedback."""

BYSTANDER: tuple[str, ...] = (
    "I work in the Sales department.",
    "I am based in Antwerp.",
    "My home address is 12 Elm Street, Leeds.",
    "My manager is Lee Chen.",
)
"""A person with the same statements as some case people: no feedback of anyone else may
change what they hold (checked after every case)."""


@dataclass
class Split:
    name: str
    cases: list[Case] = field(default_factory=list)
    people: dict[str, tuple[str, ...]] = field(default_factory=dict)


def load() -> list[Split]:
    """Both splits, each with its cases and its people (the split's own over :data:`PEOPLE`)."""
    from . import heldout, tuning

    out = []
    for module in (tuning, heldout):
        people = {**PEOPLE, **getattr(module, "PEOPLE", {})}
        out.append(Split(module.__name__.rsplit(".", 1)[-1], list(module.CASES), people))
    return out
