"""Inline SVG pictures for the HTML report: bar charts and a drawing of a network.

Plain SVG, no script: the report opens offline in any browser and prints well.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import networkx as nx

from uncac_kg.analysis.layout import SIZE, positions
from uncac_kg.analysis.palette import colour

#: Nodes of a network drawing that get a visible label (the largest ones).
LABELLED = 25


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a chart."""

    label: str
    value: float
    colour: str
    note: str = ""  # shown in the bar's tooltip


def bar_chart(bars: Sequence[Bar], *, label_width: int = 300, width: int = 760) -> str:
    """A horizontal bar chart, longest bar first as given, values written at the bars' ends."""
    row, top = 24, 8
    height = top * 2 + row * max(len(bars), 1)
    longest = max((b.value for b in bars), default=0) or 1
    room = width - label_width - 60
    parts = [
        f'<svg class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, bar in enumerate(bars):
        y = top + i * row
        length = max(1.0, room * bar.value / longest)
        label = bar.label if len(bar.label) <= 44 else bar.label[:43] + "…"
        tooltip = escape(f"{bar.label}: {_number(bar.value)}{' — ' + bar.note if bar.note else ''}")
        parts.append(
            f'<g class="bar"><title>{tooltip}</title>'
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" '
            f'fill="{bar.colour}"/>'
            f'<text x="{label_width + length + 6:.1f}" y="{y + 16}">{_number(bar.value)}</text></g>'
        )
    if not bars:
        parts.append(f'<text x="8" y="{top + 16}">nothing to show</text>')
    parts.append("</svg>")
    return "".join(parts)


def network_drawing(graph: nx.Graph, *, metric: str, seed: int) -> str:
    """``graph`` drawn as SVG: nodes coloured by type and sized by ``metric``, largest labelled.

    Every node is a ``<g class="node">`` with a ``<title>`` tooltip, so hovering
    shows its label, type and metric.
    """
    placed = positions(graph, seed=seed)
    values = {n: float(d.get(metric) or 0) for n, d in graph.nodes(data=True)}
    largest = max(values.values(), default=0) or 1
    radius = {n: 3 + 11 * math.sqrt(v / largest) for n, v in values.items()}
    heaviest = max((w for _, _, w in graph.edges(data="weight", default=1)), default=1) or 1
    parts = [
        f'<svg class="network" role="img" viewBox="0 0 {SIZE:.0f} {SIZE:.0f}" '
        'xmlns="http://www.w3.org/2000/svg"><g class="edges">'
    ]
    for u, v, weight in graph.edges(data="weight", default=1):
        (x1, y1), (x2, y2) = placed[u], placed[v]
        stroke = 0.4 + 2.6 * weight / heaviest
        parts.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke-width="{stroke:.2f}"/>')
    parts.append('</g><g class="nodes">')
    for node, data in graph.nodes(data=True):
        x, y = placed[node]
        tooltip = escape(
            f"{data.get('label', node)} ({data.get('type', '')}): "
            f"{metric.replace('_', ' ')} {_number(values[node])}"
        )
        parts.append(
            f'<g class="node" data-id="{escape(node)}"><title>{tooltip}</title>'
            f'<circle cx="{x}" cy="{y}" r="{radius[node]:.1f}" '
            f'fill="{colour(str(data.get("type", "")))}"/></g>'
        )
    parts.append('</g><g class="labels">')
    for node in sorted(graph, key=lambda n: (-values[n], str(n)))[:LABELLED]:
        x, y = placed[node]
        label = str(graph.nodes[node].get("label", node))
        label = label if len(label) <= 32 else label[:31] + "…"
        parts.append(f'<text x="{x + radius[node] + 2:.1f}" y="{y + 4}">{escape(label)}</text>')
    parts.append("</g></svg>")
    return "".join(parts)


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.4f}"
