"""Sentences addressed to a group that is not a name: found with the real tagger, judged
against the asker's own words, and quoted (or not) by ``ask`` on both stores in both orders."""

from __future__ import annotations

import pytest
from conftest import document_memgraph

from memgraph import MemGraph
from memgraph.extraction.audience import audiences
from memgraph.extraction.extract import Extractor
from memgraph.extraction.parallel import versions
from memgraph.recall.selection import GENERAL, MINE, OTHER, Asker, addressed_parts, version_texts, word_stems


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Permanent colleagues give one month's notice.", ["Permanent"]),
        ("Lanyards are purple for support staff.", ["support"]),
        ("Supply and casual staff wear orange.", ["Supply and casual"]),
        ("If you are on a seasonal contract, you build up leave monthly.", ["seasonal"]),
        ("Kitchen team members start at six.", ["Kitchen team"]),
        # a number or an ordinal is a value, not a group's word; a code is one
        ("Support staff on the 20th and supply and casual staff every Friday.", ["Support", "supply and casual"]),
        ("CC2 colleagues may refund up to 60 GBP.", ["CC2"]),
        # a possessive ends the group's words; so does a noun before an adjective
        (
            "Once over, permanent colleagues give one month's notice seasonal colleagues give two weeks' notice",
            ["permanent", "seasonal"],
        ),
        # words for everyone, a people word that modifies a noun, punctuation between
        ("All staff must wear a badge.", []),
        ("New employees get a laptop on their first day.", []),
        ("Your employment contract sets your hours.", []),
        ("Park in the staff garage behind the hall.", []),
        ("In Rotterdam, staff use the Waalhaven garage.", []),
        # a table cell that ends with a people word: the next cell's header modifies nothing
        ("Staff group: kitchen staff; Entitlement per leave year: 25 days.", ["kitchen"]),
        # a thing counted by "a" before "and" is no modifier of a plural group
        ("Care staff wear a lilac tunic and nursing staff a navy tunic.", ["Care", "nursing"]),
        ("Pay for supply and casual staff is weekly.", ["supply and casual"]),
        # a bracket after the group says who is in it
        (
            "Salaried staff (site management and head office) are paid monthly.",
            ["Salaried site management and head office"],
        ),
    ],
)
def test_audiences_are_the_words_before_a_people_word(extractor: Extractor, text: str, groups: list[str]) -> None:
    (found,) = audiences([text], extractor.tags)
    assert [a.key for a in found] == groups


def test_a_sentence_for_two_groups_is_cut_between_them(extractor: Extractor) -> None:
    subject_first = (
        "After probation, permanent colleagues give one month's notice; seasonal colleagues give two weeks' notice."
    )
    value_first = "Lanyards: purple for support staff orange for supply and casual staff."
    coordinated = "Ranger staff and Visitor Services staff may not take more than ten days in a row."
    parts = addressed_parts([subject_first, value_first, coordinated], ["I'm on a seasonal contract"], extractor.tags)
    assert [(p.text, p.state) for p in parts[0]] == [
        ("After probation, permanent colleagues give one month's notice", OTHER),
        ("seasonal colleagues give two weeks' notice.", MINE),
    ]
    assert [p.text for p in parts[1]] == ["Lanyards: purple for support staff", "orange for supply and casual staff."]
    assert all(p.state == OTHER for p in parts[1])
    # a part cut before the next group loses the conjunction that joined them
    (listed,) = addressed_parts(
        ["Teaching staff are paid on the last working day, support staff on the 20th and supply staff every Friday."],
        ["I'm on a support staff contract"],
        extractor.tags,
    )
    assert [p.text for p in listed if p.state == MINE] == ["support staff on the 20th"]
    # a rule for two groups joined by "and" is one part, for both
    assert len(parts[2]) == 1 and parts[2][0].groups == ("Ranger staff and Visitor Services staff",)


def test_a_lone_group_is_the_reader_and_a_group_sent_to_is_not_judged(extractor: Extractor) -> None:
    lone = addressed_parts(
        ["Crew members must not drink within ten hours of report."], ["I fly out of Leeds"], extractor.tags
    )
    assert lone == [[lone[0][0]]] and lone[0][0].state == GENERAL
    sent_to = addressed_parts(
        [
            "Report faults to maintenance staff.",
            "Casual staff are paid weekly.",
            "Permanent staff are paid monthly.",
            "If you are hurt, notify your supervisor or casual staff on duty at once.",
        ],
        ["I'm permanent"],
        extractor.tags,
    )
    assert sent_to[0][0].state == GENERAL  # whom the rule sends one to, not whom it is for
    assert [sent_to[1][0].state, sent_to[2][0].state] == [OTHER, MINE]
    assert sent_to[3][0].state == GENERAL  # one of the people to notify, after "or"


def test_a_prefixed_rank_is_another_rank() -> None:
    """ "Sub-principals" and "vice principals" are no "principals", as "non-exempt" is no "exempt"."""
    assert "princip" in word_stems(["I'm Principal Oboe."])
    assert "princip" not in word_stems(["Sub-principals may be released for up to 9 days."])
    assert "princip" in word_stems(["Principals may be released for up to 14 days."])
    assert "princip" not in word_stems(["Vice principals and non-exempt staff"])
    assert "exempt" not in word_stems(["non-exempt staff"])


def test_a_lone_group_is_judged_when_other_passages_found_address_another(extractor: Extractor) -> None:
    notice = ["So that we can brief a successor, overseas staff give two months' notice."]
    # alone it is the reader's word; beside the other groups the search found, it is one group of several
    assert addressed_parts(notice, ["I run our shop in Ludlow"], extractor.tags)[0][0].state == GENERAL
    beside = ["Shop colleagues cannot take leave in December.", "Warehouse staff start at 06:00."]
    (judged,) = addressed_parts(notice, ["I run our shop in Ludlow"], extractor.tags, beside)
    assert judged[0].state == OTHER and judged[0].groups == ("overseas staff",)
    (theirs,) = addressed_parts(notice, ["I'm on an overseas posting in Juba"], extractor.tags, beside)
    assert theirs[0].state == MINE
    # a table row is for whom its key names, not for a group in another cell's header
    row = ["Country office: Kenya; Hardship allowance: 15%; Local staff leave: 24 days."]
    assert addressed_parts(row, ["I'm on an overseas posting"], extractor.tags, beside)[0][0].state == GENERAL


HANDBOOK = """# Saltmarsh Museums staff guide

## Leaving us
Probation lasts 12 weeks for everyone. Once it is over, permanent colleagues give one month's notice;
seasonal colleagues give two weeks' notice.

## Lanyards
Everyone wears a lanyard on site. The colours are purple for support staff and orange for casual staff.

## Payday
Everyone is paid on the last Friday of the month.
"""

PEOPLE = {
    "perm": "I've had a permanent contract since 2019.",
    "seas": "Been on a seasonal contract since Easter.",
    "supp": "I'm on a support staff contract in the finance office.",
    "anon": "I'm based at the Harbour Museum.",
    "agency": "I'm an agency worker at the Harbour Museum.",
}


museum = document_memgraph("museum.md", HANDBOOK, PEOPLE)


def test_each_asker_is_quoted_their_groups_rule_only(museum: MemGraph) -> None:
    question = "How much notice do I have to give if I leave?"
    perm = museum.ask(question, user_id="perm").answer
    seas = museum.ask(question, user_id="seas").answer
    assert "one month" in perm and "two weeks" not in perm
    assert "two weeks" in seas and "one month" not in seas
    supp = museum.ask("What colour is my lanyard?", user_id="supp").answer
    assert "purple" in supp and "orange" not in supp


def test_an_asker_in_none_of_the_groups_is_asked_not_answered(museum: MemGraph) -> None:
    a = museum.ask("How much notice do I have to give if I leave?", user_id="agency")
    assert not a.found and a.gap == "unknown_context"
    assert "one month" not in a.answer and "two weeks" not in a.answer
    assert "permanent colleagues" in a.answer and "seasonal colleagues" in a.answer
    # a rule for everyone is still answered to everyone
    assert "last Friday" in museum.ask("When is payday?", user_id="anon").answer


@pytest.mark.parametrize(
    ("said", "states"),
    [
        ("I'm full-time in the café.", [MINE, OTHER]),
        ("I'm part-time in the café.", [OTHER, MINE]),
        ("I'm a casual in the café.", [OTHER, OTHER]),  # neither group's terms
        # a share of full time is part-time
        ("I work the 75% pattern in the café.", [OTHER, MINE]),
        ("I'm on 0.6 FTE in the café.", [OTHER, MINE]),
    ],
)
def test_full_time_and_part_time_are_two_groups(extractor: Extractor, said: str, states: list[str]) -> None:
    """ "full-time" and "part-time" share their stem ("time") but are two groups: each is the
    asker's when they said its terms."""
    sentence = ["Full-time staff receive 25 days' leave, and part-time staff receive leave pro rata."]
    (parts,) = addressed_parts(sentence, [said], extractor.tags)
    assert [p.state for p in parts] == states, parts


def versions_for(extractor: Extractor, sentences: list[str], said: list[str], question: str) -> list[str | None]:
    return version_texts(sentences, word_stems(said), word_stems([question]), extractor.tags)


def test_a_sentence_listing_versions_is_cut_to_the_askers(extractor: Extractor) -> None:
    toolbox = "Scaffolders have theirs on Monday, electricians on Tuesday, and roofers on Friday."
    assert versions_for(
        extractor, [toolbox], ["I'm an electrician on the Hexley Road site."], "When is our toolbox talk?"
    ) == ["electricians on Tuesday"]
    credit = "A CC1 adviser can give up to 25 GBP without asking anyone, a CC2 adviser up to 60 GBP."
    assert versions_for(extractor, [credit], ["I'm on pay band CC2."], "What is my goodwill limit?") == [
        "a CC2 adviser up to 60 GBP."
    ]
    # nobody's key among the asker's words, or a list of topics: left as it is
    assert versions_for(extractor, [toolbox], ["I'm on the Hexley Road site."], "When is our toolbox talk?") == [
        toolbox
    ]
    meals = "Lunch is served at 12:00, dinner at 18:00."
    assert versions_for(extractor, [meals], ["I work in the kitchen."], "When are meals served?") == [meals]


def test_rows_items_and_parallel_sentences_are_versions(extractor: Extractor) -> None:
    rows = [
        "Contract: Core; Holiday: 26 days a year, plus bank holidays.",
        "Contract: Season; Holiday: 2.5 days for each full month of your contract.",
    ]
    said = ["I've joined the box office for the autumn season."]
    assert versions_for(extractor, rows, said, "How many days off do I get?") == [None, rows[1]]
    items = "Core: 4 comps per production • Season: 2 comps per production • Casual: standby tickets at 5 GBP"
    assert versions_for(extractor, [items], said, "How many comps can I get?") == ["Season: 2 comps per production"]
    parallel = ["Drivers receive 28 days.", "Warehouse colleagues receive 25 days."]
    assert versions_for(
        extractor, parallel, ["I drive for the company, I'm one of the drivers"], "How much leave?"
    ) == [
        parallel[0],
        None,
    ]


@pytest.mark.parametrize(
    ("sentences", "keys"),
    [
        (["Drivers receive 28 days.", "Office staff receive 26 days."], [("Drivers", "Office staff")]),
        (["The bakery closes at 18:00.", "The café closes at 16:00."], [("bakery", "café")]),
        (
            ["Night shift workers get a 15% premium.", "Weekend workers get a 10% premium."],
            [("Night shift", "Weekend")],
        ),
        # a time word before a word for a working pattern names whom the rule is for
        (
            ["Operatives on the night shift start at 22:00.", "Operatives on the day shift start at 06:00."],
            [("night", "day")],
        ),
        # kinds of a thing, not of people; when, not who; a clause, not a name
        (["Annual leave is 25 days.", "Sick leave is 10 days."], []),
        (["On weekdays the canteen opens at 7.", "On Sundays the canteen opens at 9."], []),
        (["Submit your claim within 30 days.", "Managers approve claims within 5 days."], []),
    ],
)
def test_parallel_sentences_are_versions_keyed_by_what_differs(
    extractor: Extractor, sentences: list[str], keys: list[tuple[str, ...]]
) -> None:
    assert [v.keys for v in versions(sentences, extractor.tags)] == keys


PRACTICES = """# Office life

Each practice is one of Strategy, Data & AI or Change.

## Practice targets

- Timesheets. Data & AI bills most clients weekly, so Data & AI timesheets are due by Monday 10:00 for the week
  before. Strategy and Change submit monthly, by the second working day of the following month.
- Reviews. Ask the Change practice lead for a review slot; every practice reviews in June.
"""

PRACTITIONERS = {
    "bram": "I'm a senior consultant in Strategy.",
    "ines": "I'm in the Data & AI practice.",
    "noor": "I'm based in Lisbon.",
    "lena": "I work in the Legal department.",
}


practices = document_memgraph("office.md", PRACTICES, PRACTITIONERS)


def test_a_sentence_naming_only_another_context_is_not_quoted(practices: MemGraph) -> None:
    """ "Data & AI timesheets are due by Monday" is Data & AI's rule, not the Strategy
    consultant's, however well it matches; a group named to send one to it ("Ask the Change
    practice lead") does not make a sentence another group's."""
    bram = practices.ask("When do I have to submit my timesheets?", user_id="bram").answer
    assert "second working day" in bram and "Monday 10:00" not in bram
    ines = practices.ask("When do I have to submit my timesheets?", user_id="ines").answer
    assert "Monday 10:00" in ines and "second working day" not in ines
    review = practices.ask("When are reviews?", user_id="bram").answer
    assert "June" in review
    # in a department the rules name nowhere: no other department's rule is quoted
    lena = practices.ask("When do I have to submit my timesheets?", user_id="lena")
    assert "Monday 10:00" not in lena.answer and "second working day" not in lena.answer


GALLERY = """# Tidemark Galleries staff guide

## Sick pay
If you are unwell, call the duty officer before your shift starts. Sick pay is full pay for 8 weeks for
permanent staff, whereas casual staff receive Statutory Sick Pay where they qualify for it.

## Breaks
Anyone working more than six hours takes a paid break of 20 minutes. Night security staff take a break of
40 minutes instead, at a time the duty officer sets.

## Pay
Everyone is paid on the 28th of the month, by bank transfer.

## Shift times
**Q: What time does my shift start?**
A: Days start at 08:00 and finish at 16:30; nights start at 20:00 and finish at 04:30. If you work at Quay
Road, everything runs half an hour later: days start at 08:30 and nights at 20:30, to match the tide tours.

## Parking
Where to park depends on your site:

- Northgate: the car park behind the library.
- Riverside: the lower car park on Mill Lane; the upper one is for visitors.
- Quay Road: there is no parking on site; permits for the Dyer Street car park are available from reception.
"""

GALLERY_PEOPLE = {
    "perm": "I've had a permanent contract since 2020.",
    "casual": "I'm on a casual contract.",
    "night": "I work nights on the security staff.",
    "quay": "I work at Quay Road.",
    "anon": "I joined last month.",
    "quaynight": "I'm on nights at Quay Road.",
}


gallery = document_memgraph("gallery.md", GALLERY, GALLERY_PEOPLE)


def test_a_rule_for_a_group_at_the_end_of_a_sentence_is_the_groups(gallery: MemGraph) -> None:
    """ "... full pay for 8 weeks for permanent staff, whereas casual staff receive Statutory
    Sick Pay": each asker is quoted their group's part and not the other (end to end on both
    stores; the case of a sentence cut across chunks is tests/test_answer.py's)."""
    casual = gallery.ask("What sick pay do I get?", user_id="casual").answer
    assert "Statutory Sick Pay" in casual and "8 weeks" not in casual
    perm = gallery.ask("What sick pay do I get?", user_id="perm").answer
    assert "8 weeks" in perm and "Statutory Sick Pay" not in perm


def test_the_askers_version_of_a_rule_replaces_the_rule_for_everyone(gallery: MemGraph) -> None:
    night = gallery.ask("How long is my break?", user_id="night").answer
    assert "40 minutes" in night and "20 minutes" not in night
    # the rule for everyone, to someone in no group the document names
    assert "20 minutes" in gallery.ask("How long is my break?", user_id="anon").answer


def test_a_version_from_a_sentence_for_the_askers_site_replaces_the_rule_for_everyone(gallery: MemGraph) -> None:
    """ "nights start at 20:00" for everyone, and "If you work at Quay Road, ...: ... nights
    at 20:30": both are the night shift's versions, and the one cut from the
    sentence that names the asker's site wins."""
    answer = gallery.ask("What time does my shift start?", user_id="quaynight").answer
    assert "20:30" in answer and "20:00" not in answer, answer
    elsewhere = gallery.ask("What time does my shift start?", user_id="night").answer
    assert "20:00" in elsewhere and "20:30" not in elsewhere, elsewhere


def test_list_items_keyed_by_a_kind_apply_to_their_keys_through_their_clauses(gallery: MemGraph) -> None:
    """Items under "depends on your site:" are that site's rules, also when the document
    names the site nowhere else and the item goes on after a semicolon; a place the item
    mentions ("the Dyer Street car park") is no site of its own."""
    quay = gallery.ask("Where can I park?", user_id="quay").answer
    assert "Dyer Street" in quay and "Mill Lane" not in quay and "library" not in quay
    anon = gallery.ask("Where do staff park?", user_id="anon")
    assert anon.gap == "unknown_context" and "Quay Road" in anon.answer and "Dyer" not in anon.answer
    assert "Mill Lane" not in anon.answer


def test_a_group_excepted_with_its_own_rule_is_cut_from_the_rule_for_everyone(extractor: Extractor) -> None:
    pay = "Everyone is paid monthly on the 28th, except casual staff, who are paid weekly every Friday."
    casual = addressed_parts([pay], ["Casual contract for now."], extractor.tags)[0]
    assert [(p.text, p.state) for p in casual] == [
        ("Everyone is paid monthly on the 28th", OTHER),
        ("casual staff, who are paid weekly every Friday.", MINE),
    ]
    permanent = addressed_parts([pay], ["I'm on a permanent contract."], extractor.tags)[0]
    assert [(p.text, p.state) for p in permanent] == [
        ("Everyone is paid monthly on the 28th", GENERAL),
        ("casual staff, who are paid weekly every Friday.", OTHER),
    ]
    # excepted without a rule of its own: the sentence is not for the group
    lunch = "All staff except agency workers get a free lunch."
    assert addressed_parts([lunch], ["I'm an agency worker."], extractor.tags)[0][0].state == OTHER
    assert addressed_parts([lunch], ["I'm a nurse."], extractor.tags)[0][0].state == GENERAL


def test_of_versions_sharing_as_many_words_with_the_asker_the_one_with_fewer_others_wins(
    extractor: Extractor,
) -> None:
    """A cabin manager in the Cabin Crew shares one word with "Cabin Manager" and one with
    "Senior Cabin Crew": the version whose every word they said is theirs."""
    listed = "the Cabin Manager 9%, each Senior Cabin Crew 7% and each Cabin Crew Member 5%."
    said = ["I'm a Cabin Manager, home base is Dunmere.", "Cabin Crew"]
    assert versions_for(extractor, [listed], said, "What commission do I get?") == ["the Cabin Manager 9%"]
    # a word each and no word more: nothing to choose
    assert versions_for(extractor, ["day staff 09:00, night staff 21:00."], ["I work days and nights"], "When?") == [
        "day staff 09:00, night staff 21:00."
    ]


def test_a_place_the_question_names_chooses_its_version(extractor: Extractor) -> None:
    """Versions listed value first ("up to £125 a night in London and £90 a night elsewhere")
    are chosen by a place the question names, as by the asker's own words."""
    rule = "Hotels are booked through the travel desk: up to £125 a night in London and £90 a night elsewhere."
    asker = Asker(
        ("I do community fundraising.",), extractor.tags, "I've got a conference in London, what can I spend?"
    )
    (text,), chosen = asker.versions([rule])
    assert text is not None and "£125" in text and "£90" not in text and chosen == {0}
    # without a place named, nothing is chosen
    plain = Asker(("I do community fundraising.",), extractor.tags, "How much can a hotel cost?")
    assert plain.versions([rule]) == ([rule], set())
