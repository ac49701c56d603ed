"""The knowledge base on real documents: the six Contoso HR PDFs and their 25 ground-truth
questions (../shared/data/contoso). Prints hit@1/3/5 of the cited page and asserts the floor
measured on this machine. Skipped when the shared data is absent (a user's clone)."""

from __future__ import annotations

import pytest

from bench.contoso import DEFAULT_DATA, evaluate, ingest_all
from memgraph import MemGraph
from memgraph.extraction.extract import Extractor

pytestmark = pytest.mark.slow

HIT5_FLOOR = 0.76
"""Measured 0.80 (hit@1 0.52, hit@3 0.72) on this machine, 2026-11-30, hybrid defaults; the issue asks 0.80."""


@pytest.fixture(scope="module")
def contoso(tmp_path_factory, embedder):
    if not DEFAULT_DATA.is_dir():
        pytest.skip(f"Contoso data not found at {DEFAULT_DATA}")
    db = tmp_path_factory.mktemp("contoso") / "kb.db"
    # an extractor of its own: what Contoso's documents teach it is no other module's
    mg = MemGraph(f"sqlite:///{db}", embedder=embedder, extractor=Extractor())
    pages, seconds = ingest_all(mg, DEFAULT_DATA)
    yield mg, pages, seconds
    mg.close()


def test_contoso_cited_page_is_in_the_top_five(contoso):
    mg, pages, seconds = contoso
    scores = evaluate(mg, DEFAULT_DATA)
    print(
        f"\nContoso: hit@1 {scores['hit@1']:.2f} hit@3 {scores['hit@3']:.2f} hit@5 {scores['hit@5']:.2f} "
        f"over {scores['questions']} questions; {pages} pages ingested in {seconds:.0f} s"
    )
    assert pages == 263
    assert scores["hit@5"] >= HIT5_FLOOR


def test_contoso_reingest_is_a_no_op(contoso):
    mg, _, _ = contoso
    before = mg.stats()
    results = [mg.ingest(p) for p in sorted(DEFAULT_DATA.glob("*.pdf"))]
    assert {r.status for r in results} == {"unchanged"}
    assert mg.stats() == before


def test_contoso_answers_cite_document_and_page(contoso):
    mg, _, _ = contoso
    answer = mg.ask("What does the PerksPlus program cover?", user_id="reader")
    assert answer.citations, answer
    assert any(c.document and "Perks" in c.document and c.page for c in answer.citations)
