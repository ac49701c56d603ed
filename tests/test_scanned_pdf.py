"""A scanned PDF (page images only, no text layer) is read by OCR and answers like its original."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench.contoso import scan_pdf
from loaders.pdf import load_pdf
from memgraph import MemGraph

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
