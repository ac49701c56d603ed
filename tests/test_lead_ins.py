"""A table's rows and a list's items are found and quoted through their lead-in: "Job: Care
assistant; Northern homes: £1.40 per hour" shares no word with "What night supplement do I get?",
the sentence before the table does. A row whose values are by a kind of context the asker has
not given (their home's region) is not quoted to them, though its key (their role) is theirs."""

from __future__ import annotations

from conftest import document_memgraph

from memgraph import MemGraph

HANDBOOK = """<html><body>
<h1>Fairholme Care: staff handbook</h1>
<h2>Our homes</h2>
<table>
<tr><th>Home</th><th>Town</th><th>Region</th></tr>
<tr><td>Hollybank</td><td>Darlington</td><td>Northern</td></tr>
<tr><td>Bramley House</td><td>Guildford</td><td>Southern</td></tr>
</table>
<h2>Extra pay for unsocial hours</h2>
<p>Staff in hands-on roles earn a night supplement, added to each hour they work from 22:00 to 07:00:</p>
<table>
<tr><th>Job</th><th>Northern homes</th><th>Southern homes</th></tr>
<tr><td>Care assistant</td><td>&pound;1.40 per hour</td><td>&pound;1.70 per hour</td></tr>
<tr><td>Nurse</td><td>&pound;2.50 per hour</td><td>&pound;3.05 per hour</td></tr>
</table>
<p>Everyone is paid time and a half on bank holidays.</p>
<h2>Breaks</h2>
<p>Every shift of more than six hours has a paid break of 30 minutes.</p>
</body></html>
"""

PEOPLE = {
    "jade": "I'm a care assistant at Hollybank.",
    "ravi": "I'm a nurse at Bramley House.",
    "leah": "I'm a care assistant.",
}

fairholme_mg = document_memgraph("fairholme.html", HANDBOOK, PEOPLE)

QUESTION = "What night supplement do I get?"


def test_the_askers_row_is_found_through_its_lead_in(fairholme_mg: MemGraph) -> None:
    for user, theirs in (("jade", "£1.40"), ("ravi", "£3.05")):
        answer = fairholme_mg.ask(QUESTION, user_id=user, use_llm=False)
        assert theirs in answer.answer, (user, answer.answer)
        others = {"£1.40", "£1.70", "£2.50", "£3.05"} - {theirs}
        assert not [v for v in others if v in answer.answer], (user, answer.answer)


def test_a_row_by_an_unknown_region_is_not_quoted(fairholme_mg: MemGraph) -> None:
    answer = fairholme_mg.ask(QUESTION, user_id="leah", use_llm=False)
    assert "£1.40" not in answer.answer and "£1.70" not in answer.answer, answer.answer
