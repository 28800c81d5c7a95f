"""Network exports of a projection: GraphML, GEXF (Gephi), Cytoscape.js JSON, DOT (Graphviz)
and CSV node and edge lists.

Nodes are the graph's IRIs; every format carries their ``label``, ``type``,
``iri``, ``part`` and metrics, and the edges' ``weight``, ``documents`` and
``where`` (and ``relation`` in the structure projection). The same graph always
gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from typing import Any

import networkx as nx

from uncac_kg import __version__
from uncac_kg.analysis.catalog import METRICS
from uncac_kg.analysis.layout import LAYOUT_LIMIT, positions
from uncac_kg.analysis.palette import colour

GEXF_NAMESPACE = "http://www.gexf.net/1.2draft"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_VIZ = "http://www.gexf.net/1.2draft/viz"


NODE_COLUMNS = ("id", "label", "type", "iri", "part", *METRICS)
EDGE_COLUMNS = (
    "source", "target", "source_label", "target_label", "weight", "documents", "where", "relation",
)  # fmt: skip


def write_graphml(graph: nx.Graph, *, seed: int = 42) -> bytes:
    """GraphML, with typed ``<key>`` declarations for every attribute."""
    out = io.BytesIO()
    nx.write_graphml(_plain(graph), out, encoding="utf-8", prettyprint=True)
    return out.getvalue()


def write_gexf(graph: nx.Graph, *, seed: int = 42) -> bytes:
    """GEXF 1.2draft, valid against its schema.

    networkx's writer puts a ``name`` attribute on ``<graph>``, which the schema
    does not allow, and today's date in ``<meta>``; both are taken out, and the
    meta data says what wrote the file and which projection it holds.
    """
    out = io.BytesIO()
    nx.write_gexf(_plain(graph), out, encoding="utf-8", prettyprint=True, version="1.2draft")
    for prefix, uri in (("", GEXF_NAMESPACE), ("xsi", _XSI), ("viz", _VIZ)):
        ET.register_namespace(prefix, uri)
    root = ET.fromstring(out.getvalue())
    element = root.find(f"{{{GEXF_NAMESPACE}}}graph")
    if element is not None:
        element.attrib.pop("name", None)
    meta = root.find(f"{{{GEXF_NAMESPACE}}}meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
        for child in list(meta):
            meta.remove(child)
        ET.SubElement(meta, f"{{{GEXF_NAMESPACE}}}creator").text = f"uncac-kg {__version__}"
        description = ET.SubElement(meta, f"{{{GEXF_NAMESPACE}}}description")
        description.text = str(graph.graph.get("title", ""))
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def write_cyjs(graph: nx.Graph, *, seed: int = 42) -> bytes:
    """Cytoscape.js JSON (``elements`` with ``data``), which Cytoscape desktop also imports.

    Nodes carry a ``position`` from a seeded layout, for graphs of up to ``LAYOUT_LIMIT``
    nodes (Cytoscape lays out larger ones itself).
    """
    return (json.dumps(cytoscape_elements(graph, seed=seed), ensure_ascii=False) + "\n").encode()


def cytoscape_elements(graph: nx.Graph, *, seed: int = 42) -> dict[str, Any]:
    """The graph as a Cytoscape.js document: ``data`` about it and its ``elements``."""
    placed = positions(graph, seed=seed) if len(graph) <= LAYOUT_LIMIT else {}
    nodes = []
    for node, data in graph.nodes(data=True):
        element: dict[str, Any] = {
            "data": {"id": node, "value": node, "name": data.get("label", node), **_scalars(data)},
            "group": "nodes",
        }
        if node in placed:
            x, y = placed[node]
            element["position"] = {"x": x, "y": y}
        nodes.append(element)
    edges = [
        {
            "data": {"id": f"e{i}", "source": u, "target": v, **_scalars(data),
                     "interaction": data.get("relation", graph.graph.get("projection", ""))},
            "group": "edges",
        }
        for i, (u, v, data) in enumerate(graph.edges(data=True))
    ]  # fmt: skip
    return {
        "format_version": "1.0",
        "generated_by": f"uncac-kg {__version__}",
        "target_cytoscapejs_version": "~3.0",
        "data": {
            "name": str(graph.graph.get("title", "")),
            "projection": str(graph.graph.get("projection", "")),
            "directed": graph.is_directed(),
        },
        "elements": {"nodes": nodes, "edges": edges},
    }


def write_dot(graph: nx.Graph, *, seed: int = 42) -> bytes:
    """Graphviz DOT: nodes filled with their type's colour, edges as wide as their weight.

    Every attribute is written (Graphviz keeps the ones it does not draw); ``URL``
    and ``tooltip`` make each node a link to its IRI in SVG output.
    """
    arrow = "->" if graph.is_directed() else "--"
    heaviest = max((w for _, _, w in graph.edges(data="weight", default=1)), default=1) or 1
    kind = "digraph" if graph.is_directed() else "graph"
    lines = [
        f"{kind} {_quote(graph.graph.get('projection', 'network'))} {{",
        f"  graph [label={_quote(graph.graph.get('title', ''))}, labelloc=t, rankdir=LR, "
        "overlap=false, outputorder=edgesfirst];",
        '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];',
        '  edge [color="#00000055"];',
    ]
    for node, data in graph.nodes(data=True):
        attributes = {
            **_scalars(data),
            "fillcolor": colour(str(data.get("type", ""))),
            "fontcolor": "white" if str(data.get("type")) in _DARK else "black",
            "tooltip": f"{data.get('label', node)} ({data.get('type', '')})",
            "URL": node,
        }
        lines.append(f"  {_quote(node)} [{_attributes(attributes)}];")
    for u, v, data in graph.edges(data=True):
        width = 0.5 + 3.5 * float(data.get("weight", 1)) / heaviest
        attributes = {**_scalars(data), "penwidth": f"{width:.2f}"}
        if data.get("where"):
            attributes["tooltip"] = data["where"]
        lines.append(f"  {_quote(u)} {arrow} {_quote(v)} [{_attributes(attributes)}];")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_csv(graph: nx.Graph, *, seed: int = 42) -> tuple[bytes, bytes]:
    """The node list and the edge list, as two CSV files with a header row each."""
    nodes = io.StringIO()
    writer = csv.DictWriter(nodes, NODE_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for node, data in graph.nodes(data=True):
        writer.writerow({"id": node, **_scalars(data)})
    edges = io.StringIO()
    writer = csv.DictWriter(edges, EDGE_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for u, v, data in graph.edges(data=True):
        writer.writerow(
            {"source": u, "target": v, "source_label": graph.nodes[u].get("label", u),
             "target_label": graph.nodes[v].get("label", v), **_scalars(data)}
        )  # fmt: skip
    return nodes.getvalue().encode("utf-8"), edges.getvalue().encode("utf-8")


#: Writers of the single-file network formats, by their name in ``uncac_kg.formats``.
WRITERS: Mapping[str, Callable[..., bytes]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "cyjs": write_cyjs,
    "dot": write_dot,
}

_DARK = {"State", "Document", "AgendaItem", "Section", "Meeting", "UNCACArticle"}


def _plain(graph: nx.Graph) -> nx.Graph:
    """A copy with only scalar attributes (GraphML and GEXF take no None, lists or dicts)."""
    copy = graph.__class__()
    copy.graph.update(_scalars(graph.graph))
    copy.add_nodes_from((n, _scalars(d)) for n, d in graph.nodes(data=True))
    copy.add_edges_from((u, v, _scalars(d)) for u, v, d in graph.edges(data=True))
    return copy


def _scalars(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if isinstance(v, str | int | float) and v is not None}


def _quote(value: object) -> str:
    """A DOT double-quoted string (backslashes doubled: labels read them as escapes)."""
    text = " ".join(str(value).split()).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def _attributes(attributes: Mapping[str, Any]) -> str:
    return ", ".join(f"{key}={_quote(value)}" for key, value in attributes.items())
