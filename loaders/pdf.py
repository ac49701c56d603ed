"""PDF with PyMuPDF: text blocks in reading order with 1-based page numbers and headings.

Headings are told from the body by font: a line whose spans are bold and at least as large
as the body font, or clearly larger (1.15x) than the body font, is a heading; larger fonts
are outer levels. The body font is the size that carries most characters in the file.

A page without a text layer (a scan) is rendered at :data:`OCR_DPI` and read by Tesseract
(:func:`memgraph.loaders.image.ocr_lines`); each line's estimated text size stands in for its font
size, so headings and sections come out as on text pages (bold is not known). The
document's ``metadata["ocrPages"]`` lists those pages.

A paragraph that opens with a few bold words before regular text (a definition list's term,
"**Saltrigg**, Kelso Park ..."; a bold run-in label) gets them as a heading of its own: its
block's section ends in them, for that paragraph only.

Tables (found by PyMuPDF's ``Page.find_tables`` on pages with vector graphics, since ruled
tables are drawn) become one block each whose rows read ``Header: value; Header: value.``,
so a row stays one sentence with its column names. Embedded images (figures, logos, scans
of forms) come back as :class:`~memgraph.loaders.base.EmbeddedImage` with their OCR text, once per
distinct image however many pages repeat it.

Every block's text goes through :func:`memgraph.text.textutil.normalize_text` (ligatures such as
"ﬀ"/"ﬁ" folded, soft hyphens and zero-width characters removed), as in every loader. PyMuPDF's
own ``TEXT_PRESERVE_LIGATURES`` flag, when cleared, expands only the Latin ligatures
U+FB00-FB06 (and leaves soft hyphens in); the shared function does that and the rest of NFKC,
and serves OCR text and the other formats too.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from memgraph.errors import MemGraphError, UnsupportedFileError
from memgraph.text.textutil import BULLETS, normalize_text

from .base import (
    FOOTNOTE_MARK,
    MAX_FILE_BYTES,
    Block,
    EmbeddedImage,
    LoadedDocument,
    file_sha256,
    join_lines,
    table_rows,
    title_from_path,
)

MAX_PAGES = 1000
"""Largest page count accepted by default (``load_pdf(..., max_pages=N)`` raises it)."""

MIN_IMAGE_SIDE = 32
"""Embedded images narrower or lower than this many pixels (rules, bullets, spacers) are skipped."""

MAX_IMAGES = 200
"""Most distinct embedded images read from one PDF; the rest are left out (``metadata["imagesSkipped"]``)."""

_TABLE_MIN_DRAWINGS = 4
"""Vector drawings a page needs before it is searched for tables (``find_tables`` costs
about 0.2 s a page, so pages without ruling are not searched)."""

OCR_DPI = 200
"""Resolution scanned pages are rendered at for OCR."""

_X_SIZE_PER_POINT = 1.3
"""Tesseract's line ``x_size`` (pixels, converted to points) per point of font size, measured
on rendered pages (Helvetica 11 pt body: x_size 27-28 px at 200 dpi)."""


def _open(path: Path, max_pages: int = MAX_PAGES) -> Any:
    import pymupdf

    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnsupportedFileError(f"{path}: {size} bytes is over the {MAX_FILE_BYTES}-byte limit")
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception as e:
        raise UnsupportedFileError(f"{path}: not a readable PDF ({e})") from e
    if doc.is_repaired:
        doc.close()
        raise UnsupportedFileError(
            f"{path}: the PDF is damaged or truncated (its cross-reference table had to be rebuilt); "
            "repair or re-export it first"
        )
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise UnsupportedFileError(f"{path}: the PDF is encrypted; decrypt it first")
    if doc.page_count == 0:
        doc.close()
        raise UnsupportedFileError(f"{path}: the PDF has no pages")
    if (count := doc.page_count) > max_pages:
        doc.close()
        raise UnsupportedFileError(
            f"{path}: {count} pages is over the {max_pages}-page limit; split the file, or load it "
            "with memgraph.loaders.load_pdf(path, max_pages=N) and KnowledgeBase.ingest_loaded"
        )
    return doc


TABLE = -1.0
RUN_IN = -2.0
"""Marker size of a run-in heading: the bold words that open a paragraph ("**Saltrigg**,
Kelso Park ... The gate is open from 05:00"), the heading of that paragraph only."""
PARAGRAPH = -3.0
"""Marker size of an empty line where PyMuPDF starts a new text block (a paragraph)."""
_RUN_IN_WORDS = 5
"""Font size given to a table's line: never a heading, never the body size."""


def _tables(page: Any) -> list[tuple[tuple[float, float, float, float], str]]:
    """(bbox, readable text) of each table on a page; rows become ``Header: value; ...``. A page
    with ruling is searched by its lines; one without, whose text stands in columns
    (:func:`_in_columns`), by the alignment of its words (PyMuPDF's ``text`` strategy: a table
    drawn without borders), keeping tables of two columns and two rows or more (a ruled one of
    two rows or more)."""
    words = page.get_text("words")
    ruled = len(page.get_drawings()) >= _TABLE_MIN_DRAWINGS
    if ruled:
        # (one row is no table: a boxed title's words are found as its cells, "MV | Corran | Star")
        tables = [t for t in page.find_tables().tables if t.row_count >= 2]
    elif _in_columns(words):
        found = page.find_tables(vertical_strategy="text", horizontal_strategy="text").tables
        tables = [t for t in found if t.col_count >= 2 and t.row_count >= 2]
    else:
        return []
    marks = _superscript_marks(page) if tables else []
    out = []
    for table in tables:
        # (a footnote mark is no part of a column's name, "Grade a, b", nor of a row's key or
        # value: "United Kingdom1", "41.001")
        rows = [[_cell_text(words, cell, marks) for cell in row.cells] for row in table.rows]
        if not ruled:
            rows = _continued(rows)
        if text := " ".join(table_rows(rows)):
            out.append((tuple(table.bbox), text))
    return out


def _continued(rows: list[list[str]]) -> list[list[str]]:
    """A borderless table's rows with each line of a wrapped cell put back in its row: a row whose
    first cell is empty continues the row before it ("28th of each" + "month")."""
    out: list[list[str]] = []
    for row in rows:
        if out and row and not row[0].strip() and len(row) == len(out[-1]):
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], row)]
        else:
            out.append(list(row))
    return out


COLUMN_GAP = 2.5
"""A gap between two words of one line wider than this many times the line's height sets them in
columns (a borderless table's cells); justified prose stays far below it."""


def _in_columns(words: list[Any]) -> bool:
    """Whether two neighbouring words of some line stand :data:`COLUMN_GAP` line heights or more
    apart: the cheap test that a page without ruling may hold a borderless table, before the
    costlier search (about 0.2 s a page)."""
    rows: dict[int, list[Any]] = {}
    for w in words:
        rows.setdefault(round(w[3]), []).append(w)  # by the bottom edge: one row of text
    for row in rows.values():
        row.sort(key=lambda w: w[0])
        for a, b in itertools.pairwise(row):
            if b[0] - a[2] >= COLUMN_GAP * max(a[3] - a[1], 1.0):
                return True
    return False


Box = tuple[float, float, float, float]


def _superscript_marks(page: Any) -> list[tuple[Box, str]]:
    """The boxes and texts of a page's superscript footnote marks (PyMuPDF's superscript flag,
    text as :data:`~memgraph.loaders.base.FOOTNOTE_MARK`)."""
    return [
        (tuple(span["bbox"]), span["text"].strip())
        for block in page.get_text("dict").get("blocks", [])
        for line in block.get("lines", [])
        for span in line.get("spans", [])
        if span.get("flags", 0) & 1 and FOOTNOTE_MARK.fullmatch(span.get("text", "").strip())
    ]


def _cell_text(words: list[Any], cell: Any, marks: Sequence[tuple[Box, str]] = ()) -> str:
    """The words whose centre lies in a table cell, in reading order, joined by spaces ("" for a
    merged cell, None), without the footnote ``marks`` (:func:`_superscript_marks`; a mark's
    first part may be run into the word before it: "Gradea," for "Grade" and "a, b"). Read from
    the page's words, not ``Table.extract()``, which joins characters by position and loses the
    spaces of PDFs that draw no space glyphs ("180GBPayear" for "180 GBP a year")."""
    if cell is None:
        return ""
    inside = [w for w in words if _inside(w[:4], cell)]
    inside.sort(key=lambda w: (w[5], w[6], w[7]))  # block, line, word number
    kept = []
    for w in inside:
        text = w[4]
        for box, mark in marks:
            if _inside(w[:4], box):
                text = ""  # the mark's own word
            elif w[0] < box[0] < w[2] and w[1] < box[3] and box[1] < w[3] and text.endswith(mark.split()[0]):
                kept_part = text[: -len(mark.split()[0])]
                if not (kept_part.isalpha() and len(kept_part) <= 2):  # "m2", "km2": a unit's power
                    text = kept_part
        if text:
            kept.append(text)
    return " ".join(kept)


def _inside(bbox: Any, box: tuple[float, float, float, float]) -> bool:
    x = (bbox[0] + bbox[2]) / 2
    y = (bbox[1] + bbox[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _lines(page: Any) -> list[tuple[str, float, bool]]:
    """(text, font size, bold) of each line of a page, in reading order; a table is one
    line of size :data:`TABLE` where it starts."""
    out = []
    tables = _tables(page)
    placed: set[int] = set()
    data = page.get_text("dict", sort=True)
    for block in data.get("blocks", []):
        # the marker's text is the block's left edge: an indented block continues a run-in
        # heading's paragraph (a definition list's description under its term)
        out.append((f"{block.get('bbox', (0,))[0]:.0f}", PARAGRAPH, False))
        previous = ""
        for n, line in enumerate(block.get("lines", [])):
            spans = [s for s in line.get("spans", []) if s.get("text", "").strip()]
            if not spans:
                continue
            where = next((i for i, (box, _) in enumerate(tables) if _inside(line["bbox"], box)), None)
            if where is not None:
                if where not in placed:
                    placed.add(where)
                    out.append((tables[where][1], TABLE, False))
                continue
            text = "".join(s["text"] for s in line["spans"]).strip()
            size = max(s["size"] for s in spans)
            bolds = [bool((s["flags"] & 16) or "bold" in s["font"].lower()) for s in spans]
            lead = "".join(s["text"] for s, b in zip(spans, itertools.takewhile(bool, bolds))).strip()
            opens = n == 0 or re.search(r"[.;:!?]$", previous) is not None
            if opens and 0 < len(lead.split()) <= _RUN_IN_WORDS and not all(bolds) and lead[:1].isupper():
                # a paragraph that opens with a bold name: a run-in heading for that paragraph
                out.append((f"{line['bbox'][0]:.0f}", PARAGRAPH, False))
                out.append((lead.rstrip(".:"), RUN_IN, True))
                text = text[len(lead) :].lstrip(" ,.:")
            out.append((text, round(size, 1), all(bolds)))
            previous = text
    return out if any(size != PARAGRAPH for _, size, _ in out) else []  # no text layer: []


def _images(doc: Any, path: Path, *, ocr: bool, scanned: set[int]) -> tuple[list[EmbeddedImage], int]:
    """Distinct embedded images of a PDF with their OCR text; returns (images, left out).
    Images only on ``scanned`` pages (read by OCR as a whole) are the page, not a figure."""
    import hashlib
    import io

    from PIL import Image

    from .image import FORMATS, MAX_IMAGE_PIXELS, ocr_image

    pages_of: dict[int, list[int]] = {}
    for page in doc:
        for info in page.get_images(full=True):
            pages_of.setdefault(info[0], []).append(page.number + 1)
    by_sha: dict[str, EmbeddedImage] = {}
    skipped = 0
    for xref, pages in pages_of.items():
        if set(pages) <= scanned:
            continue
        if len(by_sha) >= MAX_IMAGES:
            skipped += 1
            continue
        try:
            raw = doc.extract_image(xref)
        except Exception:  # an image PyMuPDF cannot decode is left out, the text still loads
            skipped += 1
            continue
        if not raw or min(raw["width"], raw["height"]) < MIN_IMAGE_SIDE:
            continue
        if raw["width"] * raw["height"] > MAX_IMAGE_PIXELS:
            skipped += 1
            continue
        data = raw["image"]
        sha = hashlib.sha256(data).hexdigest()
        try:
            with Image.open(io.BytesIO(data)) as img:
                img.load()
                media = FORMATS.get(img.format or "", f"image/{raw['ext']}")
                source = f"{path} image on page {pages[0]}"
                text = ocr_image(img, source=source, detect_rotation=False) if ocr else ""
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
            skipped += 1
            continue
        old = by_sha.get(sha)
        pages_ = tuple(sorted(set(pages) | set(old.pages if old else ())))
        by_sha[sha] = EmbeddedImage(sha, pages_, raw["width"], raw["height"], media, text, data)
    return sorted(by_sha.values(), key=lambda i: (i.pages[0], i.sha256)), skipped


def _ocr_lines(page: Any, path: Path) -> list[tuple[str, float, bool]]:
    """The lines Tesseract reads on a page rendered at :data:`OCR_DPI`, with their text size
    in points (from hOCR's ``x_size``), so headings are told apart as on text pages."""
    from PIL import Image

    from .image import ocr_lines

    pix = page.get_pixmap(dpi=OCR_DPI, alpha=False)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    lines = ocr_lines(img, source=f"{path} page {page.number + 1}")
    # x_size spans ascenders to descenders: about 1.3x the font size in points. Half-point
    # steps absorb OCR's jitter, so headings of one level share one size.
    return [(text, round(size * 72 / OCR_DPI / _X_SIZE_PER_POINT * 2) / 2, False) for text, size in lines]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _echoes_headings(line: str, path: list[str]) -> bool:
    """Whether a body-size line only repeats the innermost headings ("CARE MANAGEMENT: Prior
    Authorization" under the headings "CARE MANAGEMENT" and "Prior-Authorization"), as
    documents that print a running section title under each heading do."""
    words = _words(line)
    return bool(path) and any(words == _words(" ".join(path[-k:])) for k in range(1, min(3, len(path)) + 1))


MAX_LABEL_WORDS = 3
"""Longest run-in label, in words ("Tips", "Exceptions", "Out-of-Network Copays")."""


def _line_end(line: str, before: str, after: str) -> str:
    """``":"`` for a run-in label in body type ("Tips" over "If you are considering ..."), so it
    does not run into the sentence that follows when the lines are joined, else ``""``: at most
    :data:`MAX_LABEL_WORDS` capitalised words without end punctuation, after a finished
    sentence and before a capitalised line or a list item, written as the documents write it
    elsewhere ("Tips:").

    Form fields ("Reports To: Chief Executive Officer") and list items are left as they are:
    ending them with a full stop moved Contoso's chunk boundaries and cost hit@1 0.52 -> 0.40.
    """
    if not after or re.search(r"[.!?:;,]$", line):
        return ""
    if (
        len(line.split()) <= MAX_LABEL_WORDS
        and line[:1].isupper()
        and (not before or re.search(r"[.!?:]$", before.rstrip()))
        and (after[:1] in BULLETS or after[:1].isupper())
    ):
        return ":"
    return ""


def _ends_list(para: list[str], rest: list[tuple[str, float, bool]]) -> bool:
    """Whether a new block after the lines ``para`` ends a list: ``para`` holds a list item
    and the block's first line (the first of ``rest`` with text) opens no item. A list's last
    item has no full stop as often as not ("• Casual: zero-hours, paid by the hour"), so the
    paragraph after it would otherwise run on as part of that item."""
    if not any(line.lstrip()[:1] in BULLETS for line in para):
        return False
    first = next((t for t, size, _ in rest if size > 0 and t.strip()), "")
    return bool(first) and first.lstrip()[:1] not in BULLETS


def load_pdf(path: str | Path, *, max_pages: int = MAX_PAGES, ocr: bool = True) -> LoadedDocument:
    """Load a PDF's text layer as blocks; pages without one are read by OCR; tables and
    embedded images come along (see the module docstring).

    Args:
        path: the file.
        max_pages: refuse longer files (default :data:`MAX_PAGES`).
        ocr: read scanned pages and embedded images with Tesseract; without it a scanned page
            adds no text and images carry no OCR text.

    Raises:
        UnsupportedFileError: malformed, truncated, encrypted, empty or over the page limit,
            or without any text even after OCR.
        ConfigError: a page needs OCR and Tesseract is not installed.
    """
    path = Path(path)
    doc = _open(path, max_pages)
    ocr_pages: list[int] = []
    try:
        pages = []
        for page in doc:
            lines = _lines(page)
            if not lines and ocr:
                lines = _ocr_lines(page, path)
                ocr_pages.append(page.number + 1)
            pages.append(lines)
        images, images_skipped = _images(doc, path, ocr=ocr, scanned=set(ocr_pages))
        meta_title = (doc.metadata or {}).get("title") or ""
        page_count = doc.page_count
    except MemGraphError:
        raise
    except Exception as e:
        raise UnsupportedFileError(f"{path}: cannot read the PDF's text ({e})") from e
    finally:
        doc.close()
    sizes: Counter[float] = Counter()
    for lines in pages:
        for text, size, _ in lines:
            if size > 0:
                sizes[size] += len(text)
    body = sizes.most_common(1)[0][0] if sizes else 11.0
    heading_sizes = sorted(
        {s for lines in pages for _, s, b in lines if s > 0 and (s > body * 1.15 or (b and s >= body))}, reverse=True
    )
    level_of = {s: i for i, s in enumerate(heading_sizes)}

    blocks: list[Block] = []
    path_: list[tuple[int, str]] = []
    para: list[str] = []
    para_page = 1

    run_in: list[str] = []  # the run-in heading of the paragraph being read, if any
    run_in_edge = 0.0
    edge = 0.0

    def flush() -> None:
        text = join_lines(para)
        section = tuple(h for _, h in path_) + tuple(run_in)
        if text:
            if run_in:
                blocks.append(Block(run_in[0], para_page, section, heading=True))
            blocks.append(Block(normalize_text(text), para_page, section))
        para.clear()
        run_in.clear()

    for pno, lines in enumerate(pages, start=1):
        flush()
        para_page = pno
        for i, (text, size, bold) in enumerate(lines):
            if size == PARAGRAPH:
                edge = float(text)
                ended = bool(para) and re.search(r"[.!?:;]\s*$", para[-1]) is not None
                if run_in and edge <= run_in_edge + 2 and ended:
                    # a run-in heading holds for its own paragraph: a term's line without a
                    # full stop ("Saltrigg, Kelso Park Industrial Estate") takes the next one
                    # (its description), and so does a block indented under it
                    flush()
                elif _ends_list(para, lines[i + 1 :]):
                    flush()
                continue
            if size == RUN_IN:
                flush()
                run_in.append(normalize_text(text))  # it names the section too
                run_in_edge = edge
                para_page = pno
                continue
            if not text:
                continue
            if size == TABLE:
                flush()
                blocks.append(Block(normalize_text(text), pno, tuple(h for _, h in path_)))
                continue
            is_heading = (size > body * 1.15 or (bold and size >= body)) and len(text) < 120
            if is_heading:
                flush()
                text = normalize_text(text)
                level = level_of.get(size, len(heading_sizes))
                while path_ and path_[-1][0] >= level:
                    path_.pop()
                path_.append((level, text))
                blocks.append(Block(text, pno, tuple(h for _, h in path_), heading=True))
                para_page = pno
                continue
            if _echoes_headings(text, [h for _, h in path_]):
                continue
            following = next((t for t, sz, _ in lines[i + 1 :] if sz > 0 or sz == TABLE), "")
            text += _line_end(text, para[-1] if para else "", following)
            if not para:
                para_page = pno
            para.append(text)
            if re.search(r"[.!?:]\s*$", text) and len(" ".join(para)) > 400:
                flush()
    flush()
    first_heading = next((b.text for b in blocks if b.heading), None)
    title = normalize_text(meta_title.strip()) or title_from_path(path)
    if not blocks:
        raise UnsupportedFileError(f"{path}: the PDF has no text, neither a text layer nor text OCR can read")
    return LoadedDocument(
        title=title,
        uri=str(path.resolve()),
        sha256=file_sha256(path),
        media_type="application/pdf",
        blocks=blocks,
        pages=page_count,
        metadata={
            **({"firstHeading": first_heading} if first_heading else {}),
            **({"ocrPages": ocr_pages} if ocr_pages else {}),
            **({"imagesSkipped": images_skipped} if images_skipped else {}),
        },
        images=images,
    )
