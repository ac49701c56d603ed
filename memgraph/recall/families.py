"""Job families and levels: the class a caller's job is in, from a table that classes jobs by
family and level.

A US handbook classes each job as exempt or non-exempt by its job family and level ("Job
family: Design, Product, Data and Analytics; Levels: L3 to L7; Classification: Exempt"), and a
grade structure may put a title in a group at some grades only ("People managers; Levels: M1 to
M3"). Ingest writes each row as ``(:Role)-[:PART_OF]->(:Department {class})`` with the
relationship properties :data:`~memgraph.models.FAMILY_PROPERTY` (the role is a family, not a
title) and :data:`~memgraph.models.GRADES_PROPERTY` (the grades it holds at), from
:func:`memgraph.extraction.declarations.memberships`. Here a caller's titles and grade choose
the rows that hold for them:

- a family holds a title when one of the names it lists is all in the title's words, compared
  as Porter stems: "Product Designer" is in "Design, Product, Data and Analytics" ("Design",
  "Product"), "Senior Software Engineer" in "Engineering"; a title row holds for the caller who
  holds that title;
- a row with grades holds only at those grades: a Product Designer on L4 is in the L3 to L7
  row's class, not the L1 and L2 row's;
- a grade that only one family's or title's rows name places the caller by itself: "M2" is a
  people manager's level, whatever the title says ("Engineering Manager").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from ..extraction.extract import entity_key
from ..models import FAMILY_PROPERTY, GRADES_PROPERTY, Relationship
from ..text.textutil import stemmed, stopwords

_ITEM_SPLIT = re.compile(r"\s*(?:,|;|/|&|\band\b|\bor\b)\s*", re.I)


def family_items(name: str) -> list[frozenset[str]]:
    """The names a job family's name lists, each as the Porter stems of its words (stop words
    left out): "Design, Product, Data and Analytics" -> [{design}, {product}, {data},
    {analyt}]; "IT and Workplace" -> [{it}, {workplac}]."""
    out = []
    for item in _ITEM_SPLIT.split(name):
        words = [w for w in item.split() if w.casefold() not in stopwords() or w.isupper()]
        if words:
            out.append(frozenset(stemmed(" ".join(words)).split()))
    return out


def in_family(title: str, family: str) -> bool:
    """Whether the job ``title`` belongs to the job ``family`` by its words: one of the
    family's names (:func:`family_items`) all in the title ("Product Designer" in "Design,
    Product, ..."; "IT Support Technician" in "IT and Workplace", not in "Customer Support")."""
    words = set(stemmed(title).split())
    return any(item <= words for item in family_items(family))


def classifies(rel: Relationship) -> bool:
    """Whether ``rel`` is a classification row by job family or grade (a ``PART_OF`` with
    :data:`FAMILY_PROPERTY` or :data:`GRADES_PROPERTY`)."""
    return bool(rel.properties.get(FAMILY_PROPERTY) or rel.properties.get(GRADES_PROPERTY))


@dataclass(frozen=True)
class FamilyMembership:
    """A classification row that holds for the caller: ``rel`` (a ``PART_OF`` from a family or
    title to its class) and ``via``, how: the title it matched, or the grade that placed them."""

    rel: Relationship
    via: str


def holding_rows(
    rels: Sequence[Relationship],
    names: Mapping[str, str],
    titles: Sequence[str],
    held: Collection[str],
    grades: Collection[str],
) -> list[FamilyMembership]:
    """The classification rows (``PART_OF`` with :data:`FAMILY_PROPERTY` or
    :data:`GRADES_PROPERTY`) that hold for a caller.

    Args:
        rels: the rows; others are ignored.
        names: source entity id -> its name (the family's or title's).
        titles: the caller's job titles, as names.
        held: entity ids of the caller's titles (a title row holds for its holders).
        grades: the caller's grades as :func:`~memgraph.extraction.extract.entity_key` keys.

    Returns:
        The rows that hold, in ``rels`` order: the caller's family or title (by
        :func:`in_family`, or holding it) at one of the row's grades, or at every grade when
        it names none; and the rows of the one family or title whose grades hold the caller's
        grade, when only one does.
    """
    rows = [r for r in rels if classifies(r)]
    graded_at = {r.src_id for r in rows if _at(r, grades) and r.properties.get(GRADES_PROPERTY)}
    out = []
    for r in rows:
        name = names.get(r.src_id)
        if name is None or not _at(r, grades):
            continue
        if r.properties.get(FAMILY_PROPERTY):
            title = next((t for t in titles if in_family(t, name)), None)
        else:
            title = name if r.src_id in held else None
        if title is not None:
            out.append(FamilyMembership(r, title))
        elif graded_at == {r.src_id}:
            out.append(FamilyMembership(r, next(g for g in r.properties[GRADES_PROPERTY] if entity_key(g) in grades)))
    return out


def _at(rel: Relationship, grades: Collection[str]) -> bool:
    """Whether ``rel`` holds at one of ``grades`` (entity keys), or names no grades."""
    listed = rel.properties.get(GRADES_PROPERTY) or []
    return not listed or any(entity_key(g) in grades for g in listed)
