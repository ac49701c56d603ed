"""One document's versions for different contexts, told by their titles ("Harbour Care Plus
Benefits Guide" beside "Harbour Care Basic Benefits Guide"): each version's passages apply to
its own context, whichever was ingested first, so a member of one plan is answered from their
plan's guide and someone whose plan is unknown is asked for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import store_uri

from memgraph import MemGraph
from memgraph.intake.siblings import sibling_names, spoken_name
from memgraph.text.embed import Embedder


@pytest.mark.parametrize(
    ("title", "other", "names"),
    [
        (
            "Northwind Health Plus Benefits Details",
            "Northwind Standard Benefits Details",
            (("Northwind Health Plus", "Health Plus"), ("Northwind Standard", "Standard")),
        ),
        (
            "Employee Handbook UK",
            "Employee Handbook US",
            (("Employee Handbook UK", "UK"), ("Employee Handbook US", "US")),
        ),
        ("Staff_Guide_Lisbon", "Staff_Guide_Porto", (("Staff Guide Lisbon", "Lisbon"), ("Staff Guide Porto", "Porto"))),
    ],
)
def test_versions_for_contexts_are_read_from_titles(title: str, other: str, names: tuple) -> None:
    assert sibling_names(title, other) == names


@pytest.mark.parametrize(
    ("title", "other"),
    [
        ("Leave Policy", "Expense Policy"),  # one shared word: two documents
        ("Leave Policy 2024", "Leave Policy 2025"),  # versions in time
        ("Staff Handbook Draft", "Staff Handbook Final"),
        ("Staff Handbook v2", "Staff Handbook v3"),
        ("Sick leave and pay guide", "Sick leave and pay guide"),  # the same title
        ("Code of conduct for managers", "Code of conduct for the board of trustees and volunteers here"),
    ],
)
def test_other_title_pairs_are_not_versions(title: str, other: str) -> None:
    assert sibling_names(title, other) is None


def test_a_version_is_named_as_its_text_says() -> None:
    assert spoken_name(("Northwind Health Plus", "Health Plus"), "Northwind Health Plus covers ...") == (
        "Northwind Health Plus"
    )
    assert spoken_name(("Employee Handbook UK", "UK"), "Staff in the UK receive 28 days.") == "UK"


def guide(plan: str, deductible: str, dental: str) -> str:
    return f"""<html><head><title>Harbour Care {plan} Benefits Guide</title></head><body>
<h1>Harbour Care {plan} Benefits Guide</h1>
<h2>Deductible</h2>
<p>Harbour Care {plan} has a yearly deductible of {deductible} for each member before the plan pays.</p>
<h2>Dental</h2>
<p>Harbour Care {plan} pays for {dental}.</p>
</body></html>
"""


PLUS = guide("Plus", "$900", "two dental check-ups a year")
BASIC = guide("Basic", "$2,400", "emergency dental treatment only")


@pytest.mark.parametrize("plus_first", [True, False])
def test_each_plan_member_is_answered_from_their_plans_guide(
    plus_first: bool, store_kind: str, tmp_path: Path, embedder: Embedder
) -> None:
    files = {}
    for name, html in (("plus", PLUS), ("basic", BASIC)):
        files[name] = tmp_path / f"{name}.html"
        files[name].write_text(html, encoding="utf-8")
    with MemGraph(store_uri(store_kind, tmp_path), embedder=embedder) as mg:
        for name in ("plus", "basic") if plus_first else ("basic", "plus"):
            mg.kb.ingest(files[name])
        mg.add("I'm enrolled in Harbour Care Plus.", user_id="ines")
        mg.add("I'm on the Harbour Care Basic plan.", user_id="joe")
        mg.add("I work in the Lisbon office.", user_id="kai")
        for user, theirs, others in (("ines", "$900", "$2,400"), ("joe", "$2,400", "$900")):
            answer = mg.ask("What is my deductible?", user_id=user, use_llm=False)
            assert theirs in answer.answer and others not in answer.answer, (user, answer.answer)
        answer = mg.ask("What is my deductible?", user_id="kai", use_llm=False)
        assert not answer.found and answer.gap == "unknown_context", answer.answer
        assert "Harbour Care Plus" in answer.answer and "Harbour Care Basic" in answer.answer, answer.answer
