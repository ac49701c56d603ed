"""The graph page (/ui) in headless Chromium (Debian's, driven by Playwright): load it with a key,
search, click a node on the canvas, see its panel with why it was recalled and the highlighted
path, expand a node, filter a label; and a view over the page's node budget drawn as groups that open
by zoom or double-click. A screenshot is saved to test-artifacts/ui-graph.png.

Needs /usr/bin/chromium (scripts/setup.sh installs it) and the built page (scripts/build_ui.sh):
without them the test skips with a reason, or fails with ``MEMGRAPH_REQUIRE_BROWSER=1`` (CI).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from serving import running

from memgraph import MemGraph
from memgraph.faces.server.app import create_app
from memgraph.faces.server.keys import KeyStore
from memgraph.faces.ui import BUNDLE, CHROMIUM_HEADLESS_ARGS

if TYPE_CHECKING:
    from playwright.sync_api import Page

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


@contextmanager
def browser_page(mg: MemGraph) -> Iterator[tuple[str, Page]]:
    """The server's address, a Chromium page on a 1400x850 viewport, and the page's script errors
    (asserted empty when the block ends without failing)."""
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with running(create_app(mg)) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 850})
            page.on("pageerror", lambda e: errors.append(str(e)))
            yield url, page
        finally:
            browser.close()
    assert errors == []


def test_graph_page_search_click_and_path(mg: MemGraph, tmp_path: Path) -> None:
    doc = tmp_path / "handbook.md"
    doc.write_text(HANDBOOK, encoding="utf-8")
    mg.kb.ingest(doc)
    mg.add("I work in the Operations department", user_id="ana")
    mg.add("I prefer window seats on flights", user_id="ana")
    mg.add("Bo's locker code is 4711", user_id="bo")
    key = KeyStore(mg.store).create(user_id="ana").key
    with browser_page(mg) as (url, page):
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
        page.wait_for_timeout(500)  # a node the panel would cover is panned into the part left visible
        shown = page.evaluate("k => memgraphUI.nodeViewport(k)", hits[0])
        assert shown is not None and shown["x"] < box["width"] - 360
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


def test_a_view_over_the_node_budget_draws_groups_that_open_by_zoom_or_double_click(mg: MemGraph) -> None:
    """Level of detail: over the page's node budget (here ?budget=40), each session's messages are
    one group node; zooming onto a group opens it, zooming out closes it again; a double click
    opens one for good; selecting a grouped node opens its group; the filters count all nodes."""
    requests = [
        {
            "content": [{"role": "user", "content": f"Session {s} note {i}: topic {s * 10 + i}"} for i in range(10)],
            "user_id": "ana",
            "session_id": f"s{s}",
        }
        for s in range(4)
    ]
    mg.add_many(requests, infer=False)
    key = KeyStore(mg.store).create(user_id="ana").key
    drawn = "() => memgraphUI.state.graph.order"
    with browser_page(mg) as (url, page):
        page.add_init_script(f"sessionStorage.setItem('memgraph-key', '{key}')")
        page.goto(f"{url}/ui?budget=40")
        page.wait_for_selector("body[data-layout=idle]", timeout=30_000)
        view = page.evaluate(
            "() => ({nodes: memgraphUI.state.view.nodes.size, drawn: memgraphUI.state.graph.order,"
            " groups: memgraphUI.state.graph.filterNodes((k, a) => a.mgGroup).map(k => ["
            "k, memgraphUI.state.graph.getNodeAttribute(k, 'label')])})"
        )
        assert view["nodes"] == 45  # the user, 4 sessions, 40 messages
        assert view["drawn"] == 9 and len(view["groups"]) == 4
        assert all(label.startswith("10 Memory · ") for _, label in view["groups"])
        assert "drawn as 9" in page.text_content("#counts")
        assert "Memory (40)" in page.text_content("#label-filters")

        group = view["groups"][0][0]
        members = page.evaluate("k => memgraphUI.state.view.groups.get(k).members", group)
        page.evaluate(
            """k => { const r = memgraphUI.state.renderer; const g = memgraphUI.state.graph;
            const at = r.viewportToFramedGraph(r.graphToViewport(g.getNodeAttributes(k)));
            return r.getCamera().animate({ x: at.x, y: at.y, ratio: 0.05 }, { duration: 100 }); }""",
            group,
        )
        page.wait_for_function("k => !memgraphUI.state.graph.hasNode(k)", arg=group, timeout=10_000)
        assert page.evaluate("ms => ms.every(m => memgraphUI.state.graph.hasNode(m))", members)
        assert page.evaluate(drawn) <= 40
        page.evaluate("() => memgraphUI.state.renderer.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1 })")
        page.wait_for_function(f"() => {drawn[6:]} === 9", timeout=10_000)

        at = page.evaluate("k => memgraphUI.nodeViewport(k)", group)
        box = page.query_selector("#graph").bounding_box()
        assert at is not None and box is not None
        page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
        page.wait_for_selector("#props tr", timeout=10_000)
        assert "10 Memory nodes" in page.text_content("#props")
        page.click("#close")
        page.wait_for_timeout(500)  # the camera pans a node the panel would cover into view
        at = page.evaluate("k => memgraphUI.nodeViewport(k)", group)
        assert at is not None and at["x"] < box["width"] - 360
        page.mouse.dblclick(box["x"] + at["x"], box["y"] + at["y"])
        page.wait_for_function(f"() => {drawn[6:]} === 18", timeout=10_000)
        page.evaluate("() => memgraphUI.state.renderer.getCamera().animate({ ratio: 1.1 })")
        page.wait_for_timeout(600)  # the page levels 200 ms after the camera rests
        assert page.evaluate(drawn) == 18  # opened by hand: zooming out leaves it open

        other = page.evaluate("k => memgraphUI.state.view.groups.get(k).members[3]", view["groups"][1][0])
        page.evaluate("k => memgraphUI.select(k)", other)
        page.wait_for_selector("#history li", timeout=10_000)
        assert page.evaluate("k => memgraphUI.state.graph.hasNode(k)", other)
        assert page.evaluate(drawn) == 27
