"""A handbook whose title names the groups it is for ("Train Crew and Station Staff Handbook")
and defines each: each part is for the group its heading names ("Part 2: Train crew"), not the
whole document for everyone. The
groups come from definitions in the document's own words: a quoted term whose list gives
subgroups with their job titles in brackets ('"Train crew" means footplate crew (drivers and
trainee drivers) and on-board crew (guards and conductors)'), a group defined by its
departments, and a department that "employs" its job titles (after a clause number)."""

from __future__ import annotations

from conftest import document_memgraph

from memgraph import MemGraph
from memgraph.extraction.declarations import Membership, group_words, memberships
from memgraph.text.textutil import sentences

HANDBOOK = """<html><body>
<h1>Halden Rail Train Crew and Station Staff Handbook</h1>
<h2>Part 1: Definitions</h2>
<p>1.1 "Train crew" means footplate crew (drivers and trainee drivers) and on-board crew (guards and
conductors).</p>
<p>1.2 "Station staff" means employees of the Stations and Revenue Protection departments.</p>
<p>1.3 Revenue Protection employs ticket inspectors and revenue officers at Halden and Mossby.</p>
<h2>Part 2: Train crew</h2>
<h3>2. Rosters and leave</h3>
<p>2.1 Annual leave is 34 days a year, including public holidays.</p>
<p>2.2 Rosters are published four weeks ahead by the crew depot. A turn may not be changed after it has
been published unless the employee agrees to the change in writing.</p>
<p>2.3 Rest between two turns of duty is at least 12 hours, and at least 14 hours before an early turn
that starts before 05:00. Route knowledge is refreshed every twelve months by riding the route in the cab.</p>
<p>2.4 Uniform is issued by the depot stores on joining and replaced every two years on request.</p>
<h2>Part 3: Station staff</h2>
<h3>3. Hours and leave</h3>
<p>3.1 Annual leave is 29 days a year, including public holidays.</p>
<p>3.2 Stations open at 05:30 and close after the last train. Shifts are set by the station manager and
posted on the mess room notice board every Friday for the week after next.</p>
<p>3.3 Cash is counted by two people in the booking office before it is taken to the safe. Lost property
is logged and kept for three months before it is given to charity.</p>
<p>3.4 Uniform is issued by the station manager on joining and replaced every year on request.</p>
</body></html>
"""

PEOPLE = {
    "ola": "I'm a driver on the Mossby line.",
    "kari": "I work as a guard.",
    "nils": "I'm a ticket inspector.",
}

halden_mg = document_memgraph("halden.html", HANDBOOK, PEOPLE)

QUESTION = "How many days of annual leave do I get?"


def test_each_part_of_a_handbook_titled_by_two_groups_is_for_its_own(halden_mg: MemGraph) -> None:
    for user, theirs, other in (("ola", "34 days", "29 days"), ("kari", "34 days", "29 days")):
        answer = halden_mg.ask(QUESTION, user_id=user, use_llm=False)
        assert theirs in answer.answer and other not in answer.answer, (user, answer.answer)
    answer = halden_mg.ask(QUESTION, user_id="nils", use_llm=False)
    assert "29 days" in answer.answer and "34 days" not in answer.answer, answer.answer


def test_subgroups_in_brackets_and_a_department_that_employs_give_memberships() -> None:
    text = (
        '1.1 "Train crew" means footplate crew (drivers and trainee drivers) and on-board crew (guards and '
        "conductors). 1.3 Revenue Protection employs ticket inspectors and revenue officers at Halden and Mossby."
    )
    found = memberships([text])
    for expected in (
        Membership("driver", "Footplate crew"),
        Membership("trainee driver", "Footplate crew"),
        Membership("driver", "Train crew", defined=True),
        Membership("on-board crew", "Train crew", defined=True),
        Membership("guard", "Train crew", defined=True),
        Membership("ticket inspector", "Revenue Protection"),
        Membership("revenue officer", "Revenue Protection"),
    ):
        assert expected in found, (expected, found)
    # the places after the titles are no words of the group's
    described = {g.group: g.words for g in group_words([text], lambda h: False)}
    assert "mossby" not in described["Revenue Protection"], described
    # "The company employs 300 people" defines no group
    assert memberships(["The company employs 300 people across four sites."]) == []


def test_it_after_a_sentence_naming_a_group_is_that_group() -> None:
    """ "Engineering carries out line maintenance ... It employs licensed aircraft engineers and
    mechanics.": the titles are Engineering's; an "It" after a sentence that opens with no name
    is no one's."""
    text = (
        "10.1 Engineering carries out line maintenance at all three bases and base maintenance in the Bergen "
        "hangar. It employs licensed aircraft engineers (B1 and B2) and mechanics."
    )
    assert memberships([text]) == [
        Membership("licensed aircraft engineer", "Engineering"),
        Membership("mechanic", "Engineering"),
    ]
    assert memberships(["we run the hangar at night. It employs engineers and mechanics."]) == []


def test_a_labelled_item_after_a_lead_in_is_quoted_apart_and_a_plain_one_is_not() -> None:
    labelled = "11.2 Shift allowance is paid by department: • Stations: 9% of salary • Revenue Protection: 7% of salary"
    assert sentences(labelled, items=True) == [
        "11.2 Shift allowance is paid by department:",
        "• Stations: 9% of salary",
        "• Revenue Protection: 7% of salary",
    ]
    plain = "Guards must also carry: • a whistle; • a red flag."
    assert sentences(plain, items=True) == [plain]
