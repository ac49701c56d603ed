"""Pairs of statements for the deduplication benchmark.

Each :class:`Pair` is two first-person statements one person told a personal assistant at
different times (about their work, family, preferences, health, plans, possessions), and
whether the second is the same memory as the first.

- ``same=True``: a restatement. The second carries no information the first did not:
  a paraphrase, synonyms, contractions, other word order, added filler or politeness, a
  shorter or longer way to say exactly the same fact. Storing it again would be a duplicate.
- ``same=False``: a near miss that must NOT be merged with the first: a different value
  (department, city, number, date, name), a negation, a change over time, a different
  person, a different quantity or frequency, an added detail that is new information, or a
  preference for a different thing.

``note`` says briefly why the pair is labelled as it is.

Splits: ``tuning`` (pairs thresholds and rules may be tuned against) and ``heldout``
(written apart, sharing no pairs with ``tuning``; never tune against it). Each holds 60
pairs, 30 of each label, in shuffled order.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pair:
    """Two statements one person told an assistant at different times."""

    first: str
    second: str
    same: bool  # True: the second says nothing the first did not (a restatement); False: it adds or changes something
    note: str = ""


def load() -> dict[str, list[Pair]]:
    """Return the splits: ``{"tuning": [...], "heldout": [...]}``."""
    from . import heldout, tuning

    return {"tuning": tuning.PAIRS, "heldout": heldout.PAIRS}
