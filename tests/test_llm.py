"""ask() through an OpenAI-compatible endpoint: a real HTTP server on 127.0.0.1 in a thread."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest

from memgraph import ConfigError, LLMError, LLMSettings, MemGraph, NodeLabel, Settings
from memgraph.extraction.extract import Extractor
from memgraph.text.embed import Embedder

REPLY = "You have 25 days [1]."
QUESTION = "How many days of annual leave do I have?"

HANDBOOK = """# Employee Handbook

## Annual leave
Staff in the Operations department receive 25 days of annual leave per calendar year.
Leave requests are approved by the line manager in the HR portal.
"""


@dataclass
class FakeEndpoint:
    """What the local chat-completions server saw and how it answers next."""

    port: int = 0
    mode: str = "ok"
    content: str = REPLY
    requests: list[dict[str, Any]] = field(default_factory=list)


def _handler(state: FakeEndpoint) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep pytest output clean
            pass

        def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            state.requests.append(
                {"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": json.loads(raw)}
            )
            if self.path != "/v1/chat/completions":
                self._send(404, b'{"error": "not found"}')
            elif state.mode == "500":
                self._send(500, b'{"error": {"message": "model overloaded"}}')
            elif state.mode == "malformed":
                self._send(200, b'{"choices": [{"message": {"role": "assistant", "content": "You ha')
            elif state.mode == "no_choices":
                self._send(200, b'{"choices": []}')
            else:
                msg = {"role": "assistant", "content": state.content}
                self._send(200, json.dumps({"choices": [{"index": 0, "message": msg}]}).encode())

    return Handler


@pytest.fixture
def endpoint() -> Iterator[FakeEndpoint]:
    state = FakeEndpoint()
    server = HTTPServer(("127.0.0.1", 0), _handler(state))
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def llm_mg(tmp_path: Path, endpoint: FakeEndpoint, embedder: Embedder, extractor: Extractor) -> Iterator[MemGraph]:
    settings = Settings(
        store=f"sqlite:///{tmp_path}/llm.db",
        llm=LLMSettings(base_url=f"http://127.0.0.1:{endpoint.port}/v1", api_key="k", model="m", timeout_s=10),
    )
    m = MemGraph(settings=settings, embedder=embedder, extractor=extractor)
    (tmp_path / "handbook.md").write_text(HANDBOOK, encoding="utf-8")
    m.ingest(tmp_path / "handbook.md")
    m.add("I work in the Operations department", user_id="olga")
    try:
        yield m
    finally:
        m.close()


def test_ask_with_llm(llm_mg: MemGraph, endpoint: FakeEndpoint) -> None:
    answer = llm_mg.ask(QUESTION, user_id="olga")
    assert answer.answer == REPLY
    assert answer.used_llm is True
    assert answer.found is True
    assert [(f.relation, f.entity) for f in answer.facts] == [("WORKS_IN", "Operations")]
    assert [c.number for c in answer.citations] == [1]
    cited = answer.citations[0]
    assert cited.id == answer.passages[0].id
    assert len(endpoint.requests) == 1
    req = endpoint.requests[0]
    assert req["path"] == "/v1/chat/completions"
    assert req["headers"]["authorization"] == "Bearer k"
    body = req["body"]
    assert body["model"] == "m"
    assert body["temperature"] == 0.0
    roles = [m["role"] for m in body["messages"]]
    assert roles == ["system", "user"]
    prompt = body["messages"][1]["content"]
    assert QUESTION in prompt
    assert "works in Operations" in prompt
    assert "Staff in the Operations department receive 25 days of annual leave" in prompt
    assert "[1]" in prompt
    chunk = next(p for p in answer.passages if p.label == NodeLabel.CHUNK)
    assert chunk.document == "Employee Handbook"
    number = answer.passages.index(chunk) + 1
    assert re.search(rf"\[{number}\] \(Employee Handbook\) [^\n]*25 days of annual leave", prompt), prompt


def test_llm_citations_follow_numbers_in_reply(llm_mg: MemGraph, endpoint: FakeEndpoint, tmp_path: Path) -> None:
    # A general rule (no department's), so every retrieved passage goes to the LLM in order.
    (tmp_path / "general.md").write_text(
        "# Leave policy\n\n## Annual leave\nEvery employee receives 25 days of annual leave per calendar year.\n",
        encoding="utf-8",
    )
    llm_mg.ingest(tmp_path / "general.md")
    llm_mg.add("I take most of my annual leave in August.", user_id="gus")
    endpoint.content = "Per [2] and [1], you have 25 days."
    answer = llm_mg.ask(QUESTION, user_id="gus")
    assert len(answer.passages) >= 2
    assert sorted(c.number for c in answer.citations) == [1, 2]
    assert {c.id for c in answer.citations} == {answer.passages[0].id, answer.passages[1].id}


@pytest.mark.parametrize(
    "reply",
    ["The context does not say how many days you have.", "You have 25 days [9].", "You have 25 days [0]."],
)
def test_an_llm_reply_that_cites_no_passage_claims_nothing(
    llm_mg: MemGraph, endpoint: FakeEndpoint, reply: str
) -> None:
    endpoint.content = reply
    answer = llm_mg.ask(QUESTION, user_id="olga")
    assert answer.used_llm is True
    assert len(answer.passages) < 9  # [9] names no passage
    assert answer.answer == reply
    assert answer.citations == []
    assert answer.found is False


@pytest.mark.parametrize("mode", ["500", "malformed", "no_choices"])
def test_llm_errors(llm_mg: MemGraph, endpoint: FakeEndpoint, mode: str) -> None:
    """Required (``use_llm=True``), a failing endpoint raises; left to the default, the answer
    is extractive and says why the LLM did not write it."""
    endpoint.mode = mode
    with pytest.raises(LLMError) as info:
        llm_mg.ask(QUESTION, user_id="olga", use_llm=True)
    assert len(endpoint.requests) == 1
    if mode == "500":
        assert "500" in str(info.value)
    answer = llm_mg.ask(QUESTION, user_id="olga")
    assert len(endpoint.requests) == 2
    assert answer.used_llm is False and answer.llm_error == str(info.value)
    assert "25 days of annual leave" in answer.answer and answer.citations, answer.answer


def test_unreachable_endpoint_raises_llm_error_only_when_required(
    tmp_path: Path, embedder: Embedder, extractor: Extractor
) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = Settings(store=f"sqlite:///{tmp_path}/u.db", llm=LLMSettings(base_url=f"http://127.0.0.1:{port}/v1"))
    with MemGraph(settings=settings, embedder=embedder, extractor=extractor) as mg:
        mg.add("I like green tea", user_id="u1")
        with pytest.raises(LLMError):
            mg.ask("What tea do I like?", user_id="u1", use_llm=True)
        answer = mg.ask("What tea do I like?", user_id="u1")
        assert answer.used_llm is False and answer.llm_error, answer
        assert "green tea" in answer.answer and answer.found, answer.answer


def test_use_llm_false_gives_extractive_answer(llm_mg: MemGraph, endpoint: FakeEndpoint) -> None:
    answer = llm_mg.ask(QUESTION, user_id="olga", use_llm=False)
    assert answer.used_llm is False
    assert answer.answer != REPLY
    assert "25 days of annual leave" in answer.answer
    assert "[1]" in answer.answer
    assert answer.citations and answer.citations[0].number == 1
    assert endpoint.requests == []


def test_use_llm_true_without_llm_is_config_error(mg: MemGraph) -> None:
    assert mg.llm is None
    mg.add("I like green tea", user_id="u1")
    with pytest.raises(ConfigError):
        mg.ask("What tea do I like?", user_id="u1", use_llm=True)
    answer = mg.ask("What tea do I like?", user_id="u1")
    assert answer.used_llm is False
    assert "green tea" in answer.answer


def test_an_image_gets_a_caption_from_the_vision_model(
    tmp_path: Path, endpoint: FakeEndpoint, embedder: Embedder, extractor: Extractor
) -> None:
    import base64
    import io

    from PIL import Image

    endpoint.content = "A red bicycle leaning against a brick wall next to a green door."
    settings = Settings(
        llm=LLMSettings(base_url=f"http://127.0.0.1:{endpoint.port}/v1", model="m", vision_model="vision-m")
    )
    photo = tmp_path / "photo.png"
    Image.new("RGB", (2400, 1200), (200, 30, 30)).save(photo)
    with MemGraph(f"sqlite:///{tmp_path}/v.db", settings=settings, embedder=embedder, extractor=extractor) as mg:
        image = mg.add_image(photo, user_id="ana", ocr=False)
        assert image.caption == endpoint.content
        (req,) = endpoint.requests
        assert req["body"]["model"] == "vision-m"
        text, picture = req["body"]["messages"][0]["content"]
        assert text["type"] == "text" and picture["type"] == "image_url"
        prefix = "data:image/jpeg;base64,"
        assert picture["image_url"]["url"].startswith(prefix)
        sent = Image.open(io.BytesIO(base64.b64decode(picture["image_url"]["url"][len(prefix) :])))
        assert sent.format == "JPEG" and sent.size == (1024, 512)  # downscaled before sending
        hit = mg.search("red bicycle by a brick wall", user_id="ana", top_k=1)[0]
        assert hit.id == image.id and hit.uri == str(photo)
        # a given caption wins and the endpoint is not asked; a failing endpoint leaves no caption
        mg.add_image(photo, user_id="bo", caption="my bike", ocr=False)
        assert len(endpoint.requests) == 1
        endpoint.mode = "500"
        other = tmp_path / "other.png"
        Image.new("RGB", (64, 64), "blue").save(other)
        assert mg.add_image(other, user_id="ana", ocr=False).caption is None


def test_images_inside_an_ingested_pdf_get_captions_too(
    tmp_path: Path, endpoint: FakeEndpoint, embedder: Embedder, extractor: Extractor
) -> None:
    import io

    from conftest import screenshot_png
    from fpdf import FPDF

    endpoint.content = "A floor plan of the third floor with the fire exits marked in green."
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Evacuation routes are posted beside every lift.")
    pdf.add_page()
    pdf.multi_cell(0, 6, "The plan below shows the third floor.")
    pdf.image(io.BytesIO(screenshot_png(["Floor 3"])), w=120)
    path = tmp_path / "safety.pdf"
    pdf.output(str(path))
    settings = Settings(
        llm=LLMSettings(base_url=f"http://127.0.0.1:{endpoint.port}/v1", model="m", vision_model="vision-m")
    )
    with MemGraph(f"sqlite:///{tmp_path}/kb.db", settings=settings, embedder=embedder, extractor=extractor) as mg:
        mg.ingest(path)
        assert [r["body"]["model"] for r in endpoint.requests] == ["vision-m"]
        (image,) = mg.store.find_nodes(NodeLabel.IMAGE, ["shared"], limit=5)
        assert image.props["caption"] == endpoint.content and image.props["page"] == 2
        hit = mg.search("floor plan with the fire exits", user_id="reader", top_k=1)[0]
        assert hit.label == NodeLabel.IMAGE and hit.page == 2 and hit.uri == str(path.resolve())


def test_feedback_read_by_the_llm(llm_mg: MemGraph, endpoint: FakeEndpoint) -> None:
    endpoint.content = json.dumps(
        {"kind": "correction", "statement": "I work in the Technology department", "old": "", "new": ""}
    )
    res = llm_mg.feedback("they reassigned me to the tech folks", user_id="olga")
    assert res.used_llm and res.applied and res.opened == ["WORKS_IN Technology"]
    assert {(f.relation, f.entity) for f in llm_mg.facts(user_id="olga")} == {("WORKS_IN", "Technology")}
    prompt = endpoint.requests[-1]["body"]["messages"][-1]["content"]
    assert "they reassigned me to the tech folks" in prompt


def test_feedback_falls_back_to_the_rules_when_the_llm_reply_is_no_json(
    llm_mg: MemGraph, endpoint: FakeEndpoint
) -> None:
    llm_mg.ask(QUESTION, user_id="olga", session_id="s", use_llm=False)
    endpoint.content = "Sure! This is a correction."
    res = llm_mg.feedback("that leave rule is outdated", user_id="olga", session_id="s")
    assert not res.used_llm and res.llm_error and "JSON" in res.llm_error
    assert res.applied and res.kind is not None and res.kind.value == "knowledge"
    endpoint.mode = "500"
    before = llm_mg.stats()
    with pytest.raises(LLMError):
        llm_mg.feedback("that leave rule is outdated", user_id="olga", session_id="s", use_llm=True)
    assert llm_mg.stats() == before
