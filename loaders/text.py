"""Plain text and Markdown: paragraphs as blocks, Markdown ATX headings (``#``) as sections.

A Markdown list item (``-``, ``*`` or ``+``) is a block of its own that starts with a bullet
("• "), and a pipe table with a delimiter row (``|---|---|``) gives one block per body row,
``Header: value; ...`` (:func:`~memgraph.loaders.base.table_rows`), as the HTML and PDF loaders
write them."""

from __future__ import annotations

import re
from pathlib import Path

from memgraph.errors import UnsupportedFileError
from memgraph.text.textutil import BULLETS, normalize_text

from .base import Block, LoadedDocument, file_sha256, read_markup_bytes, table_rows, title_from_path

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s{0,3}[-*+]\s+(?P<text>\S.*)$")
_TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def read_text_file(path: Path) -> str:
    """The file's text, strictly UTF-8 (a BOM is dropped).

    Raises:
        UnsupportedFileError: not valid UTF-8, binary (NUL bytes), or larger than the limit.
    """
    data = read_markup_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UnsupportedFileError(f"{path}: not valid UTF-8 (byte {e.start}): {e.reason}") from e


def blocks_from_markdown(text: str) -> tuple[str | None, list[Block]]:
    """Split Markdown (or plain text) into paragraph blocks under their heading path.

    Returns:
        (first top-level heading or None, blocks).
    """
    blocks: list[Block] = []
    path: list[tuple[int, str]] = []
    title: str | None = None
    para: list[str] = []

    def flush() -> None:
        body = " ".join(s.strip() for s in para).strip()
        if body:
            blocks.append(Block(body, None, tuple(h for _, h in path)))
        para.clear()

    in_code = False
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.strip().startswith("```"):
            in_code = not in_code
            continue
        if not in_code and _TABLE_LINE.match(line) and i < len(lines) and _DELIMITER_ROW.match(lines[i]):
            flush()
            rows = [_cells(line)]
            i += 1
            while i < len(lines) and _TABLE_LINE.match(lines[i]):
                rows.append(_cells(lines[i]))
                i += 1
            section = tuple(h for _, h in path)
            blocks.extend(Block(row, None, section) for row in table_rows(rows))
            continue
        item = None if in_code else _LIST_ITEM.match(line)
        if item:
            flush()
            para.append(f"{BULLETS[0]} {item.group('text')}")
            continue
        m = None if in_code else _HEADING.match(line)
        if m:
            flush()
            level, name = len(m.group(1)), m.group(2).strip()
            if title is None and level == 1:
                title = name
            while path and path[-1][0] >= level:
                path.pop()
            path.append((level, name))
            blocks.append(Block(name, None, tuple(h for _, h in path), heading=True))
        elif not line.strip():
            flush()
        else:
            para.append(line)
    flush()
    return title, blocks


def load_text(path: str | Path) -> LoadedDocument:
    """Load a ``.txt`` or ``.md`` file, its text normalised (:func:`memgraph.text.textutil.normalize_text`).

    Raises:
        UnsupportedFileError: unreadable as UTF-8 text, or empty.
    """
    path = Path(path)
    text = normalize_text(read_text_file(path))
    if not text.strip():
        raise UnsupportedFileError(f"{path}: the file has no text")
    title, blocks = blocks_from_markdown(text)
    media = "text/markdown" if path.suffix.lower() in {".md", ".markdown"} else "text/plain"
    return LoadedDocument(
        title=title or title_from_path(path),
        uri=str(path.resolve()),
        sha256=file_sha256(path),
        media_type=media,
        blocks=blocks,
    )
