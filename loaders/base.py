"""What every loader returns: a document as plain data, never written to a store here."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from memgraph.text.textutil import sentences

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Largest file a loader accepts (200 MiB)."""


@dataclass(frozen=True)
class Block:
    """A piece of a document in reading order.

    Attributes:
        text: the block's text (a paragraph, a table row group, a heading).
        page: 1-based page number, or None for formats without pages.
        section: heading path of the block, outermost first ("Benefits > Leave").
        heading: True when the block is itself a heading.
    """

    text: str
    page: int | None = None
    section: tuple[str, ...] = ()
    heading: bool = False


@dataclass(frozen=True)
class EmbeddedImage:
    """An image inside a document (a figure in a PDF), read once however often it recurs.

    Attributes:
        sha256: hex SHA-256 of the image's stored bytes.
        pages: 1-based pages it appears on, ascending.
        width, height: pixels.
        media_type: ``image/png``, ``image/jpeg``, ...
        ocr_text: what Tesseract reads in it ("" for none).
        data: the image's stored bytes (for a vision model's caption).
    """

    sha256: str
    pages: tuple[int, ...]
    width: int
    height: int
    media_type: str
    ocr_text: str = ""
    data: bytes = field(default=b"", repr=False)


@dataclass
class LoadedDocument:
    """A file read into blocks: title, source, content hash, media type, page count, and the
    images it holds."""

    title: str
    uri: str
    sha256: str
    media_type: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    images: list[EmbeddedImage] = field(default_factory=list)


FOOTNOTE_MARK = re.compile(r"(?:[a-z]|\d{1,2}|[*†‡§]{1,3})(?:\s*,\s*(?:[a-z]|\d{1,2}|[*†‡§]{1,3}))*")
"""A footnote mark as a superscript writes it: "a", "1", "*", "a, b". Dropped from a table's
header row, where it would stay in the column's name ("Grade a, b" is no kind of column)."""

SUSPENDED_HYPHEN_WORDS = frozenset({"and", "or", "nor", "to"})
"""Words after which a line-end hyphen is a suspended one ("pre- and post-natal"), kept apart."""

SOFT_HYPHEN = "\u00ad"

_LINE_END_HYPHEN = re.compile(r"[A-Za-z0-9]-$")


def join_lines(lines: list[str]) -> str:
    """The lines of one paragraph as one line of text, whitespace collapsed.

    A line that ends in a hyphen after a letter or digit joins the next line without a space
    when that line starts with a lower-case word ("in-" + "network" gives "in-network"): in
    laid-out text a line-end hyphen is nearly always part of a compound. The hyphen is kept,
    since word processors rarely split plain words; a suspended hyphen before "and", "or",
    "nor" or "to" keeps its space. A line that ends in a soft hyphen (U+00AD, where a word was
    hyphenated to fit) joins the next line without the soft hyphen or a space ("reim\u00ad" +
    "bursement" gives "reimbursement").
    """
    out = ""
    for line in lines:
        line = " ".join(line.split())
        if not line:
            continue
        if out.endswith(SOFT_HYPHEN):
            out = out[:-1] + line
            continue
        first = line.split(" ", 1)[0]
        if (
            _LINE_END_HYPHEN.search(out)
            and first[:1].islower()
            and first.rstrip(",.;:").lower() not in SUSPENDED_HYPHEN_WORDS
        ):
            out += line
        else:
            out = f"{out} {line}" if out else line
    return out


def table_rows(rows: list[list[str]]) -> list[str]:
    """A table's text, one string per row. With a header row whose every cell has text and
    rows below it, each body row reads ``"Header: value; Header: value."`` (empty cells left
    out; the header row itself gives no text), so a row keeps its column names; with an empty
    top-left header cell (row labels in the first column), ``"Label; Header: value; ..."``;
    otherwise each row's cells are joined by `` | `` and end with ".". A first row with one
    cell of text over a full header row is the table's caption: a line of its own. A semicolon
    inside a cell becomes a comma (the semicolon parts cells).

    Args:
        rows: cell texts, row by row, header first.
    """
    rows = [[c.replace(";", ",") for c in r] for r in rows if any(r)]
    if not rows:
        return []
    if len(rows) >= 3 and sum(bool(c) for c in rows[0]) == 1 and len(rows[1]) > 1 and all(rows[1]):
        # a caption row over the header ("Table 1: Overtime rates (operatives only)", one cell
        # across the table): its own line, and the row under it is the header
        caption = next(c for c in rows[0] if c).rstrip(".")
        return [f"{caption}.", *table_rows(rows[1:])]
    header, body = rows[0], rows[1:]
    if body and (width := _record_width(header)) < len(header):
        # a table laid out side by side ("Point | Salary | Point | Salary"): each body row holds
        # several records; read them down the left block first, as the eye does
        blocks = range(0, len(header), width)
        records = [r[i : i + width] for i in blocks for r in body if any(r[i : i + width])]
        return table_rows([header[:width], *records])
    if body and all(header):
        return [_keyed_row(f"{header[0]}: {r[0]}" if r[0] else "", list(zip(header[1:], r[1:]))) for r in body]
    if body and not header[0] and len(header) > 2 and all(header[1:]):
        # Row labels in the first column, no header above them ("| Kellbridge | Stanmoor"):
        # "Staff parking; Kellbridge: Brayton Road; Stanmoor: North car park."
        return [_keyed_row(r[0], list(zip(header[1:], r[1:]))) for r in body if r[0]]
    return [" | ".join(c for c in r if c) + "." for r in rows]


def _cell_sentences(cell: str) -> list[str]:
    """A cell's sentences (:func:`memgraph.text.textutil.sentences`: "... outside the city." and
    "Curfew 23:00."), or the cell whole when a piece would be under two words (a numbered list
    inside a cell, "1. Ask 2. Book", is one value)."""
    parts = sentences(cell)
    return parts if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts) else [cell]


def _keyed_row(key: str, cells: list[tuple[str, str]]) -> str:
    """A body row as ``"Key; Header: value; ..."``; each further sentence of a cell follows as
    a row of its own with the row's key and the cell's header ("Level: Level 2; What it means
    for you: Tell the SFP before any road journey. Level: Level 2; What it means for you:
    Curfew 23:00."), so a sentence read apart from its row still says whose it is."""
    main = [key] if key else []
    keyed = f"{key}; " if key else ""
    more = []
    for h, v in cells:
        if not v:
            continue
        first, *rest = _cell_sentences(v)
        main.append(f"{h}: {_FULL_STOP.sub('', first) if rest else v}")
        more += [f"{keyed}{h}: {_FULL_STOP.sub('', r)}." for r in rest]
    row = "; ".join(main)
    return " ".join([row if row.endswith(".") else f"{row}.", *more])


_FULL_STOP = re.compile(r"(?<![A-Za-z]\.[A-Za-z])\.$")
"""A sentence's closing full stop, not an abbreviation's ("a.m.")."""


def _record_width(header: list[str]) -> int:
    """How many columns one record spans: the shortest run of header cells that the whole
    header repeats (``["Point", "Salary", "Point", "Salary"]`` -> 2); ``len(header)`` when it
    repeats none, or when a cell is empty."""
    keys = [" ".join(c.casefold().split()) for c in header]
    for width in range(1, len(keys) // 2 + 1):
        if all(keys) and len(keys) % width == 0 and keys == keys[:width] * (len(keys) // width):
            return width
    return len(keys)


def read_markup_bytes(path: Path) -> bytes:
    """The bytes of a text-like file (text, Markdown, HTML), checked.

    Raises:
        UnsupportedFileError: larger than :data:`MAX_FILE_BYTES`, binary (NUL bytes), or empty
            or white space only (before a parser warns of characters it could not decode).
    """
    from memgraph.errors import UnsupportedFileError

    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnsupportedFileError(f"{path}: {size} bytes is over the {MAX_FILE_BYTES}-byte limit")
    data = path.read_bytes()
    if b"\x00" in data:
        raise UnsupportedFileError(f"{path}: binary data (NUL bytes) in a text file")
    if not data.strip():
        raise UnsupportedFileError(f"{path}: the file has no text")
    return data


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def title_from_path(path: Path) -> str:
    """A readable title from a file name: ``employee_handbook.pdf`` -> ``Employee Handbook``."""
    words = path.stem.replace("_", " ").replace("-", " ").split()
    return " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in words) or path.name


def iso_time(where: str, value: object, key: str = "timestamp") -> datetime:
    """A timezone-aware UTC time from an ISO 8601 string (``Z`` accepted) found in a file at
    ``where`` under ``key``.

    Raises:
        UnsupportedFileError: not a string, not ISO 8601, or without a time zone (the message
            names ``where`` and ``key``).
    """
    from memgraph.errors import UnsupportedFileError

    if not isinstance(value, str):
        raise UnsupportedFileError(f"{where}: {key!r} must be an ISO 8601 string, got {type(value).__name__}")
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as e:
        raise UnsupportedFileError(f"{where}: {key!r} {value!r} is not ISO 8601") from e
    if when.tzinfo is None:
        raise UnsupportedFileError(f"{where}: {key!r} {value!r} has no time zone (add Z or +HH:MM)")
    return when.astimezone(timezone.utc)
