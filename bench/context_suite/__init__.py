"""The context suite: who is asking, from what they said, given the names a handbook uses.

A policy assistant answers "How many days of leave do I get?" differently depending on who
asks, and who the asker is comes from what they said earlier, in ordinary phrasing. Each
:class:`Case` is one asker: the context names an imagined handbook uses (``known``: a mix of
types, most of them distractors the asker is not in), 1-3 things the asker said
(``statements``), the contexts those statements establish for the asker (``expect``) and, for
tricky cases, contexts that must not be attributed to them (``forbid``). This is the project's
own evaluation data for ``bench/context.py``; every organisation, site and person is invented.

Context types are exactly one of:

- ``"Department"``: departments, teams, units, practices, functions, divisions.
- ``"Role"``: job titles.
- ``"Location"``: sites, offices, depots, stores, cities, regions, countries.
- ``"Grade"``: grade, band or level codes ("Band 5", "G7", "Level 3").
- ``"Schedule"``: shift patterns, rotas, working patterns ("Permanent Nights", "Compressed Hours").
- ``"Category"``: contract or employment categories, vehicle or licence classes ("Fixed-Term",
  "Apprentice", "Class 1").

Each split (``tuning``, ``heldout``) has 120 cases, mixed roughly as:

- ~70% a known name said in another surface form than the handbook's: lower case, plural,
  without the generic word ("finance" for "Finance Team", "the Leeds depot" for "Leeds"), with
  extra words, a shortened title when no other known name shares it, a possessive, an
  adjective ("our German office"), a number in words, or a verb that carries the role
  ("I drive buses" for "Bus Driver"). Abbreviations a handbook defines are out of scope.
- ~15% a context the handbook never names (a city, a department, a grade): ``expect`` holds it
  as the statement gives it, in Title Case.
- ~15% negative or tricky: a known name that is not the asker's own context (someone else's
  job, a team they contacted, a former department, a place they visited, a job they might
  apply for), or no context at all. ``forbid`` holds the names that must not be found.

An ``expect`` name that refers to a known name is spelled exactly as in ``known``. The
held-out split was written after the tuning split with other organisations, names and turns of
phrase (no sentence frame of ``tuning`` is reused), so it measures phrasing the system was not
tuned on: read only ``tuning`` when working on the system.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    """One asker: the context names the handbook uses, what the asker said, and what their
    context must be."""

    # (type, name) the handbook uses, e.g. ("Role", "Night Replenishment Colleague")
    known: tuple[tuple[str, str], ...]
    # 1-3 things the asker said, in order
    statements: tuple[str, ...]
    # (type, name) that must be found; each name is one of `known`'s names, or a name the statement
    # itself gives when not in `known` (e.g. a city)
    expect: tuple[tuple[str, str], ...]
    # (type, name) that must NOT be found (e.g. a known name the statement mentions but that is not
    # the asker's own context)
    forbid: tuple[tuple[str, str], ...] = ()
