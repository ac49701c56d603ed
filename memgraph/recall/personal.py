"""Questions about the asker's own details, answered from what they told the memory.

"Who is my line manager?" and "When did I join?" ask for a detail the asker said ("my line
manager is Oksana", "I joined Contoso in March 2021"), not for a rule, though a role library's
"Manager of Operations" or an org chart may rank beside it. A memory of the asker's answers
such a question when it says the same thing of its speaker:

- the question asks about "my <noun>" and the memory says "my ... <noun> is|was ..." (the
  noun phrase's last word, singular: "Who is my line manager?" and "my manager is Dana Lee");
- the question asks whom the asker reports to ("Who do I report to?", "Who's my boss?") and the
  memory says so ("I report to Dana Reyes", "my line manager is Oksana", "Jenny Park is my
  boss"); without such a memory only a document's sentence that gives a reporting line
  ("Reports To: Chief Executive Officer") answers, not one on reporting an incident;
- the question asks when, where or how long ago the asker did something ("When did I join?")
  and the memory says they did it ("I joined Contoso in March 2021", "Started back in
  September 2024": the same Porter stem, or another verb of joining, said by "I" or opening
  a fragment; for joining, also a length of service, "I've been with Contoso for about two
  years now", :func:`~memgraph.text.service.stated_service`).

Policy questions ("When do I get paid?", "How many days of leave do I have?") ask about no such
detail and are left to the knowledge base.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..extraction.extract import singular_word
from ..models import EntityType, NodeLabel
from ..text.service import stated_service
from ..text.textutil import stemmed
from .retrieval import SearchResult

_ASKED_MINE = re.compile(
    r"^\s*(?:who|what|when|where|which|whose)\b[^?]*?\bmy\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z-]+)\s*\??\s*$", re.I
)
"""A question about a detail of the asker's: "Who is my line manager?", "What's my employee number?"."""
_ASKED_DONE = re.compile(r"^\s*(?:when|where|how\s+long\s+ago)\s+did\s+I\s+(?:first\s+)?(?P<verb>[a-z]+)\b", re.I)
"""A question about something the asker did: "When did I join?", "Where did I start?"."""
_JOINING = frozenset(stemmed("join start begin hire").split())
"""Verbs that all say the asker joined ("When did I join?": "Started back in September 2024")."""
_SUPERIORS = frozenset({"manager", "boss", "supervisor", "lead", "leader"})
"""Words for the person one reports to ("Who is my manager?": "my boss is Jenny Park")."""
_ASKED_REPORTING = re.compile(
    r"^\s*(?:(?:who|whom)\s+(?:do|should|must|will|shall)\s+I\s+(?:report|answer)\s+to"
    r"|(?:who|whom)\s+am\s+I\s+(?:reporting|answering)\s+to|to\s+whom\s+(?:do|should)\s+I\s+report)\b",
    re.I,
)
"""A question about the asker's reporting line: "Who do I report to?", "To whom do I report?"."""
_ASKED_REPORTING_MINE = re.compile(
    r"^\s*who(?:['’]s|\s+is)\s+my\s+(?:(?:line|direct|immediate|reporting|own|current|team)\s+)?"
    r"(?P<noun>[a-z]+)\s*(?:now\s*)?\??\s*$",
    re.I,
)
"""A question for the asker's own superior: "Who is my line manager?", "Who's my boss?"; not
"Who is my transport manager?" (a post they deal with)."""
_SAYS_REPORTING = re.compile(
    r"\bI(?:['’]m|\s+am)?\s+(?:now\s+)?(?:directly\s+)?report(?:s|ing)?\s+(?:directly\s+)?to\s+\S"
    r"|\bmy\s+(?:[\w-]+\s+){0,2}(?:manager|boss|supervisor|lead|leader)(?:\s+is|\s+was|['’]s)\s"
    r"|\b(?:is|['’]s)\s+(?:now\s+)?my\s+(?:[\w-]+\s+){0,2}(?:manager|boss|supervisor|lead|leader)\b",
    re.I,
)
"""What a speaker says of their reporting line: "I report to Dana Reyes", "my line manager is
Oksana", "Jenny Park is my boss"."""
_GIVES_REPORTING_LINE = re.compile(
    r"\b(?i:report(?:s|ing)?\s+(?:directly\s+)?to)\s*:?\s*(?:(?i:the|a|an|your|their)\s+)?[A-Z]"
)
"""A document's sentence that gives a post's reporting line: "The COO will report to the CEO",
"REPORTING TO: Chief Executive Officer"; not "report any safety concerns ... to the safety
department" or "report it immediately"."""
_NOT_DETAILS = frozenset({"leave", "holiday", "pay", "salary", "entitlement", "allowance", "rate", "shift", "hours"})
"""Nouns a handbook's rules give, not the asker ("What is my holiday entitlement?")."""


_KIND_NOUNS: dict[str, EntityType] = {
    **dict.fromkeys(("department", "dept", "team", "division", "unit", "function", "practice"), EntityType.DEPARTMENT),
    **dict.fromkeys(("office", "site", "location", "base", "campus", "branch", "depot", "store"), EntityType.LOCATION),
    **dict.fromkeys(("role", "job", "job title", "title", "position"), EntityType.ROLE),
    **dict.fromkeys(("grade", "pay grade", "band", "pay band", "level"), EntityType.GRADE),
    **dict.fromkeys(("shift", "shift pattern", "working pattern", "pattern", "rota"), EntityType.SCHEDULE),
}
"""What people call each kind of their own context when they ask for it ("What department am I in?")."""
_NOUN = r"(?P<noun>[a-z]+(?:\s+[a-z]+)?)"
_ASKED_CONTEXT = (
    # "What's my department?", "What is my job title?", "Which is my team?"
    re.compile(r"^\s*(?:what|which)(?:['’]s|\s+is)\s+my\s+" + _NOUN + r"\s*\??\s*$", re.I),
    # "What department am I in?", "Which office do I work out of?", "What shift do I work?"
    re.compile(
        r"^\s*(?:what|which)\s+" + _NOUN + r"\s+(?:am\s+I|do\s+I)\s*(?:work(?:\s+(?:in|at|on|for|out\s+of))?|"
        r"belong\s+to|based\s+(?:in|at)|in|on|at|with)?\s*(?:now|currently)?\s*\??\s*$",
        re.I,
    ),
)
_WHERE_I_WORK = re.compile(r"^\s*where\s+(?:do\s+I\s+work|am\s+I\s+based)\s*(?:now)?\s*\??\s*$", re.I)


def asked_context(question: str) -> EntityType | None:
    """The kind of the asker's own context ``question`` asks for: "What department am I in?"
    (Department), "What's my job title?" (Role), "Where do I work?" (Location), "What shift do I
    work?" (Schedule); None for any other question ("What shift premium do I get?")."""
    if _WHERE_I_WORK.match(question):
        return EntityType.LOCATION
    for pattern in _ASKED_CONTEXT:
        if (m := pattern.match(question)) is not None:
            noun = " ".join(singular_word(w) for w in m.group("noun").lower().split())
            return _KIND_NOUNS.get(noun)
    return None


def asks_reporting_line(question: str) -> bool:
    """Whether ``question`` asks whom the asker reports to: "Who do I report to?", "Who is my
    line manager?", "Who's my boss?" (a word of :data:`_SUPERIORS` after "my"); not "Who is my
    transport manager?"."""
    if _ASKED_REPORTING.match(question):
        return True
    mine = _ASKED_REPORTING_MINE.match(question)
    return mine is not None and singular_word(mine.group("noun").lower()) in _SUPERIORS


_NEXT_LABEL = (
    r"(?=\s+(?:[A-Z][A-Z&/ -]{1,40}|(?:[A-Z][a-z]+\s+)?(?:Summary|Description|Overview|Title|Details|Purpose"
    r"|Objectives?|Responsibilities|Requirements|Qualifications)|[A-Z][a-z]+)\s*:|\s*[;.]?\s*$|;)"
)
"""Where a labelled field's value ends: before the next field's label (in capitals, one
capitalised word, "Location:", or a job description's heading word, "Position Summary:"), a
semicolon, or the end."""
_LABELLED_LINE = re.compile(r"(?i:report(?:s|ing)?\s+(?:directly\s+)?to)\s*:\s*(?P<value>[^:]+?)" + _NEXT_LABEL)
"""A reporting line as a labelled field ("REPORTING TO: Chief Executive Officer OVERVIEW: ..."),
up to the next field's label (in capitals, or one capitalised word: "Location:")."""


_FIELD_LABELS: dict[EntityType, str] = {
    EntityType.DEPARTMENT: r"department|division|directorate|function",
    EntityType.LOCATION: r"location|based\s+(?:at|in)|site|office|base",
    EntityType.ROLE: r"job\s+title|position|title",
    EntityType.GRADE: r"grade|pay\s+grade|band|pay\s+band",
    EntityType.SCHEDULE: r"shift\s+pattern|working\s+pattern|shifts?|rota",
}
"""The labels a job description gives each kind of context under ("DEPARTMENT: Sales & Marketing",
"Location: Any major city")."""


def labelled_field(sentence: str, kind: EntityType) -> str | None:
    """The field of ``kind`` a document's ``sentence`` gives under its label (:data:`_FIELD_LABELS`),
    as written up to the next field's label: "DEPARTMENT: Sales & Marketing" from "JOB TITLE: Vice
    President of Sales DEPARTMENT: Sales & Marketing REPORTING TO: ..."; None when it gives none
    (prose that names a department is no such field)."""
    labels = _FIELD_LABELS.get(kind)
    if labels is None:
        return None
    field = re.search(r"(?:^|(?<=[\s;.]))(?i:" + labels + r")\s*:\s*[^:;]+?" + _NEXT_LABEL, sentence)
    return field.group().strip().rstrip(".;,") if field is not None else None


def reporting_line(sentence: str) -> str | None:
    """What of a document's ``sentence`` gives a post's reporting line (see
    :data:`_GIVES_REPORTING_LINE`): a labelled field alone when the sentence is a run of them
    ("REPORTING TO: Chief Executive Officer" from "JOB TITLE: ... REPORTING TO: Chief Executive
    Officer OVERVIEW: ..."), else the sentence ("The COO will report to the CEO and ...");
    None when it gives none."""
    if _GIVES_REPORTING_LINE.search(sentence) is None:
        return None
    field = _LABELLED_LINE.search(sentence)
    return field.group().strip() if field is not None else sentence


def asks_about_me(question: str) -> bool:
    """Whether ``question`` asks about a detail of the asker's own (see the module docstring):
    "Who is my line manager?", "Who do I report to?", "When did I join?", "What department am I
    in?"; not "What is my holiday entitlement?"."""
    if asked_context(question) is not None or asks_reporting_line(question):
        return True
    mine = _ASKED_MINE.match(question)
    if mine is not None:
        return singular_word(mine.group("noun").lower()) not in _NOT_DETAILS
    return _ASKED_DONE.match(question) is not None


def answers_about_me(question: str, text: str) -> bool:
    """Whether a memory's ``text`` answers ``question`` about the speaker's own detail (see
    the module docstring)."""
    if asks_reporting_line(question):
        return _SAYS_REPORTING.search(text) is not None
    if (m := _ASKED_MINE.match(question)) is not None:
        noun = singular_word(m.group("noun").lower())
        if noun in _NOT_DETAILS:
            return False
        nouns = _SUPERIORS if noun in _SUPERIORS else {noun}
        alternatives = "|".join(re.escape(n) for n in sorted(nouns))
        said = rf"\bmy\s+(?:[\w-]+\s+){{0,2}}(?:{alternatives})s?(?:\s+is|\s+was|['’]s)\b"
        return re.search(said, text, re.I) is not None
    if (m := _ASKED_DONE.match(question)) is not None:
        verbs = _JOINING if stemmed(m.group("verb")) in _JOINING else {stemmed(m.group("verb"))}
        if verbs is _JOINING and stated_service([text]) is not None:
            return True  # "I've been with Contoso for about two years now."
        for sentence in re.split(r"(?<=[.!?;])\s+", text):
            done = re.finditer(r"(?:\bI\s+(?:first\s+|originally\s+)?|^\s*)(?P<word>[A-Za-z]+)", sentence)
            if any(stemmed(d.group("word")) in verbs for d in done):
                return True
    return False


def about_me(question: str, passages: Sequence[SearchResult]) -> list[SearchResult]:
    """The memories among ``passages`` that answer ``question`` about the asker's own detail
    (:func:`answers_about_me`), best first; empty for any other question."""
    return [p for p in passages if p.label == NodeLabel.MEMORY and answers_about_me(question, p.text)]
