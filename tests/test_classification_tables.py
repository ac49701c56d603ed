"""A classification table says which class (exempt or non-exempt) each job is in, by job family
and level: someone who states their job is in that class, and is answered that class's rules.
A job family's row holds for the titles its names are in ("Software developer" in "Software"),
at the levels the row names ("P3 to P6"); a level that one row alone names places its holder."""

from __future__ import annotations

import pytest
from conftest import document_memgraph

from memgraph import MemGraph
from memgraph.extraction.declarations import Membership, memberships
from memgraph.models import RelType
from memgraph.recall.families import in_family

HANDBOOK = """<html><body>
<h1>Pellham Instruments: employee handbook</h1>
<h2>2. Classification</h2>
<p>2.1 Every position is classified as exempt or non-exempt. The classification of each job family is:</p>
<table>
<tr><th>Job family</th><th>Levels</th><th>Classification</th></tr>
<tr><td>Payroll Clerks</td><td>all levels</td><td>Non-exempt</td></tr>
<tr><td>Field Service (Service Technicians and Service Planners)</td><td>all levels</td><td>Non-exempt</td></tr>
<tr><td>Software (developers, testers)</td><td>P1 and P2</td><td>Non-exempt</td></tr>
<tr><td>Software (developers, testers)</td><td>P3 to P6</td><td>Exempt</td></tr>
<tr><td>People managers</td><td>M1 to M3</td><td>Exempt</td></tr>
</table>
<p>2.2 In the laboratories the classification depends on the level in the job title:</p>
<table>
<tr><th>Job family</th><th>I</th><th>II</th><th>III</th></tr>
<tr><td>Chemist</td><td>Non-exempt</td><td>Exempt</td><td>Exempt</td></tr>
<tr><td>Metrologist</td><td>Exempt</td><td>Exempt</td><td>Exempt</td></tr>
</table>
<h2>3. Overtime</h2>
<p>3.1 Non-exempt employees are paid one and one-half times their regular rate for hours over 40 in a workweek.</p>
<p>3.2 Exempt employees are not paid overtime; they may take time off in lieu with their manager's agreement.</p>
</body></html>
"""

PEOPLE = {
    "ruth": "I'm a payroll clerk.",
    "dev": "I'm a Chemist I in the quality lab.",
    "ines": "I'm a Chemist III.",
    "tariq": "I'm a service planner.",
    "nadia": "I'm a software developer, level P4.",
    "oscar": "I'm a software tester on P2.",
    "greta": "I'm an engineering manager, M2.",
    "lars": "I'm a field service engineer.",
    "kemi": "I'm a customer service technician.",
}

pellham_mg = document_memgraph("pellham.html", HANDBOOK, PEOPLE)


def test_a_classification_row_puts_its_titles_in_the_class() -> None:
    rows = [
        "Job family: Payroll Clerks; Levels: all levels; Classification: Non-exempt.",
        "Job family: Field Service (Service Technicians and Service Planners); Levels: all levels; "
        "Classification: Non-exempt.",
        "Job family: Software (developers, testers); Levels: P1 and P2; Classification: Non-exempt.",
        "Job family: Software (developers, testers); Levels: P3 to P6; Classification: Exempt.",
        "Job family: People managers; Levels: M1 to M3; Classification: Exempt.",
    ]
    assert memberships(rows) == [
        Membership("payroll clerk", "Non-exempt"),
        Membership("service technician", "Non-exempt"),
        Membership("service planner", "Non-exempt"),
        Membership("Field Service", "Non-exempt", family=True),  # a family, as written
        # a class for some levels only: at those levels
        Membership("Software", "Non-exempt", grades=("P1", "P2"), family=True),
        Membership("Software", "Exempt", grades=("P3", "P4", "P5", "P6"), family=True),
        Membership("People managers", "Exempt", grades=("M1", "M2", "M3"), family=True),
    ]


def test_two_rows_of_one_family_in_one_class_have_their_levels_together() -> None:
    rows = [
        "Job family: Software; Levels: P1 and P2; Classification: Exempt.",
        "Job family: Software; Levels: P5; Classification: Exempt.",
        "Job family: Software; Levels: P3 to P4; Classification: Exempt.",
    ]
    assert memberships(rows) == [Membership("Software", "Exempt", grades=("P1", "P2", "P3", "P4"), family=True)]


@pytest.mark.parametrize(
    ("title", "family", "member"),
    [
        ("Product Designer", "Design, Product, Data and Analytics, Finance, Legal", True),  # stems: design
        ("Senior Software Engineer", "Engineering", True),
        ("IT Support Technician", "IT and Workplace", True),
        ("IT Support Technician", "Customer Support", False),  # "customer" is not in the title
        ("Data Analyst", "Finance, Legal", False),
    ],
)
def test_a_title_is_in_a_family_that_names_its_words(title: str, family: str, member: bool) -> None:
    assert in_family(title, family) == member


def test_a_row_with_a_column_per_level_classes_each_level() -> None:
    rows = [
        "Job family: Chemist; I: Non-exempt; II: Exempt; III: Exempt.",
        "Job family: Metrologist; I: Exempt; II: Exempt.",
    ]
    found = memberships(rows)
    assert [m.title for m in found if m.group == "Non-exempt"] == ["Chemist I"]
    assert [m.title for m in found if m.group == "Exempt"] == [
        "Chemist II",
        "Chemist III",
        "Metrologist",
        "Metrologist I",
        "Metrologist II",
    ]


def test_the_table_writes_part_of_for_each_title(pellham_mg: MemGraph) -> None:
    rels = pellham_mg.store.relationships(types=[RelType.PART_OF])
    pairs = {(r.src_id.split(":")[-1], r.dst_id.split(":")[-1]) for r in rels}
    assert {("payroll clerk", "non exempt"), ("chemist i", "non exempt"), ("chemist iii", "exempt")} <= pairs, pairs


def test_a_family_row_writes_part_of_with_its_levels(pellham_mg: MemGraph) -> None:
    rels = [r for r in pellham_mg.store.relationships(types=[RelType.PART_OF]) if r.src_id.endswith(":software")]
    assert {(r.dst_id.split(":")[-1], tuple(r.properties["grades"]), r.properties["family"]) for r in rels} == {
        ("non exempt", ("P1", "P2"), True),
        ("exempt", ("P3", "P4", "P5", "P6"), True),
    }


def test_each_asker_is_answered_their_class_rule(pellham_mg: MemGraph) -> None:
    for user, paid in (
        ("ruth", True),
        ("dev", True),
        ("ines", False),
        ("tariq", True),
        ("nadia", False),  # Software at P4
        ("oscar", True),  # Software at P2
        ("greta", False),  # M2: only the people managers' row names it
        ("lars", True),  # the Field Service family, at all levels
        ("kemi", True),  # a kind of Service Technician
    ):
        answer = pellham_mg.ask("Do I get paid overtime?", user_id=user, use_llm=False)
        assert ("one and one-half" in answer.answer) == paid, (user, answer.answer)
        assert ("time off in lieu" in answer.answer) != paid, (user, answer.answer)
