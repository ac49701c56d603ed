// The graph page (/ui): what an agent knows, drawn with sigma.js (WebGL) over graphology.
// Data comes from the REST API (/v1/graph*) with the key typed into the page (kept for the
// browser tab only). Built by esbuild into static/app.js (scripts/build_ui.sh).
import Graph from "graphology";
import Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { BUDGET, View } from "./lod.js";

const COLORS = {
  User: "#e4572e", Agent: "#f3a712", Session: "#9aa5b1", Memory: "#4c9bd6", Document: "#665191",
  Chunk: "#2f4b7c", Image: "#d45087", ToolCall: "#ffa600", Tool: "#bc5090", Task: "#58508d",
  ToolResult: "#c9a227", Feedback: "#7a5195", History: "#b0b7c0", ApiKey: "#555555",
};
const ENTITY_COLORS = {
  Department: "#29a36a", Role: "#a05195", Location: "#f95d6a", Person: "#ff7c43", Organization: "#003f5c",
  Grade: "#8cb369", Schedule: "#5c946e", Category: "#80a4ed", Product: "#bc4b51", Event: "#f4a259",
  Date: "#9e9e9e", Other: "#66a182",
};
// One colour per relationship type, the same in every view; types not listed take one by their
// name's hash from the palette below.
const REL_COLORS = {
  OWNS: "#b8c0cc", IN_SESSION: "#e76f51", NEXT: "#e9c46a", MENTIONS: "#2a9d8f", WORKS_IN: "#1d7874",
  HAS_ROLE: "#9b5de5", HAS_GRADE: "#8cb369", LOCATED_IN: "#f15bb5", PREFERS: "#5fa8d3", HAS_CHUNK: "#6c757d",
  APPLIES_TO: "#00a6fb", EXCEPT_FOR: "#d62828", PART_OF: "#7b2cbf", HAS_IMAGE: "#d45087", ATTACHED: "#bc6c25",
  DERIVED_FROM: "#606c38", SUPERSEDES: "#9d0208", CALLED: "#ffa600", OF_TOOL: "#bc5090", FOR_TASK: "#58508d",
  ABOUT: "#386641", GIVEN_BY: "#7a5195", MERGED_FROM: "#c9a227", RETURNED: "#495057", RELATES_TO: "#0081a7",
};
const REL_PALETTE = ["#8d99ae", "#5fa8d3", "#e76f51", "#2a9d8f", "#e9c46a", "#9b5de5", "#f15bb5", "#00bbf9"];
const DIM = "#e3e6ea";

const $ = (sel) => document.querySelector(sel);
const graph = new Graph({ multi: true, type: "directed" });
// ?budget=N in the address: how many nodes to draw before groups close (a GPU draws more).
const budget = Number(new URLSearchParams(location.search).get("budget")) || BUDGET;
const view = new View(graph, { node: kindColour, rel: relColour }, budget);
const state = {
  graph,
  view,
  renderer: null,
  layout: null,
  hiddenLabels: view.hiddenKinds,
  hiddenRels: view.hiddenRels,
  keep: new Set(),
  hits: new Map(),
  selected: null,
  neighbours: new Set(),
  pathNodes: new Set(),
  pathEdges: new Set(),
};

function colourOf(label, etype) {
  if (label === "Entity") return ENTITY_COLORS[etype] || ENTITY_COLORS.Other;
  return COLORS[label] || "#888888";
}

function kindColour(kind) {
  const [label, etype] = kind.split(":");
  return colourOf(label, etype);
}

function relColour(rel) {
  if (REL_COLORS[rel]) return REL_COLORS[rel];
  let hash = 0;
  for (const ch of rel) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return REL_PALETTE[hash % REL_PALETTE.length];
}

function status(text, isError = false) {
  const el = $("#status");
  el.textContent = text;
  el.classList.toggle("error", isError);
}

async function api(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.body ? { "Content-Type": "application/json" } : {}) };
  const key = sessionStorage.getItem("memgraph-key");
  if (key) headers.Authorization = `Bearer ${key}`;
  const user = sessionStorage.getItem("memgraph-user");
  if (user) headers["X-MemGraph-User"] = user;
  const res = await fetch(path, { ...options, headers });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.detail || `${res.status} ${res.statusText}`);
  return data;
}

// Merge an answer of /v1/graph into the view, regroup (over the budget, a parent's many leaves
// are drawn as one group node: lod.js) and draw it.
function addData(data, near = null) {
  view.add(data);
  view.regroup(state.keep);
  view.apply(near);
  renderFilters();
  runLayout(graph.order > 2000 ? 4000 : 2500);
}

// Redraw after the camera moved: open the groups zoomed into, close those zoomed away from.
function level() {
  if (document.body.dataset.layout !== "idle") return;
  if (view.level(state.renderer)) renderCounts();
  document.body.dataset.drawn = String(graph.order);
}

function runLayout(ms) {
  const g = state.graph;
  if (state.layout) state.layout.kill();
  if (g.order < 2) {
    document.body.dataset.layout = "idle";
    return;
  }
  const settings = forceAtlas2.inferSettings(g);
  state.layout = new FA2Layout(g, { settings: { ...settings, barnesHutOptimize: g.order > 500 } });
  state.layout.start();
  document.body.dataset.layout = "running";
  const layout = state.layout;
  setTimeout(() => {
    layout.stop();
    if (state.layout === layout) {
      document.body.dataset.layout = "idle";
      level();
    }
  }, ms);
}

function renderFilters() {
  const labels = new Map();
  const rels = new Map();
  for (const n of view.nodes.values()) labels.set(n.kind, (labels.get(n.kind) || 0) + 1);
  for (const e of view.edges.values()) rels.set(e.type, (rels.get(e.type) || 0) + 1);
  fill($("#label-filters"), labels, state.hiddenLabels, kindColour);
  fill($("#rel-filters"), rels, state.hiddenRels, relColour);
  renderCounts();
}

function renderCounts() {
  const closed = [...view.closed].filter((k) => graph.hasNode(k)).length;
  $("#counts").textContent =
    `${view.nodes.size} nodes · ${view.edges.size} relationships` +
    (closed ? ` · drawn as ${graph.order}, ${closed} groups closed: zoom in, or double-click a group to open it` : "");
}

function fill(box, counts, hidden, colour) {
  box.replaceChildren();
  for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1])) {
    const row = document.createElement("label");
    row.className = "filter";
    const box2 = document.createElement("input");
    box2.type = "checkbox";
    box2.checked = !hidden.has(name);
    box2.dataset.name = name;
    box2.addEventListener("change", () => {
      if (box2.checked) hidden.delete(name);
      else hidden.add(name);
      view.apply();
      renderCounts();
    });
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colour(name);
    row.append(box2, swatch, document.createTextNode(` ${name} (${count})`));
    box.append(row);
  }
}

function nodeReducer(key, data, attrs) {
  const out = {};
  if (state.pathNodes.has(key)) {
    out.size = data.size * 1.6;
    out.labelVisibility = "visible";
    out.zIndex = 2;
  } else if (state.hits.has(key)) {
    out.size = data.size * 1.3;
    out.labelVisibility = "visible";
  }
  if (state.selected && key !== state.selected && !state.neighbours.has(key) && !state.pathNodes.has(key)) {
    out.color = DIM;
    out.labelVisibility = "hidden";
  }
  if (key === state.selected) {
    out.highlighted = true;
    out.labelVisibility = "visible";
    out.zIndex = 3;
  }
  return out;
}

function edgeReducer(key, data, attrs) {
  const g = state.graph;
  const out = {};
  if (state.pathEdges.has(key)) {
    out.color = "#e4572e";
    out.size = 4;
    out.zIndex = 2;
  } else if (state.selected && g.source(key) !== state.selected && g.target(key) !== state.selected) {
    out.color = DIM;
  }
  return out;
}

function setPath(keys) {
  state.pathNodes = new Set(keys);
  state.pathEdges = new Set();
  for (let i = 0; i + 1 < keys.length; i++) {
    for (const e of state.graph.edges(keys[i], keys[i + 1])) state.pathEdges.add(e);
    for (const e of state.graph.edges(keys[i + 1], keys[i])) state.pathEdges.add(e);
  }
}

function row(table, name, value) {
  const tr = document.createElement("tr");
  const th = document.createElement("th");
  th.textContent = name;
  const td = document.createElement("td");
  td.textContent = typeof value === "object" ? JSON.stringify(value) : String(value);
  tr.append(th, td);
  table.append(tr);
}

async function select(key) {
  const g = state.graph;
  const group = view.groups.get(key);
  if (group ? !g.hasNode(key) : !view.nodes.has(key)) return; // an opened group is its members now
  const closedIn = view.closedGroupOf(key);
  if (closedIn) {
    view.open(closedIn, true);
    renderCounts();
  }
  state.selected = key;
  state.neighbours = new Set(g.hasNode(key) ? g.neighbors(key) : []);
  const hit = state.hits.get(key);
  setPath(hit ? hit.path : []);
  state.renderer.refresh();
  const panel = $("#panel");
  panel.hidden = false;
  keepClearOf(panel, key);
  $("#panel-title").textContent = group ? g.getNodeAttribute(key, "label") : view.nodes.get(key).caption;
  $("#panel-key").textContent = key;
  const why = $("#why");
  why.hidden = !hit;
  if (hit) {
    $("#explain").textContent = hit.explain;
    const sig = $("#signals");
    sig.replaceChildren();
    for (const [name, value] of Object.entries(hit.signals)) row(sig, name, Number(value).toFixed(3));
    $("#path").textContent = hit.path.length
      ? hit.path.map((k) => (view.nodes.has(k) ? view.nodes.get(k).caption : k)).join("  →  ")
      : "not linked to you in the graph (found by text)";
    $("#paths").textContent = hit.paths.join("\n");
  }
  const props = $("#props");
  props.replaceChildren();
  const hist = $("#history");
  hist.replaceChildren();
  $("#history-box").hidden = true;
  if (group) {
    row(props, "members", `${group.members.length} ${group.kind} nodes, drawn as one until opened`);
    row(props, "relationship", `${group.rel} (each to the same ${view.nodes.get(group.parent)?.kind || "node"})`);
    row(props, "parent", group.parent);
    return;
  }
  try {
    const detail = await api(`/v1/graph/node?key=${encodeURIComponent(key)}`);
    if (state.selected !== key) return;
    for (const [name, value] of Object.entries(detail.properties)) row(props, name, value);
    for (const e of detail.history) {
      const li = document.createElement("li");
      li.textContent = `${e.at.slice(0, 19)} ${e.event}${e.new_text ? `: ${e.new_text}` : ""}${e.reason ? ` (${e.reason})` : ""}`;
      hist.append(li);
    }
    $("#history-box").hidden = detail.history.length === 0;
  } catch (err) {
    status(err.message, true);
  }
}

function clearSelection() {
  state.selected = null;
  state.neighbours = new Set();
  setPath([]);
  $("#panel").hidden = true;
  state.renderer.refresh();
}

async function expand(key) {
  const group = view.groups.get(key);
  if (group) {
    clearSelection();
    view.open(key, true);
    renderCounts();
    fitTo(group.members);
    status(`opened ${group.members.length} ${group.kind} nodes`);
    return;
  }
  try {
    const data = await api(`/v1/graph?around=${encodeURIComponent(key)}&depth=1&max_nodes=2000`);
    addData(data, key);
    status(`expanded ${view.nodes.get(key).caption}`);
  } catch (err) {
    status(err.message, true);
  }
}

function reset() {
  if (state.layout) state.layout.kill();
  state.layout = null;
  view.clear();
  state.keep = new Set();
  state.hits = new Map();
  state.selected = null;
  state.neighbours = new Set();
  setPath([]);
  $("#hits").replaceChildren();
  $("#panel").hidden = true;
}

async function load(around = null, depth = 2) {
  status("loading…");
  try {
    const q = around ? `?around=${encodeURIComponent(around)}&depth=${depth}` : `?depth=${depth}`;
    const data = await api(`/v1/graph${q}`);
    reset();
    state.keep = new Set(data.center);
    addData(data);
    // Small graphs show every label; large ones only their bigger nodes' (labels cost frames).
    state.renderer.setSetting("labelRenderedSizeThreshold", state.graph.order <= 300 ? 0 : 7);
    status(`${data.center.join(", ")}${data.truncated ? " (capped: expand nodes for more)" : ""}`);
    state.renderer.getCamera().reset();
  } catch (err) {
    const noKey = !sessionStorage.getItem("memgraph-key") && !sessionStorage.getItem("memgraph-user");
    status(noKey ? "Enter your API key (or, on a server without keys, a user id) and press Connect." : err.message, !noKey);
  }
}

async function search(query) {
  status(`searching "${query}"…`);
  try {
    const data = await api("/v1/graph/search", { method: "POST", body: JSON.stringify({ query }) });
    reset();
    state.keep = new Set([...data.center, ...data.hits.flatMap((h) => [h.key, ...h.path])]);
    for (const hit of data.hits) state.hits.set(hit.key, hit);
    addData(data);
    const list = $("#hits");
    for (const hit of data.hits) {
      const li = document.createElement("li");
      li.dataset.key = hit.key;
      li.textContent = `${hit.label}: ${hit.text.slice(0, 90)}`;
      li.addEventListener("click", () => select(hit.key));
      list.append(li);
    }
    state.renderer.refresh();
    status(`${data.hits.length} results for "${query}"${data.truncated ? " (the view around them capped: expand nodes for more)" : ""}`);
  } catch (err) {
    status(err.message, true);
  }
}

// Pan so that a drawn node the panel would cover sits in the middle of the part left visible.
function keepClearOf(panel, key) {
  const at = nodeViewport(key);
  const { width, height } = state.renderer.getDimensions();
  const free = width - panel.offsetWidth;
  if (!at || at.x < free - 20) return;
  const centre = state.renderer.viewportToFramedGraph({ x: width / 2 + at.x - free / 2, y: height / 2 });
  state.renderer.getCamera().animate({ x: centre.x, y: centre.y }, { duration: 300 });
}

// Move the camera onto some drawn nodes: centred on them, zoomed so they fill about half the view.
function fitTo(keys) {
  const r = state.renderer;
  const points = keys.filter((k) => graph.hasNode(k)).map((k) => r.graphToViewport(graph.getNodeAttributes(k)));
  if (!points.length) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const { width, height } = r.getDimensions();
  const spread = Math.max((Math.max(...xs) - Math.min(...xs)) / width, (Math.max(...ys) - Math.min(...ys)) / height, 0.05);
  const at = r.viewportToFramedGraph({ x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2 });
  const cam = r.getCamera();
  cam.animate({ x: at.x, y: at.y, ratio: (cam.getState().ratio * spread) / 0.5 }, { duration: 400 });
}

function nodeViewport(key) {
  if (!state.graph.hasNode(key)) return null;
  const a = state.graph.getNodeAttributes(key);
  return state.renderer.graphToViewport({ x: a.x, y: a.y });
}

function start() {
  $("#key").value = sessionStorage.getItem("memgraph-key") || "";
  $("#user").value = sessionStorage.getItem("memgraph-user") || "";
  $("#auth").addEventListener("submit", (ev) => {
    ev.preventDefault();
    sessionStorage.setItem("memgraph-key", $("#key").value.trim());
    sessionStorage.setItem("memgraph-user", $("#user").value.trim());
    load();
  });
  $("#search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = $("#query").value.trim();
    if (q) search(q);
  });
  $("#around-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    load($("#around").value.trim() || null, Number($("#depth").value));
  });
  $("#expand").addEventListener("click", () => state.selected && expand(state.selected));
  $("#center").addEventListener("click", () => {
    const group = view.groups.get(state.selected);
    if (state.selected) load(group ? group.parent : state.selected, 2);
  });
  $("#close").addEventListener("click", clearSelection);
  state.renderer = new Sigma(state.graph, $("#graph"), {
    settings: {
      itemSizesReference: "screen",
      autoRescale: true,
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      antialiasEdges: false,
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.5,
    },
    nodeReducer,
    edgeReducer,
  });
  view.renderer = state.renderer;
  let painted = false;
  state.renderer.on("afterRender", () => {
    if (!painted && state.graph.order > 0) {
      painted = true;
      performance.mark("memgraph-graph-painted");
      document.body.dataset.painted = String(state.graph.order);
    }
  });
  state.renderer.on("clickNode", ({ node }) => select(node));
  state.renderer.on("doubleClickNode", (ev) => {
    ev.preventSigmaDefault();
    expand(ev.node);
  });
  state.renderer.on("clickStage", clearSelection);
  let moved = null;
  state.renderer.getCamera().on("updated", () => {
    clearTimeout(moved);
    moved = setTimeout(level, 200);
  });
  window.memgraphUI = { state, select, expand, search, load, nodeViewport };
  load();
}

start();
