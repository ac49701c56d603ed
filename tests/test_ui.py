"""The graph page (/ui) in headless Chromium (Debian's, driven by Playwright): load it with a key,
search, click a node on the canvas, see its panel with why it was recalled and the highlighted
path, expand a node, filter a label. A screenshot is saved to test-artifacts/ui-graph.png.

Needs /usr/bin/chromium (scripts/setup.sh installs it) and the built page (scripts/build_ui.sh):
without them the test skips with a reason, or fails with ``MEMGRAPH_REQUIRE_BROWSER=1`` (CI).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from serving import running

from memgraph import MemGraph
from memgraph.faces.server.app import create_app
from memgraph.faces.server.keys import KeyStore
from memgraph.faces.ui import BUNDLE, CHROMIUM_HEADLESS_ARGS

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = list(CHROMIUM_HEADLESS_ARGS)

MISSING = (
    "Chromium is not installed (apt-get install chromium; scripts/setup.sh does as root)"
    if not Path(CHROMIUM).is_file()
    else "the graph page is not built (bash scripts/build_ui.sh, needs npm)"
    if not BUNDLE.is_file()
    else None
)
if MISSING and os.environ.get("MEMGRAPH_REQUIRE_BROWSER") == "1":
    raise RuntimeError(MISSING)
pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")

HANDBOOK = "# Leave\n\nOperations staff have 27 days of annual leave.\n\nSales staff have 25 days of annual leave.\n"


def test_graph_page_search_click_and_path(mg: MemGraph, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    doc = tmp_path / "handbook.md"
    doc.write_text(HANDBOOK, encoding="utf-8")
    mg.kb.ingest(doc)
    mg.add("I work in the Operations department", user_id="ana")
    mg.add("I prefer window seats on flights", user_id="ana")
    mg.add("Bo's locker code is 4711", user_id="bo")
    key = KeyStore(mg.store).create(user_id="ana").key
    errors: list[str] = []
    with running(create_app(mg)) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 850})
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(f"{url}/ui")
            page.fill("#key", key)
            page.click("#auth button")
            page.wait_for_selector("body[data-painted]", timeout=30_000)
            assert "User:ana" in page.text_content("#status")
            labels = page.eval_on_selector_all("#label-filters input", "els => els.map(e => e.dataset.name)")
            assert {"User", "Memory", "Entity:Department"} <= set(labels)

            page.fill("#query", "How many days of annual leave do I have?")
            page.click("#search button")
            page.wait_for_selector("#hits li", timeout=30_000)
            hits = page.eval_on_selector_all("#hits li", "els => els.map(e => e.dataset.key)")
            assert hits[0].startswith("Chunk:") and not any("4711" in h for h in hits)
            page.wait_for_selector("body[data-layout=idle]", timeout=30_000)
            at = page.evaluate("k => memgraphUI.nodeViewport(k)", hits[0])
            box = page.query_selector("#graph").bounding_box()
            assert at is not None and box is not None
            page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])  # a real click on the WebGL canvas
            page.wait_for_selector("#panel:not([hidden])", timeout=10_000)
            page.wait_for_selector("#props tr", timeout=10_000)
            assert page.text_content("#panel-key") == hits[0]
            assert page.text_content("#path") == "ana  →  Operations  →  Operations staff have 27 days of annual leave."
            assert "WORKS_IN" in page.text_content("#paths") and page.query_selector_all("#signals tr")
            assert "27 days" in page.text_content("#props")
            highlighted = page.evaluate("() => [...memgraphUI.state.pathEdges]")
            assert len(highlighted) == 2
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "ui-graph.png"))

            page.fill("#around", "User:ana")
            page.select_option("#depth", "1")
            page.click("#around-form button")
            page.wait_for_function("k => !memgraphUI.state.graph.hasNode(k)", arg=hits[0], timeout=10_000)
            before = page.evaluate("() => memgraphUI.state.graph.order")
            page.evaluate("k => memgraphUI.select(k)", "Entity:Department:operations")
            page.click("#expand")
            page.wait_for_function(f"() => memgraphUI.state.graph.order > {before}", timeout=10_000)
            page.uncheck("#label-filters input[data-name=Memory]")
            assert page.evaluate("() => memgraphUI.state.hiddenLabels.has('Memory')")
            page.evaluate("k => memgraphUI.select(k)", next(h for h in hits if h.startswith("Memory:")))
            page.wait_for_selector("#history li", timeout=10_000)
            assert "ADD" in page.text_content("#history")
        finally:
            browser.close()
    assert errors == []


def test_the_page_is_served_offline_and_its_data_needs_a_key(mg: MemGraph) -> None:
    import httpx

    with running(create_app(mg)) as url, httpx.Client(base_url=url) as c:
        page = c.get("/ui").text
        assert "/ui/static/app.js" in page and "://" not in page  # everything from this server
        script = c.get("/ui/static/app.js")
        assert script.status_code == 200 and "WebGL" in script.text
        assert c.get("/v1/graph").status_code == 401
        docs = c.get("/docs").text
        assert "/ui/static/docs/swagger-ui-bundle.js" in docs and "cdn" not in docs
        assert c.get("/ui/static/docs/swagger-ui-bundle.js").status_code == 200
