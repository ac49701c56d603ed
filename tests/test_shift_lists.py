"""A list whose items are labelled by shift ("• Early shift: ...", "• Late shift: ...") gives
each shift's rule, whatever its lead-in says: people who say "I work nights" or "I'm on
earlies" get their shift's item, and someone whose shift is unknown is asked for it rather than
given a lead-in that says nothing. The names survive reopening the store."""

from __future__ import annotations

from pathlib import Path

from conftest import document_memgraph

from memgraph import MemGraph
from memgraph.text.embed import Embedder

HANDBOOK = """<html><body>
<h1>Penfold Garden Stores: colleague guide</h1>
<h2>Extra pay</h2>
<p>Colleagues are paid a premium on top of their hourly rate for the less sociable hours:</p>
<ul>
<li>Early shift: no premium is paid.</li>
<li>Late shift: 75p an hour for every hour after 19:00.</li>
<li>Night shift: a premium of &pound;2.40 an hour for the whole shift.</li>
</ul>
<h2>Breaks</h2>
<p>Every shift of more than six hours has a paid break of 20 minutes.</p>
</body></html>
"""

PEOPLE = {
    "nadia": "I work nights in the yard.",
    "owen": "I'm on earlies at the Cowley store.",
    "pat": "I'm a colleague at the Cowley store.",
}

penfold_mg = document_memgraph("penfold.html", HANDBOOK, PEOPLE)

QUESTION = "What premium do I get for my shift?"
VALUES = {"nadia": "£2.40", "owen": "no premium"}
ALL = ("no premium", "75p", "£2.40")


def test_each_shift_gets_its_item(penfold_mg: MemGraph) -> None:
    for user, theirs in VALUES.items():
        answer = penfold_mg.ask(QUESTION, user_id=user, use_llm=False)
        assert theirs in answer.answer, (user, answer.answer)
        assert not [v for v in ALL if v != theirs and v in answer.answer], (user, answer.answer)


def test_an_unknown_shift_is_asked_for_not_answered_with_the_lead_in(penfold_mg: MemGraph) -> None:
    answer = penfold_mg.ask(QUESTION, user_id="pat", use_llm=False)
    assert not answer.found and answer.gap == "unknown_context", answer.answer
    assert "Night shift" in answer.answer and "Late shift" in answer.answer, answer.answer
    assert not [v for v in ALL if v in answer.answer], answer.answer


def test_shift_names_are_known_after_reopening(tmp_path: Path, embedder: Embedder) -> None:
    path = tmp_path / "penfold.html"
    path.write_text(HANDBOOK, encoding="utf-8")
    uri = f"sqlite:///{tmp_path}/reopen.db"
    with MemGraph(uri, embedder=embedder) as first:
        first.kb.ingest(path)
        first.add(PEOPLE["nadia"], user_id="nadia")
    with MemGraph(uri, embedder=embedder) as again:
        answer = again.ask(QUESTION, user_id="nadia", use_llm=False)
    assert "£2.40" in answer.answer and "75p" not in answer.answer, answer.answer
