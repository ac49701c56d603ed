"""What a PDF holds beside its text: tables kept readable, embedded images as Image nodes on
their page; and real Contoso pages rendered to PNG/JPEG (upright and turned) found by OCR."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import screenshot_png
from fpdf import FPDF
from PIL import Image

from memgraph import MemGraph, NodeLabel, NotFoundError, RelType
from memgraph.loaders import load
from memgraph.loaders.pdf import load_pdf
from memgraph.text.textutil import sentences

CONTOSO = Path(__file__).resolve().parents[2] / "shared" / "data" / "contoso"

ROWS = [
    ("Department", "Annual leave", "Carry over"),
    ("Operations", "25 days", "5 days"),
    ("Technology", "22 days", "3 days"),
]


def write_manual(path: Path, *, error_code: str = "E-1042") -> Path:
    """Page 1: a leave table; page 2: troubleshooting text with a screenshot image."""
    pdf = FPDF()
    pdf.set_title("Office Manual")

    def section(heading: str, body: str) -> None:
        pdf.set_font("Helvetica", "B", 15)
        pdf.cell(0, 10, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    section("Leave allowance", "Annual leave and the days that carry over differ by department.")
    with pdf.table() as table:
        for row in ROWS:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    pdf.add_page()
    section("Printer troubleshooting", "When the printer stops, compare its panel with the picture below.")
    pdf.image(io.BytesIO(screenshot_png(["Printer status", f"Error code {error_code}: paper jam in tray 2"])), w=150)
    pdf.output(str(path))
    return path


def test_a_table_becomes_readable_rows_with_their_column_names(tmp_path: Path) -> None:
    loaded = load_pdf(write_manual(tmp_path / "manual.pdf"))
    text = " ".join(b.text for b in loaded.blocks if b.page == 1)
    assert "Department: Operations; Annual leave: 25 days; Carry over: 5 days." in text
    assert "Department: Technology; Annual leave: 22 days; Carry over: 3 days." in text
    assert text.count("Operations") == 1  # the cells are not read twice


def test_a_compound_split_at_a_line_end_is_one_word_again(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for line in (
        "Some services need pre-",
        "authorization from an in-",
        "network provider; pre-",
        "and post-natal care",
    ):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "hyphen.pdf"))
    text = " ".join(b.text for b in load_pdf(tmp_path / "hyphen.pdf").blocks)
    assert "need pre-authorization from an in-network provider; pre- and post-natal care" in text


@pytest.mark.skipif(not CONTOSO.is_dir(), reason="needs ../shared/data/contoso")
def test_contoso_compounds_broken_over_lines_are_joined() -> None:
    loaded = load_pdf(CONTOSO / "Northwind_Standard_Benefits_Details.pdf")
    page_68 = " ".join(b.text for b in loaded.blocks if b.page == 68)
    assert "may require pre-authorization before they can be approved" in page_68
    assert "- network" not in " ".join(b.text for b in loaded.blocks)


@pytest.mark.skipif(not CONTOSO.is_dir(), reason="needs ../shared/data/contoso")
def test_a_line_that_repeats_its_headings_is_not_body_text() -> None:
    """Contoso prints "IMPORTANT PLAN INFORMATION: Copayments (Copays)" in body type under
    those two headings; the section path already says it."""
    loaded = load_pdf(CONTOSO / "Northwind_Health_Plus_Benefits_Details.pdf")
    body = [b for b in loaded.blocks if b.page == 11 and not b.heading]
    assert body[0].section[-2:] == ("IMPORTANT PLAN INFORMATION", "Copayments (Copays)")
    assert body[0].text.startswith("When using Northwind Health Plus, you may be responsible for a copayment")
    assert not any(b.text.startswith("IMPORTANT PLAN INFORMATION:") for b in loaded.blocks if not b.heading)
    # A run-in label in body type ("Tips" over its paragraph) ends in a colon, as the document
    # writes it elsewhere, so it does not run into the sentence that follows.
    page_6 = " ".join(
        b.text for b in load_pdf(CONTOSO / "Northwind_Standard_Benefits_Details.pdf").blocks if b.page == 6
    )
    assert "Tips: In order to avoid costly balance billing amounts" in page_6
    assert "Exceptions: There are certain exceptions" in page_6


def test_an_embedded_image_is_an_image_node_on_its_page_found_by_what_it_shows(mg: MemGraph, tmp_path: Path) -> None:
    path = write_manual(tmp_path / "manual.pdf")
    res = mg.ingest(path)
    (image,) = mg.store.find_nodes(NodeLabel.IMAGE, ["shared"], limit=10)
    assert image.props["page"] == 2 and image.props["documentTitle"] == "Office Manual"
    assert "E-1042" in image.props["ocrText"]
    links = mg.store.relationships(dst=[image.ref], types=[RelType.HAS_IMAGE])
    assert {r.src_label for r in links} == {NodeLabel.DOCUMENT, NodeLabel.CHUNK}
    chunk = next(r for r in links if r.src_label == NodeLabel.CHUNK)
    assert mg.store.get_nodes(NodeLabel.CHUNK, [chunk.src_id], None)[0].props["page"] == 2
    hit = mg.search("the screenshot with error code E-1042", user_id="reader", top_k=3)[0]
    assert hit.label == NodeLabel.IMAGE and hit.uri == str(path.resolve()) and hit.page == 2
    assert hit.citation() == "Office Manual, p. 2"
    # a new version supersedes the old image; retiring takes the new one out of search
    write_manual(path, error_code="E-2077")
    new = mg.ingest(path)
    assert new.status == "new_version"
    hits = mg.search("the screenshot with error code", user_id="reader", top_k=5)
    images = [h for h in hits if h.label == NodeLabel.IMAGE]
    assert [("E-2077" in h.text) for h in images] == [True]
    mg.kb.retire(new.document_id)
    assert not [h for h in mg.search("printer error code", user_id="reader", top_k=5) if h.label == NodeLabel.IMAGE]
    assert res.document_id != new.document_id


def render(pdf: Path, page: int, dpi: int = 110) -> Image.Image:
    import pymupdf

    with pymupdf.open(pdf) as doc:
        pix = doc[page - 1].get_pixmap(dpi=dpi)
        return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


@pytest.mark.skipif(not CONTOSO.is_dir(), reason=f"no Contoso data at {CONTOSO}")
def test_rendered_contoso_pages_are_found_by_their_ocr_text(mg: MemGraph, tmp_path: Path) -> None:
    """Real pages as images: a PNG upright, a JPEG stored turned with an EXIF orientation
    (a phone photo), and a PNG turned a quarter without EXIF (a scan fed in sideways)."""
    standard = CONTOSO / "Northwind_Standard_Benefits_Details.pdf"
    upright = tmp_path / "p7.png"
    render(standard, 7).save(upright)
    phone = tmp_path / "p48.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera held sideways: turn 90 degrees clockwise to view
    render(standard, 48).rotate(90, expand=True).save(phone, quality=90, exif=exif)
    sideways = tmp_path / "p83.png"
    render(standard, 83).rotate(-90, expand=True).save(sideways)
    questions = {
        upright: "What protection does Contoso offer against balance billing?",
        phone: "What types of rehabilitation therapy does Northwind Standard cover?",
        sideways: "What is the role of the Independent Review Organization in the appeals process?",
    }
    ids = {path: mg.add_image(path, user_id="ana").id for path in questions}
    for path, question in questions.items():
        hits = [h for h in mg.search(question, user_id="ana", top_k=3) if h.label == NodeLabel.IMAGE]
        assert hits and hits[0].id == ids[path] and hits[0].uri == str(path), (path.name, [h.uri for h in hits])


@pytest.mark.skipif(not CONTOSO.is_dir(), reason=f"no Contoso data at {CONTOSO}")
def test_a_page_whose_orientation_detection_is_unsure_is_read_the_right_way_up() -> None:
    """At 110 dpi Tesseract's orientation detection takes this upright page for upside down
    (confidence 1.7) and the page turned a quarter for the opposite quarter (5.4)."""
    from memgraph.loaders.image import ocr_image

    page = render(CONTOSO / "Benefit_Options.pdf", 3)
    for turn in (0, 90):
        text = ocr_image(page.rotate(turn, expand=True))
        assert "Welcome to Contoso Electronics" in text, (turn, text[:120])


def test_a_memory_attaches_a_document_only_its_owner_finds(mg: MemGraph, tmp_path: Path) -> None:
    path = write_manual(tmp_path / "my_printer_manual.pdf")
    (memory,) = mg.add("Here is the manual of my home printer", user_id="ana")
    res = mg.add_document(path, user_id="ana", memory_id=memory.id)
    assert res.status == "created" and res.pages == 2
    doc_ref = (NodeLabel.DOCUMENT, res.document_id)
    assert mg.store.relationships(src=[(NodeLabel.MEMORY, memory.id)], dst=[doc_ref], types=[RelType.ATTACHED])
    assert mg.store.relationships(src=[(NodeLabel.USER, "ana")], dst=[doc_ref], types=[RelType.OWNS])
    hits = mg.search("error code E-1042 paper jam", user_id="ana", top_k=3)
    assert hits and all(h.properties.get("documentId") == res.document_id for h in hits if h.document)
    assert any(h.label == NodeLabel.IMAGE and h.page == 2 for h in hits)
    assert mg.search("error code E-1042 paper jam", user_id="ben", top_k=3) == []  # private to ana
    assert mg.kb.documents() == []  # not in the shared knowledge base
    again = mg.add_document(path, user_id="ana")
    assert again.status == "unchanged" and again.document_id == res.document_id


def test_a_persons_document_is_forgotten_with_every_version(mg: MemGraph, tmp_path: Path) -> None:
    path = write_manual(tmp_path / "my_manual.pdf")
    (memory,) = mg.add("My printer's manual", user_id="ana")
    first = mg.add_document(path, user_id="ana", memory_id=memory.id)
    write_manual(path, error_code="E-2077")
    second = mg.add_document(path, user_id="ana")
    assert second.status == "new_version"
    with pytest.raises(NotFoundError):
        mg.delete_document(second.document_id, user_id="ben")  # not ben's
    assert mg.delete_document(second.document_id, user_id="ana") == 2
    for label in (NodeLabel.DOCUMENT, NodeLabel.CHUNK, NodeLabel.IMAGE):
        assert mg.store.find_nodes(label, ["user:ana"], limit=10) == []
    assert not mg.store.relationships(src=[(NodeLabel.MEMORY, memory.id)], types=[RelType.ATTACHED])
    assert [h.label for h in mg.search("error code paper jam", user_id="ana", top_k=5)] == [NodeLabel.MEMORY]
    assert mg.get(memory.id, user_id="ana").text == "My printer's manual"  # the memory stays
    assert first.document_id != second.document_id


def test_a_bold_run_in_term_heads_its_own_paragraph_only(tmp_path: Path) -> None:
    from bench.handbook_suite import Handbook, render_pdf

    page = """<h1>Depot guide</h1>
<h2>Our depots</h2>
<p>Each depot has its own gate hours:</p>
<dl>
<dt><b>Marlow</b>, Unit 7, Quarry Road</dt>
<dd>The gate is open from 05:15 to 22:45. Sign on in the traffic office.</dd>
<dt><b>Ashby</b> (chilled), Tern Lane</dt>
<dd>The gate is open around the clock.</dd>
</dl>
<p>Park your own car in the staff car park.</p>
"""
    book = Handbook("runin", "Depot guide", "tuning", "pdf", (page,), (), ())
    loaded = load_pdf(render_pdf(book, tmp_path / "runin.pdf"))
    section_of = {b.text: b.section[-1] for b in loaded.blocks if not b.heading}
    marlow = next(t for t in section_of if "05:15" in t)
    assert section_of[marlow] == "Marlow" and "Unit 7, Quarry Road" in marlow  # the term's line and its description
    assert section_of[next(t for t in section_of if "around the clock" in t)] == "Ashby"
    assert section_of[next(t for t in section_of if "Park your own car" in t)] == "Our depots"


def test_a_list_ends_where_the_next_paragraph_starts(tmp_path: Path) -> None:
    """A list's last item without a full stop does not run on into the paragraph after it, and a
    full stop of "ext." before a number ends no sentence."""
    from bench.handbook_suite import Handbook, render_pdf

    page = """<h1>Induction</h1>
<h2>Which contract am I on?</h2>
<ul>
<li><b>Core</b>: permanent, salaried</li>
<li><b>Casual</b>: zero-hours, paid by the hour, shifts offered through the rota app</li>
</ul>
<p><i>Speaker notes:</i> If your letter says fixed-term, you are Season.</p>
<ul><li>Box Office: the supervisor line, ext. 2207</li></ul>
"""
    book = Handbook("lists", "Induction", "tuning", "pdf", (page,), (), ())
    loaded = load_pdf(render_pdf(book, tmp_path / "lists.pdf"))
    body = [b.text for b in loaded.blocks if not b.heading]
    listed = next(t for t in body if "zero-hours" in t)
    assert listed.endswith("through the rota app") and "Speaker notes" not in listed, body
    assert any(t.startswith("Speaker notes: If your letter") for t in body), body
    units = [u for t in body for u in sentences(t, items=True)]
    assert "• Box Office: the supervisor line, ext. 2207" in units, units


def test_a_table_drawn_without_borders_is_read_as_rows(tmp_path: Path) -> None:
    """A table whose cells have no ruling (as HTML without borders renders) is found by the
    alignment of its words, not flattened into one run of text; prose beside it is no table."""
    import pymupdf

    html = """<h2>Pay and notice</h2>
<p>Everyone is paid by bank transfer, and payslips are on the portal two days before pay day.</p>
<table>
<tr><th>Contract type</th><th>Paid</th><th>Pay day</th><th>Notice you must give</th></tr>
<tr><td>Permanent</td><td>Monthly</td><td>28th of each month</td><td>4 weeks</td></tr>
<tr><td>Fixed-term</td><td>Monthly</td><td>15th of each month</td><td>2 weeks</td></tr>
<tr><td>Casual</td><td>Weekly</td><td>Every Friday</td><td>24 hours</td></tr>
</table>
<p>Leave must be booked through the portal at least two weeks in advance.</p>"""
    path = tmp_path / "borderless.pdf"
    writer = pymupdf.DocumentWriter(str(path))
    story = pymupdf.Story(html, user_css="body { font-family: sans-serif; font-size: 10.5pt } td, th { padding: 3px }")
    device = writer.begin_page(pymupdf.paper_rect("a4"))
    story.place(pymupdf.Rect(60, 60, 535, 782))
    story.draw(device)
    writer.end_page()
    writer.close()
    with pymupdf.open(path) as doc:
        assert len(doc[0].get_drawings()) == 0  # no ruling at all
    text = " ".join(b.text for b in load_pdf(path).blocks)
    assert (
        "Contract type: Fixed-term; Paid: Monthly; Pay day: 15th of each month; Notice you must give: 2 weeks." in text
    )
    assert "Everyone is paid by bank transfer, and payslips are on the portal" in text


FOOTNOTED = """<h2>Hybrid working</h2>
<table>
<tr><th>Grade<sup>a, b</sup></th><th>Priory Campus</th><th>Saltings Campus<sup>1</sup></th></tr>
<tr><td>Grades 1 to 4</td><td>3 days</td><td>4 days</td></tr>
<tr><td>Grades 5 to 7</td><td>2 days</td><td>3 days</td></tr>
<tr><td>Grade 8<sup>2</sup></td><td>1 day<sup>*</sup></td><td>2 days</td></tr>
</table>
<p>a Staff in front-line posts are on campus every contracted day.</p>"""
"""A table whose header row and a body row carry superscript footnote marks."""


def test_a_footnote_mark_is_no_part_of_a_columns_name(tmp_path: Path) -> None:
    """ "Grade<sup>a, b</sup>" heads a column of grades, as a PDF and an HTML page write it: the
    mark (run into the word before it in the PDF's words, "Gradea,") is dropped from the header
    row, and so are the marks of a row's key and values ("Grade 82", "1 day*"); the footnote
    itself stays."""
    import pymupdf

    path = tmp_path / "footnoted.pdf"
    writer = pymupdf.DocumentWriter(str(path))
    story = pymupdf.Story(
        FOOTNOTED, user_css="body { font-family: sans-serif; font-size: 10.5pt } td, th { border: 1px solid #555 }"
    )
    device = writer.begin_page(pymupdf.paper_rect("a4"))
    story.place(pymupdf.Rect(60, 60, 535, 782))
    story.draw(device)
    writer.end_page()
    writer.close()
    html = tmp_path / "footnoted.html"
    html.write_text(f"<html><body>{FOOTNOTED}</body></html>", encoding="utf-8")
    for doc in (load_pdf(path), load(html)):
        text = " ".join(b.text for b in doc.blocks)
        assert "Grade: Grades 5 to 7; Priory Campus: 2 days; Saltings Campus: 3 days." in text, text
        assert "Grade: Grade 8; Priory Campus: 1 day; Saltings Campus: 2 days." in text, text
        assert "a Staff in front-line posts" in text


def test_a_boxed_notices_title_is_not_cut_into_cells(tmp_path: Path) -> None:
    """A ruled one-column table's header ("MV Corran Star" over that vessel's notice) can be
    found by PyMuPDF as a one-row table of its words ("MV | Corran | Star"), as on the suite's
    ferry manual; one row is no table, so the title is read as text (a heading over its
    notice) and each notice stays under its own vessel."""
    from bench.handbook_suite import HANDBOOKS, write

    ferry = next(h for h in HANDBOOKS if h.name == "skerrow")
    blocks = load_pdf(write(ferry, tmp_path)).blocks
    assert not [b.text for b in blocks if "Corran |" in b.text]
    for vessel, drill in (("MV Corran Star", "Sundays at 10:30"), ("MV Lochan Bride", "Thursdays at 19:15")):
        notice = next(b for b in blocks if drill in b.text and b.text.startswith("Boat and fire drill"))
        assert notice.section[-1] == vessel, (notice.section, notice.text)


def test_the_loaders_take_a_path_as_a_string(tmp_path: Path) -> None:
    from memgraph.loaders import load_html, load_text

    (tmp_path / "a.md").write_text("# Title\n\nSome text.\n", encoding="utf-8")
    (tmp_path / "a.html").write_text("<h1>Title</h1><p>Some text.</p>", encoding="utf-8")
    assert load_text(str(tmp_path / "a.md")).blocks and load_html(str(tmp_path / "a.html")).blocks
    assert load_pdf(str(write_manual(tmp_path / "manual.pdf"))).blocks
