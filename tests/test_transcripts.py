"""Chat transcripts: JSON message lists and LoCoMo sessions (real data), imported atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import store_snapshot

from memgraph import MemGraph, NodeLabel, RelType, UnsupportedFileError

LOCOMO = Path(__file__).resolve().parents[2] / "shared" / "data" / "locomo" / "locomo_dev5.json"

CHAT = [
    {
        "role": "user",
        "content": "My laptop shows error code E-1042 when it boots.",
        "timestamp": "2026-03-01T09:00:00Z",
    },
    {
        "role": "assistant",
        "content": "That code means the SSD firmware needs an update.",
        "timestamp": "2026-03-01T09:00:05Z",
    },
    {
        "role": "user",
        "content": "Here is what the screen looks like.",
        "image_caption": "a blue screen with white text reading firmware fault",
        "timestamp": "2026-03-01T09:01:00+01:00",
    },
]


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_message_list_becomes_one_session_linked_by_next(mg: MemGraph, tmp_path: Path) -> None:
    (session,) = mg.import_transcript(write(tmp_path / "chat.json", CHAT), user_id="ana")
    assert [m.text for m in session] == [m["content"] for m in CHAT]
    assert [m.role for m in session] == ["user", "assistant", "user"]
    assert session[2].created_at.isoformat() == "2026-03-01T08:01:00+00:00"
    assert session[0].session_id == session[2].session_id and session[0].session_id.startswith("transcript:")
    nexts = mg.store.relationships(src=[(NodeLabel.MEMORY, m.id) for m in session], types=[RelType.NEXT])
    assert {(r.src_id, r.dst_id) for r in nexts} == {(session[0].id, session[1].id), (session[1].id, session[2].id)}
    hit = mg.search("blue screen firmware fault", user_id="ana", top_k=1)[0]
    assert hit.id == session[2].id and "[image: a blue screen" in hit.text
    # the same file again is the same messages (deduplicated per session), not a second copy
    mg.import_transcript(tmp_path / "chat.json", user_id="ana")
    assert mg.stats()["Memory"] == 3


@pytest.mark.parametrize(
    ("mutate", "words"),
    [
        (lambda msgs: msgs[1].pop("content"), ["message #1", "missing 'content'"]),
        (lambda msgs: msgs[2].pop("role"), ["message #2", "missing 'role'"]),
        (lambda msgs: msgs[0].update(content="  "), ["message #0", "'content' is empty"]),
        (lambda msgs: msgs[1].update(content=42), ["message #1", "must be a string"]),
        (lambda msgs: msgs[2].update(timestamp="2026-03-01T09:01:00"), ["message #2", "no time zone"]),
        (lambda msgs: msgs[0].update(timestamp="yesterday"), ["message #0", "not ISO 8601"]),
        (lambda msgs: msgs.append("hello"), ["message #3", "must be an object"]),
        (lambda msgs: msgs.clear(), ["no messages"]),
    ],
)
def test_a_transcript_with_a_bad_message_is_refused_and_nothing_is_written(
    mg: MemGraph, tmp_path: Path, mutate: Any, words: list[str]
) -> None:
    mg.add("I like tea", user_id="ana")
    before = store_snapshot(mg.store)
    msgs = json.loads(json.dumps(CHAT))
    mutate(msgs)
    with pytest.raises(UnsupportedFileError) as e:
        mg.import_transcript(write(tmp_path / "bad.json", msgs), user_id="ana")
    for w in words:
        assert w in str(e.value)
    assert store_snapshot(mg.store) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", ["not a JSON file"]),
        (b'{"hello": 1}', ["not a transcript"]),
        (
            b'{"conversation": {"session_1": [{"speaker": "A"}], "session_1_date_time": "1:56 pm on 8 May, 2023"}}',
            ["session_1 turn #0", "missing 'text'"],
        ),
        (b'{"conversation": {"session_1": [{"speaker": "A", "text": "hi"}]}}', ["missing 'session_1_date_time'"]),
    ],
)
def test_malformed_transcript_files_are_refused(mg: MemGraph, tmp_path: Path, content: bytes, words: list[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(UnsupportedFileError) as e:
        mg.import_transcript(path, user_id="ana")
    for w in words:
        assert w in str(e.value)
    assert mg.stats().get("Memory", 0) == 0


@pytest.mark.skipif(not LOCOMO.is_file(), reason=f"no LoCoMo data at {LOCOMO}")
def test_locomo_turns_are_found_by_what_their_image_shows(mg: MemGraph, tmp_path: Path) -> None:
    """Real LoCoMo sessions: each turn that shared an image is found by its caption's words."""
    sample = json.loads(LOCOMO.read_text())[0]
    conv = sample["conversation"]
    keep = {"speaker_a": conv["speaker_a"], "speaker_b": conv["speaker_b"]}
    captioned = 0
    for n in range(1, 40):
        if f"session_{n}" not in conv:
            break
        keep[f"session_{n}"] = conv[f"session_{n}"]
        keep[f"session_{n}_date_time"] = conv[f"session_{n}_date_time"]
        captioned += sum(1 for t in conv[f"session_{n}"] if t.get("blip_caption"))
        if captioned >= 8:
            break
    path = write(tmp_path / "locomo.json", {"sample_id": sample["sample_id"], "conversation": keep})
    sessions = mg.import_transcript(path, user_id="locomo")
    memories = [m for s in sessions for m in s]
    assert len(memories) == sum(len(v) for k, v in keep.items() if k.startswith("session_") and isinstance(v, list))
    with_images = [m for m in memories if m.image_caption]
    assert len(with_images) == captioned >= 8
    assert all(m.metadata.get("dia_id") and m.speaker in keep.values() for m in memories)
    found = 0
    for m in with_images:
        results = mg.search(f"the photo of {m.image_caption}", user_id="locomo", top_k=3)
        found += any(r.id == m.id for r in results)
    assert found / len(with_images) >= 0.75, (found, len(with_images))
