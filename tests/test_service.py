"""Length of service: what people say of theirs, and the ranges handbooks key rules by
(memgraph.text.service), and the answer's choice of the asker's version (memgraph.recall.selection)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import document_memgraph

from memgraph import MemGraph
from memgraph.recall.selection import service_keyed, service_versions, version_choice, word_stems
from memgraph.text.service import (
    asked_service,
    holding,
    ranges_of,
    service_range,
    speaks_of_service,
    stated_service,
)

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "years"),
    [
        ("Grade 3, and I've been here about two years.", 2.0),
        ("I've been with the University for just over six years.", 6.1),
        ("I've been with the Trust for nearly 12 years.", 11.9),
        ("I've got about 14 years of work behind me in total, counting my previous jobs.", 14.0),
        ("I have 3 years' service.", 3.0),
        ("I joined in March 2019.", 7.75),
        ("I started here back in 2024.", 2.9166666666666665),
        ("I started 18 months ago.", 1.5),
        ("I've been here six months.", 0.5),
        ("Done six years on the ramp so far.", 6.0),  # "I've" left out
        ("I'm in my third year here.", 2.5),
        ("Been doing it since 2012.", 14.916666666666666),  # doing the job since a year
        ("I've worked nights since March 2020.", 6.75),
        ("I've been a member for twenty-two years.", 22.0),  # a compound number word
        ("I joined four seasons ago.", 4.0),  # a season is a year of a yearly cycle
        ("Customer services supervisor, grade 5. Two years in the job.", 2.0),  # a fragment opening with it
        ("Eight years in.", 8.0),  # "years in" closing a fragment
        ("Six years in Leeds before I moved.", None),
        ("Six years with the council.", 6.0),
        ("I started last year.", 1.0),  # a period named from now
        ("I joined this month.", 0.0),
        ("Two weeks in Spain next month!", None),
        ("I've been here thirty five years.", 35.0),
        ("I've been with the Authority two and a half years.", 2.5),  # a half
        ("I have been here a year and a half.", 1.5),
        ("Seven years with Calloway.", 7.0),  # with the employer, by name
        ("Started eighteen months ago.", 1.5),  # "I" left out of a joining
        ("Contracted, four years in.", 4.0),  # "years in" closing a fragment after a word of it
        ("Full-time, with Skylark since 2012.", 14.916666666666666),  # with the employer since a year
        ("Direct employee, joined last year.", 1.0),  # a joining after a comma
        ("Casual page, Harbourfront branch. Been doing it about two years.", 2.0),  # a fragment's second sentence
        ("Dumper driver at Skelby, direct. Started in January.", 11 / 12),  # a month without its year: its latest
        ("I joined in August.", 4 / 12),
        ("The Larches is two years in the planning.", None),
        ("Coming up on two years here.", 2.0),
        ("I joined Pipewell three weeks ago.", 3 / 52),  # weeks
        ("Just passed my C+E test, start with you on Monday.", 0.0),  # about to start
        ("I've just started as a warehouse operative.", 0.0),
        ("I start my shift on Monday at 6.", None),  # a shift, no joining
        ("I work with Sarah, 3 years older than me.", None),  # a person by name, no employer
        # not the speaker's service
        ("My contract is for three years.", None),
        ("I'm a research associate on a three-year grant-funded contract.", None),
        ("We have been here 5 years.", None),
        ("My first year was hard.", None),
        ("I worked two years in Leeds before.", None),
        ("Our company was founded 30 years ago.", None),
        ("I work in Finance.", None),
        # fragments and clauses of ordinary phrasing
        ("Six years on the firm.", 6.0),  # a fragment opening with its amount, then where
        ("Twelve years at Eskdale.", 12.0),
        ("Eight years now.", 8.0),
        ("On Corrick's books for seven years.", 7.0),  # on an employer's books
        ("Seven years in, and I do on-calls.", 7.0),  # "years in" closing a clause
        ("Just hit my tenth year.", 10.0),  # a year reached: ten, not nine and a bit
        ("Joined a couple of years back.", 2.0),
        ("I've taught there for nine years.", 9.0),
        ("I've only been an SCCM since January, but I've flown with Fairlop for three years.", 3.0),  # post, then firm
        ("Lisbon, since 2022.", 4.916666666666667),  # a fragment closing with its year
        ("I've been with Brisemont since March.", 9 / 12),  # a month without its year
        ("I started at Ardlow House in the spring.", 8 / 12),  # a season: its middle month
        ("I joined as an Associate in the Dublin office last September.", 3 / 12),
        ("I started in a grade 7 professional services role last month.", 0.0),
        ("Just joined the Skua Trader.", 0.0),
        ("I've been on nights since May.", None),  # a pattern, not the employer
        ("I was promoted to Purser last spring.", None),
        ("Three months on nights before I go back to days.", None),
    ],
)
def test_stated_service(said: str, years: float | None) -> None:
    found = stated_service([said], today=TODAY)
    assert found is None if years is None else found == pytest.approx(years)


def test_newest_statement_wins() -> None:
    assert stated_service(["I've been here 4 years.", "I've been here 2 years."]) == 4.0


@pytest.mark.parametrize(
    ("key", "said", "expected"),
    [
        ("Less than 1 year", True, (0.0, 1.0)),
        ("Less than 1 year", False, None),  # a bare range: only when its column speaks of service
        ("1 year but less than 3 years", True, (1.0, 3.0)),
        ("2-5 years' service", False, (2.0, 5.0)),
        ("5 years or more", True, (5.0, None)),
        ("10+ years", True, (10.0, None)),
        ("After 5 years", False, (5.0, None)),
        ("29 days after five years", False, (5.0, None)),
        ("On appointment", False, (0.0, None)),
        ("20 days with less than 10 years of employment", False, (0.0, 10.0)),
        ("Five years' continuous service or more", True, (5.0, None)),
        ("and 35 days once they have five years' service", False, (5.0, None)),
        ("Members with ten years' continuous membership receive 33 days.", False, (10.0, None)),
        ("twenty-five years' service or more", False, (25.0, None)),  # no range from 20 to 5
        ("Staff who have completed five years' continuous service receive 27 days.", False, (5.0, None)),
        ("On completion of 10 years' service, leave rises to 30 days.", False, (10.0, None)),
        ("Bakers with five or more years' continuous service receive 28 days.", False, (5.0, None)),
        ("From the end of the first year of service", False, (1.0, None)),
        ("no more than four return journeys in their first year", False, (0.0, 1.0)),
        ("New joiners", False, (0.0, 1.0)),
        ("Shifts of four or more hours", False, None),
        ("Shifts of 4 to 6 hours", True, None),
        ("Poland", True, None),
    ],
)
def test_service_range(key: str, said: bool, expected: tuple[float, float | None] | None) -> None:
    assert service_range(key, said=said) == expected


def test_open_ranges_close_at_the_next_version() -> None:
    keys = ["On appointment", "After 5 years", "After 10 years"]
    assert ranges_of(keys) == [(0.0, 5.0), (5.0, 10.0), (10.0, None)]
    assert holding(keys, 3.0) == [0]
    assert holding(keys, 5.0) == [1]
    assert holding(keys, 11.9) == [2]
    assert holding(["On appointment", "Poland"], 3.0) is None  # one range: nothing to choose
    assert speaks_of_service("Reckonable NHS service") and not speaks_of_service("Your band")


ROWS = [
    "Continuous service: Less than 1 year; Full pay: 4 weeks; Half pay: 4 weeks.",
    "Continuous service: 1 year but less than 3 years; Full pay: 10 weeks; Half pay: 10 weeks.",
    "Continuous service: 5 years or more; Full pay: 26 weeks; Half pay: 26 weeks.",
]


def _tags(texts: list[str]) -> list[list[tuple[int, str]]]:
    return [[] for _ in texts]


def test_rows_by_service_are_chosen_by_the_askers_service() -> None:
    out, theirs = version_choice(ROWS, word_stems(["I'm a porter"]), word_stems(["sick pay?"]), _tags, service=2.0)
    assert out == [None, ROWS[1], None] and theirs == {1}
    # one row alone is still another's when its range does not hold the asker's service
    out, theirs = version_choice(ROWS[2:], frozenset(), frozenset(), _tags, service=2.0)
    assert out == [None] and theirs == set()
    # without a service, the rows stay as they are
    out, _ = version_choice(ROWS, frozenset(), frozenset(), _tags)
    assert out == ROWS
    assert all(service_keyed(r) for r in ROWS)
    assert not service_keyed("Your band: Band 2; Nights: time + 42%; Sundays: time + 84%.")


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("How much annual leave do I get when I join?", 0.0),
        ("What do I get in my first year?", 0.0),
        ("How much leave will I get after 5 years?", 5.0),
        ("How much annual leave do I get?", None),
        ("What happens when I start my shift?", None),
    ],
)
def test_asked_service(question: str, years: float | None) -> None:
    assert asked_service(question) == years


def test_the_service_a_question_asks_about_chooses_the_version(surgery_mg: MemGraph) -> None:
    # bryn has not said his service; the question says it
    answer = surgery_mg.ask("How many days of holiday do I get in my first year?", user_id="bryn", use_llm=False)
    assert "25 days" in answer.answer and not any(v in answer.answer for v in ("27 days", "30 days")), answer.answer


def test_one_row_with_columns_by_service_is_as_many_versions() -> None:
    """A row whose columns are ranges of service lists that many versions, so an asker who has
    not said their service is asked for it even when the row is the only one found."""
    row = (
        "Annual leave: Ground staff; Under 5 years of service: 25 days; 5 to 9 years: 27 days; "
        "10 years or more: 29 days."
    )
    assert service_versions(row) == 3
    assert service_versions(ROWS[0]) == 1
    assert service_versions("27 days on joining, 29 days after five years.") == 2
    assert service_versions("Annual leave: Ground staff; Days: 25.") == 0


def test_clauses_by_service_after_a_semicolon_are_cut_whole_or_more_included() -> None:
    sentence = (
        "Employees with less than one year of service receive 2 weeks of company sick pay at full pay; "
        "employees with one year of service or more receive 10 weeks at full pay."
    )
    assert service_keyed(sentence)
    long_served, _ = version_choice([sentence], frozenset(), frozenset(), _tags, service=8.0)
    new_starter, _ = version_choice([sentence], frozenset(), frozenset(), _tags, service=0.7)
    assert long_served[0] is not None and "10 weeks" in long_served[0] and "2 weeks" not in long_served[0]
    assert new_starter[0] is not None and "2 weeks" in new_starter[0] and "10 weeks" not in new_starter[0]


def test_a_sentence_listing_versions_by_service_is_cut_to_the_askers() -> None:
    sentence = "Leave is 27 days on joining, 29 days after five years and 33 days after ten years, plus bank holidays."
    assert service_keyed(sentence)
    out, theirs = version_choice([sentence], frozenset(), frozenset(), _tags, service=7.0)
    assert theirs == {0}
    assert out[0] is not None and "29 days" in out[0] and "27 days" not in out[0] and "33 days" not in out[0]
    assert "bank holidays" in out[0]


def test_one_version_whose_range_is_said_first_is_kept_or_left_by_the_askers_service() -> None:
    """A sentence that gives one version, its range of service said before the rule in its
    opening clause or subject, is the asker's when their service is in it, else left out."""
    sentences = [
        "Employees may travel on company flights on standby tickets.",
        "New joiners may book standby tickets for no more than four return journeys in their first year.",
        "14.2 From the end of the first year of service, employees may also book tickets on partner airlines.",
    ]
    out, theirs = version_choice(sentences, frozenset(), frozenset(), _tags, service=0.3)
    assert out == [sentences[0], sentences[1], None] and theirs == {1}
    out, theirs = version_choice(sentences, frozenset(), frozenset(), _tags, service=4.0)
    assert out == [sentences[0], None, sentences[2]] and theirs == {2}
    # not said: nothing is chosen by it
    assert version_choice(sentences, frozenset(), frozenset(), _tags)[0] == sentences


def test_a_value_rising_after_some_service_is_cut_to_the_askers() -> None:
    """ "26 days, rising to 31 days after five years' service": the first value holds until
    then, the risen one after; each asker is quoted theirs only, with the clause's key."""
    sentence = "(a) grades LH1 to LH4: 26 days, rising to 31 days after five years' continuous service;"
    short, _ = version_choice([sentence], frozenset(), frozenset(), _tags, service=3.0)
    assert short[0] is not None and "26 days" in short[0] and "31 days" not in short[0], short
    long, _ = version_choice([sentence], frozenset(), frozenset(), _tags, service=11.0)
    assert long[0] is not None and "31 days" in long[0] and "26 days" not in long[0], long
    assert "LH1 to LH4" in long[0]


@pytest.mark.parametrize(
    ("service", "theirs", "others"),
    [
        (1.0, "26 days", ("27 days", "28 days")),
        (2.5, "27 days", ("26 days", "28 days")),
        (9.0, "28 days", ("26", "27")),
    ],
)
def test_a_value_rising_in_steps_is_cut_to_the_askers_step(
    service: float, theirs: str, others: tuple[str, ...]
) -> None:
    """A ladder in prose: the first value holds until the first step, each step until the
    next; the asker is quoted their step in the first value's place, with its subject."""
    sentence = (
        "Staff on Grades 1 to 5 start on 26 days, which rises to 27 days after two years' continuous service "
        "and to 28 days after four years."
    )
    out, _ = version_choice([sentence], frozenset(), frozenset(), _tags, service=service)
    assert out[0] is not None and theirs in out[0] and not any(o in out[0] for o in others), out
    assert out[0].startswith("Staff on Grades 1 to 5") and out[0].endswith(".")


def test_a_later_value_once_some_service_is_done_is_a_step() -> None:
    sentence = (
        "3.3.1 Cabin crew on permanent contracts receive 33 days of annual leave a year, inclusive of public "
        "holidays, and 35 days once they have five years' service."
    )
    long, _ = version_choice([sentence], frozenset(), frozenset(), _tags, service=9.0)
    short, _ = version_choice([sentence], frozenset(), frozenset(), _tags, service=2.0)
    assert long[0] is not None and "35 days" in long[0] and "33 days" not in long[0], long
    assert "inclusive of public holidays" in long[0]
    assert short[0] is not None and "33 days" in short[0] and "35 days" not in short[0], short


@pytest.mark.parametrize(
    ("sentence", "before", "after"),
    [
        # the rise in a semicolon's part, after a clause that gives no value
        (
            "Casual employees do not receive paid vacation days; instead they receive vacation pay of 4% of gross "
            "earnings on each pay, rising to 6% of gross earnings once they have five years of continuous service.",
            "4% of gross earnings",
            "6% of gross earnings",
        ),
        # the length of service first, then "this rises to" the step's value
        (
            "Direct Operatives are entitled to 22 days' holiday plus the eight bank holidays; after three years' "
            "continuous service with Corrick this rises to 25 days.",
            "22 days",
            "25 days",
        ),
        # a key with "and" in it, cut at the rise only: "grades LH5 and LH6" stays whole
        (
            "(b) grades LH5 and LH6: 28 days, rising to 33 days after five years' service; (c) in addition, "
            "everyone has the 8 bank holidays.",
            "28 days",
            "33 days",
        ),
    ],
)
def test_a_rise_in_part_of_a_sentence_is_cut_to_the_askers_value(sentence: str, before: str, after: str) -> None:
    short, _ = version_choice([sentence], frozenset(), frozenset(), _tags, service=1.0)
    long, _ = version_choice([sentence], frozenset(), frozenset(), _tags, service=11.0)
    assert short[0] is not None and before in short[0] and after not in short[0], short
    assert long[0] is not None and after in long[0] and before not in long[0], long
    assert "  " not in long[0] and "this rises" not in long[0], long
    if "LH5" in sentence:
        assert long[0].startswith("(b) grades LH5 and LH6: 33 days") and "8 bank holidays" in long[0], long


@pytest.mark.parametrize(("service", "theirs"), [(2.0, "28 days"), (6.0, "30 days"), (12.0, "32 days")])
def test_steps_after_a_semicolon_are_cut_to_the_askers(service: float, theirs: str) -> None:
    """A value, then after a semicolon its steps joined by "and": each step is a version."""
    sentence = (
        "Your entitlement, including the eight bank holidays, is 28 days; after 5 years' continuous service it is "
        "30 days, and after 10 years' continuous service it is 32 days."
    )
    out, _ = version_choice([sentence], frozenset(), frozenset(), _tags, service=service)
    others = {"28 days", "30 days", "32 days"} - {theirs}
    assert out[0] is not None and theirs in out[0] and not any(o in out[0] for o in others), out


def test_a_column_of_service_or_more_is_a_version() -> None:
    row = (
        "Grade: Grades 1 to 6; Under five years' continuous service: 24 days; "
        "Five years' continuous service or more: 29 days."
    )
    long, _ = version_choice([row], frozenset(), frozenset(), _tags, service=14.0)
    assert long[0] is not None and "29 days" in long[0] and "24 days" not in long[0], long


LADDER = """<html><head><title>Carrow Sinfonia: Players' Handbook</title></head><body>
<h1>Carrow Sinfonia: Players' Handbook</h1>
<h2>6. Leave</h2>
<p>6.1 The leave year follows the season. Members receive 28 days' annual leave, most of it in the summer
break. The rest is taken in weeks without concerts.</p>
<p>6.2 Members with eight years' continuous membership receive 31 days.</p>
<p>6.3 After fifteen years' continuous membership, a member's leave rises to 34 days.</p>
<h2>7. Dress</h2>
<p>Concert dress is all black.</p>
</body></html>
"""

LADDER_PEOPLE = {
    "una": "I've been a member for three years.",
    "vic": "I've been a member for eleven years.",
    "wyn": "I've been a member for twenty-one years.",
    "xan": "I play the viola.",
}

ladder_mg = document_memgraph("sinfonia.html", LADDER, LADDER_PEOPLE)


@pytest.mark.parametrize(
    ("user", "want", "others"),
    [
        ("una", "28 days", ("31 days", "34 days")),
        ("vic", "31 days", ("28 days", "34 days")),
        ("wyn", "34 days", ("28 days", "31 days")),
    ],
)
def test_a_value_rising_with_service_over_several_sentences_gives_the_askers_step(
    ladder_mg: MemGraph, user: str, want: str, others: tuple[str, ...]
) -> None:
    answer = ladder_mg.ask("How many days of annual leave do I have?", user_id=user, use_llm=False)
    assert want in answer.answer and not any(o in answer.answer for o in others), answer.answer


def test_a_value_rising_over_sentences_asks_for_an_unsaid_service(ladder_mg: MemGraph) -> None:
    answer = ladder_mg.ask("How many days of annual leave do I have?", user_id="xan", use_llm=False)
    assert answer.gap == "unknown_context" and "length of service" in answer.answer, answer.answer
    assert not any(v in answer.answer for v in ("28 days", "31 days", "34 days")), answer.answer


SURGERY = """<html><head><title>Elmbridge Veterinary Group: Staff Guide</title></head><body>
<h1>Elmbridge Veterinary Group: Staff Guide</h1>
<h2>1. Holidays</h2>
<p>Everyone books holidays through the rota app at least four weeks ahead.</p>
<p>Your holiday entitlement grows with your length of service with the Group:</p>
<table>
<tr><th>Length of service</th><th>Holiday per year</th></tr>
<tr><td>Less than 2 years</td><td>25 days</td></tr>
<tr><td>2 years but less than 6 years</td><td>27 days</td></tr>
<tr><td>6 years or more</td><td>30 days</td></tr>
</table>
<h2>2. Sickness</h2>
<p>Company sick pay is set out in Appendix B.</p>
<p>Ring your practice manager before 08:00 on the first morning of any absence.</p>
<h2>3. Uniform</h2>
<p>Scrubs are laundered on site and replaced every year.</p>
<h2>Appendix B: Company sick pay</h2>
<table>
<tr><th>Continuous service on the first day of absence</th><th>Full pay</th></tr>
<tr><td>Under 1 year</td><td>2 weeks</td></tr>
<tr><td>1 year but less than 4 years</td><td>8 weeks</td></tr>
<tr><td>4 years or more</td><td>16 weeks</td></tr>
</table>
</body></html>
"""

SURGERY_PEOPLE = {
    "rhian": "I'm a vet nurse and I've been here about three years.",
    "tomos": "I've been with the Group for nearly 7 years.",
    "bryn": "I'm a receptionist at the Elmbridge practice.",
}


surgery_mg = document_memgraph("surgery.html", SURGERY, SURGERY_PEOPLE)


@pytest.mark.parametrize(
    ("user", "question", "want", "others"),
    [
        ("rhian", "How many days of holiday do I get?", "27 days", ("25 days", "30 days")),
        ("tomos", "How many days of holiday do I get?", "30 days", ("25 days", "27 days")),
        # a clause that refers to the appendix brings the asker's row of it
        ("rhian", "How much company sick pay would I get?", "8 weeks", ("2 weeks", "16 weeks")),
        ("tomos", "How much company sick pay would I get?", "16 weeks", ("2 weeks", "8 weeks")),
    ],
)
def test_rows_by_length_of_service_answer_by_the_askers(
    surgery_mg: MemGraph, user: str, question: str, want: str, others: tuple[str, ...]
) -> None:
    answer = surgery_mg.ask(question, user_id=user, use_llm=False)
    assert want in answer.answer and not any(o in answer.answer for o in others), answer.answer


def test_an_asker_who_has_not_said_their_service_is_asked_for_it(surgery_mg: MemGraph) -> None:
    answer = surgery_mg.ask("How many days of holiday do I get?", user_id="bryn", use_llm=False)
    assert answer.gap == "unknown_context" and "length of service" in answer.answer, answer.answer
    assert not any(v in answer.answer for v in ("25 days", "27 days", "30 days")), answer.answer


AIRLINE = """<html><head><title>Skerry Air: Staff Manual</title></head><body>
<h1>Skerry Air: Staff Manual</h1>
<h2>5. Annual leave</h2>
<p>The leave year runs from 1 April to 31 March. Your annual leave grows with your length of service:</p>
<table>
<tr><th>Staff group</th><th>Under 5 years of service</th><th>5 to 9 years</th><th>10 years or more</th></tr>
<tr><td>Cabin crew</td><td>30 days</td><td>32 days</td><td>35 days</td></tr>
<tr><td>Ground handling</td><td>24 days</td><td>26 days</td><td>28 days</td></tr>
</table>
<h2>6. Uniform</h2>
<p>Ground handling staff are issued two high-visibility jackets a year.</p>
</body></html>
"""

AIRLINE_PEOPLE = {
    "isla": "I'm a ramp agent in ground handling and I've been here about six years.",
    "calum": "I'm a ramp agent in ground handling.",
}

airline_mg = document_memgraph("airline.html", AIRLINE, AIRLINE_PEOPLE)


def test_a_row_of_the_askers_own_group_by_service_asks_for_their_service(airline_mg: MemGraph) -> None:
    """The asker's own group's row lists a value per range of service: with their service known
    the answer gives their column, without it the answer asks, whatever the row's group."""
    answer = airline_mg.ask("How much annual leave do I get?", user_id="isla", use_llm=False)
    assert "26 days" in answer.answer and not any(v in answer.answer for v in ("24 days", "28 days", "32 days"))
    # asked whole or by its lead-in's words, the answer asks; their group's jackets are no answer
    for question in ("How much annual leave do I get?", "How much annual leave am I entitled to?"):
        answer = airline_mg.ask(question, user_id="calum", use_llm=False)
        assert answer.gap == "unknown_context" and "length of service" in answer.answer, answer.answer
        assert not any(v in answer.answer for v in ("24 days", "26 days", "28 days", "jackets")), answer.answer


DEPOT = """# Harwick Freight: Staff Handbook

## Annual leave

Your annual leave entitlement grows with your service:

| Length of service | Annual leave |
|---|---|
| Less than 2 years | 23 days |
| 2 years but less than 5 years | 25 days |
| 5 years or more | 28 days |

Up to 3 unused days may be carried over into the next leave year.

## Working from home

Finance staff may work from home up to 2 days per week. Warehouse roles cannot be done from home.
"""

DEPOT_PEOPLE = {"tara": "I work in the Finance department at the Millgate office."}

depot_mg = document_memgraph("depot.md", DEPOT, DEPOT_PEOPLE)


@pytest.mark.parametrize(
    "question", ["How many days of annual leave do I get?", "How much annual leave am I entitled to?"]
)
def test_the_rule_most_on_the_question_decides_what_is_asked_back(depot_mg: MemGraph, question: str) -> None:
    """The sentences most on the question are versions by service, and the asker has not said
    theirs: the answer asks for it, not quotes a weaker sentence of their own department's."""
    answer = depot_mg.ask(question, user_id="tara", use_llm=False)
    assert answer.gap == "unknown_context" and "length of service" in answer.answer, answer.answer
    assert "from home" not in answer.answer and "grows" not in answer.answer, answer.answer
