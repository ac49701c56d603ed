"""What a document declares about its own contexts, in the words handbooks use for it.

Two conventions, found in collective agreements, conditions of service and staff manuals:

- **Enumerations** name the sites, regions or departments there are: "The University has
  three campuses: Kellbridge, the main campus; Stanmoor; and the Porthallow Marine Station",
  "We trade from eleven stores in three regions: Borders, Estuary and Capital", "the plant
  comprises the departments of Assembly, the Foundry and the Tool Room" (an aside in brackets
  after a name is the name's), "'Garage' means Wexcombe Road, Millhaven or Stanlow Cross".
  Each name gets the kind's type (:func:`declared_names`), so a table headed by those names,
  or a user who says "my garage is Wexcombe Road", reads them as sites before the graph knows
  them.
- **Partitions** count the groups everyone is in: "Every member sits in one of four sections:
  Strings (violins, violas, cellos and double basses), Woodwind, Brass, and PHK, which is
  percussion, timpani, harp and keyboards", "colleagues work one of four shift patterns:
  earlies and lates (...), nights (...) or the weekend shift". When as many elements are listed
  as counted, each is a context (:func:`partition_names`; lower-case names when the kind word
  is known, "shift patterns"), and what its brackets or its "which is" clause list is in it.
- **Descriptions of groups by who and what is in them**: the same definitions, and a list
  item or a table row that pairs a group with a list of lower-case words ("Front of House
  (FOH): ushers, bar and café staff, duty managers"; a row "Role group: Client Care; Job
  titles in it: receptionists, client care coordinators"). Every listed word, a job title or
  not ("reception", "lighting", "ticket sales"), is what someone in the group may call their
  work (:func:`group_words`): a person who says "I work on reception" is linked to Front
  office when they name no department (:mod:`memgraph.recall.mentions`).
- **Definitions of groups by their members' job titles**: "'Engineering Staff' means fitters,
  vehicle electricians and engineering apprentices", "'academic staff' means lecturers,
  senior lecturers, readers and professors", and without quotes "When we talk about
  housekeeping, we mean room attendants, linen porters and floor supervisors" (then only
  titles that end in a job noun count), and a job title defined by its duty ("'Bus
  Operator' means an employee whose main duty is driving a bus": a bus driver is a Bus
  Operator). Each title is a role that belongs to the group
  (:func:`memberships`): the knowledge base writes ``(:Role)-[:PART_OF]->(:Department)``, and
  someone who says "I'm a fitter" is answered with Engineering Staff's rules.

- **Abbreviations** a document declares for its names: "Ferncastle General Hospital (FGH)",
  "'Professional Services staff' ('PS staff')". The abbreviation and the full name are one
  context (:func:`abbreviations`): the knowledge base links "At FGH, ..." to Ferncastle General
  Hospital, so someone based "at the General" is answered with FGH's rules.

Both read text only (no model); names are kept as written, titles made singular.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..models import EntityType
from ..text.textutil import BULLETS, stopwords
from ..text.vocabulary import COUNT_WORDS, ROLE_HEADS, SITE_NOUNS, UNIT_NOUNS, count_value
from .extract import FoundEntity, match_key, plural_word, singular_word
from .facts import grade_codes, grade_name

_NUMBER = r"(?:\d+|" + "|".join(COUNT_WORDS) + r"|several|many|a few|a number of)"
_QUOTED = r"[\"“‘'](?P<term>[^\"”’']{2,40})[\"”’']"
_DEFINES = r"(?:means|mean|includes|include|covers|cover|comprises|comprise|refers\s+to|consists\s+of|employs|employ)"
_DEFINITION = re.compile(_QUOTED + r"(?:\s*\([^()]{1,40}\))?\s+" + _DEFINES + r"\s+(?P<list>[^.;:]+)")
"""A quoted term's definition ("'Control Staff' means ...", "'Professional Services staff' ('PS
staff') means ...")."""
_INCLUDING = re.compile(r"(?:,\s*|\s+)(?:including|such\s+as|for\s+example|e\.g\.,?|namely)\s+", re.I)
"""Where a definition turns from what the term means to who it includes ("staff employed on a
Teaching and Research contract, including Lecturers, Senior Lecturers and Readers")."""
_ASIDE = re.compile(r"\s*\([^()]*\)")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and|or)?\s*|\s+(?:and|or)\s+")
_LEADING = re.compile(r"^(?:(?:and|or|the|a|an|any|all|our|its|their|including|such\s+as)\s+)+", re.I)
_NAME_RUN = re.compile(r"^(?:[A-Z][\w'’&.-]*|of|de|la|upon|on|and)(?:\s+(?:[A-Z][\w'’&.-]*|of|upon|on|&))*")
_TITLE_CUT = re.compile(
    r"\s+(?:on|in|at|of|for|with|by|who|whose|which|that|from|under|appointed|employed|working|including)\b.*$", re.I
)
_PLAIN_DEFINITION = re.compile(
    r"(?:\b(?i:when\s+we\s+(?:talk\s+about|say|refer\s+to)|by)\s+(?P<said>[a-z][a-z -]{2,30}?),\s+we\s+mean"
    r"|(?:^|(?<=[.;:]\s))(?:\d{1,2}(?:\.\d{1,2}){1,2}\s+)?(?:The\s+)?"
    r"(?P<term>[A-Za-z][a-z-]+(?:\s+[A-Za-z][a-z-]+){0,2})\s+" + _DEFINES + r")"
    r"\s+(?P<list>[^.;:]+)"
)
"""A definition without quotes: "When we talk about housekeeping, we mean room attendants, ...",
"Front office covers reception, reservations and night porters", "10.2 Ground Operations employs
ramp agents, dispatchers and de-icing operators" (after a clause's number)."""
_IT_DEFINES = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:\d{1,2}(?:\.\d{1,2}){1,2}\s+)?(?P<name>[A-Z][\w&'’-]*(?:\s+(?:and\s+|&\s+|of\s+)?"
    r"[A-Z][\w&'’-]*){0,3})\s+(?=[a-z])[^.;:]{3,200}\.\s+(?P<it>It)\s+(?=" + _DEFINES + r"\s)"
)
"""A group named as a sentence's subject and "It" as the next one's, before a verb that lists its
people: "10.1 Engineering carries out line maintenance ... It employs licensed aircraft
engineers (B1 and B2) and mechanics." (it is Engineering)."""


def _it_named(text: str) -> str:
    """``text`` with each "It" of :data:`_IT_DEFINES` replaced by the group the sentence before
    names ("Engineering employs licensed aircraft engineers ...")."""
    return _IT_DEFINES.sub(lambda m: m.group()[: m.start("it") - m.start()] + m.group("name") + " ", text)


_SUBGROUP = re.compile(r"(?P<group>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s*\((?P<list>[a-z][^()]{2,120})\)")
"""A group in a definition's list with its members' titles in brackets: "flight crew (captains
and first officers)"."""
_LISTED_GROUP = re.compile(
    r"(?:^|(?<=[;:]\s)|(?<=\s))(?:\([a-z]\)|\([ivx]{1,4}\)|[a-z][.)])\s+"
    r"(?P<term>[A-Z][\w&'’-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&'’-]*){0,3}\s+(?:staff|employees|colleagues))"
    r"\s*(?::|–|—|-)\s+(?P<list>[^;]+?)(?=;|\.(?:\s|$)|$)"
)
"""A lettered item that lists a group's job titles: "(a) Ranger and Estate staff: area
rangers, estate workers and tree officers, normally based at the depot;"."""
_THEY_ARE = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=^\W\s))[" + BULLETS + r"*-]?\s*"
    r"(?P<term>[A-Z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,2}\s+(?:staff|employees|colleagues|workers))"
    r"(?:\s*\([^()]*\))?\s+(?:are|is)\s+[^.]{3,200}\.\s+(?:They|These)\s+are\s+(?P<list>[^.:;]+)"
)
"""A group described in one sentence and listed by its members' job titles in the next: "Tariff
colleagues are those whose pay is set by the agreement. They are warehouse operatives and
pickers, loaders, stock controllers and team leaders, on grades T1 to T4."."""
_AT_LEVEL = re.compile(
    r"(?:^|(?<=[.;:]\s))(?P<list>[A-Z][^.;:]{2,150}?)\s+(?:are|is)\s+(?:at|on|in)\s+the\s+"
    r"(?P<group>[A-Z][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,3})\s+(?:level|grade|band|tier)\b"
)
"""Job titles put on a level another title names: "Supervisors, key holders and Deputy Store
Managers are at the Team Leader level for everything in this handbook"."""
_ARE_IN = (
    r"(?:^|(?<=[.;:]\s))(?P<list>[A-Z][^.;:]{2,250}?)\s+(?:are|is)\s+(?:(?:all\s+)?(?:in|part\s+of|members\s+of"
    r"|counted\s+(?:in|as)|classed\s+as)\s+)?(?:the\s+)?(?P<group>{groups})(?:\s+(?:staff\s+)?(?:group|section"
    r"|category|family))?(?=[.;,]|\s+(?:and|but|too|as\s+well)\b)"
)
"""Job titles put in a group the document counts (:func:`partitions`): "Registered nurses,
midwives and healthcare assistants are in Nursing and Midwifery", "Physiotherapists, ... and
dietitians are Allied Health Professionals"; ``{groups}`` is the groups' names."""
_MADE_UP_OF = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:The\s+)?(?P<term>[A-Z][\w&'’-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&'’-]*){0,4})\s+"
    r"(?:(?:is|are)\s+(?:made\s+up|composed|formed)\s+of|consists\s+of|comprises)\s+(?P<list>[^.;:]+)"
)
"""A group made up of its members' job titles: "Branch Services is made up of Pages, Circulation
Clerks, Library Assistants and Branch Managers at Central Library"."""
_PEOPLE_TERM = re.compile(r"[a-z]+(?:\s+[a-z]+){0,2}s|[a-z]+(?:\s+[a-z]+)?\s+crew")
"""A defined term in lower case that may name a class of jobs: a plural ("officers", "ratings")
or a crew ("deck crew")."""
_MEMBER_TAIL = re.compile(r"\s+(?:staff|employees|employee|personnel|workers|colleagues|members)$", re.I)
_GENERIC_MEMBERS = frozenset(
    {"staff", "employee", "employees", "people", "person", "worker", "workers", "member", "colleague", "colleagues"}
    | {"personnel"}
)
_EVERYONE = frozenset({"everyone", "everybody", "anyone", "anybody"})
"""Who a group's description may open with ("everyone on a support contract, such as ..."): no
word of the group's."""
_AGENT_NOUN = re.compile(r"[a-z]{3}(?:er|or|ist|ian)$")
"""A one-word title in a list of people is a doer's noun ("joiners", "bricklayers"), not a
thing ("accounts", "payroll")."""
_PLURAL_TITLE = re.compile(r"(?:[a-z]s|[a-z]men|\bstaff|\bpersonnel|\bcrew)$")
"""A listed job title is written in the plural ("fitters", "radio room staff"); "managerial"
or "library" in such a list qualify a post, they are no title."""
MAX_ITEMS = 12


@dataclass(frozen=True)
class Membership:
    """A job title the document puts in a group: ``role`` (singular, as written) is part of
    ``group`` (the group's name without "staff"/"employees"), a department or, for a
    defined job title ("'Bus Operator' means an employee whose main duty is driving a
    bus"), a role."""

    role: str
    group: str
    group_type: EntityType = EntityType.DEPARTMENT
    grades: tuple[str, ...] = ()
    """The grades (as :func:`~memgraph.extraction.facts.grade_name` names them) at which the
    membership holds; empty: at all ("Levels: L3 to L7; Classification: Exempt")."""
    family: bool = False
    """Whether ``role`` is a job family, as written ("Design, Product, Data and Analytics"),
    whose titles are its members by their words (:mod:`memgraph.recall.families`), not one title."""
    defined: bool = field(default=False, compare=False)
    """Whether ``group`` is a term the document defines in quotes ('"Crew" means ...'): a group
    of its people though the document's title names it ("Crew and Ground Staff Handbook")."""

    @property
    def title(self) -> str:
        """``role`` as a title is written: each word capitalised, a level's Roman numeral in
        capitals ("research associate ii" -> "Research Associate II"); a job family as written."""
        if self.family:
            return self.role
        return " ".join(w.upper() if re.fullmatch(r"[ivx]{1,4}", w) else w.title() for w in self.role.split())


_DUTY_DEFINITION = re.compile(
    _QUOTED + r"\s+(?:means|refers\s+to)\s+(?:an?|any)\s+(?:employee|person|member\s+of\s+staff|worker)\s+"
    r"(?:whose\s+(?:main\s+|principal\s+|primary\s+|usual\s+)?(?:duty|job|work|role)\s+is\s+"
    r"(?P<gerund>[a-z]{3,}ing)\s+(?:an?\s+|the\s+)?(?P<object>[a-z]{3,})\b"
    r"|(?:employed|engaged|appointed)\s+as\s+an?\s+"
    r"(?P<title>[a-z]+(?:\s+(?!(?:on|in|at|for|with|who|whose|to|and|or)\b)[a-z]+){0,2}))"
)
"""A job title defined by what its holders do: "'Bus Operator' means an employee whose main
duty is driving a bus" (a bus driver is a Bus Operator), "'Porter' means a person employed
as a night porter"."""


def _agent_noun(gerund: str) -> str | None:
    """The job noun of a duty's verb, when it is a known one: driving -> driver, inspecting
    -> inspector, nursing -> nurse, cooking -> cook."""
    stem = gerund[:-3]
    for noun in (stem + "er", stem + "or", stem + "e", stem, stem[:-1] + "er"):
        if noun in ROLE_HEADS:
            return noun
    return None


def _kind_pattern(kinds: Mapping[str, EntityType]) -> re.Pattern[str]:
    # Plural kind words only: "Grade: K1; Spain: ..." is a table row, not an enumeration.
    words = sorted({plural_word(k) for k in kinds}, key=len, reverse=True)
    return re.compile(
        r"\b(?:" + _NUMBER + r"\s+)?(?P<kind>" + "|".join(re.escape(w) for w in words) + r")"
        r"(?:\s+in\s+(?:" + _NUMBER + r"\s+)?\w+)?(?:\s*:|\s+of\b|,?\s+namely\b)\s*(?P<list>[^.:]+)",
        re.I,
    )


def _counted_pattern(kinds: Mapping[str, EntityType]) -> re.Pattern[str]:
    # "at our three UK warehouse sites, Kettleby Park, Ravenholm Gateway and Coldharbour Cross":
    # a counted plural kind word, a comma, then the names (an appositive list)
    words = sorted({plural_word(k) for k in kinds}, key=len, reverse=True)
    # (each name maybe after "the": "our three vessels, the Calder Rose, the Penmoor Light and the
    # Skerryvane, and ...", the count saying where the list ends)
    return re.compile(
        r"\b(?P<count>"
        + _NUMBER
        + r")\s+(?:[A-Za-z][\w-]*\s+){0,2}(?P<kind>"
        + "|".join(re.escape(w) for w in words)
        + r"),\s+(?:the\s+)?(?=(?P<list>[A-Z][^.:;()]+))",
        re.I,
    )


def _paren_pattern(kinds: Mapping[str, EntityType]) -> re.Pattern[str]:
    # "on your practice (Strategy, Data & AI or Change)", "the office your contract is with
    # (Lisbon, Copenhagen or Kraków)": a kind word, a few lower-case words, the list in brackets
    words = sorted({w for k in kinds for w in (k, plural_word(k))}, key=len, reverse=True)
    return re.compile(
        r"\b(?P<kind>" + "|".join(re.escape(w) for w in words) + r")\b(?:\s+[a-z][\w'’]*){0,5}\s*"
        r"\((?P<list>[^()]{3,200})\)",
        re.I,
    )


_FROM_TO = re.compile(
    r"^\s*(?:(?:everyone|everybody|anyone|all\s+staff|all)\s+)?from\s+(?P<a>.+?)\s+to\s+(?P<b>.+)$", re.I
)
"""A list given by its ends: "everyone from kitchen porters to the head chef"."""


def _items(text: str) -> list[str]:
    """The elements of a written list: split at ";" when it has any (its elements may hold
    commas: "Kellbridge, the main campus; Stanmoor; and ..."), else at "," / "and" / "or"; a
    list given by its ends ("everyone from kitchen porters to the head chef") is its two ends."""
    if (ends := _FROM_TO.match(text)) is not None and not re.search(r"\d", text):
        text = f"{ends.group('a')}, {ends.group('b')}"
    parts = text.split(";") if ";" in text else _LIST_SPLIT.split(text)
    return [p.strip() for p in parts if p.strip()][: MAX_ITEMS + 1]


def _name(item: str) -> str | None:
    """The proper name an element opens with ("the Porthallow Marine Station" ->
    "Porthallow Marine Station", "Kellbridge, the main campus" -> "Kellbridge")."""
    item = _LEADING.sub("", item.split(",")[0].strip())
    m = _NAME_RUN.match(item)
    if m is None:
        return None
    name = re.sub(r"\s+(?:of|upon|on|and|&)$", "", m.group().strip())
    return name if len(name) >= 2 and name[0].isupper() else None


UNIT_OF = re.compile(r"(?i:" + "|".join(UNIT_NOUNS) + r")\s+of\s+(?:the\s+)?[A-Z]")
"""The start of a unit's name "<unit noun> of <Name>" (:data:`~memgraph.text.vocabulary.UNIT_NOUNS`):
a department's, whatever kind word lists it ("Schools: School of Engineering; ...")."""
_PARTITION = re.compile(
    r"\b(?i:(?:every|each)\s+(?!(?:day|week|month|year|time|shift|site|team)\b)[a-z]+|everyone|everybody|staff"
    r"|employees|colleagues|members|workers|players)\b[^.:;]{0,60}?\b(?i:one\s+of)\s+(?:the\s+|our\s+|these\s+)?"
    r"(?P<count>\d{1,2}|(?i:" + "|".join(COUNT_WORDS) + r"))\s+(?P<kind>[a-z]+(?:\s+[a-z]+)?s)\s*:\s*"
    r"(?P<list>(?:\([^()]*\)|(?<=\d):(?=\d)|[^.:;()])+)"
)
"""A partition of the people a document covers, counted: "Every member sits in one of four
sections: Strings (violins, violas, cellos and double basses), Woodwind, Brass, and PHK, which
is percussion, timpani, harp and keyboards", "Warehouse colleagues work one of four shift
patterns: earlies and lates (Monday to Friday, 8 hours), nights (...) or the weekend shift
(...)"."""
MAX_NAME_WORDS = 4
"""The most words a partition's group name has ("weekend shift", "Rank and file"); a longer
element is a description, not a name; not tuned."""
_WHICH_IS = re.compile(r",\s+(?:which|who)\s+(?:is|are|means|covers|includes)\s+", re.I)
_DESCRIPTION_MARK = "\x00"


def _descriptions_apart(listed: str) -> tuple[str, list[str]]:
    """A list with each element's description in brackets, or in a closing "which is ..."
    clause, replaced by a mark (:data:`_DESCRIPTION_MARK` and its index), and the descriptions:
    "Strings (violins, violas), Woodwind, and PHK, which is percussion, timpani" -> ("Strings<0>,
    Woodwind, and PHK<1>", ["violins, violas", "percussion, timpani"])."""
    asides: list[str] = []

    def mark(description: str) -> str:
        asides.append(description.strip())
        return f"{_DESCRIPTION_MARK}{len(asides) - 1}"

    listed = re.sub(r"\s*\(([^()]*)\)", lambda a: mark(a.group(1)), listed)
    head, *which = _WHICH_IS.split(listed, maxsplit=1)  # "..., and PHK, which is percussion, ..."
    return (head + mark(which[0]) if which else head), asides


def partitions(texts: Sequence[str]) -> list[tuple[str, str, str]]:
    """The groups a document counts its people into (:data:`_PARTITION`), when as many are
    listed as it counts: the count is what tells a list of names from a list of anything else.

    Returns:
        (kind word as written, e.g. "sections"; the group's name as written, without a leading
        article; what the document says is in it, from brackets or a closing "which is ..."
        clause, or "") per group, in order.
    """
    out: list[tuple[str, str, str]] = []
    for m in _PARTITION.finditer(re.sub(r"\s+", " ", " ".join(texts))):
        head, asides = _descriptions_apart(m.group("list"))
        wanted = count_value(m.group("count"))
        items = [i for i in _LIST_SPLIT.split(head) if i.strip()]
        if len(items) != wanted:
            # names with "and" in them ("Nursing and Midwifery, ..., and Administrative and
            # Clerical"): split at commas only, the count still has to match
            items = [_LEADING.sub("", i.strip()) for i in re.split(r"\s*[,;]\s*", head) if i.strip()]
            if len(items) != wanted:
                continue
        groups = []
        for item in items:
            name, _, at = item.partition(_DESCRIPTION_MARK)
            groups.append((m.group("kind"), _LEADING.sub("", name.strip()).strip(), asides[int(at)] if at else ""))
        if all(0 < len(name.split()) <= MAX_NAME_WORDS for _, name, _ in groups):
            out.extend(groups)
    return out


def declared_names(texts: Sequence[str], kinds: Mapping[str, EntityType]) -> list[FoundEntity]:
    """Names a document enumerates under a kind word: "three campuses: A; B; and C", "'Garage'
    means A, B or C", "your office (A, B or C)", "our three warehouse sites, A, B and C" (see the
    module docstring).

    Args:
        texts: the document's text, in reading order (joined with spaces; a list may run
            over several units).
        kinds: kind word (singular, lower case) -> the type it gives ("campus" ->
            Location, "team" -> Department).

    Returns:
        The names with their types, in order of appearance, without repeats; a list of more
        than :data:`MAX_ITEMS` elements is no enumeration and gives none.
    """
    text = re.sub(r"\s+", " ", " ".join(texts))
    found: dict[str, FoundEntity] = {}
    singular = {w: k for k in kinds for w in (k, plural_word(k))}

    def add(kind_word: str, listed: str, count: int | None = None) -> None:
        kind = kinds.get(singular.get(kind_word.lower(), ""))
        items = _items(_ASIDE.sub("", listed))  # "Commercial Services (finance, sales and HR)": one name
        if count is not None and len(items) > count >= 2:
            items = items[:count]  # "three vessels, A, B and C, and at our two terminals ...": the three
        if kind is None or not 2 <= len(items) <= MAX_ITEMS:
            return
        if kind not in (EntityType.LOCATION, EntityType.DEPARTMENT):
            return  # job titles and grades are no proper names ("Typical job titles: Fleet cleaner")
        names = [_name(i) for i in items]
        while names and names[-1] is None:
            names.pop()  # "A, B or C, whichever is named in the contract"
        if len(names) < 2 or any(n is None for n in names):
            return  # not a list of names ("sites: see the intranet, or ask HR")
        for n in names:
            if n is not None:
                found.setdefault(n.casefold(), FoundEntity(n, EntityType.DEPARTMENT if UNIT_OF.match(n) else kind))

    for m in _kind_pattern(kinds).finditer(text):
        add(m.group("kind"), m.group("list"))
    for m in _DEFINITION.finditer(text):
        add(m.group("term").strip(), m.group("list"))
    for m in _paren_pattern(kinds).finditer(text):
        add(m.group("kind"), m.group("list"))
    for m in _counted_pattern(kinds).finditer(text):
        counted = m.group("count").lower()
        add(
            m.group("kind"),
            m.group("list"),
            count_value(counted) if counted.isdigit() or counted in COUNT_WORDS else None,
        )
    return list(found.values())


def partition_names(
    groups: Sequence[tuple[str, str, str]], kinds: Mapping[str, EntityType], fallback: EntityType | None = None
) -> list[FoundEntity]:
    """The groups :func:`partitions` read, as contexts: of the type of their kind word when
    ``kinds`` has it (names in any case: "earlies" of "four shift patterns" is a Schedule),
    else proper names only, of the ``fallback`` type ("Strings" of "four sections", a
    department); a kind of job titles gives none (a job title is no proper name).

    Args:
        groups: :func:`partitions` of the document's text as written (its blocks, not units
            cut at colons).
        kinds: as for :func:`declared_names`.
        fallback: the type of proper names of a kind word ``kinds`` does not have; None: none.
    """
    singular = {w: k for k in kinds for w in (k, plural_word(k))}
    by_kind: dict[str, list[str]] = {}
    for kind_word, name, _ in groups:
        by_kind.setdefault(kind_word.lower(), []).append(name)
    found: dict[str, FoundEntity] = {}
    for kind_word, names in by_kind.items():
        kind = kinds.get(singular.get(kind_word, ""))
        if kind is None and all(n[:1].isupper() for n in names):
            kind = fallback
        if kind is not None and kind != EntityType.ROLE:
            for n in names:
                found.setdefault(n.casefold(), FoundEntity(n, kind))
    return list(found.values())


_GROUP_LEAD = re.compile(
    r"\b(?:groups|categories|kinds|types|classes)\s+of\s+(?:employees?|staff|people|colleagues|workers|personnel)\b"
    r"[^.:;]{0,60}:|\b(?:staff|employee|employment|worker|job|role|occupational)\s+(?:groups|categories|families)\b"
    r"[^.:;]{0,60}:",
    re.I,
)
"""A lead-in that announces the groups of people a document defines ("There are three groups of
employees:", "every employee belongs to one of three staff categories:", "The service has four
job families:")."""
_ENUMERATED = re.compile(
    r"(?:^|(?<=\s))(?P<mark>\d{1,2}[.)]|\(?[a-z]\)|[" + BULLETS + r"])\s+"
    r"(?P<label>[A-Z][\w&'’-]*(?:\s+(?:and\s+|&\s+|of\s+)?[\w&'’-]+){0,3}?)\s*(?::|–|—| - )\s+"
)
"""An enumerated item's label ("1. Site management: ", "(b) Head office - ", "• Crew: ")."""
MAX_ITEM_CHARS = 600
"""How far one enumerated item's description may run before the next item's mark (characters)."""


def _ordinal(mark: str) -> int | str:
    """An enumeration mark's place: 1 for "1." or "a)" or "(a)"; a bullet is itself."""
    core = mark.strip("().")
    if core.isdigit():
        return int(core)
    return ord(core) - ord("a") + 1 if len(core) == 1 and core.isalpha() else mark


def enumerated_groups(texts: Sequence[str]) -> list[tuple[str, str]]:
    """The items of an enumeration under a lead-in that announces groups of people ("There are
    three groups of employees: 1. Operatives: hourly-paid, site-based trades: joiners, ... 2.
    Site management: salaried staff based on our projects: Site Managers, ..."), wherever the
    layout left its marks (inline after a PDF's text extraction, or one bullet per line).

    The marks must run in order from the first ("1.", "a)", "(a)" or a bullet, each item
    within :data:`MAX_ITEM_CHARS` of the last); the enumeration ends where they stop.

    Returns:
        (label as written, its description up to the next item or the end of its first
        sentence) per item, in order.
    """
    text = re.sub(r"\s+", " ", " ".join(texts))
    out: list[tuple[str, str]] = []
    for lead in _GROUP_LEAD.finditer(text):
        pos, want = lead.end(), None
        found: list[re.Match[str]] = []
        while (m := _ENUMERATED.search(text, pos)) is not None and m.start() - pos <= MAX_ITEM_CHARS:
            place = _ordinal(m.group("mark"))
            if place != (want if want is not None else 1 if isinstance(place, int) else place):
                break  # the first must be "1." or "a)" (or a bullet), each next the one after
            found.append(m)
            want = place + 1 if isinstance(place, int) else place
            pos = m.end()
        for k, m in enumerate(found):
            end = found[k + 1].start() if k + 1 < len(found) else len(text)
            description = re.split(r"(?<=[.;])\s+(?=[A-Z\d])", text[m.end() : end].strip())[0]
            out.append((m.group("label").strip(), description.rstrip(" .;")))
    return out


_GLOSSARY_ROW = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<h1>[A-Z][\w ]{0,30}?):\s*(?P<term>[^:;]{1,60}?);\s*"
    r"(?i:meaning|definition|description|explanation|what\s+(?:we|it|this)\s+means?|what\s+we\s+mean\s+by\s+it)"
    r":\s*(?P<meaning>[^.;]+)"
)
"""A row of a glossary table, as the loaders write rows: "Term: care staff; Meaning: Care
assistants and senior care assistants ..." (the second column's header says it gives a meaning)."""


def glossary(texts: Sequence[str]) -> list[tuple[str, str]]:
    """The terms a glossary table defines (a table whose second column is headed "Meaning",
    "Definition", "Description", "What we mean" ...), whatever its first column is called.

    Returns:
        (term as written, the first sentence of its meaning) per row, in order; the meaning's
        first letter is lowered when it only opens a sentence ("Cooks, kitchen assistants" ->
        "cooks, kitchen assistants"; "Retail Assistants (Band 1), ..." is kept: titles).
    """
    text = re.sub(r"\s+", " ", " ".join(texts))
    out: list[tuple[str, str]] = []
    for m in _GLOSSARY_ROW.finditer(text):
        meaning = m.group("meaning").strip()
        words = meaning.split()
        if words and words[0][1:].islower() and (len(words) == 1 or not words[1][:1].isupper()):
            meaning = meaning[:1].lower() + meaning[1:]
        out.append((m.group("term").strip(), meaning))
    return out


def _glossary_groups(texts: Sequence[str]) -> list[tuple[str, str]]:
    """The glossary's terms that name people ("care staff", "Shop colleagues", "International
    staff (IS)"), each with the part of its meaning that lists who is in it (after the
    meaning's last colon: "Registered nurses: staff nurses and the clinical lead nurse")."""
    out = []
    for term, meaning in glossary(texts):
        term = _ASIDE.sub("", term).strip()
        if _MEMBER_TAIL.search(term):
            out.append((term, _ASIDE.sub("", meaning.rsplit(":", 1)[-1]).strip()))
    return out


def defined_groups(texts: Sequence[str]) -> list[str]:
    """Groups of people a document defines, whatever the definition lists: the quoted term of
    "'Professional Services staff' ('PS staff') means all other staff, including
    administrative, clerical, ... and farm staff" names a group (``"Professional Services"``,
    the term without "staff"/"employees"), though no job title is listed
    (:func:`memberships` gives those).

    Returns:
        The groups' names as written, capitalised, in order of appearance, each once.
    """
    text = re.sub(r"\s+", " ", " ".join(texts))
    terms = [m.group("term").strip() for m in _DEFINITION.finditer(text)]
    terms = [t for t in terms if _MEMBER_TAIL.search(t)] + [label for label, _ in enumerated_groups(texts)]
    # a lower-case glossary term ("care staff") is a category its uses type: memberships
    terms += [term for term, _ in _glossary_groups(texts) if term[:1].isupper()]
    out: list[str] = []
    for term in terms:
        group = _MEMBER_TAIL.sub("", term).strip()
        group = group[:1].upper() + group[1:]
        if group and not all(w.casefold() in stopwords() for w in group.split()) and group not in out:
            out.append(group)
    return out


def memberships(texts: Sequence[str]) -> list[Membership]:
    """Job titles a document defines a group by: "'Control Staff' means service controllers,
    bus inspectors and radio room staff" gives (service controller, Control), (bus
    inspector, Control), (radio room staff, Control).

    Only a quoted term that names people ("... Staff", "... employees", "Bus Operator") and a
    list of lower-case titles count; the titles are cut before a qualifier ("teaching fellows
    on the academic career pathway" -> "teaching fellow") and made singular.

    Returns:
        One :class:`Membership` per (title, group), in order of appearance.
    """
    text = _it_named(re.sub(r"\s+", " ", " ".join(texts)))
    out: list[Membership] = []
    for m in _DEFINITION.finditer(text):
        term = m.group("term").strip()
        if _MEMBER_TAIL.search(term):
            listed = m.group("list")
            # the titles it includes, as the document writes them ("Lecturers, Senior Lecturers")
            including = _INCLUDING.search(listed)
            if including is not None:
                listed = listed[including.end() :]
            group = _MEMBER_TAIL.sub("", term).strip()
            _add_titles(out, group, listed, job_nouns_only=False, capitalised=including is not None, defined=True)
        elif _PEOPLE_TERM.fullmatch(term):
            # '"officers" means the Master, Chief Officer, ... and Purser', '"ratings" means all
            # other seagoing personnel, namely the Bosun, Able Seamen, ...': a class of jobs by
            # its capitalised titles
            listed = m.group("list")
            if (including := _INCLUDING.search(listed)) is not None:
                listed = listed[including.end() :]
            _add_titles(
                out, term, _ASIDE.sub("", listed), job_nouns_only=True, capitalised=True, group_type=EntityType.CATEGORY
            )
        if subgroups := list(_SUBGROUP.finditer(m.group("list"))):
            # '"Crew" means flight crew (captains and first officers) and cabin crew (senior cabin
            # crew and cabin crew)': each bracket's titles are in their group and in the term's
            for sub in subgroups:
                group = _LEADING.sub("", sub.group("group"))
                _add_titles(out, group, sub.group("list"), job_nouns_only=False, min_items=1)
                _add_titles(out, term, f"{group}, {sub.group('list')}", job_nouns_only=False, defined=True)
    for m in _DUTY_DEFINITION.finditer(text):
        term = m.group("term").strip()
        if m.group("title"):
            title = m.group("title")
        elif (noun := _agent_noun(m.group("gerund"))) is not None:
            title = f"{m.group('object')} {noun}"
        else:
            continue
        membership = Membership(title, term, EntityType.ROLE)
        if title.split()[-1] in ROLE_HEADS and membership not in out:
            out.append(membership)
    for m in _LISTED_GROUP.finditer(text):
        term = m.group("term").strip()
        _add_titles(out, _MEMBER_TAIL.sub("", term).strip(), m.group("list"), job_nouns_only=True)
    for m in _AT_LEVEL.finditer(text):
        # a level named by a title is that role's ("the Team Leader level"), else a grade
        level = m.group("group")
        titled = singular_word(level.split()[-1].lower()) in ROLE_HEADS
        kind = EntityType.ROLE if titled else EntityType.GRADE
        _add_titles(out, level, m.group("list"), job_nouns_only=True, capitalised=True, group_type=kind)
    counted = sorted({name for _, name, _ in partitions(texts) if name[:1].isupper()}, key=len, reverse=True)
    if counted:
        are_in = re.compile(_ARE_IN.replace("{groups}", "|".join(re.escape(n) for n in counted)))
        for m in are_in.finditer(text):
            # the titles a bracket gives are listed too ("our maintenance trades (electricians, ...)")
            listed = re.sub(r"\s*\(([^()]*)\)", r", \1", m.group("list"))
            if listed[1:2].islower():
                listed = listed[:1].lower() + listed[1:]  # capitalised as the sentence's first word
            # (the group is one of people, so its list is of jobs, one job or more)
            _add_titles(out, m.group("group"), listed, job_nouns_only=False, min_items=1)
    for m in _THEY_ARE.finditer(text):
        _add_titles(
            out, _MEMBER_TAIL.sub("", m.group("term")).strip(), _ASIDE.sub("", m.group("list")), job_nouns_only=True
        )
    for m in _MADE_UP_OF.finditer(text):
        _add_titles(out, m.group("term"), _ASIDE.sub("", m.group("list")), job_nouns_only=True, capitalised=True)
    for m in _PLAIN_DEFINITION.finditer(text):
        # Without quotes only job titles count: "room attendants", not "reservations".
        term = (m.group("said") or m.group("term")).strip()
        _add_titles(out, _MEMBER_TAIL.sub("", term).strip(), _ASIDE.sub("", m.group("list")), job_nouns_only=True)
    for label, description in enumerated_groups(texts):
        # "2. Site management: salaried staff based on our projects: Site Managers, ...": the
        # titles after the description's last colon
        listed = _ASIDE.sub("", description.rsplit(":", 1)[-1])
        _add_titles(out, _MEMBER_TAIL.sub("", label).strip(), listed, job_nouns_only=True, capitalised=True)
    for term, listed in _glossary_groups(texts):
        # "Term: ancillary staff; Meaning: Cooks, kitchen assistants, ... and maintenance officers":
        # a lower-case term is a staff category, named with its people word as the document uses it
        if term[:1].isupper():
            _add_titles(out, _MEMBER_TAIL.sub("", term).strip(), listed, job_nouns_only=True, capitalised=True)
        else:
            _add_titles(out, term, listed, job_nouns_only=True, capitalised=True, group_type=EntityType.CATEGORY)
    for unit in texts:
        for group, titles in _together(unit):
            for title in titles:
                membership = Membership(title.lower(), group, EntityType.CATEGORY)
                if title.casefold() != group.casefold() and membership not in out:
                    out.append(membership)
    for m in _TITLE_GRADE.finditer(text):
        # "Senior Library Assistants (LH3)", "Retail Assistants (Band 1)": the grade a title is on
        title = _LEADING.sub("", m.group("title")).split()
        grade = grade_name(m.group("word") or "grade", m.group("code") or m.group("bare"))
        if title and grade is not None and singular_word(title[-1]).lower() in ROLE_HEADS:
            title[-1] = singular_word(title[-1])
            membership = Membership(" ".join(title).lower(), grade, EntityType.GRADE)
            if membership not in out:
                out.append(membership)
    for membership in [*_graded_roles(texts), *_classed_titles(texts)]:
        if membership not in out:
            out.append(membership)
    for unit in _list_items(texts):
        # a list item that describes a group of people by who is in it: "support staff: everyone
        # on a support contract, such as teaching assistants, cover supervisors, ..."
        item = _DESCRIBED_ITEM.match(unit)
        if item is not None and _MEMBER_TAIL.search(term := item.group("term").strip()):
            _add_titles(out, _MEMBER_TAIL.sub("", term).strip(), item.group("list"), job_nouns_only=True)
        elif item is not None and term[:1].isupper():
            # "Flight Deck (FD): Captains (CPT) and First Officers (FO).": a group's job titles,
            # capitalised as titles are (lower-case items are what a group covers: group_words)
            listed = _ASIDE.sub("", item.group("list"))
            if all(t[:1].isupper() for t in _items(listed)):
                _add_titles(out, _ASIDE.sub("", term).strip(), listed, job_nouns_only=True, capitalised=True)
    return out


_TITLE_GRADE = re.compile(
    r"\b(?P<title>(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+|(?:[a-z]+\s+){0,2}[a-z]+)\s+"
    r"\((?:(?P<word>(?i:grade|band|level|scale))\s+(?P<code>[A-Za-z]{0,3}-?\d{1,2}[a-z]?)"
    r"|(?P<bare>[A-Z]{1,3}-?\d{1,2}[a-z]?))\)"
)
"""A job title with the one grade it is on in brackets ("Senior Library Assistants (LH3)",
"Retail Assistants (Band 1)"); not "(grade LH1 or LH2)", two grades, nor a bare number ("(4)")."""


_GRADE_HEADERS = frozenset({"grade", "band", "level", "pay band", "pay grade", "point", "scale"})
_ROLES_HEADER = re.compile(r"\b(?i:roles?|jobs?|job\s+titles?|posts?|positions?)\b")
_GRADE_CELL = re.compile(r"^(?P<word>(?i:grade|band|level|scale))\s+(?P<code>[A-Za-z]{0,3}-?\d{1,2}[a-z]?)$")


_ROW_END = re.compile(r"(?<=\.)\s+(?=[A-Z][^:;.]{0,30}:)")
"""Where one table row ends and the next ("...: £24,404. Grade: Grade 4; ...") in a block's text."""


def _table_rows(texts: Sequence[str]) -> list[list[tuple[str, str]]]:
    """The table rows in ``texts`` as the loaders write them ("Header: value; Header: value."),
    each as its (header, value) cells, header in lower case; a cell's own list ("Positions:
    Circulation Clerk; Delivery Driver") kept whole. Rows of two or more cells only."""
    out: list[list[tuple[str, str]]] = []
    for unit in (r for t in texts for r in _ROW_END.split(re.sub(r"\s+", " ", t.strip()))):
        cells: list[tuple[str, str, str]] = []
        for c in unit.strip().rstrip(".;").split(";"):
            head, colon, value = c.partition(":")
            if not colon and cells:  # a cell's own list, "Circulation Clerk; Delivery Driver"
                cells[-1] = (cells[-1][0], ":", f"{cells[-1][2]}; {c.strip()}")
            else:
                cells.append((head, colon, value))
        if len(cells) >= 2 and all(colon for _, colon, _ in cells):
            out.append([(head.strip().casefold(), value.strip()) for head, _, value in cells])
    return out


def _graded_roles(texts: Sequence[str]) -> list[Membership]:
    """The job titles a table keyed by grade lists in a column of roles ("Grade: Grade 7;
    Roles: Site manager, finance officer; ...", "Band: Band 5; Usual ward roles: Staff nurse;
    ..."): each title on the one grade whose row lists it (a title listed on two grades is on
    neither)."""
    grades: dict[str, set[str]] = {}
    for cells in _table_rows(texts):
        header, value = cells[0]
        if header not in _GRADE_HEADERS:
            continue
        m = _GRADE_CELL.match(value)
        grade = grade_name(m.group("word"), m.group("code")) if m else grade_name(header.split()[-1], value)
        if grade is None:
            continue
        for h, listed in cells[1:]:
            if not _ROLES_HEADER.search(h):
                continue
            for item in _items(_ASIDE.sub("", listed)):
                title = _LEADING.sub("", item).split()
                # (a column of positions lists titles, whatever their last word: "Custodian")
                if title and len(title) <= 4 and not any(ch.isdigit() for w in title for ch in w):
                    title[-1] = singular_word(title[-1])
                    grades.setdefault(" ".join(title).lower(), set()).add(grade)
    return [Membership(title, next(iter(g)), EntityType.GRADE) for title, g in grades.items() if len(g) == 1]


_CLASS_HEADER = re.compile(r"\b(?i:classification|class|status|category|exemption)$")
"""A column whose cells say which class a row's jobs are in ("Classification: Non-exempt")."""
_LEVEL_HEADER = re.compile(r"^(?:(?:level|grade|band)\s+)?(?P<code>[ivx]{1,4}|\d{1,2})$")
"""A column headed by a level ("I", "Level II", "3"): a job family's cell for that level."""
_ALL_LEVELS = re.compile(r"^(?i:all(?:\s+(?:levels|grades|bands))?|any(?:\s+level)?)$")
"""A levels cell that says a row's class holds at every level ("all levels", "all")."""
_AGENT_ENDINGS = ("ist", "er", "or", "ian", "ant")
"""Endings of a job noun the list of job heads may lack ("Chemist", "Metrologist", "Surveyor")."""
_MAX_CLASS_WORDS = 3
"""The most words of a class's name a cell gives ("Non-exempt", "Salaried exempt"); not tuned."""


def _class_name(value: str) -> str | None:
    """A cell's value read as a class's name: a short capitalised phrase without digits."""
    value = value.strip(" .")
    if value[:1].isupper() and len(value.split()) <= _MAX_CLASS_WORDS and not re.search(r"\d", value):
        return value
    return None


def _key_titles(key: str) -> list[str]:
    """The job titles (lower case, singular) a classification row's key cell names: the key
    itself when it ends in a job noun ("Recruiting Coordinators"), and those its brackets
    list ("Customer Support (Support Specialists and Support Engineers)")."""
    out: list[str] = []
    bracket = re.search(r"\(([^()]*)\)", key)
    candidates = [_ASIDE.sub("", key), *(_items(bracket.group(1)) if bracket else [])]
    for c in candidates:
        words = _LEADING.sub("", c.strip()).split()
        if words and len(words) <= 4 and all(w[:1].isupper() for w in words) and not re.search(r"\d", c):
            words[-1] = singular_word(words[-1])
            if words[-1].lower() in ROLE_HEADS or words[-1].lower().endswith(_AGENT_ENDINGS):
                out.append(" ".join(words).lower())
    return out


_FAMILY_HEADER = re.compile(r"\b(?i:famil(?:y|ies)|job\s+(?:groups?|functions?|areas?))$")
"""A key column whose cells name job families ("Job family", "Job function")."""
_LEVELS_HEADER = re.compile(r"\b(?P<word>(?i:level|grade|band))s?$")
"""A column whose cells say at which levels a row holds ("Levels: L3 to L7")."""
_MAX_FAMILY_WORDS = 10
"""The most words of a job family's name as a row's key gives it ("Design, Product, Data and
Analytics, Finance, Legal"); not tuned."""


def _family_key(header: str, key: str) -> str | None:
    """A classification row's key read as a job family, as written without its aside
    ("Engineering (software, SRE, security)" -> "Engineering"): under a family column
    (:data:`_FAMILY_HEADER`), capitalised, without digits; None otherwise."""
    name = _ASIDE.sub("", key).strip(" .")
    if not _FAMILY_HEADER.search(header) or not name[:1].isupper() or re.search(r"\d", name):
        return None
    return name if len(name.split()) <= _MAX_FAMILY_WORDS else None


def _classed_titles(texts: Sequence[str]) -> list[Membership]:
    """The job titles and job families a classification table puts in a class: a row keyed
    by job titles (or a job family that lists them in brackets) with a class column for all
    levels ("Job family: Recruiting Coordinators; Levels: all levels; Classification:
    Non-exempt"), for some levels ("Job family: Design, Product; Levels: L3 to L7;
    Classification: Exempt": the family at grades L3 to L7, :attr:`Membership.grades`), or
    with one column per level ("Job family: Research Associate; I: Non-exempt; II: Non-exempt;
    III: Exempt"): each title, with its level when the class differs by level ("research
    associate iii" in Exempt), else the title itself and at each level. A row whose key is a
    job family, not a title, gives the family (:attr:`Membership.family`), which a title is in
    by its words.

    Returns:
        One :class:`Membership` (``group_type`` DEPARTMENT) per (title or family, class), in
        order; a family in one class by two rows has their grades together.
    """
    out: list[Membership] = []
    for cells in _table_rows(texts):
        titles = _key_titles(cells[0][1])
        # (a key that is itself a title, "Recruiting Coordinators", is no family)
        family = None if _key_titles(_ASIDE.sub("", cells[0][1])) else _family_key(*cells[0])
        if not titles and family is None:
            continue
        classed = [(h, c) for h, v in cells[1:] if _CLASS_HEADER.search(h) and (c := _class_name(v))]
        levels = [(m.group("code"), _class_name(v)) for h, v in cells[1:] if (m := _LEVEL_HEADER.match(h))]
        by_level = [(code, c) for code, c in levels if c is not None]
        ranged = [(m.group("word"), v) for h, v in cells[1:] if (m := _LEVELS_HEADER.search(h))]
        if classed and all(_ALL_LEVELS.match(v.strip(" .")) for _, v in ranged):
            out.extend(Membership(t, classed[0][1]) for t in titles)
            if family is not None:
                out.append(Membership(family, classed[0][1], family=True))
        elif classed and len(ranged) == 1 and (codes := grade_codes(ranged[0][1].strip(" ."))) is not None:
            word = ranged[0][0].lower()
            grades = tuple(g for c in codes if (g := grade_name(word, c)) is not None)
            out.extend(Membership(t, classed[0][1], grades=grades) for t in titles)
            if family is not None:
                out.append(Membership(family, classed[0][1], grades=grades, family=True))
        elif titles and len(by_level) >= 2 and len(by_level) == len(levels) and not classed:
            if len(names := {c for _, c in by_level}) == 1:
                out.extend(Membership(t, next(iter(names))) for t in titles)
            out.extend(Membership(f"{t} {code}", c) for t in titles for code, c in by_level)
    return _grades_together(out)


def _grades_together(found: Sequence[Membership]) -> list[Membership]:
    """``found`` with the memberships of one (title or family, class) made one, their grades
    together (none when one of them holds at all grades)."""
    out: dict[tuple[str, str, bool], Membership] = {}
    for m in found:
        key = (m.role, m.group, m.family)
        if (had := out.get(key)) is not None and had.grades and m.grades:
            m = replace(m, grades=tuple(dict.fromkeys([*had.grades, *m.grades])))
        elif had is not None:
            m = replace(m, grades=())
        out[key] = m
    return list(out.values())


_PEOPLE_ITEM = re.compile(
    r"^[" + BULLETS + r"*-]\s*(?P<term>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+are\s+(?:(?:the|our|all)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,4}?(?:players|musicians|staff|employees|workers|people|colleagues|team|members|"
    r"freelancers|contractors|crew|volunteers)\b"
)
"""A list item that says who a group of people is: "• Members are players with a permanent
full-time contract", "• Management staff are the salaried office team"."""


def described_people(texts: Sequence[str]) -> list[str]:
    """Groups of people a bulleted list defines item by item, two or more in a row: "• Members
    are players with a permanent full-time contract ... • Extras are freelance players engaged
    call by call ... • Management staff are the salaried office team" gives Members, Extras and
    Management (the name without its people word), siblings of one kind: who someone is under
    the document's terms. One such item alone is no partition ("• Managers are staff who ...").

    Returns:
        The groups' names as written, in order of appearance, each once.
    """
    out: list[str] = []
    run: list[str] = []
    for item in [*_list_items(texts), ""]:
        m = _PEOPLE_ITEM.match(item)
        if m is not None:
            run.append(m.group("term"))
            continue
        if item[:1] in BULLETS and run:
            continue  # another kind of item in the same list ("• OM is the Orchestra Manager")
        if len(run) >= 2:
            out.extend(g for t in run if (g := _MEMBER_TAIL.sub("", t).strip()) and g not in out)
        run = []
    return out


def _list_items(texts: Sequence[str]) -> list[str]:
    """The units of ``texts`` with each bulleted item apart, white space folded (one list per block)."""
    items = (i for t in texts for i in re.split(r"\s+(?=[" + BULLETS + r"]\s)", t.strip()))
    return [re.sub(r"\s+", " ", i.strip()) for i in items]


def _add_titles(
    out: list[Membership],
    group: str,
    listed: str,
    *,
    job_nouns_only: bool,
    capitalised: bool = False,
    group_type: EntityType = EntityType.DEPARTMENT,
    min_items: int = 2,
    defined: bool = False,
) -> None:
    """Add to ``out`` the (title, group) of each plural lower-case title in ``listed`` (or
    capitalised one too, with ``capitalised``: a list the definition says it includes); a
    list of fewer than ``min_items`` is no definition. ``defined``: see :attr:`Membership.defined`."""
    group = group if group[:1].isupper() else group[:1].upper() + group[1:]
    items = _items(listed)
    if not group or not min_items <= len(items) <= MAX_ITEMS:
        return
    if all(w.casefold() in stopwords() for w in group.split()):
        return  # "This includes ... specialists and other providers": a pronoun, no group
    titles = [_TITLE_CUT.sub("", _LEADING.sub("", item)).strip() for item in items]
    # "the Manager of Collections and Technical Services" cut to "Manager": no title of its own
    titles = [
        "" if len(t.split()) == 1 and re.search(r"^\S+\s+of\b", _LEADING.sub("", i).strip()) else t
        for t, i in zip(titles, items)
    ]
    if titles[0].casefold() in _GENERIC_MEMBERS:
        return  # "staff in administrative, library and estates posts": kinds of post, no titles
    if capitalised and titles[-1] and titles[-1].split()[-1].casefold() in _GENERIC_MEMBERS:
        return  # "including administrative, clerical, estates and farm staff": kinds of staff
    # A list with one job noun lists people: its other plural items of two words or more are
    # titles too ("area rangers, estate workers and woodland officers"; not "reservations").
    people = any(
        t.split() and singular_word(t.split()[-1]).lower() in ROLE_HEADS and _PLURAL_TITLE.search(t) for t in titles
    )
    for title in titles:
        words = title.split()
        # (a capitalised list may name single posts: "the Master, Chief Officer and Purser")
        one_post = capitalised and title[:1].isupper() and singular_word(words[-1]).lower() in ROLE_HEADS
        if not words or len(words) > 4 or (title[:1].isupper() and not capitalised):
            continue
        if not _PLURAL_TITLE.search(title) and not one_post:
            continue
        if title.casefold() in _GENERIC_MEMBERS or set(title.casefold().split()) <= set(group.casefold().split()):
            continue  # (or a part of the group's own name: "... the Manager of Collections and |Technical Services")
        words[-1] = singular_word(words[-1])  # ("Able Seamen", "Motormen": a "-man" each)
        if (
            job_nouns_only
            and words[-1].lower() not in ROLE_HEADS
            and not (people and (len(words) >= 2 or _AGENT_NOUN.search(words[-1])))
        ):
            continue
        membership = Membership(
            " ".join(words).lower() if capitalised else " ".join(words), group, group_type, defined=defined
        )
        if membership not in out:
            out.append(membership)


@dataclass(frozen=True)
class GroupWords:
    """What a document lists as being in a group: ``words`` are the listed items as written
    (lower case, without determiners and qualifiers: "reception", "night porters", "ticket
    sales"); ``group`` is the group's name as written ("Front office", "Front of House (FOH)"),
    without a word for its people ("Engineering" of "Engineering staff"), which ``term`` keeps
    ("office staff"; empty when the same)."""

    group: str
    words: tuple[str, ...]
    term: str = ""

    def names(self) -> list[str]:
        """The names the group goes by: with its people word, as written, and without and as
        its bracketed abbreviation ("Front of House (FOH)": that, "Front of House", "FOH")."""
        short = re.sub(r"\s*\([^()]*\)$", "", self.group)
        abbreviation = self.group[len(short) :].strip(" ()")
        return list(dict.fromkeys(n for n in (self.term, self.group, short, abbreviation) if n))


_DESCRIBED_ITEM = re.compile(
    r"^[" + BULLETS + r"*-]?\s*"
    r"(?P<term>[A-Z][\w&'’-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&'’-]*){0,3}(?:\s+\([A-Za-z&]{2,8}\))?"
    r"(?:\s+(?:staff|employees|colleagues|workers))?"
    r"|[A-Za-z][\w&'’-]*(?:\s+(?:and\s+|&\s+)?[a-z][\w&'’-]*){0,2}\s+(?:staff|employees|colleagues|workers))"
    r"(?:\s+(?:are|is)\s+(?:the|our|all)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})?"
    r"\s*(?::|–|—| - )\s+(?P<list>[^;:]+?)[.;]?$"
)
"""A list item that pairs a group with what is in it: "Front of House (FOH): ushers, bar and
café staff, duty managers", "support staff: everyone on a support contract, such as teaching
assistants, cover supervisors, ...", "Management staff are the salaried office team: orchestra
management, marketing, ..." (a group in lower case ends in a word for its people)."""
_DESCRIBED_ROW = re.compile(
    r"^(?P<h1>[^:;]{1,40}):\s*(?P<term>[^:;]{2,60});\s*(?P<h2>[^:;]{1,40}):\s*(?P<list>[^:;]+?)[;.]?$"
)
"""A table row of two columns, a group and a list ("Role group: Client Care; Job titles in it:
receptionists, ...")."""
_SITE_OF_EVERYONE = re.compile(
    r"^(?:and\s+)?(?:everyone|everybody|all\s+(?:staff|employees|colleagues))\s+(?:employed|based|working|who\s+works?)"
    r"\s+(?:at|in)\s+(?:the\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of\s+)?[A-Z][\w'’&-]*){0,3})\s*$"
)
"""A group's members given by where they work ("office staff: home administrators, and everyone
employed at Dunmore House"): the site's name is what its people say of their work."""
_NO_DESCRIPTION = re.compile(r"\d|[£$€¥%]|\b(?:you|your|must|may|will|can|should|is|are|get|gets|have|has)\b", re.I)
"""A list that holds a value or speaks to the reader is a rule, not a description ("FOH: the duty
manager mobile, 07700 900412")."""
_QUALIFIER = re.compile(r"\s*\([^()]*\)")
MAX_DESCRIPTION_WORDS = 4


def group_words(texts: Sequence[str], group_header: Callable[[str], bool]) -> list[GroupWords]:
    """What a document says is in each of its groups (see the module docstring): definitions
    ("'Engineering Staff' means fitters, ...", "Front office covers reception, reservations,
    concierge and night porters"), list items that pair a group with a list of lower-case words,
    and two-column table rows whose first column is a kind of group.

    Args:
        texts: the document's units, in reading order.
        group_header: whether a table's column header names a kind of group ("Role group",
            "Department").

    Returns:
        One :class:`GroupWords` per group and description, in order of appearance. A list with a
        number, an amount or words to the reader ("your", "must") is a rule, not a description;
        fewer than two items, or more than :data:`MAX_ITEMS`, is none either.
    """
    out: list[GroupWords] = []

    def add(group: str, listed: str) -> None:
        if _NO_DESCRIPTION.search(listed):
            return
        items = _items(_QUALIFIER.sub("", listed))
        if not 2 <= len(items) <= MAX_ITEMS:
            return
        words = []
        for i, item in enumerate(items):
            if (site := _SITE_OF_EVERYONE.match(item)) is not None:
                words.append(site.group("name").casefold())  # "everyone employed at Dunmore House"
                continue
            if i and item[:1].isupper() and re.search(r"\s(?:at|in)\s+[A-Z]", items[i - 1]):
                continue  # the rest of a place phrase: "... de-icing operators at Bergen and |Stavanger"
            word = _TITLE_CUT.sub("", _LEADING.sub("", item)).strip(" .").casefold()
            if word and len(word.split()) <= MAX_DESCRIPTION_WORDS and word not in _GENERIC_MEMBERS | _EVERYONE:
                if word.split()[0] in _EVERYONE or _TITLE_CUT.match(" " + word):
                    continue  # "everyone else", "on a national contract"
                words.append(word)
        if len(words) >= 2 and _LEADING.sub("", listed.strip())[:1].islower():
            name = _MEMBER_TAIL.sub("", group.strip()).strip()
            described = GroupWords(name, tuple(dict.fromkeys(words)), group.strip() if name != group.strip() else "")
            if described.group and described not in out:
                out.append(described)

    text = _it_named(re.sub(r"\s+", " ", " ".join(texts)))
    for m in _DEFINITION.finditer(text):
        add(m.group("term"), m.group("list"))
    for m in _PLAIN_DEFINITION.finditer(text):
        add(m.group("said") or m.group("term"), m.group("list"))
    for m in _LISTED_GROUP.finditer(text):
        add(m.group("term"), m.group("list"))
    for label, description in enumerated_groups(texts):
        add(label, description.rsplit(":", 1)[-1])  # "3. Head office: salaried staff at ...: estimating, ..."
    for term, listed in _glossary_groups(texts):
        add(term, listed)
    for _, name, described in partitions(texts):
        if described:
            add(name, described)  # "Strings (violins, violas, cellos and double basses)"
    for unit in _list_items(texts):
        if (row := _DESCRIBED_ROW.match(unit)) is not None:
            if group_header(row.group("h1")) and not group_header(row.group("h2")):
                add(row.group("term"), row.group("list"))
        elif (item := _DESCRIBED_ITEM.match(unit)) is not None:
            add(item.group("term"), item.group("list"))
    return out


AREA_WORDS = frozenset({"country", "region", "area", "state", "province", "territory", "district", "zone"})
"""Kind words of a place that holds sites: "the Coastal region (Scarbeck, Whitcombe Sands, ...)"
names one with its sites."""
_AREA_WITH_SITES = re.compile(
    r"\b(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?i:" + "|".join(sorted(AREA_WORDS)) + r")\s*"
    r"\((?P<list>[A-Z][^()]{2,300})\)"
)


_SITE_COLUMN_NOUNS = SITE_NOUNS | {"city", "town", "property", "location", "base", "outlet"}
"""The last word of a column's header that says its cells name sites ("Hotel", "Standalone
restaurant", "City")."""
_CONTAINER_HEADERS = frozenset({"faculty", "college", "division", "directorate", "department", "group", "business"})
"""Headers of a table's key column whose values are groups that hold other groups ("Faculty:
Faculty of Arts; Schools: School of History; School of Languages")."""
_PART_COLUMN_NOUNS = frozenset({"school", "department", "team", "unit", "service", "section", "practice", "division"})
"""The last word of a column's header that says its cells name groups ("Schools", "Teams")."""


_CELL_NAME_WORDS = 6
"""The most words of a name a table cell lists ("School of Nursing and Midwifery"); not tuned."""


def _row_parts(texts: Sequence[str], keys: Collection[str], parts: Collection[str]) -> list[tuple[str, str]]:
    """(part, whole) from each table row keyed by a column whose header is one of ``keys``
    ("Country: Ireland") or opens with one in two words ("Country office: Lebanon"), from its
    columns whose header ends in one of ``parts`` ("Hotel: Meridale Quay Hotel, Galway"; plural
    or not): every name such a cell lists, with what it says in brackets left out. A row keyed
    by two such columns nests them ("Region: West Africa; Country office: Ghana; Duty stations:
    Accra, Tamale": Ghana is in West Africa, the towns in Ghana)."""
    out: list[tuple[str, str]] = []
    for cells in _table_rows(texts):
        keyed = [value for header, value in cells if _keys_by(header, keys) and value[:1].isupper()]
        if not _keys_by(cells[0][0], keys) or not keyed:
            continue
        out.extend((inner, outer) for outer, inner in itertools.pairwise(keyed) if inner != outer)
        whole = keyed[-1]
        for h, value in cells[1:]:
            if h.split() and singular_word(h.split()[-1]) in parts and not _keys_by(h, keys):
                value = re.sub(r"\([^()]*\)", "", value)
                # a list by semicolons keeps the "and" in its names ("School of Nursing and Midwifery")
                names = (
                    [_LEADING.sub("", part.strip()) for part in value.split(";")]
                    if ";" in value
                    else [_name(part) or "" for part in _LIST_SPLIT.split(value)]
                )
                out.extend(
                    (n, whole) for n in names if n[:1].isupper() and len(n.split()) <= _CELL_NAME_WORDS and n != whole
                )
    return out


def _keys_by(header: str, keys: Collection[str]) -> bool:
    """Whether a column's header (lower case) is one of ``keys`` or opens with one in two words
    ("country office")."""
    words = header.split()
    return header in keys or (len(words) == 2 and words[0] in keys)


def group_parts(texts: Sequence[str]) -> list[tuple[str, str]]:
    """The groups a table puts in larger groups: a row keyed by a column of faculties, divisions
    or directorates whose other column lists groups ("Faculty: Faculty of Medicine and Health;
    Schools: School of Medicine; School of Nursing and Midwifery" places both schools in the
    faculty).

    Returns:
        (group as written, larger group as written) pairs, in order, each once.
    """
    return list(dict.fromkeys(_row_parts(texts, _CONTAINER_HEADERS, _PART_COLUMN_NOUNS)))


_UNIT_WORDS = r"(?:departments|directorates|divisions|teams|functions|units)"
_DEFINED_BY_UNITS = re.compile(
    _QUOTED + r"\s+(?:means|mean|covers|cover|comprises|comprise|refers\s+to)\s+(?:all\s+)?(?:employees|staff|people|"
    r"colleagues|those)\s+(?:of|in|working\s+in|employed\s+in)\s+(?:the\s+|our\s+)?(?P<list>[A-Z][^.;:]{2,200}?)\s+"
    + _UNIT_WORDS
    + r"\b"
)
"""A group defined by the units its people work in ("'Ground staff' means employees of the
Engineering, Ground Operations and Customer Service departments")."""
_UNITS_ARE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur)\s+(?P<term>[a-z][a-z -]{2,40}?)\s+" + _UNIT_WORDS + r"\s+are\s+(?P<list>[A-Z][^.;:]{2,240})"
)
"""A group's units listed ("The professional services directorates are Estates and Facilities,
IT Services, Library Services, Finance, and People and Organisational Development")."""


def _unit_names(listed: str) -> list[str]:
    """The names of a list of units, cut at commas and at the last "and" only when no comma
    stands before it ("A, B and C"; "A and B, C, and D and E" keeps "A and B" and "D and E"):
    a unit's name may hold "and" ("Estates and Facilities")."""
    parts = [p.strip() for p in re.split(r"\s*,\s*", listed.strip()) if p.strip()]
    if len(parts) == 1 or not parts[-1].startswith(("and ", "or ")):
        head, sep, tail = parts[-1].rpartition(" and ")
        if sep and head and tail[:1].isupper():
            parts[-1:] = [head, tail]
    names = [_LEADING.sub("", p).strip() for p in parts]
    return [n for n in names if n[:1].isupper() and len(n.split()) <= 6]


def unit_groups(texts: Sequence[str]) -> list[tuple[str, str]]:
    """The departments a document puts in a group of staff by naming them: "'Ground staff' means
    employees of the Engineering, Ground Operations and Customer Service departments" (each
    department is in "Ground"), "The professional services directorates are Estates and
    Facilities, IT Services, ..." (each directorate is in "professional services").

    Returns:
        (department as written, group as written without "staff"/"employees"), in order, each
        once; nothing for a list of fewer than two names.
    """
    text = re.sub(r"\s+", " ", " ".join(texts))
    out: list[tuple[str, str]] = []
    for pattern in (_DEFINED_BY_UNITS, _UNITS_ARE):
        for m in pattern.finditer(text):
            group = _MEMBER_TAIL.sub("", m.group("term").strip()).strip()
            names = _unit_names(m.group("list"))
            if len(names) >= 2 and group:
                out.extend((n, group) for n in names if n.casefold() != group.casefold())
    return list(dict.fromkeys(out))


def area_sites(texts: Sequence[str]) -> list[tuple[str, str]]:
    """The sites a document places in its regions or countries: by naming each area with its
    sites in brackets ("the Coastal region (Scarbeck, Whitcombe Sands, Filsea and Bridlow)"), or
    in a table keyed by a column of areas whose other columns name sites ("Country: Ireland;
    Hotel: Meridale Quay Hotel, Galway; Standalone restaurant: Meridale Kitchen, Dublin": the
    hotel, its town, the restaurant and its town are in Ireland; what a cell says in brackets
    is no site of its own).

    Returns:
        (site as written, area as written) pairs, in order, each once; the caller keeps those
        both of whose names it knows as places, or does not know as anything else.
    """
    out: list[tuple[str, str]] = []
    text = re.sub(r"\s+", " ", " ".join(texts))
    for m in _AREA_WITH_SITES.finditer(text):
        names = [_name(i) for i in _items(m.group("list"))]
        if len(names) >= 2 and all(names):
            out.extend((n, m.group("area")) for n in names if n)
    out.extend(_row_parts(texts, AREA_WORDS, _SITE_COLUMN_NOUNS))
    out.extend(_site_rows(texts))
    return list(dict.fromkeys(out))


def _site_rows(texts: Sequence[str]) -> list[tuple[str, str]]:
    """(site, area) from each table row keyed by a column of sites with a column of areas
    ("Home: Hollybank; Town: Garsby; Region: Northern; ..."): the key's site and each other
    site column's (its town) are in the row's area."""
    out: list[tuple[str, str]] = []
    for cells in _table_rows(texts):
        heads = [singular_word(h.split()[-1]) if h.split() else "" for h, _ in cells]
        if heads[0] not in _SITE_COLUMN_NOUNS | {"home"} or _keys_by(cells[0][0], AREA_WORDS):
            continue  # (a row keyed by an area: :func:`_row_parts`)
        areas = [v for h, (_, v) in zip(heads, cells) if h in AREA_WORDS and v[:1].isupper()]
        if len(areas) != 1 or len(areas[0].split()) > _CELL_NAME_WORDS:
            continue
        for h, (_, value) in zip(heads, cells):
            site = _LEADING.sub("", re.sub(r"\([^()]*\)", "", value)).strip()
            if (
                (h == heads[0] or h in _SITE_COLUMN_NOUNS - AREA_WORDS)
                and site[:1].isupper()
                and len(site.split()) <= _CELL_NAME_WORDS
            ):
                out.append((site, areas[0]))
    return out


_DECLARED_SHORT = re.compile(
    r"(?P<full>[A-Z][\w'’&.-]*(?:\s+(?:of|and|&|for|the|[A-Z][\w'’&.-]*)){0,6})\s+\((?P<short>[A-Z][A-Za-z&]{1,7})\)"
)
"""A name with its abbreviation in brackets after it: "St Aldric's Hospital (SAH)", "Dunmere (DNM)"."""
_QUOTED_SHORT = re.compile(_QUOTED + r"\s*\(\s*[\"“‘'](?P<short>[^\"”’']{2,30})[\"”’']\s*\)")
"""A defined term with its short form quoted in brackets: "'Professional Services staff' ('PS staff')"."""


_SHORT_FIRST = re.compile(
    r"(?:^|(?<=[.;:" + BULLETS + r"]\s))(?P<short>[A-Z][A-Z0-9&]{1,7}):\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<full>[A-Za-z][\w'’&-]*(?:\s+(?:of|and|&|for|the|[A-Za-z][\w'’&-]*)){0,5})"
)
"""An abbreviation defined before its full name, as a list of definitions writes it: "CPT:
Captain. FO: First Officer.", "EXT: the Exeter base." (the name is a run of words after it,
cut below where its letters are spelt)."""
_NAME_JOINERS = frozenset({"of", "and", "&", "for", "the"})
"""Small words inside a name that an abbreviation skips ("Head of Finance" is "HF")."""
_SITE_CODE_NOUNS = SITE_NOUNS | {"base"}
"""What a site's code may stand for without spelling it ("BHD: the Belfast City base")."""


_CODE_ROW = re.compile(
    r"(?:^|(?<=[.;]\s))(?i:(?:[a-z]+\s+)?(?:code|abbreviation|short\s+name|id)):\s*(?P<short>[A-Z][A-Z0-9&/-]{1,11});\s*"
    r"(?P<header>[A-Za-z][\w ]{1,30}?):\s*(?P<full>[A-Z][^;:()]{1,60}?)\s*(?:\([^()]*\)\s*)?(?:;|\.(?:\s|$)|$)"
)
"""A table row that gives a code and the name it stands for, as the loaders write rows: "Code:
DE-ALT; Plant: Altenbruch; Country: Germany; ..."."""


def _in_order(letters: str, word: str) -> bool:
    """Whether ``word`` opens with ``letters``' first and holds the others after it, in order
    ("AB" in "Able"; not "CX" in "Crewing")."""
    rest = iter(word[1:].upper())
    return word[:1].upper() == letters[:1] and all(c in rest for c in letters[1:])


def _spells(letters: str, words: Sequence[str]) -> bool:
    """Whether ``letters`` abbreviate ``words``: their initials ("FGH" for Ferncastle General
    Hospital), or, for a code of three or more, letters of the words in order that take the
    first letter of each word ("DNM" for Dunmere, "HSB" for Halsey Bridge)."""
    if "".join(w[0] for w in words).upper() == letters:
        return True
    if len(letters) < 3 or len(words) > len(letters):
        return False
    # each word gives its first letter and then letters of its own, in order
    pos = 0
    for k, word in enumerate(words):
        w = word.upper()
        if pos >= len(letters) or w[0] != letters[pos]:
            return False
        pos += 1
        rest = len(words) - k - 1  # letters the later words need at least
        for ch in w[1:]:
            if pos < len(letters) - rest and ch == letters[pos]:
                pos += 1
    return pos == len(letters)


_TOGETHER = re.compile(
    r"\bTogether(?:\s+with\s+[^,.;]{1,40})?,\s+(?:the\s+)?(?P<group>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*[.;]"
)
"""A list of definitions closed by the group they make: "CPT: Captain. FO: First Officer.
Together, flight crew." ("Together with licensed engineers, ground staff.")."""


_CREW_NOUNS = frozenset({"crew", "member"})
"""Heads of job titles beside :data:`ROLE_HEADS` in a list of crew ("Cabin Crew", "Senior Cabin
Crew Member")."""


def _together(unit: str) -> list[tuple[str, list[str]]]:
    """The groups a list of abbreviated job titles makes (:data:`_TOGETHER`): (group, the titles
    defined before it since the last such group or bullet), the group capitalised ("Flight
    crew") and the titles as written ("Captain", "First Officer")."""
    out = []
    start = 0
    for m in _TOGETHER.finditer(unit):
        since = max(start, *(unit.rfind(b, start, m.start()) + 1 for b in BULLETS))
        titles = [
            full
            for d in _SHORT_FIRST.finditer(unit[since : m.start()].strip())
            if (full := _short_first_name(d.group("short"), d.group("full").split())) is not None
            and singular_word(full.split()[-1]).lower() in ROLE_HEADS | _CREW_NOUNS
        ]
        group = m.group("group")
        # (a group named as one of its titles is no group of its own: "CC: Cabin Crew. ...
        # Together, cabin crew")
        if titles and group.casefold() not in {t.casefold() for t in titles}:
            out.append((group[:1].upper() + group[1:], titles))
        start = m.end()
    return out


def _short_first_name(short: str, words: Sequence[str]) -> str | None:
    """The name an abbreviation defined before it stands for (:data:`_SHORT_FIRST`): the
    longest run of ``words`` from the first whose capitalised words it spells ("FO" of
    "First Officer", "EXT" of "Exeter", not of "Exeter base") or, in lower case, whose initials
    it is ("TA" of "teaching assistant"), or a site's name before a site noun ("BHD" of
    "Belfast City" in "Belfast City base"). None otherwise."""
    letters = short.replace("&", "")
    for end in range(len(words), 0, -1):
        run = list(words[:end])
        named = [w for w in run if w.lower() not in _NAME_JOINERS]
        if not named or named[-1] != run[-1]:
            continue  # a name ends in a word of its own, not "of"
        if words[0][:1].isupper():
            if run[-1][:1].isupper() and _spells(letters, named):
                return " ".join(run).rstrip(".,;")
        elif "".join(w[0] for w in named).upper() == letters:
            return " ".join(run).rstrip(".,;")  # a title in lower case, by its initials only
    for end in range(1, len(words)):
        if words[end].lower().rstrip(".,;") in _SITE_CODE_NOUNS and all(w[:1].isupper() for w in words[:end]):
            return " ".join(words[:end])
    return None


def abbreviations(texts: Sequence[str]) -> dict[str, str]:
    """The abbreviations a document declares for its names: abbreviation -> full name, as
    written ("SAH" -> "St Aldric's Hospital", "PS" -> "Professional Services").

    Read: a capitalised name followed by its abbreviation in brackets, when the abbreviation's
    capitals are the initials of the name's words (small words skipped, a plural "s" allowed:
    "Healthcare Support Workers (HSWs)"); a quoted term followed by its quoted short form
    ("'Professional Services staff' ('PS staff')", the member word dropped from both); and a
    table of codes, a row whose first column is a code and whose second names what it stands
    for ("Code: DE-ALT; Plant: Altenbruch; ..."); and a list of definitions that gives the
    abbreviation first ("CPT: Captain. FO: First Officer.", "BHD: the Belfast City base":
    :func:`_short_first_name`). An abbreviation declared for two different names is none.
    """
    text = re.sub(r"\s+", " ", " ".join(texts))
    found: dict[str, set[str]] = {}
    for m in _DECLARED_SHORT.finditer(text):
        full, short = m.group("full"), m.group("short")
        words = [w for w in full.split() if w.lower() not in _NAME_JOINERS]
        letters = short[:-1] if short.endswith("s") and short[:-1].isupper() else short
        if not letters.isupper():
            continue
        # the name ends where its last words spell the abbreviation ("... sites: Ferncastle
        # General Hospital (FGH)")
        spelt = letters.replace("&", "")
        start = next((s for s in range(len(words) - 1, -1, -1) if _spells(spelt, words[s:])), None)
        if start is None and len(spelt) == 2 and len(words) >= 2 and _in_order(spelt, words[-2]):
            # a traditional short form of two letters that its first word spells alone, the
            # two words before it: "Able Seamen (AB)" (able-bodied)
            start = len(words) - 2
        if start is not None:
            first = full.index(words[start]) if start else 0
            found.setdefault(letters, set()).add(full[first:])
    for m in _SHORT_FIRST.finditer(text):
        if (full := _short_first_name(m.group("short"), m.group("full").split())) is not None:
            found.setdefault(m.group("short"), set()).add(full)
    for m in _QUOTED_SHORT.finditer(text):
        full = _MEMBER_TAIL.sub("", m.group("term").strip()).strip()
        short = _MEMBER_TAIL.sub("", m.group("short").strip()).strip()
        if short and full and short != full and len(short) < len(full):
            found.setdefault(short, set()).add(full)
    for m in _CODE_ROW.finditer(text):
        found.setdefault(m.group("short"), set()).add(m.group("full").strip())
    # one name in the singular and the plural ("Team Leader (TL)", "Team Leaders (TLs)") is one;
    # a job title is named in the singular, as its role is ("Able Seamen (AB)": Able Seaman)
    out: dict[str, str] = {}
    for short, fulls in found.items():
        if len({match_key(f) for f in fulls}) == 1:
            full = min(fulls, key=lambda f: (len(f), f))
            *rest, last = full.split(" ")
            if (one := singular_word(last.lower())) in ROLE_HEADS and one != last.lower():
                full = " ".join([*rest, last[:1] + one[1:]])
            out[short] = full
    return out
