"""HTML: readable text blocks under their heading path; scripts, styles and forms dropped.

BeautifulSoup (``html.parser``, charset from the document or detected) parses the file. A
block is the innermost block-level element holding text (paragraph, list item, quote, code,
figure caption, ...); a table row becomes one block, ``Header: value; ...`` under a header
row (:func:`~memgraph.loaders.base.table_rows`, as the PDF loader writes rows), else its cells
joined by `` | ``, so tables stay readable; a list item starts with a bullet ("• ").
``h1``-``h6`` open sections the way Markdown headings do. Texts are normalised
(:func:`memgraph.text.textutil.normalize_text`: ligatures folded, soft hyphens such as ``&shy;``
and zero-width characters removed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from memgraph.errors import UnsupportedFileError
from memgraph.text.textutil import BULLETS, normalize_text

from .base import FOOTNOTE_MARK, Block, LoadedDocument, file_sha256, read_markup_bytes, table_rows, title_from_path

DROPPED = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "head")
"""Elements whose content is never text of the document."""

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCKS = {
    "p",
    "li",
    "pre",
    "blockquote",
    "dd",
    "dt",
    "figcaption",
    "caption",
    "tr",
    "div",
    "section",
    "article",
    "main",
    "address",
}
"""Block-level elements: the innermost one holding text is a block."""


def load_html(path: str | Path) -> LoadedDocument:
    """Load an ``.html`` / ``.htm`` file.

    Raises:
        UnsupportedFileError: over the size limit, binary, or without any text.
    """
    path = Path(path)
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(read_markup_bytes(path), "html.parser")
    page_title = normalize_text(soup.title.get_text(" ", strip=True)) if soup.title else ""
    for tag in soup.find_all(DROPPED):
        tag.decompose()
    blocks: list[Block] = []
    path_: list[tuple[int, str]] = []
    first_h1: str | None = None
    rows = _row_texts(soup.body or soup)
    for el in (soup.body or soup).find_all(True):
        name = el.name
        if name in HEADINGS:
            text = normalize_text(el.get_text(" ", strip=True))
            if not text:
                continue
            level = HEADINGS[name]
            if level == 1 and first_h1 is None:
                first_h1 = text
            while path_ and path_[-1][0] >= level:
                path_.pop()
            path_.append((level, text))
            blocks.append(Block(text, None, tuple(h for _, h in path_), heading=True))
        elif name in BLOCKS and not _has_block_inside(el):
            text = normalize_text(_block_text(el, rows))
            if text:
                blocks.append(Block(text, None, tuple(h for _, h in path_)))
    if not blocks:
        raise UnsupportedFileError(f"{path}: the HTML has no text")
    return LoadedDocument(
        title=first_h1 or page_title or title_from_path(path),
        uri=str(path.resolve()),
        sha256=file_sha256(path),
        media_type="text/html",
        blocks=blocks,
    )


def _has_block_inside(el: Any) -> bool:
    return el.find(list(BLOCKS | set(HEADINGS))) is not None


def _row_texts(root: Any) -> dict[int, str]:
    """id of each table row element -> its text (:func:`table_rows`; "" for a header row)."""
    out: dict[int, str] = {}
    for table in root.find_all("table"):
        rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
        for mark in (m for r in rows for m in r.find_all("sup") if FOOTNOTE_MARK.fullmatch(m.get_text(strip=True))):
            # "Grade<sup>a, b</sup>": the column is "Grade", "United Kingdom<sup>1</sup>" the
            # row's key; their footnotes are below the table
            mark.decompose()
        cells = _grid(rows)
        filled = [(r, c) for r, c in zip(rows, cells) if any(c)]
        texts = table_rows([c for _, c in filled])
        if len(texts) < len(filled):
            out[id(filled[0][0])] = ""  # the header row: its names are in every other row
            filled = filled[1:]
        out.update((id(r), t) for (r, _), t in zip(filled, texts))
    return out


def _span(cell: Any, attr: str, most: int) -> int:
    """A cell's ``rowspan`` or ``colspan``: 1 when missing or not a number; 0 ("to the end")
    and anything larger are ``most``."""
    try:
        n = int(str(cell.get(attr, "1")).strip())
    except ValueError:
        return 1
    return most if n <= 0 or n > most else n


def _grid(rows: list[Any]) -> list[list[str]]:
    """The cell texts of a table's rows laid out as HTML's table model places them: a cell with
    ``rowspan`` is repeated in each row it spans (the region a row of countries belongs to), a
    cell with ``colspan`` takes the columns it spans, the later ones empty (a caption stays one
    cell of text)."""
    out: list[list[str]] = []
    below: dict[int, tuple[int, str]] = {}  # column -> (rows it still spans, its text)

    def fill(line: list[str]) -> None:
        while len(line) in below:
            left, text = below.pop(len(line))
            line.append(text)
            if left > 1:
                below[len(line) - 1] = (left - 1, text)

    for i, row in enumerate(rows):
        line: list[str] = []
        for cell in row.find_all(["td", "th"]):
            fill(line)
            text = cell.get_text(" ", strip=True)
            down = _span(cell, "rowspan", len(rows) - i)
            for k in range(_span(cell, "colspan", 1000)):
                if down > 1:
                    below[len(line)] = (down - 1, text if k == 0 else "")
                line.append(text if k == 0 else "")
        fill(line)
        while below and max(below) >= len(line):
            line.append("")  # a gap before a cell spanned from above further right
            fill(line)
        out.append(line)
    return out


def _block_text(el: Any, rows: dict[int, str]) -> str:
    if el.name == "tr":
        return rows.get(id(el), "")
    text = " ".join(el.get_text(" ", strip=True).split())
    # A list item keeps its bullet, as the PDF loader's do: applicability reads list items
    # under a lead-in ("Colleagues in the Northern region:") as that lead-in's.
    return f"{BULLETS[0]} {text}" if el.name == "li" and text else text
