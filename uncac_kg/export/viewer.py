"""The interactive network view: one self-contained HTML page (Cytoscape.js inlined, nothing
fetched) where nodes are coloured by type and sized by a chosen metric, a search box
finds them, and clicking one lists what it cited (or what it is linked to) and where.
"""

from __future__ import annotations

import json
from collections import Counter
from html import escape
from pathlib import Path

import networkx as nx

from uncac_kg.analysis.catalog import METRICS
from uncac_kg.analysis.layout import LAYOUT_LIMIT, top_nodes
from uncac_kg.analysis.palette import colour
from uncac_kg.export.networks import cytoscape_elements

STATIC = Path(__file__).resolve().parent / "static"

#: Most nodes the view shows (the highest by the sizing metric), all laid out beforehand.
VIEWER_LIMIT = LAYOUT_LIMIT

#: What the two directions of an edge mean, by projection.
_DIRECTIONS = {
    "citations": ("Cited", "Cited by"),
    "structure": ("Contains or names", "Part of"),
}


def render_viewer(graph: nx.Graph, *, size_by: str = "weighted_degree", seed: int = 42) -> str:
    """The page for ``graph`` (metrics set as node attributes), nodes sized by ``size_by``."""
    if size_by not in METRICS or size_by == "community":
        raise ValueError(f"nodes cannot be sized by {size_by!r}")
    shown = graph
    if len(graph) > VIEWER_LIMIT:
        shown = graph.subgraph(top_nodes(graph, size_by, VIEWER_LIMIT))
    document = cytoscape_elements(shown, seed=seed)
    elements = document["elements"]
    for node in elements["nodes"]:
        node["data"]["colour"] = colour(str(node["data"].get("type", "")))
    types = Counter(str(t) for _, t in shown.nodes(data="type", default=""))
    outgoing, incoming = _DIRECTIONS.get(
        str(graph.graph.get("projection")), ("Links", "Linked from")
    )
    payload = {
        "elements": elements,
        "directed": graph.is_directed(),
        "positioned": all("position" in n for n in elements["nodes"]),
        "metrics": list(METRICS),
        "sizeBy": size_by,
        "types": {t: {"colour": colour(t), "count": types[t]} for t in sorted(types)},
        "outgoing": outgoing,
        "incoming": incoming,
    }
    title = f"uncac-kg: {graph.graph.get('title', 'network')}"
    counts = f"{len(shown)} nodes, {shown.number_of_edges()} edges"
    if len(shown) < len(graph):
        counts += f" (the {len(shown)} largest of {len(graph)} nodes)"
    return _PAGE.format(
        title=escape(title),
        counts=escape(counts),
        style=(STATIC / "viewer.css").read_text(encoding="utf-8"),
        library=(STATIC / "cytoscape.min.js").read_text(encoding="utf-8"),
        data=_script_json(payload),
        app=(STATIC / "viewer.js").read_text(encoding="utf-8"),
    )


def _script_json(value: object) -> str:
    """JSON that can sit inside a <script> element: no '<' can close it."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header><h1>{title}</h1><p id="counts">{counts}</p></header>
<aside>
<label for="search">Search</label>
<input id="search" type="search" placeholder="a State, a mechanism…" autocomplete="off">
<div id="matches"></div>
<label for="size-by">Size nodes by</label>
<select id="size-by"></select>
<ul id="legend"></ul>
<div id="details"><p class="hint">Click a node to see its links.</p></div>
</aside>
<div id="cy"></div>
<script>{library}</script>
<script type="application/json" id="graph-data">{data}</script>
<script>{app}</script>
</body></html>
"""
