"""The graph page (/ui) with a 5,000-node graph on screen, in headless Chromium, no LLM.

A store holds one user with 5,000 remembered messages in 50 sessions (synthetic text: the page
draws structure, not content); ``/ui`` loads the graph around the user (capped at 5,000 nodes)
in Debian's Chromium, driven by Playwright, WebGL through SwiftShader (no GPU here: a desktop
GPU is faster). Printed over ``--runs`` page loads:

- **time to first paint of the graph**: navigation start to the first frame sigma draws with
  the graph in it (the page's ``memgraph-graph-painted`` performance mark), and the data
  request's share of it;
- **drawn**: how many nodes the page draws for the view: over its node budget (1,000) a
  session's messages are one group node until zoomed into (level of detail, lod.js);
- **frames per second** while the camera zooms in and out for 3 s with the layout running,
  and after it stops (``requestAnimationFrame`` callbacks counted);
- **zoom into a group**: the camera moves onto a group node; time from the end of the move to
  its members drawn (the page waits 200 ms for the camera to rest), nodes then drawn, and frames
  per second zooming at that detail;
- **at the budget**: groups opened until 1,000 nodes are drawn, frames per second zooming;
- **click to panel**: a real click on a node until its properties are shown.

Then the same view with every node drawn (``/ui?budget=20000``, no groups) for comparison.

Usage: .venv/bin/python bench/ui.py [--nodes 5000] [--runs 3] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import uvicorn

from memgraph import MemGraph
from memgraph.faces.server.app import create_app
from memgraph.faces.server.keys import KeyStore
from memgraph.faces.ui import CHROMIUM_HEADLESS_ARGS

CHROMIUM = "/usr/bin/chromium"
ARGS = list(CHROMIUM_HEADLESS_ARGS)

FPS_JS = """async ([ms, low, high]) => {
  const cam = memgraphUI.state.renderer.getCamera();
  let frames = 0; let running = true;
  const tick = () => { frames++; if (running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    await cam.animate({ ratio: low }, { duration: 250 });
    await cam.animate({ ratio: high }, { duration: 250 });
  }
  running = false;
  return frames / ((performance.now() - t0) / 1000);
}"""

ZOOM_JS = """async (key) => {
  const r = memgraphUI.state.renderer;
  const g = memgraphUI.state.graph;
  const at = r.viewportToFramedGraph(r.graphToViewport(g.getNodeAttributes(key)));
  const before = g.order;
  await r.getCamera().animate({ x: at.x, y: at.y, ratio: 0.15 }, { duration: 300 });
  const t0 = performance.now();
  while (g.order === before && performance.now() - t0 < 10000) await new Promise((ok) => setTimeout(ok, 10));
  return { ms: performance.now() - t0, drawn: g.order };
}"""

FILL_JS = """() => {
  const v = memgraphUI.state.view;
  for (const k of [...v.closed]) {
    if (memgraphUI.state.graph.order + v.groups.get(k).members.length - 1 > v.budget) break;
    v.closed.delete(k);
    v.apply();
  }
  return memgraphUI.state.graph.order;
}"""


def build(uri: str, nodes: int) -> str:
    """A user with ``nodes`` messages in sessions of 100; returns an API key for the user."""
    mg = MemGraph(uri)
    try:
        requests = []
        for s in range(nodes // 100):
            msgs = [
                {
                    "role": "user" if i % 2 == 0 else "assistant",
                    "content": f"Session {s} message {i}: item {s * 100 + i}",
                }
                for i in range(100)
            ]
            requests.append({"content": msgs, "user_id": "big", "session_id": f"s{s}"})
        t = time.perf_counter()
        mg.add_many(requests, infer=False)
        print(f"stored {nodes} messages in {time.perf_counter() - t:.0f} s", flush=True)
        return KeyStore(mg.store).create(user_id="big").key
    finally:
        mg.close()


def measure(url: str, key: str, runs: int, budget: int | None = None) -> list[dict[str, Any]]:
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for _ in range(runs):
                ctx = browser.new_context(viewport={"width": 1400, "height": 850})
                ctx.add_init_script(f"sessionStorage.setItem('memgraph-key', {json.dumps(key)})")
                page = ctx.new_page()
                page.goto(f"{url}/ui" + (f"?budget={budget}" if budget else ""))
                page.wait_for_selector("body[data-painted]", timeout=120_000)
                painted = page.evaluate("() => performance.getEntriesByName('memgraph-graph-painted')[0].startTime")
                data_ms = page.evaluate(
                    "() => performance.getEntriesByType('resource').filter(r => r.name.includes('/v1/graph'))"
                    ".map(r => r.responseEnd - r.startTime)[0]"
                )
                order = page.evaluate("() => memgraphUI.state.view.nodes.size")
                drawn = page.evaluate("() => memgraphUI.state.graph.order")
                fps_layout = page.evaluate(FPS_JS, [3000, 0.6, 1.2])
                page.wait_for_selector("body[data-layout=idle]", timeout=60_000)
                fps_idle = page.evaluate(FPS_JS, [3000, 0.6, 1.2])
                row: dict[str, Any] = {}
                group = page.evaluate("() => memgraphUI.state.graph.nodes().find(k => k.startsWith('group:'))")
                if group:
                    zoom = page.evaluate(ZOOM_JS, group)
                    row = {
                        "zoom_to_members_drawn_ms": zoom["ms"],
                        "drawn_zoomed_in": zoom["drawn"],
                        "fps_zoomed_in": page.evaluate(FPS_JS, [3000, 0.1, 0.3]),
                    }
                    page.evaluate("() => memgraphUI.state.renderer.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1 })")
                    page.wait_for_timeout(400)  # the page redraws 200 ms after the camera rests
                    row["drawn_at_budget"] = page.evaluate(FILL_JS)
                    row["fps_at_budget"] = page.evaluate(FPS_JS, [3000, 0.6, 1.2])
                    page.wait_for_timeout(400)
                page.wait_for_timeout(1000)  # the last frame at the camera's resting place (slow when all drawn)
                key_node = page.evaluate("() => memgraphUI.state.graph.nodes().find(k => k.startsWith('Session:'))")
                at = page.evaluate("k => memgraphUI.nodeViewport(k)", key_node)
                box = page.query_selector("#graph").bounding_box()
                t = time.perf_counter()
                page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
                page.wait_for_selector("#props tr", timeout=30_000)
                click_ms = (time.perf_counter() - t) * 1000
                out.append(
                    {
                        "nodes": order,
                        "drawn": drawn,
                        "first_paint_ms": painted,
                        "data_request_ms": data_ms,
                        "fps_layout_running": fps_layout,
                        "fps_idle": fps_idle,
                        **row,
                        "click_to_panel_ms": click_ms,
                    }
                )
                print(
                    json.dumps({k: round(v, 1) if isinstance(v, float) else v for k, v in out[-1].items()}), flush=True
                )
                ctx.close()
        finally:
            browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        uri = f"sqlite:///{tmp}/ui.db"
        key = build(uri, args.nodes)
        mg = MemGraph(uri)
        server = uvicorn.Server(uvicorn.Config(create_app(mg), host="127.0.0.1", port=0, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        try:
            print("level of detail (groups over 1,000 nodes):", flush=True)
            rows = measure(f"http://127.0.0.1:{port}", key, args.runs)
            print("every node drawn (?budget=20000):", flush=True)
            full = measure(f"http://127.0.0.1:{port}", key, args.runs, budget=20_000)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            mg.close()
    summary = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    summary_full = {k: statistics.median(r[k] for r in full) for k in full[0]}
    print("median, level of detail:", json.dumps({k: round(v, 1) for k, v in summary.items()}))
    print("median, every node drawn:", json.dumps({k: round(v, 1) for k, v in summary_full.items()}))
    if args.json:
        out = {"runs": rows, "median": summary, "runs_full": full, "median_full": summary_full}
        args.json.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
