"""Text normalisation: ligatures, soft hyphens and zero-width characters never reach the index
or the answers, whichever loader read the text; queries are normalised the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fpdf import FPDF

from memgraph import MemGraph, NodeLabel, SearchConfig
from memgraph.loaders import load
from memgraph.loaders.base import join_lines
from memgraph.loaders.pdf import load_pdf
from memgraph.loaders.transcript import load_transcript
from memgraph.text.textutil import normalize_text

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
KEYWORD = SearchConfig.only("keyword", top_k=3)

# The ligature code points as a PDF's text layer carries them when its font draws ligature glyphs.
HANDBOOK = [
    "All sta\ufb00 must \ufb01le travel claims within thirty days.",
    "The \ufb01rst day of leave is paid in full.",
    "O\ufb03ce \ufb02oor plans hang by the lift.",
    "Reim\u00adbursement of the fare follows in the next pay run.",
    "Expenses are signed o\u200bff by your manager.",
]


def write_ligature_pdf(path: Path) -> Path:
    """A one-page handbook in DejaVu Sans whose text layer holds U+FB00-FB06 ligatures, a soft
    hyphen (printed as it is, ``print_sh``) and a zero-width space."""
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.set_font("DejaVu", "", 11)
    for line in HANDBOOK:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT", print_sh=True)
    pdf.output(str(path))
    return path


needs_dejavu = pytest.mark.skipif(not DEJAVU.is_file(), reason=f"no DejaVu Sans font at {DEJAVU}")


def test_normalize_text_folds_compatibility_characters_and_keeps_the_deliberate_exceptions() -> None:
    assert normalize_text("sta\ufb00 \ufb01rst \ufb02ow \ufb03ce \ufb04 \ufb05") == "staff first flow ffice ffl st"
    assert normalize_text("reim\u00adbursement zero\u200bwidth \ufeffBOM word\u2060joiner") == (
        "reimbursement zerowidth BOM wordjoiner"
    )
    assert normalize_text("ＡＢＣ１２ no\u00a0break ﾃｽﾄ") == "ABC12 no break テスト"
    # kept as written: superscripts, subscripts, fractions, full-width CJK punctuation
    assert normalize_text("½ day, 20 m², CO₂, Acme™, staff¹") == "½ day, 20 m², CO₂, Acme™, staff¹"
    assert normalize_text("（注）休暇，確認！") == "（注）休暇，確認！"
    # joiners split Latin words only; elsewhere they shape the script
    assert normalize_text("Auf\u200clage") == "Auflage"
    assert normalize_text("می\u200cخواهم 👨\u200d👩") == "می\u200cخواهم 👨\u200d👩"
    text = "Ｅ-１０４２ sta\ufb00"
    assert normalize_text(normalize_text(text)) == normalize_text(text) == "E-1042 staff"


def test_a_soft_hyphen_at_a_line_end_joins_the_word_without_it() -> None:
    assert join_lines(["Claims for reim\u00ad", "bursement are paid."]) == "Claims for reimbursement are paid."


@needs_dejavu
def test_a_pdf_with_ligatures_loads_as_plain_words(tmp_path: Path) -> None:
    loaded = load_pdf(write_ligature_pdf(tmp_path / "handbook.pdf"))
    text = " ".join(b.text for b in loaded.blocks)
    for word in ("staff", "file", "first", "Office", "floor", "Reimbursement", "off"):
        assert word in text.split() or f"{word}." in text
    assert not any(0xFB00 <= ord(c) <= 0xFB06 or c in "\u00ad\u200b" for c in text)


@needs_dejavu
def test_ligature_words_are_found_by_plain_queries_and_answered_without_ligatures(mg: MemGraph, tmp_path: Path) -> None:
    mg.kb.ingest(write_ligature_pdf(tmp_path / "handbook.pdf"))
    for query, expected in [
        ("staff", "All staff must file"),
        ("first", "The first day of leave"),
        ("reimbursement", "Reimbursement of the fare"),
        ("signed off", "signed off by your manager"),
    ]:
        hits = mg.search(query, user_id="ana", config=KEYWORD)
        assert hits and hits[0].label == NodeLabel.CHUNK, query
        assert expected in hits[0].text, (query, hits[0].text)
    answer = mg.ask("Which staff must file travel claims?", user_id="ana", use_llm=False)
    assert "All staff must file travel claims" in answer.answer
    assert not any(0xFB00 <= ord(c) <= 0xFB06 for c in answer.answer)


@needs_dejavu
def test_a_query_with_a_ligature_finds_the_plain_word(mg: MemGraph, tmp_path: Path) -> None:
    mg.kb.ingest(write_ligature_pdf(tmp_path / "handbook.pdf"))
    mg.add("Our sta\u00adff party is on Friday.", user_id="ana")
    hits = mg.search("sta\ufb00", user_id="ana", config=KEYWORD)
    texts = [h.text for h in hits]
    assert any("All staff must file" in t for t in texts), texts
    assert any(t == "Our staff party is on Friday." for t in texts), texts
    # the text embedded for the query is the plain one: same cosines as the plain query
    vector = SearchConfig.only("vector", top_k=5)
    with_ligature = {h.id: h.signals["vector"] for h in mg.search("\ufb01rst day", user_id="ana", config=vector)}
    plain = {h.id: h.signals["vector"] for h in mg.search("first day", user_id="ana", config=vector)}
    assert with_ligature == pytest.approx(plain)


def test_html_text_and_transcript_loaders_normalise(tmp_path: Path) -> None:
    html = tmp_path / "page.html"
    html.write_text(
        "<html><body><h1>O\ufb03ce</h1><p>All sta&#xFB00; get a reim&shy;bursement.</p></body></html>",
        encoding="utf-8",
    )
    blocks = [b.text for b in load(html).blocks]
    assert blocks == ["Office", "All staff get a reimbursement."]
    md = tmp_path / "notes.md"
    md.write_text("# \ufb01rst steps\n\nThe sta\ufb00 room\u200b is open.\n", encoding="utf-8")
    assert [b.text for b in load(md).blocks] == ["first steps", "The staff room is open."]
    chat = tmp_path / "chat.json"
    chat.write_text(
        json.dumps([{"role": "user", "content": "the \ufb01rst sta\ufb00 meeting", "image_caption": "an o\ufb03ce"}]),
        encoding="utf-8",
    )
    msg = load_transcript(chat).sessions[0].messages[0]
    assert (msg["content"], msg["image_caption"]) == ("the first staff meeting", "an office")


@needs_dejavu
def test_headings_and_run_in_labels_name_their_sections_without_ligatures(tmp_path: Path) -> None:
    """A section's path (its heading and a bold run-in label) is folded as its text is: a
    context named by a heading ("Classification D") matches the plain word."""
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.add_font("DejaVu", "B", str(DEJAVU.with_name("DejaVuSans-Bold.ttf")))
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 9, "O\ufb03ce classi\ufb01cations", new_x="LMARGIN", new_y="NEXT")
    for label, rest in [("Classi\ufb01cation D:", " Juba and Diffa."), ("Classi\ufb01cation E:", " Bentiu.")]:
        pdf.set_font("DejaVu", "B", 11)
        pdf.write(6, label)
        pdf.set_font("DejaVu", "", 11)
        pdf.write(6, rest)
        pdf.ln(8)
    path = tmp_path / "classes.pdf"
    pdf.output(str(path))
    blocks = load_pdf(path).blocks
    names = {name for b in blocks for name in b.section}
    assert names == {"Office classifications", "Classification D", "Classification E"}
    assert not any(0xFB00 <= ord(c) <= 0xFB06 for b in blocks for name in (b.text, *b.section) for c in name)
