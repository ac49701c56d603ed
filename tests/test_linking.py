"""Linking what people call their context to the names a handbook uses: the name index, the
self-description phrases of the parse, and the context ``ask`` uses, in both orders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import store_uri

from memgraph import MemGraph
from memgraph.extraction.extract import Extractor, FoundEntity
from memgraph.extraction.linking import NameIndex, agent_nouns, content_words
from memgraph.models import EntityType, RelType
from memgraph.recall.mentions import embedded_context, linked_in, worded_context
from memgraph.text.embed import Embedder
from memgraph.text.places import areas_of, is_place
from memgraph.text.vocabulary import expand_abbreviations

DEPT, ROLE, LOC, GRADE = EntityType.DEPARTMENT, EntityType.ROLE, EntityType.LOCATION, EntityType.GRADE
SCHED, CAT = EntityType.SCHEDULE, EntityType.CATEGORY

KNOWN = [
    FoundEntity("Overnight Stock Colleague", ROLE),
    FoundEntity("Checkout Assistant", ROLE),
    FoundEntity("Claims Handler", ROLE),
    FoundEntity("Staff Nurse", ROLE),
    FoundEntity("Firefighter", ROLE),
    FoundEntity("Planning Services", DEPT),
    FoundEntity("Customer Services", DEPT),
    FoundEntity("Corporate Practice", DEPT),
    FoundEntity("Hollinsby", LOC),
    FoundEntity("Dunstow Distribution Centre", LOC),
    FoundEntity("Band 5", GRADE),
    FoundEntity("Fixed-Term", CAT),
    FoundEntity("On-Call", CAT),
    FoundEntity("Permanent Nights", SCHED),
]


def names(found: list[FoundEntity]) -> list[tuple[str, str]]:
    return [(e.type.value, e.name) for e in found]


def test_content_words_fold_case_plural_numbers_and_kind_words() -> None:
    assert content_words("the Planning Services team") == ("planning",)
    assert content_words("a band five staff nurse") == ("band", "5", "staff", "nurse")
    assert content_words("Fixed-Term contract") == content_words("fixed term") == ("fixed", "term")
    # a kind word in the plural is one too ("one of the hotels" names no hotel)
    assert content_words("one of the hotels") == ("1",) and content_words("our teams") == ()
    assert content_words("the checkout assistants") == ("checkout", "assistant")


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("stock colleague", [("Role", "Overnight Stock Colleague")]),  # a shortened title
        ("a seasonal checkout assistant", [("Role", "Checkout Assistant")]),  # an adjective before it
        ("planning", [("Department", "Planning Services")]),  # the kind word left out
        ("the corporate team", [("Department", "Corporate Practice")]),  # another kind word
        ("the Hollinsby store", [("Location", "Hollinsby")]),
        ("Dunstow", [("Location", "Dunstow Distribution Centre")]),
        ("a band five staff nurse", [("Grade", "Band 5"), ("Role", "Staff Nurse")]),  # two names in one phrase
        ("an on-call firefighter", [("Category", "On-Call"), ("Role", "Firefighter")]),
        ("a fixed term contract", [("Category", "Fixed-Term")]),
        ("permanent nights", [("Schedule", "Permanent Nights")]),
        ("customer success", []),  # a known name followed by another word is another name
        ("a senior", []),  # too common a word alone
        ("the team", []),  # only kind words
    ],
)
def test_a_phrase_links_to_the_known_name_it_means(said: str, want: list[tuple[str, str]]) -> None:
    assert names(NameIndex(KNOWN).link(said)) == want


def test_a_link_must_be_unique_and_of_a_wanted_type() -> None:
    index = NameIndex([*KNOWN, FoundEntity("Day Stock Colleague", ROLE)])
    assert index.link("stock colleague") == []  # two roles end the same way: no guess
    assert index.link("overnight stock colleague") == [FoundEntity("Overnight Stock Colleague", ROLE)]
    assert index.link("Hollinsby", [DEPT]) == []
    fact = NameIndex([*KNOWN, FoundEntity("Dunstow", LOC)])
    assert fact.link("Dunstow", [LOC]) == [FoundEntity("Dunstow", LOC)]
    assert fact.link("Dunstow", [LOC], other_than="dunstow") == [FoundEntity("Dunstow Distribution Centre", LOC)]
    # a group whose name is a kind word and a people word ("office staff") is not linked by "staff"
    groups = NameIndex([FoundEntity("office staff", EntityType.CATEGORY), FoundEntity("Staff Nurse", ROLE)])
    assert groups.link("a staff nurse") == [FoundEntity("Staff Nurse", ROLE)]


def test_a_place_said_by_its_kind_word_alone_links_unless_the_speaker_names_their_place() -> None:
    """ "the museum" is the one museum the documents name, but "the hotel kitchen in Porto" is a
    kitchen in Porto, not the restaurant "Meridale Kitchen"; a modifier that tells one place from
    another ("the equine centre") links either way."""
    index = NameIndex([FoundEntity("Meridale Kitchen", LOC), FoundEntity("Marsh Lane Equine Centre", LOC)])
    assert index.link("the hotel kitchen") == [FoundEntity("Meridale Kitchen", LOC)]
    assert index.link("the hotel kitchen", by_kind=False) == []
    assert index.link("the equine centre", by_kind=False) == [FoundEntity("Marsh Lane Equine Centre", LOC)]
    assert index.link("Meridale Kitchen", by_kind=False) == [FoundEntity("Meridale Kitchen", LOC)]


def test_a_verb_links_to_the_role_named_by_its_agent_noun() -> None:
    assert {"handler", "planner", "teacher", "supervisor"} <= (
        agent_nouns("handle") | agent_nouns("plan") | agent_nouns("teach") | agent_nouns("supervise")
    )
    index = NameIndex([*KNOWN, FoundEntity("Home Delivery Driver", ROLE), FoundEntity("HGV Driver", ROLE)])
    assert index.link_agent("handle", "claims") == FoundEntity("Claims Handler", ROLE)
    assert index.link_agent("drive", "the home delivery vans") == FoundEntity("Home Delivery Driver", ROLE)
    assert index.link_agent("drive", "") is None  # two driver roles and nothing to choose by
    assert index.link_agent("email", "the payroll team") is None


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("I'm a stock colleague at the Hollinsby store.", ["stock colleague", "Hollinsby store"]),
        ("I'm on a fixed term contract in human resources.", ["fixed term contract", "human resources"]),
        ("My base is the Dunstow depot.", ["Dunstow depot"]),
        ("Been on permanent nights at Hollinsby since May.", ["permanent nights", "Hollinsby"]),
        ("Checkout assistant, Hollinsby store, band 5.", ["Checkout assistant", "Hollinsby store", "band 5"]),
        ("They moved me to planning in March.", ["planning"]),
        ("I went fixed term in May.", ["fixed term"]),
        ("I collect bins for waste services.", ["bins/collect", "waste services"]),
        # a hyphenated compound stays whole, as written
        ("I'm non-tariff, on a salaried contract.", ["non-tariff", "salaried contract"]),
        ("I'm a part-time cleaner.", ["part-time cleaner"]),
    ],
)
def test_self_phrases_are_what_the_speaker_says_they_are(extractor: Extractor, text: str, phrases: list[str]) -> None:
    got = [p if kind == "phrase" else f"{p}/{verb}" for kind, p, verb in extractor.self_phrases([text])[0]]
    assert [p for p in phrases if p not in got] == [], got


def test_a_negated_compound_links_its_own_group_not_the_other() -> None:
    """ "I'm non-tariff" is in the group "Non-tariff", never in "Tariff" (the tokenizer cut it at
    its hyphen, and "tariff" alone linked both, which left the asker unlinked)."""
    extractor = Extractor()
    index = NameIndex([FoundEntity("Tariff", DEPT), FoundEntity("Non-tariff", DEPT)])
    (phrases,) = extractor.self_phrases(["I'm non-tariff, on a salaried contract."])
    assert linked_in("I'm non-tariff, on a salaried contract.", phrases, index, [DEPT]) == [(DEPT, "Non-tariff")]


@pytest.mark.parametrize(
    "text",
    [
        "My partner works in Finance.",  # someone else
        "My manager is on permanent nights.",
        "I used to be in planning.",  # history
        "I'm not on permanent nights.",  # negated
        "Am I on the bank?",  # a question
        "If I moved to planning, would my pay change?",  # a condition
        "The Hollinsby store is closing on Sunday, according to the news.",  # about the world, not the speaker
        "I'm flying to Dunstow next week for a conference.",  # a trip, not a move
    ],
)
def test_no_self_phrases_from_other_people_history_or_hypotheticals(extractor: Extractor, text: str) -> None:
    index = NameIndex(KNOWN)
    linked = [e for kind, p, _ in extractor.self_phrases([text])[0] if kind == "phrase" for e in index.link(p)]
    assert linked == []


HANDBOOK = "# Handbook\n\nThis handbook sets out the rules of the organisation for all staff.\n"

PEOPLE = {
    "ana": "I'm a stock colleague at the Hollinsby store.",
    "ben": "Been on a fixed term contract in planning since May.",
    "cai": "I handle claims.",
    "dee": "My partner works in corporate, at Dunstow.",
}


@pytest.fixture(params=["kb-first", "users-first"])
def linked_mg(
    request: pytest.FixtureRequest, store_kind: str, tmp_path: Path, embedder: Embedder
) -> Iterator[MemGraph]:
    path = tmp_path / "handbook.md"
    path.write_text(HANDBOOK, encoding="utf-8")
    scope: dict[str, list[str]] = {}
    for ent in KNOWN:
        scope.setdefault(ent.type.value, []).append(ent.name)
    m = MemGraph(store_uri(store_kind, tmp_path), embedder=embedder, extractor=Extractor())
    try:
        if request.param == "kb-first":
            m.kb.ingest(path, applies_to=scope)
        for user, text in PEOPLE.items():
            m.add(text, user_id=user)
        if request.param == "users-first":
            m.kb.ingest(path, applies_to=scope)
        yield m
    finally:
        m.close()


def context(m: MemGraph, user: str) -> set[tuple[str, str]]:
    facts = m.ask("What applies to me?", user_id=user, use_llm=False).facts
    return {(f.entity_type, f.entity) for f in facts}


def test_ask_knows_the_context_people_describe_in_their_own_words(linked_mg: MemGraph) -> None:
    assert {("Role", "Overnight Stock Colleague"), ("Location", "Hollinsby")} <= context(linked_mg, "ana")
    assert {("Category", "Fixed-Term"), ("Department", "Planning Services")} <= context(linked_mg, "ben")
    assert ("Role", "Claims Handler") in context(linked_mg, "cai")
    dee = context(linked_mg, "dee")
    assert ("Department", "Corporate Practice") not in dee and ("Location", "Dunstow Distribution Centre") not in dee


def test_a_name_never_links_to_another_rank_of_itself() -> None:
    index = NameIndex([FoundEntity("Senior Manager of Research and Development", ROLE), *KNOWN])
    assert index.link("Manager of Research and Development", [ROLE]) == []
    assert index.link("senior staff nurse", [ROLE]) == []
    assert NameIndex([FoundEntity("Store Manager", ROLE)]).link("assistant store manager") == []
    assert index.link("staff nurse", [ROLE]) == [FoundEntity("Staff Nurse", ROLE)]


def test_a_rank_word_in_a_place_or_group_name_is_an_ordinary_word() -> None:
    """ "Junior" tells jobs apart, not schools: a fact's "Fenwick" is the site "Fenwick Junior
    School", and the "Senior School" department is still named by its first word."""
    index = NameIndex(
        [
            FoundEntity("Fenwick Junior School", LOC),
            FoundEntity("Junior Analyst", ROLE),
            FoundEntity("Senior Leadership", EntityType.DEPARTMENT),
        ]
    )
    assert index.link("Fenwick", [LOC]) == [FoundEntity("Fenwick Junior School", LOC)]
    assert index.link("analyst", [ROLE]) == []
    assert index.link("the leadership team", [EntityType.DEPARTMENT]) == [
        FoundEntity("Senior Leadership", EntityType.DEPARTMENT)
    ]


def test_abbreviations_and_acronyms_link_to_the_names_they_stand_for() -> None:
    index = NameIndex(
        [
            FoundEntity("Sales Representative", ROLE),
            FoundEntity("Customer Service Representative", ROLE),
            FoundEntity("Operations", DEPT),
            FoundEntity("Human Resources", DEPT),
            FoundEntity("Research and Development", DEPT),
            FoundEntity("Health and Safety", DEPT),
        ]
    )
    assert index.link("a sales rep", [ROLE]) == [FoundEntity("Sales Representative", ROLE)]
    assert index.link("the ops team", [DEPT]) == [FoundEntity("Operations", DEPT)]
    assert index.link("HR", [DEPT]) == [FoundEntity("Human Resources", DEPT)]
    assert index.link("R&D", [DEPT]) == [FoundEntity("Research and Development", DEPT)]
    assert index.link("a CS rep", [ROLE]) == [FoundEntity("Customer Service Representative", ROLE)]
    # an acronym links only when one name spells it; a lower-case word is never an acronym
    assert NameIndex([FoundEntity("Retail Sales", DEPT), FoundEntity("Regional Support", DEPT)]).link("RS") == []
    assert index.link("it", [DEPT]) == []


def test_an_abbreviation_known_as_a_name_of_its_own_is_still_spelt_out() -> None:
    """A user's role "AB", said before a document declared "Able Seamen (AB)", stays a known
    name, and :meth:`Extractor.spelt_out` gives the document's role it stands for."""
    extractor = Extractor(spacy_model="blank")
    extractor.add_known([FoundEntity("AB", ROLE), FoundEntity("Able Seaman", ROLE)])
    extractor.set_aliases({"AB": "Able Seaman", "HR": "Human Resources"})
    assert extractor.known("AB") == FoundEntity("AB", ROLE)
    assert extractor.spelt_out("AB") == FoundEntity("Able Seaman", ROLE)
    assert extractor.spelt_out("HR") is None and extractor.spelt_out("Able Seaman") is None


LEAVE = """# Staff Handbook

## Annual leave
Sales Representatives receive 26 days of annual leave. Staff in the Operations department receive
24 days. Human Resources staff receive 25 days. Customer Service Representatives receive 23 days.
"""


@pytest.mark.parametrize(
    ("said", "days"),
    [
        ("I'm a sales rep.", "26 days"),
        ("I'm in the ops team.", "24 days"),
        ("I work in HR.", "25 days"),
        ("I'm a CS rep on the phones.", "23 days"),
    ],
)
def test_ask_answers_people_who_abbreviate_their_context(
    said: str, days: str, store_kind: str, tmp_path: Path, embedder: Embedder
) -> None:
    path = tmp_path / "leave.md"
    path.write_text(LEAVE, encoding="utf-8")
    with MemGraph(store_uri(store_kind, tmp_path), embedder=embedder, extractor=Extractor()) as m:
        m.kb.ingest(path)
        m.add(said, user_id="u")
        for question in ("How many days of annual leave do I get?", "What's my AL entitlement?"):
            answer = m.ask(question, user_id="u", use_llm=False)
            assert answer.found and days in answer.answer, (question, answer.answer)
            assert answer.question == question
            others = {"26 days", "24 days", "25 days", "23 days"} - {days}
            assert not [d for d in others if d in answer.answer], answer.answer


def test_words_spelling_a_group_named_by_its_acronym_link_to_it() -> None:
    index = NameIndex([FoundEntity("PS", EntityType.DEPARTMENT), FoundEntity("Academic", EntityType.DEPARTMENT)])
    assert index.link("professional services") == [FoundEntity("PS", EntityType.DEPARTMENT)]
    assert index.contract_acronyms("so professional services, grade 10") == "so PS, grade 10"
    # member, team and site words spell nothing: "permanent staff" is not "PS"
    assert index.link("permanent staff") == []
    assert index.contract_acronyms("the payroll site") == "the payroll site"


def test_question_abbreviations_are_written_out_once() -> None:
    assert expand_abbreviations("Can I WFH on Fridays?") == "Can I WFH (work from home) on Fridays?"
    assert expand_abbreviations("Who runs L&D?") == "Who runs L&D (learning and development)?"
    once = expand_abbreviations("How much PTO do I get?")
    assert expand_abbreviations(once) == once
    for untouched in ("Al Smith is my manager", "wfh", "ALPHA team"):
        assert expand_abbreviations(untouched) == untouched


def test_a_title_of_a_group_links_in_the_order_people_say_it() -> None:
    roles = [
        "Manager of Operations",
        "Senior Manager of Operations",
        "Senior Manager of Human Resources",
        "Manager of Human Resources",
        "Director of Marketing",
    ]
    index = NameIndex([FoundEntity(r, ROLE) for r in roles])
    assert index.link("the operations manager", [ROLE]) == [FoundEntity("Manager of Operations", ROLE)]
    assert index.link("ops manager", [ROLE]) == [FoundEntity("Manager of Operations", ROLE)]
    assert index.link("a senior HR manager", [ROLE]) == [FoundEntity("Senior Manager of Human Resources", ROLE)]
    assert index.link("marketing director", [ROLE]) == [FoundEntity("Director of Marketing", ROLE)]
    # never another rank: an operations manager is not the Senior Manager of Operations
    assert FoundEntity("Senior Manager of Operations", ROLE) not in index.link("operations manager", [ROLE])


def test_a_person_s_word_order_for_a_title_is_the_same_role() -> None:
    index = NameIndex([FoundEntity("Operations Manager", ROLE), FoundEntity("Manager of Operations", ROLE)])
    assert index.link("ops manager", [ROLE]) == [FoundEntity("Manager of Operations", ROLE)]


ROLE_LIBRARY = """# Role Library

## Senior Manager of Human Resources
The Senior Manager of Human Resources runs recruitment campaigns and owns the payroll calendar.

## Manager of Human Resources
The Manager of Human Resources answers staff questions about contracts and keeps personnel files.

## Director of Product Management
The Director of Product Management sets the product roadmap and chairs the quarterly pricing review.

## Manager of Operations
The Manager of Operations schedules the warehouse shifts and signs off the daily dispatch report.

## Sales Representative
The Sales Representative visits client accounts and logs every order in the sales ledger.

## Customer Service Representative
The Customer Service Representative answers the support line and refunds faulty orders.
"""

DUTIES = {
    "I work in HR as a senior manager": "recruitment campaigns",
    "I'm a senior manager in human resources": "recruitment campaigns",
    "I head up product management as director": "product roadmap",
    "ops manager here": "warehouse shifts",
    "I sell stuff, I'm a sales rep": "client accounts",
}


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_people_who_say_their_title_in_parts_get_their_own_duties(
    order: str, store_kind: str, tmp_path: Path, embedder: Embedder
) -> None:
    """A title said in parts, other words or another order ("I work in HR as a senior manager",
    "ops manager here") is the role library's title, and "What are my responsibilities?"
    quotes that role's section only."""
    path = tmp_path / "roles.md"
    path.write_text(ROLE_LIBRARY, encoding="utf-8")
    with MemGraph(store_uri(store_kind, tmp_path), embedder=embedder, extractor=Extractor()) as m:
        if order == "kb-first":
            m.kb.ingest(path)
        users = {f"u{i}": said for i, said in enumerate(DUTIES)}
        for user, said in users.items():
            m.add(said, user_id=user)
        if order == "users-first":
            m.kb.ingest(path)
        for user, said in users.items():
            answer = m.ask("What are my responsibilities?", user_id=user, use_llm=False)
            assert DUTIES[said] in answer.answer, (said, answer.answer)
            others = [d for d in set(DUTIES.values()) - {DUTIES[said]} if d in answer.answer]
            assert not others, (said, answer.answer)


def test_areas_of_a_place_by_the_gazetteer() -> None:
    assert {"ireland", "europe", "emea"} <= areas_of("Dublin")  # Dublin, Ireland: not Dublin, Ohio
    assert {"japan", "asia", "apac"} <= areas_of("Tokyo")
    assert {"texas", "united states", "americas"} <= areas_of("Austin")
    assert {"brazil", "latam", "americas"} <= areas_of("São Paulo")
    # a city written without its accents or with a straight apostrophe is the same city
    assert {"brazil", "latam"} <= areas_of("Sao Paulo")
    assert {"poland", "emea"} <= areas_of("Krakow")
    assert "bangladesh" in areas_of("Cox's Bazar")
    assert "emea" in areas_of("Germany") and "dach" in areas_of("Germany")
    assert areas_of("Portland") == frozenset()  # several cities of a size: no guess
    # unless the document knows the country of one of them only
    assert areas_of("Geneva") == frozenset() and "switzerland" in areas_of("Geneva", frozenset({"switzerland"}))
    assert "united states" in areas_of("Geneva", frozenset({"united states", "emea"}))
    assert areas_of("Fenwick Quay") == frozenset()
    assert areas_of("APAC") == frozenset()  # a region, not the town of Apac
    # a country the gazetteer names with "The" is a place without it too
    assert is_place("Netherlands") and is_place("the Netherlands") and "benelux" in areas_of("Netherlands")


REGIONAL = """# Engineering Handbook

## Learning budget
Everyone gets a learning budget each January. In EMEA, the budget is 1,500 EUR.
In the Americas, the budget is 1,700 USD. In APAC, the budget is 2,300 SGD.

## Location supplement
Stores pay a location supplement. Estuary stores pay 60p an hour. Borders stores pay 30p an hour.
The Saltergate store is open on Sundays.
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_a_city_or_site_finds_the_region_its_rules_are_for(
    order: str, store_kind: str, tmp_path: Path, embedder: Embedder
) -> None:
    """Rules per region answer people who name their city ("I work from Lisbon": EMEA, by the
    gazetteer) or a site and its region ("at Fenwick Quay, up in the Borders region"; "Our
    store is in the Estuary region" beside the fact "at Saltergate")."""
    path = tmp_path / "regional.md"
    path.write_text(REGIONAL, encoding="utf-8")
    people = {
        "oskar": (["I work from Lisbon."], "How big is my learning budget?", "1,500 EUR"),
        "noor": (["I'm an SRE at the Dublin hub."], "How big is my learning budget?", "1,500 EUR"),
        "grace": (
            ["I'm a frontend engineer.", "I work from our Tokyo office."],
            "What is my learning budget?",
            "2,300 SGD",
        ),
        "tom": (
            ["I'm one of the Duty Managers at Fenwick Quay, up in the Borders region."],
            "What is the location supplement where I work?",
            "30p",
        ),
        "shona": (
            [
                "I've been a Customer Assistant at Saltergate for about two years.",
                "Our store is in the Estuary region.",
            ],
            "What is the location supplement where I work?",
            "60p",
        ),
    }
    with MemGraph(store_uri(store_kind, tmp_path), embedder=embedder, extractor=Extractor()) as m:
        if order == "kb-first":
            m.kb.ingest(path)
        for user, (said, _, _) in people.items():
            for text in said:
                m.add(text, user_id=user)
        if order == "users-first":
            m.kb.ingest(path)
        values = {v for _, _, v in people.values()}
        for user, (said, question, value) in people.items():
            answer = m.ask(question, user_id=user, use_llm=False)
            assert value in answer.answer, (said, answer.answer)
            assert not [v for v in values - {value} if v in answer.answer], (said, answer.answer)


WORDED = NameIndex(
    [
        FoundEntity("Teaching", EntityType.DEPARTMENT),
        FoundEntity("Support", EntityType.DEPARTMENT),
        FoundEntity("Port Operations", EntityType.DEPARTMENT),
        FoundEntity("Warehouse", EntityType.DEPARTMENT),
        FoundEntity("Nursing & Care", EntityType.ROLE),
        FoundEntity("Veterinary Surgeons", EntityType.ROLE),
        FoundEntity("Bus Operator", EntityType.ROLE),
        FoundEntity("Kelder Street Surgery", EntityType.LOCATION),
        FoundEntity("Ashby Road Animal Hospital", EntityType.LOCATION),
    ]
)
ALL_TYPES = [EntityType.DEPARTMENT, EntityType.ROLE, EntityType.LOCATION]


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("I teach geography at Abbotsgate.", [("Department", "Teaching")]),
        ("I'm a bus driver at the Millhaven garage.", [("Role", "Bus Operator")]),
        ("Student vet nurse, second year.", [("Role", "Nursing & Care")]),  # a whole word beats a prefix
        ("My base is the Kelder St surgery.", [("Location", "Kelder Street Surgery")]),
        ("I'm warehouse staff.", [("Department", "Warehouse")]),  # a name made of a kind word alone
        # one word of a name of four is too little; a word of a name already held is no evidence
        ("I used to volunteer at an animal charity.", []),
        ("I'm based at Port Essery.", []),
    ],
)
def test_a_name_most_of_whose_words_people_say_is_theirs(said: str, want: list[tuple[str, str]]) -> None:
    taken = ["Port Essery"] if "Port" in said else []
    got = worded_context([said], WORDED, ALL_TYPES, taken)
    assert [(t.value, n) for t, n in got] == want


def test_a_job_noun_or_a_bare_number_is_little_evidence_for_a_group_or_a_grade() -> None:
    index = NameIndex(
        [
            FoundEntity("Finance Operations", EntityType.DEPARTMENT),
            FoundEntity("Grade 3", EntityType.GRADE),
            FoundEntity("Grade 7", EntityType.GRADE),
        ]
    )
    types = [EntityType.DEPARTMENT, EntityType.GRADE]
    # "operative" shares a stem with "Operations", "three-year" a number with "Grade 3"
    assert worded_context(["I'm an estates operative out at the rural campus."], index, types, []) == []
    assert worded_context(["I'm on a three-year grant-funded contract."], index, types, []) == []
    assert worded_context(["Grade 3, and I've been here about two years."], index, types, []) == [
        (EntityType.GRADE, "Grade 3")
    ]


def test_a_place_said_whole_is_linked_before_a_group_that_lists_it() -> None:
    """ "posted to Diffa" links the station Diffa, not the class whose list names it ("Class D:
    Juba, Diffa, Bol"), though both explain the same word: the class is the station's group."""
    loc = EntityType.LOCATION
    class_d, class_e = FoundEntity("Class D", loc), FoundEntity("Class E", loc)
    index = NameIndex(
        [class_d, class_e, FoundEntity("Diffa", loc), FoundEntity("Bentiu", loc)],
        group_words={class_d: ("Juba", "Diffa", "Bol"), class_e: ("Bentiu", "Malakal")},
    )
    said = ["International staff, posted to Diffa as logistics coordinator."]
    assert worded_context(said, index, [loc], []) == [(loc, "Diffa")]


def test_a_grammar_word_is_no_evidence_for_a_name_that_holds_one() -> None:
    index = NameIndex([FoundEntity("On-Call", EntityType.DEPARTMENT), FoundEntity("IT", EntityType.DEPARTMENT)])
    dept = [EntityType.DEPARTMENT]
    assert worded_context(["I'm a firefighter on Blue Watch."], index, dept, []) == []
    assert worded_context(["I'm on call at Hembury."], index, dept, []) == [(EntityType.DEPARTMENT, "On-Call")]
    assert worded_context(["Signed my on-call contract."], index, dept, []) == [(EntityType.DEPARTMENT, "On-Call")]
    assert worded_context(["I work in IT."], index, dept, []) == [(EntityType.DEPARTMENT, "IT")]


def test_titles_whose_kind_words_differ_are_told_apart_by_the_whole_name() -> None:
    """ "Watch Manager" and "Station Manager" have one content word ("watch" and "station" are
    kind words): the whole name as said decides, a bare "manager" links neither."""
    index = NameIndex([FoundEntity("Watch Manager", EntityType.ROLE), FoundEntity("Station Manager", EntityType.ROLE)])
    assert index.link("Station Manager") == [FoundEntity("Station Manager", EntityType.ROLE)]
    assert index.link("a watch manager") == [FoundEntity("Watch Manager", EntityType.ROLE)]
    assert index.link("manager") == []


def test_words_that_fit_two_names_equally_link_neither() -> None:
    index = NameIndex(
        [FoundEntity("Sales North", EntityType.DEPARTMENT), FoundEntity("Sales South", EntityType.DEPARTMENT)]
    )
    assert worded_context(["I work in sales."], index, [EntityType.DEPARTMENT], []) == []


TEACHING = """# Staff guide

## Pay
Teaching staff are paid on the last working day of the month.
Support staff are paid on the 20th.
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_ask_links_a_verb_to_the_group_named_by_its_word(
    order: str, store_kind: str, tmp_path: Path, embedder: Embedder
) -> None:
    path = tmp_path / "guide.md"
    path.write_text(TEACHING, encoding="utf-8")
    m = MemGraph(store_uri(store_kind, tmp_path), embedder=embedder, extractor=Extractor())
    try:
        if order == "kb-first":
            m.kb.ingest(path, applies_to={"Department": ["Teaching", "Support"]})
        m.add("I teach geography at Abbotsgate.", user_id="ros")
        if order == "users-first":
            m.kb.ingest(path, applies_to={"Department": ["Teaching", "Support"]})
        a = m.ask("What day of the month is payday for me?", user_id="ros", use_llm=False)
        assert "last working day" in a.answer and "20th" not in a.answer
        assert ("Department", "Teaching") in {(f.entity_type, f.entity) for f in a.facts}
    finally:
        m.close()


def test_a_groups_described_items_link_the_person_who_says_them() -> None:
    """An item the knowledge base lists as in a group, every word said, links it ("reception"
    said for "receptionists" too); more items said beat one ("the stage crew, doing lighting"
    over a contract group described as "permanent"); a word of an item alone does not."""
    dept = EntityType.DEPARTMENT
    tech, core, front = FoundEntity("Tech", dept), FoundEntity("Core", dept), FoundEntity("Client Care", dept)
    index = NameIndex(
        [tech, core, front],
        {tech: ("stage crew", "lighting", "sound"), core: ("permanent", "salaried"), front: ("receptionists",)},
    )
    said = ["I'm on the stage crew, doing lighting mostly.", "I'm permanent staff."]
    assert worded_context(said, index, [dept], []) == [(dept, "Tech")]
    assert worded_context(["Work-wise I'm on reception."], index, [dept], []) == [(dept, "Client Care")]
    assert worded_context(["I set up the stage for the talks."], index, [dept], []) == []
    assert index.described(tech) == ("stage crew", "lighting", "sound") and index.described(front) == ("receptionists",)


def test_a_title_the_knowledge_base_lists_in_a_group_is_in_that_group() -> None:
    """ "support staff: ..., such as teaching assistants": a teaching assistant is support staff,
    though "Teaching" (another group) is a word of the title, when linking what a person says,
    as a last resort by words, and as a stated fact."""
    dept, role = EntityType.DEPARTMENT, EntityType.ROLE
    support, teaching = FoundEntity("Support", dept), FoundEntity("Teaching", dept)
    assistant = FoundEntity("Teaching Assistant", role)
    listed = {support: ("teaching assistants", "cover supervisors", "technicians")}
    index = NameIndex([support, teaching, assistant], listed)
    assert index.link("teaching assistant") == [support, assistant]
    assert worded_context(["Cover supervisor, mornings only."], index, [dept], []) == [(dept, "Support")]
    assert worded_context(["I'm a teaching assistant."], index, [dept], []) == [(dept, "Support")]
    # the words that make a whole name are no evidence for half of another: "I teach" is
    # "Teaching", not also the job "Teaching Assistant"
    assert worded_context(["I teach geography."], index, [dept, role], []) == [(dept, "Teaching")]
    extractor = Extractor()  # not the session's: it learns these names
    extractor.add_known([support, teaching, assistant])
    assert (RelType.WORKS_IN, "Teaching") in {(f.rel, f.object) for f in extractor.facts("I'm a teaching assistant.")}
    extractor.set_group_words(listed)
    facts = {(f.rel, f.object) for f in extractor.facts("I'm a teaching assistant.")}
    assert (RelType.WORKS_IN, "Support") in facts and (RelType.WORKS_IN, "Teaching") not in facts, facts


def test_a_job_noun_links_the_one_group_that_lists_a_job_of_it() -> None:
    """ "The kitchen means everyone from kitchen porters to the head chef": a commis chef is in the
    kitchen; a "kitchen porter" is the kitchen's, not housekeeping's "linen porters"; a bare
    "porter", listed by two groups, is neither's."""
    dept = EntityType.DEPARTMENT
    kitchen, housekeeping = FoundEntity("Kitchen", dept), FoundEntity("Housekeeping", dept)
    index = NameIndex(
        [kitchen, housekeeping],
        {kitchen: ("kitchen porters", "head chef"), housekeeping: ("room attendants", "linen porters")},
    )
    assert worded_context(["I'm a commis chef."], index, [dept], []) == [(dept, "Kitchen")]
    assert worded_context(["I'm a kitchen porter."], index, [dept], []) == [(dept, "Kitchen")]
    assert worded_context(["I'm a porter."], index, [dept], []) == []
    # a title they hold that a group lists is that group's by membership (PART_OF), and its job
    # noun is no evidence for another group's "linen porters"
    assert worded_context(["I'm a kitchen porter."], index, [dept], ["Kitchen Porter"]) == []


TILLS = """# Store manual

## Tills and refunds

| Job title | Refund without override |
|---|---|
| Customer Assistant | Up to £25 |
| Duty Manager | Up to £175 |
| Store Manager | Up to £600 |

## Stores

The Harrow Cross store is run by its Store Manager and two Duty Managers.
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_a_role_is_not_a_fuller_name_for_another_role_with_its_head_word(
    order: str, store_kind: str, tmp_path: Path, embedder: Embedder
) -> None:
    """ "Store" is a site word, so "Store Manager" and "Duty Manager" share only "manager" as
    names: the Duty Manager is no fuller name for the Store Manager, and the store manager's
    answer holds their own row only."""
    path = tmp_path / "manual.md"
    path.write_text(TILLS, encoding="utf-8")
    m = MemGraph(store_uri(store_kind, tmp_path), embedder=embedder, extractor=Extractor())
    try:
        if order == "kb-first":
            m.kb.ingest(path)
        m.add("I'm the Store Manager at Harrow Cross.", user_id="bola")
        if order == "users-first":
            m.kb.ingest(path)
        a = m.ask("Up to what amount can I put a refund through myself?", user_id="bola", use_llm=False)
        assert "£600" in a.answer and "£175" not in a.answer and "£25" not in a.answer
        assert ("Role", "Duty Manager") not in {(f.entity_type, f.entity) for f in a.facts}
    finally:
        m.close()


def test_what_no_word_links_is_linked_by_meaning_with_a_clear_lead(embedder: Embedder) -> None:
    """The last step of query-time linking: a phrase the user said they are or are at, whose
    words link no known name, goes to the name nearest in meaning when it is near enough and
    clearly nearer than the next; what a group lists stands for the group; a kind with one
    name, or a phrase near none, links nothing."""
    role, loc = EntityType.ROLE, EntityType.LOCATION
    client_care = FoundEntity("Client Care", role)
    index = NameIndex(
        [
            FoundEntity("Veterinary Surgeons", role),
            FoundEntity("Nursing & Care", role),
            client_care,
            FoundEntity("Marsh Lane Equine Centre", loc),
            FoundEntity("Ashby Road Animal Hospital", loc),
            FoundEntity("Kelder Street Surgery", loc),
        ],
        group_words={client_care: ("receptionists", "client care coordinators")},
    )
    assert embedded_context(["vets"], index, [role], embedder) == [(role, "Veterinary Surgeons")]
    assert embedded_context(["the equine centre"], index, [role, loc], embedder) == [(loc, "Marsh Lane Equine Centre")]
    assert embedded_context(["surgery"], index, [loc], embedder) == []  # a kind word alone
    assert embedded_context(["one of the hospitals"], index, [loc], embedder) == []  # a number and a kind word
    assert embedded_context(["receptionist"], index, [role], embedder) == [(role, "Client Care")]
    assert embedded_context(["bank list", "permanent contract"], index, [role, loc], embedder) == []
    alone = NameIndex([FoundEntity("Marsh Lane Equine Centre", loc)])
    assert embedded_context(["the equine centre"], alone, [loc], embedder) == []


def test_the_article_a_is_no_grade_a_and_the_employer_is_no_context(embedder: Embedder) -> None:
    """A one-letter grade ("Band: A" in a table) is never said by the article ("I'm a joiner"),
    and a phrase naming the organisation the knowledge base speaks for ("a site engineer with
    Brickfield") links neither by its words nor by its meaning ("Brickfield House",
    "Bricklayer"); a town ("Leeds") links no other place by meaning."""
    dept, grade, role, loc = EntityType.DEPARTMENT, EntityType.GRADE, EntityType.ROLE, EntityType.LOCATION
    known = [
        FoundEntity("A", grade),
        FoundEntity("B", grade),
        FoundEntity("Brickfield House", dept),
        FoundEntity("Groundworks", dept),
        FoundEntity("Bricklayer", role),
        FoundEntity("Joiner", role),
        FoundEntity("Rotherham", loc),
        FoundEntity("Hull", loc),
    ]
    said = "I'm a joiner, I work for Brickfield."
    assert worded_context([said], NameIndex(known), [grade, role], []) == [(role, "Joiner")]
    index = NameIndex(known, organisations=["Brickfield Construction Ltd"])
    assert index.link("Brickfield") == [] and index.link("Brickfield House") != []
    assert worded_context(["I'm a site engineer with Brickfield."], index, [dept], []) == []
    assert embedded_context(["Brickfield"], index, [dept, role], embedder) == []
    assert embedded_context(["Leeds"], index, [loc], embedder) == []
    # without the organisation known, its name is a word of the department's
    assert NameIndex(known).link("Brickfield") != []


def test_small_words_and_people_words_are_no_evidence_for_a_name() -> None:
    """A name written as an acronym that is also a small word ("AT employees", "IT") is said
    only in capitals; "at the plant" or "it" say nothing of it, and a word for a group's people
    ("a tariff employee") is no evidence for any group."""
    cat, dept = EntityType.CATEGORY, EntityType.DEPARTMENT
    index = NameIndex([FoundEntity("AT employees", cat), FoundEntity("Shift crews", cat), FoundEntity("IT", dept)])
    for said in ("I work in HR at the Stargowo plant.", "I'm a tariff employee, on the HTV.", "I use it daily."):
        assert worded_context([said], index, [cat, dept], []) == [], said
    assert worded_context(["I'm an AT employee in controlling."], index, [cat], []) == [(cat, "AT employees")]
    assert worded_context(["I'm in IT."], index, [dept], []) == [(dept, "IT")]
    # a small word of a name written in words is said in any case ("on-call" for "On-Call")
    on_call = NameIndex([FoundEntity("On-Call", cat), FoundEntity("Wholetime", cat)])
    assert worded_context(["I'm an on-call firefighter at Milby."], on_call, [cat], []) == [(cat, "On-Call")]


def test_a_learner_is_no_holder_of_the_job_they_learn() -> None:
    """ "Apprentice mechanic" says no job title without its learner word ("Senior Mechanic", a
    name another user's fact made known), though a group's name may still be theirs."""
    names = NameIndex([FoundEntity("Senior Mechanic", EntityType.ROLE), FoundEntity("Nursing & Care", EntityType.ROLE)])
    assert worded_context(["Apprentice mechanic, started in March."], names, [EntityType.ROLE], []) == []
    got = worded_context(["Student nurse, second year."], names, [EntityType.ROLE], [])
    assert got == [(EntityType.ROLE, "Nursing & Care")]
