"""Knowledge base: ingest Markdown and PDF, versions, retirement, APPLIES_TO, role-aware answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import store_uri
from fpdf import FPDF

from memgraph import (
    Document,
    InvalidInputError,
    MemGraph,
    NodeLabel,
    NotFoundError,
    RelType,
    SearchConfig,
    UnsupportedFileError,
)
from memgraph.extraction.extract import Extractor
from memgraph.models import SHARED_SCOPE
from memgraph.stores.base import WriteBatch, record_of
from memgraph.text.embed import Embedder

LEAVE = {"Operations": 25, "Technology": 22, "Sales": 20}
"""Annual leave days per department in the test documents."""

HANDBOOK_TITLE = "Employee Handbook"
PDF_TITLE = "Leave Policy"


def handbook_md(leave: dict[str, int] = LEAVE) -> str:
    parts = [
        f"# {HANDBOOK_TITLE}",
        "",
        "## Working hours",
        "Core working hours are from ten to four. Flexible time is recorded in the HR portal every week.",
        "",
    ]
    for dept, days in leave.items():
        parts += [
            f"## {dept} department: {days} days of annual leave",
            f"Staff in the {dept} department receive {days} days of annual leave per calendar year.",
            "",
        ]
    return "\n".join(parts)


def write_handbook(folder: Path, leave: dict[str, int] = LEAVE, name: str = "handbook.md") -> Path:
    path = folder / name
    path.write_text(handbook_md(leave), encoding="utf-8")
    return path


def write_leave_pdf(folder: Path, name: str = "leave.pdf") -> Path:
    """Page 1: general rules and a meal allowance paragraph; page 2: one leave section per department."""
    pdf = FPDF()
    pdf.set_title(PDF_TITLE)

    def heading(text: str) -> None:
        pdf.set_font("Helvetica", "B", 15)
        pdf.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")

    def body(text: str) -> None:
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.add_page()
    heading("General rules")
    body("Leave requests are submitted in the HR portal at least two weeks in advance.")
    body("Unused leave expires at the end of March of the following year.")
    pdf.add_page()
    for dept, days in LEAVE.items():
        heading(f"{dept} department: {days} days of annual leave")
        body(f"Staff in the {dept} department receive {days} days of annual leave per calendar year.")
    heading("Meal allowance")
    body("The zebra-crossing canteen voucher is worth nine euros per working day.")
    path = folder / name
    pdf.output(str(path))
    return path


@pytest.fixture
def kb_mg(store_kind: str, tmp_path: Path, embedder: Embedder) -> Iterator[MemGraph]:
    """A MemGraph with its own Extractor: which names the extractor already knows decides entity
    types, so tests about entities must not inherit names learnt by earlier tests."""
    m = MemGraph(store_uri(store_kind, tmp_path, "kb.db"), embedder=embedder, extractor=Extractor())
    try:
        yield m
    finally:
        m.close()


def chunk_ids_of(mg: MemGraph, document_id: str) -> set[str]:
    return {
        r.dst_id for r in mg.store.relationships(src=[(NodeLabel.DOCUMENT, document_id)], types=[RelType.HAS_CHUNK])
    }


def applies_to(mg: MemGraph, src_label: NodeLabel) -> dict[str, set[str]]:
    """src id -> APPLIES_TO target entity ids."""
    out: dict[str, set[str]] = {}
    for r in mg.store.relationships(types=[RelType.APPLIES_TO]):
        if r.src_label == src_label:
            out.setdefault(r.src_id, set()).add(r.dst_id)
    return out


# -- ingest ------------------------------------------------------------------------------------


def test_ingest_markdown(mg: MemGraph, tmp_path: Path) -> None:
    res = mg.ingest(write_handbook(tmp_path), tags=["hr"])
    assert res.status == "created"
    assert res.version == 1
    assert res.title == HANDBOOK_TITLE
    assert res.chunks == 1 + len(LEAVE)
    assert res.pages is None
    assert res.uri.endswith("handbook.md")
    stats = mg.stats()
    assert stats["Document"] == 1
    assert stats["Chunk"] == res.chunks
    assert stats[":HAS_CHUNK"] == res.chunks
    assert stats[":NEXT"] == res.chunks - 1
    docs = mg.kb.documents()
    assert [d.id for d in docs] == [res.document_id]
    assert docs[0].tags == ["hr"]
    hits = [r for r in mg.search("flexible time HR portal", user_id="u1") if r.label == NodeLabel.CHUNK]
    assert hits[0].document == HANDBOOK_TITLE
    assert hits[0].section == f"{HANDBOOK_TITLE} > Working hours"
    assert "Flexible time" in hits[0].text


def test_ingest_pdf_pages_are_one_based(mg: MemGraph, tmp_path: Path) -> None:
    res = mg.ingest(write_leave_pdf(tmp_path))
    assert res.status == "created"
    assert res.pages == 2
    assert res.title == PDF_TITLE
    assert res.chunks >= 4
    chunks = mg.store.get_nodes(NodeLabel.CHUNK, sorted(chunk_ids_of(mg, res.document_id)), None)
    assert len(chunks) == res.chunks
    pages = {c.props["text"]: c.props["page"] for c in chunks}
    (expires,) = [p for t, p in pages.items() if "expires at the end of March" in t]
    (voucher,) = [p for t, p in pages.items() if "zebra-crossing canteen voucher" in t]
    assert expires == 1
    assert voucher == 2
    top = mg.search("zebra-crossing canteen voucher", user_id="u1")[0]
    assert top.label == NodeLabel.CHUNK
    assert top.page == 2
    assert top.citation() == f"{PDF_TITLE}, p. 2"
    assert top.section == "Meal allowance"


def test_ingest_errors(mg: MemGraph, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError):
        mg.ingest(tmp_path / "missing.md")
    (tmp_path / "data.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UnsupportedFileError):
        mg.ingest(tmp_path / "data.xlsx")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 truncated garbage")
    with pytest.raises(UnsupportedFileError):
        mg.ingest(tmp_path / "broken.pdf")
    with pytest.raises(InvalidInputError):
        mg.ingest(write_handbook(tmp_path), applies_to={"Planet": ["Mars"]})
    assert mg.stats().get("Document", 0) == 0
    assert mg.stats().get("Chunk", 0) == 0


def test_reingest_unchanged_is_noop(mg: MemGraph, tmp_path: Path) -> None:
    path = write_handbook(tmp_path)
    first = mg.ingest(path)
    before = mg.stats()
    again = mg.ingest(path)
    assert again.status == "unchanged"
    assert again.document_id == first.document_id
    assert again.version == 1
    assert again.title == first.title
    assert mg.stats() == before
    assert [d.id for d in mg.kb.documents()] == [first.document_id]
    assert again.chunks == first.chunks


def test_reingest_with_another_scope_or_title_is_a_new_version(mg: MemGraph, tmp_path: Path) -> None:
    """The same file ingested again with another ``applies_to``, title or tags than it has is a
    new version with them (it was silently left as it was); the same arguments again, or none,
    change nothing."""
    path = write_handbook(tmp_path)
    v1 = mg.ingest(path)
    scoped = mg.ingest(path, applies_to={"Department": ["Operations"]})
    assert scoped.status == "new_version" and scoped.version == 2
    applies = mg.store.relationships(src=[(NodeLabel.DOCUMENT, scoped.document_id)], types=[RelType.APPLIES_TO])
    assert [r.dst_id.rsplit(":", 1)[-1] for r in applies] == ["operations"]
    assert [d.id for d in mg.kb.documents()] == [scoped.document_id]
    assert {d.id for d in mg.kb.documents(include_inactive=True)} == {v1.document_id, scoped.document_id}
    assert mg.ingest(path, applies_to={"Department": ["Operations"]}).status == "unchanged"
    assert mg.ingest(path).status == "unchanged"
    retitled = mg.ingest(path, title="Staff handbook 2026")
    assert (retitled.status, retitled.version, retitled.title) == ("new_version", 3, "Staff handbook 2026")
    # the scope not asked for again stays
    kept = mg.store.relationships(src=[(NodeLabel.DOCUMENT, retitled.document_id)], types=[RelType.APPLIES_TO])
    assert [r.dst_id for r in kept] == [r.dst_id for r in applies]


def test_changed_file_becomes_new_version(mg: MemGraph, tmp_path: Path) -> None:
    path = write_handbook(tmp_path)
    v1 = mg.ingest(path)
    old_chunks = chunk_ids_of(mg, v1.document_id)
    write_handbook(tmp_path, {**LEAVE, "Operations": 27})
    v2 = mg.ingest(path)
    assert v2.status == "new_version"
    assert v2.version == 2
    assert v2.document_id != v1.document_id
    assert v2.uri == v1.uri
    new_chunks = chunk_ids_of(mg, v2.document_id)
    assert new_chunks and not new_chunks & old_chunks
    sup = mg.store.relationships(types=[RelType.SUPERSEDES])
    assert [(r.src_label, r.src_id, r.dst_id) for r in sup] == [(NodeLabel.DOCUMENT, v2.document_id, v1.document_id)]
    assert [d.id for d in mg.kb.documents()] == [v2.document_id]
    assert {d.id for d in mg.kb.documents(include_inactive=True)} == {v1.document_id, v2.document_id}
    for query in ("Operations department annual leave days", "25 days of annual leave", "flexible time HR portal"):
        found = {r.id for r in mg.search(query, user_id="u1", top_k=50)}
        assert not found & old_chunks, query
        assert found & new_chunks, query
    top = mg.search("Operations department annual leave days", user_id="u1")[0]
    assert "27 days" in top.text
    assert mg.ingest(path).status == "unchanged"


def test_reverted_file_is_a_third_version(mg: MemGraph, tmp_path: Path) -> None:
    """Rolling a policy back to its earlier text is a new version; every version stays a node."""
    path = write_handbook(tmp_path)
    v1 = mg.ingest(path)
    write_handbook(tmp_path, {**LEAVE, "Operations": 27})
    v2 = mg.ingest(path)
    write_handbook(tmp_path)
    v3 = mg.ingest(path)
    assert (v3.status, v3.version) == ("new_version", 3)
    active = mg.kb.documents()
    assert [(d.id, d.version) for d in active] == [(v3.document_id, 3)]
    versions = sorted(d.version for d in mg.kb.documents(include_inactive=True))
    assert versions == [1, 2, 3]
    assert len({v1.document_id, v2.document_id, v3.document_id}) == 3
    top = mg.search("Operations department annual leave days", user_id="u1")[0]
    assert "25 days" in top.text
    assert not {r.id for r in mg.search("27 days of annual leave", user_id="u1", top_k=50)} & chunk_ids_of(
        mg, v2.document_id
    )


def test_retire_removes_from_search(mg: MemGraph, tmp_path: Path) -> None:
    res = mg.ingest(write_leave_pdf(tmp_path))
    chunks = chunk_ids_of(mg, res.document_id)
    assert {r.id for r in mg.search("zebra-crossing canteen voucher", user_id="u1")} & chunks
    mg.kb.retire(res.document_id)
    for query in ("zebra-crossing canteen voucher", "annual leave days", "HR portal"):
        assert not {r.id for r in mg.search(query, user_id="u1", top_k=50)} & chunks
    assert mg.kb.documents() == []
    assert [d.status.value for d in mg.kb.documents(include_inactive=True)] == ["retired"]
    with pytest.raises(NotFoundError):
        mg.kb.retire("doc:does-not-exist")


def test_retiring_any_version_retires_every_version(mg: MemGraph, tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text("# Parking\n\nVisitors park in the north lot beside the zebra-crossing.\n")
    v1 = mg.ingest(path)
    path.write_text("# Parking\n\nVisitors park in the south lot beside the zebra-crossing.\n")
    v2 = mg.ingest(path)
    assert v2.status == "new_version"
    assert mg.kb.retire(v1.document_id) == 2
    assert mg.kb.documents() == []
    assert not [r for r in mg.search("zebra-crossing parking", user_id="u1", top_k=50) if r.document]


def test_kb_sub_api_deletes_only_shared_documents(mg: MemGraph, tmp_path: Path) -> None:
    shared = mg.kb.ingest(write_handbook(tmp_path), tags=["hr"])
    own = mg.add_document(write_leave_pdf(tmp_path), user_id="ana")
    with pytest.raises(NotFoundError):
        mg.kb.delete(own.document_id)  # a person's own document is not the knowledge base's
    assert mg.kb.delete(shared.document_id) == 1
    assert mg.kb.documents(include_inactive=True) == []
    assert not mg.search("annual leave", user_id="u1", top_k=50)
    assert mg.search("annual leave", user_id="ana", top_k=50)  # ana's own document stays
    for call, words in (
        (lambda: mg.kb.retire(""), "document_id"),
        (lambda: mg.kb.delete(3), "document_id"),  # type: ignore[arg-type]
        (lambda: mg.kb.ingest(write_handbook(tmp_path), tags="hr"), "tags"),
        (lambda: mg.kb.ingest(write_handbook(tmp_path), title=" "), "title"),
    ):
        with pytest.raises(InvalidInputError, match=words):
            call()


# -- APPLIES_TO -----------------------------------------------------------------------------------


def test_applies_to_from_headings(kb_mg: MemGraph, tmp_path: Path) -> None:
    res = kb_mg.ingest(write_handbook(tmp_path))
    chunks = {
        c.id: c for c in kb_mg.store.get_nodes(NodeLabel.CHUNK, sorted(chunk_ids_of(kb_mg, res.document_id)), None)
    }
    links = applies_to(kb_mg, NodeLabel.CHUNK)
    for dept in LEAVE:
        (cid,) = [cid for cid, c in chunks.items() if f"the {dept} department" in c.props["text"]]
        assert links.get(cid) == {f"Department:{dept.lower()}"}, (dept, links)
    (hours,) = [cid for cid, c in chunks.items() if "Flexible time" in c.props["text"]]
    assert hours not in links
    ents = {
        r.id: r.props
        for r in kb_mg.store.get_nodes(NodeLabel.ENTITY, [f"Department:{d.lower()}" for d in LEAVE], ["shared"])
    }
    assert {p["name"] for p in ents.values()} == set(LEAVE)
    assert {p["type"] for p in ents.values()} == {"Department"}


def test_applies_to_explicit(kb_mg: MemGraph, tmp_path: Path) -> None:
    (tmp_path / "sales.md").write_text(
        "# Sales Playbook\n\n## Discounts\nDiscounts above fifteen percent need the regional director's approval.\n\n"
        "## Travel\nClient visits are booked through the travel desk.\n",
        encoding="utf-8",
    )
    res = kb_mg.ingest(tmp_path / "sales.md", applies_to={"Department": ["Sales"]})
    docs = applies_to(kb_mg, NodeLabel.DOCUMENT)
    assert docs == {res.document_id: {"Department:sales"}}
    chunks = applies_to(kb_mg, NodeLabel.CHUNK)
    assert set(chunks) == chunk_ids_of(kb_mg, res.document_id)
    assert all(t == {"Department:sales"} for t in chunks.values())
    ent = kb_mg.store.get_nodes(NodeLabel.ENTITY, ["Department:sales"], ["shared"])
    assert ent and ent[0].props["name"] == "Sales" and ent[0].props["type"] == "Department"


# -- the role-aware check ---------------------------------------------------------------------------


@pytest.mark.parametrize("order", ["kb_first", "memories_first"])
@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_role_aware_answer(kb_mg: MemGraph, tmp_path: Path, fmt: str, order: str) -> None:
    """Same question, two people, two departments: each gets their own department's leave."""
    mg = kb_mg
    path = write_handbook(tmp_path) if fmt == "md" else write_leave_pdf(tmp_path)
    title = HANDBOOK_TITLE if fmt == "md" else PDF_TITLE
    users = {"olga": "Operations", "tom": "Technology"}

    def remember() -> None:
        for user, dept in users.items():
            mg.add(f"I work in the {dept} department", user_id=user)
            mg.add("I would like to take a long holiday in August", user_id=user)

    if order == "memories_first":
        remember()
    mg.ingest(path)
    if order == "kb_first":
        remember()

    for user, dept in users.items():
        assert [(f.relation, f.entity) for f in mg.facts(user_id=user)] == [("WORKS_IN", dept)]
        answer = mg.ask("How many days of annual leave do I have?", user_id=user, use_llm=False)
        assert answer.found and not answer.used_llm
        assert f"{LEAVE[dept]} days" in answer.answer, (user, answer.answer)
        for other, days in LEAVE.items():
            if other != dept:
                assert f"{days} days" not in answer.answer, (user, answer.answer)
        own = [c for c in answer.citations if f"{LEAVE[dept]} days" in c.text]
        assert own, answer.citations
        assert own[0].document == title
        assert own[0].label == NodeLabel.CHUNK
        if fmt == "pdf":
            assert own[0].page == 2
            assert own[0].describe() == f"{PDF_TITLE}, p. 2"
        else:
            assert own[0].describe() == HANDBOOK_TITLE
        best = next(p for p in answer.passages if p.label == NodeLabel.CHUNK)
        assert f"{LEAVE[dept]} days" in best.text
        assert f"User-WORKS_IN->{dept}<-APPLIES_TO-Chunk" in best.paths
        assert f"User-WORKS_IN->{dept}<-APPLIES_TO-Chunk" in best.explain()
        for p in answer.passages:
            if p.label == NodeLabel.CHUNK and any(f"{d} department receive" in p.text for d in LEAVE if d != dept):
                assert p.signals.get("mismatch") == 1.0, p.text


def test_ask_with_an_agent_reads_the_agents_memories_and_the_users_context(kb_mg: MemGraph, tmp_path: Path) -> None:
    """``agent_id`` adds the answering agent's own memories; who asks is still the user."""
    mg = kb_mg
    mg.ingest(write_handbook(tmp_path))
    mg.add("I work in the Sales department", user_id="sara")
    mg.add("The travel desk closes for booking at 3pm on Fridays", agent_id="hr-bot")
    q = "When does the travel desk close for booking on Fridays?"
    with_agent = mg.ask(q, user_id="sara", agent_id="hr-bot", use_llm=False)
    assert "3pm" in with_agent.answer, with_agent.answer
    assert [f.entity for f in with_agent.facts] == ["Sales"]
    alone = mg.ask(q, user_id="sara", use_llm=False)
    assert "3pm" not in alone.answer, alone.answer
    leave = mg.ask("How many days of annual leave do I have?", user_id="sara", agent_id="hr-bot", use_llm=False)
    assert f"{LEAVE['Sales']} days" in leave.answer, leave.answer
    with pytest.raises(InvalidInputError, match="agent_id"):
        mg.ask(q, user_id="sara", agent_id="bad id\n", use_llm=False)


def test_query_naming_a_document_prefers_its_chunks(mg: MemGraph, tmp_path: Path) -> None:
    body = "## Prior authorization\n\nSome services need approval from the plan before you receive them.\n"
    for name in ("Gold Plan Details", "Silver Plan Details", "Travel Policy"):
        path = tmp_path / f"{name.replace(' ', '_')}.md"
        path.write_text(f"# {name}\n\n{body}")
        mg.ingest(path)
    for plan in ("Gold", "Silver"):
        results = mg.search(f"What needs prior authorization in the {plan} plan?", user_id="reader", top_k=3)
        assert results[0].document == f"{plan} Plan Details", [r.document for r in results]
        assert f"query->{plan} Plan Details-HAS_CHUNK->Chunk" in results[0].paths


def test_only_presets_naming_the_document_signal_apply_the_title_boost(mg: MemGraph, tmp_path: Path) -> None:
    body = "## Prior authorization\n\nSome services need approval from the plan before you receive them.\n"
    for name in ("Gold Plan Details", "Silver Plan Details", "Travel Policy"):
        path = tmp_path / f"{name.replace(' ', '_')}.md"
        path.write_text(f"# {name}\n\n{body}")
        mg.ingest(path)
    question = "What needs prior authorization in the Gold plan?"
    boosted = mg.search(question, user_id="reader", top_k=2)
    assert boosted[0].document == "Gold Plan Details" and boosted[0].signals.get("document")
    for preset in (SearchConfig.VECTOR_ONLY, SearchConfig.KEYWORD_ONLY):
        results = mg.search(question, user_id="reader", top_k=2, config=preset)
        assert results, preset
        assert not any("document" in r.signals for r in results), [r.signals for r in results]
        assert not any("HAS_CHUNK" in p for r in results for p in r.paths)


def test_a_document_is_named_however_many_documents_came_after_it(mg: MemGraph, tmp_path: Path) -> None:
    """The title boost reads every active document, not the newest 500."""
    path = tmp_path / "zeppelin.md"
    path.write_text("# Zeppelin Maintenance Guide\n\n## Inspections\nThe envelope is inspected every month.\n")
    mg.ingest(path)
    later = [
        record_of(
            Document(id=f"doc:filler{i}", owner=SHARED_SCOPE, title=f"Filler memo {i}", uri=f"m{i}.md", sha256=f"{i}")
        )
        for i in range(520)
    ]
    mg.store.write(WriteBatch(nodes=later))
    assert len(mg.kb.documents(limit=1000)) == 521
    results = mg.search("How often is the zeppelin maintenance guide's envelope inspected?", user_id="reader")
    assert results[0].document == "Zeppelin Maintenance Guide"
    assert results[0].signals.get("document") == SearchConfig.HYBRID.document_boost


def test_chunk_neighbours_can_pull_in_the_passages_around_a_hit(mg: MemGraph, tmp_path: Path) -> None:
    path = tmp_path / "site.md"
    path.write_text(
        "# Site Guide\n\n## Library\nThe library lends books for three weeks.\n\n"
        "## Gardening\nThe roof garden has tomatoes in summer.\n\n"
        "## Parking\nCars park in garage B on level minus two.\n\n"
        "## Canteen\nLunch is served from noon until two.\n",
        encoding="utf-8",
    )
    mg.ingest(path)
    from memgraph import SearchConfig

    plain = mg.search("where do cars park", user_id="reader", top_k=4)
    assert "garage B" in plain[0].text and not any("neighbor" in r.signals for r in plain)
    config = SearchConfig.HYBRID.model_copy(update={"chunk_neighbor_weight": 1.0})
    around = mg.search("where do cars park", user_id="reader", top_k=4, config=config)
    assert "garage B" in around[0].text
    texts = [r.text for r in around]
    library = next(i for i, t in enumerate(texts) if "library" in t)
    assert library == 3, texts  # the only passage not next to the hit comes last
    neighbours = [r for r in around if "tomatoes" in r.text or "Lunch" in r.text]
    assert len(neighbours) == 2 and all("neighbor" in r.signals for r in neighbours), texts
