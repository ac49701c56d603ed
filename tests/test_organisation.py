"""The organisation a document speaks for is no context, and a list of names holds no rule.

Two documents of one organisation (a staff handbook and a role library) ingested in either
order: no passage applies to, excepts or mentions the organisation's name, even when the
handbook calls it a "team" and only the later document says it is the company; a handbook's
list of job titles gives its entries no scope; and "What are my responsibilities?" is answered
from the asker's own role's section, however unlike the question its wording is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import store_uri

from memgraph import MemGraph, NodeLabel, RelType
from memgraph.extraction.extract import Extractor
from memgraph.extraction.organisation import organisation_names
from memgraph.recall.retrieval import own_context_asked
from memgraph.text.embed import Embedder

CONTOSO = Path(__file__).resolve().parents[2] / "shared" / "data" / "contoso"


@pytest.mark.parametrize(
    ("title", "headings", "texts", "expected"),
    [
        # the cover: the organisation beside the title, or after "at|of|for" over two lines
        ("Staff Handbook", ["Harrow & Pike", "Harrow & Pike Staff Handbook"], [], ["Harrow & Pike"]),
        ("Role Library", ["Job Descriptions at", "Quayside Foods"], [], ["Quayside Foods"]),
        ("Staff Handbook", ["Staff Handbook of Tarn Valley Water"], [], ["Tarn Valley Water"]),
        # the writer's own voice
        ("Leave Policy", [], ["At Orrin Mutual, we believe rest matters."], ["Orrin Mutual"]),
        ("Benefits", [], ["Welcome to Lindqvist Optics! We are glad you joined."], ["Lindqvist Optics"]),
        # a defined term, a form's field (ending at the next field's label), a legal form
        ("Terms", [], ['Pellow Freight ("the Company") employs you.'], ["Pellow Freight"]),
        ("Job Profile", [], ["Company: Marsh Lane Bakery Location: Any site"], ["Marsh Lane Bakery"]),
        ("Contract", [], ["You are employed by Greystone Analytics Ltd from 1 May."], ["Greystone Analytics Ltd"]),
        # none of these names the organisation
        ("Staff Handbook", ["Annual leave", "Field Service"], ["Field Service staff receive 27 days."], []),
        ("Site Rules", [], ["At Porto, we open at 08:00."], []),  # a place: a site's rule
        ("Site Rules", [], ["At Calder Quay you come in through the staff door."], []),  # a site's rule
        # beside the title, but a section's heading, not a cover line
        ("Leave Policy", ["Leave Policy", "Scope", "Entitlement", "Carry-over", "Operations Leave Policy"], [], []),
    ],
)
def test_organisation_names_from_the_conventions_of_documents(
    title: str, headings: list[str], texts: list[str], expected: list[str]
) -> None:
    assert organisation_names(title, headings, texts) == expected


@pytest.mark.parametrize(
    ("query", "kinds"),
    [
        ("What are my responsibilities?", {"Role"}),
        ("What does my job involve?", {"Role"}),
        ("What are my duties as a supervisor?", {"Role"}),
        ("Tell me about my team", {"Department"}),
        ("What are my responsibilities for fire safety?", set()),  # a topic of its own
        ("What are the responsibilities of a supervisor?", set()),  # not the asker's own
    ],
)
def test_a_question_about_the_askers_own_context(query: str, kinds: set[str]) -> None:
    assert {t.value for t in own_context_asked(query)} == kinds


HANDBOOK = """# Staff Handbook

## Welcome
Thank you for being part of the Brightwater Logistics team. Brightwater Logistics will provide
regular training on safe lifting to all employees.

## Annual leave
Brightwater Logistics gives every employee 25 days of paid annual leave a year.

## Job roles
The roles at the company are:

1. Warehouse Supervisor
2. Fleet Coordinator
"""

ROLES = """# Role Library

## About
Company: Brightwater Logistics

## Warehouse Supervisor
The Warehouse Supervisor at Brightwater Logistics will oversee the night shift, assign pickers
to aisles, check stock counts against the system and sign off each morning's handover report.

## Fleet Coordinator
The Fleet Coordinator at Brightwater Logistics will plan delivery routes, book vehicle
servicing, track drivers' hours against the legal limits and keep the fuel card records.
"""


def _links(mg: MemGraph, *types: RelType) -> dict[str, set[str]]:
    """Chunk text -> the entities it applies to, excepts or mentions ("Type:key"), or has a
    relationship of one of ``types`` to."""
    chunks = {c.id: c.props["text"] for c in mg.store.find_nodes(NodeLabel.CHUNK, ["shared"], limit=500)}
    out: dict[str, set[str]] = {text: set() for text in chunks.values()}
    for r in mg.store.relationships(types=list(types or (RelType.APPLIES_TO, RelType.EXCEPT_FOR, RelType.MENTIONS))):
        if r.src_id in chunks:
            out[chunks[r.src_id]].add(r.dst_id)
    return out


@pytest.mark.parametrize("order", ["handbook-first", "roles-first"])
def test_the_organisation_is_no_context_whichever_document_names_it(
    order: str, store_kind: str, tmp_path: Path, embedder: Embedder
) -> None:
    (tmp_path / "handbook.md").write_text(HANDBOOK, encoding="utf-8")
    (tmp_path / "roles.md").write_text(ROLES, encoding="utf-8")
    paths = ["handbook.md", "roles.md"] if order == "handbook-first" else ["roles.md", "handbook.md"]
    with MemGraph(store_uri(store_kind, tmp_path, "org.db"), embedder=embedder, extractor=Extractor()) as mg:
        mg.add("I work as a Fleet Coordinator.", user_id="fay")
        for p in paths:
            mg.kb.ingest(tmp_path / p)
        links, applies = _links(mg), _links(mg, RelType.APPLIES_TO)
        # The handbook alone would read "the Brightwater Logistics team" as a department; the
        # role library's "Company:" field says whose name it is, whichever came first.
        assert not [(t, e) for t, es in links.items() for e in es if "brightwater" in e], links
        # The list of titles scopes none of its entries: they stay one passage with the lead-in.
        listing = [t for t in applies if "Warehouse Supervisor" in t and "Fleet Coordinator" in t]
        assert listing and all(not applies[t] for t in listing), applies
        duties = [t for t in applies if "plan delivery routes" in t]
        assert duties and all(any(e.endswith("Role:fleet coordinator") for e in applies[t]) for t in duties), applies
        answer = mg.ask("What are my responsibilities?", user_id="fay", use_llm=False)
        assert answer.citations, answer.answer
        assert (answer.citations[0].section or "").endswith("Fleet Coordinator"), answer.citations
        assert "plan delivery routes" in answer.answer and "oversee the night shift" not in answer.answer, answer.answer


@pytest.mark.skipif(not (CONTOSO / "role_library.pdf").is_file(), reason=f"no Contoso data at {CONTOSO}")
def test_contosos_handbook_beside_its_role_library(tmp_path: Path, embedder: Embedder) -> None:
    """Real data: the employee handbook names "Contoso Electronics" in a third of its passages
    and lists every job title; beside it, the role library still answers each person's
    "What are my responsibilities?" from their own section."""
    with MemGraph(f"sqlite:///{tmp_path}/c.db", embedder=embedder, extractor=Extractor()) as mg:
        mg.kb.ingest(CONTOSO / "employee_handbook.pdf")
        mg.kb.ingest(CONTOSO / "role_library.pdf")
        assert not [e for es in _links(mg).values() for e in es if "contoso" in e]
        for user, title in (("ann", "Director of Marketing"), ("bo", "Manager of Product Management")):
            mg.add(f"I was hired as a {title} last year.", user_id=user)
            answer = mg.ask("What are my responsibilities?", user_id=user, use_llm=False)
            assert answer.citations and (answer.citations[0].section or "").endswith(title), answer.citations
