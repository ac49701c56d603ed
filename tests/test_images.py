"""Images remembered beside memories: OCR'd, searchable by what they show, owner-scoped, atomic."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import screenshot_png, store_snapshot

from memgraph import MemGraph, NodeLabel, NotFoundError, RelType, UnsupportedFileError


def screenshot(path: Path, lines: list[str]) -> Path:
    """A screenshot-like PNG file (see ``conftest.screenshot_png``)."""
    path.write_bytes(screenshot_png(lines))
    return path


@pytest.fixture
def shots(tmp_path: Path) -> dict[str, Path]:
    return {
        "error": screenshot(tmp_path / "error.png", ["Printer status", "Error code E-1042: paper jam in tray 2"]),
        "menu": screenshot(tmp_path / "menu.png", ["Canteen menu for Friday", "Lentil soup and fresh bread"]),
    }


def test_a_text_query_finds_the_image_by_what_it_shows(mg: MemGraph, shots: dict[str, Path]) -> None:
    err = mg.add_image(shots["error"], user_id="ana")
    mg.add_image(shots["menu"], user_id="ana")
    mg.add("I had lunch with the team on Friday", user_id="ana")
    assert "E-1042" in err.ocr_text

    results = mg.search("the screenshot with error code E-1042", user_id="ana", top_k=3)
    top = results[0]
    assert (top.label, top.id) == (NodeLabel.IMAGE, err.id)
    assert top.uri == str(shots["error"])
    assert "paper jam" in top.text
    menu = mg.search("what is on the canteen menu", user_id="ana", top_k=3)
    assert menu[0].label == NodeLabel.IMAGE and menu[0].uri == str(shots["menu"])
    assert mg.search("error code E-1042", user_id="ben", top_k=5) == []  # another user's image stays theirs


def test_the_same_image_twice_is_one_node_and_a_caption_is_kept(
    mg: MemGraph, shots: dict[str, Path], tmp_path: Path
) -> None:
    first = mg.add_image(shots["error"], user_id="ana", caption="the office printer's panel")
    copy = tmp_path / "copy-of-error.png"
    copy.write_bytes(shots["error"].read_bytes())
    again = mg.add_image(copy, user_id="ana")
    assert again.id == first.id
    assert again.caption == "the office printer's panel"
    assert mg.stats()["Image"] == 1
    hit = mg.search("office printer panel", user_id="ana", top_k=1)[0]
    assert hit.id == first.id and hit.uri == str(copy)
    other = mg.add_image(shots["error"], user_id="ben")
    assert other.id != first.id and mg.stats()["Image"] == 2


def test_an_image_attaches_to_a_memory(mg: MemGraph, shots: dict[str, Path]) -> None:
    (mem,) = mg.add("The printer on floor two jammed again", user_id="ana")
    img = mg.add_image(shots["error"], user_id="ana", memory_id=mem.id)
    rels = mg.store.relationships(src=[(NodeLabel.MEMORY, mem.id)], types=[RelType.ATTACHED])
    assert [(r.dst_label, r.dst_id) for r in rels] == [(NodeLabel.IMAGE, img.id)]
    owns = mg.store.relationships(dst=[(NodeLabel.IMAGE, img.id)], types=[RelType.OWNS])
    assert [(r.src_label, r.src_id) for r in owns] == [(NodeLabel.USER, "ana")]


def test_bad_images_write_nothing(mg: MemGraph, shots: dict[str, Path], tmp_path: Path) -> None:
    mg.add("something to keep", user_id="ana")
    (bens,) = mg.add("ben's own note", user_id="ben")
    before = store_snapshot(mg.store)
    fake = tmp_path / "fake.png"
    fake.write_text("not an image at all")
    with pytest.raises(UnsupportedFileError, match="not an image"):
        mg.add_image(fake, user_id="ana")
    with pytest.raises(NotFoundError, match="no-such-memory"):
        mg.add_image(shots["error"], user_id="ana", memory_id="no-such-memory")
    with pytest.raises(NotFoundError):
        mg.add_image(shots["error"], user_id="ana", memory_id=bens.id)  # another owner's memory
    assert store_snapshot(mg.store) == before


def test_a_relative_path_is_stored_absolute_and_cited_as_the_file(
    mg: MemGraph, shots: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(shots["error"].parent)
    image = mg.add_image("error.png", user_id="ana")
    assert image.uri == str(shots["error"].resolve())
    hit = mg.search("error code E-1042", user_id="ana", top_k=1)[0]
    assert hit.uri == str(shots["error"].resolve())
    assert hit.citation() == hit.source() == str(shots["error"].resolve())
