"""Tables that key rows by rank, job classification and step of service, and the units around
them: a rank table under a heading that names the job ("Fitters": Trainee, Fitter, Senior), a
collective agreement's rates by classification with a column of divisions and a first column
"Start" before steps of service, a rulebook whose title names the two groups it is for, and the
clause cuts that such documents trip (a bracketed reference, a subject of two groups joined by
"and", a numbered clause after another group's rule).

The handbook below is this project's own."""

from __future__ import annotations

import pytest
from conftest import document_memgraph

from memgraph import MemGraph
from memgraph.extraction.applicability import ScopeReader, units
from memgraph.extraction.declarations import memberships
from memgraph.extraction.extract import Extractor, FoundEntity
from memgraph.intake.kb import _title_groups
from memgraph.models import EntityType
from memgraph.recall.answer import _row_key_once
from memgraph.text.service import holding, service_range
from memgraph.text.textutil import sentences

HANDBOOK = """<html><body>
<h1>Marlin Haulage Ltd: Drivers' and Depot Staff Rulebook</h1>
<h2>1. Definitions</h2>
<p>1.1 "Depot staff" means warehouse operatives, loaders and forklift operators at any depot.</p>
<p>1.2 "Office staff" means transport planners, traffic clerks and administrators.</p>
<h2>2. Pay</h2>
<p>2.1 Depot staff are paid £12.95 an hour at every depot. Office staff are salaried.</p>
<p>2.2 Overtime is paid weekly: (a) Drivers: time and a quarter for hours over 48 in a week; (b) Depot
staff: time and a half for hours over 40 in a week; (c) Office staff are not paid overtime.</p>
<h3>2.3 Fitters</h3>
<p>Rates by grade:</p>
<table>
<tr><th>Grade</th><th>Hourly rate</th></tr>
<tr><td>Trainee</td><td>£15.10</td></tr>
<tr><td>Fitter</td><td>£19.40</td></tr>
<tr><td>Senior</td><td>£22.80</td></tr>
</table>
<h2>3. Allowances</h2>
<p>3.1 Fitters receive a tool allowance of £9 a week.</p>
<h2>4. Yard rates by classification</h2>
<table>
<tr><th>Classification</th><th>Division</th><th>Start</th><th>After 12 months</th><th>After 24 months</th></tr>
<tr><td>Shunter</td><td>Yard Operations</td><td>$20.10</td><td>$21.20</td><td>$22.30</td></tr>
<tr><td>Traffic Clerk</td><td>Administration</td><td>$18.40</td><td>$19.50</td><td>$20.60</td></tr>
</table>
</body></html>
"""

PEOPLE = {
    "ade": "I'm a loader at the Hull depot.",
    "bo": "I'm a senior fitter.",
    "cy": "I'm a trainee fitter.",
    "di": "I'm a shunter. I started 18 months ago.",
    "eve": "I'm a driver based in Hull.",
}

rulebook_mg = document_memgraph("rulebook.html", HANDBOOK, PEOPLE)


@pytest.mark.parametrize(
    ("user", "question", "theirs", "others"),
    [
        # the title names two groups: "Depot staff" keys its own rules, not the whole document
        ("ade", "What is my overtime rate?", "time and a half", ("time and a quarter",)),
        ("eve", "What is my overtime rate?", "time and a quarter", ("time and a half",)),
        # a rank of the heading's job is matched to its own row, not the plain rank's
        ("bo", "What is my hourly rate?", "£22.80", ("£19.40", "£15.10")),
        ("cy", "What is my hourly rate?", "£15.10", ("£19.40", "£22.80")),
        # and the job's rules elsewhere hold for each of its ranks
        ("bo", "Do I get a tool allowance?", "£9 a week", ()),
        # a classification's row, at the asker's step of service ("Start" is the first step)
        ("di", "What is my hourly rate?", "$21.20", ("$20.10", "$22.30", "$19.50")),
    ],
)
def test_each_asker_gets_their_own_row_or_rule(
    rulebook_mg: MemGraph, user: str, question: str, theirs: str, others: tuple[str, ...]
) -> None:
    answer = rulebook_mg.ask(question, user_id=user, use_llm=False).answer
    assert theirs in answer and not any(o in answer for o in others), answer


def test_a_title_naming_a_job_and_a_defined_group_names_two_groups() -> None:
    """ "Drivers' and Depot Staff Rulebook" is for two groups (drivers, a job in the plural, and
    the defined "Depot staff", whose passages call it "Depot"), so each keeps its own rules; a
    title that names one group is that group's document."""
    texts = sentences(HANDBOOK.replace("<", " <"))
    groups = _title_groups("Marlin Haulage Ltd: Drivers' and Depot Staff Rulebook", texts, memberships(texts))
    assert {"driver", "depot"} <= groups
    assert _title_groups("Marlin Haulage Ltd: Depot Staff Handbook", texts, memberships(texts)) == set()


def test_a_table_row_read_alone_keeps_its_cells_together() -> None:
    row = "Item: Safety boots; Division: Yard Operations; Allowance: $120; Renewal: Every 12 months."
    assert units(row, context=lambda name: name.lower() == "yard operations") == [row]


def test_no_clause_is_cut_inside_brackets() -> None:
    text = (
        "(b) notwithstanding (a), Drivers based at Avonmouth are paid time and a third for hours over 45 "
        "in a week (Avonmouth Collective Agreement, Schedule 2);"
    )
    assert units(text, context=lambda name: name.lower() in ("drivers", "schedule")) == [text]


def test_a_subject_of_two_groups_joined_by_and_opens_its_clause() -> None:
    text = "Crews book on at 06:30, the workshop and street lighting teams start at 07:30."
    known = ("crews", "workshop", "street lighting teams")
    assert units(text, context=lambda name: name.lower() in known) == [
        "Crews book on at 06:30",
        "the workshop and street lighting teams start at 07:30.",
    ]


def test_a_noun_before_a_group_word_is_no_mention_of_the_group(extractor: Extractor) -> None:
    reader = ScopeReader(extractor)
    reader.teach([FoundEntity("Office", EntityType.DEPARTMENT), FoundEntity("Depot", EntityType.DEPARTMENT)])
    # "base depot" is no mention of the Depot group beside the clauses that name groups
    clauses = [
        "(a) Drivers: time and a quarter for hours over 48 in a week;",
        "(b) Drivers whose base depot is Avonmouth are paid time and a third for hours over 45;",
        "(c) Office staff are not paid overtime.",
    ]
    scopes = reader.unit_scopes(clauses, [True, False, False])
    assert "Depot" not in {e.name for e in scopes[1]}, scopes


def test_a_start_column_is_the_first_step_of_a_scale_by_service() -> None:
    assert service_range("Start", said=True) == (0.0, None)
    assert service_range("Start", said=False) is None
    assert service_range("Shifts start at 07:00", said=True) is None
    assert holding(["Start", "After 12 months", "After 24 months"], 0.4, said=True) == [0]
    assert holding(["Start", "After 12 months", "After 24 months"], 1.5, said=True) == [1]


def test_a_rows_key_is_written_once_when_a_cell_left_out_leaves_it_last() -> None:
    cells = "Classification: Shunter; After 12 months: $21.20; Classification: Shunter."
    assert _row_key_once(cells) == "Classification: Shunter; After 12 months: $21.20."
