"""What a document declares (enumerated sites, groups defined by job titles, grade ranges,
tables labelled in their first column) and what an asker only mentions: read from text, then
used by ``ask`` on both stores and in both orders."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import document_memgraph, memgraph_on_document

from memgraph import MemGraph, RelType
from memgraph.extraction.applicability import ScopeReader, header_kind, units
from memgraph.extraction.declarations import (
    GroupWords,
    Membership,
    abbreviations,
    area_sites,
    declared_names,
    defined_groups,
    described_people,
    enumerated_groups,
    glossary,
    group_parts,
    group_words,
    memberships,
    partition_names,
    partitions,
    unit_groups,
)
from memgraph.extraction.extract import Extractor, FoundEntity, match_key
from memgraph.loaders.base import table_rows
from memgraph.models import EntityType
from memgraph.recall.mentions import first_person, named_in
from memgraph.text.embed import Embedder
from memgraph.text.textutil import sentences

LOC, DEPT, ROLE, GRADE = EntityType.LOCATION, EntityType.DEPARTMENT, EntityType.ROLE, EntityType.GRADE
KINDS = {"campus": LOC, "store": LOC, "region": LOC, "garage": LOC, "team": DEPT, "grade": GRADE, "title": ROLE}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The College has three campuses: Ormond, the main campus; Beckley; and the Tollgate Field Station.",
            [("Ormond", LOC), ("Beckley", LOC), ("Tollgate Field Station", LOC)],
        ),
        ("We trade from nine stores in two regions: Upland and Coastal.", [("Upland", LOC), ("Coastal", LOC)]),
        (
            "“Garage” means Pellow Street, Ashby or Crane Hill, whichever the contract names.",
            [("Pellow Street", LOC), ("Ashby", LOC), ("Crane Hill", LOC)],
        ),
        ("Our teams: Billing and Claims.", [("Billing", DEPT), ("Claims", DEPT)]),
        # "of" after the kind word; an aside in brackets belongs to the name before it
        (
            "1.2 The plant has the teams of Assembly, the Foundry and Commercial Services (finance and sales).",
            [("Assembly", DEPT), ("Foundry", DEPT), ("Commercial Services", DEPT)],
        ),
        ("The heads of teams of the Company meet monthly.", []),
        # A kind word, a few lower-case words, the names in brackets.
        (
            "Some of it depends on your team (Billing, Risk & Audit or Claims), some on the store you work "
            "at (Upland or Coastal).",
            [("Billing", DEPT), ("Risk & Audit", DEPT), ("Claims", DEPT), ("Upland", LOC), ("Coastal", LOC)],
        ),
        ("Ask your team (see the contacts page).", []),
        # A table row ("Grade: K1; ...") and job titles are no enumeration of names.
        ("Grade: K1; Spain: 300 EUR; Ireland: 350 EUR.", []),
        ("Typical job titles: Fleet cleaner, tyre fitter.", []),
        # A list that is no list of names.
        ("Sites: see the intranet, or ask HR.", []),
        # a counted kind word, a comma, then the names (an appositive list)
        (
            "This applies at our three warehouse stores, Kettleby Park, Ravenholm Gateway and Coldharbour Cross, "
            "including the office teams based at Kettleby Park.",
            [("Kettleby Park", LOC), ("Ravenholm Gateway", LOC), ("Coldharbour Cross", LOC)],
        ),
        ("We have two stores, and most staff work from home.", []),
    ],
)
def test_enumerations_type_the_names_they_list(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert [(f.name, f.type) for f in declared_names([text], KINDS)] == expected


def test_definitions_by_job_titles_give_memberships() -> None:
    text = (
        "1.2 In this Agreement: (a) “teaching staff” means lecturers, senior lecturers and tutors on the "
        "teaching pathway; (b) “support staff” means staff in administrative, library and estates posts; "
        "(c) 'Depot Staff' means loaders, forklift drivers and yard marshals."
    )
    assert memberships([text]) == [
        Membership("lecturer", "Teaching"),
        Membership("senior lecturer", "Teaching"),
        Membership("tutor", "Teaching"),
        # "staff in administrative, library and estates posts" names kinds of post, no titles
        Membership("loader", "Depot"),
        Membership("forklift driver", "Depot"),
        Membership("yard marshal", "Depot"),
    ]
    # a pronoun defines no group (a health plan's "This includes referrals to ...")
    assert memberships(["This includes making referrals to specialists and other health care providers."]) == []


def test_a_definition_s_including_list_gives_its_titles_as_written() -> None:
    text = (
        "1.2.1 “Academic staff” means staff employed on a Teaching and Research (T&R) contract, including "
        "Lecturers, Senior Lecturers and Readers. 1.2.3 “Professional Services staff” (“PS staff”) means all "
        "other staff, including administrative, clerical, estates and farm staff."
    )
    assert memberships([text]) == [
        Membership("lecturer", "Academic"),
        Membership("senior lecturer", "Academic"),
        Membership("reader", "Academic"),
        # "administrative, clerical, estates and farm staff" lists kinds of staff, no titles
    ]


def test_a_definition_of_people_names_a_group_whatever_it_lists() -> None:
    text = (
        "1.2.2 “Research staff” means staff employed on a Research-only contract, including Research Fellows. "
        "1.2.3 “Professional Services staff” (“PS staff”) means all other staff, including administrative, "
        "clerical, estates and farm staff. 1.2.4 “Grade” means the grade of the post. 'the Trust' means Wendbury "
        "Health."
    )
    # no job title is listed for Professional Services, and "Grade" and "the Trust" name no people
    assert defined_groups([text]) == ["Research", "Professional Services"]
    reader = ScopeReader(Extractor())
    reader.learn([text])
    assert reader.known("Professional Services") == FoundEntity("Professional Services", EntityType.DEPARTMENT)


def test_an_enumeration_under_a_lead_in_that_announces_groups_defines_them() -> None:
    # as a PDF's text extraction leaves a numbered list: inline, its last item in the next block
    texts = [
        "Clause 4. We employ two kinds of staff: 1. Depot crews: hourly-paid, van-based trades: drivers, "
        "loaders, forklift operators and yard marshals. Crews are employed under the depot agreement. 2. Central "
        "services: salaried staff at Mill House, Dudley: invoicing, purchasing, payroll and IT.",
        "Clause 5. Central services staff are paid monthly. 7. Uniform: see the depot notice.",
    ]
    assert enumerated_groups(texts) == [
        ("Depot crews", "hourly-paid, van-based trades: drivers, loaders, forklift operators and yard marshals"),
        ("Central services", "salaried staff at Mill House, Dudley: invoicing, purchasing, payroll and IT"),
    ]
    assert defined_groups(texts) == ["Depot crews", "Central services"]
    titles = {(m.role, m.group) for m in memberships(texts)}
    # one-word doers' nouns in a list of people are titles; "invoicing" and "payroll" are no titles
    assert {("driver", "Depot crews"), ("loader", "Depot crews"), ("forklift operator", "Depot crews")} <= titles
    assert not any(g == "Central services" for _, g in titles)
    described = {g.group: g.words for g in group_words(texts, lambda h: False)}
    assert described["Central services"] == ("invoicing", "purchasing", "payroll", "it")
    # marks that do not run in order from the first are no enumeration of groups
    assert enumerated_groups(["There are three types of staff: 2. Drivers: vans. 3. Office: desks."]) == []


def test_a_glossary_table_defines_its_groups_by_their_job_titles() -> None:
    """A two-column table whose second column gives a meaning is a glossary whatever its first
    column is called; a term for people is a group of the titles its meaning lists: a lower-case
    term ("support staff") is a category named as written, a capitalised one ("Shop
    colleagues") a department named without its people word."""
    texts = [
        "Term: support staff; Meaning: Support assistants and senior support assistants employed at one of our houses. "
        "Term: domestic staff; Meaning: Cooks, cleaners and laundry assistants. "
        "Term: Shop colleagues; Meaning: Paid staff in our shops: Retail Assistants (Band 1) and Shop Managers "
        "(Band 3), supported by Area Managers. Term: Bands; Meaning: Our UK pay bands, 1 to 7."
    ]
    assert glossary(texts)[:2] == [
        ("support staff", "support assistants and senior support assistants employed at one of our houses"),
        ("domestic staff", "cooks, cleaners and laundry assistants"),
    ]
    got = {(m.role, m.group, m.group_type) for m in memberships(texts)}
    cat = EntityType.CATEGORY
    assert {("support assistant", "Support staff", cat), ("senior support assistant", "Support staff", cat)} <= got
    assert {("cook", "Domestic staff", cat), ("laundry assistant", "Domestic staff", cat)} <= got
    assert {("retail assistant", "Shop", DEPT), ("shop manager", "Shop", DEPT)} <= got
    assert not any("area manager" in role for role, _, _ in got)  # who supports them is not in the group
    assert defined_groups(texts) == ["Shop"]
    # a table whose second column is no meaning is no glossary
    assert glossary(["Grade: Band 1; Leave: 25 days."]) == []


def test_job_families_and_the_grade_a_title_is_on_give_memberships() -> None:
    """ "The service has four job families:" announces groups; a title with one grade in
    brackets ("Senior Library Assistants (LH3)") is on that grade, one with two is on neither."""
    texts = [
        "1.1 The service has two job families: (a) Customer Services: Library Assistants (grade LH1 or LH2) and "
        "Senior Library Assistants (LH3), who run the public desks; (b) Heritage: Museum Assistants (Band 2) "
        "and Curators, at the museum."
    ]
    got = {(m.role, m.group, m.group_type) for m in memberships(texts)}
    cs = "Customer Services"
    assert {("library assistant", cs, DEPT), ("senior library assistant", cs, DEPT)} <= got
    assert ("museum assistant", "Heritage", DEPT) in got
    assert {("senior library assistant", "LH3", GRADE), ("museum assistant", "Band 2", GRADE)} <= got
    assert not any(role == "library assistant" and kind == GRADE for role, _, kind in got)
    assert defined_groups(texts) == ["Customer Services", "Heritage"]


def test_a_lettered_clause_after_a_full_stop_is_a_unit_of_its_own() -> None:
    """ "... at every stop. (b) Home Library Service Officers check in ..." holds two groups'
    rules: the lettered clause starts a sentence, as a capital would."""
    text = (
        "7.1 (a) Mobile library crews phone the depot at every stop. (b) Home Library Service Officers check in "
        "on the SafeCall app. (c) Nobody locks up alone."
    )
    assert units(text) == [
        "7.1 (a) Mobile library crews phone the depot at every stop.",
        "(b) Home Library Service Officers check in on the SafeCall app.",
        "(c) Nobody locks up alone.",
    ]
    assert units("Bring a pen (e.g. a biro). (i) Sign in.") == ["Bring a pen (e.g. a biro).", "(i) Sign in."]
    assert sentences("Stop at every stop. (b) Check in.", items=True) == ["Stop at every stop.", "(b) Check in."]


def test_a_gapped_clause_gets_its_verb_back() -> None:
    """ "days start at 05:45 and nights at 21:45" leaves out the second clause's verb: it is put
    back in brackets, so the clause reads (and is embedded) on its own."""
    assert units("At Warrington, days start at 05:45 and nights at 21:45, for the Scotland trunks.") == [
        "At Warrington, days start at 05:45",
        "and nights [start] at 21:45, for the Scotland trunks.",
    ]
    assert units("Drivers at Leeds start at 05:45 and porters at 06:30 at Wakefield.")[1] == (
        "and porters [start] at 06:30 at Wakefield."
    )


def test_a_table_keyed_by_grade_puts_the_roles_it_lists_on_that_grade() -> None:
    """A column of roles in a table keyed by grade ("Roles", "Usual ward roles") puts each role
    on its row's grade; a role two rows list is on neither."""
    block = (
        "Grade: Grade 2; Roles: Lunchtime supervisor, cleaner; Full-time salary: £24,404. "
        "Grade: Grade 7; Roles: Site manager, finance officer; Full-time salary: £31,586. "
        "Grade: Grade 8; Roles: Finance officer, estates manager; Full-time salary: £35,000."
    )
    ward = ["Band: Band 5; Usual ward roles: Staff nurse; Annual salary (full time): £30,180."]
    got = {(m.role, m.group, m.group_type) for m in memberships([block, *ward])}
    assert {("cleaner", "Grade 2", GRADE), ("site manager", "Grade 7", GRADE), ("staff nurse", "Band 5", GRADE)} <= got
    assert not any(role == "finance officer" for role, _, _ in got)
    assert memberships(["Grade: Grade 2; Full-time salary: £24,404."]) == []


def test_a_quoted_class_of_jobs_scopes_its_numbered_clause(extractor: Extractor) -> None:
    """'"officers" means the Master, Chief Officer, ...' defines a class of jobs by its
    capitalised titles (single posts too; "Able Seamen" is one Able Seaman); "C4.1 Officers are
    paid ..." is the class's clause, and the next numbered clause, run on by the layout, is a
    paragraph of its own whose unscoped sentence continues its own subject."""
    definitions = (
        '"officers" means the Master, Chief Officer, Second Officer and Chief Engineer; "ratings" means all other '
        "seagoing personnel, namely the Bosun, Able Seamen (AB), Chefs and Stewards."
    )
    got = {(m.role, m.group, m.group_type) for m in memberships([definitions])}
    cat = EntityType.CATEGORY
    assert {("chief officer", "Officers", cat), ("chief engineer", "Officers", cat)} <= got
    assert {("able seaman", "Ratings", cat), ("steward", "Ratings", cat)} <= got
    paragraph = (
        "C4.1 Officers are paid an annual salary and are not paid overtime. C4.2 Ratings are paid a daily rate. "
        "Hours worked beyond 12 in a day are paid as overtime at £21.30 an hour."
    )
    texts = units(definitions) + units(paragraph)
    reader = ScopeReader(extractor)
    reader.learn(texts)
    scopes = reader.unit_scopes(texts, [True] * (len(texts) - 3) + [True, False, False])
    assert [[f.name for f in s] for s in scopes[-3:]] == [["Officers"], ["Ratings"], ["Ratings"]]


def test_one_place_named_column_is_no_column_per_site(extractor: Extractor) -> None:
    """An amendment record's "Date" column (a town in the gazetteer) keys nothing; a row with a
    column per site still keys each."""
    texts = units(
        "Version: 7.0; Date: April 2024; Change: Glossary added. Topic: Parking; Leeds: Car park A; York: on street."
    )
    reader = ScopeReader(extractor)
    reader.learn(texts)
    scopes = reader.unit_scopes(texts, [True] + [False] * (len(texts) - 1))
    assert scopes[0] == ()
    assert [f.name for s in scopes[1:] for f in s] == ["Leeds", "York"]


def test_an_exception_naming_grades_with_its_own_rule_is_a_unit_for_them(extractor: Extractor) -> None:
    """ "..., except for staff on grades LH1 and LH2, whose permits are issued at no charge": the
    rule excepts the grades, and the exception is theirs, though it gives no number."""
    texts = units(
        "Grade: LH1; Salary: 23,000. Grade: LH2; Salary: 24,000. Permits cost £6 a month, deducted from salary, "
        "except for staff on grades LH1 and LH2, whose permits are issued at no charge."
    )
    assert texts[-1].startswith("except for staff on grades")
    reader = ScopeReader(extractor)
    reader.learn(texts)
    rule, exception = reader.unit_scopes(texts, [True] + [False] * (len(texts) - 1))[-2:]
    assert all(type(f).__name__ == "Excluded" for f in rule) and {f.name for f in rule} == {"LH1", "LH2"}
    assert [(f.name, f.type) for f in exception] == [("LH1", GRADE), ("LH2", GRADE)]


def test_an_exception_at_a_named_place_with_its_own_rule_is_a_unit_for_it(extractor: Extractor) -> None:
    """ "..., except on Larch Ward, whose night staff take a single 60-minute break": the
    general rule excepts the ward, and the exception is the ward's."""
    texts = units(
        "A night includes one hour of unpaid break, taken as two 30-minute breaks, except on Larch Ward, "
        "whose night staff take a single 60-minute break between 01:00 and 05:00."
    )
    assert texts[-1].startswith("except on Larch Ward")
    reader = ScopeReader(extractor)
    reader.teach([FoundEntity("Larch Ward", DEPT)])
    rule, exception = reader.unit_scopes(texts, [True] * len(texts))
    assert [(type(f).__name__, f.name) for f in rule] == [("Excluded", "Larch Ward")]
    assert [f.name for f in exception] == ["Larch Ward"]


def test_a_leading_the_does_not_make_another_name() -> None:
    """ "Home: The Larches" in a table and "at The Larches" in a sentence name one home."""
    assert match_key("The Larches") == match_key("Larches") == "larch"
    assert match_key("The") == "the"
    # nor is a ship's prefix: "MV Corran Star" in a fleet table is "the Corran Star" a crew says
    assert match_key("MV Corran Star") == match_key("the Corran Star") == "corran star"


def test_a_known_group_is_read_whole_after_a_site_noun_or_in_a_gloss(extractor: Extractor) -> None:
    reader = ScopeReader(extractor)
    reader.learn(["There are two groups of employees: 1. Operatives: site trades. 2. Head office: everyone else."])
    assert reader.known("Head office") == FoundEntity("Head office", DEPT)
    # "Head office staff": the known group, not a site called "Head"
    assert [s for _, s in _scopes(reader, "Head office staff are not paid overtime.")] == [{"Head office"}]
    # a group glossed by the known groups it is: theirs; a bracket naming no known group scopes nothing
    glossed = "Salaried staff (operatives and head office) are paid monthly on the 28th."
    assert [s for _, s in _scopes(reader, glossed)] == [{"Operatives", "Head office"}]
    assert [s for _, s in _scopes(reader, "All staff (including agency workers) must sign in.")] == [set()]


def test_abbreviations_a_document_declares() -> None:
    texts = [
        "We run two clinics: Harrowgate Dental Centre (HDC) in the city and Pellow Road Surgery (PRS) in Wexley.",
        "“Clinical Support staff” (“CS staff”) means nurses and hygienists. Contact Human Resources (HR).",
        "Code: UK-LDS; Site: Leeds; Country: United Kingdom. Code: UK-YRK; Site: York; Country: United Kingdom.",
        # a code of a single name: its letters in order, the first one first
        "Every employee has one home base: Dunmere (DNM), Halsey Bridge (HSB) or Carrowford (CRF).",
        # brackets that are no abbreviation of the name before them
        "Ask the Rota Team (ext. 4410) or the People Helpdesk (PH-2).",
        # one name in the singular and the plural is one declaration, in "-men" too
        "Your Shift Leader (SL) signs the rota. Shift Leaders (SLs) cover 10 operators each.",
        "Ratings are Ordinary Seamen (OS) and Able Seamen (AB). Rate: Ordinary Seaman (OS); Daily: £120.",
        # a two-letter short form whose first letter opens no word before it is none
        "Ask the Payroll Office (XK) or the Crewing Desk (CX).",
    ]
    assert abbreviations(texts) == {
        "HDC": "Harrowgate Dental Centre",
        "PRS": "Pellow Road Surgery",
        "CS": "Clinical Support",
        "HR": "Human Resources",
        "UK-LDS": "Leeds",
        "UK-YRK": "York",
        "DNM": "Dunmere",
        "HSB": "Halsey Bridge",
        "CRF": "Carrowford",
        "SL": "Shift Leader",
        # "AB" (able-bodied) spells no word after its first: a two-letter form of the two words
        # before it; a job title is named in the singular
        "OS": "Ordinary Seaman",
        "AB": "Able Seaman",
    }


def test_abbreviations_defined_before_their_names() -> None:
    """A list of definitions that gives the abbreviation first: "CPT: Captain.", a title in
    lower case by its initials ("TA: a teaching assistant"), a site's code that spells nothing
    ("BHD: the Belfast City base"); and the group such a list makes ("Together, flight crew")
    holds its titles."""
    texts = [
        "In this manual: • CPT: Captain. FO: First Officer. Together, flight crew.",
        "• CSA: Customer Service Agent (check-in and gate). RA: Ramp Agent. Together with licensed engineers, "
        "ground staff.",
        "• SCCM: Senior Cabin Crew Member. CC: Cabin Crew. Together, cabin crew.",
        "• EXT: the Exeter base. BHD: the Belfast City base.",
        "• TA: a teaching assistant. DSL: the designated safeguarding lead of a school.",
        # no abbreviation: a question and its answer, a note
        "Q: Who books leave? A: Your line manager. NB: Please ask early.",
    ]
    assert abbreviations(texts) == {
        "CPT": "Captain",
        "FO": "First Officer",
        "CSA": "Customer Service Agent",
        "RA": "Ramp Agent",
        "SCCM": "Senior Cabin Crew Member",
        "CC": "Cabin Crew",
        "EXT": "Exeter",
        "BHD": "Belfast City",
        "TA": "teaching assistant",
        "DSL": "designated safeguarding lead",
    }
    got = {(m.role, m.group, m.group_type) for m in memberships(texts)}
    assert got == {
        ("captain", "Flight crew", EntityType.CATEGORY),
        ("first officer", "Flight crew", EntityType.CATEGORY),
        ("customer service agent", "Ground staff", EntityType.CATEGORY),
        ("ramp agent", "Ground staff", EntityType.CATEGORY),
        # "cabin crew" is a title of its own list ("CC: Cabin Crew"): no group of its own
    }


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Column A Grade band", EntityType.GRADE),  # a schedule's column label says nothing
        ("Your band", EntityType.GRADE),
        ("Grade band", EntityType.GRADE),
        ("Shift model", EntityType.SCHEDULE),
        ("Employee group", EntityType.CATEGORY),
        ("Column B Annual leave per year", None),
        ("Leave type", None),
        ("Home", EntityType.LOCATION),  # a care home's name
        ("Band of shift", EntityType.GRADE),  # the kind word heads the header
        ("Point", EntityType.GRADE),  # a pay spine's points
        ("Cost of uniform", None),
    ],
)
def test_table_headers_name_the_kind_their_rows_are_keyed_by(header: str, kind: EntityType | None) -> None:
    assert header_kind(header) == kind


def test_a_group_listed_with_its_capitalised_job_titles_gives_memberships() -> None:
    items = [
        "• Flight Deck (FD): Captains (CPT) and First Officers (FO).",
        "• Ground Handling (GH): Ramp Agents, Customer Service Agents (check-in and gate) and Duty Managers.",
        # lower-case items are what a group covers (group_words), no titles
        "• Front of House (FOH): ushers, bar and café staff, duty managers",
        "• Opening hours: Monday to Friday, Saturdays and Sundays.",
    ]
    assert memberships(items) == [
        Membership("captain", "Flight Deck"),
        Membership("first officer", "Flight Deck"),
        Membership("ramp agent", "Ground Handling"),
        Membership("customer service agent", "Ground Handling"),
        Membership("duty manager", "Ground Handling"),
    ]


def test_a_job_title_defined_by_its_duty_takes_in_the_title_of_that_duty() -> None:
    text = (
        "'Driver' means an employee whose main duty is driving a van on a delivery round. "
        "'Porter' means a person employed as a night porter. "
        "'Member' means an employee whose main duty is being kind."  # no job noun for "being"
    )
    assert memberships([text]) == [
        Membership("van driver", "Driver", ROLE),
        Membership("night porter", "Porter", ROLE),
    ]


def _scopes(reader: ScopeReader, text: str) -> list[tuple[str, set[str]]]:
    parts = units(text)
    return [(u, {e.name for e in s}) for u, s in zip(parts, reader.unit_scopes(parts, [True] * len(parts)))]


def test_grade_ranges_apply_to_every_grade_in_them(extractor: Extractor) -> None:
    text = (
        "The pay spine runs from grade 1 to grade 9. Staff on grades 2 to 4 are paid overtime. "
        "Staff on grade 7 and above are not. Staff on grade 3 or below get a travel card."
    )
    reader = ScopeReader(extractor)
    reader.learn(units(text))
    scopes = dict(_scopes(reader, text))
    assert scopes["Staff on grades 2 to 4 are paid overtime."] == {"Grade 2", "Grade 3", "Grade 4"}
    assert scopes["Staff on grade 7 and above are not."] == {"Grade 7", "Grade 8", "Grade 9"}
    assert scopes["Staff on grade 3 or below get a travel card."] == {"Grade 1", "Grade 2", "Grade 3"}


def test_lettered_items_after_a_colon_are_units_of_their_own(extractor: Extractor) -> None:
    text = "Leave is as follows: (a) Sales staff: 25 days; (b) Finance staff: 27 days."
    assert units(text) == ["Leave is as follows:", "(a) Sales staff: 25 days;", "(b) Finance staff: 27 days."]
    reader = ScopeReader(extractor)
    assert [s for _, s in _scopes(reader, text)] == [set(), {"Sales"}, {"Finance"}]


def test_a_value_first_clause_is_cut_where_its_own_value_starts(extractor: Extractor) -> None:
    text = "It is 900 EUR a year for Billing and for Claims, and 1,300 EUR for Risk & Audit, where exams cost more."
    assert units(text) == [
        "It is 900 EUR a year for Billing and for Claims",
        "and [It is] 1,300 EUR for Risk & Audit, where exams cost more.",
    ]
    reader = ScopeReader(extractor)
    reader.teach([FoundEntity(n, DEPT) for n in ("Billing", "Claims", "Risk & Audit")])
    parts = units(text)
    scopes = reader.unit_scopes(parts, [True] + [False] * (len(parts) - 1))  # one paragraph
    assert [{e.name for e in s} for s in scopes] == [{"Billing", "Claims"}, {"Risk & Audit"}]


def test_known_names_scope_a_label_and_a_subject_but_not_a_modifier(extractor: Extractor) -> None:
    reader = ScopeReader(extractor)
    reader.teach([FoundEntity(n, DEPT) for n in ("Billing", "Claims", "Change")])
    for text, expected in [
        ("Billing: 70%.", {"Billing"}),
        ("Billing and Claims submit monthly, by the second working day.", {"Billing", "Claims"}),
        # "Change" here qualifies a noun: no subject, no scope
        ("Change requests must be approved by two reviewers.", set()),
    ]:
        assert [s for _, s in _scopes(reader, text)] == [expected], text


def test_a_table_labelled_in_its_first_column_keeps_its_column_names() -> None:
    rows = [["", "Ormond", "Beckley"], ["Parking", "Level 2; permit", "Free"], ["Locked at", "21:30", "20:00"]]
    assert table_rows(rows) == [
        "Parking; Ormond: Level 2, permit; Beckley: Free.",
        "Locked at; Ormond: 21:30; Beckley: 20:00.",
    ]
    assert units("Locked at; Ormond: 21:30; Beckley: 20:00.") == [
        "Locked at; Ormond: 21:30;",
        "Locked at; Beckley: 20:00.",
    ]


def test_each_sentence_of_a_cell_keeps_its_rows_key() -> None:
    """ "Curfew 23:00." read apart from its row (a sentence of its own) still says it is Level
    2's; one-sentence cells, abbreviations and a numbered list in a cell are read as before."""
    rows = [
        ["Level", "What it means for you"],
        ["Level 2 (moderate)", "Tell the SFP before any road journey outside the city. Curfew 23:00."],
        ["Level 3 (high)", "Dr. Okafor approves every journey."],
        ["Level 4 (severe)", "1. Ask 2. Hibernate"],
    ]
    assert table_rows(rows) == [
        "Level: Level 2 (moderate); What it means for you: Tell the SFP before any road journey outside the city. "
        "Level: Level 2 (moderate); What it means for you: Curfew 23:00.",
        "Level: Level 3 (high); What it means for you: Dr. Okafor approves every journey.",
        "Level: Level 4 (severe); What it means for you: 1. Ask 2. Hibernate.",
    ]
    assert sentences(table_rows(rows)[0])[1] == "Level: Level 2 (moderate); What it means for you: Curfew 23:00."


def test_a_tables_caption_row_is_a_line_of_its_own_over_its_header() -> None:
    rows = [
        ["Table 1: Overtime (hourly staff only)", "", ""],
        ["Day", "Hours", "Rate"],
        ["Saturday", "First 4 hours", "Time and a half"],
        ["Sunday", "All hours", "Double time"],
    ]
    assert table_rows(rows) == [
        "Table 1: Overtime (hourly staff only).",
        "Day: Saturday; Hours: First 4 hours; Rate: Time and a half.",
        "Day: Sunday; Hours: All hours; Rate: Double time.",
    ]


def test_a_table_laid_out_side_by_side_is_read_one_record_per_row() -> None:
    rows = [
        ["Point", "Annual salary", "Point", "Annual salary"],
        ["M1", "£32,916", "M5", "£41,416"],
        ["M2", "£34,823", "", ""],
    ]
    assert table_rows(rows) == [
        "Point: M1; Annual salary: £32,916.",
        "Point: M2; Annual salary: £34,823.",
        "Point: M5; Annual salary: £41,416.",
    ]


def test_mentions_need_a_capitalised_known_name_in_first_person_text() -> None:
    ext = Extractor()
    ext.add_known([FoundEntity("Change", DEPT), FoundEntity("Harrow Cross", LOC), FoundEntity("Grade 6", GRADE)])
    assert named_in("I'm the Store Manager at Harrow Cross.", ext, [LOC]) == [(LOC, "Harrow Cross")]
    assert named_in("I joined the Change practice last spring.", ext, [DEPT]) == [(DEPT, "Change")]
    assert named_in("I'd like to change my address.", ext, [DEPT]) == []
    assert named_in("Change is hard.", ext, [DEPT]) == []  # a sentence's first word alone
    assert named_in("I'm at Harrow Cross.", ext, [DEPT]) == []  # not a wanted type
    assert first_person("My contract is with the Harrow Cross store.") and not first_person("The store opens at 8.")


COLLEGE = """<html><body>
<h1>Brackwater College staff conditions</h1>
<h2>1. Definitions</h2>
<p>1.1 In these conditions: (a) “teaching staff” means lecturers, senior lecturers and tutors;
(b) “estates staff” means caretakers, groundskeepers and porters.</p>
<p>1.2 The College has three campuses: Ormond; Beckley; and the Tollgate Field Station.</p>
<h2>2. Annual leave</h2>
<p>2.1 Staff are entitled to annual leave as follows: (a) teaching staff: 38 days; (b) estates staff on grades 1 to 4:
27 days; (c) estates staff on grades 5 to 8: 30 days.</p>
<h2>3. Campus arrangements</h2>
<table>
<tr><th></th><th>Ormond</th><th>Beckley</th><th>Tollgate Field Station</th></tr>
<tr><td>Staff parking</td><td>Quarry Lane deck</td><td>West car park</td><td>Station yard</td></tr>
</table>
</body></html>
"""

PEOPLE = {
    "nia": "I'm a senior lecturer in geography.",
    "owen": "I'm a caretaker on grade 3.",
    "rhys": "Most of my classes are at Beckley.",
    "sian": "My partner used to work at Ormond and at Beckley, and my sister is at the Tollgate Field Station.",
    "tomos": "I'm new here. My line manager is over at Beckley.",
}


college_mg = document_memgraph("college.html", COLLEGE, PEOPLE)


def test_a_role_a_definition_names_is_part_of_its_group(college_mg: MemGraph) -> None:
    rels = college_mg.store.relationships(types=[RelType.PART_OF])
    pairs = {(r.src_id.split(":")[-1], r.dst_id.split(":")[-1]) for r in rels}
    assert {("senior lecturer", "teaching"), ("caretaker", "estates"), ("porter", "estates")} <= pairs
    answer = college_mg.ask("How many days of annual leave do I get?", user_id="nia", use_llm=False)
    assert "38 days" in answer.answer and "27 days" not in answer.answer and "30 days" not in answer.answer, (
        answer.answer
    )
    assert ("PART_OF", "Teaching") in {(f.relation, f.entity) for f in answer.facts}


def test_a_group_and_a_grade_range_together_pick_one_rule(college_mg: MemGraph) -> None:
    answer = college_mg.ask("How much annual leave am I entitled to?", user_id="owen", use_llm=False)
    assert "27 days" in answer.answer and "30 days" not in answer.answer and "38 days" not in answer.answer, (
        answer.answer
    )


def test_a_mentioned_campus_picks_its_column(college_mg: MemGraph) -> None:
    answer = college_mg.ask("Where do I park?", user_id="rhys", use_llm=False)
    assert "West car park" in answer.answer, answer.answer
    assert "Quarry Lane" not in answer.answer and "Station yard" not in answer.answer, answer.answer
    assert ("MENTIONS", "Beckley") in {(f.relation, f.entity) for f in answer.facts}


def test_many_mentioned_places_leave_the_place_unknown(college_mg: MemGraph) -> None:
    answer = college_mg.ask("Where do I park?", user_id="sian", use_llm=False)
    assert not [v for v in ("Quarry Lane", "West car park", "Station yard") if v in answer.answer], answer.answer
    assert not [f for f in answer.facts if f.relation == "MENTIONS"]


def test_a_place_named_as_another_persons_is_not_the_askers(college_mg: MemGraph) -> None:
    answer = college_mg.ask("Where do I park?", user_id="tomos", use_llm=False)
    assert "West car park" not in answer.answer, answer.answer
    assert ("MENTIONS", "Beckley") not in {(f.relation, f.entity) for f in answer.facts}


def test_plain_definitions_and_clauses_led_by_lower_case_groups(extractor: Extractor) -> None:
    text = (
        "When we talk about housekeeping, we mean room attendants, linen porters and floor supervisors. "
        "Front office covers reception, reservations and night porters."
    )
    # without quotes only job titles count ("reservations" is none)
    assert memberships([text]) == [
        Membership("room attendant", "Housekeeping"),
        Membership("linen porter", "Housekeeping"),
        Membership("floor supervisor", "Housekeeping"),
        Membership("night porter", "Front office"),
    ]
    assert units(
        "If you are in housekeeping you call the head housekeeper, whereas kitchen team members ring the head chef "
        "and front office colleagues ring the duty manager."
    ) == [
        "If you are in housekeeping you call the head housekeeper",
        "whereas kitchen team members ring the head chef",
        "and front office colleagues ring the duty manager.",
    ]
    assert units(
        "Front office colleagues earn 3 points an hour, kitchen team members 4 points and housekeeping 2 points."
    ) == [
        "Front office colleagues earn 3 points an hour",
        "kitchen team members [earn] 4 points",
        "and housekeeping 2 points.",
    ]
    # a group's clause that leaves out the verb gets it back, and so does a list of values for
    # groups its lead
    assert units(
        "Teaching staff are paid on the last working day of the month, support staff on the 20th, and supply "
        "and casual staff every Friday."
    ) == [
        "Teaching staff are paid on the last working day of the month",
        "support staff [are paid] on the 20th",
        "and supply and casual staff [are paid] every Friday.",
    ]
    assert units("The tunic colour shows your role: navy for nurses, lilac for senior carers and teal for carers.") == [
        "The tunic colour shows your role: navy for nurses",
        "[The tunic colour shows your role:] lilac for senior carers",
        "and [The tunic colour shows your role:] teal for carers.",
    ]
    # a coordination inside one clause, and a range of values, stay whole
    for whole in ("Tips are shared between the front office and kitchen staff equally.",
                  "Staff get 25 days a year and up to 5 days carry-over."):  # fmt: skip
        assert units(whole) == [whole]


def test_a_repeated_frame_cuts_parallel_parts_and_puts_back_the_verb() -> None:
    assert units(
        "Those at Pier Road park in the basement, those at Hill Street in the yard, "
        "and those at Quay Lane on the street."
    ) == [
        "Those at Pier Road park in the basement",
        "those at Hill Street [park] in the yard",
        "and those at Quay Lane [park] on the street.",
    ]
    assert units("For Sales, for Finance and for HR the rule is the same.") == [
        "For Sales, for Finance and for HR the rule is the same."
    ]


def test_a_sentence_initial_job_title_written_in_lower_case_elsewhere_is_a_role(extractor: Extractor) -> None:
    text = "'Control Staff' means service controllers and bus inspectors. Bus inspectors carry a body camera."
    reader = ScopeReader(extractor)
    reader.learn(units(text))
    assert _scopes(reader, text)[-1] == ("Bus inspectors carry a body camera.", {"Bus Inspector"})


INN = """<html><body>
<h1>Gullhaven Inns: team handbook</h1>
<p>We have three sites: Pier Road, Hill Street and Quay Lane. When we talk about housekeeping, we mean room
attendants, linen porters and floor supervisors.</p>
<h2>Holidays</h2>
<p>You are entitled to 26 days of paid holiday a year, unless you work in the kitchen: kitchen team members get
29 days.</p>
<h2>Tips</h2>
<p>Shares are worked out on points for each hour you work: front office colleagues earn 5 points an hour, kitchen
team members 6 points and housekeeping 7 points.</p>
<h2>If you are ill</h2>
<p>Phone before your shift starts. If you are in housekeeping you call the housekeeping manager, whereas kitchen
team members ring the sous chef and front office colleagues ring the night manager.</p>
<h2>Parking</h2>
<p>Those at Pier Road park in the basement, those at Hill Street in the yard, and those at Quay Lane on the
street.</p>
</body></html>
"""

INN_PEOPLE = {
    "ula": "I'm a room attendant.",
    "finn": "I'm in the kitchen team.",
    "bo": "I started here in May.",
    "ida": "I work at the Hill Street site.",
}


inn_mg = document_memgraph("inn.html", INN, INN_PEOPLE)


@pytest.mark.parametrize(
    ("user", "question", "want", "others"),
    [
        ("ula", "How many tronc points do I earn an hour?", "7 points", ("5 points", "6 points")),
        ("finn", "Who do I phone when I'm sick?", "sous chef", ("housekeeping manager", "night manager")),
        ("ida", "Where do I park?", "yard", ("basement", "street.")),
    ],
)
def test_lower_case_groups_and_repeated_frames_pick_the_askers_rule(
    inn_mg: MemGraph, user: str, question: str, want: str, others: tuple[str, ...]
) -> None:
    answer = inn_mg.ask(question, user_id=user, use_llm=False)
    assert want in answer.answer and not [o for o in others if o in answer.answer], answer.answer


def test_a_rule_for_everyone_but_one_group_is_a_version_when_the_group_is_unknown(inn_mg: MemGraph) -> None:
    answer = inn_mg.ask("How many days of holiday do I get?", user_id="bo", use_llm=False)
    assert answer.gap == "unknown_context", answer
    assert "26 days" not in answer.answer and "29 days" not in answer.answer, answer.answer


PLANT = """<html><body>
<h1>Kettlewick Boards: employee handbook</h1>
<h2>Shift patterns</h2>
<p>Each employee works one of three shift patterns, named in their contract:</p>
<ul><li>Rolling shifts: 12-hour shifts, three on and three off;</li>
<li>Early lates: 06:00 to 14:00 and 14:00 to 22:00, alternating weekly;</li>
<li>Fixed nights: 22:00 to 06:00, Sunday to Thursday.</li></ul>
<h2>Shift allowance</h2>
<p>A shift allowance is paid on top of basic pay for the shift pattern in your contract:</p>
<ul><li>Rolling shifts: 17% of basic pay.</li>
<li>Early lates: 11% of basic pay.</li>
<li>Fixed nights: 31% of basic pay.</li></ul>
<h2>Bonus</h2>
<table><tr><th>Job level</th><th>Target bonus</th></tr>
<tr><td>Levels 1&ndash;3</td><td>4% of salary</td></tr>
<tr><td>Levels 4&ndash;6</td><td>9% of salary</td></tr></table>
</body></html>
"""

PLANT_PEOPLE = {
    "cal": "I'm on fixed nights at the moment.",
    "dee": "I joined in June.",
    "eli": "I'm a level 5 planner.",
}


plant_mg = document_memgraph("plant.html", PLANT, PLANT_PEOPLE)


def test_a_shift_pattern_named_in_lower_case_picks_its_item(plant_mg: MemGraph) -> None:
    answer = plant_mg.ask("What shift allowance do I get?", user_id="cal", use_llm=False)
    assert "31%" in answer.answer and "17%" not in answer.answer and "11%" not in answer.answer, answer.answer
    assert ("MENTIONS", "Fixed nights") in {(f.relation, f.entity) for f in answer.facts}


def test_an_unknown_shift_pattern_is_asked_for(plant_mg: MemGraph) -> None:
    answer = plant_mg.ask("What shift allowance do I get?", user_id="dee", use_llm=False)
    assert answer.gap == "unknown_context" and "shift pattern" in answer.answer, answer.answer
    assert not [v for v in ("17%", "11%", "31%") if v in answer.answer], answer.answer


def test_a_level_range_in_a_table_applies_to_each_level(plant_mg: MemGraph) -> None:
    answer = plant_mg.ask("What is my target bonus?", user_id="eli", use_llm=False)
    assert "9% of salary" in answer.answer and "4% of salary" not in answer.answer, answer.answer


def test_gapped_parts_led_by_names_are_cut_and_dates_are_not() -> None:
    assert units(
        "Ring the nurse in charge: Heron is on extension 4201, Linnet on extension 4202 and Wren on 4203."
    ) == [
        "Ring the nurse in charge:",
        "Heron is on extension 4201",
        "Linnet on extension 4202",
        "and Wren on 4203.",
    ]
    for whole in (
        "On 3 May, Leeds staff start at 8.",
        "Note: Payslips are issued on 3 May, Tuesday 4 June and 5 July.",
    ):
        assert units(whole) == [whole]


def test_amounts_in_words_cut_a_list_of_versions(extractor: Extractor) -> None:
    # "one month ..., two months ..." gives a value in words: each grade range's own unit, with
    # what the later parts leave out put back in brackets
    text = (
        "The notice you must give is one month if you are on Grades 1 to 6, two months on Grades 7 to 10 "
        "and three months on Grades 11 to 13."
    )
    assert units(text) == [
        "The notice you must give is one month if you are on Grades 1 to 6",
        "[The notice you must give is] two months on Grades 7 to 10",
        "and [The notice you must give is] three months on Grades 11 to 13.",
    ]
    scopes = [s for _, s in _scopes(ScopeReader(extractor), text)]
    assert scopes == [{f"Grade {n}" for n in r} for r in (range(1, 7), range(7, 11), range(11, 14))]
    assert units("Staff in Leeds get one day off, and they book it in May.") == [
        "Staff in Leeds get one day off, and they book it in May."
    ]


def test_an_item_labelled_by_a_known_name_in_lower_case_is_that_contexts(extractor: Extractor) -> None:
    reader = ScopeReader(extractor)
    reader.teach([FoundEntity("Long days", EntityType.SCHEDULE), FoundEntity("Nights", EntityType.SCHEDULE)])
    text = "• long days (36 contracted hours a week): 201.6 hours; • nights (34.5 hours a week): 193.2 hours."
    assert [s for _, s in _scopes(reader, text)] == [{"Long days"}, {"Nights"}]


def test_a_column_that_sorts_people_into_classes_keys_its_rows(extractor: Extractor) -> None:
    reader = ScopeReader(extractor)
    rows = [
        "Vehicle class: Class 1 (articulated: tractor and trailer); Hourly rate: 17.10 GBP; Speed limit: 52 mph.",
        "Vehicle class: Class 2; Hourly rate: 15.40 GBP; Speed limit: 54 mph.",
        "Leave type: Sick leave; Notice: first morning.",  # a column of topics, not of people
    ]
    scopes = [{(e.name, e.type) for e in s} for s in reader.unit_scopes(rows, [True, False, False])]
    assert scopes == [{("Class 1", EntityType.CATEGORY)}, {("Class 2", EntityType.CATEGORY)}, set()]


def test_a_place_inside_the_subject_scopes_its_sentence(extractor: Extractor) -> None:
    reader = ScopeReader(extractor)
    assert _scopes(reader, "The notice period in Lyon is two months.") == [
        ("The notice period in Lyon is two months.", {"Lyon"})
    ]
    assert _scopes(reader, "The canteen in the main building is open all day.")[0][1] == set()


def test_a_colon_that_ends_a_clause_opens_a_unit() -> None:
    assert units("Night shifts are the exception: Night Porters take a break of 40 minutes.") == [
        "Night shifts are the exception:",
        "Night Porters take a break of 40 minutes.",
    ]
    for whole in ("Note: Payslips are online.", "Strategy: 70%."):
        assert units(whole) == [whole]


BUILDER = """<html><body>
<h1>Ardwell Builders: site rules</h1>
<h2>Rules for your trade</h2>
<table>
<tr><th>Trade</th><th>Paperwork before you start</th></tr>
<tr><td>Scaffolders</td><td>an approved design drawing</td></tr>
<tr><td>Roofers</td><td>a hot works permit</td></tr>
</table>
<h2>Site facts</h2>
<h3>Brindle Quay</h3>
<p>Working hours: 07:30 to 17:30. Parking: the Chandlers Yard car park.</p>
<h3>Oxley Road</h3>
<p>Working hours: 08:00 to 16:00. Parking: the public car park on Tanner Street.</p>
<h2>Your role group</h2>
<table>
<tr><th>Role group</th><th>Job titles in it</th></tr>
<tr><td>Field Crew</td><td>scaffolders, roofers, labourers</td></tr>
<tr><td>Office Staff</td><td>planners, estimators, administrators</td></tr>
</table>
<h2>What depends on your role group</h2>
<table>
<tr><th>Topic</th><th>Field Crew</th><th>Office Staff</th></tr>
<tr><td>Annual leave</td><td>31 days</td><td>26 days</td></tr>
<tr><td>Boot allowance</td><td>GBP 120 a year</td><td>none</td></tr>
</table>
</body></html>
"""

BUILDERS = {
    "sam": "I'm a scaffolder on the Brindle Quay job.",
    "rae": "I'm a roofer, based at Oxley Road.",
    "fen": "I'm in the field crew.",
    "new": "I've just started.",
}


builder_mg = document_memgraph("builder.html", BUILDER, BUILDERS)


def test_rows_keyed_by_trade_sites_under_a_kind_heading_and_context_columns(builder_mg: MemGraph) -> None:
    def ask(user: str, question: str) -> str:
        return builder_mg.ask(question, user_id=user, use_llm=False).answer

    # a "Trade" column keys its rows by role
    got = ask("sam", "What paperwork do I need before I start?")
    assert "design drawing" in got and "hot works" not in got, got
    # names under a heading that says their kind ("Site facts") are sites
    got = ask("rae", "What are the working hours on my site?")
    assert "08:00 to 16:00" in got and "07:30" not in got, got
    # a topic's row whose columns are the role groups the document named: one unit per column
    got = ask("fen", "How much annual leave do I get?")
    assert "31 days" in got and "26 days" not in got, got
    answer = builder_mg.ask("How much annual leave do I get?", user_id="new", use_llm=False)
    assert answer.gap == "unknown_context" and "31 days" not in answer.answer and "26 days" not in answer.answer


CARE = """<html><body>
<h1>Brookfield Care: staff manual</h1>
<p>Staff groups are written in lower case throughout and defined below.</p>
<h2>Glossary</h2>
<table>
<tr><th>Term</th><th>Meaning</th></tr>
<tr><td>support staff</td><td>Support assistants and senior support assistants employed at one of our houses,
including night support assistants.</td></tr>
<tr><td>domestic staff</td><td>Cooks, cleaners and laundry assistants.</td></tr>
</table>
<h2>Our houses</h2>
<table>
<tr><th>Home</th><th>Town</th><th>Beds</th></tr>
<tr><td>The Willows</td><td>Ripon</td><td>30</td></tr>
<tr><td>Elm Court</td><td>Thirsk</td><td>24</td></tr>
</table>
<h2>Uniform</h2>
<p>The Trust supplies three sets of uniform. Support staff wear a teal tunic and domestic staff a grey tabard.</p>
<h2>Start of the day</h2>
<p>Every house holds a short meeting before the day begins. The morning meeting starts at 07:45 at The Willows and
at 08:10 at Elm Court.</p>
</body></html>
"""

CARERS = {
    "ana": "I'm a senior support assistant at The Willows.",
    "bo": "I work as a laundry assistant at Elm Court.",
    "cy": "I've just joined.",
}


care_mg = document_memgraph("care.html", CARE, CARERS)


def test_glossary_groups_and_homes_pick_the_askers_rule(care_mg: MemGraph) -> None:
    """A job title the glossary lists under a lower-case group gets that group's part of a
    sentence for two groups; a home named in a table headed "Home" is the site a sentence
    names "at The Willows"."""

    def ask(user: str, question: str) -> str:
        return care_mg.ask(question, user_id=user, use_llm=False).answer

    got = ask("ana", "What do I wear?")
    assert "teal tunic" in got and "grey tabard" not in got, got
    got = ask("bo", "What do I wear?")
    assert "grey tabard" in got and "teal tunic" not in got, got
    got = ask("ana", "What time is the morning meeting?")
    assert "07:45" in got and "08:10" not in got, got
    got = ask("bo", "What time is the morning meeting?")
    assert "08:10" in got and "07:45" not in got, got
    answer = care_mg.ask("What do I wear?", user_id="cy", use_llm=False)
    assert "teal tunic" not in answer.answer and "grey tabard" not in answer.answer, answer.answer


def test_a_document_lists_what_is_in_its_groups() -> None:
    """Definitions, list items and two-column rows that pair a group with lower-case words give
    every listed word, a job title or not; a list with a value or words to the reader is a rule."""
    texts = [
        "Front desk covers reception, reservations, concierge and night porters.",
        "• Front of House (FOH): ushers, bar and café staff, duty managers "
        "• Stage & Technical (Tech): stage crew, flys, lighting (including follow spots), sound",
        "• FOH: burgundy waistcoat and name badge, issued on your first shift; your own black trousers",
        "• Box Office: the supervisor line, ext. 2207",
        "Role group: Client Care; Job titles in it: receptionists, practice administrators, the claims clerk.",
        "Department: Sales; Annual leave: 25 days.",
        "'Engineering Staff' means fitters, vehicle electricians and engineering apprentices.",
        "• support staff: everyone on a support contract, such as teaching assistants, cover supervisors and "
        "technicians;",
        "The kitchen means everyone from kitchen porters to the head chef.",
    ]
    found = group_words(texts, lambda h: header_kind(h) is not None)
    assert found == [
        GroupWords("Engineering", ("fitters", "vehicle electricians", "engineering apprentices"), "Engineering Staff"),
        GroupWords("Front desk", ("reception", "reservations", "concierge", "night porters")),
        GroupWords("kitchen", ("kitchen porters", "head chef")),
        GroupWords("Front of House (FOH)", ("ushers", "bar", "café staff", "duty managers")),
        GroupWords("Stage & Technical (Tech)", ("stage crew", "flys", "lighting", "sound")),
        GroupWords("Client Care", ("receptionists", "practice administrators", "claims clerk")),
        GroupWords("support", ("teaching assistants", "cover supervisors", "technicians"), "support staff"),
    ]


DESCRIBED = """# Harbour Hotel staff guide

## Who is in which department

Guest Services covers reception, reservations, concierge and night porters. Housekeeping means room
attendants, linen porters and floor supervisors.

## Uniform

Guest Services staff wear a navy blazer. Housekeeping staff wear a grey tunic.

## Sickness

Guest Services staff ring the duty manager. Housekeeping staff ring the head housekeeper.
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_people_who_name_what_a_group_covers_get_its_rules(
    store_kind: str, tmp_path: Path, embedder: Embedder, order: str
) -> None:
    """ "I'm on reception" links to Guest Services through the document's own description of it,
    whichever came first; once the document is retired, nothing links it any more."""
    people = {"rhea": "I'm on reception most evenings.", "lin": "I look after the hotel gardens."}
    made = memgraph_on_document(order, store_kind, tmp_path, embedder, "guide.md", DESCRIBED, people)
    m = next(made)
    try:
        answer = m.ask("What do I wear at work?", user_id="rhea", use_llm=False)
        assert "navy blazer" in answer.answer and "grey tunic" not in answer.answer, answer.answer
        answer = m.ask("Who do I ring when I'm sick?", user_id="rhea", use_llm=False)
        assert "duty manager" in answer.answer and "head housekeeper" not in answer.answer, answer.answer
        # nothing the document lists for a group: asked, not guessed
        answer = m.ask("What do I wear at work?", user_id="lin", use_llm=False)
        assert not answer.found and answer.gap == "unknown_context", answer.answer
        doc = m.kb.documents()[0]
        m.kb.retire(doc.id)
        assert m.extractor.group_words() == {}
    finally:
        made.close()


def test_the_next_list_of_descriptions_is_another_run_of_siblings(extractor: Extractor) -> None:
    """Two lists of descriptions one after the other, under their own headings (departments,
    then contracts): each list is typed by its own known members, so the contracts' kind does not
    make the departments' list mixed, and a site learned from a group's name ("Box" of the Box
    Office) is dropped."""
    blocks = [
        "• Front of House (FOH): ushers, bar and café staff • Box Office: ticket sales, the phone line "
        "• Stage & Technical (Tech): stage crew, lighting, sound",
        "• Core: permanent, salaried • Casual: zero-hours, paid by the hour",
        "The FOH team wear a waistcoat. The Box Office team wear a polo shirt. The Box Office opens at 18:05.",
        "Contract: Core; Holiday: 26 days a year.",
        "Contract: Casual; Holiday: 12.07% holiday pay on every hour.",
        "Tech: 17:40, for the pre-show checks.",
    ]
    parts = [units(b) for b in blocks]
    texts = [u for p in parts for u in p]
    starts = [i == 0 for p in parts for i in range(len(p))]
    mixed = ScopeReader(extractor)
    mixed.learn(texts)
    assert mixed.known("Tech") is None  # one run of departments and contracts: mixed kinds
    reader = ScopeReader(extractor)
    reader.learn(texts, starts)
    assert reader.known("Tech") == FoundEntity("Tech", DEPT)
    assert reader.known("Box Office") == FoundEntity("Box Office", DEPT)
    assert reader.known("Box") is None


def test_a_heading_that_asks_names_no_group() -> None:
    """ "Which department am I in?" and "Your team" are headings about the reader's group, not
    groups named "Which" or "Your"; "Stores department" is one."""
    reader = ScopeReader(Extractor())  # not the session's: other tests teach it names
    found = reader.heading_entities(["Which department am I in?", "Your team", "Stores department"])
    assert found["Which department am I in?"] == [] and found["Your team"] == []
    assert [e.name for e in found["Stores department"]] == ["Stores"]


HEADED = """# Brewery staff guide

## Our teams

### Brewhouse

The head brewer, brewers, assistant brewers and cellar hands.

### Drays

Draymen, drivers' mates and the transport planner.

## Start times

Brewhouse staff start at 06:00. Drays staff start at 05:15.
"""


SHIFT_TIMES = """# Warehouse colleague guide

## Where we work

Everyone employed at our three warehouse sites, Kettleby Park, Ravenholm Gateway and Coldharbour Cross.

## Shift times

Nights are 22:00 to 06:00 at Kettleby Park, 21:45 to 05:45 at Ravenholm Gateway and 22:30 to 06:30 at
Coldharbour Cross.
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_a_gapped_list_of_site_versions_gives_each_site_its_own(
    store_kind: str, tmp_path: Path, embedder: Embedder, order: str
) -> None:
    """The sites a counted list names ("our three warehouse sites, A, B and C") are sites, and
    a gapped list of their versions, cut into units ("[Nights are] 21:45 to 05:45 at ...") and
    joined again in its passage, is quoted to each person for their own site only."""
    people = {"gemma": "I do nights at the Kettleby Park shed.", "rob": "I work nights at Ravenholm Gateway."}
    made = memgraph_on_document(order, store_kind, tmp_path, embedder, "shifts.md", SHIFT_TIMES, people)
    m = next(made)
    try:
        answer = m.ask("What are my shift hours?", user_id="gemma", use_llm=False)
        assert "22:00 to 06:00" in answer.answer and "21:45" not in answer.answer, answer.answer
        answer = m.ask("What are my shift hours?", user_id="rob", use_llm=False)
        assert "21:45 to 05:45" in answer.answer and "22:00" not in answer.answer, answer.answer
    finally:
        made.close()


GROUPS_BY_TEAM_AND_SITE = """# Dunmore Care staff guide

## Staff groups

- Care staff: care assistants, senior care assistants and night care assistants.
- Support staff are the salaried central team: finance, payroll and admissions, and everyone employed at Dunmore House.

## Uniform

Care staff wear a lilac tunic. Support staff wear smart casual clothes.
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_a_group_that_lists_a_persons_team_or_site_is_theirs(
    store_kind: str, tmp_path: Path, embedder: Embedder, order: str
) -> None:
    """A group described by the teams in it ("Support staff are the salaried central team:
    finance, payroll and admissions") or by where its people work ("everyone employed at
    Dunmore House") is the group of someone whose team or site is listed, whichever came first."""
    people = {
        "morag": "I work in the payroll team.",
        "kirsty": "I'm based at Dunmore House.",
        "ana": "I'm a senior care assistant.",
    }
    made = memgraph_on_document(order, store_kind, tmp_path, embedder, "groups.md", GROUPS_BY_TEAM_AND_SITE, people)
    m = next(made)
    try:
        described = {f.name: words for f, words in m.extractor.group_words().items()}
        assert {"payroll", "dunmore house"} <= set(described.get("Support", ())), described
        for who in ("morag", "kirsty"):
            answer = m.ask("What do I wear at work?", user_id=who, use_llm=False)
            assert "smart casual" in answer.answer and "lilac" not in answer.answer, (who, answer.answer)
        answer = m.ask("What do I wear at work?", user_id="ana", use_llm=False)
        assert "lilac" in answer.answer and "smart casual" not in answer.answer, answer.answer
    finally:
        made.close()


def test_a_groups_heading_over_a_list_of_its_people_describes_it(
    store_kind: str, tmp_path: Path, embedder: Embedder
) -> None:
    """A group's heading over a sentence that only lists who is in it (a definition list's term
    and description, or a section per team) describes the group as "Brewhouse: ..." would: "I'm
    a cellar hand" is in Brewhouse."""
    people = {"priya": "I'm a cellar hand.", "tom": "I'm a drivers' mate."}
    made = memgraph_on_document("kb-first", store_kind, tmp_path, embedder, "brewery.md", HEADED, people)
    m = next(made)
    try:
        described = {f.name: words for f, words in m.extractor.group_words().items()}
        assert "cellar hands" in described.get("Brewhouse", ()), described
        answer = m.ask("What time do I start?", user_id="priya", use_llm=False)
        assert "06:00" in answer.answer and "05:15" not in answer.answer, answer.answer
        answer = m.ask("What time do I start?", user_id="tom", use_llm=False)
        assert "05:15" in answer.answer and "06:00" not in answer.answer, answer.answer
    finally:
        made.close()


def test_a_list_of_group_descriptions_types_its_unknown_groups_by_their_known_siblings(extractor: Extractor) -> None:
    """ "• Stage & Technical (Tech): stage crew, ..." beside a known department's description is
    a department, by the abbreviation the document goes on to use ("Tech: 17:40")."""
    texts = (
        units(
            "• Front of House (FOH): ushers, bar and café staff • Stage & Technical (Tech): stage crew, lighting, sound"
        )
        + units("The FOH team wear a waistcoat.")
        + units("• Tech: 17:40, for the pre-show checks • FOH: 18:25")
    )
    reader = ScopeReader(extractor)
    reader.learn(texts)
    assert reader.known("Tech") == FoundEntity("Tech", DEPT)
    assert reader.known("Stage & Technical") is None
    scopes = dict(zip(texts, reader.unit_scopes(texts)))
    assert {e.name for e in scopes["• Tech: 17:40, for the pre-show checks"]} == {"Tech"}


CLINICS = """<html><head><title>Harrowgate Dental Group: Staff Handbook</title></head><body>
<h1>Harrowgate Dental Group: Staff Handbook</h1>
<p>We run two clinics: Harrowgate Dental Centre (HDC) in the city centre and Pellow Road Surgery (PRS) in
Wexley. Where a rule differs between them, we say so.</p>
<h2>1. Parking</h2>
<p>At HDC, staff park in the Tanner Street staff car park with a permit charged through payroll. At PRS,
staff park in the practice yard and there is no charge.</p>
<table>
<tr><th>HDC permit</th><th>Bands 2 to 4</th><th>Bands 5 and 6</th></tr>
<tr><td>Monthly charge</td><td>&pound;12 a month</td><td>&pound;21 a month</td></tr>
</table>
<h2>2. Depots</h2>
<table>
<tr><th>Code</th><th>Depot</th><th>Town</th></tr>
<tr><td>DEP-N</td><td>Northgate</td><td>Harrowgate</td></tr>
<tr><td>DEP-S</td><td>Southmere</td><td>Wexley</td></tr>
<tr><td>DEP-E</td><td>Eastbrook</td><td>Wexley</td></tr>
</table>
<table>
<tr><th>Topic</th><th>DEP-N / DEP-E</th><th>DEP-S</th></tr>
<tr><td>Weekly hours</td><td>37 hours</td><td>39 hours</td></tr>
</table>
<h2>3. Uniform</h2>
<p>Everyone wears the navy tunic, laundered on site.</p>
</body></html>
"""

CLINIC_PEOPLE = {
    "gwen": "I'm a dental nurse at Pellow Road Surgery, band 4.",
    "ifan": "I'm a receptionist at Harrowgate Dental Centre, on band 3.",
    "lowri": "I'm a van driver at the Eastbrook depot.",
    "dai": "I'm a van driver at the Southmere depot.",
}


clinics_mg = document_memgraph("clinics.html", CLINICS, CLINIC_PEOPLE)


@pytest.mark.parametrize(
    ("user", "question", "want", "others"),
    [
        # "At PRS" is Pellow Road Surgery's rule, and the table headed "HDC permit" is HDC's alone
        ("gwen", "Do I have to pay to park?", "no charge", ("£12", "£21")),
        ("ifan", "How much do I pay to park?", "£12", ("£21", "no charge")),
        # a table of codes names the depots; a column headed by two codes is both depots'
        ("lowri", "How many hours a week do I work?", "37 hours", ("39 hours",)),
        ("dai", "How many hours a week do I work?", "39 hours", ("37 hours",)),
    ],
)
def test_declared_abbreviations_and_codes_are_the_names_they_stand_for(
    clinics_mg: MemGraph, user: str, question: str, want: str, others: tuple[str, ...]
) -> None:
    answer = clinics_mg.ask(question, user_id=user, use_llm=False)
    assert want in answer.answer and not any(o in answer.answer for o in others), answer.answer


UNIVERSITY = """<html><body>
<h1>Harrowden University conditions of service</h1>
<h2>1. Interpretation</h2>
<p>1.1 “Academic staff” means staff on a teaching contract, including Lecturers and Readers.</p>
<p>1.2 “Professional Services staff” (“PS staff”) means all other staff, including administrative, clerical,
estates and catering staff.</p>
<h2>2. Overtime</h2>
<p>2.1 Academic staff are not eligible for overtime.</p>
<p>2.2 PS staff in Grades 1 to 5 are paid for authorised overtime at time and a half.</p>
<p>2.3 PS staff in Grades 6 to 10 receive time off in lieu for authorised additional hours.</p>
<h2>3. Pension</h2>
<p>3.1 Academic staff may join the Collegiate Pension Fund.</p>
<p>3.2 PS staff may join the Harrowden Staff Pension Scheme.</p>
</body></html>
"""

STAFF = {
    "gwen": "I'm an estates operative, grade 3.",
    "sion": "I'm Head of Finance Operations, so professional services, grade 8.",
}

university_mg = document_memgraph("university.html", UNIVERSITY, STAFF)


def test_a_group_defined_without_job_titles_links_the_kinds_of_work_it_lists(university_mg: MemGraph) -> None:
    """ "Professional Services staff ... means all other staff, including ... estates ... staff":
    the group is learned from its definition, so an estates operative is in it."""
    answer = university_mg.ask("Do I get paid for overtime?", user_id="gwen", use_llm=False)
    assert "time and a half" in answer.answer and "time off in lieu" not in answer.answer, answer.answer


def test_a_department_no_rule_is_keyed_by_leaves_room_for_the_group_the_person_names(
    university_mg: MemGraph,
) -> None:
    """Someone whose department (Finance Operations) no passage is scoped to, who says they are
    in professional services, is answered with the rule for "PS staff" (the abbreviation the
    document declares)."""
    answer = university_mg.ask("Which pension scheme can I join?", user_id="sion", use_llm=False)
    assert "Staff Pension Scheme" in answer.answer and "Collegiate" not in answer.answer, answer.answer
    # "PS staff in Grades 1 to 5 ..." names his group, but not his grade (8): not his rule
    answer = university_mg.ask("Do I get paid for overtime?", user_id="sion", use_llm=False)
    assert "time off in lieu" in answer.answer and "time and a half" not in answer.answer, answer.answer
    assert ("MENTIONS", "Professional Services") in {(f.relation, f.entity) for f in answer.facts}


def test_a_counted_partition_names_its_groups_and_what_is_in_them() -> None:
    """ "one of N <kind>s: ..." names N groups when N elements are listed: a bracketed or
    "which is" description is the group's, and a count that does not match gives nothing."""
    voices = (
        "Every singer sings in one of three voice groups: Upper (sopranos and altos), Youth, and Lower, which is "
        "tenors, baritones and basses."
    )
    assert partitions([voices]) == [
        ("voice groups", "Upper", "sopranos and altos"),
        ("voice groups", "Youth", ""),
        ("voice groups", "Lower", "tenors, baritones and basses"),
    ]
    # an unknown kind word: proper names are groups of the fallback type (none without one)
    assert partition_names(partitions([voices]), KINDS) == []
    assert [(f.name, f.type) for f in partition_names(partitions([voices]), KINDS, fallback=DEPT)] == [
        ("Upper", DEPT),
        ("Youth", DEPT),
        ("Lower", DEPT),
    ]
    shifts = "Bakery staff work one of three shift patterns: dawns (04:00 to 12:00), middles or the late shift."
    sched = {**KINDS, "shift pattern": EntityType.SCHEDULE}
    assert [(f.name, f.type) for f in partition_names(partitions([shifts]), sched)] == [
        ("dawns", EntityType.SCHEDULE),
        ("middles", EntityType.SCHEDULE),
        ("late shift", EntityType.SCHEDULE),
    ]
    # lower-case names of an unknown kind, a count that does not match, nobody partitioned
    ways = partitions(["Staff choose one of three ways: phone, email or letter."])
    assert partition_names(ways, KINDS, fallback=DEPT) == []
    assert partitions(["Every singer sings in one of four voice groups: Upper, Lower and Youth."]) == []
    assert partitions(["You may pick one of two options: Standard or Premium."]) == []
    # what the description lists is in the group
    assert GroupWords("Upper", ("sopranos", "altos")) in group_words([voices], lambda h: False)


def test_titles_put_in_a_counted_group_are_its_members() -> None:
    """A partition whose names hold "and" is split at its commas when that matches the count;
    "<titles> are in <group>" and "<titles> are <group>" then put the titles in the group (a
    bracket's titles too), and a sentence-initial capital is no name's."""
    text = (
        "Every member of staff belongs to one of three staff groups: Nursing and Midwifery, Allied Health "
        "Professionals, and Estates and Facilities. Registered nurses, midwives and healthcare assistants are in "
        "Nursing and Midwifery. Physiotherapists, radiographers and dietitians are Allied Health Professionals. "
        "Porters and our maintenance trades (electricians and plumbers) are in Estates and Facilities. "
        "Managers are in charge of rotas."
    )
    assert [name for _, name, _ in partitions([text])] == [
        "Nursing and Midwifery",
        "Allied Health Professionals",
        "Estates and Facilities",
    ]
    got = {(m.role, m.group) for m in memberships([text])}
    assert {
        ("registered nurse", "Nursing and Midwifery"),
        ("healthcare assistant", "Nursing and Midwifery"),
        ("physiotherapist", "Allied Health Professionals"),
        ("radiographer", "Allied Health Professionals"),
        ("porter", "Estates and Facilities"),
        ("electrician", "Estates and Facilities"),
    } <= got
    assert not any(role == "manager" for role, _ in got)  # "in charge of" no group the document counts


def test_a_group_made_up_of_titles_and_a_positions_column_give_memberships() -> None:
    """ "<Group> is made up of <titles>" lists its members (not a title cut from a name of the
    group's own: "the Manager of Collections"); a column of positions puts each on its row's
    level, whatever its last word, though the cell lists them with semicolons."""
    text = (
        "Branch Services is made up of Pages, Circulation Clerks, Library Assistants and Branch Managers at Central "
        "Library. Collections and Technical Services is made up of Cataloguers, Acquisitions Clerks and the "
        "Manager of Collections and Technical Services, all at the Service Centre."
    )
    got = {(m.role, m.group) for m in memberships([text])}
    assert {
        ("circulation clerk", "Branch Services"),
        ("branch manager", "Branch Services"),
        ("acquisitions clerk", "Collections and Technical Services"),
        ("cataloguer", "Collections and Technical Services"),
    } <= got
    assert not any(role in ("manager", "technical service") for role, _ in got), got
    rows = ["Level: Level 3; Positions: Library Assistant; Acquisitions Clerk; Custodian; Hourly rate: $24.55."]
    assert {(m.role, m.group, m.group_type) for m in memberships(rows)} == {
        ("library assistant", "Level 3", GRADE),
        ("acquisitions clerk", "Level 3", GRADE),
        ("custodian", "Level 3", GRADE),
    }


PARTITIONED = """# Cantoria Chorus members' guide

## Voice groups

Every singer sings in one of three voice groups: Upper (sopranos and altos), Youth, and Lower, which
is tenors, baritones and basses.

## Music fund

The chorus pays a music allowance each season:

| | Upper | Lower | Youth |
|---|---|---|---|
| Music allowance | £45 | £60 | £20 |
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_a_partitions_groups_key_a_tables_columns_for_their_members(
    store_kind: str, tmp_path: Path, embedder: Embedder, order: str
) -> None:
    """Columns headed by a partition's groups are those groups' rules: a person in a group by
    what its description lists ("the altos section" is Upper, whether the person or the
    handbook came first) gets that column only, and a person who has said no group is asked
    for it."""
    people = {"ana": "I'm in the altos section.", "tom": "I joined the chorus last year."}
    made = memgraph_on_document(order, store_kind, tmp_path, embedder, "chorus.md", PARTITIONED, people)
    m = next(made)
    try:
        answer = m.ask("How much is my music allowance?", user_id="ana", use_llm=False)
        assert "£45" in answer.answer and "£60" not in answer.answer and "£20" not in answer.answer, answer.answer
        answer = m.ask("How much is my music allowance?", user_id="tom", use_llm=False)
        assert answer.gap == "unknown_context" and "Upper" in answer.answer, answer.answer
        assert not any(v in answer.answer for v in ("£45", "£60", "£20")), answer.answer
    finally:
        made.close()


def test_a_capitalised_group_with_its_people_word_is_described_by_its_list() -> None:
    """ "Customer Services staff: library assistants, ..." (a run-in term and its definition)
    describes Customer Services, as "Collections staff: ..." describes Collections."""
    texts = [
        "Customer Services staff: library assistants, senior library assistants and customer services supervisors.",
        "Collections staff: conservators, collections assistants and registrars.",
    ]
    got = {g.group: g.words for g in group_words(texts, lambda h: False)}
    assert got == {
        "Customer Services": ("library assistants", "senior library assistants", "customer services supervisors"),
        "Collections": ("conservators", "collections assistants", "registrars"),
    }


def test_a_group_described_then_listed_by_they_are_gives_memberships() -> None:
    """ "X colleagues are ... . They are <titles>" lists the group's job titles in the sentence
    after the one that names it."""
    text = (
        "• Hourly colleagues are paid under the site agreement (the Green Book). They are bakers and packers, "
        "oven operators (all lines), hygiene operatives and team leaders, on grades H1 to H3. "
        "• Salaried colleagues are on personal contracts."
    )
    assert memberships([text]) == [
        Membership("baker", "Hourly"),
        Membership("packer", "Hourly"),
        Membership("oven operator", "Hourly"),
        Membership("hygiene operative", "Hourly"),
        Membership("team leader", "Hourly"),
    ]
    # no "They are" sentence, no titles; nor a list of things
    assert memberships(["Hourly colleagues are paid weekly. They are paid on Fridays."]) == []


def test_titles_put_at_a_level_named_by_a_title_are_part_of_that_role() -> None:
    """ "A, B and C are at the Team Leader level" puts the titles in the role that names the
    level (a grade when the level is no title: "the Band 4 level")."""
    text = (
        "Everyone is at one of three role levels: Crew, Shift Lead or Site Manager. Trainers, cash "
        "supervisors and Assistant Site Managers are at the Shift Lead level for everything in this guide. "
        "Apprentices and trainee technicians are on the Band 2 grade."
    )
    assert memberships([text]) == [
        Membership("trainer", "Shift Lead", ROLE),
        Membership("cash supervisor", "Shift Lead", ROLE),
        Membership("assistant site manager", "Shift Lead", ROLE),
        Membership("apprentice", "Band 2", GRADE),
        Membership("trainee technician", "Band 2", GRADE),
    ]


def test_regions_name_the_sites_in_them() -> None:
    """A region named with its sites in brackets places each site in the region."""
    prose = (
        "We have eight stores in two regions: the North region (Skelby, Rishby Moor, Thirlby and Dunnow) and the "
        "Coastal region (Scarbeck, Whitcombe Sands, Filsea and Bridlow)."
    )
    got = area_sites([prose])
    assert ("Whitcombe Sands", "Coastal") in got and ("Rishby Moor", "North") in got and len(got) == 8
    # a region with one name in brackets, or a bracket of other words, places nothing
    assert area_sites(["the North region (Skelby) only", "the North region (see the map above)"]) == []


def test_a_table_keyed_by_country_places_the_sites_its_columns_name() -> None:
    """A row keyed by country whose other columns name sites places each site, and the town
    written with it, in the country; what a cell says in brackets is no site, and a column that
    names no site places nothing."""
    table = (
        "Country: United Kingdom; Hotel: The Harbour Hotel, Bristol (Quayside Grill, Harbour Bar); "
        "Standalone restaurant: The Salt Room, Bath; Rooms: 120. "
        "Country: Ireland; Hotel: Meridale Quay Hotel, Galway (Quay Kitchen); Standalone restaurant: "
        "Meridale Kitchen, Dublin; Rooms: 85."
    )
    assert area_sites([table]) == [
        ("Harbour Hotel", "United Kingdom"),
        ("Bristol", "United Kingdom"),
        ("Salt Room", "United Kingdom"),
        ("Bath", "United Kingdom"),
        ("Meridale Quay Hotel", "Ireland"),
        ("Galway", "Ireland"),
        ("Meridale Kitchen", "Ireland"),
        ("Dublin", "Ireland"),
    ]
    assert area_sites(["Benefit: Annual leave; United Kingdom: 28 days; Ireland: 21 days."]) == []


REGIONS = """# Harrowgate colleague handbook

## About us

We have eight stores in two regions: the North region (Skelby, Rishby Moor, Thirlby and Dunnow) and the
Coastal region (Scarbeck, Whitcombe Sands, Filsea and Bridlow).

## Summer supplement

Colleagues in the Coastal region receive a summer supplement of 75p an hour from June to August.
Colleagues in the North region receive no summer supplement.
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_a_site_a_region_lists_gets_the_regions_rules(
    store_kind: str, tmp_path: Path, embedder: Embedder, order: str
) -> None:
    """Someone at a store the handbook places in a region (no gazetteer knows it) gets that
    region's rule, whichever came first."""
    people = {"marcia": "I'm the store manager at Whitcombe Sands.", "ian": "I work at the Skelby store."}
    made = memgraph_on_document(order, store_kind, tmp_path, embedder, "regions.md", REGIONS, people)
    m = next(made)
    try:
        answer = m.ask("Is there a summer supplement for me?", user_id="marcia", use_llm=False)
        assert "75p" in answer.answer and "no summer supplement" not in answer.answer, answer.answer
        answer = m.ask("Is there a summer supplement for me?", user_id="ian", use_llm=False)
        assert "no summer supplement" in answer.answer and "75p" not in answer.answer, answer.answer
    finally:
        made.close()


def test_a_table_of_faculties_puts_each_school_in_its_faculty() -> None:
    """A row keyed by a column of faculties whose other column lists schools places each school
    in its faculty; a semicolon list keeps the "and" of a name; a column of no groups places
    nothing."""
    table = (
        "Faculty: Faculty of Science and Engineering; Schools: School of Engineering; School of Computing; "
        "Dean: Prof. Ada Lee. Faculty: Faculty of Medicine and Health; Schools: School of Medicine; School of "
        "Nursing and Midwifery; Dean: Prof. Sam Roe."
    )
    assert group_parts([table]) == [
        ("School of Engineering", "Faculty of Science and Engineering"),
        ("School of Computing", "Faculty of Science and Engineering"),
        ("School of Medicine", "Faculty of Medicine and Health"),
        ("School of Nursing and Midwifery", "Faculty of Medicine and Health"),
    ]
    assert group_parts(["Benefit: Research allowance; Faculty of Arts: 950 GBP; Faculty of Law: 800 GBP."]) == []


FACULTIES = """# Ardley University staff handbook

## Our faculties

| Faculty | Schools |
|---|---|
| Faculty of Science and Engineering | School of Engineering; School of Computing |
| Faculty of Medicine and Health | School of Medicine; School of Nursing and Midwifery |

## Research allowance

Each faculty gives its academic staff a personal research allowance. In the Faculty of Science and Engineering
the allowance is 1,400 GBP a year. The Faculty of Medicine and Health gives 1,750 GBP a year.
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_a_school_a_faculty_lists_gets_the_facultys_rules(
    store_kind: str, tmp_path: Path, embedder: Embedder, order: str
) -> None:
    """Someone in a school the handbook's table places in a faculty gets that faculty's rule,
    whichever came first."""
    people = {
        "graham": "I'm a professor in the School of Medicine.",
        "priya": "I'm a senior lecturer in the School of Computing.",
    }
    made = memgraph_on_document(order, store_kind, tmp_path, embedder, "faculties.md", FACULTIES, people)
    m = next(made)
    try:
        answer = m.ask("What is my personal research allowance?", user_id="graham", use_llm=False)
        assert "1,750 GBP" in answer.answer and "1,400 GBP" not in answer.answer, answer.answer
        answer = m.ask("What is my personal research allowance?", user_id="priya", use_llm=False)
        assert "1,400 GBP" in answer.answer and "1,750 GBP" not in answer.answer, answer.answer
    finally:
        made.close()


ROLE_GRADES = """# Larkhill Hotels team handbook

## Where we are

| Country | Hotel | Restaurant |
|---|---|---|
| Ireland | Larkhill Quay Hotel, Galway | Larkhill Kitchen, Dublin |
| Portugal | Larkhill Ribeira, Porto | Taberna Larkhill, Lisbon |

## Role library

### Room Attendant (G1)

Cleans and prepares guest rooms, usually 14 rooms a shift.

### Kitchen Porter (G1)

Keeps the kitchen running: washing up, cleaning down and receiving deliveries.

### Front Office Manager (G3)

Runs the front desk and its team.

## Annual leave

| Benefit | Grade | Ireland | Portugal |
|---|---|---|---|
| Annual leave | G1 and G2 | 21 days plus public holidays | 23 working days plus public holidays |
| Annual leave | G3 and G4 | 25 days plus public holidays | 26 working days plus public holidays |
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_a_role_librarys_heading_gives_the_roles_grade(
    store_kind: str, tmp_path: Path, embedder: Embedder, order: str
) -> None:
    """A role library's heading "Room Attendant (G1)" puts the role on its grade, so a room
    attendant gets the G1 row of a benefits table by grade and country; "the hotel kitchen in
    Porto" is a kitchen in Porto, not the Dublin restaurant "Larkhill Kitchen"."""
    people = {
        "ines": "I'm a room attendant at the hotel in Porto.",
        "rui": "Kitchen porter in the hotel kitchen in Porto.",
        "sean": "Front office manager at the Quay Hotel in Galway.",
    }
    made = memgraph_on_document(order, store_kind, tmp_path, embedder, "larkhill.md", ROLE_GRADES, people)
    m = next(made)
    try:
        rels = m.store.relationships(types=[RelType.PART_OF])
        pairs = {(r.src_id.split(":")[-1], r.dst_id.split(":")[-1]) for r in rels}
        assert {("room attendant", "g1"), ("kitchen porter", "g1"), ("front office manager", "g3")} <= pairs
        for user, want in (("ines", "23 working days"), ("rui", "23 working days"), ("sean", "25 days")):
            answer = m.ask("How many days of annual leave do I get?", user_id=user, use_llm=False)
            others = {"21 days", "23 working days", "25 days", "26 working days"} - {want}
            assert want in answer.answer and not [o for o in others if o in answer.answer], (user, answer.answer)
    finally:
        made.close()


def test_a_table_of_sites_with_a_region_column_places_each_site() -> None:
    """A row keyed by a site whose other columns give its town and its region places both in
    the region; the region column itself is no site."""
    table = (
        "Home: Hollybank; Town: Garsby; Region: Northern; What we offer: Residential care. "
        "Home: The Larches; Town: Wenbury; Region: Southern; What we offer: Nursing care."
    )
    assert area_sites([table]) == [
        ("Hollybank", "Northern"),
        ("Garsby", "Northern"),
        ("Larches", "Southern"),
        ("Wenbury", "Southern"),
    ]


HOMES = """# Oakfield Care colleague handbook

## Our homes

| Home | Town | Region |
|---|---|---|
| Hollybank | Garsby | Northern |
| Rowan Court | Thirlwick | Northern |
| Bramley House | Chalkford | Southern |
| The Larches | Wenbury | Southern |

## Night enhancement

We pay a night enhancement for every hour worked between 20:00 and 08:00:

| Role | Northern homes | Southern homes |
|---|---|---|
| Care assistant | £1.45 an hour | £1.75 an hour |
| Nurse | £2.60 an hour | £3.10 an hour |
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_a_home_in_a_region_gets_its_regions_column(
    store_kind: str, tmp_path: Path, embedder: Embedder, order: str
) -> None:
    """Someone at a home the table places in a region gets the column headed by that region and
    its kind word ("Southern homes"), not the other region's."""
    people = {"grace": "I'm a nurse at The Larches, on nights.", "jade": "I'm a care assistant at Hollybank."}
    made = memgraph_on_document(order, store_kind, tmp_path, embedder, "homes.md", HOMES, people)
    m = next(made)
    try:
        answer = m.ask("How much is the night enhancement for me?", user_id="grace", use_llm=False)
        assert "£3.10" in answer.answer and "£2.60" not in answer.answer, answer.answer
        answer = m.ask("How much is the night enhancement for me?", user_id="jade", use_llm=False)
        assert "£1.45" in answer.answer and "£1.75" not in answer.answer, answer.answer
    finally:
        made.close()


def test_groups_defined_by_their_departments_give_memberships() -> None:
    assert unit_groups(
        ['"Ground staff" means employees of the Engineering, Ground Operations and Customer Service departments.']
    ) == [("Engineering", "Ground"), ("Ground Operations", "Ground"), ("Customer Service", "Ground")]
    # a unit's name may hold "and"; the Oxford comma keeps the last one whole
    assert unit_groups(
        ["The professional services directorates are Estates and Facilities, IT Services, and People and Culture."]
    ) == [
        ("Estates and Facilities", "professional services"),
        ("IT Services", "professional services"),
        ("People and Culture", "professional services"),
    ]
    assert unit_groups(["The two teams are small.", '"Staff" means employees of the Company.']) == []


AIRLINE = """<html><body>
<h1>Kestrel Air: Crew and Ground Staff Handbook</h1>
<h2>1. Definitions</h2>
<p>"Ground staff" means employees of the Engineering, Ramp Services and Customer Service departments.</p>
<p>"Crew" means pilots and cabin crew.</p>
<h2>2. Annual leave</h2>
<p>Ground staff receive 25 days of annual leave a year. Crew receive 32 days of annual leave a year.</p>
</body></html>
"""

airline_mg = document_memgraph("kestrel.html", AIRLINE, {"ola": "I work in Ramp Services at Kestrel."})


def test_a_member_of_a_department_gets_its_staff_groups_rule(airline_mg: MemGraph) -> None:
    answer = airline_mg.ask("How many days of annual leave do I get?", user_id="ola", use_llm=False)
    assert "25 days" in answer.answer and "32 days" not in answer.answer, answer.answer


def test_names_in_men_are_one_name_in_the_singular_and_the_plural() -> None:
    assert match_key("Able Seamen") == match_key("able seaman") == "able seaman"
    assert match_key("Motormen") == "motorman" and match_key("Draymen") == "drayman"
    # words in "-men" that are no plural of a "-man" keep their spelling
    assert match_key("Specimen") == "specimen" and match_key("Yemen") == "yemen" and match_key("Lumen") == "lumen"


def test_a_row_keyed_by_a_group_s_column_is_its_member_s_and_columns_named_with_and_are_each_name_s() -> None:
    """A key column headed by a group the document defines by its titles ("Rating" for
    "'ratings' means ... Able Seamen (AB) ...") keys each row by that title, not by the whole
    group; a column headed "Corran Star and Skua Trader" holds both vessels' value."""
    reader = ScopeReader(Extractor(spacy_model="blank"))
    texts = [
        '"ratings" means all other seagoing personnel, namely the Bosun, Able Seamen (AB) and Ordinary Seamen (OS).',
        "Vessel: MV Corran Star; Route: Kelvoe to Baramsay; Crew change: Wednesday.",
        "Vessel: MV Skua Trader; Route: Kelvoe to Lusk; Crew change: Friday.",
        "Vessel: MV Lochan Bride; Route: Baramsay to Lusk; Crew change: Monday.",
    ]
    reader.learn(texts)
    row = "Rating: Able Seaman (AB); Corran Star and Skua Trader: £156.20; Lochan Bride: £144.60."
    cells = reader.units(row)
    assert cells == [
        "Rating: Able Seaman (AB); Corran Star and Skua Trader: £156.20;",
        "Rating: Able Seaman (AB); Lochan Bride: £144.60.",
    ]
    scopes = [{(f.type, f.name) for f in found} for found in reader.unit_scopes(cells)]
    assert (EntityType.ROLE, "Able Seaman") in scopes[0] and (EntityType.ROLE, "Able Seaman") in scopes[1]
    assert (EntityType.CATEGORY, "Ratings") not in scopes[0] | scopes[1]
    assert {n for t, n in scopes[0] if t == EntityType.LOCATION} == {"MV Corran Star", "MV Skua Trader"}
    assert {n for t, n in scopes[1] if t == EntityType.LOCATION} == {"MV Lochan Bride"}
    # a value in that column is no job ("Rating: 4 stars"): the row stays the group's
    (found,) = reader.unit_scopes(["Rating: 4 stars; Corran Star and Skua Trader: good;"])
    assert (EntityType.CATEGORY, "Ratings") in {(f.type, f.name) for f in found}
    assert not any(f.type == EntityType.ROLE for f in found)


FERRIES = """<html><head><title>Kestle Sound Ferries: Crew Terms</title></head><body>
<h1>Kestle Sound Ferries: Crew Terms</h1>
<h2>1 Definitions</h2>
<ul>
<li>"officers" means the Master, Chief Officer and Chief Engineer;</li>
<li>"ratings" means all other seagoing crew, namely the Bosun, Able Seamen (AB) and Ordinary Seamen (OS).</li>
</ul>
<table>
<tr><th>Vessel</th><th>Route</th><th>Crew change</th></tr>
<tr><td>MV Harth Star</td><td>Kestle to Morva</td><td>Wednesday</td></tr>
<tr><td>MV Orla Bay</td><td>Kestle to Penhale</td><td>Friday</td></tr>
</table>
<h2>2 Pay</h2>
<p>2.1 Officers are paid an annual salary and are not paid overtime.</p>
<p>2.2 Ratings' daily rates:</p>
<table>
<tr><th>Rating</th><th>Harth Star</th><th>Orla Bay</th></tr>
<tr><td>Bosun</td><td>£190.10</td><td>£171.30</td></tr>
<tr><td>Able Seaman (AB)</td><td>£162.40</td><td>£150.80</td></tr>
<tr><td>Ordinary Seaman (OS)</td><td>£137.90</td><td>£126.60</td></tr>
</table>
</body></html>
"""

SEAFARERS = {"ab": "I'm an AB on the Orla Bay.", "os": "I'm an OS, I sail on the Harth Star."}

ferries_mg = document_memgraph("ferries.html", FERRIES, SEAFARERS)


@pytest.mark.parametrize(
    ("user", "want"),
    [("ab", "£150.80"), ("os", "£137.90")],
)
def test_a_seafarer_who_abbreviates_their_rank_gets_their_row_s_rate_for_their_vessel(
    ferries_mg: MemGraph, user: str, want: str
) -> None:
    answer = ferries_mg.ask("What's my daily rate?", user_id=user, use_llm=False)
    others = {"£190.10", "£171.30", "£162.40", "£150.80", "£137.90", "£126.60"} - {want}
    assert want in answer.answer and not any(o in answer.answer for o in others), answer.answer


def test_a_list_that_says_who_each_group_of_people_is_names_sibling_groups() -> None:
    texts = [
        "On this page:",
        "• Members are players with a permanent full-time contract under the Musicians' Agreement (MA).",
        "• Extras are freelance players engaged call by call.",
        "• Management staff are the salaried office team: marketing, learning and finance.",
        "• OM is the Orchestra Manager.",
        "Rehearsals start at 10:00.",
        # one such item alone, or items about things, name no groups
        "• Managers are staff who lead a team.",
        "Leave rules:",
        "• Bank holidays are the public holidays of England.",
        "• Carry-over days are the days you did not take.",
    ]
    assert described_people(texts) == ["Members", "Extras", "Management"]


def test_a_counted_list_of_names_each_after_the_ends_where_its_count_says() -> None:
    """ "our three vessels, the Calder Rose, the Penmoor Light and the Skerryvane, and at our two
    terminals, Gullhaven and Ardlow": three sites, then two more; and a crew defined by its
    titles ('"deck crew" means the Bosun, Able Seamen and Ordinary Seamen') is a group of them."""
    text = (
        "This handbook covers everyone on our three vessels, the Calder Rose, the Penmoor Light and the "
        "Skerryvane, and at our two terminals, Gullhaven and Ardlow."
    )
    assert [
        (f.name, f.type)
        for f in declared_names([text], {"vessel": EntityType.LOCATION, "terminal": EntityType.LOCATION})
    ] == [
        ("Calder Rose", EntityType.LOCATION),
        ("Penmoor Light", EntityType.LOCATION),
        ("Skerryvane", EntityType.LOCATION),
        ("Gullhaven", EntityType.LOCATION),
        ("Ardlow", EntityType.LOCATION),
    ]
    crew = ['"deck crew" means the Bosun, Able Seamen (AB) and Ordinary Seamen (OS);']
    assert {(m.role, m.group) for m in memberships(crew)} == {
        ("bosun", "Deck crew"),
        ("able seaman", "Deck crew"),
        ("ordinary seaman", "Deck crew"),
    }
