"""Rules keyed by country in sentences, with the asker's country known only from the town they
name: a table of regions, countries and duty stations places each town, and a sentence that
lists countries or offices as its subjects applies to each of them."""

from __future__ import annotations

from conftest import document_memgraph

from memgraph import MemGraph
from memgraph.extraction.applicability import ScopeReader, units
from memgraph.extraction.declarations import area_sites
from memgraph.extraction.extract import Extractor, FoundEntity
from memgraph.extraction.linking import NameIndex
from memgraph.models import EntityType, RelType
from memgraph.text.places import country_of

HANDBOOK = """<html><body>
<h1>Brightwell Aid: staff handbook</h1>
<h2>1. Where we work</h2>
<p>1.1 Brightwell Aid has five country offices in two regions.</p>
<table>
<tr><th>Region</th><th>Country office</th><th>Duty stations</th></tr>
<tr><td rowspan="2">West Africa</td><td>Ghana</td><td>Accra, Tamale</td></tr>
<tr><td>Togo</td><td>Lome, Kara</td></tr>
<tr><td rowspan="3">Gulf</td><td>Oman</td><td>Muscat, Sohar</td></tr>
<tr><td>Qatar</td><td>Doha</td></tr>
<tr><td>Kuwait</td><td>Jahra</td></tr>
</table>
<h2>2. Working week</h2>
<p>2.1 The standard working week is 40 hours over five days. Country offices in West Africa (except Togo), and
the Kuwait office, work Monday to Friday. Oman and Qatar work Sunday to Thursday. The Togo office works Monday to
Saturday mornings.</p>
<h2>3. Pay</h2>
<p>3.1 Employees at the Omani duty stations are paid on the 25th of each month. Everyone else is paid on the last
working day of each month.</p>
<h2>4. Hardship</h2>
<p><strong>Classifications A and B</strong>: Accra, Muscat, Doha and Lome. No hardship allowance.</p>
<p><strong>Classification C</strong>: Tamale, Sohar, Jahra and Kara. Hardship allowance of 15%.</p>
</body></html>
"""

PEOPLE = {
    "kofi": "I'm a Ghanaian national staff member at the Accra office.",
    "salim": "I work at our Sohar field office.",
    "hana": "Finance officer, based in Jahra.",
    "ama": "I'm at the Kara office.",
}

WEEKS = {"kofi": "Monday to Friday", "salim": "Sunday to Thursday", "hana": "Monday to Friday", "ama": "Saturday"}

offices_mg = document_memgraph("brightwell.html", HANDBOOK, PEOPLE)


def test_each_asker_gets_their_countrys_working_week(offices_mg: MemGraph) -> None:
    for user, week in WEEKS.items():
        answer = offices_mg.ask("Which days does the office work?", user_id=user, use_llm=False)
        others = {w for w in ("Monday to Friday", "Sunday to Thursday", "Saturday mornings") if week not in w}
        assert week in answer.answer, (user, answer.answer)
        assert not [w for w in others if w in answer.answer], (user, answer.answer)


def test_a_rule_for_a_countrys_adjective_is_that_countrys(offices_mg: MemGraph) -> None:
    """ "the Omani duty stations" are Oman's: someone at Sohar (in Oman by the table) is paid on
    the 25th; someone in Ghana is not told so."""
    answer = offices_mg.ask("When is payday?", user_id="salim", use_llm=False)
    assert "25th" in answer.answer, answer.answer
    answer = offices_mg.ask("When is payday?", user_id="kofi", use_llm=False)
    assert "25th" not in answer.answer, answer.answer


def test_adjectives_of_nationality_name_their_country() -> None:
    """Regular ones by the country's name they start with, irregular ones by a list; a word
    that is only the start of a name, or of two equally, names none."""
    assert [country_of(w) for w in ("Norwegian", "Kenyan", "Lebanese", "Omani", "Nigerian", "Somali")] == [
        "Norway",
        "Kenya",
        "Lebanon",
        "Oman",
        "Nigeria",
        "Somalia",
    ]
    assert [country_of(w) for w in ("Dutch", "British", "German")] == ["Netherlands", "United Kingdom", "Germany"]
    assert [country_of(w) for w in ("Roman", "Nigerien", "Regional", "Standard", "Technical", "Ground")] == [None] * 6


def test_a_table_of_country_offices_places_its_duty_stations(offices_mg: MemGraph) -> None:
    rels = offices_mg.store.relationships(types=[RelType.PART_OF])
    pairs = {(r.src_id.split(":")[-1], r.dst_id.split(":")[-1]) for r in rels}
    assert {("sohar", "oman"), ("kara", "togo"), ("accra", "ghana")} <= pairs, pairs


def test_rows_keyed_by_a_two_word_area_header_place_their_sites() -> None:
    """ "Country office: Lebanon; Duty stations: Beirut, Zahle." keys by country as "Country:"
    does; a row never places an area in itself."""
    assert area_sites(["Country office: Lebanon; Duty stations: Beirut, Zahle."]) == [
        ("Beirut", "Lebanon"),
        ("Zahle", "Lebanon"),
    ]
    assert ("Gulf", "Gulf") not in area_sites(["Region: Gulf; Regional office: Muscat."])
    # a header of two words whose first is no area word keys nothing
    assert area_sites(["Age group: Under 25; Duty stations: Beirut, Zahle."]) == []


def test_the_last_of_a_list_of_subjects_opens_no_clause() -> None:
    """ "X and in Y, and the Z office, work ..." is one rule for X, Y and Z; "..., and Gdansk starts
    at 05:00" is a clause of its own."""
    listed = (
        "Country offices in West Africa (except Togo) and in the Sahel region, and the Kuwait office, "
        "work Monday to Friday."
    )
    assert units(listed) == [listed]
    assert units("The Rotterdam site starts at 06:15, and Gdansk starts at 05:00.") == [
        "The Rotterdam site starts at 06:15,",
        "and Gdansk starts at 05:00.",
    ]


def test_places_listed_as_subjects_are_each_a_scope(extractor: Extractor) -> None:
    loc = EntityType.LOCATION
    reader = ScopeReader(extractor)
    reader.teach([FoundEntity(n, loc) for n in ("Oman", "Qatar", "West Africa", "Togo", "Kuwait")])
    texts = [
        "Oman and Qatar work Sunday to Thursday.",
        "Country offices in West Africa (except Togo), and the Kuwait office, work Monday to Friday.",
    ]
    reader.learn(texts)
    first, second = reader.unit_scopes(texts)
    assert set(first) == {FoundEntity("Oman", loc), FoundEntity("Qatar", loc)}
    assert {(type(f).__name__, f.name) for f in second} == {
        ("FoundEntity", "West Africa"),
        ("FoundEntity", "Kuwait"),
        ("Excluded", "Togo"),
    }


def test_countries_named_by_their_adjectives_are_scopes(extractor: Extractor) -> None:
    loc = EntityType.LOCATION
    reader = ScopeReader(extractor)
    texts = [
        "3.2 Employees at the Norwegian offices are paid on the 20th of each month.",
        "Kenyan and Ugandan staff receive 26 working days.",
        "Standard staff receive 2 days.",
    ]
    reader.learn(texts)
    norwegian, east, standard = reader.unit_scopes(texts)
    assert norwegian == (FoundEntity("Norway", loc),)
    assert set(east) == {FoundEntity("Kenya", loc), FoundEntity("Uganda", loc)}
    assert all(f.type != loc for f in standard)


def test_a_listed_place_that_is_a_known_name_links_to_itself() -> None:
    """A town listed under a group of places ("Classifications A and B: Accra, Muscat, ...") is
    still that town when someone names it (the group contains it: ``PART_OF``)."""
    loc = EntityType.LOCATION
    accra, classes = FoundEntity("Accra", loc), FoundEntity("Classifications A and B", loc)
    index = NameIndex([accra, classes], {classes: ("Accra", "Muscat", "Doha")})
    assert index.link("the Accra office") == [accra]
