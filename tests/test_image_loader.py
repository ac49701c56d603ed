"""memgraph.loaders.image (loaders/image.py) on real rendered pages: OCR, orientation, EXIF, identity, and bad files."""

from __future__ import annotations

import os
import struct
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from memgraph.errors import UnsupportedFileError
from memgraph.loaders.image import MAX_IMAGE_PIXELS, load_image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
from make_handbook import write_handbook


@pytest.fixture(scope="module")
def page_image(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    """Page 2 of the quickstart handbook (the annual-leave page) rendered at 150 dpi."""
    import pymupdf

    folder = tmp_path_factory.mktemp("img")
    pdf = write_handbook(folder / "handbook.pdf")
    with pymupdf.open(pdf) as doc:
        pix = doc[1].get_pixmap(dpi=150)
        return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


def test_ocr_reads_a_rendered_page_as_png_and_jpeg(page_image: Image.Image, tmp_path: Path) -> None:
    for name in ("page.png", "page.jpg"):
        page_image.save(tmp_path / name, quality=90)
        img = load_image(tmp_path / name)
        text = img.ocr_text.lower()
        assert "operations department" in text and "25 days" in text, text[:300]
        assert (img.width, img.height) == page_image.size
    assert load_image(tmp_path / "page.png").media_type == "image/png"
    assert load_image(tmp_path / "page.jpg", ocr=False).media_type == "image/jpeg"


def test_exif_orientation_is_applied_before_ocr(page_image: Image.Image, tmp_path: Path) -> None:
    # A phone photo taken sideways: pixels stored rotated, EXIF orientation 6 says "rotate back".
    stored = page_image.rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Acme"
    exif[0x0110] = "Phone 3"
    exif[0x0132] = "2024:05:01 09:30:00"
    stored.save(tmp_path / "sideways.jpg", exif=exif, quality=90)

    img = load_image(tmp_path / "sideways.jpg")
    assert (img.width, img.height) == page_image.size  # upright again
    assert "25 days" in img.ocr_text
    assert img.exif == {"captureTime": "2024-05-01T09:30:00+00:00", "camera": "Acme Phone 3", "orientation": 6}


def test_the_same_image_twice_has_one_identity_and_formats_are_read(page_image: Image.Image, tmp_path: Path) -> None:
    small = page_image.resize((400, 560))
    small.save(tmp_path / "a.png")
    (tmp_path / "b.png").write_bytes((tmp_path / "a.png").read_bytes())
    assert load_image(tmp_path / "a.png", ocr=False).sha256 == load_image(tmp_path / "b.png", ocr=False).sha256
    small.save(tmp_path / "c.webp")
    small.save(tmp_path / "c.tiff")
    frames = [small, small.rotate(180)]
    frames[0].save(tmp_path / "c.gif", save_all=True, append_images=frames[1:])
    kinds = {p: load_image(tmp_path / p, ocr=False) for p in ("c.webp", "c.tiff", "c.gif")}
    assert [kinds[p].media_type for p in ("c.webp", "c.tiff", "c.gif")] == ["image/webp", "image/tiff", "image/gif"]
    assert kinds["c.gif"].frames == 2


CONTOSO = Path(__file__).resolve().parents[2] / "shared" / "data" / "contoso"


@pytest.mark.skipif(not CONTOSO.is_dir(), reason="needs ../shared/data/contoso")
def test_a_logos_strokes_are_not_read_as_words() -> None:
    """The Contoso logo: Tesseract reads its swirl as "~)" (confidence 10), which is dropped."""
    import io

    import pymupdf

    from memgraph.loaders.image import ocr_image

    with pymupdf.open(CONTOSO / "Benefit_Options.pdf") as doc:
        xref = doc[0].get_images(full=True)[0][0]
        logo = Image.open(io.BytesIO(doc.extract_image(xref)["image"]))
    text = ocr_image(logo, detect_rotation=False)
    assert "Contoso" in text and "Electronics" in text
    assert all(any(ch.isalnum() for ch in word) for word in text.split()), text


def test_a_one_pixel_image_is_kept_without_text(tmp_path: Path) -> None:
    Image.new("RGB", (1, 1), "white").save(tmp_path / "dot.png")
    img = load_image(tmp_path / "dot.png")
    assert (img.width, img.height, img.ocr_text) == (1, 1, "")


def _png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header claims width x height (its pixel data is a few bytes)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("huge.png", _png_claiming(20_000, 20_000), "pixel"),
        ("notes.png", b"these are plain notes, not an image", "not an image"),
        ("empty.jpg", b"", "not an image"),
    ],
)
def test_bad_images_are_refused_with_the_problem_named(tmp_path: Path, name: str, content: bytes, needle: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(UnsupportedFileError, match=needle):
        load_image(tmp_path / name)


def test_a_truncated_image_is_refused(page_image: Image.Image, tmp_path: Path) -> None:
    page_image.save(tmp_path / "full.png")
    data = (tmp_path / "full.png").read_bytes()
    (tmp_path / "cut.png").write_bytes(data[: len(data) // 3])
    with pytest.raises(UnsupportedFileError, match="corrupt or truncated"):
        load_image(tmp_path / "cut.png")


def test_pixel_limit_is_documented_in_the_message(tmp_path: Path) -> None:
    (tmp_path / "big.png").write_bytes(_png_claiming(9_000, 9_000))
    with pytest.raises(UnsupportedFileError, match=f"{MAX_IMAGE_PIXELS:,}"):
        load_image(tmp_path / "big.png")


def test_ocr_runs_single_threaded_side_by_side_and_leaves_the_environment_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from conftest import screenshot_png

    from memgraph.loaders import image

    paths = []
    for i in range(3):
        path = tmp_path / f"shot{i}.png"
        path.write_bytes(screenshot_png([f"Ticket number {4410 + i}"]))
        paths.append(path)
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    with ThreadPoolExecutor(3) as pool:
        texts = list(pool.map(lambda p: image.load_image(p).ocr_text, paths))
    assert [f"{4410 + i}" in t for i, t in enumerate(texts)] == [True, True, True]
    assert "OMP_THREAD_LIMIT" not in os.environ and image._ENV_USERS == 0
    monkeypatch.setenv("OMP_THREAD_LIMIT", "2")  # a caller's own setting is kept
    assert "4410" in image.load_image(paths[0]).ocr_text
    assert os.environ["OMP_THREAD_LIMIT"] == "2"
