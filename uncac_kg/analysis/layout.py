"""Where to draw each node: a seeded force-directed layout, the same for the same graph.

Each connected component is laid out on its own, in a square whose side grows
with the square root of its size, and the squares are packed in rows, largest
first: a few stray nodes then do not squeeze the main component into a corner.
"""

from __future__ import annotations

import math

import networkx as nx

#: Positions are in a square of this side.
SIZE = 1000.0

#: Most nodes worth laying out here: the cost grows with the square of the nodes
#: (1,500 take about 7 s), and more would not be readable in one picture anyway.
LAYOUT_LIMIT = 1500

Point = tuple[float, float]


def positions(graph: nx.Graph, *, seed: int, size: float = SIZE) -> dict[str, Point]:
    """A position for each node of ``graph`` in ``[0, size]²`` (Fruchterman-Reingold, seeded).

    The layout is computed on the undirected, unweighted graph, so that a few heavy
    edges do not pull everything onto one point. Its cost grows with the square
    of the number of nodes: lay out ``LAYOUT_LIMIT`` nodes at most.
    """
    if not len(graph):
        return {}
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    components = sorted(
        (sorted(c) for c in nx.connected_components(undirected)), key=lambda c: (-len(c), c[0])
    )
    width = math.sqrt(len(graph)) * 1.2
    placed: dict[str, Point] = {}
    x = y = shelf = 0.0
    for nodes in components:
        side = math.sqrt(len(nodes))
        if x > 0 and x + side > width:
            x, y, shelf = 0.0, y + shelf, 0.0
        for node, (px, py) in _component(undirected.subgraph(nodes), seed).items():
            placed[node] = (x + side * (0.1 + 0.8 * px), y + side * (0.1 + 0.8 * py))
        x, shelf = x + side, max(shelf, side)
    return {node: (round(px, 1), round(py, 1)) for node, (px, py) in _fit(placed, size).items()}


def _component(graph: nx.Graph, seed: int) -> dict[str, Point]:
    """A layout of one connected component in the unit square."""
    if len(graph) == 1:
        return {next(iter(graph)): (0.5, 0.5)}
    spread = 1.5 / math.sqrt(len(graph))  # more room between nodes than the default
    found = nx.spring_layout(graph, k=spread, weight=None, seed=seed, iterations=60)
    return _fit({n: (float(p[0]), float(p[1])) for n, p in found.items()}, 1.0, margin=0.0)


def _fit(points: dict[str, Point], size: float, margin: float = 0.04) -> dict[str, Point]:
    """``points`` scaled and moved into ``[0, size]²``, keeping their proportions."""
    xs = [p[0] for p in points.values()]
    ys = [p[1] for p in points.values()]
    low_x, low_y = min(xs), min(ys)
    span = max(max(xs) - low_x, max(ys) - low_y) or 1.0
    room = size * margin
    scale = (size - 2 * room) / span
    return {
        node: (room + (px - low_x) * scale, room + (py - low_y) * scale)
        for node, (px, py) in points.items()
    }


def top_nodes(graph: nx.Graph, metric: str, limit: int) -> list[str]:
    """The ``limit`` nodes with the highest ``metric`` attribute (ties by label)."""
    ranked = sorted(
        graph.nodes(data=True),
        key=lambda item: (-float(item[1].get(metric) or 0), str(item[1].get("label", item[0]))),
    )
    return [node for node, _ in ranked[:limit]]
