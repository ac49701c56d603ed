"""Applicability from handbook conventions: what each sentence, list item, table row and
heading applies to, chunks that never mix two contexts' rules, the same links whichever comes
first (the handbook or the people), and answers that take the asker's own rule.

The handbook below is this project's own: a fictional company whose rules differ by team
(headings without the word "department", sentences naming teams), site and role.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import document_memgraph, filled_memgraph, memgraph_on_document, store_uri

from memgraph import MemGraph, NodeLabel, RelType
from memgraph.extraction.applicability import ScopeReader, _column_context, deferred_kinds, header_kind, units
from memgraph.extraction.extract import Extractor, FoundEntity
from memgraph.intake.chunking import ChunkSpec, chunk_blocks
from memgraph.loaders.base import Block
from memgraph.models import EntityType
from memgraph.text.embed import Embedder

DEPT, ROLE, LOC, GRADE = EntityType.DEPARTMENT, EntityType.ROLE, EntityType.LOCATION, EntityType.GRADE

HANDBOOK = """# Northwind Staff Handbook

## Annual leave

Every employee earns paid leave from the start date. Leave is counted in working days.

### Field Service

Field Service employees receive 27 days of annual leave per year.

### Member Support

Member Support employees receive 24 days of annual leave per year. Unused days lapse at year end.

### Data Platform

Data Platform employees receive 25 days of annual leave. Up to five unused days carry over into the next year.

## Remote work

Remote work depends on your team. Data Platform staff may work remotely up to three days a week. Field Service \
roles are on-site only. Member Support agents may work remotely one day a week.

## Core hours

At the Porto site, core hours are 10:00 to 16:00. At the Antwerp site, core hours are 09:00 to 15:00.

## Equipment budget

Shift Supervisors have 2,800 EUR a year. Site Engineers have 1,500 EUR a year.
"""

PEOPLE = {
    "fiona": "I work in Field Service.",
    "dan": "I work in Data Platform.",
    "pia": "I'm a Shift Supervisor, based at the Porto site.",
}


def test_rows_of_a_table_keyed_by_no_context_keep_their_cells_together(extractor: Extractor) -> None:
    table = (
        "Table 1: Overtime rates (drivers only). Day: Saturday; Hours: First 4 hours; Rate: Time and a half. "
        "Day: Sunday; Hours: All hours; Rate: Double time."
    )
    parts = units(table)
    assert parts == [
        "Table 1: Overtime rates (drivers only).",
        "Day: Saturday; Hours: First 4 hours; Rate: Time and a half.",
        "Day: Sunday; Hours: All hours; Rate: Double time.",
    ]
    # a label-style sentence is no table: its clauses stay apart
    assert units("Night staff: use gate 4; day staff: use gate 2.") == [
        "Night staff: use gate 4;",
        "day staff: use gate 2.",
    ]
    # "(drivers only)" names a group the document knows, in lower case
    reader = ScopeReader(extractor)
    reader.teach([FoundEntity("Driver", ROLE)])
    (caption, *_) = reader.unit_scopes(parts, [True, False, False])
    assert {(e.name, e.type) for e in caption} == {("Driver", ROLE)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Data Platform staff may work remotely up to three days a week.", {("Data Platform", DEPT)}),
        ("Field Service roles are on-site only.", {("Field Service", DEPT)}),
        ("At the Porto site, core hours are 10:00 to 16:00.", {("Porto", LOC)}),
        ("Core hours at the Lyon office are 08:00 to 14:00.", {("Lyon", LOC)}),
        ("Shift Supervisors have 2,800 EUR a year.", {("Shift Supervisor", ROLE)}),
        ("Each Site Engineer has a company laptop.", {("Site Engineer", ROLE)}),
        ("The budget for Shift Supervisors is 2,800 EUR.", {("Shift Supervisor", ROLE)}),
        ("Parking is free (Operations only).", {("Operations", DEPT)}),
        ("(Operations only) Parking is free.", {("Operations", DEPT)}),
        ("Staff in the Sales department receive 20 days.", {("Sales", DEPT)}),
        ("Employees in Portugal receive 25 days of leave.", {("Portugal", LOC)}),
        ("Team: Field Service; Annual leave: 27 days.", {("Field Service", DEPT)}),
        ("Grade: B2; Country: Spain; Allowance: 900 EUR.", {("B2", GRADE), ("Spain", LOC)}),
        ("Staff on grade C3 may travel business class.", {("C3", GRADE)}),
        ("Band: 4; Bonus: 10%.", {("Band 4", GRADE)}),
        ("Field Service engineers are paid 38 GBP per night on call.", {("Field Service", DEPT)}),
        ("Staff in Lisbon and Porto get 25 days.", {("Lisbon", LOC), ("Porto", LOC)}),
        # Clause numbers and list markers do not hide the subject.
        ("4.3 Field Service staff receive a phone allowance.", {("Field Service", DEPT)}),
        ("(b) Shift Supervisors have 2,800 EUR a year.", {("Shift Supervisor", ROLE)}),
        # A possessive subject, and a list of groups joined by "and in".
        ("Shift Supervisors' overtime is approved by the plant manager.", {("Shift Supervisor", ROLE)}),
        ("Couriers' vans are serviced monthly.", {("Courier", ROLE)}),
        ("If you are on the Payments team, you are on call one week in six.", {("Payments", DEPT)}),
        ("If you work at the Leeds depot, your shift starts at 05:00.", {("Leeds", LOC)}),
        ("If you are a Shift Supervisor, you sign the rota.", {("Shift Supervisor", ROLE)}),
        ("If you have questions, ask the HR team.", set()),
        ("Staff in the Print Shop and in Logistics get 26 days.", {("Print Shop", DEPT), ("Logistics", DEPT)}),
        (
            "Shift Supervisors and Site Engineers have their overtime approved by the plant manager.",
            {("Shift Supervisor", ROLE), ("Site Engineer", ROLE)},
        ),
        ("In addition, Field Service staff receive a phone.", {("Field Service", DEPT)}),
        ("Note: Shift Supervisors have 2,800 EUR a year.", {("Shift Supervisor", ROLE)}),
        ("Grades B1 and B2 claim mileage instead.", {("B1", GRADE), ("B2", GRADE)}),
        ("Bands 3, 4 and 5 get a bonus.", {("Band 3", GRADE), ("Band 4", GRADE), ("Band 5", GRADE)}),
        ("Grade B3 employees receive 700 EUR.", {("B3", GRADE)}),
        # Imperatives, possessives, pronouns and questions name no context.
        ("Manage employee benefits and retirement plans.", set()),
        ("Monitor team performance and provide coaching.", set()),
        ("Identify areas of improvement in the process.", set()),
        ("Here are some tips for Contoso's employees.", set()),
        ("Tips For Employees: keep your receipts.", set()),
        ("What Does Skilled Nursing Facility Care Include?", set()),
        # Mentions and general rules are no scope.
        ("Managers must approve overtime in advance.", set()),
        ("Contact the HR team for help with the portal.", set()),
        ("Send the form to the Porto office.", set()),
        ("All staff get a free lunch on Fridays.", set()),
        ("New employees receive a laptop on their first day.", set()),
        ("In January, the office closes for inventory.", set()),
        ("Note: requests are answered within two days.", set()),
        # "except employees" is no group named "Except"
        ("Full-time employees receive 25 days, except employees under 20, who receive six weeks.", set()),
        # a line of business is no site
        ("Pay follows the agreement for the Swiss hotel and restaurant industry.", set()),
    ],
)
def test_a_unit_applies_to_what_its_phrasing_names(extractor: Extractor, text: str, expected: set) -> None:
    (scope,) = ScopeReader(extractor).unit_scopes([text])
    assert {(e.name, e.type) for e in scope} == expected


def test_a_row_keyed_by_a_context_is_one_unit_per_cell_with_its_column(extractor: Extractor) -> None:
    row = "Grade: K2; Ireland: 530 EUR; Spain: 470 EUR."
    cells = units(row)
    assert cells == ["Grade: K2; Ireland: 530 EUR;", "Grade: K2; Spain: 470 EUR."]
    scopes = ScopeReader(extractor).unit_scopes(cells)
    assert [{(e.name, e.type) for e in s} for s in scopes] == [
        {("K2", GRADE), ("Ireland", LOC)},
        {("K2", GRADE), ("Spain", LOC)},
    ]
    # A row whose other columns are no contexts stays one unit.
    assert units("Grade: K1; Employer contribution: 4%.") == ["Grade: K1; Employer contribution: 4%."]
    assert units("Point: M4; Annual salary: £39,152.") == ["Point: M4; Annual salary: £39,152."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Leeds depot opens at 05:30 and the York depot opens at 06:45.",
            ["The Leeds depot opens at 05:30", "and the York depot opens at 06:45."],
        ),
        (
            "Lunch vouchers are worth 6 EUR a day in France and 9 EUR a day in Belgium.",
            [
                "Lunch vouchers are worth 6 EUR a day in France",
                "and [Lunch vouchers are worth] 9 EUR a day in Belgium.",
            ],
        ),
        (
            "In Norway a note is needed from the fourth day; for staff in Denmark, from the second day.",
            ["In Norway a note is needed from the fourth day;", "for staff in Denmark, from the second day."],
        ),
        (
            "Bakery staff start at 05:00 and Office staff at 08:30.",
            ["Bakery staff start at 05:00", "and Office staff at 08:30."],
        ),
        # a part that opens with the first part's preposition before its number left out
        # the words before it
        (
            "The morning meeting starts at 07:45 at The Willows, at 07:30 at Oak Lodge and at 08:10 at Elm Court.",
            [
                "The morning meeting starts at 07:45 at The Willows",
                "[The morning meeting starts] at 07:30 at Oak Lodge",
                "and [The morning meeting starts] at 08:10 at Elm Court.",
            ],
        ),
        # a comma before an amount of money opens a part too
        (
            "Night staff receive an allowance: £2.10 an hour in the United Kingdom, €2.25 an hour in Ireland.",
            ["Night staff receive an allowance: £2.10 an hour in the United Kingdom", "€2.25 an hour in Ireland."],
        ),
        # a footnote's number is no value: "G1" and "G2" are one subject
        (
            "(2) In Ireland, G1 and G2 team members with five or more years' service receive 22 days.",
            ["(2) In Ireland, G1 and G2 team members with five or more years' service receive 22 days."],
        ),
        # No value on one side, or no name: one clause.
        (
            "Staff in the Print Shop and in Logistics get 26 days.",
            ["Staff in the Print Shop and in Logistics get 26 days."],
        ),
        ("Employees get 25 days and 2 more after 5 years.", ["Employees get 25 days and 2 more after 5 years."]),
        (
            "Bands B1 and B2 get no bonus and are paid overtime instead.",
            ["Bands B1 and B2 get no bonus and are paid overtime instead."],
        ),
        (
            "3.1 Staff in the Print Shop and in Logistics get 26 days.",
            ["3.1 Staff in the Print Shop and in Logistics get 26 days."],
        ),
    ],
)
def test_parallel_clauses_are_units_of_their_own(text: str, expected: list[str]) -> None:
    assert units(text) == expected


def test_parallel_clauses_apply_to_the_context_each_mentions(extractor: Extractor) -> None:
    reader = ScopeReader(extractor)
    for text, names in [
        ("The Leeds depot opens at 05:30 and the York depot opens at 06:45. Both close at 22:00.", ["Leeds", "York"]),
        ("Lunch vouchers are worth 6 EUR a day in France and 9 EUR a day in Belgium.", ["France", "Belgium"]),
    ]:
        parts = units(text)
        scopes = reader.unit_scopes(parts, [True] + [False] * (len(parts) - 1))
        assert [{e.name for e in s} for s in scopes[:2]] == [{names[0]}, {names[1]}], text
        assert all(not s for s in scopes[2:]), "a sentence for both applies to all"
    # Two mentions in sentences of their own are no parallel clauses: mentions are no scope.
    texts = ["Send the form to the Leeds depot by 10:00.", "Copies go to the York depot by 12:00."]
    assert reader.unit_scopes(texts, [True, False]) == [(), ()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Scaffolders have theirs on Monday, electricians on Tuesday, groundworkers on Wednesday and roofers on "
            "Thursday.",
            [
                "Scaffolders have theirs on Monday",
                "Electricians [have theirs] on Tuesday",
                "Groundworkers [have theirs] on Wednesday",
                "Roofers [have theirs] on Thursday.",
            ],
        ),
        (
            "Drivers start at 06:00, fitters at 07:00 and office staff at 09:00.",
            ["Drivers start at 06:00", "Fitters [start] at 07:00", "Office staff [start] at 09:00."],
        ),
        # after a lead-in that ends in a colon, every part is as bare as the first
        (
            "Red Watch in February, White Watch in June, Blue Watch in August and Green Watch in November.",
            ["Red Watch in February", "White Watch in June", "Blue Watch in August", "Green Watch in November."],
        ),
        # verbs, or plurals that name no people, are no groups; two parts are too few to tell
        ("Staff must arrive by 08:00, sign in by 08:10 and leave by 17:00.", None),
        ("Pay rises take effect in April, bonuses in June and awards in December.", None),
        ("The canteen is open on Monday and Tuesday, and closed on Friday.", None),
        ("Porters start at 06:00 and cleaners at 07:00.", None),
    ],
)
def test_a_gapped_enumeration_is_one_unit_per_group(text: str, expected: list[str] | None) -> None:
    """ "A on Monday, B on Tuesday and C on Wednesday": the verb left out after the first part
    is put back in brackets, so each group's part reads, and is scoped, on its own."""
    assert units(text) == (expected or [text])


def test_a_gapped_enumerations_parts_apply_to_their_groups() -> None:
    extractor = Extractor()  # not the session's: it learns these names
    extractor.add_known([FoundEntity(t, ROLE) for t in ("Scaffolder", "Electrician", "Groundworker", "Roofer")])
    reader = ScopeReader(extractor)
    parts = units(
        "Scaffolders have theirs on Monday, electricians on Tuesday, groundworkers on Wednesday "
        "and roofers on Thursday."
    )
    scopes = reader.unit_scopes(parts, [True] + [False] * (len(parts) - 1))
    names = [{e.name.casefold() for e in s} for s in scopes]
    assert any("groundworker" in n for n in names[2]) and not any("groundworker" in n for n in names[1]), names


def test_parallel_clauses_led_by_known_contexts_in_lower_case_are_units_of_their_own() -> None:
    """ "A Cabin Manager reports 75 minutes ..., pursers report 65 minutes ... and flight
    attendants 60 minutes ...": a clause whose subject is a known context, in any case and in
    the plural, is cut from the one before it (the left-out verb put back), and applies to it;
    the sentence after three contexts' rules applies to all."""
    extractor = Extractor()  # not the session's: it learns these names
    extractor.add_known([FoundEntity(t, ROLE) for t in ("Cabin Manager", "Purser", "Flight Attendant")])
    reader = ScopeReader(extractor)
    text = (
        "A Cabin Manager reports 75 minutes before the scheduled departure time, pursers report 65 minutes "
        "before it and flight attendants 60 minutes before it. Report at the crew report point of your base."
    )
    parts = reader.units(text)
    assert parts == [
        "A Cabin Manager reports 75 minutes before the scheduled departure time",
        "pursers report 65 minutes before it",
        "and flight attendants [report] 60 minutes before it.",
        "Report at the crew report point of your base.",
    ]
    scopes = reader.unit_scopes(parts, [True, False, False, False])
    assert [[e.name for e in s] for s in scopes] == [["Cabin Manager"], ["Purser"], ["Flight Attendant"], []]
    # without known names or job nouns, or with no value on one side, the sentence stays whole
    unknown = (
        "A Cabin Manager reports 75 minutes before the scheduled departure time, loadmasters report 65 minutes "
        "before it and ramp crews 60 minutes before it."
    )
    assert units(unknown) == [unknown]
    listed = "Pursers and flight attendants report 60 minutes before departure."
    assert reader.units(listed) == [listed]
    # a known name before a noun is no subject: "bank holidays" beside the group "Bank"
    extractor.add_known([FoundEntity("Bank", EntityType.CATEGORY)])
    assert reader.unit_scopes(["bank holidays are paid at double time."]) == [()]
    assert reader.unit_scopes(["bank colleagues are paid weekly."]) != [()]


def test_a_units_contexts_replace_its_headings_of_their_kind() -> None:
    from memgraph.intake.kb import _narrowed

    heading = [FoundEntity("K2", GRADE), FoundEntity("K3", GRADE), FoundEntity("Ireland", LOC)]
    assert _narrowed(heading, [FoundEntity("K1", GRADE)]) == [FoundEntity("Ireland", LOC), FoundEntity("K1", GRADE)]
    assert _narrowed(heading, [FoundEntity("K3", GRADE)]) == [FoundEntity("Ireland", LOC), FoundEntity("K3", GRADE)]
    assert _narrowed(heading, []) == heading


def test_a_row_keyed_by_a_topic_is_cut_where_its_columns_name_contexts(extractor: Extractor) -> None:
    row = "Benefit: Eye test; North: 60 GBP; South: 45 GBP; Band 4: 80 GBP; Wales: 50 GBP."
    cells = units(row)
    assert cells == [
        "Benefit: Eye test; North: 60 GBP;",
        "Benefit: Eye test; South: 45 GBP;",
        "Benefit: Eye test; Band 4: 80 GBP;",
        "Benefit: Eye test; Wales: 50 GBP.",
    ]
    scopes = ScopeReader(extractor).unit_scopes(cells, [True, False, False, False])
    # A column the text alone cannot type (Wales is no country in the gazetteer) takes no
    # other column's scope.
    assert [{(e.name, e.type) for e in s} for s in scopes] == [
        {("North", LOC)},
        {("South", LOC)},
        {("Band 4", GRADE)},
        set(),
    ]
    # Columns that are no contexts: the row is read clause by clause, no key cell repeated.
    assert units("Benefit: Dental; Provider: Bupa; Limit: 300 GBP.") == [
        "Benefit: Dental;",
        "Provider: Bupa;",
        "Limit: 300 GBP.",
    ]


def test_a_grade_column_keys_each_cell_of_a_topic_row(extractor: Extractor) -> None:
    """A row keyed by a topic and then by grade ("Benefit: Annual leave; Grade: G1 and G2;
    United Kingdom: ...") keeps the grade with each country's cell: the cell is that country's
    rule for those grades, not for every grade there."""
    row = (
        "Benefit: Annual leave; Grade: G1 and G2; United Kingdom: 28 days; Ireland: 21 days. "
        "Benefit: Annual leave; Grade: G3 and G4; United Kingdom: 31 days; Ireland: 25 days."
    )
    cells = units(row)
    assert cells == [
        "Benefit: Annual leave; Grade: G1 and G2; United Kingdom: 28 days;",
        "Benefit: Annual leave; Grade: G1 and G2; Ireland: 21 days.",
        "Benefit: Annual leave; Grade: G3 and G4; United Kingdom: 31 days;",
        "Benefit: Annual leave; Grade: G3 and G4; Ireland: 25 days.",
    ]
    scopes = ScopeReader(extractor).unit_scopes(cells, [True, False, True, False])
    assert [{(e.name, e.type) for e in s} for s in scopes] == [
        {("G1", GRADE), ("G2", GRADE), ("United Kingdom", LOC)},
        {("G1", GRADE), ("G2", GRADE), ("Ireland", LOC)},
        {("G3", GRADE), ("G4", GRADE), ("United Kingdom", LOC)},
        {("G3", GRADE), ("G4", GRADE), ("Ireland", LOC)},
    ]


def test_a_list_counted_sentences_before_it_takes_the_counted_kind(extractor: Extractor) -> None:
    """ "Every role is in one of four grades." with the list two sentences later: its four labels
    are grades, though a later sentence opens with one before a member noun ("G2 team members
    with five years' service ..." reads like a department's); a list of another length is not
    the counted one."""
    texts = [
        "Every role at the company is in one of four grades.",
        "Your grade is on your contract.",
        "• G1: team members.",
        "• G2: supervisors and skilled specialists.",
        "• G3: managers and department heads.",
        "• G4: general managers and head chefs.",
        "G2 team members with five or more years' service receive 22 days.",
    ]
    reader = ScopeReader(extractor)
    reader.learn(texts, [True, False, True, False, False, False, True])
    assert {(e.name, e.type) for e in reader.learned} >= {(f"G{n}", GRADE) for n in range(1, 5)}
    three = ScopeReader(extractor)
    three.learn(texts[:5], [True, False, True, False, False])
    assert all(e.type != GRADE for e in three.learned)


def test_a_longer_title_and_a_column_of_sites_name_no_context(extractor: Extractor) -> None:
    """ "the Country Staff Regulations" is no group "Country", and a column "Duty stations" or
    "Country office" no site of its own; "In the Faculty of Arts ..." is the faculty's, a
    department."""
    texts = [
        "Holidays are published in the Country Staff Regulations.",
        "In the Faculty of Arts the allowance is 950 GBP a year.",
    ]
    reader = ScopeReader(extractor)
    reader.learn(texts)
    assert [[(e.name, e.type) for e in s] for s in reader.unit_scopes(texts)] == [[], [("Faculty of Arts", DEPT)]]
    assert _column_context("Duty stations") is None and _column_context("Country office") is None
    assert _column_context("Leeds depot") == LOC


def test_a_row_keyed_by_a_code_is_keyed_by_its_site_column(extractor: Extractor) -> None:
    """A table whose first column codes its rows ("Code: SKV") is keyed by the first column that
    names a kind of context ("Site"): each cell is that site's, named without what is done there
    ("Skelby Viaduct refurbishment" is the site Skelby Viaduct)."""
    rows = [
        "Code: SKV; Site: Skelby Viaduct refurbishment; Day start: 07:30; Car park: Compound B, off Dale Lane.",
        "Code: MGB; Site: Mossgill Bypass; Day start: 06:45; Car park: Crossways compound.",
    ]
    cells = [u for r in rows for u in units(r)]
    assert cells[:3] == [
        "Site: Skelby Viaduct refurbishment; Code: SKV;",
        "Site: Skelby Viaduct refurbishment; Day start: 07:30;",
        "Site: Skelby Viaduct refurbishment; Car park: Compound B, off Dale Lane.",
    ]
    scopes = ScopeReader(extractor).unit_scopes(cells)
    assert {e.name for e in scopes[2]} == {"Skelby Viaduct"} and {e.name for e in scopes[5]} == {"Mossgill Bypass"}


def test_units_that_open_at_different_names_are_per_site_rules(extractor: Extractor) -> None:
    text = (
        "Never use the guest lift. At Morrow Bay you sign in at the gatehouse. At Fennick Yard, sign in at "
        "the weighbridge."
    )
    parts = units(text)
    scopes = ScopeReader(extractor).unit_scopes(parts, [True, False, False])
    assert [{(e.name, e.type) for e in s} for s in scopes] == [set(), {("Morrow Bay", LOC)}, {("Fennick", LOC)}]
    # One such opening alone is no site ("At Acme we value safety.").
    assert ScopeReader(extractor).unit_scopes(["At Acme we value safety."]) == [()]


def test_an_exception_in_lower_case_and_the_rule_after_its_colon(extractor: Extractor) -> None:
    text = (
        "You get a free lunch every shift, unless you work in the bakery: as bakery shifts start at 04:00, "
        "bakery team members get a free breakfast at 07:00 instead. Lunch is served from noon."
    )
    parts = units(text)
    assert parts[0].endswith("unless you work in the bakery:")
    reader = ScopeReader(extractor)
    reader.learn(parts)
    scopes = reader.unit_scopes(parts, [True, False, False])
    assert [[(type(e).__name__, e.name) for e in s if e.type != EntityType.OTHER] for s in scopes] == [
        [("Excluded", "Bakery")],
        [("FoundEntity", "Bakery")],
        [],
    ]


def test_a_headings_number_or_label_is_no_part_of_its_name(extractor: Extractor) -> None:
    found = ScopeReader(extractor).heading_entities(
        ["Schedule B – Couriers", "Part 2: Print Shop team", "4. Leeds depot"]
    )
    assert {h: [(e.name, e.type) for e in f] for h, f in found.items()} == {
        "Schedule B – Couriers": [("Courier", ROLE)],
        "Part 2: Print Shop team": [("Print Shop", DEPT)],
        "4. Leeds depot": [("Leeds", LOC)],
    }


def test_a_document_teaches_its_reader_the_names_it_types(extractor: Extractor) -> None:
    texts = ["Grade: K3; Employer contribution: 7.5%.", "K3 employees receive a car allowance of 450 EUR a month."]
    fresh = ScopeReader(extractor)
    assert [(e.name, e.type) for e in fresh.unit_scopes(texts[1:])[0]] == [("K3", DEPT)]
    taught = ScopeReader(extractor)
    taught.learn(texts)
    assert [(e.name, e.type) for e in taught.unit_scopes(texts[1:])[0]] == [("K3", GRADE)]


def test_list_items_take_their_key_or_their_lead_in(extractor: Extractor) -> None:
    text = "Leave by team: • Field Service: 27 days • Member Support: 24 days. For Porto site staff: • lunch is free"
    parts = units(text)
    scopes = ScopeReader(extractor).unit_scopes(parts)
    named = {p: {e.name for e in s} for p, s in zip(parts, scopes)}
    assert named == {
        "Leave by team:": set(),
        "• Field Service: 27 days": {"Field Service"},
        "• Member Support: 24 days.": {"Member Support"},
        "For Porto site staff:": {"Porto"},
        "• lunch is free": {"Porto"},
    }


@pytest.mark.parametrize(
    ("lead_in", "kind"),
    [
        ("Your band is on your contract and on your payslip:", GRADE),  # "your band", not "your contract"
        ("Every adviser is on one of three pay bands:", GRADE),  # the kind's two words, plural
        ("Where to park depends on your campus:", LOC),
    ],
)
def test_a_lists_keys_take_the_kind_its_lead_in_names(extractor: Extractor, lead_in: str, kind: EntityType) -> None:
    """Keys the document names nowhere else, under a lead-in naming their kind, are of that kind;
    an item's clause after a semicolon keeps the item's key (a place it mentions is none)."""
    parts = [
        lead_in,
        "• Abbotsgate: the car park behind the sports hall.",
        "• Quay Road: there is no parking on site;",
        "permits for the Dyer Street car park are available from reception.",
        "• Tenter Lane: the lower car park; the upper one is for visitors.",
    ]
    scopes = ScopeReader(extractor).unit_scopes(parts, [True, True, True, False, True])
    assert [[(e.name, e.type) for e in sc] for sc in scopes] == [
        [],
        [("Abbotsgate", kind)],
        [("Quay Road", kind)],
        [("Quay Road", kind)],
        [("Tenter Lane", kind)],
    ]


def test_a_group_named_after_a_shift_is_a_working_pattern(extractor: Extractor) -> None:
    """ "night shift colleagues" are the people of a shift pattern, not a department "Night
    Shift" (which a person on the night shift was then said to work in)."""
    text = "Day shift colleagues take their meal break at 12:00, whereas night shift colleagues take it at 02:00."
    reader = ScopeReader(extractor)
    parts = reader.units(text)
    reader.learn(parts)
    found = [(e.name, e.type) for sc in reader.unit_scopes(parts) for e in sc]
    assert found == [("Night Shift", EntityType.SCHEDULE)]
    assert [(e.name, e.type) for e in reader.learned] == [("Night Shift", EntityType.SCHEDULE)]


def test_each_lead_in_of_one_paragraph_scopes_its_own_list(extractor: Extractor) -> None:
    text = (
        "Everyone renews first aid every year. In addition: Shift Supervisors must complete: • forklift "
        "safety; • incident reporting. Site Engineers must complete: • working at height; • electrical safety."
    )
    parts = units(text)
    scopes = ScopeReader(extractor).unit_scopes(parts, [True] + [False] * (len(parts) - 1))
    named = {p: {e.name for e in s} for p, s in zip(parts, scopes)}
    assert named == {
        "Everyone renews first aid every year.": set(),
        "In addition: Shift Supervisors must complete:": {"Shift Supervisor"},
        "• forklift safety;": {"Shift Supervisor"},
        "• incident reporting.": {"Shift Supervisor"},
        "Site Engineers must complete:": {"Site Engineer"},
        "• working at height;": {"Site Engineer"},
        "• electrical safety.": {"Site Engineer"},
    }


def test_a_lead_in_naming_a_site_scopes_the_grades_and_groups_after_it() -> None:
    """ "Priory Campus permits are priced by grade: Grades 1 to 5 pay £96 a year, and ..." is the
    Priory Campus rule for those grades (the lead-in's site with each part's own grade or group),
    in the rest of its paragraph and in the items of its list; a later sentence of the paragraph
    that names no grade does not continue it."""
    extractor = Extractor()  # not the session's: it learns these names
    extractor.add_known(
        [FoundEntity(n, EntityType.LOCATION) for n in ("Priory Campus", "Saltings Campus")]
        + [FoundEntity(f"Grade {n}", EntityType.GRADE) for n in range(1, 10)]
    )
    text = (
        "Priory Campus permits are priced by grade: Grades 1 to 5 pay £96 a year, and Grades 6 to 9 pay £210 a "
        "year. Parking at Saltings Campus is free of charge and no permit is needed."
    )
    parts = units(text)
    scopes = ScopeReader(extractor).unit_scopes(parts, [True] + [False] * (len(parts) - 1))
    named = {p: {e.name for e in s} for p, s in zip(parts, scopes)}
    assert named == {
        "Priory Campus permits are priced by grade:": {"Priory Campus"},
        "Grades 1 to 5 pay £96 a year,": {f"Grade {n}" for n in range(1, 6)} | {"Priory Campus"},
        "and Grades 6 to 9 pay £210 a year.": {f"Grade {n}" for n in range(6, 10)} | {"Priory Campus"},
        "Parking at Saltings Campus is free of charge and no permit is needed.": set(),
    }
    # (a known name whose last word is a site noun is read whole: "At Priory Campus", no "Priory")
    items = ["At Priory Campus:", "• Grades 1 to 5: £96 a year;", "• Grades 6 to 9: £210 a year."]
    scoped = ScopeReader(extractor).unit_scopes(items, [True, True, False])
    assert [{e.name for e in s} for s in scoped] == [
        {"Priory Campus"},
        {f"Grade {n}" for n in range(1, 6)} | {"Priory Campus"},
        {f"Grade {n}" for n in range(6, 10)} | {"Priory Campus"},
    ]
    (staff,) = ScopeReader(extractor).unit_scopes(["Staff at Saltings Campus park free."])
    assert [e.name for e in staff] == ["Saltings Campus"]


def test_a_sentence_continues_its_paragraphs_scope_unless_it_speaks_for_all(extractor: Extractor) -> None:
    texts = [
        "Member Support employees receive 24 days.",
        "Unused days lapse at year end.",
        "All other teams carry five days over.",
        "Requests go through the portal.",
    ]
    scopes = ScopeReader(extractor).unit_scopes(texts, [True, False, False, True])
    assert [{e.name for e in s} for s in scopes] == [{"Member Support"}, {"Member Support"}, set(), set()]


def test_a_sentence_after_rules_for_several_contexts_speaks_for_all(extractor: Extractor) -> None:
    text = (
        "At the Leeds depot, shifts start at 05:00. At the York depot, shifts start at 06:00, and at the Hull "
        "depot they start at 07:00. Pay slips are issued monthly."
    )
    parts = units(text)
    scopes = ScopeReader(extractor).unit_scopes(parts, [True] + [False] * (len(parts) - 1))
    # (an unknown bare subject, "Overtime is ...", is kept apart as OTHER, which links nothing)
    assert [{e.name for e in s if e.type != EntityType.OTHER} for s in scopes] == [{"Leeds"}, {"York"}, {"Hull"}, set()]


def test_sibling_headings_that_read_as_names_share_a_known_siblings_kind(extractor: Extractor) -> None:
    reader = ScopeReader(extractor)
    paths = [
        ("Handbook", "Annual leave", "Field Service department"),
        ("Handbook", "Annual leave", "Member Support"),
        ("Handbook", "Annual leave", "Data Platform team"),
        ("Handbook", "Annual leave", "Carry-over rules"),
        ("Handbook", "Working hours"),
    ]
    scopes = {p[-1]: {(e.name, e.type) for e in s} for p, s in reader.heading_scopes(paths).items()}
    assert scopes == {
        "Field Service department": {("Field Service", DEPT)},
        "Member Support": {("Member Support", DEPT)},
        "Data Platform team": {("Data Platform", DEPT)},
        "Carry-over rules": set(),
        "Working hours": set(),
    }
    # Alone (nothing known, no generic word), or beside a single context heading, bare names
    # are no context.
    alone = reader.heading_scopes([("Leave", "Field Service"), ("Leave", "Member Support")])
    assert all(not v for v in alone.values())
    one = reader.heading_scopes([("Leave", "Sales department"), ("Leave", "Member Support")])
    assert one[("Leave", "Member Support")] == []
    # Under a heading that says their kind, in the plural of a word listed singular ("depot")
    depots = reader.heading_scopes([("Handbook", "4. Our depots", n) for n in ("Oxenholt", "Saltrigg", "Cindervale")])
    assert {p[-1]: [(e.name, e.type) for e in s] for p, s in depots.items()} == {
        n: [(n, EntityType.LOCATION)] for n in ("Oxenholt", "Saltrigg", "Cindervale")
    }
    # numbered: the names without their numbers
    numbered = reader.heading_scopes(
        [("Handbook", "4. Our depots", f"4.{i}  {n}") for i, n in enumerate(["Leeds", "York"])]
    )
    assert sorted((e.name, e.type) for s in numbered.values() for e in s) == [("Leeds", LOC), ("York", LOC)]
    # under the reader's own ("Your contract"), sibling headings are its topics, no contracts
    yours = reader.heading_scopes(
        [("Handbook", "2.  Your contract", f"2.{i}  {t}") for i, t in enumerate(["Probation", "Notice"])]
    )
    assert all(not s for s in yours.values()), yours
    # Topic headings that name a group ("Crew allowances", "Crew leave") make no sibling topic
    # a group ("Rostering", "Uniform"); and a part for everyone ("ALL EMPLOYEES") is no group
    # beside the parts for groups
    airline = Extractor()
    airline.add_known([FoundEntity("Crew", DEPT), FoundEntity("Ground staff", DEPT)])
    reader = ScopeReader(airline)
    topics = reader.heading_scopes(
        [
            ("Handbook", "PART B: CREW", h)
            for h in ("4. Rostering", "5. Reporting for duty", "6. Crew allowances", "7. Crew leave", "9. Uniform")
        ]
    )
    assert {e.name for s in topics.values() for e in s} == {"Crew"}, topics
    parts = reader.heading_scopes(
        [("Handbook", p) for p in ("PART B: CREW", "PART C: GROUND STAFF", "PART D: ALL EMPLOYEES")]
    )
    assert parts[("Handbook", "PART D: ALL EMPLOYEES")] == [], parts


def scoped_chunks(reader: ScopeReader, embedder: Embedder, blocks: list[Block]) -> list[ChunkSpec]:
    """``blocks`` chunked with ``reader``'s unit scopes, as the knowledge base chunks them."""
    return chunk_blocks(
        blocks,
        embedder.count_tokens,
        scope=lambda _section, texts, starts: reader.unit_scopes(texts, starts),
        split_units=units,
    )


def test_chunks_split_where_the_scope_changes(extractor: Extractor, embedder: Embedder) -> None:
    reader = ScopeReader(extractor)
    para = (
        "Remote work depends on your team. Data Platform staff may work remotely up to three days a week. "
        "Field Service roles are on-site only. Member Support agents may work remotely one day a week."
    )
    blocks = [Block("Remote work", section=("Remote work",), heading=True), Block(para, section=("Remote work",))]
    specs = scoped_chunks(reader, embedder, blocks)
    assert [(s.text.split(" ")[0], {e.name for e in s.scope}) for s in specs] == [
        ("Remote", set()),
        ("Data", {"Data Platform"}),
        ("Field", {"Field Service"}),
        ("Member", {"Member Support"}),
    ]
    # A section without scoped units chunks as it always did.
    plain = [Block("Leave is counted in working days. Requests go through the portal.", section=("Leave",))]
    assert chunk_blocks(
        plain,
        embedder.count_tokens,
        scope=lambda _section, texts, starts: reader.unit_scopes(texts, starts),
        split_units=units,
    ) == chunk_blocks(plain, embedder.count_tokens)


def _applies_to(mg: MemGraph) -> set[tuple[str, str]]:
    """(chunk text, entity id) of every APPLIES_TO from a chunk."""
    chunks = {c.id: c.props["text"] for c in mg.store.find_nodes(NodeLabel.CHUNK, ["shared"], limit=None)}
    return {
        (chunks[r.src_id], r.dst_id) for r in mg.store.relationships(types=[RelType.APPLIES_TO]) if r.src_id in chunks
    }


def _own_rule_and_no_other(mg: MemGraph, user: str, question: str, expected: str, forbidden: list[str]) -> None:
    answer = mg.ask(question, user_id=user, use_llm=False)
    assert expected in answer.answer, answer.answer
    assert not [f for f in forbidden if f in answer.answer], answer.answer


handbook_mg = document_memgraph("northwind.md", HANDBOOK, PEOPLE)


def test_passages_link_up_whichever_comes_first(handbook_mg: MemGraph) -> None:
    links = _applies_to(handbook_mg)
    assert ("Field Service employees receive 27 days of annual leave per year.", "Department:field service") in links
    # Two known siblings (Field Service, Data Platform) make the third bare heading a team too,
    # in both orders.
    assert (
        "Member Support employees receive 24 days of annual leave per year. Unused days lapse at year end.",
        "Department:member support",
    ) in links
    assert ("Field Service roles are on-site only.", "Department:field service") in links
    assert ("Shift Supervisors have 2,800 EUR a year.", "Role:shift supervisor") in links
    assert ("At the Porto site, core hours are 10:00 to 16:00.", "Location:porto") in links
    general = {text for text, _ in links}
    assert "Remote work depends on your team." not in general


@pytest.mark.parametrize(
    ("user", "question", "expected", "forbidden"),
    [
        ("fiona", "How many days of annual leave do I have?", "27 days", ["24 days", "25 days"]),
        ("dan", "How many days of annual leave do I have?", "25 days", ["24 days", "27 days"]),
        ("fiona", "How many days a week can I work remotely?", "on-site only", ["three days", "one day"]),
        ("dan", "Can I carry unused days into next year?", "five unused days", ["lapse"]),
        ("pia", "What are my core hours?", "10:00 to 16:00", ["09:00"]),
        ("pia", "What is my equipment budget?", "2,800 EUR", ["1,500"]),
    ],
)
def test_each_asker_gets_their_own_rule_and_no_other(
    handbook_mg: MemGraph, user: str, question: str, expected: str, forbidden: list[str]
) -> None:
    _own_rule_and_no_other(handbook_mg, user, question, expected, forbidden)


def test_an_asker_without_the_context_a_rule_depends_on_is_asked_for_it(handbook_mg: MemGraph) -> None:
    answer = handbook_mg.ask("What are my core hours?", user_id="fiona", use_llm=False)
    assert not answer.found and answer.gap == "unknown_context", answer.answer
    assert "Antwerp" in answer.answer and "Porto" in answer.answer
    assert "10:00" not in answer.answer and "09:00" not in answer.answer


def test_relink_adds_nothing_twice(handbook_mg: MemGraph) -> None:
    before = _applies_to(handbook_mg)
    assert handbook_mg._kb.relink([FoundEntity("Field Service", DEPT), FoundEntity("Member Support", DEPT)]) == 0
    assert _applies_to(handbook_mg) == before


BENEFITS = """<html><body>
<h1>Acme Mutual</h1>
<h2>Wellness allowance</h2>
<p>The wellness allowance pays for gym membership. Acme Mutual employees claim it once a year.</p>
<table>
<tr><th>Grade</th><th>Ireland</th><th>Spain</th></tr>
<tr><td>K1</td><td>410 EUR</td><td>360 EUR</td></tr>
<tr><td>K2</td><td>530 EUR</td><td>470 EUR</td></tr>
</table>
<h2>Car allowance (grades K2 and K3 only)</h2>
<p>K2 employees receive a car allowance of 450 EUR a month. K3 employees receive 700 EUR a month.</p>
<h2>Pension</h2>
<table>
<tr><th>Grade</th><th>Employer contribution</th></tr>
<tr><td>K1</td><td>4%</td></tr>
<tr><td>K2</td><td>6%</td></tr>
<tr><td>K3</td><td>7.5%</td></tr>
</table>
</body></html>
"""


@pytest.fixture(params=["kb-first", "users-first"])
def benefits_mg(
    request: pytest.FixtureRequest, store_kind: str, tmp_path: Path, embedder: Embedder
) -> Iterator[MemGraph]:
    path = tmp_path / "benefits.html"
    path.write_text(BENEFITS, encoding="utf-8")
    people = {
        "aoife": "I'm on grade K2 and I work in Ireland.",
        "liam": "I'm a grade K3 employee.",
        "marta": "I work in Spain.",
    }
    mg = filled_memgraph(request.param, store_uri(store_kind, tmp_path, "benefits.db"), embedder, path, people)
    try:
        yield mg
    finally:
        mg.close()


def test_grades_are_facts_of_their_own_and_cells_apply_to_row_and_column(benefits_mg: MemGraph) -> None:
    facts = {(f.relation, f.entity) for f in benefits_mg.facts(user_id="aoife")}
    assert ("HAS_GRADE", "K2") in facts and ("LOCATED_IN", "Ireland") in facts
    links = _applies_to(benefits_mg)
    cell = "Grade: K2; Ireland: 530 EUR;"
    assert {(cell, "Grade:k2"), (cell, "Location:ireland")} <= links
    # The heading every section sits under names the organisation: no context.
    assert not [t for t, e in links if "acme" in e]
    # The names the document types itself are kept with it, for relinks that read a few chunks.
    (doc,) = benefits_mg.kb.documents()
    assert {("K1", "Grade"), ("K2", "Grade"), ("K3", "Grade")} <= {tuple(n) for n in doc.metadata["typed_names"]}
    # A sentence picks one of its heading's grades.
    assert {e for t, e in links if t.startswith("K3 employees")} == {"Grade:k3"}


@pytest.mark.parametrize(
    ("user", "question", "expected", "forbidden"),
    [
        ("aoife", "How much is my wellness allowance?", "530 EUR", ["410 EUR", "470 EUR", "360 EUR"]),
        ("aoife", "How much does the employer pay into my pension?", "6%", ["4%", "7.5%"]),
        ("liam", "How much is my car allowance?", "700 EUR", ["450 EUR"]),
    ],
)
def test_an_asker_gets_the_cell_of_their_grade_and_country(
    benefits_mg: MemGraph, user: str, question: str, expected: str, forbidden: list[str]
) -> None:
    _own_rule_and_no_other(benefits_mg, user, question, expected, forbidden)


def test_an_asker_without_a_grade_is_asked_for_it_when_the_table_has_several(benefits_mg: MemGraph) -> None:
    answer = benefits_mg.ask("How much is my wellness allowance?", user_id="marta", use_llm=False)
    assert not answer.found and answer.gap == "unknown_context", answer.answer
    assert "your grade (K1, K2" in answer.answer and "EUR" not in answer.answer


def test_a_pages_rules_for_different_contexts_are_separate_results(
    store_kind: str, tmp_path: Path, embedder: Embedder
) -> None:
    import pymupdf

    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 72), "Annual leave", fontsize=18)
    page.insert_text((72, 110), "Field Service employees receive 27 days of annual leave per year.", fontsize=11)
    page.insert_text((72, 130), "Member Support employees receive 24 days of annual leave per year.", fontsize=11)
    path = tmp_path / "leave.pdf"
    pdf.save(path)
    mg = MemGraph(store_uri(store_kind, tmp_path, "pages.db"), embedder=embedder, extractor=Extractor())
    try:
        mg.kb.ingest(path)
        mg.add("I like tea.", user_id="nobody")
        texts = [r.text for r in mg.search("How many days of annual leave do I get?", user_id="nobody", top_k=5)]
        # One page, two rules: both are results (one per page and applicability).
        assert any("27 days" in t for t in texts) and any("24 days" in t for t in texts), texts
    finally:
        mg.close()


SHIFTS = """<html><body>
<h1>Larkspur Foods</h1>
<h2>What comes with my role?</h2>
<p>Safety boots are paid every March. The night premium is added to the hourly rate for every hour worked
between 22:00 and 06:00.</p>
<table>
<tr><th>Role</th><th>Safety boots</th><th>Night premium</th></tr>
<tr><td>Line Operator</td><td>95 GBP a year</td><td>21% on top of the hourly rate</td></tr>
<tr><td>Quality Inspector</td><td>60 GBP a year</td><td>14% on top of the hourly rate</td></tr>
</table>
</body></html>
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_the_askers_own_memory_does_not_crowd_out_their_rule(
    order: str, store_kind: str, tmp_path: Path, embedder: Embedder
) -> None:
    # "I mostly work nights" reads far more like the question than the table row does; the
    # row for the asker's role must still be the answer.
    path = tmp_path / "shifts.html"
    path.write_text(SHIFTS, encoding="utf-8")
    people = {"noor": "I'm a Line Operator. I mostly work night shifts."}
    mg = filled_memgraph(order, store_uri(store_kind, tmp_path, "shifts.db"), embedder, path, people)
    try:
        _own_rule_and_no_other(mg, "noor", "How much extra do I get for night shifts?", "21%", ["14%"])
    finally:
        mg.close()


SECOND_PERSON = """# Quarry Lane Bakeries: your guide

## Shifts

If you work at the Leeds site, your shift starts at 05:00. If you work at the York site, your shift starts at 06:30.

## Annual leave

All staff receive 25 days of annual leave, except Night Baking staff, who receive 28 days.

## Working from home

You may work from home one day a week unless you are on the Production team.
"""

BAKERS = {
    "lena": "I work at the Leeds site.",
    "nico": "I'm on the Night Baking team.",
    "paz": "I'm on the Production team.",
    "fin": "I work in the Finance team.",
}


bakery_mg = document_memgraph("bakery.md", SECOND_PERSON, BAKERS)


@pytest.mark.parametrize(
    ("user", "question", "expected", "forbidden"),
    [
        ("lena", "When does my shift start?", "05:00", ["06:30"]),
        ("nico", "How much annual leave do I get?", "28 days", ["25 days"]),
        ("fin", "How much annual leave do I get?", "25 days", ["28 days"]),
        ("fin", "Can I work from home?", "one day a week", []),
    ],
)
def test_conditions_on_the_reader_and_exceptions_scope_a_rule(
    bakery_mg: MemGraph, user: str, question: str, expected: str, forbidden: list[str]
) -> None:
    _own_rule_and_no_other(bakery_mg, user, question, expected, forbidden)


def test_a_rule_is_not_answered_to_the_context_it_excepts(bakery_mg: MemGraph) -> None:
    links = {(r.type, r.dst_id) for r in bakery_mg.store.relationships(types=[RelType.EXCEPT_FOR])}
    assert links == {("EXCEPT_FOR", "Department:production"), ("EXCEPT_FOR", "Department:night baking")}
    answer = bakery_mg.ask("Can I work from home?", user_id="paz", use_llm=False)
    assert "one day a week" not in answer.answer, answer.answer


GROUPS_TOGETHER = """# Staff Guide

## Holidays

### Kiln Room
Kiln Room staff get 30 days of annual leave a year.

### Dispatch
People in Dispatch get 27 days of annual leave each year.

### Accounts
Accounts colleagues receive 24 days of annual leave.

## Working from home

Kiln Room and Dispatch roles cannot be done from home at all.
Accounts staff may work from home up to three days a week.

## Research and Development
Research and Development staff may work from home two days a week.
"""


def test_two_groups_named_together_are_each_group(store_kind: str, tmp_path: Path, embedder: Embedder) -> None:
    """ "Kiln Room and Dispatch roles" is two of the document's groups, each named on its own
    elsewhere; "Research and Development", whose parts are no groups, stays one name."""
    people = {"kim": "I work in Dispatch.", "ash": "I work in Accounts."}
    made = memgraph_on_document("kb-first", store_kind, tmp_path, embedder, "guide.md", GROUPS_TOGETHER, people)
    m = next(made)
    try:
        ents = {r.dst_id for r in m.store.relationships(types=[RelType.APPLIES_TO])}
        assert {"Department:kiln room", "Department:dispatch", "Department:accounts"} <= ents, ents
        assert "Department:research and development" in ents, ents
        assert not [e for e in ents if "kiln room and" in e], ents
        answer = m.ask("Can I work from home?", user_id="kim", use_llm=False)
        assert "cannot be done from home" in answer.answer and "three days" not in answer.answer, answer.answer
        answer = m.ask("Can I work from home?", user_id="ash", use_llm=False)
        assert "three days" in answer.answer and "cannot be done" not in answer.answer, answer.answer
    finally:
        made.close()


def test_the_last_group_of_a_list_with_a_serial_comma_keeps_its_scope(extractor: Extractor) -> None:
    """ "..., and kitchen staff get 28 days": the group after "and" is a group, not a verb of
    a list (a rule that dropped it cost answers)."""
    text = "Reception, housekeeping, and kitchen staff get 28 days."
    reader = ScopeReader(extractor)
    found = units(text)
    reader.learn(found)
    names = {f.name for scope in reader.unit_scopes(found) for f in scope}
    assert "Kitchen" in names, names


def test_one_role_word_as_subject_is_a_role_only_beside_other_groups(extractor: Extractor) -> None:
    """ "Drivers start at 05:30." between two department rules is the drivers' rule; alone,
    "Managers must approve ..." is a sentence that opens with a job noun, not a role's rule."""
    beside = units("Warehouse staff start at 06:00. Drivers start at 05:30. Office staff start at 09:00.")
    alone = units("Managers must approve leave requests. Requests go through the portal.")
    reader = ScopeReader(extractor)
    reader.learn([*beside, *alone])
    scopes = reader.unit_scopes(beside, [True, False, False])
    assert [{(e.name, e.type) for e in s} for s in scopes] == [
        {("Warehouse", EntityType.DEPARTMENT)},
        {("Driver", EntityType.ROLE)},
        {("Office", EntityType.DEPARTMENT)},
    ]
    assert [set(s) for s in reader.unit_scopes(alone, [True, False])] == [set(), set()]
    assert "Driver" not in {f.name for f in reader.learned}, "a lone role word is no name the document declares"


UNIFORMS = """# Depot handbook

## Uniform

Drivers are given two fleece jackets each winter. Warehouse staff receive safety boots every year.
Office staff have no uniform.

## Overtime

Drivers are paid time and a half after ten hours on the road. Warehouse staff are paid time and a half
after eight hours. Office staff take time off in lieu.
"""


@pytest.mark.parametrize("order", ["kb-first", "users-first"])
def test_a_job_nouns_rule_goes_to_that_job_and_no_one_else(
    store_kind: str, tmp_path: Path, embedder: Embedder, order: str
) -> None:
    """A driver (said as "delivery driver") gets the drivers' rules; a warehouse and an office
    worker never do, whichever came first (the rule leaked to both when the handbook came
    first)."""
    people = {"dan": "I'm a delivery driver.", "wes": "I work in the warehouse.", "oli": "I work in the office."}
    made = memgraph_on_document(order, store_kind, tmp_path, embedder, "depot.md", UNIFORMS, people)
    m = next(made)
    try:
        for user, own, others in [
            ("dan", "fleece", ("boots", "no uniform")),
            ("wes", "boots", ("fleece", "no uniform")),
            ("oli", "no uniform", ("fleece", "boots")),
        ]:
            answer = m.ask("What uniform do I get?", user_id=user, use_llm=False)
            assert own in answer.answer and not any(o in answer.answer for o in others), (user, answer.answer)
        answer = m.ask("When am I paid overtime?", user_id="dan", use_llm=False)
        assert "ten hours" in answer.answer and "eight hours" not in answer.answer, answer.answer
    finally:
        made.close()


def test_rows_keyed_by_contract_apply_to_that_contract(extractor: Extractor) -> None:
    """A table whose first column is "Contract" keys its rows by a category of people, as
    "Contract type" does."""
    rows = ["Contract: Casual; Holiday: 12.07% holiday pay on every hour.", "Contract: Core; Holiday: 26 days a year."]
    reader = ScopeReader(extractor)
    reader.learn(rows)
    scopes = reader.unit_scopes(rows)
    assert [{(e.name, e.type) for e in s} for s in scopes] == [
        {("Casual", EntityType.CATEGORY)},
        {("Core", EntityType.CATEGORY)},
    ]


def test_subjects_joined_by_and_each_scope_the_unit(extractor: Extractor) -> None:
    """ "Drivers and warehouse staff work on site": the unit is the drivers' rule and the
    warehouse's, not the drivers' alone."""
    text = (
        "Payments staff may work from home up to three days a week. Customer Support staff may work from home "
        "one day a week. Drivers and warehouse staff must work on site and cannot work from home."
    )
    parts = units(text)
    scopes = ScopeReader(extractor).unit_scopes(parts, [True] + [False] * (len(parts) - 1))
    assert [{(e.name, e.type) for e in s} for s in scopes] == [
        {("Payments", DEPT)},
        {("Customer Support", DEPT)},
        {("Driver", EntityType.ROLE), ("Warehouse", DEPT)},
    ]


def test_a_group_s_addition_to_a_general_rule_is_theirs_alone(extractor: Extractor) -> None:
    """ "Drivers must also call the transport desk": the drivers' addition to the rule before it,
    though no other group's rule stands beside it; the sentence after it is everyone's again."""
    text = (
        "If you are ill, phone your shift manager before your shift starts. Drivers must also call the transport "
        "desk so that routes can be reassigned. You will need a fit note for any absence longer than seven days."
    )
    parts = units(text)
    scopes = ScopeReader(extractor).unit_scopes(parts, [True] + [False] * (len(parts) - 1))
    assert [{(e.name, e.type) for e in s} for s in scopes] == [set(), {("Driver", EntityType.ROLE)}, set()]
    # without "also", one plural job noun alone is a sentence's first word, no scope
    plain = units("Expenses are paid monthly. Managers must approve every claim.")
    assert not any(ScopeReader(extractor).unit_scopes(plain, [True, False]))


def test_units_cut_by_scope_keep_their_label_and_what_they_were_cut_from(
    extractor: Extractor, embedder: Embedder
) -> None:
    """A paragraph's run-in label ("Pay.") is the topic of its units; a clause cut from its
    sentence and a list item cut from its lead-in carry that sentence or lead-in as their
    ``context``, which the index reads beside them ("Field Service staff on the 20th" says
    nothing of pay by itself)."""
    reader = ScopeReader(extractor)
    section = ("Guide", "P")
    sentence = "Data Platform staff are paid on the 25th, and Field Service staff on the 20th."
    blocks = [
        Block("P", section=section, heading=True),
        Block(f"Pay. Payslips are in the portal. {sentence}", section=section),
        Block("Where to park depends on your team:", section=section),
        Block("• Data Platform: the north car park.", section=section),
        Block("• Field Service: the depot yard.", section=section),
    ]
    specs = scoped_chunks(reader, embedder, blocks)
    got = [(s.text, {e.name for e in s.scope}, s.topic, s.context) for s in specs]
    assert got == [
        ("Pay. Payslips are in the portal.", set(), "Pay", None),
        ("Data Platform staff are paid on the 25th,", {"Data Platform"}, "Pay", sentence),
        ("and Field Service staff on the 20th.", {"Field Service"}, "Pay", sentence),
        ("Where to park depends on your team:", set(), None, None),
        ("• Data Platform: the north car park.", {"Data Platform"}, None, "Where to park depends on your team:"),
        ("• Field Service: the depot yard.", {"Field Service"}, None, "Where to park depends on your team:"),
    ]


def test_a_tables_rows_and_lettered_items_are_read_with_their_lead_in(extractor: Extractor, embedder: Embedder) -> None:
    """A table's rows and a lettered list's items cut apart by scope carry the lead-in before
    them as their ``context``, beside the row they were cut from: "Role: Care assistant;
    Northern homes: £1.45 an hour" says nothing of a night enhancement by itself."""
    reader = ScopeReader(extractor)
    section = ("Guide", "Pay")
    lead = "We pay a night enhancement for every hour worked between 20:00 and 08:00:"
    overtime = "Overtime is paid weekly:"
    blocks = [
        Block("Pay", section=section, heading=True),
        Block(lead, section=section),
        Block("Role: Care assistant; Rate: £1.45 an hour.", section=section),
        Block("Role: Nurse; Rate: £2.60 an hour.", section=section),
        Block(overtime, section=section),
        Block("(a) Care assistants: time and a quarter;", section=section),
        Block("(b) Nurses: time and a half.", section=section),
        Block("Everyone is paid monthly.", section=section),
    ]
    specs = scoped_chunks(reader, embedder, blocks)
    got = {s.text: s.context for s in specs}
    assert got["Role: Care assistant; Rate: £1.45 an hour."] == lead, got
    assert got["Role: Nurse; Rate: £2.60 an hour."] == lead, got
    assert got["(a) Care assistants: time and a quarter;"] == overtime, got
    assert got["(b) Nurses: time and a half."] == overtime, got
    assert got["Everyone is paid monthly."] is None, got  # a paragraph ends the list


def test_a_lead_in_label_and_its_list_are_one_chunk(extractor: Extractor, embedder: Embedder) -> None:
    """A paragraph that is only a lead-in label ("Responsibilities:") is the topic of the list
    after it, so it is chunked with its items, not left as a chunk that says nothing (a role
    library's "What are my responsibilities?" was answered "Responsibilities:")."""
    reader = ScopeReader(extractor)
    section = ("Guide", "Stores Coordinator")
    blocks = [
        Block("Stores Coordinator", section=section, heading=True),
        Block("Data Platform staff may work remotely on Fridays.", section=section),
        Block("Responsibilities:", section=section),
        Block("• Keep the stock records up to date", section=section),
        Block("• Check deliveries against purchase orders", section=section),
        Block("Qualifications. A forklift licence is preferred.", section=section),
    ]
    specs = scoped_chunks(reader, embedder, blocks)
    got = [(s.text, s.topic) for s in specs]
    assert (
        "Responsibilities: • Keep the stock records up to date • Check deliveries against purchase orders",
        "Responsibilities",
    ) in got, got
    assert ("Responsibilities:", "Responsibilities") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If you are in housekeeping you call the head housekeeper.", "Housekeeping"),
        ("We hope you won't, but if you do: if you're core, your notice period is one calendar month.", "Core"),
        ("If you are on a Casual contract, there is no notice period.", "Casual"),
        ("If you are core staff, notice is one month.", "Core"),
        ("If you work in front office, ring the duty manager.", "Front Office"),
        ("If you are unwell, phone in before your shift.", None),
    ],
)
def test_a_condition_on_the_reader_names_their_group_in_any_case(text: str, expected: str | None) -> None:
    """ "if you're core", "If you are on a Casual contract": a condition naming a known group,
    written in lower case or with a kind word after it, at the start of the unit or of a clause."""
    extractor = Extractor()  # not the session's: it learns these names
    extractor.add_known(
        [FoundEntity(n, EntityType.CATEGORY) for n in ("Core", "Season", "Casual")]
        + [FoundEntity(n, DEPT) for n in ("Housekeeping", "Front Office")]
    )
    (scope,) = ScopeReader(extractor).unit_scopes([text])
    assert [e.name for e in scope] == ([expected] if expected else [])


def test_a_tables_key_column_types_its_names_before_a_guess_from_prose() -> None:
    """ "fixed-term staff receive ..." alone reads as a department's; a table keyed "Contract type:
    Fixed-term" says it is a category, and that holds wherever the table stands. Known so,
    "Permanent staff" and "casual staff" (words that alone describe any staff) are its subjects."""
    body = [
        "Permanent staff receive 27 days, fixed-term staff receive 2.25 days for each month, and casual staff "
        "receive holiday pay of 12.07%.",
        "Contract type: Permanent; Pay day: 28th.",
        "Contract type: Fixed-term; Pay day: 15th.",
        "Contract type: Casual; Pay day: Friday.",
    ]
    reader = ScopeReader(Extractor())
    reader.learn([u for t in body for u in units(t)])
    cat = EntityType.CATEGORY
    assert reader.known("Fixed-term") == FoundEntity("Fixed-term", cat)
    parts = reader.units(body[0])
    assert len(parts) == 3
    scopes = reader.unit_scopes(parts, [True, False, False])
    assert [[e.name for e in s] for s in scopes] == [["Permanent"], ["Fixed-term"], ["Casual"]]
    # an unknown "Temporary" is still no group: the word describes staff in general
    assert reader.unit_scopes(["Temporary staff receive holiday pay."]) == [()]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("How you report sickness on the first day depends on your team.", {DEPT}),
        ("Start times are set by each region.", {LOC}),
        ("Allowances vary by grade.", {GRADE}),
        ("Each unit also has training of its own.", {DEPT}),
        ("Doors open at 06:00 at every depot.", set()),  # a value: no deferral
        ("Leave must be booked two weeks ahead.", set()),
    ],
)
def test_a_deferral_names_the_kind_of_context_it_leaves_the_rule_to(text: str, kinds: set) -> None:
    assert deferred_kinds(text) == kinds


CLINICS = """<html><body>
<h1>Fenwold Dental Group: staff notes</h1>
<h2>Who is who</h2>
<ul>
<li><b>clinical staff</b>: everyone who treats patients, such as dentists, hygienists and dental nurses;</li>
<li><b>practice staff</b>: everyone else, such as treatment coordinators, receptionists and practice managers.</li>
</ul>
<p>Clinical staff wear scrubs, and practice staff wear their own clothes.</p>
<h2>Practices</h2>
<table>
<tr><th>Topic</th><th>Harrow Lane Dental Centre</th><th>Quay Road Surgery</th></tr>
<tr><td>Staff parking</td><td>the multi-storey on Pell Street; the permit is refunded</td>
<td>none on site: use the
pay-and-display on Cob Row</td></tr>
</table>
<h2>Health insurance</h2>
<p>Private health insurance is provided in every country, by a local insurer. In Ireland, staff are covered
by Laya. In Spain the insurer is Sanitas.</p>
<p>Life cover is four times annual salary for every grade in every country.</p>
<h2>Leave</h2>
<p>Staff are entitled to 28 days of leave; leave between 1 July and 31 August needs a manager's approval.</p>
</body></html>
"""

CLINIC_PEOPLE = {
    "tova": "I'm a dental nurse at the Quay Rd surgery.",
    "uri": "I work in Ireland.",
    "vic": "I'm a receptionist.",
}


clinics_mg = document_memgraph("clinics.html", CLINICS, CLINIC_PEOPLE)


def test_listed_groups_and_named_places_answer_their_people(clinics_mg: MemGraph) -> None:
    """A place's own name keeps its site noun, "Quay Rd" is "Quay Road", and a list item that
    says who a group of staff is ("practice staff: ..., such as ... receptionists") puts the job
    titles it lists in that group; "for every grade in every country" is one rule for all."""
    life = clinics_mg.ask("How much is the life cover?", user_id="vic", use_llm=False)
    assert life.found and "four times annual salary" in life.answer, life.answer
    mine = clinics_mg.ask("Who is my private health insurer?", user_id="uri", use_llm=False)
    assert "Laya" in mine.answer and "Sanitas" not in mine.answer, mine.answer
    parking = clinics_mg.ask("Where can I park?", user_id="tova", use_llm=False)
    assert "Cob Row" in parking.answer and "Pell Street" not in parking.answer, parking.answer
    assert "use the pay-and-display" in parking.answer  # a cell's line break is no part of the quote
    wear = clinics_mg.ask("What do I wear at work?", user_id="vic", use_llm=False)
    assert "own clothes" in wear.answer and "scrubs" not in wear.answer, wear.answer
    wear = clinics_mg.ask("What do I wear at work?", user_id="tova", use_llm=False)
    assert "scrubs" in wear.answer and "own clothes" not in wear.answer, wear.answer
    sites = {r.dst_id for r in clinics_mg.store.relationships(types=[RelType.APPLIES_TO])}
    assert {"Location:harrow lane dental centre", "Location:quay road surgery"} <= sites, sites


def test_a_date_range_is_one_clause() -> None:
    text = "Staff are entitled to 28 days of leave; leave between 1 July and 31 August needs a manager's approval."
    assert units(text)[-1] == "leave between 1 July and 31 August needs a manager's approval."


SCHEDULES = """# Omnibus agreement

## Definitions

'Bus Operator' means an employee whose main duty is driving a bus. 'Engineering Staff' means fitters and
vehicle electricians. 'Control Staff' means service controllers and radio operators.

## Schedule A: Bus Operators

A1. Duties worked on a Sunday are paid at time and a half.

## Schedule B: Engineering Staff

B1. Work on a Sunday is paid at double time.

## Schedule C: Control Staff

C1. Sunday shifts are paid at time and three quarters.
"""

SCHEDULE_PEOPLE = {"pat": "I'm a bus driver.", "eli": "I'm a fitter.", "new": "I joined last week."}


schedules_mg = document_memgraph("schedules.md", SCHEDULES, SCHEDULE_PEOPLE)


@pytest.mark.parametrize(
    ("user", "expected", "forbidden"),
    [
        ("pat", "time and a half", ["double time", "three quarters"]),
        ("eli", "double time", ["time and a half", "three quarters"]),
    ],
)
def test_sibling_sections_headed_by_their_groups_are_versions_of_one_rule(
    schedules_mg: MemGraph, user: str, expected: str, forbidden: list[str]
) -> None:
    """A schedule per group ("Schedule A: Bus Operators" beside "Schedule B: Engineering Staff"):
    each group's rule answers its people, though the document makes one group a role and the
    others departments; someone in none of them is asked."""
    _own_rule_and_no_other(schedules_mg, user, "How am I paid for working a Sunday?", expected, forbidden)
    unknown = schedules_mg.ask("How am I paid for working a Sunday?", user_id="new", use_llm=False)
    assert unknown.gap == "unknown_context" and not unknown.found, unknown.answer


def test_tables_printed_side_by_side_are_rows_of_their_own() -> None:
    """A row whose columns after each key repeat the first table's headers is one row per
    table ("Main pay range | Salary | Upper pay range | Salary"); a row of one table is as it was."""
    row = "Main pay range: M1; Salary: £32,540; Upper pay range: UPS1; Salary: £46,280."
    assert units(row) == ["Main pay range: M1; Salary: £32,540.", "Upper pay range: UPS1; Salary: £46,280."]
    assert units("Main pay range: M5; Salary: £40,760.") == ["Main pay range: M5; Salary: £40,760."]
    assert units("Grade: K2; Ireland: 530 EUR; Spain: 470 EUR; France: 3 EUR.") == [
        "Grade: K2; Ireland: 530 EUR;",
        "Grade: K2; Spain: 470 EUR;",
        "Grade: K2; France: 3 EUR.",
    ]


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Main pay range", EntityType.GRADE),  # one of a grading's scales
        ("Upper pay range", EntityType.GRADE),
        ("Pay scale", EntityType.GRADE),
        ("Roster pattern", EntityType.SCHEDULE),
        ("Annual salary", None),
    ],
)
def test_headers_that_key_rows_by_grade_or_pattern(header: str, kind: EntityType | None) -> None:
    assert header_kind(header) == kind


SCHOOLS = """<html><body>
<h1>Brookfield Learning Trust: staff handbook</h1>
<h2>The school day</h2>
<p>Teachers must be on site by the time shown below, and stay for the weekly staff meeting.</p>
<table>
<tr><th>Academy</th><th>Teachers on site by</th><th>Pupil day</th><th>Weekly staff meeting</th></tr>
<tr><td>Fenwick Academy</td><td>08:35</td><td>08:55 to 15:00</td><td>Tuesday, to 16:20</td></tr>
<tr><td>Tenterby Academy</td><td>08:15</td><td>08:40 to 15:05</td><td>Monday, to 16:35</td></tr>
<tr><td>Marshfield Academy</td><td>08:10</td><td>08:40 to 14:55</td><td>Wednesday, to 16:25</td></tr>
</table>
<h2>Uniform</h2>
<p>There is no uniform for staff; dress as a professional would.</p>
</body></html>"""
"""A table of academies (an "Academy" column) whose cells give times of day."""

SCHOOL_PEOPLE = {"amira": "I teach Year 4 at Fenwick Academy.", "tom": "I teach history at Tenterby Academy."}


schools_mg = document_memgraph("schools.html", SCHOOLS, SCHOOL_PEOPLE)


def test_an_academy_column_keys_rows_whose_cells_give_times(schools_mg: MemGraph) -> None:
    """ "Academy" names sites as "School" does, and a cell's time ("08:35") is a value, not a
    column's end: each teacher is quoted their academy's row, whole, and no other."""
    _own_rule_and_no_other(schools_mg, "amira", "What time do I need to be on site?", "08:35", ["08:15", "08:10"])
    _own_rule_and_no_other(schools_mg, "tom", "What time do I need to be on site?", "08:15", ["08:35", "08:10"])


def test_a_row_keyed_by_an_academy_is_one_unit_per_cell_with_its_key() -> None:
    row = "Academy: Tenterby Academy; Teachers on site by: 08:15; Pupil day: 08:40 to 15:05."
    assert header_kind("Academy") == EntityType.LOCATION
    assert units(row) == [
        "Academy: Tenterby Academy; Teachers on site by: 08:15;",
        "Academy: Tenterby Academy; Pupil day: 08:40 to 15:05.",
    ]


def test_a_known_role_and_a_known_group_joined_by_and_are_two_names_not_a_site() -> None:
    """ "Shunters and Depot staff ...": a role and a group the document knows, not a site
    "Shunters and" left by taking "Depot" for its site noun; one name with "and" in it stays
    one ("Research and Development staff"); a bracket of known names opening a sentence
    scopes it."""
    reader = ScopeReader(Extractor(spacy_model="blank"))
    reader.teach([FoundEntity("Shunter", ROLE), FoundEntity("Depot", DEPT), FoundEntity("Avonmouth", LOC)])
    scopes = reader.unit_scopes(
        [
            "(c) Shunters and Depot staff ring their shift manager before the shift starts.",
            "Research and Development staff work remotely on Fridays.",
            # a bracket that opens the sentence with known names only is its scope, "only" or not
            "(Shunters and Depot staff) Hours on duty between 22:00 and 06:00 attract a premium of £1.90.",
            "(See 3.2) Hours on duty between 22:00 and 06:00 attract a premium.",
        ]
    )
    assert [{(f.name, f.type) for f in s} for s in scopes] == [
        {("Shunter", ROLE), ("Depot", DEPT)},
        {("Research and Development", DEPT)},
        {("Shunter", ROLE), ("Depot", DEPT)},
        set(),
    ]
