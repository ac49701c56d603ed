"""The handbook suite's own integrity (bench/handbook_suite), without asking MemGraph anything.

Every question's user exists and states 1-3 things; every handbook renders to a PDF with one
page per authored page, whose text (read back with PyMuPDF, whitespace and ligatures folded)
holds every expect and forbid string of its questions; the HTML handbooks hold them too; the
splits are at least 8 tuning / 2 held out; the suite has >= 150 questions and >= 12 users; and the
strict scoring counts another context's rule as wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.handbook_suite import (
    HANDBOOKS,
    UNKNOWN_CONTEXT,
    Handbook,
    contains,
    html_text,
    normalise,
    pdf_text,
    render_pdf,
    verdict,
    write,
)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Each handbook's PDF page texts, by handbook name (rendered once for the module)."""
    folder = tmp_path_factory.mktemp("handbooks")
    return {h.name: pdf_text(render_pdf(h, folder / f"{h.name}.pdf")) for h in HANDBOOKS}


def test_sizes_and_splits() -> None:
    assert len(HANDBOOKS) >= 8
    assert len({h.name for h in HANDBOOKS}) == len(HANDBOOKS)
    assert sum(h.split == "tuning" for h in HANDBOOKS) >= 8
    assert sum(h.split == "heldout" for h in HANDBOOKS) >= 2
    assert sum(len(h.questions) for h in HANDBOOKS) >= 150
    users = [u.id for h in HANDBOOKS for u in h.users]
    assert len(users) >= 12
    assert len(set(users)) == len(users), "user ids are unique across the suite"
    assert any(h.format == "html" for h in HANDBOOKS)
    assert {h.format for h in HANDBOOKS} <= {"pdf", "html"}


@pytest.mark.parametrize("handbook", HANDBOOKS, ids=lambda h: h.name)
def test_questions_are_well_formed(handbook: Handbook) -> None:
    ids = {u.id for u in handbook.users}
    for user in handbook.users:
        assert 1 <= len(user.statements) <= 3, user.id
    assert {q.user for q in handbook.questions} == ids, "every user asks, and every asker is a user"
    for q in handbook.questions:
        if q.expect_gap is not None:
            assert q.expect_gap == UNKNOWN_CONTEXT and not q.expect and len(q.forbid) >= 2, q.text
        else:
            assert q.expect, q.text
        for e in q.expect:
            for f in q.forbid:
                assert normalise(f) not in normalise(e) and normalise(e) not in normalise(f), (q.text, e, f)
    assert any(q.expect_gap for q in handbook.questions), "some asker has not given the context"


@pytest.mark.parametrize("handbook", HANDBOOKS, ids=lambda h: h.name)
def test_pdf_pages_hold_every_value(handbook: Handbook, rendered: dict[str, list[str]]) -> None:
    pages = rendered[handbook.name]
    assert len(pages) == len(handbook.pages), "a page overflowed: shorten it"
    text = normalise(" ".join(pages))
    assert normalise(handbook.title) in text
    for q in handbook.questions:
        for s in q.expect + q.forbid:
            assert normalise(s) in text, (q.text, s)


def test_html_handbooks_hold_every_value(tmp_path: Path) -> None:
    for handbook in (h for h in HANDBOOKS if h.format == "html"):
        path = write(handbook, tmp_path)
        assert path.suffix == ".html"
        text = normalise(html_text(path.read_text(encoding="utf-8")))
        for q in handbook.questions:
            for s in q.expect + q.forbid:
                assert normalise(s) in text, (q.text, s)


def test_strict_scoring() -> None:
    q = next(q for h in HANDBOOKS for q in h.questions if q.expect and len(q.forbid) >= 2)
    right, other = q.expect[0], q.forbid[0]
    assert verdict(q, f"You get {right}.", found=True, gap=None) == "correct"
    assert verdict(q, f"You get {right.upper()};\n  others get  {other}.", found=True, gap=None) == "wrong_context"
    assert verdict(q, "I found nothing.", found=False, gap=None) == "miss"
    assert verdict(q, f"Row: {right.replace(' ', '')}", found=True, gap=None) == "correct"
    assert contains("Operations: a flat 1,500 USD", "1,500 USD") and not contains("a flat 1,500 USD", "500 USD")
    assert not contains("carry 25 leave days", "5 leave days") and contains("carry 5 leave days.", "5 leave days")
    assert contains("Uniform allowance: 180GBPayear", "180 GBP") and not contains("pay 7.50%", "7.5%")
    assert not contains("pay 7.50", "7.5") and contains("at08:15;", "08:15")
    assert contains("Field Service staﬀ get 29\n days", "staff get 29 days")
    gap_q = next(q for h in HANDBOOKS for q in h.questions if q.expect_gap)
    assert verdict(gap_q, "It depends on your role.", found=False, gap=UNKNOWN_CONTEXT) == "correct"
    assert verdict(gap_q, "It depends.", found=True, gap=UNKNOWN_CONTEXT) == "correct"
    assert verdict(gap_q, f"It is {gap_q.forbid[0]}.", found=True, gap=None) == "wrong_context"
    assert verdict(gap_q, "Something general.", found=True, gap=None) == "miss"
