"""A classification table says which class (exempt or non-exempt) each job is in, by job family
and level: someone who states their job is in that class, and is answered that class's rules."""

from __future__ import annotations

from conftest import document_memgraph

from memgraph import MemGraph
from memgraph.extraction.declarations import Membership, memberships
from memgraph.models import RelType

HANDBOOK = """<html><body>
<h1>Pellham Instruments: employee handbook</h1>
<h2>2. Classification</h2>
<p>2.1 Every position is classified as exempt or non-exempt. The classification of each job family is:</p>
<table>
<tr><th>Job family</th><th>Levels</th><th>Classification</th></tr>
<tr><td>Payroll Clerks</td><td>all levels</td><td>Non-exempt</td></tr>
<tr><td>Field Service (Service Technicians and Service Planners)</td><td>all levels</td><td>Non-exempt</td></tr>
<tr><td>Software (developers, testers)</td><td>P3 to P6</td><td>Exempt</td></tr>
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
}

pellham_mg = document_memgraph("pellham.html", HANDBOOK, PEOPLE)


def test_a_classification_row_puts_its_titles_in_the_class() -> None:
    rows = [
        "Job family: Payroll Clerks; Levels: all levels; Classification: Non-exempt.",
        "Job family: Field Service (Service Technicians and Service Planners); Levels: all levels; "
        "Classification: Non-exempt.",
        "Job family: Software (developers, testers); Levels: P3 to P6; Classification: Exempt.",
    ]
    assert memberships(rows) == [
        Membership("payroll clerk", "Non-exempt"),
        Membership("service technician", "Non-exempt"),
        Membership("service planner", "Non-exempt"),
    ]  # a class for some levels only says nothing of the title alone


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


def test_each_asker_is_answered_their_class_rule(pellham_mg: MemGraph) -> None:
    for user, paid in (("ruth", True), ("dev", True), ("ines", False), ("tariq", True)):
        answer = pellham_mg.ask("Do I get paid overtime?", user_id=user, use_llm=False)
        assert ("one and one-half" in answer.answer) == paid, (user, answer.answer)
        assert ("time off in lieu" in answer.answer) != paid, (user, answer.answer)
