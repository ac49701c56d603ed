"""The words people and handbooks use for kinds of context: job nouns, group nouns, site nouns.

One list per kind, shared by the fact rules that read what a person says about themselves
(:mod:`memgraph.extraction.facts`) and the reader that decides what a handbook's sentences apply to
(:mod:`memgraph.extraction.applicability`), so "I work in the Strategy practice" and "Strategy practice
staff receive ..." are read with the same words. All lower case and singular.
"""

from __future__ import annotations

import re

from ..models import EntityType

CONTEXT_TYPES = (
    EntityType.DEPARTMENT,
    EntityType.ROLE,
    EntityType.GRADE,
    EntityType.LOCATION,
    EntityType.SCHEDULE,
    EntityType.CATEGORY,
)
"""The kinds of context a passage can apply to and a person can be in."""

ROLE_HEADS = frozenset(
    """manager engineer director analyst officer lead leader specialist developer designer consultant assistant
    coordinator administrator executive president intern nurse teacher accountant scientist architect head
    supervisor representative rep technician advisor adviser recruiter partner associate clerk agent chief vp
    cto ceo cfo coo cio ciso owner founder programmer tester operator planner buyer trainer instructor lecturer
    professor researcher editor writer receptionist secretary auditor controller inspector therapist pharmacist
    paralegal lawyer attorney physician surgeon doctor dentist paramedic mechanic electrician plumber carpenter
    driver pilot cashier barista chef cook librarian journalist reporter photographer foreman superintendent
    dispatcher handler steward strategist economist statistician producer marketer salesperson salesman
    saleswoman operative porter picker packer courier cleaner caretaker fitter welder machinist labourer laborer
    guard midwife carer artist animator attendant housekeeper waiter waitress bartender barman concierge
    sommelier baker butcher gardener groundskeeper trainee apprentice captain seaman motorman bosun boatswain
    deckhand purser crewman drayman linesman craftsman tradesman groundsman handyman storeman""".split()  # noqa: SIM905
)
"""Head nouns of job titles: a title ends in one ("Senior Data Engineer", "commis chef")."""

PROVIDER_NOUNS = frozenset({"doctor", "physician", "surgeon", "dentist", "paramedic"})
"""Job nouns that benefits and health-plan texts use for the providers an employee sees ("in-
network physicians must ..."), not for staff: a handbook sentence that names them is not
read as a role's rule (measured: reading them so cost one Contoso question of 25 at hit@3)."""

CLASSIFIER_NOUNS = frozenset({"class", "category", "type", "status", "tier", "track"})
"""Last words of a table column's header that sorts people into classes ("Vehicle class",
"Contract type", "Employment status"): the column keys its rows by a Category."""
TOPIC_WORDS = frozenset(
    {"leave", "absence", "benefit", "expense", "claim", "payment", "request", "document", "form", "training", "course"}
)
"""Words that make such a header sort topics, not people ("Leave type", "Expense category")."""

GROUP_NOUNS = frozenset(
    {"department", "dept", "team", "division", "unit", "function", "practice", "squad", "ward", "watch"}
)
"""Nouns that follow a group's name ("the Field Service team", "the Change practice", a
hospital's "Larch Ward", a fire station's "Red Watch")."""

UNIT_NOUNS = ("faculty", "school", "department", "college", "division", "directorate", "institute")
"""Nouns of an organisational unit named by what it does, "<noun> of <Name>" ("the School of
Medicine", "the Faculty of Arts"): a department, though "school" and "college" are also site nouns."""

SITE_NOUNS = frozenset(
    """office site campus branch plant facility warehouse depot hub factory region area territory district
    zone studio hotel restaurant clinic hospital surgery school mill yard terminal station store centre center
    garage vessel ship academy headquarters hq""".split()  # noqa: SIM905
)
"""Nouns that follow a site's or an area's name ("the Lyon office", "the Estuary region")."""

NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"),
)
"""The counting words from zero to twenty; a word's index is its value."""
COUNT_WORDS = NUMBER_WORDS[1:13]
"""Numbers handbooks write in words ("two months' notice", "three weeks"): one to twelve."""


def count_value(count: str) -> int:
    """The number a count says, in digits or in words ("4" or "four" -> 4).

    Raises:
        ValueError: ``count`` is neither digits nor one of :data:`COUNT_WORDS`.
    """
    return int(count) if count.isdigit() else COUNT_WORDS.index(count.lower()) + 1


WORDED_AMOUNT = re.compile(
    r"\b(?i:" + "|".join(COUNT_WORDS) + r")\s+(?i:days?|weeks?|months?|years?|hours?|minutes?)\b"
)
"""An amount of time in words: "two months", "three weeks" (a value, as a digit is)."""

LAST_LISTED_SUBJECT = r"(?!and\s+(?:the\s+)?[A-Z][^,;:.()]{0,60},\s+(?!which|who|whose|where|as|unlike)[a-z]+\s)"
"""A lookahead that fails at the last of a list of subjects that share the verb after it (", and
the Lebanon office, work Monday to Friday"): no clause of its own starts there."""

MEMBER_NOUNS = frozenset({"staff", "employees", "employee", "personnel", "colleagues", "workers", "team members"})
"""Words for a group's people ("Data Platform staff", "kitchen team members")."""

OWN_CONTEXT_TOPICS: dict[EntityType, frozenset[str]] = {
    EntityType.ROLE: frozenset(
        """role job position responsibilities responsibility duties duty tasks accountabilities description
        involve involves expected expectations""".split()  # noqa: SIM905
    ),
    EntityType.DEPARTMENT: GROUP_NOUNS,
    EntityType.LOCATION: frozenset({"site", "office", "location", "branch", "campus", "workplace"}),
    EntityType.GRADE: frozenset({"grade", "band", "level"}),
}
"""Words that, as the whole topic of a question in the first person, ask about the asker's own
context itself: "What are my responsibilities?" asks for the description of the asker's role,
"What does my team do?" for their department's. The passages that apply to that context are
then the answer, however little their wording resembles the question's."""

ASKING_WORDS = frozenset("tell describe explain list summary summarise summarize overview main key".split())  # noqa: SIM905
"""Words of a question that ask for something without naming a topic ("Tell me about ...")."""

ABBREVIATIONS: dict[str, str] = {
    "rep": "representative",
    "ops": "operation",
    "op": "operation",
    "mgr": "manager",
    "asst": "assistant",
    "exec": "executive",
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "coord": "coordinator",
    "admin": "administration",
    "comm": "communication",
    "mktg": "marketing",
    "dev": "development",
    "supv": "supervisor",
    "hq": "headquarters",
    "st": "street",
    "rd": "road",
    "ave": "avenue",
    "ln": "lane",
    "sq": "square",
}
"""Workplace and street-name abbreviations and the word they fold to when names are compared
(singular, lower case: "sales rep" is "Sales Representative", "the ops team" "Operations", "the
Kelder St surgery" "Kelder Street Surgery"). Short forms that
stand for a role as often as for a department ("tech", "eng") are left out: "a tech" is no
Technology department."""

QUESTION_ABBREVIATIONS: dict[str, str] = {
    "WFH": "work from home",
    "AL": "annual leave",
    "PTO": "paid time off",
    "TOIL": "time off in lieu",
    "OOO": "out of office",
    "PPE": "personal protective equipment",
    "DSE": "display screen equipment",
    "OT": "overtime",
    "SSP": "statutory sick pay",
    "SMP": "statutory maternity pay",
    "EAP": "employee assistance programme",
    "PIP": "performance improvement plan",
    "L&D": "learning and development",
    "H&S": "health and safety",
    "T&E": "travel and expenses",
    "1:1": "one-to-one meeting",
}
"""Workplace abbreviations people type in questions ("Can I WFH on Fridays?", "What's my AL
entitlement?") that handbooks write out: :func:`expand_abbreviations` adds the words."""

_QUESTION_ABBREVIATION = re.compile(
    r"(?<![\w&:])("
    + "|".join(re.escape(k) for k in sorted(QUESTION_ABBREVIATIONS, key=len, reverse=True))
    + r")s?(?![\w&:])(?!\s*\()"
)


def expand_abbreviations(text: str) -> str:
    """``text`` with each abbreviation of :data:`QUESTION_ABBREVIATIONS`, as written (upper
    case), followed by its words in brackets, so both embedding and keyword search see them:
    "Can I WFH?" -> "Can I WFH (work from home)?". Text without one, or with each already
    followed by brackets, comes back unchanged (so expanding twice changes nothing)."""
    return _QUESTION_ABBREVIATION.sub(lambda m: f"{m.group(0)} ({QUESTION_ABBREVIATIONS[m.group(1)]})", text)


def alternation(words: frozenset[str]) -> str:
    """``words`` as a regular-expression alternation, longest first (so "team members" wins
    over "team"), each escaped."""

    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


__all__ = [
    "CLASSIFIER_NOUNS",
    "CONTEXT_TYPES",
    "GROUP_NOUNS",
    "MEMBER_NOUNS",
    "PROVIDER_NOUNS",
    "ROLE_HEADS",
    "SITE_NOUNS",
    "TOPIC_WORDS",
    "alternation",
]
