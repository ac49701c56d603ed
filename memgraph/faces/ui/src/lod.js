// Level of detail for the graph page: what is drawn of a view's data, so that a view of thousands
// of nodes stays responsive. "Overview first, zoom and filter, then details on demand"
// (Shneiderman, "The Eyes Have It", 1996): when a view holds more than a node budget, the nodes
// that hang off one parent (a session's messages, a document's chunks, a tool's calls) are drawn
// as one group node, like the fan glyphs of motif simplification (Dunne & Shneiderman, CHI 2013).
// Zooming in opens the groups in view as long as the budget allows (closing ones that left the
// view); a double click or "Expand" opens one for good. Closed and filtered-out items are removed
// from the graphology graph, not hidden: sigma keeps hidden items in its WebGL buffers, and
// without a GPU their vertices cost frames all the same.

export const BUDGET = 1000;
// Nodes drawn at once before groups close. bench/ui.py, software WebGL (SwiftShader, no GPU),
// 2 cores, frames/s while the camera zooms: 35 with 992 nodes and their relationships drawn, 3
// with all 5,000 of the view. ?budget=N in the page's address changes it (a GPU draws more).
export const MIN_GROUP = 5;
// Fewer members than this are drawn one by one: a group node saves nothing for them.
export const OPEN_RATIO = 0.5;
// Camera ratio (1 = the whole view fits) below which groups in view open by themselves.

/** The filter name of a node: its label, or "Entity:<type>" for an entity. */
export function kindOf(node) {
  return node.label === "Entity" ? `Entity:${node.type || "Other"}` : node.label;
}

/**
 * Group the nodes of each kind by their parent: for each kind, a relationship type and
 * direction its nodes have exactly once to a node of another kind, the parent. Of those that save
 * at least half as many drawn nodes as the best (groups of at least MIN_GROUP), the one with the
 * most parents: a Memory's IN_SESSION (fifty sessions) over its owner's OWNS (one user) and over
 * the MENTIONS of the few entities many messages name. Nodes in `keep`
 * (the view's centres, search hits, the paths to them) and nodes that are parents of a group stay
 * apart. A parent's members beyond `largest` are split into groups of equal size up to it, in
 * the order the server sent them, so that any group can open within the budget.
 * Returns Map(groupKey -> {key, kind, parent, rel, members, start, parts, of}).
 */
export function findGroups(nodes, adj, keep, largest) {
  const byKind = new Map();
  for (const [key, node] of nodes) {
    if (keep.has(key)) continue;
    if (!byKind.has(node.kind)) byKind.set(node.kind, []);
    byKind.get(node.kind).push(key);
  }
  const chosen = [];
  for (const [kind, keys] of byKind) {
    if (keys.length < MIN_GROUP) continue;
    const byRel = new Map(); // "TYPE>" or "TYPE<" -> Map(parent -> members)
    for (const key of keys) {
      const once = new Map();
      for (const { type, out, other } of adj.get(key)) {
        if (nodes.get(other).kind === kind) continue;
        const rel = `${type}${out ? ">" : "<"}`;
        once.set(rel, once.has(rel) ? null : other);
      }
      for (const [rel, parent] of once) {
        if (parent === null) continue;
        if (!byRel.has(rel)) byRel.set(rel, new Map());
        const byParent = byRel.get(rel);
        if (!byParent.has(parent)) byParent.set(parent, []);
        byParent.get(parent).push(key);
      }
    }
    // Each relationship's saving: members of parents with at least MIN_GROUP of them, less one
    // group node each. Among those saving at least half the best's, the finest (most parents) wins.
    const options = [...byRel].map(([rel, byParent]) => {
      const full = [...byParent.values()].filter((members) => members.length >= MIN_GROUP);
      const grouped = full.reduce((n, members) => n + members.length, 0);
      return { kind, rel, byParent, parents: full.length, saving: grouped - full.length };
    });
    const best = Math.max(0, ...options.map((o) => o.saving));
    const fine = options
      .filter((o) => o.parents > 0 && 2 * o.saving >= best)
      .sort((a, b) => b.parents - a.parents || b.saving - a.saving);
    if (fine.length) chosen.push(fine[0]);
  }
  const parents = new Set();
  for (const { byParent } of chosen) for (const parent of byParent.keys()) parents.add(parent);
  const groups = new Map();
  for (const { kind, rel, byParent } of chosen) {
    for (const [parent, all] of byParent) {
      const members = all.filter((key) => !parents.has(key));
      if (members.length < MIN_GROUP) continue;
      const parts = Math.ceil(members.length / largest);
      const size = Math.ceil(members.length / parts);
      for (let part = 0; part < parts; part++) {
        const key = `group:${rel}:${parent}:${kind}:${part}`;
        const slice = members.slice(part * size, (part + 1) * size);
        groups.set(key, { key, kind, parent, rel: rel.slice(0, -1), members: slice, start: part * size, parts, of: members.length });
      }
    }
  }
  return groups;
}

/**
 * A view's data (every node and relationship the server sent) and what of it is drawn in a
 * graphology graph. `style` gives colours: {node(kind), rel(type)}. Set `renderer` (sigma) for
 * opened groups to spread out at the camera's zoom.
 */
export class View {
  constructor(graph, style, budget = BUDGET) {
    this.graph = graph;
    this.style = style;
    this.budget = budget;
    this.renderer = null;
    this.hiddenKinds = new Set();
    this.hiddenRels = new Set();
    this.clear();
  }

  clear() {
    this.nodes = new Map(); // key -> {key, label, type, caption, owner, kind}
    this.edges = new Map(); // "source|TYPE|target" -> {source, target, type}
    this.adj = new Map(); // key -> [{type, out, other}]
    this.groups = new Map();
    this.groupOf = new Map();
    this.closed = new Set(); // groups drawn as one node
    this.pinned = new Set(); // groups the user opened: zooming out does not close them
    this.graph.clear();
  }

  /** Merge a /v1/graph answer ({nodes, edges}) into the data (nothing is drawn yet). */
  add(data) {
    for (const n of data.nodes) {
      if (this.nodes.has(n.key)) continue;
      this.nodes.set(n.key, { ...n, kind: kindOf(n) });
      this.adj.set(n.key, []);
    }
    for (const e of data.edges) {
      const key = `${e.source}|${e.type}|${e.target}`;
      if (this.edges.has(key) || !this.nodes.has(e.source) || !this.nodes.has(e.target)) continue;
      this.edges.set(key, e);
      this.adj.get(e.source).push({ type: e.type, out: true, other: e.target });
      this.adj.get(e.target).push({ type: e.type, out: false, other: e.source });
    }
  }

  /** Recompute the groups (keep: keys never grouped). Over budget, every group starts closed
   * except those open now; under it, nothing is grouped. */
  regroup(keep) {
    const openBefore = new Set([...this.groups.keys()].filter((k) => !this.closed.has(k)));
    this.groups = findGroups(this.nodes, this.adj, keep, Math.max(MIN_GROUP, Math.floor(this.budget / 4)));
    this.groupOf = new Map();
    for (const group of this.groups.values()) for (const m of group.members) this.groupOf.set(m, group.key);
    const over = this.nodes.size > this.budget;
    this.closed = new Set(over ? [...this.groups.keys()].filter((k) => !openBefore.has(k)) : []);
  }

  /** The drawn key standing for a data key: itself, its closed group, or null when filtered out. */
  drawnKey(key) {
    if (this.hiddenKinds.has(this.nodes.get(key).kind)) return null;
    const group = this.groupOf.get(key);
    return group !== undefined && this.closed.has(group) ? group : key;
  }

  /** Bring the graphology graph in line with the data, groups and filters: add what is missing
   * (near `near`, its group or a drawn neighbour), and redraw without what should not be drawn. */
  apply(near = null) {
    const g = this.graph;
    const want = new Set();
    for (const key of this.nodes.keys()) {
      const drawn = this.drawnKey(key);
      if (drawn !== null) want.add(drawn);
    }
    const wantEdges = new Map();
    for (const e of this.edges.values()) {
      if (this.hiddenRels.has(e.type)) continue;
      const s = this.drawnKey(e.source);
      const t = this.drawnKey(e.target);
      if (s === null || t === null || s === t) continue;
      const key = `${s}|${e.type}|${t}`;
      const have = wantEdges.get(key);
      if (have) have.count += 1;
      else wantEdges.set(key, { s, t, type: e.type, count: 1 });
    }
    const spread = new Map();
    const places = new Map();
    for (const key of want) if (!g.hasNode(key)) places.set(key, this.place(key, near, spread));
    // Dropping items one by one costs sigma far more than drawing the graph again (24 s to drop
    // 900 nodes with their relationships, 10 ms to clear and add the 101 that stay): when
    // anything goes, the graph is cleared and filled again, positions kept.
    const stale = g.someNode((key) => !want.has(key)) || g.someEdge((key) => !wantEdges.has(key));
    if (stale) {
      g.forEachNode((key, a) => {
        if (want.has(key)) places.set(key, { x: a.x, y: a.y });
      });
      g.clear();
    }
    for (const key of want) if (!g.hasNode(key)) g.addNode(key, { ...this.attributes(key), ...places.get(key) });
    for (const [key, e] of wantEdges) {
      const size = e.count > 1 ? Math.min(5, 1 + Math.log2(e.count)) : 1;
      if (g.hasEdge(key)) g.mergeEdgeAttributes(key, { size, count: e.count });
      else g.addDirectedEdgeWithKey(key, e.s, e.t, { rel: e.type, color: this.style.rel(e.type), size, count: e.count });
    }
  }

  attributes(key) {
    const group = this.groups.get(key);
    if (group) {
      const parent = this.nodes.get(group.parent);
      const [label, type] = group.kind.split(":");
      const { start, members, of } = group;
      const count = group.parts > 1 ? `${group.kind} ${start + 1}–${start + members.length} of ${of}` : `${of} ${group.kind}`;
      return {
        label: `${count} · ${parent ? parent.caption : group.parent}`,
        size: 4 + Math.min(14, 1.5 * Math.sqrt(group.members.length)),
        color: this.style.node(group.kind),
        mgLabel: label,
        mgType: type || null,
        mgGroup: group.members.length,
      };
    }
    const n = this.nodes.get(key);
    const big = n.label === "User" || n.label === "Agent";
    return {
      label: n.caption,
      size: big ? 12 : 3 + Math.min(9, Math.sqrt(this.adj.get(key).length)),
      color: this.style.node(n.kind),
      mgLabel: n.label,
      mgType: n.type,
      owner: n.owner,
    };
  }

  /** Where a node appearing now goes: a group at its drawn members' centre; a member of a group
   * being opened on a sunflower spiral (Vogel, 1979) around the group node, wide enough for its
   * members not to overlap on screen, at least half the distance to its nearest drawn node;
   * others near `near` or a drawn neighbour. */
  place(key, near, spread) {
    const g = this.graph;
    const group = this.groups.get(key);
    if (group) {
      const drawn = group.members.filter((m) => g.hasNode(m));
      if (drawn.length) {
        const x = drawn.reduce((s, m) => s + g.getNodeAttribute(m, "x"), 0) / drawn.length;
        const y = drawn.reduce((s, m) => s + g.getNodeAttribute(m, "y"), 0) / drawn.length;
        return { x, y };
      }
    }
    const from = this.groupOf.get(key);
    if (from !== undefined && g.hasNode(from)) {
      if (!spread.has(from)) spread.set(from, { radius: this.spread(from), index: 0 });
      const s = spread.get(from);
      const members = this.groups.get(from).members.length;
      const r = s.radius * Math.sqrt((s.index + 0.5) / members);
      const angle = s.index * 2.399963; // the golden angle, radians
      s.index += 1;
      return { x: g.getNodeAttribute(from, "x") + r * Math.cos(angle), y: g.getNodeAttribute(from, "y") + r * Math.sin(angle) };
    }
    const links = group ? [group.parent] : this.adj.get(key).map((a) => a.other);
    const anchor = near && g.hasNode(near) ? near : links.find((o) => g.hasNode(o));
    const angle = Math.random() * 2 * Math.PI;
    if (anchor) {
      const r = 0.5 + Math.random();
      return { x: g.getNodeAttribute(anchor, "x") + r * Math.cos(angle), y: g.getNodeAttribute(anchor, "y") + r * Math.sin(angle) };
    }
    const r = 10 * Math.sqrt(Math.random());
    return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  }

  /** Radius (graph units) of a group's members when opened: a sunflower of n points in radius R
   * has neighbours about 1.8 R / sqrt(n) apart; keep them 2.5 node radii apart on screen. */
  spread(groupKey) {
    const n = this.groups.get(groupKey).members.length;
    let wide = 0;
    if (this.renderer) {
      const a = this.renderer.viewportToGraph({ x: 0, y: 0 });
      const b = this.renderer.viewportToGraph({ x: 100, y: 0 });
      const unit = Math.hypot(b.x - a.x, b.y - a.y) / 100; // graph units per screen pixel
      wide = ((2.5 * this.renderer.scaleSize(5)) / 1.8) * unit * Math.sqrt(n);
    }
    return Math.max(0.5 * this.nearest(groupKey), wide);
  }

  nearest(key) {
    const g = this.graph;
    const x = g.getNodeAttribute(key, "x");
    const y = g.getNodeAttribute(key, "y");
    let best = Infinity;
    g.forEachNode((other, a) => {
      if (other !== key) best = Math.min(best, Math.hypot(a.x - x, a.y - y));
    });
    return Number.isFinite(best) && best > 0 ? best : 1;
  }

  /** Open a group (pinned: by the user) and draw its members; returns whether it was closed. */
  open(groupKey, pinned = false) {
    if (pinned) this.pinned.add(groupKey);
    if (!this.closed.delete(groupKey)) return false;
    this.apply();
    return true;
  }

  /** The group holding a data key, when that group is closed. */
  closedGroupOf(key) {
    const group = this.groupOf.get(key);
    return group !== undefined && this.closed.has(group) ? group : null;
  }

  /** Level of detail from the camera: zoomed out past OPEN_RATIO, groups opened by zooming close
   * again; zoomed in, closed groups in view open nearest the centre first while the drawn nodes
   * stay within budget, closing groups opened by zooming that left the view to make room.
   * Returns whether anything changed. */
  level(renderer) {
    if (this.groups.size === 0 || this.nodes.size <= this.budget) return false;
    const g = this.graph;
    const { width, height } = renderer.getDimensions();
    const ratio = renderer.getCamera().getState().ratio;
    const auto = [...this.groups.keys()].filter((k) => !this.closed.has(k) && !this.pinned.has(k));
    const screen = (group) => {
      const keys = this.closed.has(group.key) ? [group.key] : group.members.filter((m) => g.hasNode(m));
      if (!keys.length) return null;
      let x = 0;
      let y = 0;
      for (const k of keys) {
        x += g.getNodeAttribute(k, "x") / keys.length;
        y += g.getNodeAttribute(k, "y") / keys.length;
      }
      const p = renderer.graphToViewport({ x, y });
      const inView = p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
      return { inView, distance: Math.hypot(p.x - width / 2, p.y - height / 2) };
    };
    let changed = false;
    if (ratio > OPEN_RATIO) {
      for (const k of auto) this.closed.add(k);
      changed = auto.length > 0;
    } else {
      let drawn = g.order;
      const far = (o) => (o.at ? o.at.distance : Number.MAX_VALUE);
      const leaving = auto
        .map((k) => ({ k, at: screen(this.groups.get(k)) }))
        .filter((o) => !o.at || !o.at.inView)
        .sort((a, b) => far(b) - far(a));
      const coming = [...this.closed]
        .filter((k) => g.hasNode(k))
        .map((k) => ({ k, at: screen(this.groups.get(k)) }))
        .filter((o) => o.at && o.at.inView)
        .sort((a, b) => a.at.distance - b.at.distance);
      for (const { k } of coming) {
        const cost = this.groups.get(k).members.length - 1;
        let free = 0;
        let closing = 0;
        while (drawn + cost - free > this.budget && closing < leaving.length) {
          free += this.groups.get(leaving[closing].k).members.length - 1;
          closing += 1;
        }
        if (drawn + cost - free > this.budget) continue;
        for (const { k: out } of leaving.splice(0, closing)) this.closed.add(out);
        this.closed.delete(k);
        drawn += cost - free;
        changed = true;
      }
    }
    if (changed) this.apply();
    return changed;
  }
}
