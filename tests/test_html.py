"""HTML documents: headings as sections, tables readable, scripts and styles never text."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from memgraph import MemGraph, UnsupportedFileError
from memgraph.loaders import load

PAGE = """<!doctype html>
<html><head><title>Travel policy (intranet)</title>
<style>body { font-family: sans-serif } .secret { display: none }</style>
<script>var token = "s3cr3t-tracking-code"; document.write("injected text");</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li></ul></nav>
<h1>Travel policy</h1>
<p>All trips are booked through the internal travel desk.</p>
<h2>Meal allowance</h2>
<table><tr><th>Region</th><th>Daily allowance</th></tr>
<tr><td>Europe</td><td>45 euros</td></tr><tr><td>Asia</td><td>38 euros</td></tr></table>
<h2>Hotels</h2>
<ul><li>Book hotels of at most four stars.</li><li>Keep every receipt for <b>ninety</b> days.</li></ul>
<noscript>Please enable JavaScript</noscript>
<form><input name="q"><button>Search the intranet</button></form>
</body></html>"""


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def test_html_blocks_follow_headings_and_keep_tables_readable(tmp_path: Path) -> None:
    doc = load(write(tmp_path, "travel.html", PAGE))
    assert doc.title == "Travel policy"
    assert doc.media_type == "text/html"
    body = [(b.section, b.text) for b in doc.blocks if not b.heading]
    assert (("Travel policy",), "All trips are booked through the internal travel desk.") in body
    # Under a header row, each row keeps its column names (as the PDF loader writes rows).
    assert (("Travel policy", "Meal allowance"), "Region: Europe; Daily allowance: 45 euros.") in body
    assert not [t for _, t in body if t.startswith("Region | ")]
    assert (("Travel policy", "Hotels"), "• Keep every receipt for ninety days.") in body
    everything = " ".join(b.text for b in doc.blocks)
    for hidden in ("s3cr3t", "injected", "font-family", "enable JavaScript", "Search the intranet"):
        assert hidden not in everything


SPANNED = """<html><body><h1>Offices</h1>
<table>
<tr><th colspan="3">Table 1: Offices by region</th></tr>
<tr><th>Region</th><th>Country office</th><th>Duty stations</th></tr>
<tr><td rowspan="2">West Africa</td><td>Ghana</td><td>Accra, Tamale</td></tr>
<tr><td>Togo</td><td>Lome, Kara</td></tr>
<tr><td>Gulf</td><td colspan="2">Muscat (regional office and duty station)</td></tr>
</table></body></html>"""


def test_a_cell_spanning_rows_is_read_in_each_row_it_spans(tmp_path: Path) -> None:
    """A ``rowspan`` cell belongs to every row it spans, so the cells after it keep their
    columns; a ``colspan`` cell takes its columns (a caption across the table stays a caption)."""
    doc = load(write(tmp_path, "offices.html", SPANNED))
    body = [b.text for b in doc.blocks if not b.heading]
    assert "Table 1: Offices by region." in body
    assert "Region: West Africa; Country office: Togo; Duty stations: Lome, Kara." in body
    assert "Region: Gulf; Country office: Muscat (regional office and duty station)." in body


def test_an_html_file_without_text_is_refused(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.html", "<html><head><script>alert(1)</script></head><body>  </body></html>")
    with pytest.raises(UnsupportedFileError, match="no text"):
        load(empty)
    with pytest.raises(UnsupportedFileError, match="binary"):
        load(write(tmp_path, "blob.htm", b"<html>\x00\x01\x02</html>"))


def test_an_ingested_html_page_answers_from_its_table(mg: MemGraph, tmp_path: Path) -> None:
    result = mg.ingest(write(tmp_path, "travel.html", PAGE))
    assert result.status == "created" and result.title == "Travel policy"
    top = mg.search("daily meal allowance in Asia", user_id="ana", top_k=1)[0]
    assert "38 euros" in top.text
    assert top.section == "Travel policy > Meal allowance"


def test_an_empty_html_file_is_refused_before_the_parser_warns(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A 0-byte or blank file says it has no text, with no log line from the parser about
    characters it could not decode (there are none)."""
    for name, data in (("empty.html", b""), ("blank.htm", b"  \n\t\n")):
        path = tmp_path / name
        path.write_bytes(data)
        with caplog.at_level(logging.WARNING), pytest.raises(UnsupportedFileError, match="no text"):
            load(path)
    assert not [r for r in caplog.records if "decoded" in r.getMessage()], caplog.records
