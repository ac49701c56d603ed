"""What a passage of the knowledge base applies to: the departments, roles and locations a
handbook names in its headings, sentences, list items and table rows.

Handbooks scope a rule in a few recurring ways, and each is read here as a kind of
phrasing, never as a particular document's words:

- **Headings**: "<Name> department|team|division" (a department), a job title ("Senior
  Manager of Operations", "Shift Supervisors": title-case words ending in a role word, maybe
  "of <Name>"; a role), "<Name> office|site|campus|branch|plant" or "Headquarters" (a
  location), or any name the graph already knows as one of those. A heading with none of
  these whose sibling headings (same parent) are mostly context headings of one kind is a
  context of that kind too, when it reads as a name (at most four capitalised words, no
  policy word such as "rules" or "leave"): "Annual leave > Field Service" beside
  "Annual leave > Member Support department".
- **Units** (a sentence, a list item, a table row):
  - "At|In|For the <Name> site|office|..." anywhere before the verb: a location;
  - "<Name> department|team|division|unit": a department;
  - "<Name> staff|employees|personnel|colleagues|members|roles|agents|workers" (or a
    lower-case job noun in the plural: "Field Service engineers") as the
    subject (or after "for"): a department;
  - a title-case job title ending in a role word as the subject ("Shift Supervisors have",
    "Each Site Engineer has") or after "for": a role (singular); one plural role word as the
    subject ("Drivers start at 05:30") only beside units of its paragraph or list scoped to
    other groups ("Warehouse staff start at 06:00"), since alone it is a sentence's first word
    ("Managers must approve ...");
  - "(<Name> only)": by its generic word, a known name, else a department;
  - "employees|staff ... in|at <Name>" and a leading "In|At|For <Name>,": a location when
    the name is a place (spaCy NER GPE/LOC/FAC, a known location or a site word), a
    department when it is an organisation or known as one;
  - a table row "Header: value; ..." (the PDF and HTML loaders' form) whose header is a
    context word (Department, Team, Site, Office, Location, Country, Region, Role,
    Position, Grade, Band, Level): that value, of that kind;
  - a list item "<Name>: ..." under a lead-in that names a kind ("Leave by team:");
  - a lead-in that names a context and ends with ":" scopes the list items after it;
  - a condition on the reader: "If you work at the Leeds site, ...", "If you are on the
    Payments team, ...", "If you are a Shift Supervisor, ...";
  - parallel clauses of one sentence, cut at a semicolon or a conjunction where both sides
    hold a value and a name ("The Riverside restaurant opens at 06:30 and the Hillcrest
    restaurant opens at 07:15"), each scoped by the context it mentions;
  - exceptions: "except X", "other than X", "unless you are on the X team" make an
    :class:`Excluded` context (``EXCEPT_FOR``); an exception with its own value is a unit
    for X ("..., except Night Baking staff, who receive 28 days").

Clause numbers ("6.2"), list markers ("(b)"), opening conjunctions and connectives ("In
addition:") are skipped before a unit is read; a sentence after a paragraph's rules for two or
more contexts speaks for all of them.

The unit is what applicability is decided for: :func:`memgraph.intake.chunking.chunk_blocks` starts a
new chunk wherever the scope changes, so a chunk never holds two contexts' rules and every
``APPLIES_TO`` of a chunk holds for all of its text. Unit scopes are found from the text
alone (no knowledge of the graph decides where a unit's scope starts), so a document chunks
the same whichever entities exist; names the graph learns later link up through
:meth:`memgraph.intake.kb.KnowledgeBase.relink`.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from ..models import EntityType
from ..text.distance import gives_band
from ..text.places import country_of, is_area, is_place
from ..text.textutil import BULLETS, sentences
from ..text.vocabulary import (
    CLASSIFIER_NOUNS,
    CONTEXT_TYPES,
    COUNT_WORDS,
    GROUP_NOUNS,
    LAST_LISTED_SUBJECT,
    MEMBER_NOUNS,
    PROVIDER_NOUNS,
    ROLE_HEADS,
    SITE_NOUNS,
    TOPIC_WORDS,
    UNIT_NOUNS,
    WORDED_AMOUNT,
    alternation,
    count_value,
)
from .declarations import (
    AREA_WORDS,
    GroupWords,
    declared_names,
    defined_groups,
    described_people,
    group_words,
    memberships,
    partition_names,
    partitions,
)
from .extract import Extractor, FoundEntity, entity_key, longest_names, match_key, plural_word, singular_word
from .facts import CODED_GRADE, GRADE_CODE, grade_codes, grade_name, grade_range

_CLAUSE_NO = r"\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]"
"""A clause number: "6.2", "4.1.3.", "3.", "3)"."""
_LETTERED_CLAUSE_NO = r"[A-Z]{1,3}\s?\d{1,3}(?:\.\d{1,3})+\.?"
"""A clause number with its section's letters: "C4.1", "SPI 4.2"."""
_NUMBERED_CLAUSE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|" + _LETTERED_CLAUSE_NO + r")\s+\S")
"""A unit that opens a numbered clause ("4.2 ...", "C4.2 ..."; not a list's "3)" or "(b)")."""


@dataclass(frozen=True)
class Excluded(FoundEntity):
    """A context a unit says it does not apply to ("..., except Field Service staff", "unless
    you are on the Warehouse team"): written as ``EXCEPT_FOR``, so the rule is not answered
    to people in it."""


ROLE_WORDS = alternation(ROLE_HEADS - PROVIDER_NOUNS)
"""Head nouns of job titles, as an alternation (lower case, singular); not the nouns for
health-care providers (:data:`memgraph.text.vocabulary.PROVIDER_NOUNS`)."""
GROUP_WORDS = alternation(GROUP_NOUNS) + "|dept\\."
SITE_WORDS = alternation((SITE_NOUNS - {"studio"}) | {"lab"})
"""Site nouns ("studio" names a group as often as a site: "the Design Studio"; "lab" a site
in a heading, never a table's key)."""
MEMBER_WORDS = alternation(MEMBER_NOUNS | {"roles", "agents"})
_NOT_STAFF_COMPOUND = (
    r"(?!\s+(?i:car\s+park|car-park|parking|room|rooms|canteen|restaurant|entrance|toilets?|lockers?|"
    r"discount|handbook|rota|bank|area|areas|kitchen|lounge|bus|shuttle|portal|app|intranet|card|badge|id)\b)"
)
"""What makes "staff" the first word of a compound noun, not a group's people: "the Mill Lane
staff car park", "the Orchard Road staff entrance"."""
_HEADER_TYPES = {
    "department": EntityType.DEPARTMENT,
    "dept": EntityType.DEPARTMENT,
    "team": EntityType.DEPARTMENT,
    "division": EntityType.DEPARTMENT,
    "unit": EntityType.DEPARTMENT,
    "business unit": EntityType.DEPARTMENT,
    "function": EntityType.DEPARTMENT,
    "practice": EntityType.DEPARTMENT,
    "ward": EntityType.DEPARTMENT,
    "watch": EntityType.DEPARTMENT,
    "site": EntityType.LOCATION,
    "office": EntityType.LOCATION,
    "location": EntityType.LOCATION,
    "country": EntityType.LOCATION,
    "region": EntityType.LOCATION,
    "city": EntityType.LOCATION,
    "campus": EntityType.LOCATION,
    "role": EntityType.ROLE,
    "position": EntityType.ROLE,
    "job title": EntityType.ROLE,
    "classification": EntityType.ROLE,  # a collective agreement's jobs: "Classification: Bus Operator"
    "job classification": EntityType.ROLE,
    "title": EntityType.ROLE,
    "grade": EntityType.GRADE,
    "pay grade": EntityType.GRADE,
    "band": EntityType.GRADE,
    "pay band": EntityType.GRADE,
    "salary band": EntityType.GRADE,
    "level": EntityType.GRADE,
    "job level": EntityType.GRADE,
    "job grade": EntityType.GRADE,
    "job family": EntityType.ROLE,
    "job": EntityType.ROLE,
    "trade": EntityType.ROLE,
    "occupation": EntityType.ROLE,
    "profession": EntityType.ROLE,
    "craft": EntityType.ROLE,
    "rank": EntityType.ROLE,
    "pay group": EntityType.GRADE,
    "point": EntityType.GRADE,  # a pay spine's points: "Point: M4; Annual salary: ..."
    "pay point": EntityType.GRADE,
    "pay range": EntityType.GRADE,  # a teachers' pay range's points: "Main pay range: M3; Salary: ..."
    "salary range": EntityType.GRADE,
    "pay scale": EntityType.GRADE,
    "pay spine": EntityType.GRADE,
    "spine point": EntityType.GRADE,
    "scale point": EntityType.GRADE,
    "shift pattern": EntityType.SCHEDULE,
    "pattern": EntityType.SCHEDULE,
    "shift": EntityType.SCHEDULE,
    "working pattern": EntityType.SCHEDULE,
    "contract": EntityType.CATEGORY,  # "Contract: Casual; Holiday: ...": rows per contract
    "work pattern": EntityType.SCHEDULE,
    "shift type": EntityType.SCHEDULE,
    "rota": EntityType.SCHEDULE,
    "roster": EntityType.SCHEDULE,
    "roster pattern": EntityType.SCHEDULE,
    "home": EntityType.LOCATION,  # a care home's name: "Home: The Larches; Lunchtime: ..."
    "care home": EntityType.LOCATION,
    **{w: EntityType.LOCATION for w in SITE_WORDS.split("|") if w not in ("lab",)},
}
"""Table headers and lead-in words that key rows or items by a kind of context (every
:data:`SITE_WORDS` word names sites: a "Store" or "Plant" column keys rows by site)."""


_COLUMN_LABEL = re.compile(r"^(?:col(?:umn|\.)?\s+[a-z0-9]{1,2}\b\s*[:.-]?|(?:your|the|my|our)\b)\s*")


def header_kind(header: str) -> EntityType | None:
    """The kind of context a table column's header keys its values by: a kind word
    (:data:`_HEADER_TYPES`), or a header that sorts people into classes ("Vehicle class",
    "Contract type": Category; not "Leave type")."""
    # a schedule's column label ("Column A Grade band") and a determiner ("Your band") say
    # nothing of the kind
    h = _COLUMN_LABEL.sub("", header.strip().lower()).strip()
    if (kind := _HEADER_TYPES.get(h)) is not None:
        return kind
    head, of, _ = h.partition(" of ")
    if of and (kind := _HEADER_TYPES.get(head)) is not None:
        return kind  # "Band of shift", "Grade of post": the kind word heads the header
    words = h.split()
    if len(words) == 2 and words[0] in _HEADER_TYPES and (kind := _HEADER_TYPES.get(words[1])) is not None:
        return kind  # "Grade band", "Staff grade": two kind words, the head one keys the rows
    if len(words) == 3 and _HEADER_TYPES.get(" ".join(words[1:])) == EntityType.GRADE:
        return EntityType.GRADE  # "Main pay range", "Upper pay range": one of a grading's scales
    if len(words) == 2 and words[1] == "group" and words[0] in MEMBER_NOUNS | {"worker"}:
        return EntityType.CATEGORY  # "Employee group", "Staff group": classes of people
    if len(words) == 2 and words[1] == "model" and _HEADER_TYPES.get(words[0]) == EntityType.SCHEDULE:
        return EntityType.SCHEDULE  # "Shift model"
    if len(words) == 2 and words[1] == "group" and (kind := _HEADER_TYPES.get(words[0])) is not None:
        return kind  # "Role group": the groups of roles a document sorts jobs into
    if len(words) >= 2 and words[-1] in CLASSIFIER_NOUNS and not TOPIC_WORDS & set(words):
        return EntityType.CATEGORY
    return None


def described_groups(texts: Sequence[str]) -> list[GroupWords]:
    """:func:`memgraph.extraction.declarations.group_words` of ``texts``, with table columns
    keyed by a kind of context (:func:`header_kind`) as the group columns."""
    return group_words(texts, lambda h: header_kind(h) is not None)


_KIND_WORDS = {
    **_HEADER_TYPES,
    "departments": EntityType.DEPARTMENT,
    "teams": EntityType.DEPARTMENT,
    "divisions": EntityType.DEPARTMENT,
    "practices": EntityType.DEPARTMENT,
    "sites": EntityType.LOCATION,
    "offices": EntityType.LOCATION,
    "locations": EntityType.LOCATION,
    "countries": EntityType.LOCATION,
    "regions": EntityType.LOCATION,
    "roles": EntityType.ROLE,
    "positions": EntityType.ROLE,
    "trades": EntityType.ROLE,
    "occupations": EntityType.ROLE,
    "professions": EntityType.ROLE,
    "ranks": EntityType.ROLE,
    "grades": EntityType.GRADE,
    "bands": EntityType.GRADE,
    "levels": EntityType.GRADE,
    "shift patterns": EntityType.SCHEDULE,
    "working patterns": EntityType.SCHEDULE,
    "shifts": EntityType.SCHEDULE,
}


_KINDS = "|".join(sorted({*_KIND_WORDS, *SITE_WORDS.split("|")}, key=len, reverse=True))
_DEFERS = re.compile(
    r"\b(?:(?:each|every|your|per|by)\s+(?:(?:own|individual)\s+)?(?:" + _KINDS + r")\b"
    r"|(?:depends?|depending|based)\s+on\s+(?:your|the|each)\b|\b(?:vary|varies|differs?)\b)",
    re.I,
)


def defers(text: str) -> bool:
    """True for a passage that says a rule differs by a kind of context and states no value
    itself, leaving the rule to the passages for each context: "Start times are set by each
    region.", "Each office has a model-making workshop.", "Remote work depends on your team.",
    "Allowances vary by grade."; not "Doors open at 06:00 at every depot."."""
    text = _CLAUSE_NUMBERS.sub("", text)
    return _DEFERS.search(text) is not None and _VALUE.search(text) is None


_DEFERRED_KIND = re.compile(
    r"\b(?:each|every|your|per|by|on\s+(?:your|the|each))\s+(?:(?:own|individual)\s+)?(?P<kind>" + _KINDS + r")\b",
    re.I,
)


def passage_deferred_kinds(text: str) -> frozenset[EntityType]:
    """:func:`deferred_kinds` of each sentence of a passage, together: a passage defers a rule
    when one of its sentences does ("Fit notes from day eight. How you report sickness on the
    first day depends on your team.")."""
    return frozenset(k for s in sentences(text) for k in deferred_kinds(s))


def deferred_kinds(text: str) -> frozenset[EntityType]:
    """The kinds of context a passage that :func:`defers` leaves its rule to, by the kind word it
    names ("depends on your team": Department; "set by each region": Location; "follows your
    contract": none named that way, so empty). Empty when the passage does not defer."""
    if not defers(text):
        return frozenset()
    return frozenset(
        kind
        for m in _DEFERRED_KIND.finditer(text)
        if (
            kind := _KIND_WORDS.get(m.group("kind").casefold())
            or _KIND_WORDS.get(singular_word(m.group("kind").casefold()))
        )
    )


_CLAUSE_NUMBERS = re.compile(r"(?:^|(?<=[.;:!?]\s))(?:" + _CLAUSE_NO + r")\s+")
"""Clause numbers that open a sentence ("7.1 Each office ..."): no value."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CAP = r"[A-Z][\w&'’-]*"
_NAME = _CAP + r"(?:\s+(?:&\s+|and\s+|of\s+|de\s+)?" + _CAP + r"){0,3}"
"""Up to four capitalised words ("Data Platform", "Research & Development", "Member Support")."""
_NOT_NAMES = _words(
    "all each every our your their its new other existing senior junior full part permanent temporary contract "
    "contracted remote hybrid eligible most some many these those the this that any no such qualifying affected "
    "relevant both few several salaried hourly non only certain additional former current returning "
    "in at for on by to from with where when if unless while after before during under as a an and or but "
    "employee employees staff country"
)
"""Words that start a phrase like "<Name> staff" without being a name ("All staff", "New employees")."""
_CUT_WORDS = _words(
    "in at for on by to from with where when if unless while whereas because although though so then "
    "after before during under as a an or but the this "
    "that these those any no such it its you we they he she i me us them here there what which who whom whose how "
    "why does do did is are was were be been can could will would should shall might must your my his her our "
    "their tips please"
)
_DETERMINERS = _words("a an the each every all any our your their this that these those only")
"""Words no name holds inside it: a capitalised phrase is cut after the last one ("Tips For
Employees" names nobody; "What Does Skilled Nursing Facility" is a question)."""
_POLICY_WORDS = _words(
    "rules rule policy policies leave hours pay overview general exceptions exception notes note summary "
    "eligibility process procedure procedures requests request allowance allowances benefits benefit holidays "
    "holiday expenses expense introduction scope purpose contacts contact definitions appendix travel training "
    "safety security equipment conduct sickness absence remote working time overtime pension insurance "
    "entitlement entitlements carry carryover over parental bonus review faq questions library handbook guide "
    "manual contents index glossary document documents welcome about chapter section part annex table"
)
"""Words of a topic heading ("Carry-over rules"), never of a context's name."""
_MONTHS = _words(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday"
)

_ROLE = (
    r"(?P<role>(?:" + _CAP + r"\s+){0,3}(?i:" + ROLE_WORDS + r")s?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*){0,3})?)\b"
)
"""A job title: title-case words ending in a role word, maybe "of <Name>" ("Senior Manager of Operations")."""
_ROLE_MORE = re.compile(r"^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?" + _ROLE)
"""The next job title of a list after a title ("Staff Nurses| and Healthcare Assistants")."""
_AT_START = r"^(?:(?:Each|Every|All|Only|The|Our|New|Eligible|Most)\s+)?"
_AFTER_PREP = r"\b(?i:for|in|within|of)\s+(?:(?i:all|each|every|the|our)\s+)*"
_POSITION = r"(?:" + _AT_START + r"|" + _AFTER_PREP + r")"
"""Where a scoping phrase stands: the subject at the start of a unit, or after for/in/of
("for Field Service staff"); elsewhere a name is only mentioned ("send it to the Sales team")."""

UNIT_NAME = r"(?:" + "|".join(n.title() for n in UNIT_NOUNS) + r")\s+of\s+(?:the\s+)?" + _NAME
"""An organisational unit named "<unit noun> of <Name>" ("the Faculty of Arts and Humanities",
"the School of Medicine"; :data:`~memgraph.text.vocabulary.UNIT_NOUNS`)."""
_UNIT_NAMED = re.compile(UNIT_NAME)
_SHIFT_WORDS = frozenset({"shift", "shifts"})
"""Last words of a group's name that make it a working pattern ("night shift colleagues"), not a
department."""

_NOT_A_SECTOR = r"(?!(?:\s+(?:and|or|&)\s+[a-z]+)?\s+(?:industry|sector|trade|market|business)\b)"
"""A site noun that names a line of business, not a site ("the Swiss hotel and restaurant
industry", "the UK hotel sector")."""

_UNIT_PATTERNS: list[tuple[re.Pattern[str], EntityType | None, EntityType | None]] = [
    # (pattern, kind its phrasing gives, kind when neither the graph nor spaCy says)
    # "In the Faculty of Science and Engineering the allowance is ...", "The School of Medicine
    # gives ...": a unit named by its noun and what it does
    (re.compile(_POSITION + r"(?P<name>" + UNIT_NAME + r")"), EntityType.DEPARTMENT, None),
    # "At the Porto site, core hours are ..."; "Staff at the Lyon office may ..."
    (
        re.compile(
            r"\b(?i:at|in|for|within)\s+(?:the|our)\s+(?P<name>"
            + _NAME
            + r")\s+(?i:"
            + SITE_WORDS
            + r")s?\b"
            + _NOT_A_SECTOR
        ),
        EntityType.LOCATION,
        None,
    ),
    # "If you work at the Leeds depot, ...", "When you are based in Norway, ...", "If you are on
    # the Payments team, ...": a condition on the reader that names their context
    (
        re.compile(
            r"^(?i:if|when|where|while|once)\s+(?i:you|your\s+(?:team|department|office|site|role|job))"
            r"(?:'re|\s+are|\s+is|\s+work|\s+sit|\s+belong)?\s+(?:(?i:based|working|located|employed|now)\s+)?"
            r"(?i:in|at|on|for|with|within|to|from|out\s+of)?\s*(?:(?i:the|our)\s+)?(?P<name>" + _NAME + r")"
        ),
        None,
        EntityType.DEPARTMENT,
    ),
    # "If you are a Shift Supervisor, ...", "If you work as a Line Operator, ..."
    (
        re.compile(r"^(?i:if|when|where|while|once)\s+(?i:you)(?:'re|\s+are|\s+work\s+as)\s+(?i:an?|the)\s+" + _ROLE),
        EntityType.ROLE,
        None,
    ),
    # "Grade K3 employees ...", "staff on band 4", "for level 5"
    (
        re.compile(
            r"\b(?P<grade>(?i:grade|band|level|pay\s+group))s?\s+(?P<code>"
            + GRADE_CODE.pattern
            + r")\b(?P<more>(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)(?:"
            + GRADE_CODE.pattern
            + r")\b)*)"
        ),
        EntityType.GRADE,
        None,
    ),
    # "The Data Platform team ...", "for the Field Service department"
    (re.compile(_POSITION + r"(?P<name>" + _NAME + r")\s+(?i:" + GROUP_WORDS + r")s?\b"), EntityType.DEPARTMENT, None),
    # "Shift Supervisors have ...", "Each Site Engineer has ...", "for Shift Supervisors"
    (re.compile(_POSITION + _ROLE), EntityType.ROLE, None),
    # "Data Platform staff may ...", "Member Support agents ...", "for Field Service employees"
    # "Field Service engineers are paid ...": a team's people by their job noun
    (
        re.compile(
            _POSITION
            + r"(?P<name>"
            + _NAME
            + r")\s+(?:(?i:"
            + MEMBER_WORDS
            + r")|(?:"
            + ROLE_WORDS
            + r")s)\b"
            + _NOT_STAFF_COMPOUND
        ),
        None,
        EntityType.DEPARTMENT,
    ),
    # "kitchen team members get 30 days", "housekeeping staff ...", "for front office
    # colleagues": a group named in lower case before a word for its people
    (
        re.compile(
            r"(?:^|[,:]\s+|\b(?i:for|of)\s+)(?:(?i:all|the|our|each|every)\s+)?(?P<name>[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)"
            r"\s+(?:team\s+members|staff|colleagues|employees|personnel|team)\b"
        ),
        EntityType.DEPARTMENT,
        None,
    ),
    # "(Operations only)", "(Field Service staff only)"
    (
        re.compile(r"\((?P<name>" + _NAME + r")(?:\s+(?i:" + MEMBER_WORDS + r"))?\s+only\)"),
        None,
        EntityType.DEPARTMENT,
    ),
    # "employees based in Portugal", "for staff at Lisbon", "Country offices in East Africa"
    (
        re.compile(
            r"\b(?i:employees|staff|colleagues|people|workers|everyone|anyone|those|offices|sites|branches)\s+"
            r"(?:(?i:based|working|located)\s+)?(?i:in|at|of)\s+(?:the\s+)?(?P<name>" + _NAME + r")"
        ),
        None,
        EntityType.DEPARTMENT,
    ),
    # "The notice period in Lyon is two months": a context inside the subject phrase (a place
    # or a known name only)
    (
        re.compile(
            r"^(?:(?:and|while|whereas|but)\s+)?(?:[Tt]he|[Oo]ur|[Yy]our)\s+(?:[a-z][a-z-]*\s+){1,4}?"
            r"(?i:in|at|for)\s+(?:the\s+)?(?P<name>" + _NAME + r")\s+(?:is|are|was|has|have|will|starts|runs)\b"
        ),
        None,
        None,
    ),
    # "The Rotterdam site runs ...": a site as the subject (or the last of a list of subjects:
    # "Offices in East Africa, and the Lebanon office, work ...")
    (
        re.compile(
            r"(?:^(?:(?:and|while|whereas|but)\s+)?|(?<=,)\s+and\s+)(?:[Tt]he\s+|[Oo]ur\s+)?(?P<name>"
            + _NAME
            + r")\s+(?i:"
            + SITE_WORDS
            + r")s?\b(?=\s+[a-z]|\s*[,:(]|\s*$)"
        ),
        EntityType.LOCATION,
        None,
    ),
    # "In Portugal, ...", "At Headquarters ...", "and in Poland staff are ..."
    (
        re.compile(
            r"^(?:(?:and|while|whereas|but)\s+)?(?P<prep>(?i:in|at|for|within))\s+(?:the\s+)?(?P<name>" + _NAME + r")\b"
        ),
        None,
        None,
    ),
]
_BARE_SUBJECT = re.compile(
    r"^(?:(?:and|while|whereas|but)\s+)?(?:the\s+)?(?P<name>" + _NAME + r")\s+"
    r"(?:has|have|gets|get|receives|receive|runs|run|starts|start|pays|pay|is|are|may|must|can|works|work|"
    r"earns|earn|offers|offer|allows|allow|uses|use|sets|set|grants|grant|does|do|will|should|cannot|"
    r"needs|need|takes|take|covers|cover|provides|provide|operates|operate|opens|open|closes|close)\b"
)
"""A clause whose subject is a bare name ("Gdansk starts the early shift at 05:00", "Lending
has a limit of 500 USD"): a context when the graph knows the name as one or spaCy calls it a
place; never an organisation on spaCy's word alone (a company's name is no context)."""
_NAME_LABEL = re.compile(r"^(?P<name>[^:;,.]{2,60}):\s+\S[^;]*;?$")
"""A unit labelled by a name before a colon ("Data & AI: 75%."): the name's, when known."""
_KNOWN_MEMBERS = re.compile(
    r"^(?:(?:and|while|whereas|but)\s+)?(?:(?i:the|all|our)\s+)?(?P<name>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*)?)"
    r"\s+(?i:" + MEMBER_WORDS + r")\b"
)
"""A unit that opens with "<name> staff" in any case: the name's members as its subject."""
_LEADING_NAME = re.compile(r"^(?:(?:and|while|whereas|but|so)\s+)?(?:[Tt]he\s+)?(?P<name>" + _NAME + r")\s+(?=[a-z])")
"""A unit that opens with a name and goes on in lower case (its verb, if the tagger says so)."""
_GENERAL_START = re.compile(
    r"^(?:All|Every|Everyone|Everybody|Each employee|Any employee|Other|Others|Otherwise|Regardless|Across|Both|"
    r"Either|Neither|In all|For all|For everyone|Elsewhere|Remaining|The rest)\b"
)
"""A sentence that speaks for everyone: it does not continue the previous sentence's scope."""
_ASIDE = re.compile(r"\s*\([^()]*\)")
"""A bracketed aside ("Class 1 (articulated: tractor unit and trailer)"), left out where a
row's cells are read."""
_ROW = re.compile(
    r"^\s*(?P<header>[A-Za-z][\w /-]{0,30}?(?:\.{2,3}|…)?)\s*:\s*"
    r"(?P<value>(?:[^;:]|(?<=\d):(?=\d)){1,60}?)\s*(?:;|\.?$)"  # a value may hold a time: "08:15"
)
_ITEM = re.compile(r"^[" + BULLETS + r"\s*-]*(?P<name>" + _NAME + r")\s*(?::|–|—| - )")
_LEAD_KIND = re.compile(
    r"\b(?:by|per|your|for\s+the|one\s+of(?:\s+(?:two|three|four|five|six|\d))?)\s+"
    r"(?P<kind>[a-z ]+?)\b\s*[:,(]?",
    re.I,
)
_COUNTED_LEAD = re.compile(
    r"\bone\s+of\s+(?:the\s+|our\s+|these\s+)?(?P<count>\d|(?i:" + "|".join(COUNT_WORDS) + r"))\s+"
    r"(?P<kind>[a-z]+(?:\s+[a-z]+)?)\b",
    re.I,
)
"""A sentence that counts the kinds of something ("Every role is in one of four grades."),
whose list may follow a sentence or two later (:meth:`ScopeReader._counted_items`)."""
_CLAUSE_SPLIT = re.compile(
    r"(?<=;)\s+(?=\S)"
    r"|(?<=:)\s+(?=\((?:[a-z]|[ivx]{1,4})\)\s)"
    r"|(?<=,)\s+(?=(?:and|while|whereas|but)\s+(?:(?:in|at|for|the)\s+){0,2}[A-Z])" + LAST_LISTED_SUBJECT
)
"""Where a clause starts for sure: after a semicolon, after a colon before a lettered item ("as
follows: (a) academic staff: 35 days; (b) ..."), or after a comma and a conjunction before a
capitalised word (maybe after in/at/for/the); not before the last of a list of subjects that
share the verb after it ("Offices in East Africa, and the Lebanon office, work Monday to
Friday")."""
_EXCEPT_WORDS = (
    r"(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|with\s+the\s+exception\s+of|"
    r"unless\s+you(?:'re|\s+are|\s+work)?(?:\s+(?:based|working|employed))?(?:\s+(?:in|at|on|for|with|as|an?))?)"
)
_EXCEPT = re.compile(
    r"\b(?i:" + _EXCEPT_WORDS + r")\s+(?:(?:[a-z][a-z-]+\s+){0,2}?(?i:on|in|at)\s+(?=(?i:the\s+)?[A-Z]))?"
    r"(?:(?i:the|our|an?)\s+)?(?P<name>" + _NAME + r")"
)
"""An exception naming a context: "except Field Service staff", "other than the Leeds depot",
"unless you are on the Warehouse team", "except on Larch Ward", "except for ratings on the
Lochan Bride" (the people words before the place)."""
_LOWER_GROUP = r"(?P<lname>[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)(?=\s+(?:team|department)\b|\s*[,:;.)]|\s+you\b|\s*$)"
_EXCEPT_LOWER = re.compile(
    r"\b(?i:unless|except\s+(?:if|when))\s+you(?:'re|\s+are|\s+work)\s+(?:in|on)\s+(?:the\s+)?" + _LOWER_GROUP
)
"""An exception naming a group in lower case: "unless you work in the kitchen"."""
_CONDITION_KINDS = r"(?:team|department|contract|staff|employee|worker)\b"
_ONLY_LOWER = re.compile(r"\((?P<lname>[a-z][a-z -]{2,30}?)\s+only\)")
"""A known group named in lower case in brackets with "only": "Overtime rates (operatives only)"."""
_CONDITION_LOWER = re.compile(
    r"(?:^|[:;,]\s+|\bbut\s+)(?i:if|when|where|while)\s+you(?:'re|\s+are|\s+work)\s+(?:(?:in|on)\s+)?"
    r"(?:(?:the|a|an)\s+)?(?P<lname>[A-Za-z][a-z-]{2,}(?:\s+(?!" + _CONDITION_KINDS + r")[a-z][a-z-]{2,})?)"
    r"(?:\s+" + _CONDITION_KINDS + r")?(?=\s*[,:;.)]|\s+you\b|\s*$)"
)
"""A condition naming a group, in lower case or not, with or without a preposition, at the start of
a unit or of a clause in it: "If you are in housekeeping you call ...", "... but if you do: if
you're core, your notice period is ...", "If you are on a Casual contract, ..."."""
_EXCEPT_SPLIT = re.compile(r",?\s+(?=(?i:except|excluding|other\s+than|apart\s+from)\b)")
_OWN_RULE = re.compile(r"^[^,;]{3,80},\s*(?:who|whose|where|for\s+whom)\s+\w+\s+\w+", re.I)
"""An excepted group's own rule after its name, with or without a number (", whose permits are
issued at no charge")."""
_EXCEPT_GRADES = re.compile(
    r"(?i:except|excluding|other\s+than|apart\s+from)(?:\s+for)?\s+(?:(?i:staff|employees|colleagues|those|people)\s+)?"
    r"(?i:on|in|at)\s+(?i:grades?|bands?|levels?)\s+\S"
)
"""An exception naming grades: "except for staff on grades LH1 and LH2"."""
_CONJUNCTION = re.compile(r",?\s+(?=(?:and|while|whereas|but)\s+\S)")
"""Where a clause may start: a conjunction (see :func:`_parallel_split`)."""
_NAMED = re.compile(r"(?<!^)(?<![.!?:]\s)\b[A-Z][\w&-]+")
"""A capitalised word that does not open the text (or a sentence in it): a name."""
_NAMED_SUBJECT = re.compile(
    r"^(?:(?:The|Our|All)\s+)?" + _NAME + r"\s+(?i:" + MEMBER_WORDS + "|" + GROUP_WORDS + "|" + SITE_WORDS + r")\b"
)
"""A name that opens the text as a group's or a site's ("Warehouse staff start at 06:00")."""
_VALUE = re.compile(r"(?<![^\W\d_])\d")
"""A number that is a value, not part of a code ("06:30", "7.50", "8 EUR"; not "K1")."""
_BULLET_SPLIT = re.compile(r"\s+(?=[" + BULLETS + r"]\s)")


def units(text: str, context: Callable[[str], bool] | None = None) -> list[str]:
    """The units of a passage whose applicability is decided one by one: its sentences, with
    every list item (a bulleted line) standing alone, and a sentence's clauses apart where a
    semicolon or ", and|while|whereas|but" opens one that starts with a name ("The Rotterdam
    site starts at 06:15, and Gdansk starts at 05:00"). A table row keyed by a context word
    ("Grade: K2; Ireland: 530 EUR; Spain: 470 EUR.") is one unit per cell, each with the key
    cell in front, and so is a row keyed by a topic whose columns are contexts: ones the text
    shows (a grade, a place) or, with ``context``, names it says are contexts ("Topic: Annual
    leave; Veterinary Surgeons: 30 days; Client Care: 25 days."). Otherwise ``" ".join(units(t))``
    is ``t`` with runs of white space folded."""
    out: list[str] = []
    said = [row for s in sentences(text, items=True) for row in _side_by_side(s)]
    headers = [_row_headers(s) for s in said]
    for k, s in enumerate(said):
        if (cells := _keyed_cells(s, context)) is not None:
            out.extend(cells)
            continue
        if headers[k] and (
            headers[k] in (headers[k - 1] if k else None, headers[k + 1] if k + 1 < len(said) else None)
            or header_kind(headers[k][0]) is not None
            or any(header_kind(h) is not None for h in headers[k][1:])
        ):
            # a table's row keyed by no context (the next or last row has its column headers):
            # its cells read together ("Day: Sunday; Hours: All hours; Rate: Double time."); and
            # a row keyed by a context whatever is around it ("Point: M4; Annual salary: ..."),
            # or with a later column that names one ("Item: Boots; Division: Yard; Allowance:
            # $120": cut apart, the division would leave its row)
            out.append(s)
            continue
        for item in _BULLET_SPLIT.split(s):
            for part in (c for p in _CLAUSE_SPLIT.split(item) for c in _colon_split(p)):
                for clause in _exception_split(part.strip()):
                    for framed in _frame_split(clause):
                        for subject in (k for s in _subject_split(framed) for k in _known_subject_split(s, context)):
                            for valued in _value_for_split(subject):
                                for parallel in _parallel_split(valued):
                                    out.extend(_gapped_split(parallel, context))
    return [u for u in out if u]


def _side_by_side(row: str) -> list[str]:
    """A table row of two or more tables printed side by side, one row each: "Main pay range:
    M1; Salary: £32,540; Upper pay range: UPS1; Salary: £46,280." gives "Main pay range: M1;
    Salary: £32,540." and "Upper pay range: UPS1; Salary: £46,280.", as the columns after each
    key repeat the first table's headers. Any other text is ``[row]``."""
    cells = [c.strip() for c in row.strip().rstrip(".").split(";")]
    if len(cells) < 4 or not all(":" in c for c in cells):
        return [row]
    heads = [c.partition(":")[0].strip().casefold() for c in cells]
    for width in range(2, len(cells) // 2 + 1):
        parts = [heads[i : i + width] for i in range(0, len(heads), width)]
        if (
            len(heads) % width == 0
            and all(p[1:] == parts[0][1:] for p in parts)
            and len({p[0] for p in parts}) == len(parts)
        ):
            return ["; ".join(cells[i : i + width]) + "." for i in range(0, len(cells), width)]
    return [row]


_GAP_PREPOSITIONS = "on|at|from|by|until|before|after|in|every"
_GAP_VALUE = r"(?:(?!\s+and\s)(?:[^,;:]|(?<=\d):(?=\d)))"
"""A character of a gapped part's value: no comma, semicolon or colon (but a time's), and no "and"."""
_GAPPED_TAIL = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?P<np>(?!(?i:the|a|an|all|each|every|other|others|it|they|we|you|this|that|these|those|"
    + _GAP_PREPOSITIONS
    + r"|to|for|with|of)\b)"
    r"(?:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}|[A-Za-z][\w&'’-]*(?:\s+[a-z][\w&'’-]*){0,2}))"
    r"\s+(?P<prep>" + _GAP_PREPOSITIONS + r")\s+(?P<value>" + _GAP_VALUE + r"{1,30}?)[.;]?$"
)
"""The last part of a gapped enumeration: ", groundworkers on Wednesday", " and roofers on
Thursday" (a noun phrase, a preposition and a short value; the verb left out)."""
_GAPPED_HEAD = re.compile(
    r"^(?P<lead>.+?)\s+(?P<prep>" + _GAP_PREPOSITIONS + r")\s+(?P<value>" + _GAP_VALUE + r"{1,30})$"
)
MIN_GAPPED_PARTS = 2


def _short_value(value: str) -> bool:
    """A value a gapped part may give: a number, a day or month, or three words at most."""
    words = value.split()
    return bool(_VALUE.search(value)) or any(w.casefold() in _MONTHS for w in words) or len(words) <= 3


_PLURAL_END = re.compile(r"[a-z]{2}s$")


def _people(np: str, context: Callable[[str], bool] | None) -> bool:
    """Whether a noun phrase names people or a group: a job, member or group noun ends it
    ("electricians", "kitchen staff"), or ``context`` knows it as a context."""
    last = np.split()[-1].casefold()
    return (
        singular_word(last) in ROLE_HEADS
        or last in MEMBER_NOUNS
        or singular_word(last) in GROUP_NOUNS
        or (context is not None and context(np))
    )


def _gapped_split(clause: str, context: Callable[[str], bool] | None = None) -> list[str]:
    """``clause`` cut into the parts of a gapped enumeration, one group's value each:
    "Scaffolders have theirs on Monday, | electricians on Tuesday, | groundworkers on Wednesday |
    and roofers on Thursday". Each part after the first gets back, in brackets, the words the
    first part says between its subject and the preposition (gapping: "Electricians [have
    theirs] on Tuesday"), with its first letter capitalised so it reads as a unit of its own.
    At least :data:`MIN_GAPPED_PARTS` parts after the first, all with the first part's
    preposition and a short value (:func:`_short_value`), each naming people or a group
    (:func:`_people`) or in the plural, and one at least naming people (plurals alone are no
    groups, "bonuses in June and awards in December"; nor is a verb, "and leave by 17:00");
    anything else comes back whole."""
    parts: list[re.Match[str]] = []
    head = clause.rstrip()
    while (m := _GAPPED_TAIL.search(head)) is not None and _short_value(m.group("value")):
        parts.insert(0, m)
        head = head[: m.start()]
    first = _GAPPED_HEAD.match(head)
    if (
        len(parts) < MIN_GAPPED_PARTS
        or first is None
        or not _short_value(first.group("value"))
        or any(p.group("prep") != first.group("prep") for p in parts)
        or not all(_people(p.group("np"), context) or _PLURAL_END.search(p.group("np")) for p in parts)
        or not any(_people(p.group("np"), context) for p in parts)
    ):
        return [clause]
    lead = first.group("lead").split()
    fill = " ".join(lead[len(parts[0].group("np").split()) :])
    if not fill and len(lead) != len(parts[0].group("np").split()):
        return [clause]
    # (no words to put back when the first part is as bare as the rest, after a lead-in that
    # ends in a colon: "...: Red Watch in February, White Watch in June and Green Watch in May")
    out = [head.strip()]
    for p in parts:
        np = p.group("np")
        gap = f" [{fill}]" if fill else ""
        out.append(f"{np[:1].upper()}{np[1:]}{gap} {p.group('prep')} {p.group('value').strip()}")
    if (end := clause.rstrip()[-1:]) in (".", ";"):
        out[-1] += end  # the sentence still ends where it did
    return out


def _colon_split(part: str) -> list[str]:
    """``part`` cut after a colon that ends a clause of three words or more and opens a new
    sentence ("Night replenishment is the exception: | Night Replenishment Colleagues take a
    break of 45 minutes"; "Your job may require more: | Machine operators must also wear:");
    a label ("Note: ...", "Strategy: 70%") or a table row stays whole."""
    head, colon, rest = part.partition(": ")
    if not colon or ";" in part or len(head.split()) < 3 or len(rest.split()) < 3:
        return [part]
    if not re.match(r"[A-Z][\w&'’-]*\s", rest):
        return [part]
    return [head + ":", *_colon_split(rest)]


def _exception_split(clause: str) -> list[str]:
    """``clause`` cut before an exception that states its own value ("All staff receive 25
    days, | except Field Service staff, who receive 27 days"), or after one that ends at a
    colon ("..., unless you work in the kitchen: | kitchen team members get 30 days"), so each
    part has its own scope; an exception without a value ("..., except Field Service") stays
    in its clause."""
    # "... unless you work in the kitchen: ..., kitchen team members get 30 days"
    head, colon, rest = clause.partition(": ")
    excepted = [m for pattern in (_EXCEPT, _EXCEPT_LOWER) for m in pattern.finditer(head)]
    if colon and rest.strip() and any(not head[m.end() :].strip(" )") for m in excepted):
        return [f"{head}:", rest.strip()]  # the colon opens the excepted group's own rule
    for m in _EXCEPT_SPLIT.finditer(clause):
        left, right = clause[: m.start()], clause[m.end() :]
        if not _VALUE.search(_ENUMERATOR.sub("", left, count=1)):
            continue
        if (_VALUE.search(right) or _OWN_RULE.match(right)) and (_EXCEPT.match(right) or _EXCEPT_GRADES.match(right)):
            # "..., except for staff on grades LH1 and LH2, whose permits are issued at no charge"
            return [left.strip(), right.strip()]
    return [clause]


_FRAME = re.compile(r"^(?:(?P<who>[A-Za-z]+)\s+)?(?P<prep>at|in|on|for|within)\s+(?:the\s+)?[A-Z]", re.I)
"""A clause that opens with a preposition before a name, maybe after one word for its people
("At Leeds ...", "Those at Wexcombe Road ...", "Staff in Kraków ...")."""


def _frame_split(clause: str) -> list[str]:
    """``clause`` cut before each repeat of its opening frame after a comma: "Those at
    Wexcombe Road sign on at the Output Office, | those at Millhaven at the gatehouse kiosk,
    | and those at Stanlow Cross in the duty room" (the later parts leave out the verb, so
    they hold no value a :func:`_parallel_split` could see)."""
    m = _FRAME.match(clause)
    if m is None or (m.group("who") or "").lower() in ("and", "or", "but"):
        return [clause]
    frame = (m.group("who") + r"\s+" if m.group("who") else "") + m.group("prep")
    cuts = list(re.finditer(r",\s+(?:and\s+)?(?=(?i:" + frame + r")\s+(?:the\s+)?[A-Z])", clause))
    if not cuts:
        return [clause]
    parts = _cut_at(clause, cuts, keep_and=False)
    opener = re.compile(r"^(?:and\s+)?(?i:" + frame + r")\s+(?:the\s+)?" + _NAME)
    if any(len(opener.sub("", p, count=1).split()) < 2 for p in parts):
        return [clause]  # a list of names under one frame ("For Sales, for Finance and ...")
    # The later parts leave out the first part's verb ("those at Millhaven [sign on] at the
    # gatehouse kiosk"): it is put back in brackets, so each part reads on its own.
    first = opener.match(parts[0])
    predicate = parts[0][first.end() :].split() if first else []
    for k, c in enumerate(cuts, start=1):
        head = opener.match(parts[k])
        rest = parts[k][head.end() :].split() if head else []
        if rest and predicate and predicate[0].lower() != rest[0].lower():
            at = _left_out_end(predicate, rest[0], _GAP_STOPS)
            if at:
                parts[k] = (
                    f"{parts[k][: head.end()]} [{' '.join(predicate[:at])}] {' '.join(rest)}" if head else parts[k]
                )
        # the "and" of the last part stays with it, as in :func:`_parallel_split`
        if "and" in c.group().split():
            parts[k] = "and " + parts[k]
    return parts


def _cut_at(clause: str, cuts: Sequence[re.Match[str]], *, keep_and: bool = True) -> list[str]:
    """``clause`` cut at each match in ``cuts`` (the matched separators dropped; an "and" in
    one kept at the start of the part it opens, with ``keep_and``)."""
    bounds = [0, *(m.end() for m in cuts)]
    ends = [m.start() for m in cuts] + [len(clause)]
    parts = [clause[a:b].strip() for a, b in zip(bounds, ends)]
    if keep_and:
        for k, m in enumerate(cuts, start=1):
            if "and" in m.group().split():
                parts[k] = "and " + parts[k]
    return parts


_GAP_STOPS = frozenset({"at", "in", "by", "from", "to", "for", "with", "within", "into"})
"""Prepositions that end a left-out verb phrase ("sign on| at ..."; "on" may be a particle)."""


def _left_out_end(predicate: Sequence[str], stop: str, stops: Collection[str], *, numbers: bool = False) -> int | None:
    """How many words of the first part's ``predicate`` a later part of a gapped list leaves
    out: those before the later part's own first word ``stop`` ("park| in the basement" for
    "[park] in the yard"), else before the first of ``stops`` (or, with ``numbers``, a number)
    after the first word; None when neither is there."""
    at = next((j for j, w in enumerate(predicate) if w.lower() == stop.lower()), None)
    if at is None:
        at = next(
            (j for j, w in enumerate(predicate) if j > 0 and (w.lower() in stops or (numbers and w[:1].isdigit()))),
            None,
        )
    return at


_GROUP_SUBJECT = re.compile(
    r"(?:,\s+(?:and\s+|whereas\s+|while\s+)?|\s+(?:and|whereas)\s+)"
    r"(?=(?:[a-z][a-z-]+\s+){1,3}(?:" + MEMBER_WORDS + r"|(?:" + ROLE_WORDS + r")s)\s+(?!(?:and|or|nor)\b)(?:[a-z]+|\d)"
    r"|(?:[a-z][a-z-]+\s+){1,3}\d)"
)
"""Where a clause whose subject is a group in lower case opens ("..., whereas kitchen team
members ring the head chef", ", and housekeeping 2 points")."""
_LOWER_ROLE = re.compile(
    r"(?:^|(?<=\bfor\s)|(?<=,\s)|(?<=\band\s)|(?<=\bwhereas\s)|(?<=\bwhile\s))"
    r"(?P<role>(?:[a-z][a-z-]+\s+){0,2}(?:" + ROLE_WORDS + r")s|[A-Z]{2,5}s(?=\s+[a-z]))\b"
)
_NOT_TITLE_WORDS = _words(
    "a an the all any each every some most many more few fewer other others such these those our your their "
    "new existing former qualified trained permanent temporary two three four five several both only of and or "
    "to by with at in on for from as is are be"
)
_WHEREAS = re.compile(r",?\s+(?=whereas\s+\S)")
_NOT_SUBJECT_WORDS = _words(
    "up to at least most over under about around another an a the than more less only just of for per by with "
    "and or each every all any some extra further additional"
)
_SUBJECT_IN_LEFT = re.compile(
    r"\b(?i:you)\b|\b(?i:" + MEMBER_WORDS + r")\b|\b(?i:" + ROLE_WORDS + r")s\b|\b[A-Z]{2,5}s\b"
)


_VALUE_FOR = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=[\w.-]+(?:\s+[\w.-]+)?\s+for\s+[a-z])")
_VALUE_FOR_FIRST = re.compile(r"(?:^|:\s+)[\w.-]+(?:\s+[\w.-]+)?\s+for\s+[a-z]")


def _value_for_split(clause: str) -> list[str]:
    """``clause`` cut into the parts of a list of values for groups: "The tunic colour shows
    your role: navy for nurses, | lilac for senior carers | and teal for care assistants"."""
    first = _VALUE_FOR_FIRST.search(clause)
    if first is None:
        return [clause]
    cuts = [m for m in _VALUE_FOR.finditer(clause) if m.start() > first.start()]
    if not cuts:
        return [clause]
    parts = [p for p in _cut_at(clause, cuts) if p]
    # the later parts leave out what the values are of: put back in brackets ("[The tunic
    # colour shows your role:] lilac for senior carers"), so each part reads on its own
    lead = clause[: first.start() + (1 if clause[first.start() : first.start() + 1] == ":" else 0)].strip()
    if len(lead.split()) >= 2:
        parts[1:] = [f"and [{lead}] {p[4:]}" if p.startswith("and ") else f"[{lead}] {p}" for p in parts[1:]]
    return parts


def _subject_split(clause: str) -> list[str]:
    """``clause`` cut where a contrast or a list of groups' rules goes on with another group as
    the subject: always before "whereas"; before "[, and] <group words> colleagues|staff|..."
    or "[, and] <group words> <number>" (a clause whose verb is left out) when the part
    before has a group or "you" for its subject: "If you are in housekeeping you call the
    head housekeeper, | whereas kitchen team members ring the head chef | and front office
    colleagues ring the duty manager"; "front office colleagues earn 3 points an hour, |
    kitchen team members 4 points | and housekeeping 2 points"."""
    parts: list[str] = []
    rest = clause
    while True:
        cut = None
        # the first place a group's clause opens ("Care staff wear a lilac tunic | and nursing
        # staff a navy tunic, | whereas ancillary staff wear ...")
        for m in sorted((*_WHEREAS.finditer(rest), *_GROUP_SUBJECT.finditer(rest)), key=lambda m: m.start()):
            left, right = rest[: m.start()], rest[m.end() :]
            if len(left.split()) < 4 or len(right.split()) < 2:
                continue
            words = right.split()
            lead = words[: next((j for j, w in enumerate(words) if w[:1].isdigit()), len(words))]
            if right.startswith("whereas"):
                cut = m
            elif not _SUBJECT_IN_LEFT.search(left):
                continue
            elif any(w[:1].isdigit() for w in words[:4]) and (
                not _VALUE.search(left) or any(w in _NOT_SUBJECT_WORDS for w in lead)
            ):
                continue  # a gapped clause follows one with a value, and names its group
            else:
                cut = m
            if cut is not None:
                break
        if cut is None:
            parts.append(rest)
            return parts
        parts.append(rest[: cut.start()].strip())
        conj = cut.group().strip(" ,")
        right = _with_left_out_verb(rest[cut.end() :].strip(), parts[0])
        rest = (conj + " " if conj else "") + right


_GAPPED_GROUP = re.compile(
    r"^(?P<group>(?:[a-z][a-z-]+\s+){0,3}(?:" + MEMBER_WORDS + r"|(?:" + ROLE_WORDS + r")s))\s+"
    r"(?P<rest>(?:" + _GAP_PREPOSITIONS + r")\b.*|\d.*)$"
)
_GAP_PREPOSITION_SET = frozenset(_GAP_PREPOSITIONS.split("|"))
_FIRST_SUBJECT = re.compile(r"\b(?:" + MEMBER_WORDS + r"|(?:" + ROLE_WORDS + r")s)\b", re.I)


def _with_left_out_verb(part: str, first: str) -> str:
    """``part`` of a list of groups' rules that leaves out the verb ("support staff on the
    20th" after "Teaching staff are paid on the last working day") with the first part's
    words between its group and the same preposition (or its first preposition) put back in
    brackets: "support staff [are paid] on the 20th"; else ``part``."""
    m = _GAPPED_GROUP.match(part)
    subject = _FIRST_SUBJECT.search(first)
    if m is None or subject is None:
        return part
    predicate = first[subject.end() :].split()
    stops = _GAP_STOPS | _GAP_PREPOSITION_SET
    if not predicate or predicate[0].lower() in stops or predicate[0][:1].isdigit():
        return part  # no verb between the first part's group and its value
    at = _left_out_end(predicate, m.group("rest").split()[0], stops, numbers=True)
    if not at:
        return part
    return f"{m.group('group')} [{' '.join(predicate[:at])}] {m.group('rest')}"


_KNOWN_SUBJECT_CUT = re.compile(r"(?:,\s+(?:and\s+|but\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)(?=\S)")
_SUBJECT_WORD = re.compile(r"[A-Za-z][\w&'’-]*")
MAX_SUBJECT_WORDS = 4
_BEFORE_LOWER_GROUP = _words("and or nor for in to the of with at from by on but while whereas except including")
"""Words a group named in lower case may follow in a clause ("and housekeeping 2 points"); after
any other word it is the head of another noun ("base depot")."""
_NOT_AFTER_SUBJECT = _words("and or nor of in at on for to with by from as that who which whose")


def _subject_at(text: str, context: Callable[[str], bool]) -> tuple[str, int] | None:
    """The known context ``text`` opens with (after "the"; any case, singular or plural, the
    longest of up to :data:`MAX_SUBJECT_WORDS` words) and the offset where it ends, when a
    verb or a number follows it ("pursers report 65 minutes", "flight attendants 60 minutes");
    None otherwise."""
    words = list(_SUBJECT_WORD.finditer(text))
    if not words or words[0].start() != 0:
        return None
    skip = 1 if words[0].group().lower() in ("the", "a", "an", "all", "our") else 0
    for n in range(min(MAX_SUBJECT_WORDS, len(words) - skip), 0, -1):
        first, last = words[skip], words[skip + n - 1]
        if any(text[a.end() : b.start()].strip() for a, b in itertools.pairwise(words[skip : skip + n])):
            continue  # punctuation inside: no one name
        if not context(text[first.start() : last.end()]):
            continue
        after = text[last.end() :].lstrip()
        nxt = after.split(maxsplit=1)[0].lower() if after else ""
        if nxt[:1].isdigit() or (nxt.isalpha() and nxt not in _NOT_AFTER_SUBJECT):
            return text[first.start() : last.end()], last.end()
        if nxt in ("and", "or"):
            # two contexts joined as one subject ("the workshop and street lighting teams start ...")
            rest = after[len(nxt) :].lstrip()
            if (joined := _subject_at(rest, context)) is not None:
                end = len(text) - len(rest) + joined[1]
                return text[first.start() : end], end
        return None
    return None


def _known_subject_split(clause: str, context: Callable[[str], bool] | None) -> list[str]:
    """``clause`` cut where a parallel clause opens with another known context as its subject,
    in any case ("A Cabin Manager reports 75 minutes before departure, | pursers report 65
    minutes before it | and flight attendants [report] 60 minutes before it"): the part before
    holds a value and names a known context, the part after opens with a known name (by
    ``context``: the document's or the graph's names) followed by a verb or a number, and holds
    a value. A part whose number follows its subject straight away has left out the verb: the
    words between the first part's subject and its first number are put back in brackets."""
    if context is None:
        return [clause]
    parts: list[str] = []
    ends: list[int] = []  # where each later part's subject ends in it
    rest = clause
    while True:
        cut = None
        for m in _KNOWN_SUBJECT_CUT.finditer(rest):
            left, right = rest[: m.start()], rest[m.end() :]
            if left.count("(") > left.count(")"):
                continue  # inside brackets: "(Avonmouth Collective Agreement, Schedule 2)"
            if not _VALUE.search(_ENUMERATOR.sub("", left, count=1)) or (found := _subject_at(right, context)) is None:
                continue
            # the right part's own value: up to the next cut
            nxt = _KNOWN_SUBJECT_CUT.search(right, found[1])
            if not _VALUE.search(right[found[1] : nxt.start() if nxt else len(right)]):
                continue
            if not parts and not _names_context(left, context):
                continue
            cut, subject = m, found
            break
        if cut is None:
            parts.append(rest)
            break
        parts.append(rest[: cut.start()].strip())
        conj = cut.group().strip(" ,")
        rest = (conj + " " if conj else "") + rest[cut.end() :].strip()
        ends.append(subject[1] + (len(conj) + 1 if conj else 0))
    if len(parts) < 2:
        return [clause]
    ends.insert(0, _first_subject_end(_ENUMERATOR.sub("", parts[0], count=1), context))
    for k in range(1, len(parts)):
        after = parts[k][ends[k] :].lstrip()
        if not after[:1].isdigit():
            continue
        before = _ENUMERATOR.sub("", parts[k - 1], count=1) if k == 1 else parts[k - 1]
        num = re.search(r"(?<![\w.,])\d", before[ends[k - 1] :]) if ends[k - 1] >= 0 else None
        fill = before[ends[k - 1] : ends[k - 1] + num.start()].strip(" []") if num is not None else ""
        if fill:
            parts[k] = f"{parts[k][: ends[k]]} [{fill}] {after}"
    return parts


def _first_subject_end(text: str, context: Callable[[str], bool]) -> int:
    """Where the first known context ``text`` names ends (-1: none)."""
    for m in _SUBJECT_WORD.finditer(text):
        if (found := _subject_at(text[m.start() :], context)) is not None:
            return m.start() + found[1]
    return -1


def _names_context(text: str, context: Callable[[str], bool]) -> bool:
    """Whether ``text`` names a known context somewhere (by ``context``)."""
    return _first_subject_end(text, context) >= 0


def _parallel_split(clause: str) -> list[str]:
    """``clause`` cut where a conjunction (or a comma before a number) opens a parallel clause
    of its own: both sides hold a
    value (a digit) and a name (a capitalised word that does not open the text), as in "The
    Riverside restaurant opens at 06:30 and the Hillcrest restaurant opens at 07:15" or "7.50
    EUR a day in Germany and 8 EUR a day in Austria"; "Staff in the Design Studio and in
    Visualisation receive 27 days" stays whole (its first part holds no value). A part that
    opens with a number has left out the words before the first number of the part before it
    (gapping): they are put back in brackets ("[Meal vouchers are worth] 8 EUR a day in
    Austria"), so the part reads, and is embedded, on its own."""
    parts: list[str] = []
    rest = clause
    while True:
        cut = None
        for m in _PARALLEL_CUT.finditer(rest):
            left, right = _ENUMERATOR.sub("", rest[: m.start()], count=1), rest[m.end() :]
            if left.count("(") > left.count(")") and not re.match(r"(?:and|while|whereas|but)\s", right):
                continue  # a comma inside brackets: "(Avonmouth Collective Agreement, Schedule 2)"
            right_words = right.split(maxsplit=1)
            # after a comma the part opens with its number or its name; after a conjunction,
            # with the conjunction
            bare = (
                right[:1].isdigit()
                or right[:1] in "£$€¥"
                or right[:1].isupper()
                or WORDED_AMOUNT.match(right) is not None
            )
            tail = right if bare else right_words[1] if len(right_words) > 1 else ""
            # the part this conjunction opens ends where the next one does: "for Strategy | and
            # for Change, and 2,400 EUR for Data & AI" is cut at the second "and" only
            own = tail[: nxt.start()] if (nxt := _PARALLEL_CUT.search(tail)) else tail
            # (a name may open the clause after a colon: "... of your unit: Heron is on 4201")
            after_colon = left.rpartition(": ")[2] if ": " in left else ""
            # a part cut off before opens with its name ("Linnet on extension 4202 | and ...")
            named = (
                any(n.group().lower() not in _MONTHS for n in _NAMED.finditer(left))
                or _NAMED_SUBJECT.match(left)
                or (_opens_with_name(after_colon or left) and right[:1].isupper())
                or (parts and left[:1].isupper())
            )
            if _BETWEEN.search(left) and right.startswith("and "):
                continue  # "between 1 July and 31 August" is one range
            if _valued(left) and named and _valued(own) and _NAMED.search(" " + tail):
                cut = m
                break
        if cut is None:
            parts.append(rest)
            break
        parts.append(rest[: cut.start()].strip())
        rest = rest[cut.end() :].strip()
    out = parts[:1]
    for part in parts[1:]:
        worded = WORDED_AMOUNT.match(part) is not None
        opens_bare = part[:1].isdigit() or worded or _PREPOSITION_NUMBER.match(part) is not None
        conj, _, body = part.partition(" ") if not opens_bare else ("", "", part)
        first = _ENUMERATOR.sub("", out[0], count=1)
        if body[:1].isdigit() and (num := re.search(r"(?<![\w.,])\d", first)) is not None and num.start() > 0:
            part = f"{conj} [{first[: num.start()].strip()}] {body}".strip()
        elif WORDED_AMOUNT.match(body) and (num := WORDED_AMOUNT.search(first)) is not None and num.start() > 0:
            # "[The notice you must give is] two months on Grades 7 to 10"
            part = f"{conj} [{first[: num.start()].strip()}] {body}".strip()
        elif (prep := _PREPOSITION_NUMBER.match(body)) is not None:
            # "... starts at 07:45 at The Willows | and at 08:10 at Elm Court": the words before
            # the first part's same preposition and number ("[The meeting starts] at 08:10")
            same = re.search(rf"\s(?i:{prep.group(1)})\s+\d", first)
            if same is not None and same.start() > 0:
                part = f"{conj} [{first[: same.start()].strip()}] {body}".strip()
        elif (gap := _SUBJECT_PREPOSITION_NUMBER.match(body)) is not None:
            # "days start at 05:45 | and nights at 21:45": the verb the first part says between
            # its subject and the same preposition ("nights [start] at 21:45")
            ends = [m.start() for m in re.finditer(rf"\s(?i:{gap.group('prep')})\s+\d", first)]
            words = re.split(r"[:;,]\s+", first[: ends[-1]])[-1].split() if ends else []
            fill = words[len(gap.group("np").split()) :]
            # (its verb only: "Drivers at Leeds start at 05:45 and porters at 06:30")
            while fill and (not fill[0][:1].islower() or any(not w[:1].islower() for w in fill[1:])):
                fill = fill[1:]
            if fill and len(fill) <= MAX_GAP_FILL and len(words) > len(fill):
                np = gap.group("np")
                part = f"{conj} {np} [{' '.join(fill)}] {body[len(np) :].lstrip()}".strip()
        out.append(part)
    return out


def _valued(text: str) -> bool:
    """Whether ``text`` gives a value: a number (:data:`_VALUE`) or an amount in words ("two months")."""
    return _VALUE.search(text) is not None or WORDED_AMOUNT.search(text) is not None


_SUBJECT_PREPOSITION_NUMBER = re.compile(
    r"^(?P<np>[a-z]+(?:\s+[a-z]+)?)\s+(?P<prep>at|on|from|by|until|before|after|in)\s+\d"
)
"""A gapped part: a lower-case subject, then a preposition and a number, its verb left out
("nights at 21:45")."""
MAX_GAP_FILL = 3
"""Most words put back into a gapped part ("[start]", "[are paid]"); not tuned."""


_PREPOSITION_NUMBER = re.compile(r"^(at|from|on|by|until|for|of)\s+\d")
"""A gapped part that opens with a preposition before its number ("at 08:10 at Elm Court")."""
_BETWEEN = re.compile(r"\b(?i:between)\s+[^,;]{1,30}$")
"""A range's first end before its "and" ("between 1 July and 31 August")."""


def _opens_with_name(text: str) -> bool:
    """True when ``text`` opens with a capitalised word that is no function word or month
    ("Linnet welcomes ...", not "On 3 May" or "The ...")."""
    first = text.split(maxsplit=1)[0].strip(",.;:") if text.strip() else ""
    low = first.lower()
    return first[:1].isupper() and low not in _OPENERS and low not in _DETERMINERS and low not in _MONTHS


_PARALLEL_CUT = re.compile(
    _CONJUNCTION.pattern
    + r"|,\s+(?=[£$€¥]?\d)(?!(?:19|20)\d\d\b)"
    + r"|,\s+(?=(?:at|from|until)\s+\d)"
    + r"|,\s+(?="
    + WORDED_AMOUNT.pattern
    + r")"
    + r"|,\s+(?!(?:"
    + "|".join(w.title() for w in sorted(_MONTHS))
    + r")\b)"
    + r"(?=(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:[a-z]+\s+){0,3}\d)"
)
"""A conjunction, or a comma before a number ("28 days for Bus Operators, | 26 days for
Engineering Staff and ..."), an amount in words ("one month on Grades 1 to 6, | two months on
Grades 7 to 10") or a name and a number ("Heron is on extension 4201, | Linnet on extension
4202")."""


_LIST_MORE = re.compile(
    r"^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?:in|at|for|within)\s+)?(?:the\s+)?(?P<name>" + _NAME + r")"
)
"""The next name of a list after a scoping phrase's name (", Spain", " and Poland", " and in
Visualisation")."""


_LABELLED_CELL = re.compile(r"^(?P<label>[^;:]{1,60});\s*(?P<header>[^;:]{1,40}):\s*(?P<value>[^;]+);?\.?$")
"""One cell of a row labelled in its first column, as :func:`units` cuts it: "Staff parking;
Kellbridge: Brayton Road multi-storey."."""


_GRADE_MENTION = re.compile(r"\b(?i:grades?|bands?|levels?|pay\s+groups?)\s+(?P<code>" + GRADE_CODE.pattern + r")\b")


def _row_headers(text: str) -> tuple[str, ...]:
    """The column headers of a table row as the loaders write one ("Header: value; Header:
    value."), or () for any other text."""
    cells = [c.strip() for c in text.strip().rstrip(".").split(";") if c.strip()]
    if len(cells) < 2 or not all(m := [_ROW.match(c) for c in cells]):
        return ()
    return tuple(r.group("header").casefold() for r in m if r is not None)


def _keyed_cells(row: str, context: Callable[[str], bool] | None = None) -> list[str] | None:
    """A table row keyed by a context word and holding two or more other cells, one unit per
    cell with the key in front ("Grade: K2; Ireland: 530 EUR; Spain: 470 EUR." gives "Grade:
    K2; Ireland: 530 EUR;" and "Grade: K2; Spain: 470 EUR."), so each cell reads on its own
    and can apply to its column's context; None for any other text."""
    cells = [c.strip() for c in row.strip().rstrip(".").split(";")]
    if len(cells) >= 3 and cells[0].partition(":")[0].strip().casefold() in _CODE_HEADERS:
        # a row keyed by a code ("Code: SKV; Site: Skelby Viaduct; Day start: 07:30") is keyed by
        # the first column that names a kind of context, which goes in front
        kinds = [j for j, c in enumerate(cells[1:], 1) if header_kind(c.partition(":")[0].strip()) is not None]
        if kinds:
            cells = [cells[kinds[0]], *(c for j, c in enumerate(cells) if j != kinds[0])]
            row = "; ".join(cells) + "."
    if len(cells) >= 3 and ":" not in cells[0] and all(":" in c for c in cells[1:]) and len(cells[0]) <= 60:
        # A row labelled in its first column ("Staff parking; Kellbridge: ...; Stanmoor: ..."):
        # its columns are what differs, one unit each.
        return [f"{cells[0]}; {c}{'.' if j == len(cells) - 1 else ';'}" for j, c in enumerate(cells[1:], 1)]
    m = _ROW.match(_ASIDE.sub("", row))
    if m is None:
        return None
    if len(cells) < 3 or not all(":" in c for c in cells):
        return None
    if gives_band(row):
        # a band of distance and its values ("Band: C; Home to site: Over 30, up to 50 miles;
        # Daily travel allowance: £11.20."): one version, whole
        return [" ".join(row.split())]
    # A row keyed by a topic ("Benefit: Dental; North: 300 GBP; South: 250 GBP.") is cut when
    # two or more of its columns are headed by contexts.
    topic = header_kind(m.group("header")) is None
    if topic and (
        sum(
            _column_context(h := c.partition(":")[0].strip()) is not None
            or (context is not None and all(context(part) for part in _HEADER_PARTS.split(h)))
            for c in cells[1:]
        )
        < 2
    ):
        return None
    # and a column that keys it further by a kind of context ("Benefit: Annual leave; Grade: G1
    # and G2; United Kingdom: 28 days; Ireland: 21 days") stays with each cell, as its first does
    keys = [cells[0], *(c for c in cells[1:] if topic and header_kind(c.partition(":")[0]) is not None)]
    rest = [c for c in cells[1:] if c not in keys]
    return [f"{'; '.join(keys)}; {c}{'.' if j == len(rest) - 1 else ';'}" for j, c in enumerate(rest)]


_NAMED_THEN_DESCRIBED = re.compile(
    r"^(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)+)(?:\s+(?!(?:" + SITE_WORDS + "|" + GROUP_WORDS + r")\b)[a-z]+)+$"
)
"""A cell that names a site or group and then says in lower case what it is for ("Skelby Viaduct
refurbishment", "Wexcombe Water Treatment Works upgrade"; not "Head office")."""
_CODE_HEADERS = frozenset({"code", "ref", "ref.", "reference", "no.", "no", "number", "id", "#"})
"""Headers of a table's first column that only number or code its rows."""
_WHO_HEADER = re.compile(r"^\s*(?:if\s+you\s+are|if\s+you['’]re|you\s+are|who|for\s+whom|applies\s+to)\b", re.I)
"""A table column whose cells say whom each row is for ("If you are... | then...")."""
_GLOSSED_GROUP = re.compile(
    r"^(?:(?:the|our|all)\s+)?(?:[\w'’-]+\s+){0,2}(?:staff|employees|colleagues|workers|people)\s*"
    r"\((?P<list>[^()]{2,80})\)",
    re.I,
)
"""A group whose bracket says which groups it is ("Salaried staff (site management and head office)")."""
_PEOPLE_AFTER = re.compile(r"\s+(?i:" + MEMBER_WORDS + r")$")
"""A word for a group's people after its name ("Depot| staff")."""
_LEADING_BRACKET = re.compile(r"^\((?P<list>[A-Za-z][^()]{1,60})\)\s+(?=[A-Z])")
"""A bracket that opens a sentence before its capitalised first word ("(Drivers and Shunters)
Hours on duty ...")."""
_GLOSS_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
_NEXT_KIND_WORD = re.compile(r"\s+((?i:" + GROUP_WORDS + "|" + SITE_WORDS + "|" + MEMBER_WORDS + r"))\b")
"""A group or site noun, or a word for a group's people, right after a name ("Head| office",
"Sales| team", "Bank| staff" where the document's group is "bank staff")."""
_GRADE_IN_KEY = re.compile(
    r"\b(?P<word>(?i:grade|band|level|tier|scale|step))\s+(?P<code>[A-Z]{0,3}\d{1,2}[a-z]?|[A-Z])\b"
)
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")
_HEADER_PARTS = re.compile(r"\s*/\s*|\s+(?:and|or|&)\s+")
"""Where a column header that names two contexts is cut ("DE-ALT / DE-SWB: 35 hours", "Corran
Star and Skua Trader: £156.20")."""
_REGION_WORD = re.compile(
    r"(?i:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"(?:\s+(?:" + SITE_WORDS + r"))?"
)


_GRADE_SPAN = re.compile(
    r"(?i:grades?|bands?|levels?)\s+[A-Za-z]{0,3}\d{1,2}[a-z]?"
    r"(?:\s*(?:to|-|–|and|or|,)\s*[A-Za-z]{0,3}\d{1,2}[a-z]?|\s+(?:and|or)\s+(?:above|over|below|under))?"
)
"""A column headed by a range or pair of grades ("Bands 2 to 4", "Grades 5 and 6", "Band 7 and above")."""


def _column_context(header: str) -> EntityType | None:
    """The kind of context a table column's header names, from the text alone: a pay grade
    ("Band 3", "K2"), a place the gazetteer holds, a compass region ("North", "Southern"), or a
    name with a site word ("Leeds depot", not "Home to site"); None for anything else
    ("Provider", "Limit")."""
    words = header.split()
    if _GRADE_SPAN.fullmatch(header):
        return EntityType.GRADE  # "Bands 2 to 4", "Grades 5 and 6", "Band 7 and above"
    if not words or len(words) > 4:
        return None
    coded = len(words) == 1 and GRADE_CODE.fullmatch(header) and not header.isdigit() and not header.isalpha()
    if (len(words) == 2 and words[0].lower() in ("grade", "band", "level")) or coded:
        return EntityType.GRADE
    if is_place(header) or _REGION_WORD.fullmatch(header):
        return EntityType.LOCATION
    name, kind = _strip_kind_words(header)
    if kind == EntityType.LOCATION and not _MEASURED_BETWEEN.search(header):
        if words[-1].casefold() != singular_word(words[-1].casefold()):
            return None  # "Duty stations": a column that lists sites, none of its own
        if name.casefold() in AREA_WORDS | _SITE_KIND_ADJECTIVES:
            return None  # "Country office", "Regional office": a kind of site, no site's name
        return EntityType.LOCATION
    return None


_TITLE_GOES_ON = re.compile(r"\s+[A-Z][a-z]+\b")
"""A capitalised word after a name's kind word: the words are part of a longer proper name
("Country Staff Regulations", "Field Staff Handbook")."""
_SITE_KIND_ADJECTIVES = frozenset({"regional", "national", "local", "district", "field", "satellite", "branch"})
"""Words before a site noun that say what kind of site it is, not which one ("Regional office")."""


_MEASURED_BETWEEN = re.compile(r"\b(?:to|from|between|per|within)\b")
"""A lower-case word that makes a header with a site word a measure, not a site's name ("Home
to site", "Distance from site")."""


_NOT_GROUP = _words(
    "part-time full-time casual seasonal agency temporary permanent new other senior junior more fewer many most "
    "some such any individual relevant appropriate company hotel whole entire same remaining existing our your their "
    "its his her my team member members staff please also only just even still every each all both non-managerial "
    "named nominated responsible key except excluding including besides unlike like than twenty several few no"
) | frozenset(COUNT_WORDS)


def _within(own: tuple[FoundEntity, ...], lead: tuple[FoundEntity, ...]) -> tuple[FoundEntity, ...]:
    """The scope of a unit that names its own contexts (``own``) under a lead-in that names
    others (``lead``): both, when the lead-in's are of other types ("At the Leeds office: |
    Grades 1 to 3 receive 25 days" is Leeds's rule for those grades, as a table's row and
    column together are); else its own ("Leave by site: | Leeds: 25 days")."""
    types = {e.type for e in own}
    added = tuple(e for e in lead if e.type not in types and e.type in CONTEXT_TYPES)
    return (*own, *added) if added else own


def _not_a_group_word(word: str) -> bool:
    """A lower-case word that does not name a group before "staff" ("trained", "eligible",
    "part-time", "relevant"): an adjective, a participle, a determiner."""
    w = word.casefold()
    # a capitalised "-ing" word is often a group's name ("Lending", "Marketing", "Housekeeping")
    suffixes = ("ed", "able", "ible", "ly") if word[:1].isupper() else ("ed", "ing", "able", "ible", "ly")
    return w in _NOT_GROUP or w in _NOT_NAMES or w in _CUT_WORDS or w.endswith(suffixes) or w.isdigit()


def _is_row(unit: str) -> bool:
    """A table row as the loaders write it ("Header: value; Header: value;")."""
    return ";" in unit and _ROW.match(_body(unit)) is not None


def _is_item(unit: str) -> bool:
    return unit[:1] in BULLETS or unit.startswith(("- ", "* "))


_ITEM_LABEL = re.compile(r"^[" + BULLETS + r"\s*-]*(?P<name>[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,3}?)\s*(?::|–|—| - )")
"""A list item's label in any case ("• Permanent nights: ..."), for a list whose lead-in
names the kind of its labels."""


def _label_kinds(texts: Sequence[str], kinds: list[EntityType | None]) -> None:
    """Type, in place, the items of a list whose labels name working patterns by a shift word
    ("• Early shift: no premium." "• Late shift: 60p an hour." "• Night shift: £2.15 an
    hour."): two or more such labels in one run of items, whatever the lead-in says ("... for
    the less sociable shifts:"), make each item that shift's (``kinds[i]``: Schedule), as a
    lead-in naming the kind would. Items already typed by their lead-in are left as they are."""
    run: list[int] = []

    def close() -> None:
        shifts = {
            i: m.group("name").strip()
            for i in run
            if kinds[i] is None
            and (m := _ITEM_LABEL.match(texts[i])) is not None
            and m.group("name").split()[-1].casefold() in _SHIFT_WORDS
            and len(m.group("name").split()) >= 2
        }
        if len({name.casefold() for name in shifts.values()}) >= 2:
            for i in shifts:
                kinds[i] = EntityType.SCHEDULE
        run.clear()

    for i, text in enumerate(texts):
        if _is_item(text):
            run.append(i)
        elif not (run and text[:1].islower()):  # (a clause cut from the item before it goes on)
            close()
    close()


def _item_candidates(i: int, text: str, lead_kind: EntityType) -> list[_Candidate]:
    """The context a list item under a lead-in that names a kind ("Annual leave by team:",
    "depends on your shift pattern:") applies to: its label, of that kind."""
    m = _ITEM.match(text) or (_ITEM_LABEL.match(text) if lead_kind == EntityType.SCHEDULE else None)
    if m is None:
        return []
    # a schedule's label is its whole name ("Permanent nights"), adjectives and all
    name = m.group("name").strip() if lead_kind == EntityType.SCHEDULE else _clean_name(m.group("name"))
    if lead_kind == EntityType.GRADE:
        name = grade_name("grade", name) or name
    return [_Candidate(i, name, lead_kind)]


def _clean_name(raw: str, *, title: bool = False) -> str:
    """The name inside a captured phrase: leading non-name words ("All", "New", "The") off;
    for a job ``title`` only determiners ("A Senior Manager" keeps "Senior")."""
    words = raw.split()
    while words and words[0].casefold() in (_DETERMINERS if title else _NOT_NAMES):
        words = words[1:]
    cuts = [i for i, w in enumerate(words) if w.casefold().strip("'’") in _CUT_WORDS]
    if cuts:
        words = words[cuts[-1] + 1 :]
    return " ".join(words).strip(" .,;:'’")


def _singular(title: str) -> str:
    """A job title in the singular: "Shift Supervisors" -> "Shift Supervisor"."""
    head, _, last = title.rpartition(" ")
    if last.lower().endswith("s") and re.fullmatch(ROLE_WORDS, last.lower()[:-1]):
        last = last[:-1]
    return f"{head} {last}".strip()


_NAMED_PLACE_NOUNS = _words(
    "hospital clinic surgery centre center hotel restaurant school mill yard terminal station store garage"
)
"""Site nouns that are part of a place's own name after two words or more ("Ashby Road Animal
Hospital", "Marsh Lane Equine Centre"), not a word for the kind of site ("the Leeds office")."""


_PLACE_NOUN_AFTER = re.compile(r"\s+(?P<noun>" + "|".join(n.title() for n in sorted(_NAMED_PLACE_NOUNS)) + r")\b")


def _strip_kind_words(name: str) -> tuple[str, EntityType | None]:
    """("Porto", Location) for "Porto site", ("Sales", Department) for "Sales team"; a place's
    own name keeps its site noun (:data:`_NAMED_PLACE_NOUNS`): ("Ashby Road Animal Hospital",
    Location)."""
    m = re.fullmatch(r"(?P<n>.+?)\s+(?P<w>" + GROUP_WORDS + "|" + SITE_WORDS + r")", name, re.I)
    if not m:
        return name, None
    if m.group("n").casefold() in ("front", "back"):
        return name, EntityType.DEPARTMENT  # "Front office", "Back office": a function, not a site
    kind = EntityType.LOCATION if re.fullmatch(SITE_WORDS, m.group("w"), re.I) else EntityType.DEPARTMENT
    word = m.group("w")
    own_noun = word[:1].isupper() and word.casefold() in _NAMED_PLACE_NOUNS and len(m.group("n").split()) >= 2
    if kind == EntityType.LOCATION and own_noun:
        return name, kind
    return m.group("n"), kind


@dataclass(frozen=True)
class _Candidate:
    """A name found in a unit, with the kind its phrasing gives (None: decide by NER)."""

    unit: int
    name: str
    kind: EntityType | None
    fallback: EntityType | None = None
    place_only: bool = False
    fronted: bool = False
    """Opens the unit as "At <Name>": a site when sibling units open so with other names."""
    subject_end: int = -1
    """Where a subject phrase at the start of the unit ends ("Sales staff| may ..."): what
    follows must not be a noun phrase ("Manage employee| benefits" is an imperative)."""
    verb_after: bool = False
    """A known name kept only when a verb follows it ("Data & AI| bills most clients weekly";
    not "Change| requests must be ...")."""
    lone: bool = False
    """One role word, the unit's subject ("Drivers start at 05:30"): a role only beside units of
    the same paragraph or list that are scoped to another group ("Warehouse staff start at
    06:00"); alone it is the sentence's first word ("Managers must approve ...")."""
    mentioned: bool = False
    """Neither the unit's subject nor after "for": in a unit that opens with an imperative
    verb (a duty: "Oversee the development of operational staff") an unknown name so placed is
    what the duty is done to or with, not whom the unit applies to."""


class ScopeReader:
    """Reads what headings and units apply to (see the module docstring).

    Args:
        extractor: knows the graph's departments, roles and locations (``known``) and runs
            spaCy NER to tell places from organisations for names whose phrasing does not.
    """

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor
        self._local: dict[str, FoundEntity] = {}
        self._grade_numbers: dict[str, set[int]] = {}
        self._prose = ""

    def learn(
        self, texts: Sequence[str], block_starts: Sequence[bool] | None = None, prose: Sequence[str] | None = None
    ) -> None:
        """Learn the names one document types by its own phrasing (a table keyed "Grade: K3",
        "the Porto site", "the Field Service team"), so that its other units read them with that
        type wherever they stand ("K3 employees receive ...", "Porto staff ..."), before the
        graph knows them. Use one reader per document.

        Args:
            texts: the document's units (:func:`units`), in reading order (an enumeration
                may run over several units: :func:`memgraph.extraction.declarations.declared_names`).
            block_starts: per unit, True when it opens a block of the document (a paragraph,
                a list, a table); None: one block.
            prose: the document's blocks as written, for what a sentence's units cut apart
                (a counted partition: :func:`memgraph.extraction.declarations.partition_names`);
                None: ``texts``.
        """
        self.read_prose(texts)
        counted = partitions(prose or texts)
        # What the document declares first ("three campuses: A; B; and C", "'Garage' means
        # A, B or C"): its own word for the kind beats a guess from elsewhere.
        for f in [*declared_names(texts, _HEADER_TYPES), *partition_names(counted, _HEADER_TYPES)]:
            self._local.setdefault(match_key(f.name), f)
        # a list its lead-in counts in an earlier sentence ("Every role is in one of four grades.
        # Your grade is on your contract." • "G1: team members." ...): as declared
        for f in self._counted_items(texts):
            self._local.setdefault(match_key(f.name), f)
        for m in memberships(texts):  # a group defined by its members' titles
            self._local.setdefault(match_key(m.group), FoundEntity(m.group, m.group_type))
        for group in defined_groups(texts):  # or by anything else ("... means all other staff")
            self._local.setdefault(match_key(group), FoundEntity(group, EntityType.DEPARTMENT))
        for group in described_people(texts):  # "• Members are players ... • Extras are freelance players ..."
            self._local.setdefault(match_key(group), FoundEntity(group, EntityType.CATEGORY))
        for text in texts:  # the grades it names, which bound "grade 7 and above"
            for g in _GRADE_MENTION.finditer(text):
                if (coded := CODED_GRADE.fullmatch(g.group("code"))) is not None:
                    self._grade_numbers.setdefault(coded.group("prefix"), set()).add(int(coded.group("n")))
        typed = [
            c
            for i, text in enumerate(texts)
            for c in self._unit_candidates(i, text)
            if c.kind in CONTEXT_TYPES and c.fallback is None and not c.place_only and not c.lone and len(c.name) >= 2
        ]
        # the items of a list under a lead-in that names their kind ("one of three shift
        # patterns:" • "Permanent nights: 22:00 to 06:00")
        for i, kind in enumerate(self._lead_kinds(texts)):
            if kind is not None:
                typed.extend(c for c in _item_candidates(i, texts[i], kind) if len(c.name) >= 2)
        # a table's key column says what its names are, before a guess from prose ("fixed-term
        # staff receive ..." read as a department's, beside the column "Contract type: Fixed-term")
        for c in sorted(self._subjects(texts, typed), key=lambda c: not _is_row(texts[c.unit])):
            if c.kind is not None:
                self._local.setdefault(match_key(c.name), FoundEntity(c.name, c.kind))
        # the groups of a partition by a kind word of no known type ("one of four sections:
        # Strings, ..."), departments unless the document types them otherwise ("one of three
        # role levels: Colleague, Team Leader, Store Manager": roles by its own phrasing)
        for f in partition_names(counted, _HEADER_TYPES, fallback=EntityType.DEPARTMENT):
            self._local.setdefault(match_key(f.name), f)
        self._learn_described_siblings(texts, block_starts or [False] * len(texts))
        self._drop_group_sites()

    def _counted_items(self, texts: Sequence[str]) -> list[FoundEntity]:
        """The labels of a list that a sentence before it counts by a kind word ("Every role is
        in one of four grades." ... • "G1: team members." • "G2: supervisors." ...), when the
        list has as many items as the count says: the count is what ties a list to a sentence
        it does not follow directly. A lead-in ending in a colon is read by :meth:`_lead_kinds`."""
        out: list[FoundEntity] = []
        counted: tuple[EntityType, int] | None = None
        run: list[int] = []

        def close() -> None:
            nonlocal counted
            if counted is not None and run and len(run) == counted[1]:
                for i in run:
                    out.extend(FoundEntity(c.name, c.kind) for c in _item_candidates(i, texts[i], counted[0]) if c.kind)
            if run:
                counted = None
            run.clear()

        for i, text in enumerate(texts):
            if _is_item(text):
                run.append(i)
                continue
            if run and text[:1].islower():
                continue  # a clause cut from the item before it: the list goes on
            close()
            m = _COUNTED_LEAD.search(text)
            if m is not None and (kind := self._lead_kind(f"one of {m.group('kind')}")) is not None:
                counted = (kind, count_value(m.group("count")))
        close()
        return [f for f in out if len(f.name) >= 2]

    def _drop_group_sites(self) -> None:
        """Forget a site learned from a group's name that ends in a site noun: the "Box" of
        "Box Office" or the "People" of "People Office", when the document (or the graph) knows
        "Box Office" as a department or role."""
        for key, found in list(self._local.items()):
            if found.type != EntityType.LOCATION:
                continue
            for noun in SITE_NOUNS:
                whole = self._known(f"{found.name} {noun}")
                if whole is not None and whole.type != EntityType.LOCATION:
                    del self._local[key]
                    break

    def _learn_described_siblings(self, texts: Sequence[str], block_starts: Sequence[bool]) -> None:
        """A list that says what is in each of several groups ("• Front of House (FOH): ushers,
        ... • Stage & Technical (Tech): stage crew, lighting, ...") lists groups of one kind:
        when the groups of the list that are known contexts are all of one kind, the others are
        of that kind too (by the bracketed abbreviation when they have one), as sibling
        headings are. A list is one block: the next list (under another heading) is another run."""
        runs: list[list[GroupWords]] = [[]]
        for text, start in zip(texts, block_starts):
            # list items and table rows only: a sentence ("The plan covers dental, ...") is no
            # list of groups
            listed = _is_item(text) or _is_row(text)
            found = [g for g in (described_groups([text]) if listed else []) if g.group[:1].isupper()]
            if start and runs[-1]:
                runs.append([])
            if found:
                runs[-1].extend(found)
            elif runs[-1]:
                runs.append([])
        for run in (r for r in runs if len(r) >= 2):
            known = [k for g in run for n in g.names() if (k := self._known(n)) is not None]
            kinds = {k.type for k in known}
            if len(kinds) != 1 or not known:
                continue
            kind = kinds.pop()
            for g in run:
                if not any(self._known(n) is not None for n in g.names()):
                    name = g.names()[-1]  # its abbreviation, which the document goes on to use
                    self._local.setdefault(match_key(name), FoundEntity(name, kind))

    def read_prose(self, texts: Sequence[str]) -> None:
        """Keep the document's text to tell a job title written in lower case ("bus
        inspectors") from a group's name when a sentence opens with it ("Bus inspectors carry
        ..."). :meth:`learn` does this; a relink that reads a few chunks calls it with all of
        the document's."""
        self._prose = " " + re.sub(r"\s+", " ", " ".join(texts)) + " "

    @property
    def learned(self) -> list[FoundEntity]:
        """The names :meth:`learn` typed, to keep with the document (:meth:`teach` gives
        them to another reader)."""
        return list(self._local.values())

    def teach(self, names: Sequence[FoundEntity]) -> None:
        """Give this reader names a document typed (:attr:`learned` of an earlier reader), as if
        it had read the whole document: a relink reads a few of its chunks."""
        for f in names:
            if f.type in CONTEXT_TYPES:
                self._local.setdefault(match_key(f.name), f)

    # -- units ----------------------------------------------------------------------------
    def unit_scopes(
        self, texts: Sequence[str], paragraph_starts: Sequence[bool] | None = None
    ) -> list[tuple[FoundEntity, ...]]:
        """What each unit of one section applies to, in order (``()`` for a general unit).

        Args:
            texts: the section's units (:func:`units`), in reading order.
            paragraph_starts: per unit, True when it starts a paragraph (None: every unit
                is its own paragraph).

        Returns:
            One tuple of entities per unit. A list item under a scoped lead-in shares its
            lead-in's scope; a sentence that names no context continues the scope of the
            sentence before it in the same paragraph ("Member Support employees receive 24
            days. Unused days lapse at year end."), unless it opens with a word that speaks
            for everyone ("All", "Every", "Other", "Otherwise", "Regardless").
        """
        cands: list[_Candidate] = []
        for i, (text, lead_kind) in enumerate(zip(texts, self._lead_kinds(texts))):
            found = self._unit_candidates(i, text)
            if lead_kind is not None and not found:
                found = _item_candidates(i, text, lead_kind)
            cands.extend(c for c in found if c.name)
        # Two or more units that open "At <Name>" with different names: rules per site ("At
        # Calder Quay you come in ...", "At Ardlow House, use the side door ..."), even for
        # names neither the gazetteer nor the graph knows.
        fronted = {entity_key(c.name) for c in cands if c.fronted and c.kind in (None, EntityType.LOCATION)}
        if len(fronted) >= 2:
            cands = [
                dataclasses.replace(c, fallback=EntityType.LOCATION) if c.fronted and c.kind is None else c
                for c in cands
            ]
        resolved = self._resolve(texts, cands)
        for i, text in enumerate(texts):
            # a clause cut off at its exception is the excepted context's, not another group's
            # its rule names ("except on Larch Ward, whose night staff take ...")
            if _opens_with_exception(text) and (m := _EXCEPT.search(text)) is not None:
                name = _clean_name(m.group("name"))
                if named := [e for e in resolved.get(i, []) if match_key(e.name) == match_key(name)]:
                    resolved[i] = named
                elif (known := self._known(name)) is not None and known.type in CONTEXT_TYPES:
                    resolved[i] = [known]
        starts = list(paragraph_starts) if paragraph_starts is not None else [True] * len(texts)
        paragraph = list(itertools.accumulate(int(st) for st in starts))
        # "Drivers must also call ...": an addition for them to the general rule before it,
        # which the next sentence does not continue
        adds = {
            c for c in cands if c.subject_end >= 0 and _ALSO_AFTER_SUBJECT.match(_body(texts[c.unit]), c.subject_end)
        }
        added = {c.unit for c in adds}
        self._drop_lone_roles(texts, cands, resolved, paragraph, adds)
        for i, mentioned in self._parallel(texts, resolved, paragraph_starts).items():
            resolved.setdefault(i, []).extend(mentioned)
        excluded = self._exceptions(texts, resolved)
        bare = {(c.unit, entity_key(c.name)) for c in cands if c.place_only}
        # A bare, unknown subject keeps its clause apart only among parallel ones: two or more
        # in one paragraph ("Lending has 500 USD; Operations has 250 USD").
        others: dict[int, set[str]] = {}
        for i, name in bare:
            others.setdefault(paragraph[i], set()).add(name)
        scopes: list[tuple[FoundEntity, ...]] = []
        lead: tuple[FoundEntity, ...] = ()
        lead_paragraph = -1
        named_lead: tuple[FoundEntity, ...] = ()  # what the lead-in names itself
        inline: tuple[FoundEntity, ...] = ()  # that, for the rest of the lead-in's paragraph
        inline_paragraph = -1
        for i, text in enumerate(texts):
            # An unknown bare subject is kept (as OTHER) among parallel clauses, or after a
            # scoped clause of its paragraph, so it neither continues that scope nor merges.
            parallel = len(others.get(paragraph[i], ())) > 1 or bool(scopes and scopes[-1] and not starts[i])
            mine = [e for e in resolved.get(i, []) if e.type != EntityType.OTHER or parallel]
            own = tuple(dict.fromkeys(mine))
            if own and _names_only(text, own):
                own = ()  # a list of names ("Director of Marketing 13.") holds no rule for them
            if _is_item(text) or (lead and paragraph[i] == lead_paragraph):
                scopes.append(_within(own, named_lead) if own else lead)
                if not _is_item(text) and text.rstrip().endswith(":") and own:
                    lead = named_lead = own  # a new lead-in inside the paragraph ("Porters must complete:")
                continue
            said = own
            # A table row never continues the scope of the row before it.
            if (
                not own
                and scopes
                and not starts[i]
                and not _GENERAL_START.match(_body(text))
                and not _is_row(text)
                and i - 1 not in added
            ):
                # A new sentence after a paragraph's rules for two or more contexts speaks for
                # them all ("At Porto ... At Rotterdam ..., and at Gdansk ... Outside core
                # hours, time is flexible."); a clause, or a sentence after one context's
                # rule, continues it.
                # (a numbered clause starts afresh, though a PDF's layout ran it on from the clause
                # before: "C4.1 Officers are paid ... C4.2 Ratings are paid ... Hours beyond 12 ...")
                first = max(j for j in range(i + 1) if j == 0 or starts[j] or _NUMBERED_CLAUSE.match(texts[j]))
                # (a clause that excepts a context counts as one more context's rule)
                seen: set[object] = {sc for sc in scopes[first:i] if sc}
                seen |= {("except", j) for j in range(first, i) if excluded.get(j)}
                if not (len(seen) >= 2 and texts[i - 1].rstrip().endswith((".", "!", "?"))):
                    own = scopes[-1]
            elif own and inline and paragraph[i] == inline_paragraph:
                own = _within(own, inline)  # "Priory Campus permits are priced by grade: | Grades 1 to 5 pay £96"
            scopes.append(own)
            # A lead-in ("Colleagues in the Northern region:") scopes the list or the
            # paragraph that follows it, and the rest of its own paragraph.
            lead = own if text.rstrip().endswith(":") else ()
            named_lead = said if lead else ()  # what the lead-in names itself, not what it continues
            lead_paragraph = paragraph[i] + 1 if lead else -1
            if lead or starts[i]:
                inline, inline_paragraph = named_lead, paragraph[i]
        return [
            (*scope, *(Excluded(e.name, e.type) for e in excluded.get(i, []) if e not in scope))
            for i, scope in enumerate(scopes)
        ]

    @staticmethod
    def _drop_lone_roles(
        texts: Sequence[str],
        cands: Sequence[_Candidate],
        resolved: dict[int, list[FoundEntity]],
        paragraph: list[int],
        adds: Collection[_Candidate] = (),
    ) -> None:
        """Drop from ``resolved`` the roles of one word (:attr:`_Candidate.lone`) that no unit
        of their paragraph, or of their list, scoped to another context stands beside, unless
        the unit adds to a rule for them (``adds``: "Drivers must also call the transport desk")."""
        lone = {(c.unit, _singular(c.name)) for c in cands if c.lone and c not in adds}
        if not lone:
            return

        def together(i: int, j: int) -> bool:
            return paragraph[i] == paragraph[j] or (_is_item(texts[i]) and _is_item(texts[j]) and abs(i - j) == 1)

        for i, name in lone:
            others = [
                j
                for j, found in resolved.items()
                if j != i and together(i, j) and any(e.type in CONTEXT_TYPES and e.name != name for e in found)
            ]
            if not others and i in resolved:
                resolved[i] = [e for e in resolved[i] if not (e.type == EntityType.ROLE and e.name == name)]

    def _exceptions(self, texts: Sequence[str], resolved: dict[int, list[FoundEntity]]) -> dict[int, list[FoundEntity]]:
        """The contexts each unit excepts: those its exception phrases name ("unless you are on
        the Warehouse team"), and, for a clause whose exception was cut off as a unit of its own
        ("All staff receive 25 days, | except Field Service staff, who receive 27 days"), what
        that next unit applies to."""
        cands = [
            _Candidate(i, _clean_name(m.group("name")), None, EntityType.DEPARTMENT)
            for i, text in enumerate(texts)
            for m in _EXCEPT.finditer(_body(text))
        ]
        out = {i: list(found) for i, found in self._resolve(texts, [c for c in cands if len(c.name) >= 2]).items()}
        for i, text in enumerate(texts):
            for m in _EXCEPT_LOWER.finditer(_body(text)):
                # a group named in lower case only when the document or the graph knows it
                if (known := self._known(m.group("lname").title())) is not None:
                    out.setdefault(i, []).append(known)
        for i, text in enumerate(texts):
            if i > 0 and _opens_with_exception(text) and not texts[i - 1].rstrip().endswith((".", "!", "?", ":")):
                out.setdefault(i - 1, []).extend(e for e in resolved.get(i, []) if e.type in CONTEXT_TYPES)
        return out

    def _parallel(
        self,
        texts: Sequence[str],
        resolved: dict[int, list[FoundEntity]],
        paragraph_starts: Sequence[bool] | None,
    ) -> dict[int, list[FoundEntity]]:
        """Scopes of parallel clauses that name their context anywhere in them: the clauses of
        one sentence (:func:`units` cut it at a semicolon or a conjunction) of which two or more
        mention different contexts of one kind, a known name or a place ("The Riverside
        restaurant opens at 06:30 | and the Hillcrest restaurant opens at 07:15"; "... 7.50
        EUR a day in Germany | and ... 8 EUR a day in Austria"). Returns unit -> the contexts
        it mentions, for the units of such sentences that no phrasing scoped."""
        groups: list[list[int]] = []
        for i, text in enumerate(texts):
            starts = paragraph_starts[i] if paragraph_starts is not None else True
            continues = (
                i > 0
                and not _is_item(text)
                and not texts[i - 1].rstrip().endswith((".", "!", "?", ":"))
                and (not starts or texts[i - 1].rstrip().endswith((";", ",")))
            )
            if continues and groups:
                groups[-1].append(i)
            else:
                groups.append([i])
        out: dict[int, list[FoundEntity]] = {}
        for group in (g for g in groups if len(g) > 1):
            if _is_item(texts[group[0]]) and any(e.type in CONTEXT_TYPES for e in resolved.get(group[0], [])):
                continue  # a list item keyed by its context: its later clauses speak for it too
            mentions = {i: self._mentions(texts[i]) for i in group}
            for kind in CONTEXT_TYPES:
                named = {i: [e for e in mentions[i] if e.type == kind] for i in group}
                names = {entity_key(e.name) for found in named.values() for e in found}
                if sum(bool(found) for found in named.values()) < 2 or len(names) < 2:
                    continue
                for i in group:
                    # (a clause scoped by its subject keeps it, and takes the place it gives its
                    # value for too: "Night Auditors receive ...: £2.10 an hour in the United
                    # Kingdom | , €2.25 an hour in Ireland"; a table row's cells are read by column)
                    scoped = [e.type for e in resolved.get(i, []) if e.type in CONTEXT_TYPES]
                    if named[i] and kind not in scoped and not (scoped and _is_row(texts[i])):
                        out.setdefault(i, []).extend(named[i])
        return out

    def _mentions(self, text: str) -> list[FoundEntity]:
        """The contexts a unit mentions anywhere: the longest run of capitalised words in each
        name that is a known context or a place (:func:`memgraph.text.places.is_place`)."""
        found: list[FoundEntity] = []
        for m in re.finditer(_NAME, _body(text)):
            words = _clean_name(m.group(0)).split()
            spans = sorted(
                ((a, b) for a in range(len(words)) for b in range(a + 1, len(words) + 1)), key=lambda ab: ab[0] - ab[1]
            )
            for a, b in spans:
                name = " ".join(words[a:b]).strip(".,;:'’")
                if (known := self._known(name)) is not None:
                    found.append(known)
                    break
                if is_place(name):
                    found.append(FoundEntity(name, EntityType.LOCATION))
                    break
        # a group the document names in lower case ("and housekeeping 2 points"), not the head
        # of another noun ("Drivers whose base depot is Avonmouth")
        body = _body(text)
        lower = list(re.finditer(r"[a-z][a-z-]+", body))
        for n in (3, 2, 1):
            for j in range(len(lower) - n + 1):
                before = re.search(r"(\w+)\W*$", body[: lower[j].start()])
                if (
                    before is not None
                    and not body[before.end(1) : lower[j].start()].strip()
                    and (before.group(1).lower() not in _BEFORE_LOWER_GROUP)
                ):
                    continue
                known = self._known(" ".join(w.group() for w in lower[j : j + n]))
                if known is not None and known.type == EntityType.DEPARTMENT:
                    found.append(known)
        return list(dict.fromkeys(found))

    def _lead_kinds(self, texts: Sequence[str]) -> list[EntityType | None]:
        """Per unit: for a list item under a lead-in that names a kind ("Annual leave by
        team:", "one of three shift patterns:"), that kind; else None."""
        out: list[EntityType | None] = []
        lead_kind: EntityType | None = None
        for text in texts:
            if _is_item(text):
                out.append(lead_kind)
                continue
            out.append(None)
            if text[:1].islower():
                # a clause cut from the item before it ("... on Tenter Lane; | the front car
                # park is for visitors"): the list goes on
                continue
            lead_kind = self._lead_kind(text) if text.rstrip().endswith(":") else None
        _label_kinds(texts, out)
        return out

    @staticmethod
    def _lead_kind(text: str) -> EntityType | None:
        """The kind a lead-in keys its list by ("Annual leave by team:" -> Department)."""
        for m in _LEAD_KIND.finditer(text):
            # the kind's words as written after the keyword, up to two ("one of three pay bands")
            words = re.findall(r"[a-z]+", text[m.start("kind") :].lower())[:2]
            for n in range(len(words), 0, -1):
                for last in (words[n - 1], singular_word(words[n - 1])):
                    if (kind := _KIND_WORDS.get(" ".join([*words[: n - 1], last]))) is not None:
                        return kind
        return None

    def _unit_candidates(self, i: int, text: str) -> list[_Candidate]:
        """The scoping candidates of unit ``i`` (:meth:`_subject_candidates`); a group named
        after a shift ("night shift colleagues") is a working pattern, not a department; a unit
        named "School of ..." is a department, not a site."""
        return [
            dataclasses.replace(c, kind=EntityType.SCHEDULE, fallback=None)
            if EntityType.DEPARTMENT in (c.kind, c.fallback) and c.name.split()[-1].casefold() in _SHIFT_WORDS
            else dataclasses.replace(c, kind=EntityType.DEPARTMENT, fallback=None)
            if c.kind != EntityType.DEPARTMENT and _UNIT_NAMED.fullmatch(c.name)
            else c
            for c in self._subject_candidates(i, text)
        ]

    def _subject_candidates(self, i: int, text: str) -> list[_Candidate]:
        """The scoping candidates of unit ``i`` (:meth:`_one_subject`), and of each further
        subject joined to its opening one by "and", "or" or "&" ("Drivers and warehouse staff
        work on site": the role and the department)."""
        out = self._one_subject(i, text)
        body = _body(text)
        ends = [c.subject_end for c in out if c.subject_end >= 0]
        if not ends:
            return out
        joined = _JOINED_SUBJECT.match(body, min(ends))
        if joined is None or not body[joined.end() :].strip():
            return out
        offset = joined.end()
        # read as a unit of its own, which opens with a capital ("warehouse staff" as "Warehouse staff")
        for c in self._one_subject(i, body[offset].upper() + body[offset + 1 :]):
            if c.subject_end >= 0:
                out.append(dataclasses.replace(c, subject_end=c.subject_end + offset))
        return out

    def _one_subject(self, i: int, text: str) -> list[_Candidate]:
        body = _mask_exceptions(_body(text))
        out: list[_Candidate] = []
        if (labelled := _LABELLED_CELL.match(body)) is not None:
            # One cell of a row labelled in its first column: its column's context, if any.
            column = labelled.group("header").strip()
            if (known := self._known(column)) is not None:
                return [_Candidate(i, known.name, known.type)]
            if (column_kind := _column_context(column)) is not None:
                return [_Candidate(i, _strip_kind_words(column)[0], column_kind)]
            return []
        row = _ROW.match(_ASIDE.sub("", body))
        if row and _WHO_HEADER.match(row.group("header")):
            # A row keyed by whom it is for ("If you are...: on the Manila payroll; then...: ..."):
            # the contexts its key names
            return self._who_candidates(i, row.group("value"))
        if row and ";" in body and header_kind(row.group("header")) is None:
            # A row keyed by a topic: its columns headed by contexts ("North: 300 GBP"), and
            # the whole table by a context its first header names ("FGH permit: Monthly charge").
            # A key column headed by a group of people keys its rows by the group's members
            # ("Rating: Able Seaman; Corran Star: £156.20" under "ratings means the Bosun, Able
            # Seamen, ..."): the row is that job's, not every rating's.
            out.extend(
                self._member_row(i, row) or (_Candidate(i, k.name, k.type) for k in self._known_in(row.group("header")))
            )
            cells = [c for c in body.rstrip(".").split(";")[1:] if c.strip()]
            kinds = [_column_context(c.partition(":")[0].strip()) for c in cells]
            # the columns that key the row further ("Grade: G1 and G2") are no column of values
            valued = sum(header_kind(c.partition(":")[0].strip()) is None for c in cells)
            for cell, kind in zip(cells, kinds):
                header, _, value = cell.partition(":")
                header = header.strip()
                if kind is None and header_kind(header) == EntityType.GRADE:
                    # a column that keys the row by grade ("Grade: G1 and G2"): the grades it names
                    keyed = self._grade_codes(value.strip()) or [value.strip()]
                    grades = [g for c in keyed if (g := grade_name(singular_word(header.split()[-1].lower()), c))]
                    out.extend(_Candidate(i, g, EntityType.GRADE) for g in grades)
                    continue
                lone_place = kind == EntityType.LOCATION and valued >= 2 and kinds.count(kind) < 2
                if lone_place and self._known(header) is None:
                    continue  # one place-named column among others is no column per site ("Date")
                if value.strip() and kind is not None:
                    if kind == EntityType.GRADE:
                        word, _, code = header.rpartition(" ")
                        if (codes := self._grade_codes(header)) is not None:
                            # "Bands 2 to 4": each grade of the range, named by the header's word
                            first = singular_word(header.split()[0].lower())
                            out.extend(_Candidate(i, grade_name(first, c) or c, kind) for c in codes)
                            continue
                        header = grade_name(word.lower() or "grade", code) or header
                    out.append(_Candidate(i, _strip_kind_words(header)[0], kind))
                elif value.strip() and header_kind(header) is None and (parts := _HEADER_PARTS.split(header)):
                    # "Lochan Bride: £144.60", "DE-ALT / DE-SWB: 35 hours": the contexts' value
                    # (not a kind word's column: "Campus: Saltings Campus" names no "Campus")
                    named = [k for part in parts if (k := self._known(part)) is not None]
                    if len(named) == len(parts):
                        out.extend(_Candidate(i, k.name, k.type) for k in named)
            if out:
                return out
        if row and (kind := header_kind(row.group("header"))) is not None:
            # A table row: every "Header: value" cell keyed by a context word.
            cells = _ASIDE.sub("", body).rstrip(".").split(";")
            # a row that gives a band of distance ("Band: C; Home to site: Over 30, up to 50
            # miles") is the band's, which the asker's distance chooses: its "Band" names no grade
            banded = gives_band(";".join(cells))
            for cell in cells:
                header, _, value = cell.partition(":")
                kind = header_kind(header)
                if kind is None and header.strip() and value.strip():
                    # A column headed by a name ("Ireland: 530 EUR"): that context's value for
                    # the row's key, when the name is a place or a known context; a topic
                    # ("Holiday: 26 days") is no name, whatever the gazetteer holds.
                    if not _words(header.casefold()) <= _POLICY_WORDS:
                        out.append(_Candidate(i, header.strip(), None))
                    continue
                if kind is not None and value.strip():
                    name = value.strip(" .")
                    if kind in (EntityType.LOCATION, EntityType.DEPARTMENT):
                        # "Skelby Viaduct refurbishment": the site's name, without what is done there
                        name = _NAMED_THEN_DESCRIBED.sub(r"\g<name>", name)
                    if kind == EntityType.GRADE and banded:
                        continue
                    if kind == EntityType.GRADE:
                        # "NP1 to NP3", "NP7 and NP8": each grade of the range or list, named
                        # by the cell's own word ("Grade band: Grades 6 to 8"), else the header's
                        own_word = re.match(r"(?i:(grade|band|level))s?\s", name)
                        word = own_word.group(1).lower() if own_word else header.split()[-1]
                        codes = self._grade_codes(name) or [name]
                        out.extend(_Candidate(i, grade_name(word, c) or c, kind) for c in codes)
                        continue
                    if kind == EntityType.ROLE:
                        name = _singular(name)  # "Job family: Recruiting Coordinators": the title
                    out.append(_Candidate(i, name, kind))
            return out
        label = _NAME_LABEL.match(re.sub(r"\s*\([^)]*\)", "", body))  # "(36 hours a week)" aside
        name = label.group("name").strip() if label else ""
        if label is not None and (known := self._known(name)) is not None:
            return [_Candidate(i, known.name, known.type)]  # "Data & AI: 75%.", "• long days (36 hours): 201.6 hours;"
        for pattern, kind, fallback in _UNIT_PATTERNS:
            for m in pattern.finditer(body):
                # A phrase that opens the unit is its subject: a verb must follow it.
                opener = body.split(maxsplit=1)[0].lower() in _OPENERS
                # (not a bracketed aside that opens it: "(Operations only) Parking is free.")
                aside = body[m.start() : m.start() + 1] == "("
                subject_end = m.end() if m.start() == 0 and not opener and not aside else -1
                if "grade" in m.groupdict():
                    # "Grades K1 and K2 have ...": each code of the list; "grades 1 to 5",
                    # "grade 7 and above": each grade of the range
                    codes = [m.group("code"), *re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group("more"))]
                    if not m.group("more").strip():
                        codes = grade_range(m.group("code"), body[m.end() :], self._grade_numbers) or codes
                    for code in (c for c in codes if c.strip()):
                        if (grade := grade_name(m.group("grade").lower(), code)) is not None:
                            out.append(_Candidate(i, grade, EntityType.GRADE))
                    continue
                if "role" in m.groupdict():
                    words = _clean_name(m.group("role"), title=True).split()
                    # One capitalised role word at the start is only the sentence's first word
                    # ("Managers must approve ..."): a title needs two words or a known name.
                    if not words or not all(w[:1].isupper() or w in ("of", "and", "&") for w in words):
                        continue
                    head, of, dept = " ".join(words).partition(" of ")
                    title = _singular(head) + (f" of {dept}" if of else "")
                    # ... unless a possessive makes it a group's ("Drivers' shifts are ...").
                    possessive = body[m.end("role") : m.end("role") + 1] in ("'", "’")
                    known = self._known(title) if len(words) < 2 else None
                    if len(words) < 2 and known is None and not possessive:
                        if subject_end >= 0 and m.start("role") == 0 and words[0].casefold().endswith("s"):
                            out.append(_Candidate(i, title, EntityType.ROLE, subject_end=subject_end, lone=True))
                        continue
                    if known is not None and known.type != EntityType.ROLE:
                        # "Officers are paid ..." where the document defines "officers" as a class of jobs
                        out.append(_Candidate(i, known.name, known.type, subject_end=subject_end))
                        continue
                    titles = [title]
                    # "Staff Nurses and Healthcare Assistants have ...": each title of the list
                    rest = body[m.end("role") :]
                    while (more := _ROLE_MORE.match(rest)) is not None:
                        titles.append(_singular(_clean_name(more.group("role"), title=True)))
                        rest = rest[more.end() :]
                    if subject_end >= 0:
                        subject_end = max(subject_end, len(body) - len(rest))
                    out.extend(_Candidate(i, t, EntityType.ROLE, subject_end=subject_end) for t in titles if t)
                    continue
                if (lower_title := self._lower_case_title(body, m)) is not None:
                    out.append(_Candidate(i, lower_title, EntityType.ROLE, subject_end=subject_end))
                    continue
                name = _clean_name(m.group("name"))
                # "Contoso's employees" are the whole organisation's: no context; "Grade K3
                # employees" are a grade's (the grade phrasing above).
                if len(name) < 2 or name.casefold() in _MONTHS or name.endswith(("'s", "’s")):
                    continue
                if re.fullmatch(r"(?i:grade|band|level)s?(?:\s+\S+)?", name):
                    continue
                # (a known name is one, in any case: "teaching staff" beside "Teaching staff are ...")
                if len(name.split()) == 1 and _not_a_group_word(name) and self._known(name) is None:
                    continue  # "Trained staff", "Part-time staff", "Hotel staff": no group's name
                this_kind = kind
                after = _NEXT_KIND_WORD.match(body, m.end("name"))
                if after is not None and _TITLE_GOES_ON.match(body, after.end()) and self._known(name) is None:
                    continue  # "the Country Staff Regulations": a longer title's words, no group
                if after is not None and (whole := self._known(f"{m.group('name')} {after.group(1)}")) is not None:
                    # the site or group noun after the name is part of a name the document or graph
                    # knows ("Head office staff ..." where "Head office" is a group): no site "Head";
                    # so is the people word of a group named with it ("Bank staff" is "bank staff")
                    name, this_kind, generic = whole.name, whole.type, None
                elif name[:1].islower():
                    # a group named in lower case ("kitchen team members"): its words as a name
                    name = _clean_name(name)
                    if not name or (any(_not_a_group_word(w) for w in name.split()) and self._known(name) is None):
                        continue
                    name, generic = name.title(), None
                elif (
                    _strip_kind_words(name)[1] is not None
                    and (whole := self._known(name)) is not None
                    and whole.type in CONTEXT_TYPES
                ):
                    # a name whose kind word is its own, as known ("At Saltings Campus, ..."
                    # where the document names "Saltings Campus"): no site "Saltings"
                    name, this_kind, generic = whole.name, whole.type, None
                elif len(self._split_list(name)) > 1:
                    generic = None  # "Shunters and Depot staff": two known names, not a site "Shunters and"
                else:
                    name, generic = _strip_kind_words(name)
                    # the site noun after the name is its own ("Kelder Street Surgery, Pellingford")
                    noun = _PLACE_NOUN_AFTER.match(body, m.end("name"))
                    if noun is not None and len(name.split()) >= 2 and (kind or generic) == EntityType.LOCATION:
                        name = f"{name} {noun.group('noun')}"
                if re.fullmatch(r"Headquarters|Head Office|HQ", name):
                    generic = EntityType.LOCATION
                names = self._split_list(name)
                # "staff in Ireland, Spain and Poland": each name of the list, alike.
                rest = body[m.end("name") :]
                while (more := _LIST_MORE.match(rest)) is not None:
                    names.extend(self._split_list(_clean_name(more.group("name"))))
                    rest = rest[more.end() :]
                if subject_end >= 0:
                    subject_end = max(subject_end, len(body) - len(rest))
                fronted = (m.groupdict().get("prep") or "").lower() == "at"
                mentioned = subject_end < 0 and not _AFTER_FOR.search(body[: m.start("name")])
                for n in names:
                    out.append(
                        _Candidate(
                            i,
                            n,
                            this_kind or generic,
                            fallback,
                            fronted=fronted,
                            subject_end=subject_end,
                            mentioned=mentioned,
                        )
                    )
        if not any(c.kind == EntityType.ROLE for c in out):
            out.extend(self._lower_case_roles(i, body))
        cond = _CONDITION_LOWER.search(body) if not out else None
        if cond is not None and (known := self._known(cond.group("lname"))) is not None:
            out.append(_Candidate(i, known.name, known.type))
        only = _ONLY_LOWER.search(body) if not out else None
        if only is not None and (known := self._known(only.group("lname"))) is not None:
            out.append(_Candidate(i, known.name, known.type))  # "Overtime rates (operatives only)"
        led = _LEADING_BRACKET.match(body) if not out else None
        if led is not None:
            # "(Drivers and Shunters) Hours on duty between 22:00 and 06:00 attract ...": a bracket
            # that opens the sentence naming known contexts only is its scope, as "(X only)" is
            bracketed = [_PEOPLE_AFTER.sub("", n) for n in _GLOSS_SPLIT.split(led.group("list").strip()) if n]
            known_bracketed = [k for n in bracketed if (k := self._known(n)) is not None]
            if bracketed and len(known_bracketed) == len(bracketed):
                out.extend(_Candidate(i, k.name, k.type) for k in known_bracketed)
        gloss = _GLOSSED_GROUP.match(body) if not out else None
        if gloss is not None:
            # "Salaried staff (site management and head office) are paid monthly": the known
            # groups the bracket says the subject is
            names = [n for n in _GLOSS_SPLIT.split(gloss.group("list").strip()) if n]
            known_names = [k for n in names if (k := self._known(n)) is not None]
            if names and len(known_names) == len(names):
                out.extend(_Candidate(i, k.name, k.type, subject_end=gloss.end()) for k in known_names)
        if not out and (bare := _BARE_SUBJECT.match(body)):
            name = _clean_name(bare.group("name"))
            if len(name) >= 2 and name.casefold() not in _MONTHS:
                # "Jordan and Yemen work Sunday to Thursday": each place of a list its own
                out.extend(_Candidate(i, n, None, place_only=True) for n in self._split_list(name))
        # "Permanent staff receive ...", "and casual staff receive ...": a known context, in any
        # case, though its word alone describes staff in general ("permanent")
        members = _KNOWN_MEMBERS.match(body) if not out else None
        if members is not None and (known := self._known(members.group("name"))) is not None:
            out.append(_Candidate(i, known.name, known.type, subject_end=members.end()))
        if not out and (subject := _subject_at(body, self.is_context)) is not None:
            # "pursers report 65 minutes before it": a known context in lower case or the
            # plural as the subject of a verb or of a left-out one ("flight attendants 60 minutes")
            known = self._known(subject[0])
            if known is not None and self._verb_or_number_at(body, subject[1]):
                out.append(_Candidate(i, known.name, known.type, subject_end=subject[1]))
        if not out and (lead := _LEADING_NAME.match(body)) is not None:
            # "Strategy and Change submit monthly": known names as the subject of any verb
            names = self._split_list(_clean_name(lead.group("name")))
            if all(self._known(n) is not None for n in names):
                out.extend(_Candidate(i, n, None, subject_end=lead.end("name"), verb_after=True) for n in names)
        return _longest(out)

    def _verb_or_number_at(self, text: str, offset: int) -> bool:
        """Whether the first token at or after ``offset`` is a verb, a modal or a number (by the
        extractor's part-of-speech tags): "pursers report ...", not "bank holidays are ..."."""
        after = [tag for at, tag in self.extractor.tags([text])[0] if at >= offset]
        return bool(after) and (after[0] in _VERB_TAGS or after[0] in ("VB", "CD"))

    def _lower_case_roles(self, i: int, body: str) -> list[_Candidate]:
        """Job titles written in lower case where a clause's subject or a "for" phrase stands
        ("backend engineers within 15 minutes", "lilac for senior carers", "SREs are ..."):
        a title of two words or more, one the graph or the document knows, or an acronym
        opening the unit."""
        out: list[_Candidate] = []
        for m in _LOWER_ROLE.finditer(body):
            words = m.group("role").split()
            if any(w in _NOT_TITLE_WORDS for w in words[:-1]):
                continue
            title = _singular(" ".join(w[:1].upper() + w[1:] for w in words))
            acronym = m.group("role")[:1].isupper()
            known = self._known(title)
            if known is not None and known.type != EntityType.ROLE:
                continue
            # one bare word only as an acronym opening the unit, or in a list of values for
            # groups ("navy for nurses, lilac for ...": :func:`_value_for_split`)
            listed = body[: m.start()].endswith("for ") and _VALUE_FOR_FIRST.search(body[: m.start()] + "x") is not None
            if known is None and len(words) < 2 and not (acronym and m.start() == 0) and not listed:
                continue
            if acronym:
                title = title[:-1] if title.endswith("s") else title
            mentioned = m.start() > 0 and not body[: m.start()].endswith("for ")
            out.append(_Candidate(i, known.name if known else title, EntityType.ROLE, mentioned=mentioned))
        return out

    def _lower_case_title(self, body: str, m: re.Match[str]) -> str | None:
        """The job title a unit opens with when its first word is capitalised only because it
        opens the unit: "Bus inspectors carry ..." where the document also writes "bus
        inspectors" gives the role "Bus Inspector", not a group "Bus"."""
        if m.start("name") != 0 or " " in m.group("name").strip() or self._known(m.group("name")) is not None:
            return None
        words = body[: m.end()].split()
        if len(words) != 2 or not re.fullmatch(r"(?:" + ROLE_WORDS + r")s", words[1].lower()):
            return None
        phrase = f"{words[0].lower()} {words[1]}"
        if f" {phrase}" not in self._prose and f" {phrase[:-1]} " not in self._prose:
            return None
        return _singular(f"{words[0]} {words[1].title()}".title())

    def _resolve(self, texts: Sequence[str], cands: Sequence[_Candidate]) -> dict[int, list[FoundEntity]]:
        """Entities for the candidates: a known name keeps its type; a name whose phrasing
        gave no kind is a location when spaCy calls it a place in its unit, a department when
        it calls it an organisation (or a known name says so), else the phrasing's fallback
        or no scope. A bare subject (``place_only``) is a location or a known name, else an
        ``OTHER`` entity: no scope, but a clause of its own."""
        out: dict[int, list[FoundEntity]] = {}
        cands = self._subjects(texts, cands)
        unsure = [c for c in cands if (c.kind is None or c.fallback is not None) and self._known(c.name) is None]
        labels = self._ner_kinds(texts, unsure)
        for c in cands:
            known = self._known(c.name)
            if (country := country_of(c.name)) is not None and (known is None or known.type == EntityType.LOCATION):
                # "the Norwegian offices", "Kenyan staff": the country's (a place, never a team)
                out.setdefault(c.unit, []).append(FoundEntity(country, EntityType.LOCATION))
                continue
            said = labels.get((c.unit, c.name))
            kind: EntityType | None
            if c.place_only and known is None:
                kind = EntityType.LOCATION if said == EntityType.LOCATION else EntityType.OTHER
            elif c.fallback is not None and known is None:
                # "<Name> staff", "(<Name> only)": a team unless the name is a place.
                kind = EntityType.LOCATION if said == EntityType.LOCATION else c.kind or c.fallback
            elif c.kind is None and c.fallback is None and known is None:
                # "In <Name>, ...": a place only (an organisation or a product is no context).
                kind = EntityType.LOCATION if said == EntityType.LOCATION else None
            else:
                kind = known.type if known is not None else c.kind or said or c.fallback
            if kind is None:
                continue
            name = known.name if known is not None else (_singular(c.name) if kind == EntityType.ROLE else c.name)
            out.setdefault(c.unit, []).append(FoundEntity(name, kind))
        return out

    def _split_list(self, name: str) -> list[str]:
        """The names of "Spain and Poland" (or "Kenyan and Ugandan") when each is a place, a
        country's adjective or a known context; else ``[name]`` ("Research and Development" is
        one name)."""
        parts = [p.strip() for p in re.split(r"\s+and\s+", name) if p.strip()]
        if len(parts) > 1 and all(is_place(p) or country_of(p) or self._known(p) is not None for p in parts):
            return parts
        return [name]

    def _subjects(self, texts: Sequence[str], cands: Sequence[_Candidate]) -> list[_Candidate]:
        """``cands`` less the unknown names whose opening phrase is no subject: no verb,
        adverb, preposition (but "of") or list punctuation follows it, by spaCy's tagger
        ("Manage employee benefits", "Monitor team performance", "Identify areas of ...": list
        items that start with a verb; "Vice President of Sales 6.": an entry of a list of
        titles); a known name always stays. An unknown name a unit that opens with an
        imperative verb only mentions (:attr:`_Candidate.mentioned`) is dropped too."""
        check = [c for c in cands if c.subject_end >= 0 and (c.verb_after or self._known(c.name) is None)]
        duties = [c for c in cands if c.mentioned and self._known(c.name) is None]
        if not check and not duties:
            return list(cands)
        unit_ids = sorted({c.unit for c in (*check, *duties)})
        bodies = [_body(texts[i]) for i in unit_ids]
        tags = dict(zip(unit_ids, self.extractor.tags(bodies)))
        drop: set[_Candidate] = {c for c in duties if tags[c.unit][:1] and tags[c.unit][0][1] == "VB"}
        for c in check:
            body = _body(texts[c.unit])
            after = [(idx, tag) for idx, tag in tags[c.unit] if idx >= c.subject_end]
            word = body[after[0][0] :].split(maxsplit=1)[0].casefold().strip(".,;:!?") if after else ""
            if word in ("and", "or", "&") and _JOINED_SUBJECT.match(body, c.subject_end):
                continue  # one of two subjects joined ("Drivers and warehouse staff work ...")
            if c.verb_after:
                if not after or after[0][1] not in _VERB_TAGS:
                    drop.add(c)
            elif word not in _MEMBER_NOUNS and (not after or after[0][1] not in _AFTER_SUBJECT or word == "of"):
                drop.add(c)
        return [c for c in cands if c not in drop]

    def _grade_codes(self, value: str) -> list[str] | None:
        """:func:`~memgraph.extraction.facts.grade_codes` with the grades this document names."""
        return grade_codes(value, self._grade_numbers)

    def _who_candidates(self, i: int, key: str) -> list[_Candidate]:
        """The contexts a row's key names when its column says whom the row is for: known
        names, grades ("Tier 2", "band 5") and places the gazetteer holds ("in Cape Town")."""
        out = [_Candidate(i, k.name, k.type) for k in self._known_in(key)]
        for m in _GRADE_IN_KEY.finditer(key):
            if (grade := grade_name(m.group("word").lower(), m.group("code"))) is not None:
                out.append(_Candidate(i, grade, EntityType.GRADE))
        for m in _CAPITALISED_RUN.finditer(key):
            if is_place(m.group()) and not any(c.name == m.group() for c in out):
                out.append(_Candidate(i, m.group(), EntityType.LOCATION))
        return out

    def _member_row(self, i: int, row: re.Match[str]) -> list[_Candidate]:
        """The job a row's key cell names when its column's header is (the singular of) a
        group of people the document knows ("Rating: Bosun" for the category "Ratings"): a
        role, or the context the graph knows by that name; empty when the header names no
        group or the cell no title (a value: "Rating: 4 stars")."""
        header, value = row.group("header").strip(), _ASIDE.sub("", row.group("value")).strip(" .")
        group = self._known(header)
        if group is None or group.type not in (EntityType.CATEGORY, EntityType.DEPARTMENT):
            return []
        words = value.split()
        if not words or len(words) > 4 or not all(w[:1].isupper() for w in words) or any(c.isdigit() for c in value):
            return []
        known = self._known(value)
        if known is not None and known.type in (EntityType.CATEGORY, EntityType.DEPARTMENT):
            return []  # a group beside it ("Rating: Deck ratings"): read as before
        return [_Candidate(i, known.name if known else value, known.type if known else EntityType.ROLE)]

    def _known_in(self, text: str, max_words: int = 4) -> list[FoundEntity]:
        """The known contexts a short text names (longest first, left to right)."""
        return longest_names(text.split(), self._known, max_words)

    def is_context(self, name: str) -> bool:
        """True when ``name`` is a known context (a department, role, site, ...)."""
        found = self.known(name)
        return found is not None and found.type in CONTEXT_TYPES

    def units(self, text: str) -> list[str]:
        """:func:`units`, with the names this reader knows as contexts keying table columns."""
        return units(text, self.is_context)

    def known(self, name: str) -> FoundEntity | None:
        """The context this reader knows by ``name`` (the graph's, or one the document typed)."""
        return self._known(name)

    def _known(self, name: str) -> FoundEntity | None:
        known = self.extractor.known(name) or self._local.get(match_key(name))
        return known if known is not None and known.type in CONTEXT_TYPES else None

    def _ner_kinds(self, texts: Sequence[str], cands: Sequence[_Candidate]) -> dict[tuple[int, str], EntityType]:
        """What each candidate is in its own unit: (unit, name) -> Location for a place the
        gazetteer holds (:func:`memgraph.text.places.is_place`), Department for a name spaCy tags
        as an organisation or a place the gazetteer does not hold; absent otherwise."""
        if not cands:
            return {}
        unit_ids = sorted({c.unit for c in cands})
        out: dict[tuple[int, str], EntityType] = {}
        for i, extraction in zip(unit_ids, self.extractor.extract_many([texts[i] for i in unit_ids])):
            kinds = {entity_key(e.name): e.type for e in extraction.entities}
            for c in cands:
                if c.unit != i:
                    continue
                kind = kinds.get(entity_key(c.name))
                if is_place(c.name) or is_area(c.name):
                    out[(i, c.name)] = EntityType.LOCATION  # a city, a country ("the UK"), a continent
                elif kind in (EntityType.ORGANIZATION, EntityType.DEPARTMENT, EntityType.LOCATION):
                    # spaCy's small model calls many unknown names places ("Lending"): a
                    # name the gazetteer does not hold is an organisation's part.
                    out[(i, c.name)] = EntityType.DEPARTMENT
        return out

    # -- headings -------------------------------------------------------------------------
    def heading_scopes(self, sections: Sequence[Sequence[str]]) -> dict[tuple[str, ...], list[FoundEntity]]:
        """What each heading path applies to: the union of its headings' contexts
        (:meth:`heading_entities`), each heading read beside its siblings.

        Args:
            sections: heading paths, outermost first (``("Annual leave", "Field Service")``).

        Returns:
            path -> entities, for every distinct path given.
        """
        paths = list(dict.fromkeys(tuple(s) for s in sections))
        headings = [h for p in paths for h in p]
        by_heading = self.heading_entities(headings)
        # Siblings: the headings under one parent path.
        siblings: dict[tuple[str, ...], list[str]] = {}
        for p in paths:
            for depth in range(len(p)):
                kids = siblings.setdefault(p[:depth], [])
                if p[depth] not in kids:
                    kids.append(p[depth])
        inferred: dict[tuple[tuple[str, ...], str], FoundEntity] = {}
        for parent, kids in siblings.items():
            if len(kids) < 2:
                continue
            # (a heading that is a name: "Crew allowances" names Crew but is a topic's)
            kinds = [by_heading[k][0].type for k in kids if len(by_heading[k]) == 1 and _is_named(k, by_heading[k][0])]
            names = [k for k in kids if not by_heading[k] and _reads_as_name(k)]
            if parent and len(kinds) + len(names) >= 2 and 3 * (len(kinds) + len(names)) >= 2 * len(kids):
                # Names under a heading that says their kind ("Site facts" over "Pendry Wharf",
                # "Hexley Road"; "Our teams" over "Field Service", "Member Support"; "Our depots",
                # a plural of a kind word only the singular of is listed)
                words = _heading_name(parent[-1]).lower().split()
                said = {
                    t
                    for w in words
                    if (t := _KIND_WORDS.get(w) or _KIND_WORDS.get(plural_word(w)) or _KIND_WORDS.get(singular_word(w)))
                }
                # ("Your contract" over "Probation", "Notice": the reader's own, whose parts are topics)
                if len(said) == 1 and set(kinds) <= said and not {"your", "my"} & set(words):
                    kind = said.pop()
                    for k in names:
                        inferred[(parent, k)] = _heading_found(k, kind)
                    continue
            for kind in set(kinds):
                # A list of names beside at least two context headings of one kind: the
                # other names are contexts of that kind ("Field Service" beside "Member
                # Support department"); a sibling that is a topic ("Carry-over rules") is not.
                if kinds.count(kind) < 2 or (kinds.count(kind) + len(names)) * 3 < 2 * len(kids) or len(set(kinds)) > 1:
                    continue
                for k in names:
                    inferred[(parent, k)] = _heading_found(k, kind)
        out: dict[tuple[str, ...], list[FoundEntity]] = {}
        for p in paths:
            found: list[FoundEntity] = []
            for depth, h in enumerate(p):
                found.extend(by_heading[h])
                if (extra := inferred.get((p[:depth], h))) is not None:
                    found.append(extra)
            out[p] = _most_specific(list(dict.fromkeys(found)))
        return out

    def heading_entities(self, headings: Sequence[str]) -> dict[str, list[FoundEntity]]:
        """The departments, roles and locations each heading names on its own (see the
        module docstring; siblings are :meth:`heading_scopes`'s).

        Returns:
            heading -> entities, for every distinct heading given (one spaCy batch for all).
        """
        distinct = list(dict.fromkeys(headings))
        out: dict[str, list[FoundEntity]] = {}
        for heading, extraction in zip(distinct, self.extractor.extract_many(distinct)):
            text = _heading_name(heading)
            found: list[FoundEntity] = []
            for m in _GROUP_HEADING.finditer(text):
                if _names_something(m.group("name")):
                    found.append(self._known(m.group("name")) or FoundEntity(m.group("name"), EntityType.DEPARTMENT))
            if (role := _ROLE_HEADING.match(text)) and _names_something(role.group("name")):
                name = _singular(role.group("name"))
                found.append(self._known(name) or FoundEntity(name, EntityType.ROLE))
            if (g := _GRADE_HEADING.match(text)) and (grade := grade_name(g.group("w").lower(), g.group("code"))):
                found.append(FoundEntity(grade, EntityType.GRADE))
            if (site := _SITE_HEADING.match(text)) and _names_something(site.group("name") or "Headquarters"):
                name = site.group("name") or "Headquarters"
                found.append(self._known(name) or FoundEntity(name, EntityType.LOCATION))
            # "Practices", "Sites": a heading that is a kind word in the plural lists that kind,
            # it names none of them (though "Practice" is a group the document knows)
            plural_kind = text.casefold() in _KIND_WORDS and text.casefold().endswith("s")
            if not plural_kind and (known := self._known(text)) is not None:
                found.append(known)
            for ent in extraction.entities:
                if (known := self._known(ent.name)) is not None:
                    found.append(known)
            out[heading] = _most_specific(list(dict.fromkeys(found)))
        return out


_GROUP_HEADING = re.compile(
    r"\b(?P<name>[A-Z][\w&]*(?:\s+(?:&\s+)?[A-Z][\w&]*){0,2})\s+(?i:department|dept\.?|team|division)\b"
)
_ROLE_HEADING = re.compile(
    r"^(?P<name>(?:[A-Z][\w-]*\s+){0,3}(?:" + ROLE_WORDS.title() + r")s?"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*){0,3})?)$"
)
"""A heading that is a job title: title-case words ending in a role word, maybe "of <Name>"."""
_SITE_HEADING = re.compile(
    r"^(?:(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?i:" + SITE_WORDS + r")"
    r"|(?P<hq>Headquarters|Head Office|HQ))$"
)
"""A heading that names a site: "<Name> office|site|campus|branch", or headquarters."""


_AFTER_SUBJECT = frozenset(
    {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "RB", "IN", "WDT", "WP", ",", ":", "-LRB-", "HYPH", "POS", "CD"}
)
"""Penn Treebank tags that may follow a clause's subject phrase: a verb, an adverb, a
preposition other than "of", a relative pronoun, punctuation that opens a list or aside, a
possessive ending ("Ward Managers' rotas are ...") or a number ("and Field Service staff 27
days", a clause whose verb is left out)."""
_AFTER_FOR = re.compile(r"\b(?i:for)\s+(?:(?i:all|the|our|each|every)\s+)?$")
"""A name's scoping position inside a unit: after "for" ("Leave for kitchen staff is ...")."""
_VERB_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})
"""Penn Treebank tags of a finite verb."""
_MEMBER_NOUNS = _words("members member employees staff colleagues workers")


_OPENERS = _words("in at for within of on across if when where while once")
"""Prepositions and conditions that open a unit with its scope ("In Spain the insurer is ...",
"If you are on the Payments team, ..."): no subject."""


_ENUMERATOR = re.compile(
    r"^(?:(?:"
    + _CLAUSE_NO
    + "|"
    + _LETTERED_CLAUSE_NO
    + r"|\(?[a-z]\)|\([ivx]{1,4}\)|\(\d{1,2}\)|§+\s*\d+(?:\.\d+)*\.?)\s+){1,2}"
    r"(?=\S)"
)
"""A clause number or list marker that opens a unit: "6.2", "4.1.3.", "C4.1", "3)", "(b)", "a)",
"(iv)", a footnote's "(2)", "§ 12", or a number and a marker ("2.3 (a)")."""


def _names_only(unit: str, names: Sequence[FoundEntity]) -> bool:
    """Whether ``unit`` says nothing but ``names`` (an entry of a list of roles or a table of
    contents: "Director of Marketing 13.", "• Field Service"), kind words and a page or item
    number; a lead-in ("Field Service:") scopes what follows it and a value ("Billing: 70%")
    is a rule: neither is such an entry."""
    body = _body(unit).rstrip()
    if body.endswith(":"):
        return False
    for f in sorted(names, key=lambda f: -len(f.name)):
        body = re.sub(re.escape(f.name), " ", body, flags=re.IGNORECASE)
    rest = " ".join(w for w in re.findall(r"[^\W_]+|[^\w\s]", body.casefold()) if w not in _LISTING_WORDS)
    # at most a page or item number ("13."): a value ("Billing: 70%") is a rule
    return re.fullmatch(r"[\s.,;•·–—-]*(?:\d{1,4}[\s.,;•·–—-]*)?", rest) is not None


_LISTING_WORDS = GROUP_NOUNS | SITE_NOUNS | MEMBER_NOUNS | {"the", "and", "of", "page", "section", "see"}
"""Words a list of names may hold beside the names: kind words, "page", "see"."""


def _mask_exceptions(body: str) -> str:
    """``body`` with its exception phrases blanked (same length): what they name is no scope."""
    return _EXCEPT.sub(lambda m: " " * len(m.group(0)), body)


def _opens_with_exception(unit: str) -> bool:
    """True for a clause cut off at its exception ("except Field Service staff, who ...")."""
    body = unit.lstrip(BULLETS + "*- ").strip()
    return _EXCEPT_START.match(_ENUMERATOR.sub("", body, count=1)) is not None


_EXCEPT_START = re.compile(r"^(?i:except(?:\s+for)?|excluding|other\s+than|apart\s+from)\s+(?=\S)")


def _body(unit: str) -> str:
    """A unit without its bullet, clause number or opening conjunction or connective ("6.2 Staff
    in ..." and "and Field Service staff ..." read as "Staff in ..." and "Field Service staff
    ...")."""
    body = unit.lstrip(BULLETS + "*- ").strip()
    body = _CONJUNCTION_START.sub("", _ENUMERATOR.sub("", body, count=1), count=1)
    return _EXCEPT_START.sub("", body, count=1)


_ALSO_AFTER_SUBJECT = re.compile(
    r"\s+(?:(?:must|should|will|may|can|shall|need\s+to|have\s+to|are|do)\s+)?(?:also|additionally|in\s+addition)\b",
    re.I,
)
"""A subject's rule added to the general one ("Drivers| must also call ..."): the subject is whom it is for."""

_JOINED_SUBJECT = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+(?=\S)")
"""Where a second subject is joined to a unit's first ("Drivers| and |warehouse staff work ...")."""

_CONJUNCTION_START = re.compile(
    r"^(?:(?:and|while|whereas|but)\s+|(?:In addition|Additionally|Also|Furthermore|Moreover|However|In particular|"
    r"Likewise|Similarly|By contrast|In contrast|Meanwhile|Finally|Note|NB|N\.B\.|Please note|Important)\s*[,:]\s*)"
    r"(?=\S)"
)
"""A conjunction or a discourse connective that opens a unit without scoping it ("In
addition: Staff Nurses must ...")."""


_GRADE_HEADING = re.compile(r"^(?P<w>(?i:grade|band|level|pay grade))\s+(?P<code>\S{1,5})$")
"""A heading that names a pay grade: "Grade K3", "Band 4"."""


_HEADING_LABEL = re.compile(
    r"^(?:(?:Schedule|Part|Appendix|Annex|Annexe|Section|Chapter|Article|Clause)\s+[A-Z0-9]{1,4}[.:]?\s*[-–—:.]?\s*"
    r"|(?:" + _CLAUSE_NO + r"|\d{1,3})\s+|[A-Z][.)]\s+)(?=\S)",
    re.I,
)


_NOT_A_HEADING_NAME = _DETERMINERS | _words("which what whose who where my his her its other another some no")
"""Determiners, pronouns and question words: a heading's would-be name of these alone names nothing."""


def _names_something(name: str) -> bool:
    """Whether a heading's would-be name has a word that is no determiner, pronoun or question
    word: "Which department am I in?" and "Your team" name no department, "Our Office" no site."""
    return any(w.casefold() not in _NOT_A_HEADING_NAME for w in name.split())


def _heading_name(heading: str) -> str:
    """A heading without its number or label ("3.1 Design Studio", "Schedule B – Drivers",
    "Part 2: Warehouse staff" read as "Design Studio", "Drivers", "Warehouse staff")."""
    return _HEADING_LABEL.sub("", heading.strip(), count=1).rstrip(":").strip()


def _heading_found(heading: str, kind: EntityType) -> FoundEntity:
    """The context a heading names (its number or label aside: "3.1 Design Studio" is "Design
    Studio"), a role's in the singular."""
    name = _heading_name(heading)
    return FoundEntity(_singular(name) if kind == EntityType.ROLE else name, kind)


def _is_named(heading: str, found: FoundEntity) -> bool:
    """Whether a heading is the name of the context it names, with at most a word for its kind
    or its people ("Member Support department", "Warehouse staff", "Drivers"), not a topic that
    names it ("Crew allowances", "Leave at Bergen")."""
    words = [singular_word(w) for w in entity_key(_heading_name(heading)).split()]
    name = [singular_word(w) for w in entity_key(found.name).split()]
    at = next((i for i in range(len(words) - len(name) + 1) if words[i : i + len(name)] == name), None)
    if at is None:
        return False
    rest = words[:at] + words[at + len(name) :]
    return all(w in _NAME_KIND_WORDS for w in rest)


_NAME_KIND_WORDS = frozenset(
    {singular_word(w) for w in _KIND_WORDS}
    | SITE_NOUNS
    | GROUP_NOUNS
    | {"staff", "employee", "colleague", "team", "base"}
)
"""Words a heading may add to a context's name and still be that name: its kind ("department",
"site", "base") or its people ("staff")."""


def _reads_as_name(heading: str) -> bool:
    """A heading that could be a context's name (its number or label aside): 1-4 words, each
    capitalised (or a joining word), no digits and no policy word."""
    heading = _heading_name(heading)
    words = heading.split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in heading):
        return False
    if any(w.lower().strip("-,") in _POLICY_WORDS for w in re.split(r"[\s-]+", heading)):
        return False
    if {w.lower() for w in words} <= _EVERYONE_WORDS:
        return False  # "PART D: ALL EMPLOYEES" beside "PART B: CREW": everyone, no group
    return all(w[:1].isupper() or w in {"&", "and", "of", "de"} for w in words)


_EVERYONE_WORDS = frozenset(
    {"all", "every", "everyone", "everybody", "other", "others", "general", "and", "of"}
    | {"staff", "employees", "employee", "colleagues", "people", "workers", "personnel", "members"}
)
"""Words of a heading that names everyone a document covers ("All employees", "All staff",
"Everyone"), which a sibling heading's kind does not make a group."""


def _longest(cands: list[_Candidate]) -> list[_Candidate]:
    """Candidates less those whose name lies inside a longer one's of the same unit, and
    those without a kind whose name another phrasing of the unit gives one ("Staff in the
    Sales department": a department, whatever spaCy makes of "Sales")."""
    keys = [f" {entity_key(c.name)} " for c in cands]
    typed = {k for c, k in zip(cands, keys) if c.kind is not None}
    return [
        c
        for c, k in zip(cands, keys)
        if not any(k != o and k in o for o in keys) and (c.kind is not None or k not in typed)
    ]


def _most_specific(found: list[FoundEntity]) -> list[FoundEntity]:
    """``found`` less each entity whose name lies inside a longer one's: the heading "Senior
    Manager of Sales" names that role, not also the "Senior Manager" someone mentioned earlier
    (which would make the section apply to every Senior Manager), nor the department Sales
    (the title is the narrower context)."""
    keys = [f" {entity_key(f.name)} " for f in found]
    return [f for f, key in zip(found, keys) if not any(key != other and key in other for other in keys)]


__all__ = ["CONTEXT_TYPES", "ROLE_WORDS", "Excluded", "ScopeReader", "defers", "units"]
