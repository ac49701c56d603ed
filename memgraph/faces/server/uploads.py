"""Files sent to the server (documents, images, transcripts): their names checked, their bytes
kept under the server's upload folder by content, so the paths the store records stay valid.

A file lands at ``<uploads>/<sha256 of its bytes, first 16 hex>/<its name>``: the same file sent
twice is one file, and two files with one name never meet. A name is refused (400, nothing
written) unless it is a plain file name: no folder part, no ``..``, no control characters, at
most 255 bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from fastapi import UploadFile

from ...errors import InvalidInputError, MemGraphError

CHUNK = 1 << 20


def safe_name(name: str | None) -> str:
    """``name`` when it is a plain file name.

    Raises:
        InvalidInputError: no name, a folder part (``/``, ``\\``), ``.`` or ``..``, a control
            character, or over 255 bytes.
    """
    if not name or not name.strip():
        raise InvalidInputError("the upload has no file name")
    if "/" in name or "\\" in name or name in (".", "..") or name.startswith(".."):
        raise InvalidInputError(f"upload name {name!r} is not a plain file name (no folders, no '..')")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        raise InvalidInputError(f"upload name {name!r} holds a control character")
    if len(name.encode("utf-8")) > 255:
        raise InvalidInputError("upload name is over 255 bytes")
    return name


@contextlib.contextmanager
def received(upload: UploadFile, folder: Path) -> Iterator[Path]:
    """Store an upload under ``folder`` and yield its path; when the block raises, a file this
    call created is removed again (one that was there before stays), and a library error names
    the uploaded file by its name, never by its path on the server.

    Raises:
        InvalidInputError: a bad file name (:func:`safe_name`) or an empty file.
    """
    name = safe_name(upload.filename)
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(prefix=".upload.", dir=folder)
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := upload.file.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
        if size == 0:
            raise InvalidInputError(f"upload {name!r} is empty")
        target = folder / digest.hexdigest()[:16] / name
        created = not target.exists()
        if created:
            target.parent.mkdir(exist_ok=True)
            os.replace(tmp, target)
        else:
            os.unlink(tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    try:
        yield target
    except BaseException as e:
        if created:
            with contextlib.suppress(OSError):
                target.unlink()
                target.parent.rmdir()
        if isinstance(e, MemGraphError) and str(target) in str(e):
            # The caller sent a name, not a path on this server: say the name.
            raise type(e)(str(e).replace(str(target), name)) from e
        raise
