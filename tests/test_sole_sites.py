"""Someone who names only their country is at the one site the handbook names in it: "I work out
of our Philippines centre" is Manila's rule when Manila is the handbook's only Philippine site.
With two sites in the country (Leeds and Belfast in the United Kingdom), which is theirs is not
known, and they are asked."""

from __future__ import annotations

from conftest import document_memgraph

from memgraph import MemGraph

HANDBOOK = """<html><body>
<h1>Orbitel Contact Centres: agent handbook</h1>
<h2>Meal allowance</h2>
<p>At Manila, agents receive PHP 180 for each night shift.</p>
<p>At Cape Town, agents receive R65 for each night shift.</p>
<p>At Leeds, agents receive £6.00 for each night shift.</p>
<p>At Belfast, agents receive £5.50 for each night shift.</p>
</body></html>
"""

PEOPLE = {
    "paolo": "I work out of our Philippines centre.",
    "thandi": "I'm based in South Africa.",
    "gemma": "I work in the United Kingdom.",
}

orbitel_mg = document_memgraph("orbitel.html", HANDBOOK, PEOPLE)

QUESTION = "What meal allowance do I get for a night shift?"
VALUES = ("PHP 180", "R65", "£6.00", "£5.50")


def test_the_one_site_in_the_askers_country_is_theirs(orbitel_mg: MemGraph) -> None:
    for user, theirs in (("paolo", "PHP 180"), ("thandi", "R65")):
        answer = orbitel_mg.ask(QUESTION, user_id=user, use_llm=False)
        assert theirs in answer.answer, (user, answer.answer)
        assert not [v for v in VALUES if v != theirs and v in answer.answer], (user, answer.answer)


def test_two_sites_in_the_askers_country_leave_theirs_unknown(orbitel_mg: MemGraph) -> None:
    answer = orbitel_mg.ask(QUESTION, user_id="gemma", use_llm=False)
    assert not [v for v in VALUES if v in answer.answer], answer.answer
