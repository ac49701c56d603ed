"""Images (PNG, JPEG, WebP, TIFF, GIF's first frame): size, EXIF, orientation, OCR text.

Pillow reads the file; ``ImageOps.exif_transpose`` applies the EXIF orientation before OCR, so
a phone photo taken sideways reads upright; Tesseract (through pytesseract; Debian packages
``tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd``) reads the text. Limits: :data:`MAX_IMAGE_PIXELS`
pixels; images under :data:`MIN_OCR_SIDE` pixels on a side are kept without OCR (their
``ocr_text`` is empty). Nothing here writes to a store.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from memgraph.errors import ConfigError, UnsupportedFileError
from memgraph.text.textutil import normalize_text

from .base import MAX_FILE_BYTES, file_sha256, join_lines

MAX_IMAGE_PIXELS = 64_000_000
"""Largest image accepted (width x height): 64 megapixels, e.g. 8000 x 8000."""

MIN_OCR_SIDE = 16
"""Images narrower or lower than this many pixels are not OCR'd."""

OCR_TIMEOUT_S = 120
"""Seconds one Tesseract run may take before the image is refused."""

FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp", "TIFF": "image/tiff", "GIF": "image/gif"}
"""Pillow formats accepted, with their media types."""

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff", ".gif")
"""File suffixes read as images."""

_NO_TESSERACT = (
    "Tesseract OCR is not installed: install the Debian packages tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd "
    "(scripts/setup.sh does when run as root)"
)

T = TypeVar("T")

_ENV_LOCK = threading.Lock()
_ENV_USERS = 0


@contextlib.contextmanager
def _one_thread() -> Iterator[None]:
    """Tesseract runs with ``OMP_THREAD_LIMIT=1`` unless the caller's environment sets it.

    Tesseract's OpenMP threads make it several times slower on small machines (a text page
    at 200 dpi: 12.2 s with the default threads, 1.5 s with one, on 2 cores); Tesseract's
    own documentation advises the limit when OCR runs beside other work. pytesseract
    takes no environment, so the variable is set while any OCR call runs (counted, so
    calls from several threads still run side by side) and removed after the last.
    """
    global _ENV_USERS
    with _ENV_LOCK:
        if _ENV_USERS == 0 and "OMP_THREAD_LIMIT" in os.environ:
            owned = False
        else:
            owned = True
            _ENV_USERS += 1
            os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        yield
    finally:
        if owned:
            with _ENV_LOCK:
                _ENV_USERS -= 1
                if _ENV_USERS == 0:
                    os.environ.pop("OMP_THREAD_LIMIT", None)


_EXIF_IFD = 0x8769
_TAGS = {0x010F: "make", 0x0110: "model", 0x0112: "orientation", 0x0132: "dateTime"}
_EXIF_TAGS = {0x9003: "dateTimeOriginal"}


@dataclass
class LoadedImage:
    """An image file read: identity, size after orientation, EXIF, OCR text.

    Attributes:
        uri: the file path as given.
        sha256: hex SHA-256 of the file's bytes (the same image twice is one node).
        media_type: ``image/png``, ``image/jpeg``, ...
        width, height: pixels, after the EXIF orientation is applied.
        exif: ``captureTime`` (ISO 8601, UTC assumed when the camera gives no zone),
            ``camera`` ("Make Model"), ``orientation`` (EXIF 1-8), when present.
        ocr_text: text Tesseract read ("" when none, or when the image is too small).
        frames: frames in the file (only the first is read).
    """

    uri: str
    sha256: str
    media_type: str
    width: int
    height: int
    exif: dict[str, Any] = field(default_factory=dict)
    ocr_text: str = ""
    frames: int = 1


def load_image(path: str | Path, *, ocr: bool = True, lang: str = "eng") -> LoadedImage:
    """Read an image file.

    Args:
        path: the file.
        ocr: run Tesseract on it.
        lang: Tesseract language(s), e.g. ``eng`` or ``eng+deu``.

    Raises:
        UnsupportedFileError: not an image (whatever its suffix), a format other than
            :data:`FORMATS`, corrupt or truncated, over :data:`MAX_IMAGE_PIXELS` pixels or the
            file-size limit, or OCR over :data:`OCR_TIMEOUT_S`.
        ConfigError: OCR asked for and Tesseract is not installed.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    p = Path(path)
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnsupportedFileError(f"{p}: {size} bytes is over the {MAX_FILE_BYTES}-byte limit")
    try:
        with Image.open(p) as probe:
            fmt = probe.format or ""
            width, height = probe.size
            if width * height > MAX_IMAGE_PIXELS:
                raise UnsupportedFileError(
                    f"{p}: {width} x {height} pixels is over the {MAX_IMAGE_PIXELS:,}-pixel limit"
                )
            probe.verify()
        if fmt not in FORMATS:
            raise UnsupportedFileError(f"{p}: {fmt or 'unknown'} images are not supported ({', '.join(FORMATS)})")
        with Image.open(p) as img:
            frames = int(getattr(img, "n_frames", 1))
            img.seek(0)
            img.load()
            exif = _exif(img)
            upright = ImageOps.exif_transpose(img)
    except UnsupportedFileError:
        raise
    except UnidentifiedImageError as e:
        raise UnsupportedFileError(f"{p}: not an image Pillow can read") from e
    except Image.DecompressionBombError as e:
        raise UnsupportedFileError(f"{p}: over the {MAX_IMAGE_PIXELS:,}-pixel limit ({e})") from e
    except (OSError, SyntaxError, ValueError) as e:  # truncated or corrupt data
        raise UnsupportedFileError(f"{p}: corrupt or truncated image ({e})") from e
    text = ocr_image(upright, lang=lang, source=str(p)) if ocr else ""
    return LoadedImage(
        uri=str(p.resolve()),
        sha256=file_sha256(p),
        media_type=FORMATS[fmt],
        width=upright.width,
        height=upright.height,
        exif=exif,
        ocr_text=text,
        frames=frames,
    )


def _tesseract(call: Callable[[], T], source: str) -> T:
    """Run one pytesseract call single-threaded, with its errors in MemGraph's terms.

    Raises:
        ConfigError: Tesseract is not installed.
        UnsupportedFileError: Tesseract failed on the image, or ran over :data:`OCR_TIMEOUT_S`.
    """
    import pytesseract

    try:
        with _one_thread():
            return call()
    except pytesseract.TesseractNotFoundError as e:
        raise ConfigError(_NO_TESSERACT) from e
    except pytesseract.TesseractError as e:
        raise UnsupportedFileError(f"{source}: Tesseract could not read the image ({e})") from e
    except RuntimeError as e:  # pytesseract's timeout
        raise UnsupportedFileError(f"{source}: OCR took over {OCR_TIMEOUT_S} s") from e


MIN_OSD_CONFIDENCE = 1.5
"""Tesseract orientation confidence above which a turned image may be turned upright (its OSD
reports 10-20 for a turned text page, under 1 where there is too little text to tell)."""
SURE_OSD_CONFIDENCE = 10.0
"""Orientation confidence under which a turn is checked before it is made: the image is read
as it lies, turned as detected and turned the opposite way, and the reading with the highest
mean word confidence is kept. At 110 dpi OSD takes an upright Contoso page for upside down
(confidence 1.68) and the same page turned a quarter for the opposite quarter (5.44); turned
pages it gets right score 10-20."""


def _turn(gray: Any, source: str) -> tuple[int, float]:
    """The turn (degrees counter-clockwise, 0, 90, 180 or 270) Tesseract's orientation
    detection (OSD, ``--psm 0``) says puts ``gray`` upright, with its confidence; ``(0, 0.0)``
    when the image has too few characters to tell."""
    import pytesseract

    try:
        osd = _tesseract(
            lambda: pytesseract.image_to_osd(gray, output_type=pytesseract.Output.DICT, timeout=OCR_TIMEOUT_S), source
        )
    except UnsupportedFileError as e:
        if isinstance(e.__cause__, pytesseract.TesseractError):
            return 0, 0.0  # too few characters to tell the orientation
        raise
    return int(osd.get("rotate", 0)), float(osd.get("orientation_conf", 0.0))


def _upright_lines(gray: Any, lang: str, source: str) -> list[tuple[int, str, float]]:
    """:func:`_hocr_lines` of ``gray`` turned upright when Tesseract's orientation detection is
    confident it lies on its side or upside down (:data:`MIN_OSD_CONFIDENCE`); below
    :data:`SURE_OSD_CONFIDENCE`, the reading with the highest mean word confidence of the image
    as it lies, turned as detected and turned the opposite way."""
    angle, confidence = _turn(gray, source)
    if not angle or confidence < MIN_OSD_CONFIDENCE:
        return _hocr_lines(gray, lang, source)
    if confidence >= SURE_OSD_CONFIDENCE:
        return _hocr_lines(gray.rotate(-angle, expand=True), lang, source)
    # OSD confuses a turn with its opposite: read each way, keep the surest
    readings = [
        _hocr_read(gray.rotate(-a, expand=True) if a else gray, lang, source) for a in {0, angle, (angle + 180) % 360}
    ]
    return max(readings, key=lambda r: r[1])[0]


def preview_jpeg(source: str | Path | bytes, *, max_side: int = 1024) -> bytes:
    """An image file (or its bytes) upright (EXIF orientation applied), at most ``max_side``
    pixels on a side, as JPEG bytes: what is sent to a vision model.

    Raises:
        UnsupportedFileError: not a readable image.
    """
    import io

    from PIL import Image, ImageOps, UnidentifiedImageError

    name = "image data" if isinstance(source, bytes) else str(source)
    try:
        with Image.open(io.BytesIO(source) if isinstance(source, bytes) else source) as img:
            img.seek(0)
            small = ImageOps.exif_transpose(img).convert("RGB")
            small.thumbnail((max_side, max_side))
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as e:
        raise UnsupportedFileError(f"{name}: not an image Pillow can read ({e})") from e
    buf = io.BytesIO()
    small.save(buf, format="JPEG", quality=85)
    return buf.getvalue()


MIN_WORD_CONFIDENCE = 40
"""Tesseract word confidence (0-100) under which a word is dropped as noise. On clean 150 dpi
scans of the Contoso PDFs 0.2% of real words fall below it, while a logo's strokes read as
text ("~)" at 10) do; words with no letter or digit (a bullet read as "¢") are dropped too."""


def _hocr_lines(img: Any, lang: str, source: str) -> list[tuple[int, str, float]]:
    """(paragraph number, text, x_size) of each line Tesseract reads, in reading order, with
    low-confidence and symbol-only words left out (:data:`MIN_WORD_CONFIDENCE`)."""
    return _hocr_read(img, lang, source)[0]


def _hocr_read(img: Any, lang: str, source: str) -> tuple[list[tuple[int, str, float]], float]:
    """:func:`_hocr_lines` and the mean confidence (0-100) of every word Tesseract read, kept
    or not (0 when it read none): how well the image reads as it lies."""
    import xml.etree.ElementTree as ET

    import pytesseract

    hocr = _tesseract(
        lambda: pytesseract.image_to_pdf_or_hocr(img, lang=lang, extension="hocr", timeout=OCR_TIMEOUT_S), source
    )
    out: list[tuple[int, str, float]] = []
    confidences: list[float] = []
    for par_no, par in enumerate(el for el in ET.fromstring(hocr).iter() if el.get("class") == "ocr_par"):
        for line in par.iter():
            if line.get("class") not in _LINE_CLASSES:
                continue
            scored = [(w, _hocr_value(w, "x_wconf")) for w in line if w.get("class") == "ocrx_word"]
            confidences.extend(c for _, c in scored)
            words = [" ".join("".join(w.itertext()).split()) for w, c in scored if c >= MIN_WORD_CONFIDENCE]
            text = " ".join(w for w in words if any(ch.isalnum() for ch in w))
            if text:
                out.append((par_no, text, _hocr_value(line, "x_size")))
    return out, sum(confidences) / len(confidences) if confidences else 0.0


def _hocr_value(el: Any, key: str) -> float:
    """A number from an hOCR element's ``title`` ("bbox ...; x_wconf 91"), 0 when absent."""
    for part in (el.get("title") or "").split(";"):
        fields = part.split()
        if len(fields) > 1 and fields[0] == key:
            return float(fields[1])
    return 0.0


def ocr_image(img: Any, *, lang: str = "eng", source: str = "image", detect_rotation: bool = True) -> str:
    """Text of a Pillow image by Tesseract (page segmentation: automatic), one paragraph a line,
    noise words dropped (:data:`MIN_WORD_CONFIDENCE`), normalised (:func:`memgraph.text.textutil.normalize_text`).

    With ``detect_rotation`` an image whose text lies on its side or upside down (a scan
    fed in turned, a photo without an EXIF orientation) is turned upright first, by
    Tesseract's orientation detection; that costs about a second an image.

    Raises:
        ConfigError: Tesseract is not installed.
        UnsupportedFileError: the run took over :data:`OCR_TIMEOUT_S` seconds.
    """
    if min(img.size) < MIN_OCR_SIDE:
        return ""
    gray = img.convert("L")
    lines = _upright_lines(gray, lang, source) if detect_rotation else _hocr_lines(gray, lang, source)
    paragraphs: dict[int, list[str]] = {}
    for par_no, text, _ in lines:
        paragraphs.setdefault(par_no, []).append(text)
    return normalize_text("\n".join(join_lines(lines) for lines in paragraphs.values()))


_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}


def ocr_lines(img: Any, *, lang: str = "eng", source: str = "image") -> list[tuple[str, float]]:
    """Lines Tesseract reads, in reading order, each with its estimated text size in pixels
    (hOCR's ``x_size``), so callers can tell headings from body text; noise words dropped
    (:data:`MIN_WORD_CONFIDENCE`); texts normalised (:func:`memgraph.text.textutil.normalize_text`).

    Raises:
        ConfigError: Tesseract is not installed.
        UnsupportedFileError: the run took over :data:`OCR_TIMEOUT_S` seconds.
    """
    if min(img.size) < MIN_OCR_SIDE:
        return []
    return [(normalize_text(text), size) for _, text, size in _hocr_lines(img.convert("L"), lang, source)]


def _exif(img: Any) -> dict[str, Any]:
    """Capture time, camera and orientation from a Pillow image's EXIF, when present."""
    raw = img.getexif()
    values: dict[str, Any] = {name: raw.get(tag) for tag, name in _TAGS.items() if raw.get(tag) is not None}
    sub = raw.get_ifd(_EXIF_IFD) if raw else {}
    values.update({name: sub.get(tag) for tag, name in _EXIF_TAGS.items() if sub.get(tag) is not None})
    out: dict[str, Any] = {}
    when = values.get("dateTimeOriginal") or values.get("dateTime")
    if isinstance(when, str):
        with contextlib.suppress(ValueError):  # a malformed date is left out
            out["captureTime"] = (
                datetime.strptime(when.strip(), "%Y:%m:%d %H:%M:%S").replace(tzinfo=timezone.utc).isoformat()
            )
    camera = " ".join(str(values[k]).strip().strip("\x00") for k in ("make", "model") if values.get(k))
    if camera:
        out["camera"] = camera
    if isinstance(values.get("orientation"), int):
        out["orientation"] = values["orientation"]
    return out
