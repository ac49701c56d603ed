"""Chat transcripts: JSON message lists and LoCoMo-style conversations, read into sessions of
messages ready for :meth:`memgraph.MemGraph.add`.

Two shapes are read (the first that fits):

- A message list, ``[{"role", "content", "timestamp"?, "name"?, "image_caption"?}, ...]``
  (or ``{"messages": [...]}``): one session. ``timestamp`` is ISO 8601 with a time zone.
- LoCoMo (Maharana et al., 2024, "Evaluating Very Long-Term Conversational Memory of LLM
  Agents"): a conversation object, or a list of samples ``{"sample_id", "conversation"}``,
  whose ``session_<n>`` lists hold turns ``{"speaker", "text", "dia_id"?, "img_url"?,
  "blip_caption"?}`` and ``session_<n>_date_time`` says when (``"1:56 pm on 8 May, 2023"``).
  A turn's ``blip_caption`` (what its shared image shows) becomes the message's
  ``image_caption``, so the turn is found by what the image shows.

Every message is checked before anything is returned: a missing or empty field, a wrong
type or a time without a zone raises :class:`~memgraph.errors.UnsupportedFileError` naming
the message, so an import writes all of a file or none of it. Texts, names and captions are
normalised (:func:`memgraph.text.textutil.normalize_text`). Nothing here writes to a store.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from memgraph.errors import UnsupportedFileError
from memgraph.text.textutil import normalize_text

from .base import file_sha256, iso_time, read_markup_bytes

_SESSION_KEY = re.compile(r"session_(\d+)")


@dataclass(frozen=True)
class TranscriptSession:
    """One session: its id (None for a bare message list), when it started, its messages
    (``role``, ``content``, ``name``?, ``timestamp``?, ``image_caption``?, plus ``dia_id`` /
    ``image_url`` kept as metadata)."""

    session_id: str | None
    started_at: datetime | None
    messages: list[dict[str, Any]]


@dataclass
class LoadedTranscript:
    """A transcript file read: ``format`` is ``messages`` or ``locomo``."""

    uri: str
    sha256: str
    format: str
    sessions: list[TranscriptSession] = field(default_factory=list)

    @property
    def message_count(self) -> int:
        return sum(len(s.messages) for s in self.sessions)


def _fail(path: Path, where: str, problem: str) -> UnsupportedFileError:
    return UnsupportedFileError(f"{path}: {where}: {problem}")


def _text(path: Path, where: str, item: dict[str, Any], key: str, *, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None:
        if required:
            raise _fail(path, where, f"missing {key!r}")
        return None
    if not isinstance(value, str):
        raise _fail(path, where, f"{key!r} must be a string, got {type(value).__name__}")
    value = normalize_text(value)
    if required and not value.strip():
        raise _fail(path, where, f"{key!r} is empty")
    return value


def _iso_time(path: Path, where: str, value: object) -> datetime:
    return iso_time(f"{path}: {where}", value)


def _messages(path: Path, items: list[Any]) -> TranscriptSession:
    out = []
    for i, item in enumerate(items):
        where = f"message #{i}"
        if not isinstance(item, dict):
            raise _fail(path, where, f"must be an object with 'role' and 'content', got {type(item).__name__}")
        msg: dict[str, Any] = {
            "role": _text(path, where, item, "role"),
            "content": _text(path, where, item, "content"),
        }
        for key in ("name", "image_caption"):
            value = _text(path, where, item, key, required=False)
            if value:
                msg[key] = value
        if item.get("timestamp") is not None:
            msg["timestamp"] = _iso_time(path, where, item["timestamp"])
        out.append(msg)
    if not out:
        raise UnsupportedFileError(f"{path}: the transcript has no messages")
    started = next((m["timestamp"] for m in out if "timestamp" in m), None)
    return TranscriptSession(None, started, out)


def parse_locomo_time(text: str) -> datetime:
    """LoCoMo's ``"1:56 pm on 8 May, 2023"`` as an aware UTC datetime (the data gives no zone).

    Raises:
        ValueError: another format.
    """
    return datetime.strptime(text.strip(), "%I:%M %p on %d %B, %Y").replace(tzinfo=timezone.utc)


def locomo_sessions(path: Path, conversation: dict[str, Any], prefix: str = "") -> list[TranscriptSession]:
    """The sessions of one LoCoMo ``conversation`` object, in session order.

    Raises:
        UnsupportedFileError: a turn without speaker or text, a session without its date.
    """
    numbers = sorted(int(m.group(1)) for k in conversation if (m := _SESSION_KEY.fullmatch(k)))
    sessions = []
    for n in numbers:
        key = f"session_{n}"
        turns = conversation[key]
        if not isinstance(turns, list):
            raise _fail(path, f"{prefix}{key}", "must be a list of turns")
        if not turns:
            continue
        raw_time = conversation.get(f"{key}_date_time")
        if not isinstance(raw_time, str):
            raise _fail(path, f"{prefix}{key}", f"missing '{key}_date_time'")
        try:
            when = parse_locomo_time(raw_time)
        except ValueError as e:
            raise _fail(path, f"{prefix}{key}_date_time", f"{raw_time!r} is not like '1:56 pm on 8 May, 2023'") from e
        messages = []
        for j, turn in enumerate(turns):
            where = f"{prefix}{key} turn #{j}"
            if not isinstance(turn, dict):
                raise _fail(path, where, "must be an object with 'speaker' and 'text'")
            msg: dict[str, Any] = {
                "role": "user",
                "name": _text(path, where, turn, "speaker"),
                "content": _text(path, where, turn, "text"),
                "timestamp": when,
            }
            for src, dst in (("dia_id", "dia_id"), ("img_url", "image_url"), ("blip_caption", "image_caption")):
                value = turn.get(src)
                if isinstance(value, list):  # img_url is a list in LoCoMo
                    value = value[0] if value else None
                if isinstance(value, str) and value.strip():
                    msg[dst] = normalize_text(value) if dst == "image_caption" else value
            messages.append(msg)
        sessions.append(TranscriptSession(f"{prefix}{key}", when, messages))
    if not sessions:
        raise UnsupportedFileError(f"{path}: {prefix or 'the conversation '}has no session_<n> turns")
    return sessions


def load_transcript(path: str | Path) -> LoadedTranscript:
    """Read a transcript file (see the module docstring for the shapes).

    Raises:
        UnsupportedFileError: not JSON, neither shape, or a message or turn with a missing,
            empty or wrongly typed field, or a time without a zone.
    """
    p = Path(path)
    data = read_markup_bytes(p)
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise UnsupportedFileError(f"{p}: not a JSON file ({e})") from e
    if isinstance(raw, dict) and isinstance(raw.get("messages"), list):
        raw = raw["messages"]
    if isinstance(raw, dict) and "conversation" in raw:
        raw = [raw]
    sessions: list[TranscriptSession]
    if isinstance(raw, list) and raw and all(isinstance(s, dict) and "conversation" in s for s in raw):
        sessions = []
        for i, sample in enumerate(raw):
            conv = sample["conversation"]
            if not isinstance(conv, dict):
                raise _fail(p, f"sample #{i}", "'conversation' must be an object")
            sid = sample.get("sample_id")
            prefix = f"{sid}:" if isinstance(sid, str) and sid else ""
            sessions += locomo_sessions(p, conv, prefix)
        fmt = "locomo"
    elif isinstance(raw, dict) and any(_SESSION_KEY.fullmatch(k) for k in raw):
        sessions, fmt = locomo_sessions(p, raw), "locomo"
    elif isinstance(raw, list):
        sessions, fmt = [_messages(p, raw)], "messages"
    else:
        raise UnsupportedFileError(
            f"{p}: not a transcript: expected a list of messages {{role, content, timestamp}}, "
            "{'messages': [...]}, or LoCoMo conversations"
        )
    return LoadedTranscript(uri=str(p.resolve()), sha256=file_sha256(p), format=fmt, sessions=sessions)
