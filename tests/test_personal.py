"""A question about the asker's own detail ("Who is my line manager?", "When did I join?") is
answered from what they told the memory, though a role library's "Manager of ..." sections
rank beside it; a policy question is still answered from the knowledge base."""

from __future__ import annotations

import pytest
from conftest import document_memgraph

from memgraph import MemGraph
from memgraph.models import EntityType
from memgraph.recall.answer import NO_REPORTING_LINE
from memgraph.recall.personal import (
    answers_about_me,
    asked_context,
    asks_about_me,
    asks_reporting_line,
    labelled_field,
    reporting_line,
)

HANDBOOK = """<html><body>
<h1>Larchmont Electronics: roles and policies</h1>
<h2>Manager of Sales</h2>
<p>The Manager of Sales leads the sales team, sets its targets and reports to the Director of Sales.</p>
<h2>Manager of Operations</h2>
<p>The Manager of Operations runs the warehouses and reports to the Chief Operating Officer.</p>
<h2>Annual leave</h2>
<p>Every employee receives 25 days of annual leave a year, plus public holidays.</p>
</body></html>
"""

PEOPLE = {
    "li": "I sit in the Boston office; my line manager is Oksana.",
    "tom": "My boss is Jenny Park, the support team lead.",
    "marco": "Started back in September 2024. Sales rep on the enterprise accounts team.",
    "ana": "I've been with Larchmont for about two years now.",
    "raj": "I moved to Operations last month.",
    "dev": "I'm a field engineer; I report to Sam Okafor.",
    "mia": "I'm the Manager of Sales.",
}

larchmont_mg = document_memgraph("larchmont.html", HANDBOOK, PEOPLE)


@pytest.mark.parametrize(
    ("question", "text", "answers"),
    [
        ("Who is my line manager?", "I sit in the Boston office; my line manager is Oksana.", True),
        ("Who is my manager?", "My boss is Jenny Park, the support team lead.", True),  # the same person
        ("When did I join?", "Started back in September 2024.", True),  # another verb of joining
        ("When did I join?", "I've been with Larchmont for about two years now.", True),  # a length of service
        ("Who is my manager?", "I'm a manager in Sales.", False),  # a title, not their manager
        ("Who do I report to?", "I'm a field engineer; I report to Sam Okafor.", True),
        ("Who's my boss?", "Jenny Park is my boss.", True),
        ("Who do I report to?", "I reported a leak to facilities yesterday.", False),
        ("What hours is my shift?", "My shift is earlies.", False),  # a rule's noun: the handbook answers
        ("When do I get paid?", "I get paid monthly.", False),  # a policy question
    ],
)
def test_a_memory_answers_a_question_about_the_speaker(question: str, text: str, answers: bool) -> None:
    assert answers_about_me(question, text) == answers


def test_policy_questions_are_not_about_the_asker() -> None:
    assert asks_about_me("Who is my line manager?") and asks_about_me("When did I join?")
    assert not asks_about_me("How many days of annual leave do I have?")
    assert not asks_about_me("What is my holiday entitlement?")


@pytest.mark.parametrize(
    ("user", "question", "said"),
    [
        ("li", "Who is my line manager?", "Oksana"),
        ("tom", "Who is my manager?", "Jenny Park"),
        ("dev", "Who do I report to?", "Sam Okafor"),
        ("marco", "When did I join?", "September 2024"),
        ("ana", "When did I join?", "about two years"),
        # their context of one kind, from their facts ("From what you have told me: ...")
        ("raj", "Which department am I in now?", "you work in Operations"),
        ("li", "Where do I work?", "you are based at Boston"),
    ],
)
def test_the_askers_own_detail_is_answered_from_their_words(
    larchmont_mg: MemGraph, user: str, question: str, said: str
) -> None:
    answer = larchmont_mg.ask(question, user_id=user, use_llm=False)
    assert answer.found and said in answer.answer, answer.answer
    assert "Manager of" not in answer.answer, answer.answer
    assert answer.citations and answer.citations[0].text == PEOPLE[user], answer.citations


def test_whom_one_reports_to_unsaid_comes_from_ones_own_posts_reporting_line(larchmont_mg: MemGraph) -> None:
    """Not said in memory: the Manager of Sales's own section answers, not the Manager of
    Operations's; someone with no post in the documents is told none was found."""
    answer = larchmont_mg.ask("Who do I report to?", user_id="mia", use_llm=False)
    assert answer.found and "reports to the Director of Sales" in answer.answer, answer.answer
    assert "Chief Operating Officer" not in answer.answer
    answer = larchmont_mg.ask("Who do I report to?", user_id="ana", use_llm=False)
    assert not answer.found and answer.answer == NO_REPORTING_LINE, answer.answer


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Who do I report to?", True),
        ("To whom do I report?", True),
        ("Who's my line manager?", True),
        ("Who do I report a safeguarding concern to?", False),
        ("How do I report a safety concern?", False),
        ("What is my manager's phone number?", False),
        ("Who is my transport manager?", False),  # a post one deals with
        ("Who's my team leader?", True),
    ],
)
def test_questions_for_a_reporting_line_are_told_apart(question: str, asks: bool) -> None:
    assert asks_reporting_line(question) == asks


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        (
            "JOB TITLE: Vice President of Sales DEPARTMENT: Sales REPORTING TO: Chief Executive Officer "
            "OVERVIEW: The VP",
            "REPORTING TO: Chief Executive Officer",
        ),
        (
            "The COO will report to the CEO and will work with the team.",
            "The COO will report to the CEO and will work with the team.",
        ),
        ("Employees should report any safety concerns to the safety department.", None),
        ("If you witness misconduct, report it immediately.", None),
    ],
)
def test_a_documents_reporting_line_is_read_from_its_sentence(sentence: str, line: str | None) -> None:
    assert reporting_line(sentence) == line


@pytest.mark.parametrize(
    ("sentence", "kind", "field"),
    [
        (
            "JOB TITLE: Vice President of Sales DEPARTMENT: Sales & Marketing REPORTING TO: Chief Executive Officer",
            EntityType.DEPARTMENT,
            "DEPARTMENT: Sales & Marketing",
        ),
        (
            "Job Title: Chief Operating Officer Location: Any major city Position Summary: The COO runs operations.",
            EntityType.LOCATION,
            "Location: Any major city",
        ),
        ("Report safety concerns to the safety department.", EntityType.DEPARTMENT, None),
    ],
)
def test_a_posts_own_field_is_read_under_its_label(sentence: str, kind: EntityType, field: str | None) -> None:
    assert labelled_field(sentence, kind) == field


def test_a_policy_question_is_still_answered_by_the_handbook(larchmont_mg: MemGraph) -> None:
    answer = larchmont_mg.ask("How many days of annual leave do I have?", user_id="li", use_llm=False)
    assert "25 days" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What department am I in?", EntityType.DEPARTMENT),
        ("Which office do I work out of?", EntityType.LOCATION),
        ("Where do I work?", EntityType.LOCATION),
        ("What's my job title?", EntityType.ROLE),
        ("What grade am I on?", EntityType.GRADE),
        ("What shift do I work?", EntityType.SCHEDULE),
        ("What shift premium do I get?", None),
        ("Which team do I report to?", None),
        ("What is my holiday entitlement?", None),
    ],
)
def test_questions_for_the_askers_own_context_are_told_apart(question: str, kind: EntityType | None) -> None:
    assert asked_context(question) == kind
