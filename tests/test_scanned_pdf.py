"""A scanned PDF (page images only, no text layer) is read by OCR and answers like its original."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench.contoso import scan_pdf
from memgraph import MemGraph
from memgraph.loaders.pdf import load_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
from make_handbook import write_handbook

QUESTION = "How many days of annual leave do I have?"


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("scan")
    original = write_handbook(folder / "handbook.pdf")
    (folder / "scanned").mkdir()
    return original, scan_pdf(original, folder / "scanned")


def test_scanned_pages_are_read_by_ocr_on_the_right_pages(scanned: tuple[Path, Path]) -> None:
    import pymupdf

    original, scanned_pdf = scanned
    with pymupdf.open(scanned_pdf) as doc:
        assert all(not page.get_text().strip() for page in doc)  # really no text layer
    loaded = load_pdf(scanned_pdf)
    assert loaded.metadata["ocrPages"] == [1, 2, 3]
    text_of = {b.page: "" for b in loaded.blocks}
    for b in loaded.blocks:
        text_of[b.page] += " " + b.text
    reference = {b.page: "" for b in load_pdf(original).blocks}
    for b in load_pdf(original).blocks:
        reference[b.page] += " " + b.text
    assert "25 days of annual leave" in text_of[2] and "22 days of annual leave" in text_of[2]
    # OCR reads most of each page's words as the text layer has them.
    for page, ref in reference.items():
        words = set(ref.lower().split())
        assert len(words & set(text_of[page].lower().split())) >= 0.8 * len(words), page


def test_a_scanned_handbook_answers_each_department_with_its_own_rule(mg: MemGraph, scanned: tuple[Path, Path]) -> None:
    _, scanned_pdf = scanned
    doc = mg.ingest(scanned_pdf)
    assert doc.pages == 3
    mg.add("I work in the Operations department", user_id="alex")
    mg.add("I work in the Technology department", user_id="sam")
    alex = mg.ask(QUESTION, user_id="alex")
    sam = mg.ask(QUESTION, user_id="sam")
    assert "25 days" in alex.answer and "22 days" not in alex.answer, alex.answer
    assert "22 days" in sam.answer and "25 days" not in sam.answer, sam.answer
    assert {c.page for c in alex.citations} == {2}


CONTOSO = Path(__file__).resolve().parents[2] / "shared" / "data" / "contoso"


@pytest.mark.skipif(not CONTOSO.is_dir(), reason=f"no Contoso data at {CONTOSO}")
def test_a_scan_of_real_contoso_pages_is_found_like_its_text(mg: MemGraph, tmp_path: Path) -> None:
    """Two real pages (7 and 48 of Northwind Standard) as a scan: their ground-truth questions
    find the right page through OCR alone."""
    import pymupdf

    two = tmp_path / "northwind_two_pages.pdf"
    with pymupdf.open(CONTOSO / "Northwind_Standard_Benefits_Details.pdf") as src, pymupdf.open() as out:
        out.insert_pdf(src, from_page=6, to_page=6)
        out.insert_pdf(src, from_page=47, to_page=47)
        out.save(two)
    (tmp_path / "scan").mkdir()
    scanned = scan_pdf(two, tmp_path / "scan")
    res = mg.ingest(scanned)
    (doc,) = mg.kb.documents()
    assert doc.metadata["ocrPages"] == [1, 2] and res.pages == 2
    questions = {
        "What protection does Contoso offer against balance billing?": 1,
        "What types of rehabilitation therapy does Northwind Standard cover?": 2,
    }
    for question, page in questions.items():
        hit = mg.search(question, user_id="reader", top_k=1)[0]
        assert page in hit.pages, (question, hit.pages, hit.text[:80])
