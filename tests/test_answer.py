"""The answer policy without a store: compose_answer over hand-built passages and facts, with the
real embedder (relevance floor, context gaps, the asker's own statement, LLM/extractive choice)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

import pytest

from memgraph import Answer, AnswerConfig, ConfigError, ContextFact, NodeLabel, SearchResult
from memgraph.extraction.extract import Extractor, FoundEntity, entity_key
from memgraph.models import EntityType
from memgraph.recall.answer import NO_REPORTING_LINE, NOTHING_FOUND, compose_answer, extractive_answer, label_only
from memgraph.recall.mentions import context_statements, named_spans
from memgraph.recall.selection import GENERAL, MINE, OTHER, Asker
from memgraph.text.embed import Embedder
from memgraph.text.textutil import initialled

HOLIDAY = "How many days of annual leave do I have?"
LOC, ROLE = EntityType.LOCATION, EntityType.ROLE


def chunk(
    cid: str,
    text: str,
    *,
    vector: float,
    match: float,
    applies_to: list[str] | None = None,
    **signals: float,
) -> SearchResult:
    """A knowledge-base passage as retrieval returns it: score = match, cosine = vector."""
    return SearchResult(
        id=cid,
        label=NodeLabel.CHUNK,
        text=text,
        score=match,
        signals={"vector": vector, "match": match, **signals},
        document="Handbook",
        page=1,
        applies_to=applies_to or [],
    )


def memory(mid: str, text: str, *, vector: float, score: float, **signals: float) -> SearchResult:
    return SearchResult(
        id=mid, label=NodeLabel.MEMORY, text=text, score=score, signals={"vector": vector, "match": score, **signals}
    )


def works_in(dept: str, source: str | None = None) -> ContextFact:
    return ContextFact(relation="WORKS_IN", entity=dept, entity_type="Department", source_id=source)


def compose(
    embedder: Embedder,
    question: str,
    passages: Sequence[SearchResult],
    facts: Sequence[ContextFact] = (),
    **kwargs: Any,
) -> Answer:
    """compose_answer with the question embedded by the real embedder."""
    return compose_answer(question, embedder.embed_one(question), passages, facts, embedder=embedder, **kwargs)


def test_nothing_is_answered_without_a_relevant_passage(embedder: Embedder) -> None:
    weak = chunk("c1", "The canteen serves soup on Fridays from noon.", vector=0.12, match=0.03)
    answer = compose(embedder, HOLIDAY, [weak])
    assert (answer.found, answer.answer, answer.citations) == (False, NOTHING_FOUND, [])
    assert [p.id for p in answer.passages] == ["c1"]
    empty = compose(embedder, HOLIDAY, [])
    assert (empty.found, empty.answer) == (False, NOTHING_FOUND)


def test_the_relevance_floor_comes_from_the_config(embedder: Embedder) -> None:
    leave = chunk("c1", "Every employee receives 25 days of annual leave per year.", vector=0.3, match=0.03)
    assert compose(embedder, HOLIDAY, [leave]).found
    strict = compose(embedder, HOLIDAY, [leave], config=AnswerConfig(min_relevance=0.5))
    assert (strict.found, strict.answer) == (False, NOTHING_FOUND)


def test_another_departments_rule_is_not_the_answer(embedder: Embedder) -> None:
    sales = chunk(
        "sales",
        "Staff in the Sales department receive 20 days of annual leave per year.",
        vector=0.8,
        match=0.03,
        applies_to=["Department:Sales"],
        mismatch=1.0,
    )
    answer = compose(embedder, HOLIDAY, [sales], [works_in("Operations")])
    assert not answer.found and answer.gap == "other_context"
    assert "Operations" in answer.answer and "Sales" in answer.answer and "20 days" not in answer.answer
    assert answer.citations == []


def test_a_general_passage_answers_with_a_note_on_the_rules_left_out(embedder: Embedder) -> None:
    general = chunk(
        "general", "Every employee receives annual leave; the days depend on the team.", vector=0.7, match=0.03
    )
    sales = chunk(
        "sales",
        "Staff in the Sales department receive 20 days of annual leave per year.",
        vector=0.8,
        match=0.027,
        applies_to=["Department:Sales"],
        mismatch=1.0,
    )
    answer = compose(embedder, HOLIDAY, [general, sales], [works_in("Operations")])
    assert answer.found and answer.gap == "other_context"
    assert "Every employee receives annual leave" in answer.answer
    assert answer.answer.endswith("applies to Sales.)") and "(Note: " in answer.answer
    assert [c.id for c in answer.citations] == ["general"]


def test_an_unknown_context_asks_for_it(embedder: Embedder) -> None:
    berlin = chunk(
        "berlin",
        "The Berlin office opens at seven in the morning.",
        vector=0.7,
        match=0.03,
        applies_to=["Location:Berlin"],
    )
    hq = chunk(
        "hq",
        "Headquarters opens at eight in the morning.",
        vector=0.7,
        match=0.029,
        applies_to=["Location:Headquarters"],
    )
    answer = compose(embedder, "What time does the building open?", [berlin, hq])
    assert not answer.found and answer.gap == "unknown_context"
    assert "Berlin" in answer.answer and "Headquarters" in answer.answer and "location" in answer.answer


def test_a_rules_other_versions_in_its_section_make_an_unknown_context_a_gap(embedder: Embedder) -> None:
    row = chunk(
        "k1",
        "Grade: K1; Spain: 360 EUR;",
        vector=0.5,
        match=0.03,
        applies_to=["Grade:K1", "Location:Spain"],
        unknown_context=1.0,
    )
    alone = compose(embedder, "How much is my wellness allowance?", [row])
    assert alone.found and "360 EUR" in alone.answer  # one version only: nothing to choose between
    row = row.model_copy(update={"variants": ["Grade:K1", "Grade:K2", "Grade:K3"]})
    answer = compose(embedder, "How much is my wellness allowance?", [row])
    assert not answer.found and answer.gap == "unknown_context"
    assert "grade (K1, K2, K3)" in answer.answer and "360" not in answer.answer


def test_whom_the_asker_reports_to_comes_from_their_own_posts_reporting_line(embedder: Embedder) -> None:
    """ "Who is my manager?" asks for a reporting line: the asker's own post's line answers
    however weakly its passage matches the vague question; another post's line, or a sentence
    on reporting an incident, does not."""
    own = chunk(
        "mine",
        "The Build Engineer reports to the Technical Director. Purchases over 500 EUR need approval.",
        vector=0.17,
        match=0.05,
        applies_to=["Role:Build Engineer"],
        keyword=0.9,
    )
    incident = chunk("incident", "Report any accident to the safety officer the same day.", vector=0.4, match=0.3)
    role = ContextFact(relation="HAS_ROLE", entity="Build Engineer", entity_type="Role")
    for weak in (own, own.model_copy(update={"signals": {**own.signals, "keyword": 0.0, "vector": 0.08}})):
        answer = compose(embedder, "Who is my manager?", [incident, weak], [role])
        assert answer.found and answer.answer == "The Build Engineer reports to the Technical Director. [1]"
        assert [c.id for c in answer.citations] == ["mine"]
    other = own.model_copy(update={"signals": {**own.signals, "mismatch": 1.0}})
    for passages in ([incident, other], [incident]):
        answer = compose(embedder, "Who do I report to?", passages, [role])
        assert not answer.found and answer.answer == NO_REPORTING_LINE


def test_ones_own_context_unsaid_comes_from_ones_own_posts_labelled_field(embedder: Embedder) -> None:
    """ "What department am I in?" with no fact of it: the DEPARTMENT field of the asker's own
    post's passage, not a rule that names a department, and not another post's field."""
    own = chunk(
        "vps",
        "JOB TITLE: Vice President of Sales DEPARTMENT: Sales & Marketing REPORTING TO: Chief Executive Officer "
        "OVERVIEW: The Vice President of Sales drives revenue.",
        vector=0.1,
        match=0.02,
        applies_to=["Role:Vice President of Sales"],
    )
    rule = chunk("rule", "Report safety concerns to the safety department.", vector=0.4, match=0.3)
    role = ContextFact(relation="HAS_ROLE", entity="Vice President of Sales", entity_type="Role")
    answer = compose(embedder, "What department am I in?", [rule, own], [role])
    assert answer.found and answer.answer == "From the knowledge base: DEPARTMENT: Sales & Marketing. [1]"
    other = own.model_copy(update={"signals": {**own.signals, "mismatch": 1.0}})
    answer = compose(embedder, "What department am I in?", [rule, other], [role])
    assert not answer.found and answer.answer.startswith("You have not told me your department")


def test_the_askers_clause_takes_its_topic_from_its_section(embedder: Embedder) -> None:
    """A clause cut from its paragraph for one group ("support staff ring their line manager by
    07:45") shares no word with "call in sick"; the paragraph's general sentence does ("If you
    are ill ..."): in the same section, the asker's clause is on the topic, in another it is not."""
    question = "By what time should I call in sick?"
    own = _with_section(
        chunk(
            "mine",
            "support staff ring their line manager by 07:45",
            vector=0.2,
            match=0.02,
            applies_to=["Department:Support"],
        ),
        "Absence",
    )
    general = _with_section(
        chunk("gen", "Absence. If you are ill and cannot come in, phone.", vector=0.2, match=0.05, keyword=3.0),
        "Absence",
    )
    support = works_in("Support")
    answer = compose(embedder, question, [own, general], [support])
    assert answer.found and "07:45" in answer.answer, answer.answer
    elsewhere = general.model_copy(update={"section": "Holidays"})
    assert "07:45" not in compose(embedder, question, [own, elsewhere], [support]).answer


def test_the_askers_own_statement_of_a_named_role_is_not_the_answer(embedder: Embedder) -> None:
    question = "What does a Senior Manager of Operations do?"
    own = memory("m1", "I'm the Senior Manager of Operations here.", vector=0.9, score=0.05)
    duties = chunk(
        "duties",
        "The Senior Manager of Operations plans shift rotas and approves overtime for the warehouse teams.",
        vector=0.7,
        match=0.03,
        applies_to=["Role:Senior Manager of Operations"],
        named=1.0,
    )
    fact = ContextFact(relation="HAS_ROLE", entity="Senior Manager of Operations", entity_type="Role", source_id="m1")
    answer = compose(embedder, question, [own, duties], [fact])
    assert answer.found and [c.id for c in answer.citations] == ["duties"]
    assert "plans shift rotas" in answer.answer and "I'm the Senior Manager" not in answer.answer
    # Without a passage the question names, the same memory is an answer like any other.
    plain = chunk("duties", duties.text, vector=0.7, match=0.03)
    assert "m1" in [c.id for c in compose(embedder, question, [own, plain], [fact]).citations]


def test_the_askers_statement_of_their_context_is_no_answer_to_another_question(embedder: Embedder) -> None:
    """ "I work in payroll at Brickfield House." states the asker's context: it answers "Where do
    I work?", not a question about weekend pay whose "payroll" is only the department it names."""
    said = "I work in payroll at Brickfield House."
    phrases = [[("phrase", "payroll", ""), ("phrase", "Brickfield House", "")]]
    question = "If I do a Saturday to get the month-end payroll out, what do I get?"
    assert context_statements(question, [said], phrases) == {said}
    assert context_statements("Where do I work?", [said], phrases) == frozenset()
    assert context_statements("What's my role?", [said], phrases) == frozenset()
    # a statement that says more than the asker's context answers a question on that
    mixed = "I work at Acme and my favourite food is sushi."
    assert context_statements("What's my favourite food?", [mixed], [[("phrase", "Acme", "")]]) == frozenset()
    own = memory("m1", said, vector=0.6, score=0.05)
    toil = chunk(
        "toil",
        "Head office staff are not paid overtime: weekend work agreed in advance is taken back as time off in lieu.",
        vector=0.5,
        match=0.04,
    )
    asker = Asker((said,), Extractor().tags, question, statements=context_statements(question, [said], phrases))
    answer = compose(embedder, question, [own, toil], asker=asker)
    assert [c.id for c in answer.citations] == ["toil"], answer.answer
    # without the knowledge base's passage the statement is quoted as any memory is
    assert [c.id for c in compose(embedder, question, [own], asker=asker).citations] == ["m1"]


def test_the_extractive_answer_follows_the_config(embedder: Embedder) -> None:
    leave = chunk(
        "c1",
        "Every employee receives 25 days of annual leave per year. Leave requests go to the manager. "
        "Unused leave days expire in March.",
        vector=0.7,
        match=0.03,
    )
    one = compose(embedder, HOLIDAY, [leave], config=AnswerConfig(max_sentences=1))
    assert one.answer == "Every employee receives 25 days of annual leave per year. [1]"
    three = compose(embedder, HOLIDAY, [leave], config=AnswerConfig(max_sentences=3, second_sentence_share=0.0))
    assert three.answer.count("[1]") == 3 and not one.used_llm


def test_the_extractive_answer_quotes_an_overlapping_sentence_once_and_no_run_on_lead_in(
    embedder: Embedder,
) -> None:
    """Neighbouring chunks overlap: a sentence both hold is quoted once. A PDF's joined lines
    run the next list's lead-in ("Qualifications:") onto a sentence: it is left out, but not a
    lead-in's own words ("... are required for New Starters:")."""
    first = chunk(
        "c1",
        "Every employee receives 25 days of annual leave per year. Leave requests go to the line manager "
        "Qualifications:",
        vector=0.7,
        match=0.03,
    )
    second = chunk(
        "c2", "Every employee receives 25 days of annual leave per year. Unused leave expires.", vector=0.6, match=0.02
    )
    answer = compose(embedder, HOLIDAY, [first, second], config=AnswerConfig(max_sentences=3, second_sentence_share=0))
    assert answer.answer.count("25 days of annual leave") == 1, answer.answer
    assert "Qualifications" not in answer.answer and "Leave requests go to the line manager [1]" in answer.answer
    lead = chunk("c3", "These forms of leave are required for New Starters:", vector=0.7, match=0.03)
    answer = compose(embedder, HOLIDAY, [lead], config=AnswerConfig(max_sentences=1))
    assert "required for New Starters:" in answer.answer, answer.answer


def test_use_llm_without_an_llm_is_a_config_error(embedder: Embedder) -> None:
    leave = chunk("c1", "Every employee receives 25 days of annual leave per year.", vector=0.7, match=0.03)
    with pytest.raises(ConfigError, match="use_llm"):
        compose(embedder, HOLIDAY, [leave], use_llm=True)
    assert not compose(embedder, HOLIDAY, [leave], use_llm=None).used_llm


def _with_section(p: SearchResult, section: str) -> SearchResult:
    return p.model_copy(update={"section": section})


def test_a_general_passage_that_defers_to_each_context_yields_to_the_askers_rule(embedder: Embedder) -> None:
    # The general sentence reads more like the question than the asker's list item does.
    lead = chunk("lead", "The time the doors open is set by each depot.", vector=0.40, match=0.05)
    mine = chunk(
        "york",
        "At the York depot: • doors open at 06:10; • the yard closes at 21:00.",
        vector=0.22,
        match=0.047,
        applies_to=["Location:York"],
        keyword=2.0,
    )
    facts = [ContextFact(relation="LOCATED_IN", entity="York", entity_type="Location")]
    question = "When do the doors open?"
    same = compose(embedder, question, [_with_section(lead, "Depots"), _with_section(mine, "Depots")], facts)
    assert "06:10" in same.answer and "set by each depot" not in same.answer, same.answer
    # A general passage that states a value itself is no such lead: it stays in the answer.
    plain = chunk("plain", "Doors open 30 minutes before the first shift at every depot.", vector=0.40, match=0.05)
    kept = compose(embedder, question, [_with_section(plain, "Depots"), _with_section(mine, "Depots")], facts)
    assert "30 minutes" in kept.answer, kept.answer
    # unless it gives a value of the same kind as the asker's own version, which replaces it
    other_time = chunk("time", "Doors open at 06:00 at every depot.", vector=0.40, match=0.05)
    replaced = compose(embedder, question, [_with_section(other_time, "Depots"), _with_section(mine, "Depots")], facts)
    assert "06:10" in replaced.answer and "06:00" not in replaced.answer, replaced.answer


def test_a_rule_for_a_context_the_asker_has_not_given_is_never_quoted(embedder: Embedder) -> None:
    # A grade's cell that also depends on the country (unknown for this asker) ranks first by
    # the graph, but is not on the question's topic: the general answer is quoted without it.
    cell = chunk(
        "cell",
        "Grade: B2; Norway: life cover top-up of 640 EUR;",
        vector=0.45,
        match=0.07,
        applies_to=["Grade:B2", "Location:Norway"],
        unknown_context=1.0,
    )
    general = chunk("life", "Life cover is three times annual salary for every grade.", vector=0.6, match=0.05)
    facts = [ContextFact(relation="HAS_GRADE", entity="B2", entity_type="Grade")]
    answer = compose(embedder, "How much is the life cover?", [cell, general], facts)
    assert "three times annual salary" in answer.answer and "640 EUR" not in answer.answer, answer.answer


def test_the_askers_version_in_a_sibling_section_of_another_contexts_takes_precedence(embedder: Embedder) -> None:
    # "Leave > Print Shop" holds another team's version of the rule and matches well; the
    # asker's own version under "Leave > Logistics" reads less like the question than the
    # general text does, and is still the answer.
    general = chunk(
        "gen", "The leave year runs from May to April and leave is counted in days.", vector=0.5, match=0.05
    )
    other = chunk(
        "print",
        "Print Shop staff receive 31 days of annual leave.",
        vector=0.42,
        match=0.05,
        applies_to=["Department:Print Shop"],
        mismatch=1.0,
    )
    own_rule = chunk(
        "logi",
        "Logistics staff receive 23 days of annual leave, and the depot closes at Easter.",
        vector=0.27,
        match=0.046,
        applies_to=["Department:Logistics"],
        keyword=3.0,
    )
    passages = [
        _with_section(general, "Leave"),
        _with_section(other, "Leave > Print Shop"),
        _with_section(own_rule, "Leave > Logistics"),
    ]
    answer = compose(embedder, HOLIDAY, passages, [works_in("Logistics")])
    assert "23 days" in answer.answer and "31 days" not in answer.answer and "May to April" not in answer.answer, (
        answer.answer
    )


def test_a_rule_for_the_askers_department_and_another_role_does_not_say_the_department_has_none(
    embedder: Embedder,
) -> None:
    """A passage for Sales managers, left out for a Sales engineer, is another role's rule: the
    answer names the role, never "no passage for your department (Sales); ... applies to Sales"."""
    managers = chunk(
        "mgr",
        "Sales managers receive 28 days of annual leave per year.",
        vector=0.6,
        match=0.05,
        applies_to=["Department:Sales", "Role:Sales Manager"],
        mismatch=1.0,
    )
    facts = [works_in("Sales"), ContextFact(relation="HAS_ROLE", entity="Sales Engineer", entity_type="Role")]
    answer = compose(embedder, HOLIDAY, [managers], facts)
    assert not answer.found and answer.gap == "other_context", answer.answer
    assert "your department" not in answer.answer, answer.answer
    assert "your role (Sales Engineer)" in answer.answer and "Sales Manager" in answer.answer, answer.answer


def test_cells_of_one_table_row_are_quoted_under_its_key_once(embedder: Embedder) -> None:
    """Several cells of one row in an answer read as one row, not as the key repeated per cell."""
    row = chunk(
        "row",
        "Ward: Kestrel; Visiting hours: 14:00 to 19:30; Ward: Kestrel; Visiting on weekends: 10:00 to 20:00; "
        "Ward: Kestrel; Ward sister: Ann Lowe.",
        vector=0.7,
        match=0.05,
    )
    answer = compose(embedder, "What are the visiting hours on Kestrel ward, and at weekends?", [row])
    assert answer.found, answer.answer
    assert answer.answer.count("Ward: Kestrel") == 1, answer.answer
    assert "Visiting hours: 14:00 to 19:30; Visiting on weekends: 10:00 to 20:00" in answer.answer, answer.answer


def test_an_unknown_table_key_is_asked_for_in_the_tables_own_word(embedder: Embedder) -> None:
    """Rows keyed by a column that sorts people ("Contract type") ask for a contract type, not for a
    "category"."""
    rows = [
        chunk(
            f"r{i}",
            f"Contract type: {kind}; Sick pay: {pay}.",
            vector=0.6,
            match=0.05,
            applies_to=[f"Category:{kind}"],
            unknown_context=1.0,
        )
        for i, (kind, pay) in enumerate([("Permanent", "full pay for 12 weeks"), ("Casual", "statutory sick pay")])
    ]
    answer = compose(embedder, "What sick pay do I get?", rows)
    assert not answer.found and answer.gap == "unknown_context", answer.answer
    assert "your contract type (Casual, Permanent)" in answer.answer, answer.answer
    assert "Tell me your contract type" in answer.answer and "category" not in answer.answer, answer.answer
    # a column that says whom each row is for is no word for a kind ("your applies to")
    boxes = [
        chunk(
            f"b{i}",
            f"Applies to: {kind}; Uniform: {colour}.",
            vector=0.6,
            match=0.05,
            applies_to=[f"Category:{kind}"],
            unknown_context=1.0,
        )
        for i, (kind, colour) in enumerate([("care staff", "a lilac tunic"), ("kitchen staff", "a green polo")])
    ]
    answer = compose(embedder, "What uniform do I wear?", boxes)
    assert "applies to (" not in answer.answer and "which of these applies to you (" in answer.answer, answer.answer
    assert "category" not in answer.answer, answer.answer


def site_asker(sites: list[str], said: str, own: str | None = None) -> Asker:
    """An asker who said ``said``, whose site is ``own`` (None: unknown), with a fresh
    extractor that knows ``sites`` (the session's would keep them for later tests)."""
    extractor = Extractor()
    extractor.add_known([FoundEntity(site, LOC) for site in sites])
    return Asker(
        (said,),
        extractor.tags,
        context={LOC: frozenset({entity_key(own)})} if own else {},
        named=partial(named_spans, extractor=extractor, types=[LOC], leading=True),
    )


def test_a_column_for_a_group_and_its_titles_is_its_members(embedder: Embedder) -> None:
    """A column labelled by a group with its members' abbreviations in brackets ("Flight crew
    (CPT, FO)") is the column of each title in it: a First Officer is quoted that column only,
    though the document's abbreviation was declared before anyone held the title."""
    extractor = Extractor()
    extractor.set_aliases(
        {"CPT": "Captain", "FO": "First Officer", "SCCM": "Senior Cabin Crew Member", "CC": "Cabin Crew"}
    )
    titles = ("Captain", "First Officer", "Senior Cabin Crew Member", "Cabin Crew")
    extractor.add_known([FoundEntity(n, ROLE) for n in titles])
    extractor.add_known([FoundEntity(n, EntityType.CATEGORY) for n in ("Flight crew", "Cabin crew")])
    asker = Asker(
        ("I'm a First Officer based at Exeter.",),
        extractor.tags,
        context={ROLE: frozenset({"first officer"})},
        named=partial(named_spans, extractor=extractor, types=[ROLE, EntityType.CATEGORY], leading=True),
    )
    row = "Country of night stop: Spain; Flight crew (CPT, FO): EUR 59.00; Cabin crew (SCCM, CC): EUR 51.00."
    assert asker.own_columns(row) == "Country of night stop: Spain; Flight crew (CPT, FO): EUR 59.00"
    # the row cut into one unit per column: the Cabin crew cell is another context's
    assert asker.other_columns("Country of night stop: Spain; Cabin crew (SCCM, CC): EUR 51.00.") == ("Cabin Crew",)
    assert asker.other_columns("Country of night stop: Spain; Flight crew (CPT, FO): EUR 59.00.") == ()
    # brackets that name no one known: the group's column, of no type the asker has given
    assert asker.own_columns("Country: Spain; Flight crew (see 2.1): EUR 59.00; Cabin crew: EUR 51.00.") is None


def test_a_rule_naming_only_other_known_contexts_is_no_answer(embedder: Embedder) -> None:
    """Sentences that name only other sites than the asker's known one are those sites' rules:
    the asker is told nothing was found for them (``other_context``), not asked which is theirs;
    a sentence naming their own site answers."""
    asker = site_asker(["Varnholm", "Kilmarden", "Port Essery"], "I'm based at Port Essery.", "Port Essery")
    others = [
        chunk(
            "c1",
            "The Varnholm uniform store is open Tuesdays and Thursdays, from 09:00 to 16:00.",
            vector=0.7,
            match=0.05,
        ),
        chunk("c2", "At Kilmarden, uniform is ordered online and posted to your base.", vector=0.6, match=0.04),
    ]
    a = compose(embedder, "When is the uniform store open?", others, asker=asker, use_llm=False)
    assert not a.found and a.gap == "other_context"
    assert "Varnholm" in a.answer and "Tuesdays" not in a.answer and "online" not in a.answer
    own = chunk("c3", "The Port Essery uniform store opens on the first Monday of each month.", vector=0.5, match=0.03)
    a = compose(embedder, "When is the uniform store open?", [*others, own], asker=asker, use_llm=False)
    assert a.found and "first Monday" in a.answer and "Tuesdays" not in a.answer and "online" not in a.answer


def test_a_list_of_versions_by_site_is_cut_to_the_askers() -> None:
    """A sentence listing a time per site ("Handover starts at 07:40 at Ashby Court, at 07:25 at The
    Larches and at 07:55 at Harbour View"): each part holds a time and a site, so the asker's part is
    quoted alone."""
    sites = ["Ashby Court", "The Larches", "Harbour View"]
    said = "Handover starts at 07:40 at Ashby Court, at 07:25 at The Larches and at 07:55 at Harbour View."
    assert site_asker(sites, "I'm at Ashby Court.", "Ashby Court").own_clauses(said) == (
        "Handover starts at 07:40 at Ashby Court"
    )
    assert site_asker(sites, "I'm at The Larches.", "The Larches").own_clauses(said) == "at 07:25 at The Larches"
    # a list whose parts do not each give a site is no list of versions
    plain = "Handover starts at 07:40, lasts 20 minutes and is paid at Ashby Court."
    assert site_asker(sites, "I'm at Ashby Court.", "Ashby Court").own_clauses(plain) is None
    # two sites joined before one rule (a clause number is no value of its own), and a list
    # inside brackets, are one rule
    joined = "6.2 Staff at Ashby Court and at The Larches receive 27 days of annual leave."
    assert site_asker(sites, "I'm at Ashby Court.", "Ashby Court").own_clauses(joined) is None
    glossed = "Staff (at Ashby Court and at The Larches) are paid on the 28th, or the day before at Harbour View."
    assert site_asker(sites, "I'm at Ashby Court.", "Ashby Court").own_clauses(glossed) is None


def test_a_one_word_site_labels_a_column_and_the_rows_key_is_quoted_once() -> None:
    """A column labelled by a site of one word ("Bindaree") is that site's, as one of two words
    is; the loader's repeat of the row's key before each cell is quoted once."""
    asker = site_asker(
        ["Mount Carrow", "Bindaree", "Port Tallis"], "I drive a haul truck at Mount Carrow.", "Mount Carrow"
    )
    row = (
        "Classification: Levels 1 to 3; Mount Carrow: $58.40 per shift; Classification: Levels 1 to 3; "
        "Bindaree: $41.20 per shift; Classification: Levels 1 to 3; Port Tallis: $17.90 per shift."
    )
    assert asker.own_columns(row) == "Classification: Levels 1 to 3; Mount Carrow: $58.40 per shift"
    assert asker.other_columns("Classification: Levels 1 to 3; Bindaree: $41.20 per shift.") == ("Bindaree",)


def test_a_range_of_grades_holding_the_askers_is_theirs() -> None:
    """ "people managers (M1 to M3)" is for someone on M2, as "Grades 1 to 6" is for someone on
    Grade 4; a range that does not hold theirs, or one a sentence runs from, says nothing."""
    extractor = Extractor()
    grades = [f"M{n}" for n in (1, 2, 3)] + [f"Grade {n}" for n in range(1, 11)]
    extractor.add_known([FoundEntity(g, EntityType.GRADE) for g in grades])
    spans = partial(named_spans, extractor=extractor, types=[EntityType.GRADE], leading=True)

    def on(grade: str) -> Asker:
        return Asker((grade,), extractor.tags, context={EntityType.GRADE: frozenset({entity_key(grade)})}, named=spans)

    managers = "10.2 We ask people managers (M1 to M3) for four weeks' notice."
    assert on("M2").named_state(managers)[0] == MINE
    assert on("Grade 4").named_state("Staff on Grades 1 to 6 are paid overtime at time and a half.")[0] == MINE
    assert on("Grade 8").named_state("Staff on Grades 1 to 6 are paid overtime at time and a half.")[0] == GENERAL
    assert on("Grade 4").named_state("The pay spine runs from Grade 1 to Grade 9.")[0] == GENERAL


def test_the_askers_version_of_a_value_replaces_the_general_one_on_the_same_thing(embedder: Embedder) -> None:
    """ "four weeks' notice" for people managers replaces everyone's "two weeks' notice of
    resignation" for a manager on M2, though it holds fewer of the question's words."""
    extractor = Extractor()
    extractor.add_known([FoundEntity(f"M{n}", EntityType.GRADE) for n in (1, 2, 3)])
    asker = Asker(
        ("I'm an engineering manager, M2.",),
        extractor.tags,
        context={EntityType.GRADE: frozenset({"m2"})},
        named=partial(named_spans, extractor=extractor, types=[EntityType.GRADE], leading=True),
    )
    notice = chunk(
        "n",
        "10.1 Although employment is at will, we ask employees to give at least two weeks' notice of "
        "resignation. 10.2 We ask people managers (M1 to M3) for four weeks' notice, so that their team "
        "can be handed over.",
        vector=0.5,
        match=0.05,
    )
    answer = compose(embedder, "How much notice should I give if I resign?", [notice], asker=asker).answer
    assert "four weeks" in answer and "two weeks" not in answer, answer


def test_a_quoted_lead_in_brings_the_askers_item_of_its_list(embedder: Embedder) -> None:
    """ "... is paid in the April payroll:" says no amount: the asker's item of its list comes
    with it, however many sentences are quoted already, and no other group's item does."""
    extractor = Extractor()
    dept = EntityType.DEPARTMENT
    extractor.add_known([FoundEntity(n, dept) for n in ("Flight Deck", "Cabin Crew", "Ground Handling")])
    asker = Asker(
        ("I'm a ramp agent in Ground Handling.",),
        extractor.tags,
        context={dept: frozenset({"ground handling"})},
        named=partial(named_spans, extractor=extractor, types=[dept], leading=True),
    )
    uniform = chunk(
        "u",
        "Uniform items are issued free of charge and replaced on a fair wear and tear basis. In addition, an "
        "annual uniform maintenance allowance is paid in the April payroll:\n• Flight Deck: £220 a year.\n"
        "• Cabin Crew: £260 a year.\n• Ground Handling: £140 a year, plus safety footwear as issued PPE.",
        vector=0.5,
        match=0.05,
    )
    # (and a sentence of the asker's in the same section, quoted as theirs, on another thing)
    parking = chunk(
        "p",
        "Ground Handling staff use the Northside staff car park.",
        vector=0.2,
        match=0.02,
        applies_to=["Department:Ground Handling"],
    )
    section = {"section": "Manual > 4 ALLOWANCES"}
    passages = [uniform.model_copy(update=section), parking.model_copy(update=section)]
    answer = compose(embedder, "Do I get money towards my uniform?", passages, asker=asker).answer
    assert "£140" in answer and "£220" not in answer and "£260" not in answer, answer


def test_a_version_opening_with_the_askers_own_word_counts_that_kind() -> None:
    """ "everything runs a quarter of an hour earlier: days start at 05:45", cut from "If you work
    at Warrington, ...", is for days at Warrington (two kinds, the day shift in lower case), so
    it beats the plain "Days start at 06:00" (one) for someone on days there."""
    extractor = Extractor()
    extractor.add_known([FoundEntity("Warrington", LOC), FoundEntity("Days", EntityType.SCHEDULE)])
    asker = Asker(
        ("Based out of Warrington.", "I'm on the day shift in returns."),
        extractor.tags,
        context={LOC: frozenset({"warrington"}), EntityType.SCHEDULE: frozenset({"days"})},
        named=partial(named_spans, extractor=extractor, types=[LOC, EntityType.SCHEDULE], leading=True),
    )
    whole = "If you work at Warrington, everything runs a quarter of an hour earlier: days start at 05:45."
    assert asker.own_kinds("everything runs a quarter of an hour earlier: days start at 05:45", whole) == 2
    assert asker.own_kinds("Days start at 06:00", "Days start at 06:00 and finish at 14:30;") == 1
    assert asker.own_kinds("Nights start at 22:00") == 0


def test_a_footnote_taking_a_group_out_of_a_rule_gives_that_groups_own_version() -> None:
    """ "(c) Not applicable to care staff at Harbour View, who receive £1.60 ..." is the rule for
    Harbour View, another home's rule elsewhere; a name after "except" with no version of its
    own still only leaves the group out."""
    extractor = Extractor()
    extractor.add_known([FoundEntity(n, LOC) for n in ("Harbour View", "The Larches")])

    def at(home: str) -> Asker:
        return Asker(
            (f"I'm a care assistant at {home}.",),
            extractor.tags,
            context={LOC: frozenset({entity_key(home)})},
            named=partial(named_spans, extractor=extractor, types=[LOC], leading=True),
        )

    footnote = "(c) Not applicable to care staff at Harbour View, who receive £1.60 per hour on Sundays."
    assert at("Harbour View").named_state(footnote)[0] == MINE
    assert at("The Larches").named_state(footnote)[0] == OTHER
    excepted = "Sundays are paid at £1.10 an hour, except at Harbour View."
    assert at("The Larches").named_state(excepted)[0] == GENERAL


def test_contexts_of_different_kinds_in_one_sentence_hold_together() -> None:
    """A sentence that names the asker's grade and another site is that site's rule for the
    grade, not the asker's; the asker's own site and grade make it theirs, and two sites of
    one kind stay a list of alternatives."""
    extractor = Extractor()
    grades = [f"Grade {n}" for n in range(1, 10)]
    sites = ["Priory Campus", "Saltings Campus", "Kenmore Campus"]
    extractor.add_known([FoundEntity(g, EntityType.GRADE) for g in grades] + [FoundEntity(s, LOC) for s in sites])
    spans = partial(named_spans, extractor=extractor, types=[EntityType.GRADE, LOC], leading=True)

    def at(site: str, grade: str) -> Asker:
        context = {EntityType.GRADE: frozenset({entity_key(grade)}), LOC: frozenset({entity_key(site)})}
        return Asker((f"{grade} at {site}.",), extractor.tags, context=context, named=spans)

    priced = "Priory Campus permits are priced by grade: Grades 1 to 5 pay £96 a year."
    assert at("Saltings Campus", "Grade 3").named_state(priced) == (OTHER, ("Priory Campus",))
    assert at("Priory Campus", "Grade 3").named_state(priced)[0] == MINE
    assert at("Priory Campus", "Grade 7").named_state(priced)[0] == MINE  # the site's rule; the grades are cut later
    shared = "Staff at Priory Campus and Saltings Campus park free."
    assert at("Saltings Campus", "Grade 3").named_state(shared)[0] == MINE


def test_a_possessive_name_opening_a_sentence_is_named() -> None:
    """ "Austin's anchor days are ..." is Austin's rule: to someone in Denver, another site's."""
    asker = site_asker(["Austin", "Denver"], "Based at the Denver hub.", "Denver")
    assert asker.named_state("Austin's anchor days are Tuesday and Wednesday.") == (OTHER, ("Austin",))
    assert asker.named_state("In Denver, teams come in on Wednesday and Thursday.")[0] == MINE


def test_a_condition_names_a_working_pattern_in_lower_case() -> None:
    """ "If you're on days or nights, ..." is the day and night shifts' rule, though one lower-case
    word elsewhere ("30 days") names no working pattern."""
    extractor = Extractor()
    extractor.add_known([FoundEntity(n, EntityType.SCHEDULE) for n in ("Days", "Nights", "Weekend")])
    spans = partial(named_spans, extractor=extractor, types=[EntityType.SCHEDULE], leading=True)
    asker = Asker(
        ("I do the weekend shift.",), extractor.tags, context={EntityType.SCHEDULE: frozenset({"weekend"})}, named=spans
    )
    assert asker.named_state("If you're on days or nights, overtime is paid at time and a half.") == (
        OTHER,
        ("Days", "Nights"),
    )
    assert asker.named_state("If you work the weekend shift, overtime is your rate plus £2.")[0] == MINE
    assert spans("Holiday is 30 days a year.") == []


def test_a_row_with_a_column_per_context_is_cut_to_the_askers_column(embedder: Embedder) -> None:
    """A sentence that labels a rule per site ("Ashby Road: ...; Kelder Street: ...") is quoted
    with the asker's own part and the parts no context labels, never another site's."""
    asker = site_asker(["Ashby Road", "Kelder Street"], "I'm one of the vets at Ashby Road.", "Ashby Road")
    assert asker.own_columns("Topic: Staff parking; Ashby Road: Ferrier Street; Kelder Street: Cole Row") == (
        "Topic: Staff parking; Ashby Road: Ferrier Street"
    )
    assert asker.own_columns("Ashby Road: Ferrier Street") is None  # one labelled part: nothing to choose
    # a row cut into one cell per context: a cell labelled by another site (or a country the
    # graph does not know by name) is that site's, whatever the row's key
    assert asker.other_columns("Topic: Staff parking; Kelder Street: Cole Row.") == ("Kelder Street",)
    assert asker.other_columns("Grade: Vets; Netherlands: 11%.") == ("Netherlands",)
    assert asker.other_columns("Topic: Staff parking; Ashby Road: Ferrier Street.") == ()
    assert asker.other_columns("Grade: Vets; Pension: 11%.") == ()  # a topic's column
    row = chunk(
        "c1",
        "Topic: Staff parking; Ashby Road: Ferrier Street multi-storey, refunded through payroll; "
        "Kelder Street: pay-and-display on Cole Row.",
        vector=0.7,
        match=0.05,
    )
    a = compose(embedder, "Where can staff park?", [row], asker=asker, use_llm=False)
    assert "Ferrier Street" in a.answer and "Cole Row" not in a.answer


def test_a_sentence_giving_each_sites_rule_in_turn_is_cut_to_the_askers_clause(embedder: Embedder) -> None:
    """A sentence that gives one site's rule per clause is quoted with its lead-in and the
    asker's clause only: a later clause that names another site, or names none but gives a
    value ("at the mill ... 09:50", a site the graph knows by another name), goes."""
    asker = site_asker(["Harbour Museum", "Gullet Point"], "My home site is the Harbour Museum.", "Harbour Museum")
    text = (
        "Arrival times differ by site: staff at the Harbour Museum should be in by 09:20; at the mill the day "
        "begins at 09:50; and if your home site is Gullet Point, you sign in by 10:25."
    )
    assert asker.own_clauses(text) == (
        "Arrival times differ by site: staff at the Harbour Museum should be in by 09:20"
    )
    # nothing after the asker's clause reads as another version: left whole
    assert asker.own_clauses("Staff at the Harbour Museum sign in at the staff door; bring your pass.") is None
    assert asker.own_clauses("Staff at Gullet Point should be in by 10:25; the rest by 09:20.") is None
    # clauses that go on from the asker's own are theirs too
    listed = "Colleagues at the Harbour Museum: start at 09:20; submit timesheets on Thursdays; use the north door."
    assert asker.own_clauses(listed) is None
    assert asker.own_clauses(f"{listed[:-1]}; at Gullet Point start at 10:25.") == listed[:-1]
    a = compose(
        embedder,
        "What time do I need to be in?",
        [chunk("c1", text, vector=0.7, match=0.05)],
        asker=asker,
        use_llm=False,
    )
    assert "09:20" in a.answer and "09:50" not in a.answer and "10:25" not in a.answer


def test_a_general_passage_naming_the_askers_site_answers_beside_another_sites_rule(embedder: Embedder) -> None:
    """The best-matching passage is another site's rule, and the passage beside it has no
    scope but names the asker's own site in its sentence: it applies to the asker, so it
    answers, rather than "nothing for your location"."""
    asker = site_asker(["Ardlow House", "Saltings Hotel"], "I live in at Ardlow House.", "Ardlow House")
    located = ContextFact(relation="LOCATED_IN", entity="Ardlow House", entity_type="Location")
    passages = [
        chunk(
            "c1",
            "and at the Saltings Hotel 70 GBP a week, both including heating and wifi.",
            vector=0.38,
            match=0.051,
            applies_to=["Location:Saltings Hotel"],
            mismatch=1.0,
        ),
        chunk(
            "c2",
            "If you do, the rent comes straight out of your pay: at Ardlow House it is 85 GBP a week,",
            vector=0.42,
            match=0.050,
        ),
    ]
    question = "How much rent do I pay for my staff room?"
    blocked = compose(embedder, question, passages, [located], use_llm=False)
    assert not blocked.found and blocked.gap == "other_context"
    a = compose(embedder, question, passages, [located], asker=asker, use_llm=False)
    assert a.found and "85 GBP" in a.answer and "70 GBP" not in a.answer


def test_sentences_naming_several_contexts_of_a_kind_the_asker_has_not_given_ask_for_it(
    embedder: Embedder,
) -> None:
    """Two or more sites named among the sentences, and the asker's site unknown: the rule
    differs by site, so the asker is asked, not told one site's rule; a sentence that names one
    site alone (nothing to choose between) is still quoted."""
    asker = site_asker(["Harbour Museum", "Brinehouse Mill"], "Been on a seasonal contract since Easter.")
    passages = [
        chunk(
            "c1",
            "There is no staff parking at the Harbour Museum; use the Quayside long-stay car park.",
            vector=0.7,
            match=0.05,
        ),
        chunk(
            "c2",
            "Colleagues at Brinehouse Mill may leave their cars in the field behind the granary.",
            vector=0.6,
            match=0.04,
        ),
    ]
    a = compose(embedder, "Where do staff park?", passages, asker=asker, use_llm=False)
    assert not a.found and a.gap == "unknown_context"
    assert "Harbour Museum" in a.answer and "Brinehouse Mill" in a.answer and "Quayside" not in a.answer
    a = compose(embedder, "Where do staff park?", passages[:1], asker=asker, use_llm=False)
    assert a.found and "Quayside" in a.answer


def test_a_sentence_naming_one_version_of_a_rule_the_note_asks_about_is_not_quoted(embedder: Embedder) -> None:
    """When the answer's note says the rule differs by site and the asker's is unknown, a
    sentence that names one site (in a passage no ``APPLIES_TO`` scopes) is that site's version,
    though it is the only one the sentences name: left out, the general sentence answers."""
    asker = site_asker(["Harbour Museum", "Lighthouse", "Brinehouse Mill"], "Been on a seasonal contract since Easter.")
    general = chunk(
        "general", "Parking is the question everyone asks, so here is the whole answer.", vector=0.7, match=0.05
    )
    museum = chunk(
        "museum",
        "There is no staff parking at the Harbour Museum; use the Quayside long-stay car park.",
        vector=0.69,
        match=0.049,
    )
    lighthouse = chunk(
        "lighthouse",
        "Staff park in the lane by the keeper's cottage.",
        vector=0.6,
        match=0.045,
        applies_to=["Location:Lighthouse"],
        unknown_context=1.0,
    )
    mill = chunk(
        "mill",
        "Staff park in the field behind the granary.",
        vector=0.6,
        match=0.045,
        applies_to=["Location:Brinehouse Mill"],
        unknown_context=1.0,
    )
    a = compose(embedder, "Where can I park?", [general, museum, lighthouse, mill], asker=asker, use_llm=False)
    assert a.gap == "unknown_context" and "do not know yours" in a.answer, a.answer
    assert "Quayside" not in a.answer and "granary" not in a.answer and "keeper" not in a.answer, a.answer
    without_asker = compose(embedder, "Where can I park?", [general, museum, lighthouse, mill], use_llm=False)
    assert "Quayside" in without_asker.answer  # nothing to judge the sentence by without the asker's names


GOLDEN_RULES = (
    "1. Sign in at the gatehouse every day and sign out when you leave. No signing in for anyone else. 2. Wear a "
    "hard hat, safety boots, a hi-vis vest, gloves and eye protection at all times outside the welfare areas. "
    "3. Never remove or alter a guard rail, scaffold board, barrier or sign. If it is in your way, ask. 4. Keep "
    "to the marked pedestrian routes. The speed limit for every vehicle on site is 5 mph. 5. No alcohol or drugs. "
    "We carry out random testing, and a refusal counts as a positive result. 6. Smoking and vaping are allowed "
    "only in the marked smoking shelter, never inside a building under construction. 7. Report every accident, "
    "injury or near miss to the site manager before you leave site that day."
)


def test_a_rule_inside_a_long_list_is_relevant_by_its_own_sentence(embedder: Embedder) -> None:
    """A list's chunk as a whole is far from the question (its one embedding averages seven rules),
    but the sentence that answers it is near: answered from that sentence. Without the question's
    keywords in the passage, or for a question it does not answer, nothing is."""
    question = "What's the speed limit on site?"
    whole = 0.22  # the stored chunk's cosine, as bench/handbooks.py measured it in such a handbook
    rules = chunk("rules", GOLDEN_RULES, vector=whole, match=0.05, keyword=4.8)
    a = compose(embedder, question, [rules], use_llm=False)
    assert a.found and "5 mph" in a.answer and a.passages[0].signals["sentence"] > 0.45, a.answer
    unkeyed = chunk("rules", GOLDEN_RULES, vector=whole, match=0.05)
    assert not compose(embedder, question, [unkeyed], use_llm=False).found
    off = "How do I descale the coffee machine?"
    off_vector = float(embedder.embed_one(GOLDEN_RULES) @ embedder.embed_one(off))
    a = compose(embedder, off, [chunk("rules", GOLDEN_RULES, vector=off_vector, match=0.05, keyword=1.0)])
    assert not a.found and a.answer == NOTHING_FOUND


def test_the_askers_version_run_together_with_others_is_not_quoted(embedder: Embedder) -> None:
    """A table read without its ruling runs each site's cells together: the asker's site's
    version stands beside the others' with no cut between them, so the text is not quoted (it
    would give another site's rule); one rule for a list of sites is."""
    asker = site_asker(["Tanners Yard", "Millbrook", "Crown Street"], "I work at Tanners Yard.", "Tanners Yard")
    flat = (
        "Site Staff parking Tanners Yard Rear yard behind the malt store (permit required) Millbrook Bays 20 to 45 "
        "on the trading estate Crown Street No staff parking; use the station car park"
    )
    assert asker.mixed_versions(flat)
    assert not asker.mixed_versions("Staff at Tanners Yard and Millbrook park in the rear yard.")
    assert not asker.mixed_versions("Staff at Tanners Yard park in the rear yard.")
    # a country's column with its towns in brackets is one context's
    annecy = site_asker(["France", "Lyon", "Annecy", "Geneva"], "Chef de partie in Annecy.", "Annecy")
    assert not annecy.mixed_versions("Meal allowance (A5); France (Lyon, Annecy): EUR 4.25 per meal;")
    # a name found in another form ("Millbrooks") ends where its word does; a name after "by" is
    # whom to ask, no version
    assert not asker.mixed_versions("Tanners Yard and Millbrooks staff have passes signed by Crown Street.")
    a = compose(embedder, "Where can I park?", [chunk("c1", flat, vector=0.5, match=0.05)], asker=asker, use_llm=False)
    assert "Bays 20" not in a.answer and "station car park" not in a.answer and not a.found, a.answer
    joint = "Staff at Tanners Yard and Millbrook park in the rear yard behind the malt store."
    a = compose(embedder, "Where can I park?", [chunk("c1", joint, vector=0.6, match=0.05)], asker=asker, use_llm=False)
    assert "rear yard" in a.answer


def test_the_askers_part_of_a_passage_left_out_for_another_group_is_quoted(embedder: Embedder) -> None:
    """A sentence giving two groups' versions was cut across chunks: the second chunk is scoped
    to a department the asker has not given (left out), and holds the asker's part; the first
    ends with another group's rule ("... for permanent staff")."""
    first = chunk(
        "perm",
        "If you are ill, call the duty officer. Sick pay is full pay for 8 weeks for permanent staff",
        vector=0.5,
        match=0.05,
    )
    second = chunk(
        "rest",
        "whereas seasonal staff receive full pay for up to 2 weeks, and bank colleagues receive Statutory Sick Pay.",
        vector=0.45,
        match=0.048,
        applies_to=["Department:Bank"],
        unknown_context=1.0,
    )
    extractor = Extractor()
    passages = [_with_section(first, "Sick pay"), _with_section(second, "Sick pay")]
    question = "How long do I get full pay when I'm off sick?"
    seasonal = compose(
        embedder, question, passages, asker=Asker(("Been on a seasonal contract since Easter.",), extractor.tags)
    )
    assert "2 weeks" in seasonal.answer and "8 weeks" not in seasonal.answer, seasonal.answer
    assert "Statutory" not in seasonal.answer, seasonal.answer
    # someone in neither group is told the groups, not quoted either rule
    other = compose(embedder, question, passages, asker=Asker(("I joined last month.",), extractor.tags))
    assert "8 weeks" not in other.answer and "2 weeks" not in other.answer, other.answer


def test_of_two_own_versions_the_one_for_more_of_the_askers_contexts_wins(embedder: Embedder) -> None:
    """A grade band's notice beside a later clause for one staff group in that band: an
    academic on grade 9 is quoted the clause, someone else on grade 9 the band's row."""
    row = chunk(
        "band",
        "Grade band: Grades 9 and 10; Notice period: 3 months.",
        vector=0.5,
        match=0.05,
        applies_to=["Grade:Grade 9"],
    )
    clause = chunk(
        "academic",
        "Academic staff in Grades 9 and 10 shall give not less than four months' notice.",
        vector=0.48,
        match=0.049,
        applies_to=["Department:Academic", "Grade:Grade 9"],
    )
    extractor = Extractor()

    def named(text: str) -> list[tuple[EntityType, str, int]]:
        return [(EntityType.DEPARTMENT, "Academic", text.index("Academic"))] if "Academic" in text else []

    question = "How much notice do I have to give?"
    academic = Asker(
        ("I'm a Reader on grade 9.",),
        extractor.tags,
        question,
        context={EntityType.DEPARTMENT: frozenset({"academic"}), EntityType.GRADE: frozenset({"grade 9"})},
        named=named,
    )
    answer = compose(embedder, question, [row, clause], asker=academic)
    assert "four months" in answer.answer and "3 months" not in answer.answer, answer.answer


def test_a_rule_of_the_askers_site_for_another_job_is_not_theirs() -> None:
    """A sentence that names the asker's site but whose clause is about the people of another
    job ("engineers work ...") is that job's rule at the site; one about the asker's own job, a
    managing job or no job is theirs, and nothing is judged when the asker's job is unknown."""
    said = "I'm a ramp agent at Halsey Bridge."
    asker = site_asker(["Halsey Bridge", "Carrowford"], said, "Halsey Bridge")
    rule = "At the line stations (Halsey Bridge and Carrowford), engineers work shifts of 8.5 hours."
    assert asker.named_state(rule) == (OTHER, ("engineers",))
    assert asker.named_state(rule.replace("engineers", "agents"))[0] == MINE
    assert asker.named_state(rule.replace("engineers", "managers"))[0] == MINE
    assert asker.named_state("At Halsey Bridge, shifts are 10 hours.")[0] == MINE
    unknown_job = site_asker(["Halsey Bridge", "Carrowford"], "I work at Halsey Bridge.", "Halsey Bridge")
    assert unknown_job.named_state(rule)[0] == MINE


def test_an_ask_back_lists_a_site_once_under_its_fuller_name() -> None:
    """A site a person named before the handbook did ("Harwick") and the handbook's own name for
    it ("Harwick Depot") are one choice in an ask-back, under the fuller name."""
    from memgraph.recall.answer import _distinct_names

    assert _distinct_names(["Harwick", "Harwick Depot", "Millgate Office"]) == ["Harwick Depot", "Millgate Office"]
    assert _distinct_names(["Band 1", "Band 2"]) == ["Band 1", "Band 2"]
    # one role under its initials and in full is one choice, so no choice at all
    assert _distinct_names(["VP of Operations", "Vice President of Operations"]) == ["Vice President of Operations"]


@pytest.mark.parametrize(
    ("short", "long", "same"),
    [
        ("VP of Operations", "Vice President of Operations", True),
        ("HR Manager", "Human Resources Manager", True),
        ("CEO", "Chief Executive Officer", True),
        ("VP of Sales", "Vice President of Operations", False),
        ("Vice President of Operations", "Vice President of Operations", False),
        ("VP", "Vice Principal Office", False),
    ],
)
def test_a_name_with_words_as_initials_is_the_same_name(short: str, long: str, same: bool) -> None:
    assert initialled(short, long) == same


def test_a_money_question_is_answered_by_the_askers_sentence_that_gives_money(embedder: Embedder) -> None:
    """Of two passages on pay, the best single sentence for "How much do I get an hour?" is the
    asker's table row with the amount ("I work days": the Days row), though a sentence about shift
    hours matches the question's words and ranks first as a passage."""
    hours = chunk(
        "hours",
        "Days and nights both work Monday to Friday, eight and a half hours a shift.",
        vector=0.45,
        match=0.07,
    )
    row = chunk("row", "Shift: Days; Avonmouth: £12.85;", vector=0.3, match=0.06, applies_to=["Schedule:Days"])
    question = "How much do I get an hour?"

    def named(text: str) -> list[tuple[EntityType, str, int]]:
        return [(EntityType.SCHEDULE, "Days", text.index("Days"))] if text.startswith("Shift: Days") else []

    asker = Asker(
        ("I work days.",), Extractor().tags, question, context={EntityType.SCHEDULE: frozenset({"days"})}, named=named
    )
    one = AnswerConfig.DEFAULT.with_(max_sentences=1)
    vec = embedder.embed_one(question)
    text, _, _, _ = extractive_answer(question, vec, [hours, row], embedder, one, asker=asker)
    assert "£12.85" in text and "eight and a half" not in text, text
    blind = one.with_(value_kind_weight=0)  # without the preference, the hours sentence wins
    text, _, _, _ = extractive_answer(question, vec, [hours, row], embedder, blind, asker=asker)
    assert "eight and a half" in text, text


def test_a_rule_that_applies_instead_of_another_replaces_it(embedder: Embedder) -> None:
    """ "A bank shift on a bank holiday is paid at double time, instead of the Sunday and bank
    holiday rate": the band's row for Sundays and bank holidays is not quoted beside it."""
    bank = chunk(
        "bank",
        "A bank shift worked on a bank holiday is paid at double time, whatever the band, instead of the Sunday "
        "and bank holiday rate.",
        vector=0.6,
        match=0.06,
        applies_to=["Category:Bank"],
    )
    row = chunk(
        "row",
        "Your band: Band 2; Sundays and bank holidays: time + 84%.",
        vector=0.55,
        match=0.055,
        applies_to=["Grade:Band 2"],
    )
    answer = compose(embedder, "What rate do I get for a shift on a bank holiday?", [bank, row])
    assert "double time" in answer.answer and "84%" not in answer.answer, answer.answer


def test_a_record_of_revisions_is_no_rule(embedder: Embedder) -> None:
    """A row of the document's record of revisions ("Summary of change: ... extended from 48
    hours to 72 hours") is history that quotes a value no longer in force: never quoted; the
    clause in force is."""
    record = chunk(
        "record",
        "Rev.: 4.3; Effective: 1 Mar 2025; Clauses affected: 1.6.2; Summary of change: Notice for duty swaps "
        "extended from 48 hours to 72 hours.",
        vector=0.6,
        match=0.09,
    )
    clause = chunk(
        "clause",
        "1.6.2 A swap must be requested at least 72 hours before the report time of the earlier duty.",
        vector=0.5,
        match=0.08,
    )
    question = "How much notice do I need to swap a duty?"
    vec = embedder.embed_one(question)
    text, _, _, _ = extractive_answer(question, vec, [record, clause], embedder, AnswerConfig.DEFAULT)
    assert "72 hours before the report time" in text and "48 hours" not in text, text


def test_a_line_repeating_the_heading_is_never_the_answer_alone(embedder: Embedder) -> None:
    """A line that repeats its passage's heading reads most like the question but answers
    nothing: the rule after it is quoted with it, and alone it is no answer."""
    section = "Handbook > 7. Uniform and safety"
    boots = chunk("boots", "Uniform and safety. Everyone in the yard wears S3 safety boots.", vector=0.5, match=0.05)
    answer = compose(embedder, "Do I need safety boots?", [_with_section(boots, section)]).answer
    assert answer.startswith("Uniform and safety. Everyone in the yard wears S3 safety boots."), answer
    alone = chunk("alone", "Uniform and safety", vector=0.5, match=0.05)
    assert compose(embedder, "Uniform and safety", [_with_section(alone, section)]).answer == NOTHING_FOUND
    assert label_only("7. Uniform and safety", section)
    assert not label_only("Staff wear a uniform and safety boots.", section)
