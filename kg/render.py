"""Render kg's actor network to HTML, PNG/SVG, GraphML and GEXF.

The input is the ``networkx.MultiDiGraph`` built from the store (see the
module-level contract below); this module only renders it, it never queries
the store.

Graph contract
--------------
* ``graph.graph["title"]``: optional str.
* Node id: the actor IRI (str). Node attributes: ``label`` (str), ``type``
  (one of :data:`NODE_TYPES`, including "Place" for a place at the end of an
  edge such as "captured"; anything else is drawn as "Other"),
  ``mentions`` (int), ``articles`` (list[str]), ``wikidata`` (str or ""),
  ``role`` (str or ""), optional ``aliases`` (list[str]).
* Edge ``(u, v, key)`` attributes: ``relation`` (one of :data:`RELATIONS` or
  any other string, drawn generically), ``label`` (str), ``weight`` (int),
  ``sentences`` (list[str]), ``articles`` (list[str], parallel to
  ``sentences`` or shorter), optional ``offered`` / ``excluded`` (list[str]).

Missing or malformed attributes never raise: the renderers fall back to
neutral defaults, because graphs built from news text are rarely perfect.
"""

from __future__ import annotations

import html
import json
import math
import pathlib
from collections import Counter, defaultdict
from typing import Any, Callable, Iterable, Iterator, Mapping

import networkx as nx

__all__ = [
    "LIST_SEPARATOR",
    "NODE_TYPES",
    "RELATIONS",
    "SUPPORTED_SUFFIXES",
    "network_to_html",
    "write_network",
]

#: Separator used to flatten list-valued attributes for GraphML/GEXF, which
#: cannot hold lists.
LIST_SEPARATOR = " | "

#: Visual style per actor type; shared by the HTML page (embedded in its JSON)
#: and the matplotlib renderer so both outputs use the same colours.
NODE_TYPES: dict[str, dict[str, Any]] = {
    "Person": {"color": "#4e79a7", "shape": "circle", "marker": "o", "scale": 1.0},
    "Organization": {"color": "#f28e2b", "shape": "square", "marker": "s", "scale": 1.0},
    "Country": {"color": "#59a14f", "shape": "diamond", "marker": "D", "scale": 1.0},
    "ArmedGroup": {"color": "#e15759", "shape": "triangle", "marker": "^", "scale": 1.0},
    "Media": {"color": "#b07aa1", "shape": "hexagon", "marker": "h", "scale": 1.0},
    "Other": {"color": "#9c9c9c", "shape": "circle", "marker": "o", "scale": 0.75},
    # Not an actor: a place at the end of an edge (the city a group captured).
    "Place": {"color": "#76b7b2", "shape": "pentagon", "marker": "p", "scale": 0.85},
}

#: Visual style per known relation. Unknown relations use :data:`OTHER_RELATION`.
RELATIONS: dict[str, dict[str, Any]] = {
    "offers_aid_to": {"color": "#1b9e77", "label": "offers aid to"},
    "opposes": {"color": "#e6550d", "label": "opposes"},
    "fights": {"color": "#c0392b", "label": "fights"},
    "captured": {"color": "#7a0177", "label": "captured"},
    "cites": {"color": "#2f6fb3", "label": "cites"},
    "represents": {"color": "#636363", "label": "represents"},
    "located_in": {"color": "#8c6d31", "label": "located in"},
    "member_of": {"color": "#d4a000", "label": "member of"},
}
OTHER_RELATION: dict[str, Any] = {"color": "#6b6b6b", "label": "other", "dash": True}

#: File suffixes understood by :func:`write_network`.
SUPPORTED_SUFFIXES: tuple[str, ...] = (".html", ".png", ".svg", ".graphml", ".gexf")

_DEFAULT_TITLE = "kg actor network"

# Attribute schema for GraphML/GEXF: every node/edge gets every attribute so
# the files always declare the same keys with the same types, whatever the
# input graph happened to contain.
_NODE_SCHEMA: dict[str, type] = {
    "label": str,
    "type": str,
    "mentions": int,
    "articles": list,
    "wikidata": str,
    "role": str,
    "aliases": list,
}
_EDGE_SCHEMA: dict[str, type] = {
    "relation": str,
    "label": str,
    "weight": int,
    "sentences": list,
    "articles": list,
    "offered": list,
    "excluded": list,
}


# --------------------------------------------------------------------------
# Attribute normalisation
# --------------------------------------------------------------------------


def _as_str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return str(value)


def _as_int(value: Any) -> int:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0
    if math.isnan(number) or math.isinf(number):
        return 0
    return int(number)


def _as_str_list(value: Any) -> list[str]:
    if value is None:
        return []
    # A bare string is one item, not a sequence of characters.
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, Iterable):
        return [_as_str(item) for item in value if item is not None]
    return [_as_str(value)]


def _local_name(iri: str) -> str:
    """Readable fallback label for an IRI without a ``label``."""
    tail = iri.rstrip("/#")
    for sep in ("#", "/", ":"):
        if sep in tail:
            tail = tail.rsplit(sep, 1)[1]
    return tail or iri


def _node_type(value: Any) -> str:
    text = _as_str(value)
    return text if text in NODE_TYPES else "Other"


def _iter_edges(graph: nx.Graph) -> Iterator[tuple[Any, Any, Any, Mapping[str, Any]]]:
    """Yield ``(u, v, key, data)`` for multigraphs and simple graphs alike."""
    if graph.is_multigraph():
        yield from graph.edges(keys=True, data=True)
    else:
        for u, v, data in graph.edges(data=True):
            yield u, v, 0, data


def _resolve_title(graph: nx.Graph, title: str | None) -> str:
    if title:
        return title
    return _as_str(graph.graph.get("title")) or _DEFAULT_TITLE


def _node_record(node: Any, data: Mapping[str, Any]) -> dict[str, Any]:
    iri = _as_str(node)
    return {
        "id": iri,
        "label": _as_str(data.get("label")) or _local_name(iri),
        "type": _node_type(data.get("type")),
        "mentions": max(0, _as_int(data.get("mentions"))),
        "articles": _as_str_list(data.get("articles")),
        "wikidata": _as_str(data.get("wikidata")),
        "role": _as_str(data.get("role")),
        "aliases": _as_str_list(data.get("aliases")),
    }


def _edge_record(u: Any, v: Any, key: Any, data: Mapping[str, Any]) -> dict[str, Any]:
    relation = _as_str(data.get("relation")) or "related_to"
    return {
        "source": _as_str(u),
        "target": _as_str(v),
        "key": _as_str(key),
        "relation": relation,
        "label": _as_str(data.get("label")),
        "weight": max(1, _as_int(data.get("weight", 1))),
        "sentences": _as_str_list(data.get("sentences")),
        "articles": _as_str_list(data.get("articles")),
        "offered": _as_str_list(data.get("offered")),
        "excluded": _as_str_list(data.get("excluded")),
    }


def _count_text(types: list[str], n_edges: int) -> str:
    """"10 actors · 1 place · 7 relations" (places are nodes, not actors)."""
    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'s' if n != 1 else ''}"

    places = sum(1 for t in types if t == "Place")
    parts = [plural(len(types) - places, "actor")]
    if places:
        parts.append(plural(places, "place"))
    return " · ".join(parts + [plural(n_edges, "relation")])


def _relation_style(relation: str) -> dict[str, Any]:
    if relation in RELATIONS:
        return RELATIONS[relation]
    return {**OTHER_RELATION, "label": relation.replace("_", " ")}


def _check_graph(graph: Any) -> None:
    if not isinstance(graph, nx.Graph):
        raise TypeError(f"expected a networkx graph, got {type(graph).__name__}")


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------


def _graph_payload(graph: nx.Graph, title: str) -> dict[str, Any]:
    nodes = [_node_record(n, d) for n, d in graph.nodes(data=True)]
    edges = [_edge_record(u, v, k, d) for u, v, k, d in _iter_edges(graph)]
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "styles": {
            "types": NODE_TYPES,
            "relations": RELATIONS,
            "other_relation": OTHER_RELATION,
        },
    }


def _json_for_script(obj: Any) -> str:
    """Serialise ``obj`` so it can sit inside a ``<script>`` element.

    Labels and sentences come from news text, so ``</script>`` or ``<!--``
    inside a string must not end the element early. ``<``, ``>`` and ``&``
    are emitted as JSON unicode escapes (still valid JSON that parses back to
    the same strings); U+2028/U+2029 are escaped for old JS parsers.
    """
    text = json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def network_to_html(graph: nx.Graph, *, title: str | None = None) -> str:
    """Render the actor network as one self-contained, offline HTML page.

    The page embeds the graph as JSON in ``<script type="application/json"
    id="kg-data">`` and lays it out with a small force-directed simulation in
    inline vanilla JavaScript (SVG; no external scripts, styles or fonts). The
    root element ``#kg-root`` carries ``data-node-count`` and
    ``data-edge-count``.

    Parameters:
        graph: the actor network (normally a ``networkx.MultiDiGraph``; simple
            graphs are accepted and treated as having one edge per pair).
        title: page title; defaults to ``graph.graph["title"]`` or
            "kg actor network".

    Returns:
        The complete HTML document as a string.

    Raises:
        TypeError: if ``graph`` is not a networkx graph.
    """
    _check_graph(graph)
    page_title = _resolve_title(graph, title)
    payload = _graph_payload(graph, page_title)
    n_nodes, n_edges = len(payload["nodes"]), len(payload["edges"])
    empty = (
        '<p class="kg-empty">No actors</p>'
        if n_nodes == 0
        else '<noscript><p class="kg-empty">Enable JavaScript to explore the network.</p></noscript>'
    )
    replacements = {
        "__KG_TITLE__": html.escape(page_title),
        "__KG_NODE_COUNT__": str(n_nodes),
        "__KG_EDGE_COUNT__": str(n_edges),
        "__KG_COUNTS__": _count_text([n["type"] for n in payload["nodes"]], n_edges),
        "__KG_EMPTY__": empty,
        "__KG_CSS__": _CSS,
        "__KG_JS__": _JS,
        # Last, so nothing in the data can be mistaken for a placeholder.
        "__KG_DATA__": _json_for_script(payload),
    }
    page = _HTML_TEMPLATE
    for placeholder, value in replacements.items():
        page = page.replace(placeholder, value)
    return page


_HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="kg.render">
<link rel="icon" href="data:,">
<title>__KG_TITLE__</title>
<style>
__KG_CSS__
</style>
</head>
<body>
<div id="kg-root" data-node-count="__KG_NODE_COUNT__" data-edge-count="__KG_EDGE_COUNT__">
<header id="kg-header">
<h1>__KG_TITLE__</h1>
<span id="kg-counts">__KG_COUNTS__</span>
<span id="kg-hint">drag background to pan · wheel to zoom · drag nodes · click a node to highlight</span>
<button type="button" id="kg-fit" title="Fit the network into the window">Fit</button>
</header>
<main id="kg-stage">
<svg id="kg-svg" role="img" aria-label="__KG_TITLE__"><g id="kg-viewport"><g id="kg-edges"></g><g id="kg-nodes"></g></g></svg>
__KG_EMPTY__
<div id="kg-tooltip" hidden></div>
<details id="kg-legend" open><summary>Legend</summary><div id="kg-legend-body"></div></details>
</main>
</div>
<script type="application/json" id="kg-data">__KG_DATA__</script>
<script>
__KG_JS__
</script>
</body>
</html>
"""

_CSS = r"""
html, body { margin: 0; height: 100%; }
body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #222; background: #fafafa; }
#kg-root { display: flex; flex-direction: column; height: 100vh; }
#kg-header { display: flex; align-items: baseline; gap: 14px; padding: 8px 14px; background: #fff; border-bottom: 1px solid #ddd; flex: none; }
#kg-header h1 { font-size: 16px; margin: 0; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 45vw; }
#kg-counts { color: #555; white-space: nowrap; }
#kg-hint { color: #888; font-size: 11px; flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#kg-fit { font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid #bbb; border-radius: 4px; background: #f4f4f4; cursor: pointer; }
#kg-stage { position: relative; flex: 1; overflow: hidden; }
#kg-svg { width: 100%; height: 100%; display: block; cursor: grab; user-select: none; touch-action: none; }
#kg-root.kg-panning #kg-svg { cursor: grabbing; }
.kg-empty { position: absolute; top: 40%; width: 100%; text-align: center; font-size: 22px; color: #777; margin: 0; }
.kg-node { cursor: pointer; }
.kg-node-shape { stroke: #fff; stroke-width: 1.5px; }
.kg-node.kg-selected .kg-node-shape { stroke: #111; stroke-width: 3px; }
.kg-node.kg-hover .kg-node-shape { stroke: #333; stroke-width: 2px; }
.kg-node-label { font-size: 11px; fill: #222; text-anchor: middle; paint-order: stroke; stroke: #fafafa; stroke-width: 3px; stroke-linejoin: round; pointer-events: none; }
.kg-edge-line { fill: none; stroke-linecap: round; opacity: 0.75; }
.kg-edge-hit { fill: none; stroke: transparent; stroke-width: 12px; cursor: help; }
.kg-edge-label { font-size: 9.5px; text-anchor: middle; paint-order: stroke; stroke: #fafafa; stroke-width: 3px; stroke-linejoin: round; pointer-events: none; }
.kg-edge.kg-hover .kg-edge-line, .kg-edge.kg-active .kg-edge-line { opacity: 1; }
.kg-edge.kg-hover .kg-edge-label { font-weight: 600; }
#kg-root.kg-many-edges .kg-edge-label { display: none; }
#kg-root.kg-many-edges .kg-edge.kg-hover .kg-edge-label, #kg-root.kg-many-edges .kg-edge.kg-active .kg-edge-label { display: inline; }
#kg-root.kg-zoomed-out .kg-edge-label { display: none; }
#kg-root.kg-zoomed-out .kg-node-label { display: none; }
#kg-root.kg-zoomed-out .kg-node.kg-selected .kg-node-label { display: inline; }
.kg-dim { opacity: 0.1; }
#kg-tooltip { position: absolute; z-index: 5; max-width: 440px; max-height: 70%; overflow: hidden; background: #fff; border: 1px solid #ccc; border-radius: 6px; box-shadow: 0 3px 12px rgba(0,0,0,.18); padding: 8px 10px; pointer-events: none; font-size: 12px; }
#kg-tooltip[hidden] { display: none; }
#kg-tooltip .kg-tt-title { font-weight: 600; font-size: 13px; margin-bottom: 4px; }
#kg-tooltip .kg-tt-row { color: #444; }
#kg-tooltip .kg-tt-key { color: #888; }
#kg-tooltip .kg-tt-iri { color: #777; font-size: 10.5px; word-break: break-all; }
#kg-tooltip ol, #kg-tooltip ul { margin: 4px 0 0; padding-left: 18px; }
#kg-tooltip li { margin-bottom: 4px; }
#kg-tooltip .kg-tt-quote { font-style: italic; }
#kg-tooltip .kg-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
#kg-legend { position: absolute; left: 10px; bottom: 10px; background: rgba(255,255,255,.93); border: 1px solid #ddd; border-radius: 6px; padding: 6px 10px; font-size: 12px; max-height: 60%; overflow: auto; }
#kg-legend summary { cursor: pointer; font-weight: 600; }
#kg-legend h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #777; margin: 6px 0 2px; }
#kg-legend .kg-legend-item { display: flex; align-items: center; gap: 6px; white-space: nowrap; }
#kg-legend .kg-legend-count { color: #999; }
#kg-legend .kg-legend-note { color: #888; font-size: 10.5px; margin-top: 4px; }
"""

_JS = r"""
(() => {
  "use strict";
  const SVG_NS = "http://www.w3.org/2000/svg";
  const root = document.getElementById("kg-root");
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const stage = document.getElementById("kg-stage");
  const svg = document.getElementById("kg-svg");
  const viewport = document.getElementById("kg-viewport");
  const tooltip = document.getElementById("kg-tooltip");
  const legendBody = document.getElementById("kg-legend-body");
  if (!data.nodes.length) {
    // Nothing to lay out: the server-side "No actors" message is the page.
    for (const id of ["kg-svg", "kg-legend", "kg-hint", "kg-fit"]) document.getElementById(id).hidden = true;
    svg.style.display = "none";
    return;
  }
  const typeStyles = data.styles.types;
  const relStyles = data.styles.relations;
  const otherRel = data.styles.other_relation;

  const svgEl = (name, attrs, parent) => {
    const e = document.createElementNS(SVG_NS, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  };
  // Text always goes through textContent: labels and sentences are untrusted news text.
  const htmlEl = (tag, cls, text, parent) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (parent) parent.appendChild(e);
    return e;
  };
  const truncate = (s, n) => (s.length > n ? s.slice(0, n - 1) + "\u2026" : s);
  const relStyle = (rel) => relStyles[rel] || Object.assign({}, otherRel, { label: rel.replace(/_/g, " ") });

  // ---- shapes: unit polygons, so arrowheads can stop exactly at the outline
  const SHAPES = {
    square: [[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]],
    diamond: [[0, -1.25], [1.25, 0], [0, 1.25], [-1.25, 0]],
    triangle: [[0, -1.35], [1.2, 0.7], [-1.2, 0.7]],
    pentagon: [0, 1, 2, 3, 4].map((i) => [1.15 * Math.cos((2 * Math.PI / 5) * i - Math.PI / 2), 1.15 * Math.sin((2 * Math.PI / 5) * i - Math.PI / 2)]),
    hexagon: [0, 1, 2, 3, 4, 5].map((i) => [1.1 * Math.cos((Math.PI / 3) * i + Math.PI / 6), 1.1 * Math.sin((Math.PI / 3) * i + Math.PI / 6)]),
  };
  function shapePath(shape, r) {
    const poly = SHAPES[shape];
    if (!poly) return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
    return "M" + poly.map((p) => (p[0] * r).toFixed(2) + "," + (p[1] * r).toFixed(2)).join("L") + "Z";
  }
  // Distance from a node's centre to its outline along unit vector (ux, uy).
  function boundary(node, ux, uy) {
    const poly = SHAPES[node.shape];
    if (!poly) return node.r;
    let best = Infinity;
    for (let i = 0; i < poly.length; i++) {
      const p = poly[i], q = poly[(i + 1) % poly.length];
      const ex = q[0] - p[0], ey = q[1] - p[1];
      const den = ux * ey - uy * ex;
      if (Math.abs(den) < 1e-9) continue;
      const t = (p[0] * ey - p[1] * ex) / den;
      const s = (p[0] * uy - p[1] * ux) / den;
      if (t > 0 && s >= -1e-6 && s <= 1 + 1e-6 && t < best) best = t;
    }
    return (best === Infinity ? 1 : best) * node.r;
  }

  // ---- model
  const GOLDEN = Math.PI * (3 - Math.sqrt(5));
  const nodes = data.nodes.map((d, i) => {
    const st = typeStyles[d.type] || typeStyles.Other;
    const m = Math.max(0, Number(d.mentions) || 0);
    const r = Math.min(34, 7 + 3.2 * Math.sqrt(m)) * (st.scale || 1);
    // Deterministic phyllotaxis start, so the same graph gives the same picture.
    const rad = 40 * Math.sqrt(0.5 + i), ang = i * GOLDEN;
    return { i, d, st, shape: st.shape, r, x: rad * Math.cos(ang), y: rad * Math.sin(ang), vx: 0, vy: 0, fx: null, fy: null, deg: 0 };
  });
  const byId = new Map(nodes.map((n) => [n.d.id, n]));
  const edges = [];
  data.edges.forEach((d, i) => {
    const s = byId.get(d.source), t = byId.get(d.target);
    if (!s || !t) return;
    const w = Math.max(1, Number(d.weight) || 1);
    const width = Math.min(8, 1.2 + 1.4 * Math.log2(w));
    edges.push({ i, d, s, t, st: relStyle(d.relation), width, arrow: 7 + 1.6 * width, offset: 0, flip: false, loop: -1 });
  });
  // Parallel edges (either direction) share one pair group and fan out as curves.
  const groups = new Map();
  for (const e of edges) {
    const a = Math.min(e.s.i, e.t.i), b = Math.max(e.s.i, e.t.i);
    const k = a + "|" + b;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(e);
  }
  const links = [];
  for (const g of groups.values()) {
    g.sort((x, y) => (x.s.i - y.s.i) || (x.i - y.i));
    g.forEach((e, j) => {
      if (e.s === e.t) { e.loop = j; return; }
      e.offset = j - (g.length - 1) / 2;
      e.flip = e.s.i > e.t.i;
    });
    const e0 = g[0];
    if (e0.s !== e0.t) {
      links.push({ s: e0.s, t: e0.t, rest: 120 + e0.s.r + e0.t.r + 10 * Math.min(g.length, 4) });
      e0.s.deg++; e0.t.deg++;
    }
  }
  for (const l of links) {
    l.strength = 1 / Math.min(l.s.deg, l.t.deg);
    l.bias = l.s.deg / (l.s.deg + l.t.deg);
  }

  // ---- force simulation (d3-style velocity Verlet with cooling)
  const ALPHA_MIN = 0.001, ALPHA_DECAY = 1 - Math.pow(ALPHA_MIN, 1 / 300), VELOCITY_KEEP = 0.6;
  const CHARGE = 750, CHARGE_RANGE2 = 450 * 450, GRAVITY_X = 0.02, GRAVITY_Y = 0.035;
  let alpha = 1, alphaTarget = 0;
  function tick() {
    alpha += (alphaTarget - alpha) * ALPHA_DECAY;
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const a = nodes[i];
      for (let j = i + 1; j < n; j++) {
        const b = nodes[j];
        let dx = b.x - a.x, dy = b.y - a.y;
        if (dx === 0 && dy === 0) { dx = (j - i) * 1e-3; dy = (i % 7 - 3) * 1e-3; }
        const d2 = dx * dx + dy * dy;
        // No long-range repulsion: it would fling isolated actors far away
        // and force the initial fit to zoom out until nothing is readable.
        if (d2 < CHARGE_RANGE2) {
          const f = (CHARGE * alpha) / Math.max(d2, 30);
          a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
        }
        const minD = a.r + b.r + 24;
        if (d2 < minD * minD) {
          const d = Math.sqrt(d2) || 1e-3;
          const push = ((minD - d) / d) * 0.35;
          a.vx -= dx * push; a.vy -= dy * push; b.vx += dx * push; b.vy += dy * push;
        }
      }
    }
    for (const l of links) {
      const s = l.s, t = l.t;
      let dx = t.x + t.vx - s.x - s.vx, dy = t.y + t.vy - s.y - s.vy;
      const d = Math.hypot(dx, dy) || 1e-3;
      const k = ((d - l.rest) / d) * alpha * l.strength;
      dx *= k; dy *= k;
      t.vx -= dx * l.bias; t.vy -= dy * l.bias;
      s.vx += dx * (1 - l.bias); s.vy += dy * (1 - l.bias);
    }
    for (const a of nodes) {
      // Gentle pull to the centre keeps disconnected actors on screen;
      // stronger vertically because screens are wider than tall.
      const gk = a.deg ? 1 : 3; // unconnected actors gather round the network
      a.vx -= a.x * GRAVITY_X * gk * alpha;
      a.vy -= a.y * GRAVITY_Y * gk * alpha;
      if (a.fx !== null) { a.x = a.fx; a.y = a.fy; a.vx = 0; a.vy = 0; continue; }
      a.vx *= VELOCITY_KEEP; a.vy *= VELOCITY_KEEP;
      a.x += a.vx; a.y += a.vy;
    }
  }

  // ---- DOM
  const edgeLayer = document.getElementById("kg-edges");
  const nodeLayer = document.getElementById("kg-nodes");
  if (edges.length > 120) root.classList.add("kg-many-edges");
  for (const e of edges) {
    e.g = svgEl("g", { class: "kg-edge", "data-relation": e.d.relation }, edgeLayer);
    e.g.__kgEdge = e;
    const lineAttrs = { class: "kg-edge-line", stroke: e.st.color, "stroke-width": e.width.toFixed(2) };
    if (e.st.dash) lineAttrs["stroke-dasharray"] = "6 4";
    e.line = svgEl("path", lineAttrs, e.g);
    e.head = svgEl("path", { class: "kg-edge-arrow", fill: e.st.color }, e.g);
    e.hit = svgEl("path", { class: "kg-edge-hit" }, e.g);
    const text = e.d.label || e.st.label;
    e.text = svgEl("text", { class: "kg-edge-label", fill: e.st.color, dy: "-4" }, e.g);
    e.text.textContent = truncate(text, 38);
  }
  for (const n of nodes) {
    n.g = svgEl("g", { class: "kg-node", "data-type": n.d.type, "data-index": String(n.i) }, nodeLayer);
    n.g.__kgNode = n;
    svgEl("path", { class: "kg-node-shape", d: shapePath(n.shape, n.r), fill: n.st.color }, n.g);
    const label = svgEl("text", { class: "kg-node-label", y: (n.r * 1.3 + 11).toFixed(1) }, n.g);
    label.textContent = truncate(n.d.label, 30);
  }

  const fmt = (v) => v.toFixed(1);
  function edgeGeometry(e) {
    const s = e.s, t = e.t;
    if (s === t) {
      // Self-loop: a cubic arc above the node, fanned out per loop index.
      const ang = -Math.PI / 2 + e.loop * 0.8, L = 38 + 12 * e.loop;
      const a1 = ang - 0.45, a2 = ang + 0.45;
      const b1 = boundary(s, Math.cos(a1), Math.sin(a1)), b2 = boundary(s, Math.cos(a2), Math.sin(a2)) + 2;
      const p1x = s.x + Math.cos(a1) * b1, p1y = s.y + Math.sin(a1) * b1;
      const tipx = s.x + Math.cos(a2) * b2, tipy = s.y + Math.sin(a2) * b2;
      const c1x = s.x + Math.cos(a1 - 0.3) * (s.r + L), c1y = s.y + Math.sin(a1 - 0.3) * (s.r + L);
      const c2x = s.x + Math.cos(a2 + 0.3) * (s.r + L), c2y = s.y + Math.sin(a2 + 0.3) * (s.r + L);
      let ux = c2x - tipx, uy = c2y - tipy; const ul = Math.hypot(ux, uy) || 1; ux /= ul; uy /= ul;
      const lx = tipx + ux * e.arrow * 0.8, ly = tipy + uy * e.arrow * 0.8;
      return {
        d: `M${fmt(p1x)},${fmt(p1y)}C${fmt(c1x)},${fmt(c1y)} ${fmt(c2x)},${fmt(c2y)} ${fmt(lx)},${fmt(ly)}`,
        tipx, tipy, ux, uy,
        lx: s.x + Math.cos(ang) * (s.r + L * 0.78), ly: s.y + Math.sin(ang) * (s.r + L * 0.78), angle: 0,
      };
    }
    const dx = t.x - s.x, dy = t.y - s.y;
    const dist = Math.hypot(dx, dy) || 1e-6;
    // Perpendicular in the pair's canonical frame, so a->b and b->a bend apart.
    const sign = e.flip ? -1 : 1;
    const px = (-dy / dist) * sign, py = (dx / dist) * sign;
    const h = e.offset * 44;
    const cx = (s.x + t.x) / 2 + px * h, cy = (s.y + t.y) / 2 + py * h;
    let ax = cx - s.x, ay = cy - s.y; const al = Math.hypot(ax, ay) || 1e-6; ax /= al; ay /= al;
    const bs = boundary(s, ax, ay) + 1;
    const sx = s.x + ax * bs, sy = s.y + ay * bs;
    let ux = cx - t.x, uy = cy - t.y; const ul = Math.hypot(ux, uy) || 1e-6; ux /= ul; uy /= ul;
    const bt = boundary(t, ux, uy) + 2;
    const tipx = t.x + ux * bt, tipy = t.y + uy * bt;
    // End the stroke inside the arrowhead so thick lines do not poke past the tip.
    const lx = tipx + ux * e.arrow * 0.8, ly = tipy + uy * e.arrow * 0.8;
    let angle = (Math.atan2(tipy - sy, tipx - sx) * 180) / Math.PI;
    if (angle > 90) angle -= 180; else if (angle < -90) angle += 180;
    return {
      d: `M${fmt(sx)},${fmt(sy)}Q${fmt(cx)},${fmt(cy)} ${fmt(lx)},${fmt(ly)}`,
      tipx, tipy, ux, uy,
      lx: 0.25 * sx + 0.5 * cx + 0.25 * tipx, ly: 0.25 * sy + 0.5 * cy + 0.25 * tipy, angle,
    };
  }
  function draw() {
    for (const n of nodes) n.g.setAttribute("transform", `translate(${fmt(n.x)},${fmt(n.y)})`);
    for (const e of edges) {
      const g = edgeGeometry(e);
      e.line.setAttribute("d", g.d);
      e.hit.setAttribute("d", g.d);
      const L = e.arrow, W = L * 0.45;
      const bx = g.tipx + g.ux * L, by = g.tipy + g.uy * L;
      e.head.setAttribute("d", `M${fmt(g.tipx)},${fmt(g.tipy)}L${fmt(bx - g.uy * W)},${fmt(by + g.ux * W)}L${fmt(bx + g.uy * W)},${fmt(by - g.ux * W)}Z`);
      e.text.setAttribute("transform", `translate(${fmt(g.lx)},${fmt(g.ly)}) rotate(${g.angle.toFixed(1)})`);
    }
  }

  // ---- view (pan/zoom)
  const T = { x: 0, y: 0, k: 1 };
  let viewTouched = false;
  function applyView() {
    viewport.setAttribute("transform", `translate(${T.x.toFixed(1)},${T.y.toFixed(1)}) scale(${T.k.toFixed(4)})`);
    root.classList.toggle("kg-zoomed-out", T.k < 0.45);
  }
  const legendBox = document.getElementById("kg-legend");
  function fit() {
    let w = svg.clientWidth || 800, h = svg.clientHeight || 600, left = 0;
    // Keep the open legend from covering nodes when there is room beside it.
    if (legendBox.open && w > 900) { left = legendBox.offsetWidth + 20; w -= left; }
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const n of nodes) {
      x0 = Math.min(x0, n.x - n.r - 60); x1 = Math.max(x1, n.x + n.r + 60);
      y0 = Math.min(y0, n.y - n.r - 30); y1 = Math.max(y1, n.y + n.r * 1.3 + 24);
    }
    const k = Math.max(0.05, Math.min(1.6, (w - 30) / (x1 - x0), (h - 30) / (y1 - y0)));
    T.k = k; T.x = left + w / 2 - k * (x0 + x1) / 2; T.y = h / 2 - k * (y0 + y1) / 2;
    applyView();
  }
  function toGraph(ev) {
    const rect = svg.getBoundingClientRect();
    return { x: (ev.clientX - rect.left - T.x) / T.k, y: (ev.clientY - rect.top - T.y) / T.k };
  }

  // ---- animation loop: runs only while the layout is still cooling
  let running = false, dragging = null;
  function frame() {
    const t0 = performance.now();
    do { tick(); } while (!dragging && alpha >= ALPHA_MIN && performance.now() - t0 < 12);
    draw();
    if (alpha >= ALPHA_MIN || alphaTarget > 0) requestAnimationFrame(frame);
    else { running = false; if (!viewTouched) fit(); }
  }
  function restart() {
    if (!running) { running = true; requestAnimationFrame(frame); }
  }
  // Settle synchronously first (time-boxed) so the page opens on a calm layout.
  const tStart = performance.now();
  while (alpha >= ALPHA_MIN && performance.now() - tStart < 700) tick();
  draw();
  fit();
  if (alpha >= ALPHA_MIN) restart();

  // ---- selection
  let selected = null;
  function select(n) {
    selected = n;
    if (!n) {
      for (const m of nodes) m.g.classList.remove("kg-dim", "kg-selected");
      for (const e of edges) e.g.classList.remove("kg-dim", "kg-active");
      return;
    }
    const near = new Set([n]);
    for (const e of edges) { if (e.s === n) near.add(e.t); if (e.t === n) near.add(e.s); }
    for (const m of nodes) { m.g.classList.toggle("kg-dim", !near.has(m)); m.g.classList.toggle("kg-selected", m === n); }
    for (const e of edges) { const on = e.s === n || e.t === n; e.g.classList.toggle("kg-dim", !on); e.g.classList.toggle("kg-active", on); }
  }

  // ---- tooltip
  function row(parent, key, value) {
    const r = htmlEl("div", "kg-tt-row", null, parent);
    htmlEl("span", "kg-tt-key", key + ": ", r);
    htmlEl("span", null, value, r);
    return r;
  }
  function fillNodeTip(n) {
    const d = n.d;
    tooltip.replaceChildren();
    htmlEl("div", "kg-tt-title", d.label, tooltip);
    const tr = row(tooltip, "Type", d.type);
    const sw = htmlEl("span", "kg-swatch", null);
    sw.style.background = n.st.color;
    tr.insertBefore(sw, tr.firstChild);
    if (d.role) row(tooltip, "Role", d.role);
    if (d.aliases && d.aliases.length) row(tooltip, "Also", d.aliases.join(", "));
    row(tooltip, "Mentions", d.mentions);
    let out = 0, inc = 0;
    for (const e of edges) { if (e.s === n) out++; if (e.t === n) inc++; }
    row(tooltip, "Relations", `${out} outgoing, ${inc} incoming`);
    if (d.wikidata) row(tooltip, "Wikidata", d.wikidata);
    if (d.articles.length) {
      row(tooltip, "Articles", d.articles.length);
      const ul = htmlEl("ul", "kg-tt-iri", null, tooltip);
      d.articles.slice(0, 5).forEach((a) => htmlEl("li", null, a, ul));
      if (d.articles.length > 5) htmlEl("li", null, `\u2026 and ${d.articles.length - 5} more`, ul);
    }
    htmlEl("div", "kg-tt-iri", d.id, tooltip);
  }
  function fillEdgeTip(e) {
    const d = e.d;
    tooltip.replaceChildren();
    htmlEl("div", "kg-tt-title", `${e.s.d.label} \u2192 ${e.t.d.label}`, tooltip);
    const rr = row(tooltip, "Relation", e.st.label);
    const sw = htmlEl("span", "kg-swatch", null);
    sw.style.background = e.st.color;
    rr.insertBefore(sw, rr.firstChild);
    if (d.label) htmlEl("div", "kg-tt-row", d.label, tooltip);
    if (d.offered.length) row(tooltip, "Offered", d.offered.join(", "));
    if (d.excluded.length) row(tooltip, "Excluded", d.excluded.join(", "));
    row(tooltip, "Supporting sentences", d.weight);
    const MAX = 6;
    if (d.sentences.length) {
      const ol = htmlEl("ol", null, null, tooltip);
      d.sentences.slice(0, MAX).forEach((s, i) => {
        const li = htmlEl("li", null, null, ol);
        htmlEl("div", "kg-tt-quote", `\u201e${s}\u201c`, li);
        if (d.articles[i]) htmlEl("div", "kg-tt-iri", d.articles[i], li);
      });
      if (d.sentences.length > MAX) htmlEl("div", "kg-tt-row", `\u2026 and ${d.sentences.length - MAX} more`, tooltip);
    }
    const extra = d.articles.slice(d.sentences.length ? Math.min(d.sentences.length, MAX) : 0);
    if (extra.length) {
      row(tooltip, d.sentences.length ? "More articles" : "Articles", extra.length);
      const ul = htmlEl("ul", "kg-tt-iri", null, tooltip);
      extra.slice(0, 5).forEach((a) => htmlEl("li", null, a, ul));
    }
  }
  let hovered = null;
  function setHover(item, ev) {
    if (item !== hovered) {
      if (hovered) hovered.g.classList.remove("kg-hover");
      hovered = item;
      if (!item) { tooltip.hidden = true; return; }
      item.g.classList.add("kg-hover");
      if (item.s) fillEdgeTip(item); else fillNodeTip(item);
      tooltip.hidden = false;
    }
    if (item && ev) placeTip(ev);
  }
  function placeTip(ev) {
    const rect = stage.getBoundingClientRect();
    const mx = ev.clientX - rect.left, my = ev.clientY - rect.top;
    const tw = tooltip.offsetWidth, th = tooltip.offsetHeight;
    let x = mx + 16, y = my + 16;
    if (x + tw > rect.width - 6) x = Math.max(6, mx - tw - 16);
    if (y + th > rect.height - 6) y = Math.max(6, rect.height - th - 6);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function itemAt(target) {
    const ng = target.closest && target.closest(".kg-node");
    if (ng) return ng.__kgNode;
    const eg = target.closest && target.closest(".kg-edge");
    return eg ? eg.__kgEdge : null;
  }

  // ---- pointer interaction
  svg.addEventListener("pointerdown", (ev) => {
    if (ev.button !== 0) return;
    const item = itemAt(ev.target);
    dragging = {
      node: item && !item.s ? item : null, item, x0: ev.clientX, y0: ev.clientY, tx: T.x, ty: T.y, moved: false,
    };
    // Capture keeps drags alive outside the SVG; it can fail for synthetic events.
    try { svg.setPointerCapture(ev.pointerId); } catch (err) { /* not capturable */ }
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!dragging) { setHover(itemAt(ev.target), ev); return; }
    const dx = ev.clientX - dragging.x0, dy = ev.clientY - dragging.y0;
    if (!dragging.moved) {
      if (dx * dx + dy * dy < 16) return; // below this it is still a click
      dragging.moved = true;
      setHover(null);
      if (dragging.node) { dragging.node.fx = dragging.node.x; dragging.node.fy = dragging.node.y; alphaTarget = 0.3; restart(); }
      else root.classList.add("kg-panning");
    }
    if (dragging.node) {
      const p = toGraph(ev);
      dragging.node.fx = p.x; dragging.node.fy = p.y;
    } else {
      T.x = dragging.tx + dx; T.y = dragging.ty + dy; viewTouched = true; applyView();
    }
  });
  function endDrag(ev, isClick) {
    if (!dragging) return;
    const d = dragging;
    dragging = null;
    root.classList.remove("kg-panning");
    try { if (svg.hasPointerCapture(ev.pointerId)) svg.releasePointerCapture(ev.pointerId); } catch (err) { /* ignore */ }
    if (d.node && d.moved) { d.node.fx = null; d.node.fy = null; alphaTarget = 0; restart(); }
    if (isClick && !d.moved) {
      if (d.node) select(d.node === selected ? null : d.node);
      else if (!d.item) select(null);
    }
  }
  svg.addEventListener("pointerup", (ev) => endDrag(ev, true));
  svg.addEventListener("pointercancel", (ev) => endDrag(ev, false));
  svg.addEventListener("pointerleave", () => { if (!dragging) setHover(null); });
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const rect = svg.getBoundingClientRect();
    const mx = ev.clientX - rect.left, my = ev.clientY - rect.top;
    const scale = ev.deltaMode === 1 ? 0.05 : 0.0015;
    const k = Math.max(0.05, Math.min(8, T.k * Math.exp(-ev.deltaY * scale)));
    // Zoom about the cursor: keep the graph point under it fixed.
    T.x = mx - ((mx - T.x) * k) / T.k; T.y = my - ((my - T.y) * k) / T.k; T.k = k;
    viewTouched = true;
    applyView();
  }, { passive: false });
  document.getElementById("kg-fit").addEventListener("click", () => { viewTouched = false; fit(); });
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") select(null); });
  window.addEventListener("resize", () => { if (!viewTouched) fit(); });

  // ---- legend (only the types and relations that occur)
  function legend() {
    const typeCount = new Map(), relCount = new Map();
    for (const n of nodes) typeCount.set(n.d.type, (typeCount.get(n.d.type) || 0) + 1);
    for (const e of edges) relCount.set(e.d.relation, (relCount.get(e.d.relation) || 0) + 1);
    htmlEl("h3", null, "Actors", legendBody);
    for (const type of Object.keys(typeStyles)) {
      if (!typeCount.has(type)) continue;
      const st = typeStyles[type];
      const item = htmlEl("div", "kg-legend-item", null, legendBody);
      const icon = svgEl("svg", { width: "18", height: "18", viewBox: "-9 -9 18 18" }, item);
      svgEl("path", { d: shapePath(st.shape, 6 * (st.scale || 1)), fill: st.color }, icon);
      htmlEl("span", null, type, item);
      htmlEl("span", "kg-legend-count", typeCount.get(type), item);
    }
    if (relCount.size) {
      htmlEl("h3", null, "Relations", legendBody);
      const known = Object.keys(relStyles).filter((r) => relCount.has(r));
      const unknown = [...relCount.keys()].filter((r) => !relStyles[r]).sort();
      for (const rel of known.concat(unknown)) {
        const st = relStyle(rel);
        const item = htmlEl("div", "kg-legend-item", null, legendBody);
        const icon = svgEl("svg", { width: "30", height: "12", viewBox: "0 0 30 12" }, item);
        const la = { d: "M2,6H21", stroke: st.color, "stroke-width": "2" };
        if (st.dash) la["stroke-dasharray"] = "4 3";
        svgEl("path", la, icon);
        svgEl("path", { d: "M28,6L20,2.5L20,9.5Z", fill: st.color }, icon);
        htmlEl("span", null, st.label, item);
        htmlEl("span", "kg-legend-count", relCount.get(rel), item);
      }
    }
    htmlEl("div", "kg-legend-note", "size: mentions \u00b7 line width: supporting sentences", legendBody);
  }
  legend();
})();
"""


# --------------------------------------------------------------------------
# PNG / SVG (matplotlib)
# --------------------------------------------------------------------------

_FIG_SIZE_IN = (16.0, 12.0)
_FIG_DPI = 100  # 16x12 in at 100 dpi -> 1600x1200 px


def _static_layout(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Deterministic 2-D layout: each connected component gets its own spring
    embedding (fixed seed), then the components are packed in rows, largest
    first, so small islands (an isolated outlet, a pair) do not push the main
    network into a corner."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    for u, v, _key, data in _iter_edges(graph):
        if u == v:
            continue
        # Unweighted on purpose: heavy pairs (many sentences) would otherwise
        # collapse onto each other and hide their edge labels.
        simple.add_edge(u, v)
    if simple.number_of_nodes() == 1:
        return {next(iter(simple.nodes)): (0.0, 0.0)}
    order = {n: i for i, n in enumerate(graph.nodes)}
    components = sorted((sorted(c, key=order.__getitem__) for c in nx.connected_components(simple)),
                        key=lambda c: (-len(c), order[c[0]]))
    boxes = []
    for members in components:
        local = _component_layout(simple.subgraph(members))
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        side = 1.2 * math.sqrt(len(members)) if len(members) > 2 else 1.2 * (len(members) - 1)
        span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
        scaled = {n: ((x - min(xs)) / span * side, (y - min(ys)) / span * side) for n, (x, y) in local.items()}
        width = max(p[0] for p in scaled.values())
        height = max(p[1] for p in scaled.values())
        boxes.append((scaled, width, height))
    gap = 1.0
    area = sum((w + gap) * (h + gap) for _s, w, h in boxes)
    row_width = max(max(w for _s, w, _h in boxes), math.sqrt(area * 1.25))
    pos: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for scaled, width, height in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y - row_height - gap, 0.0
        for node, (px, py) in scaled.items():
            pos[node] = (x + px, y - height + py)
        x += width + gap
        row_height = max(row_height, height)
    return _separate(pos)


def _component_layout(simple: nx.Graph) -> dict[Any, tuple[float, float]]:
    n = simple.number_of_nodes()
    nodes = list(simple.nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (1.0, 0.0)}
    k = 2.5 / math.sqrt(n)
    try:
        pos = nx.spring_layout(simple, k=k, weight=None, seed=42, iterations=300)
    except ImportError:
        # Large graphs use a scipy code path in networkx; scipy is not a kg
        # dependency, so force the dense numpy implementation instead.
        try:
            pos = nx.spring_layout(simple, k=k, weight=None, seed=42, iterations=300, method="force")
        except (ImportError, TypeError):
            pos = nx.circular_layout(simple)
    return {node: (float(xy[0]), float(xy[1])) for node, xy in pos.items()}


def _separate(pos: dict[Any, tuple[float, float]], rounds: int = 60) -> dict[Any, tuple[float, float]]:
    """Push apart nodes that ended up nearly on top of each other.

    Spring layouts leave hubs crowded; labels then collide. A few rounds of
    pairwise separation (min distance relative to the layout span) fix that
    without changing the overall picture.
    """
    import numpy as np

    keys = list(pos)
    if len(keys) < 2 or len(keys) > 1500:
        return pos
    xy = np.array([pos[k] for k in keys], dtype=float)
    span = float(np.ptp(xy, axis=0).max()) or 1.0
    min_d = span * min(0.14, 0.9 / math.sqrt(len(keys)))
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((delta**2).sum(-1))
        np.fill_diagonal(dist, np.inf)
        overlap = np.clip(min_d - dist, 0.0, None)
        if not overlap.any():
            break
        push = (delta / np.maximum(dist, 1e-9)[..., None]) * (overlap / 2)[..., None]
        xy += push.sum(axis=1)
    return {k: (float(x), float(y)) for k, (x, y) in zip(keys, xy)}


_MAX_EDGE_LABELS = 80
_MAX_NODE_LABELS = 60


def _order_key(record: Mapping[str, Any]) -> str:
    return record["label"].casefold()


def _marker_diameter_pt(mentions: int, node_type: str) -> float:
    return min(56.0, 16.0 + 4.5 * math.sqrt(max(0, mentions))) * NODE_TYPES[node_type]["scale"]


def _draw_figure(graph: nx.Graph, title: str) -> Any:
    """Build a matplotlib Figure of the network on an Agg canvas (no display)."""
    # Figure + FigureCanvasAgg instead of pyplot: no global backend switch, no
    # GUI, and nothing left in pyplot's figure registry.
    from matplotlib import patheffects
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch
    from matplotlib.path import Path as MplPath

    fig = Figure(figsize=_FIG_SIZE_IN, dpi=_FIG_DPI, facecolor="white")
    FigureCanvasAgg(fig)
    nodes = {n: _node_record(n, d) for n, d in graph.nodes(data=True)}
    edges = [(u, v, _edge_record(u, v, k, d)) for u, v, k, d in _iter_edges(graph)]
    fig.suptitle(title, fontsize=18, fontweight="bold", y=0.985)
    fig.text(
        0.5, 0.945,
        _count_text([r["type"] for r in nodes.values()], len(edges)),
        ha="center", fontsize=12, color="#555555",
    )
    if not nodes:
        fig.text(0.5, 0.5, "No actors", ha="center", va="center", fontsize=32, color="#777777")
        return fig

    ax = fig.add_axes((0.02, 0.02, 0.78, 0.9))
    ax.set_axis_off()
    pos = _static_layout(graph)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    # Margins leave room for labels under the outermost nodes.
    span_x = max(max(xs) - min(xs), 0.5)
    span_y = max(max(ys) - min(ys), 0.5)
    ax.set_xlim(min(xs) - 0.12 * span_x, max(xs) + 0.12 * span_x)
    ax.set_ylim(min(ys) - 0.12 * span_y, max(ys) + 0.08 * span_y)
    halo = [patheffects.withStroke(linewidth=3, foreground="white")]
    # Dense graphs: shrink markers, thin lines and label only what stays
    # legible; the HTML page is the place to explore those in detail.
    crowd = min(1.0, math.sqrt(40 / len(nodes)))
    diam = {n: _marker_diameter_pt(r["mentions"], r["type"]) * max(crowd, 0.45) for n, r in nodes.items()}
    show_edge_labels = len(edges) <= _MAX_EDGE_LABELS
    degree = Counter()
    for u, v, _rec in edges:
        degree[u] += 1
        degree[v] += 1
    ranked = sorted(nodes, key=lambda n: (-nodes[n]["mentions"], -degree[n], _order_key(nodes[n])))
    labelled = set(ranked[:_MAX_NODE_LABELS])
    points_to_px = _FIG_DPI / 72.0
    to_disp = ax.transData.transform
    to_data = ax.transData.inverted().transform

    # Edges: group parallel edges per unordered pair so they fan out as arcs.
    pairs: dict[tuple[Any, Any], list[tuple[Any, Any, dict[str, Any]]]] = defaultdict(list)
    order = {n: i for i, n in enumerate(nodes)}
    for u, v, rec in edges:
        pairs[tuple(sorted((u, v), key=order.__getitem__))].append((u, v, rec))
    for (a, _b), group in pairs.items():
        for j, (u, v, rec) in enumerate(group):
            style = _relation_style(rec["relation"])
            width = min(6.0, 1.0 + 1.2 * math.log2(rec["weight"])) * max(crowd, 0.5)
            text = style["label"] + (f" ×{rec['weight']}" if rec["weight"] > 1 else "")
            common = dict(
                arrowstyle="-|>", mutation_scale=12 + 2.5 * width, color=style["color"],
                linewidth=width, linestyle="--" if style.get("dash") else "-", alpha=0.85 if show_edge_labels else 0.55, zorder=2,
            )
            if u == v:
                # Self-loop: cubic path above the node, built in pixels.
                cx, cy = to_disp(pos[u])
                r_px = diam[u] / 2 * points_to_px
                size = r_px + 45 + 15 * j
                path_px = [
                    (cx - 0.5 * r_px, cy + 0.8 * r_px),
                    (cx - size * 0.8, cy + size * 1.4),
                    (cx + size * 0.8, cy + size * 1.4),
                    (cx + 0.5 * r_px, cy + 0.8 * r_px + 3),
                ]
                verts = [tuple(to_data(p)) for p in path_px]
                codes = [MplPath.MOVETO, MplPath.CURVE4, MplPath.CURVE4, MplPath.CURVE4]
                ax.add_patch(FancyArrowPatch(path=MplPath(verts, codes), **common))
                lx, ly = to_data((cx, cy + size * 1.1))
            else:
                offset = j - (len(group) - 1) / 2
                # arc3's bend is relative to drawing direction; flip reversed
                # edges so u->v and v->u land on opposite sides.
                rad = 0.3 * offset * (1 if u == a else -1)
                ax.add_patch(FancyArrowPatch(
                    pos[u], pos[v], connectionstyle=f"arc3,rad={rad}",
                    shrinkA=diam[u] / 2 + 2, shrinkB=diam[v] / 2 + 3, **common,
                ))
                # Label at the arc's midpoint, computed in display space like arc3 does.
                (x1, y1), (x2, y2) = to_disp(pos[u]), to_disp(pos[v])
                ctrl = ((x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1))
                mid = (0.25 * x1 + 0.5 * ctrl[0] + 0.25 * x2, 0.25 * y1 + 0.5 * ctrl[1] + 0.25 * y2)
                lx, ly = to_data(mid)
            if not show_edge_labels:
                continue
            ax.text(
                lx, ly, text, fontsize=8.5, color=style["color"], ha="center", va="center", zorder=4,
                bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.8),
            )

    # Nodes, one scatter per type so each gets its marker shape.
    by_type: dict[str, list[Any]] = defaultdict(list)
    for n, rec in nodes.items():
        by_type[rec["type"]].append(n)
    for node_type, members in by_type.items():
        style = NODE_TYPES[node_type]
        ax.scatter(
            [pos[n][0] for n in members], [pos[n][1] for n in members],
            s=[diam[n] ** 2 for n in members], marker=style["marker"], c=style["color"],
            edgecolors="white", linewidths=1.5, zorder=3,
        )
    for n, rec in nodes.items():
        if n not in labelled:
            continue
        ax.annotate(
            _truncate(rec["label"], 32), pos[n], xytext=(0, -(diam[n] / 2 + 3)), textcoords="offset points",
            ha="center", va="top", fontsize=10, zorder=5, path_effects=halo,
        )

    # Legends outside the plot area so they never cover nodes.
    type_handles = [
        Line2D([], [], linestyle="", marker=NODE_TYPES[t]["marker"], markersize=11 * NODE_TYPES[t]["scale"],
               markerfacecolor=NODE_TYPES[t]["color"], markeredgecolor="white", label=f"{t} ({len(by_type[t])})")
        for t in NODE_TYPES if t in by_type
    ]
    rel_counts = Counter(rec["relation"] for _u, _v, rec in edges)
    rel_order = [r for r in RELATIONS if r in rel_counts] + sorted(r for r in rel_counts if r not in RELATIONS)
    rel_handles = [
        Line2D([], [], color=_relation_style(r)["color"], linewidth=2.5,
               linestyle="--" if _relation_style(r).get("dash") else "-",
               label=f"{_relation_style(r)['label']} ({rel_counts[r]})")
        for r in rel_order
    ]
    fig.legend(handles=type_handles, title="Actors", loc="upper left",
                       bbox_to_anchor=(0.81, 0.9), frameon=False, fontsize=11, title_fontsize=12,
                       alignment="left")
    if rel_handles:
        fig.legend(handles=rel_handles, title="Relations", loc="upper left",
                   bbox_to_anchor=(0.81, 0.9 - 0.035 * (len(type_handles) + 2)), frameon=False,
                   fontsize=11, title_fontsize=12, alignment="left")
    fig.text(0.81, 0.04, "node size: mentions\nline width: supporting sentences",
             fontsize=10, color="#777777", va="bottom")
    return fig


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _write_image(graph: nx.Graph, path: pathlib.Path, fmt: str, title: str) -> None:
    import matplotlib

    # A fixed SVG id salt and no date make reruns byte-identical (diffable,
    # cache-friendly); both are random/current-time by default.
    with matplotlib.rc_context({"svg.hashsalt": "kg.render"}):
        fig = _draw_figure(graph, title)
        metadata = {"Date": None} if fmt == "svg" else None
        fig.savefig(path, format=fmt, dpi=_FIG_DPI, facecolor="white", metadata=metadata)


# --------------------------------------------------------------------------
# GraphML / GEXF
# --------------------------------------------------------------------------


def _flatten(value: Any, kind: type) -> Any:
    if kind is list:
        return LIST_SEPARATOR.join(_as_str_list(value))
    if kind is int:
        return _as_int(value)
    return _as_str(value)


def _flatten_extra(values: list[Any]) -> Callable[[Any], Any]:
    """Pick one converter for an attribute outside the schema.

    GraphML/GEXF declare one type per attribute name, so a name whose values
    mix types (or hold lists/dicts) is written as strings throughout.
    """
    kinds = {type(v) for v in values}
    if len(kinds) == 1 and kinds <= {bool, int, float, str}:
        return lambda v: v
    if kinds <= {int, float}:
        return float

    def to_text(value: Any) -> str:
        if isinstance(value, (list, tuple, set, frozenset)):
            return LIST_SEPARATOR.join(_as_str(x) for x in value)
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
        return _as_str(value)

    return to_text


def _export_graph(graph: nx.Graph, title: str) -> nx.MultiDiGraph:
    """Copy ``graph`` with every attribute flattened to a GraphML/GEXF type."""
    out = nx.MultiDiGraph()
    out.graph["title"] = title
    # GEXF stores the graph name, not arbitrary graph attributes.
    out.graph["name"] = title
    for key, value in graph.graph.items():
        if key not in ("title", "name") and isinstance(value, (str, int, float, bool)):
            out.graph[key] = value

    node_extra = defaultdict(list)
    for _n, data in graph.nodes(data=True):
        for key, value in data.items():
            if key not in _NODE_SCHEMA and value is not None:
                node_extra[key].append(value)
    node_conv = {k: _flatten_extra(v) for k, v in node_extra.items()}
    for node, data in graph.nodes(data=True):
        attrs = {k: _flatten(data.get(k), kind) for k, kind in _NODE_SCHEMA.items()}
        for key, conv in node_conv.items():
            if data.get(key) is not None:
                attrs[key] = conv(data[key])
        out.add_node(_as_str(node), **attrs)

    edge_extra = defaultdict(list)
    for _u, _v, _k, data in _iter_edges(graph):
        for key, value in data.items():
            # "id" would collide with the edge id both formats write.
            if key not in _EDGE_SCHEMA and key != "id" and value is not None:
                edge_extra[key].append(value)
    edge_conv = {k: _flatten_extra(v) for k, v in edge_extra.items()}
    for u, v, key, data in _iter_edges(graph):
        attrs = {k: _flatten(data.get(k), kind) for k, kind in _EDGE_SCHEMA.items()}
        if data.get("weight") is None:
            attrs["weight"] = 1  # an edge without a count stands for one sentence
        for name, conv in edge_conv.items():
            if data.get(name) is not None:
                attrs[name] = conv(data[name])
        out.add_edge(_as_str(u), _as_str(v), key=key, **attrs)
    return out


# --------------------------------------------------------------------------
# Dispatch
# --------------------------------------------------------------------------


def write_network(graph: nx.Graph, path: str | pathlib.Path, *, title: str | None = None) -> pathlib.Path:
    """Write the actor network to ``path`` in the format given by its suffix.

    Supported suffixes (case-insensitive): ``.html`` (self-contained
    interactive page, see :func:`network_to_html`), ``.png`` and ``.svg``
    (static matplotlib drawing, 1600x1200 px), ``.graphml`` and ``.gexf``
    (all attributes kept; list-valued attributes joined with
    :data:`LIST_SEPARATOR`; every node/edge carries the full attribute set so
    keys and types are stable). Parent directories are created.

    Parameters:
        graph: the actor network, normally a ``networkx.MultiDiGraph`` following
            the contract in this module's docstring.
        path: output file; its suffix selects the format.
        title: title for the page/figure/graph; defaults to
            ``graph.graph["title"]`` or "kg actor network".

    Returns:
        The path written, as a ``pathlib.Path``.

    Raises:
        ValueError: if the suffix is not one of :data:`SUPPORTED_SUFFIXES`.
        TypeError: if ``graph`` is not a networkx graph.
        OSError: if the file cannot be written.
    """
    out = pathlib.Path(path)
    suffix = out.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ValueError(
            f"unsupported output format {suffix or '(no suffix)'!r} for {str(out)!r}; "
            f"supported suffixes: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    _check_graph(graph)
    resolved = _resolve_title(graph, title)
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".html":
        out.write_text(network_to_html(graph, title=resolved), encoding="utf-8", newline="\n")
    elif suffix in (".png", ".svg"):
        _write_image(graph, out, suffix[1:], resolved)
    elif suffix == ".graphml":
        nx.write_graphml(_export_graph(graph, resolved), out, encoding="utf-8")
    else:  # .gexf
        nx.write_gexf(_export_graph(graph, resolved), out, encoding="utf-8")
    return out
