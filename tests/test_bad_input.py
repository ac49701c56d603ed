"""Bad input through the public API, with the real models: every call gets a clear error
(an exception from ``memgraph.errors`` whose message names the problem) or a documented
behaviour, and a failed call leaves the store exactly as it was."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from conftest import store_snapshot

from memgraph import MemGraph, Settings
from memgraph.errors import ConfigError, InvalidInputError, MemGraphError, NotFoundError, UnsupportedFileError
from memgraph.extraction.extract import Extractor
from memgraph.models import MemoryStatus
from memgraph.text.embed import Embedder
from memgraph.validate import MAX_TEXT_CHARS, check_text

ALICE_TEXT = "I like green tea in the morning"
BOB_TEXT = "Bob prefers black coffee"


def snapshot(mg: MemGraph) -> tuple[Any, ...]:
    """mg.stats(), each seeded user's listing, and everything the store holds."""
    listing = {
        user: [(m.id, m.text, m.status.value) for m in mg.list(user_id=user, include_superseded=True)]
        for user in ("alice", "bob")
    }
    return mg.stats(), listing, store_snapshot(mg.store)


@pytest.fixture
def seeded(mg: MemGraph) -> dict[str, str]:
    """Alice and Bob each own one memory; returns their ids."""
    (a,) = mg.add(ALICE_TEXT, user_id="alice")
    (b,) = mg.add(BOB_TEXT, user_id="bob")
    return {"alice": a.id, "bob": b.id}


def assert_refused(mg: MemGraph, call: Callable[[], object], error: type[Exception], *words: str) -> MemGraphError:
    """``call`` raises ``error`` whose message contains every word (case-insensitive), and the
    store is exactly as before the call."""
    before = snapshot(mg)
    with pytest.raises(error) as info:
        call()
    message = str(info.value).lower()
    for word in words:
        assert word.lower() in message, f"{word!r} not in error message {info.value!s}"
    assert snapshot(mg) == before
    assert isinstance(info.value, MemGraphError)
    return info.value  # type: ignore[return-value]


# -- text ------------------------------------------------------------------------------------------

BLANKS = ["", " ", "\n\t  \r\n", "\u3000\u00a0"]


@pytest.mark.parametrize("text", BLANKS, ids=["empty", "space", "newlines-tabs", "unicode-spaces"])
def test_empty_or_whitespace_text_is_refused_everywhere(mg: MemGraph, seeded: dict[str, str], text: str) -> None:
    assert_refused(mg, lambda: mg.add(text, user_id="alice"), InvalidInputError, "content", "empty")
    assert_refused(mg, lambda: mg.update(seeded["alice"], text, user_id="alice"), InvalidInputError, "text", "empty")
    assert_refused(mg, lambda: mg.search(text, user_id="alice"), InvalidInputError, "query", "empty")
    assert_refused(
        mg,
        lambda: mg.add([{"role": "user", "content": text}], user_id="alice"),
        InvalidInputError,
        "message #0 content",
        "empty",
    )


def test_text_of_one_megabyte_is_refused_with_the_limit_named(mg: MemGraph, seeded: dict[str, str]) -> None:
    huge = "tea " * 262_144  # 1 MiB
    assert len(huge.encode()) == 1 << 20
    assert_refused(mg, lambda: mg.add(huge, user_id="alice"), InvalidInputError, "content", "limit")
    assert_refused(mg, lambda: mg.update(seeded["alice"], huge, user_id="alice"), InvalidInputError, "text", "limit")
    assert_refused(mg, lambda: mg.search(huge, user_id="alice"), InvalidInputError, "query", "limit")
    messages = [{"role": "user", "content": "fine"}, {"role": "user", "content": huge}]
    assert_refused(mg, lambda: mg.add(messages, user_id="alice"), InvalidInputError, "message #1", "limit")


@pytest.mark.parametrize("text", ["hello\x00world", "\x00", "tea\x00 time is at\x00 four"])
def test_text_with_nul_characters_is_refused(mg: MemGraph, seeded: dict[str, str], text: str) -> None:
    assert_refused(mg, lambda: mg.add(text, user_id="alice"), InvalidInputError, "NUL")
    assert_refused(mg, lambda: mg.update(seeded["alice"], text, user_id="alice"), InvalidInputError, "NUL")
    assert_refused(mg, lambda: mg.add([{"role": "user", "content": text}], user_id="alice"), InvalidInputError, "NUL")


@pytest.mark.parametrize("content", [123, None, 4.5, {"role": "user", "content": "hi"}, b"raw bytes"])
def test_content_that_is_neither_text_nor_messages_is_refused(
    mg: MemGraph, seeded: dict[str, str], content: Any
) -> None:
    assert_refused(mg, lambda: mg.add(content, user_id="alice"), InvalidInputError)


def test_text_limit_is_exactly_max_text_chars() -> None:
    # Checked on the validator alone: embedding 100,000 characters would make the suite slow.
    text = "x" * MAX_TEXT_CHARS
    assert check_text("content", text) == text
    with pytest.raises(InvalidInputError) as info:
        check_text("content", text + "x")
    assert "content" in str(info.value) and str(MAX_TEXT_CHARS) in str(info.value)  # names the argument and limit


# -- ids -------------------------------------------------------------------------------------------

UNKNOWN_IDS = ["0" * 32, "no-such-memory", "' OR 1=1 --", 'x") RETURN n //', "Дмитрий", "李雷"]


def _ops(mg: MemGraph, memory_id: str, user_id: str) -> dict[str, Callable[[], object]]:
    return {
        "get": lambda: mg.get(memory_id, user_id=user_id),
        "update": lambda: mg.update(memory_id, "I like oolong tea now", user_id=user_id),
        "delete": lambda: mg.delete(memory_id, user_id=user_id),
        "history": lambda: mg.history(memory_id, user_id=user_id),
    }


@pytest.mark.parametrize("op", ["get", "update", "delete", "history"])
@pytest.mark.parametrize("memory_id", UNKNOWN_IDS)
def test_unknown_memory_id_is_not_found(mg: MemGraph, seeded: dict[str, str], op: str, memory_id: str) -> None:
    err = assert_refused(mg, _ops(mg, memory_id, "alice")[op], NotFoundError)
    assert memory_id in str(err)


@pytest.mark.parametrize("op", ["get", "update", "delete", "history"])
def test_another_users_memory_id_is_not_found(mg: MemGraph, seeded: dict[str, str], op: str) -> None:
    alice_id = seeded["alice"]
    assert_refused(mg, _ops(mg, alice_id, "bob")[op], NotFoundError, alice_id)
    # An agent whose id equals the user's is another owner too.
    before = snapshot(mg)
    with pytest.raises(NotFoundError):
        {
            "get": lambda: mg.get(alice_id, agent_id="alice"),
            "update": lambda: mg.update(alice_id, "hijacked", agent_id="alice"),
            "delete": lambda: mg.delete(alice_id, agent_id="alice"),
            "history": lambda: mg.history(alice_id, agent_id="alice"),
        }[op]()
    assert snapshot(mg) == before
    # Alice still has it, untouched.
    assert mg.get(alice_id, user_id="alice").text == ALICE_TEXT
    assert [e.event for e in mg.history(alice_id, user_id="alice")] == ["ADD"]


def test_another_users_deleted_memory_history_is_not_found(mg: MemGraph, seeded: dict[str, str]) -> None:
    alice_id = seeded["alice"]
    assert mg.delete(alice_id, user_id="alice") == 1
    assert [e.event for e in mg.history(alice_id, user_id="alice")] == ["ADD", "DELETE"]
    assert_refused(mg, lambda: mg.history(alice_id, user_id="bob"), NotFoundError)
    assert_refused(mg, lambda: mg.get(alice_id, user_id="alice"), NotFoundError)
    assert_refused(mg, lambda: mg.delete(alice_id, user_id="alice"), NotFoundError)


def test_superseded_version_cannot_be_updated_again(mg: MemGraph, seeded: dict[str, str]) -> None:
    old_id = seeded["alice"]
    new = mg.update(old_id, "I like white tea in the morning", user_id="alice")
    assert mg.get(old_id, user_id="alice").status == MemoryStatus.SUPERSEDED
    assert_refused(mg, lambda: mg.update(old_id, "another try", user_id="alice"), NotFoundError, "superseded")
    assert mg.get(new.id, user_id="alice").text == "I like white tea in the morning"


AWKWARD_USERS = ['o\'brien "x"', "jean-luc picard", "Дмитрий", "李雷", "a OR b", "user:alice", "%_*"]


def test_user_ids_with_quotes_hyphens_spaces_and_non_latin_letters_work_and_stay_isolated(mg: MemGraph) -> None:
    text = "My favourite drink is jasmine tea"
    mine = {}
    for user in AWKWARD_USERS:
        (mem,) = mg.add(text, user_id=user)
        assert mem.user_id == user
        mine[user] = mem.id
    assert len(set(mine.values())) == len(AWKWARD_USERS)

    for user in AWKWARD_USERS:
        assert mg.get(mine[user], user_id=user).text == text
        assert [m.id for m in mg.list(user_id=user)] == [mine[user]]
        found = [r.id for r in mg.search("jasmine tea", user_id=user, include_knowledge_base=False)]
        assert found == [mine[user]], (user, found)
        for other in AWKWARD_USERS:
            if other != user:
                with pytest.raises(NotFoundError):
                    mg.get(mine[other], user_id=user)

    victim = "jean-luc picard"
    assert mg.delete(mine[victim], user_id=victim) == 1
    with pytest.raises(NotFoundError):
        mg.get(mine[victim], user_id=victim)
    assert mg.search("jasmine tea", user_id=victim, include_knowledge_base=False) == []
    assert [e.event for e in mg.history(mine[victim], user_id=victim)] == ["ADD", "DELETE"]
    for user in AWKWARD_USERS:
        if user != victim:
            assert [r.id for r in mg.search("jasmine tea", user_id=user, include_knowledge_base=False)] == [mine[user]]


@pytest.mark.parametrize(
    ("user_id", "words"),
    [
        ("", ["user_id", "empty"]),
        ("   ", ["user_id", "empty"]),
        ("alice\nbob", ["user_id", "control"]),
        ("tab\there", ["user_id", "control"]),
        ("nul\x00", ["user_id", "control"]),
        ("x" * 257, ["user_id", "limit"]),
        (42, ["user_id", "string"]),
    ],
    ids=["empty", "blank", "newline", "tab", "nul", "too-long", "not-a-string"],
)
def test_bad_user_ids_are_refused(mg: MemGraph, seeded: dict[str, str], user_id: Any, words: list[str]) -> None:
    assert_refused(mg, lambda: mg.add("I like rooibos", user_id=user_id), InvalidInputError, *words)
    assert_refused(mg, lambda: mg.search("tea", user_id=user_id), InvalidInputError, *words)
    assert_refused(mg, lambda: mg.get(seeded["alice"], user_id=user_id), InvalidInputError, *words)


def test_a_call_without_an_owner_is_refused(mg: MemGraph, seeded: dict[str, str]) -> None:
    assert_refused(mg, lambda: mg.add("I like rooibos"), InvalidInputError, "user_id")
    assert_refused(mg, lambda: mg.get(seeded["alice"]), InvalidInputError, "user_id")
    assert_refused(mg, lambda: mg.search("tea"), InvalidInputError, "user_id")


# -- time ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "naive", [datetime(2024, 5, 1, 9, 30), "2024-05-01T09:30:00", "2024-05-01"], ids=["datetime", "iso", "date"]
)
def test_naive_timestamps_are_refused(mg: MemGraph, seeded: dict[str, str], naive: Any) -> None:
    assert_refused(
        mg,
        lambda: mg.add("I visited Lisbon", user_id="alice", timestamp=naive),
        InvalidInputError,
        "timestamp",
        "naive",
    )
    msgs = [{"role": "user", "content": "I visited Porto", "timestamp": naive}]
    assert_refused(mg, lambda: mg.add(msgs, user_id="alice"), InvalidInputError, "message #0 timestamp", "naive")


@pytest.mark.parametrize("bad", ["yesterday", "2024-13-45T00:00:00Z", 1714550000, ["2024-05-01"]])
def test_timestamps_that_are_not_times_are_refused(mg: MemGraph, seeded: dict[str, str], bad: Any) -> None:
    assert_refused(
        mg, lambda: mg.add("I visited Lisbon", user_id="alice", timestamp=bad), InvalidInputError, "timestamp"
    )


@pytest.mark.parametrize(
    "aware",
    [
        datetime(2024, 5, 1, 11, 30, tzinfo=timezone(timedelta(hours=2))),
        "2024-05-01T09:30:00Z",
        "2024-05-01T04:30:00-05:00",
    ],
    ids=["datetime-plus-2", "iso-z", "iso-minus-5"],
)
def test_aware_timestamps_are_accepted_and_stored_in_utc(mg: MemGraph, aware: Any) -> None:
    expected = datetime(2024, 5, 1, 9, 30, tzinfo=timezone.utc)
    (mem,) = mg.add("I visited Lisbon", user_id="alice", timestamp=aware)
    stored = mg.get(mem.id, user_id="alice")
    assert stored.valid_from == expected
    assert stored.valid_from.utcoffset() == timedelta(0)
    assert stored.created_at == expected
    (msg,) = mg.add([{"role": "user", "content": "I visited Porto", "timestamp": aware}], user_id="alice")
    assert mg.get(msg.id, user_id="alice").valid_from == expected


# -- messages --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("messages", "words"),
    [
        ([], ["empty"]),
        ([{"content": "no role"}], ["message #0", "role"]),
        ([{"role": "user"}], ["message #0", "content"]),
        ([{}], ["message #0", "role", "content"]),
        (["just a string"], ["message #0", "dict"]),
        ([None], ["message #0", "dict"]),
        ([["user", "hi"]], ["message #0", "dict"]),
        ([{"role": "user", "content": "fine"}, "oops"], ["message #1", "dict"]),
        ([{"role": "user", "content": "fine"}, {"role": "user"}], ["message #1", "content"]),
        ([{"role": None, "content": "hi"}], ["message #0 role"]),
        ([{"role": "", "content": "hi"}], ["message #0 role", "empty"]),
        ([{"role": "user", "content": 42}], ["message #0 content", "string"]),
        ([{"role": "user", "content": None}], ["message #0 content", "string"]),
    ],
    ids=[
        "empty-list",
        "no-role",
        "no-content",
        "empty-dict",
        "string",
        "none",
        "list",
        "second-not-dict",
        "second-no-content",
        "role-none",
        "role-empty",
        "content-int",
        "content-none",
    ],
)
def test_malformed_message_lists_are_refused_and_nothing_is_written(
    mg: MemGraph, seeded: dict[str, str], messages: list[Any], words: list[str]
) -> None:
    assert_refused(mg, lambda: mg.add(messages, user_id="alice", session_id="s1"), InvalidInputError, *words)


def test_well_formed_messages_are_stored(mg: MemGraph) -> None:
    msgs = [
        {"role": "user", "content": "Hi, I am planning a trip", "name": "Alice"},
        {"role": "assistant", "content": "Where would you like to go?"},
    ]
    out = mg.add(msgs, user_id="alice", session_id="s1")
    assert [m.text for m in out] == [m["content"] for m in msgs]
    assert [m.role for m in out] == ["user", "assistant"]
    assert {m.id for m in mg.list(user_id="alice", session_id="s1")} == {m.id for m in out}


# -- metadata --------------------------------------------------------------------------------------


class _Opaque:
    pass


@pytest.mark.parametrize(
    ("metadata", "words"),
    [
        ({"obj": _Opaque()}, ["metadata", "json"]),
        ({"when": datetime(2024, 1, 1, tzinfo=timezone.utc)}, ["metadata", "json"]),
        ({"tags": {"a", "b"}}, ["metadata", "json"]),
        ({"raw": b"bytes"}, ["metadata", "json"]),
        ({"x": float("nan")}, ["metadata", "json"]),
        ({"x": float("inf")}, ["metadata", "json"]),
        ({1: "int key"}, ["metadata", "key"]),
        ({"nested": {"deep": [1, 2, {"bad": _Opaque()}]}}, ["metadata", "json"]),
        (["not", "a", "dict"], ["metadata", "dict"]),
        ("a string", ["metadata", "dict"]),
        ({"big": "x" * (65 * 1024)}, ["metadata", "bytes"]),
    ],
    ids=["object", "datetime", "set", "bytes", "nan", "inf", "int-key", "nested-object", "list", "str", "too-big"],
)
def test_metadata_that_is_not_json_serialisable_is_refused(
    mg: MemGraph, seeded: dict[str, str], metadata: Any, words: list[str]
) -> None:
    assert_refused(mg, lambda: mg.add("I like rooibos", user_id="alice", metadata=metadata), InvalidInputError, *words)
    assert_refused(
        mg,
        lambda: mg.update(seeded["alice"], "I like rooibos", user_id="alice", metadata=metadata),
        InvalidInputError,
        *words,
    )


def test_unserialisable_extra_message_fields_are_refused(mg: MemGraph, seeded: dict[str, str]) -> None:
    msgs = [{"role": "user", "content": "hello", "attachment": _Opaque()}]
    assert_refused(mg, lambda: mg.add(msgs, user_id="alice"), InvalidInputError, "metadata", "json")


def test_json_metadata_is_stored_as_given(mg: MemGraph) -> None:
    meta = {"source": "chat", "n": 3, "nested": {"ok": [1, "two", None, True]}, "ünï": "код"}
    (mem,) = mg.add("I like rooibos", user_id="alice", metadata=meta)
    assert mg.get(mem.id, user_id="alice").metadata == meta


# -- files -----------------------------------------------------------------------------------------


def make_pdf(path: Path, *, pages: int = 6, compress: bool = False) -> Path:
    """A small text PDF made with PyMuPDF: a heading and 25 lines per page."""
    doc = pymupdf.open()
    for i in range(pages):
        page = doc.new_page()
        page.insert_text((72, 72), f"Leave policy part {i + 1}", fontsize=18)
        y = 110
        for j in range(25):
            page.insert_text((72, y), f"Employees in team {i} accrue {j + 1} days of leave in year {j}.", fontsize=10)
            y += 14
    if compress:
        doc.save(path, garbage=3, deflate=True, use_objstms=1)
    else:
        doc.save(path)
    doc.close()
    return path


def _invalid_utf8(tmp: Path) -> Path:
    p = tmp / "latin1.txt"
    p.write_bytes("Café au lait, crème brûlée\n".encode("latin-1"))
    return p


def _invalid_utf8_md(tmp: Path) -> Path:
    p = tmp / "notes.md"
    p.write_bytes(b"# Notes\n\nvalid start then \xff\xfe\xfd bad bytes\n")
    return p


def _nul_txt(tmp: Path) -> Path:
    p = tmp / "binary.txt"
    p.write_bytes(b"looks like text\x00\x00\x01\x02 but is not")
    return p


def _nul_md(tmp: Path) -> Path:
    p = tmp / "binary.md"
    p.write_bytes(b"# Title\n\nbody\x00text\n")
    return p


def _random_pdf(tmp: Path) -> Path:
    p = tmp / "random.pdf"
    p.write_bytes(os.urandom(8192))
    return p


def _text_as_pdf(tmp: Path) -> Path:
    p = tmp / "actually_text.pdf"
    p.write_text("This is plain text, not a PDF at all.\n")
    return p


def _truncated_pdf(tmp: Path) -> Path:
    data = make_pdf(tmp / "whole.pdf").read_bytes()
    p = tmp / "truncated.pdf"
    p.write_bytes(data[: len(data) // 2])
    return p


def _truncated_compressed_pdf(tmp: Path) -> Path:
    data = make_pdf(tmp / "whole_compressed.pdf", compress=True).read_bytes()
    p = tmp / "truncated_compressed.pdf"
    p.write_bytes(data[: len(data) // 2])
    return p


def _encrypted_pdf(tmp: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Confidential salary table", fontsize=12)
    p = tmp / "encrypted.pdf"
    doc.save(p, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    doc.close()
    return p


def _empty_pdf(tmp: Path) -> Path:
    p = tmp / "empty.pdf"
    p.write_bytes(b"")
    return p


def _empty_txt(tmp: Path) -> Path:
    p = tmp / "empty.txt"
    p.write_bytes(b"")
    return p


def _empty_html(tmp: Path) -> Path:
    p = tmp / "empty.html"
    p.write_bytes(b"")
    return p


def _blank_md(tmp: Path) -> Path:
    p = tmp / "blank.md"
    p.write_text("\n\n   \n\t\n")
    return p


def _pdf_without_text(tmp: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page()
    p = tmp / "no_text.pdf"
    doc.save(p)
    doc.close()
    return p


def _unsupported_suffix(tmp: Path) -> Path:
    p = tmp / "report.docx"
    p.write_text("Leave policy: 25 days")
    return p


def _no_suffix(tmp: Path) -> Path:
    p = tmp / "README"
    p.write_text("Leave policy: 25 days")
    return p


def _missing(tmp: Path) -> Path:
    return tmp / "does_not_exist.pdf"


def _zero_page_pdf(tmp: Path) -> Path:
    """A well-formed PDF whose page tree is empty (PyMuPDF will not save one, so by hand)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    p = tmp / "zero_pages.pdf"
    p.write_bytes(bytes(out))
    return p


def _pdf_2000_pages(tmp: Path) -> Path:
    doc = pymupdf.open()
    for i in range(2000):
        doc.new_page().insert_text((72, 72), f"Page {i + 1} of the long manual.")
    p = tmp / "long.pdf"
    doc.save(p)
    return p


def _directory(tmp: Path) -> Path:
    p = tmp / "folder.txt"
    p.mkdir()
    return p


BAD_FILES: list[tuple[str, Callable[[Path], Path], type[Exception], list[str]]] = [
    ("invalid-utf8-txt", _invalid_utf8, UnsupportedFileError, ["utf-8"]),
    ("invalid-utf8-md", _invalid_utf8_md, UnsupportedFileError, ["utf-8"]),
    ("nul-bytes-txt", _nul_txt, UnsupportedFileError, ["nul"]),
    ("nul-bytes-md", _nul_md, UnsupportedFileError, ["nul"]),
    ("random-bytes-pdf", _random_pdf, UnsupportedFileError, ["pdf"]),
    ("text-named-pdf", _text_as_pdf, UnsupportedFileError, ["pdf"]),
    ("truncated-pdf", _truncated_pdf, UnsupportedFileError, ["pdf"]),
    ("truncated-compressed-pdf", _truncated_compressed_pdf, UnsupportedFileError, ["pdf"]),
    ("encrypted-pdf", _encrypted_pdf, UnsupportedFileError, ["encrypted"]),
    ("zero-byte-pdf", _empty_pdf, UnsupportedFileError, ["pdf"]),
    ("zero-byte-txt", _empty_txt, UnsupportedFileError, ["no text"]),
    ("blank-md", _blank_md, UnsupportedFileError, ["no text"]),
    ("zero-byte-html", _empty_html, UnsupportedFileError, ["no text"]),
    ("pdf-without-text", _pdf_without_text, UnsupportedFileError, ["text"]),
    ("zero-page-pdf", _zero_page_pdf, UnsupportedFileError, ["no pages"]),
    ("2000-page-pdf", _pdf_2000_pages, UnsupportedFileError, ["2000 pages", "1000-page limit", "max_pages"]),
    ("unsupported-suffix", _unsupported_suffix, UnsupportedFileError, [".docx", "unsupported"]),
    ("no-suffix", _no_suffix, UnsupportedFileError, ["unsupported"]),
    ("missing-path", _missing, InvalidInputError, ["no such file"]),
    ("directory", _directory, InvalidInputError, ["is a folder", "memgraph ingest FOLDER"]),
]


@pytest.mark.parametrize(("make", "error", "words"), [b[1:] for b in BAD_FILES], ids=[b[0] for b in BAD_FILES])
def test_ingest_of_a_bad_file_is_refused_and_nothing_is_written(
    mg: MemGraph,
    seeded: dict[str, str],
    tmp_path: Path,
    make: Callable[[Path], Path],
    error: type[Exception],
    words: list[str],
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    path = make(files)
    err = assert_refused(mg, lambda: mg.ingest(path), error, *words)
    assert path.name in str(err)
    assert mg.kb.documents(include_inactive=True) == []


def test_ingest_of_a_good_pdf_and_text_file_works(mg: MemGraph, tmp_path: Path) -> None:
    """The control for the refusals above: the same pipeline takes well-formed files."""
    pdf = mg.ingest(make_pdf(tmp_path / "leave_policy.pdf", pages=2))
    assert pdf.status == "created"
    assert pdf.pages == 2
    assert pdf.chunks >= 1
    txt_path = tmp_path / "handbook.txt"
    txt_path.write_bytes("\ufeffCafé policy: staff get free coffee.\n".encode())  # UTF-8 with a BOM
    txt = mg.ingest(txt_path)
    assert txt.status == "created"
    assert {d.id for d in mg.kb.documents()} == {pdf.document_id, txt.document_id}
    assert mg.stats()["Chunk"] == pdf.chunks + txt.chunks


# -- limits and offsets ----------------------------------------------------------------------------

BAD_PAGES = [
    ({"limit": -1}, "limit"),
    ({"limit": 0}, "limit"),
    ({"limit": True}, "limit"),
    ({"limit": 2.5}, "limit"),
    ({"limit": "10"}, "limit"),
    ({"limit": 2**63}, "limit"),
    ({"offset": -1}, "offset"),
    ({"offset": False}, "offset"),
    ({"offset": 1.0}, "offset"),
    ({"offset": 2**70}, "offset"),
]


@pytest.mark.parametrize(("page", "name"), BAD_PAGES, ids=[f"{k}={v!r}" for (p, _) in BAD_PAGES for k, v in p.items()])
def test_a_bad_limit_or_offset_is_refused_the_same_on_every_store(
    mg: MemGraph, seeded: dict[str, str], page: dict[str, Any], name: str
) -> None:
    err = assert_refused(mg, lambda: mg.list(user_id="alice", **page), InvalidInputError, name)
    assert isinstance(err, InvalidInputError)


def test_limits_of_the_other_public_calls_are_checked_too(mg: MemGraph, seeded: dict[str, str]) -> None:
    assert_refused(mg, lambda: mg.cypher("MATCH (m:Memory) RETURN m.id", limit=-1), InvalidInputError, "limit")
    assert_refused(mg, lambda: mg.cypher("MATCH (m:Memory) RETURN m.id", limit=True), InvalidInputError, "limit")
    assert_refused(mg, lambda: mg.kb.documents(limit=-1), InvalidInputError, "limit")
    # The control: good values page through the memories.
    mg.add("I like walks by the river", user_id="alice")
    everything = mg.list(user_id="alice")
    assert len(everything) == 2
    assert mg.list(user_id="alice", limit=1) + mg.list(user_id="alice", limit=1, offset=1) == everything
    assert mg.list(user_id="alice", offset=2) == []
    assert mg.list(user_id="alice", limit=2**63 - 1) == everything


# -- models that are not installed -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "name"),
    [("spacy_model", "xx_no_such_spacy_model"), ("embedding_model", "no-such-org/no-such-embedding-model")],
)
def test_a_model_that_is_not_installed_is_a_config_error_naming_it(
    tmp_path: Path, embedder: Embedder, extractor: Extractor, setting: str, name: str
) -> None:
    """A missing NER model fails as a missing embedder does: never a silent fallback."""
    settings = Settings(store=f"sqlite:///{tmp_path}/m.db", **{setting: name})
    models: dict[str, Any] = {"extractor": extractor} if setting == "embedding_model" else {"embedder": embedder}
    mg: MemGraph | None = None
    try:
        with pytest.raises(ConfigError) as info:
            mg = MemGraph(settings=settings, **models)
            mg.add("Barack Obama works in the Operations department in Paris", user_id="u1")
    finally:
        if mg is not None:
            mg.close()
    assert name in str(info.value)
    assert "pip install" in str(info.value)  # says how to install the default model


def test_a_blank_ner_pipeline_is_used_only_when_asked_for(tmp_path: Path, embedder: Embedder) -> None:
    settings = Settings(store=f"sqlite:///{tmp_path}/b.db", spacy_model="blank")
    with MemGraph(settings=settings, embedder=embedder) as mg:
        mg.add("I work in the Operations department", user_id="u1")
        assert [(f.relation, f.entity) for f in mg.facts(user_id="u1")] == [("WORKS_IN", "Operations")]
        assert mg.extractor.extract("Barack Obama visited Paris with Angela Merkel.").entities == []
    # The default model's NER finds those people.
    assert Extractor().extract("Barack Obama visited Paris with Angela Merkel.").entities
